import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, hint, type Launched, launch, serviceWorker } from './support/extension';
import { installTurboLikeNavigation, navigateInPage } from './support/turbo';

// issue 17: on every page but a profile only the router runs; the background injects the reader on
// lists and on profiles reached in-page. A profile opened directly has the reader as its content script

const FEED = 'https://www.linkedin.com/feed/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-ml/';
const REPO = 'https://github.com/ada-okafor/tiny-evals';
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=ml%20evaluation';
const feed =
  '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><h1>Your feed</h1><p>Posts.</p></main></body></html>';
const repo =
  '<!doctype html><html><head><title>ada-okafor/tiny-evals</title></head><body><main><h1>tiny-evals</h1></main></body></html>';

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

interface Globals {
  router: string;
  reader: string;
}

/** what our isolated world in the tab holds, asked from the background (page script can't see it) */
async function ourWorld(tab: Page): Promise<Globals> {
  await tab.bringToFront();
  const worker = await serviceWorker(launched as Launched);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!active?.id) throw new Error('no active tab');
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: active.id },
      func: () => {
        const g = globalThis as unknown as Record<string, unknown>;
        return {
          router: typeof g.__mentorlensRouter,
          reader: typeof g.__mentorlensReader,
        };
      },
    });
    return result?.result as Globals;
  });
}

const mainWorld = (tab: Page) =>
  tab.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    return [typeof g.__mentorlensRouter, typeof g.__mentorlensReader, typeof g.linkedinReader];
  });

describe('the reader is loaded only where it reads', () => {
  it('is not injected on the LinkedIn feed; in-page navigation to a profile brings it, and the hint', async () => {
    launched = await launch({
      [FEED]: feed,
      [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(FEED);
    // the router has run (it decides at document_start) and asked for nothing
    await expect
      .poll(() => ourWorld(page), { timeout: 15_000 })
      .toEqual({ router: 'function', reader: 'undefined' });
    expect(await page.locator('mentorlens-hint').count()).toBe(0);

    await installTurboLikeNavigation(page);
    await navigateInPage(page, PRIYA);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Priya Raman: \d+ of 100/);
    expect(await ourWorld(page)).toEqual({ router: 'function', reader: 'object' });
    expect(await page.locator('mentorlens-hint').count()).toBe(1);
    // none of it is visible to the page's own script
    expect(await mainWorld(page)).toEqual(['undefined', 'undefined', 'undefined']);
  });

  it('comes with a profile loaded directly (no router, no round trip), and an injection on top changes nothing', async () => {
    launched = await launch({ [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html') });
    const page = await launched.context.newPage();
    await page.goto(PRIYA);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Priya Raman: /);
    // the router is excluded from profile addresses: the reader is the page's content script
    expect(await ourWorld(page)).toEqual({ router: 'undefined', reader: 'object' });
    // the hint's element, marked from the page: a restarted reader would replace it at once
    await page.evaluate(() => {
      (document.querySelector('mentorlens-hint') as unknown as { first: boolean }).first = true;
    });
    // the background injecting the reader again (as a retried loadReader would)
    await page.bringToFront();
    const worker = await serviceWorker(launched);
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!active?.id) throw new Error('no active tab');
      await chrome.scripting.executeScript({
        target: { tabId: active.id },
        files: ['/linkedin-reader.js'],
      });
    });
    const same = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('mentorlens-hint')];
      return hosts.map((host) => (host as unknown as { first?: boolean }).first === true);
    });
    expect(same).toEqual([true]);
  });

  it('a profile loaded directly follows in-page navigation to a list itself: the badges come', {
    timeout: 60_000,
  }, async () => {
    launched = await launch({
      [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html'),
      [SEARCH]: fixture('linkedin-lists/search.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(PRIYA);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Priya Raman: /);
    await installTurboLikeNavigation(page);
    await navigateInPage(page, SEARCH);
    await expect
      .poll(() => page.locator('mentorlens-badge').getByRole('group').count(), { timeout: 15_000 })
      .toBe(5);
    // the profile's hint went with the profile, and no second reader came
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
    expect(await ourWorld(page)).toEqual({ router: 'undefined', reader: 'object' });
  });

  it('a list loaded directly follows in-page navigation to a profile: the hint comes', {
    timeout: 60_000,
  }, async () => {
    launched = await launch({
      [SEARCH]: fixture('linkedin-lists/search.html'),
      [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(SEARCH);
    await expect
      .poll(() => page.locator('mentorlens-badge').getByRole('group').count(), { timeout: 15_000 })
      .toBe(5);
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
    await installTurboLikeNavigation(page);
    await navigateInPage(page, PRIYA);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Priya Raman: /);
    expect(await page.locator('mentorlens-hint').count()).toBe(1);
    // the reader that came for the list serves the profile: no second one
    expect(await ourWorld(page)).toEqual({ router: 'function', reader: 'object' });
  });

  it('is not injected on a GitHub repository page', async () => {
    launched = await launch({ [REPO]: repo });
    const page = await launched.context.newPage();
    await page.goto(REPO);
    await expect
      .poll(() => ourWorld(page), { timeout: 15_000 })
      .toEqual({ router: 'function', reader: 'undefined' });
  });
});

/** the few chrome.* calls the test makes inside the service worker */
interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func?: () => unknown;
      files?: string[];
    }): Promise<Array<{ result?: unknown }>>;
  };
}
