import type { Goal } from '../../fit/mentee';
import type { Meeting, PersonSummary } from '../schema/person';

export interface MentorReview {
  personId: string;
  name: string;
  role: PersonSummary['role'];
  status: PersonSummary['status'];
  meetingsHeld: number;
  meetingsPlanned: number;
  actionItemsDone: number;
  actionItemsTotal: number;
  /** goals this mentor moved: a done action item from their meetings, or a linked goal now done */
  goalsAdvanced: string[];
  goalIds: string[];
  lastMeetingAt: string | null;
}

export interface GoalReview {
  goalId: string;
  title: string;
  status: Goal['status'];
  targetDate: string | null;
  mentors: Array<{ personId: string; name: string }>;
  meetingsHeld: number;
  actionItemsDone: number;
  actionItemsTotal: number;
}

export interface Effectiveness {
  mentors: MentorReview[];
  goals: GoalReview[];
}

/** "is this mentorship working?": per mentor and per goal, from meetings, action items and goal links */
export function effectiveness(
  people: readonly PersonSummary[],
  meetings: readonly Meeting[],
  goals: readonly Goal[],
): Effectiveness {
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const meetingsOf = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const list = meetingsOf.get(meeting.personId);
    if (list) list.push(meeting);
    else meetingsOf.set(meeting.personId, [meeting]);
  }
  const mentors: MentorReview[] = [];
  const goalStats = new Map(
    goals.map((goal) => [
      goal.id,
      { mentors: new Map<string, string>(), meetingsHeld: 0, done: 0, total: 0 },
    ]),
  );
  for (const person of people) {
    const own = meetingsOf.get(person.id) ?? [];
    const isMentor =
      own.length > 0 ||
      person.role !== null ||
      person.goalIds.length > 0 ||
      person.meetingAt !== null;
    if (!isMentor) continue;
    const name = person.name ?? person.id;
    let held = 0;
    let planned = 0;
    let done = 0;
    let total = 0;
    const advanced = new Set<string>();
    const touched = new Set(person.goalIds.filter((id) => goalById.has(id)));
    for (const meeting of own) {
      if (meeting.status === 'held') held += 1;
      if (meeting.status === 'planned') planned += 1;
      for (const item of meeting.actionItems) {
        total += 1;
        if (item.done) done += 1;
        const stats = item.goalId ? goalStats.get(item.goalId) : undefined;
        if (!stats || !item.goalId) continue;
        touched.add(item.goalId);
        stats.total += 1;
        if (item.done) {
          stats.done += 1;
          advanced.add(item.goalId);
        }
      }
    }
    for (const goalId of person.goalIds)
      if (goalById.get(goalId)?.status === 'done') advanced.add(goalId);
    for (const goalId of touched) {
      const stats = goalStats.get(goalId);
      if (!stats) continue;
      stats.mentors.set(person.id, name);
      stats.meetingsHeld += held;
    }
    mentors.push({
      personId: person.id,
      name,
      role: person.role,
      status: person.status,
      meetingsHeld: held,
      meetingsPlanned: planned,
      actionItemsDone: done,
      actionItemsTotal: total,
      goalsAdvanced: [...advanced],
      goalIds: person.goalIds,
      lastMeetingAt: person.lastMeetingAt,
    });
  }
  // primary mentors first, then by meetings held
  mentors.sort(
    (a, b) =>
      Number(b.role === 'primary') - Number(a.role === 'primary') ||
      b.meetingsHeld - a.meetingsHeld ||
      a.name.localeCompare(b.name),
  );
  return {
    mentors,
    goals: goals.map((goal) => {
      const stats = goalStats.get(goal.id);
      return {
        goalId: goal.id,
        title: goal.title,
        status: goal.status,
        targetDate: goal.targetDate,
        mentors: [...(stats?.mentors ?? [])].map(([personId, name]) => ({ personId, name })),
        meetingsHeld: stats?.meetingsHeld ?? 0,
        actionItemsDone: stats?.done ?? 0,
        actionItemsTotal: stats?.total ?? 0,
      };
    }),
  };
}
