import { type Meeting, meetingSchema, type Person, type RecordProblem } from '../schema/person';
import type { Database } from '../store/db';
import { describeIssue, ShortlistError } from '../store/errors';
import { inTransaction, keyOf, loadPerson, putPerson, readRecord } from '../store/records';
import { withEvent, withStatus } from './bookkeeping';
import { newEvent } from './people';
import { dropEvent, loadTimeline, withEvents, withoutEvent } from './timelines';

export type MeetingInput = Omit<Meeting, 'createdAt' | 'updatedAt'>;

/** the event id a held meeting writes: the same meeting is "held" once in the timeline */
export const heldEventId = (meetingId: string): string => `meeting|${meetingId}`;

function firstLine(text: string): string | null {
  const line =
    text
      .split('\n')
      .find((part) => part.trim())
      ?.trim() ?? '';
  return line ? line.slice(0, 200) : null;
}

/** creates or updates a meeting; marking it held records a "meeting held" event once */
export async function saveMeeting(
  db: Database,
  input: MeetingInput,
  now = new Date(),
): Promise<{ meeting: Meeting; person: Person }> {
  const at = now.toISOString();
  const tx = db.transaction(['people', 'summaryChunks', 'meetings'], 'readwrite');
  return inTransaction(tx, 'saving the meeting', async () => {
    const meetings = tx.objectStore('meetings');
    const stored = await meetings.get(input.id);
    let before: Meeting | null = null;
    if (stored !== undefined) {
      const read = readRecord(meetingSchema, 'meetings', input.id, stored);
      if (!read.ok)
        throw new ShortlistError(
          `The saved meeting ${input.id} is damaged (${read.problem.error}); it was left unchanged.`,
        );
      before = read.value;
      if (before.personId !== input.personId)
        throw new ShortlistError('That meeting belongs to someone else; nothing was changed.');
    }
    const candidate = { ...input, createdAt: before?.createdAt ?? at, updatedAt: at };
    const parsed = meetingSchema.safeParse(candidate);
    if (!parsed.success)
      throw new ShortlistError(`Meeting not saved: ${describeIssue(parsed.error, candidate)}`);
    const meeting = parsed.data;
    let person = await loadPerson(tx, meeting.personId);
    // v3: a person's timeline is in their people record, written once with the person below
    let { raw } = await loadTimeline(tx.objectStore('people'), person.id);
    if (meeting.status === 'held') {
      raw = withEvents(raw, [
        newEvent(person.id, meeting.date, {
          id: heldEventId(meeting.id),
          type: 'meeting',
          text: firstLine(meeting.agenda),
          meetingId: meeting.id,
        }),
      ]);
      person = withEvent(person, { type: 'meeting', at: meeting.date }).person;
    } else if (before?.status === 'held') {
      raw = withoutEvent(raw, heldEventId(meeting.id));
    }
    if (meeting.status === 'planned' && before === null && person.status === 'replied') {
      // planning a first meeting is the "meeting scheduled" step of the pipeline
      raw = withEvents(raw, [
        newEvent(person.id, at, {
          id: `${heldEventId(meeting.id)}|scheduled`,
          type: 'status',
          from: person.status,
          to: 'meeting-scheduled',
        }),
      ]);
      person = withStatus(person, 'meeting-scheduled', at);
    }
    await meetings.put(meeting);
    return { meeting, person: await putPerson(tx, { ...person, updatedAt: at }, raw) };
  });
}

/** removes a meeting (and its "held" event) */
export async function deleteMeeting(db: Database, id: string): Promise<boolean> {
  const tx = db.transaction(['meetings', 'people'], 'readwrite');
  return inTransaction(tx, 'removing the meeting', async () => {
    const stored = await tx.objectStore('meetings').get(id);
    if (stored === undefined) return false;
    const personId = (stored as { personId?: unknown }).personId;
    await tx.objectStore('meetings').delete(id);
    if (typeof personId === 'string')
      await dropEvent(tx.objectStore('people'), personId, heldEventId(id));
    return true;
  });
}

/** a person's meetings, soonest last; damaged ones reported */
export async function listMeetings(
  db: Database,
  personId: string,
): Promise<{ meetings: Meeting[]; problems: RecordProblem[] }> {
  const values = await db.getAllFromIndex('meetings', 'personId', personId);
  const meetings: Meeting[] = [];
  const problems: RecordProblem[] = [];
  for (const value of values) {
    const read = readRecord(meetingSchema, 'meetings', keyOf(value, personId), value);
    if (read.ok) meetings.push(read.value);
    else problems.push(read.problem);
  }
  meetings.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return { meetings, problems };
}

/** every readable meeting (for the effectiveness review) */
export async function allMeetings(db: Database): Promise<Meeting[]> {
  const values = await db.getAll('meetings');
  return values.flatMap((value) => {
    const parsed = meetingSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** planned meetings from `from` on (index range, not a full scan) */
export async function upcomingMeetings(db: Database, from: string): Promise<Meeting[]> {
  const values = await db.getAllFromIndex('meetings', 'date', IDBKeyRange.lowerBound(from));
  return values.flatMap((value) => {
    const parsed = meetingSchema.safeParse(value);
    return parsed.success && parsed.data.status === 'planned' ? [parsed.data] : [];
  });
}
