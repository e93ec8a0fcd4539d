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
    // the evidence is quoted: the words that promote the course
    expect(seller[0]?.text).toBe(
      'Mostly sells courses or coaching (“Course creator”), with no practitioner roles shown',
    );
    const practitioner = run({
      about: 'Join my cohort on MLOps.',
      experience: [role('Staff ML Engineer', '2016-01')],
    });
    expect(practitioner[0]?.points).toBe(-3);
    expect(practitioner[0]?.text).toBe(
      'Promotes a paid course or programme (“Join my cohort on MLOps.”): ask whether mentoring is free',
    );
  });

  it('keyword stuffing is named, with the words repeated', () => {
    expect(run({ headline: 'ML AI LLM PyTorch '.repeat(50) })[0]?.text).toBe(
      'Their headline repeats the same keywords (“ML”, “AI”, “LLM”): each counted once, and weighed less',
    );
    // a skills list stuffed with whole entries names its entries
    const skills = run({ skills: Array.from({ length: 12 }, (_, i) => (i % 2 ? 'Python' : 'AI')) });
    expect(skills[0]?.text).toMatch(/^Their skills repeats the same keywords \(“.+”\): /);
    // hostile: one enormous repeated token is cut, never shown whole
    const huge = run({ headline: `${'x'.repeat(40)} `.repeat(12) })[0]?.text ?? '';
    expect(huge).toMatch(/^Their headline repeats the same keywords \(“x+…”\)/);
    expect(huge.length).toBeLessThan(160);
  });

  it('an away status slows replies', () => {
    expect(run({ signals: { status: 'On vacation until May' } }, 'github')[0]).toMatchObject({
      points: -3,
      text: 'Status says “On vacation until May”: replies may be slow',
    });
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
