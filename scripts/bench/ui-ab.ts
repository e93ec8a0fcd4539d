// the popup's and the dashboard's first render for several builds, alternated run by run in one run
// (noise falls on each alike):
//   tsx scripts/bench/ui-ab.ts [runs] <build dir> [build dir ...]   (after `npx wxt build` in each tree)
// the popup opens beside the largest real profile page (as in npm run bench), before anything is
// seeded; then each build's dashboard is seeded with 10,000 people and 50,000 events and reloaded.
// The seeding hooks come from the tree the build dir sits in (<tree>/.output/chrome-mv3), or from
// this tree when the build dir is a copy elsewhere
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser, routeKey } from './chromium';
import { firstRender, hooks, seed10k } from './dashboard';
import { largest, realProfilePages } from './pages';
import { type OpenPopup, openPopup } from './popup';
import { median, round } from './stats';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 7;
const dirs = args.map((dir) => resolve(dir));
if (dirs.length === 0) {
  console.error('usage: ui-ab.ts [runs] <build dir> [build dir ...]');
  process.exit(2);
}
for (const dir of dirs)
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`no build in ${dir}: run "npx wxt build" first`);
    process.exit(2);
  }
const here = resolve(import.meta.dirname, '../..');
const projectOf = (dir: string): string => {
  const tree = dirname(dirname(dir));
  return existsSync(join(tree, 'scripts/bench/dashboard-hooks.ts')) ? tree : here;
};

const [profile] = largest(realProfilePages(), 1);
if (!profile) console.log('no real profile pages: the popup is not measured');
const routes = new Map(profile ? [[routeKey(profile.url), profile.html] as [string, string]] : []);

interface Measured {
  dir: string;
  browser: Browser;
  popup?: OpenPopup;
  dashboard?: Page;
  popupMs: number[];
  dashboardMs: number[];
}

const loads = [round(loadavg()[0] ?? 0)];
const measured: Measured[] = [];
const loadNow = () => round(loadavg()[0] ?? 0);
// the order turns each run: a page's work after its first render must not fall on one build only
const inTurn = (run: number) => (run % 2 === 0 ? measured : [...measured].reverse());
// the previous page's work after its first render settles before the next one opens
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
try {
  for (const dir of dirs)
    measured.push({ dir, browser: await launchBrowser(routes, dir), popupMs: [], dashboardMs: [] });
  if (profile) {
    for (const entry of measured) entry.popup = await openPopup(entry.browser, profile.url);
    for (let run = 0; run < runs; run++)
      for (const entry of inTurn(run)) {
        await settle();
        entry.popupMs.push(round((await entry.popup?.sample()) ?? 0));
      }
    for (const entry of measured) await entry.popup?.close();
    console.log(`popup measured (load ${loadNow()})`);
  }
  // UI_AB_ONLY=popup: the popup alone
  for (const entry of process.env.UI_AB_ONLY === 'popup' ? [] : measured) {
    const page = await entry.browser.context.newPage();
    entry.dashboard = page;
    await page.goto(`chrome-extension://${entry.browser.extensionId}/dashboard.html`);
    if (!(await hooks(page, projectOf(entry.dir))))
      throw new Error(`no bench hooks for ${entry.dir}`);
    await seed10k(page);
    // one render to warm caches, as the bench's reloads find them
    await firstRender(page);
  }
  for (let run = 0; run < runs; run++)
    for (const entry of inTurn(run)) {
      await settle();
      if (entry.dashboard) entry.dashboardMs.push(round(await firstRender(entry.dashboard)));
    }
  console.log(`dashboard measured (load ${loadNow()})`);
} finally {
  for (const entry of measured) await entry.browser.close();
}
loads.push(loadNow());

for (const entry of measured) {
  console.log(`\n${entry.dir}`);
  console.log(
    `popupFirstRenderMs median ${round(median(entry.popupMs) ?? 0)} (target ≤ 150): ${entry.popupMs.join(', ')}`,
  );
  console.log(
    `dashboardFirstRenderMs10k median ${round(median(entry.dashboardMs) ?? 0)} (target ≤ 500): ${entry.dashboardMs.join(', ')}`,
  );
}
console.log(`\nload average (1 min) at start and end: ${loads.join(' / ')}`);
