import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import {
  type ChannelId,
  type ChannelLimit,
  type ChannelLimits,
  channelInfo,
  limitFor,
} from './channels';
import { type Measure, measure } from './count';
import { type PlaceholderValues, type Rendered, renderTemplate } from './placeholders';
import { checkTact, type TactResult } from './tact';
import type { Template } from './templates';

export type Draft = {
  channel: ChannelId;
  limit: ChannelLimit;
  /** null when the channel has no subject field */
  subject: Rendered | null;
  body: Rendered;
  /** the "N / LIMIT" counters */
  subjectCount: Measure | null;
  bodyCount: Measure;
  tact: TactResult[];
  /** why Copy is blocked (unfilled placeholders, broken braces, over a hard limit); [] when it may be copied */
  blockers: string[];
};

/** a template rendered for one person on one channel, counted and tact-checked: what the editor shows */
export function buildDraft(input: {
  template: Pick<Template, 'kind' | 'subject' | 'body'>;
  values: PlaceholderValues;
  channel: ChannelId;
  settings?: ChannelLimits;
  profiles: readonly ProfileSnapshot[];
  firstName?: string | null;
  cited?: readonly string[];
}): Draft {
  const limit = limitFor(input.channel, input.settings);
  const hasSubject = channelInfo[input.channel].hasSubject;
  const subject = hasSubject ? renderTemplate(input.template.subject ?? '', input.values) : null;
  const body = renderTemplate(input.template.body, input.values);
  const subjectCount = subject ? measure(subject.text, limit.subject) : null;
  const bodyCount = measure(body.text, limit.body);
  const tact = checkTact(
    { subject: subject?.text ?? null, body: body.text },
    {
      channel: input.channel,
      limit,
      kind: input.template.kind,
      profiles: input.profiles,
      firstName: input.firstName ?? input.values.firstName ?? null,
      cited: input.cited,
    },
  );
  const unfilled = [...new Set([...(subject?.unfilled ?? []), ...body.unfilled])];
  const blockers = [
    ...(unfilled.length > 0
      ? [`Fill ${unfilled.map((name) => `{{${name}}}`).join(', ')} first.`]
      : []),
    ...[...(subject?.errors ?? []), ...body.errors].map((error) => error.message),
    ...(bodyCount.over ? [`${-(bodyCount.remaining ?? 0)} characters over the limit.`] : []),
    ...(subjectCount?.over
      ? [`The subject is ${-(subjectCount.remaining ?? 0)} characters over the limit.`]
      : []),
  ];
  return { channel: input.channel, limit, subject, body, subjectCount, bodyCount, tact, blockers };
}
