import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { listMeetings, saveMeeting } from '@/utils/shortlist/tracker/meetings';
import { getPerson, listEvents, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { at } from './support';

const ADA = 'github:ada-okafor';
let db: Database;

beforeEach(async () => {
  db = await installBackground();
  await shortlistProfile(
    db,
    snapshot({ links: [] }),
    fitResult(60),
    new Date('2026-01-01T00:00:00Z'),
  );
  // saved again a month later, scored higher: the fit has a history
  await shortlistProfile(db, snapshot(), fitResult(74), new Date('2026-02-01T00:00:00Z'));
  at(`#/person/${encodeURIComponent(ADA)}`);
});

const person = async () => {
  const found = await getPerson(db, ADA);
  if (!found || !('person' in found)) throw new Error('gone');
  return found.person;
};

describe("a person's page", () => {
  it('shows their name, profile link, fit with its history, and the saved event', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    expect(screen.getByRole('link', { name: 'GitHub profile' }).getAttribute('href')).toBe(
      'https://github.com/ada-okafor',
    );
    screen.getByRole('region', { name: /Mentor fit 74 of 100/ });
    const history = screen.getByRole('list', { name: 'Fit history' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/^.*: /, '')),
    ).toEqual(['60 · Promising', '74 · Strong fit']);
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    within(timeline).getByText('Saved');
    screen.getByRole('button', { name: 'Draft message' });
  });

  it('records a message sent: the timeline shows it and the status moves to contacted', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    const form = screen.getByRole('form', { name: 'Record what happened' });
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'What happened' }),
      'message',
    );
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Sent via' }),
      'email',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Details' }),
      'Asked for 20 minutes',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Message sent');
    within(timeline).getByText('Asked for 20 minutes');
    await within(timeline).findByText(/saved → contacted/);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'contacted');
    expect((await person()).status).toBe('contacted');
  });

  it('autosaves details: role, focus area, tags and do-not-contact', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'primary');
    await userEvent.type(screen.getByRole('textbox', { name: 'Focus area' }), 'LLM evaluation');
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'llm, research');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Meeting rhythm' }),
      'monthly',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Do not contact/ }));
    await screen.findByText(/^All changes saved/, undefined, { timeout: 5_000 });
    expect(await person()).toMatchObject({
      role: 'primary',
      focusArea: 'LLM evaluation',
      tags: ['llm', 'research'],
      cadence: 'monthly',
      doNotContact: true,
    });
    screen.getByText('Do not contact', { selector: 'strong' });
  });

  it('"Log a reply" at the top records a reply in one click, announced and on the timeline', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    const before = (await listEvents(db, ADA)).events.length;
    await userEvent.click(screen.getByRole('button', { name: 'Log a reply' }));
    await screen.findByText('Reply logged.');
    const { events } = await listEvents(db, ADA);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.type).toBe('reply');
  });

  it('"We\'re connected now" records the connection (an older record, without the field, counts as not connected)', async () => {
    const linkedin = snapshot({ source: 'linkedin', handle: 'ada-ml', name: 'Ada Okafor' });
    await shortlistProfile(db, linkedin, fitResult(70), new Date('2026-01-01T00:00:00Z'));
    at(`#/person/${encodeURIComponent('linkedin:ada-ml')}`);
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await userEvent.click(screen.getByRole('button', { name: "We're connected now" }));
    await screen.findByText('Marked as connected on LinkedIn.');
    const found = await getPerson(db, 'linkedin:ada-ml');
    expect(found && 'person' in found ? found.person.linkedinConnected : null).toBe(true);
  });

  it('opens the next planned meeting for its agenda when arriving from a Due item', async () => {
    await saveMeeting(db, {
      id: 'meeting-1',
      personId: ADA,
      date: new Date(Date.now() + 86_400_000).toISOString(),
      status: 'planned',
      agenda: 'Topics: evaluation',
      notes: '',
      actionItems: [],
    });
    at(`#/person/${encodeURIComponent(ADA)}?open=agenda`);
    render(<Dashboard />);
    const form = await screen.findByRole('form', { name: 'Meeting' });
    expect(
      (within(form).getByRole('textbox', { name: 'Agenda' }) as HTMLTextAreaElement).value,
    ).toBe('Topics: evaluation');
  });

  it('plans a meeting with an agenda and an action item, then ticks the item off', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await userEvent.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    const form = screen.getByRole('form', { name: 'Meeting' });
    expect(
      (within(form).getByRole('textbox', { name: 'Agenda' }) as HTMLTextAreaElement).value,
    ).toMatch(
      /Topics:[\s\S]*Questions:[\s\S]*Progress since last time:[\s\S]*A specific challenge:/,
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Add action item' }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Action item 1' }),
      'Write up the experiment',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save meeting' }));
    const card = await screen.findByRole('article', { name: /^Meeting on / });
    const item = within(card).getByRole('checkbox', { name: /Write up the experiment/ });
    expect(item).toHaveProperty('checked', false);
    await userEvent.click(item);
    await waitFor(async () =>
      expect((await listMeetings(db, ADA)).meetings[0]?.actionItems[0]?.done).toBe(true),
    );
  });

  it('deletes a meeting only after confirmation', async () => {
    await saveMeeting(db, {
      id: 'm1',
      personId: ADA,
      date: '2026-03-01T15:00:00.000Z',
      status: 'held',
      agenda: 'Intro',
      notes: '',
      actionItems: [],
    });
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: /^Edit Meeting on / }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete this meeting' }));
    expect((await listMeetings(db, ADA)).meetings).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm: delete this meeting' }));
    await waitFor(async () => expect((await listMeetings(db, ADA)).meetings).toEqual([]));
    await waitFor(() => expect(screen.queryByRole('article', { name: /^Meeting on / })).toBeNull());
    expect((await listEvents(db, ADA)).events.some((event) => event.type === 'meeting')).toBe(
      false,
    );
  });

  it('links the person to the goals they help with', async () => {
    await saveMenteeProfile({
      targetRoles: ['ML engineer'],
      goals: [{ id: 'g1', title: 'Ship a portfolio project', targetDate: null, status: 'open' }],
    });
    render(<Dashboard />);
    const goal = await screen.findByRole('checkbox', { name: /Ship a portfolio project/ });
    await userEvent.click(goal);
    await waitFor(async () => expect((await person()).goalIds).toEqual(['g1']));
  });

  it('removes the person after confirmation and goes back to the list', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Ada Okafor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm remove' }));
    await waitFor(() => expect(location.hash).toBe('#/'));
    expect(await getPerson(db, ADA)).toBeNull();
    expect((await listEvents(db, ADA)).events).toEqual([]);
  });

  it('opens the draft editor for them from "Draft message"', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    const button = screen.getByRole('button', { name: 'Draft message' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    await screen.findByRole('region', { name: 'Draft message to Ada Okafor' }, { timeout: 5_000 });
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('says plainly when the person is not (or no longer) there', async () => {
    at('#/person/github%3Anobody');
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Not on your shortlist' });
  });

  it('shows hostile page text as text', async () => {
    await shortlistProfile(
      db,
      snapshot({
        handle: 'eve',
        name: '<img src=x onerror=alert(1)>Eve',
        headline: '{{firstName}}',
      }),
      fitResult(),
    );
    at('#/person/github%3Aeve');
    const { container } = render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>Eve' });
    screen.getByText('{{firstName}}');
    expect(container.querySelector('img')).toBeNull();
  });
});
