// where the popup's or the dashboard's first render spends its time, from a Chromium trace:
//   MENTORLENS_SOURCEMAP=1 npx wxt build && npx tsx scripts/bench/ui-profile.ts <popup|dashboard> [runs] [build dir]
// prints, for the page's main thread and the service worker, every task between navigation start and
// the first render (the popup: the person and the count on screen; the dashboard: its
// `mentorlens:first-render` mark) with the functions that took its time, then the totals by function.
// The dashboard is seeded with 10,000 people and 50,000 events first. Without source maps it prints
// minified positions.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, routeKey } from './chromium';
import { hooks, seed10k } from './dashboard';
import { largest, realProfilePages } from './pages';
import { openPopup } from './popup';
import { addThreadSample, addTime, topRows } from './print-profile';
import { frameNamer } from './source-map';
import { round } from './stats';
import { cpuSamples, startTrace, type TraceEvent } from './trace';

const [which = '', runsArg, dirArg] = process.argv.slice(2);
if (which !== 'popup' && which !== 'dashboard') {
  console.error('usage: ui-profile.ts <popup|dashboard> [runs] [build dir]');
  process.exit(2);
}
const runs = Number(runsArg ?? 2);
const dir = resolve(dirArg ?? '.output/chrome-mv3');

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'loading',
  // UI_PROFILE_NOCPU=1: no sampling (its start at each new page costs that page tens of ms)
  ...(process.env.UI_PROFILE_NOCPU === '1' ? [] : ['disabled-by-default-v8.cpu_profiler']),
].join(',');

const place = frameNamer(dir);

const self = new Map<string, number>();
const inclusive = new Map<string, number>();

/** one traced first render: nav start → done (µs, trace clock), and the events */
async function traced(
  page: Page,
  reloadAndWait: () => Promise<void>,
): Promise<{ events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp, CATEGORIES);
  await reloadAndWait();
  await page.waitForTimeout(300);
  const events = await trace.stop();
  await cdp.detach();
  return { events };
}

function report(events: TraceEvent[], doneAtMs: number) {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // the page's navigation start and first render, trace clock
  const nav = events.find(
    (e) => e.name === 'navigationStart' && /chrome-extension/.test(JSON.stringify(e.args ?? {})),
  );
  const mark = events.find((e) => e.name === 'mentorlens:first-render');
  const start = nav?.ts ?? 0;
  const end = mark ? mark.ts : start + doneAtMs * 1000;
  console.log(
    `\nnavigation start → first render: ${round((end - start) / 1000)} ms (page says ${round(doneAtMs)})`,
  );
  const samples = cpuSamples(events, {
    keep: (stack) => stack[0]?.functionName !== '(idle)',
    capMs: 50,
  }).filter((s) => s.time >= start - 50_000 && s.time <= end);
  // tasks of the threads that ran extension code
  const threads = new Set(
    samples
      .filter((s) => s.stack.some((f) => f.url?.startsWith('chrome-extension://')))
      .map((s) => s.thread),
  );
  // without samples: the thread that navigated, and the service worker
  if (nav) threads.add(`${nav.pid}:${nav.tid}`);
  for (const [thread, name] of names) if (name === 'ServiceWorker thread') threads.add(thread);
  for (const thread of threads) {
    console.log(`\n  thread ${names.get(thread) ?? thread}`);
    const tasks = events
      .filter(
        (e) =>
          `${e.pid}:${e.tid}` === thread &&
          e.ph === 'X' &&
          /RunTask|ThreadControllerImpl::RunTask/.test(e.name) &&
          (e.dur ?? 0) > 1000 &&
          e.ts + (e.dur ?? 0) >= start &&
          e.ts <= end,
      )
      .sort((a, b) => a.ts - b.ts);
    for (const task of tasks) {
      const inside = samples.filter(
        (s) => s.thread === thread && s.time >= task.ts && s.time <= task.ts + (task.dur ?? 0),
      );
      const byLeaf = new Map<string, number>();
      for (const s of inside) {
        const ours = s.stack.find((f) => f.url?.startsWith('chrome-extension://'));
        const leaf = s.stack[0];
        if (!leaf) continue;
        addTime(
          byLeaf,
          leaf.url ? place(leaf) : `${place(leaf)} ← ${ours ? place(ours) : '?'}`,
          s.ms,
        );
      }
      const top = [...byLeaf]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name, ms]) => `${round(ms)} ${name}`)
        .join(' | ');
      // what the browser did inside: layout, style, compiling, parsing (the biggest few)
      const parts = new Map<string, number>();
      for (const e of events)
        if (
          `${e.pid}:${e.tid}` === thread &&
          e.ph === 'X' &&
          e !== task &&
          (process.env.UI_PROFILE_ALL === '1'
            ? (e.dur ?? 0) > 2000 && !/RunTask|ThreadController|ThreadPool/.test(e.name)
            : /^(Layout|UpdateLayoutTree|v8\.compile|v8\.parseOnBackground|EvaluateScript|ParseHTML|ParseAuthorStyleSheet|Paint|PrePaint|Layerize|Commit|v8\.run|MajorGC|MinorGC|V8\.GC.*|FunctionCall|RunMicrotasks|HitTest)$/.test(
                e.name,
              )) &&
          e.ts >= task.ts &&
          e.ts <= task.ts + (task.dur ?? 0)
        )
          addTime(parts, e.name, (e.dur ?? 0) / 1000);
      const browserParts = [...parts]
        .filter(
          ([name]) =>
            process.env.UI_PROFILE_ALL === '1' ||
            !/FunctionCall|RunMicrotasks|EvaluateScript|v8\.run/.test(name),
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, process.env.UI_PROFILE_ALL === '1' ? 8 : 4)
        .map(([name, ms]) => `${name} ${round(ms)}`)
        .join(', ');
      console.log(
        `    +${round((task.ts - start) / 1000)
          .toString()
          .padStart(6)} ms  ${round((task.dur ?? 0) / 1000)
          .toString()
          .padStart(6)} ms  ${top}${browserParts ? `  [${browserParts}]` : ''}`,
      );
    }
    for (const s of samples.filter((s) => s.thread === thread && s.time >= start))
      addThreadSample(s, names.get(thread) ?? thread, place, self, inclusive);
  }
}

const [profile] = largest(realProfilePages(), 1);
const routes = new Map(profile ? [[routeKey(profile.url), profile.html] as [string, string]] : []);
const browser = await launchBrowser(routes, dir);
try {
  if (which === 'popup') {
    if (!profile) throw new Error('the popup is profiled beside a real profile page: none found');
    const opened = await openPopup(browser, profile.url);
    const popup = browser.context.pages().find((p) => p.url().endsWith('/popup.html'));
    if (!popup) throw new Error('no popup page');
    for (let run = 0; run < runs; run++) {
      let at = 0;
      const { events } = await traced(popup, async () => {
        at = await opened.sample();
      });
      report(events, at);
    }
    await opened.close();
  } else {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    if (!(await hooks(page))) throw new Error('no bench hooks');
    await seed10k(page);
    for (let run = 0; run < runs + 1; run++) {
      let at = 0;
      const { events } = await traced(page, async () => {
        await page.reload();
        await page.waitForFunction(
          () => performance.getEntriesByName('mentorlens:first-render').length > 0,
          null,
          { timeout: 60_000 },
        );
        at = await page.evaluate(
          () => performance.getEntriesByName('mentorlens:first-render')[0]?.startTime ?? 0,
        );
      });
      // the first reload warms the caches
      if (run > 0) report(events, at);
      else {
        self.clear();
        inclusive.clear();
      }
    }
  }
} finally {
  await browser.close();
}
const top = (table: Map<string, number>, count: number) => topRows(table, count, runs, 7);
console.log(`\nper first render (${runs} runs, load average ${round(loadavg()[0] ?? 0)})`);
console.log(
  `\nself time\n${top(self, 30)}\n\nincluding callees (extension code)\n${top(inclusive, 40)}`,
);
