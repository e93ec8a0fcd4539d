import type { Page } from 'playwright-core';

/**
 * gives a served page GitHub-style in-page navigation: fetch the next page, swap <body>,
 * pushState; going back restores a cached clone of the old body, as Turbo's snapshot cache does
 * (a clone carries our host element but not its shadow root: a stale copy the hint must clean up)
 */
export async function installTurboLikeNavigation(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cache = new Map<string, HTMLElement>();
    let shown = location.href;
    const swap = (body: HTMLElement) => {
      // keep a snapshot of the page we leave, as Turbo does, for back and forward
      cache.set(shown, document.body.cloneNode(true) as HTMLElement);
      shown = location.href;
      document.body.replaceWith(body);
    };
    const w = window as unknown as { __navigate(url: string): Promise<void> };
    w.__navigate = async (url: string) => {
      const html = await (await fetch(url)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({ turbo: true }, '', url);
      document.title = next.title;
      swap(document.adoptNode(next.body));
    };
    addEventListener('popstate', () => {
      const body = cache.get(location.href);
      if (body) swap(body);
    });
  });
}

export const navigateInPage = (page: Page, url: string) =>
  page.evaluate(
    (target) => (window as unknown as { __navigate(u: string): Promise<void> }).__navigate(target),
    url,
  );
