import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type HTTPRequest,
  type Page,
} from 'puppeteer-core';

export const root = resolve(import.meta.dirname, '../../..');
export const addonDir = join(root, '.output/firefox-mv3');

/** URL (without query or hash) → HTML served there, instead of the network */
export type Routes = Record<string, string>;

export const fixture = (path: string): string =>
  readFileSync(join(root, 'tests/fixtures', path), 'utf8');

/** the system Firefox: FIREFOX_PATH, else Debian's firefox-esr, else firefox */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error(
      'no Firefox found: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH',
    );
  return found;
}

const key = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
};

const notFound = '<!doctype html><title>Not found</title><h1>Not found (test server)</h1>';

export interface Launched {
  browser: Browser;
  addonId: string;
  /** every http(s) request a page tried to send that we did not serve */
  blocked: string[];
  /** a new tab whose http(s) requests are served from the routes, everything else aborted */
  newTab(): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox with the built add-on, over WebDriver BiDi; pages come from routes, nothing reaches a network */
export async function launch(routes: Routes): Promise<Launched> {
  if (!existsSync(join(addonDir, 'manifest.json')))
    throw new Error(`no Firefox build in ${addonDir}: run "npm run build:firefox" first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // a second guard behind request interception: anything that slips past goes to a dead local proxy
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.dns.disabled': true,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const addonId = await browser.installExtension(addonDir);
  const served = new Map(Object.entries(routes).map(([url, html]) => [key(url), html]));
  const blocked: string[] = [];
  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const html = served.get(key(url));
    if (html !== undefined)
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: html,
      });
    blocked.push(url);
    if (request.isNavigationRequest())
      return void request.respond({ status: 404, contentType: 'text/html', body: notFound });
    return void request.abort();
  };
  return {
    browser,
    addonId,
    blocked,
    async newTab() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', onRequest);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** the hint's host, text, accessible name and button labels, or null when the page has no hint */
export function hintState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('mentorlens-hint');
    const region = host?.shadowRoot?.querySelector('[role="region"]');
    if (!host) return null;
    return {
      label: region?.getAttribute('aria-label') ?? null,
      text: region?.textContent ?? '',
      buttons: [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map(
        (button) => button.textContent ?? '',
      ),
    };
  });
}

/** a button in the hint's shadow root, by its exact text */
export async function hintButton(page: Page, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((label) => {
    const buttons = document
      .querySelector('mentorlens-hint')
      ?.shadowRoot?.querySelectorAll('button');
    return [...(buttons ?? [])].find((button) => button.textContent === label) ?? null;
  }, name);
  const element = handle.asElement();
  if (!element) throw new Error(`no "${name}" button in the hint`);
  return element as ElementHandle<Element>;
}

/** the path of an open tab's document (BiDi may report about:blank as the url of a tab an add-on opened) */
async function pathOf(page: Page): Promise<string | null> {
  try {
    return await page.evaluate(() =>
      location.protocol === 'moz-extension:' ? location.pathname : null,
    );
  } catch {
    return null;
  }
}

/** waits for an add-on page (e.g. "/dashboard.html") that the add-on opened in a tab of its own */
export async function waitForAddonPage(
  launched: Launched,
  path: string,
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await launched.browser.pages())
      if ((await pathOf(page)) === path) return page;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the add-on did not open ${path} within ${timeoutMs} ms`);
}

/**
 * opens an add-on page in a new tab from an add-on page already open (BiDi refuses to navigate to
 * moz-extension: itself); `from` is one the add-on's own UI opened, e.g. through the hint
 */
export async function openAddonPage(launched: Launched, from: Page, path: string): Promise<Page> {
  const before = new Set(await launched.browser.pages());
  await from.evaluate(async (target) => {
    // Firefox's own `browser` global, available in every page of the add-on
    const api = (
      globalThis as unknown as {
        browser: {
          tabs: { create(o: object): Promise<unknown> };
          runtime: { getURL(p: string): string };
        };
      }
    ).browser;
    await api.tabs.create({ url: api.runtime.getURL(target), active: false });
  }, path);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await launched.browser.pages())
      if (!before.has(page) && (await pathOf(page)) === path) return page;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${path} did not open`);
}
