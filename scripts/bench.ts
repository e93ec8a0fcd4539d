// npm run bench: builds (see package.json), measures, prints a table and writes bench-results.json
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ownFixturePages, realFixturePages } from '../tests/support/mutate';
import { bundleFigures } from './bench/bundle';
import { type Browser, launchBrowser, routeKey } from './bench/chromium';
import { dashboardFigures } from './bench/dashboard';
import { extractionAndDriftFigures } from './bench/extract-chromium';
import {
  coldWorkerHintFigures,
  coldWorkerHintSamples,
  hintLatencyFigures,
} from './bench/hint-latency';
import { listPageFigures, listRoutes } from './bench/list-pages';
import { extractionFigures, mutationFigures } from './bench/node';
import { pageCostFigures } from './bench/page-cost';
import {
  hasRealFixtures,
  largest,
  ownFixture,
  realFixturesDir,
  realProfilePages,
} from './bench/pages';
import { popupFigures } from './bench/popup';
import { type Figures, formatTable, writeResults } from './bench/report';
import { round } from './bench/stats';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');
const figures: Figures = {};
const started = performance.now();

function step(name: string): void {
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`[${seconds}s] ${name}`);
}

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`no build in ${extensionDir}: run "npm run bench", which builds first`);
  process.exit(2);
}
figures.machineLoadAverage1m = round(loadavg()[0] ?? 0);
const pages = realProfilePages();
if (!hasRealFixtures)
  console.log(
    `real saved pages are absent (${realFixturesDir}): their figures are reported as missing`,
  );

step('content script bundles');
Object.assign(figures, bundleFigures(extensionDir));

step(`extraction and scoring on ${pages.length} real profile pages (Node, happy-dom)`);
if (pages.length > 0) Object.assign(figures, await extractionFigures(pages, 5));
else Object.assign(figures, { extractMsP95: null, extractMsMedian: null, fitMsMedian: null });

step('10,000 mutated pages through the extractor (Node, happy-dom)');
const mutation = mutationFigures(10_000, 20_260_401);
for (const failure of mutation.failures.slice(0, 20)) console.log(`  ${failure}`);
Object.assign(figures, mutation.figures);

step('extraction in Chromium on every real profile page, and the drift suite with 20 seeds a page');
{
  const drift = await extractionAndDriftFigures(
    (routes) => launchBrowser(routes, null),
    routeKey,
    pages,
    [...realFixturePages(), ...ownFixturePages()],
    { runs: 30, seeds: 20 },
  );
  for (const failure of drift.failures.slice(0, 20)) console.log(`  ${failure}`);
  Object.assign(figures, drift.figures);
}

const ownPage = {
  file: 'github/profile-ada-okafor.html',
  url: 'https://github.com/ada-okafor',
  html: ownFixture(root, 'github/profile-ada-okafor.html'),
  bytes: 0,
};
const routes = new Map(
  [...pages, ownPage].map((page) => [routeKey(page.url), page.html] as [string, string]),
);
let withExtension: Browser | undefined;
let without: Browser | undefined;
try {
  withExtension = await launchBrowser(routes, extensionDir);
  if (pages.length > 0) {
    without = await launchBrowser(routes, null);
    step(
      'main-thread cost and load-to-idle on every real page, with and without the extension, alternated',
    );
    Object.assign(figures, await pageCostFigures(withExtension, without, pages, 3));
    // the same on our own small sample page: the fixed cost of starting the content script
    const small = await pageCostFigures(withExtension, without, [ownPage], 3);
    figures.contentScriptMainThreadMsSmallPage = small.contentScriptMainThreadMs ?? null;
    await without.close();
    without = undefined;
    const big = largest(pages, 4);
    step(`hint latency on the ${big.length} largest real pages`);
    Object.assign(figures, await hintLatencyFigures(withExtension, big, 5));
    step('hint latency with the worker stopped before each load');
    Object.assign(
      figures,
      coldWorkerHintFigures(await coldWorkerHintSamples(withExtension, big, 2)),
    );
    step('popup first render');
    Object.assign(figures, await popupFigures(withExtension, big[0]?.url ?? '', 10));
  } else {
    Object.assign(figures, {
      contentScriptMainThreadMs: null,
      pageOverheadRatio: null,
      hintLatencyMsP95: null,
      hintLatencyMsMedian: null,
      popupFirstRenderMs: null,
    });
  }
  step('list pages: 25 cards, then 10 more by scroll, with and without the extension, alternated');
  {
    const listWith = await launchBrowser(listRoutes(root), extensionDir);
    const listWithout = await launchBrowser(listRoutes(root), null);
    try {
      Object.assign(figures, await listPageFigures(listWith, listWithout, 7));
    } finally {
      await listWith.close();
      await listWithout.close();
    }
  }
  step('dashboard with 10,000 people and 50,000 events');
  Object.assign(figures, await dashboardFigures(withExtension, 3));
} finally {
  await without?.close();
  await withExtension?.close();
}

figures.benchSeconds = Math.round((performance.now() - started) / 1000);
const file = join(root, 'bench-results.json');
writeResults(file, figures);
console.log(`\n${formatTable(figures)}\n\nwritten to ${file}`);
