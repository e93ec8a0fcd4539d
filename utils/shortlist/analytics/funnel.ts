import type { PersonSummary } from '../schema/person';

export const funnelSteps = [
  { key: 'saved', label: 'Saved' },
  { key: 'contacted', label: 'Contacted' },
  { key: 'replied', label: 'Replied' },
  { key: 'meeting', label: 'Meeting' },
  { key: 'mentoring', label: 'Mentoring' },
] as const;
export type FunnelKey = (typeof funnelSteps)[number]['key'];

export interface FunnelStep {
  key: FunnelKey;
  label: string;
  /** people who ever reached this step */
  count: number;
  /** share of the previous step that reached this one (null for the first, or when the previous is 0) */
  fromPrevious: number | null;
  /** share of everyone saved */
  fromSaved: number | null;
}

/** the outreach funnel: how many people reached each step, and the conversion between steps */
export function funnel(people: readonly PersonSummary[]): FunnelStep[] {
  const counts: Record<FunnelKey, number> = {
    saved: people.length,
    contacted: 0,
    replied: 0,
    meeting: 0,
    mentoring: 0,
  };
  for (const person of people) {
    if (person.contactedAt) counts.contacted += 1;
    if (person.repliedAt) counts.replied += 1;
    if (person.meetingAt) counts.meeting += 1;
    if (person.mentoringAt) counts.mentoring += 1;
  }
  return funnelSteps.map((step, index) => {
    const count = counts[step.key];
    const previous = index > 0 ? counts[funnelSteps[index - 1]?.key ?? 'saved'] : null;
    return {
      key: step.key,
      label: step.label,
      count,
      fromPrevious: previous ? count / previous : null,
      fromSaved: index > 0 && counts.saved ? count / counts.saved : null,
    };
  });
}

/** "42%" (or "—" when there is nothing to compare with) */
export const percent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;
