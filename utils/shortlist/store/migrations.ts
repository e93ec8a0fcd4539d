import { eventSchema, type Person, type PersonEvent, personSchema } from '../schema/person';
import { afterMessage, type FollowUp, firstContact } from '../tracker/follow-ups';
import { noStages, reachStage, stageFor } from '../tracker/stages';
import { describeIssue } from './errors';
import { type EventV1, eventV1Schema, type PersonV1, personV1Schema } from './v1';

// the upgrade ladder for records, shared by the IndexedDB upgrade and by imports of older exports

export type Upgraded<T> = { ok: true; value: T } | { ok: false; error: string };

const byTime = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at);

/** version 1 → 2: an event gains a channel and a meeting link (both empty) */
export function eventV1toV2(value: unknown): Upgraded<PersonEvent> {
  const v1 = eventV1Schema.safeParse(value);
  if (!v1.success) return { ok: false, error: describeIssue(v1.error, value) };
  const v2 = eventSchema.safeParse({ ...v1.data, channel: null, meetingId: null });
  return v2.success
    ? { ok: true, value: v2.data }
    : { ok: false, error: describeIssue(v2.error, value) };
}

/** follow-up and funnel bookkeeping rebuilt from a person's history */
function bookkeeping(person: PersonV1, events: readonly EventV1[]) {
  const history = [...events].sort(byTime);
  let stages = noStages;
  // version 1 had no logged first message: the move to "contacted" was the first contact
  let followUp: FollowUp = { lastContactAt: null, count: 0 };
  for (const event of history) {
    if (event.type === 'status' && event.to) {
      stages = reachStage(stages, stageFor(event.to), event.at);
      if (event.to === 'contacted') followUp = firstContact(event.at);
    }
    if (event.type === 'message')
      followUp = afterMessage(followUp, event.at, followUp.lastContactAt !== null);
  }
  // a status with no event behind it still proves the stage, as of its change
  stages = reachStage(stages, stageFor(person.status), person.statusChangedAt);
  if (person.status === 'contacted' && followUp.lastContactAt === null)
    followUp = firstContact(person.statusChangedAt);
  if (person.status !== 'contacted') followUp = { ...followUp, count: 0 };
  return { stages, followUp };
}

/** version 1 → 2: a person gains focus area, cadence, goals, fit history and bookkeeping */
export function personV1toV2(value: unknown, events: readonly unknown[]): Upgraded<Person> {
  const v1 = personV1Schema.safeParse(value);
  if (!v1.success) return { ok: false, error: describeIssue(v1.error, value) };
  const person = v1.data;
  const own = events.flatMap((event) => {
    const parsed = eventV1Schema.safeParse(event);
    return parsed.success && parsed.data.personId === person.id ? [parsed.data] : [];
  });
  const v2 = personSchema.safeParse({
    ...person,
    tags: [...new Set(person.tags.map((tag) => tag.trim()).filter(Boolean))],
    focusArea: null,
    cadence: 'none',
    goalIds: [],
    fitHistory: person.fit
      ? [{ at: person.updatedAt, score: person.fit.score, band: person.fit.band }]
      : [],
    ...bookkeeping(person, own),
    lastMeetingAt: null,
  });
  return v2.success
    ? { ok: true, value: v2.data }
    : { ok: false, error: describeIssue(v2.error, value) };
}

/** where events that name no person are kept, so nothing is dropped */
export const UNASSIGNED_TIMELINE = '#unassigned';

/** groups raw events by the person they belong to (for timelines and personV1toV2) */
export function eventsByPerson(events: readonly unknown[]): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const event of events) {
    const id = (event as { personId?: unknown } | null)?.personId;
    const personId = typeof id === 'string' && id ? id.slice(0, 300) : UNASSIGNED_TIMELINE;
    const list = map.get(personId);
    if (list) list.push(event);
    else map.set(personId, [event]);
  }
  return map;
}
