import { describe, expect, it } from 'vitest';
import { clip, quoteAround } from '@/utils/fit/format';
import type { MenteeProfile } from '@/utils/fit/mentee';
import { type FitResult, isBorderline, notEnoughBand, type Reason } from '@/utils/fit/result';
import { minimumWithStrengths, scoreFit } from '@/utils/fit/score';
import { experience } from '@/utils/fit/signals/experience';
import { extractProfile } from '@/utils/profile/extract';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  loadRealPage,
  realFixtures,
  realFixturesSkipNote,
} from '../../support/real-fixtures';
import { contextFor, mentee, mlMentee, NOW, person, role } from './build';

// words that tell the user something counts against the person (quotes from the page excluded)
const shortfall =
  /\b(only|no|not|nothing|none|couldn't|unlikely|long shot|further ahead|closer to a peer|busy|too far|planning|less|slow|paid|rather than|repeats?|mostly sells)\b/i;
// words that tell the user something counts for them
const goodNews =
  /\b(a good gap|could introduce you|could meet in person|you can message|matches \d|happy to|a small audience|like you|the move you want|you both|we both)\b/i;

// page text quoted in a reason is the page's words, not ours
const ownWords = (text: string) => text.replace(/“[^”]*”/g, '').replace(/\([^)]*\)/g, '');

function checkPolarity(result: FitResult, label: string): void {
  for (const reason of result.reasons) {
    const words = ownWords(reason.text);
    if (shortfall.test(words) && !goodNews.test(words)) {
      expect(
        reason.effect,
        `${label}: shortfall raises the score: ${reason.text}`,
      ).toBeLessThanOrEqual(0);
    }
    if (goodNews.test(words) && !shortfall.test(words)) {
      expect(
        reason.effect,
        `${label}: good news lowers the score: ${reason.text}`,
      ).toBeGreaterThanOrEqual(0);
    }
  }
  if (result.reasons.some((r) => r.effect > 0)) {
    expect(result.score, `${label}: a reason speaks for them`).toBeGreaterThanOrEqual(
      minimumWithStrengths,
    );
  }
}

// a grid of invented people that reaches every branch of every signal
function everySignalPersonas(): ProfileSnapshot[] {
  const out: ProfileSnapshot[] = [];
  const starts = [
    '1970-01',
    '1995-01',
    '2008-01',
    '2012-01',
    '2020-01',
    '2023-06',
    '2025-12',
    null,
  ];
  const followers = [null, 120, 1_500, 9_000, 60_000, 400_000, 3_000_000, 41_000_000];
  const contributions = [null, 0, 11, 80, 900];
  const activity = [[], ['2d'], ['5mo'], ['2019-05-01']];
  const headlines = [
    null,
    'ML engineer at Quillworks | PyTorch | I mentor career changers',
    'Recruiter at TalentFirst',
    'Chairman and CEO at Microsoft',
    'Ex-Google · founder of a small startup',
    'Course creator · join my cohort, limited spots',
    'Backend developer',
  ];
  const locations = [
    null,
    'Berlin, Germany',
    'Munich, Germany',
    'Warsaw, Poland',
    'San Francisco, CA',
    'Tokyo, Japan',
  ];
  let i = 0;
  for (const start of starts) {
    for (const headline of headlines) {
      const count = followers[i % followers.length] ?? null;
      out.push(
        person({
          headline,
          location: locations[i % locations.length] ?? null,
          followers: count,
          about:
            i % 3 === 0
              ? 'Happy to help people moving into machine learning. Office hours monthly.'
              : null,
          experience: start
            ? [
                role(i % 2 ? 'Machine Learning Engineer' : 'Sales lead', start, null, {
                  company: 'Quillworks',
                }),
              ]
            : [],
          skills: i % 4 === 0 ? ['Python', 'Mentoring'] : [],
          links: i % 5 === 0 ? ['https://adplist.org/mentors/someone'] : [],
          signals: {
            degree: ([1, 2, 3, null] as const)[i % 4] ?? null,
            mutualConnections: i % 3,
            recentActivity: activity[i % activity.length] ?? [],
            openProfile: i % 7 === 0,
            status: i % 9 === 0 ? 'On sabbatical' : null,
          },
        }),
      );
      out.push(
        person(
          {
            handle: `dev-${i}`,
            name: 'Dev Example',
            headline: i % 2 ? headline : null,
            location: locations[(i + 1) % locations.length] ?? null,
            followers: count,
            repos:
              i % 3
                ? [
                    {
                      name: 'tiny-llm',
                      description: 'A small LLM trainer in PyTorch',
                      language: 'Python',
                      stars: 40,
                      forks: 2,
                    },
                  ]
                : [],
            contributionsLastYear: contributions[i % contributions.length] ?? null,
            signals: {
              publicEmail: i % 2 ? 'dev@example.org' : null,
              sponsors: i % 4 === 0,
              hasReadme: i % 3 === 0,
            },
          },
          'github',
        ),
      );
      i += 1;
    }
  }
  return out;
}

const berlin = mentee({
  targetRoles: ['Machine learning engineer'],
  focusAreas: [
    { topic: 'machine learning', priority: 'high' },
    { topic: 'Python', priority: 'high' },
    'deep learning',
    { topic: 'MLOps', priority: 'low' },
  ],
  careerStage: 'career changer',
  yearsExperience: 1,
  location: 'Berlin, Germany',
  languages: ['English', 'German'],
  preferences: { remoteOk: false },
});

describe('reason polarity', () => {
  it('no shortfall raises the score and no good news lowers it, over every signal', () => {
    const who: MenteeProfile[] = [mlMentee, berlin, mentee({ ...mlMentee, yearsExperience: 20 })];
    let checked = 0;
    for (const profile of everySignalPersonas()) {
      for (const m of who) {
        const result = scoreFit(profile, m, { now: NOW });
        checkPolarity(result, profile.headline ?? profile.handle);
        checked += result.reasons.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('a 52-year career far beyond the preferred gap lowers the score, not raises it', () => {
    const [gap] = experience(contextFor(person({ experience: [role('Professor', '1974-01')] })));
    expect(gap?.text).toMatch(/further ahead than the 15-year gap you prefer/);
    expect(gap?.points).toBeLessThan(0);
  });

  it('a near-zero score never comes with "+" reasons above a zero', () => {
    const famous = person({
      headline: 'Chairman and CEO at Microsoft',
      followers: 41_000_000,
      experience: [role('Chairman and CEO', '2014-02', null, { company: 'Microsoft' })],
      signals: { recentActivity: ['2d'] },
    });
    const result = scoreFit(famous, mlMentee, { now: NOW });
    expect(result.reasons.some((r) => r.effect > 0)).toBe(true);
    expect(result.score).toBeGreaterThan(0);
  });
});

describe('cautions carry their evidence', () => {
  const execText = (fields: Partial<ProfileSnapshot>) =>
    experience(contextFor(person(fields))).find((c) => c.ceiling !== undefined)?.text ?? null;

  it('"huge organisation" names the organisation and where the page said it', () => {
    expect(
      execText({ experience: [role('CEO', '2014-02', null, { company: 'Microsoft' })] }),
    ).toMatch(/leads Microsoft, a huge organisation \(says their current role\)/);
    expect(execText({ headline: 'Co-Founder, LinkedIn, Manas AI' })).toMatch(
      /leads LinkedIn, a huge organisation \(says their headline\)/,
    );
  });

  it('never fires for the founder of a small startup', () => {
    for (const fields of [
      { headline: 'Ex-Google · founder of a small startup' },
      { headline: 'Founder at Metamorph Labs, previously at Meta' },
      { headline: 'Co-founder, building agents with OpenAI models', followers: 900 },
      {
        headline: 'CTO',
        experience: [role('CTO', '2023-01', null, { company: 'Meta Analytics Cooperative' })],
      },
    ]) {
      expect(execText(fields), JSON.stringify(fields)).toBeNull();
    }
  });

  it('an executive with a big audience says the follower count that showed it', () => {
    expect(execText({ headline: 'Founder of Nimbus Tea', followers: 2_300_000 })).toMatch(
      /an executive with 2\.3M followers/,
    );
  });
});

describe('not enough to score', () => {
  it('logistics and followers alone give "Not enough to score", with what is missing and what to do', () => {
    const thin = person({
      name: 'Louis Example',
      location: 'Berlin, Germany',
      company: 'Pipelex',
      followers: 681,
      signals: { degree: 2 },
    });
    const result = scoreFit(thin, berlin, { now: NOW });
    expect(result.band).toBe(notEnoughBand);
    expect(result.borderline).toBe(false);
    const first = result.reasons[0] as Reason;
    expect(first.text).toMatch(
      /^Not enough to score: this page shows no headline, About, roles, skills or repos/,
    );
    expect(first.text).toMatch(/Open their full profile/);
  });

  it('goals with nothing to compare give it too, and say to add details', () => {
    const result = scoreFit(person({ headline: 'ML engineer' }), mentee({}), { now: NOW });
    expect(result.band).toBe(notEnoughBand);
    expect(result.reasons[0]?.text).toMatch(/Add details to your goals/);
  });

  it('any one of headline, About, roles, skills or repos is enough to give a band', () => {
    for (const fields of [
      { headline: 'Data engineer' },
      { about: 'I build data pipelines.' },
      { experience: [role('Data engineer', '2019-01')] },
      { skills: ['SQL'] },
      { repos: [{ name: 'etl', description: null, language: 'Go', stars: 1, forks: 0 }] },
    ]) {
      expect(scoreFit(person(fields), berlin, { now: NOW }).band).not.toBe(notEnoughBand);
    }
  });
});

describe('bands and the borderline marker', () => {
  it('marks scores within three points of a boundary, and only those', () => {
    expect(isBorderline(38)).toBe(true);
    expect(isBorderline(35)).toBe(true);
    expect(isBorderline(41)).toBe(true);
    expect(isBorderline(62)).toBe(true);
    expect(isBorderline(50)).toBe(false);
    expect(isBorderline(20)).toBe(false);
    expect(isBorderline(80)).toBe(false);
  });
});

describe('quotes cut at word boundaries', () => {
  it('clip never ends mid-word', () => {
    const text = 'Ask me about Node.js, React, Vue and Football Manager tactics on weekends';
    for (let max = 12; max < text.length; max += 3) {
      const cut = clip(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      const body = cut.replace(/…$/, '');
      expect(text.startsWith(body)).toBe(true);
      expect(
        /\s/.test(text[body.length] ?? ' ') || /[,.;:]/.test(text[body.length] ?? ''),
        cut,
      ).toBe(true);
    }
  });

  it('quoteAround shows whole words at both ends', () => {
    const text =
      'I love building projects. Ask me about Node.js, React, Vue and Football Manager, or about mentoring juniors in backend work.';
    const quote = quoteAround([text], /mentoring/i, 70) as string;
    const words = quote.replace(/^“…?|…?”$/g, '').split(' ');
    for (const word of words) expect(text).toContain(word);
    expect(quote).not.toMatch(/Football M(?!anager)/);
    expect(quote).toMatch(/mentoring/);
  });
});

describe.skipIf(!hasRealFixtures)(`real pages${realFixturesSkipNote}`, { timeout: 120_000 }, () => {
  it('every real profile keeps reason polarity and ranks reasons by effect', () => {
    let pages = 0;
    for (const fixture of realFixtures()) {
      if (!fixture.pageUrl || !fixture.file.endsWith('.html')) continue;
      const { doc, pageUrl } = loadRealPage(fixture.file);
      const extracted = extractProfile(doc, pageUrl);
      if (!extracted.ok) continue;
      for (const who of [mlMentee, berlin]) {
        const result = scoreFit(extracted.profile, who, { now: NOW });
        checkPolarity(result, fixture.file);
        const sizes = result.reasons.slice(1).map((r) => Math.abs(r.effect));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      }
      pages += 1;
    }
    expect(pages).toBeGreaterThanOrEqual(8);
  });
});
