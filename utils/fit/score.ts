import type { ProfileSnapshot } from '../profile/snapshot';
import { applyCeiling, applyRelevance, bounded, notes, type Scored } from './adjust';
import { bandFor, isBorderline, notEnoughBand } from './bands';
import type { FitContext, Signal } from './contribution';
import { monthOf } from './dates';
import { clip } from './format';
import type { MenteeProfile } from './mentee';
import { personOf } from './person';
import type { FitResult, Reason } from './result';
import { activity } from './signals/activity';
import { cautions } from './signals/cautions';
import { communication } from './signals/communication';
import { experience } from './signals/experience';
import { expertise } from './signals/expertise';
import { logistics } from './signals/logistics';
import { path } from './signals/path';
import { reachability } from './signals/reachability';
import { willingness } from './signals/willingness';
import { menteeView } from './wanted';
import { defaultFitWeights, type SignalName } from './weight-defaults';
import type { FitWeights } from './weights';

export type ScoreOptions = {
  weights?: Partial<FitWeights>;
  /** set when the user has no goals yet and `mentee` is the default profile */
  usesDefaultProfile?: boolean;
  now?: Date;
};

/** where a profile starts before any signal speaks: an unknown person is a long shot */
export const baseScore = 30;

const signals: readonly [SignalName, Signal][] = [
  ['expertise', expertise],
  ['experience', experience],
  ['willingness', willingness],
  ['communication', communication],
  ['reachability', reachability],
  ['activity', activity],
  ['logistics', logistics],
  ['path', path],
  ['cautions', cautions],
];

function weightOf(weights: Partial<FitWeights> | undefined, name: SignalName): number {
  const value = weights?.[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return defaultFitWeights[name];
  return Math.max(0, Math.min(1, value));
}

/**
 * how well one person (one snapshot, or their LinkedIn and GitHub snapshots together) fits the
 * mentee's goals as a mentor, with the reasons that matter most first
 */
export function scoreFit(
  profiles: ProfileSnapshot | readonly ProfileSnapshot[],
  mentee: MenteeProfile,
  options: ScoreOptions = {},
): FitResult {
  const snapshots = (Array.isArray(profiles) ? profiles : [profiles as ProfileSnapshot])
    .filter((s): s is ProfileSnapshot => Boolean(s))
    .slice(0, 8);
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  const usesDefaultProfile = options.usesDefaultProfile ?? false;
  const ctx: FitContext = {
    person: personOf(snapshots, monthOf(now)),
    mentee,
    wanted: menteeView(mentee),
    now,
    nowMonth: monthOf(now),
  };

  const scored: Scored[] = [];
  if (snapshots.length > 0) {
    for (const [name, signal] of signals) {
      const weight = weightOf(options.weights, name);
      if (weight === 0) continue;
      for (const contribution of signal(ctx)) {
        scored.push({
          contribution,
          weight,
          reason: {
            signal: name,
            weight,
            effect: bounded(contribution.points * weight),
            text: clip(contribution.text, 300) || name,
          },
        });
      }
    }
  }

  applyRelevance(scored);
  const raw = baseScore + scored.reduce((sum, s) => sum + s.reason.effect, 0);
  // a 0 would say "nothing speaks for them": not true while a reason does
  const floor = scored.some((s) => s.reason.effect > 0) ? minimumWithStrengths : 0;
  const score = applyCeiling(scored, Math.max(floor, Math.min(100, Math.round(raw))));
  const missing = snapshots.length > 0 ? notEnoughEvidence(ctx) : null;

  const reasons = [
    ...(missing ? [missing] : []),
    ...scored.map((s) => s.reason),
    ...notes(snapshots, scored.length, usesDefaultProfile),
  ];
  // stable sort: equal effects keep signal order
  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort(
      (a, b) =>
        Number(b.reason === missing) - Number(a.reason === missing) ||
        Math.abs(b.reason.effect) - Math.abs(a.reason.effect) ||
        a.index - b.index,
    )
    .map((entry) => entry.reason)
    .slice(0, 40);

  const cite = [
    ...new Set(
      scored
        .filter((s) => s.contribution.cite && s.reason.effect > 0)
        .sort((a, b) => b.reason.effect - a.reason.effect)
        .map((s) => clip(s.contribution.cite as string, 300)),
    ),
  ].slice(0, 5);

  return {
    score,
    band: missing ? notEnoughBand : bandFor(score),
    reasons: ordered,
    cite,
    usesDefaultProfile,
    borderline: !missing && isBorderline(score),
  };
}

/** the lowest score a person gets while at least one reason speaks for them */
export const minimumWithStrengths = 5;

/**
 * the verdict needs evidence of what they know: a name, a place, an employer and a follower
 * count say nothing about it, so they give "not enough to score", never a confident band
 */
function notEnoughEvidence(ctx: FitContext): Reason | null {
  const { person, wanted } = ctx;
  if (wanted.focus.length + wanted.roles.length === 0) {
    return {
      signal: 'profile',
      weight: 1,
      effect: 0,
      text: 'Not enough to score: your goals name no target role or focus area to compare with. Add details to your goals in Options',
    };
  }
  const evidence =
    person.headlines.length +
    person.abouts.length +
    person.experience.length +
    person.skills.length +
    person.repos.length;
  if (evidence > 0) return null;
  const where = person.linkedin ? 'signed in' : 'on GitHub';
  return {
    signal: 'profile',
    weight: 1,
    effect: 0,
    text: `Not enough to score: this page shows no headline, About, roles, skills or repos. Open their full profile (${where}) to see what they work on`,
  };
}
