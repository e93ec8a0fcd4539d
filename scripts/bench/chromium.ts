import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Route } from 'playwright-core';
import { chromePath } from '../../tests/e2e/support/chrome-path';

/** URL (without query or hash) → HTML served there; nothing else is served */
export type Routes = Map<string, string>;

export interface Browser {
  context: BrowserContext;
  /** the extension's id, or null for the baseline browser without it */
  extensionId: string | null;
  close(): Promise<void>;
}

export const routeKey = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
};

// the same flags as tests/e2e/support/extension.ts, so both browsers differ only by the extension
const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** the system Chromium with or without our built extension; pages come from routes, every other request is aborted */
export async function launchBrowser(
  routes: Routes,
  extensionDir: string | null,
  options: { headed?: boolean } = {},
): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mentorlens-bench-'));
  const shown = options.headed ? flags.filter((flag) => flag !== '--headless=new') : flags;
  const args = extensionDir
    ? [...shown, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : shown;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: false,
    args,
    viewport: { width: 1280, height: 800 },
  });
  // tsx keeps function names with a __name helper that functions sent to the page would miss
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.route(/^https?:\/\//, (route: Route) => {
    const html = routes.get(routeKey(route.request().url()));
    if (html !== undefined && route.request().resourceType() === 'document')
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort();
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  let extensionId: string | null = null;
  if (extensionDir) {
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { context, extensionId, close };
}
