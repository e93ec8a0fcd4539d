import { describe, expect, it, vi } from 'vitest';
import { perTask } from '@/utils/profile/per-task';

describe('perTask', () => {
  it('answers the same question once per task, and asks again in the next one', async () => {
    const read = vi.fn((doc: object, handle: string) => ({ doc, handle }));
    const once = perTask(read);
    const doc = {};
    const first = once(doc, 'ada');
    expect(once(doc, 'ada')).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    const later = once(doc, 'ada');
    expect(later).not.toBe(first);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('another document, handle or title is another question', () => {
    const read = vi.fn((doc: object, handle: string, title: string | null) => [doc, handle, title]);
    const once = perTask(read);
    const doc = {};
    once(doc, 'ada', null);
    once(doc, 'ada', 'Ada Okafor');
    once({}, 'ada', 'Ada Okafor');
    once(doc, 'grace', 'Ada Okafor');
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('a read that throws is not remembered', () => {
    let calls = 0;
    const once = perTask((n: number) => {
      calls += 1;
      if (calls === 1) throw new Error('page changed under us');
      return n * 2;
    });
    expect(() => once(2)).toThrow('page changed under us');
    expect(once(2)).toBe(4);
  });
});
