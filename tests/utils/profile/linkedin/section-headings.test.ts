import { describe, expect, it } from 'vitest';
import {
  headingPattern,
  headingTables,
  type SectionKey,
  sectionOfHeading,
} from '@/utils/profile/linkedin/section-headings';

const keys = [
  ...new Set(Object.values(headingTables).flatMap((table) => Object.keys(table))),
] as SectionKey[];
// what the six-language patterns say: the first section whose pattern takes the text
const byPattern = (text: string): SectionKey | null => {
  const value = text
    .replace(/\s*(?:\(\d+\)|·\s*\d+)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (value.length === 0 || value.length > 80) return null;
  return keys.find((key) => headingPattern(key).test(value)) ?? null;
};

const words = Object.values(headingTables).flatMap((table) =>
  Object.values(table).flatMap((list) => [...(list ?? [])]),
);
const shapes = (word: string): string[] => {
  const named = word.endsWith(' *') ? `${word.slice(0, -2)} Ada Okafor` : word;
  return [named, named.toUpperCase(), named.toLowerCase(), `  ${named}  (12)`, `${named} · 4`];
};

describe('section headings', () => {
  it('every heading word of every language, in any case and with a count, names the section its pattern names', () => {
    expect(words.length).toBeGreaterThan(100);
    for (const word of words)
      for (const text of shapes(word)) {
        const key = sectionOfHeading(text);
        expect(key, text).not.toBeNull();
        expect(key, text).toBe(byPattern(text));
      }
  });

  it('names nothing for text that only starts or ends like a heading, or is too long', () => {
    const texts = [
      'About us and our company',
      'My Experience',
      'Experience and more',
      'Articles by',
      'Articles by ',
      'Skills that matter',
      '',
      '   ',
      `Experience${' x'.repeat(60)}`,
      '<h2>Experience</h2>',
      'Expérience professionnelle et plus',
    ];
    for (const text of texts) {
      expect(sectionOfHeading(text), text).toBeNull();
      expect(byPattern(text), text).toBeNull();
    }
  });
});
