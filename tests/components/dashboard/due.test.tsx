import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { loadReminderSettings } from '@/utils/settings/reminders';
import type { Database } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import {
  getPerson,
  setStatus,
  shortlistProfile,
  updatePerson,
} from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { linkedinPerson } from '../../utils/outreach/people';
import { at } from './support';

const PRIYA = 'linkedin:priya-raman-ml';

const DAY = 86_400_000;
let db: Database;

beforeEach(async () => {
  db = await installBackground();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  await shortlistProfile(
    db,
    snapshot({ handle: 'ada', name: 'Ada Okafor' }),
    fitResult(),
    new Date(Date.now() - 20 * DAY),
  );
  // messaged ten days ago (logged): the follow-up (after 8 days) is due
  await logMessage('github:ada', 10);
  await shortlistProfile(
    db,
    snapshot({ handle: 'sam', name: 'Sam Lindqvist' }),
    fitResult(),
    new Date(Date.now() - 5 * DAY),
  );
  await logMessage('github:sam', 2);
  at('#/due');
});

const section = (name: string) => screen.getByRole('region', { name });

/** the user logged a message to them this many days ago (that, not a status move, starts the clock) */
async function logMessage(personId: string, daysAgo: number) {
  await addEvent(db, {
    id: `message-${personId}`,
    personId,
    type: 'message',
    at: new Date(Date.now() - daysAgo * DAY).toISOString(),
    text: null,
    channel: 'linkedin-message',
  });
}

describe('the Due list', () => {
  it('shows what is due now and what is coming up, without any notification permission', async () => {
    render(<Dashboard />);
    const due = await screen.findByRole('region', { name: 'Due now' });
    within(due).getByRole('link', { name: 'Follow up with Ada Okafor' });
    within(section('Coming up')).getByText('Follow up with Sam Lindqvist');
  });

  it('reminds of nothing for someone only moved to "contacted", with no message logged', async () => {
    await shortlistProfile(
      db,
      snapshot({ handle: 'kim', name: 'Kim Lee' }),
      fitResult(),
      new Date(Date.now() - 30 * DAY),
    );
    await setStatus(db, 'github:kim', 'contacted', null, new Date(Date.now() - 20 * DAY));
    render(<Dashboard />);
    await screen.findByRole('region', { name: 'Due now' });
    screen.getByText('Follow up with Ada Okafor');
    expect(screen.queryByText(/Kim Lee/)).toBeNull();
  });

  it('puts the items first and the settings after them', async () => {
    render(<Dashboard />);
    const due = await screen.findByRole('region', { name: 'Due now' });
    const settings = await screen.findByRole('spinbutton', { name: 'Follow up after (days)' });
    // the settings come after the items in the page (and in reading order)
    expect(due.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('each follow-up carries "Draft follow-up", opening the editor on that person with the follow-up template', async () => {
    // someone we can reach: on LinkedIn, messaged twelve days ago
    await shortlistProfile(db, linkedinPerson(), fitResult(), new Date(Date.now() - 20 * DAY));
    await logMessage(PRIYA, 12);
    render(<Dashboard />);
    const due = await screen.findByRole('region', { name: 'Due now' });
    const draft = within(due).getByRole('link', {
      name: 'Draft follow-up: “Follow up with Priya Raman”',
    });
    expect(draft.getAttribute('href')).toBe(`#/person/${encodeURIComponent(PRIYA)}?open=draft`);
    await userEvent.click(draft);
    await waitFor(() => expect(location.hash).toBe(draft.getAttribute('href')));
    const form = await screen.findByRole(
      'form',
      { name: 'Draft message to Priya Raman' },
      {
        timeout: 10_000,
      },
    );
    const template = within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Template' });
    expect(template.selectedOptions[0]?.textContent).toMatch(/follow-up/i);
  }, 20_000);

  it('snoozes a reminder a day: it moves to "Coming up"', async () => {
    render(<Dashboard />);
    await screen.findByRole('region', { name: 'Due now' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Snooze “Follow up with Ada Okafor” by a day' }),
    );
    await waitFor(() =>
      expect(within(section('Due now')).getByText(/^Nothing is due\./)).toBeTruthy(),
    );
    within(section('Coming up')).getByText('Follow up with Ada Okafor');
  });

  it('dismisses a reminder', async () => {
    render(<Dashboard />);
    await screen.findByRole('region', { name: 'Due now' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Done: “Follow up with Ada Okafor”' }),
    );
    await waitFor(() => expect(screen.queryByText('Follow up with Ada Okafor')).toBeNull());
  });

  it('"I sent it" records the follow-up; the next reminder is the second and last one', async () => {
    render(<Dashboard />);
    await screen.findByRole('region', { name: 'Due now' });
    await userEvent.click(
      screen.getByRole('button', { name: 'I sent the follow-up: “Follow up with Ada Okafor”' }),
    );
    await screen.findByText('Second and last follow-up with Ada Okafor');
    const found = await getPerson(db, 'github:ada');
    expect(found && 'person' in found && found.person.followUp.count).toBe(1);
  });

  it('leaves out do-not-contact people', async () => {
    await updatePerson(db, 'github:ada', { doNotContact: true });
    render(<Dashboard />);
    await screen.findByRole('region', { name: 'Due now' });
    expect(screen.queryByText(/Ada Okafor/)).toBeNull();
  });
});

describe('reminder settings', () => {
  it('asks for the notifications permission only when reminders are turned on, and saves', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<Dashboard />);
    const toggle = await screen.findByRole('checkbox', { name: /Remind me/ });
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Follow up after (days)' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Follow up after (days)' }), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    await screen.findByText('Saved.');
    expect(request).not.toHaveBeenCalled();
    expect((await loadReminderSettings()).followUpDays).toBe(10);

    await userEvent.click(toggle);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await screen.findByText(/Reminders are on: notifications and the toolbar badge/);
    expect(await loadReminderSettings()).toMatchObject({ enabled: true, followUpDays: 10 });
  });

  it('stays useful when the permission is refused', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Remind me/ }));
    await screen.findByText(/without notifications \(not allowed\)/);
    expect((await loadReminderSettings()).enabled).toBe(true);
  });

  it('refuses an out-of-range number with the field named, and keeps the old settings', async () => {
    render(<Dashboard />);
    const days = await screen.findByRole('spinbutton', { name: 'Follow up after (days)' });
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/followUpDays/);
    expect((await loadReminderSettings()).followUpDays).toBe(8);
  });
});
