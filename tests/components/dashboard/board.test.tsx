import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { neighbourStatus } from '@/utils/shortlist/schema/status';
import type { Database } from '@/utils/shortlist/store/db';
import {
  getPerson,
  listEvents,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { at } from './support';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
  await shortlistProfile(db, snapshot({ handle: 'ada', name: 'Ada Okafor' }), fitResult(80));
  await shortlistProfile(db, snapshot({ handle: 'sam', name: 'Sam Lindqvist' }), fitResult(40));
  await setStatus(db, 'github:sam', 'contacted');
  at('#/board');
});

const column = (label: string) => screen.getByRole('list', { name: new RegExp(`^${label} \\(`) });
const status = async (id: string) => {
  const found = await getPerson(db, id);
  return found && 'person' in found ? found.person.status : null;
};

describe('the board', () => {
  it('shows a column per status with its count', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    within(column('saved')).getByText('Ada Okafor');
    within(column('contacted')).getByText('Sam Lindqvist');
    screen.getByRole('heading', { name: 'mentoring (0)' });
  });

  it('moves a focused card with the arrow keys, records the event, and says so', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const card = within(column('saved')).getByText('Ada Okafor').closest('li') as HTMLElement;
    card.focus();
    await userEvent.keyboard('{ArrowRight}');
    await screen.findByText('Moved Ada Okafor to contacted.');
    await waitFor(() => expect(within(column('contacted')).getByText('Ada Okafor')).toBeTruthy());
    expect(await status('github:ada')).toBe('contacted');
    expect((await listEvents(db, 'github:ada')).events.at(-1)).toMatchObject({
      type: 'status',
      from: 'saved',
      to: 'contacted',
    });
    const moved = within(column('contacted')).getByText('Ada Okafor').closest('li') as HTMLElement;
    moved.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(within(column('saved')).getByText('Ada Okafor')).toBeTruthy());
  });

  it('says when a card cannot move further, and changes nothing', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const card = within(column('saved')).getByText('Ada Okafor').closest('li') as HTMLElement;
    card.focus();
    await userEvent.keyboard('{ArrowLeft}');
    screen.getByText("Ada Okafor can't move back from saved.");
    expect(await status('github:ada')).toBe('saved');
  });

  it('drops a dragged card on a column it may move to, and ignores one it may not', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const card = within(column('contacted'))
      .getByText('Sam Lindqvist')
      .closest('li') as HTMLElement;
    const data = { setData: () => undefined, effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(card, { dataTransfer: data });
    fireEvent.drop(column('mentoring').closest('section') as HTMLElement, { dataTransfer: data });
    expect(await status('github:sam')).toBe('contacted');
    fireEvent.dragStart(card, { dataTransfer: data });
    fireEvent.drop(column('replied').closest('section') as HTMLElement, { dataTransfer: data });
    await waitFor(async () => expect(await status('github:sam')).toBe('replied'));
  });
});

describe('the board at a glance', () => {
  it('has a column per active stage and one lane for the end states, not ten columns', async () => {
    await setStatus(db, 'github:ada', 'not-a-fit');
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent?.replace(/ \(.*$/, ''));
    expect(headings).toEqual([
      'saved',
      'contacted',
      'replied',
      'meeting scheduled',
      'mentoring',
      'Closed or paused',
    ]);
    const card = within(column('Closed or paused')).getByText('Ada Okafor').closest('li');
    expect(card?.textContent).toContain('not a fit');
    // a card carries initials, the fit and the days in its stage
    expect(card?.textContent).toContain('AO');
    expect(card?.textContent).toContain('80');
    expect(card?.getAttribute('aria-label')).toMatch(/^Ada Okafor, not a fit for /);
  });

  it('says why a drop is refused, instead of snapping back without a word', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const card = within(column('saved')).getByText('Ada Okafor').closest('li') as HTMLElement;
    const data = { setData: () => undefined, effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(card, { dataTransfer: data });
    fireEvent.drop(column('mentoring').closest('section') as HTMLElement, { dataTransfer: data });
    await screen.findByText(
      "Ada Okafor can't move from saved to mentoring. From saved they can go to contacted, not a fit, paused.",
    );
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/can't move/);
    expect(await status('github:ada')).toBe('saved');
  });

  it('moves a card to an end state dropped on its target in the lane', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Board' });
    const card = within(column('contacted'))
      .getByText('Sam Lindqvist')
      .closest('li') as HTMLElement;
    const data = { setData: () => undefined, effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(card, { dataTransfer: data });
    const targets = screen.getByRole('list', { name: 'Move to an end state' });
    fireEvent.drop(within(targets).getByText('no response'), { dataTransfer: data });
    await waitFor(async () => expect(await status('github:sam')).toBe('no-response'));
    await screen.findByText('Moved Sam Lindqvist to no response.');
  });
});

describe('arrow-key neighbours', () => {
  it('go to the next or previous stage the pipeline allows', () => {
    expect(neighbourStatus('saved', 1)).toBe('contacted');
    expect(neighbourStatus('saved', -1)).toBeNull();
    expect(neighbourStatus('contacted', -1)).toBe('saved');
    expect(neighbourStatus('replied', 1)).toBe('meeting-scheduled');
    expect(neighbourStatus('declined', -1)).toBe('saved');
    expect(neighbourStatus('declined', 1)).toBeNull();
  });
});
