import { describe, expect, it } from 'vitest';
import {
  joinChunks,
  readManifest,
  SYNC_BYTES_PER_ITEM,
  splitForSync,
  syncItemBytes,
  syncItemsFor,
} from '@/utils/settings/sync-chunks';

const everyItemFits = (items: Record<string, unknown>) =>
  Object.entries(items).every(([key, value]) => syncItemBytes(key, value) <= SYNC_BYTES_PER_ITEM);

describe('splitting a value for browser sync', () => {
  it('keeps a small value in one chunk', () => {
    expect(splitForSync('k', 'hello')).toEqual(['hello']);
    expect(splitForSync('k', '')).toEqual(['']);
  });

  it.each([
    ['plain ASCII', 'a'.repeat(50_000)],
    ['quotes and backslashes, which JSON doubles', '"\\'.repeat(20_000)],
    ['line breaks and control characters', '\n\t\u0001'.repeat(10_000)],
    ['"<", which Chromium escapes to six bytes', '<script>'.repeat(5_000)],
    ['emoji, four bytes each', '👋🏽👨‍👩‍👧'.repeat(4_000)],
    ['right-to-left text and combining marks', 'שָׁלוֹם مرحبا e\u0301'.repeat(4_000)],
  ])('splits %s into chunks that each fit 8 KB, and joins them back exactly', (_what, text) => {
    const items = syncItemsFor('userTemplates', text);
    expect(everyItemFits(items)).toBe(true);
    const manifest = readManifest(items.userTemplates);
    expect(manifest).not.toBeNull();
    if (!manifest) return;
    expect(manifest.chunks).toBeGreaterThan(1);
    const chunks = Array.from({ length: manifest.chunks }, (_, i) => items[`userTemplates.${i}`]);
    expect(joinChunks(manifest, chunks)).toBe(text);
  });

  it('never cuts a surrogate pair in two', () => {
    const chunks = splitForSync('k', '😀'.repeat(10_000));
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('counts bytes as the browser does: key plus JSON, in UTF-8', () => {
    expect(syncItemBytes('ab', 'é')).toBe(2 + 4);
    expect(syncItemBytes('ab', { n: 1 })).toBe(2 + 7);
  });
});

describe('reading chunks back', () => {
  const manifest = { v: 1 as const, chunks: 2, length: 6 };

  it('says which part is missing, e.g. while sync is still arriving', () => {
    expect(() => joinChunks(manifest, ['abc', undefined])).toThrow('part 2 of 2 is missing');
    expect(() => joinChunks(manifest, ['abc'])).toThrow('part 2 of 2 is missing');
  });

  it('notices a chunk from another write', () => {
    expect(() => joinChunks(manifest, ['abc', 'defg'])).toThrow('expected 6 characters, found 7');
  });

  it.each([
    null,
    'x',
    { v: 2, chunks: 1, length: 0 },
    { v: 1, chunks: 0, length: 0 },
    { v: 1, chunks: 1.5, length: 2 },
  ])('rejects a malformed manifest %j', (value) => {
    expect(readManifest(value)).toBeNull();
  });
});
