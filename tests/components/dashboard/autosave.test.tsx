import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import type { Database } from '@/utils/shortlist/store/db';
import { getPerson, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, snapshot } from '../../support/snapshots';
import { at } from './support';

const ADA = 'github:ada-okafor';
let db: Database;
let sent: Array<{ type: string; patch?: unknown; expected?: unknown }>;

beforeEach(async () => {
  db = await installBackground();
  await shortlistProfile(db, snapshot(), fitResult());
  at(`#/person/${encodeURIComponent(ADA)}`);
  sent = [];
  const original = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => {
    sent.push(message as (typeof sent)[number]);
    return original(message as never);
  }) as typeof fakeBrowser.runtime.sendMessage);
});

const stored = async () => {
  const found = await getPerson(db, ADA);
  if (!found || !('person' in found)) throw new Error('gone');
  return found.person;
};
const updates = () => sent.filter((message) => message.type === 'updatePerson');
// the person page is a lazy view: under load its first render can take more than findBy's 1 s
const opened = () =>
  screen.findByRole('heading', { level: 1, name: 'Ada Okafor' }, { timeout: 5_000 });
const status = () => document.querySelector('.save-line [role="status"]')?.textContent ?? '';

describe("the person page's one save model", () => {
  it('has no Save buttons for details and notes; says changes save as you type', async () => {
    render(<Dashboard />);
    await opened();
    expect(screen.queryByRole('button', { name: /Save details|Save notes/ })).toBeNull();
    expect(status()).toBe('Changes here save as you type.');
  });

  it('saves once typing pauses, shows "Saving…" then "All changes saved", sending only the changed fields', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await opened();
    await user.type(screen.getByRole('textbox', { name: 'Focus area' }), 'LLM evaluation');
    expect(status()).toBe('Saving…');
    await screen.findByText(/^All changes saved/, undefined, { timeout: 5_000 });
    // one request for the whole word: the save waited for the pause
    expect(updates()).toHaveLength(1);
    expect(updates()[0]).toMatchObject({
      patch: { focusArea: 'LLM evaluation' },
      expected: { focusArea: null },
    });
    expect(Object.keys(updates()[0]?.patch as object)).toEqual(['focusArea']);
    expect((await stored()).focusArea).toBe('LLM evaluation');
  });

  it('saves a choice at once, and a second edit from where the first one left off', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await opened();
    await user.click(screen.getByRole('checkbox', { name: /Do not contact/ }));
    await waitFor(async () => expect((await stored()).doNotContact).toBe(true));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'primary');
    await waitFor(async () => expect((await stored()).role).toBe('primary'));
    await user.click(screen.getByRole('checkbox', { name: /Do not contact/ }));
    await waitFor(async () => expect((await stored()).doNotContact).toBe(false));
    // each save expected what the one before stored, so none was refused
    expect(screen.queryByRole('alert')).toBeNull();
    expect(updates().at(-1)).toMatchObject({
      patch: { doNotContact: false },
      expected: { doNotContact: true },
    });
  });

  it('a failed save says so, keeps everything typed, and saves on "Try again"', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await opened();
    const original = vi.mocked(fakeBrowser.runtime.sendMessage).getMockImplementation();
    let failing = true;
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(((message: unknown) => {
      if (failing && (message as { type: string }).type === 'updatePerson')
        return Promise.resolve({ ok: false, error: 'The disk is full' });
      return original?.(message as never);
    }) as typeof fakeBrowser.runtime.sendMessage);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Ask about RAG');
    const alert = await screen.findByRole('alert', undefined, { timeout: 5_000 });
    expect(alert.textContent).toBe(
      'Not saved: The disk is full Your changes are still here.Try again',
    );
    expect((notes as HTMLTextAreaElement).value).toBe('Ask about RAG');
    expect((await stored()).notes).toBe('');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/^All changes saved/, undefined, { timeout: 5_000 });
    expect((await stored()).notes).toBe('Ask about RAG');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves what was typed when the user leaves the page before the pause', async () => {
    const user = userEvent.setup();
    render(<Dashboard />);
    await opened();
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'ml');
    location.hash = '#/';
    await waitFor(async () => expect((await stored()).tags).toEqual(['ml']));
  });
});
