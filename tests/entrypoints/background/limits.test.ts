import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLimits, handle, type Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import type { Database } from '@/utils/shortlist/store/db';
import { openDatabase } from '@/utils/shortlist/store/db';
import { findPerson } from '@/utils/shortlist/tracker/people';
import { freshName, snapshot } from '../../support/snapshots';

/** the database, counting the write transactions opened on it */
function counting(db: Database): { db: Database; writes: () => number } {
  let writes = 0;
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      if (key === 'transaction')
        return (stores: never, mode?: IDBTransactionMode) => {
          if (mode === 'readwrite') writes += 1;
          return target.transaction(stores, mode);
        };
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, writes: () => writes };
}

function services(db: () => Promise<Database>, now: () => number): Services {
  return {
    reminders: createReminderService(db),
    changed: () => undefined,
    limits: createLimits(now),
  };
}

describe('limits in the background', () => {
  it('a page that changes its content on every read rewrites the person a few times a minute at most', async () => {
    const { db, writes } = counting(await openDatabase(freshName()));
    let t = Date.parse('2026-03-01T10:00:00Z');
    const svc = services(
      async () => db,
      () => t,
    );
    await handle(async () => db, { type: 'shortlist', snapshot: snapshot() }, svc);
    const afterShortlist = writes();
    // 3.7 reads a second for 30 s, each with a new name and new skills (so a new score)
    for (let read = 0; read < 110; read += 1) {
      t += 270;
      await handle(
        async () => db,
        {
          type: 'analyze',
          snapshot: snapshot({
            name: `Mallory ${read}`,
            skills: read % 2 ? ['Python', 'Machine Learning', 'PyTorch'] : [],
          }),
        },
        svc,
      );
    }
    expect(writes() - afterShortlist).toBeLessThanOrEqual(4);
    const found = await findPerson(db, 'github:ada-okafor');
    const person = found && 'person' in found ? found.person : null;
    // one fit-history point a day at most
    expect(person?.fitHistory.length).toBe(1);
  });

  it('opens at most three dashboard tabs in ten seconds, whoever asks', async () => {
    const db = await openDatabase(freshName());
    let t = 0;
    const svc = services(
      async () => db,
      () => t,
    );
    const opened: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => opened.push(tab.url ?? ''));
    const results: string[] = [];
    for (let click = 0; click < 10; click += 1) {
      await handle(async () => db, { type: 'openDashboard' }, svc).then(
        () => results.push('opened'),
        (error: Error) => results.push(error.message),
      );
    }
    expect(results.filter((r) => r === 'opened')).toHaveLength(3);
    expect(results[3]).toMatch(/opened several dashboard tabs just now/);
    t += 10_001;
    await expect(handle(async () => db, { type: 'openDashboard' }, svc)).resolves.toBeNull();
  });
});
