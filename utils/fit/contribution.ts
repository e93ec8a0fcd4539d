import type { MenteeProfile } from './mentee';
import type { Person } from './person';
import type { MenteeView } from './wanted';
import type { SignalName } from './weights';

/** one piece of a signal's judgement, before the user's weight is applied */
export type Contribution = {
  signal: SignalName;
  /** signed score points at full weight; each signal caps its own total */
  points: number;
  /** one plain, specific sentence (max 300 chars) */
  text: string;
  /** what the user could mention when reaching out */
  cite?: string;
  /** the score cannot exceed this whatever else matches (a 41M-follower CEO stays a long shot) */
  ceiling?: number;
  /** 0..1, from expertise: how much the other strengths matter for this user's goals */
  relevance?: number;
};

/** everything a signal may look at; built once per scoring */
export type FitContext = {
  person: Person;
  mentee: MenteeProfile;
  wanted: MenteeView;
  now: Date;
  /** months since year 0, for comparing "YYYY-MM" dates */
  nowMonth: number;
};

export type Signal = (ctx: FitContext) => Contribution[];
