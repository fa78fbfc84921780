import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import type { PlaceFeature } from '../../src/schema/dataset-schema.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

async function openViewer(page: Page, hash = '') {
  await page.goto(`${site.server.url}?basemap=offline${hash}`);
  await page.locator('.nm-article .nm-sentence').first().waitFor();
}

const popupName = (page: Page) => page.locator('.leaflet-popup .nm-popup__name').textContent();
const mentionedSentences = (feature: PlaceFeature) =>
  [...new Set(feature.properties.mentions.map((mention) => mention.sentence))].sort(
    (a, b) => a - b,
  );

test('the article is the dataset’s sentences, in paragraphs, with captions set apart as figures', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const { sentences } = dataset.article;
  // Every sentence, verbatim and in order: nothing re-parsed, nothing lost.
  expect(await page.locator('.nm-article .nm-sentence').allTextContents()).toEqual(
    sentences.map((sentence) => sentence.text),
  );
  const paragraphs = (role: 'body' | 'caption') =>
    [...new Set(sentences.filter((s) => s.role === role).map((s) => s.paragraph))].map(
      (paragraph) =>
        sentences
          .filter((s) => s.paragraph === paragraph)
          .map((s) => s.text)
          .join(' '),
    );
  expect(await page.locator('.nm-article p.nm-article__paragraph').allTextContents()).toEqual(
    paragraphs('body'),
  );
  const captions = page.locator('.nm-article figure.nm-article__photo figcaption');
  expect(
    await captions.evaluateAll((nodes) =>
      nodes.map((node) =>
        [...node.querySelectorAll('.nm-sentence')].map((s) => s.textContent).join(' '),
      ),
    ),
  ).toEqual(paragraphs('caption'));
  // Captions look like captions: italic, on a tinted block, not like body paragraphs.
  const styles = await page.evaluate(() => {
    const caption = document.querySelector('.nm-article__photo-caption');
    const body = document.querySelector('.nm-article__paragraph');
    return [caption, body].map((node) =>
      node === null ? 'missing' : getComputedStyle(node).fontStyle,
    );
  });
  expect(styles).toEqual(['italic', 'normal']);
  expect(errors).toEqual([]);
});

test('clicking a mention in the article opens its place, for every place the article names', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const mentioned = dataset.features.filter((feature) => feature.properties.mentions.length > 0);
  expect(mentioned.length).toBe(dataset.features.length);
  for (const feature of mentioned) {
    const mention = page.locator(`.nm-mention[data-place-id="${feature.id}"]`).first();
    await expect(mention.textContent()).resolves.toBe(feature.properties.mentions[0]?.text);
    await mention.click();
    await page
      .locator(`.leaflet-popup .nm-popup__name:text-is("${feature.properties.name}")`)
      .waitFor();
    expect(new URL(page.url()).hash).toBe(`#place=${feature.id}`);
    // The open place's mentions are marked in the text.
    const open = await page
      .locator('.nm-mention--open')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['placeId']));
    expect(new Set(open)).toEqual(new Set([feature.id]));
  }
  // The mention names the place for assistive technology too.
  const described = await page
    .locator('.nm-mention')
    .first()
    .evaluate((node) => {
      const hint = document.getElementById(node.getAttribute('aria-describedby') ?? '');
      return hint?.textContent;
    });
  expect(described).toBe('Opens the place on the map');
  expect(errors).toEqual([]);
});

test('mentions are keyboard buttons: Enter on one opens the place and moves focus to its popup', async () => {
  const { page } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  await page.locator('.nm-mention[data-place-id="taiwan"]').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Taiwan")').waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Taiwan');
  await expect(
    page.evaluate(() => document.activeElement?.classList.contains('nm-popup__name')),
  ).resolves.toBe(true);
  // Escape closes the popup and returns focus to the mention.
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  await expect(
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['placeId']),
  ).resolves.toBe('taiwan');
});

test('"Read in the article" highlights exactly the sentences that mention the place, in view', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  for (const feature of dataset.features) {
    await page.evaluate((id) => {
      location.hash = `place=${id}`;
    }, feature.id);
    await page
      .locator(`.leaflet-popup .nm-popup__name:text-is("${feature.properties.name}")`)
      .waitFor();
    await page.locator('.leaflet-popup .nm-read-article').click();
    const highlighted = await page
      .locator('.nm-sentence--highlight')
      .evaluateAll((nodes) =>
        nodes.map((node) => Number((node as HTMLElement).dataset['sentence'])),
      );
    expect(highlighted, feature.id).toEqual(mentionedSentences(feature));
    // The first of them is scrolled into the panel's view and holds the focus.
    const inView = await page.evaluate(() => {
      const scroller = document.querySelector('.nm-panel__body')?.getBoundingClientRect();
      const first = document.querySelector('.nm-sentence--highlight');
      const box = first?.getBoundingClientRect();
      if (scroller === undefined || box === undefined) return false;
      return (
        box.top >= scroller.top && box.top < scroller.bottom && document.activeElement === first
      );
    });
    expect(inView, feature.id).toBe(true);
    const count = mentionedSentences(feature).length;
    await expect(page.locator('.newsmap > [aria-live="polite"]').textContent()).resolves.toBe(
      `${count} ${count === 1 ? 'sentence mentions' : 'sentences mention'} ${feature.properties.name}; highlighted in the article.`,
    );
  }
  expect(await popupName(page)).toBe(dataset.features.at(-1)?.properties.name);
  expect(errors).toEqual([]);
});

test('opening a place from the article does not scroll the reader away from the text', async () => {
  const { page } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const mention = page.locator('.nm-mention[data-place-id="matsu-islands"]').first();
  await mention.scrollIntoViewIfNeeded();
  await mention.click();
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Matsu Islands")').waitFor();
  const stillVisible = await mention.evaluate((node) => {
    const scroller = node.closest('.nm-panel__body')?.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    if (scroller === undefined) return false;
    return box.top >= scroller.top && box.bottom <= scroller.bottom;
  });
  expect(stillVisible).toBe(true);
});
