import type { ListKind } from '../lists/types';
import { startWhen } from '../reader/start-when';

/**
 * runs `start` once this tab shows a page that lists people, now or after in-page navigation;
 * until then nothing of the list feature is registered (no observer, no storage or message listener)
 */
export function startOnListPages(detect: (url: URL) => ListKind | null, start: () => void): void {
  startWhen('__mentorlensListStart', (url) => detect(url) !== null, start);
}
