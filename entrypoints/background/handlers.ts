import { browser } from 'wxt/browser';
import { scoreFit } from '@/utils/fit/score';
import type { Analysis, PersonDetail, Request, ResponseMap } from '@/utils/messaging/protocol';
import { mergeSnapshots, sameSnapshot } from '@/utils/profile/merge';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { loadFitWeights } from '@/utils/settings/fit-weights';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/db';
import { effectiveness } from '@/utils/shortlist/effectiveness';
import { addEvent } from '@/utils/shortlist/events';
import { buildCsv, buildExport, exportFileName } from '@/utils/shortlist/export';
import { commitImport, previewImport } from '@/utils/shortlist/import';
import { linkPeople, linkSuggestions } from '@/utils/shortlist/link';
import { allMeetings, deleteMeeting, listMeetings, saveMeeting } from '@/utils/shortlist/meetings';
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
} from '@/utils/shortlist/people';
import { scanProblems } from '@/utils/shortlist/problems';
import { dismissReminder, snoozeReminder } from '@/utils/shortlist/reminder-store';
import { joinMemberId, listFit, shortlistFromCard } from './lists';
import { createReminderService, type ReminderService } from './reminders';
import { browserSettings } from './settings-port';

async function fitFor(snapshots: ProfileSnapshot[]) {
  const [{ profile, usesDefaultProfile }, weights] = await Promise.all([
    loadMenteeProfile(),
    loadFitWeights(),
  ]);
  return scoreFit(snapshots, profile, { usesDefaultProfile, weights });
}

/** a shortlisted person's other profile counts too, and what this page shows completes the record */
async function analyze(db: Database, snapshot: ProfileSnapshot): Promise<Analysis> {
  const found = await findOwner(db, snapshot);
  let person = found && 'person' in found ? found.person : null;
  const problem = found && 'problem' in found ? found.problem : null;
  const stored = person?.profiles[snapshot.source];
  const current = stored ? mergeSnapshots(stored, snapshot) : snapshot;
  const others = Object.values(person?.profiles ?? {}).filter(
    (p): p is ProfileSnapshot => !!p && p.source !== snapshot.source,
  );
  try {
    const fit = await fitFor([current, ...others]);
    // a linked profile joins its person; a changed page refreshes the record
    if (person && (!stored || !sameSnapshot(current, stored))) {
      person = await shortlistProfile(db, current, fit);
    }
    return { fit, person, problem };
  } catch (error) {
    return {
      fit: null,
      person,
      problem,
      error: error instanceof Error ? error.message : String(error),
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
    settingsError = error instanceof Error ? error.message : String(error);
  }
  const { summaries } = await listSummaries(db);
  return { ...effectiveness(summaries, await allMeetings(db), goals), settingsError };
}

async function exportData(db: Database): Promise<ResponseMap['exportData']> {
  const now = new Date();
  const file = await buildExport(db, await browserSettings.read(), now);
  return {
    json: JSON.stringify(file),
    fileName: exportFileName(now, 'json'),
    people: file.people.length,
    events: file.events.length,
    meetings: file.meetings.length,
    damaged: file.damaged.length,
  };
}

/** what a handled request changed, for the pages that show it: people by id, or everything */
export type Changed = { ids: string[] } | { all: true };

export interface Services {
  reminders: ReminderService;
  /** called after a write commits; pages refresh what changed */
  changed(change: Changed): void;
}

function changeOf(request: Request, result: unknown): Changed | null {
  switch (request.type) {
    case 'shortlist':
      return { ids: [(result as ResponseMap['shortlist']).id] };
    case 'shortlistCard':
      return { ids: [(result as ResponseMap['shortlistCard']).id] };
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
      return { all: true };
    default:
      return null;
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
]);

async function answer(
  db: () => Promise<Database>,
  request: Request,
  services: Services,
): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'analyze':
      return analyze(await db(), request.snapshot);
    case 'linkSuggestions':
      return linkSuggestions(await db(), request.id);
    case 'linkPeople':
      return linkPeople(await db(), request.keepId, request.otherId);
    case 'shortlist':
      return shortlistProfile(await db(), request.snapshot, await fitFor([request.snapshot]));
    case 'findPerson': {
      const found = await findPerson(await db(), request.key);
      return found && 'person' in found ? found.person : null;
    }
    case 'listPeople':
      return listPeople(await db());
    case 'countPeople':
      return countPeople(await db());
    case 'setStatus':
      return setStatus(await db(), request.id, request.status, request.note ?? null);
    case 'removePerson':
      return removePerson(await db(), request.id);
    case 'openDashboard': {
      const hash = request.personId ? `#/person/${encodeURIComponent(request.personId)}` : '';
      await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
      return null;
    }
    case 'openOptions':
      await browser.runtime.openOptionsPage();
      return null;
    case 'listSummaries': {
      if (request.first) return recentSummaries(await db(), request.first);
      const all = await listSummaries(await db());
      return { ...all, total: all.summaries.length + all.problems.length };
    }
    case 'getSummaries':
      return getSummaries(await db(), request.ids);
    case 'scanProblems':
      return scanProblems(await db(), request.full ?? false);
    case 'getPerson':
      return personDetail(await db(), request.id);
    case 'updatePerson':
      return updatePerson(await db(), request.id, request.patch);
    case 'addEvent':
      return addEvent(await db(), request.event);
    case 'saveMeeting':
      return saveMeeting(await db(), request.meeting);
    case 'deleteMeeting':
      return deleteMeeting(await db(), request.id);
    case 'listReminders':
      return services.reminders.view();
    case 'snoozeReminder':
      return snoozeReminder(await db(), request.reminder, new Date(request.until));
    case 'dismissReminder':
      return dismissReminder(await db(), request.reminder);
    case 'remindersChanged':
      return services.reminders.refresh();
    case 'insights':
      return insights(await db());
    case 'exportData':
      return exportData(await db());
    case 'exportCsv':
      return { csv: await buildCsv(await db()), fileName: exportFileName(new Date(), 'csv') };
    case 'previewImport':
      return previewImport(await db(), request.text, browserSettings);
    case 'commitImport':
      return commitImport(await db(), request.text, browserSettings);
    case 'deleteEverything':
      return deleteEverything(await db());
    case 'listFit':
      return listFit(await db(), request.people);
    case 'shortlistCard':
      return shortlistFromCard(await db(), request.person);
    case 'joinMemberId':
      return joinMemberId(await db(), request.memberId, request.handle);
  }
}

/** maps each request to the domain function that answers it, then tells reminders and pages what changed */
export async function handle(
  db: () => Promise<Database>,
  request: Request,
  services: Services = { reminders: createReminderService(db), changed: () => undefined },
): Promise<ResponseMap[Request['type']]> {
  const result = await answer(db, request, services);
  const change = changeOf(request, result);
  if (change) services.changed(change);
  // remindersChanged already refreshed; the rest refresh in the background of the reply
  if (affectsReminders.has(request.type) && request.type !== 'remindersChanged')
    void services.reminders.refresh().catch(() => undefined);
  return result;
}
