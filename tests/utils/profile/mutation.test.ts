import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import {
  type ExtractResult,
  extractFailureReasons,
  profileSnapshotSchema,
} from '@/utils/profile/snapshot';
import {
  domMutations,
  hashSeed,
  htmlMutations,
  mutatedPages,
  ownFixturePages,
  type PageSource,
  realFixturePages,
  seededRandom,
} from '../../support/mutate';
import { hasRealFixtures, parseHtml, realFixturesSkipNote } from '../../support/real-fixtures';

const SEED = 20_260_306;
const PER_PAGE = 10;
const CHAIN = 5;
// a large page takes about 2 s in happy-dom; leave room for a slow machine
const PAGE_TIMEOUT = 30_000;

/** what is wrong with one answer, or null when it keeps the contract */
function contractProblem(result: ExtractResult): string | null {
  if (result.ok) {
    const checked = profileSnapshotSchema.safeParse(result.profile);
    const issue = checked.success ? null : checked.error.issues[0];
    return issue ? `invalid snapshot at ${issue.path.join('.')}: ${issue.message}` : null;
  }
  if (!extractFailureReasons.includes(result.reason))
    return `unknown reason ${String(result.reason)}`;
  return typeof result.detail === 'string' && result.detail.length > 0
    ? null
    : 'failure without detail';
}

/** runs a page's mutations through extractProfile; returns every broken contract with how to replay it */
function mutationProblems(page: PageSource): string[] {
  const problems: string[] = [];
  for (const mutated of mutatedPages([page], {
    count: PER_PAGE,
    seed: SEED,
    chain: CHAIN,
    parse: parseHtml,
  })) {
    let problem: string | null;
    try {
      problem = contractProblem(extractProfile(mutated.doc, page.url));
    } catch (error) {
      problem = `threw ${error instanceof Error ? error.message : String(error)}`;
    }
    if (problem)
      problems.push(`${page.name} ${mutated.id} [${mutated.steps.join(' > ')}]: ${problem}`);
  }
  return problems;
}

describe('extractProfile on mutated pages: never throws, always a known reason or a valid snapshot', () => {
  describe.skipIf(!hasRealFixtures)(`real saved pages${realFixturesSkipNote}`, () => {
    const pages = realFixturePages();
    it('has the github, linkedin and legacy pages to mutate', () => {
      expect(pages.filter((page) => page.url.includes('github.com')).length).toBeGreaterThanOrEqual(
        4,
      );
      expect(
        pages.filter((page) => page.url.includes('linkedin.com')).length,
      ).toBeGreaterThanOrEqual(10);
    });
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s',
      (_, page) => {
        expect(mutationProblems(page)).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });

  describe('our own fixtures (tests/fixtures/github and linkedin)', () => {
    const pages = ownFixturePages();
    it('has our github fixtures', () => {
      expect(
        pages.filter((page) => page.name.startsWith('own:github/')).length,
      ).toBeGreaterThanOrEqual(6);
    });
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s',
      (_, page) => {
        expect(mutationProblems(page)).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });
});

describe('the mutation helpers', () => {
  const sample: PageSource = {
    name: 'sample',
    url: 'https://github.com/ada-okafor',
    html: `<html><head><title>t</title></head><body><main id="m" class="c"><div class="h-card" itemprop="p">
      <a href="https://a.example/">Ada</a><p>one two three</p><ul><li>1</li><li>2</li><li>3</li></ul></div></main></body></html>`,
  };
  const signature = (doc: Document) =>
    [
      doc.getElementsByTagName('*').length,
      doc.body?.textContent ?? '',
      ...['class', 'id', 'itemprop', 'href'].map(
        (name) => doc.querySelectorAll(`[${name}]`).length,
      ),
    ].join('|');

  it('seededRandom repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    const random = seededRandom(3);
    for (let index = 0; index < 1_000; index += 1) {
      const value = random.int(7);
      expect(value >= 0 && value < 7 && Number.isInteger(value)).toBe(true);
    }
  });

  it('hashSeed is stable and spreads nearby names', () => {
    expect(hashSeed('a')).toBe(hashSeed('a'));
    expect(hashSeed('page#1')).not.toBe(hashSeed('page#2'));
  });

  it('mutatedPages yields exactly count pages, round-robin, and replays for the same seed', () => {
    const pages = [sample, { ...sample, name: 'second' }];
    const run = (seed: number) =>
      [...mutatedPages(pages, { count: 9, seed, chain: 3, parse: parseHtml })].map(
        (mutated) =>
          `${mutated.page.name} ${mutated.id} ${mutated.steps.join('>')} ${signature(mutated.doc)}`,
      );
    const first = run(7);
    expect(first).toHaveLength(9);
    expect(first.filter((line) => line.startsWith('second')).length).toBe(3);
    expect(run(7)).toEqual(first);
    expect(run(8)).not.toEqual(first);
  });

  it.each(domMutations.map((mutation) => [mutation.name, mutation] as const))(
    '%s changes the document for some seed',
    (_, mutation) => {
      const changed = Array.from({ length: 20 }, (__, seed) => {
        const doc = parseHtml(sample.html);
        const before = signature(doc) + doc.querySelector('a')?.getAttribute('href');
        mutation.apply(doc, seededRandom(seed));
        return signature(doc) + doc.querySelector('a')?.getAttribute('href') !== before;
      });
      expect(changed).toContain(true);
    },
  );

  it.each(htmlMutations.map((mutation) => [mutation.name, mutation] as const))(
    '%s changes the html for some seed',
    (_, mutation) => {
      const outputs = Array.from({ length: 20 }, (__, seed) =>
        mutation.apply(sample.html, seededRandom(seed)),
      );
      expect(outputs.some((html) => html !== sample.html)).toBe(true);
    },
  );

  it('cut-mid-tag leaves a prefix that ends inside a tag', () => {
    const cut = htmlMutations.find((mutation) => mutation.name === 'cut-mid-tag');
    const html = cut?.apply(sample.html, seededRandom(5)) ?? '';
    expect(sample.html.startsWith(html)).toBe(true);
    expect(html.lastIndexOf('<')).toBeGreaterThan(html.lastIndexOf('>'));
  });

  it('names our fixtures by their og:url, else by folder and file name', () => {
    const urls = Object.fromEntries(ownFixturePages().map((page) => [page.name, page.url]));
    expect(urls['own:github/profile-ada-okafor.html']).toBe('https://github.com/ada-okafor');
    expect(urls['own:github/org-page.html']).toBe('https://github.com/lumenai');
    expect(urls['own:github/not-found.html']).toBe('https://github.com/not-found');
  });

  it('yields nothing for no pages', () => {
    expect([...mutatedPages([], { count: 5, seed: 1 })]).toEqual([]);
  });
});
