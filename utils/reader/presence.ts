import type { TabRequest } from '../messaging/protocol';

// the reader's mark on our isolated world's global, which page script never sees (it has its own),
// so the page can neither read nor forge it; the router and the reader are separate bundles
const READER = '__mentorlensReader';

export interface ReaderMark {
  /** answers a popup's tab request the way the reader's own listeners do */
  answer(message: TabRequest): Promise<unknown> | undefined;
  /** false once the extension that injected it was reloaded or removed */
  alive(): boolean;
}

const slot = () => globalThis as unknown as Record<string, ReaderMark | undefined>;

/** the running reader of this page, if one is here and its extension still runs */
export function readerHere(): ReaderMark | null {
  const mark = slot()[READER];
  try {
    return mark?.alive() ? mark : null;
  } catch {
    return null;
  }
}

/** marks this page as read by the reader (one per page: see utils/reader/start.ts) */
export function markReader(mark: ReaderMark): void {
  slot()[READER] = mark;
}
