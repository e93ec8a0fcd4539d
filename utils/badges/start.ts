import { ownCopy } from '../hint/lifetime';
import type { ListKind } from '../lists/types';

/**
 * runs `start` once this tab shows a page that lists people, now or after in-page navigation;
 * until then nothing of the list feature is registered (no observer, no storage or message listener)
 */
export function startOnListPages(detect: (url: URL) => ListKind | null, start: () => void): void {
  const isList = () => detect(new URL(location.href)) !== null;
  if (isList()) {
    start();
    return;
  }
  const waiting = ownCopy('__mentorlensListStart');
  waiting.onLocationChange(() => {
    if (!isList()) return;
    waiting.stop();
    start();
  });
}
