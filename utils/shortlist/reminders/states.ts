import { DAY_MS } from '../schema/dates';
import { type ReminderState, reminderStateSchema } from '../schema/person';
import type { Database } from '../store/db';
import { inTransaction } from '../store/records';
import { upcomingMeetings } from '../tracker/meetings';
import { getSummaries, listSummaries } from '../tracker/people';
import {
  computeReminders,
  GOAL_REVIEW_ID,
  type Reminder,
  type ReminderKind,
  type ReminderRules,
} from './compute';

// only these statuses can have a follow-up or cadence reminder: read them by index, not the whole table
const remindable = ['contacted', 'mentoring', 'meeting-scheduled'] as const;

const emptyState = (id: string, personId: string | null): ReminderState => ({
  id,
  personId,
  snoozedUntil: null,
  dismissedAt: null,
  doneAt: null,
  notifiedFor: null,
  notifiedAt: null,
});

async function readStates(db: Database): Promise<Map<string, ReminderState>> {
  const states = new Map<string, ReminderState>();
  for (const value of await db.getAll('reminders')) {
    const parsed = reminderStateSchema.safeParse(value);
    if (parsed.success) states.set(parsed.data.id, parsed.data);
  }
  return states;
}

/** every reminder that applies, from stored dates: what alarms and the "Due" list are made from */
export async function listReminders(
  db: Database,
  rules: ReminderRules,
  activeGoals: number,
  now = new Date(),
): Promise<Reminder[]> {
  // filtered in memory: v3 keeps the summaries in chunks, with no status index
  const statuses = new Set<string>(remindable);
  const people = (await listSummaries(db)).summaries.filter((person) =>
    statuses.has(person.status),
  );
  // meetings of the last two days still count: one not marked held yet is still "coming up"
  const meetings = await upcomingMeetings(db, new Date(now.getTime() - 2 * DAY_MS).toISOString());
  const known = new Set(people.map((person) => person.id));
  const missing = [...new Set(meetings.map((meeting) => meeting.personId))].filter(
    (id) => !known.has(id),
  );
  if (missing.length) people.push(...(await getSummaries(db, missing)));
  let states = await readStates(db);
  if (activeGoals > 0 && !states.has(GOAL_REVIEW_ID)) {
    // the goal-review clock starts the first time there are goals to review
    await writeState(db, GOAL_REVIEW_ID, null, (state) => ({
      ...state,
      doneAt: now.toISOString(),
    }));
    states = await readStates(db);
  }
  return computeReminders({ people, meetings, states, activeGoals, rules });
}

async function writeState(
  db: Database,
  id: string,
  personId: string | null,
  change: (state: ReminderState) => ReminderState,
): Promise<ReminderState> {
  const tx = db.transaction('reminders', 'readwrite');
  return inTransaction(tx, 'saving the reminder', async () => {
    const parsed = reminderStateSchema.safeParse(await tx.store.get(id));
    const next = reminderStateSchema.parse(
      change(parsed.success ? parsed.data : emptyState(id, personId)),
    );
    await tx.store.put(next);
    return next;
  });
}

export interface ReminderRef {
  id: string;
  kind: ReminderKind;
  personId: string | null;
}

/** puts a reminder off until `until` */
export function snoozeReminder(
  db: Database,
  ref: ReminderRef,
  until: Date,
): Promise<ReminderState> {
  return writeState(db, ref.id, ref.personId, (state) => ({
    ...state,
    snoozedUntil: until.toISOString(),
  }));
}

/** dismisses a reminder; for the recurring ones (cadence, goal review) it counts as done for now */
export function dismissReminder(
  db: Database,
  ref: ReminderRef,
  now = new Date(),
): Promise<ReminderState> {
  const at = now.toISOString();
  const recurring = ref.kind === 'cadence' || ref.kind === 'goal-review';
  return writeState(db, ref.id, ref.personId, (state) =>
    recurring
      ? { ...state, doneAt: at, snoozedUntil: null, notifiedFor: null }
      : { ...state, dismissedAt: at },
  );
}

/** records that these reminders were announced for their current due dates */
export async function markAnnounced(
  db: Database,
  reminders: readonly Reminder[],
  now = new Date(),
): Promise<void> {
  if (!reminders.length) return;
  const tx = db.transaction('reminders', 'readwrite');
  await inTransaction(tx, 'saving the reminders', async () => {
    for (const reminder of reminders) {
      const parsed = reminderStateSchema.safeParse(await tx.store.get(reminder.id));
      const state = parsed.success ? parsed.data : emptyState(reminder.id, reminder.personId);
      await tx.store.put({ ...state, notifiedFor: reminder.dueAt, notifiedAt: now.toISOString() });
    }
  });
}

/** the stored state of each reminder (for the e2e checks and the Due list's "reminded at") */
export async function reminderStates(db: Database): Promise<ReminderState[]> {
  return [...(await readStates(db)).values()];
}
