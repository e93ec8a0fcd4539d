import type { ListEntry, ListKind, ReadMemo } from './types';

/** one site's list pages: which URLs list people, and how their cards are read */
export interface ListReader {
  detect(url: URL): ListKind | null;
  /** `within`: only these of the page's list boxes (see `roots`) */
  read(doc: Document, url: URL, kind: ListKind, memo?: ReadMemo, within?: Element[]): ListEntry[];
  /**
   * the boxes a kind of list that is read only near the viewport (a profile's people sidebars)
   * lists its people in; absent, or null for a kind: the whole list is read at once
   */
  lazyRoots?(doc: Document, kind: ListKind): Element[] | null;
  /** on a profile page, the viewed person's member id (so a card saved by id joins their handle) */
  viewedMemberId?(doc: Document, handle: string): string | null;
}
