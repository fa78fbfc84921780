import { writeFileAtomically } from '../pipeline/write-atomically.js';
import { SHAPE_CHECKS_FILE, shapeChecksFileText } from './shape-checks-file.js';

/** `npm run shape-checks`: rewrites the validator's generated checks after a schema change. */
await writeFileAtomically(SHAPE_CHECKS_FILE, await shapeChecksFileText());
console.log(`wrote ${SHAPE_CHECKS_FILE}`);
