import { messageOf } from '@/utils/errors';
import { splitText } from '@/utils/shortlist/portability/transfer';
import { ask } from './request';

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

/** the export, fetched from the background part by part (no one message near the browser's cap) */
export async function fetchExport(progress: Progress) {
  const begun = await ask({ type: 'exportBegin' });
  const parts: string[] = [];
  for (let index = 0; index < begun.parts; index += 1) {
    progress(index, begun.parts);
    parts.push((await ask({ type: 'exportPart', token: begun.token, index })).text);
  }
  progress(begun.parts, begun.parts);
  return { ...begun, parts };
}

/** sends a file's text to the background in parts; resolves with the upload's token */
export async function upload(text: string, progress: Progress): Promise<string> {
  const parts = splitText(text);
  const { token } = await ask({ type: 'importBegin', parts: parts.length });
  for (const [index, part] of parts.entries()) {
    progress(index, parts.length);
    await ask({ type: 'importPart', token, index, text: part });
  }
  progress(parts.length, parts.length);
  return token;
}

/** the background no longer holds an upload (it restarted): send it again */
export const uploadLost = (error: unknown): boolean => /no longer held/.test(messageOf(error));
