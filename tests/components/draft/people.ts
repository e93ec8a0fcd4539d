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
