import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { ChannelId, ChannelLimit } from '../channels';
import type { TemplateKind } from '../templates';

export const tactRuleIds = [
  'within-limit',
  'subject',
  'placeholders-filled',
  'greeting',
  'specific',
  'one-clear-ask',
  'time-box',
  'easy-out',
  'no-pressure',
  'no-job-ask',
  'no-empty-flattery',
  'readable-in-20-seconds',
] as const;
export type TactRuleId = (typeof tactRuleIds)[number];

export type TactDraft = { subject?: string | null; body: string };

export type TactContext = {
  channel: ChannelId;
  /** from limitFor(channel, settings) */
  limit: ChannelLimit;
  kind: TemplateKind;
  profiles: readonly ProfileSnapshot[];
  /** the first name the draft should greet; derived from the profiles when absent */
  firstName?: string | null;
  /** citation texts the user picked (CitationCandidate.text with specific: true): they count as specific */
  cited?: readonly string[];
};

/** the draft as the rules read it, computed once per check */
export type PreparedDraft = {
  subject: string;
  body: string;
  /** subject and body on one line, curly quotes straightened (phrase lists match case-insensitively) */
  plain: string;
  /** body sentences, original case, in order */
  sentences: string[];
  /** the first non-empty line of the body */
  firstLine: string;
  /** things about them the draft names (repo, employer, school, shared ground, a phrase from their page…) */
  specifics: string[];
  /** their current employer's names: citing only these is not specific enough */
  employers?: string[];
};

export type Verdict = { ok: boolean; reason: string; fix: string };

export type TactRule = {
  id: TactRuleId;
  label: string;
  /** the message kinds it applies to; every kind when absent */
  kinds?: readonly TemplateKind[];
  /** a further condition on the channel or context */
  appliesTo?: (ctx: TactContext) => boolean;
  check: (draft: PreparedDraft, ctx: TactContext) => Verdict;
};

export type TactResult = {
  rule: TactRuleId;
  label: string;
  ok: boolean;
  /** false when the rule does not apply to this kind of message or channel (then ok is true) */
  applies: boolean;
  reason: string;
  fix: string;
};

export const pass = (reason: string): Verdict => ({ ok: true, reason, fix: 'Nothing to change.' });
export const fail = (reason: string, fix: string): Verdict => ({ ok: false, reason, fix });
