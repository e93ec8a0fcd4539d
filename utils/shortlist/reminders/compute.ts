import type { ReminderRules } from '../../settings/reminders';
import { addMs, DAY_MS, later } from '../schema/dates';
import {
  cadenceLabels,
  type Meeting,
  type PersonSummary,
  type ReminderState,
} from '../schema/person';
import type { Status } from '../schema/status';

export const reminderKinds = [
  'follow-up',
  'no-response',
  'meeting',
  'cadence',
  'goal-review',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** the rules the user set, in the units the computation needs (made in utils/settings/reminders.ts) */
export type { ReminderRules };

export interface Reminder {
  id: string;
  kind: ReminderKind;
  personId: string | null;
  meetingId: string | null;
  /** when it is due, after any snooze */
  dueAt: string;
  title: string;
  detail: string;
  /** when a notification (or the badge) announced this due date; null until then */
  announcedAt: string | null;
}

export interface ReminderInputs {
  /** people who may need a reminder (at least everyone contacted, meeting or mentoring) */
  people: readonly PersonSummary[];
  /** planned meetings from a little before now on */
  meetings: readonly Meeting[];
  states: ReadonlyMap<string, ReminderState>;
  /** how many of the user's goals are open or in progress */
  activeGoals: number;
  rules: ReminderRules;
}

export const MAX_FOLLOW_UPS = 2;
export const GOAL_REVIEW_ID = 'goal-review';
export const cadenceId = (personId: string) => `cadence|${personId}`;
const cadenceDays = { biweekly: 14, monthly: 30 } as const;
const cadenceStatuses: Status[] = ['mentoring', 'meeting-scheduled'];

const nameOf = (person: PersonSummary) => person.name ?? person.id;
const dayText = (iso: string) => iso.slice(0, 10);

type Draft = Omit<Reminder, 'announcedAt'>;

function followUp(person: PersonSummary, rules: ReminderRules): Draft | null {
  const { lastContactAt, followUps: count } = person;
  if (person.status !== 'contacted' || lastContactAt === null) return null;
  const dueAt = addMs(lastContactAt, rules.followUpDays * rules.dayMs);
  const base = { personId: person.id, meetingId: null, dueAt };
  if (count >= MAX_FOLLOW_UPS) {
    return {
      ...base,
      id: `no-response|${person.id}|${lastContactAt}`,
      kind: 'no-response',
      title: `No reply from ${nameOf(person)}`,
      detail: `Two follow-ups and no reply: consider marking them "no response" and moving on. No more follow-ups.`,
    };
  }
  return {
    ...base,
    id: `follow-up|${person.id}|${lastContactAt}`,
    kind: 'follow-up',
    title:
      count === 0
        ? `Follow up with ${nameOf(person)}`
        : `Second and last follow-up with ${nameOf(person)}`,
    detail: `No reply ${rules.followUpDays} days after your ${count === 0 ? 'message' : 'follow-up'} of ${dayText(lastContactAt)}. One short, polite follow-up is fine${count === 0 ? '' : '; this is the last one'}.`,
  };
}

function meetingSoon(meeting: Meeting, person: PersonSummary, rules: ReminderRules): Draft {
  const agenda = meeting.agenda
    .split('\n')
    .find((line) => line.trim())
    ?.trim();
  return {
    id: `meeting|${meeting.id}|${meeting.date}`,
    kind: 'meeting',
    personId: person.id,
    meetingId: meeting.id,
    dueAt: addMs(meeting.date, -(rules.meetingLeadHours * rules.dayMs) / 24),
    title: `Meeting with ${nameOf(person)} on ${dayText(meeting.date)}`,
    detail: agenda
      ? `Agenda: ${agenda.slice(0, 160)}`
      : 'Prepare an agenda: topics, questions, progress since last time, one specific challenge.',
  };
}

function cadence(
  person: PersonSummary,
  state: ReminderState | undefined,
  rules: ReminderRules,
): Draft | null {
  if (person.cadence === 'none' || !cadenceStatuses.includes(person.status)) return null;
  const basis = later(
    later(person.lastMeetingAt, person.mentoringAt ?? person.statusChangedAt),
    state?.doneAt ?? null,
  );
  if (basis === null) return null;
  return {
    id: cadenceId(person.id),
    kind: 'cadence',
    personId: person.id,
    meetingId: null,
    dueAt: addMs(basis, cadenceDays[person.cadence] * rules.dayMs),
    title: `Time to plan your next meeting with ${nameOf(person)}`,
    detail: `You meet ${cadenceLabels[person.cadence]}; ${person.lastMeetingAt ? `the last meeting was on ${dayText(person.lastMeetingAt)}` : 'no meeting is recorded yet'}.`,
  };
}

function goalReview(inputs: ReminderInputs): Draft | null {
  const basis = inputs.states.get(GOAL_REVIEW_ID)?.doneAt ?? null;
  if (!inputs.rules.goalReview || inputs.activeGoals === 0 || basis === null) return null;
  return {
    id: GOAL_REVIEW_ID,
    kind: 'goal-review',
    personId: null,
    meetingId: null,
    dueAt: addMs(basis, inputs.rules.goalReviewDays * inputs.rules.dayMs),
    title: 'Monthly goal review',
    detail: `Look at your ${inputs.activeGoals} open goal(s): what moved, which mentor helped, what to ask next.`,
  };
}

/** every reminder that applies now or later, after snoozes and dismissals; never for do-not-contact people */
export function computeReminders(inputs: ReminderInputs): Reminder[] {
  const byId = new Map(inputs.people.map((person) => [person.id, person]));
  const drafts: Draft[] = [];
  const meetingPeople = new Set<string>();
  for (const meeting of inputs.meetings) {
    const person = byId.get(meeting.personId);
    if (meeting.status !== 'planned' || !person || person.doNotContact) continue;
    meetingPeople.add(person.id);
    drafts.push(meetingSoon(meeting, person, inputs.rules));
  }
  for (const person of inputs.people) {
    if (person.doNotContact) continue;
    const next = followUp(person, inputs.rules);
    if (next) drafts.push(next);
    // a planned meeting already answers the cadence
    if (!meetingPeople.has(person.id)) {
      const due = cadence(person, inputs.states.get(cadenceId(person.id)), inputs.rules);
      if (due) drafts.push(due);
    }
  }
  const review = goalReview(inputs);
  if (review) drafts.push(review);
  const reminders: Reminder[] = [];
  for (const draft of drafts) {
    const state = inputs.states.get(draft.id);
    if (state?.dismissedAt) continue;
    const dueAt = later(draft.dueAt, state?.snoozedUntil ?? null) ?? draft.dueAt;
    reminders.push({
      ...draft,
      dueAt,
      announcedAt: state && state.notifiedFor === dueAt ? state.notifiedAt : null,
    });
  }
  return reminders.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** the reminders due at `now` */
export const dueAt = (reminders: readonly Reminder[], now: Date): Reminder[] =>
  reminders.filter((reminder) => Date.parse(reminder.dueAt) <= now.getTime());

/** when the next reminder falls due after `now`, or null when none is scheduled */
export function nextDueTime(reminders: readonly Reminder[], now: Date): number | null {
  for (const reminder of reminders) {
    const time = Date.parse(reminder.dueAt);
    if (time > now.getTime()) return time;
  }
  return null;
}

export const defaultRules: ReminderRules = {
  followUpDays: 8,
  meetingLeadHours: 24,
  goalReview: true,
  goalReviewDays: 30,
  dayMs: DAY_MS,
};

/** the kind and person of a reminder, read back from its id (e.g. from a notification) */
export function reminderRef(
  id: string,
): { id: string; kind: ReminderKind; personId: string | null } | null {
  const [kind, second] = id.split('|');
  if (!reminderKinds.includes(kind as ReminderKind)) return null;
  const personId =
    kind === 'follow-up' || kind === 'no-response' || kind === 'cadence' ? (second ?? null) : null;
  return { id, kind: kind as ReminderKind, personId };
}
