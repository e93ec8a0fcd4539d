import { describe, expect, it, vi } from 'vitest';
import { handle, type Services } from '@/entrypoints/background/handlers';
import { warmUpOnce } from '@/entrypoints/background/warm-up';
import type { Analysis } from '@/utils/messaging/protocol';
import { type FitSettings, loadFitSettings } from '@/utils/settings/fit-settings';
import { openDatabase } from '@/utils/shortlist/store/db';
import { sam } from '../../components/draft/people';
import { freshName, snapshot } from '../../support/snapshots';

const services = (extra: Partial<Services>): Services => ({
  reminders: { refresh: async () => undefined } as unknown as Services['reminders'],
  changed: () => undefined,
  ...extra,
});

describe('getting the scorer ready when a page wakes the worker', () => {
  it('reads the settings once, after the wake is answered, however often pages wake it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const settings = vi.fn(loadFitSettings);
    const db = await openDatabase(freshName());
    const warmUp = warmUpOnce(settings);
    const given = services({ warmUp, fitSettings: settings });
    await handle(async () => db, { type: 'wake' }, given);
    await handle(async () => db, { type: 'wake' }, given);
    expect(settings).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(settings).toHaveBeenCalledTimes(1);
    await handle(async () => db, { type: 'wake' }, given);
    await vi.runAllTimersAsync();
    expect(settings).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('leaves damaged settings to the analysis to report: the warm-up itself never fails', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const rejected = vi.fn(() =>
      Promise.reject(new Error('Your mentee profile could not be read')),
    );
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    warmUpOnce(rejected)();
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(rejected).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('analyses score with the settings the worker keeps', () => {
  it('uses the goals it was given, not a fresh storage read', async () => {
    const db = await openDatabase(freshName());
    const defaults = await loadFitSettings();
    const kept: FitSettings = {
      ...defaults,
      profile: { ...defaults.profile, ...sam },
      usesDefaultProfile: false,
    };
    const fitSettings = vi.fn(async () => kept);
    const analysis = (await handle(
      async () => db,
      { type: 'analyze', snapshot: snapshot({ source: 'linkedin', handle: 'priya' }) },
      services({ fitSettings }),
    )) as Analysis;
    expect(fitSettings).toHaveBeenCalledTimes(1);
    expect(analysis.fit?.usesDefaultProfile).toBe(false);
  });
});
