import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { loadMenteeProfile, saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { saveMeeting } from '@/utils/shortlist/tracker/meetings';
import { setStatus, shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { at } from './support';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
  for (const [handle, name] of [
    ['ada', 'Ada Okafor'],
    ['sam', 'Sam Lindqvist'],
    ['kim', 'Kim Lee'],
    ['lee', 'Lee Park'],
  ] as const)
    await shortlistProfile(db, snapshot({ handle, name }), fitResult());
  for (const id of ['github:ada', 'github:sam', 'github:kim']) await setStatus(db, id, 'contacted');
  for (const id of ['github:ada', 'github:sam']) await setStatus(db, id, 'replied');
  await setStatus(db, 'github:ada', 'meeting-scheduled');
  await setStatus(db, 'github:ada', 'mentoring');
  at('#/insights');
});

describe('insights', () => {
  it('draws the funnel with every number written out', async () => {
    render(<Dashboard />);
    const funnel = await screen.findByRole('figure', { name: /Outreach funnel/ });
    const chart = within(funnel).getByRole('img', { name: 'Outreach funnel' });
    // the text alternative says every number
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Saved: 4. Contacted: 3 · 75% of the step before. Replied: 2 · 67% of the step before. Meeting: 1 · 50% of the step before. Mentoring: 1 · 100% of the step before.',
    );
    // and the chart writes them on its bars
    const steps = [...chart.querySelectorAll('g')].map((bar) =>
      [...bar.querySelectorAll('text')].map((text) => text.textContent).join(' '),
    );
    expect(steps).toEqual([
      'Saved 4',
      'Contacted 3 · 75% of the step before',
      'Replied 2 · 67% of the step before',
      'Meeting 1 · 50% of the step before',
      'Mentoring 1 · 100% of the step before',
    ]);
  });

  it('reviews each mentor: meetings held, action items done, goals advanced', async () => {
    await saveMenteeProfile({
      targetRoles: ['ML engineer'],
      goals: [
        { id: 'g1', title: 'Ship a portfolio project', targetDate: null, status: 'in progress' },
      ],
    });
    await updatePerson(db, 'github:ada', { role: 'primary', goalIds: ['g1'] });
    await saveMeeting(db, {
      id: 'm1',
      personId: 'github:ada',
      date: '2026-02-01T15:00:00.000Z',
      status: 'held',
      agenda: 'Portfolio',
      notes: '',
      actionItems: [
        { id: 'a', text: 'Write the README', done: true, goalId: 'g1' },
        { id: 'b', text: 'Record a demo', done: false, goalId: 'g1' },
      ],
    });
    render(<Dashboard />);
    const table = await screen.findByRole('table', { name: 'Effectiveness per mentor' });
    const row = within(table).getByRole('row', { name: /Ada Okafor/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['primary', '1', '1 of 2', 'Ship a portfolio project', expect.any(String)]);
    const perGoal = screen.getByRole('table', { name: 'Effectiveness per goal' });
    expect(
      within(perGoal).getByRole('row', { name: /Ship a portfolio project/ }).textContent,
    ).toContain('Ada Okafor');
    screen.getByText('1 of 2 action items done');
  });

  it('adds a goal and changes its status, saved in the synced mentee profile', async () => {
    await saveMenteeProfile({ targetRoles: ['ML engineer'] });
    render(<Dashboard />);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'New goal' }),
      'Land a first ML role',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    await screen.findByText('Added “Land a first ML role”.');
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Status of Land a first ML role' }),
      'in progress',
    );
    await waitFor(async () =>
      expect((await loadMenteeProfile()).profile.goals).toMatchObject([
        { title: 'Land a first ML role', status: 'in progress' },
      ]),
    );
  });

  it('says why no goal can be added while the sample profile is in use', async () => {
    render(<Dashboard />);
    await screen.findByText(/Goals are part of your mentee profile/);
    expect(screen.queryByRole('textbox', { name: 'New goal' })).toBeNull();
  });

  it('refuses goals that would not fit browser sync, with a message, and saves nothing', async () => {
    const goals = Array.from({ length: 40 }, (_, index) => ({
      id: `g${index}`,
      title: `Goal ${index} ${'x'.repeat(180)}`,
      targetDate: null,
      status: 'open' as const,
    }));
    await saveMenteeProfile({ targetRoles: ['ML engineer'], goals });
    render(<Dashboard />);
    await userEvent.type(await screen.findByRole('textbox', { name: 'New goal' }), 'One more');
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /more than the 8\.0 KB browser sync allows/,
    );
    expect((await loadMenteeProfile()).profile.goals).toHaveLength(40);
  });
});
