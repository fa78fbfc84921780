/**
 * The other names the news uses for a place that its source spells one way: a region
 * without its administrative word, a town without its river or with "St." for "Saint".
 */

/** Words that GeoNames puts around a region's name and the news leaves out. */
const REGION_AFFIXES = [
  /^(.+) (Province|Region|Prefecture|Oblast|Oblast'|Governorate|State|Department|Autonomous Region|Territory|Krai|Kray|District|Municipality|Division)$/,
  /^(?:Province|Region|State|Department|Municipality|Governorate) of (.+)$/,
];

/** A name a region goes by without its administrative word: `Panamá Province` -> `Panamá`. */
export function regionShortName(name: string): string | undefined {
  for (const pattern of REGION_AFFIXES) {
    const short = pattern.exec(name)?.[1];
    if (short) return short;
  }
  return undefined;
}

/** Other spellings the news uses for a town: `Washington, D.C.` -> `Washington`; `St. Louis`. */
export function townVariants(name: string): string[] {
  const variants: string[] = [];
  const beforeComma = name.split(',')[0];
  if (beforeComma && beforeComma !== name) variants.push(beforeComma);
  if (name.startsWith('Saint ')) variants.push(`St. ${name.slice(6)}`, `St ${name.slice(6)}`);
  if (name.startsWith('St. ')) variants.push(`Saint ${name.slice(4)}`);
  // "Frankfurt (Oder)", "Frankfurt am Main", "Newcastle upon Tyne": the news drops the river.
  const beforeRiver = /^(.{4,}?) (?:\(.+\)|am|an der|im|upon|on) ?(?:\p{Lu}.*)?$/u.exec(name)?.[1];
  if (beforeRiver) variants.push(beforeRiver);
  // "the Hague": in running text the article is lower case and outside the name.
  if (name.startsWith('The ')) variants.push(name.slice(4));
  return variants;
}
