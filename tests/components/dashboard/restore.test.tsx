import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { workerBackups } from '@/entrypoints/background/handlers';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { writeBackup } from '@/utils/shortlist/portability/backup';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { installBackground } from '../../support/background';
import { freshName } from '../../support/snapshots';
import { at, people } from './support';

let db: Database;
beforeEach(async () => {
  // yesterday's shortlist, backed up; today the database came back empty
  const before = await openDatabase(freshName());
  await people(before, 3);
  await writeBackup(before, {}, workerBackups, { emptyOnPurpose: true });
  db = await installBackground();
  at('#/');
});

describe('restoring the local backup', () => {
  it('an empty shortlist with a backup offers to restore it, and restoring shows the people', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', {
      name: 'Your shortlist is empty, but a backup holds your people',
    });
    screen.getByText(/holds 3 people, \d+ events and 0 meetings/);
    await userEvent.click(screen.getByRole('button', { name: 'Restore 3 people from the backup' }));
    await screen.findByText(/Restored 3 people and \d+ events from the backup/);
    expect(await db.count('people')).toBe(3);
    await waitFor(() => expect(screen.getAllByText(/^Person \d$/)).toHaveLength(3));
    expect(screen.queryByRole('button', { name: /Restore .* from the backup/ })).toBeNull();
  });

  it('a shortlist with people in it is not offered a restore', async () => {
    await people(db, 1);
    render(<Dashboard />);
    await screen.findByText('Person 0');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /from the backup/ })).toBeNull();
  });
});
