import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runListBadges } from '@/utils/badges/controller';
import { linkedinLists } from '@/utils/lists/linkedin/site';
import { slidingWindow } from '@/utils/messaging/rate-limit';
import { saveQuietMode } from '@/utils/settings/quiet-mode';
import { installBackground } from '../../support/background';
import { projectRoot } from '../../support/real-fixtures';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=ml';

function loadPage(file: string, url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(path.join(projectRoot, 'tests/fixtures', file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
}

/** every listFit request the page sends, with how many people it carried */
function recordRequests() {
  const sizes: number[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; people?: unknown[] };
    if (m.type === 'listFit') sizes.push(m.people?.length ?? 0);
    return undefined;
  });
  return sizes;
}

const scoredBadges = () =>
  [...document.querySelectorAll('mentorlens-badge')].filter((host) =>
    /^Mentor fit for .+: \d{1,3} of 100, .+, partial, from the list/.test(
      host.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '',
    ),
  );

/** a click as the browser reports a person's (happy-dom can't make trusted events) */
function trustedClick(target: Element | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

/** an IntersectionObserver the test moves: happy-dom's never reports anything */
class FakeNearing {
  static all: FakeNearing[] = [];
  watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeNearing.all.push(this);
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
  }
  takeRecords() {
    return [];
  }
  /** these boxes came near the viewport */
  static near(test: (el: Element) => boolean) {
    for (const io of FakeNearing.all) {
      const targets = [...io.watched].filter(test);
      const changes = targets.map((target) => ({ target, isIntersecting: true }));
      if (changes.length > 0)
        io.callback(
          changes as unknown as IntersectionObserverEntry[],
          io as unknown as IntersectionObserver,
        );
    }
  }
  static watchedCount() {
    return FakeNearing.all.reduce((n, io) => n + io.watched.size, 0);
  }
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  FakeNearing.all = [];
});

describe('list badges in the page', () => {
  it('one request for the page, one for each batch of new cards; a storm of changes adds nothing', async () => {
    await installBackground();
    const sizes = recordRequests();
    loadPage('linkedin-lists/search.html', SEARCH);
    stop = runListBadges({ name: 'linkedin', lists: linkedinLists, isDark: () => false });
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(5), { timeout: 5_000 });
    expect(sizes).toEqual([5]);
    // each badge sits right after the link that names its person
    const ada = scoredBadges()[0];
    expect(ada?.previousElementSibling?.textContent).toContain('Ada Lovelace');
    // hostile text is text: the name shows literally, no element was made from it
    const labels = scoredBadges().map(
      (host) => host.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '',
    );
    expect(
      labels.some((label) =>
        label.startsWith('Mentor fit for <img src=x onerror=alert(1)> Hal {{name}}:'),
      ),
    ).toBe(true);
    expect(document.querySelectorAll('img[src="x"], script').length).toBe(0);

    const list = document.querySelector('main ul') as HTMLElement;
    const template = list.querySelector('li') as HTMLElement;
    for (let i = 0; i < 10; i++) {
      const card = template.cloneNode(true) as HTMLElement;
      for (const badge of card.querySelectorAll('mentorlens-badge')) badge.remove();
      for (const link of card.querySelectorAll('a'))
        link.setAttribute('href', `https://www.linkedin.com/in/more-${i}/`);
      list.append(card);
    }
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(15), { timeout: 5_000 });
    expect(sizes).toEqual([5, 10]);

    for (let burst = 0; burst < 20; burst++) {
      for (let i = 0; i < 100; i++) document.body.append(document.createElement('i'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sizes).toEqual([5, 10]);
    expect(document.querySelectorAll('mentorlens-badge')).toHaveLength(15);
  });

  it('a page that rewrites its address and its cards without end gets no more reads or requests than the window allows', async () => {
    await installBackground();
    const sizes = recordRequests();
    loadPage('linkedin-lists/search.html', SEARCH);
    let reads = 0;
    const counted = slidingWindow(4, 60_000);
    const limits = {
      reads: {
        take: () => {
          const ok = counted.take();
          if (ok) reads += 1;
          return ok;
        },
        wait: () => counted.wait(),
      },
      requests: slidingWindow(3, 60_000),
    };
    stop = runListBadges({ name: 'linkedin', lists: linkedinLists, isDark: () => false }, limits);
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(5), { timeout: 5_000 });
    // a new address (a per-address cap would start again each time) and new markup, 60 times
    const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    for (let churn = 0; churn < 60; churn++) {
      happy.setURL(`${SEARCH}&page=${churn}`);
      document.body.append(document.createElement('i'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reads).toBe(4);
    expect(sizes.length).toBeLessThanOrEqual(3);
    expect(sizes[0]).toBe(5);
  });

  it('the Shortlist button saves from the card and then shows the status', async () => {
    const db = await installBackground();
    loadPage('linkedin-lists/search.html', SEARCH);
    stop = runListBadges({ name: 'linkedin', lists: linkedinLists, isDark: () => true });
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(5), { timeout: 5_000 });
    const root = scoredBadges()[0]?.shadowRoot;
    expect(scoredBadges()[0]?.getAttribute('data-theme')).toBe('dark');
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Shortlist',
    );
    // a page script's click does nothing; a person's saves
    button?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.count('people')).toBe(0);
    trustedClick(button);
    await vi.waitFor(() => expect(root?.textContent).toContain('Status: saved'), {
      timeout: 5_000,
    });
    expect(await db.count('people')).toBe(1);
  });

  it('quiet mode: nothing is inserted into the page, nothing read or asked; off again, the badges come', async () => {
    await installBackground();
    const sizes = recordRequests();
    await saveQuietMode({ linkedin: true, github: false });
    loadPage('linkedin-lists/search.html', SEARCH);
    stop = runListBadges({ name: 'linkedin', lists: linkedinLists, isDark: () => false });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(document.querySelectorAll('mentorlens-badge')).toHaveLength(0);
    expect(sizes).toEqual([]);
    await saveQuietMode({ linkedin: false, github: false });
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(5), { timeout: 5_000 });
    expect(sizes).toEqual([5]);
  });

  it("a profile's sidebars are read only once they near the viewport, each on its own", async () => {
    vi.stubGlobal('IntersectionObserver', FakeNearing);
    await installBackground();
    const sizes = recordRequests();
    loadPage('linkedin-lists/profile-sidebars.html', 'https://www.linkedin.com/in/gus-viewed/');
    stop = runListBadges({ name: 'linkedin', lists: linkedinLists, isDark: () => false });
    // far from the viewport: watched, not read, nothing asked, nothing shown
    await vi.waitFor(() => expect(FakeNearing.watchedCount()).toBe(3), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sizes).toEqual([]);
    expect(document.querySelectorAll('mentorlens-badge')).toHaveLength(0);
    // the first sidebar comes near: its two people, and no one else's
    FakeNearing.near((box) => /More profiles for you/.test(box.textContent ?? ''));
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(2), { timeout: 5_000 });
    expect(sizes).toEqual([2]);
    const names = () =>
      scoredBadges().map(
        (host) =>
          /^Mentor fit for (.+?):/.exec(
            host.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '',
          )?.[1],
      );
    expect(names()).toEqual(['Hana Sidebar', 'Ivan Sidebar']);
    // then the rest: each person once, the cards read before are not asked for again
    FakeNearing.near(() => true);
    await vi.waitFor(() => expect(scoredBadges()).toHaveLength(4), { timeout: 5_000 });
    expect(sizes).toEqual([2, 2]);
    expect(names()).toEqual(['Hana Sidebar', 'Ivan Sidebar', 'Jo Premium', 'Kai Alsoviewed']);
  });
});
