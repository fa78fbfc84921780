import { CLUSTER_STRIDE } from '../../../src/viewer/cluster-messages.js';

/** One drawn item of a cluster index's answer. */
export interface Item {
  lon: number;
  lat: number;
  count: number;
  ref: number;
}

/** A cluster index's flat answer (see CLUSTER_STRIDE) as items. */
export function items(flat: Float64Array): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < flat.length; i += CLUSTER_STRIDE) {
    out.push({
      lon: flat[i] ?? NaN,
      lat: flat[i + 1] ?? NaN,
      count: flat[i + 2] ?? NaN,
      ref: flat[i + 3] ?? NaN,
    });
  }
  return out;
}
