import { describe, expect, it } from 'vitest';
import {
  createTransfers,
  MAX_PARTS,
  PART_CHARS,
  splitText,
} from '@/utils/shortlist/portability/transfer';

describe('files in parts', () => {
  it('splits and joins back the same text, an empty one as one empty part', () => {
    const text = 'é'.repeat(10) + 'x'.repeat(25);
    expect(splitText(text, 10).join('')).toBe(text);
    expect(splitText(text, 10)).toHaveLength(4);
    expect(splitText('')).toEqual(['']);
  });

  it('a download is fetched part by part; the last part releases it', () => {
    const transfers = createTransfers();
    const { token, parts } = transfers.offer('x'.repeat(PART_CHARS + 5));
    expect(parts).toBe(2);
    expect(transfers.part(token, 0)).toHaveLength(PART_CHARS);
    expect(() => transfers.part(token, 2)).toThrow(/no part 3/);
    expect(transfers.part(token, 1)).toBe('xxxxx');
    expect(() => transfers.part(token, 0)).toThrow(/no longer held/);
  });

  it('an upload is whole only once every part arrived, whatever the order', () => {
    const transfers = createTransfers();
    const token = transfers.receive(3);
    transfers.put(token, 2, 'c');
    transfers.put(token, 0, 'a');
    expect(() => transfers.text(token)).toThrow(/Part 2 of 3 of the file is missing/);
    expect(transfers.put(token, 1, 'b')).toEqual({ received: 3, parts: 3 });
    expect(transfers.text(token)).toBe('abc');
    transfers.release(token);
    expect(() => transfers.text(token)).toThrow(/no longer held/);
  });

  it('refuses hostile parts: out of range, too many, too big, unknown token', () => {
    const transfers = createTransfers();
    expect(() => transfers.receive(0)).toThrow(/1 to/);
    expect(() => transfers.receive(MAX_PARTS + 1)).toThrow(/1 to/);
    expect(() => transfers.receive(1.5)).toThrow(/1 to/);
    const token = transfers.receive(1);
    expect(() => transfers.put(token, 1, 'x')).toThrow(/no part 2/);
    expect(() => transfers.put(token, -1, 'x')).toThrow(/no part 0/);
    expect(() => transfers.put(token, 0, 'x'.repeat(PART_CHARS + 1))).toThrow(/too big/);
    expect(() => transfers.put('nope', 0, 'x')).toThrow(/no longer held/);
  });

  it('holds a few transfers for ten minutes at most', () => {
    let t = 0;
    const transfers = createTransfers(() => t);
    const first = transfers.receive(1);
    t = 11 * 60_000;
    transfers.receive(1);
    expect(() => transfers.text(first)).toThrow(/no longer held/);
    const tokens = [1, 2, 3, 4, 5].map(() => transfers.receive(1));
    expect(() => transfers.text(tokens[0] ?? '')).toThrow(/no longer held/);
    transfers.put(tokens[4] ?? '', 0, 'ok');
    expect(transfers.text(tokens[4] ?? '')).toBe('ok');
  });
});
