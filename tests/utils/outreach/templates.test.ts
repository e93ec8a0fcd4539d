import { describe, expect, it } from 'vitest';
import { type ChannelId, channelIds, limitFor } from '@/utils/outreach/channels';
import { buildDraft } from '@/utils/outreach/draft';
import { placeholdersIn, renderTemplate, validateTemplate } from '@/utils/outreach/placeholders';
import { checkTact } from '@/utils/outreach/tact';
import {
  builtInTemplates,
  templateKinds,
  templateProblems,
  templateSchema,
  templatesFor,
  tones,
} from '@/utils/outreach/templates';
import { githubPerson, linkedinPerson, typicalValues } from './people';

const profiles = [linkedinPerson(), githubPerson()];
const channelsOf = (channel: ChannelId | 'any'): ChannelId[] =>
  channel === 'any' ? ['linkedin-message', 'linkedin-inmail', 'email'] : [channel];

describe('templateSchema', () => {
  const valid = {
    id: 'mine-1',
    name: 'My note',
    kind: 'first-approach',
    channel: 'any',
    tone: 'warm',
    body: 'Hi {{firstName}}',
    builtIn: false,
  };

  it('accepts a user template, with or without a subject', () => {
    expect(templateSchema.parse(valid)).toEqual(valid);
    expect(templateSchema.parse({ ...valid, subject: 'Hello' }).subject).toBe('Hello');
  });

  it.each([
    ['an unknown kind', { kind: 'cold-pitch' }],
    ['an unknown channel', { channel: 'twitter-dm' }],
    ['an unknown tone', { tone: 'pushy' }],
    ['an empty body', { body: '' }],
    ['a blank name', { name: '   ' }],
    ['a missing builtIn flag', { builtIn: undefined }],
    ['a huge body', { body: 'x'.repeat(20_001) }],
  ])('rejects %s', (_, change) => {
    expect(templateSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('built-in templates', () => {
  it('have unique ids, are marked built in, and cover every kind', () => {
    const ids = builtInTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(builtInTemplates.every((template) => template.builtIn)).toBe(true);
    expect(new Set(builtInTemplates.map((template) => template.kind))).toEqual(
      new Set(templateKinds),
    );
  });

  it('offer a first approach in every tone on every channel', () => {
    for (const channel of channelIds) {
      const firsts = templatesFor(builtInTemplates, { channel, kind: 'first-approach' }).filter(
        (template) => template.channel === channel,
      );
      expect(new Set(firsts.map((template) => template.tone)), channel).toEqual(new Set(tones));
    }
  });

  it('give InMail and email first approaches a subject', () => {
    for (const template of templatesFor(builtInTemplates, { kind: 'first-approach' })) {
      if (template.channel === 'email' || template.channel === 'linkedin-inmail') {
        expect(template.subject, template.id).toBeTruthy();
      }
    }
  });

  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    '%s validates and renders with typical values',
    (_, template) => {
      expect(validateTemplate(template.body)).toEqual([]);
      expect(templateProblems(template)).toEqual({ subject: [], body: [] });
      const body = renderTemplate(template.body, typicalValues);
      expect(body.unfilled).toEqual([]);
      expect(body.text).not.toMatch(/\{\{|\}\}|undefined|null/);
      if (template.subject)
        expect(renderTemplate(template.subject, typicalValues).unfilled).toEqual([]);
    },
  );

  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    '%s, filled, passes every tact rule on its channels',
    (_, template) => {
      for (const channel of channelsOf(template.channel)) {
        const draft = buildDraft({ template, values: typicalValues, channel, profiles });
        const failing = draft.tact
          .filter((result) => !result.ok)
          .map((result) => `${result.rule}: ${result.reason}`);
        expect(failing, channel).toEqual([]);
        expect(draft.blockers, channel).toEqual([]);
      }
    },
  );

  it('connection notes fit 200 characters (free accounts) with typical values', () => {
    const notes = templatesFor(builtInTemplates, {
      channel: 'linkedin-connection-note',
      kind: 'first-approach',
    });
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) {
      const text = renderTemplate(note.body, typicalValues).text;
      expect(text.length, note.id).toBeLessThanOrEqual(
        limitFor('linkedin-connection-note').body ?? 0,
      );
    }
  });

  it('first approaches cite their work or shared ground, ask once with a time box, and give an easy out', () => {
    for (const template of templatesFor(builtInTemplates, { kind: 'first-approach' })) {
      const used = placeholdersIn(template.body);
      expect(used.includes('theirWork') || used.includes('sharedGround'), template.id).toBe(true);
      const channel = channelsOf(template.channel)[0] ?? 'email';
      const results = checkTact(
        {
          subject: renderTemplate(template.subject ?? '', typicalValues).text,
          body: renderTemplate(template.body, typicalValues).text,
        },
        { channel, limit: limitFor(channel), kind: 'first-approach', profiles },
      );
      for (const rule of [
        'specific',
        'one-clear-ask',
        'time-box',
        'easy-out',
        'no-job-ask',
        'no-pressure',
      ]) {
        expect(
          results.find((result) => result.rule === rule)?.applies,
          `${template.id} ${rule}`,
        ).toBe(true);
      }
    }
  });

  it('never leak an unfilled name: with no first name the greeting stays a visible placeholder', () => {
    const { firstName: _, ...withoutName } = typicalValues;
    for (const template of builtInTemplates) {
      const result = renderTemplate(template.body, withoutName);
      expect(result.unfilled).toContain('firstName');
      expect(result.text).toContain('{{firstName}}');
    }
  });
});

describe('templatesFor', () => {
  it('includes the channel’s own templates and the "any" ones', () => {
    const forNote = templatesFor(builtInTemplates, { channel: 'linkedin-connection-note' });
    expect(forNote.some((template) => template.channel === 'email')).toBe(false);
    expect(forNote.some((template) => template.channel === 'any')).toBe(true);
  });

  it('filters by kind', () => {
    const fees = templatesFor(builtInTemplates, { kind: 'ask-fees' });
    expect(fees.map((template) => template.kind)).toEqual(['ask-fees']);
  });
});

describe('templateProblems', () => {
  it('reports subject and body problems apart', () => {
    const problems = templateProblems({ subject: 'About {{theirwork}}', body: 'Hi {{firstName' });
    expect(problems.subject[0]?.message).toContain('{{theirWork}}');
    expect(problems.body[0]?.kind).toBe('unclosed');
  });
});
