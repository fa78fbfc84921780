import { readFileSync } from 'node:fs';

/** A gold toponym with UTF-16 offsets into its article's text, like the geoparser's. */
export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Absent where the corpus gives no coordinates. */
  readonly lat?: number;
  readonly lon?: number;
}

export interface GoldArticle {
  readonly source: string;
  readonly text: string;
  readonly toponyms: GoldToponym[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function element(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>|<${tag}\\s*/>`).exec(xml);
  if (!match) return undefined;
  return decodeXml(match[1] ?? '');
}

/** UTF-16 offset of each code point offset, so that astral characters do not shift spans. */
function codePointToUtf16(text: string): number[] {
  const offsets: number[] = [];
  let utf16 = 0;
  for (const character of text) {
    offsets.push(utf16);
    utf16 += character.length;
  }
  offsets.push(utf16);
  return offsets;
}

/**
 * Parses GeoVirus (Gritta et al. 2018, EUPEG copy). Its offsets are one-based and count code
 * points: a mention is `[...text].slice(start - 1, end - 1)`. Commented-out XML is skipped.
 */
export function parseGeoVirus(xml: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  // The corpus ends with an article template left in comments: it is no article.
  const uncommented = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const [articleXml] of uncommented.matchAll(/<article>[\s\S]*?<\/article>/g)) {
    const text = element(articleXml, 'text') ?? '';
    const offsets = codePointToUtf16(text);
    const toponyms: GoldToponym[] = [];
    for (const [locationXml] of articleXml.matchAll(/<location>[\s\S]*?<\/location>/g)) {
      const start = offsets[Number(element(locationXml, 'start')) - 1];
      const end = offsets[Number(element(locationXml, 'end')) - 1];
      if (start === undefined || end === undefined || end <= start) continue;
      const lat = Number.parseFloat(element(locationXml, 'lat') ?? '');
      const lon = Number.parseFloat(element(locationXml, 'lon') ?? '');
      const coordinates = Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : {};
      toponyms.push({ start, end, text: text.slice(start, end), ...coordinates });
    }
    toponyms.sort((a, b) => a.start - b.start);
    articles.push({ source: element(articleXml, 'source') ?? '', text, toponyms });
  }
  return articles;
}

export function readGeoVirus(file: string): GoldArticle[] {
  return parseGeoVirus(readFileSync(file, 'utf8'));
}
