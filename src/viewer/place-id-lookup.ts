// Lookups remembered: a reader opens a handful of places, not thousands.
const REMEMBERED = 64;

/**
 * Finds a place's position in `places` by its id. A map of every id would cost a long task
 * and tens of megabytes up front for a million places, while ids are looked up only when a
 * reader opens a place; a scan takes milliseconds, and recent answers are remembered.
 *
 * @example
 * const indexOf = createIdLookup([{ id: 'beijing' }, { id: 'taipei' }]);
 * indexOf('taipei'); // 1
 */
export function createIdLookup(
  places: readonly { id: string }[],
): (id: string) => number | undefined {
  const remembered = new Map<string, number>();
  return (id) => {
    const known = remembered.get(id);
    if (known !== undefined) return known;
    const index = places.findIndex((place) => place.id === id);
    if (index < 0) return undefined;
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(id, index);
    return index;
  };
}
