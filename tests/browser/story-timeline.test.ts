import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { must } from './story-page.js';
import { dateSpan, rangesOverlap } from '../../src/viewer/date-range.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

async function openViewer(page: Page, hash = '') {
  await page.goto(`${site.server.url}?basemap=offline${hash}`);
  await page.locator('.nm-timeline').waitFor();
}

const allEvents = () =>
  dataset.features.flatMap((feature) =>
    feature.properties.events.map((event) => ({ place: feature, date: event.date })),
  );

test('every dated event is on one axis, February to June 2023; a month is a span, a day a dot', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const marks = await page.locator('.nm-tl-event').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        label: node.getAttribute('aria-label') ?? '',
        month: node.classList.contains('nm-tl-event--month'),
        left: box.left,
        width: box.width,
      };
    }),
  );
  // One mark per date, naming its places, in time order: every one of the article's events.
  expect(marks.map((mark) => mark.label)).toEqual([
    'February 2023 (month only): United States',
    '9 April 2023: Matsu Islands',
    '10 April 2023: Cape Maobitou Park',
    'May 2023 (month only): China, United States, Vienna (3 events)',
    '4 May 2023: Changi Naval Base',
    'June 2023 (month only): Singapore',
    '3 June 2023: Taiwan Strait',
    '18 June 2023: Diaoyutai State Guesthouse, Beijing (4 events)',
    '19 June 2023: Diaoyutai State Guesthouse, Beijing (2 events)',
  ]);
  const counted = marks.map((mark) => Number(/\((\d+) events\)$/.exec(mark.label)?.[1] ?? 1));
  expect(counted.reduce((sum, n) => sum + n, 0)).toBe(allEvents().length);
  expect(marks.map((mark) => mark.month)).toEqual(
    marks.map((mark) => mark.label.includes('(month only)')),
  );
  await expect(page.locator('.nm-timeline__tick').allTextContents()).resolves.toEqual([
    'Feb 2023',
    'Mar',
    'Apr',
    'May',
    'Jun',
  ]);
  // Scale: the axis runs from 1 February to 30 June (150 days).
  const track = must(await page.locator('.nm-timeline__track').boundingBox(), 'the track');
  const dayWidth = track.width / 150;
  const month = (label: string) =>
    must(
      marks.find((mark) => mark.label.startsWith(label)),
      label,
    );
  const may = month('May 2023 (month only)');
  expect(may.left - track.x).toBeCloseTo(89 * dayWidth, 0);
  expect(may.width).toBeCloseTo(31 * dayWidth, 0);
  const february = month('February 2023 (month only)');
  expect(february.width).toBeCloseTo(28 * dayWidth, 0);
  const matsu = month('9 April 2023: Matsu Islands');
  expect(matsu.month).toBe(false);
  expect(matsu.width).toBeLessThan(dayWidth * 4);
  expect(matsu.left + matsu.width / 2 - track.x).toBeCloseTo((67 + 0.5) * dayWidth, 0);
  expect(errors).toEqual([]);
});

test('a timeline event opens its story step', async () => {
  const { page } = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await openViewer(page);
  await page.getByRole('button', { name: '4 May 2023: Changi Naval Base' }).click();
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Changi Naval Base")').waitFor();
  expect(new URL(page.url()).hash).toBe(
    '#place=changi-naval-base&step=changi-naval-base-2023-05-04',
  );
});

describe('the date filter shows only the places with events in the range', () => {
  const shownMarkers = (page: Page) =>
    page
      .locator('.leaflet-marker-pane .leaflet-marker-icon')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => !node.classList.contains('nm-marker--filtered'))
          .map((node) => node.getAttribute('title')),
      );
  const shownListItems = (page: Page) =>
    page
      .locator('.nm-place-list li:not([hidden]) .nm-place')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['placeId']));
  const names = (ids: string[]) =>
    ids
      .map(
        (id) =>
          must(
            dataset.features.find((feature) => feature.id === id),
            id,
          ).properties.name,
      )
      .sort();
  const live = (page: Page) => page.locator('.newsmap > [aria-live="polite"]').textContent();

  async function setRange(page: Page, from: string, to: string) {
    await page.locator('.nm-date-filter__input').nth(0).fill(from);
    await page.locator('.nm-date-filter__input').nth(1).fill(to);
  }

  test.each([
    [
      '2023-04-01',
      '2023-04-30',
      ['cape-maobitou-park', 'matsu-islands'],
      '1 April 2023 and 30 April 2023',
    ],
    [
      '2023-05-04',
      '2023-05-04',
      ['changi-naval-base', 'china', 'united-states', 'vienna'],
      '4 May 2023 and 4 May 2023',
    ],
    [
      '2023-06-18',
      '2023-06-19',
      ['beijing', 'diaoyutai-state-guesthouse', 'singapore'],
      '18 June 2023 and 19 June 2023',
    ],
    ['2023-03-01', '2023-03-31', [], '1 March 2023 and 31 March 2023'],
  ])('%s to %s', async (from, to, expected, between) => {
    const { page, errors } = await openGuardedPage(site.browser, site.server);
    await openViewer(page);
    await setRange(page, from, to);
    expect((await shownMarkers(page)).sort()).toEqual(names(expected));
    expect((await shownListItems(page)).sort()).toEqual([...expected].sort());
    const n = expected.length;
    await expect(live(page)).resolves.toBe(
      `${n} of ${dataset.features.length} places ${n === 1 ? 'has' : 'have'} events between ${between}.`,
    );
    // A hidden marker is not drawn and cannot be tabbed to.
    const hidden = await page
      .locator('.leaflet-marker-icon.nm-marker--filtered')
      .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).display));
    expect(hidden).toEqual(dataset.features.slice(expected.length).map(() => 'none'));
    // Events outside the range are dimmed on the timeline.
    const range = { first: dateSpan(from).first, last: dateSpan(to).last };
    const datesOutside = new Set(
      allEvents()
        .map(({ date }) => date)
        .filter((date) => !rangesOverlap(dateSpan(date), range)),
    );
    await expect(page.locator('.nm-tl-event--outside').count()).resolves.toBe(datesOutside.size);

    await page.getByRole('button', { name: 'All dates' }).click();
    expect(await shownMarkers(page)).toHaveLength(dataset.features.length);
    expect(await shownListItems(page)).toHaveLength(dataset.features.length);
    await expect(live(page)).resolves.toBe(`All ${dataset.features.length} places shown.`);
    expect(errors).toEqual([]);
  });
});

describe('precision is shown honestly', () => {
  test('a point standing for an area is drawn and labelled as approximate; an exact place is not', async () => {
    const { page } = await openGuardedPage(site.browser, site.server);
    await openViewer(page);
    const approximate = await page
      .locator('.leaflet-marker-pane .nm-marker--approximate')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('title')));
    expect(approximate.sort()).toEqual(
      dataset.features
        .filter((feature) => feature.properties.precision === 'area')
        .map((feature) => feature.properties.name)
        .sort(),
    );
    await page.evaluate(() => {
      location.hash = 'place=taiwan-strait';
    });
    await page.locator('.leaflet-popup .nm-popup__name:text-is("Taiwan Strait")').waitFor();
    await expect(page.locator('.leaflet-popup .nm-popup__meta').textContent()).resolves.toBe(
      'Strait · approximate location · 3 June 2023',
    );
    await page.evaluate(() => {
      location.hash = 'place=changi-naval-base';
    });
    await page.locator('.leaflet-popup .nm-popup__name:text-is("Changi Naval Base")').waitFor();
    await expect(page.locator('.leaflet-popup .nm-popup__meta').textContent()).resolves.toBe(
      'Naval base · 4 May 2023',
    );
  });

  test('a date known only to the month says so in the popup; a day does not', async () => {
    const { page } = await openGuardedPage(site.browser, site.server);
    await openViewer(page, '#place=vienna');
    await page.locator('.leaflet-popup .nm-popup__name:text-is("Vienna")').waitFor();
    await expect(page.locator('.leaflet-popup .nm-popup__meta').textContent()).resolves.toBe(
      'City · May 2023 (month only)',
    );
    await expect(
      page
        .locator('.leaflet-popup .nm-event__date')
        .evaluateAll((nodes) =>
          nodes.map((node) => [
            node.textContent,
            node.getAttribute('datetime'),
            node.classList.contains('nm-date--approximate'),
          ]),
        ),
    ).resolves.toEqual([['May 2023 (month only)', '2023-05', true]]);
  });
});
