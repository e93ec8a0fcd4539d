import type { RequestType } from '@/utils/messaging/protocol';
import { type BackupStore, writeBackup } from '@/utils/shortlist/portability/backup';
import type { ExportSettings } from '@/utils/shortlist/portability/export-format';
import type { Database } from '@/utils/shortlist/store/db';

export const BACKUP_ALARM = 'mentorlens-backup';
/** the backup is rewritten after changes, at most this often */
export const BACKUP_EVERY_MS = 3 * 60_000;
// a burst of writes (an import, a few edits) makes one backup
const SETTLE_MS = 5_000;

// requests that change nothing the backup holds
const readOnly = new Set<RequestType>([
  'analyze',
  'findPerson',
  'listPeople',
  'countPeople',
  'openDashboard',
  'openOptions',
  'wake',
  'listSummaries',
  'getSummaries',
  'getPerson',
  'listReminders',
  'insights',
  'exportCsv',
  'previewImport',
  'linkSuggestions',
  'exportBegin',
  'exportPart',
  'importBegin',
  'importPart',
  'backupStatus',
  'backupBegin',
]);

/**
 * requests by which the user deletes records: the backup follows at once, not minutes later, so it
 * never holds (and offers back) what the user removed. An empty database is written over a backup
 * with people only after one of these actually deleted something: emptied on purpose
 */
export const userDeletions: ReadonlySet<RequestType> = new Set<RequestType>([
  'removePerson',
  'deleteMeeting',
  'deleteEverything',
]);

export interface BackupDeps {
  db: () => Promise<Database>;
  store: BackupStore;
  settings: () => Promise<ExportSettings>;
  /** wakes a stopped worker when the next backup is due */
  alarm(when: number): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/** keeps the local backup at most a few minutes behind the database */
export function createBackupService(deps: BackupDeps) {
  const now = deps.now ?? (() => Date.now());
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  let timer: unknown = null;
  let dirty = false;
  let emptyOnPurpose = false;
  let running: Promise<unknown> | null = null;

  async function run(): Promise<void> {
    timer = null;
    // a backup under way may have read the database before the latest change: write again after it
    while (running) {
      await running.catch(() => undefined);
      if (!dirty) return;
    }
    const purpose = emptyOnPurpose;
    dirty = false;
    emptyOnPurpose = false;
    running = (async () =>
      writeBackup(await deps.db(), await deps.settings(), deps.store, {
        emptyOnPurpose: purpose,
        now: new Date(now()),
      }))();
    try {
      await running;
    } catch {
      // the database can't be read or the disk is full: the previous backup stays; try later
      dirty = true;
      deps.alarm(now() + BACKUP_EVERY_MS);
    } finally {
      running = null;
    }
  }

  return {
    /**
     * after a request that may have written: a backup soon, or when the interval allows. After a
     * user deletion (`deleted`: it removed something) at once; when that left the shortlist empty,
     * the promise waits for the (small) backup, so the worker can't stop before it is in step
     */
    async changed(type: RequestType, options: { deleted?: boolean } = {}): Promise<void> {
      if (readOnly.has(type)) return;
      dirty = true;
      const deleted = userDeletions.has(type) && (options.deleted ?? type === 'deleteEverything');
      if (deleted) {
        emptyOnPurpose = true;
        const written = run();
        const people = await (await deps.db()).count('people').catch(() => null);
        if (people === 0) return written;
        return void written.catch(() => undefined);
      }
      if (timer !== null) return;
      const last = (await deps.store.meta().catch(() => null))?.at;
      const due = last ? Date.parse(last) + BACKUP_EVERY_MS : 0;
      if (due <= now()) timer = setTimer(() => void run(), SETTLE_MS);
      else deps.alarm(due);
    },
    /** the alarm: write if anything changed (or always, when the worker can't know) */
    async due(): Promise<void> {
      await run();
    },
    /** for tests and the worker's start: write now if there are changes */
    flush: async (): Promise<void> => {
      // a write queued behind the one under way (see run) takes its place: wait for that one too
      while (running) await running.catch(() => undefined);
      if (dirty) await run();
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
