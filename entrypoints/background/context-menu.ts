import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';
import {
  type AskTab,
  displayName,
  type Feedback,
  type Shortlist,
  shortlistTab,
  tabProfile,
} from './tab-profile';

export const SHORTLIST_ITEM = 'mentorlens-shortlist';
export const OPEN_ITEM = 'mentorlens-open';

// the menu never shows elsewhere; on pages of these sites that are not profiles it is hidden
export const profilePages = ['https://github.com/*', 'https://*.linkedin.com/in/*'];
const contexts: ['page', 'selection', 'image'] = ['page', 'selection', 'image'];

/** the shortlist entry's title; page text is data: "&" is an access key and "%s" the selection to menus */
export function shortlistTitle(name: string | null): string {
  const shown = displayName(name);
  if (!shown) return 'Shortlist this profile in MentorLens';
  return `Shortlist ${shown.replaceAll('&', '&&').replaceAll('%s', '% s')} in MentorLens`;
}

/** the part of contextMenus (firefox: menus) we use */
export interface MenuApi {
  create(item: {
    id: string;
    title: string;
    contexts: typeof contexts;
    documentUrlPatterns: string[];
  }): unknown;
  update(id: string, change: { visible?: boolean; title?: string }): Promise<unknown> | unknown;
  removeAll(): Promise<unknown> | unknown;
}
type FirefoxMenus = {
  onShown?: { addListener(fn: (info: unknown, tab?: { id?: number }) => void): void };
  refresh(): Promise<unknown> | unknown;
};

export interface MenuDeps {
  shortlist: Shortlist;
  feedback: Feedback;
  menus?: MenuApi;
  ask?: AskTab;
  openPanel?: typeof openSidePanel;
}

const menusOf = (deps: MenuDeps): MenuApi | undefined =>
  deps.menus ?? (browser.contextMenus as unknown as MenuApi | undefined);

/** (re)creates both entries with the generic title; firefox names the person when the menu opens */
export async function createMenus(deps: MenuDeps): Promise<void> {
  const menus = menusOf(deps);
  if (!menus) return;
  await menus.removeAll();
  menus.create({
    id: SHORTLIST_ITEM,
    title: shortlistTitle(null),
    contexts,
    documentUrlPatterns: profilePages,
  });
  menus.create({
    id: OPEN_ITEM,
    title: 'Open in MentorLens',
    contexts,
    documentUrlPatterns: profilePages,
  });
}

/** names the person of this tab in the menu, or hides both entries when it shows no profile */
export async function refreshMenus(tabId: number, deps: MenuDeps): Promise<void> {
  const menus = menusOf(deps);
  if (!menus) return;
  const found = await tabProfile(tabId, deps.ask);
  const visible = found.ok;
  await menus.update(SHORTLIST_ITEM, {
    visible,
    title: shortlistTitle(found.ok ? found.snapshot.name : null),
  });
  await menus.update(OPEN_ITEM, { visible });
}

/** what a click on one of our entries does */
export async function onMenuClicked(
  itemId: string | number,
  tab: { id?: number; windowId?: number } | undefined,
  deps: MenuDeps,
): Promise<void> {
  // the side panel must open before any await, or the browser refuses it
  if (itemId === OPEN_ITEM) (deps.openPanel ?? openSidePanel)(tab);
  if (itemId === SHORTLIST_ITEM && tab?.id !== undefined) {
    await shortlistTab(tab.id, deps);
  }
}

export function setUpContextMenu(deps: MenuDeps): void {
  try {
    listenToMenus(deps);
  } catch (error) {
    // a browser without context menus (firefox for android) keeps the rest of the background working
    console.warn('MentorLens: no context menu in this browser', error);
  }
}

function listenToMenus(deps: MenuDeps): void {
  if (!browser.contextMenus) return;
  const quietly = (work: Promise<void>) => void work.catch(() => undefined);
  // every start: cheap, and it never leaves the entries missing after an update or a crash
  quietly(createMenus(deps));
  browser.contextMenus.onClicked.addListener((info, tab) =>
    quietly(onMenuClicked(info.menuItemId, tab, deps)),
  );
  // no tabs listeners: they would wake the service worker on every tab switch and page load. chrome keeps the
  // generic title (it has no onShown, and a name from another tab would be wrong); the click's feedback names the person
  // firefox tells us when the menu opens: it then names the person of this tab, or hides both entries
  const firefoxMenus = browser.contextMenus as unknown as FirefoxMenus;
  firefoxMenus?.onShown?.addListener((_info, tab) => {
    if (tab?.id === undefined) return;
    quietly(refreshMenus(tab.id, deps).then(() => void firefoxMenus.refresh()));
  });
}
