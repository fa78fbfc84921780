import { expect, test } from 'vitest';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

test('<news-map> opens the place in its attribute, and follows the attribute as it changes', async () => {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}element.html`);
  const element = page.locator('news-map');
  await element.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  // The fallback picture stays in the element but is not drawn once the map is.
  expect(
    await element.locator('img[alt]').evaluate((img) => img.getBoundingClientRect().height),
  ).toBe(0);

  await element.evaluate((map) => {
    map.addEventListener('newsmap:open', (event) => {
      map.dataset['opened'] = (event as CustomEvent<{ id: string }>).detail.id;
    });
    map.setAttribute('place', 'taiwan-strait');
  });
  await element.locator('.leaflet-popup', { hasText: 'Taiwan Strait' }).waitFor();
  expect(await element.getAttribute('data-opened')).toBe('taiwan-strait');

  await element.evaluate((map) => map.removeAttribute('place'));
  await element.locator('.leaflet-popup').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

test('<news-map> draws another dataset when its src changes', async () => {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}element.html`);
  const element = page.locator('news-map');
  await element.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  await element.evaluate((map) => map.setAttribute('src', 'data/small-article.geojson'));
  await element.getByRole('button', { name: 'Show places (4)' }).waitFor();
  // matsu-islands, still in `place`, is not in the new dataset: nothing is open.
  expect(await element.locator('.leaflet-popup').count()).toBe(0);
  await element.evaluate((map) => map.setAttribute('place', 'diaoyutai-state-guesthouse'));
  await element.locator('.leaflet-popup', { hasText: 'Diaoyutai State Guesthouse' }).waitFor();
  // One map, the new one: the first was taken out whole.
  expect(await element.locator('.leaflet-container').count()).toBe(1);
  expect(errors).toEqual([]);
});

test('<news-map> redrawn while its map is moving (place, then src, in one tick) raises no error', async () => {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}element.html`);
  const element = page.locator('news-map');
  await element.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  const datasets = [
    { src: 'data/small-article.geojson', place: 'diaoyutai-state-guesthouse', count: 4 },
    {
      src: `${site.server.url}data/blinken-beijing-talks-2023.geojson`,
      place: 'taiwan-strait',
      count: 23,
    },
  ] as const;
  for (let round = 0; round < 10; round++) {
    const shown = datasets[(round + 1) % 2];
    const next = datasets[round % 2];
    if (shown === undefined || next === undefined) throw new Error('no dataset');
    // The reader zooms in; while the map zooms, the page opens a place and swaps the dataset.
    await element.evaluate(
      async (map, [place, src]) => {
        map.shadowRoot?.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.click();
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        map.setAttribute('place', place);
        map.setAttribute('src', src);
      },
      [shown.place, next.src] as const,
    );
    await element.getByRole('button', { name: `Show places (${next.count})` }).waitFor();
    expect(await element.locator('.leaflet-container').count()).toBe(1);
  }
  // Whatever the last map taken out had scheduled (Leaflet ends a zoom after 250 ms) has had its time.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 600)));
  expect(errors).toEqual([]);
});
