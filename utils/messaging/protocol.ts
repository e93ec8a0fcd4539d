import { z } from 'zod';
import type { FitResult } from '../fit/result';
import { profileSnapshotSchema } from '../profile/snapshot';
import { type Person, personIdSchema, type RecordProblem } from '../shortlist/person';
import { statusSchema } from '../shortlist/status';

// the one protocol between content scripts, extension pages and the background
export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('analyze'), snapshot: profileSnapshotSchema }),
  z.strictObject({ type: z.literal('shortlist'), snapshot: profileSnapshotSchema }),
  z.strictObject({ type: z.literal('findPerson'), key: z.string().min(1).max(300) }),
  z.strictObject({ type: z.literal('listPeople') }),
  z.strictObject({ type: z.literal('countPeople') }),
  z.strictObject({
    type: z.literal('setStatus'),
    id: personIdSchema,
    status: statusSchema,
    note: z.string().max(2_000).nullable().optional(),
  }),
  z.strictObject({ type: z.literal('removePerson'), id: personIdSchema }),
  z.strictObject({ type: z.literal('openDashboard'), personId: personIdSchema.optional() }),
  z.strictObject({ type: z.literal('openOptions') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** what a content script may ask: it reads and saves the profile in front of the user, nothing else */
export const contentScriptRequests: ReadonlySet<RequestType> = new Set([
  'analyze',
  'shortlist',
  'findPerson',
  'openDashboard',
  'openOptions',
]);

export type Analysis =
  | { fit: FitResult; person: Person | null; problem: RecordProblem | null }
  | { fit: null; person: Person | null; problem: RecordProblem | null; error: string };

export interface ResponseMap {
  analyze: Analysis;
  shortlist: Person;
  findPerson: Person | null;
  listPeople: { people: Person[]; problems: RecordProblem[] };
  countPeople: number;
  setStatus: Person;
  removePerson: boolean;
  openDashboard: null;
  openOptions: null;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** messages from the popup to the content script of its tab */
export type TabRequest = { type: 'currentProfile' };
