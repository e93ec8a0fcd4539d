import { describe, expect, it } from 'vitest';
import { loadQuietMode, quietModeItem, saveQuietMode } from '@/utils/settings/quiet-mode';

describe('quiet mode', () => {
  it('is off on both sites by default', async () => {
    expect(await loadQuietMode()).toEqual({ linkedin: false, github: false });
  });

  it('is kept per site', async () => {
    await saveQuietMode({ linkedin: true, github: false });
    expect(await loadQuietMode()).toEqual({ linkedin: true, github: false });
  });

  it('treats a damaged value as quiet on both sites, the safe side', async () => {
    await quietModeItem.setValue({ linkedin: 'yes' });
    expect(await loadQuietMode()).toEqual({ linkedin: true, github: true });
  });

  it('refuses to save a malformed value', async () => {
    await expect(saveQuietMode({ linkedin: 1 } as never)).rejects.toThrow();
  });
});
