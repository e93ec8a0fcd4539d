import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runProfileHints, type Site } from '@/utils/hint/controller';
import type { ExtractResult, ProfileSnapshot } from '@/utils/profile/snapshot';
import type { Steps } from '@/utils/profile/steps';
import { headingSite } from '../../support/hint-site';
import { fitResult } from '../../support/snapshots';

// the handle is the address's: a read taken at another address says so
const base = headingSite({
  name: 'linkedin',
  isProfileUrl: (url) => url.pathname.startsWith('/in/'),
  handle: () => location.pathname.split('/')[2] ?? '',
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.replaceChildren();
});

/** what the background was asked to score, in order */
function profilePage(): ProfileSnapshot[] {
  history.replaceState(null, '', '/in/ada-okafor/');
  const heading = document.createElement('h1');
  heading.textContent = 'Ada Okafor';
  document.body.append(heading);
  const asked: ProfileSnapshot[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const sent = message as { type?: string; snapshot?: ProfileSnapshot };
    if (sent.type === 'analyze' && sent.snapshot) asked.push(sent.snapshot);
    return Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } });
  });
  return asked;
}

/**
 * a site whose whole-page read reads the page (its <h1>) in its first part, then takes `parts`
 * parts in all, or, with a gate, as many as it takes for the test to open it
 */
function steppedSite(parts: number, gate?: { open: boolean }) {
  const log = { started: 0, running: 0, most: 0, ended: 0, parts: 0 };
  const site: Site = {
    ...base,
    extractInSteps: (doc, url) =>
      (function* (): Steps<ExtractResult> {
        log.started += 1;
        log.running += 1;
        log.most = Math.max(log.most, log.running);
        try {
          const result = base.extract(doc, url);
          for (let part = 1; gate ? !gate.open : part < parts; part++) {
            log.parts += 1;
            yield;
          }
          log.parts += 1;
          return result;
        } finally {
          log.running -= 1;
          log.ended += 1;
        }
      })(),
  };
  return { site, log };
}

/** a clock on which every look takes 10 ms: the reader runs one part per task */
function slowClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    now += 10;
    return now;
  });
}

describe('the whole-page read in parts', () => {
  it('shows the hint and asks for the score once every part ran, with what the page shows', async () => {
    const asked = profilePage();
    const { site, log } = steppedSite(5);
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    expect(log.parts).toBe(5);
    await vi.waitFor(() => expect(asked.map((sent) => sent.name)).toEqual(['Ada Okafor']));
  });

  it('one read at a time: a page change during a read is read after it, not alongside', async () => {
    const asked = profilePage();
    const gate = { open: false };
    const { site, log } = steppedSite(0, gate);
    slowClock();
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(log.parts).toBeGreaterThan(1));
    const heading = document.querySelector('h1');
    if (heading) heading.textContent = 'Ada Okafor-Reyes';
    // well past the settle: the change asked for a read, which waits for the one under way
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(log.started).toBe(1);
    gate.open = true;
    await vi.waitFor(
      () => expect(asked.map((sent) => sent.name)).toEqual(['Ada Okafor', 'Ada Okafor-Reyes']),
      {
        timeout: 3_000,
      },
    );
    expect(log.most).toBe(1);
    expect(log.started).toBe(2);
  });

  it('stopped halfway: the read is ended, nothing shown, nothing sent', async () => {
    const asked = profilePage();
    const { site, log } = steppedSite(0, { open: false });
    slowClock();
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(log.parts).toBeGreaterThan(2));
    stop();
    stop = null;
    expect(log.ended).toBe(1);
    const parts = log.parts;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log.parts).toBe(parts);
    expect(document.querySelector('mentorlens-hint')).toBeNull();
    expect(asked).toEqual([]);
  });

  it('another address by the time the read ends: that read is dropped and the new page read', async () => {
    const asked = profilePage();
    const gate = { open: false };
    const { site, log } = steppedSite(0, gate);
    slowClock();
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(log.parts).toBeGreaterThan(1));
    history.replaceState(null, '', '/in/someone-else/');
    gate.open = true;
    await vi.waitFor(() => expect(log.ended).toBe(2), { timeout: 3_000 });
    await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 3_000 });
    // the one score asked for is the new address's read: the old one's never showed
    expect(asked.map((sent) => sent.handle)).toEqual(['someone-else']);
    expect(log.started).toBe(2);
    expect(document.querySelectorAll('mentorlens-hint')).toHaveLength(1);
  });
});
