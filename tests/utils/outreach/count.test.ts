import { describe, expect, it } from 'vitest';
import {
  characterCount,
  graphemeCount,
  measure,
  normalizeLineBreaks,
  wordCount,
} from '@/utils/outreach/count';

describe('characterCount counts UTF-16 code units, as LinkedIn’s counters do', () => {
  it.each([
    ['plain ASCII', 'Hi Priya', 8, 8],
    ['empty', '', 0, 0],
    ['a waving hand (astral plane)', '👋', 2, 1],
    ['a flag (two regional indicators)', '🇵🇹', 4, 1],
    ['a thumbs-up with a skin tone', '👍🏽', 4, 1],
    ['a ZWJ family', '👨‍👩‍👧', 8, 1],
    ['a technologist ZWJ sequence', '👩🏽‍💻', 7, 1],
    ['a precomposed é', 'é', 1, 1],
    ['e + combining acute accent', 'e\u0301', 2, 1],
    ['Arabic', 'محمد', 4, 4],
    ['a keycap', '1️⃣', 3, 1],
  ])('%s', (_, text, units, graphemes) => {
    expect(characterCount(text)).toBe(units);
    expect(graphemeCount(text)).toBe(graphemes);
  });

  it('counts Devanagari vowel signs and viramas as the code units they are', () => {
    // grapheme splits of conjuncts vary with the ICU version; the code units do not
    expect(characterCount('प्रिया')).toBe(6);
  });

  it('counts a line break as 1 whether written \\n, \\r\\n or \\r', () => {
    expect(characterCount('a\nb')).toBe(3);
    expect(characterCount('a\r\nb')).toBe(3);
    expect(characterCount('a\rb')).toBe(3);
    expect(characterCount('\r\n\r\n')).toBe(2);
    expect(normalizeLineBreaks('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('handles a huge text quickly', () => {
    const text = 'word '.repeat(200_000);
    const started = performance.now();
    expect(characterCount(text)).toBe(1_000_000);
    expect(wordCount(text)).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('wordCount', () => {
  it.each([
    ['Hi Priya, thanks!', 3],
    ['Hi — there', 2],
    ['  ', 0],
    ['', 0],
    ['a 15-minute call', 3],
    ['👋 hello', 1],
  ])('%j → %d', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });
});

describe('measure', () => {
  it('reports count, remaining and the "N / LIMIT" label', () => {
    expect(measure('Hi 👋', 200)).toEqual({
      count: 5,
      graphemes: 4,
      words: 1,
      limit: 200,
      remaining: 195,
      over: false,
      label: '5 / 200',
    });
  });

  it('is over once the code units pass the limit, even when the graphemes do not', () => {
    const text = '👋'.repeat(101);
    const result = measure(text, 200);
    expect(result.graphemes).toBe(101);
    expect(result.count).toBe(202);
    expect(result.over).toBe(true);
    expect(result.remaining).toBe(-2);
  });

  it('exactly at the limit is not over', () => {
    expect(measure('x'.repeat(200), 200).over).toBe(false);
  });

  it('has no remaining count and a bare label without a limit', () => {
    const result = measure('Hello', null);
    expect(result.remaining).toBeNull();
    expect(result.over).toBe(false);
    expect(result.label).toBe('5');
  });
});
