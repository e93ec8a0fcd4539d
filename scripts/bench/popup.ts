import type { Browser } from './chromium';
import type { Figures } from './report';
import { median, round } from './stats';

// in the popup, from its first script: when the person and the shortlist count are both on screen
const firstRenderScript = () => {
  const bench = { renderedAt: 0 };
  Object.assign(window, { __mentorlensPopup: bench });
  const check = () => {
    const main = document.querySelector('main');
    if (
      !bench.renderedAt &&
      main?.querySelector('h2') &&
      /on your shortlist/.test(main.textContent ?? '')
    )
      bench.renderedAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
};

export interface OpenPopup {
  /** one reload of the popup: ms from its navigation start to the person and the count on screen */
  sample(): Promise<number>;
  close(): Promise<void>;
}

/** the largest profile in a tab with its hint showing, and the popup opened beside it (once, to warm caches) */
export async function openPopup(browser: Browser, profileUrl: string): Promise<OpenPopup> {
  if (!browser.extensionId) throw new Error('the popup needs the extension');
  const tab = await browser.context.newPage();
  await tab.goto(profileUrl, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => document.querySelector('mentorlens-hint')?.shadowRoot?.querySelector('.score'),
    null,
    {
      timeout: 15_000,
    },
  );
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.addInitScript(firstRenderScript);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // the popup asks for the active tab: keep the profile in front, as when the toolbar button is clicked
  await tab.bringToFront();
  const sample = async () => {
    await popup.reload();
    await popup.waitForFunction(
      () =>
        (window as unknown as { __mentorlensPopup: { renderedAt: number } }).__mentorlensPopup
          .renderedAt > 0,
      null,
      { timeout: 10_000 },
    );
    return popup.evaluate(
      () =>
        (window as unknown as { __mentorlensPopup: { renderedAt: number } }).__mentorlensPopup
          .renderedAt,
    );
  };
  // the first open warms the browser's caches, as every later click of the button finds them
  await sample();
  return {
    sample,
    async close() {
      await popup.close();
      await tab.close();
    },
  };
}

/** popup open (its navigation start) to first render with the current tab's person and the count */
export async function popupFigures(
  browser: Browser,
  profileUrl: string,
  runs: number,
): Promise<Figures> {
  const opened = await openPopup(browser, profileUrl);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await opened.sample());
  await opened.close();
  return { popupFirstRenderMs: round(median(samples) ?? 0) };
}
