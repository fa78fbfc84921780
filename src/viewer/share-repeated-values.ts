/** The one empty list every place's empty lists become. */
const EMPTY_LIST: readonly never[] = Object.freeze([]);

// Values repeat when they have few possible values: a kind, a date, a provenance record such
// as `{ date: 'curated', place: 'curated' }`. Fields that keep being new (names, ids) stop
// being collected once this many of their values are kept, so the tables stay small.
const MAX_KEPT_PER_FIELD = 1024;

// Longer texts (names, summaries) hardly ever repeat, and hashing them would cost time.
const MAX_SHARED_STRING_LENGTH = 32;

// Feature, properties, a list of events, an event, its provenance.
const DEPTH = 4;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

interface FieldCopies<T> {
  kept: Map<string, T>;
  /** Values found already kept: a field whose values are all new (ids, names) has none. */
  repeats: number;
}

/** The first copy seen of each value, by field: up to MAX_KEPT_PER_FIELD values each. */
class FirstCopies<T> {
  private readonly byField = new Map<string, FieldCopies<T> | 'unique'>();

  /** The copy kept earlier for `key` in `field`; undefined for a first (kept from now on). */
  earlierCopy(field: string, key: string, value: T, keep: (value: T) => T): T | undefined {
    let copies = this.byField.get(field);
    if (copies === 'unique') return undefined;
    if (copies === undefined) {
      copies = { kept: new Map(), repeats: 0 };
      this.byField.set(field, copies);
    }
    const known = copies.kept.get(key);
    if (known !== undefined) {
      copies.repeats += 1;
      return known;
    }
    if (copies.kept.size < MAX_KEPT_PER_FIELD) copies.kept.set(key, keep(value));
    // A full table of values that never came twice: this field is not worth looking up.
    else if (copies.repeats < copies.kept.size) this.byField.set(field, 'unique');
    return undefined;
  }
}

/** A record whose fields are all strings, as one key (and its field names); else undefined. */
function recordKey(record: Record<string, unknown>): { names: string; key: string } | undefined {
  let names = '';
  let key = '';
  for (const name in record) {
    const field = record[name];
    if (typeof field !== 'string') return undefined;
    names += `${name}\u0000`;
    key += `${field}\u0000`;
  }
  return { names, key };
}

class SharedValues {
  private readonly records = new FirstCopies<object>();
  private readonly strings = new FirstCopies<string>();

  /** What replaces `child` (held under `field`), after sharing what it holds; undefined for itself. */
  replacementOf(field: string | undefined, child: unknown, depth: number): unknown {
    if (typeof child === 'string') {
      if (field === undefined || child.length > MAX_SHARED_STRING_LENGTH) return undefined;
      // Equal strings are ===, so the kept copy replaces even the very string it is.
      return this.strings.earlierCopy(field, child, child, (value) => value);
    }
    if (!isContainer(child)) return undefined;
    if (Array.isArray(child)) {
      if (child.length === 0)
        return (child as readonly unknown[]) === EMPTY_LIST ? undefined : EMPTY_LIST;
      // A list of numbers (a point's coordinates) holds nothing to share.
      if (depth > 0 && isContainer(child[0])) this.shareWithin(child, depth - 1);
      return undefined;
    }
    const id = recordKey(child);
    if (id === undefined) {
      if (depth > 0) this.shareWithin(child, depth - 1);
      return undefined;
    }
    return this.records.earlierCopy(id.names, id.key, child, Object.freeze);
  }

  shareWithin(container: Container, depth: number): void {
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const replacement = this.replacementOf(undefined, container[i], depth);
        if (replacement !== undefined) container[i] = replacement;
      }
      return;
    }
    for (const name in container) {
      const replacement = this.replacementOf(name, container[name], depth);
      if (replacement !== undefined) container[name] = replacement;
    }
  }
}

/**
 * A large dataset repeats the same small values in every place: empty lists, kinds and dates,
 * provenance records such as `{ date: 'curated', place: 'curated' }`. Parsed, each copy is an
 * object or string of its own; at a million places the copies are much of the page's memory
 * and of the garbage collector's work. The function returned shares them within each place it
 * is given, across every place given to it: the places' empty lists become one frozen array,
 * equal records one frozen record, and equal short strings of a field one string. Every value
 * is equal before and after: only which object holds it changes, and nothing in the viewer
 * changes a dataset's values.
 *
 * It runs on the page's parse while the worker still validates the dataset, so it assumes no
 * shape: what is not a list, a record of strings or a short string is left as it is.
 */
export function repeatedValueSharer(): (place: unknown) => void {
  const shared = new SharedValues();
  return (place) => {
    if (isContainer(place)) shared.shareWithin(place, DEPTH);
  };
}
