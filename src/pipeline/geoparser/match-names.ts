import { nameTokens } from './fold-name.js';
import type { TextToken } from './tokenize-text.js';
import type { Gazetteer, NameVariant } from './types.js';

/** A gazetteer name found at a token: the last token it spans and the entries it names. */
export interface NameMatch {
  readonly last: number;
  readonly variants: NameVariant[];
}

/** Most words a name spans; also bounds the work per token. */
const MAX_NAME_TOKENS = 8;
/** Between two words of one name: a space, a hyphen, a full stop (`St. Louis`) or an apostrophe. */
const NAME_GAP = /^(?:[ \u00a0]|-|\u2013|\. ?|'|\u2019|\.-)$/;

/** The words of each surface form, split once: the same few thousand names recur in news. */
const surfaceWords = new Map<string, string[]>();

/** A name's capitals must agree with the text's: `US` is not `us`, `Nice` not `nice`. */
function caseAgrees(variant: NameVariant, tokens: readonly TextToken[], first: number): boolean {
  let surface = surfaceWords.get(variant.surface);
  if (!surface) {
    surface = nameTokens(variant.surface);
    surfaceWords.set(variant.surface, surface);
  }
  for (let k = 0; k < surface.length; k++) {
    const written = surface[k] ?? '';
    const token = tokens[first + k];
    if (!token) return false;
    const abbreviation =
      written.length >= 2 && written === written.toUpperCase() && /\p{Lu}/u.test(written);
    if (abbreviation && !token.allCaps && written.length <= 4) return false;
    // A short word in capitals is an abbreviation (WHO, FAO): it names no town spelt in lower case.
    if (!abbreviation && token.allCaps && token.text.length <= 4 && /\p{Ll}/u.test(written))
      return false;
    if (/^\p{Lu}/u.test(written) && !token.capitalised) return false;
  }
  return true;
}

/** The longest gazetteer name starting at token `first` whose spelling agrees with the text. */
export function longestName(
  text: string,
  tokens: readonly TextToken[],
  first: number,
  folded: (index: number) => string,
  gazetteer: Gazetteer,
): NameMatch | undefined {
  const longest = Math.min(
    gazetteer.longestNameByFirstToken.get(folded(first)) ?? 0,
    MAX_NAME_TOKENS,
    tokens.length - first,
  );
  let reach = 1;
  while (reach < longest) {
    const previous = tokens[first + reach - 1];
    const next = tokens[first + reach];
    if (!previous || !next || !NAME_GAP.test(text.slice(previous.end, next.start))) break;
    reach++;
  }
  for (let length = Math.min(longest, reach); length >= 1; length--) {
    let key = folded(first);
    for (let k = 1; k < length; k++) key += ` ${folded(first + k)}`;
    const variants = gazetteer.byKey
      .get(key)
      ?.filter((variant) => caseAgrees(variant, tokens, first));
    if (variants && variants.length > 0) return { last: first + length - 1, variants };
  }
  return undefined;
}
