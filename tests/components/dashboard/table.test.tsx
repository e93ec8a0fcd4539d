import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Database } from '@/utils/shortlist/store/db';
import { setStatus, shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { people } from './support';

let db: Database;
beforeEach(async () => {
  // the table writes its filters into the URL: each test starts from a clean one
  history.replaceState(null, '', '#/');
  db = await installBackground();
});

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('link').textContent);

describe('the people table', () => {
  beforeEach(async () => {
    await shortlistProfile(
      db,
      snapshot({ handle: 'ada', name: 'Ada Okafor', headline: 'ML engineer' }),
      fitResult(80),
      new Date('2026-01-03T00:00:00Z'),
    );
    await shortlistProfile(
      db,
      snapshot({
        source: 'linkedin',
        handle: 'jose',
        name: 'José Núñez',
        headline: 'Research scientist',
      }),
      fitResult(50),
      new Date('2026-01-01T00:00:00Z'),
    );
    await shortlistProfile(
      db,
      snapshot({ handle: 'kim', name: 'Kim Lee', headline: 'Data engineer' }),
      null,
      new Date('2026-01-02T00:00:00Z'),
    );
    await updatePerson(db, 'linkedin:jose', { notes: 'Met at NeurIPS', tags: ['research'] });
    await setStatus(db, 'github:kim', 'contacted');
  });

  it('lists everyone newest first, with a count, names linking to their page', async () => {
    render(<Dashboard />);
    await screen.findByText('3 people');
    expect(names()).toEqual(['Ada Okafor', 'Kim Lee', 'José Núñez']);
    expect(screen.getByRole('link', { name: 'Ada Okafor' }).getAttribute('href')).toBe(
      '#/person/github%3Aada',
    );
  });

  it('searches names, headlines and notes as you type, ignoring accents and case', async () => {
    render(<Dashboard />);
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await userEvent.type(search, 'neurips');
    expect(names()).toEqual(['José Núñez']);
    screen.getByText('Showing 1 of 3 people');
    await userEvent.clear(search);
    await userEvent.type(search, 'JOSE');
    expect(names()).toEqual(['José Núñez']);
    await userEvent.clear(search);
    await userEvent.type(search, 'nobody at all');
    screen.getByText('No one matches these filters.');
  });

  it('filters by status, tag, source and fit band', async () => {
    render(<Dashboard />);
    await screen.findByText('3 people');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Status filter' }),
      'contacted',
    );
    expect(names()).toEqual(['Kim Lee']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status filter' }), 'all');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'research');
    expect(names()).toEqual(['José Núñez']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'all');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'linkedin');
    expect(names()).toEqual(['José Núñez']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'any');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Fit band' }), 'unscored');
    expect(names()).toEqual(['Kim Lee']);
  });

  it('sorts by a column header, and again the other way', async () => {
    render(<Dashboard />);
    await screen.findByText('3 people');
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['Ada Okafor', 'José Núñez', 'Kim Lee']);
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['Kim Lee', 'José Núñez', 'Ada Okafor']);
    await userEvent.click(screen.getByRole('button', { name: /^Fit/ }));
    expect(names()).toEqual(['Ada Okafor', 'José Núñez', 'Kim Lee']);
  });

  it('keeps filters and sort in the URL, so a reload (a fresh page) shows the same rows', async () => {
    const { unmount } = render(<Dashboard />);
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await userEvent.type(search, 'engineer');
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(location.hash).toBe('#/?q=engineer&sort=name-asc'));
    expect(names()).toEqual(['Ada Okafor', 'Kim Lee']);
    unmount();
    render(<Dashboard />);
    await screen.findByText('Showing 2 of 3 people', {}, { timeout: 5000 });
    expect(names()).toEqual(['Ada Okafor', 'Kim Lee']);
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' }).value).toBe(
      'engineer',
    );
  });

  it('ignores filter values in the URL it does not know, instead of hiding everyone', async () => {
    location.hash = '#/?status=hacked&band=%3Cscript%3E&sort=evil-up';
    render(<Dashboard />);
    await screen.findByText('3 people', {}, { timeout: 5000 });
  });

  it('shows the columns the user chose, name always first, and remembers the choice', async () => {
    localStorage.removeItem('mentorlens:table-columns');
    const { unmount } = render(<Dashboard />);
    await screen.findByText('3 people', {}, { timeout: 5000 });
    const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent?.trim());
    expect(headers().slice(0, 7)).toEqual([
      'Name',
      'Headline',
      'Fit',
      'Status',
      'Last contact',
      'Next step',
      'Source',
    ]);
    await userEvent.click(screen.getByText('Columns'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Headline' }));
    expect(headers()).not.toContain('Headline');
    unmount();
    render(<Dashboard />);
    await screen.findByText('3 people', {}, { timeout: 5000 });
    expect(headers()).not.toContain('Headline');
    expect(headers()[0]).toBe('Name');
    localStorage.removeItem('mentorlens:table-columns');
  });

  it('a status change shows at once and survives a reload', async () => {
    const { unmount } = render(<Dashboard />);
    const row = await screen.findByRole('row', { name: /Ada Okafor/ });
    await userEvent.selectOptions(
      within(row).getByRole('combobox', { name: 'Status' }),
      'contacted',
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: /Ada Okafor/ })).getByRole('combobox', {
          name: 'Status',
        }),
      ).toHaveProperty('value', 'contacted'),
    );
    unmount();
    render(<Dashboard />);
    const again = await screen.findByRole('row', { name: /Ada Okafor/ });
    expect(within(again).getByRole('combobox', { name: 'Status' })).toHaveProperty(
      'value',
      'contacted',
    );
  });
});

describe('many people', () => {
  it('draws only the rows in view, and the rows further down once scrolled there', async () => {
    await people(db, 300);
    const { container } = render(<Dashboard />);
    await screen.findByText('300 people');
    const drawn = container.querySelectorAll('tr.person-row');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(screen.queryByRole('link', { name: 'Person 0' })).toBeNull();
    const scroller = container.querySelector('.table-scroller') as HTMLElement;
    scroller.scrollTop = 290 * 60;
    fireEvent.scroll(scroller);
    await screen.findByRole('link', { name: 'Person 0' });
    expect(container.querySelectorAll('tr.person-row').length).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('301');
  });
});
