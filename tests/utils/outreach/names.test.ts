import { describe, expect, it } from 'vitest';
import { cleanName, firstNameFrom, nameTokens } from '@/utils/outreach/names';

describe('firstNameFrom', () => {
  it.each([
    ['Priya Raman', 'Priya'],
    ['Dr. Priya Raman', 'Priya'],
    ['Prof. Dr. Jan Kowalski', 'Jan'],
    ['dr jan kowalski', 'jan'],
    ['Priya Raman, PhD', 'Priya'],
    ['Priya Raman (she/her)', 'Priya'],
    ['Priya Raman she/her', 'Priya'],
    ['Priya Raman [they/them]', 'Priya'],
    ['🚀 Priya Raman 🤖', 'Priya'],
    ['Priya 👩🏽‍💻 Raman', 'Priya'],
    ['🇵🇹 Priya', 'Priya'],
    ['Priya Raman | Staff ML Engineer at Acme', 'Priya'],
    ['Priya Raman - Founder', 'Priya'],
    ['Madonna', 'Madonna'],
    ['PRIYA RAMAN', 'Priya'],
    ['JEAN-LUC PICARD', 'Jean-Luc'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['JJ Abrams', 'JJ'],
    ['\u200Fمحمد علي\u200F', 'محمد'],
    ['שרה כהן', 'שרה'],
    ['王小明', '王小明'],
    ['Zoë Ångström', 'Zoë'],
    ['J. Robert Oppenheimer', 'Robert'],
    ['A.J. Okafor', 'A.J.'],
  ])('%s → %s', (name, expected) => {
    expect(firstNameFrom(name)).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['null', null],
    ['undefined', undefined],
    ['only emoji', '🚀🤖'],
    ['only a title', 'Dr.'],
    ['a single initial and surname', 'J. Smith'],
    ['a handle with digits', 'dev42'],
    ['a handle with an underscore', 'priya_r'],
    ['markup', '<script>alert(1)</script>'],
    ['a placeholder', '{{firstName}}'],
    ['a 20,000-character name', 'A'.repeat(20_000)],
  ])('gives null for %s, never a guess', (_, name) => {
    expect(firstNameFrom(name)).toBeNull();
  });
});

describe('cleanName', () => {
  it('keeps titles but drops emoji, pronouns and what follows a separator', () => {
    expect(cleanName('Dr. Priya Raman 🚀 (she/her) | ML')).toBe('Dr. Priya Raman');
  });
  it('softens all caps', () => {
    expect(cleanName('PRIYA RAMAN')).toBe('Priya Raman');
  });
});

describe('nameTokens', () => {
  it('gives lower-case accent-free tokens without titles', () => {
    expect(nameTokens('Dr. Zoë Ångström')).toEqual(['zoe', 'angstrom']);
  });
  it('gives [] for no name', () => {
    expect(nameTokens(null)).toEqual([]);
  });
});
