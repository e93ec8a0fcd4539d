import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser, Routes } from './chromium';
import { routeKey } from './chromium';
import type { Figures } from './report';
import { median, round } from './stats';
import { ownWork, startTrace } from './trace';

export const LIST_URL = 'https://www.linkedin.com/search/results/people/?keywords=bench';

/** an invented LinkedIn search page with `count` result cards, built from our own fixture's first card */
export function listPage(root: string, count: number): string {
  const html = readFileSync(join(root, 'tests/fixtures/linkedin-lists/search.html'), 'utf8');
  const start = html.indexOf('<li class="q1w2e3">');
  const end = html.indexOf('</li>', start) + '</li>'.length;
  const card = html.slice(start, end);
  const cards = Array.from({ length: count }, (_, i) =>
    card
      .replaceAll('ada-lovelace-ml', `bench-person-${i}`)
      .replaceAll('Ada Lovelace', `Bench Person ${i}`),
  ).join('');
  const listStart = html.indexOf('<ul role="list"');
  const listEnd = html.indexOf('</ul>', listStart);
  return `${html.slice(0, html.indexOf('>', listStart) + 1)}${cards}${html.slice(listEnd)}`;
}

// the same page at a URL that lists no one: the content script starts there but reads no list
export const START_URL = 'https://www.linkedin.com/feed/';

export const listRoutes = (root: string): Routes => {
  const html = listPage(root, 25);
  return new Map([
    [routeKey(LIST_URL), html],
    [routeKey(START_URL), html],
  ]);
};

/** our main-thread time on one view of a page that is not a list: the content script's fixed start */
async function startOnly(browser: Browser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await page.goto(START_URL, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(1_400);
    const own = ownWork(await trace.stop());
    await cdp.detach();
    return own.totalMs;
  } finally {
    await page.close();
  }
}

const badges = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('mentorlens-badge')].filter((host) =>
        // a finished badge: a score, or "Not enough to score" (no number)
        /\d+ of 100|Not enough to score/.test(
          host.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '',
        ),
      ).length,
  );

/** 10 more cards, as a scroll adds them: copies of the first card, unbadged, of other people */
export const scrollTen = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const list = document.querySelector('main ul');
    const template = list?.querySelector('li');
    if (!list || !template) return;
    for (let i = 0; i < 10; i++) {
      const card = template.cloneNode(true) as HTMLElement;
      for (const badge of card.querySelectorAll('mentorlens-badge')) badge.remove();
      for (const link of card.querySelectorAll('a'))
        link.href = `https://www.linkedin.com/in/scrolled-${i}/`;
      list.append(card);
    }
  });

interface Visit {
  loadMs: number;
  loadLargestTaskMs: number;
  scrollMs: number;
  badged: boolean;
}

/** one view: load 25 cards, wait for their badges (with the extension), then 10 more cards as a scroll would add */
async function visit(browser: Browser): Promise<Visit> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const loading = await startTrace(cdp);
    await page.goto(LIST_URL, { waitUntil: 'load', timeout: 30_000 });
    let badged = true;
    if (browser.extensionId) {
      badged = await page
        .waitForFunction(() => document.querySelectorAll('mentorlens-badge').length >= 25, null, {
          timeout: 10_000,
        })
        .then(
          () => true,
          () => false,
        );
      await page.waitForFunction(() => true);
      await page.waitForTimeout(300);
      badged = badged && (await badges(page)) >= 25;
    }
    await page.waitForTimeout(800);
    const load = ownWork(await loading.stop());
    const scrolling = await startTrace(cdp);
    await scrollTen(page);
    if (browser.extensionId) {
      await page
        .waitForFunction(() => document.querySelectorAll('mentorlens-badge').length >= 35, null, {
          timeout: 10_000,
        })
        .catch(() => undefined);
    }
    await page.waitForTimeout(800);
    const scroll = ownWork(await scrolling.stop());
    await cdp.detach();
    return {
      loadMs: load.totalMs,
      loadLargestTaskMs: load.largestTaskMs,
      scrollMs: scroll.totalMs,
      badged,
    };
  } finally {
    await page.close();
  }
}

/**
 * our main-thread time (from a trace) on a 25-card list page and when 10 cards arrive by scroll,
 * medians of runs alternated with a browser without the extension (which keeps the machine's load even)
 */
export async function listPageFigures(
  withExtension: Browser,
  without: Browser,
  runs: number,
): Promise<Figures> {
  const a: Visit[] = [];
  const start: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      a.push(await visit(withExtension));
      await visit(without);
    } else {
      await visit(without);
      a.push(await visit(withExtension));
    }
    start.push(await startOnly(withExtension));
  }
  const m = (values: number[]) => median(values) ?? 0;
  return {
    listPage25MainThreadMs: round(m(a.map((v) => v.loadMs))),
    listPage25LargestTaskMs: round(m(a.map((v) => v.loadLargestTaskMs))),
    listScroll10MainThreadMs: round(m(a.map((v) => v.scrollMs))),
    // the part of it that is the content script starting at all (any linkedin.com page pays it)
    listPageContentScriptStartMs: round(m(start)),
    listPageRunsBadged: a.filter((v) => v.badged).length,
    listPageRuns: runs,
  };
}
