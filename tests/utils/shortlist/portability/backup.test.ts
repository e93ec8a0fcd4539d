import { describe, expect, it } from 'vitest';
import { BACKUP_EVERY_MS, createBackupService } from '@/entrypoints/background/backup';
import { handle, type Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import {
  type BackupStore,
  memoryBackupStore,
  writeBackup,
} from '@/utils/shortlist/portability/backup';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { openFailure, writeFailure } from '@/utils/shortlist/store/errors';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { listEvents, shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

function services(db: () => Promise<Database>, store: BackupStore): Services {
  return {
    reminders: createReminderService(db),
    changed: () => undefined,
    backupStore: store,
  };
}

async function saved(db: Database): Promise<void> {
  for (const handle of ['ada-okafor', 'sam-lindqvist', 'priya-raman']) {
    await shortlistProfile(db, snapshot({ handle, name: handle }), fitResult());
  }
  await updatePerson(db, 'github:ada-okafor', { notes: 'Met at NeurIPS', doNotContact: true });
  await addEvent(db, {
    id: 'e1',
    personId: 'github:ada-okafor',
    type: 'message',
    at: '2026-02-01T10:00:00.000Z',
    text: 'Hello',
    channel: 'email',
  });
}

describe('the local backup', () => {
  it('records survive the loss of the database: the dashboard is told, and restoring brings them back', async () => {
    const store = memoryBackupStore();
    const before = await openDatabase(freshName());
    await saved(before);
    expect(await writeBackup(before, {}, store)).toMatchObject({ people: 3 });
    // the disk filled, the browser restarted: the database came back empty
    const lost = await openDatabase(freshName());
    const svc = services(async () => lost, store);
    const status = await handle(async () => lost, { type: 'backupStatus' }, svc);
    expect(status).toMatchObject({ database: 'empty', backup: { people: 3 } });
    const restored = await handle(
      async () => lost,
      { type: 'restoreBackup', confirm: 'restore the backup' },
      svc,
    );
    expect(restored).toMatchObject({ people: { added: 3 } });
    expect(await lost.count('people')).toBe(3);
    const ada = await lost.get('people', 'github:ada-okafor');
    expect(ada).toMatchObject({ notes: 'Met at NeurIPS', doNotContact: true });
    expect((await listEvents(lost, 'github:ada-okafor')).events).toEqual(
      (await listEvents(before, 'github:ada-okafor')).events,
    );
  });

  it('an unreadable database is reported with what to do, and replaced by the backup on request', async () => {
    const store = memoryBackupStore();
    const before = await openDatabase(freshName());
    await saved(before);
    await writeBackup(before, {}, store);
    let broken = true;
    const fresh = await openDatabase(freshName());
    const db = async () => {
      if (broken)
        throw openFailure(
          new DOMException(
            'Internal error opening backing store for indexedDB.open.',
            'UnknownError',
          ),
        );
      return fresh;
    };
    const svc = services(db, store);
    const status = await handle(db, { type: 'backupStatus' }, svc);
    expect(status).toMatchObject({ database: 'unreadable', backup: { people: 3 } });
    expect((status as { error: string }).error).toMatch(
      /could not open its database .*Internal error opening backing store.*disk is full.*restore it from its local backup/,
    );
    broken = false;
    await handle(db, { type: 'restoreBackup', confirm: 'restore the backup' }, svc);
    expect(await fresh.count('people')).toBe(3);
  });

  it('never restores over a shortlist that has people, and says how to add the backup instead', async () => {
    const store = memoryBackupStore();
    const db = await openDatabase(freshName());
    await saved(db);
    await writeBackup(db, {}, store);
    await expect(
      handle(
        async () => db,
        { type: 'restoreBackup', confirm: 'restore the backup' },
        services(async () => db, store),
      ),
    ).rejects.toThrow(/holds 3 people, so the backup was not restored over it/);
  });

  it('an empty database never replaces a backup with people in it, unless the user emptied it', async () => {
    const store = memoryBackupStore();
    const db = await openDatabase(freshName());
    await saved(db);
    await writeBackup(db, {}, store);
    const empty = await openDatabase(freshName());
    expect(await writeBackup(empty, {}, store)).toBeNull();
    expect((await store.meta())?.people).toBe(3);
    expect(await writeBackup(empty, {}, store, { emptyOnPurpose: true })).toMatchObject({
      people: 0,
    });
  });

  it('is rewritten after changes, at most every few minutes; reads change nothing', async () => {
    const store = memoryBackupStore();
    const db = await openDatabase(freshName());
    let t = Date.parse('2026-03-01T10:00:00Z');
    const timers: Array<() => void> = [];
    const alarms: number[] = [];
    const backups = createBackupService({
      db: async () => db,
      store,
      settings: async () => ({}),
      alarm: (when) => alarms.push(when),
      now: () => t,
      setTimer: (fn) => timers.push(fn),
    });
    await backups.changed('listSummaries');
    expect(timers).toHaveLength(0);
    await shortlistProfile(db, snapshot(), fitResult());
    await backups.changed('shortlist');
    await backups.changed('setStatus');
    expect(timers).toHaveLength(1);
    timers[0]?.();
    await backups.flush();
    expect((await store.meta())?.people).toBe(1);
    // another change a minute later waits for the interval: an alarm, no write now
    t += 60_000;
    await shortlistProfile(db, snapshot({ handle: 'sam' }), fitResult());
    await backups.changed('shortlist');
    expect(timers).toHaveLength(1);
    expect(alarms).toEqual([Date.parse('2026-03-01T10:00:00Z') + BACKUP_EVERY_MS]);
    t = alarms[0] ?? t;
    await backups.due();
    expect((await store.meta())?.people).toBe(2);
    // deleting everything empties the backup at once, whatever the interval
    t += 1_000;
    await db.clear('people');
    await backups.changed('deleteEverything');
    expect((await store.meta())?.people).toBe(0);
  });
});

describe('the backup follows what the user deletes', () => {
  // the worker as it runs: requests through handle, the backup service told of each; the settle
  // timer never fires and the clock stands still, so only a write at once reaches the backup
  function worker(db: Database, store: BackupStore) {
    const timers: Array<() => void> = [];
    const backups = createBackupService({
      db: async () => db,
      store,
      settings: async () => ({}),
      alarm: () => undefined,
      now: () => Date.parse('2026-03-01T10:00:00Z'),
      setTimer: (fn) => timers.push(fn),
    });
    const svc: Services = { ...services(async () => db, store), backups };
    return {
      timers,
      backups,
      send: <R extends Parameters<typeof handle>[1]>(request: R) =>
        handle(async () => db, request, svc),
    };
  }

  it('removing people one by one until none is left: the backup empties too, and the dashboard offers nobody back', async () => {
    const store = memoryBackupStore();
    const db = await openDatabase(freshName());
    const { send, timers, backups } = worker(db, store);
    for (const handle of ['ada-okafor', 'sam-lindqvist']) {
      await send({ type: 'shortlist', snapshot: snapshot({ handle, name: handle }) });
    }
    timers.shift()?.();
    await writeBackup(db, {}, store);
    expect((await store.meta())?.people).toBe(2);

    expect(await send({ type: 'removePerson', id: 'github:ada-okafor' })).toBe(true);
    await backups.flush();
    expect((await store.meta())?.people).toBe(1);
    expect(await send({ type: 'removePerson', id: 'github:sam-lindqvist' })).toBe(true);
    // in step by the time the removal is answered: nothing left to offer back
    expect((await store.meta())?.people).toBe(0);
    const status = await send({ type: 'backupStatus' });
    expect(status).toMatchObject({ database: 'empty', backup: { people: 0 } });
  });

  it('flush waits for the write queued behind the one under way, not only for that one', async () => {
    // a write that read all three people is still under way when one of them is removed
    const memory = memoryBackupStore();
    let entered = () => {};
    const writing = new Promise<void>((resolve) => (entered = resolve));
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writes = 0;
    const store: BackupStore = {
      ...memory,
      async write(text, meta) {
        writes += 1;
        if (writes === 1) {
          entered();
          await gate;
        }
        await memory.write(text, meta);
      },
    };
    const db = await openDatabase(freshName());
    const { send, backups } = worker(db, store);
    for (const handle of ['ada-okafor', 'sam-lindqvist', 'priya-raman']) {
      await send({ type: 'shortlist', snapshot: snapshot({ handle, name: handle }) });
    }
    const first = backups.due();
    await writing;
    expect(await send({ type: 'removePerson', id: 'github:ada-okafor' })).toBe(true);
    const flushed = backups.flush();
    release();
    await flushed;
    expect(writes).toBe(2);
    expect((await store.meta())?.people).toBe(2);
    await first;
  });

  it('a database that comes back empty without the user removing anyone still keeps the backup, and a removal of nobody changes nothing', async () => {
    const store = memoryBackupStore();
    const before = await openDatabase(freshName());
    await saved(before);
    await writeBackup(before, {}, store);
    // the disk filled, the browser restarted: an empty database, and the worker writes as usual
    const lost = await openDatabase(freshName());
    const { send, backups } = worker(lost, store);
    await backups.due();
    expect(await send({ type: 'removePerson', id: 'github:ada-okafor' })).toBe(false);
    expect(await send({ type: 'deleteMeeting', id: 'm1' })).toBe(false);
    await backups.flush();
    const status = await send({ type: 'backupStatus' });
    expect(status).toMatchObject({ database: 'empty', backup: { people: 3 } });
  });
});

describe('a full or failing disk', () => {
  it.each([
    [
      'the transaction was aborted',
      new DOMException(
        'The transaction was aborted, so the request cannot be fulfilled.',
        'AbortError',
      ),
    ],
    [
      'blobs could not be written',
      new DOMException('Failed to write blobs (IOError)', 'UnknownError'),
    ],
    ['quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ])('%s: says the disk is likely full and what to do', (_name, error) => {
    const message = writeFailure(error, 'the change').message;
    expect(message).toMatch(/storage/);
    expect(message).toMatch(/nothing was half-written/);
    expect(message).toMatch(/Free some disk space/);
  });

  it('a bug of ours is not blamed on the disk', () => {
    expect(writeFailure(new TypeError('x is undefined'), 'the change').message).toBe(
      'The change failed: x is undefined',
    );
  });
});
