import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FitBar } from '@/components/FitBar';
import type { FitResult } from '@/utils/fit/result';
import { summarySchema } from '@/utils/shortlist/schema/summary';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { savedPerson, strongFit } from './draft/people';

describe('the table and board fit bar', () => {
  it('says "borderline" beside the band near a boundary', () => {
    const { container } = render(<FitBar score={39} band="Promising" borderline />);
    expect(container.querySelector('.fit-band')?.textContent).toBe('Promising, borderline');
    expect(container.textContent).toContain('39');
  });

  it('shows no number, and no borderline, for "Not enough to score"', () => {
    const { container } = render(<FitBar score={35} band="Not enough to score" borderline />);
    expect(container.textContent).toBe('Not enough to score');
  });

  it('the summary the dashboard reads carries borderline only when it is one', () => {
    const near = summaryOf({ score: 39, band: 'Promising', borderline: true });
    expect(near.fitBorderline).toBe(true);
    expect(summarySchema.parse(near)).toEqual(near);
    expect(summaryOf({ score: 50, band: 'Promising', borderline: false })).not.toHaveProperty(
      'fitBorderline',
    );
    expect(
      summaryOf({ score: 35, band: 'Not enough to score', borderline: true }),
    ).not.toHaveProperty('fitBorderline');
  });
});

const summaryOf = (fit: Pick<FitResult, 'score' | 'band' | 'borderline'>) =>
  summarize(savedPerson({ fit: { ...strongFit(), ...fit } }));
