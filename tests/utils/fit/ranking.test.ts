import { describe, expect, it, type TestContext } from 'vitest';
import type { FitResult } from '@/utils/fit/result';
import { scoreFit } from '@/utils/fit/score';
import { extractProfile } from '@/utils/profile/extract';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { hasRealFixtures, loadRealPage, realFixturesSkipNote } from '../../support/real-fixtures';
import { mentee, mlMentee, NOW } from './build';

// a designer moving into AI product work
const designMentee = mentee({
  targetRoles: ['AI product designer'],
  focusAreas: [
    { topic: 'UX design', priority: 'high' },
    'product management',
    { topic: 'LLM', priority: 'high' },
    'prototyping',
  ],
  careerStage: 'career changer',
  yearsExperience: 6,
  location: 'Berlin, Germany',
  languages: ['German', 'English'],
});

const pages = {
  // a software engineer whose past roles include ML work
  austin: 'linkedin/loggedin-2022-austin-details-experience.html',
  // a CTO who lists machine learning and UI/UX among "talk to me about"
  dulitha: 'linkedin/guest-2023-dulitha.html',
  // a scrum master in banking: no overlap with either persona
  sri: 'linkedin/loggedin-2024-sri.html',
  // chief executives with millions of followers
  satya: 'linkedin/guest-2026-satyanadella.html',
  reid: 'linkedin/guest-2026-reidhoffman.html',
} as const;
type Page = keyof typeof pages;

const extracted = new Map<Page, ProfileSnapshot | string>();
function profileOf(page: Page): ProfileSnapshot | string {
  const cached = extracted.get(page);
  if (cached) return cached;
  const { doc, pageUrl } = loadRealPage(pages[page]);
  const result = extractProfile(doc, pageUrl);
  const value = result.ok
    ? result.profile
    : `${pages[page]}: extraction not ok (${result.reason}: ${result.detail})`;
  extracted.set(page, value);
  return value;
}

/** the fits of these pages, or a skip naming the page that did not extract */
function fits(ctx: TestContext, who: typeof mlMentee, names: Page[]): Record<string, FitResult> {
  const out: Record<string, FitResult> = {};
  for (const name of names) {
    const profile = profileOf(name);
    if (typeof profile === 'string') ctx.skip(`skipped: ${profile}`);
    else out[name] = scoreFit(profile, who, { now: NOW });
  }
  return out;
}

const score = (all: Record<string, FitResult>, name: Page) => all[name]?.score ?? Number.NaN;

// real pages take a second or two each to parse when the machine is busy
describe.skipIf(!hasRealFixtures)(
  `ranking real pages for invented personas${realFixturesSkipNote}`,
  { timeout: 60_000 },
  () => {
    describe('an aspiring ML engineer who knows Python', () => {
      it('an engineer with ML work ranks above chief executives with millions of followers', (ctx) => {
        const all = fits(ctx, mlMentee, ['austin', 'satya', 'reid']);
        expect(score(all, 'austin')).toBeGreaterThan(score(all, 'satya'));
        expect(score(all, 'austin')).toBeGreaterThan(score(all, 'reid'));
      });

      it('a CTO who talks about ML ranks above them too', (ctx) => {
        const all = fits(ctx, mlMentee, ['dulitha', 'satya', 'reid']);
        expect(score(all, 'dulitha')).toBeGreaterThan(score(all, 'satya'));
        expect(score(all, 'dulitha')).toBeGreaterThan(score(all, 'reid'));
      });

      it('the engineer with ML work ranks above a scrum master with no ML', (ctx) => {
        const all = fits(ctx, mlMentee, ['austin', 'sri']);
        expect(score(all, 'austin')).toBeGreaterThan(score(all, 'sri'));
      });

      it('the executives and the unrelated profile are long shots, and the reasons say why', (ctx) => {
        const all = fits(ctx, mlMentee, ['satya', 'reid', 'sri']);
        for (const name of ['satya', 'reid', 'sri'] as const)
          expect(all[name]?.band).toBe('Long shot');
        for (const name of ['satya', 'reid'] as const) {
          expect(
            all[name]?.reasons.some(
              (r) => r.signal === 'reachability' && /followers: replies unlikely$/.test(r.text),
            ),
          ).toBe(true);
        }
      });
    });

    describe('a designer moving into AI product work', () => {
      it('a CTO who talks about UI/UX and product ranks above the executives and the scrum master', (ctx) => {
        const all = fits(ctx, designMentee, ['dulitha', 'satya', 'reid', 'sri']);
        for (const other of ['satya', 'reid', 'sri'] as const) {
          expect(score(all, 'dulitha')).toBeGreaterThan(score(all, other));
        }
      });

      it('the executives stay long shots for this persona too', (ctx) => {
        const all = fits(ctx, designMentee, ['satya', 'reid']);
        expect(all.satya?.band).toBe('Long shot');
        expect(all.reid?.band).toBe('Long shot');
      });
    });

    it('every real profile scores within the contract', (ctx) => {
      const all = fits(ctx, mlMentee, Object.keys(pages) as Page[]);
      for (const result of Object.values(all)) {
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }
    });
  },
);
