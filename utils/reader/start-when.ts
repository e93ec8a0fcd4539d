import { ownCopy } from '../hint/lifetime';

/**
 * runs `start` once this tab's address passes `wanted`, now or after in-page navigation; until then
 * nothing of the feature is registered (no observer, no storage or message listener). `key` names
 * the waiting copy, so a newer injection replaces it
 */
export function startWhen(key: string, wanted: (url: URL) => boolean, start: () => void): void {
  const here = () => wanted(new URL(location.href));
  if (here()) {
    start();
    return;
  }
  const waiting = ownCopy(key);
  const check = () => {
    if (!waiting.isValid || !here()) return;
    waiting.stop();
    start();
  };
  waiting.onLocationChange(check);
  // Chromium's Navigation API tells at once; elsewhere the poll above does within a second
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', check);
  waiting.onStop(() => navigation?.removeEventListener?.('currententrychange', check));
}
