import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runProfileHints, type Site } from '@/utils/hint/controller';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { headingSite } from '../../support/hint-site';
import { fitResult } from '../../support/snapshots';

// the hint's rules about whose score it shows, with a background whose answers we hold back

const handleHere = () => location.pathname.split('/')[2] ?? '';
const site: Site = headingSite({
  name: 'linkedin',
  isProfileUrl: (url) => url.pathname.startsWith('/in/'),
  handle: handleHere,
});

/** a background whose analyses wait until the test answers them, by handle */
function heldBackground() {
  const waiting = new Map<string, (score: number) => void>();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type: string; snapshot?: ProfileSnapshot };
    if (request.type !== 'analyze' || !request.snapshot) return undefined;
    const handle = request.snapshot.handle;
    return new Promise((resolve) => {
      waiting.set(handle, (score) =>
        resolve({ ok: true, data: { fit: fitResult(score), person: null, problem: null } }),
      );
    });
  });
  return {
    asked: (handle: string) => waiting.has(handle),
    answer(handle: string, score: number) {
      waiting.get(handle)?.(score);
      waiting.delete(handle);
    },
  };
}

function showPerson(handle: string, name: string) {
  history.pushState(null, '', `/in/${handle}/`);
  let heading = document.querySelector('h1');
  if (!heading) {
    heading = document.createElement('h1');
    document.body.append(heading);
  }
  heading.textContent = name;
}

const hintText = () => document.querySelector('mentorlens-hint')?.shadowRoot?.textContent ?? '';
const shownScore = () =>
  document.querySelector('mentorlens-hint')?.shadowRoot?.querySelector('.score')?.textContent ??
  null;

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

describe('whose score the hint shows', () => {
  it("never shows the previous person's score while the next one's is on its way", async () => {
    const background = heldBackground();
    showPerson('ada-okafor', 'Ada Okafor');
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(background.asked('ada-okafor')).toBe(true));
    background.answer('ada-okafor', 81);
    await vi.waitFor(() => expect(shownScore()).toBe('81'));
    showPerson('bo-lindqvist', 'Bo Lindqvist');
    await vi.waitFor(() => expect(background.asked('bo-lindqvist')).toBe(true), { timeout: 3_000 });
    expect(shownScore()).toBeNull();
    expect(hintText()).not.toContain('81');
    background.answer('bo-lindqvist', 44);
    await vi.waitFor(() => expect(shownScore()).toBe('44'));
  });

  it('drops a late answer for someone the page no longer shows', async () => {
    const background = heldBackground();
    showPerson('ada-okafor', 'Ada Okafor');
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(background.asked('ada-okafor')).toBe(true));
    // the user moves on before Ada's score arrives; Bo's comes first, then Ada's, late
    showPerson('bo-lindqvist', 'Bo Lindqvist');
    await vi.waitFor(() => expect(background.asked('bo-lindqvist')).toBe(true), { timeout: 3_000 });
    background.answer('bo-lindqvist', 44);
    await vi.waitFor(() => expect(shownScore()).toBe('44'));
    background.answer('ada-okafor', 81);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownScore()).toBe('44');
    expect(hintText()).toContain('Bo Lindqvist');
  });
});

describe('what counts as a page change', () => {
  it('a list badge going in beside the profile (its sidebar) is ours too: no second read', async () => {
    heldBackground();
    showPerson('ada-okafor', 'Ada Okafor');
    let reads = 0;
    stop = runProfileHints({
      ...site,
      extract: (doc, url) => {
        reads += 1;
        return site.extract(doc, url);
      },
    });
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    const first = reads;
    const aside = document.createElement('aside');
    document.body.append(aside);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const afterAside = reads;
    for (let i = 0; i < 3; i += 1) aside.append(document.createElement('mentorlens-badge'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads).toBe(afterAside);
    // a change of the page's own, for contrast, is read
    expect(afterAside).toBeGreaterThan(first);
  });
});
