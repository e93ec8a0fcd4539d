import { describe, expect, it } from 'vitest';
import { willingness } from '@/utils/fit/signals/willingness';
import { contextFor, mentee, mlMentee, person, total } from '../build';

const run = (fields: Parameters<typeof person>[0], who = mlMentee) =>
  willingness(contextFor(person(fields), who));

describe('willingness signal', () => {
  it('raises for mentoring words and quotes them', () => {
    const [main] = run({ about: 'Outside work I am happy to help people moving into ML.' });
    expect(main?.points).toBeGreaterThan(0);
    expect(main?.text).toMatch(/^Talks about mentoring or helping \(“.*happy to help/);
  });

  it('raises for a free mentoring platform link without a fee caution', () => {
    const result = run({ links: ['https://adplist.org/mentors/nadia-quill'] });
    expect(result).toHaveLength(1);
    expect(result[0]?.text).toMatch(/^Links to ADPList/);
  });

  it('cautions that a paid platform may charge, lowering only for free-only users', () => {
    const links = ['https://mentorcruise.com/mentor/nadiaquill/'];
    const caution = run({ links }).find((c) => /often paid/.test(c.text));
    expect(caution?.points).toBe(-3);
    const paidOk = mentee({ preferences: { freeOnly: false } });
    expect(run({ links }, paidOk).find((c) => /often paid/.test(c.text))?.points).toBe(0);
  });

  it('counts the Mentoring skill, teaching, talks, a blog, a README, maintained repos, sponsors', () => {
    const one = total(run({ skills: ['Mentoring'] }));
    const many = total(
      run({
        skills: ['Mentoring'],
        about: 'I teach a weekly class and was a keynote speaker at PyData.',
        links: ['https://nadia.substack.com/'],
        repos: [
          { name: 'tiny-llm', description: null, language: 'Python', stars: 1_200, forks: 30 },
        ],
        contributionsLastYear: 400,
        signals: { sponsors: true, hasReadme: true },
      }),
    );
    expect(many).toBeGreaterThan(one);
    // diminishing returns: never above the cap
    expect(many).toBeLessThanOrEqual(16);
  });

  it('leaves the score alone when nothing shows willingness', () => {
    expect(run({ headline: 'Engineer', about: 'I build compilers.' })).toEqual([]);
  });

  it('a wall of "mentor" is still capped', () => {
    const value = total(run({ about: 'mentor '.repeat(3_000), headline: 'mentor '.repeat(100) }));
    expect(value).toBeLessThanOrEqual(16);
  });

  it('advising counts only weakly, and only when nothing better shows', () => {
    const [advice] = run({ about: 'I advise two startups.' });
    expect(advice?.points).toBeGreaterThan(0);
    expect(advice?.points).toBeLessThan(5);
  });
});
