import type { z } from 'zod';
import { eventSchema, type Person, type PersonEvent, personSchema } from '../schema/person';
import { hasEvents, keyOf, personFields, readRecord } from '../store/records';
import { timelineRecordSchema } from '../tracker/timelines';
import type { ExportFile } from './export-format';

// each stored record checked on its own before it goes into an export: the one-piece file and the
// streamed one check the same way. A damaged record is handed to `keep` and travels apart

export type Damaged = ExportFile['damaged'][number];

/** the records of one store that pass their schema; `offset`: where this batch starts in the store */
export function checkRecords<S extends z.ZodType>(
  store: 'people' | 'meetings' | 'reminders',
  schema: S,
  values: readonly unknown[],
  keep: (damaged: Damaged) => void,
  offset = 0,
): Array<z.infer<S>> {
  const good: Array<z.infer<S>> = [];
  values.forEach((value, index) => {
    const read = readRecord(schema, store, keyOf(value, `#${offset + index}`), value);
    if (read.ok) good.push(read.value);
    else keep({ ...read.problem, record: value });
  });
  return good;
}

/** every event of these timelines (keys: their person ids), each checked on its own */
export function checkTimelines(
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
  keep: (damaged: Damaged) => void,
): PersonEvent[] {
  const events: PersonEvent[] = [];
  values.forEach((value, index) => {
    const personId = String(keys[index]);
    const envelope = readRecord(timelineRecordSchema, 'timelines', personId, value);
    if (!envelope.ok) {
      keep({ ...envelope.problem, record: value });
      return;
    }
    envelope.value.events.forEach((entry, at) => {
      const read = readRecord(
        eventSchema,
        'timelines',
        `${personId}#${keyOf(entry, String(at))}`,
        entry,
      );
      if (read.ok) events.push(read.value);
      else keep({ ...read.problem, record: entry });
    });
  });
  return events;
}

/**
 * v3's people records, each split as v2 stored it: the person (checked, or kept damaged without
 * their events) and their timeline, each event checked on its own; the file's format is unchanged
 */
export function checkPeople(
  values: readonly unknown[],
  keep: (damaged: Damaged) => void,
  offset = 0,
): { people: Person[]; events: PersonEvent[] } {
  const fields = values.map(personFields);
  const people = checkRecords('people', personSchema, fields, keep, offset);
  const withEvents = values.filter(hasEvents);
  const events = checkTimelines(
    withEvents.map((value) => keyOf(value, '')),
    withEvents.map((value) => ({ personId: keyOf(value, ''), events: value.events })),
    keep,
  );
  return { people, events };
}
