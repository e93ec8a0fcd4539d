import type { IDBPObjectStore } from 'idb';
import { z } from 'zod';
import { eventSchema, type PersonEvent, type RecordProblem } from '../schema/person';
import type { MentorLensDB, StoreName } from '../store/db';
import { ShortlistError } from '../store/errors';
import { hasEvents, keyOf, readRecord } from '../store/read';

// a person's events live together in their people record (v3; in v2 a timeline record of their own):
// a person's history is one read, and ten thousand people with their events are ten thousand writes

export const MAX_EVENTS_PER_PERSON = 10_000;

/** the envelope (v2's timeline record, an unlinked timeline); each event in it is checked on its own, so one damaged event hides nothing else */
export const timelineRecordSchema = z.strictObject({
  personId: z.string().min(1).max(300),
  events: z.array(z.unknown()).max(MAX_EVENTS_PER_PERSON),
});
export type TimelineRecord = z.infer<typeof timelineRecordSchema>;

export interface Timeline {
  personId: string;
  /** every stored entry as it is (damaged ones included, so writing back keeps them) */
  raw: unknown[];
  events: PersonEvent[];
  problems: RecordProblem[];
}

const byTime = (a: PersonEvent, b: PersonEvent) =>
  Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id);

/** reads a stored timeline record: readable events, oldest first, and the damaged ones reported */
export function readTimeline(personId: string, value: unknown): Timeline {
  if (value === undefined) return { personId, raw: [], events: [], problems: [] };
  const envelope = timelineRecordSchema.safeParse(value);
  if (!envelope.success)
    return {
      personId,
      raw: [],
      events: [],
      problems: [
        {
          store: 'timelines',
          key: personId,
          error: envelope.error.issues[0]?.message ?? 'invalid',
        },
      ],
    };
  const events: PersonEvent[] = [];
  const problems: RecordProblem[] = [];
  envelope.data.events.forEach((entry, index) => {
    const read = readRecord(
      eventSchema,
      'timelines',
      `${personId}#${keyOf(entry, String(index))}`,
      entry,
    );
    if (read.ok) events.push(read.value);
    else problems.push(read.problem);
  });
  events.sort(byTime);
  return { personId, raw: envelope.data.events, events, problems };
}

/** a person's events as read from their stored people record (none stored: none yet) */
export function timelineOf(personId: string, record: unknown): Timeline {
  if (record === undefined || !hasEvents(record)) return readTimeline(personId, undefined);
  return readTimeline(personId, { personId, events: record.events });
}

type PeopleStore = Pick<
  IDBPObjectStore<MentorLensDB, StoreName[], 'people', 'readwrite'>,
  'get' | 'put'
>;

/** the timeline as stored, refusing to write over an envelope that cannot be read */
export async function loadTimeline(store: PeopleStore, personId: string): Promise<Timeline> {
  const timeline = timelineOf(personId, await store.get(personId));
  if (timeline.problems.some((problem) => problem.key === personId))
    throw new ShortlistError(
      `The timeline of ${personId} is damaged; it was kept as it is and not changed.`,
    );
  return timeline;
}

/** writes a person's events into their stored record, leaving the rest of it as it is */
export async function putEvents(
  store: PeopleStore,
  personId: string,
  events: readonly unknown[],
): Promise<void> {
  const stored = await store.get(personId);
  if (typeof stored !== 'object' || stored === null)
    throw new ShortlistError(`No one with id ${personId} is on the shortlist.`);
  await store.put({ ...stored, events: [...events] });
}

/** adds events (an id already there is replaced, so a retried write is recorded once) */
export function withEvents(raw: readonly unknown[], events: readonly PersonEvent[]): unknown[] {
  const ids = new Set(events.map((event) => event.id));
  const kept = raw.filter((entry) => !ids.has(keyOf(entry, '')));
  const next = [...kept, ...events];
  if (next.length > MAX_EVENTS_PER_PERSON)
    throw new ShortlistError(`A person's timeline holds at most ${MAX_EVENTS_PER_PERSON} events.`);
  return next;
}

/** the stored events without the one with this id */
export const withoutEvent = (raw: readonly unknown[], eventId: string): unknown[] =>
  raw.filter((entry) => keyOf(entry, '') !== eventId);

/** removes one event by id, for a writer that doesn't write the person too */
export async function dropEvent(
  store: PeopleStore,
  personId: string,
  eventId: string,
): Promise<void> {
  const { raw } = await loadTimeline(store, personId);
  const kept = withoutEvent(raw, eventId);
  if (kept.length !== raw.length) await putEvents(store, personId, kept);
}

/** the event with this id in the timeline, if there is one */
export const findEvent = (timeline: Timeline, id: string): PersonEvent | undefined =>
  timeline.events.find((event) => event.id === id);
