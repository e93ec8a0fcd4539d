import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quietModeOf, readPageSettings, watchPageSettings } from '@/utils/settings/page-settings';

describe('the settings a page reads', () => {
  it('two readers starting together share one storage read, and get the same answer', async () => {
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const [hint, badges] = await Promise.all([readPageSettings(), readPageSettings()]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(hint).toEqual({ quiet: { linkedin: true, github: false } });
    expect(badges).toBe(hint);
  });

  it('a read after the first was answered reads storage again, and sees what changed', async () => {
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    expect((await readPageSettings()).quiet.linkedin).toBe(true);
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: false, github: false } });
    expect((await readPageSettings()).quiet.linkedin).toBe(false);
  });

  it('a change while a read is on its way reaches the watcher as it is now, not as it was', async () => {
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: false, github: false } });
    const seen: boolean[] = [];
    const unwatch = watchPageSettings((next) => seen.push(next.quiet.linkedin));
    // the first read is slow, and answers with the value from before the change
    let answerOld: (value: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementationOnce(
      () => new Promise((resolve) => (answerOld = resolve)),
    );
    const first = readPageSettings();
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    answerOld({ quietMode: { linkedin: false, github: false } });
    expect((await first).quiet.linkedin).toBe(false);
    await vi.waitFor(() => expect(seen).toEqual([true]));
    unwatch();
  });

  it('storage that fails to answer counts as quiet, and the next read tries again', async () => {
    const get = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValueOnce(new Error('storage is gone'));
    expect(await readPageSettings()).toEqual({ quiet: { linkedin: true, github: true } });
    expect(await readPageSettings()).toEqual({ quiet: { linkedin: false, github: false } });
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('a damaged quiet-mode value is quiet on both sites; unset is off', () => {
    expect(quietModeOf(undefined)).toEqual({ linkedin: false, github: false });
    for (const damaged of ['on', 1, [], { linkedin: 'yes', github: false }, { linkedin: true }])
      expect(quietModeOf(damaged)).toEqual({ linkedin: true, github: true });
  });
});
