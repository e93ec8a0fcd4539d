import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { chromePath } from './chrome-path';

export const root = resolve(import.meta.dirname, '../../..');
export const extensionDir = join(root, '.output/chrome-mv3');

/** URL (without query or hash) → HTML served there, instead of the network */
export type Routes = Record<string, string>;

export const fixture = (path: string): string =>
  readFileSync(join(root, 'tests/fixtures', path), 'utf8');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** every request the browser tried to send off the machine that we did not serve */
  blocked: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const notFound = '<!doctype html><title>Not found</title><h1>Not found (test server)</h1>';

function key(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
}

/** launches the system Chromium with the built extension; pages are served from routes, nothing reaches a network */
export async function launch(
  routes: Routes,
  userDataDir = mkdtempSync(join(tmpdir(), 'mentorlens-e2e-')),
  options: { welcome?: boolean } = {},
): Promise<Launched> {
  // the switch the background reads on install: test launches open no welcome tab unless asked
  const noWelcome = join(extensionDir, 'e2e-no-welcome.txt');
  if (options.welcome) rmSync(noWelcome, { force: true });
  else writeFileSync(noWelcome, 'written by tests/e2e/support/extension.ts\n');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const blocked: string[] = [];
  const served = new Map(Object.entries(routes).map(([url, html]) => [key(url), html]));
  await context.route(/^https?:\/\//, (route: Route) => {
    const url = route.request().url();
    const html = served.get(key(url));
    if (html !== undefined)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    blocked.push(url);
    if (route.request().resourceType() === 'document')
      return route.fulfill({ status: 404, contentType: 'text/html', body: notFound });
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    blocked,
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const extensionPage = (launched: Launched, page: string): string =>
  `chrome-extension://${launched.extensionId}/${page}`;

/** the hint's region inside its shadow root (Playwright's locators pierce open shadow roots) */
export const hint = (page: Page) =>
  page.locator('mentorlens-hint').getByRole('region', { name: /^Mentor fit/ });

/** true while the extension's service worker runs (Playwright's own list lags behind a stop) */
export async function serviceWorkerRunning(launched: Launched): Promise<boolean> {
  const page = await launched.context.newPage();
  try {
    const cdp = await launched.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ type: string; url: string }>;
    };
    return targetInfos.some(
      (t) => t.type === 'service_worker' && t.url.includes(launched.extensionId),
    );
  } finally {
    await page.close();
  }
}

/** stops the extension's service worker, as Chrome does after 30 s idle; resolves once it is gone */
export async function stopServiceWorker(launched: Launched): Promise<void> {
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  for (let i = 0; i < 50 && (await serviceWorkerRunning(launched)); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * a fresh profile folder with Chromium's developer mode on: without it, chrome.runtime.reload()
 * unloads a command-line extension instead of reloading it
 */
export function developerProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentorlens-e2e-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(
    join(dir, 'Default/Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  return dir;
}

/** the running extension's service worker, waiting for it when it has been stopped */
export async function serviceWorker(launched: Launched): Promise<Worker> {
  const match = (worker: Worker) => worker.url().includes(launched.extensionId);
  return (
    launched.context.serviceWorkers().find(match) ??
    (await launched.context.waitForEvent('serviceworker', { predicate: match }))
  );
}

/**
 * opens the popup as a page that reads `tab`: the popup asks for the active tab, so it loads in a
 * tab of its own and then reloads while `tab` is in front (a headless browser has no toolbar to click)
 */
export async function openPopupFor(launched: Launched, tab: Page): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionPage(launched, 'popup.html'));
  await tab.bringToFront();
  await popup.reload();
  return popup;
}
