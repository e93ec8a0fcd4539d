import { askActiveTab } from '@/components/current-tab/askTab';
import type { EarlyAnswers } from '@/components/current-tab/CurrentPerson';
import { send } from '@/utils/messaging/send';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';

// zod- and React-free: the popup's entry asks these before React and the parsing chunks have loaded,
// so the tab's content script and the worker answer while the rest of the popup loads

/** what the popup asks for as it opens; each answer is used once, by the first render */
export interface OpeningAnswers extends EarlyAnswers {
  /** the tab's answer to currentList, unparsed */
  listReply: Promise<unknown>;
  count: Promise<number>;
}

/**
 * a reply shaped like a readable profile ({ ok: true, profile }): its profile is sent for analysis
 * at once. The popup still parses the reply before showing anything, and the worker parses the
 * profile with the same schema (as it does the content script's own analyze), so the analysis shown
 * is always the one of the parsed profile
 */
export function profileOf(reply: unknown): ProfileSnapshot | null {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return null;
  const keys = Object.keys(reply);
  if (keys.length !== 2 || !keys.includes('ok') || !keys.includes('profile')) return null;
  const { ok, profile } = reply as { ok: unknown; profile: unknown };
  if (ok !== true || typeof profile !== 'object' || profile === null) return null;
  return profile as ProfileSnapshot;
}

// a rejection is read by the first render, maybe later than it happened: not an unhandled one
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

/** asks the tab and the worker everything the popup's first render shows, all at once */
export function askOpeningAnswers(): OpeningAnswers {
  const profileReply = askActiveTab({ type: 'currentProfile' });
  const analysis = profileReply.then((reply) => {
    const snapshot = profileOf(reply);
    return snapshot ? send({ type: 'analyze', snapshot }) : null;
  });
  return {
    profileReply: handled(profileReply),
    analysis: handled(analysis),
    listReply: handled(askActiveTab({ type: 'currentList' })),
    count: handled(send({ type: 'countPeople' })),
  };
}
