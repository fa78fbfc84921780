import { foldToken } from './fold-name.js';
import { longestName, type NameMatch } from './match-names.js';
import { tokenizeText, type TextToken } from './tokenize-text.js';
import type { Gazetteer } from './types.js';

/** Between a place and a word that may belong to the same name: one space or a hyphen. */
export const NEIGHBOUR_GAP = /^(?:[ \u00a0]|-)$/;

/**
 * A text as the recogniser reads it: its tokens, each token folded once, what lies between
 * two tokens, and the gazetteer name starting at each token, looked up once.
 */
export class TextView {
  readonly tokens: readonly TextToken[];
  private readonly foldedTokens: string[] = [];
  private readonly matches = new Map<number, NameMatch | undefined>();

  constructor(
    readonly text: string,
    readonly gazetteer: Gazetteer,
  ) {
    this.tokens = tokenizeText(text);
  }

  /** The token at `index`, folded for lookup; '' past either end. */
  folded(index: number): string {
    return (this.foldedTokens[index] ??= foldToken(this.tokens[index]?.text ?? ''));
  }

  /** What lies between token `index - 1` and token `index`. */
  gapBefore(index: number): string {
    return this.text.slice(this.tokens[index - 1]?.end ?? 0, this.tokens[index]?.start ?? 0);
  }

  /** The longest gazetteer name starting at token `index`. */
  matchAt(index: number): NameMatch | undefined {
    if (this.matches.has(index)) return this.matches.get(index);
    const match = longestName(this.text, this.tokens, index, (i) => this.folded(i), this.gazetteer);
    this.matches.set(index, match);
    return match;
  }
}
