// where the popup's and the dashboard's first render wait, from the page's own timings (no tracing,
// which distorts a page's start): navigation, each script's load, long tasks, marks, first render.
//   npx tsx scripts/bench/ui-timing.ts <popup|dashboard> [runs] [build dir]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, routeKey } from './chromium';
import { firstRender, hooks, seed10k } from './dashboard';
import { largest, realProfilePages } from './pages';
import { openPopup } from './popup';
import { median, round } from './stats';

const [which = '', runsArg, dirArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const dir = resolve(dirArg ?? '.output/chrome-mv3');

const observe = () => {
  const tasks: Array<[number, number]> = [];
  Object.assign(window, { __longTasks: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
};

async function timings(page: Page, done: number): Promise<Map<string, number>> {
  const rows = await page.evaluate(() => {
    const out: Array<[string, number]> = [];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    for (const key of [
      'responseEnd',
      'domInteractive',
      'domContentLoadedEventStart',
      'loadEventStart',
    ] as const)
      out.push([`nav ${key}`, nav[key]]);
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const name =
        entry.name
          .split('/')
          .pop()
          ?.replace(/-[\w-]{8}\.(js|css)$/, '.$1') ?? '';
      out.push([`load ${name} start`, entry.startTime]);
      out.push([`load ${name} end`, entry.responseEnd]);
    }
    for (const entry of performance.getEntriesByType('mark'))
      out.push([`mark ${entry.name}`, entry.startTime]);
    for (const entry of performance.getEntriesByType('paint'))
      out.push([`paint ${entry.name}`, entry.startTime]);
    const tasks =
      (window as unknown as { __longTasks?: Array<[number, number]> }).__longTasks ?? [];
    tasks.forEach(([start, duration], index) => {
      out.push([`longtask ${index} start`, start]);
      out.push([`longtask ${index} ms`, duration]);
    });
    return out;
  });
  const map = new Map(rows);
  map.set('done', done);
  return map;
}

const all: Array<Map<string, number>> = [];
const [profile] = largest(realProfilePages(), 1);
const routes = new Map(profile ? [[routeKey(profile.url), profile.html] as [string, string]] : []);
const browser = await launchBrowser(routes, dir);
await browser.context.addInitScript(observe);
try {
  if (which === 'popup') {
    const opened = await openPopup(browser, profile?.url ?? '');
    const popup = browser.context.pages().find((p) => p.url().endsWith('/popup.html')) as Page;
    for (let run = 0; run < runs; run++) all.push(await timings(popup, await opened.sample()));
    await opened.close();
  } else {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    if (!(await hooks(page))) throw new Error('no hooks');
    await seed10k(page);
    await firstRender(page);
    for (let run = 0; run < runs; run++) all.push(await timings(page, await firstRender(page)));
  }
} finally {
  await browser.close();
}
const keys = [...new Set(all.flatMap((m) => [...m.keys()]))];
const rows = keys
  .map(
    (key) =>
      [key, median(all.flatMap((m) => (m.has(key) ? [m.get(key) as number] : []))) ?? 0] as const,
  )
  .sort((a, b) => a[1] - b[1]);
for (const [key, value] of rows) console.log(`${round(value).toString().padStart(8)}  ${key}`);
console.log(
  `runs ${runs}, load ${round(loadavg()[0] ?? 0)}; done: ${all.map((m) => round(m.get('done') ?? 0)).join(', ')}`,
);
