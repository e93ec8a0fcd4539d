import { send } from '@/utils/messaging/send';

/** asks the background (retrying a request the worker dropped, as every sender does) */
export const ask = send;

export { messageOf } from '@/utils/errors';

/** a fresh id for a record the page creates, so a retried write is recorded once */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
