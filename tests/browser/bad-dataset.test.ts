import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { formatIssue, type DatasetIssue } from '../../src/schema/dataset-issue.js';
import { GENERATED_BAD_CASES } from '../fixtures/datasets/generated-bad-cases.js';

const site = useBrowserSite();

/**
 * The viewer given a malformed dataset: in place of the map, a readable message that lists the
 * problems with the feature and field each concerns, never a blank page or an uncaught error.
 * The messages are the validator's, so each case's expected issues (the corpus's
 * `bad/<case>.expected.json`) say exactly what the reader must see.
 */

const BAD = 'tests/fixtures/datasets/bad';
const DATASET_PATH = '/data/blinken-beijing-talks-2023.geojson';
// The viewer lists this many problems and sums up the rest.
const SHOWN = 20;

const FILE_CASES = [
  'not-json',
  'truncated',
  'empty-file',
  'json-nan-literal',
  'top-level-null',
  'features-null-entry',
  'coordinates-swapped',
  'unknown-kind',
  'duplicate-ids',
  'mention-offsets-disagree',
  'date-february-30',
  'point-far-outside-extent',
  'source-url-javascript',
  'several-problems',
  'markup-in-kind-and-long-name',
];
// The ten-megabyte ones are read as they arrive (READ_AS_IT_ARRIVES_FROM).
const GENERATED_CASES = [
  'ten-mb-name',
  'document-nested-a-million-deep',
  'alias-nested-a-million-deep',
  'control-characters-in-id-and-kind',
  'bad-place-among-twenty-thousand',
];

function caseText(name: string): string {
  const generate = GENERATED_BAD_CASES[name];
  if (generate === undefined) return readFileSync(`${BAD}/${name}.json`, 'utf8');
  const generated = generate();
  return 'text' in generated ? generated.text : JSON.stringify(generated.value);
}

function expectedLines(name: string): string[] {
  const issues = JSON.parse(readFileSync(`${BAD}/${name}.expected.json`, 'utf8')) as DatasetIssue[];
  const shown = issues.slice(0, SHOWN).map(formatIssue);
  return issues.length > SHOWN ? [...shown, `… and ${issues.length - SHOWN} more`] : shown;
}

test.each([...FILE_CASES, ...GENERATED_CASES])(
  '%s: the page says what is wrong, where, instead of the map',
  async (name) => {
    const { page, context, errors } = await openGuardedPage(site.browser, site.server);
    const tripped: string[] = [];
    await page.exposeFunction('__xss', () => tripped.push(name));
    const body = caseText(name);
    await context.route(
      (url) => url.pathname === DATASET_PATH,
      (route) => route.fulfill({ body, contentType: 'application/geo+json' }),
    );
    await page.goto(site.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('This map cannot be shown');
    // The JSON parser's own wording belongs to the browser's engine, not to newsmap.
    const engineNeutral = (line: string) => line.replace(/(not valid JSON: ).*/, '$1…');
    expect((await alert.locator('li').allTextContents()).map(engineNeutral)).toEqual(
      expectedLines(name).map(engineNeutral),
    );
    const box = await alert.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(50);
    expect(await page.locator('.leaflet-marker-icon.nm-marker').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(tripped).toEqual([]);
    await context.close();
  },
);

test('a dataset the server cannot give: a readable message, no blank page', async () => {
  const { page, context, errors } = await openGuardedPage(site.browser, site.server);
  await context.route(
    (url) => url.pathname === DATASET_PATH,
    (route) => route.fulfill({ status: 404, body: 'Not Found' }),
  );
  await page.goto(site.server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(
    "The map's data could not be loaded (the server answered 404)",
  );
  expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  await context.close();
});
