// bundled for the bench and run inside Chromium pages: the extractors and the drift suite on a real DOM
import { type Drift, driftProblems, drifts } from '../../tests/support/drift';
import { extractProfile } from '../../utils/profile/extract';
import { extractGithub } from '../../utils/profile/github/extract';
import { extractLinkedin } from '../../utils/profile/linkedin/extract';

/** what the content script runs: the site's extractor on the live document, zod-free */
function contentExtract(url: URL) {
  return url.hostname.endsWith('github.com')
    ? extractGithub(document, url)
    : extractLinkedin(document, url);
}

/** ms per extraction of the live document, `runs` times (the first one cold) */
function extractTimes(pageUrl: string, runs: number): number[] {
  const url = new URL(pageUrl);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    contentExtract(url);
    times.push(performance.now() - started);
  }
  return times;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const extract = (doc: Document, url: string) => extractProfile(doc, url);

/** the drift suite on one page for many seeds: per drift, how many runs kept the snapshot */
function driftRuns(
  html: string,
  pageUrl: string,
  name: string,
  seeds: number[],
): { drift: string; runs: number; passed: number; failures: string[] }[] {
  const page = { name, url: pageUrl, html };
  const before = extract(parse(html), pageUrl);
  return drifts.map((drift: Drift) => {
    let passed = 0;
    const failures: string[] = [];
    for (const seed of seeds) {
      const problems = driftProblems(page, drift, seed, parse, extract, before);
      if (problems.length === 0) passed += 1;
      else if (failures.length < 3)
        failures.push(`seed ${seed}: ${problems.slice(0, 3).join('; ')}`);
    }
    return { drift: drift.name, runs: seeds.length, passed, failures };
  });
}

Object.assign(globalThis, { __mentorlensBench: { extractTimes, driftRuns } });
