import { notEnoughBand } from '../../fit/bands';
import type { Person, PersonSummary, SummarySources } from '../schema/person';

const NOTES_IN_SUMMARY = 5_000;

/** the compact record kept beside each person, written in the same transaction */
export function summarize(person: Person): PersonSummary {
  const { linkedin, github } = person.profiles;
  // "Not enough to score" has no number to sort, filter or export by, and is never borderline
  const scored = person.fit && person.fit.band !== notEnoughBand ? person.fit : null;
  return {
    id: person.id,
    name: person.name,
    headline: person.headline,
    sources: linkedin && github ? 'both' : linkedin ? 'linkedin' : 'github',
    fitScore: scored?.score ?? null,
    fitBand: person.fit?.band ?? null,
    ...(scored?.borderline ? { fitBorderline: true as const } : {}),
    status: person.status,
    statusChangedAt: person.statusChangedAt,
    savedAt: person.savedAt,
    role: person.role,
    tags: person.tags,
    notes: person.notes.slice(0, NOTES_IN_SUMMARY),
    doNotContact: person.doNotContact,
    focusArea: person.focusArea,
    cadence: person.cadence,
    goalIds: person.goalIds,
    lastContactAt: person.followUp.lastContactAt,
    followUps: person.followUp.count,
    contactedAt: person.stages.contacted,
    repliedAt: person.stages.replied,
    meetingAt: person.stages.meeting,
    mentoringAt: person.stages.mentoring,
    lastMeetingAt: person.lastMeetingAt,
  };
}

const sourceLabels: Record<SummarySources, string> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  both: 'LinkedIn + GitHub',
};

/** "LinkedIn + GitHub" */
export const sourcesLabel = (sources: SummarySources): string => sourceLabels[sources];
