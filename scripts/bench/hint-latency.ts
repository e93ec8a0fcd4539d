import type { Browser } from './chromium';
import { waitForHint } from './page-cost';
import type { RealPage } from './pages';
import type { Figures } from './report';
import { median, percentile, round } from './stats';

/**
 * from the document's first script: stamps when each element enters the DOM (parser or script),
 * and when our hint's host arrives and first shows a score inside its shadow root
 */
const stampScript = () => {
  const addedAt = new WeakMap<Node, number>();
  const bench = { hostAt: 0, readyAt: 0 };
  Object.assign(window, { __mentorlensLatency: { addedAt, bench } });
  const watchHost = (host: Element) => {
    bench.hostAt = performance.now();
    const root = host.shadowRoot;
    if (!root) return;
    const check = () => {
      if (!bench.readyAt && root.querySelector('.score')) bench.readyAt = performance.now();
    };
    check();
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!addedAt.has(node)) addedAt.set(node, now);
        if (node instanceof Element && node.tagName === 'MENTORLENS-HINT' && !bench.hostAt)
          watchHost(node);
      }
  }).observe(document, { childList: true, subtree: true });
};

/** ms from the anchor our hint sits next to (the top card's name) entering the DOM to the hint showing a score */
const measure = () => {
  const { addedAt, bench } = (
    window as unknown as {
      __mentorlensLatency: {
        addedAt: WeakMap<Node, number>;
        bench: { hostAt: number; readyAt: number };
      };
    }
  ).__mentorlensLatency;
  const host = document.querySelector('mentorlens-hint');
  // the anchor, or its nearest ancestor, was stamped when the parser inserted it
  let node: Node | null = host?.previousElementSibling ?? host?.parentElement ?? null;
  let topCardAt: number | undefined;
  while (node && topCardAt === undefined) {
    topCardAt = addedAt.get(node);
    node = node.parentNode;
  }
  if (topCardAt === undefined || !bench.readyAt) return null;
  const navigation = performance.getEntriesByType('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  return {
    ready: bench.readyAt - topCardAt,
    inserted: bench.hostAt - topCardAt,
    // how much of it is the rest of the page being parsed before a document_idle script may run
    afterParsed: bench.readyAt - (navigation?.domContentLoadedEventEnd ?? topCardAt),
  };
};

export interface HintSamples {
  ready: number[];
  inserted: number[];
  afterParsed: number[];
  missed: number;
}

export const noHintSamples = (): HintSamples => ({
  ready: [],
  inserted: [],
  afterParsed: [],
  missed: 0,
});

/**
 * each page opened `runs` times at its real URL; the samples are added to `into`. `coldWorker`:
 * the worker stopped before each load, so its start and first fit lie on the hint's path
 */
export async function hintLatencySamples(
  browser: Browser,
  pages: RealPage[],
  runs: number,
  into: HintSamples = noHintSamples(),
  { coldWorker = false } = {},
): Promise<HintSamples> {
  for (let run = 0; run < runs; run++)
    for (const real of pages) {
      if (coldWorker) await stopWorker(browser);
      const page = await browser.context.newPage();
      try {
        await page.addInitScript(stampScript);
        await page.goto(real.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        const shown = await waitForHint(page, 10_000);
        const result = shown ? await page.evaluate(measure) : null;
        if (!result) into.missed += 1;
        else {
          into.ready.push(result.ready);
          into.inserted.push(result.inserted);
          into.afterParsed.push(result.afterParsed);
        }
      } finally {
        await page.close();
      }
    }
  return into;
}

export function hintFigures({ ready, inserted, afterParsed, missed }: HintSamples): Figures {
  return {
    hintLatencyMsP95: ready.length ? round(percentile(ready, 95) ?? 0) : null,
    hintLatencyMsMedian: ready.length ? round(median(ready) ?? 0) : null,
    hintInsertedMsMedian: inserted.length ? round(median(inserted) ?? 0) : null,
    hintAfterDomContentLoadedMsMedian: afterParsed.length ? round(median(afterParsed) ?? 0) : null,
    hintLatencySamples: ready.length,
    hintLatencyMissed: missed,
  };
}

/** hint latency on the largest real pages, each opened `runs` times at its real URL */
export async function hintLatencyFigures(
  browser: Browser,
  pages: RealPage[],
  runs: number,
): Promise<Figures> {
  return hintFigures(await hintLatencySamples(browser, pages, runs));
}

/** stops the extension's service worker, as the browser does after 30 s without events */
export async function stopWorker(browser: Browser): Promise<void> {
  const blank = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await blank.close();
  }
}

/** the hint on a profile opened after a pause (the figures above find the worker running) */
export const coldWorkerHintSamples = (
  browser: Browser,
  pages: RealPage[],
  runs: number,
  into: HintSamples = noHintSamples(),
): Promise<HintSamples> => hintLatencySamples(browser, pages, runs, into, { coldWorker: true });

export function coldWorkerHintFigures({ ready, missed }: HintSamples): Figures {
  return {
    hintLatencyColdWorkerMsMedian: ready.length ? round(median(ready) ?? 0) : null,
    hintLatencyColdWorkerMsP95: ready.length ? round(percentile(ready, 95) ?? 0) : null,
    hintLatencyColdWorkerMissed: missed,
  };
}
