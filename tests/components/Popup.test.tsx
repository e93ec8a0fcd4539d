import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentTabProfile } from '@/components/current-tab/currentTab';
import { Popup } from '@/entrypoints/popup/Popup';
// the popup loads the editor when a draft opens; loaded here, that is a module already in memory
import '@/components/draft/DraftEditor';
import { loadDraft } from '@/utils/settings/drafts';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { getPerson, listEvents } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../support/background';
import { linkedinPerson } from '../utils/outreach/people';
import { sam, shortlisted } from './draft/people';

// the content script of the active tab is the one thing a component test can't run
vi.mock('@/components/current-tab/currentTab', () => ({ currentTabProfile: vi.fn() }));
const tab = vi.mocked(currentTabProfile);

let db: Database;
beforeEach(async () => {
  db = await installBackground();
  await saveMenteeProfile(sam);
  tab.mockResolvedValue({ ok: true, profile: linkedinPerson() });
});

const draftButton = () => screen.getByRole('button', { name: 'Draft message' });

describe('the next action from the popup', () => {
  it('changes the status and adds a note without opening the dashboard', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<Popup />);
    const update = await screen.findByRole('region', { name: 'Update Priya Raman' });
    // from "saved", only the moves the pipeline allows are offered
    expect(within(update).queryByRole('button', { name: 'Replied' })).toBeNull();
    await user.click(within(update).getByRole('button', { name: 'Contacted' }));
    await screen.findByText('contacted', { selector: 'strong' });
    const found = await getPerson(db, person.id);
    expect(found && 'person' in found && found.person.status).toBe('contacted');
    const again = await screen.findByRole('region', { name: 'Update Priya Raman' });
    await user.click(within(again).getByRole('button', { name: 'Add note' }));
    expect(await within(again).findByRole('alert')).toHaveProperty(
      'textContent',
      'Write the note first.',
    );
    await user.type(
      within(again).getByRole('textbox', { name: 'Add a note' }),
      'Asked about eval tooling',
    );
    await user.click(within(again).getByRole('button', { name: 'Add note' }));
    await waitFor(async () =>
      expect(
        (await listEvents(db, person.id)).events.some(
          (event) => event.type === 'note' && event.text === 'Asked about eval tooling',
        ),
      ).toBe(true),
    );
  });
});

describe('drafting from the popup', () => {
  it('offers drafting only once the person is shortlisted', async () => {
    const user = userEvent.setup();
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: 'Shortlist' }));
    await screen.findByRole('button', { name: 'Draft message' });
    screen.getByText('saved');
  });

  it('opens the editor inline, copies, and marks the person contacted', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    render(<Popup />);
    await screen.findByText('saved');
    expect(draftButton().getAttribute('aria-expanded')).toBe('false');
    await user.click(draftButton());
    expect(draftButton().getAttribute('aria-expanded')).toBe('true');
    const form = await screen.findByRole('form', { name: 'Draft message to Priya Raman' });
    within(form).getByRole('combobox', { name: 'Channel' });
    within(form).getByRole('combobox', { name: 'Template' });
    const message = within(form).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    within(form).getByText(`${message.value.length} / 200`);
    await user.click(within(form).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(message.value);
    await user.click(
      within(form).getByRole('button', { name: 'Mark as contacted on LinkedIn connection note' }),
    );
    // the popup's own status line follows
    await screen.findByText('contacted', { selector: 'strong' });
    const found = await getPerson(db, person.id);
    expect(found && 'person' in found && found.person.status).toBe('contacted');
    expect((await listEvents(db, person.id)).events.some((event) => event.type === 'message')).toBe(
      true,
    );
  });

  it('reopens with the draft in progress, text and all', async () => {
    const person = await shortlisted(db);
    const user = userEvent.setup();
    const first = render(<Popup />);
    await screen.findByText('saved');
    await user.click(draftButton());
    const message = (await screen.findByRole('textbox', {
      name: 'Message',
    })) as HTMLTextAreaElement;
    await user.type(message, ' PS: loved the talk.');
    await waitFor(async () => {
      const saved = await loadDraft(person.id);
      expect(saved.status === 'ok' && saved.draft.body.endsWith('PS: loved the talk.')).toBe(true);
    });
    // closing the popup: its page goes away
    first.unmount();
    render(<Popup />);
    const again = (await screen.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
    expect(again.value).toMatch(/PS: loved the talk\.$/);
    expect(draftButton().getAttribute('aria-expanded')).toBe('true');
  });

  it('shows why there is no editor for someone marked do not contact', async () => {
    await shortlisted(db, { doNotContact: true });
    const user = userEvent.setup();
    render(<Popup />);
    await screen.findByText('saved');
    await user.click(draftButton());
    await screen.findByText(/Marked do not contact/);
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
  });

  it('asks for a profile when the tab has none', async () => {
    tab.mockResolvedValue(null);
    render(<Popup />);
    await screen.findByText(/Open a LinkedIn or GitHub profile/);
    expect(screen.queryByRole('button', { name: 'Draft message' })).toBeNull();
  });
});
