import { describe, expect, it } from 'vitest';
import { defaultMenteeProfile } from '@/utils/fit/mentee';
import { fitResultSchema } from '@/utils/fit/result';
import { baseScore, scoreFit } from '@/utils/fit/score';
import { defaultFitWeights } from '@/utils/fit/weights';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { mentee, mlMentee, NOW, person, role } from './build';

// an invented practitioner who mentors: the kind of person the product should surface
const practitioner = person({
  name: 'Nadia Quill',
  headline: 'Senior ML Engineer at Quillworks | PyTorch | mentoring career changers',
  location: 'Stockholm, Sweden',
  followers: 3_200,
  about: 'I build ML systems and I am happy to help people moving into machine learning.',
  experience: [
    role('Senior Machine Learning Engineer', '2019-04', null, {
      company: 'Quillworks',
      description: 'Training and serving deep learning models in PyTorch.',
    }),
    role('Backend Developer', '2013-06', '2019-03', {
      company: 'Fjord Freight',
      description: 'Python services',
    }),
  ],
  skills: ['Python', 'PyTorch', 'Mentoring'],
  links: ['https://adplist.org/mentors/nadia-quill'],
  signals: { degree: 2, mutualConnections: 4, recentActivity: ['2w'] },
});

// an invented mega-famous executive whose keywords match perfectly
const executive = person({
  name: 'Boris Grandee',
  headline: 'Chairman and CEO at Microsoft | AI, machine learning, deep learning, Python',
  followers: 41_000_000,
  about:
    'Machine learning, deep learning and Python at planet scale. Speaker, author of three books.',
  experience: [
    role('Chairman and CEO', '2014-02', null, {
      company: 'Microsoft',
      description: 'machine learning',
    }),
    role('ML Engineer', '1992-01', '2014-01', { company: 'Microsoft' }),
  ],
  skills: ['Machine Learning', 'Python', 'Deep Learning'],
  signals: { recentActivity: ['1w'] },
});

const fitOf = (profiles: ProfileSnapshot | ProfileSnapshot[], options = {}) =>
  scoreFit(profiles, mlMentee, { now: NOW, ...options });

describe('scoreFit', () => {
  it('returns a valid FitResult with reasons sorted by the size of their effect', () => {
    const result = fitOf(practitioner);
    expect(() => fitResultSchema.parse(result)).not.toThrow();
    const sizes = result.reasons.map((r) => Math.abs(r.effect));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(result.reasons.every((r) => r.text.length <= 300)).toBe(true);
  });

  it('a mentoring ML practitioner is a strong fit, with something specific to cite', () => {
    const result = fitOf(practitioner);
    expect(result.band).toBe('Strong fit');
    expect(result.cite).toContain('their work as Senior Machine Learning Engineer at Quillworks');
    expect(result.reasons[0]?.signal).toBe('expertise');
  });

  it('a 41M-follower CEO is a long shot however well keywords match, and the reasons say why', () => {
    const result = fitOf(executive);
    expect(result.band).toBe('Long shot');
    expect(result.score).toBeLessThan(fitOf(practitioner).score - 30);
    const texts = result.reasons.map((r) => r.text);
    expect(texts).toContain('41M followers: replies unlikely');
    expect(texts.some((t) => /leads Microsoft, a huge organisation \(says their/.test(t))).toBe(
      true,
    );
    // even when everything else is turned up, the ceiling holds at default reachability weight
    const generous = fitOf(executive, {
      weights: { ...defaultFitWeights, expertise: 1, willingness: 1, communication: 1 },
    });
    expect(generous.score).toBeLessThan(45);
  });

  it('keyword stuffing does not max the score', () => {
    const stuffed = person({
      headline: 'ML AI LLM PyTorch Python deep learning '.repeat(50),
      about: 'machine learning '.repeat(500),
      skills: Array.from({ length: 300 }, () => 'Machine Learning'),
    });
    const result = fitOf(stuffed);
    expect(result.band).toBe('Long shot');
    expect(result.reasons.some((r) => /repeat the same keywords/.test(r.text))).toBe(true);
  });

  it('uses both snapshots of one person: LinkedIn roles and GitHub activity', () => {
    const linkedin = person({ experience: [role('ML Engineer', '2016-01')] });
    const github = person(
      {
        contributionsLastYear: 800,
        repos: [
          {
            name: 'tiny-llm',
            description: 'LLM from scratch',
            language: 'Python',
            stars: 300,
            forks: 12,
          },
        ],
      },
      'github',
    );
    const both = fitOf([linkedin, github]);
    expect(both.score).toBeGreaterThan(fitOf(linkedin).score);
    expect(both.score).toBeGreaterThan(fitOf(github).score);
    expect(both.reasons.map((r) => r.text)).toContain('800 GitHub contributions in the last year');
    expect(both.cite).toContain('their repo tiny-llm');
  });

  it('an unrelated but friendly person gets less from their other strengths', () => {
    const friendly = person({
      headline: 'Pastry chef',
      about: 'Happy to help anyone who asks. I teach baking on weekends.',
      experience: [role('Head Baker', '2012-01')],
      followers: 300,
      signals: { degree: 1, recentActivity: ['1w'] },
    });
    const result = fitOf(friendly);
    expect(result.band).toBe('Long shot');
    expect(result.reasons[0]?.text).toMatch(/so their other strengths count for less$/);
  });

  describe('weights', () => {
    it('a weight scales its effect and is reported on the reason', () => {
      const half = fitOf(practitioner, { weights: { expertise: 0.5 } });
      const full = fitOf(practitioner, { weights: { expertise: 1 } });
      const effect = (r: typeof half) =>
        r.reasons.find((x) => x.signal === 'expertise' && x.effect > 0);
      expect(effect(half)?.weight).toBe(0.5);
      expect(effect(half)?.effect).toBeCloseTo((effect(full)?.effect ?? 0) / 2, 0);
    });

    it('weight 0 silences a signal, including its ceiling', () => {
      const result = fitOf(executive, { weights: { reachability: 0, experience: 0 } });
      expect(
        result.reasons.some((r) => r.signal === 'reachability' || r.signal === 'experience'),
      ).toBe(false);
      expect(result.score).toBeGreaterThan(fitOf(executive).score);
    });

    it('bad weights fall back to defaults instead of breaking the score', () => {
      const odd = fitOf(practitioner, {
        weights: { expertise: Number.NaN, activity: 7, logistics: -3 },
      });
      expect(() => fitResultSchema.parse(odd)).not.toThrow();
      expect(odd.reasons.find((r) => r.signal === 'activity')?.weight).toBe(1);
      expect(odd.reasons.some((r) => r.signal === 'logistics')).toBe(false);
    });
  });

  describe('default profile', () => {
    it('flags usesDefaultProfile and says so in a reason', () => {
      const result = scoreFit(practitioner, defaultMenteeProfile, {
        usesDefaultProfile: true,
        now: NOW,
      });
      expect(result.usesDefaultProfile).toBe(true);
      expect(result.reasons.some((r) => /example goals/.test(r.text))).toBe(true);
    });

    it('is false unless asked, and the default profile still ranks sensibly', () => {
      const result = scoreFit(practitioner, defaultMenteeProfile, { now: NOW });
      expect(result.usesDefaultProfile).toBe(false);
      expect(result.reasons.some((r) => /example goals/.test(r.text))).toBe(false);
      expect(result.score).toBeGreaterThan(
        scoreFit(executive, defaultMenteeProfile, { now: NOW }).score,
      );
    });
  });

  describe('bad input gives a clear result', () => {
    it('an empty snapshot: base score and "couldn\'t tell" reasons', () => {
      const result = fitOf(person());
      expect(result.score).toBe(baseScore);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.reasons.every((r) => r.effect === 0)).toBe(true);
    });

    it('no snapshots at all', () => {
      const result = fitOf([]);
      expect(result.reasons).toEqual([
        { signal: 'profile', weight: 1, effect: 0, text: 'No profile to measure' },
      ]);
      expect(result.cite).toEqual([]);
    });

    it('a mentee with no goals at all', () => {
      const result = scoreFit(practitioner, mentee(), { now: NOW });
      expect(() => fitResultSchema.parse(result)).not.toThrow();
    });

    it('an invalid date for now falls back to the clock', () => {
      expect(() =>
        fitResultSchema.parse(fitOf(practitioner, { now: new Date('nope') })),
      ).not.toThrow();
    });

    it('huge and hostile text stays within the contract', () => {
      const hostile = person({
        name: '<img src=x onerror=alert(1)>',
        headline: `${'\u202e'.repeat(50)}${'🙂'.repeat(5_000)}`,
        about: `${'mentor '.repeat(2_800)}`,
        experience: Array.from({ length: 200 }, (_, i) =>
          role(`Role ${i} ${'ML '.repeat(30)}`, `${1900 + (i % 120)}-01`, null, {
            description: 'x'.repeat(2_000),
          }),
        ),
        skills: Array.from({ length: 500 }, (_, i) => `Skill ${i}`),
        links: Array.from({ length: 100 }, (_, i) => `https://example${i}.org/`),
        repos: Array.from({ length: 100 }, (_, i) => ({
          name: `r${i}`,
          description: 'PyTorch',
          language: 'Python',
          stars: i,
          forks: i,
        })),
        signals: {
          sharedHighlights: Array.from({ length: 50 }, () => 'You both worked at Acme'),
          recentActivity: Array.from({ length: 100 }, () => '1w'),
          missing: ['experience'],
        },
      });
      const result = fitOf(hostile);
      expect(() => fitResultSchema.parse(result)).not.toThrow();
      expect(result.reasons.length).toBeLessThanOrEqual(40);
    });
  });

  it('is deterministic for the same inputs and moment', () => {
    expect(fitOf(practitioner)).toEqual(fitOf(practitioner));
  });

  it('says which fields the page could not show', () => {
    const result = fitOf(
      person({ headline: 'ML engineer', signals: { missing: ['experience', 'skills'] } }),
    );
    expect(result.reasons.map((r) => r.text)).toContain(
      'Not on this page: experience, skills, so they were not counted',
    );
  });
});
