import { expect, test } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

test('"Embed this map" shows the snippet for the open place, copies it, and the snippet works in another site', async () => {
  const { page, context, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await page.goto(`${site.server.url}index.html?basemap=offline#place=matsu-islands`);
  await page.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  await page.getByRole('button', { name: 'Embed' }).click();

  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain('The map opens on Matsu Islands');
  const code = dialog.getByRole('textbox', { name: 'HTML to paste into your page' });
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${site.server.url}embed.html#place=matsu-islands"`);
  expect(snippet).toContain(
    'title="Map: Blinken in Beijing: China warns the US to choose between &quot;cooperation or conflict&quot;"',
  );
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"');
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
  expect(snippet).toContain('aspect-ratio:4/3');
  expect(snippet).toContain(`<script async src="${site.server.url}embed.js"></script>`);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/embed-dialog.png' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // Escape closed the dialog only: the place stays open.
  await page.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();

  // Pasted into someone else's page, the snippet shows the map on that place and sizes itself.
  await page.goto(`${site.host.url}blank.html`);
  await page.evaluate((html) => {
    const article = document.getElementById('article');
    article?.append(document.createRange().createContextualFragment(html));
  }, snippet);
  const embed = await (
    await page.locator('iframe[data-newsmap-embed]').elementHandle()
  )?.contentFrame();
  await embed?.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('iframe[data-newsmap-embed]')?.style.height !== '',
  );
  expect(errors).toEqual([]);
});

test('inside an iframe, where the clipboard is refused, Copy selects the code instead', async () => {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}iframe.html`);
  const embed = await (
    await page.locator('iframe[data-newsmap-embed]').elementHandle()
  )?.contentFrame();
  if (embed === null || embed === undefined) throw new Error('the embed frame did not load');
  await embed.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  await embed.getByRole('button', { name: 'Embed' }).click();
  const dialog = embed.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Selected' }).waitFor();
  const selection = await dialog
    .getByRole('textbox')
    .evaluate((area: HTMLTextAreaElement) => [
      area.selectionStart,
      area.selectionEnd,
      area.value.length,
    ]);
  expect(selection[0]).toBe(0);
  expect(selection[1]).toBe(selection[2]);
  expect(await dialog.getByRole('textbox').inputValue()).toContain(
    'embed.html#place=matsu-islands',
  );
  expect(errors).toEqual([]);
});
