// the list-page figures of several builds, alternated round by round in one run (noise falls on each alike):
//   tsx scripts/bench/list-ab.ts <rounds> <build dir> <build dir> ...   (after `npx wxt build` in each tree)
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from './chromium';
import { listPageFigures, listRoutes } from './list-pages';
import { median, round } from './stats';

const [roundsArg, ...dirs] = process.argv.slice(2);
if (!roundsArg || dirs.length === 0) {
  console.error('usage: list-ab.ts <rounds> <build dir> [build dir ...]');
  process.exit(2);
}
const routes = listRoutes(resolve(import.meta.dirname, '../..'));
const without = await launchBrowser(routes, null);
const builds = await Promise.all(dirs.map((dir) => launchBrowser(routes, resolve(dir))));
const figures = dirs.map(() => [] as Awaited<ReturnType<typeof listPageFigures>>[]);
const startLoad = loadavg()[0] ?? 0;
try {
  for (let at = 0; at < Number(roundsArg); at++)
    for (const [index, build] of builds.entries())
      figures[index]?.push(await listPageFigures(build, without, 1));
} finally {
  for (const browser of [without, ...builds]) await browser.close();
}
const keys = ['listPage25MainThreadMs', 'listPage25LargestTaskMs', 'listScroll10MainThreadMs'];
for (const [index, dir] of dirs.entries()) {
  const runs = figures[index] ?? [];
  const medians = keys.map((key) => `${key} ${round(median(runs.map((f) => f[key] ?? 0)) ?? 0)}`);
  console.log(`${dir}: ${medians.join(', ')}`);
}
console.log(
  `load average (1 min) at start and end: ${round(startLoad)} / ${round(loadavg()[0] ?? 0)}`,
);
