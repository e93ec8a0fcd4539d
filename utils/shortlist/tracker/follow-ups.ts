import { later } from '../schema/dates';
import type { Person } from '../schema/person';

// the follow-up counting rules, once: recording a message (bookkeeping.ts) and rebuilding
// version-1 records from their history (store/migrations.ts) both count this way

export type FollowUp = Person['followUp'];

/** the first message: the follow-up clock starts, nothing followed up yet */
export const firstContact = (at: string): FollowUp => ({ lastContactAt: at, count: 0 });

/** a later message: the clock moves to the latest contact; a follow-up counts once a first one was sent */
export const afterMessage = (followUp: FollowUp, at: string, isFollowUp: boolean): FollowUp => ({
  lastContactAt: later(followUp.lastContactAt, at),
  count: followUp.count + (isFollowUp ? 1 : 0),
});
