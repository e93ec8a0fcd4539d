import { describe, expect, it } from 'vitest';
import { listLooksStuffed, looksStuffed } from '@/utils/fit/stuffing';

describe('looksStuffed', () => {
  it('flags the same few keywords repeated', () => {
    expect(looksStuffed('ML AI LLM PyTorch '.repeat(50))).toBe(true);
    expect(
      looksStuffed(`I work on many things. ${'LLM '.repeat(30)} and more words here to pad it out`),
    ).toBe(true);
  });

  it('leaves natural writing alone, even when it repeats "the" and a topic', () => {
    const about =
      'I lead the ML platform team at a logistics company. Before that I was a backend developer for six years. ' +
      'The move into ML was slow: I took courses at night, shipped a small model, and learned from the people around me. ' +
      'Now I help the team ship models safely, and I mentor two engineers who are making the same move into ML.';
    expect(looksStuffed(about)).toBe(false);
    expect(looksStuffed('Senior ML Engineer | PyTorch | LLMs')).toBe(false);
  });

  it('short, empty or null text is never stuffed', () => {
    expect(looksStuffed(null)).toBe(false);
    expect(looksStuffed('')).toBe(false);
    expect(looksStuffed('AI AI AI')).toBe(false);
  });
});

describe('listLooksStuffed', () => {
  it('flags lists mostly made of repeats', () => {
    expect(
      listLooksStuffed(Array.from({ length: 40 }, (_, i) => (i % 3 ? 'Python' : `Skill ${i}`))),
    ).toBe(true);
    expect(
      listLooksStuffed(['Python', 'PyTorch', 'SQL', 'Docker', 'Go', 'Rust', 'C++', 'Java']),
    ).toBe(false);
    expect(listLooksStuffed(['Python', 'python'])).toBe(false);
  });
});
