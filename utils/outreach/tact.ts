import { channelInfo } from './channels';
import { easyOut, hasTimeBox, oneClearAsk } from './tact/asks';
import { readable, subjectPresent, withinLimit } from './tact/length';
import { prepareDraft } from './tact/prepare';
import { noJobAsk, placeholdersFilled, specific } from './tact/substance';
import { greeting, noEmptyFlattery, noPressure } from './tact/tone';
import type { TactContext, TactDraft, TactResult, TactRule } from './tact/types';
import { templateKindLabels } from './templates';

export type { TactContext, TactDraft, TactResult, TactRule, TactRuleId } from './tact/types';

/** every rule, in the order the editor lists them */
export const tactRules: readonly TactRule[] = [
  withinLimit,
  subjectPresent,
  placeholdersFilled,
  greeting,
  specific,
  oneClearAsk,
  hasTimeBox,
  easyOut,
  noPressure,
  noJobAsk,
  noEmptyFlattery,
  readable,
];

/** runs every rule; each result says why it passed or failed and how to fix it. Never throws on odd text. */
export function checkTact(draft: TactDraft, ctx: TactContext): TactResult[] {
  const prepared = prepareDraft(draft, ctx);
  return tactRules.map((rule) => {
    const kindFits = !rule.kinds || rule.kinds.includes(ctx.kind);
    if (!kindFits || !(rule.appliesTo?.(ctx) ?? true)) {
      return {
        rule: rule.id,
        label: rule.label,
        ok: true,
        applies: false,
        reason: kindFits
          ? `Not checked on ${channelInfo[ctx.channel].label}.`
          : `Not checked for: ${templateKindLabels[ctx.kind].toLowerCase()}.`,
        fix: 'Nothing to change.',
      };
    }
    return { rule: rule.id, label: rule.label, applies: true, ...rule.check(prepared, ctx) };
  });
}

/** the failing results only, for a compact summary */
export const tactProblems = (results: readonly TactResult[]): TactResult[] =>
  results.filter((result) => !result.ok);
