import { browser } from 'wxt/browser';
import { messageOf } from '../errors';
import { isTransient, RETRY_ATTEMPTS, requestPolicy, retryPauseMs } from './policy';
import type { Reply, Request, ResponseMap } from './protocol';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendOnce<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as
    | Reply<ResponseMap[R['type']]>
    | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error('MentorLens did not answer. Reload the page and try again.');
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/**
 * asks the background; resolves with its answer to this request type or rejects with its error
 * message. A request the worker dropped is asked again when its policy allows (utils/messaging/policy.ts)
 */
export async function send<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const attempts = requestPolicy[request.type].retry ? RETRY_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendOnce(request);
    } catch (error) {
      if (attempt >= attempts || !isTransient(messageOf(error))) throw error;
      await pause(retryPauseMs(attempt));
    }
  }
}
