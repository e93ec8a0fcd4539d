import { describe, expect, it } from 'vitest';
import { seedDatabase } from '@/scripts/bench/seed';
import { buildExport, exportText } from '@/utils/shortlist/portability/export';
import {
  READ_BATCH,
  type StreamProgress,
  streamExport,
} from '@/utils/shortlist/portability/export-stream';
import { PART_CHARS } from '@/utils/shortlist/portability/transfer';
import { utf8Length, utf8LengthByHand } from '@/utils/shortlist/portability/utf8';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { freshName } from '../../../support/snapshots';

const now = new Date('2026-03-04T05:06:07.000Z');
const settings = { quietMode: { linkedin: true, github: false } };

/** more people than one read batch, with damaged records in every store the export reads */
async function seeded(): Promise<Database> {
  const db = await openDatabase(freshName());
  await seedDatabase(db, { people: READ_BATCH * 2 + 37, events: 4_000, seed: 7, now });
  await db.put('people', { id: 'github:broken', status: 42 });
  // a number key sorts first: without a string id it is named by its place, #0
  await db.put('people', { name: 'no string id', id: 7 } as never);
  // v3: the events live in the people records; damaged timelines apart, in unlinkedTimelines
  const all = (await db.getAll('people')) as Array<{ id: string; events?: unknown[] }>;
  const first = all.find((person) => Array.isArray(person.events) && person.events.length);
  if (!first?.events) throw new Error('no timeline was seeded');
  await db.put('people', {
    ...first,
    events: [...first.events, { id: 'bad-event', type: 'nope' }],
  } as never);
  await db.put('unlinkedTimelines', { personId: 'github:gone', events: 'not a list' } as never);
  await db.put('meetings', { id: 'meeting-broken', personId: 5 } as never);
  return db;
}

async function streamed(db: Database, partChars?: number) {
  const parts: string[] = [];
  const steps: StreamProgress[] = [];
  const made = await streamExport(
    db,
    settings,
    (text, progress) => {
      parts.push(text);
      steps.push(progress);
    },
    { now, partChars },
  );
  return { parts, steps, made };
}

// seeding a thousand people takes a few seconds on a loaded machine
const SLOW = 60_000;

describe('the export made in parts', () => {
  it(
    'its parts joined are exactly the one-piece file, damaged records and all',
    async () => {
      const db = await seeded();
      const whole = JSON.stringify(await buildExport(db, settings, now));
      const { parts, made } = await streamed(db, 50_000);
      // a part at least for each read batch of people and of timelines
      expect(parts.length).toBeGreaterThanOrEqual(6);
      expect(parts.join('')).toBe(whole);
      const file = JSON.parse(whole);
      const damagedKeys = file.damaged.map(
        (d: { store: string; key: string }) => `${d.store} ${d.key}`,
      );
      expect(damagedKeys).toEqual(
        expect.arrayContaining([
          'people github:broken',
          'people #0',
          'timelines github:gone',
          expect.stringMatching(/^timelines .+#bad-event$/),
          'meetings meeting-broken',
        ]),
      );
      expect(made).toMatchObject({
        parts: parts.length,
        chars: whole.length,
        bytes: new Blob([whole]).size,
        people: file.people.length,
        events: file.events.length,
        meetings: file.meetings.length,
        damaged: file.damaged.length,
      });
      // the text the backup and the message path use is the same file too
      expect((await exportText(db, settings, now)).json).toBe(whole);
    },
    SLOW,
  );

  it(
    'no part is bigger than a message part, however long a batch is',
    async () => {
      const db = await seeded();
      const { parts } = await streamed(db, PART_CHARS * 10);
      expect(parts.every((part) => part.length <= PART_CHARS)).toBe(true);
    },
    SLOW,
  );

  it(
    'reports how many records it has read, rising to all of them',
    async () => {
      const db = await seeded();
      const { steps } = await streamed(db, 20_000);
      const of = steps[0]?.of ?? 0;
      expect(of).toBe(
        (await db.count('people')) +
          (await db.count('unlinkedTimelines')) +
          (await db.count('meetings')) +
          (await db.count('reminders')),
      );
      for (const [index, step] of steps.entries()) {
        expect(step.of).toBe(of);
        expect(step.done).toBeGreaterThanOrEqual(steps[index - 1]?.done ?? 0);
      }
      expect(steps.at(-1)?.done).toBe(of);
    },
    SLOW,
  );

  it(
    'an empty shortlist is a valid file in one part',
    async () => {
      const db = await openDatabase(freshName());
      const { parts } = await streamed(db);
      expect(parts).toHaveLength(1);
      expect(parts[0]).toBe(JSON.stringify(await buildExport(db, settings, now)));
    },
    SLOW,
  );

  it(
    'stops at the first part that can not be sent, with that error',
    async () => {
      const db = await seeded();
      let sent = 0;
      await expect(
        streamExport(
          db,
          settings,
          () => {
            sent += 1;
            if (sent === 3) throw new Error('the page closed the export');
          },
          { now, partChars: 20_000 },
        ),
      ).rejects.toThrow('the page closed the export');
      expect(sent).toBe(3);
    },
    SLOW,
  );
});

describe('UTF-8 sizes without a copy', () => {
  it('counts like an encoder: accents, emoji, lone surrogates, slices cut near a pair', () => {
    const texts = [
      '',
      'plain',
      'José Ñúñez 日本語',
      'emoji 👩🏽‍💻 and more 🚀',
      'lone \ud800 high and \udc00 low',
      `${'x'.repeat((1 << 20) - 1)}😀${'y'.repeat(10)}`,
    ];
    for (const text of texts) {
      const expected = new TextEncoder().encode(text).length;
      expect(utf8Length(text)).toBe(expected);
      expect(utf8LengthByHand(text)).toBe(expected);
    }
  });
});
