import { describe, expect, it } from 'vitest';
import { extractLinkedin, extractLinkedinInSteps } from '@/utils/profile/linkedin/extract';
import type { ExtractResult } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixtures,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';
import { ownPage, profileOf } from './fixture';

/** the stepped read driven part by part; `between` runs at every pause (a later task, in the reader) */
function stepped(
  doc: Document,
  url: URL,
  between = () => {},
): { result: ExtractResult; parts: number } {
  const steps = extractLinkedinInSteps(doc, url);
  for (let parts = 1; ; parts++) {
    const next = steps.next();
    if (next.done) return { result: next.value, parts };
    between();
  }
}

const realPages = realFixtures().filter(
  (row) =>
    row.pageUrl !== null &&
    /^(linkedin|legacy)\/.*linkedin|^linkedin\//.test(row.file) &&
    row.file.endsWith('.html'),
);

describe.skipIf(!hasRealFixtures)(
  `the LinkedIn read in parts, real pages${realFixturesSkipNote}`,
  () => {
    it.each(realPages.map((row) => [row.file, row.pageUrl ?? '']))(
      '%s: the same answer as the read in one go',
      (file, pageUrl) => {
        const url = new URL(pageUrl);
        const html = readRealFixture(file);
        const whole = extractLinkedin(parseHtml(html), url);
        expect(stepped(parseHtml(html), url).result).toEqual(whole);
      },
      // the big saved pages take a while to parse twice on a busy machine
      30_000,
    );

    it('a big signed-in profile is read in several parts, not one', () => {
      const file = 'linkedin/loggedin-2024-sri.html';
      const row = realPages.find((entry) => entry.file === file);
      const { result, parts } = stepped(
        parseHtml(readRealFixture(file)),
        new URL(row?.pageUrl ?? ''),
      );
      expect(profileOf(result).experience.length).toBeGreaterThan(0);
      expect(parts).toBeGreaterThanOrEqual(6);
    });
  },
);

describe('the LinkedIn read in parts, own and hostile pages', () => {
  const url = new URL('https://www.linkedin.com/in/mallory-test/');

  const priyaUrl = new URL('https://www.linkedin.com/in/priya-raman-ml/');

  it.each([
    ['hostile-2026.html', url.href],
    ['signed-in-2026-priya-raman.html', priyaUrl.href],
    [
      'signed-in-2024-tomas-lindqvist-details-experience.html',
      'https://www.linkedin.com/in/tomas-lindqvist-data/details/experience/',
    ],
    ['guest-2025-wei-ling-tan.html', 'https://sg.linkedin.com/in/wei-ling-tan-42'],
    ['guest-authwall.html', url.href],
  ])('%s: the same answer as the read in one go', (name, href) => {
    const at = new URL(href);
    expect(stepped(ownPage(name), at).result).toEqual(extractLinkedin(ownPage(name), at));
  });

  it('not a profile address: answered in the first part, nothing read', () => {
    const { result, parts } = stepped(
      ownPage('hostile-2026.html'),
      new URL('https://www.linkedin.com/feed/'),
    );
    expect(parts).toBe(1);
    expect(result).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  const tomasUrl = new URL('https://www.linkedin.com/in/tomas-lindqvist-data/');
  const tomas = () => ownPage('signed-in-2024-tomas-lindqvist.html');

  it('sections torn out once they were found: they are read as found, never a throw', () => {
    const doc = tomas();
    const whole = extractLinkedin(tomas(), tomasUrl);
    expect(profileOf(whole).experience.length).toBeGreaterThan(0);
    let pauses = 0;
    const { result } = stepped(doc, tomasUrl, () => {
      pauses += 1;
      // the third pause comes after the sections were listed: the page replaces them while we read
      if (pauses === 3) for (const section of doc.querySelectorAll('section')) section.remove();
    });
    expect(pauses).toBeGreaterThan(3);
    expect(doc.querySelectorAll('section')).toHaveLength(0);
    expect(result).toEqual(whole);
  });

  it('sections gone before they are looked for: "not on this page", the rest still read', () => {
    const doc = tomas();
    const whole = profileOf(extractLinkedin(tomas(), tomasUrl));
    let pauses = 0;
    const { result } = stepped(doc, tomasUrl, () => {
      pauses += 1;
      if (pauses === 2)
        for (const section of doc.querySelectorAll('main section'))
          if (!section.querySelector('h1')) section.remove();
    });
    const profile = profileOf(result);
    expect(profile.name).toBe(whole.name);
    expect(profile.experience).toEqual([]);
    expect(profile.signals.missing).not.toContain('experience');
    expect(profile.signals.absent).toContain('experience');
  });
});
