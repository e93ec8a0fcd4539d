// browser sync storage takes at most 8,192 bytes per item (key + value as JSON, UTF-8): a larger
// value is split into string chunks under numbered keys, with a small manifest under the key itself

export const SYNC_BYTES_PER_ITEM = 8_192;
export const SYNC_BYTES_TOTAL = 102_400;
// chromium's JSON writer may escape more than JSON.stringify does: stay clear of the edge
const margin = 192;

/** what one code point costs inside a JSON string, counted the way chromium may write it */
function jsonCost(codePoint: number): number {
  if (codePoint === 0x22 || codePoint === 0x5c) return 2;
  if (codePoint < 0x20) return [0x08, 0x09, 0x0a, 0x0c, 0x0d].includes(codePoint) ? 2 : 6;
  // chromium escapes "<" and the line and paragraph separators as \uXXXX
  if (codePoint === 0x3c || codePoint === 0x2028 || codePoint === 0x2029) return 6;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 6;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const encoder = new TextEncoder();

/** bytes of text already written as JSON, with chromium's extra escapes counted */
function jsonTextBytes(json: string): number {
  let bytes = 0;
  for (const char of json) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint === 0x3c || codePoint === 0x2028 || codePoint === 0x2029) bytes += 6;
    else if (codePoint < 0x80) bytes += 1;
    else if (codePoint < 0x800) bytes += 2;
    else if (codePoint < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}

/** bytes one sync item takes: its key plus its value as JSON (an estimate on the safe side) */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + jsonTextBytes(JSON.stringify(value) ?? '');
}

/** the manifest stored under the key itself: how many chunks, and the joined length to detect a half-synced write */
export type ChunkManifest = { v: 1; chunks: number; length: number };

export const chunkKey = (key: string, index: number): string => `${key}.${index}`;

/** splits text into chunks that each fit one sync item under `${key}.${i}`; code points are never cut */
export function splitForSync(
  key: string,
  text: string,
  maxItemBytes = SYNC_BYTES_PER_ITEM,
): string[] {
  const keyBytes = encoder.encode(chunkKey(key, 9_999)).length;
  // two quotes around the string
  const budget = maxItemBytes - keyBytes - 2 - margin;
  if (budget < 16) throw new Error('sync item budget too small');
  const chunks: string[] = [];
  let current = '';
  let used = 0;
  for (const char of text) {
    const cost = jsonCost(char.codePointAt(0) ?? 0);
    if (used + cost > budget) {
      chunks.push(current);
      current = '';
      used = 0;
    }
    current += char;
    used += cost;
  }
  if (current || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** the items to write for one value: manifest and chunks, keyed without the area prefix */
export function syncItemsFor(key: string, text: string): Record<string, unknown> {
  const chunks = splitForSync(key, text);
  const manifest: ChunkManifest = { v: 1, chunks: chunks.length, length: text.length };
  const items: Record<string, unknown> = { [key]: manifest };
  chunks.forEach((chunk, index) => {
    items[chunkKey(key, index)] = chunk;
  });
  return items;
}

/** total bytes a set of sync items takes */
export function totalSyncBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** reads a manifest value; null when it isn't one */
export function readManifest(value: unknown): ChunkManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { v, chunks, length } = value as Record<string, unknown>;
  if (v !== 1 || !Number.isInteger(chunks) || !Number.isInteger(length)) return null;
  if ((chunks as number) < 1 || (chunks as number) > 500 || (length as number) < 0) return null;
  return { v: 1, chunks: chunks as number, length: length as number };
}

/** joins chunks back; a missing or wrong-length piece is an error that says so */
export function joinChunks(manifest: ChunkManifest, chunks: readonly unknown[]): string {
  const missing = chunks.findIndex((chunk) => typeof chunk !== 'string');
  if (chunks.length !== manifest.chunks || missing !== -1) {
    throw new Error(
      `part ${missing === -1 ? chunks.length + 1 : missing + 1} of ${manifest.chunks} is missing`,
    );
  }
  const text = chunks.join('');
  if (text.length !== manifest.length) {
    throw new Error(`expected ${manifest.length} characters, found ${text.length}`);
  }
  return text;
}
