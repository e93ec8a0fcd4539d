import type { Browser } from 'wxt/browser';
import { messageOf } from '../errors';
import { contentScriptRequests, type Reply, type Request, requestSchema } from './protocol';

export interface ReceiverOptions {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** hosts whose pages run our content scripts */
  contentHosts: RegExp;
  log?: (reason: string) => void;
}

export type Handler = (request: Request, sender: Browser.runtime.MessageSender) => Promise<unknown>;

/** why a sender may not ask for this, or null when it may */
export function senderProblem(
  sender: Browser.runtime.MessageSender,
  type: Request['type'] | null,
  options: ReceiverOptions,
): string | null {
  if (sender.id !== options.extensionId)
    return `sender is not this extension (${sender.id ?? 'no id'})`;
  const url = sender.url ?? '';
  if (url.startsWith(options.extensionOrigin)) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return 'sender has no URL';
  }
  if (!sender.tab || !options.contentHosts.test(host))
    return `sender page ${host || url} is not one we run on`;
  if (type && !contentScriptRequests.has(type)) return `a content script may not send "${type}"`;
  return null;
}

/** validates every message and its sender before the handler sees it; answers with a Reply */
export function createReceiver(handle: Handler, options: ReceiverOptions) {
  const log =
    options.log ?? ((reason: string) => console.warn(`MentorLens rejected a message: ${reason}`));
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> => {
    const parsed = requestSchema.safeParse(message);
    const type = parsed.success ? parsed.data.type : null;
    const problem = senderProblem(sender, type, options);
    if (problem) {
      log(problem);
      return Promise.resolve({ ok: false, error: `rejected: ${problem}` });
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = `malformed message (${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'})`;
      log(reason);
      return Promise.resolve({ ok: false, error: `rejected: ${reason}` });
    }
    return handle(parsed.data, sender).then(
      (data) => ({ ok: true, data: data ?? null }),
      (error: unknown) => ({
        ok: false,
        error: messageOf(error),
      }),
    );
  };
}
