import { describe, expect, it } from 'vitest';
import { cautions } from '@/utils/fit/signals/cautions';
import { contextFor, person, role, total } from '../build';

const run = (fields: Parameters<typeof person>[0], source: 'linkedin' | 'github' = 'linkedin') =>
  cautions(contextFor(person(fields, source)));

describe('cautions signal', () => {
  it('a recruiter is a caution, quoted', () => {
    expect(run({ headline: 'Senior Technical Recruiter | Talent Acquisition' })[0]).toMatchObject({
      points: -20,
      text: 'Recruiter (“Senior Technical Recruiter | Talent Acquisition”): they hire rather than mentor',
    });
    expect(run({ experience: [role('Talent Acquisition Partner', '2020-01')] })[0]?.points).toBe(
      -20,
    );
  });

  it('helping with recruitment in an About, or a past recruiting job, is not a recruiter now', () => {
    expect(run({ about: 'I also help on IT recruitments.' })).toEqual([]);
    expect(
      run({
        experience: [role('ML Engineer', '2020-01'), role('Recruiter', '2015-01', '2019-12')],
      }),
    ).toEqual([]);
  });

  it('someone who only sells courses is a strong caution; a practitioner with a course a mild one', () => {
    const seller = run({
      headline: 'Course creator',
      about: 'Join my cohort today — limited spots!',
    });
    expect(seller[0]?.points).toBe(-12);
    expect(seller[0]?.text).toMatch(/^Mostly sells courses or coaching/);
    const practitioner = run({
      about: 'Join my cohort on MLOps.',
      experience: [role('Staff ML Engineer', '2016-01')],
    });
    expect(practitioner[0]?.points).toBe(-3);
  });

  it('keyword stuffing is named', () => {
    expect(run({ headline: 'ML AI LLM PyTorch '.repeat(50) })[0]?.text).toMatch(
      /^Their headline repeats the same keywords/,
    );
  });

  it('an away status slows replies', () => {
    expect(run({ signals: { status: 'On vacation until May' } }, 'github')[0]?.points).toBe(-3);
    expect(run({ signals: { status: 'Shipping things' } }, 'github')).toEqual([]);
  });

  it('all cautions together stay above the floor', () => {
    const value = total(
      run({
        headline: `Recruiter and course creator ${'AI ML '.repeat(40)}`,
        about: 'Join my cohort. Link in bio.',
        signals: { status: 'busy' },
      }),
    );
    expect(value).toBeGreaterThanOrEqual(-30);
    expect(value).toBeLessThan(-25);
  });

  it('leaves the score alone for an ordinary profile', () => {
    expect(run({ headline: 'ML engineer', about: 'I like helping people.' })).toEqual([]);
  });
});
