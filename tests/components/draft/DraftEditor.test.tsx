import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftEditor } from '@/components/draft/DraftEditor';
import { handle } from '@/entrypoints/background/handlers';
import { emptySnapshot } from '@/utils/profile/snapshot';
import { loadDraft } from '@/utils/settings/drafts';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { getPerson, listEvents } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { githubPerson } from '../../utils/outreach/people';
import { daysAgo, sam, shortlisted } from './people';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
});

const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const copyButton = () => screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement;
const channel = () => screen.getByRole('combobox', { name: 'Channel' }) as HTMLSelectElement;
const template = () => screen.getByRole('combobox', { name: 'Template' }) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.text);

describe('the draft editor', () => {
  it('drafts a connection note that names them, cites their work, fits the limit and may be copied', async () => {
    const person = await shortlisted(db);
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(channel().value).toBe('linkedin-connection-note');
    // 2nd degree: no message; no email or website on their LinkedIn
    expect(optionTexts(channel())).toEqual(['LinkedIn connection note', 'LinkedIn InMail']);
    screen.getByText(/Not offered: LinkedIn message — Messages are for 1st-degree/);
    screen.getByText(/Not offered: Email — They publish no email address/);
    // the warm note runs over 200 characters with this citation: the concise one is picked instead
    expect(template().value).toBe('builtin-first-approach-note-concise');
    // what their page says they do, not their employer's name
    expect(message().value).toMatch(
      /^Hi Priya, I follow your focus on “Building small language models”\./,
    );
    expect(message().value).toMatch(/working towards an ML engineer role.*Sam Lee$/);
    screen.getByText(`${message().value.length} / 200`);
    expect(copyButton().disabled).toBe(false);
    const tact = screen.getByRole('region', { name: 'Tact check' });
    within(tact).getByText(/all good/);
    expect(within(tact).queryByText('✗ Fix')).toBeNull();
  });

  it('offers tones in the Template select and the citations to pick from, and redrafts on a pick', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(template())).toEqual([
      'First approach: connection note (warm)',
      'First approach: connection note (concise)',
      'First approach: connection note (formal)',
      'First approach: connection note (warm, shared ground)',
    ]);
    await user.selectOptions(template(), 'builtin-first-approach-note-warm-shared');
    const cite = screen.getByRole('group', { name: 'What to cite' });
    await user.click(within(cite).getByRole('radio', { name: /4 mutual connections/ }));
    expect(message().value).toMatch(/^Hi Priya, I noticed we have 4 mutual connections\./);
    await user.click(
      within(cite).getByRole('radio', { name: /Shared: You both studied at Northfield/ }),
    );
    expect(message().value).toMatch(/I noticed we both studied at Northfield University\./);
  });

  it('blocks Copy while a placeholder is unfilled, says why, and allows it once filled', async () => {
    // no name on the profile: the greeting can't be guessed
    const person = await shortlisted(db, { profile: { name: null } });
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(message().value).toMatch(/^Hi \{\{firstName\}\},/);
    expect(copyButton().disabled).toBe(true);
    screen.getByText('Fill {{firstName}} first.');
    const gaps = screen.getByRole('region', { name: 'Still to fill' });
    within(gaps).getByText('{{firstName}}', { selector: 'mark' });
    await user.type(within(gaps).getByRole('textbox', { name: 'Their first name' }), 'Priya');
    await user.click(within(gaps).getByRole('button', { name: 'Fill {{firstName}}' }));
    expect(message().value).toMatch(/^Hi Priya,/);
    expect(copyButton().disabled).toBe(false);
    expect(screen.queryByRole('region', { name: 'Still to fill' })).toBeNull();
  });

  it('fills a placeholder inside text the user already edited, literally', async () => {
    const person = await shortlisted(db, { profile: { name: null } });
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message(), ' PS: thanks!');
    const gaps = screen.getByRole('region', { name: 'Still to fill' });
    await user.type(within(gaps).getByRole('textbox', { name: 'Their first name' }), 'Dr $& Priya');
    await user.click(within(gaps).getByRole('button', { name: 'Fill {{firstName}}' }));
    expect(message().value).toMatch(/^Hi Dr \$& Priya,.* PS: thanks!$/s);
  });

  it.each([
    ['an emoji in the name', 'Priya 🚀 Raman', /^Hi Priya,/],
    ['a right-to-left name', 'נועה כהן', /^Hi נועה,/],
    ['a name in capitals with pronouns', 'PRIYA RAMAN (she/her)', /^Hi Priya,/],
  ])('greets them properly with %s', async (_what, name, greeting) => {
    const person = await shortlisted(db, { profile: { name } });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    expect(
      ((await screen.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement).value,
    ).toMatch(greeting);
    expect(copyButton().disabled).toBe(false);
  });

  it('stays short with a 2,000-character About', async () => {
    const person = await shortlisted(db, { profile: { about: 'I build models. '.repeat(125) } });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(message().value.length).toBeLessThanOrEqual(200);
    expect(copyButton().disabled).toBe(false);
  });

  it('shows hostile profile text literally and never interprets it', async () => {
    const person = await shortlisted(db, {
      profile: {
        name: '<img src=x onerror=alert(1)>',
        headline: '{{myName}} at <script>alert(1)</script>',
        company: null,
        experience: [],
      },
      cite: ['their {{myName}} talk <b>on evals</b>'],
    });
    const { container } = render(
      <DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    expect(message().value).toContain('your {{myName}} talk <b>on evals</b>');
    // the user's own name signs the note, but the {{myName}} from their page stays as it was
    expect(message().value).toMatch(/Sam Lee$/);
    expect(container.querySelector('img, script, b')).toBeNull();
    // braces from a page never go out: they count as a gap to fix
    expect(copyButton().disabled).toBe(true);
    screen.getByRole('radio', { name: /Suggested: their \{\{myName\}\} talk <b>on evals<\/b>/ });
  });

  it('shows the count over the limit in words, and blocks Copy', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.clear(message());
    await user.click(message());
    await user.paste(`Hi Priya, ${'a'.repeat(240)}`);
    const count = screen.getByText('250 / 200').closest('p') as HTMLElement;
    expect(count.className).toContain('over');
    expect(count.textContent).toMatch(/50 characters over the limit: shorten the message/);
    expect(copyButton().disabled).toBe(true);
    screen.getByText('50 characters over the limit.');
  });

  it('counts emoji the way LinkedIn does (UTF-16 code units)', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.clear(message());
    await user.click(message());
    await user.paste('Hi Priya 👋🏽');
    screen.getByText('13 / 200');
  });

  it('follows the account type: 300 characters for Premium', async () => {
    const person = await shortlisted(db);
    const { saveChannelLimits } = await import('@/utils/settings/channels');
    const { defaultChannelLimits } = await import('@/utils/outreach/channels');
    await saveChannelLimits({ ...defaultChannelLimits, linkedinAccount: 'premium' });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    screen.getByText(`${message().value.length} / 300`);
  });
});

describe('autosave', () => {
  it('saves what was typed and restores channel, template and text on reopening', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    const first = render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.selectOptions(channel(), 'linkedin-inmail');
    await user.selectOptions(template(), 'builtin-first-approach-linkedin-inmail-concise');
    await user.type(message(), ' PS: I loved the demo.');
    await waitFor(async () => {
      const saved = await loadDraft(person.id);
      expect(saved.status === 'ok' && saved.draft.body.endsWith('PS: I loved the demo.')).toBe(
        true,
      );
    });
    first.unmount();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(channel().value).toBe('linkedin-inmail');
    expect(template().value).toBe('builtin-first-approach-linkedin-inmail-concise');
    expect(message().value).toMatch(/PS: I loved the demo\.$/);
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
      'A small request',
    );
  });

  it('saves at once when the editor closes, before the delay is up', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    const view = render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message(), '!');
    view.unmount();
    await waitFor(async () => {
      const saved = await loadDraft(person.id);
      expect(saved.status === 'ok' && saved.draft.body.endsWith('!')).toBe(true);
    });
  });

  it('offers to restore text a template change replaced', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message(), ' My own words.');
    await user.selectOptions(template(), 'builtin-first-approach-note-concise');
    expect(message().value).not.toContain('My own words.');
    screen.getByText('Your edited text was replaced by the template’s.');
    await user.click(screen.getByRole('button', { name: 'Restore my text' }));
    expect(message().value).toMatch(/My own words\.$/);
  });

  it('says so when a saved draft is damaged, and starts fresh', async () => {
    const person = await shortlisted(db);
    const { storage } = await import('wxt/utils/storage');
    await storage.setItem(`local:draft:${person.id}`, { v: 1, body: 5 });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    screen.getByText(/saved draft could not be read.*A fresh draft was started/);
  });
});

describe('restraint', () => {
  it('shows no editor for someone marked do not contact, only the reason', async () => {
    const person = await shortlisted(db, { doNotContact: true });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByText(/Marked do not contact/);
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });

  it('pauses drafting after “declined” for the cooldown, with the date it resumes', async () => {
    const person = await shortlisted(db, {
      moves: [
        ['contacted', daysAgo(40)],
        ['declined', daysAgo(30)],
      ],
    });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByText(/They declined on .*; drafting resumes on /);
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
  });

  it('allows drafting again once the cooldown is over', async () => {
    const person = await shortlisted(db, {
      moves: [
        ['contacted', daysAgo(250)],
        ['declined', daysAgo(200)],
      ],
    });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
  });

  it('offers the follow-up only once it is polite, and says when', async () => {
    const soon = await shortlisted(db, { moves: [['contacted', daysAgo(2)]] });
    const view = render(<DraftEditor person={soon} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByText(/Too soon: 2 days since your last message/);
    expect(screen.queryByRole('combobox', { name: 'Template' })).toBeNull();
    view.unmount();

    const due = await shortlisted(db, {
      profile: { handle: 'someone-else', url: 'https://www.linkedin.com/in/someone-else/' },
      moves: [['contacted', daysAgo(8)]],
    });
    render(<DraftEditor person={due} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByText(/One polite follow-up is fine: 8 days/);
    expect(template().value).toBe('builtin-follow-up-warm');
    expect(optionTexts(template()).some((text) => /Second and last/.test(text))).toBe(false);
  });

  it('has no channel for a GitHub-only person who publishes no address or site, and says why', async () => {
    const person = await shortlisted(db, { snapshot: githubPerson({ links: [] }) });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByText(/GitHub has no private messages/);
    expect(screen.queryByRole('combobox', { name: 'Channel' })).toBeNull();
  });

  it('offers email to a published address, with the address to copy, never a mailto link', async () => {
    const person = await shortlisted(db, {
      snapshot: { ...githubPerson(), links: [], signals: { publicEmail: 'priya@example.org' } },
    });
    const user = userEvent.setup();
    const { container } = render(
      <DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).toEqual(['Email']);
    screen.getByRole('textbox', { name: 'Subject' });
    expect(container.querySelector('a[href^="mailto:"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe('priya@example.org');
  });
});

describe('whose address the Email channel offers', () => {
  // a GitHub profile that links the saved LinkedIn person and publishes an address: anyone can
  // make one. It reaches the draft only once the user confirms it is the same person
  const claimant = () =>
    githubPerson({
      handle: 'priya-raman-claims',
      url: 'https://github.com/priya-raman-claims',
      links: ['https://www.linkedin.com/in/priya-raman-ml/'],
      signals: { publicEmail: 'claimant@elsewhere.example' },
    });
  const personNow = async (id: string) => {
    const found = await getPerson(db, id);
    if (!found || !('person' in found)) throw new Error(`${id} is not saved`);
    return found.person;
  };

  it('never from a profile the user has not confirmed, viewed or shortlisted; from it once they link the two', async () => {
    const priya = await shortlisted(db);
    // the user views the claimant's page: nothing of it reaches Priya's record or her draft
    await handle(async () => db, { type: 'analyze', snapshot: claimant() });
    const viewed = render(
      <DraftEditor person={await personNow(priya.id)} mentee={sam} usesDefaultProfile={false} />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).not.toContain('Email');
    screen.getByText(/Not offered: Email — They publish no email address/);
    expect(document.body.textContent).not.toContain('claimant@elsewhere.example');
    viewed.unmount();

    // shortlisting the claimant makes a person of their own: still not Priya's address
    await handle(async () => db, { type: 'shortlist', snapshot: claimant() });
    const shortlistedToo = render(
      <DraftEditor person={await personNow(priya.id)} mentee={sam} usesDefaultProfile={false} />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).not.toContain('Email');
    expect(document.body.textContent).not.toContain('claimant@elsewhere.example');
    shortlistedToo.unmount();

    // the suggestion the user confirms: now the two are one person, and the address is offered
    const suggestions = (await handle(async () => db, {
      type: 'linkSuggestions',
      id: priya.id,
    })) as Array<{ id: string }>;
    expect(suggestions.map((suggestion) => suggestion.id)).toEqual(['github:priya-raman-claims']);
    await handle(async () => db, {
      type: 'linkPeople',
      keepId: priya.id,
      otherId: 'github:priya-raman-claims',
    });
    const user = userEvent.setup();
    render(
      <DraftEditor person={await personNow(priya.id)} mentee={sam} usesDefaultProfile={false} />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).toContain('Email');
    await user.selectOptions(channel(), 'email');
    screen.getByText(/They publish claimant@elsewhere\.example on their GitHub profile/);
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe('claimant@elsewhere.example');
  });
});

describe('copy and record', () => {
  it('copies the message, then marks them contacted and records the text through the background', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    let recorded: string | null = null;
    render(
      <DraftEditor
        person={person}
        mentee={sam}
        usesDefaultProfile={false}
        onRecorded={(updated) => {
          recorded = updated.status;
        }}
      />,
    );
    await screen.findByRole('textbox', { name: 'Message' });
    const text = message().value;
    await user.click(copyButton());
    expect(await navigator.clipboard.readText()).toBe(text);
    await user.click(
      screen.getByRole('button', { name: 'Mark as contacted on LinkedIn connection note' }),
    );
    await screen.findByText(/status is now “contacted”/);
    expect(recorded).toBe('contacted');
    const found = await getPerson(db, person.id);
    expect(found && 'person' in found && found.person.status).toBe('contacted');
    const { events } = await listEvents(db, person.id);
    expect(events.find((event) => event.type === 'message')).toMatchObject({
      text,
      channel: 'linkedin-connection-note',
    });
    expect(events.some((event) => event.type === 'status' && event.to === 'contacted')).toBe(true);
    // the draft is done with
    expect(await loadDraft(person.id)).toEqual({ status: 'none' });
  });

  it('records an email with its subject', async () => {
    const person = await shortlisted(db, {
      snapshot: { ...githubPerson(), links: [], signals: { publicEmail: 'priya@example.org' } },
    });
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.click(copyButton());
    await user.click(screen.getByRole('button', { name: 'Mark as contacted on Email' }));
    await screen.findByText(/status is now “contacted”/);
    const { events } = await listEvents(db, person.id);
    expect(events.find((event) => event.type === 'message')?.text).toMatch(
      /^Subject: Learning from your tiny-llm repo \(a 300-line GPT in PyTorch, for learning\)\n\nHi Priya,/,
    );
  });

  it('records a follow-up without changing the status', async () => {
    // the first message was logged nine days ago: that, not a status move, makes the next one a follow-up
    const saved = await shortlisted(db);
    const { person } = await addEvent(db, {
      id: 'first-message',
      personId: saved.id,
      type: 'message',
      at: daysAgo(9).toISOString(),
      text: null,
      channel: 'linkedin-connection-note',
    });
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.click(copyButton());
    // a follow-up is too long for a connection note: it opens on InMail
    expect(channel().value).toBe('linkedin-inmail');
    await user.click(screen.getByRole('button', { name: 'Record as sent on LinkedIn InMail' }));
    await screen.findByText(/status stays “contacted”/);
    const found = await getPerson(db, person.id);
    expect(found && 'person' in found && found.person.followUp.count).toBe(1);
  });

  it('says so when the clipboard refuses, and selects the text for copying by hand', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new Error('Document is not focused')),
    });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.click(copyButton());
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Couldn’t copy \(Document is not focused\).*Ctrl\+C/,
    );
    expect(message().selectionEnd - message().selectionStart).toBe(message().value.length);
  });

  it('loads the user’s goals and name itself when not given them', async () => {
    await saveMenteeProfile({ ...sam, name: 'Alex Kim' });
    const person = await shortlisted(db);
    render(<DraftEditor person={person} />);
    expect(
      ((await screen.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement).value,
    ).toMatch(/Alex Kim$/);
  });

  it('leaves the goal to fill while the user has no goals of their own', async () => {
    const person = await shortlisted(db, {
      snapshot: {
        ...emptySnapshot('linkedin', 'x', 'https://www.linkedin.com/in/x/'),
        name: 'Kai Moana',
      },
    });
    render(<DraftEditor person={person} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(message().value).toContain('{{myGoal}}');
    screen.getByText(/Your goals aren’t set yet/);
    expect(copyButton().disabled).toBe(true);
  });
});
