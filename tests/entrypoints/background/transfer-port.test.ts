import { describe, expect, it } from 'vitest';
import { importByPort, streamedExport } from '@/components/dashboard/transfer';
import { handle, type Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import {
  type PortDeps,
  portSenderProblem,
  servePort,
} from '@/entrypoints/background/transfer-port';
import { seedDatabase } from '@/scripts/bench/seed';
import { exportText } from '@/utils/shortlist/portability/export';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { createTransfers } from '@/utils/shortlist/portability/transfer';
import { IMPORT_PORT, type PortLike } from '@/utils/shortlist/portability/transfer-port';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { portPair } from '../../support/ports';
import { freshName } from '../../support/snapshots';

const now = new Date('2026-03-04T05:06:07.000Z');
const SLOW = 60_000;

function background(db: Database) {
  const services: Services = {
    reminders: createReminderService(async () => db),
    changed: () => undefined,
    transfers: createTransfers(),
  };
  const deps: PortDeps = {
    db: async () => db,
    settings: async () => ({}),
    transfers: services.transfers as NonNullable<Services['transfers']>,
    check: async (upload, commit, progress) =>
      (await handle(
        async () => db,
        { type: commit ? 'commitImport' : 'previewImport', upload },
        { ...services, progress },
      )) as ImportSummary,
    now: () => now,
  };
  /** a page's port to this background; `tap` sees (and may change) what the background sends */
  const connect = (tap?: (worker: PortLike) => PortLike) => (name: string) => {
    const [page, worker] = portPair(name);
    servePort(tap ? tap(worker) : worker, deps);
    return page;
  };
  return { deps, connect };
}

async function seeded(people = 700) {
  const db = await openDatabase(freshName());
  await seedDatabase(db, { people, events: people * 3, seed: 3, now });
  return db;
}

describe('the export over a port', () => {
  it(
    'arrives in parts that join to exactly the file the one-piece export makes',
    async () => {
      const db = await seeded();
      const steps: Array<[number, number]> = [];
      const { parts, end } = await streamedExport(
        (done, of) => steps.push([done, of]),
        background(db).connect(),
      );
      const whole = await exportText(db, {}, now);
      expect(await new Blob([...parts]).text()).toBe(whole.json);
      expect(end).toMatchObject({ fileName: whole.fileName, people: 700, bytes: whole.bytes });
      // each part already a Blob as it came: their sizes add up to the file's bytes
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.every((part) => part instanceof Blob)).toBe(true);
      expect(parts.reduce((sum, part) => sum + part.size, 0)).toBe(whole.bytes);
      expect(steps.length).toBeGreaterThan(1);
      expect(steps.at(-1)?.[0]).toBe(steps.at(-1)?.[1]);
    },
    SLOW,
  );

  it(
    'the background stopping half-way is a clear error, and no file is made',
    async () => {
      const db = await seeded();
      let sent = 0;
      const connect = background(db).connect((worker) => ({
        ...worker,
        postMessage(message) {
          worker.postMessage(message);
          sent += 1;
          // the worker is stopped after its second part
          if (sent === 2) worker.disconnect();
        },
      }));
      await expect(streamedExport(() => undefined, connect)).rejects.toThrow(
        /The export was interrupted: MentorLens stopped while sending it .*Nothing was saved/,
      );
    },
    SLOW,
  );

  it(
    'an unreadable part stops it with a clear error, and no file is made',
    async () => {
      const db = await seeded();
      const connect = background(db).connect((worker) => ({
        ...worker,
        postMessage(message) {
          const m = message as { type: string; index?: number };
          worker.postMessage(m.type === 'part' && m.index === 1 ? { ...m, index: 7 } : m);
        },
      }));
      await expect(streamedExport(() => undefined, connect)).rejects.toThrow(
        /Part 8 of the export came where part 2 was expected\. No file was saved/,
      );
    },
    SLOW,
  );

  it(
    'a page that goes away stops the reading: nothing more is sent',
    async () => {
      const db = await seeded();
      let sent = 0;
      let page: PortLike | undefined;
      const connect = background(db).connect((worker) => ({
        ...worker,
        postMessage(message) {
          sent += 1;
          worker.postMessage(message);
          if (sent === 1) page?.disconnect();
        },
      }));
      page = connect('mentorlens-export');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(sent).toBeLessThanOrEqual(2);
    },
    SLOW,
  );
});

describe('an import over a port', () => {
  it(
    'reports sending, checking, comparing and writing, then what it changed; the commit reuses the preview',
    async () => {
      const source = await seeded(300);
      const { json } = await exportText(source, {}, now);
      const target = await openDatabase(freshName());
      const { connect } = background(target);
      const steps: string[] = [];
      const writes: Array<[number, number]> = [];
      const preview = await importByPort(
        { text: json },
        false,
        (stage) => steps.push(stage),
        connect(),
      );
      expect(preview.summary.people.added).toBe(300);
      expect(await target.count('people')).toBe(0);
      expect([...new Set(steps)]).toEqual(['sending', 'checking', 'merging']);
      steps.length = 0;
      const committed = await importByPort(
        { token: preview.token },
        true,
        (stage, done, of) => {
          steps.push(stage);
          if (stage === 'writing') writes.push([done, of]);
        },
        connect(),
      );
      expect(committed.summary.people.added).toBe(300);
      expect(await target.count('people')).toBe(300);
      // the file was read whole at the preview: the commit goes straight to the database
      expect([...new Set(steps)]).toEqual(['checking', 'merging', 'writing']);
      expect(writes[0]).toEqual([0, writes[0]?.[1]]);
      expect(writes.at(-1)?.[0]).toBe(writes.at(-1)?.[1]);
      for (const [index, [done]] of writes.entries())
        expect(done).toBeGreaterThanOrEqual(writes[index - 1]?.[0] ?? 0);
    },
    SLOW,
  );

  it('a malformed file is a clear error over the port and nothing is written', async () => {
    const target = await openDatabase(freshName());
    await expect(
      importByPort(
        { text: '{"format":"mentorlens-export",' },
        true,
        () => undefined,
        background(target).connect(),
      ),
    ).rejects.toThrow(/not valid JSON .*Nothing was imported/);
    expect(await target.count('people')).toBe(0);
  });

  it('an upload the background no longer holds says so (the page then sends it again)', async () => {
    const target = await openDatabase(freshName());
    await expect(
      importByPort({ token: 'gone' }, true, () => undefined, background(target).connect()),
    ).rejects.toThrow(/no longer held/);
  });

  const hostile: Array<[string, unknown[], RegExp]> = [
    ['not an object', ['begin'], /rejected: malformed message \(value: /],
    ['an unknown request', [{ type: 'delete' }], /rejected: malformed message \(type: /],
    ['too many parts', [{ type: 'begin', parts: 10_000 }], /malformed message \(parts: /],
    [
      'a part before the upload began',
      [{ type: 'part', index: 0, text: 'x' }],
      /before the upload began/,
    ],
    [
      'a part past the end',
      [
        { type: 'begin', parts: 1 },
        { type: 'part', index: 3, text: 'x' },
      ],
      /no part 4/,
    ],
    [
      'a part with an extra key',
      [
        { type: 'begin', parts: 1 },
        { type: 'part', index: 0, text: 'x', js: 1 },
      ],
      /malformed message/,
    ],
    [
      'a check of nothing',
      [{ type: 'check', upload: '', commit: true }],
      /malformed message \(upload: /,
    ],
  ];
  for (const [what, requests, error] of hostile)
    it(`refuses ${what} with a clear error`, async () => {
      const target = await openDatabase(freshName());
      const page = background(target).connect()(IMPORT_PORT);
      const replies: Array<{ type: string; message?: string }> = [];
      page.onMessage.addListener((reply) => replies.push(reply as { type: string }));
      for (const request of requests) page.postMessage(request);
      await expect.poll(() => replies.find((r) => r.type === 'error')?.message).toMatch(error);
      expect(await target.count('people')).toBe(0);
    });
});

describe('who may open a transfer port', () => {
  const id = 'mentorlens-id';
  const origin = 'chrome-extension://mentorlens-id/';
  it('only our own pages', () => {
    expect(portSenderProblem({ id, url: `${origin}dashboard.html` }, id, origin)).toBeNull();
    expect(portSenderProblem({ id, url: 'https://www.linkedin.com/in/ada' }, id, origin)).toMatch(
      /only MentorLens pages/,
    );
    expect(portSenderProblem({ id: 'other', url: `${origin}x.html` }, id, origin)).toMatch(
      /not this extension/,
    );
    expect(portSenderProblem(undefined, id, origin)).toMatch(/not this extension/);
  });
});
