import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GENERATED_BAD_CASES } from '../../fixtures/datasets/generated-bad-cases.js';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/pipeline/validate-cli.ts');
const GOOD = path.resolve('tests/fixtures/datasets/good');
const BAD = path.resolve('tests/fixtures/datasets/bad');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run validate` as a user would, from `cwd`, and never throws on a failing exit. */
function validate(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { cwd, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file under `folder` with its size and modification time, to prove nothing was written. */
async function snapshot(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const info = await stat(file);
      return `${path.relative(folder, file)} ${info.size} ${info.mtimeMs}`;
    }),
  ).then((lines) => lines.sort());
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let project: string;

beforeAll(async () => {
  // A project folder of its own: data/ with one good and one bad dataset, and a stray temp file.
  project = await mkdtemp(path.join(os.tmpdir(), 'newsmap-validate-'));
  await mkdir(path.join(project, 'data'));
  await copyFile(path.join(GOOD, 'small-article.json'), path.join(project, 'data/good.geojson'));
  await copyFile(path.join(BAD, 'several-problems.json'), path.join(project, 'data/bad.geojson'));
  await writeFile(path.join(project, 'data/.bad.geojson.0123456789ab.tmp'), '{');
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('npm run validate', () => {
  test('exits 0 and says so when every file named is valid', async () => {
    const run = await validate(
      project,
      path.join(GOOD, 'small-article.json'),
      path.join(GOOD, 'date-line.json'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`ok    ${path.join(GOOD, 'small-article.json')}`);
    expect(run.stdout).toContain('2 of 2 files valid');
    expect(run.stderr).toBe('');
  });

  test('exits 1 on a bad file and prints each issue with its feature and field', async () => {
    const run = await validate(project, path.join(BAD, 'several-problems.json'));
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `FAIL  ${path.join(BAD, 'several-problems.json')}: 3 issues`,
      expect.stringMatching(
        /^ {2}feature "beijing" at features\[0\]\.properties\.kind: .*"capital"$/,
      ),
      '  feature "taiwan-strait" at features[2].geometry.coordinates[1]: a latitude lies between -90 and 90, not 119.5 (GeoJSON puts longitude first)',
      '  feature "washington" at features[3].properties.name: is required but missing',
      '',
    ]);
  });

  test('with no file, checks every data/*.geojson and nothing else, writing nothing', async () => {
    const before = await snapshot(project);
    const run = await validate(project);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL  ${path.join('data', 'bad.geojson')}: 3 issues`);
    expect(run.stdout).toContain(`ok    ${path.join('data', 'good.geojson')}`);
    expect(run.stdout).toContain('1 of 2 files valid');
    expect(run.stdout).not.toContain('.tmp');
    expect(await snapshot(project)).toEqual(before);
  });

  test('reports a file that is not JSON, and one that is not a dataset, as bad files', async () => {
    const run = await validate(
      project,
      path.join(BAD, 'not-json.json'),
      path.join(BAD, 'top-level-array.json'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the file is not valid JSON: ');
    expect(run.stdout).toContain('the document must be a GeoJSON FeatureCollection object');
  });

  test('refuses, unread, a file larger than 64 MB', async () => {
    const huge = path.join(project, 'huge.geojson');
    await writeFile(huge, '');
    await truncate(huge, 65 * 1024 * 1024);
    const run = await validate(project, huge);
    await rm(huge);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the file is 65 MB, more than the 64 MB any dataset may be');
  });

  test('keeps its report short and free of terminal escapes, whatever the data holds', async () => {
    const escapes = GENERATED_BAD_CASES['control-characters-in-id-and-kind']?.();
    const longName = GENERATED_BAD_CASES['ten-mb-name']?.();
    if (
      escapes === undefined ||
      !('value' in escapes) ||
      longName === undefined ||
      !('text' in longName)
    )
      throw new Error('the generated cases changed shape');
    const files = {
      'escapes.geojson': JSON.stringify(escapes.value),
      'escape-outside-json.geojson': '\u001b]0;pwned\u0007\u001b[2J',
      'ten-mb-name.geojson': longName.text,
    };
    for (const [name, text] of Object.entries(files))
      await writeFile(path.join(project, name), text);
    const run = await validate(project, ...Object.keys(files));
    for (const name of Object.keys(files)) await rm(path.join(project, name));
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL_CHARACTER);
    expect(run.stdout).toContain('\\u001b');
    expect(run.stdout.length).toBeLessThan(3000);
  });

  test.each([
    ['an unknown option', ['--fix']],
    ['a file that does not exist', ['no-such-file.geojson']],
    ['a folder in place of a file', ['data']],
  ])('exits 2 on %s, with the usage', async (_, args) => {
    const run = await validate(project, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run validate');
    expect(run.stdout).toBe('');
  });

  test('exits 2 when there is nothing to check', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'newsmap-validate-empty-'));
    const run = await validate(empty);
    await rm(empty, { recursive: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no data/*.geojson to check');
  });

  test('--help prints the usage and exits 0', async () => {
    const run = await validate(project, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: npm run validate');
  });
});
