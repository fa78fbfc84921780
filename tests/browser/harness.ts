import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.js';
import type { Dataset } from '../../src/schema/dataset-schema.js';
import { parseDatasetJson } from '../../src/schema/validate-dataset.js';
import { findChrome } from './find-chrome.js';
import { testDist } from './test-dist.js';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

// Every host name fails to resolve: only the loopback server (reached by its address) answers.
const RESOLVE_NO_HOST = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';
const resolvingNoHost = new WeakSet<Browser>();

/**
 * Chromium as the tests drive it. `resolveNoHost` makes every other host unreachable in the
 * browser itself, as a reader's browser finds a dead server, instead of by intercepting each
 * request (see `openGuardedPage`): the interception sends every request of the page to this
 * process and back, which costs a page more the more files it loads.
 */
export async function launchBrowser({ resolveNoHost = false } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: resolveNoHost ? [...CHROMIUM_FLAGS, RESOLVE_NO_HOST] : CHROMIUM_FLAGS,
    headless: true,
  });
  if (resolveNoHost) resolvingNoHost.add(browser);
  return browser;
}

export function serveDist(): Promise<StaticServer> {
  return startStaticServer({ root: testDist() });
}

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** Every request to a host other than the local server, each refused. */
  refused: string[];
  /** Console errors, page errors and unhandled rejections, as text. */
  errors: string[];
}

/**
 * A page that can reach only the local static server: every request to another host is
 * refused (no test reaches the internet; tile servers are "dead"), and every error is kept.
 * In a browser launched with `resolveNoHost`, those requests fail in the browser itself and
 * are recorded as they fail.
 */
export async function openGuardedPage(
  browser: Browser,
  server: StaticServer,
  options: {
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    isMobile?: boolean;
    reducedMotion?: 'reduce' | 'no-preference';
  } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const local = new URL(server.url).host;
  const isOtherHost = (url: URL) =>
    url.host !== local && url.protocol !== 'data:' && url.protocol !== 'blob:';
  const refused: string[] = [];
  if (resolvingNoHost.has(browser))
    context.on('requestfailed', (request) => {
      if (isOtherHost(new URL(request.url()))) refused.push(request.url());
    });
  else
    await context.route(isOtherHost, (route) => {
      refused.push(route.request().url());
      return route.abort('connectionrefused');
    });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/net::ERR_CONNECTION_REFUSED|Failed to load resource/.test(message.text())
    ) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return { page, context, refused, errors };
}

/** The browser and the servers one test file shares; each is there once the file's tests run. */
export interface BrowserSite {
  readonly browser: Browser;
  /** The built newsmap site on 127.0.0.1. */
  readonly server: StaticServer;
  /** Another site on another origin, for the tests that embed newsmap in a host page. */
  readonly host: StaticServer;
}

/**
 * Launches Chromium and serves the built site (and, with `hostPages`, a host site on a second
 * origin) before a test file's tests, and closes them all after. Call it at the top of a file.
 */
export function useBrowserSite(
  options: { hostPages?: (newsmapUrl: string) => Promise<StaticServer> } = {},
): BrowserSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let host: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDist();
    if (options.hostPages !== undefined) host = await options.hostPages(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is used before the file's beforeAll ran`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'the browser');
    },
    get server() {
      return started(server, 'the newsmap site');
    },
    get host() {
      return started(host, 'the host site (pass hostPages)');
    },
  };
}

/** The bundled article's dataset, as the site serves it. */
export function readArticleDataset(): Dataset {
  return parseDatasetJson(readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8'));
}
