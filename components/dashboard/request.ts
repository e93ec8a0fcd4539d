import type { Request, RequestType, ResponseMap } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';

// the worker was stopped or restarted under us: every tracker write is idempotent, so asking again is safe
const transient =
  /did not answer|Could not establish connection|Receiving end does not exist|message (?:port|channel) closed/i;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** asks the background, retrying a request the worker dropped; rejects with a message for the user */
export async function ask<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  attempts = 3,
): Promise<ResponseMap[T]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !transient.test(message)) throw error;
      await pause(150 * attempt);
    }
  }
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** a fresh id for a record the page creates, so a retried write is recorded once */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
