import type { z } from 'zod';
import {
  meetingSchema,
  type PersonSummary,
  personSchema,
  type RecordProblem,
  reminderStateSchema,
  summarySchema,
} from '../schema/person';
import { summarize } from '../tracker/summarize';
import { readTimeline } from '../tracker/timelines';
import type { Database } from './db';
import { inTransaction, keyOf, readPerson, readRecord } from './records';

const schemas = {
  people: personSchema,
  summaries: summarySchema,
  meetings: meetingSchema,
  reminders: reminderStateSchema,
} as const satisfies Record<string, z.ZodType>;

export const PROBLEMS_LISTED = 200;

export interface Scan {
  problems: RecordProblem[];
  total: number;
  /** people who had no summary (so no row): their summary was written again */
  repaired: PersonSummary[];
}

/** every record that fails its schema, store by store (each event of a timeline on its own) */
async function fullScan(db: Database): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  for (const store of Object.keys(schemas) as Array<keyof typeof schemas>) {
    const values = await db.getAll(store);
    values.forEach((value, index) => {
      const read = readRecord(schemas[store], store, keyOf(value, `#${index}`), value);
      if (!read.ok) problems.push(read.problem);
    });
  }
  // keys and values from one transaction, so they line up
  const tx = db.transaction('timelines');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  values.forEach((value, index) => {
    problems.push(...readTimeline(String(keys[index]), value).problems);
  });
  return problems;
}

/**
 * the people the dashboard cannot list: every person has a summary, so a key without one is a
 * damaged record (reported, kept) or a lost summary (written again). Costs two key lists, not a
 * full read. `full` also checks every record of every store.
 */
export async function scanProblems(db: Database, full = false): Promise<Scan> {
  const keys = db.transaction(['people', 'summaries']);
  const [people, summaries] = await Promise.all([
    keys.objectStore('people').getAllKeys(),
    keys.objectStore('summaries').getAllKeys(),
  ]);
  const listed = new Set(summaries);
  const problems: RecordProblem[] = [];
  const repaired: PersonSummary[] = [];
  for (const key of people) {
    if (listed.has(key)) continue;
    const value = await db.get('people', key);
    const read = readPerson(keyOf(value, String(key)), value);
    if (!read.ok) problems.push(read.problem);
    else repaired.push(summarize(read.value));
  }
  if (repaired.length) {
    const tx = db.transaction('summaries', 'readwrite');
    await inTransaction(tx, 'repairing the list', async () => {
      for (const summary of repaired) await tx.store.put(summary);
    });
  }
  const all = full ? await fullScan(db) : problems;
  return { problems: all.slice(0, PROBLEMS_LISTED), total: all.length, repaired };
}
