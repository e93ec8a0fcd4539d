import { describe, expect, it } from 'vitest';
import {
  analyse,
  draftContext,
  fillInText,
  kindsFor,
  outreachHistory,
  sentText,
  swapPhrase,
} from '@/components/draft/compose';
import { type EditEnv, edit, initialEditing } from '@/components/draft/editing';
import { movesToContacted, recordLabel } from '@/components/draft/record';
import { defaultChannelLimits } from '@/utils/outreach/channels';
import { followUpsAllowed } from '@/utils/outreach/restraint';
import { builtInTemplates } from '@/utils/outreach/templates';
import type { Person } from '@/utils/shortlist/schema/person';
import { linkedinPerson } from '../../utils/outreach/people';
import { sam, savedPerson } from './people';

const person = savedPerson;

const envFor = (who: Person): EditEnv => {
  const ctx = draftContext({
    person: who,
    mentee: sam,
    usesDefaultProfile: false,
    limits: defaultChannelLimits,
    templates: [...builtInTemplates],
  });
  const advice = followUpsAllowed(outreachHistory(who), new Date('2026-03-01T10:00:00Z'));
  return { ctx, kinds: (all) => kindsFor(who.status, advice, all) };
};

describe('filling text the user edited', () => {
  it('replaces every {{name}}, spaces inside allowed, and inserts the value literally', () => {
    expect(
      fillInText(
        'Hi {{firstName}} / {{ firstName }} / {{myName}}',
        'firstName',
        '$& $1 {{myName}}',
      ),
    ).toBe('Hi $& $1 {{myName}} / $& $1 {{myName}} / {{myName}}');
  });

  it('swaps a phrase only when it is there', () => {
    expect(swapPhrase('I read your repo, your repo!', 'your repo', 'your post')).toBe(
      'I read your post, your post!',
    );
    expect(swapPhrase('nothing here', 'your repo', 'x')).toBeNull();
    expect(swapPhrase('text', '', 'x')).toBeNull();
  });
});

describe('what the editor offers', () => {
  it('reads follow-up history from the shortlist’s bookkeeping', () => {
    const contacted = person({
      status: 'contacted',
      stages: {
        contacted: '2026-02-01T10:00:00.000Z',
        replied: null,
        meeting: null,
        mentoring: null,
      },
      followUp: { lastContactAt: '2026-02-10T10:00:00.000Z', count: 1 },
    });
    const advice = followUpsAllowed(outreachHistory(contacted), new Date('2026-02-20T10:00:00Z'));
    expect(advice).toMatchObject({ allowed: true, kind: 'second-follow-up', sent: 1 });
    const twice = { ...contacted, followUp: { ...contacted.followUp, count: 2 } };
    expect(followUpsAllowed(outreachHistory(twice), new Date('2026-02-25T10:00:00Z')).allowed).toBe(
      false,
    );
    const replied = {
      ...contacted,
      status: 'replied' as const,
      statusChangedAt: '2026-02-12T10:00:00.000Z',
    };
    expect(
      followUpsAllowed(outreachHistory(replied), new Date('2026-02-25T10:00:00Z')).reason,
    ).toMatch(/They replied/);
  });

  it('offers the kinds of the person’s stage, and every other kind on request, never an unwelcome follow-up', () => {
    const none = followUpsAllowed([], new Date());
    expect(kindsFor('saved', none, false)).toEqual(['first-approach']);
    expect(kindsFor('meeting-scheduled', none, false)[0]).toBe('meeting-agenda');
    const all = kindsFor('saved', none, true);
    expect(all).toContain('graceful-close');
    expect(all).not.toContain('follow-up');
    expect(all).not.toContain('second-follow-up');
  });

  it('says “mark as contacted” only when recording moves them there', () => {
    expect(movesToContacted('saved', 'ask-fees')).toBe(true);
    expect(movesToContacted('no-response', 'first-approach')).toBe(true);
    expect(movesToContacted('paused', 'graceful-close')).toBe(false);
    expect(movesToContacted('mentoring', 'progress-update')).toBe(false);
    expect(recordLabel('contacted', 'follow-up', 'email')).toBe('Record as sent on Email');
    expect(recordLabel('saved', 'first-approach', 'linkedin-inmail')).toBe(
      'Mark as contacted on LinkedIn InMail',
    );
  });

  it('records the subject above the body only on channels with one', () => {
    expect(sentText({ channel: 'email', subject: ' Hello ', body: 'Body' })).toBe(
      'Subject: Hello\n\nBody',
    );
    expect(
      sentText({ channel: 'linkedin-connection-note', subject: 'ignored', body: 'Body' }),
    ).toBe('Body');
  });
});

describe('editing', () => {
  const who = person();
  const env = envFor(who);
  const start = initialEditing(env, ['linkedin-connection-note', 'linkedin-inmail'], null);

  it('keeps an edited text when a citation changes, swapping just the cited words', () => {
    const edited = edit(env, start, { type: 'body', text: `${start.body} PS: thanks.` });
    const swapped = edit(env, edited, { type: 'cite', slot: 'theirWork', id: null });
    // none picked: the user writes their own; the text is kept as it was
    expect(swapped.body).toBe(edited.body);
    expect(swapped.note).toMatch(/unchanged/);
  });

  it('keeps the template and the user’s text when moving to a channel that takes the same template', () => {
    const followUp = person({ status: 'paused' });
    const all = edit(
      envFor(followUp),
      initialEditing(envFor(followUp), ['linkedin-connection-note', 'linkedin-inmail'], null),
      {
        type: 'allKinds',
        on: true,
      },
    );
    const graceful = edit(envFor(followUp), all, {
      type: 'template',
      id: 'builtin-graceful-close-warm',
    });
    const typed = edit(envFor(followUp), graceful, { type: 'body', text: 'My own goodbye.' });
    const moved = edit(envFor(followUp), typed, { type: 'channel', channel: 'linkedin-inmail' });
    expect(moved.templateId).toBe('builtin-graceful-close-warm');
    expect(moved.body).toBe('My own goodbye.');
  });

  it('ignores an empty fill and an unknown template', () => {
    expect(edit(env, start, { type: 'fill', name: 'firstName', value: '   ' })).toBe(start);
    expect(edit(env, start, { type: 'template', id: 'no-such-template' })).toBe(start);
  });
});

// issue 13, defect 7: an organisation named "Jinja {{ theAsk }} Labs", cited in a draft, made the
// draft ask the user to fill `theAsk`, and filling it changed nothing, so Copy stayed blocked
describe('page text is inserted literally, never read as template syntax', () => {
  const jinja = person({
    profiles: {
      linkedin: linkedinPerson({
        headline: 'Staff ML Engineer at Jinja {{ theAsk }} Labs',
        company: 'Jinja {{ theAsk }} Labs',
        experience: [
          {
            title: 'Staff ML Engineer',
            company: 'Jinja {{ theAsk }} Labs',
            start: '2020-01',
            end: null,
            location: null,
            description: null,
          },
        ],
        repos: [],
        signals: { degree: 2 },
      }),
    },
  });

  it('a cited organisation named "Jinja {{ theAsk }} Labs" leaves nothing to fill and Copy open', () => {
    const env = envFor(jinja);
    const role = env.ctx.candidates.find((candidate) => candidate.id === 'role');
    expect(role?.text).toBe('your work as Staff ML Engineer at Jinja {{ theAsk }} Labs');
    let state = initialEditing(env, ['linkedin-message'], null);
    state = edit(env, state, { type: 'cite', slot: 'theirWork', id: 'role' });
    expect(state.body).toContain('Jinja {{ theAsk }} Labs');
    const template = builtInTemplates.find((t) => t.id === state.templateId);
    if (!template) throw new Error('no template picked');
    const draft = analyse(env.ctx, state, template, 'Priya');
    expect(draft.body.unfilled).toEqual([]);
    expect(draft.body.errors).toEqual([]);
    expect(draft.blockers).toEqual([]);
    // the message is copied exactly as shown, the name intact
    expect(draft.body.text).toBe(state.body);
    expect(draft.tact.find((result) => result.rule === 'placeholders-filled')?.ok).toBe(true);
  });

  it('a {{placeholder}} the user typed is still flagged', () => {
    const env = envFor(jinja);
    let state = initialEditing(env, ['linkedin-message'], null);
    state = edit(env, state, { type: 'body', text: `${state.body}\nPS: {{theAsk}}` });
    const template = builtInTemplates.find((t) => t.id === state.templateId);
    if (!template) throw new Error('no template picked');
    const draft = analyse(env.ctx, state, template, 'Priya');
    expect(draft.body.unfilled).toEqual(['theAsk']);
    expect(draft.blockers.length).toBeGreaterThan(0);
  });
});

describe('picking their employer in "What to cite"', () => {
  const employerOnly = person({
    profiles: {
      linkedin: linkedinPerson({
        headline: null,
        about: null,
        company: 'Acme Robotics',
        experience: [],
        education: [],
        repos: [],
        organizations: [],
        signals: { degree: 2 },
      }),
    },
  });

  it('is offered as general, and the tact check still asks for something of theirs', () => {
    const env = envFor(employerOnly);
    const employer = env.ctx.candidates.find((candidate) => candidate.kind === 'employer');
    expect(employer).toMatchObject({ text: 'your work at Acme Robotics', specific: false });
    let state = initialEditing(env, ['linkedin-message'], null);
    state = edit(env, state, { type: 'cite', slot: 'theirWork', id: employer?.id ?? '' });
    expect(state.body).toContain('your work at Acme Robotics');
    const template = builtInTemplates.find((t) => t.id === state.templateId);
    if (!template) throw new Error('no template picked');
    const draft = analyse(env.ctx, state, template, 'Priya');
    expect(draft.tact.find((result) => result.rule === 'specific')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Names only their employer/),
    });
  });
});
