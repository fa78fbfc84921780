// scratch, outside tests; deleted before finishing
import { buildSite } from './esbuild.config.mjs';
import { startStaticServer } from './src/server/static-server.js';
import { startHostPageServer, openHostPage } from './tests/browser/embed-host-pages.js';
import { chromium } from 'playwright-core';
import { findChrome } from './tests/browser/find-chrome.js';

const out = '/tmp/polish/dist';
const shots = process.argv.includes('--shots');
await buildSite({ outdir: out });
const site = await startStaticServer({ root: out });
const host = await startHostPageServer(site.url);
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'], headless: true });
const errs: string[] = [];
{
  const { page, errors } = await openHostPage(browser, [site, host]);
  await page.goto(`${host.url}iframe.html`);
  const frame = await (await page.locator('iframe[data-newsmap-embed]').elementHandle())!.contentFrame();
  await frame!.locator('.leaflet-popup').waitFor();
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => { const f = document.querySelector<HTMLIFrameElement>('iframe[data-newsmap-embed]')!; return { w: f.offsetWidth, h: f.offsetHeight }; });
  const map = await frame!.locator('.nm-map').evaluate((m) => m.clientHeight);
  console.log('iframe', r, 'map', map, 'want', Math.floor(r.w * 3 / 4));
  if (shots) await page.screenshot({ path: '/tmp/polish/iframe.png', fullPage: true });
  errs.push(...errors);
}
{
  const { page, errors } = await openHostPage(browser, [site, host]);
  await page.goto(`${host.url}module.html?hostile=0`);
  await page.waitForFunction(() => 'hostPage' in window);
  await page.waitForTimeout(800);
  const map = await page.locator('#first .nm-map').evaluate((m) => m.clientHeight);
  console.log('module first map', map);
  if (shots) await page.screenshot({ path: '/tmp/polish/module.png', fullPage: true });
  errs.push(...errors);
}
for (const vp of [{ width: 390, height: 844, name: 'phone' }, { width: 1280, height: 800, name: 'desktop' }]) {
  const { page, errors } = await openHostPage(browser, [site], { viewport: vp, hasTouch: vp.width < 500 });
  await page.goto(`${site.url}#place=taiwan-strait`);
  await page.locator('.leaflet-popup').waitFor();
  await page.waitForTimeout(1500);
  const map = await page.locator('.nm-map').boundingBox();
  const sheet = await page.locator('.nm-panel').boundingBox();
  const strip = await page.locator('.nm-story-bar').boundingBox();
  const popup = await page.locator('.leaflet-popup-content-wrapper').boundingBox();
  console.log(vp.name, { map, sheet, strip, popup });
  if (shots) await page.screenshot({ path: `/tmp/polish/${vp.name}.png` });
  errs.push(...errors);
}
console.log('errors', errs);
await browser.close(); await site.close(); await host.close();
