import { describe, expect, it, vi } from 'vitest';
import {
  listenToCommands,
  OPEN_SIDE_PANEL,
  runCommand,
  SHORTLIST_PROFILE,
} from '@/entrypoints/background/commands';
import {
  createMenus,
  type MenuApi,
  OPEN_ITEM,
  onMenuClicked,
  profilePages,
  refreshMenus,
  SHORTLIST_ITEM,
  setUpContextMenu,
  shortlistTitle,
} from '@/entrypoints/background/context-menu';
import { handle } from '@/entrypoints/background/handlers';
import {
  type AskTab,
  displayName,
  type Feedback,
  parseTabProfile,
  type Shortlist,
  shortlistTab,
  tabProfile,
} from '@/entrypoints/background/tab-profile';
import type { Person } from '@/utils/shortlist/schema/person';
import { openDatabase } from '@/utils/shortlist/store/db';
import { findPerson } from '@/utils/shortlist/tracker/people';
import { freshName, snapshot } from '../../support/snapshots';

const ada = snapshot({ name: 'Ada Okafor', handle: 'ada-okafor' });
const answers =
  (reply: unknown): AskTab =>
  async () =>
    reply;
const noContentScript: AskTab = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

function recorder(): Feedback & { shown: Array<[number, string, string]> } {
  const shown: Array<[number, string, string]> = [];
  return { shown, show: (tabId, mark, title) => void shown.push([tabId, mark, title]) };
}

/** the real shortlist request against a fresh IndexedDB */
async function realShortlist() {
  const db = await openDatabase(freshName());
  const shortlist: Shortlist = async (s) =>
    (await handle(async () => db, { type: 'shortlist', snapshot: s })) as Person;
  return { db, shortlist };
}

describe("the tab's profile, as its content script reports it", () => {
  it('accepts a valid profile and names why when there is none', () => {
    expect(parseTabProfile({ ok: true, profile: ada })).toEqual({ ok: true, snapshot: ada });
    expect(parseTabProfile(null)).toMatchObject({ ok: false, why: /not a LinkedIn or GitHub/ });
    expect(
      parseTabProfile({
        ok: false,
        reason: 'unavailable',
        detail: 'This profile is not available',
      }),
    ).toEqual({ ok: false, why: 'This profile is not available' });
  });

  it.each([
    ['a string', 'shortlist me'],
    ['a number', 42],
    ['an object without ok', { profile: ada }],
    ['a profile with a wrong field type', { ok: true, profile: { ...ada, name: 42 } }],
    ['a profile with an unknown source', { ok: true, profile: { ...ada, source: 'twitter' } }],
    ['no profile at all', { ok: true }],
  ])('refuses %s', (_what, reply) => {
    expect(parseTabProfile(reply).ok).toBe(false);
  });

  it('treats a tab without our content script as no profile', async () => {
    expect(await tabProfile(3, noContentScript)).toMatchObject({ ok: false });
  });

  it('asks with the popup’s currentProfile message', async () => {
    const ask = vi.fn(answers({ ok: true, profile: ada }));
    await tabProfile(9, ask);
    expect(ask).toHaveBeenCalledWith(9, { type: 'currentProfile' });
  });

  it('shortens and flattens a name for browser UI', () => {
    expect(displayName('  Ada \n Okafor ')).toBe('Ada Okafor');
    expect(displayName('')).toBeNull();
    expect(displayName(null)).toBeNull();
    expect(displayName('A'.repeat(60))).toHaveLength(40);
    expect(displayName('A'.repeat(60))?.endsWith('…')).toBe(true);
  });
});

describe('shortlisting the tab (shortcut and menu)', () => {
  it('saves the profile in IndexedDB and says so on the toolbar button', async () => {
    const { db, shortlist } = await realShortlist();
    const feedback = recorder();
    const person = await shortlistTab(4, {
      shortlist,
      feedback,
      ask: answers({ ok: true, profile: ada }),
    });
    expect(person?.status).toBe('saved');
    const stored = await findPerson(db, 'github:ada-okafor');
    expect(stored && 'person' in stored ? stored.person.name : null).toBe('Ada Okafor');
    expect(feedback.shown).toEqual([
      [4, '✓', 'MentorLens: Ada Okafor is on your shortlist (status: saved)'],
    ]);
  });

  it('saves nothing, and says why, on a page without a profile or with a malformed one', async () => {
    const shortlist = vi.fn<Shortlist>();
    const feedback = recorder();
    await shortlistTab(4, { shortlist, feedback, ask: noContentScript });
    await shortlistTab(5, {
      shortlist,
      feedback,
      ask: answers({ ok: true, profile: { name: 1 } }),
    });
    expect(shortlist).not.toHaveBeenCalled();
    expect(feedback.shown.map(([tab, mark]) => [tab, mark])).toEqual([
      [4, '?'],
      [5, '?'],
    ]);
    expect(feedback.shown[1]?.[2]).toMatch(/malformed/);
  });

  it('reports a failed save instead of claiming success', async () => {
    const feedback = recorder();
    const result = await shortlistTab(4, {
      shortlist: async () => {
        throw new Error('QuotaExceededError');
      },
      feedback,
      ask: answers({ ok: true, profile: ada }),
    });
    expect(result).toBeNull();
    expect(feedback.shown).toEqual([
      [4, '!', 'MentorLens: could not shortlist Ada Okafor: QuotaExceededError'],
    ]);
  });
});

describe('keyboard shortcuts', () => {
  it('opens the side panel before anything is awaited (the browser needs the gesture)', async () => {
    const openPanel = vi.fn(() => true);
    const tab = { id: 2, windowId: 1 };
    const running = runCommand(OPEN_SIDE_PANEL, tab, {
      shortlist: vi.fn<Shortlist>(),
      feedback: recorder(),
      openPanel,
    });
    expect(openPanel).toHaveBeenCalledWith(tab);
    await running;
  });

  it('shortlists the tab the command came with, or else the active tab', async () => {
    const { shortlist } = await realShortlist();
    const spy = vi.fn(shortlist);
    const activeTab = vi.fn(async () => ({ id: 11 }));
    const feedback = recorder();
    const deps = { shortlist: spy, feedback, activeTab, ask: answers({ ok: true, profile: ada }) };
    await runCommand(SHORTLIST_PROFILE, { id: 3 }, deps);
    expect(activeTab).not.toHaveBeenCalled();
    await runCommand(SHORTLIST_PROFILE, undefined, deps);
    expect(activeTab).toHaveBeenCalledOnce();
    expect(spy).toHaveBeenCalledWith(ada);
    expect(feedback.shown.map(([tab, mark]) => [tab, mark])).toEqual([
      [3, '✓'],
      [11, '✓'],
    ]);
  });

  it('ignores a command it does not know', async () => {
    const shortlist = vi.fn<Shortlist>();
    const openPanel = vi.fn(() => true);
    await runCommand('something-else', { id: 1 }, { shortlist, feedback: recorder(), openPanel });
    expect(shortlist).not.toHaveBeenCalled();
    expect(openPanel).not.toHaveBeenCalled();
  });
});

function fakeMenus() {
  const items = new Map<string, Record<string, unknown>>();
  const calls: string[] = [];
  const menus: MenuApi = {
    create(item) {
      calls.push(`create ${item.id}`);
      items.set(item.id, { ...item });
    },
    update(id, change) {
      calls.push(`update ${id}`);
      const item = items.get(id);
      if (!item) throw new Error(`no menu item ${id}`);
      Object.assign(item, change);
    },
    removeAll() {
      calls.push('removeAll');
      items.clear();
    },
  };
  return { menus, items, calls };
}

describe('the context menu', () => {
  it('names the person, and stays plain when the page text holds menu syntax', () => {
    expect(shortlistTitle('Ada Okafor')).toBe('Shortlist Ada Okafor in MentorLens');
    expect(shortlistTitle(null)).toBe('Shortlist this profile in MentorLens');
    expect(shortlistTitle('   ')).toBe('Shortlist this profile in MentorLens');
    expect(shortlistTitle('Tom & Jerry %s')).toBe('Shortlist Tom && Jerry % s in MentorLens');
    expect(shortlistTitle('B'.repeat(200)).length).toBeLessThan(80);
  });

  it('creates two entries only for LinkedIn and GitHub pages, after removing old ones', async () => {
    const { menus, items, calls } = fakeMenus();
    await createMenus({ shortlist: vi.fn<Shortlist>(), feedback: recorder(), menus });
    expect(calls[0]).toBe('removeAll');
    expect([...items.keys()]).toEqual([SHORTLIST_ITEM, OPEN_ITEM]);
    expect(items.get(OPEN_ITEM)?.title).toBe('Open in MentorLens');
    for (const item of items.values()) expect(item.documentUrlPatterns).toEqual(profilePages);
    expect(profilePages).toEqual(['https://github.com/*', 'https://*.linkedin.com/in/*']);
  });

  it("follows the active tab: the person's name on a profile, hidden elsewhere", async () => {
    const { menus, items } = fakeMenus();
    const deps = { shortlist: vi.fn<Shortlist>(), feedback: recorder(), menus };
    await createMenus(deps);
    await refreshMenus(1, { ...deps, ask: answers({ ok: true, profile: ada }) });
    expect(items.get(SHORTLIST_ITEM)).toMatchObject({
      visible: true,
      title: 'Shortlist Ada Okafor in MentorLens',
    });
    await refreshMenus(2, { ...deps, ask: answers(null) });
    expect(items.get(SHORTLIST_ITEM)?.visible).toBe(false);
    expect(items.get(OPEN_ITEM)?.visible).toBe(false);
    await refreshMenus(3, { ...deps, ask: noContentScript });
    expect(items.get(SHORTLIST_ITEM)).toMatchObject({
      visible: false,
      title: 'Shortlist this profile in MentorLens',
    });
  });

  it('"Open in MentorLens" opens the side panel at once; "Shortlist" saves the tab\'s person', async () => {
    const { menus } = fakeMenus();
    const { db, shortlist } = await realShortlist();
    const openPanel = vi.fn(() => true);
    const feedback = recorder();
    const deps = {
      shortlist,
      feedback,
      menus,
      openPanel,
      ask: answers({ ok: true, profile: ada }),
    };
    await createMenus(deps);
    const tab = { id: 5, windowId: 2 };
    const opening = onMenuClicked(OPEN_ITEM, tab, deps);
    expect(openPanel).toHaveBeenCalledWith(tab);
    await opening;
    expect(await findPerson(db, 'github:ada-okafor')).toBeNull();

    await onMenuClicked(SHORTLIST_ITEM, tab, deps);
    expect(await findPerson(db, 'github:ada-okafor')).toMatchObject({
      person: { name: 'Ada Okafor', status: 'saved' },
    });
    expect(feedback.shown[0]?.[1]).toBe('✓');
  });
});

describe('in a browser without shortcuts or menus', () => {
  it('sets up without throwing, so the rest of the background still starts', () => {
    // the fake browser (wxt/testing), like firefox for android, has neither
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deps = { shortlist: vi.fn<Shortlist>(), feedback: recorder() };
    expect(() => listenToCommands(deps)).not.toThrow();
    expect(() => setUpContextMenu(deps)).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });
});
