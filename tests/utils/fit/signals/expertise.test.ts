import { describe, expect, it } from 'vitest';
import { expertise } from '@/utils/fit/signals/expertise';
import { contextFor, mentee, mlMentee, person, role, total } from '../build';

const score = (fields: Parameters<typeof person>[0], who = mlMentee) =>
  total(expertise(contextFor(person(fields), who)));

describe('expertise signal', () => {
  it('raises for a current ML role with Python and PyTorch, naming what matched', () => {
    const result = expertise(
      contextFor(
        person({
          headline: 'Machine learning engineer',
          experience: [
            role('Senior ML Engineer', '2018-01', null, {
              company: 'Quillworks',
              description: 'Training PyTorch models in Python',
            }),
          ],
        }),
      ),
    );
    const [main] = result;
    expect(main?.points).toBeGreaterThan(25);
    expect(main?.text).toMatch(/3 of 3 focus areas \(machine learning, Python and deep learning\)/);
    expect(main?.text).toMatch(/your target role \(ML engineer\)/);
    expect(main?.cite).toBe('their work as Senior ML Engineer at Quillworks');
  });

  it('counts a recent role more than one from fifteen years ago', () => {
    const recent = score({ experience: [role('ML Engineer', '2022-01')] });
    const old = score({
      experience: [role('ML Engineer', '2006-01', '2010-12'), role('Baker', '2011-01')],
    });
    expect(recent).toBeGreaterThan(old);
    expect(old).toBeGreaterThan(0);
  });

  it('finds expertise in repos and cites the repo', () => {
    const [main] = expertise(
      contextFor(
        person(
          {
            repos: [
              {
                name: 'tiny-llm',
                description: 'a small transformer in PyTorch',
                language: 'Python',
                stars: 40,
                forks: 2,
              },
            ],
          },
          'github',
        ),
      ),
    );
    expect(main?.points).toBeGreaterThan(0);
    expect(main?.text).toContain('repos');
    expect(main?.cite).toBe('their repo tiny-llm');
  });

  it('lowers when a full profile has nothing in common with the goals', () => {
    const result = expertise(
      contextFor(
        person({
          headline: 'Pastry chef',
          about: 'I bake sourdough and run a bakery.',
          experience: [role('Head Baker', '2015-01')],
        }),
      ),
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.points).toBeLessThan(0);
    expect(result[0]?.text).toMatch(/^Nothing on their profile matches your focus areas/);
  });

  it('leaves the score alone when there is nothing to read, and says so', () => {
    const result = expertise(contextFor(person()));
    expect(total(result)).toBe(0);
    expect(result[0]?.text).toMatch(/Couldn't tell their expertise/);
  });

  it('leaves the score alone when the user set no goals', () => {
    const result = expertise(contextFor(person({ headline: 'ML engineer' }), mentee()));
    expect(total(result)).toBe(0);
    expect(result[0]?.text).toMatch(/no focus areas or target roles/);
  });

  it('understands synonyms: "ML" for "machine learning", PyTorch for deep learning', () => {
    const who = mentee({ focusAreas: ['machine learning', 'deep learning'] });
    const [main] = expertise(contextFor(person({ headline: 'ML person, PyTorch' }), who));
    expect(main?.text).toMatch(/2 of 2 focus areas/);
  });

  it('says when a high-priority focus area is missing', () => {
    const result = expertise(
      contextFor(
        person({ headline: 'Python developer', experience: [role('Python developer', '2019-01')] }),
      ),
    );
    expect(result.some((c) => c.points === 0 && /No sign of machine learning/.test(c.text))).toBe(
      true,
    );
  });

  it('matches user phrases no concept knows, as typed', () => {
    const who = mentee({ focusAreas: ['graph neural networks'] });
    expect(score({ headline: 'Researching graph neural networks' }, who)).toBeGreaterThan(0);
    expect(score({ headline: 'Researching graph theory' }, who)).toBeLessThanOrEqual(0);
  });

  describe('adversarial', () => {
    it('a headline stuffed with keywords 50 times scores below a plain one', () => {
      const stuffed = score({ headline: 'ML AI LLM PyTorch Python '.repeat(50) });
      const plain = score({ headline: 'ML engineer working in Python and PyTorch' });
      expect(stuffed).toBeLessThan(plain);
      expect(stuffed).toBeLessThan(15);
    });

    it('repeating one word adds nothing over saying it once', () => {
      const once = score({ skills: ['Python'] });
      const many = score({ skills: Array.from({ length: 400 }, () => 'Python') });
      expect(many).toBeLessThanOrEqual(once);
    });

    it('never exceeds its cap however much matches', () => {
      const everything = 'machine learning deep learning Python PyTorch ML engineer MLOps LLM NLP';
      const value = score({
        headline: everything,
        about: everything,
        skills: everything.split(' '),
        experience: [
          role(`ML Engineer ${everything}`, '2010-01', null, { description: everything }),
        ],
        repos: [{ name: 'all', description: everything, language: 'Python', stars: 1, forks: 1 }],
      });
      expect(value).toBeLessThanOrEqual(35);
    });

    it('handles huge and odd text without throwing', () => {
      const result = expertise(
        contextFor(
          person({
            headline: '\u0000\u202e🙂'.repeat(1_000),
            about: 'x'.repeat(20_000),
            skills: Array.from({ length: 500 }, (_, i) => `skill ${i}`),
          }),
        ),
      );
      expect(result.length).toBeGreaterThan(0);
      for (const c of result) expect(Number.isFinite(c.points)).toBe(true);
    });
  });
});
