import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { datasetOutlineSchema, placeFeatureSchema } from '../schema/dataset-schema.js';
import { shapeCheckSource } from './shape-check-source.js';

/** The checks the validator runs on every dataset, written out from the schema. */
export const SHAPE_CHECKS_FILE = path.resolve(
  import.meta.dirname,
  '../schema/shape-checks.generated.ts',
);

const HEADER = `/**
 * Written by \`npm run shape-checks\` (src/build/shape-checks-file.ts) from dataset-schema.ts:
 * do not edit. Each function answers as \`v.is(schema, value)\` does, written out as code so
 * that each list and object has a function of its own, which V8 specialises to its fields:
 * checks built from the schema at run time, one of which checked every kind of object, took
 * 104 ms for 100,000 places in Node where these take 23. A unit test fails while this file is
 * not what the schema gives.
 */`;

/** What SHAPE_CHECKS_FILE holds when it is up to date with the schema, formatted as the repo is. */
export async function shapeChecksFileText(): Promise<string> {
  const source = shapeCheckSource({
    isPlaceFeature: placeFeatureSchema,
    isDatasetOutline: datasetOutlineSchema,
  });
  const options = await resolveConfig(SHAPE_CHECKS_FILE);
  return format(`${HEADER}\n\n${source}\n`, { ...options, filepath: SHAPE_CHECKS_FILE });
}
