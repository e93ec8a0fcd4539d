import type { FitResult } from '../../fit/result';
import { addMs, DAY_MS, later } from '../schema/dates';
import type { FitPoint, Person, PersonEvent } from '../schema/person';
import type { Status } from '../schema/status';
import { afterMessage, firstContact } from './follow-ups';
import { reachStage, stageFor } from './stages';

const MAX_FIT_HISTORY = 100;
// a reply moves these forward; later stages already imply one
const awaitingReply: Status[] = ['contacted', 'no-response'];

/** the person after a move along the pipeline: dates, funnel stages and follow-up counters follow */
export function withStatus(person: Person, to: Status, at: string): Person {
  return {
    ...person,
    status: to,
    statusChangedAt: at,
    updatedAt: at,
    stages: reachStage(person.stages, stageFor(to), at),
    // only a logged message starts the follow-up clock (see withEvent): a move on the board alone
    // reminds of nothing, so no "no reply after your message" for a message never recorded
    followUp: to === 'contacted' ? { lastContactAt: null, count: 0 } : person.followUp,
  };
}

/**
 * adds a fit score to the history when it differs from the last one, at most one point a day: a
 * change within a day of the last point updates that point (a page that churns can't flood it)
 */
export function withFit(person: Person, fit: FitResult | null, at: string): Person {
  if (!fit) return person;
  const last = person.fitHistory.at(-1);
  if (last && last.score === fit.score && last.band === fit.band) return { ...person, fit };
  if (last && Math.abs(Date.parse(at) - Date.parse(last.at)) < DAY_MS) {
    const today: FitPoint = { at: last.at, score: fit.score, band: fit.band };
    return { ...person, fit, fitHistory: [...person.fitHistory.slice(0, -1), today] };
  }
  const point: FitPoint = { at, score: fit.score, band: fit.band };
  return { ...person, fit, fitHistory: [...person.fitHistory, point].slice(-MAX_FIT_HISTORY) };
}

/** what recording an event does to the person, and the status move it implies, if any */
export function withEvent(
  person: Person,
  event: Pick<PersonEvent, 'type' | 'at'>,
): { person: Person; move: Status | null } {
  const { at } = event;
  // a move it implies can't come before the status it moves from (an event may be logged late)
  const moveAt =
    Date.parse(at) > Date.parse(person.statusChangedAt) ? at : addMs(person.statusChangedAt, 1);
  let next: Person = { ...person, updatedAt: later(person.updatedAt, at) ?? at };
  let move: Status | null = null;
  switch (event.type) {
    case 'message': {
      if (person.status === 'saved') {
        move = 'contacted';
        next = { ...withStatus(next, 'contacted', moveAt), followUp: firstContact(at) };
      } else {
        const followUp = person.status === 'contacted' && person.followUp.lastContactAt !== null;
        next = { ...next, followUp: afterMessage(person.followUp, at, followUp) };
      }
      break;
    }
    case 'reply':
      if (awaitingReply.includes(person.status)) {
        move = 'replied';
        next = withStatus(next, 'replied', moveAt);
      } else next = { ...next, stages: reachStage(next.stages, 'replied', at) };
      break;
    case 'meeting':
      next = {
        ...next,
        lastMeetingAt: later(person.lastMeetingAt, at),
        stages: reachStage(next.stages, 'meeting', at),
      };
      break;
    default:
      break;
  }
  return { person: next, move };
}
