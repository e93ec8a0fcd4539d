import type { FitContext } from '@/utils/fit/contribution';
import { monthOf } from '@/utils/fit/dates';
import {
  type MenteeProfile,
  type MenteeProfileInput,
  menteeProfileSchema,
} from '@/utils/fit/mentee';
import { personOf } from '@/utils/fit/person';
import { menteeView } from '@/utils/fit/wanted';
import {
  type Experience,
  emptySnapshot,
  type ProfileSnapshot,
  type Source,
} from '@/utils/profile/snapshot';

/** every test scores at the same moment, so "posted 3 weeks ago" and "since 2023" stay stable */
export const NOW = new Date('2026-03-15T12:00:00Z');

/** an invented person: empty snapshot plus the given fields */
export function person(
  fields: Partial<ProfileSnapshot> = {},
  source: Source = 'linkedin',
): ProfileSnapshot {
  const handle = fields.handle ?? (source === 'github' ? 'nadia-quill' : 'nadia-quill-42');
  const url =
    source === 'github' ? `https://github.com/${handle}` : `https://www.linkedin.com/in/${handle}/`;
  return { ...emptySnapshot(source, handle, url), ...fields, signals: { ...fields.signals } };
}

export function role(
  title: string,
  start: string | null,
  end: string | null = null,
  extra: Partial<Experience> = {},
): Experience {
  return { title, company: null, start, end, location: null, description: null, ...extra };
}

export const mentee = (input: MenteeProfileInput = {}): MenteeProfile =>
  menteeProfileSchema.parse(input);

/** an aspiring ML engineer who knows some Python */
export const mlMentee = mentee({
  targetRoles: ['ML engineer'],
  focusAreas: [
    { topic: 'machine learning', priority: 'high' },
    { topic: 'Python', priority: 'high' },
    'deep learning',
  ],
  careerStage: 'career changer',
  yearsExperience: 2,
  location: 'Stockholm, Sweden',
  languages: ['English', 'Spanish'],
});

export function contextFor(
  snapshots: ProfileSnapshot | ProfileSnapshot[],
  who: MenteeProfile = mlMentee,
): FitContext {
  const list = Array.isArray(snapshots) ? snapshots : [snapshots];
  return {
    person: personOf(list, monthOf(NOW)),
    mentee: who,
    wanted: menteeView(who),
    now: NOW,
    nowMonth: monthOf(NOW),
  };
}

export const total = (contributions: { points: number }[]): number =>
  contributions.reduce((sum, c) => sum + c.points, 0);
