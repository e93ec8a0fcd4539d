import type { Page } from 'playwright-core';
import type { Browser } from './chromium';
import type { RealPage } from './pages';
import type { Figures } from './report';
import { median, round } from './stats';
import { ownWork, startTrace } from './trace';

// in every page, from its first script: when the load event ended, and the main thread's first idle period after it
const timingScript = () => {
  const bench = { load: 0, idle: 0 };
  Object.assign(window, { __mentorlensBench: bench });
  addEventListener('load', () => {
    bench.load = performance.now();
    setTimeout(() => requestIdleCallback(() => (bench.idle = performance.now())), 0);
  });
};

/** true once our hint shows a score or says why it can't; false when it never appeared */
export async function waitForHint(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      () => {
        const root = document.querySelector('mentorlens-hint')?.shadowRoot;
        return Boolean(root?.querySelector('.score, [aria-label^="Mentor fit unavailable"]'));
      },
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    return true;
  } catch {
    return false;
  }
}

interface Visit {
  /** our content scripts' main-thread time from a trace (0 without the extension) */
  ownMs: number;
  /** the most of it inside one task */
  ownLargestTaskMs: number;
  scriptMs: number;
  taskMs: number;
  loadMs: number;
  idleMs: number;
  hint: boolean;
}

/** one page view: load, let our content script (if any) finish, read the renderer's main-thread metrics */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(timingScript);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // traced in both browsers, so the tracing's own cost is on both sides of the ratio
    const trace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const hint = browser.extensionId ? await waitForHint(page, 8_000) : false;
    await page.waitForFunction(
      () =>
        (window as unknown as { __mentorlensBench: { idle: number } }).__mentorlensBench.idle > 0,
      null,
      { timeout: 10_000 },
    );
    // later reads of the page (settled sections) belong to the cost too
    await page.waitForTimeout(800);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const timing = await page.evaluate(
      () =>
        (window as unknown as { __mentorlensBench: { load: number; idle: number } })
          .__mentorlensBench,
    );
    const own = ownWork(await trace.stop());
    await cdp.detach();
    return {
      ownMs: own.totalMs,
      ownLargestTaskMs: own.largestTaskMs,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      loadMs: timing.load,
      idleMs: timing.idle,
      hint,
    };
  } finally {
    await page.close();
  }
}

/**
 * main-thread script time our content script adds per profile view (ScriptDuration with minus without,
 * per page medians, then the median over pages), and the load-to-idle ratio from the same alternated runs
 */
export async function pageCostFigures(
  withExtension: Browser,
  without: Browser,
  pages: RealPage[],
  runs: number,
): Promise<Figures> {
  const scriptDiffs: number[] = [];
  const own: number[] = [];
  const ownLargest: number[] = [];
  const taskDiffs: number[] = [];
  const idleWith: number[] = [];
  const idleWithout: number[] = [];
  const loadWith: number[] = [];
  const loadWithout: number[] = [];
  let shown = 0;
  for (const page of pages) {
    const a: Visit[] = [];
    const b: Visit[] = [];
    for (let run = 0; run < runs; run++) {
      // alternate which goes first, so neither always meets a warmer machine
      if (run % 2 === 0) {
        a.push(await visit(withExtension, page.url));
        b.push(await visit(without, page.url));
      } else {
        b.push(await visit(without, page.url));
        a.push(await visit(withExtension, page.url));
      }
    }
    if (a.some((v) => v.hint)) shown += 1;
    own.push(median(a.map((v) => v.ownMs)) ?? 0);
    ownLargest.push(median(a.map((v) => v.ownLargestTaskMs)) ?? 0);
    scriptDiffs.push(
      (median(a.map((v) => v.scriptMs)) ?? 0) - (median(b.map((v) => v.scriptMs)) ?? 0),
    );
    taskDiffs.push((median(a.map((v) => v.taskMs)) ?? 0) - (median(b.map((v) => v.taskMs)) ?? 0));
    idleWith.push(...a.map((v) => v.idleMs));
    idleWithout.push(...b.map((v) => v.idleMs));
    loadWith.push(...a.map((v) => v.loadMs));
    loadWithout.push(...b.map((v) => v.loadMs));
  }
  const ratio = (x: number[], y: number[]) => round((median(x) ?? 0) / (median(y) ?? 1));
  return {
    // from the trace: per page the median over runs, then the worst page and the median page
    contentScriptMainThreadMs: round(Math.max(...own)),
    contentScriptMainThreadMsMedianPage: round(median(own) ?? 0),
    contentScriptLargestTaskMs: round(Math.max(...ownLargest)),
    // CDP's ScriptDuration (with minus without): misses promise continuations, kept for comparison
    contentScriptScriptDurationMs: round(median(scriptDiffs) ?? 0),
    contentScriptScriptDurationMsWorstPage: round(Math.max(...scriptDiffs)),
    contentScriptTaskMs: round(median(taskDiffs) ?? 0),
    pageOverheadRatio: ratio(idleWith, idleWithout),
    pageLoadEventRatio: ratio(loadWith, loadWithout),
    pageLoadToIdleMsWith: round(median(idleWith) ?? 0),
    pageLoadToIdleMsWithout: round(median(idleWithout) ?? 0),
    realPagesWithHint: shown,
    realPagesMeasured: pages.length,
  };
}
