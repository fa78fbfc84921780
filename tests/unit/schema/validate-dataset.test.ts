import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  getDatasetIssues,
  parseDataset,
  parseDatasetJson,
} from '../../../src/schema/validate-dataset.js';
import { DatasetError, formatIssue, type DatasetIssue } from '../../../src/schema/dataset-issue.js';
import {
  GENERATED_BAD_CASES,
  type GeneratedCase,
} from '../../fixtures/datasets/generated-bad-cases.js';

const GOOD = 'tests/fixtures/datasets/good';
const BAD = 'tests/fixtures/datasets/bad';
// `REGEN=1 npx vitest run --project unit tests/unit/schema` rewrites every expected file; review the diff.
const REGENERATE = process.env['REGEN'] === '1';

const caseNames = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();

function issuesOf(run: () => unknown): DatasetIssue[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return [...error.issues];
    throw error;
  }
}

function issuesOfCase(generated: GeneratedCase): DatasetIssue[] {
  if ('text' in generated) return issuesOf(() => parseDatasetJson(generated.text));
  // An object handed over already parsed must give the same answer through both entry points.
  const issues = getDatasetIssues(generated.value);
  expect(issuesOf(() => parseDataset(generated.value))).toEqual(issues);
  return issues;
}

function expectIssues(name: string, actual: DatasetIssue[]): void {
  const file = path.join(BAD, `${name}.expected.json`);
  if (REGENERATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

const fileCases = caseNames(BAD);
const generatedCases = Object.keys(GENERATED_BAD_CASES).sort();

describe('a malformed dataset is rejected with the exact issues stored beside it', () => {
  test.each(fileCases)('%s', (name) => {
    expectIssues(
      name,
      issuesOfCase({ text: readFileSync(path.join(BAD, `${name}.json`), 'utf8') }),
    );
  });

  test.each(generatedCases)('%s (generated)', (name) => {
    const generate = GENERATED_BAD_CASES[name];
    if (generate === undefined) throw new Error(`no generator for ${name}`);
    expectIssues(name, issuesOfCase(generate()));
  });
});

describe('the corpus itself', () => {
  const expectedFiles = readdirSync(BAD)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => name.slice(0, -'.expected.json'.length))
    .sort();

  test('holds at least 40 cases, each with its expected issues and none orphaned', () => {
    expect(fileCases.length + generatedCases.length).toBeGreaterThanOrEqual(40);
    expect(expectedFiles).toEqual([...fileCases, ...generatedCases].sort());
  });

  test('every case yields at least one issue, located unless the whole document is at fault', () => {
    for (const name of expectedFiles) {
      const issues = JSON.parse(
        readFileSync(path.join(BAD, `${name}.expected.json`), 'utf8'),
      ) as DatasetIssue[];
      expect(issues, name).not.toEqual([]);
      for (const issue of issues) {
        expect(issue.message, name).not.toBe('');
        if (issue.path === '') expect(issue.message, name).toMatch(/^the (document|file) /);
        if (issue.path.startsWith('features[')) expect(issue.feature, name).toBeDefined();
      }
    }
  });

  test('no message quotes more than a short excerpt of what it received', () => {
    for (const name of generatedCases.filter((n) => n.startsWith('ten-mb'))) {
      const generate = GENERATED_BAD_CASES[name];
      if (generate === undefined) throw new Error(`no generator for ${name}`);
      for (const issue of issuesOfCase(generate())) {
        expect(formatIssue(issue).length, name).toBeLessThan(400);
      }
    }
  });

  test('no control character from the data reaches a formatted message', () => {
    const generate = GENERATED_BAD_CASES['control-characters-in-id-and-kind'];
    if (generate === undefined) throw new Error('the control-character case is missing');
    const formatted = issuesOfCase(generate()).map(formatIssue).join('\n');
    // eslint-disable-next-line no-control-regex
    expect(formatted).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(formatted).toContain('\\u001b');
  });
});

describe('a valid dataset gives no issue', () => {
  test.each(caseNames(GOOD))('%s', (name) => {
    const text = readFileSync(path.join(GOOD, `${name}.json`), 'utf8');
    expect(issuesOf(() => parseDatasetJson(text))).toEqual([]);
  });

  test('and validating it does not change it', () => {
    const text = readFileSync(path.join(GOOD, 'small-article.json'), 'utf8');
    const input: unknown = JSON.parse(text);
    parseDataset(input);
    expect(input).toEqual(JSON.parse(text));
  });
});

describe('the rules, which read the dataset as given rather than the copy the schema outputs', () => {
  test('quote a point and an extent without the further items the schema lets through', () => {
    const dataset = JSON.parse(readFileSync(path.join(GOOD, 'small-article.json'), 'utf8')) as {
      features: { geometry: { coordinates: number[] }; properties: { extent?: number[] } }[];
    };
    const strait = dataset.features[2];
    if (strait?.properties.extent === undefined) throw new Error('features[2] has no extent');
    strait.geometry.coordinates = [2.3522, 48.8566, 35];
    strait.properties.extent = [...strait.properties.extent, 100];
    expect(getDatasetIssues(dataset)).toEqual([
      {
        path: 'features[2].geometry.coordinates',
        feature: 'taiwan-strait',
        message:
          "[2.3522, 48.8566] lies outside the place's extent [117.5, 22.5, 121.5, 26.5] (are longitude and latitude swapped?)",
      },
    ]);
  });
});
