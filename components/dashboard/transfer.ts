import { browser } from 'wxt/browser';
import { describeIssue } from '@/utils/describe-issue';
import { messageOf } from '@/utils/errors';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { splitText } from '@/utils/shortlist/portability/transfer';
import {
  type ChannelLike,
  channelPortName,
  EXPORT_PORT,
  type ExportEnd,
  exportAssembler,
  IMPORT_PORT,
  type ImportStage,
  importPortReplySchema,
  interrupted,
  type OpenChannel,
  type PortLike,
} from '@/utils/shortlist/portability/transfer-port';
import { ShortlistError } from '@/utils/shortlist/store/errors';

export type Progress = (done: number, of: number) => void;

/** saves a file through the browser's own download */
export function download(parts: BlobPart[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** the background no longer holds an upload (it restarted): send it again */
export const uploadLost = (error: unknown): boolean => /no longer held/.test(messageOf(error));

/** opens a runtime port to the background (a pair in memory in tests) */
export type Connect = (name: string) => PortLike;
const runtimeConnect: Connect = (name) => browser.runtime.connect({ name }) as unknown as PortLike;
// without BroadcastChannel the port carries everything, as before
const broadcastChannel: OpenChannel | null =
  typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;

/** a channel of its own for one transfer (named by its port), or the port alone */
function open(
  port: typeof EXPORT_PORT | typeof IMPORT_PORT,
  connect: Connect,
  openChannel: OpenChannel | null,
): { port: PortLike; channel: ChannelLike | null } {
  if (!openChannel) return { port: connect(port), channel: null };
  const id = Array.from(crypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36)).join('');
  const name = channelPortName(port, id.padEnd(8, '0'));
  // listening before the worker can send
  const channel = openChannel(name);
  return { port: connect(name), channel };
}

/** the messages of a transfer, whichever way they come */
function listen(port: PortLike, channel: ChannelLike | null, listener: (raw: unknown) => void) {
  port.onMessage.addListener(listener);
  if (!channel) return;
  channel.onmessage = (event) => listener(event.data);
  // a message that could not be copied is an unreadable one
  channel.onmessageerror = () => listener(undefined);
}
/**
 * the export, streamed from the background as it is read: its parts in order and what it held.
 * A port closed early or an unreadable part rejects, and nothing is made of the parts. Each part
 * is made a Blob as it comes, while the background reads on: the file's Blob then joins them
 * without encoding 10-40 MB of text at the end
 */
export function streamedExport(
  progress: Progress,
  connect: Connect = runtimeConnect,
  // the tests' ports in memory carry the parts themselves
  openChannel: OpenChannel | null = connect === runtimeConnect ? broadcastChannel : null,
): Promise<{ parts: readonly Blob[]; end: ExportEnd }> {
  return new Promise((resolve, reject) => {
    const { port, channel } = open(EXPORT_PORT, connect, openChannel);
    const assembler = exportAssembler((text) => new Blob([text]));
    let settled = false;
    const finish = () => {
      settled = true;
      port.disconnect();
      channel?.close();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      reject(error);
    };
    port.onDisconnect.addListener(() => fail(interrupted('export')));
    listen(port, channel, (message) => {
      if (settled) return;
      try {
        const step = assembler.accept(message);
        if ('type' in step) {
          finish();
          resolve({ parts: assembler.parts(), end: step });
        } else progress(step.done, step.of);
      } catch (error) {
        fail(error);
      }
    });
  });
}

/** how an import is getting on, as the page shows it */
export type ImportStep = (stage: 'sending' | ImportStage, done: number, of: number) => void;

/**
 * an import over a port: the file's text sent in parts without waiting on each (or an upload
 * already sent, by its token), then checked (a preview) or committed, with progress all along
 */
export function importByPort(
  what: { text: string } | { token: string },
  commit: boolean,
  step: ImportStep,
  connect: Connect = runtimeConnect,
  // the tests' ports in memory carry the parts themselves
  openChannel: OpenChannel | null = connect === runtimeConnect ? broadcastChannel : null,
): Promise<{ token: string; summary: ImportSummary }> {
  return new Promise((resolve, reject) => {
    const { port, channel } = open(IMPORT_PORT, connect, openChannel);
    let token = 'token' in what ? what.token : null;
    let settled = false;
    const finish = () => {
      settled = true;
      port.disconnect();
      channel?.close();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      reject(error);
    };
    const check = (upload: string) => port.postMessage({ type: 'check', upload, commit });
    const parts = 'text' in what ? splitText(what.text) : [];
    const sendParts = () => {
      for (const [index, text] of parts.entries())
        (channel ?? port).postMessage({ type: 'part', index, text });
    };
    port.onDisconnect.addListener(() => fail(interrupted('import')));
    listen(port, channel, (raw) => {
      if (settled) return;
      const parsed = importPortReplySchema.safeParse(raw);
      if (!parsed.success)
        return fail(
          new ShortlistError(
            `MentorLens answered the import with something unreadable (${describeIssue(parsed.error)}). Nothing was imported.`,
          ),
        );
      const reply = parsed.data;
      if (reply.type === 'error') return fail(new ShortlistError(reply.message));
      if (reply.type === 'received') {
        if (token !== null && reply.token !== token)
          return fail(
            new ShortlistError('The upload was answered for another file. Nothing was imported.'),
          );
        // on a channel, the parts go once the worker is listening to it: its first answer says so
        if (channel && token === null && reply.received === 0) sendParts();
        token = reply.token;
        step('sending', reply.received, reply.parts);
        if (reply.received === reply.parts && reply.parts > 0) check(reply.token);
        return;
      }
      if (reply.type === 'progress') return step(reply.stage, reply.done, reply.of);
      if (reply.commit !== commit || token === null)
        return fail(
          new ShortlistError('The import was answered out of turn. Nothing was imported.'),
        );
      finish();
      resolve({ token, summary: reply.summary });
    });
    if ('token' in what) return check(what.token);
    port.postMessage({ type: 'begin', parts: parts.length });
    if (!channel) sendParts();
  });
}
