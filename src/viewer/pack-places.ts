import type { PlaceFeature, PlaceProperties } from '../schema/dataset-schema.js';
import { forEachInSlices } from './run-in-slices.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Replaces each parsed place of `features` with a packed one: its id and properties as they
 * were parsed, its point read from `points` (`[lon0, lat0, lon1, lat1, ...]`, the column the
 * cluster index already holds). A parsed place is four objects (the feature, its geometry,
 * the point's list and that list's numbers); a packed place is one, of three fields. Seen from
 * the viewer, and written as JSON, it is the same feature. It runs before the worker's verdict,
 * so anything not shaped like a place is left as it is, for the verdict to name.
 */
export async function packPlaces(features: unknown[], points: Float64Array): Promise<void> {
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
      return { type: 'Point', coordinates: [points[at] ?? 0, points[at + 1] ?? 0] };
    }

    toJSON(): PlaceFeature {
      const { type, id, geometry, properties } = this;
      return { type, id, geometry, properties };
    }
  }

  await forEachInSlices(Math.min(features.length, points.length / 2), (index) => {
    const feature = features[index];
    if (!isRecord(feature) || typeof feature['id'] !== 'string') return;
    features[index] = new PackedPlace(
      feature['id'],
      feature['properties'] as PlaceProperties,
      index,
    );
  });
}
