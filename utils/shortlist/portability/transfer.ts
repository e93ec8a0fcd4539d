import { ShortlistError } from '../store/errors';
import { importLimits } from './export-format';

// an export or import travels between a page and the background in parts: one runtime message
// is capped (64 MiB in Chrome), and a whole shortlist can be far bigger

/** characters per part: even fully escaped (six characters each) a part stays far below 64 MiB */
export const PART_CHARS = 4 * 1024 * 1024;
/** parts of the largest file MentorLens imports */
export const MAX_PARTS = Math.ceil(importLimits.bytes / PART_CHARS);
const KEEP_MS = 10 * 60_000;
const MAX_HELD = 4;

export function splitText(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts.length ? parts : [''];
}

interface Held {
  parts: (string | undefined)[];
  at: number;
  /** what was worked out from the whole upload once (its text, its parse), kept with it */
  made?: Map<string, unknown>;
}

/** the texts the background holds between the messages of a transfer, each for a while */
export function createTransfers(now = () => Date.now()) {
  const held = new Map<string, Held>();
  let counter = 0;
  const tidy = () => {
    for (const [token, entry] of held) if (now() - entry.at > KEEP_MS) held.delete(token);
    while (held.size >= MAX_HELD) {
      const oldest = held.keys().next().value;
      if (oldest === undefined) break;
      held.delete(oldest);
    }
  };
  const hold = (parts: (string | undefined)[]) => {
    tidy();
    counter += 1;
    const token = `t${now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
    held.set(token, { parts, at: now() });
    return token;
  };
  const entry = (token: string): Held => {
    const found = held.get(token);
    if (!found)
      throw new ShortlistError(
        'That transfer is no longer held (MentorLens restarted or it took too long). Start again.',
      );
    found.at = now();
    return found;
  };
  return {
    /** a download: the text, held for the page to fetch part by part */
    offer(text: string): { token: string; parts: number } {
      const parts = splitText(text);
      return { token: hold(parts), parts: parts.length };
    },
    /** one part of a download; the last one releases it */
    part(token: string, index: number): string {
      const { parts } = entry(token);
      const text = parts[index];
      if (text === undefined)
        throw new ShortlistError(`There is no part ${index + 1} of that file.`);
      if (index === parts.length - 1) held.delete(token);
      return text;
    },
    /** an upload of this many parts */
    receive(parts: number): string {
      if (!Number.isInteger(parts) || parts < 1 || parts > MAX_PARTS)
        throw new ShortlistError(`A file comes in 1 to ${MAX_PARTS} parts, not ${parts}.`);
      return hold(new Array<string | undefined>(parts).fill(undefined));
    },
    put(token: string, index: number, text: string): { received: number; parts: number } {
      const { parts } = entry(token);
      if (!Number.isInteger(index) || index < 0 || index >= parts.length)
        throw new ShortlistError(`There is no part ${index + 1} of that file.`);
      if (text.length > PART_CHARS) throw new ShortlistError('A part of the file is too big.');
      parts[index] = text;
      held.get(token)?.made?.clear();
      return { received: parts.filter((p) => p !== undefined).length, parts: parts.length };
    },
    /** the whole uploaded text, once every part arrived (kept until released or expired) */
    text(token: string): string {
      const { parts } = entry(token);
      const missing = parts.indexOf(undefined);
      if (missing >= 0)
        throw new ShortlistError(`Part ${missing + 1} of ${parts.length} of the file is missing.`);
      return parts.join('');
    },
    /** the value `make` gives for this upload, made once: a preview and its commit read the file once */
    once<T>(token: string, key: string, make: () => T): T {
      const found = entry(token);
      found.made ??= new Map();
      if (!found.made.has(key)) found.made.set(key, make());
      return found.made.get(key) as T;
    },
    release(token: string): void {
      held.delete(token);
    },
  };
}
export type Transfers = ReturnType<typeof createTransfers>;
