import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from './chromium';
import type { RealPage } from './pages';
import type { Figures } from './report';
import { median, percentile, round } from './stats';

type InPage = {
  extractTimes(url: string, runs: number): number[];
  driftRuns(
    html: string,
    url: string,
    name: string,
    seeds: number[],
  ): { drift: string; runs: number; passed: number; failures: string[] }[];
};

/** the extractors and the drift helpers as one script to add to a page */
export async function inPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}

const stem = (file: string) => file.replace(/^.*\//, '').replace(/\.html$/, '');

/**
 * extraction time in Chromium on each real page's live DOM, the way the content script runs it:
 * p95 over all runs, the largest page's p95, and one p95 per page
 */
export async function chromiumExtractionFigures(
  browser: Browser,
  pages: RealPage[],
  runs: number,
): Promise<Figures> {
  const bundle = await inPageBundle();
  const figures: Figures = {};
  const all: number[] = [];
  const first: number[] = [];
  const largest = [...pages].sort((a, b) => b.bytes - a.bytes)[0];
  for (const real of pages) {
    const page = await browser.context.newPage();
    try {
      // saved pages keep their Trusted Types policy: the bundle goes in as an init script, before the page
      await page.addInitScript({ content: bundle });
      await page.goto(real.url, { waitUntil: 'load' });
      const times = await page.evaluate(
        ([url, count]) =>
          (globalThis as unknown as { __mentorlensBench: InPage }).__mentorlensBench.extractTimes(
            url as string,
            count as number,
          ),
        [real.url, runs] as const,
      );
      // the first run is cold (code not yet optimised): reported apart, the p95 is over the warm runs
      const warm = times.slice(1);
      all.push(...warm);
      first.push(times[0] ?? 0);
      figures[`extractMsChromiumP95_${stem(real.file)}`] = round(percentile(warm, 95) ?? 0);
      if (real === largest) {
        figures.extractMsChromiumLargestP95 = round(percentile(warm, 95) ?? 0);
        figures.extractMsChromiumLargestMedian = round(median(warm) ?? 0);
        figures.extractMsChromiumLargestFirstRun = round(times[0] ?? 0);
      }
    } finally {
      await page.close();
    }
  }
  figures.extractMsChromiumP95 = round(percentile(all, 95) ?? 0);
  figures.extractMsChromiumMedian = round(median(all) ?? 0);
  figures.extractMsChromiumFirstRunMax = round(Math.max(0, ...first));
  return figures;
}

export type DriftPageSource = { name: string; url: string; html: string };

/**
 * the drift suite (re-hashed classes, embedded data removed, wrappers and shuffled attributes)
 * with `seeds` seeds per page and drift, in Chromium: strict pass rates, no allowance for known gaps
 */
export async function driftFigures(
  browser: Browser,
  pages: DriftPageSource[],
  seeds: number,
  prefix = 'drift',
): Promise<{ figures: Figures; failures: string[] }> {
  const bundle = await inPageBundle();
  const page = await browser.context.newPage();
  const perDrift = new Map<string, { runs: number; passed: number }>();
  const failures: string[] = [];
  let pagesAllPassed = 0;
  try {
    // a blank page of our own: the drift runs on parsed copies, never on a live site
    await page.setContent('<!doctype html><title>drift</title>');
    await page.addScriptTag({ content: bundle });
    const seedList = Array.from({ length: seeds }, (_, index) => 20_260_900 + index);
    for (const source of pages) {
      const results = await page.evaluate(
        ([html, url, name, list]) =>
          (globalThis as unknown as { __mentorlensBench: InPage }).__mentorlensBench.driftRuns(
            html as string,
            url as string,
            name as string,
            list as number[],
          ),
        [source.html, source.url, source.name, seedList] as const,
      );
      let clean = true;
      for (const result of results) {
        const total = perDrift.get(result.drift) ?? { runs: 0, passed: 0 };
        total.runs += result.runs;
        total.passed += result.passed;
        perDrift.set(result.drift, total);
        if (result.passed < result.runs) clean = false;
        for (const failure of result.failures)
          failures.push(`${source.name} ${result.drift} ${failure}`);
      }
      if (clean) pagesAllPassed += 1;
    }
  } finally {
    await page.close();
  }
  const figures: Figures = {};
  let runs = 0;
  let passed = 0;
  for (const [drift, total] of perDrift) {
    figures[`${prefix}PassRate_${drift}`] = round(total.passed / Math.max(1, total.runs));
    runs += total.runs;
    passed += total.passed;
  }
  figures[`${prefix}Runs`] = runs;
  figures[`${prefix}PassRate`] = round(passed / Math.max(1, runs));
  figures[`${prefix}Pages`] = pages.length;
  figures[`${prefix}PagesAllPassed`] = pagesAllPassed;
  figures[`${prefix}SeedsPerPage`] = seeds;
  return { figures, failures };
}

/** every figure of this file on the real pages and our own fixtures, in a baseline Chromium (no extension) */
export async function extractionAndDriftFigures(
  launch: (routes: Map<string, string>) => Promise<Browser>,
  routeKey: (url: string) => string,
  profilePages: RealPage[],
  driftPages: DriftPageSource[],
  options: { runs: number; seeds: number },
): Promise<{ figures: Figures; failures: string[] }> {
  const routes = new Map(profilePages.map((page) => [routeKey(page.url), page.html] as const));
  const browser = await launch(routes);
  try {
    const figures: Figures = {};
    if (profilePages.length > 0)
      Object.assign(figures, await chromiumExtractionFigures(browser, profilePages, options.runs));
    const linkedin = await driftFigures(
      browser,
      driftPages.filter((page) => page.url.includes('linkedin.com')),
      options.seeds,
      'drift',
    );
    const github = await driftFigures(
      browser,
      driftPages.filter((page) => page.url.includes('github.com')),
      options.seeds,
      'driftGithub',
    );
    Object.assign(figures, linkedin.figures, github.figures);
    return { figures, failures: [...linkedin.failures, ...github.failures] };
  } finally {
    await browser.close();
  }
}
