import { menteeProfileSchema } from '@/utils/fit/mentee';
import type { FitResult } from '@/utils/fit/result';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { Person } from '@/utils/shortlist/schema/person';
import type { Status } from '@/utils/shortlist/schema/status';
import type { Database } from '@/utils/shortlist/store/db';
import { setStatus, shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { linkedinPerson } from '../../utils/outreach/people';

// invented people and an invented user for the editor's tests

export const sam = menteeProfileSchema.parse({
  name: 'Sam Lee',
  targetRoles: ['ML engineer'],
  focusAreas: ['PyTorch', { topic: 'evaluation', priority: 'high' }],
  careerStage: 'career changer',
  location: 'Lisbon',
});

export const strongFit = (cite: string[] = []): FitResult => ({
  score: 78,
  band: 'Strong fit',
  reasons: [{ signal: 'expertise', weight: 1, effect: 20, text: 'Builds small language models' }],
  cite,
  usesDefaultProfile: false,
});

export const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** shortlists a person (LinkedIn by default), then moves them along as asked */
export async function shortlisted(
  db: Database,
  options: {
    profile?: Partial<ProfileSnapshot>;
    snapshot?: ProfileSnapshot;
    cite?: string[];
    moves?: Array<[Status, Date]>;
    doNotContact?: boolean;
  } = {},
): Promise<Person> {
  const snapshot = options.snapshot ?? linkedinPerson(options.profile);
  let person = await shortlistProfile(db, snapshot, strongFit(options.cite), daysAgo(60));
  for (const [status, at] of options.moves ?? [])
    person = await setStatus(db, person.id, status, null, at);
  if (options.doNotContact) person = await updatePerson(db, person.id, { doNotContact: true });
  return person;
}

/** Priya, saved and never contacted: the whole stored record, for tests that need one without a database */
export const savedPerson = (overrides: Partial<Person> = {}): Person => ({
  id: 'linkedin:priya-raman-ml',
  profileKeys: ['linkedin:priya-raman-ml'],
  name: 'Priya Raman',
  headline: null,
  profiles: { linkedin: linkedinPerson() },
  fit: strongFit(),
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
  ...overrides,
});
