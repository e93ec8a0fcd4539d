import type { IDBPObjectStore } from 'idb';
import { z } from 'zod';
import { eventSchema, type PersonEvent, type RecordProblem } from '../schema/person';
import type { MentorLensDB, StoreName } from '../store/db';
import { ShortlistError } from '../store/errors';
import { keyOf, readRecord } from '../store/records';

// a person's events live together in one record, their timeline: a person's history is one read,
// and ten thousand people's fifty thousand events are ten thousand writes, not fifty thousand

export const MAX_EVENTS_PER_PERSON = 10_000;

/** the stored envelope; each event in it is checked on its own, so one damaged event hides nothing else */
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

type TimelineStore = Pick<
  IDBPObjectStore<MentorLensDB, StoreName[], 'timelines', 'readwrite'>,
  'get' | 'put' | 'delete'
>;

/** the timeline as stored, refusing to write over an envelope that cannot be read */
export async function loadTimeline(store: TimelineStore, personId: string): Promise<Timeline> {
  const timeline = readTimeline(personId, await store.get(personId));
  if (timeline.problems.some((problem) => problem.key === personId))
    throw new ShortlistError(
      `The timeline of ${personId} is damaged; it was kept as it is and not changed.`,
    );
  return timeline;
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

/** appends events to a person's timeline inside the caller's transaction */
export async function appendEvents(
  store: TimelineStore,
  personId: string,
  events: readonly PersonEvent[],
): Promise<void> {
  const { raw } = await loadTimeline(store, personId);
  await store.put({ personId, events: withEvents(raw, events) });
}

/** removes one event by id */
export async function dropEvent(
  store: TimelineStore,
  personId: string,
  eventId: string,
): Promise<void> {
  const { raw } = await loadTimeline(store, personId);
  const kept = raw.filter((entry) => keyOf(entry, '') !== eventId);
  if (kept.length !== raw.length) await store.put({ personId, events: kept });
}

/** the event with this id in the timeline, if there is one */
export const findEvent = (timeline: Timeline, id: string): PersonEvent | undefined =>
  timeline.events.find((event) => event.id === id);
