import { foldToken } from './fold-name.js';

/**
 * Demonyms and country adjectives (`Chinese`, `Taiwanese`, `Philippine`) are not toponyms in
 * newsmap: "Chinese officials" or "a Taiwanese ship" says who, not where, and a map pin per
 * adjective would crowd the map with the same country. GeoVirus annotates none of them (nor
 * do LGL or WikToR). They still tell the resolver which countries an article is about, so
 * they feed its country context. Most follow from the country's name by the rules below;
 * these do not.
 */
const IRREGULAR: Record<string, string> = {
  American: 'US',
  British: 'GB',
  English: 'GB',
  Scottish: 'GB',
  Welsh: 'GB',
  Irish: 'IE',
  French: 'FR',
  Dutch: 'NL',
  Swiss: 'CH',
  Greek: 'GR',
  Thai: 'TH',
  Filipino: 'PH',
  Philippine: 'PH',
  Spanish: 'ES',
  Portuguese: 'PT',
  Danish: 'DK',
  Swedish: 'SE',
  Finnish: 'FI',
  Polish: 'PL',
  German: 'DE',
  Norwegian: 'NO',
  Peruvian: 'PE',
  Argentine: 'AR',
  Argentinian: 'AR',
  Afghan: 'AF',
  Saudi: 'SA',
  Emirati: 'AE',
  Czech: 'CZ',
  Slovak: 'SK',
  Cypriot: 'CY',
  Icelandic: 'IS',
  Maltese: 'MT',
  Congolese: 'CD',
  Ivorian: 'CI',
  Malagasy: 'MG',
  Lao: 'LA',
  Laotian: 'LA',
  Burmese: 'MM',
  Sino: 'CN',
  Soviet: 'RU',
  Palestinian: 'PS',
  Korean: 'KR',
  'South Korean': 'KR',
  'North Korean': 'KP',
  'South African': 'ZA',
  'New Zealander': 'NZ',
  Kiwi: 'NZ',
  Somali: 'SO',
  Haitian: 'HT',
  Zimbabwean: 'ZW',
  Ghanaian: 'GH',
  Malian: 'ML',
  Cuban: 'CU',
  Ecuadorian: 'EC',
  Uruguayan: 'UY',
  Paraguayan: 'PY',
  Singaporean: 'SG',
  Lebanese: 'LB',
  Jordanian: 'JO',
  Kazakh: 'KZ',
  Uzbek: 'UZ',
  Fijian: 'FJ',
  Belarusian: 'BY',
  Vietnamese: 'VN',
  Iranian: 'IR',
  Syrian: 'SY',
  Russian: 'RU',
  Tanzanian: 'TZ',
  Venezuelan: 'VE',
  Bolivian: 'BO',
  Taiwanese: 'TW',
  Chinese: 'CN',
  Mexican: 'MX',
  Moroccan: 'MA',
  Ukrainian: 'UA',
  Turkish: 'TR',
  Yemeni: 'YE',
  Israeli: 'IL',
  Iraqi: 'IQ',
  Kuwaiti: 'KW',
  Qatari: 'QA',
  Omani: 'OM',
  Bahraini: 'BH',
  Pakistani: 'PK',
  Bangladeshi: 'BD',
  Nepalese: 'NP',
  Nepali: 'NP',
  Sudanese: 'SD',
  Senegalese: 'SN',
  Japanese: 'JP',
  Indonesian: 'ID',
  Azerbaijani: 'AZ',
  European: '',
};

/** Country names (one word) whose adjective follows a regular ending. */
function regularForms(name: string): string[] {
  if (name.endsWith('a')) return [`${name}n`, `${name.slice(0, -1)}ian`];
  if (name.endsWith('o')) return [`${name.slice(0, -1)}an`];
  if (name.endsWith('y')) return [`${name.slice(0, -1)}ian`];
  if (name.endsWith('e')) return [`${name.slice(0, -1)}ian`];
  return [`${name}ian`, `${name}i`, `${name}ese`];
}

/** Folded demonym -> ISO alpha-2, from the irregular table and the countries' own names. */
export function buildDemonyms(
  countries: readonly { code: string; name: string }[],
): Map<string, string> {
  const demonyms = new Map<string, string>();
  for (const [demonym, code] of Object.entries(IRREGULAR)) demonyms.set(foldToken(demonym), code);
  const oneWord = countries.filter(({ name }) => /^\p{Lu}\p{Ll}+$/u.test(name));
  // `-a` -> `-an` is the surest rule: it goes first, so Nigerian is Nigeria's, not Niger's.
  const ordered = [
    ...oneWord.filter(({ name }) => name.endsWith('a')),
    ...oneWord.filter(({ name }) => !name.endsWith('a')),
  ];
  for (const { code, name } of ordered) {
    for (const form of regularForms(name)) {
      const key = foldToken(form);
      if (!demonyms.has(key)) demonyms.set(key, code);
    }
  }
  return demonyms;
}
