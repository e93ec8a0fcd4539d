import type { ProfileSnapshot } from '../profile/snapshot';
import type { Contribution } from './contribution';
import { clip } from './format';
import type { Reason } from './result';
import type { SignalName } from './weights';

/** a contribution with the user's weight applied: the reason the user reads */
export type Scored = { contribution: Contribution; reason: Reason; weight: number };

const round1 = (value: number) => Math.round(value * 10) / 10;
export const bounded = (value: number): number => Math.max(-100, Math.min(100, round1(value)));

// signals whose good news depends on the person being in the user's field
const damped = new Set<string>([
  'experience',
  'willingness',
  'communication',
  'reachability',
  'activity',
  'logistics',
] satisfies SignalName[]);

/**
 * a kind, reachable, active person still helps little outside the user's field: with little
 * expertise overlap their other strengths count for less, and a reason says so with the points
 */
export function applyRelevance(scored: Scored[]): void {
  const source = scored.find((s) => s.contribution.relevance !== undefined);
  const relevance = source?.contribution.relevance;
  if (!source || relevance === undefined || relevance >= 1) return;
  const boost = scored
    .filter((s) => damped.has(s.reason.signal) && s.reason.effect > 0)
    .reduce((sum, s) => sum + s.reason.effect, 0);
  const cut = round1(boost * (1 - relevance));
  if (cut < 0.5) return;
  if (source.reason.effect < 0) {
    // "nothing matches" already says why: it carries the cut itself
    source.reason.effect = bounded(source.reason.effect - cut);
    source.reason.text = clip(
      `${source.reason.text}, so their other strengths count for less`,
      300,
    );
    return;
  }
  const text = 'Only a small overlap with your goals, so their other strengths count for less';
  scored.push({
    contribution: { signal: 'expertise', points: -cut, text },
    weight: source.weight,
    reason: { signal: 'expertise', weight: source.weight, effect: bounded(-cut), text },
  });
}

/** a ceiling loosens as the user turns its signal down; at weight 0 it is gone */
const effectiveCeiling = (ceiling: number, weight: number) =>
  ceiling + (100 - ceiling) * (1 - weight) ** 2;

/** the tightest ceiling wins, and its reason carries the points it cut; returns the score */
export function applyCeiling(scored: Scored[], score: number): number {
  const capped = scored
    .filter((s) => s.contribution.ceiling !== undefined)
    .map((s) => ({
      s,
      limit: Math.round(effectiveCeiling(s.contribution.ceiling ?? 100, s.weight)),
    }))
    .sort((a, b) => a.limit - b.limit)[0];
  if (!capped || score <= capped.limit) return score;
  capped.s.reason.effect = bounded(capped.s.reason.effect - (score - capped.limit));
  return capped.limit;
}

const note = (text: string): Reason => ({ signal: 'profile', weight: 1, effect: 0, text });

/** zero-effect notes about the measurement itself: nothing read, fields missing, default goals */
export function notes(
  snapshots: readonly ProfileSnapshot[],
  reasonCount: number,
  usesDefaultProfile: boolean,
): Reason[] {
  const out: Reason[] = [];
  if (snapshots.length === 0) out.push(note('No profile to measure'));
  else if (reasonCount === 0)
    out.push(note("Couldn't read enough from this page to judge the fit"));
  const missing = [...new Set(snapshots.flatMap((s) => s.signals.missing ?? []))];
  if (missing.length > 0) {
    out.push(note(clip(`Not on this page: ${missing.join(', ')}, so they were not counted`, 300)));
  }
  if (usesDefaultProfile) {
    out.push(
      note('Measured against example goals (ML engineer, Python): set your own goals in Options'),
    );
  }
  return out;
}
