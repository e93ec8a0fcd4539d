import type { Database } from '@/utils/shortlist/store/db';
import { chunkOf } from '@/utils/shortlist/store/summary-chunks';

// test helpers for v3's summary chunks: place a raw (even damaged) summary as a writer never would

/** the raw entries stored in the chunk of this id */
export async function chunkEntriesOf(db: Database, id: string): Promise<unknown[]> {
  const stored = (await db.get('summaryChunks', chunkOf(id))) as
    | { summaries?: unknown[] }
    | undefined;
  return stored?.summaries ?? [];
}

/** adds a raw value to the chunk its id belongs to (or `bucket`), as it is */
export async function putRawSummary(
  db: Database,
  value: { id: string } & Record<string, unknown>,
  bucket = chunkOf(value.id),
): Promise<void> {
  const stored = (await db.get('summaryChunks', bucket)) as { summaries?: unknown[] } | undefined;
  await db.put('summaryChunks', { bucket, summaries: [...(stored?.summaries ?? []), value] });
}
