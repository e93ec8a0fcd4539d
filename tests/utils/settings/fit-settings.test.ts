import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFitWeights } from '@/utils/fit/weights';
import {
  cachedFitSettings,
  type FitSettings,
  loadFitSettings,
} from '@/utils/settings/fit-settings';
import { saveFitWeights } from '@/utils/settings/fit-weights';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import { sam } from '../../components/draft/people';

describe('the goals and weights kept by the background', () => {
  it('reads storage once for many fits, and again after the goals or the weights change', async () => {
    let loads = 0;
    const cache = cachedFitSettings(() => {
      loads += 1;
      return loadFitSettings();
    });
    const first = await cache.read();
    await cache.read();
    await cache.read();
    expect(loads).toBe(1);
    expect(first.usesDefaultProfile).toBe(true);

    await saveMenteeProfile(sam);
    const goals = await cache.read();
    expect(loads).toBe(2);
    expect(goals.usesDefaultProfile).toBe(false);
    expect(goals.profile.name).toBe(sam.name);

    await saveFitWeights({ ...defaultFitWeights, expertise: 0.2 });
    expect((await cache.read()).weights).not.toEqual(defaultFitWeights);
    expect(loads).toBe(3);
    cache.stop();
  });

  it('keeps them when something else in storage changes', async () => {
    let loads = 0;
    const cache = cachedFitSettings(() => {
      loads += 1;
      return loadFitSettings();
    });
    await cache.read();
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    await fakeBrowser.storage.local.set({ backupStatus: 'written' });
    await cache.read();
    expect(loads).toBe(1);
    cache.stop();
  });

  it('never keeps a damaged value: each fit reports it, and the repaired value is read', async () => {
    await fakeBrowser.storage.sync.set({ menteeProfile: { name: 42, goals: 'all of them' } });
    const cache = cachedFitSettings();
    await expect(cache.read()).rejects.toThrow(/mentee profile could not be read/);
    await expect(cache.read()).rejects.toThrow(/mentee profile could not be read/);
    await saveMenteeProfile(sam);
    expect((await cache.read()).profile.name).toBe(sam.name);
    cache.stop();
  });

  it('a read that fails once (storage busy) is tried again on the next fit', async () => {
    let calls = 0;
    const settings = await loadFitSettings();
    const cache = cachedFitSettings(async (): Promise<FitSettings> => {
      calls += 1;
      if (calls === 1) throw new Error('storage is busy');
      return settings;
    });
    await expect(cache.read()).rejects.toThrow('storage is busy');
    await expect(cache.read()).resolves.toBe(settings);
    await cache.read();
    expect(calls).toBe(2);
    cache.stop();
  });

  it('stops listening when stopped: a later change is no longer its concern', async () => {
    const load = vi.fn(loadFitSettings);
    const cache = cachedFitSettings(load);
    await cache.read();
    cache.stop();
    await saveMenteeProfile(sam);
    // stopped caches keep what they read; the worker makes a new one when it starts again
    expect((await cache.read()).usesDefaultProfile).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
