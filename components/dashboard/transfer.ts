import { browser } from 'wxt/browser';
import { describeIssue } from '@/utils/describe-issue';
import { messageOf } from '@/utils/errors';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { splitText } from '@/utils/shortlist/portability/transfer';
import {
  EXPORT_PORT,
  type ExportEnd,
  exportAssembler,
  IMPORT_PORT,
  type ImportStage,
  importPortReplySchema,
  interrupted,
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

/**
 * the export, streamed from the background as it is read: its parts in order and what it held.
 * A port closed early or an unreadable part rejects, and nothing is made of the parts
 */
export function streamedExport(
  progress: Progress,
  connect: Connect = runtimeConnect,
): Promise<{ parts: readonly string[]; end: ExportEnd }> {
  return new Promise((resolve, reject) => {
    const port = connect(EXPORT_PORT);
    const assembler = exportAssembler();
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      reject(error);
    };
    port.onDisconnect.addListener(() => fail(interrupted('export')));
    port.onMessage.addListener((message) => {
      if (settled) return;
      try {
        const step = assembler.accept(message);
        if ('type' in step) {
          settled = true;
          port.disconnect();
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
): Promise<{ token: string; summary: ImportSummary }> {
  return new Promise((resolve, reject) => {
    const port = connect(IMPORT_PORT);
    let token = 'token' in what ? what.token : null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      reject(error);
    };
    const check = (upload: string) => port.postMessage({ type: 'check', upload, commit });
    port.onDisconnect.addListener(() => fail(interrupted('import')));
    port.onMessage.addListener((raw) => {
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
      settled = true;
      port.disconnect();
      resolve({ token, summary: reply.summary });
    });
    if ('token' in what) return check(what.token);
    const parts = splitText(what.text);
    port.postMessage({ type: 'begin', parts: parts.length });
    for (const [index, text] of parts.entries()) port.postMessage({ type: 'part', index, text });
  });
}
