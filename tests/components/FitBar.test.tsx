import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FitBar } from '@/components/FitBar';
import type { FitResult } from '@/utils/fit/result';
import { summarySchema } from '@/utils/shortlist/schema/summary';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { linkedinPerson } from '../utils/outreach/people';
import { strongFit } from './draft/people';

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
  summarize({
    id: 'linkedin:priya-raman-ml',
    profileKeys: ['linkedin:priya-raman-ml'],
    name: 'Priya Raman',
    headline: null,
    profiles: { linkedin: linkedinPerson() },
    fit: { ...strongFit(), ...fit },
    status: 'saved',
    statusChangedAt: '2026-01-01T10:00:00.000Z',
    savedAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    role: null,
    tags: [],
    notes: '',
    doNotContact: false,
    focusArea: null,
    cadence: 'none',
    goalIds: [],
    fitHistory: [],
    followUp: { lastContactAt: null, count: 0 },
    stages: { contacted: null, replied: null, meeting: null, mentoring: null },
    lastMeetingAt: null,
  });
