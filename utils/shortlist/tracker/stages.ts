import { type FunnelStage, funnelStages, type Stages } from '../schema/person';
import type { Status } from '../schema/status';

export const noStages: Stages = { contacted: null, replied: null, meeting: null, mentoring: null };

// the funnel stage a status proves the person reached ("ended" needs at least a meeting)
const stageOfStatus: Partial<Record<Status, FunnelStage>> = {
  contacted: 'contacted',
  replied: 'replied',
  'meeting-scheduled': 'meeting',
  mentoring: 'mentoring',
  ended: 'meeting',
};

export const stageFor = (status: Status): FunnelStage | null => stageOfStatus[status] ?? null;

/** marks a stage reached (and every earlier one still unmarked: a reply implies contact) */
export function reachStage(stages: Stages, stage: FunnelStage | null, at: string): Stages {
  if (stage === null) return stages;
  const upTo = funnelStages.indexOf(stage);
  let next = stages;
  for (const earlier of funnelStages.slice(0, upTo + 1)) {
    if (next[earlier] === null) next = { ...next, [earlier]: at };
  }
  return next;
}
