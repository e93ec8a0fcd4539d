import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Database } from '@/utils/shortlist/store/db';
import { listEvents, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../support/background';
import { fitResult, snapshot } from '../support/snapshots';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
});

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('the dashboard', () => {
  it('says how to start when the shortlist is empty', async () => {
    render(<Dashboard />);
    await screen.findByText(/No one on your shortlist yet/);
  });

  it('lists each person with name, fit (score, band and bar), status, last contact and source', async () => {
    await shortlistProfile(db, snapshot(), fitResult(72), new Date('2026-03-04T10:00:00Z'));
    await shortlistProfile(
      db,
      snapshot({ source: 'linkedin', handle: 'sam-l', name: 'Sam Lindqvist' }),
      fitResult(40),
    );
    render(<Dashboard />);
    const ada = await screen.findByRole('row', { name: /Ada Okafor/ });
    within(ada).getByText('GitHub');
    within(ada).getByText('72');
    within(ada).getByText('Strong fit');
    expect(within(ada).getByTitle('Strong fit').className).toContain('fit-strong');
    expect(within(ada).getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'saved');
    // never messaged: the last contact says so rather than showing the date saved
    within(ada).getByText('never');
    within(ada).getByText('Draft a first message');
    within(row('Sam Lindqvist')).getByText('LinkedIn');
  });

  it('changes a status through the background and records the event', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    render(<Dashboard />);
    const select = within(await screen.findByRole('row', { name: /Ada Okafor/ })).getByRole(
      'combobox',
      { name: 'Status' },
    );
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).not.toContain(
      'mentoring',
    );
    await userEvent.selectOptions(select, 'contacted');
    await waitFor(() =>
      expect(within(row('Ada Okafor')).getByRole('combobox', { name: 'Status' })).toHaveProperty(
        'value',
        'contacted',
      ),
    );
    const { events } = await listEvents(db, 'github:ada-okafor');
    expect(events.at(-1)).toMatchObject({ type: 'status', from: 'saved', to: 'contacted' });
  });

  it('removes a person only after confirmation', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Ada Okafor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.count('people')).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Ada Okafor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm remove' }));
    await screen.findByText(/No one on your shortlist yet/);
    expect(await db.count('people')).toBe(0);
  });

  it('still opens with a damaged record, reports it, and keeps it', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    await db.put('people', { id: 'github:broken', profileKeys: ['github:broken'], status: 42 });
    render(<Dashboard />);
    const alert = await screen.findByRole('alert', { name: 'Damaged records' });
    expect(alert.textContent).toContain('github:broken');
    expect(alert.textContent).toContain('not deleted');
    screen.getByRole('row', { name: /Ada Okafor/ });
    expect(await db.get('people', 'github:broken')).toBeTruthy();
  });

  it('shows page text literally', async () => {
    await shortlistProfile(
      db,
      snapshot({ name: '<img src=x onerror=alert(1)>Eve', headline: '{{firstName}}' }),
      fitResult(),
    );
    const { container } = render(<Dashboard />);
    await screen.findByText('<img src=x onerror=alert(1)>Eve');
    screen.getByText('{{firstName}}');
    expect(container.querySelector('img')).toBeNull();
  });
});
