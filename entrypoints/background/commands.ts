import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';
import { type AskTab, type Feedback, type Shortlist, shortlistTab } from './tab-profile';

// the names in the manifest's "commands" (wxt.config.ts); firefox's sidebar uses its reserved _execute_sidebar_action
export const OPEN_SIDE_PANEL = 'open-side-panel';
export const SHORTLIST_PROFILE = 'shortlist-profile';

export interface CommandDeps {
  shortlist: Shortlist;
  feedback: Feedback;
  ask?: AskTab;
  /** the active tab, when the browser does not pass it with the command */
  activeTab?: () => Promise<{ id?: number; windowId?: number } | undefined>;
  openPanel?: typeof openSidePanel;
}

const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];

/** one keyboard shortcut: the side panel opens before anything is awaited */
export async function runCommand(
  command: string,
  tab: { id?: number; windowId?: number } | undefined,
  deps: CommandDeps,
): Promise<void> {
  if (command === OPEN_SIDE_PANEL) {
    (deps.openPanel ?? openSidePanel)(tab);
    return;
  }
  if (command !== SHORTLIST_PROFILE) return;
  const target = tab?.id !== undefined ? tab : await (deps.activeTab ?? activeTab)();
  if (target?.id === undefined) return;
  await shortlistTab(target.id, deps);
}

export function listenToCommands(deps: CommandDeps): void {
  try {
    browser.commands?.onCommand.addListener((command, tab) => {
      void runCommand(command, tab, deps).catch(() => undefined);
    });
  } catch (error) {
    // a browser without shortcuts (firefox for android) keeps the rest of the background working
    console.warn('MentorLens: no keyboard shortcuts in this browser', error);
  }
}
