import { describe, expect, it } from 'vitest';
import { addOwnSample, addTime, topRows } from '../../../scripts/bench/print-profile';
import type { Frame } from '../../../scripts/bench/source-map';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ours = (functionName: string): Frame => ({
  url: `chrome-extension://${ID}/linkedin-router.js`,
  functionName,
  lineNumber: 0,
  columnNumber: 0,
});
const native = (functionName: string): Frame => ({ functionName, lineNumber: 0, columnNumber: 0 });
const sample = (ms: number, stack: Frame[]) => ({ thread: '1:1', time: 0, ms, stack });
const byName = (frame: Frame) => frame.functionName;

describe('addTime', () => {
  it('sums the time of each name', () => {
    const table = new Map<string, number>();
    addTime(table, 'a', 1.5);
    addTime(table, 'b', 2);
    addTime(table, 'a', 3);
    expect([...table]).toEqual([
      ['a', 4.5],
      ['b', 2],
    ]);
  });
});

describe('topRows', () => {
  const table = new Map([
    ['small', 1],
    ['large', 3_000],
    ['middle', 10],
    ['least', 0.2],
  ]);

  it('lists the largest first, at most `count`, in ms per run, right-aligned', () => {
    expect(topRows(table, 3, 3).split('\n')).toEqual([
      '    1000 ms  large',
      '    3.33 ms  middle',
      '    0.33 ms  small',
    ]);
  });

  it('pads to the width asked for, and gives all rows when there are fewer than `count`', () => {
    expect(topRows(new Map([['a', 12.345]]), 5, 1, 8)).toBe('      12.3 ms  a');
    expect(topRows(new Map(), 5, 1)).toBe('');
  });
});

describe('addOwnSample', () => {
  it('gives self time to the innermost frame of ours and inclusive time once to each of ours', () => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    // a page function called back from ours, which recursed
    const page = { ...native('pageFn'), url: 'https://www.linkedin.com/app.js' };
    const names = addOwnSample(
      sample(2, [page, ours('inner'), ours('outer'), ours('inner'), native('(root)')]),
      byName,
      self,
      inclusive,
    );
    expect(names).toEqual(['inner', 'outer', 'inner']);
    expect([...self]).toEqual([['inner', 2]]);
    expect([...inclusive]).toEqual([
      ['inner', 2],
      ['outer', 2],
    ]);
  });

  it('names a native leaf itself, and skips a sample without frames', () => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    addOwnSample(sample(1, [native('querySelectorAll'), ours('read')]), byName, self, inclusive);
    expect([...self]).toEqual([['(native) querySelectorAll', 1]]);
    expect([...inclusive]).toEqual([['read', 1]]);
    expect(addOwnSample(sample(1, []), byName, self, inclusive)).toBeNull();
    expect(self.size + inclusive.size).toBe(2);
  });
});
