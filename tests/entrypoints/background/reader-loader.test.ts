import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { handle, type Services } from '@/entrypoints/background/handlers';
import {
  createReaderLoader,
  type Injection,
  readerSiteOf,
} from '@/entrypoints/background/reader-loader';
import { createReceiver } from '@/utils/messaging/receive';
import { openDatabase } from '@/utils/shortlist/store/db';
import { EXTENSION_ID, ourContentScript, ourPage } from '../../support/senders';
import { freshName } from '../../support/snapshots';

const tab = (id: number) => ({ ...ourContentScript.tab, id }) as Browser.tabs.Tab;
const from = (url: string, extra: Partial<Browser.runtime.MessageSender> = {}) =>
  ({
    ...ourContentScript,
    url,
    tab: tab(7),
    frameId: 0,
    ...extra,
  }) as Browser.runtime.MessageSender;

function setup() {
  const injected: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    injected.push(injection);
    return [];
  });
  return { injected, executeScript, load: createReaderLoader(executeScript) };
}

describe('which reader a page gets', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-ml/', 'linkedin'],
    ['https://linkedin.com/feed/', 'linkedin'],
    ['https://se.linkedin.com/in/ada-ml', 'linkedin'],
    ['https://github.com/ada-okafor', 'github'],
  ])('%s → %s', (url, site) => {
    expect(readerSiteOf(url)).toBe(site);
  });

  it.each([
    ['no URL', undefined, /no URL/],
    ['not a URL', 'github.com/ada', /no URL/],
    ['plain http', 'http://github.com/ada-okafor', /not https/],
    ['a look-alike host', 'https://github.com.evil.example/ada', /no reader for/],
    ['a suffix host', 'https://evil-linkedin.com/in/x', /no reader for/],
    ['a gist', 'https://gist.github.com/ada', /no reader for/],
    ['a deep subdomain', 'https://a.b.linkedin.com/in/x', /no reader for/],
    ['our own page', 'chrome-extension://ourid/popup.html', /not https/],
  ])('%s gets none', (_what, url, why) => {
    expect(readerSiteOf(url)).toMatch(why);
  });
});

describe('the reader loader', () => {
  it("injects the sender's site's reader into the sender's own tab and frame, at once", async () => {
    const { injected, load } = setup();
    expect(await load(from('https://www.linkedin.com/in/ada-ml/', { frameId: 3 }))).toEqual({
      site: 'linkedin',
    });
    expect(await load(from('https://github.com/ada-okafor'))).toEqual({ site: 'github' });
    expect(injected).toEqual([
      {
        target: { tabId: 7, frameIds: [3] },
        files: ['/linkedin-reader.js'],
        injectImmediately: true,
      },
      {
        target: { tabId: 7, frameIds: [0] },
        files: ['/github-reader.js'],
        injectImmediately: true,
      },
    ]);
  });

  it.each([
    ['no sender', undefined, /only a content script in a tab/],
    ['an extension page (no tab)', ourPage, /only a content script in a tab/],
    ['a tab without an id', from('https://github.com/ada', { tab: tab(Number.NaN) }), /in a tab/],
    ['a negative tab id', from('https://github.com/ada', { tab: tab(-1) }), /in a tab/],
    ['no frame', from('https://github.com/ada', { frameId: undefined }), /named no frame/],
    ['a fractional frame', from('https://github.com/ada', { frameId: 0.5 }), /named no frame/],
    ['another site', from('https://evil.example/in/ada'), /no reader for evil\.example/],
    ['a missing URL', from('https://github.com/ada', { url: undefined }), /no URL/],
  ])('refuses %s, injecting nothing', async (_what, sender, why) => {
    const { executeScript, load } = setup();
    await expect(load(sender as Browser.runtime.MessageSender | undefined)).rejects.toThrow(why);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects into one tab only so often in a minute, then again once the minute has passed', async () => {
    let now = 0;
    const executeScript = vi.fn(async () => []);
    const load = createReaderLoader(executeScript, () => now);
    const sender = from('https://github.com/ada-okafor');
    for (let i = 0; i < 20; i += 1) await load(sender);
    await expect(load(sender)).rejects.toThrow(/too often/);
    // another tab has its own allowance
    await expect(load({ ...sender, tab: tab(8) })).resolves.toEqual({ site: 'github' });
    now = 61_000;
    await expect(load(sender)).resolves.toEqual({ site: 'github' });
    expect(executeScript).toHaveBeenCalledTimes(22);
  });

  it("passes the browser's refusal on as the error", async () => {
    const load = createReaderLoader(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(load(from('https://github.com/ada-okafor'))).rejects.toThrow(/Cannot access/);
  });
});

describe('loadReader through the receiver and the handlers', () => {
  const services = (extra: Partial<Services>): Services => ({
    reminders: { refresh: async () => undefined } as unknown as Services['reminders'],
    changed: () => undefined,
    ...extra,
  });

  async function receiverWith(extra: Partial<Services>) {
    const db = await openDatabase(freshName());
    return createReceiver(
      (request, sender) => handle(async () => db, request, services(extra), sender),
      {
        extensionId: EXTENSION_ID,
        extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
        contentHosts: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$|^github\.com$/,
        log: () => undefined,
      },
    );
  }

  it('answers a content script with the site, and warms the scorer up meanwhile', async () => {
    const { injected, load } = setup();
    const warmUp = vi.fn();
    const receive = await receiverWith({ loadReader: load, warmUp });
    expect(await receive({ type: 'loadReader' }, from('https://github.com/ada-okafor'))).toEqual({
      ok: true,
      data: { site: 'github' },
    });
    expect(injected).toHaveLength(1);
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a site to choose', { type: 'loadReader', site: 'linkedin' }],
    ['a file to inject', { type: 'loadReader', files: ['/background.js'] }],
    ['a tab to inject into', { type: 'loadReader', tabId: 99 }],
    ['code', { type: 'loadReader', func: 'alert(1)' }],
    ['a wrong type', { type: 'loadreader' }],
    ['an array', [{ type: 'loadReader' }]],
  ])('rejects a message carrying %s, injecting nothing', async (_what, message) => {
    const { executeScript, load } = setup();
    const receive = await receiverWith({ loadReader: load });
    const reply = await receive(message, from('https://github.com/ada-okafor'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/rejected/) });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('rejects a sender that is not our content script in a LinkedIn or GitHub tab', async () => {
    const { executeScript, load } = setup();
    const receive = await receiverWith({ loadReader: load });
    const other = { ...from('https://github.com/ada-okafor'), id: 'someone-else' };
    expect(await receive({ type: 'loadReader' }, other)).toMatchObject({ ok: false });
    expect(await receive({ type: 'loadReader' }, from('https://evil.example/'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not one we run on/),
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it("an extension page asking gets the loader's refusal: it has no tab", async () => {
    const { executeScript, load } = setup();
    const receive = await receiverWith({ loadReader: load });
    expect(await receive({ type: 'loadReader' }, ourPage)).toEqual({
      ok: false,
      error: expect.stringMatching(/only a content script in a tab/),
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says so when the background has no loader', async () => {
    const receive = await receiverWith({});
    expect(await receive({ type: 'loadReader' }, from('https://github.com/ada-okafor'))).toEqual({
      ok: false,
      error: expect.stringMatching(/injects no reader/),
    });
  });
});
