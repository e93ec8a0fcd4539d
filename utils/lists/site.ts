import type { ListEntry, ListKind, ReadMemo } from './types';

/** one site's list pages: which URLs list people, and how their cards are read */
export interface ListReader {
  detect(url: URL): ListKind | null;
  read(doc: Document, url: URL, kind: ListKind, memo?: ReadMemo): ListEntry[];
  /** on a profile page, the viewed person's member id (so a card saved by id joins their handle) */
  viewedMemberId?(doc: Document, handle: string): string | null;
}
