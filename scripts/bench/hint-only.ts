// the hint latency alone, for one or more builds alternated page by page (e.g. before and after a change):
// npx tsx scripts/bench/hint-only.ts [runs] [extension dir ...]   (default: .output/chrome-mv3)
// HINT_COLD=1: the worker stopped before each load (a profile opened after a pause)
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { type Browser, launchBrowser, routeKey } from './chromium';
import {
  coldWorkerHintSamples,
  type HintSamples,
  hintFigures,
  hintLatencySamples,
  noHintSamples,
} from './hint-latency';
import { largest, realProfilePages } from './pages';
import { formatTable } from './report';
import { round } from './stats';

const [runsArg, ...dirArgs] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const dirs = (dirArgs.length > 0 ? dirArgs : ['.output/chrome-mv3']).map((dir) => resolve(dir));
const big = largest(realProfilePages(), 4);
if (big.length === 0) {
  console.error('real saved pages are absent: nothing to measure');
  process.exit(2);
}
const routes = new Map(big.map((page) => [routeKey(page.url), page.html] as [string, string]));
const cold = process.env.HINT_COLD === '1';
const loads: number[] = [round(loadavg()[0] ?? 0)];
const browsers: Browser[] = [];
const samples: HintSamples[] = dirs.map(() => noHintSamples());
try {
  for (const dir of dirs) browsers.push(await launchBrowser(routes, dir));
  for (let run = 0; run < runs; run++)
    for (const page of big)
      for (const [at, browser] of browsers.entries())
        await (cold ? coldWorkerHintSamples : hintLatencySamples)(
          browser,
          [page],
          1,
          samples[at] ?? noHintSamples(),
        );
} finally {
  for (const browser of browsers) await browser.close();
}
loads.push(round(loadavg()[0] ?? 0));
for (const [at, dir] of dirs.entries()) {
  console.log(`\n${dir}${cold ? ' (worker stopped before each load)' : ''}`);
  console.log(
    formatTable({
      machineLoadAverage1m: Math.max(...loads),
      ...hintFigures(samples[at] ?? noHintSamples()),
    }),
  );
}
console.log(`\nload average (1 min) at start and end: ${loads.join(' / ')}`);
