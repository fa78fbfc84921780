// Words that stand before a name without being part of it ("Foreign Minister Qin Gang").
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'President',
  'Vice',
  'Premier',
  'Prime',
  'Minister',
  'Secretary',
  'State',
  'Foreign',
  'Defense',
  'Defence',
  'Chief',
  'Adviser',
  'Advisor',
  'Spokesman',
  'Spokeswoman',
  'Senator',
  'Governor',
  'General',
  'Admiral',
  'Ambassador',
  'Chairman',
  'Director',
  'Leader',
  'King',
  'Queen',
  'Prince',
  'Pope',
  'Judge',
  'Mayor',
  'Representative',
  'Rep',
  'Sen',
]);

const NAME_WORD = /^[A-Z][a-z’'-]+$/;

/**
 * The full name the article gives a person it later calls by one name: "Blinken" is
 * "Antony Blinken", and, with the family name first, "Wang" is "Wang Yi". The first full form
 * in the article wins; a name never seen in full stays as written.
 */
export function expandPersonName(
  articleText: string,
  shortName: string,
  isPlaceName: (name: string) => boolean,
): string {
  if (shortName.includes(' ')) return shortName;
  const escaped = shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const candidates = [
    ...[...articleText.matchAll(new RegExp(`\\b([A-Z][a-z’'-]+) ${escaped}\\b`, 'g'))].map((m) => ({
      index: m.index,
      other: m[1],
      full: `${m[1]} ${shortName}`,
    })),
    ...[...articleText.matchAll(new RegExp(`\\b${escaped} ([A-Z][a-z’'-]+)\\b`, 'g'))].map((m) => ({
      index: m.index,
      other: m[1],
      full: `${shortName} ${m[1]}`,
    })),
  ].sort((a, b) => a.index - b.index);
  for (const { other, full } of candidates) {
    if (other === undefined || TITLES.has(other) || !NAME_WORD.test(other) || isPlaceName(other))
      continue;
    return full;
  }
  return shortName;
}

const PERSON_NOUN =
  /\b(?:official|officials|spokesman|spokeswoman|spokesperson|minister|adviser|advisor|secretary|president|chief|ambassador|leader|diplomat|aide|envoy|analyst|expert|source)\b/i;

/** Whether a speaker as the article names it is a person rather than a country or outlet. */
export function looksLikePerson(name: string, isKnownPerson: boolean): boolean {
  return isKnownPerson || PERSON_NOUN.test(name);
}
