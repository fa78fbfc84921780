/**
 * Reads a FeatureCollection's JSON text piece by piece, as its download arrives, so that
 * parsing a large dataset overlaps downloading it instead of following it: the places of the
 * top-level `features` array are parsed in batches as soon as they are complete, every other
 * top-level member once it is. Its value is the one `JSON.parse` gives the whole text. For any
 * text it does not follow (not an object at the top, broken JSON, a cut-off download) it keeps
 * the whole text, for the caller to parse at once, so that what is wrong is worded as always.
 */
export interface FeatureCollectionReader {
  /** Reads the next piece of the text. */
  push(piece: string): void;
  /**
   * The places read so far, in order: the list that becomes the value's `features`, unless
   * the text has a `features` member again later, which JSON.parse would take instead. A
   * place may be replaced with an equal value (see pack-places.ts).
   */
  readonly places: unknown[];
  /** The whole text's value, or the whole text when it must be parsed as a whole. */
  finish(): { value: unknown } | { text: string };
}

type Expecting =
  | 'document' // the `{` that opens the document
  | 'firstKey' // a member's key or the `}` of an empty document
  | 'key'
  | 'colon'
  | 'value' // the start of a member's value
  | 'memberValue' // the rest of a member's value, up to the `,` or `}` after it
  | 'places' // places of the features array, up to its `]`
  | 'afterValue'
  | 'end'; // nothing but whitespace

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isWhitespace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** Where the string opening at `open` closes, or -1 if its end has not arrived. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

class StreamedFeatureCollection implements FeatureCollectionReader {
  private readonly pieces: string[] = [];
  private readonly document: Record<string, unknown> = {};
  readonly places: unknown[] = [];
  private placesStreamed = false;
  private following = true;
  private expecting: Expecting = 'document';
  // The text not yet consumed, and how far into it the scan has gone.
  private buffer = '';
  private at = 0;
  // Where the member's value or the batch of places being scanned starts, and its nesting.
  private start = 0;
  private depth = 0;
  private key = '';
  // The `,` after the last complete place of the batch, or -1.
  private lastPlaceEnd = -1;
  // Past a comma, the next batch must hold a place: `[a,,b]` and `[a,]` are no JSON.
  private afterComma = false;
  // The text between two places up to the end of the second's first key (`,{"type"`), once
  // seen: where it last occurs in the text is very likely the end of the last complete place.
  private separator: string | undefined;

  push(piece: string): void {
    this.pieces.push(piece);
    if (!this.following) return;
    const consumed = this.inValue() ? this.start : this.at;
    this.buffer = this.buffer.slice(consumed) + piece;
    this.start -= consumed;
    this.at -= consumed;
    try {
      if (this.expecting === 'places') this.readPlacesAhead();
      this.scan();
      if (this.expecting === 'places' && this.lastPlaceEnd !== -1)
        this.readPlaces(this.lastPlaceEnd, false);
    } catch {
      this.following = false;
      this.buffer = '';
    }
  }

  finish(): { value: unknown } | { text: string } {
    const read = this.following && this.expecting === 'end';
    // Joined only when it must be parsed whole: at 44 MB, joining took 30 ms.
    const result = read ? { value: this.document } : { text: this.pieces.join('') };
    this.pieces.length = 0;
    return result;
  }

  private inValue(): boolean {
    return this.expecting === 'memberValue' || this.expecting === 'places';
  }

  private scan(): void {
    const text = this.buffer;
    while (this.at < text.length) {
      const proceeded = this.inValue() ? this.scanValue(text) : this.readStructure(text);
      if (!proceeded) return;
    }
  }

  /**
   * Scans a member's value or the places up to the end of the value or of the text; false if
   * the text ran out first.
   */
  private scanValue(text: string): boolean {
    const places = this.expecting === 'places';
    let { at, depth } = this;
    try {
      for (; at < text.length; at += 1) {
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
          const close = closingQuote(text, at);
          if (close === -1) return false;
          at = close;
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          if (depth === 0) {
            this.at = at;
            this.endValue(text, code);
            return true;
          }
          depth -= 1;
        } else if (code === COMMA && depth === 0) {
          if (places) this.lastPlaceEnd = at;
          else {
            this.at = at;
            this.endValue(text, code);
            return true;
          }
        }
      }
      return false;
    } finally {
      if (this.inValue()) {
        this.at = at;
        this.depth = depth;
      }
    }
  }

  /** A `,`, `}` or `]` at the top of a value, at `this.at`: the value ends before it. */
  private endValue(text: string, terminator: number): void {
    if (this.expecting === 'places') {
      if (terminator !== CLOSE_BRACKET) throw new SyntaxError('unexpected end of the places');
      this.readPlaces(this.at, true);
      this.at += 1;
      this.expecting = 'afterValue';
      return;
    }
    if (terminator === CLOSE_BRACKET) throw new SyntaxError('unexpected ]');
    this.setMember(this.key, JSON.parse(text.slice(this.start, this.at)));
    this.at += 1;
    this.expecting = terminator === COMMA ? 'key' : 'end';
  }

  /**
   * Parses the places up to the separator's last occurrence without scanning the text before
   * it, the scan being the costlier half of the work. Parsing is the proof: from the start of
   * a place, the text up to a comma parses as a list of places only if that comma is between
   * two places, outside any string or nested value. Anything else is left to the scan.
   */
  private readPlacesAhead(): void {
    if (this.separator === undefined) return;
    const end = this.buffer.lastIndexOf(this.separator);
    if (end <= this.at) return;
    try {
      this.readPlaces(end, false);
    } catch {
      return;
    }
    this.at = this.start;
    this.depth = 0;
  }

  /** Learns the separator from the place that starts after the comma at `end`. */
  private learnSeparator(end: number): void {
    const keyOpen = this.buffer.indexOf('"', end);
    const keyClose = keyOpen === -1 ? -1 : closingQuote(this.buffer, keyOpen);
    if (keyClose !== -1 && /^\s*\{\s*$/.test(this.buffer.slice(end + 1, keyOpen)))
      this.separator = this.buffer.slice(end, keyClose + 1);
  }

  /** Parses the places from the batch's start up to `end`: a `,`, or the closing `]` if last. */
  private readPlaces(end: number, last: boolean): void {
    const batch = JSON.parse(`[${this.buffer.slice(this.start, end)}]`) as unknown[];
    if (batch.length === 0 && (this.afterComma || !last)) throw new SyntaxError('empty place');
    for (const place of batch) this.places.push(place);
    if (!last && this.separator === undefined) this.learnSeparator(end);
    this.start = end + 1;
    this.lastPlaceEnd = -1;
    this.afterComma = true;
  }

  /** One token outside any value; false if the text ran out first. */
  private readStructure(text: string): boolean {
    const code = text.charCodeAt(this.at);
    if (isWhitespace(code)) {
      this.at += 1;
      return true;
    }
    switch (this.expecting) {
      case 'document':
        this.expectCode(code, OPEN_BRACE, 'firstKey');
        return true;
      case 'firstKey':
      case 'key':
        return this.readKey(text, code);
      case 'colon':
        this.expectCode(code, COLON, 'value');
        return true;
      case 'value':
        this.startValue(code);
        return true;
      case 'afterValue':
        this.expectCode(code, code === COMMA ? COMMA : CLOSE_BRACE, code === COMMA ? 'key' : 'end');
        return true;
      default:
        throw new SyntaxError('unexpected text after the document');
    }
  }

  private readKey(text: string, code: number): boolean {
    if (code === CLOSE_BRACE && this.expecting === 'firstKey') {
      this.expectCode(code, CLOSE_BRACE, 'end');
      return true;
    }
    if (code !== QUOTE) throw new SyntaxError('expected a key');
    const close = closingQuote(text, this.at);
    if (close === -1) return false;
    this.key = JSON.parse(text.slice(this.at, close + 1)) as string;
    this.at = close + 1;
    this.expecting = 'colon';
    return true;
  }

  private startValue(code: number): void {
    this.depth = 0;
    if (code === OPEN_BRACKET && this.key === 'features' && !this.placesStreamed) {
      this.placesStreamed = true;
      this.setMember('features', this.places);
      this.at += 1;
      this.expecting = 'places';
    } else this.expecting = 'memberValue';
    this.start = this.at;
  }

  private expectCode(code: number, expected: number, next: Expecting): void {
    if (code !== expected) throw new SyntaxError(`expected ${String.fromCharCode(expected)}`);
    this.at += 1;
    this.expecting = next;
  }

  // As JSON.parse defines a member: an own property even for `__proto__`, a repeated key's
  // last value in its first place.
  private setMember(key: string, value: unknown): void {
    Object.defineProperty(this.document, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

export function createFeatureCollectionReader(): FeatureCollectionReader {
  return new StreamedFeatureCollection();
}
