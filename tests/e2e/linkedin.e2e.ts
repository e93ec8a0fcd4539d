import { afterEach, describe, expect, it } from 'vitest';
import {
  hasRealFixtures,
  readRealFixture,
  realFixture,
  realFixturesSkipNote,
} from '../support/real-fixtures';
import { fixture, hint, type Launched, launch } from './support/extension';
import { installTurboLikeNavigation, navigateInPage } from './support/turbo';

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('LinkedIn profiles in Chromium (our own fixtures)', () => {
  it('shows the hint with the viewed person, never the viewer, on the 2026 signed-in markup', async () => {
    launched = await launch({
      'https://www.linkedin.com/in/priya-raman-ml/': fixture(
        'linkedin/signed-in-2026-priya-raman.html',
      ),
    });
    const page = await launched.context.newPage();
    await page.goto('https://www.linkedin.com/in/priya-raman-ml/');
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Priya Raman: \d+ of 100/);
    expect(await page.locator('mentorlens-hint').count()).toBe(1);
  });

  it('August 2026 layout: the hint appears on the full page, read by what a person sees', async () => {
    const url = 'https://www.linkedin.com/in/lena-hartmann-ml-4821/';
    launched = await launch({ [url]: fixture('linkedin/signed-in-2026-08-lena-hartmann.html') });
    const page = await launched.context.newPage();
    await page.goto(url);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^Mentor fit for Lena Hartmann: \d+ of 100/);
    // her roles and skills were read: the reasons cite them; the sidebar people never appear
    await expect
      .poll(() => hint(page).textContent(), { timeout: 15_000 })
      .toMatch(/Staff ML Engineer/);
    expect(await hint(page).textContent()).not.toMatch(/Viktor Petrov|Sofia Almeida|Noor Haddad/);
    expect(await page.locator('mentorlens-hint').count()).toBe(1);
  });

  it('August 2026 layout: the hint fills in as the lazy sections arrive', async () => {
    const url = 'https://www.linkedin.com/in/lena-hartmann-ml-4821/';
    launched = await launch({
      [url]: fixture('linkedin/signed-in-2026-08-lena-hartmann-topcard.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(url);
    await expect
      .poll(() => hint(page).textContent(), { timeout: 15_000 })
      .toMatch(/no roles on this page/);
    // sections that have not arrived are not on this page, never "couldn't read"
    expect(await hint(page).textContent()).not.toMatch(/Couldn't read/);
    const full = fixture('linkedin/signed-in-2026-08-lena-hartmann.html');
    // what LinkedIn does after scrolling: append the section cards, one by one
    await page.evaluate(async (html) => {
      const source = new DOMParser().parseFromString(html, 'text/html');
      const column = document.querySelector('[data-testid="lazy-column"]');
      const cards = source.querySelectorAll(
        '[data-testid="lazy-column"] > [componentkey^="com.linkedin.sdui.profile.card.ref"]',
      );
      for (const card of cards) {
        if (/Topcard$/.test(card.getAttribute('componentkey') ?? '')) continue;
        column?.append(document.importNode(card, true));
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    }, full);
    await expect
      .poll(() => hint(page).textContent(), { timeout: 15_000 })
      .toMatch(/Staff ML Engineer \(now at Kestrel Labs\)/);
    expect(await hint(page).textContent()).not.toMatch(/no roles on this page/);
    expect(await page.locator('mentorlens-hint').count()).toBe(1);
  });

  it('puts no hint on a sign-in wall or a missing profile', async () => {
    launched = await launch({
      'https://www.linkedin.com/in/walled/': fixture('linkedin/guest-authwall.html'),
      'https://www.linkedin.com/in/gone/': fixture('linkedin/guest-not-found.html'),
    });
    const page = await launched.context.newPage();
    for (const url of [
      'https://www.linkedin.com/in/walled/',
      'https://www.linkedin.com/in/gone/',
    ]) {
      await page.goto(url);
      await page.waitForTimeout(1_500);
      expect(await page.locator('mentorlens-hint').count()).toBe(0);
    }
  });
});

describe.skipIf(!hasRealFixtures)(
  `LinkedIn real saved pages in Chromium${realFixturesSkipNote}`,
  () => {
    it('shows the right name on a real page at its real URL, and follows an in-page navigation to another profile', async () => {
      const reid = realFixture('linkedin/guest-2026-reidhoffman.html');
      const satya = realFixture('linkedin/guest-2026-satyanadella.html');
      launched = await launch({
        [reid.pageUrl]: readRealFixture(reid.file),
        [satya.pageUrl]: readRealFixture(satya.file),
      });
      const page = await launched.context.newPage();
      await page.goto(reid.pageUrl);
      await expect
        .poll(() => hint(page).getAttribute('aria-label'), { timeout: 20_000 })
        .toMatch(/^Mentor fit for Reid Hoffman: /);

      await installTurboLikeNavigation(page);
      await navigateInPage(page, satya.pageUrl);
      await expect
        .poll(() => hint(page).getAttribute('aria-label'), { timeout: 20_000 })
        .toMatch(/^Mentor fit for Satya Nadella: /);
      expect(await page.locator('mentorlens-hint').count()).toBe(1);
    });

    it('reads the 2026 signed-in page, where the closest existing extension shows nothing', async () => {
      const adivir = realFixture('linkedin/loggedin-2026-adivirsingh13.html');
      launched = await launch({ [adivir.pageUrl]: readRealFixture(adivir.file) });
      const page = await launched.context.newPage();
      await page.goto(adivir.pageUrl);
      // experience loads later on these pages: not on this page yet, so the score says it saw no roles
      // and the hint never claims it "couldn't read" a section that is not there
      await expect
        .poll(() => hint(page).textContent(), { timeout: 20_000 })
        .toMatch(/no roles on this page/);
      expect(await hint(page).textContent()).not.toMatch(/Couldn't read/);
      expect(await page.locator('mentorlens-hint').count()).toBe(1);
    });

    it('reads the August 2026 real page (newer hashed classes, no embedded JSON) at its real URL', async () => {
      const abdeali = realFixture('linkedin/loggedin-2026-08-abdeali-topcard.html');
      launched = await launch({ [abdeali.pageUrl]: readRealFixture(abdeali.file) });
      const page = await launched.context.newPage();
      await page.goto(abdeali.pageUrl);
      await expect
        .poll(() => hint(page).getAttribute('aria-label'), { timeout: 20_000 })
        .toMatch(/^Mentor fit for AbdeAli Vaniya: /);
      expect(await page.locator('mentorlens-hint').count()).toBe(1);
    });
  },
);
