import { describe, expect, it } from 'vitest';
import { importByPort, streamedExport } from '@/components/dashboard/transfer';
import type { Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import { type PortDeps, servePort } from '@/entrypoints/background/transfer-port';
import { seedDatabase } from '@/scripts/bench/seed';
import { exportText } from '@/utils/shortlist/portability/export';
import { createTransfers } from '@/utils/shortlist/portability/transfer';
import type { ChannelLike, OpenChannel } from '@/utils/shortlist/portability/transfer-port';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { portDeps } from '../../support/background';
import { portPair } from '../../support/ports';
import { freshName } from '../../support/snapshots';

// the dashboard's transfers with their messages on a BroadcastChannel of their own (Node's, real)

const now = new Date('2026-03-04T05:06:07.000Z');
const SLOW = 60_000;
const channel: OpenChannel = (name) => new BroadcastChannel(name) as unknown as ChannelLike;

/** `tap` sees (and may change) what the background posts on its channel */
function background(db: Database, tap?: (sent: ChannelLike, port: () => void) => ChannelLike) {
  const services: Services = {
    reminders: createReminderService(async () => db),
    changed: () => undefined,
    transfers: createTransfers(),
  };
  const onPort: string[] = [];
  const connect = (name: string) => {
    const [page, worker] = portPair(name);
    const deps: PortDeps = {
      ...portDeps(db, services),
      now: () => now,
      openChannel: (channelName) =>
        tap ? tap(channel(channelName), () => worker.disconnect()) : channel(channelName),
    };
    // what reaches the background by the port itself
    worker.onMessage.addListener((message) => onPort.push((message as { type: string }).type));
    servePort(worker, deps);
    return page;
  };
  return { connect, onPort };
}

async function seeded(people = 400) {
  const db = await openDatabase(freshName());
  await seedDatabase(db, { people, events: people * 3, seed: 4, now });
  return db;
}

describe('an export on a channel of its own', () => {
  it(
    'arrives whole: exactly the file the one-piece export makes, with progress',
    async () => {
      const db = await seeded();
      const steps: number[] = [];
      const { parts, end } = await streamedExport(
        (done) => steps.push(done),
        background(db).connect,
        channel,
      );
      const whole = await exportText(db, {}, now);
      expect(await new Blob([...parts]).text()).toBe(whole.json);
      expect(end).toMatchObject({ people: 400, bytes: whole.bytes, fileName: whole.fileName });
      expect(steps.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'the background stopping half-way is a clear error, and no file is made',
    async () => {
      const db = await seeded();
      let sent = 0;
      const { connect } = background(db, (real, stop) => ({
        ...real,
        close: () => real.close(),
        postMessage(message) {
          // the worker is stopped after its first message: nothing more comes
          sent += 1;
          if (sent > 1) return;
          real.postMessage(message);
          stop();
        },
      }));
      await expect(streamedExport(() => undefined, connect, channel)).rejects.toThrow(
        /The export was interrupted: MentorLens stopped while sending it .*Nothing was saved/,
      );
    },
    SLOW,
  );

  it(
    'a part out of order or unreadable stops it with a clear error, and no file is made',
    async () => {
      const db = await seeded();
      const { connect } = background(db, (real) => ({
        ...real,
        close: () => real.close(),
        postMessage(message) {
          const m = message as { type: string; index?: number };
          real.postMessage(m.type === 'part' && m.index === 0 ? { ...m, index: 3 } : m);
        },
      }));
      await expect(streamedExport(() => undefined, connect, channel)).rejects.toThrow(
        /Part 4 of the export came where part 1 was expected\. No file was saved/,
      );
      const strange = background(db, (real) => ({
        ...real,
        close: () => real.close(),
        postMessage: () => real.postMessage({ type: 'part', index: 0, text: 7 }),
      }));
      await expect(streamedExport(() => undefined, strange.connect, channel)).rejects.toThrow(
        /unreadable part .*No file was saved/,
      );
    },
    SLOW,
  );
});

describe('an import on a channel of its own', () => {
  it(
    'sends the file on the channel, not the port, and writes all of it',
    async () => {
      const source = await seeded(300);
      const { json } = await exportText(source, {}, now);
      const target = await openDatabase(freshName());
      const { connect, onPort } = background(target);
      const stages: string[] = [];
      const { summary } = await importByPort(
        { text: json },
        true,
        (stage) => stages.push(stage),
        connect,
        channel,
      );
      expect(summary.people.added).toBe(300);
      expect(await target.count('people')).toBe(300);
      expect(onPort).toEqual(['begin', 'check']);
      expect([...new Set(stages)]).toEqual(['sending', 'checking', 'merging', 'writing']);
    },
    SLOW,
  );

  it('a malformed file is a clear error and nothing is written', async () => {
    const target = await openDatabase(freshName());
    await expect(
      importByPort(
        { text: '{"format":"mentorlens-export",' },
        true,
        () => undefined,
        background(target).connect,
        channel,
      ),
    ).rejects.toThrow(/not valid JSON .*Nothing was imported/);
    expect(await target.count('people')).toBe(0);
  });

  it('a malformed message on the channel is refused and nothing is written', async () => {
    const target = await openDatabase(freshName());
    const page = background(target).connect('mentorlens-import#abcdefgh12');
    const side = channel('mentorlens-import#abcdefgh12');
    const replies: Array<{ type: string; message?: string }> = [];
    side.onmessage = (event) => replies.push(event.data);
    page.postMessage({ type: 'begin', parts: 1 });
    await expect.poll(() => replies.length).toBeGreaterThan(0);
    side.postMessage({ type: 'part', index: 0, text: '{}', extra: true });
    await expect
      .poll(() => replies.find((r) => r.type === 'error')?.message)
      .toMatch(/rejected: malformed message/);
    side.close();
    expect(await target.count('people')).toBe(0);
  });
});
