import { messageOf } from '../errors';

/** a listener that answers some messages with a promise, and leaves the others (undefined) to other listeners */
export type Answering<Sender> = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * onMessage in both browsers without a polyfill: Chrome ignores a returned promise, so the answer goes
 * through `sendResponse` and the listener returns true to keep the channel open. A caller that passes
 * no `sendResponse` (a test double) gets the promise itself.
 */
export function answering<Sender>(listen: Answering<Sender>) {
  return (
    message: unknown,
    sender: Sender,
    sendResponse?: (response: unknown) => void,
  ): true | undefined | Promise<unknown> => {
    const answer = listen(message, sender);
    if (answer === undefined) return undefined;
    if (typeof sendResponse !== 'function') return answer;
    answer.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: messageOf(error) }),
    );
    return true;
  };
}
