import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '@/utils/profile/merge';
import { snapshot } from '../../support/snapshots';

const role = (title: string) => ({
  title,
  company: 'Lumen',
  start: '2020-01',
  end: null,
  location: null,
  description: null,
});

describe('mergeSnapshots', () => {
  it('completes a stored profile from a details page without losing what the details page lacks', () => {
    const stored = snapshot({
      source: 'linkedin',
      handle: 'priya',
      about: 'I mentor.',
      skills: ['PyTorch'],
      experience: [role('Lead')],
      signals: { missing: [], degree: 2 },
    });
    const details = {
      ...snapshot({ source: 'linkedin', handle: 'priya', headline: null, about: null }),
      url: 'https://www.linkedin.com/in/priya/details/experience/',
      experience: [role('Lead'), role('Engineer'), role('Intern')],
      signals: { missing: ['about', 'skills'] },
    };
    const merged = mergeSnapshots(stored, details);
    expect(merged.experience.map((r) => r.title)).toEqual(['Lead', 'Engineer', 'Intern']);
    expect(merged.about).toBe('I mentor.');
    expect(merged.skills).toEqual(['PyTorch']);
    expect(merged.headline).toBe('ML engineer');
    expect(merged.url).toBe(stored.url);
    expect(merged.signals.degree).toBe(2);
    expect(merged.signals.missing).toEqual([]);
  });

  it('takes the fresh value when the page shows one, and keeps a field missing only if neither has it', () => {
    const stored = snapshot({ followers: 10, skills: [] });
    const fresh = snapshot({ followers: 12, skills: [], signals: { missing: ['skills'] } });
    const merged = mergeSnapshots(stored, fresh);
    expect(merged.followers).toBe(12);
    expect(merged.signals.missing).toEqual(['skills']);
  });
});

describe('mergeSnapshots and the top card school', () => {
  const school = (name: string) => ({ school: name, degree: null, start: null, end: null });
  const full = [school('TU Munich'), school('ETH Zurich')];

  it('a later visit that shows only the card school keeps the full stored Education list', () => {
    const stored = snapshot({ source: 'linkedin', handle: 'lena', education: full, signals: {} });
    const lazy = snapshot({
      source: 'linkedin',
      handle: 'lena',
      education: [school('TU Munich')],
      signals: { educationFromTopCard: true },
    });
    const merged = mergeSnapshots(stored, lazy);
    expect(merged.education).toEqual(full);
    expect(merged.signals.educationFromTopCard).toBeUndefined();
  });

  it('the card school is kept when nothing better is stored, and a read Education list replaces it', () => {
    const first = snapshot({ source: 'linkedin', handle: 'lena', education: [], signals: {} });
    const lazy = snapshot({
      source: 'linkedin',
      handle: 'lena',
      education: [school('TU Munich')],
      signals: { educationFromTopCard: true },
    });
    const cardOnly = mergeSnapshots(first, lazy);
    expect(cardOnly.education).toEqual([school('TU Munich')]);
    expect(cardOnly.signals.educationFromTopCard).toBe(true);
    // stored card school, then a page with the Education section: the list wins
    const later = snapshot({ source: 'linkedin', handle: 'lena', education: full, signals: {} });
    const merged = mergeSnapshots(cardOnly, later);
    expect(merged.education).toEqual(full);
    expect(merged.signals.educationFromTopCard).toBeUndefined();
  });
});

describe('sameSnapshot', () => {
  it('ignores key order and sees real differences', async () => {
    const { sameSnapshot } = await import('@/utils/profile/merge');
    const a = snapshot({ signals: { degree: 2, missing: [] } });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    reordered.signals = { missing: [], degree: 2 };
    expect(sameSnapshot(a, reordered)).toBe(true);
    expect(sameSnapshot(a, { ...a, followers: 1 })).toBe(false);
  });

  it('keeps "not on this page" only for fields that neither page showed', () => {
    const stored = snapshot({
      source: 'linkedin',
      handle: 'lena',
      experience: [role('Staff ML Engineer')],
      signals: { missing: [], absent: [] },
    });
    const lazy = snapshot({
      source: 'linkedin',
      handle: 'lena',
      signals: { missing: [], absent: ['about', 'experience', 'skills'] },
    });
    const merged = mergeSnapshots(stored, lazy);
    expect(merged.experience).toEqual([role('Staff ML Engineer')]);
    expect(merged.signals.absent).toEqual(['about', 'skills']);
    expect(merged.signals.missing).toEqual([]);
  });
});
