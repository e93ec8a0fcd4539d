import { askActiveTab } from '@/components/current-tab/askTab';
import { notEnoughBand } from '@/utils/fit/bands';
import type { ListPerson, ListResult } from '@/utils/lists/types';
import { listKey } from '@/utils/lists/types';
import type { CardFit } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import { parseListReply } from '@/utils/messaging/tab-replies';

export type RankedPerson = { person: ListPerson; fit: CardFit | null };
export type PageList = { kind: ListResult['kind']; ranked: RankedPerson[] } | null;

/** the people the active tab lists, read by its content script, quiet mode or not; `reply`: its answer, when asked already */
export async function currentTabList(
  reply: Promise<unknown> = askActiveTab({ type: 'currentList' }),
): Promise<ListResult | null> {
  // parsed, not trusted: a malformed list throws a message the popup shows
  return parseListReply(await reply);
}

// a score behind "Not enough to score" means nothing: those people come after every scored one
const sortScore = (fit: CardFit | null) =>
  !fit ? -2 : fit.band === notEnoughBand ? -1 : fit.score;

/** best fit first, then not enough to score, then unscored; one background request for the whole page */
export async function loadPageList(reply?: Promise<unknown>): Promise<PageList> {
  const list = await currentTabList(reply);
  if (!list || list.people.length === 0) return list ? { kind: list.kind, ranked: [] } : null;
  const people = list.people.slice(0, 100);
  const fits = await send({ type: 'listFit', people });
  const byKey = new Map(fits.map((fit) => [fit.key, fit]));
  const ranked = people.map((person) => ({ person, fit: byKey.get(listKey(person)) ?? null }));
  ranked.sort((a, b) => sortScore(b.fit) - sortScore(a.fit));
  return { kind: list.kind, ranked };
}
