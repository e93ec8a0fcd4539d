import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import {
  applyDrift,
  type DriftPage,
  driftProblems,
  drifts,
  rehashClasses,
  removeEmbeddedData,
  wrapAndShuffle,
} from '../../support/drift';
import { hashSeed, ownFixturePages, realFixturePages, seededRandom } from '../../support/mutate';
import { hasRealFixtures, parseHtml, realFixturesSkipNote } from '../../support/real-fixtures';

// one seed per run of npm test; the bench runs many more (npm run bench: driftPassRate)
const SEED = 20_260_812;
const PAGE_TIMEOUT = 60_000;

const extract = (doc: Document, url: string) => extractProfile(doc, url);

function problems(page: DriftPage): string[] {
  const before = extract(parseHtml(page.html), page.url);
  const found: string[] = [];
  for (const drift of drifts) {
    const seed = SEED ^ hashSeed(`${page.name}#${drift.name}`);
    const lines = driftProblems(page, drift, seed, parseHtml, extract, before);
    found.push(...lines.map((line) => `${drift.name} (seed ${seed}): ${line}`));
  }
  return found;
}

const linkedinOrGithub = (page: DriftPage) => /linkedin\.com|github\.com/.test(page.url);

describe('drift: the next deploy re-hashes classes, drops embedded data, wraps elements', () => {
  describe.skipIf(!hasRealFixtures)(`real saved pages${realFixturesSkipNote}`, () => {
    const pages = realFixturePages().filter(
      (page) => linkedinOrGithub(page) && page.url.includes('linkedin.com'),
    );
    it('covers every real LinkedIn page', () => {
      expect(pages.length).toBeGreaterThanOrEqual(13);
    });
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s reads the same',
      (_, page) => {
        expect(problems(page)).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });

  describe('our own LinkedIn fixtures', () => {
    const pages = ownFixturePages().filter((page) => page.url.includes('linkedin.com'));
    it.each(pages.map((page) => [page.name, page] as const))(
      '%s reads the same',
      (_, page) => {
        expect(problems(page)).toEqual([]);
      },
      PAGE_TIMEOUT,
    );
  });
});

/**
 * GitHub keeps its microformat classes (p-name, p-note...) from 2016 to 2026, so a re-hash is a harsher
 * drift than GitHub has shown; the whole snapshot must survive it all the same: the card through
 * itemprops, data attributes and links, the pinned repositories by their heading and links, the
 * calendar by its sentence, badges by their label, the status by its endpoint (by-meaning.ts)
 */
function githubProblems(page: DriftPage): string[] {
  const before = extract(parseHtml(page.html), page.url);
  const found: string[] = [];
  for (const drift of drifts) {
    const seed = SEED ^ hashSeed(`${page.name}#${drift.name}`);
    const lines = driftProblems(page, drift, seed, parseHtml, extract, before);
    found.push(...lines.map((line) => `${drift.name} (seed ${seed}): ${line}`));
  }
  return found;
}

describe('drift on GitHub profiles: the whole snapshot survives', () => {
  const pages = [...(hasRealFixtures ? realFixturePages() : []), ...ownFixturePages()].filter(
    (page) => /^https:\/\/github\.com\/[^/]+$/.test(page.url),
  );
  it.each(pages.map((page) => [page.name, page] as const))(
    '%s',
    (_, page) => {
      expect(githubProblems(page)).toEqual([]);
    },
    PAGE_TIMEOUT,
  );
});

describe('the drift helpers', () => {
  const html = `<html><body><main class="a b"><div class="a" id="x" data-k="1"><code>{"x":1}</code>
    <script type="application/ld+json">{}</script><script>var a</script><p class="b">text</p></div></main></body></html>`;

  it('re-hashes every class consistently within a page, reproducibly for a seed', () => {
    const run = (seed: number) => {
      const doc = parseHtml(html);
      rehashClasses(doc, seededRandom(seed));
      return [...doc.querySelectorAll('[class]')].map((element) => element.getAttribute('class'));
    };
    const [main, div, p] = run(1);
    expect(main?.split(' ')[0]).toBe(div);
    expect(main?.split(' ')[1]).toBe(p);
    expect(main?.split(' ')).not.toContain('a');
    expect(main?.split(' ')).not.toContain('b');
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('removes code blocks and JSON scripts, and keeps other scripts and text', () => {
    const doc = parseHtml(html);
    removeEmbeddedData(doc);
    expect(doc.querySelectorAll('code').length).toBe(0);
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.querySelector('p')?.textContent).toBe('text');
  });

  it('wraps containers and shuffles attributes without changing the text or the attributes', () => {
    const doc = parseHtml(html.replace('</main>', `${'<div><p>more</p></div>'.repeat(30)}</main>`));
    const text = doc.body.textContent;
    const before = doc.getElementsByTagName('*').length;
    for (let seed = 0; seed < 5; seed += 1) wrapAndShuffle(doc, seededRandom(seed));
    expect(doc.body.textContent).toBe(text);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(before);
    const div = doc.getElementById('x');
    expect(div?.getAttribute('data-k')).toBe('1');
  });

  it('reports a drift that loses a field', () => {
    const page = {
      name: 'sample',
      url: 'https://www.linkedin.com/in/ada-okafor-ml/',
      html: '<html><head><title>Ada Okafor | LinkedIn</title></head><body><main><section><h1>Ada Okafor</h1><p class="headline">ML engineer</p></section></main></body></html>',
    };
    // a made-up extractor that reads the headline by class: the re-hash must catch it
    const byClass = (doc: Document) => ({
      ok: true as const,
      profile: { headline: doc.querySelector('.headline')?.textContent ?? null },
    });
    const drift = drifts.find((entry) => entry.name === 'rehash-classes');
    if (!drift) throw new Error('no rehash drift');
    expect(driftProblems(page, drift, 3, parseHtml, byClass)).toEqual([
      'headline: "ML engineer" -> null',
    ]);
    expect(applyDrift(parseHtml(page.html), drift, 3).querySelector('.headline')).toBeNull();
  });
});
