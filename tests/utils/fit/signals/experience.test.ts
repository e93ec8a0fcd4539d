import { describe, expect, it } from 'vitest';
import { experience } from '@/utils/fit/signals/experience';
import { contextFor, mentee, mlMentee, person, role } from '../build';

const run = (fields: Parameters<typeof person>[0], who = mlMentee) =>
  experience(contextFor(person(fields), who));

describe('experience signal', () => {
  it('raises most for a gap inside the preferred range', () => {
    const [gap] = run({ experience: [role('ML Engineer', '2014-03')] });
    expect(gap?.points).toBe(14);
    expect(gap?.text).toBe(
      'About 12 yrs of dated experience, 10 yrs more than you: a good gap to learn from',
    );
  });

  it('lowers a little for someone barely ahead (the words say shortfall), more for someone behind', () => {
    const [peer] = run({ experience: [role('Engineer', '2022-03')] });
    expect(peer?.points).toBeLessThan(0);
    expect(peer?.points).toBeGreaterThan(-6);
    expect(peer?.text).toMatch(/closer to a peer than the 3-year gap you prefer/);
    const [behind] = run(
      { experience: [role('Engineer', '2025-06')] },
      mentee({ yearsExperience: 5 }),
    );
    expect(behind?.points).toBeLessThan(0);
    expect(behind?.text).toMatch(/no more than your 5 yrs/);
  });

  it('lowers, by a bounded amount, for someone further ahead than the user wants', () => {
    const [far] = run({ experience: [role('Professor', '1980-01')] });
    expect(far?.points).toBeLessThan(0);
    expect(far?.points).toBeGreaterThanOrEqual(-8);
    const [justOver] = run({ experience: [role('Professor', '2008-01')] });
    expect(justOver?.points).toBe(-1);
    expect(far?.text).toMatch(/further ahead than the 15-year gap you prefer/);
  });

  it("follows the user's preferred gap", () => {
    const wide = mentee({
      yearsExperience: 2,
      preferences: { seniorityGapYears: { min: 1, max: 40 } },
    });
    expect(run({ experience: [role('Professor', '1990-01')] }, wide)[0]?.points).toBe(14);
  });

  it("leaves the score alone without dated roles, and says it couldn't tell", () => {
    for (const fields of [{}, { experience: [role('Engineer', null)] }]) {
      const result = run(fields);
      expect(result).toHaveLength(1);
      expect(result[0]?.points).toBe(0);
      expect(result[0]?.text).toMatch(/^Couldn't tell their years of experience/);
    }
  });

  describe('executives', () => {
    it('a C-level executive of a huge organisation is a long shot, with a ceiling', () => {
      const [exec] = run({
        headline: 'Chairman and CEO at Microsoft',
        experience: [role('Chairman and CEO', '2014-02', null, { company: 'Microsoft' })],
      });
      expect(exec?.points).toBe(-18);
      expect(exec?.ceiling).toBe(40);
      expect(exec?.text).toMatch(
        /^Chairman and CEO at Microsoft: leads Microsoft, a huge organisation \(says their current role\)/,
      );
    });

    it('a founder with millions of followers is a long shot too', () => {
      const [exec] = run({ headline: 'Co-founder of Nimbus Tea', followers: 2_300_000 });
      expect(exec?.ceiling).toBe(40);
      expect(exec?.text).toMatch(/an executive with 2\.3M followers/);
    });

    it('a founder of a small startup, or a vice president, is not penalised', () => {
      for (const headline of [
        'Co-founder & CTO at Tiny Robots',
        'Vice President of Engineering at Google',
      ]) {
        const result = run({ headline, followers: 900, experience: [role('x', '2015-01')] });
        expect(result.every((c) => c.points >= 0 && c.ceiling === undefined)).toBe(true);
      }
    });
  });
});
