import type { Dataset } from '../../../src/schema/dataset-schema.js';

/** A dataset as the page holds it: parsed from its text, each value an object of its own. */
export const parsed = (dataset: Dataset): Dataset => JSON.parse(JSON.stringify(dataset)) as Dataset;

/** The places' points as the cluster index holds them: `[lon0, lat0, lon1, lat1, ...]`. */
export const pointsOf = (dataset: Dataset): Float64Array =>
  Float64Array.from(dataset.features.flatMap((feature) => feature.geometry.coordinates));
