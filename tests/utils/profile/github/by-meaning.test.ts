import { describe, expect, it } from 'vitest';
import {
  achievementsByMeaning,
  bioByMeaning,
  bioFromEditForm,
  contributionsByMeaning,
  repoSectionByHeading,
  reposByMeaning,
  statusByMeaning,
} from '@/utils/profile/github/by-meaning';
import { extractGithub } from '@/utils/profile/github/extract';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import { hasRealFixtures, parseHtml, realFixturesSkipNote } from '../../../support/real-fixtures';
import { loadPage, type PageId } from './fixtures';

/** every class attribute removed: only headings, links, microdata and text are left */
function withoutClasses(doc: Document): Document {
  for (const element of doc.querySelectorAll('[class]')) element.removeAttribute('class');
  return doc;
}

function profileOf(doc: Document, url: URL) {
  const result = extractGithub(doc, url);
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}: ${result.detail}`);
  expect(profileSnapshotSchema.safeParse(result.profile).success).toBe(true);
  return result.profile;
}

/** the same page read with its classes and without them */
function bothWays(id: PageId) {
  const page = loadPage(id);
  const bare = loadPage(id);
  if (!page || !bare) return null;
  return {
    classed: profileOf(page.doc, page.url),
    bare: profileOf(withoutClasses(bare.doc), bare.url),
  };
}

const pageIds: PageId[] = ['real-2021', 'real-2018', 'legacy-2015'];

describe.skipIf(!hasRealFixtures)(
  `github by meaning on real saved pages${realFixturesSkipNote}`,
  () => {
    it.each(pageIds)(
      '%s: pinned/popular repositories, calendar and counts are the same without classes',
      (id) => {
        const read = bothWays(id);
        if (!read) throw new Error('page did not load');
        expect(read.classed.repos.length).toBeGreaterThan(0);
        expect(read.bare.repos).toEqual(read.classed.repos);
        expect(read.classed.contributionsLastYear).not.toBeNull();
        expect(read.bare.contributionsLastYear).toBe(read.classed.contributionsLastYear);
        expect(read.bare.signals.following).toBe(read.classed.signals.following);
        expect(read.bare.organizations).toEqual(read.classed.organizations);
      },
    );

    it('2021 (own page): the bio from the edit form, the status by its endpoint, the badge by its image', () => {
      const read = bothWays('real-2021');
      expect(read?.bare.headline).toBe('Backend Engineering | APIs | Automation');
      expect(read?.bare.signals.status).toBe(':beetle: Breaking Bug');
      expect(read?.bare.signals.status).toBe(read?.classed.signals.status);
      expect(read?.bare.signals.achievements).toEqual(read?.classed.signals.achievements);
      expect(read?.bare.repos[0]).toEqual({
        name: 'eyeball',
        description: 'Simple cli tool to display file stats for your projects.',
        language: 'Go',
        stars: 4,
        forks: null,
      });
    });

    it('2021 seen by someone else (no edit form): the bio is the block under the names, classes gone or not', () => {
      const page = loadPage('real-2021');
      const bare = loadPage('real-2021');
      if (!page || !bare) throw new Error('page did not load');
      // another viewer gets no edit form: the raw bio is only in the card
      for (const doc of [page.doc, bare.doc])
        for (const field of doc.querySelectorAll('textarea[name="user[profile_bio]"]'))
          field.closest('form')?.remove();
      expect(profileOf(page.doc, page.url).headline).toBe(
        'Backend Engineering | APIs | Automation',
      );
      expect(profileOf(withoutClasses(bare.doc), bare.url).headline).toBe(
        'Backend Engineering | APIs | Automation',
      );
    });

    it('no bio on the page: the card details after the names are never taken for one (2018, 2015, 2012)', () => {
      for (const id of ['real-2018', 'legacy-2015', 'legacy-2012'] as const) {
        const page = loadPage(id);
        if (!page) throw new Error(`${id} did not load`);
        expect(profileOf(withoutClasses(page.doc), page.url).headline, id).toBeNull();
      }
    });

    it('2018: the language written bare before the stars link; 2015: stars as a bare number, the card email', () => {
      expect(bothWays('real-2018')?.bare.repos[0]).toMatchObject({
        name: 'wordprss',
        language: 'Ruby',
        stars: 5,
      });
      const legacy = bothWays('legacy-2015');
      expect(legacy?.bare.repos[0]).toEqual({
        name: 'bassbull',
        description: 'Haskell CSV parser',
        language: null,
        stars: 1,
        forks: null,
      });
      expect(legacy?.bare.contributionsLastYear).toBe(835);
      expect(legacy?.bare.signals.publicEmail).toBe('raabbajam@gmail.com');
      expect(legacy?.bare.signals.following).toBe(7);
    });

    it('2012: the counters sharing /following are not taken for "following"', () => {
      const read = bothWays('legacy-2012');
      expect(read?.classed.signals.following).toBeNull();
      expect(read?.bare.signals.following).toBeNull();
    });
  },
);

describe('github by meaning on our own pages', () => {
  it.each(['ada', 'sam', 'hostile'] as PageId[])('%s reads the same without any class', (id) => {
    const read = bothWays(id);
    if (!read) throw new Error('page did not load');
    expect(read.bare.repos).toEqual(read.classed.repos);
    expect(read.bare.signals.achievements).toEqual(read.classed.signals.achievements);
    expect(read.bare.signals.status).toEqual(read.classed.signals.status);
    expect(read.bare.contributionsLastYear).toEqual(read.classed.contributionsLastYear);
  });

  it('a pinned repository of another owner is named owner/repo', () => {
    const read = bothWays('ada');
    expect(read?.bare.repos.map((repo) => repo.name)).toContain('lumenai/eval-harness');
  });
});

const card = (inner: string) =>
  parseHtml(
    `<html><body><div itemscope itemtype="http://schema.org/Person">${inner}</div></body></html>`,
  );

describe('github by-meaning rules on malformed and hostile markup', () => {
  it('a "Pinned" heading without repository links is no section; "contributed to" never counts', () => {
    expect(repoSectionByHeading(card('<h2>Pinned</h2><p>nothing here</p>'))).toBeNull();
    expect(
      repoSectionByHeading(
        card('<div><h3>Repositories contributed to</h3><a href="/a/b">b</a></div>'),
      ),
    ).toBeNull();
    expect(repoSectionByHeading(card('<h2>Pinnedness</h2><a href="/a/b">b</a>'))).toBeNull();
  });

  it('skips script links, query links, reserved paths, deeper paths and empty names', () => {
    const doc = card(`<div><h2>Pinned</h2><ol>
      <li><a href="javascript:alert(1)">evil</a></li>
      <li><a href="/settings/profile">settings</a></li>
      <li><a href="/ada/x?tab=readme">x</a></li>
      <li><a href="/ada/x/issues">x</a></li>
      <li><a href="https://evil.example/ada/y">y</a></li>
      <li><a href="/ada/empty"> </a></li>
      <li><a href="/ada/ok">ok</a><p>&lt;img src=x onerror=alert(1)&gt;</p><a href="/ada/ok/stargazers">99999999999999999999999k</a></li>
    </ol></div>`);
    const section = repoSectionByHeading(doc);
    expect(section).not.toBeNull();
    const repos = section ? reposByMeaning(section, 'ada') : [];
    expect(repos).toEqual([
      {
        name: 'ok',
        description: '<img src=x onerror=alert(1)>',
        language: null,
        stars: null,
        forks: null,
      },
    ]);
  });

  it('labels and counts are never a description; the same repository linked twice is one card', () => {
    const doc = card(`<div><h2>Popular repositories</h2>
      <div><a href="/ada/r1">r1</a><span>Public</span><span>12</span><a href="/ada/r1">again</a></div>
      <div><a href="/ada/r2">r2</a><span>Forked from someone/else</span></div></div>`);
    const section = repoSectionByHeading(doc);
    const repos = section ? reposByMeaning(section, 'ada') : [];
    expect(repos).toEqual([
      { name: 'r1', description: null, language: null, stars: 12, forks: null },
      { name: 'r2', description: null, language: null, stars: null, forks: null },
    ]);
  });

  it('stops at the repository limit on a page with thousands of cards', () => {
    const cards = Array.from(
      { length: 3_000 },
      (_, index) => `<li><a href="/ada/r${index}">r${index}</a></li>`,
    );
    const doc = card(`<div><h2>Pinned</h2><ol>${cards.join('')}</ol></div>`);
    const section = repoSectionByHeading(doc);
    expect(section ? reposByMeaning(section, 'ada').length : 0).toBe(100);
  }, 30_000);

  it('reads the contribution sentence only as a count of the last year', () => {
    expect(contributionsByMeaning(card('<h2>1,204 contributions in the last year</h2>'))).toBe(
      1204,
    );
    expect(
      contributionsByMeaning(card('<h2>Most contributions in the last year were to x</h2>')),
    ).toBeNull();
    expect(contributionsByMeaning(card('<p>9 contributions in the last year</p>'))).toBeNull();
    expect(
      contributionsByMeaning(
        card('<div><span>Contributions in the last year</span><span>835 total</span></div>'),
      ),
    ).toBe(835);
    expect(
      contributionsByMeaning(
        card('<h2>99999999999999999999999 contributions in the last year</h2>'),
      ),
    ).toBeNull();
  });

  it('achievements by label or link only, text kept literal, at most the limit', () => {
    const badges = Array.from(
      { length: 150 },
      (_, index) => `<img alt="Achievement: Badge ${index}">`,
    );
    expect(achievementsByMeaning(card(badges.join(''))).length).toBe(100);
    expect(
      achievementsByMeaning(
        card(`<img alt="avatar"><a href="/ada?achievement=yolo&amp;tab=achievements"><img alt="YOLO"></a>
          <img alt="Achievement: <script>alert(1)</script>"><img alt="Achievement:   ">`),
      ),
    ).toEqual(['YOLO', '<script>alert(1)</script>']);
  });

  it('status by its endpoint: the edit dialog and forms are never the message; a bad alias is dropped', () => {
    const doc = card(`<div data-url="/users/status?circle=1"><details><summary>
      <g-emoji alias="&quot;&gt;&lt;script&gt;"></g-emoji><div>On leave</div></summary>
      <details-dialog role="dialog"><form><h1>Edit status</h1><input value="x"></form></details-dialog></details></div>`);
    expect(statusByMeaning(doc)).toBe('On leave');
    expect(statusByMeaning(card('<div data-url="/elsewhere">On leave</div>'))).toBeNull();
    expect(statusByMeaning(card('<div data-url="/users/status"></div>'))).toBeNull();
  });

  it('the bio by its place: under the names, before the counts; never a control, link, status or a long block', () => {
    const names =
      '<h1><span itemprop="name">Ada</span><span itemprop="additionalName">ada</span></h1>';
    const counts = '<a href="/ada?tab=followers"><span>3</span> followers</a>';
    expect(
      bioByMeaning(
        card(
          `${names}<div><div>ML &lt;b&gt;engineer&lt;/b&gt; at <a href="/lumen">@lumen</a></div></div>${counts}`,
        ),
      ),
    ).toBe('ML <b>engineer</b> at @lumen');
    // before the names (the status badge, the avatar) and after the counts is not the bio
    expect(
      bioByMeaning(card(`<div>On leave</div>${names}${counts}<div>Organizations</div>`)),
    ).toBeNull();
    expect(
      bioByMeaning(
        card(
          `${names}<button>Follow</button><details><summary>Block or report</summary></details><form><div>Edit</div></form><div data-url="/users/status"><div>Busy</div></div><div hidden>secret</div><a href="/x">link</a><ul><li itemprop="worksFor">Acme</li></ul><div>after the details</div>`,
        ),
      ),
    ).toBeNull();
    expect(bioByMeaning(card(`${names}<div>${'long '.repeat(40)}</div>${counts}`))).toBeNull();
    expect(bioByMeaning(card('<div>no names at all</div>'))).toBeNull();
  });

  it('the edit-form bio is read as text, markup literal', () => {
    expect(
      bioFromEditForm(
        card('<textarea name="user[profile_bio]">&lt;b&gt;hi&lt;/b&gt;   there</textarea>'),
      ),
    ).toBe('<b>hi</b> there');
    expect(bioFromEditForm(card('<textarea name="other">nope</textarea>'))).toBeNull();
  });

  it('a mail link counts as the public email only when it shows its own address outside README and bio', () => {
    const url = new URL('https://github.com/ada');
    const read = (inner: string) =>
      profileOf(
        card(
          `<h1><span itemprop="name">Ada</span><span itemprop="additionalName">ada</span></h1>${inner}`,
        ),
        url,
      ).signals.publicEmail;
    expect(read('<a href="mailto:ada@example.org">ada@example.org</a>')).toBe('ada@example.org');
    expect(read('<a href="mailto:ada@example.org">Email me</a>')).toBeNull();
    expect(read('<article><a href="mailto:x@example.org">x@example.org</a></article>')).toBeNull();
    expect(read('<a href="mailto:%E0%A4%A">broken</a>')).toBeNull();
  });
});
