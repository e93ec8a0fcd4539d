import { describe, expect, it } from 'vitest';
import { PART_CHARS } from '@/utils/shortlist/portability/transfer';
import {
  channelPortName,
  exportAssembler,
  importPortReplySchema,
  transferOfPort,
} from '@/utils/shortlist/portability/transfer-port';

const part = (index: number, text: string, done = index + 1, of = 10) => ({
  type: 'part',
  index,
  text,
  done,
  of,
});
const end = (parts: number, chars: number) => ({
  type: 'end',
  parts,
  chars,
  bytes: chars,
  fileName: 'mentorlens-export-2026-03-04.json',
  people: 1,
  events: 2,
  meetings: 0,
  damaged: 0,
});

describe('the page reassembling a streamed export', () => {
  it('takes parts in order, reports progress, and ends with exactly what was sent', () => {
    const assembler = exportAssembler();
    expect(assembler.accept(part(0, '{"a":'))).toEqual({ done: 1, of: 10 });
    expect(assembler.accept(part(1, '1}', 10))).toEqual({ done: 10, of: 10 });
    expect(assembler.accept(end(2, 7))).toMatchObject({ type: 'end', people: 1 });
    expect(assembler.parts().join('')).toBe('{"a":1}');
  });

  it('holds each part as its caller keeps it, in order', () => {
    const kept: string[] = [];
    const assembler = exportAssembler((text) => {
      kept.push(text);
      return text.length;
    });
    assembler.accept(part(0, '{"a":'));
    assembler.accept(part(1, '1}', 10));
    expect(kept).toEqual(['{"a":', '1}']);
    expect(assembler.parts()).toEqual([5, 2]);
    expect(assembler.accept(end(2, 7))).toMatchObject({ type: 'end' });
  });

  const hostile: Array<[string, unknown[], RegExp]> = [
    ['not an object', ['part'], /unreadable part \(value: /],
    ['null', [null], /unreadable part/],
    ['an unknown type', [{ type: 'parts', index: 0 }], /unreadable part \(type: /],
    [
      'a part without text',
      [{ type: 'part', index: 0, done: 0, of: 1 }],
      /unreadable part \(text: /,
    ],
    ['text that is not a string', [part(0, 5 as never)], /unreadable part \(text: /],
    ['a negative index', [part(-1, 'x')], /unreadable part \(index: /],
    ['a fractional index', [part(0.5, 'x')], /unreadable part \(index: /],
    ['an extra key', [{ ...part(0, 'x'), html: '<img onerror>' }], /unreadable part/],
    [
      'a part too big for a message',
      [part(0, 'x'.repeat(PART_CHARS + 1))],
      /unreadable part \(text: /,
    ],
    ['parts out of order', [part(1, 'x')], /Part 2 of the export came where part 1 was expected/],
    ['a part twice', [part(0, 'x'), part(0, 'x')], /Part 1 of the export came where part 2/],
    [
      'an end with fewer parts than came',
      [part(0, 'x'), part(1, 'y'), end(1, 1)],
      /ended after 2 part\(s\)/,
    ],
    ['an end with more parts than came', [part(0, 'x'), end(2, 2)], /ended after 1 part\(s\)/],
    [
      'an end with other characters',
      [part(0, 'xy'), end(1, 3)],
      /\(2 characters\) but said 1 \(3\)/,
    ],
    [
      'a file name that is not ours',
      [part(0, 'x'), { ...end(1, 1), fileName: '../../evil.exe' }],
      /unreadable part \(fileName: /,
    ],
    ['more after the end', [part(0, 'x'), end(1, 1), part(1, 'y')], /sent more after its end/],
    [
      'an error from the background',
      [{ type: 'error', message: 'The disk is full.' }],
      /^The disk is full\.$/,
    ],
  ];
  for (const [what, messages, error] of hostile)
    it(`refuses ${what}, and makes no file`, () => {
      const assembler = exportAssembler();
      const accept = () => {
        for (const message of messages) assembler.accept(message);
      };
      expect(accept).toThrow(error);
      expect(() => assembler.accept(end(assembler.parts().length, 0))).toThrow();
    });
});

describe('the background answering an import, as the page checks it', () => {
  it('accepts progress and refuses hostile replies', () => {
    expect(
      importPortReplySchema.safeParse({ type: 'progress', stage: 'writing', done: 5, of: 9 })
        .success,
    ).toBe(true);
    for (const reply of [
      { type: 'progress', stage: 'deleting', done: 5, of: 9 },
      { type: 'progress', stage: 'writing', done: -1, of: 9 },
      { type: 'progress', stage: 'writing', done: '5', of: 9 },
      { type: 'received', token: '', received: 1, parts: 1 },
      { type: 'summary', commit: true, summary: { people: 'all' } },
      { type: 'error', message: 'x'.repeat(5_000) },
      { type: 'progress', stage: 'writing', done: 1, of: 2, extra: true },
    ])
      expect(importPortReplySchema.safeParse(reply).success).toBe(false);
  });
});

describe('which transfer a port asks for, by its name', () => {
  it('the port alone, or a channel named like the port', () => {
    expect(transferOfPort('mentorlens-export')).toEqual({
      port: 'mentorlens-export',
      channel: null,
    });
    const name = channelPortName('mentorlens-import', 'k3j2h1g0f9');
    expect(transferOfPort(name)).toEqual({ port: 'mentorlens-import', channel: name });
  });
  it.each([
    'mentorlens-export#',
    'mentorlens-export#short',
    'mentorlens-export#ABCDEFGHIJ',
    'mentorlens-export#abcdefgh/..',
    `mentorlens-export#${'a'.repeat(41)}`,
    'mentorlens-backup#abcdefghij',
    'other',
  ])('refuses %s', (name) => {
    expect(transferOfPort(name)).toBeNull();
  });
});
