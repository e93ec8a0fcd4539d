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
      // experience loads later on these pages: the hint must say so rather than pretend
      await expect
        .poll(() => hint(page).textContent(), { timeout: 20_000 })
        .toMatch(/Couldn't read .*experience/);
      expect(await page.locator('mentorlens-hint').count()).toBe(1);
    });
  },
);
