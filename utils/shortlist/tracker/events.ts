import {
  eventSchema,
  type LoggableEventType,
  type MessageChannel,
  type Person,
  type PersonEvent,
} from '../schema/person';
import type { Database } from '../store/db';
import { describeIssue, ShortlistError } from '../store/errors';
import { inTransaction, loadPerson, putPerson } from '../store/records';
import { withEvent } from './bookkeeping';
import { newEvent } from './people';
import { findEvent, loadTimeline, withEvents } from './timelines';

export interface EventInput {
  /** made by the caller (e.g. crypto.randomUUID()): sending the same event twice records it once */
  id: string;
  personId: string;
  type: LoggableEventType;
  at: string;
  text: string | null;
  channel: MessageChannel | null;
}

/** records a message sent, a reply, a meeting held, an intro or a note; moves the pipeline when it follows */
export async function addEvent(
  db: Database,
  input: EventInput,
): Promise<{ event: PersonEvent; person: Person }> {
  const candidate = {
    ...input,
    text: input.text?.trim() || null,
    channel: input.type === 'message' ? (input.channel ?? 'other') : null,
    from: null,
    to: null,
    meetingId: null,
  };
  const parsed = eventSchema.safeParse(candidate);
  if (!parsed.success)
    throw new ShortlistError(`Not recorded: ${describeIssue(parsed.error, candidate)}`);
  const event = parsed.data;
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'recording the event', async () => {
    const person = await loadPerson(tx, event.personId);
    // v3: a person's timeline is in their people record
    const records = tx.objectStore('people');
    const timeline = await loadTimeline(records, person.id);
    const existing = findEvent(timeline, event.id);
    // a retry of a write that already happened
    if (existing) return { event: existing, person };
    const { person: updated, move } = withEvent(person, event);
    const written = [event];
    if (move)
      written.push(
        newEvent(person.id, updated.statusChangedAt, {
          id: `${event.id}|status`.slice(0, 400),
          type: 'status',
          from: person.status,
          to: move,
          text: null,
        }),
      );
    return { event, person: await putPerson(tx, updated, withEvents(timeline.raw, written)) };
  });
}
