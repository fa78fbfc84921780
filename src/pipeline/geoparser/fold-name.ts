const MARKS = /\p{M}+/gu;
/** Letters that Unicode does not decompose into a base letter and a mark (Łódź, Øresund). */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const UNDECOMPOSED = /[łøđßæœıþ]/g;
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Folds one token for lookup: lower case, accents removed, so that `Zaïre` finds `Zaire`.
 * ASCII is the common case in English news and skips Unicode normalisation.
 */
export function foldToken(token: string): string {
  if (isAscii(token)) return token.toLowerCase();
  return token
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter);
}

/** The words of a name as written (`Washington, D.C.` -> `Washington`, `D`, `C`). */
export function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

/** The lookup key of a name: its folded words joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).map(foldToken).join(' ');
}
