import { describe, expect, it } from 'vitest';
import { handle, type Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import { seedDatabase } from '@/scripts/bench/seed';
import { importLimits } from '@/utils/shortlist/portability/export-format';
import { createTransfers, PART_CHARS, splitText } from '@/utils/shortlist/portability/transfer';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { freshName } from '../../../support/snapshots';

const PEOPLE = Number(process.env.ROUND_TRIP_PEOPLE ?? 20_000);

function background(db: Database) {
  const services: Services = {
    reminders: createReminderService(async () => db),
    changed: () => undefined,
    transfers: createTransfers(),
  };
  // every request as the page sends it: through JSON, like a runtime message
  return async <T>(request: Parameters<typeof handle>[1]): Promise<T> => {
    const message = JSON.stringify(request);
    expect(message.length).toBeLessThan(64 * 1024 * 1024);
    const reply = JSON.stringify(await handle(async () => db, JSON.parse(message), services));
    expect(reply.length).toBeLessThan(64 * 1024 * 1024);
    return JSON.parse(reply) as T;
  };
}

describe('export → import round trip', () => {
  it(`${PEOPLE.toLocaleString('en')} realistic people leave in parts and come back whole`, async () => {
    const source = await openDatabase(freshName());
    const seeded = await seedDatabase(source, {
      people: PEOPLE,
      events: PEOPLE * 15,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    const started = performance.now();
    const ask = background(source);
    const begun = await ask<{ token: string; parts: number; bytes: number; people: number }>({
      type: 'exportBegin',
    });
    expect(begun.people).toBe(PEOPLE);
    const parts: string[] = [];
    for (let index = 0; index < begun.parts; index += 1)
      parts.push(
        (await ask<{ text: string }>({ type: 'exportPart', token: begun.token, index })).text,
      );
    const text = parts.join('');
    const exportMs = performance.now() - started;
    expect(text.length).toBeLessThanOrEqual(begun.parts * PART_CHARS);
    expect(begun.bytes).toBeLessThan(importLimits.bytes);

    const target = await openDatabase(freshName());
    const into = background(target);
    const importStarted = performance.now();
    const chunks = splitText(text);
    const { token } = await into<{ token: string }>({ type: 'importBegin', parts: chunks.length });
    for (const [index, chunk] of chunks.entries())
      await into({ type: 'importPart', token, index, text: chunk });
    const result = await into<{ people: { added: number }; events: { added: number } }>({
      type: 'commitImport',
      upload: token,
    });
    const importMs = performance.now() - importStarted;
    expect(result.people.added).toBe(PEOPLE);
    expect(result.events.added).toBe(seeded.events);
    expect(await target.count('people')).toBe(PEOPLE);
    expect(await target.count('meetings')).toBe(seeded.meetings);
    // the same records: exported again, the same file but for its date
    const again = await into<{ token: string; parts: number; bytes: number }>({
      type: 'exportBegin',
    });
    expect(again.bytes).toBe(begun.bytes);
    console.info(
      `round trip: ${PEOPLE} people, ${seeded.events} events, ${seeded.meetings} meetings; export ${(begun.bytes / 1024 / 1024).toFixed(1)} MB in ${begun.parts} parts, ${Math.round(exportMs)} ms; import ${Math.round(importMs)} ms`,
    );
  }, 600_000);
});
