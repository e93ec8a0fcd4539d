import { describe, expect, it } from 'vitest';
import { channelLimitsSchema } from '@/utils/outreach/channels';
import { buildDraft } from '@/utils/outreach/draft';
import { builtInTemplates, type Template } from '@/utils/outreach/templates';
import { githubPerson, linkedinPerson, typicalValues } from './people';

const byId = (id: string): Template => {
  const template = builtInTemplates.find((item) => item.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};
const profiles = [linkedinPerson(), githubPerson()];

describe('buildDraft', () => {
  it('renders, counts and checks a connection note that may be copied', () => {
    const draft = buildDraft({
      template: byId('builtin-first-approach-note-warm'),
      values: typicalValues,
      channel: 'linkedin-connection-note',
      profiles,
    });
    expect(draft.subject).toBeNull();
    expect(draft.subjectCount).toBeNull();
    expect(draft.bodyCount.label).toBe(`${draft.body.text.length} / 200`);
    expect(draft.blockers).toEqual([]);
    expect(draft.tact.every((result) => result.ok)).toBe(true);
  });

  it('renders the subject on channels that have one', () => {
    const draft = buildDraft({
      template: byId('builtin-first-approach-email-warm'),
      values: typicalValues,
      channel: 'email',
      profiles,
    });
    expect(draft.subject?.text).toBe('Learning from your tiny-llm repo');
    expect(draft.subjectCount?.label).toBe('32 / 200');
    expect(draft.bodyCount.limit).toBeNull();
  });

  it('blocks Copy while a placeholder is unfilled, naming it', () => {
    const { firstName: _, ...values } = typicalValues;
    const draft = buildDraft({
      template: byId('builtin-first-approach-note-warm'),
      values,
      channel: 'linkedin-connection-note',
      profiles,
    });
    expect(draft.blockers).toEqual(['Fill {{firstName}} first.']);
    expect(draft.tact.find((result) => result.rule === 'placeholders-filled')?.ok).toBe(false);
  });

  it('blocks Copy over a hard limit and for broken template braces', () => {
    const template: Template = {
      id: 'mine',
      name: 'Mine',
      kind: 'first-approach',
      channel: 'any',
      tone: 'warm',
      body: `Hi {{firstName, ${'x'.repeat(300)}`,
      builtIn: false,
    };
    const draft = buildDraft({
      template,
      values: typicalValues,
      channel: 'linkedin-connection-note',
      profiles,
    });
    expect(draft.blockers).toHaveLength(2);
    expect(draft.blockers[0]).toMatch(/never closed/);
    expect(draft.blockers[1]).toMatch(/over the limit/);
  });

  it('follows the user’s account type', () => {
    const template = { ...byId('builtin-first-approach-note-warm'), body: 'x'.repeat(250) };
    const settings = channelLimitsSchema.parse({ linkedinAccount: 'premium' });
    const draft = buildDraft({
      template,
      values: {},
      channel: 'linkedin-connection-note',
      settings,
      profiles,
    });
    expect(draft.bodyCount.label).toBe('250 / 300');
    expect(draft.blockers).toEqual([]);
  });
});
