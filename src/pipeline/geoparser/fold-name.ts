const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Folds one token for lookup: lower case, accents removed, so that `Zaïre` finds `Zaire`.
 * ASCII is the common case in English news and skips Unicode normalisation.
 */
export function foldToken(token: string): string {
  if (ASCII_ONLY.test(token)) return token.toLowerCase();
  return token.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a name as written (`Washington, D.C.` -> `Washington`, `D`, `C`). */
export function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

/** The lookup key of a name: its folded words joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).map(foldToken).join(' ');
}
