// main-thread cost and load-to-idle alone, for one or more builds alternated page by page against no extension:
// npx tsx scripts/bench/page-cost-only.ts [runs] [extension dir ...]   (default: .output/chrome-mv3)
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { type Browser, launchBrowser, routeKey } from './chromium';
import { pageCostFigures } from './page-cost';
import { realProfilePages } from './pages';
import type { Figures } from './report';
import { median, round } from './stats';

const [runsArg, ...dirArgs] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const dirs = (dirArgs.length > 0 ? dirArgs : ['.output/chrome-mv3']).map((dir) => resolve(dir));
const pages = realProfilePages();
if (pages.length === 0) {
  console.error('real saved pages are absent: nothing to measure');
  process.exit(2);
}
const routes = new Map(pages.map((page) => [routeKey(page.url), page.html] as [string, string]));
const loads: number[] = [round(loadavg()[0] ?? 0)];
const perBuild: Figures[][] = dirs.map(() => []);
const browsers: Browser[] = [];
const without = await launchBrowser(routes, null);
try {
  for (const dir of dirs) browsers.push(await launchBrowser(routes, dir));
  for (const page of pages)
    for (const [at, browser] of browsers.entries()) {
      const figures = await pageCostFigures(browser, without, [page], runs);
      perBuild[at]?.push(figures);
      console.log(
        `${page.file} [${at}]: ${figures.contentScriptMainThreadMs} ms, largest task ${figures.contentScriptLargestTaskMs} ms, idle ×${figures.pageOverheadRatio}`,
      );
    }
} finally {
  for (const browser of browsers) await browser.close();
  await without.close();
}
loads.push(round(loadavg()[0] ?? 0));
const column = (list: Figures[], key: string) => list.map((f) => f[key] ?? 0);
for (const [at, dir] of dirs.entries()) {
  const list = perBuild[at] ?? [];
  const own = column(list, 'contentScriptMainThreadMs');
  console.log(`\n${dir}`);
  console.log(
    JSON.stringify({
      contentScriptMainThreadMs: round(Math.max(...own)),
      contentScriptMainThreadMsMedianPage: round(median(own) ?? 0),
      contentScriptLargestTaskMs: round(Math.max(...column(list, 'contentScriptLargestTaskMs'))),
      pageOverheadRatioMedianPage: round(median(column(list, 'pageOverheadRatio')) ?? 0),
      contentScriptScriptDurationMs: round(
        median(column(list, 'contentScriptScriptDurationMs')) ?? 0,
      ),
    }),
  );
}
console.log(`\nload average (1 min) at start and end: ${loads.join(' / ')}`);
