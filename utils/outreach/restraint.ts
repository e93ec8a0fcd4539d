import { addDays, addMonths, calendarDaysBetween, formatDay, isoDay, toDate } from './dates';

// restraint is the product's promise: no drafting for do-not-contact, a cooldown after "declined",
// and at most two follow-ups, 7–10 days apart

export const followUpRules = { minDays: 7, maxDays: 10, maxFollowUps: 2 } as const;

export type DraftingBlock = {
  reason: string;
  /** when drafting may start again ("YYYY-MM-DD"); null for do-not-contact or an unknown date */
  resumesOn: string | null;
};

const isDeclined = (status: string) => status.trim().toLowerCase() === 'declined';

/** null when drafting is fine; otherwise why not, and until when */
export function draftingBlock(
  person: { status: string; statusChangedAt: string | number; doNotContact: boolean },
  now: Date,
  cooldownMonths = 6,
): DraftingBlock | null {
  if (person.doNotContact) {
    return {
      reason:
        'Marked do not contact: no drafts or reminders for this person. Clear the flag to change that.',
      resumesOn: null,
    };
  }
  if (!isDeclined(String(person.status ?? ''))) return null;
  const months = Number.isFinite(cooldownMonths) ? Math.max(0, Math.floor(cooldownMonths)) : 6;
  const declinedAt = toDate(person.statusChangedAt);
  if (!declinedAt) {
    return {
      reason:
        'They declined (the date is unknown), so drafting stays paused until you change their status.',
      resumesOn: null,
    };
  }
  const resumes = addMonths(declinedAt, months);
  if (now.getTime() >= resumes.getTime()) return null;
  return {
    reason: `They declined on ${formatDay(declinedAt)}; drafting resumes on ${formatDay(resumes)}.`,
    resumesOn: isoDay(resumes),
  };
}

/** one thing that happened with a person; `type` is a pipeline status or an outreach event */
export type OutreachEvent = { type: string; at: string | number };

type EventRole = 'sent' | 'follow-up' | 'stop' | 'message';

// how events read here: statuses (pass a status change as its new status), the shortlist's logged
// events, and the outreach kinds of templates.ts
const roles: Record<string, EventRole> = {
  message: 'message',
  reply: 'stop',
  meeting: 'stop',
  contacted: 'sent',
  'first-approach': 'sent',
  'follow-up': 'follow-up',
  'followed-up': 'follow-up',
  'second-follow-up': 'follow-up',
  replied: 'stop',
  declined: 'stop',
  'meeting scheduled': 'stop',
  'meeting-scheduled': 'stop',
  mentoring: 'stop',
  ended: 'stop',
  'no response': 'stop',
  'no-response': 'stop',
  'not a fit': 'stop',
  'not-a-fit': 'stop',
  paused: 'stop',
  'do-not-contact': 'stop',
};

const stopReasons: Record<string, string> = {
  replied: 'They replied',
  reply: 'They replied',
  declined: 'They declined',
  meeting: 'You met',
  'meeting scheduled': 'A meeting is scheduled',
  'meeting-scheduled': 'A meeting is scheduled',
  mentoring: 'You are already working together',
  ended: 'The mentorship has ended',
  paused: 'You paused this',
  'no response': 'You marked them as no response',
  'no-response': 'You marked them as no response',
  'not a fit': 'You marked them as not a fit',
  'not-a-fit': 'You marked them as not a fit',
  'do-not-contact': 'You marked them do not contact',
};

// logging a message and moving to "contacted" are one act: a message this close to the last is the same one
const sameMessageMs = 2 * 86_400_000;

type RoledEvent = { type: string; at: Date; role: Exclude<EventRole, 'message'> };

/** readable events in date order; a logged message is the first approach, or a follow-up once one was sent */
function withRoles(eventsSoFar: readonly OutreachEvent[]): RoledEvent[] {
  const dated = eventsSoFar
    .map((event) => ({
      type: String(event?.type ?? '')
        .trim()
        .toLowerCase(),
      at: toDate(event?.at),
    }))
    .filter(
      (event): event is { type: string; at: Date } =>
        event.at !== null && Object.hasOwn(roles, event.type),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const result: RoledEvent[] = [];
  let lastOutgoing: Date | null = null;
  for (const event of dated) {
    const role = roles[event.type] ?? 'stop';
    if (
      role === 'message' &&
      lastOutgoing &&
      event.at.getTime() - lastOutgoing.getTime() < sameMessageMs
    ) {
      continue;
    }
    const resolved: RoledEvent['role'] =
      role === 'message' ? (lastOutgoing ? 'follow-up' : 'sent') : role;
    lastOutgoing = resolved === 'stop' ? null : event.at;
    result.push({ ...event, role: resolved });
  }
  return result;
}

export type FollowUpAdvice = {
  allowed: boolean;
  /** the template kind to use when allowed (or next, once due) */
  kind: 'follow-up' | 'second-follow-up' | null;
  /** follow-ups sent since the first message */
  sent: number;
  /** "YYYY-MM-DD": from when a follow-up is polite, and the end of the 7–10 day window */
  dueFrom: string | null;
  dueBy: string | null;
  reason: string;
};

/** whether a follow-up is polite now: after a first message, no reply, 7+ days since the last one, at most two */
export function followUpsAllowed(eventsSoFar: readonly OutreachEvent[], now: Date): FollowUpAdvice {
  const events = withRoles(eventsSoFar);
  const lastSentIndex = events.findLastIndex((event) => event.role === 'sent');
  const none = { kind: null, sent: 0, dueFrom: null, dueBy: null } as const;
  if (lastSentIndex === -1) {
    return {
      allowed: false,
      ...none,
      reason: 'Nothing sent yet: follow-ups come after a first message.',
    };
  }
  const since = events.slice(lastSentIndex);
  const stop = since.find((event) => event.role === 'stop');
  if (stop) {
    const what = stopReasons[stop.type] ?? 'They moved on';
    return { allowed: false, ...none, reason: `${what} on ${formatDay(stop.at)}: no follow-up.` };
  }
  const followUps = since.filter((event) => event.role === 'follow-up');
  const sent = followUps.length;
  if (sent >= followUpRules.maxFollowUps) {
    return {
      allowed: false,
      ...none,
      sent,
      reason:
        'You have followed up twice already: leave it there, and mark them “no response” if nothing comes.',
    };
  }
  const last = since.at(-1)?.at ?? now;
  const dueFrom = addDays(last, followUpRules.minDays);
  const dueBy = addDays(last, followUpRules.maxDays);
  const kind = sent === 0 ? 'follow-up' : 'second-follow-up';
  const window = { kind, sent, dueFrom: isoDay(dueFrom), dueBy: isoDay(dueBy) } as const;
  const days = calendarDaysBetween(last, now);
  if (days < followUpRules.minDays) {
    return {
      allowed: false,
      ...window,
      reason: `Too soon: ${days} day${days === 1 ? '' : 's'} since your last message; a follow-up is polite from ${formatDay(dueFrom)}.`,
    };
  }
  const which = sent === 0 ? 'One polite follow-up' : 'A second and last follow-up';
  return {
    allowed: true,
    ...window,
    reason: `${which} is fine: ${days} days since your last message${days > followUpRules.maxDays ? ' (a little late, still fine)' : ''}.`,
  };
}
