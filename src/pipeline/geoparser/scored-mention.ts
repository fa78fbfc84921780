import type { RecognisedMention } from './recognise-toponyms.js';
import type { GazetteerEntry } from './types.js';

/** A recognised mention with its candidates and their scores, as the resolver works on it. */
export interface Scored {
  readonly mention: RecognisedMention;
  readonly name: string;
  readonly entries: readonly GazetteerEntry[];
  readonly scores: number[];
  /** Whether a following region or country placed it ("Paris, Texas"). */
  qualified: boolean;
  best: number;
  confidence: number;
}
