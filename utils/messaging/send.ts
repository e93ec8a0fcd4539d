import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType, ResponseMap } from './protocol';

/** asks the background; resolves with its answer or rejects with its error message */
export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseMap[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error('MentorLens did not answer. Reload the page and try again.');
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
