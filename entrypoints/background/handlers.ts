import { type Browser, browser } from 'wxt/browser';
import { messageOf } from '@/utils/errors';
import { scoreFit } from '@/utils/fit/score';
import type {
  Analysis,
  PersonDetail,
  ReaderSite,
  Request,
  RequestOf,
  RequestType,
  ResponseMap,
} from '@/utils/messaging/protocol';
import { slidingWindow, type Window, windowsByKey } from '@/utils/messaging/rate-limit';
import { mergeSnapshots, sameSnapshot } from '@/utils/profile/merge';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { type FitSettings, loadFitSettings } from '@/utils/settings/fit-settings';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import { effectiveness } from '@/utils/shortlist/analytics/effectiveness';
import {
  type BackupStore,
  backupText,
  databaseHealth,
  memoryBackupStore,
  opfsBackupStore,
} from '@/utils/shortlist/portability/backup';
import { buildCsv, exportFileName, exportText } from '@/utils/shortlist/portability/export';
import { commitImport, previewImport } from '@/utils/shortlist/portability/import';
import { parseImport } from '@/utils/shortlist/portability/import-parse';
import { createTransfers, type Transfers } from '@/utils/shortlist/portability/transfer';
import type { ImportProgress } from '@/utils/shortlist/portability/transfer-port';
import { dismissReminder, snoozeReminder } from '@/utils/shortlist/reminders/states';
import type { Person } from '@/utils/shortlist/schema/person';
import { type Database, deleteUnreadableDatabase } from '@/utils/shortlist/store/db';
import { ShortlistError } from '@/utils/shortlist/store/errors';
import { scanProblems } from '@/utils/shortlist/store/problems';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { linkPeople, linkSuggestions } from '@/utils/shortlist/tracker/link';
import {
  allMeetings,
  deleteMeeting,
  listMeetings,
  saveMeeting,
} from '@/utils/shortlist/tracker/meetings';
import {
  countPeople,
  deleteEverything,
  findOwner,
  findPerson,
  getPerson,
  getSummaries,
  listEvents,
  listPeople,
  listSummaries,
  recentSummaries,
  removePerson,
  setStatus,
  shortlistProfile,
  updatePerson,
} from '@/utils/shortlist/tracker/people';
import type { BackupService } from './backup';
import { joinMemberId, listFit, shortlistFromCard } from './lists';
import { markFromPage, noteFromPage } from './page-updates';
import { createReminderService, type ReminderService } from './reminders';
import { browserSettings } from './settings-port';

/** reads the goals and weights a fit is scored with */
export type Settings = () => Promise<FitSettings>;
const settingsOf = (services: Services): Settings => services.fitSettings ?? loadFitSettings;

async function fitFor(snapshots: ProfileSnapshot[], settings: Settings) {
  const { profile, usesDefaultProfile, weights } = await settings();
  return scoreFit(snapshots, profile, { usesDefaultProfile, weights });
}

// a page that rewrites itself can't turn views into a stream of writes, nor open tabs without end
const REFRESHES_PER_PERSON = 4;
const TABS_OPENED = 3;
const LIMIT_WINDOW_MS = 60_000;
const TAB_WINDOW_MS = 10_000;

/** how often the background lets views rewrite a person and pages open tabs */
export interface Limits {
  refreshes(personId: string): Window;
  tabs: Window;
}

export const createLimits = (now = () => Date.now()): Limits => ({
  refreshes: windowsByKey(REFRESHES_PER_PERSON, LIMIT_WINDOW_MS, 500, now),
  tabs: slidingWindow(TABS_OPENED, TAB_WINDOW_MS, now),
});

const workerLimits = createLimits();
// exports and imports on their way, part by part
const workerTransfers = createTransfers();
// the rolling local backup: in the origin-private file system where the browser has one
export const workerBackups: BackupStore = opfsBackupStore() ?? memoryBackupStore();

/**
 * restores the local backup into an empty database, or into a new one in place of a database that
 * won't open (the user confirmed); a shortlist with people in it is never replaced
 */
async function restoreBackup(db: () => Promise<Database>, store: BackupStore) {
  const text = await backupText(store);
  const health = await databaseHealth(db);
  if (health.database === 'ok')
    throw new ShortlistError(
      `Your shortlist holds ${health.people} people, so the backup was not restored over it. To add the backup's people, download it and import it from "Your data".`,
    );
  if (health.database === 'unreadable') await deleteUnreadableDatabase();
  return commitImport(await db(), text, browserSettings);
}

/** an upload read whole once: a preview and then its commit parse and check the file once */
function importInput(request: { text?: string; upload?: string }, transfers: Transfers) {
  if (request.upload === undefined) return importText(request, transfers);
  const token = request.upload;
  return transfers.once(token, 'parsed', () => parseImport(transfers.text(token)));
}

/** an import's text: given whole, or an upload that arrived in parts */
function importText(request: { text?: string; upload?: string }, transfers: Transfers): string {
  if (request.upload !== undefined) return transfers.text(request.upload);
  if (request.text !== undefined) return request.text;
  throw new Error('An import needs the text of the file or an upload.');
}

/** a shortlisted person's other profile counts too; what this page shows refreshes their own profile, never joins another */
async function analyze(
  db: Database,
  snapshot: ProfileSnapshot,
  limits: Limits,
  settings: Settings,
): Promise<Analysis> {
  const found = await findOwner(db, snapshot);
  let person = found && 'person' in found ? found.person : null;
  const problem = found && 'problem' in found ? found.problem : null;
  const stored = person?.profiles[snapshot.source];
  const current = stored ? mergeSnapshots(stored, snapshot) : snapshot;
  const others = Object.values(person?.profiles ?? {}).filter(
    (p): p is ProfileSnapshot => !!p && p.source !== snapshot.source,
  );
  try {
    const fit = await fitFor([current, ...others], settings);
    // a changed page refreshes the record; only shortlisting joins a profile to a person
    // a few refreshes a minute per person at most, however the page churns
    if (person && stored && !sameSnapshot(current, stored) && limits.refreshes(person.id).take()) {
      person = await shortlistProfile(db, current, fit);
    }
    return { fit, person, problem };
  } catch (error) {
    return {
      fit: null,
      person,
      problem,
      error: messageOf(error),
    };
  }
}

async function personDetail(db: Database, id: string): Promise<PersonDetail> {
  const found = await getPerson(db, id);
  const events = await listEvents(db, id);
  const meetings = await listMeetings(db, id);
  return {
    person: found && 'person' in found ? found.person : null,
    problem: found && 'problem' in found ? found.problem : null,
    events: events.events,
    meetings: meetings.meetings,
    problems: [...events.problems, ...meetings.problems],
  };
}

async function insights(db: Database): Promise<ResponseMap['insights']> {
  let goals: Awaited<ReturnType<typeof loadMenteeProfile>>['profile']['goals'] = [];
  let settingsError: string | null = null;
  try {
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    goals = usesDefaultProfile ? [] : profile.goals;
  } catch (error) {
    settingsError = messageOf(error);
  }
  const { summaries } = await listSummaries(db);
  return { ...effectiveness(summaries, await allMeetings(db), goals), settingsError };
}

/** what a handled request changed, for the pages that show it: people by id, or everything */
export type Changed = { ids: string[] } | { all: true };

export interface Services {
  reminders: ReminderService;
  /** called after a write commits; pages refresh what changed */
  changed(change: Changed): void;
  /** rate limits (the worker's own unless given) */
  limits?: Limits;
  /** files on their way in parts (the worker's own unless given) */
  transfers?: Transfers;
  /** the local backup (the worker's own store unless given) */
  backupStore?: BackupStore;
  /** rewrites the backup after changes */
  backups?: Pick<BackupService, 'changed'>;
  /** told how an import is getting on (the import port passes it) */
  progress?: (progress: ImportProgress) => void;
  /** the goals and weights fits are scored with (read from storage each time unless given) */
  fitSettings?: Settings;
  /** gets the scorer ready while a waking page is still being parsed (see warm-up.ts) */
  warmUp?: () => void;
  /** injects the sender's site's reader into its frame (see reader-loader.ts) */
  loadReader?: (sender: Browser.runtime.MessageSender | undefined) => Promise<{ site: ReaderSite }>;
}

function changeOf(request: Request, result: unknown): Changed | null {
  switch (request.type) {
    case 'shortlist':
      return { ids: [(result as ResponseMap['shortlist']).id] };
    case 'shortlistCard':
      return { ids: [(result as ResponseMap['shortlistCard']).id] };
    case 'markFromPage':
    case 'noteFromPage':
      return { ids: [(result as ResponseMap['markFromPage']).person.id] };
    case 'setStatus':
    case 'updatePerson':
    case 'removePerson':
      return { ids: [request.id] };
    case 'addEvent':
      return { ids: [request.event.personId] };
    case 'saveMeeting':
      return { ids: [request.meeting.personId] };
    case 'commitImport':
    case 'deleteEverything':
    case 'linkPeople':
    case 'restoreBackup':
      return { all: true };
    default:
      return null;
  }
}

/** whether the user's deletion removed anything (a removal of someone already gone did not) */
function deletedSomething(request: Request, result: unknown): boolean {
  switch (request.type) {
    case 'removePerson':
    case 'deleteMeeting':
      return result === true;
    case 'deleteEverything':
      return true;
    default:
      return false;
  }
}

const affectsReminders = new Set<Request['type']>([
  'setStatus',
  'updatePerson',
  'removePerson',
  'addEvent',
  'saveMeeting',
  'deleteMeeting',
  'snoozeReminder',
  'dismissReminder',
  'remindersChanged',
  'commitImport',
  'deleteEverything',
  'linkPeople',
  'restoreBackup',
  'markFromPage',
  'noteFromPage',
]);

/** what every handler gets besides its request */
interface Context {
  db: () => Promise<Database>;
  services: Services;
  /** who sent it (the receiver has checked it); absent for the worker's own calls */
  sender?: Browser.runtime.MessageSender;
}

/** one handler per request type, each answering with that type's response (checked by tsc) */
export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>, context: Context) => Promise<ResponseMap[K]>;
};

export const handlers: Handlers = {
  async analyze(request, { db, services }) {
    return analyze(
      await db(),
      request.snapshot,
      services.limits ?? workerLimits,
      settingsOf(services),
    );
  },
  async linkSuggestions(request, { db }) {
    return linkSuggestions(await db(), request.id);
  },
  async linkPeople(request, { db }) {
    return linkPeople(await db(), request.keepId, request.otherId);
  },
  async shortlist(request, { db, services }) {
    const fit = await fitFor([request.snapshot], settingsOf(services));
    return shortlistProfile(await db(), request.snapshot, fit);
  },
  async findPerson(request, { db }) {
    const found = await findPerson(await db(), request.key);
    return found && 'person' in found ? found.person : null;
  },
  async listPeople(_request, { db }) {
    return listPeople(await db());
  },
  async countPeople(_request, { db }) {
    return countPeople(await db());
  },
  async setStatus(request, { db }) {
    return setStatus(await db(), request.id, request.status, request.note ?? null);
  },
  async removePerson(request, { db }) {
    return removePerson(await db(), request.id);
  },
  async openDashboard(request, { services }) {
    if (!(services.limits ?? workerLimits).tabs.take())
      throw new Error(
        'MentorLens opened several dashboard tabs just now, so it opened no more. Use one of those, or try again in a few seconds.',
      );
    const hash = request.personId ? `#/person/${encodeURIComponent(request.personId)}` : '';
    await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
    return null;
  },
  async openOptions(_request) {
    await browser.runtime.openOptionsPage();
    return null;
  },
  async wake(_request, { services }) {
    services.warmUp?.();
    return null;
  },
  async loadReader(_request, { services, sender }) {
    if (!services.loadReader) throw new Error('loadReader: this background injects no reader');
    // a page about to be read: the scorer gets ready during the round trip
    services.warmUp?.();
    return services.loadReader(sender);
  },
  async listSummaries(request, { db }) {
    if (request.first) return recentSummaries(await db(), request.first);
    const all = await listSummaries(await db());
    return { ...all, total: all.summaries.length + all.problems.length };
  },
  async getSummaries(request, { db }) {
    return getSummaries(await db(), request.ids);
  },
  async scanProblems(request, { db }) {
    return scanProblems(await db(), request.full ?? false);
  },
  async getPerson(request, { db }) {
    return personDetail(await db(), request.id);
  },
  async updatePerson(request, { db }) {
    return updatePerson(await db(), request.id, request.patch, new Date(), request.expected);
  },
  async addEvent(request, { db }) {
    return addEvent(await db(), request.event);
  },
  async saveMeeting(request, { db }) {
    return saveMeeting(await db(), request.meeting);
  },
  async deleteMeeting(request, { db }) {
    return deleteMeeting(await db(), request.id);
  },
  async listReminders(_request, { services }) {
    return services.reminders.view();
  },
  async snoozeReminder(request, { db }) {
    return snoozeReminder(await db(), request.reminder, new Date(request.until));
  },
  async dismissReminder(request, { db }) {
    return dismissReminder(await db(), request.reminder);
  },
  async remindersChanged(_request, { services }) {
    return services.reminders.refresh();
  },
  async insights(_request, { db }) {
    return insights(await db());
  },
  async exportCsv(_request, { db }) {
    return { csv: await buildCsv(await db()), fileName: exportFileName(new Date(), 'csv') };
  },
  async previewImport(request, { db, services }) {
    return previewImport(
      await db(),
      importInput(request, services.transfers ?? workerTransfers),
      browserSettings,
      services.progress,
    );
  },
  async commitImport(request, { db, services }) {
    const transfers = services.transfers ?? workerTransfers;
    const result = await commitImport(
      await db(),
      importInput(request, transfers),
      browserSettings,
      services.progress,
    );
    if (request.upload !== undefined) transfers.release(request.upload);
    return result;
  },
  async exportBegin(_request, { db, services }) {
    const { json, ...counts } = await exportText(await db(), await browserSettings.read());
    return { ...(services.transfers ?? workerTransfers).offer(json), ...counts };
  },
  async exportPart(request, { services }) {
    return { text: (services.transfers ?? workerTransfers).part(request.token, request.index) };
  },
  async backupStatus(_request, { db, services }) {
    return {
      ...(await databaseHealth(db)),
      backup: await (services.backupStore ?? workerBackups).meta().catch(() => null),
    };
  },
  async restoreBackup(_request, { db, services }) {
    return restoreBackup(db, services.backupStore ?? workerBackups);
  },
  async backupBegin(_request, { services }) {
    const text = await backupText(services.backupStore ?? workerBackups);
    const meta = await (services.backupStore ?? workerBackups).meta();
    return {
      ...(services.transfers ?? workerTransfers).offer(text),
      bytes: meta?.bytes ?? text.length,
      fileName: `mentorlens-backup-${(meta?.at ?? new Date().toISOString()).slice(0, 10)}.json`,
      people: meta?.people ?? 0,
      events: meta?.events ?? 0,
      meetings: meta?.meetings ?? 0,
      damaged: 0,
    };
  },
  async importBegin(request, { services }) {
    return { token: (services.transfers ?? workerTransfers).receive(request.parts) };
  },
  async importPart(request, { services }) {
    return (services.transfers ?? workerTransfers).put(request.token, request.index, request.text);
  },
  async deleteEverything(_request, { db }) {
    return deleteEverything(await db());
  },
  async listFit(request, { db, services }) {
    return listFit(await db(), request.people, settingsOf(services));
  },
  async shortlistCard(request, { db, services }) {
    return shortlistFromCard(await db(), request.person, settingsOf(services));
  },
  async joinMemberId(request, { db }) {
    return joinMemberId(await db(), request.memberId, request.handle);
  },
  async markFromPage(request, { db, services }) {
    const store = await db();
    return markFromPage(store, request, shortlistFrom(store, settingsOf(services)));
  },
  async noteFromPage(request, { db, services }) {
    const store = await db();
    return noteFromPage(store, request, shortlistFrom(store, settingsOf(services)));
  },
};

// the hint's status and note requests shortlist a person first when they aren't yet
const shortlistFrom =
  (store: Database, settings: Settings) =>
  async (snapshot: ProfileSnapshot): Promise<Person> =>
    shortlistProfile(store, snapshot, await fitFor([snapshot], settings));

function answer<R extends Request>(
  db: () => Promise<Database>,
  request: R,
  services: Services,
  sender?: Browser.runtime.MessageSender,
): Promise<ResponseMap[R['type']]> {
  // one lookup: the map's type ties each handler to its request and answer
  const handler = handlers[request.type] as unknown as (
    request: R,
    context: Context,
  ) => Promise<ResponseMap[R['type']]>;
  return handler(request, { db, services, sender });
}

/** maps each request to the domain function that answers it, then tells reminders and pages what changed */
export async function handle<R extends Request>(
  db: () => Promise<Database>,
  request: R,
  services: Services = { reminders: createReminderService(db), changed: () => undefined },
  sender?: Browser.runtime.MessageSender,
): Promise<ResponseMap[R['type']]> {
  const result = await answer(db, request, services, sender);
  const change = changeOf(request, result);
  if (change) services.changed(change);
  // a deletion that emptied the shortlist is in the backup before the reply (see backup.ts)
  const deleted = deletedSomething(request, result);
  const backup = services.backups?.changed(request.type, { deleted }).catch(() => undefined);
  if (deleted) await backup;
  // remindersChanged already refreshed; the rest refresh in the background of the reply
  if (affectsReminders.has(request.type) && request.type !== 'remindersChanged')
    void services.reminders.refresh().catch(() => undefined);
  return result;
}
