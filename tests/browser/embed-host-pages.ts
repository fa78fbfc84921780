import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from '../../src/server/static-server.js';

const PAGES = path.resolve('tests/fixtures/host-pages');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

/** A 256 px map tile that names itself, so a misplaced tile shows in a screenshot. */
function tileSvg(z: string, x: string, y: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">' +
    '<rect width="256" height="256" fill="#e8efe4" stroke="#7a9a6a" stroke-width="2"/>' +
    `<text x="128" y="134" font-family="sans-serif" font-size="20" text-anchor="middle">${z}/${x}/${y}</text>` +
    '</svg>'
  );
}

/**
 * A news site of someone else's: serves tests/fixtures/host-pages on its own origin (another
 * port than the newsmap site), with `{{newsmap}}` in its pages replaced by the newsmap site's
 * URL, and answers any `/tiles/{z}/{x}/{y}.svg` with a drawn tile.
 */
export function startHostPageServer(newsmapUrl: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://host').pathname;
    const tile = /^\/tiles\/(\d+)\/(-?\d+)\/(-?\d+)\.svg$/.exec(urlPath);
    if (tile !== null) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' });
      response.end(tileSvg(tile[1] ?? '', tile[2] ?? '', tile[3] ?? ''));
      return;
    }
    const file = path.join(PAGES, path.posix.normalize(urlPath));
    const type = TYPES[path.extname(file)];
    if (!file.startsWith(PAGES + path.sep) || type === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(file, 'utf8').then(
      (text) => {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
        response.end(text.replaceAll('{{newsmap}}', newsmapUrl));
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export interface HostPage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors, as text. */
  errors: string[];
}

/**
 * A page that may reach the newsmap site and the host site and nothing else: the tile servers
 * of the real world are refused, as in tests/browser/harness.ts.
 */
export async function openHostPage(
  browser: Browser,
  servers: readonly StaticServer[],
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
  } = {},
): Promise<HostPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1000, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  const allowed = new Set(servers.map((server) => new URL(server.url).host));
  await context.route(
    (url) => !allowed.has(url.host) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('connectionrefused'),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/net::ERR_CONNECTION_REFUSED|Failed to load resource/.test(message.text())
    )
      errors.push(message.text());
  });
  return { page, context, errors };
}
