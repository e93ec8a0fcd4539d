import { timelineRecordSchema } from '../tracker/timelines';
import { hasEvents } from './read';
import { chunkOf, type SummaryChunk } from './summary-chunks';

// version 2 → 3 for the data already there, worked out apart from IndexedDB so it can be tested whole:
// each timeline moves into its person's record, the summaries into chunks. Nothing is dropped

export type Stored = ReadonlyArray<readonly [IDBValidKey, unknown]>;

export interface LayoutV3 {
  /** people records that gain their events (the others stay as they are) */
  people: unknown[];
  /** timelines no person record can take, kept as they were (see the unlinkedTimelines store) */
  unlinked: unknown[];
  chunks: SummaryChunk[];
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export function layoutV3(people: Stored, timelines: Stored, summaries: Stored): LayoutV3 {
  const byId = new Map(people.map(([key, value]) => [String(key), value]));
  const moved: unknown[] = [];
  const unlinked: unknown[] = [];
  for (const [key, value] of timelines) {
    const person = byId.get(String(key));
    const envelope = timelineRecordSchema.safeParse(value);
    // a damaged timeline, one whose person is gone (v1's unassigned events) or a record that
    // already holds something called events: all kept whole, as they were, apart
    if (!envelope.success || !isObject(person) || hasEvents(person)) unlinked.push(value);
    else moved.push({ ...person, events: envelope.data.events });
  }
  const buckets = new Map<number, unknown[]>();
  for (const [key, value] of summaries) {
    // damaged summaries travel as they are; their chunk's readers report them
    const bucket = chunkOf(String(key));
    const list = buckets.get(bucket);
    if (list) list.push(value);
    else buckets.set(bucket, [value]);
  }
  const chunks = [...buckets].map(([bucket, list]) => ({ bucket, summaries: list }));
  return { people: moved, unlinked, chunks };
}
