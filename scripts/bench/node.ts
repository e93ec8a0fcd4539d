import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mutatedPages, ownFixturePages, realFixturePages } from '../../tests/support/mutate';
import { defaultMenteeProfile } from '../../utils/fit/mentee';
import { scoreFit } from '../../utils/fit/score';
import { extractProfile } from '../../utils/profile/extract';
import {
  type ExtractResult,
  extractFailureReasons,
  type ProfileSnapshot,
  profileSnapshotSchema,
} from '../../utils/profile/snapshot';
import { inertWindow } from '../lib/dom';
import type { RealPage } from './pages';
import type { Figures } from './report';
import { median, percentile, round, time } from './stats';

/** one inert happy-dom window for every parse: no scripts, styles, frames or navigation */
function createParser(): { parse(html: string): Document; close(): Promise<void> } {
  const window = inertWindow('https://example.invalid/');
  const parser = new window.DOMParser();
  return {
    parse: (html) => parser.parseFromString(html, 'text/html') as unknown as Document,
    async close() {
      await window.happyDOM.abort();
      window.close();
    },
  };
}

/** extraction and scoring per real page; each timed extraction gets a freshly parsed document (no warm caches) */
export async function extractionFigures(pages: RealPage[], runs: number): Promise<Figures> {
  const parser = createParser();
  try {
    // warm the code paths once on every page, as a content script is warm after its first page
    for (const page of pages) extractProfile(parser.parse(page.html), page.url);
    const samples: number[] = [];
    const worst: number[] = [];
    const snapshots: ProfileSnapshot[] = [];
    for (const page of pages) {
      const own: number[] = [];
      for (let run = 0; run < runs; run++) {
        const doc = parser.parse(page.html);
        let result: ExtractResult | undefined;
        own.push(time(() => (result = extractProfile(doc, page.url))));
        if (run === 0 && result?.ok) snapshots.push(result.profile);
      }
      samples.push(...own);
      worst.push(median(own) ?? 0);
    }
    const fit: number[] = [];
    for (const snapshot of snapshots)
      scoreFit(snapshot, defaultMenteeProfile, { usesDefaultProfile: true });
    for (let run = 0; run < 50; run++)
      for (const snapshot of snapshots)
        fit.push(
          time(() => scoreFit(snapshot, defaultMenteeProfile, { usesDefaultProfile: true })),
        );
    return {
      extractMsP95: round(percentile(samples, 95) ?? 0),
      extractMsMedian: round(median(samples) ?? 0),
      extractMsWorstPageMedian: round(Math.max(...worst)),
      extractPages: pages.length,
      fitMsMedian: round(median(fit) ?? 0),
      fitMsP95: round(percentile(fit, 95) ?? 0),
    };
  } finally {
    await parser.close();
  }
}

function contractProblem(result: ExtractResult): string | null {
  if (result.ok)
    return profileSnapshotSchema.safeParse(result.profile).success ? null : 'invalid snapshot';
  return extractFailureReasons.includes(result.reason) && result.detail ? null : 'unknown failure';
}

export interface MutationSlice {
  runs: number;
  throws: number;
  invalid: number;
  failures: string[];
}

/** one slice of the mutation run, in this process: every real and own page, mutated and extracted */
export async function mutationSlice(count: number, seed: number): Promise<MutationSlice> {
  const parser = createParser();
  const slice: MutationSlice = { runs: 0, throws: 0, invalid: 0, failures: [] };
  try {
    const pages = [...realFixturePages(), ...ownFixturePages()];
    for (const mutated of mutatedPages(pages, { count, seed, chain: 20, parse: parser.parse })) {
      slice.runs += 1;
      try {
        const problem = contractProblem(extractProfile(mutated.doc, mutated.page.url));
        if (problem) {
          slice.invalid += 1;
          slice.failures.push(`${mutated.page.name} ${mutated.id}: ${problem}`);
        }
      } catch (error) {
        slice.throws += 1;
        slice.failures.push(
          `${mutated.page.name} ${mutated.id}: threw ${(error as Error).message}`,
        );
      }
    }
  } finally {
    await parser.close();
  }
  return slice;
}

/**
 * the extractor on `count` seeded mutations, in slices of a child process each: happy-dom keeps
 * every document it parsed for the life of the process, so one process would run out of memory
 */
export function mutationFigures(
  count: number,
  seed: number,
  perSlice = 1_000,
): { figures: Figures; failures: string[] } {
  const started = performance.now();
  const total: MutationSlice = { runs: 0, throws: 0, invalid: 0, failures: [] };
  const worker = join(import.meta.dirname, 'mutation-slice.ts');
  for (let done = 0, slice = 0; done < count; done += perSlice, slice += 1) {
    const size = Math.min(perSlice, count - done);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', worker, String(size), String(seed + slice)],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (child.status !== 0)
      throw new Error(`mutation slice ${slice} failed: ${child.stderr.slice(-2_000)}`);
    const result = JSON.parse(child.stdout) as MutationSlice;
    total.runs += result.runs;
    total.throws += result.throws;
    total.invalid += result.invalid;
    total.failures.push(...result.failures);
  }
  return {
    figures: {
      mutationRuns: total.runs,
      mutationThrows: total.throws,
      mutationInvalid: total.invalid,
      mutationSeconds: round((performance.now() - started) / 1000),
    },
    failures: total.failures,
  };
}
