import type { RequestType } from './protocol';

// who may send each request, and whether a sender asks again when the worker dropped it.
// Zod-free: the content scripts' sender reads it. A new request type without an entry fails typecheck

export interface RequestPolicy {
  /** "content": the content scripts may send it too (they read and save the profile in front of the user) */
  from: 'content' | 'pages';
  /**
   * asking again after the worker was stopped under the request is harmless (tracker writes carry
   * their ids); not for requests that open something or that a second time would refuse
   */
  retry: boolean;
}

const page = (retry = true): RequestPolicy => ({ from: 'pages', retry });
const content = (retry = true): RequestPolicy => ({ from: 'content', retry });

export const requestPolicy: Record<RequestType, RequestPolicy> = {
  analyze: content(),
  shortlist: content(),
  findPerson: content(),
  // a lost answer may hide a tab already opened: never a second one
  openDashboard: content(false),
  openOptions: content(false),
  // a wake-up lost on the way costs nothing: the analysis wakes the worker anyway
  wake: content(false),
  // a reader already in the page ignores a second copy: asking again is harmless
  loadReader: content(),
  listFit: content(),
  shortlistCard: content(),
  joinMemberId: content(),
  // a status move carries the status it expected: asked again after it landed, it would be refused
  markFromPage: content(false),
  // a note carries its own id: asked again, it is recorded once
  noteFromPage: content(),
  listPeople: page(),
  countPeople: page(),
  setStatus: page(),
  removePerson: page(),
  listSummaries: page(),
  getSummaries: page(),
  scanProblems: page(),
  getPerson: page(),
  updatePerson: page(),
  addEvent: page(),
  saveMeeting: page(),
  deleteMeeting: page(),
  listReminders: page(),
  snoozeReminder: page(),
  dismissReminder: page(),
  remindersChanged: page(),
  insights: page(),
  exportCsv: page(),
  previewImport: page(),
  commitImport: page(),
  exportBegin: page(),
  exportPart: page(),
  backupStatus: page(),
  // restored once, the database is no longer empty and a second attempt would be refused
  restoreBackup: page(false),
  backupBegin: page(),
  importBegin: page(),
  importPart: page(),
  deleteEverything: page(),
  linkSuggestions: page(),
  linkPeople: page(),
};

/** how often a sender asks in all, and how long it waits before asking again */
export const RETRY_ATTEMPTS = 3;
export const retryPauseMs = (attempt: number): number => 150 * attempt;

// the worker was stopped or restarted under us, or the page loaded before it: not the request's fault
const transient =
  /did not answer|Could not establish connection|Receiving end does not exist|message (?:port|channel) closed/i;

/** whether this failure is worth asking again for */
export const isTransient = (message: string): boolean => transient.test(message);
