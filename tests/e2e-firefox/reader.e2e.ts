import { afterEach, describe, expect, it } from 'vitest';
import { fixture, hintState, type Launched, launch } from './support/firefox';

// issue 17 in Firefox: the router on the feed loads nothing; in-page navigation to a profile
// makes the background inject the reader (scripting.executeScript), and the hint shows

const FEED = 'https://www.linkedin.com/feed/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-ml/';
const feed =
  '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><h1>Your feed</h1></main></body></html>';

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('the reader in Firefox', () => {
  it('comes with an in-page navigation from the feed to a profile, and the hint shows', async () => {
    launched = await launch({
      [FEED]: feed,
      [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html'),
    });
    const tab = await launched.newTab();
    await tab.goto(FEED);
    expect(await hintState(tab)).toBeNull();
    // the site's own in-page navigation: fetch, swap the body, pushState (no page load)
    await tab.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
    }, PRIYA);
    await expect
      .poll(async () => (await hintState(tab))?.label ?? '', { timeout: 20_000 })
      .toMatch(/^Mentor fit for Priya Raman: \d{1,3} of 100, /);
  });
});
