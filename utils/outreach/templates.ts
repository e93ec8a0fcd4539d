import { z } from 'zod';
import { firstApproachTemplates } from './builtins/first-approach';
import { followUpTemplates } from './builtins/follow-ups';
import { relationshipTemplates } from './builtins/relationship';
import { type ChannelId, channelIdSchema } from './channels';
import { type TemplateError, validateTemplate } from './placeholders';

export const templateKinds = [
  'first-approach',
  'follow-up',
  'second-follow-up',
  'thank-you',
  'progress-update',
  'meeting-request',
  'meeting-agenda',
  'ask-fees',
  'graceful-close',
] as const;
export const templateKindSchema = z.enum(templateKinds);
export type TemplateKind = z.infer<typeof templateKindSchema>;

export const templateKindLabels: Record<TemplateKind, string> = {
  'first-approach': 'First approach',
  'follow-up': 'Follow-up',
  'second-follow-up': 'Second and last follow-up',
  'thank-you': 'Thank-you after a meeting',
  'progress-update': 'Progress update',
  'meeting-request': 'Meeting request',
  'meeting-agenda': 'Meeting agenda',
  'ask-fees': 'Asking about fees',
  'graceful-close': 'Graceful close',
};

export const tones = ['warm', 'concise', 'formal'] as const;
export const toneSchema = z.enum(tones);
export type Tone = z.infer<typeof toneSchema>;

/** a message template, built in or the user's own; placeholders are checked by templateProblems, not here */
export const templateSchema = z.object({
  id: z.string().trim().min(1).max(80),
  name: z.string().trim().min(1).max(120),
  kind: templateKindSchema,
  channel: z.union([channelIdSchema, z.literal('any')]),
  tone: toneSchema,
  subject: z.string().max(1_000).optional(),
  body: z.string().min(1, 'a template needs a body').max(20_000),
  builtIn: z.boolean(),
});
export type Template = z.infer<typeof templateSchema>;

/** the built-in templates, parsed once so a typo in them fails loudly at startup and in tests */
export const builtInTemplates: readonly Template[] = z
  .array(templateSchema)
  .parse([...firstApproachTemplates, ...followUpTemplates, ...relationshipTemplates]);

/** templates usable on a channel (its own and the 'any' ones), optionally of one kind */
export function templatesFor(
  templates: readonly Template[],
  filter: { channel?: ChannelId; kind?: TemplateKind } = {},
): Template[] {
  return templates.filter(
    (template) =>
      (!filter.channel || template.channel === 'any' || template.channel === filter.channel) &&
      (!filter.kind || template.kind === filter.kind),
  );
}

/** syntax problems in a template's subject and body, for the template manager */
export function templateProblems(template: Pick<Template, 'subject' | 'body'>): {
  subject: TemplateError[];
  body: TemplateError[];
} {
  return {
    subject: template.subject ? validateTemplate(template.subject) : [],
    body: validateTemplate(template.body),
  };
}
