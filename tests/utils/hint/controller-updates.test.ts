import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle } from '@/entrypoints/background/handlers';
import { runProfileHints, type Site } from '@/utils/hint/controller';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { findPerson, listEvents, setStatus } from '@/utils/shortlist/tracker/people';
import { headingSite } from '../../support/hint-site';
import { freshName } from '../../support/snapshots';

const site: Site = headingSite({
  name: 'github',
  isProfileUrl: (url) => url.pathname.length > 1,
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.replaceChildren();
});

/** the real background over a fresh database; `fail` makes the next hint update fail as a worker would */
async function background() {
  const db = await openDatabase(freshName());
  const sent: Array<{ type: string }> = [];
  const control = { fail: null as string | null };
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as Parameters<typeof handle>[1];
    sent.push(request);
    if (control.fail && request.type !== 'analyze') {
      const error = control.fail;
      control.fail = null;
      return { ok: false, error };
    }
    try {
      return { ok: true, data: await handle(async () => db, request) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  });
  return { db, sent, control };
}

const root = () => {
  const shadow = document.querySelector('mentorlens-hint')?.shadowRoot;
  if (!shadow) throw new Error('no hint');
  return shadow;
};
const button = (name: string) =>
  [...root().querySelectorAll('button')].find((b) => b.textContent === name);
function trusted<E extends Event>(target: Element | null | undefined, event: E): E {
  if (!target) throw new Error('nothing to act on');
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}
const click = (name: string) => trusted(button(name), new MouseEvent('click', { bubbles: true }));
function type(text: string) {
  const input = root().querySelector('input');
  if (!input) throw new Error('no note field');
  input.value = text;
  trusted(input, new Event('input', { bubbles: true }));
  return input;
}
const live = () => root().querySelector('.live')?.textContent ?? '';

async function page(db: Database) {
  history.replaceState(null, '', '/ada-okafor');
  const heading = document.createElement('h1');
  heading.textContent = 'Ada Okafor';
  document.body.append(heading);
  stop = runProfileHints(site);
  await vi.waitFor(() => expect(button('Shortlist')).toBeDefined());
  const stored = async () => {
    const found = await findPerson(db, 'github:ada-okafor');
    return found && 'person' in found ? found.person : null;
  };
  return { heading, stored };
}

describe('the hint: the next action from the page', () => {
  it('shortlists and marks someone as contacted in one click, shows it and announces it', async () => {
    const { db, sent } = await background();
    const { stored } = await page(db);
    expect(root().querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Shortlist and mark as',
    );
    click('Contacted');
    await vi.waitFor(() => expect(root().textContent).toContain('Status: contacted'));
    expect(root().querySelector('.said')?.textContent).toBe('Marked as contacted.');
    await vi.waitFor(() => expect(live()).toBe('Marked as contacted.'));
    expect((await stored())?.status).toBe('contacted');
    expect(sent.find((m) => m.type === 'markFromPage')).toMatchObject({
      status: 'contacted',
      expected: null,
      snapshot: { handle: 'ada-okafor' },
    });
    // now only what the pipeline allows from contacted
    expect(button('Contacted')).toBeUndefined();
    expect(button('Replied')).toBeDefined();
    // page script clicking does nothing
    button('Replied')?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await stored())?.status).toBe('contacted');
  });

  it('adds a note by keyboard: the field takes focus, Enter saves, the note is on the timeline', async () => {
    const { db } = await background();
    const { stored } = await page(db);
    click('Add a note');
    const input = root().querySelector('input');
    expect(root().activeElement).toBe(input);
    type('Ask about her eval tooling talk');
    trusted(input, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(live()).toBe('Note added.'));
    const person = await stored();
    if (!person) throw new Error('not shortlisted');
    const { events } = await listEvents(db, person.id);
    expect(events.filter((e) => e.type === 'note').map((e) => e.text)).toEqual([
      'Ask about her eval tooling talk',
    ]);
    expect(root().querySelector('input')).toBeNull();
    expect(root().textContent).toContain('Status: saved');
    expect(root().activeElement?.textContent).toBe('Add a note');
  });

  it('keeps the note when saving fails, says why, and saves it on retry', async () => {
    const { db, control } = await background();
    const { stored } = await page(db);
    click('Add a note');
    type('Met at the AI meetup');
    control.fail = 'The disk is full';
    click('Save note');
    await vi.waitFor(() =>
      expect(root().querySelector('[role="alert"]')?.textContent).toBe(
        'Not saved: The disk is full',
      ),
    );
    expect(root().querySelector('input')?.value).toBe('Met at the AI meetup');
    expect(await stored()).toBeNull();
    click('Save note');
    await vi.waitFor(() => expect(root().querySelector('.said')?.textContent).toBe('Note added.'));
    expect(root().querySelector('[role="alert"]')).toBeNull();
    const person = await stored();
    const { events } = await listEvents(db, person?.id ?? '');
    expect(events.filter((e) => e.type === 'note')).toHaveLength(1);
  });

  it('keeps what is typed, and the focus, when the page changes under the field', async () => {
    const { db } = await background();
    const { heading } = await page(db);
    click('Add a note');
    const input = type('Half a thought');
    input.setSelectionRange(4, 4);
    // the page re-renders (a late section): the hint is read and drawn again
    heading.textContent = 'Ada Okafor (she/her)';
    await vi.waitFor(() => expect(root().textContent).toContain('Ada Okafor (she/her)'), {
      timeout: 3_000,
    });
    const again = root().querySelector('input');
    expect(again).not.toBe(input);
    expect(again?.value).toBe('Half a thought');
    expect(root().activeElement).toBe(again);
    expect(again?.selectionStart).toBe(4);
  });

  it('reports a status changed in another tab and shows it, instead of overwriting it', async () => {
    const { db } = await background();
    const { stored } = await page(db);
    click('Contacted');
    await vi.waitFor(() => expect(root().textContent).toContain('Status: contacted'));
    const person = await stored();
    // the dashboard, in another tab
    await setStatus(db, person?.id ?? '', 'no-response');
    click('Replied');
    await vi.waitFor(() =>
      expect(root().querySelector('.said')?.textContent).toMatch(
        /changed elsewhere and is now "no response"/,
      ),
    );
    expect(root().textContent).toContain('Status: no response');
    expect((await stored())?.status).toBe('no-response');
  });

  it('says why a mark failed, and changes nothing shown', async () => {
    const { db, control } = await background();
    const { stored } = await page(db);
    control.fail = 'Extension context invalidated.';
    click('Not a fit');
    await vi.waitFor(() =>
      expect(root().querySelector('[role="alert"]')?.textContent).toMatch(/Reload this page/),
    );
    expect(button('Shortlist')).toBeDefined();
    expect(await stored()).toBeNull();
  });

  it('refuses an empty note without asking the background', async () => {
    const { db, sent } = await background();
    await page(db);
    click('Add a note');
    type('   ');
    click('Save note');
    expect(root().querySelector('[role="alert"]')?.textContent).toBe('Write the note first.');
    expect(sent.some((m) => m.type === 'noteFromPage')).toBe(false);
  });
});
