import type { ResponseMap } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';

// React- and zod-free: the dashboard's entry asks with it before the rest of the page has loaded

/** how many of the newest people the first screen shows before everyone has loaded */
export const FIRST_SCREEN = 50;

export type FirstScreen = ResponseMap['listSummaries'];

/** the newest people, asked as the page opens: the worker answers while React loads */
export function askFirstScreen(): Promise<FirstScreen> {
  const asked = send({ type: 'listSummaries', first: FIRST_SCREEN });
  // read by the first render, maybe later than it failed: not an unhandled rejection
  asked.catch(() => undefined);
  return asked;
}
