import { describe, expect, it } from 'vitest';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { extractLinkedin } from '@/utils/profile/linkedin/extract';
import { nameFromTitle } from '@/utils/profile/linkedin/title-name';
import { readTopCardByMeaning } from '@/utils/profile/linkedin/top-card-meaning';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixtures,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';
import { ownPage, profileOf } from './fixture';

// the read while a page still parses: the top card alone, the sections once parsing ends
const sectionFields = ['about', 'experience', 'education', 'skills', 'recentActivity'];
const cardFields = ['handle', 'name', 'headline', 'location', 'connections'] as const;

const profilePages = realFixtures().filter(
  (row) => row.file.startsWith('linkedin/') && row.pageUrl && /\/in\/[^/]+\/?$/.test(row.pageUrl),
);

describe.skipIf(!hasRealFixtures)(`the top card alone, real pages${realFixturesSkipNote}`, () => {
  it.each(profilePages.map((row) => [row.file, row.pageUrl as string]))(
    '%s: the card reads as in the whole page, and no section is called unreadable',
    (file, pageUrl) => {
      const doc = parseHtml(readRealFixture(file));
      const url = new URL(pageUrl);
      const whole = extractLinkedin(doc, url);
      const card = extractLinkedin(doc, url, 'top-card');
      expect(card.ok).toBe(whole.ok);
      if (!card.ok || !whole.ok) {
        // a sign-in wall or a missing profile says so in both reads
        expect(card).toEqual(whole);
        return;
      }
      for (const field of cardFields) expect(card.profile[field]).toEqual(whole.profile[field]);
      // the card's rounded count ("6K followers"), or none: the exact one is in data read later
      const followers = card.profile.followers;
      if (followers !== null)
        expect(Math.abs(followers - (whole.profile.followers ?? 0))).toBeLessThan(followers * 0.1);
      expect(card.profile.experience).toEqual([]);
      expect(card.profile.skills).toEqual([]);
      // not parsed yet is not on this page yet: never a "couldn't read" warning in the hint
      for (const field of sectionFields)
        expect(card.profile.signals.missing ?? []).not.toContain(field);
      expect(profileSnapshotSchema.safeParse(card.profile).success).toBe(true);
    },
  );

  it('reads a details page whole: it has no top card to read alone', () => {
    const row = realFixtures().find((one) => one.file.includes('details-experience'));
    if (!row?.pageUrl) throw new Error('the details page is in INDEX.tsv');
    const doc = parseHtml(readRealFixture(row.file));
    const url = new URL(row.pageUrl);
    expect(extractLinkedin(doc, url, 'top-card')).toEqual(extractLinkedin(doc, url));
  });
});

describe('the top card alone, hostile and broken pages', () => {
  const url = new URL('https://www.linkedin.com/in/mallory-test/');

  it('keeps hostile card text literally, as the whole read does', () => {
    const doc = ownPage('hostile-2026.html');
    const card = profileOf(extractLinkedin(doc, url, 'top-card'));
    expect(card.name).toBe(profileOf(extractLinkedin(doc, url)).name);
    expect(card.about).toBeNull();
  });

  it('gives the same clear ok:false as the whole read on pages with no card yet', () => {
    for (const html of [
      '<html><head><title>LinkedIn</title></head><body><main></main>',
      '<html><head><title>Feed | LinkedIn</title></head><body><h1></h1><section><h2>About</h2>',
      '<html><body><h1>Someone Else</h1><p>· 2nd</p>',
    ]) {
      const doc = parseHtml(html);
      const card = extractLinkedin(doc, url, 'top-card');
      expect(card.ok).toBe(false);
      expect(card).toEqual(extractLinkedin(doc, url));
    }
  });

  it('gives a clear ok:false on a document whose reading throws', () => {
    const doc = parseHtml('<h1>Mallory Test</h1>');
    const query = doc.querySelector.bind(doc);
    Object.defineProperty(doc, 'querySelector', {
      value: (selector: string) => {
        if (selector === 'title') throw new Error('hostile document');
        return query(selector);
      },
    });
    expect(extractLinkedin(doc, url, 'top-card')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('hostile document'),
    });
  });
});

describe.skipIf(!hasRealFixtures)(
  `the card read while parsing, kept for the final read${realFixturesSkipNote}`,
  () => {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    it.each(profilePages.map((row) => [row.file, row.pageUrl as string]))(
      '%s: unchanged, the final read equals a fresh one; a changed card line is read again',
      async (file, pageUrl) => {
        const url = new URL(pageUrl);
        const doc = parseHtml(readRealFixture(file));
        const early = extractLinkedin(doc, url, 'top-card');
        await nextTask();
        const final = extractLinkedin(doc, url);
        expect(final).toEqual(extractLinkedin(parseHtml(readRealFixture(file)), url));
        if (!early.ok || !final.ok || !final.profile.headline) return;
        // the headline line under the name, as the page changes it later (its own script, a lazy line)
        const page = detectLinkedinPage(url);
        if (page.kind !== 'profile') return;
        const element = readTopCardByMeaning(
          doc,
          page.handle,
          nameFromTitle(doc, page),
        ).headlineElement;
        if (!element) return;
        element.textContent = 'Changed headline, read again';
        await nextTask();
        // whatever the page's data says wins over the line: the read equals a fresh one of the changed page
        const again = extractLinkedin(doc, url);
        expect(again).toEqual(extractLinkedin(parseHtml(doc.documentElement.outerHTML), url));
      },
      // four reads and two parses of the largest real pages
      60_000,
    );
  },
);
