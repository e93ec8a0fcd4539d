import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_WELCOME_FILE, openWelcome } from '@/entrypoints/background/welcome';

// the fake browser starts with one blank tab
const tabUrls = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

describe('the welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('opens the settings page with the welcome form on a fresh install', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await openWelcome({ reason: 'install' })).toBe(true);
    expect(await tabUrls()).toEqual([fakeBrowser.runtime.getURL('/options.html')]);
  });

  it('opens nothing on an update or a browser update', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await openWelcome({ reason: 'update' })).toBe(false);
    expect(await openWelcome({ reason: 'chrome_update' })).toBe(false);
    expect(await openWelcome({})).toBe(false);
    expect(await tabUrls()).toEqual([]);
  });

  it('opens nothing while the e2e switch file is in the package', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('1', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await openWelcome({ reason: 'install' })).toBe(false);
    expect(fetch).toHaveBeenCalledWith(
      (fakeBrowser.runtime.getURL as (path: string) => string)(`/${NO_WELCOME_FILE}`),
    );
    expect(await tabUrls()).toEqual([]);
  });
});
