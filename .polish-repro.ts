import { startStaticServer } from './src/server/static-server.js';
import { startHostPageServer, openHostPage } from './tests/browser/embed-host-pages.js';
import { chromium } from 'playwright-core';
import { findChrome } from './tests/browser/find-chrome.js';
const site = await startStaticServer({ root: '/tmp/polish/dist' });
const host = await startHostPageServer(site.url);
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'], headless: true });
const variant = process.argv[2] ?? 'a';
for (let run = 0; run < 4; run++) {
  const { page, errors } = await openHostPage(browser, [site, host]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.argv[3] ?? 1) });
  await page.goto(`${host.url}element.html`);
  const el = page.locator('news-map');
  await el.locator('.leaflet-popup').waitFor();
  if (variant === 'f' || variant === 'g') { await el.evaluate((m) => m.removeAttribute('basemap')); await el.locator('.leaflet-popup').waitFor(); }
  for (let i = 0; i < 5; i++) {
    if (variant === 'h' || variant === 'i') { await el.evaluate(async (m, v) => { m.shadowRoot?.querySelector<HTMLElement>(v === 'h' ? '.leaflet-control-zoom-in' : '.nm-story__next')?.click(); await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); m.setAttribute('place', 'beijing'); m.setAttribute('src', `${location.origin}/data/small-article.geojson?${Math.random()}`); }, variant); await page.waitForTimeout(800); continue; }
    await el.evaluate((m, [v, i, base]) => {
      const place = i % 2 ? 'beijing' : 'taiwan-strait';
      if (v === 'd') m.shadowRoot?.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.click();
      if (v === 'e') m.shadowRoot?.querySelector<HTMLElement>('.nm-story__next')?.click();
      m.setAttribute('place', place);
      if (v === 'd' || v === 'e' || v === 'g') m.setAttribute('src', `${base}data/blinken-beijing-talks-2023.geojson?${i}`);
      if (v === 'a' || v === 'f') m.setAttribute('src', `${base}data/blinken-beijing-talks-2023.geojson?${i}`);
      if (v === 'b') setTimeout(() => m.setAttribute('src', `${base}data/blinken-beijing-talks-2023.geojson?${i}`), 100);
      if (v === 'c') requestAnimationFrame(() => m.setAttribute('src', `${base}data/blinken-beijing-talks-2023.geojson?${i}`));
    }, [variant, i, site.url] as const);
    await page.waitForTimeout(variant === 'b' ? 1200 : variant === 'g' ? 30 : variant === 'f' ? 300 : 800);
  }
  console.log(variant, run, errors.map((e) => e.slice(0, 300)));
  await page.context().close();
}
await browser.close(); await site.close(); await host.close();
