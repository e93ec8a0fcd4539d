import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SamePerson } from '@/components/dashboard/person/SamePerson';
import { countPeople, findPerson, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';

describe('linking one person across LinkedIn and GitHub in the dashboard', () => {
  it('suggests the match and merges only after the user confirms', async () => {
    const db = await installBackground();
    const priya = await shortlistProfile(
      db,
      snapshot({
        source: 'linkedin',
        handle: 'priya-ml',
        name: 'Priya Raman',
        company: 'Northwind AI',
      }),
      fitResult(),
    );
    await shortlistProfile(
      db,
      snapshot({
        source: 'github',
        handle: 'priya-raman',
        name: 'Priya Raman',
        company: '@northwind-ai',
      }),
      fitResult(),
    );
    const onLinked = vi.fn();
    render(<SamePerson person={priya} onLinked={onLinked} />);
    const suggested = await screen.findByRole('list', { name: 'Suggested links' });
    await userEvent.click(within(suggested).getByRole('button', { name: 'Link Priya Raman' }));
    expect(await countPeople(db)).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Confirm link' })).toBeNull();
    await userEvent.click(within(suggested).getByRole('button', { name: 'Link Priya Raman' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm link' }));
    await expect.poll(() => onLinked.mock.calls.length).toBe(1);
    expect(await countPeople(db)).toBe(1);
    expect(await findPerson(db, 'github:priya-raman')).toMatchObject({
      person: { id: 'linkedin:priya-ml' },
    });
  });

  it('links by hand through a name search, offering only people on the other site', async () => {
    const db = await installBackground();
    const sam = await shortlistProfile(
      db,
      snapshot({ source: 'github', handle: 'sam-l', name: 'Sam Lindqvist' }),
      fitResult(),
    );
    await shortlistProfile(
      db,
      snapshot({ source: 'linkedin', handle: 'samuel-l', name: 'Samuel L.' }),
      fitResult(),
    );
    await shortlistProfile(
      db,
      snapshot({ source: 'github', handle: 'samantha', name: 'Samantha' }),
      fitResult(),
    );
    render(<SamePerson person={sam} onLinked={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Link another saved profile by hand'), 'sam');
    const matches = await screen.findByRole('list', { name: 'Matching people' });
    expect(
      within(matches)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Samuel L.')]);
    await userEvent.click(within(matches).getByRole('button', { name: 'Link Samuel L.' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm link' }));
    await expect.poll(() => countPeople(db)).toBe(2);
  });
});
