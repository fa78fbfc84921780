import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

/** Whether the picture is drawn: loaded, decoded, and given room on the page. */
async function shownPicture(image: Locator) {
  await image.waitFor();
  return image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight, drawn: img.clientHeight > 100 };
  });
}

test('without JavaScript, the site pages show the static picture with alt text naming the places', async () => {
  const { page } = await openHostPage(site.browser, [site.server, site.host], {
    javaScriptEnabled: false,
  });
  for (const path of ['index.html', 'embed.html']) {
    await page.goto(`${site.server.url}${path}`);
    const picture = page.locator('img.nm-static-map');
    expect(await shownPicture(picture), path).toEqual({ width: 800, height: 600, drawn: true });
    const alt = (await picture.getAttribute('alt')) ?? '';
    for (const place of ['Beijing', 'Taiwan Strait', 'Matsu Islands', 'Washington, D.C.'])
      expect(alt, path).toContain(place);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
  }
});

test('without JavaScript, the static picture fits a phone screen', async () => {
  const { page } = await openHostPage(site.browser, [site.server, site.host], {
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  for (const path of ['index.html', 'embed.html']) {
    await page.goto(`${site.server.url}${path}`);
    const picture = page.locator('img.nm-static-map');
    await shownPicture(picture);
    const drawn = await picture.evaluate((img) => {
      const box = img.getBoundingClientRect();
      return { right: Math.ceil(box.right), ratio: Math.round((box.width / box.height) * 100) };
    });
    // Within the screen, and scaled, not squashed: still 4:3.
    expect(drawn.right, path).toBeLessThanOrEqual(390);
    expect(drawn.ratio, path).toBe(133);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
  }
});

test('without JavaScript, <news-map> shows its fallback picture', async () => {
  const { page } = await openHostPage(site.browser, [site.server, site.host], {
    javaScriptEnabled: false,
  });
  await page.goto(`${site.host.url}element.html`);
  expect(await shownPicture(page.locator('news-map img'))).toEqual({
    width: 800,
    height: 600,
    drawn: true,
  });
});
