import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './args';

export const maxPageBytes = 64 * 1024 * 1024;

/** happy-dom needs ~10 KB per element with its text: real pages have under 5,000 elements, this allows 20x */
export const maxPageTags = 100_000;

export type PageFile =
  | { kind: 'html'; html: string }
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'too-complex'; tags: number };

// "<" followed by a letter opens an element; a byte scan, no regex over the whole page
function countTags(bytes: Uint8Array): number {
  let tags = 0;
  let at = bytes.indexOf(60);
  while (at !== -1 && at < bytes.length - 1) {
    const next = (bytes[at + 1] as number) | 0x20;
    if (next >= 97 && next <= 122) tags += 1;
    at = bytes.indexOf(60, at + 1);
  }
  return tags;
}

// a saved page names its charset near the top; most are utf-8
function charsetOf(head: string): string {
  const match = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  const name = match?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return 'utf-8';
  }
}

/** reads a saved page; an unreadable or oversized file is a UsageError (exit 2) */
export async function readPage(file: string): Promise<PageFile> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`not a file: ${file}`);
    if (info.size > maxPageBytes) {
      throw new UsageError(
        `file too large: ${file} (${Math.round(info.size / 1048576)} MB, limit 64 MB)`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  if (bytes.length === 0) return { kind: 'empty' };
  // text has no NUL bytes; images, archives and executables do
  if (bytes.subarray(0, 65_536).includes(0)) return { kind: 'binary' };
  const tags = countTags(bytes);
  if (tags > maxPageTags) return { kind: 'too-complex', tags };
  const head = bytes.subarray(0, 4_096).toString('latin1');
  const html = new TextDecoder(charsetOf(head)).decode(bytes);
  return html.trim().length === 0 ? { kind: 'empty' } : { kind: 'html', html };
}
