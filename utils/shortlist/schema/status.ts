import { z } from 'zod';

export const statuses = [
  'saved',
  'contacted',
  'replied',
  'meeting-scheduled',
  'mentoring',
  'ended',
  'declined',
  'no-response',
  'not-a-fit',
  'paused',
] as const;
export const statusSchema = z.enum(statuses);
export type Status = z.infer<typeof statusSchema>;

export const statusLabels: Record<Status, string> = {
  saved: 'saved',
  contacted: 'contacted',
  replied: 'replied',
  'meeting-scheduled': 'meeting scheduled',
  mentoring: 'mentoring',
  ended: 'ended',
  declined: 'declined',
  'no-response': 'no response',
  'not-a-fit': 'not a fit',
  paused: 'paused',
};

const exits: Status[] = ['declined', 'no-response', 'not-a-fit', 'paused'];

// the pipeline moves forward one step or to a side exit; side exits can resume where it makes sense
const allowed: Record<Status, Status[]> = {
  saved: ['contacted', 'not-a-fit', 'paused'],
  contacted: ['replied', 'declined', 'no-response', 'paused', 'saved'],
  replied: ['meeting-scheduled', 'mentoring', 'declined', 'not-a-fit', 'paused'],
  'meeting-scheduled': ['mentoring', 'replied', 'ended', 'not-a-fit', 'paused'],
  mentoring: ['meeting-scheduled', 'ended', 'paused'],
  ended: ['mentoring', 'saved'],
  declined: ['saved'],
  'no-response': ['contacted', 'replied', 'saved'],
  'not-a-fit': ['saved'],
  paused: ['saved', 'contacted', 'replied', 'meeting-scheduled', 'mentoring', 'ended'],
};

export function canMove(from: Status, to: Status): boolean {
  return allowed[from].includes(to);
}

export function nextStatuses(from: Status): Status[] {
  return allowed[from];
}

export const isSideExit = (status: Status): boolean => exits.includes(status);

/** the nearest allowed status after (1) or before (-1) this one in pipeline order: the board's arrow-key move */
export function neighbourStatus(from: Status, direction: 1 | -1): Status | null {
  for (
    let index = statuses.indexOf(from) + direction;
    index >= 0 && index < statuses.length;
    index += direction
  ) {
    const to = statuses[index] as Status;
    if (canMove(from, to)) return to;
  }
  return null;
}
