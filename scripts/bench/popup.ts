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

/** popup open (its navigation start) to first render with the current tab's person and the count */
export async function popupFigures(
  browser: Browser,
  profileUrl: string,
  runs: number,
): Promise<Figures> {
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
  const samples: number[] = [];
  // the popup asks for the active tab: keep the profile in front, as when the toolbar button is clicked
  await tab.bringToFront();
  for (let run = 0; run < runs + 1; run++) {
    await popup.reload();
    await popup.waitForFunction(
      () =>
        (window as unknown as { __mentorlensPopup: { renderedAt: number } }).__mentorlensPopup
          .renderedAt > 0,
      null,
      { timeout: 10_000 },
    );
    const at = await popup.evaluate(
      () =>
        (window as unknown as { __mentorlensPopup: { renderedAt: number } }).__mentorlensPopup
          .renderedAt,
    );
    // the first open warms the browser's caches, as every later click of the button finds them
    if (run > 0) samples.push(at);
  }
  await popup.close();
  await tab.close();
  return { popupFirstRenderMs: round(median(samples) ?? 0) };
}
