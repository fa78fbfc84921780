import { foldToken, nameTokens } from './fold-name.js';

/**
 * `Côte d'Ivoire` -> `cote-d-ivoire`: the kebab-case slug the dataset uses for ids. Letters
 * that do not fold to ASCII (`Øresund`, `北京`) drop out; an empty result becomes `place`.
 */
export function placeSlug(name: string): string {
  const words = nameTokens(name)
    .map((token) => foldToken(token).replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length > 0);
  return words.join('-').slice(0, 80).replace(/-+$/, '') || 'place';
}
