import type { PlaceFeature, PlaceProperties } from '../schema/dataset-schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

// Room for this many places' points at first; the column doubles as more come.
const FIRST_CAPACITY = 65_536;

/** Packs parsed places as they are read (see createPlacePacker). */
export interface PlacePacker {
  /** Packs the places read since the last call; `places` only ever grows. */
  pack(places: unknown[]): void;
  /**
   * Every place's point, `[lon0, lat0, lon1, lat1, ...]`, the column the packed places read
   * theirs from, for the cluster index to take as it is; undefined if a place had none.
   */
  points(): Float64Array | undefined;
}

/**
 * Replaces each parsed place with a packed one as it is read: its id and properties as they
 * were parsed, its point kept in one column of coordinates. A parsed place is four objects (the
 * feature, its geometry, the point's list and that list's numbers); a packed place is one, of
 * three fields. Seen from the viewer, and written as JSON, it is the same feature. Packed
 * while the dataset is read, the parsed places die young: packed after the whole dataset was
 * read, a million places had been moved to the old generation first, and the million packed
 * places made after them filled collections of young objects that held the page for 160 to
 * 280 ms just after the first paint. It runs before the worker's verdict, so a place not
 * shaped like one is left as it is, for the verdict to name. `isPoint` is the cluster index's
 * own check, lent by the page's first script (PageReading in read-large-dataset.ts).
 */
export function createPlacePacker(
  isPoint: (value: unknown) => value is [number, number],
): PlacePacker {
  let column = new Float64Array(FIRST_CAPACITY * 2);
  let seen = 0;
  let allPoints = true;

  // One class per dataset, so that a place need not hold the column itself.
  class PackedPlace implements PlaceFeature {
    constructor(
      readonly id: string,
      readonly properties: PlaceProperties,
      private readonly index: number,
    ) {}

    get type(): 'Feature' {
      return 'Feature';
    }

    get geometry(): PlaceFeature['geometry'] {
      const at = this.index * 2;
      return { type: 'Point', coordinates: [column[at] ?? 0, column[at + 1] ?? 0] };
    }

    toJSON(): PlaceFeature {
      const { type, id, geometry, properties } = this;
      return { type, id, geometry, properties };
    }
  }

  const makeRoom = (places: number) => {
    const capacity = column.length / 2;
    if (places <= capacity) return;
    const larger = new Float64Array(Math.max(places, capacity * 2) * 2);
    larger.set(column);
    column = larger;
  };

  return {
    pack(places) {
      makeRoom(places.length);
      for (; seen < places.length; seen += 1) {
        const place = places[seen];
        const geometry = isRecord(place) ? place['geometry'] : undefined;
        const point = isRecord(geometry) ? geometry['coordinates'] : undefined;
        if (!isRecord(place) || !isPoint(point)) {
          allPoints = false;
          continue;
        }
        column[seen * 2] = point[0];
        column[seen * 2 + 1] = point[1];
        const id = place['id'];
        if (typeof id === 'string')
          places[seen] = new PackedPlace(id, place['properties'] as PlaceProperties, seen);
      }
    },
    points() {
      if (!allPoints) return undefined;
      // The room left over is let go: the packed places read the exact column from now on.
      if (column.length > seen * 2) column = column.slice(0, seen * 2);
      return column;
    },
  };
}
