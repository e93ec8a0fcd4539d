import { z } from 'zod';
import type { Band } from '../fit/bands';
import type { FitResult } from '../fit/result';
import { listPersonSchema } from '../lists/schema';
import { profileSnapshotSchema } from '../profile/snapshot';
import type { Effectiveness } from '../shortlist/analytics/effectiveness';
import type { BackupMeta, Health } from '../shortlist/portability/backup';
import type { ImportSummary } from '../shortlist/portability/import';
import { MAX_PARTS, PART_CHARS } from '../shortlist/portability/transfer';
import type { Reminder } from '../shortlist/reminders/compute';
import {
  eventInputSchema,
  importTextSchema,
  meetingInputSchema,
  personPatchSchema,
  reminderRefSchema,
} from '../shortlist/schema/inputs';
import {
  type Meeting,
  type Person,
  type PersonEvent,
  type PersonSummary,
  personIdSchema,
  type RecordProblem,
  type ReminderState,
} from '../shortlist/schema/person';
import { statusSchema } from '../shortlist/schema/status';
import type { LinkSuggestion } from '../shortlist/tracker/link';
import { requestPolicy } from './policy';

const transferTokenSchema = z.string().min(1).max(100);

// an edit from an older page (or any caller) that doesn't say what it started from is refused, not applied
const EDIT_WITHOUT_BASE =
  'an edit must say what each field was when the page loaded it (a change made elsewhere would be undone otherwise); reload the page and make the change again';

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
  // a profile is loading: the background (maybe asleep) starts now, so the analysis finds it awake
  z.strictObject({ type: z.literal('wake') }),
  // a content script on a profile or list page: the background injects that site's reader into its frame
  z.strictObject({ type: z.literal('loadReader') }),
  // the relationship tracker (dashboard)
  z.strictObject({
    type: z.literal('listSummaries'),
    first: z.number().int().min(1).max(1_000).optional(),
  }),
  z.strictObject({
    type: z.literal('getSummaries'),
    ids: z.array(personIdSchema).max(1_000),
  }),
  z.strictObject({ type: z.literal('scanProblems'), full: z.boolean().optional() }),
  z.strictObject({ type: z.literal('getPerson'), id: personIdSchema }),
  z
    .strictObject({
      type: z.literal('updatePerson'),
      id: personIdSchema,
      patch: personPatchSchema,
      /** the value of each patched field as the page loaded it: a stale edit is refused */
      expected: z.strictObject(personPatchSchema.shape, {
        error: (issue) => (issue.input === undefined ? EDIT_WITHOUT_BASE : undefined),
      }),
    })
    .superRefine((request, ctx) => {
      // an edit checks every field it writes: one sent without its starting value would be applied blind
      for (const [key, value] of Object.entries(request.patch)) {
        if (
          value !== undefined &&
          request.expected[key as keyof typeof request.expected] === undefined
        )
          ctx.addIssue({ code: 'custom', path: ['expected', key], message: EDIT_WITHOUT_BASE });
      }
    }),
  z.strictObject({ type: z.literal('addEvent'), event: eventInputSchema }),
  z.strictObject({ type: z.literal('saveMeeting'), meeting: meetingInputSchema }),
  z.strictObject({ type: z.literal('deleteMeeting'), id: z.string().min(1).max(80) }),
  z.strictObject({ type: z.literal('listReminders') }),
  z.strictObject({
    type: z.literal('snoozeReminder'),
    reminder: reminderRefSchema,
    until: z.iso.datetime(),
  }),
  z.strictObject({ type: z.literal('dismissReminder'), reminder: reminderRefSchema }),
  z.strictObject({ type: z.literal('remindersChanged') }),
  z.strictObject({ type: z.literal('insights') }),
  z.strictObject({ type: z.literal('exportCsv') }),
  // an import comes whole (`text`, a small file) or as an upload sent in parts (`upload`)
  z.strictObject({
    type: z.literal('previewImport'),
    text: importTextSchema.optional(),
    upload: transferTokenSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('commitImport'),
    text: importTextSchema.optional(),
    upload: transferTokenSchema.optional(),
  }),
  // big files travel in parts: no single message near the browser's cap
  z.strictObject({ type: z.literal('exportBegin') }),
  z.strictObject({
    type: z.literal('exportPart'),
    token: transferTokenSchema,
    index: z.number().int().min(0).max(MAX_PARTS),
  }),
  // the local backup: whether the database needs it, restoring it, downloading it (in parts)
  z.strictObject({ type: z.literal('backupStatus') }),
  z.strictObject({ type: z.literal('restoreBackup'), confirm: z.literal('restore the backup') }),
  z.strictObject({ type: z.literal('backupBegin') }),
  z.strictObject({ type: z.literal('importBegin'), parts: z.number().int().min(1).max(MAX_PARTS) }),
  z.strictObject({
    type: z.literal('importPart'),
    token: transferTokenSchema,
    index: z.number().int().min(0).max(MAX_PARTS),
    text: z.string().max(PART_CHARS),
  }),
  z.strictObject({ type: z.literal('deleteEverything'), confirm: z.literal('delete everything') }),
  z.strictObject({ type: z.literal('linkSuggestions'), id: personIdSchema }),
  z.strictObject({
    type: z.literal('linkPeople'),
    keepId: personIdSchema,
    otherId: personIdSchema,
  }),
  // list pages: every card of a page in one request; shortlisting from a card
  z.strictObject({ type: z.literal('listFit'), people: z.array(listPersonSchema).max(100) }),
  z.strictObject({ type: z.literal('shortlistCard'), person: listPersonSchema }),
  // a profile page shows both the public handle and the member id of the person it is about
  z.strictObject({
    type: z.literal('joinMemberId'),
    memberId: z.string().regex(/^ACo[A-Za-z0-9_-]{10,80}$/),
    handle: z.string().regex(/^[\p{L}\p{M}\p{N}_-]{1,100}$/u),
  }),
  // the hint: the person the page shows, found by their profile (shortlisted first if need be)
  z.strictObject({
    type: z.literal('markFromPage'),
    snapshot: profileSnapshotSchema,
    status: statusSchema,
    /** the status the hint showed (null: not shortlisted); a change made elsewhere wins */
    expected: statusSchema.nullable(),
  }),
  z.strictObject({
    type: z.literal('noteFromPage'),
    snapshot: profileSnapshotSchema,
    /** made by the hint: a retry of the same note records it once */
    id: z.string().min(1).max(200),
    text: z.string().trim().min(1, 'the note is empty').max(2_000),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** one request type's own shape: `RequestOf<'setStatus'>` */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** what a content script may ask: it reads and saves the profile in front of the user, nothing else */
export const contentScriptRequests: ReadonlySet<RequestType> = new Set(
  (Object.keys(requestPolicy) as RequestType[]).filter(
    (type) => requestPolicy[type].from === 'content',
  ),
);

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
  wake: null;
  loadReader: { site: ReaderSite };
  listSummaries: { summaries: PersonSummary[]; problems: RecordProblem[]; total: number };
  getSummaries: PersonSummary[];
  scanProblems: { problems: RecordProblem[]; total: number; repaired: PersonSummary[] };
  getPerson: PersonDetail;
  updatePerson: Person;
  addEvent: { event: PersonEvent; person: Person };
  saveMeeting: { meeting: Meeting; person: Person };
  deleteMeeting: boolean;
  listReminders: RemindersView;
  snoozeReminder: ReminderState;
  dismissReminder: ReminderState;
  remindersChanged: { nextAlarm: number | null };
  insights: Effectiveness & { settingsError: string | null };
  exportCsv: { csv: string; fileName: string };
  exportBegin: {
    token: string;
    parts: number;
    bytes: number;
    fileName: string;
    people: number;
    events: number;
    meetings: number;
    damaged: number;
  };
  exportPart: { text: string };
  importBegin: { token: string };
  backupStatus: Health & { backup: BackupMeta | null };
  restoreBackup: ImportSummary;
  backupBegin: ResponseMap['exportBegin'];
  importPart: { received: number; parts: number };
  previewImport: ImportSummary;
  commitImport: ImportSummary;
  deleteEverything: { people: number };
  linkSuggestions: LinkSuggestion[];
  linkPeople: Person;
  listFit: CardFit[];
  shortlistCard: Person;
  joinMemberId: Person | null;
  markFromPage: PageUpdate;
  noteFromPage: PageUpdate;
}

/** what the hint's update did: applied, or refused because the person changed elsewhere (shown as stored) */
export interface PageUpdate {
  person: Person;
  applied: boolean;
}

/** one list card's fit from the card alone, and whether its person is saved */
export interface CardFit {
  key: string;
  /** kept for sorting and export; not shown when band is "Not enough to score" */
  score: number;
  band: Band;
  /** within a few points of a band boundary (never with "Not enough to score") */
  borderline: boolean;
  partial: true;
  reasons: string[];
  usesDefaultProfile: boolean;
  person: { id: string; status: Person['status'] } | null;
}

/** one person's whole record for the person page */
export interface PersonDetail {
  person: Person | null;
  problem: RecordProblem | null;
  events: PersonEvent[];
  meetings: Meeting[];
  problems: RecordProblem[];
}

/** the Due list: every reminder from stored dates, and whether notifications are on */
export interface RemindersView {
  reminders: Reminder[];
  enabled: boolean;
  settingsError: string | null;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** the sites with a reader of their own (entrypoints/<site>-reader.ts) */
export type ReaderSite = 'linkedin' | 'github';

/** messages from the popup to the content script of its tab */
export type TabRequest = { type: 'currentProfile' } | { type: 'currentList' };
