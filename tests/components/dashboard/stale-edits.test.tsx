import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Database } from '@/utils/shortlist/store/db';
import { getPerson, shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { at } from './support';

const ADA = 'github:ada-okafor';
let db: Database;

beforeEach(async () => {
  db = await installBackground();
  await shortlistProfile(db, snapshot(), fitResult());
  at(`#/person/${encodeURIComponent(ADA)}`);
});

const stored = async () => {
  const found = await getPerson(db, ADA);
  if (!found || !('person' in found)) throw new Error('gone');
  return found.person;
};

// what another tab does: the same write, through the same domain function
const otherTab = (patch: Parameters<typeof updatePerson>[2], expected: typeof patch) =>
  updatePerson(db, ADA, patch, new Date(), expected);

const saved = () => screen.findByText(/^All changes saved/, undefined, { timeout: 5_000 });

describe('a person page opened in two tabs', () => {
  it('adding a tag here does not undo do-not-contact ticked in the other tab', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await otherTab({ doNotContact: true }, { doNotContact: false });
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'ml');
    await saved();
    const now = await stored();
    expect(now.doNotContact).toBe(true);
    expect(now.tags).toEqual(['ml']);
  });

  it('notes edited in both tabs: the autosave is refused, says so, keeps both; "Keep mine" replaces knowingly', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await otherTab({ notes: 'Met at NeurIPS' }, { notes: '' });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Ask about RAG');
    const alert = await screen.findByRole('alert', undefined, { timeout: 5_000 });
    expect(alert.textContent).toMatch(/changed elsewhere.*Notes is now "Met at NeurIPS"/);
    expect(alert.textContent).toMatch(/Your text is still here and was not saved/);
    expect((await stored()).notes).toBe('Met at NeurIPS');
    // typing on does not overwrite either: each autosave is refused the same way
    await user.type(notes, ' and evals');
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await stored()).notes).toBe('Met at NeurIPS');
    expect((notes as HTMLTextAreaElement).value).toBe('Ask about RAG and evals');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await saved();
    expect((await stored()).notes).toBe('Ask about RAG and evals');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Use theirs" takes the other tab\'s notes and keeps the other fields typed here', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    await otherTab({ notes: 'Met at NeurIPS' }, { notes: '' });
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Ask about RAG');
    await user.type(screen.getByRole('textbox', { name: 'Focus area' }), 'LLM evaluation');
    await screen.findByRole('button', { name: 'Use theirs' }, { timeout: 5_000 });
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    await saved();
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe(
      'Met at NeurIPS',
    );
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        notes: 'Met at NeurIPS',
        focusArea: 'LLM evaluation',
      }),
    );
  });

  it('shows a change made elsewhere as soon as the background announces it', async () => {
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Okafor' });
    expect(typeof BroadcastChannel).toBe('function');
    await otherTab({ doNotContact: true, focusArea: 'LLM evaluation' }, {});
    const channel = new BroadcastChannel('mentorlens-changes');
    channel.postMessage({ ids: [ADA] });
    channel.close();
    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: /Do not contact/ }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    expect((screen.getByRole('textbox', { name: 'Focus area' }) as HTMLInputElement).value).toBe(
      'LLM evaluation',
    );
    screen.getByText(/changed in another tab or window/);
  });
});
