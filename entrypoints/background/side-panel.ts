import { browser } from 'wxt/browser';

type ChromeSidePanel = { open(options: { windowId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/**
 * opens Chrome's side panel or Firefox's sidebar; call it synchronously in the shortcut's or the
 * menu's listener: both browsers refuse once anything has been awaited (the user gesture is gone)
 */
export function openSidePanel(tab: { windowId?: number } | undefined): boolean {
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) {
    void sidebar.open().catch(() => undefined);
    return true;
  }
  const panel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  if (!panel || tab?.windowId === undefined) return false;
  void panel.open({ windowId: tab.windowId }).catch(() => undefined);
  return true;
}
