// export and import of 10,000 people + 50,000 events alone, for one or more projects alternated run by run:
// npx tsx scripts/bench/portability-only.ts [runs] [project dir ...]   (default: this project)
// each project is measured with its own build (<dir>/.output/chrome-mv3) and its own bench hooks
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './chromium';
import { exportSample, hooks, importSample, seed10k } from './dashboard';
import { median, round } from './stats';

const [runsArg, ...dirArgs] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const projects = (dirArgs.length > 0 ? dirArgs : ['.']).map((dir) => resolve(dir));
for (const project of projects)
  if (!existsSync(join(project, '.output/chrome-mv3/manifest.json'))) {
    console.error(`no build in ${project}/.output/chrome-mv3: run "npx wxt build" there first`);
    process.exit(2);
  }

interface Measured {
  project: string;
  browser: Browser;
  page: Page;
  people: number;
  exports: number[];
  imports: number[];
  bytes: number;
}

const loads: number[] = [round(loadavg()[0] ?? 0)];
const measured: Measured[] = [];
try {
  for (const project of projects) {
    const browser = await launchBrowser(new Map(), join(project, '.output/chrome-mv3'));
    const page = await browser.context.newPage();
    measured.push({ project, browser, page, people: 0, exports: [], imports: [], bytes: 0 });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    if (!(await hooks(page, project))) throw new Error(`no bench hooks in ${project}`);
    const seeded = await seed10k(page);
    const entry = measured.at(-1) as Measured;
    entry.people = seeded.people;
  }
  // every export before any import, as the bench does: an import's backup (a whole export in the
  // worker, seconds later) would otherwise land in the next run's export
  for (let run = 0; run < runs; run++)
    for (const entry of measured) {
      const exported = await exportSample(entry.page);
      entry.exports.push(round(exported.ms));
      entry.bytes = exported.bytes;
      console.log(
        `run ${run + 1} ${entry.project}: export ${round(exported.ms)} ms (load ${round(loadavg()[0] ?? 0)})`,
      );
    }
  for (let run = 0; run < runs; run++)
    for (const entry of measured) {
      entry.imports.push(round(await importSample(entry.page, entry.people)));
      console.log(
        `run ${run + 1} ${entry.project}: import ${entry.imports.at(-1)} ms (load ${round(loadavg()[0] ?? 0)})`,
      );
    }
} finally {
  for (const entry of measured) await entry.browser.close();
}
loads.push(round(loadavg()[0] ?? 0));
for (const entry of measured) {
  console.log(`\n${entry.project}`);
  console.log(
    `exportMs10k median ${round(median(entry.exports) ?? 0)} (target ≤ 1,000), importMs10k median ${round(median(entry.imports) ?? 0)} (target ≤ 3,000), exportKB10k ${round(entry.bytes / 1024)}`,
  );
  console.log(`exports: ${entry.exports.join(', ')} ms; imports: ${entry.imports.join(', ')} ms`);
}
console.log(`\nload average (1 min) at start and end: ${loads.join(' / ')}`);
