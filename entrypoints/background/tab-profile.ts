import { browser } from 'wxt/browser';
import { messageOf } from '@/utils/errors';
import type { TabRequest } from '@/utils/messaging/protocol';
import { type ProfileSnapshot, profileSnapshotSchema } from '@/utils/profile/snapshot';
import type { Person } from '@/utils/shortlist/schema/person';

/** what a tab's content script says it shows: a profile, or why not */
export type TabProfile = { ok: true; snapshot: ProfileSnapshot } | { ok: false; why: string };

/** a content script's reply is a boundary too: validated before anything is saved */
export function parseTabProfile(reply: unknown): TabProfile {
  if (reply === null || reply === undefined)
    return { ok: false, why: 'this page is not a LinkedIn or GitHub profile' };
  if (typeof reply !== 'object' || !('ok' in reply))
    return { ok: false, why: 'the page answered something unexpected' };
  if (reply.ok !== true) {
    const detail = 'detail' in reply && typeof reply.detail === 'string' ? reply.detail : '';
    return { ok: false, why: detail || 'no profile could be read on this page' };
  }
  const parsed = profileSnapshotSchema.safeParse('profile' in reply ? reply.profile : undefined);
  if (!parsed.success) return { ok: false, why: 'the profile read on this page is malformed' };
  return { ok: true, snapshot: parsed.data };
}

export type AskTab = (tabId: number, request: TabRequest) => Promise<unknown>;

export const askTab: AskTab = (tabId, request) => browser.tabs.sendMessage(tabId, request);

/** asks the tab's content script (the popup's `currentProfile` message) what it shows */
export async function tabProfile(tabId: number, ask: AskTab = askTab): Promise<TabProfile> {
  try {
    return parseTabProfile(await ask(tabId, { type: 'currentProfile' }));
  } catch {
    // no content script here: not a page of LinkedIn or GitHub (or it has not loaded yet)
    return { ok: false, why: 'this page is not a LinkedIn or GitHub profile' };
  }
}

/** a short, plain label for a person's name in browser UI (menus, titles) */
export function displayName(name: string | null, max = 40): string | null {
  const plain = name?.replace(/\s+/g, ' ').trim();
  if (!plain) return null;
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

export interface Feedback {
  /** a brief mark on the toolbar button of that tab, and a title that says what happened */
  show(tabId: number, mark: string, title: string): void;
}

type Action = Pick<typeof browser.action, 'setBadgeText' | 'setTitle'>;

/** the toolbar button of one tab says what a shortcut or menu did, then goes back to normal */
export function badgeFeedback(
  clearAfterMs = 6_000,
  actionOf: () => Action | undefined = () => browser.action,
): Feedback {
  // one clearing per tab: an older mark's timer must not wipe a newer mark early
  const clearing = new Map<number, ReturnType<typeof setTimeout>>();
  return {
    show(tabId, mark, title) {
      const action = actionOf();
      if (!action) return;
      clearTimeout(clearing.get(tabId));
      void action.setBadgeText({ tabId, text: mark }).catch(() => undefined);
      void action.setTitle({ tabId, title }).catch(() => undefined);
      const timer = setTimeout(() => {
        clearing.delete(tabId);
        // null: back to the text every tab shows (the reminders count)
        void action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => undefined);
        void action.setTitle({ tabId, title: null as unknown as string }).catch(() => undefined);
      }, clearAfterMs);
      clearing.set(tabId, timer);
    },
  };
}

export type Shortlist = (snapshot: ProfileSnapshot) => Promise<Person>;

/** reads the tab's profile and shortlists it through the same request the hint sends */
export async function shortlistTab(
  tabId: number,
  deps: { shortlist: Shortlist; feedback: Feedback; ask?: AskTab },
): Promise<Person | null> {
  const found = await tabProfile(tabId, deps.ask);
  if (!found.ok) {
    deps.feedback.show(tabId, '?', `MentorLens: nothing shortlisted, ${found.why}`);
    return null;
  }
  const who = displayName(found.snapshot.name) ?? found.snapshot.handle;
  try {
    const person = await deps.shortlist(found.snapshot);
    deps.feedback.show(
      tabId,
      '✓',
      `MentorLens: ${who} is on your shortlist (status: ${person.status.replaceAll('-', ' ')})`,
    );
    return person;
  } catch (error) {
    const message = messageOf(error);
    deps.feedback.show(tabId, '!', `MentorLens: could not shortlist ${who}: ${message}`);
    return null;
  }
}
