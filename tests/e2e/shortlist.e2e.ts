import { afterEach, describe, expect, it } from 'vitest';
import {
  extensionPage,
  fixture,
  hint,
  type Launched,
  launch,
  serviceWorkerRunning,
  stopServiceWorker,
} from './support/extension';
import { installTurboLikeNavigation, navigateInPage } from './support/turbo';

const ADA = 'https://github.com/ada-okafor';
const SAM = 'https://github.com/sam-lindqvist';
const routes = {
  [ADA]: fixture('github/profile-ada-okafor.html'),
  [SAM]: fixture('github/profile-sam-lindqvist.html'),
  'https://github.com/lumenai': fixture('github/org-page.html'),
  'https://github.com/ada-okafor/tiny-rag': fixture('github/repo-page.html'),
  'https://github.com/no-such-person-here': fixture('github/not-found.html'),
};

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('from a GitHub profile to the shortlist, in Chromium', () => {
  it('shows a hint, shortlists, and keeps the status across reloads, tabs and a service-worker stop', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(ADA);

    const region = hint(page);
    await expect.poll(() => region.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => region.getAttribute('aria-label'))
      .toMatch(/^Mentor fit for Ada Okafor: \d{1,3} of 100, /);
    await expect.poll(() => region.locator('.score').textContent()).toMatch(/^\d{1,3}$/);
    expect(await region.getByRole('listitem').count()).toBeGreaterThan(0);

    await region.getByRole('button', { name: 'Shortlist' }).click();
    await expect.poll(() => region.getByText('Status: saved').count()).toBe(1);

    await page.reload();
    await expect
      .poll(() => hint(page).getByText('Status: saved').count(), { timeout: 15_000 })
      .toBe(1);

    const second = await launched.context.newPage();
    await second.goto(ADA);
    await expect
      .poll(() => hint(second).getByText('Status: saved').count(), { timeout: 15_000 })
      .toBe(1);
    await second.close();

    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    const row = dashboard.getByRole('row', { name: /Ada Okafor/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('GitHub');
    await row.getByRole('combobox', { name: 'Status' }).selectOption('contacted');
    await expect
      .poll(() => row.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('contacted');
    await dashboard.reload();
    await expect
      .poll(() =>
        dashboard
          .getByRole('row', { name: /Ada Okafor/ })
          .getByRole('combobox', { name: 'Status' })
          .inputValue(),
      )
      .toBe('contacted');

    await stopServiceWorker(launched);
    expect(await serviceWorkerRunning(launched)).toBe(false);
    await page.reload();
    await expect
      .poll(() => hint(page).getByText('Status: contacted').count(), { timeout: 15_000 })
      .toBe(1);

    await dashboard.reload();
    const again = dashboard.getByRole('row', { name: /Ada Okafor/ });
    await again.getByRole('button', { name: /Remove Ada Okafor/ }).click();
    await again.getByRole('button', { name: 'Confirm remove' }).click();
    await expect.poll(() => dashboard.getByRole('row', { name: /Ada Okafor/ }).count()).toBe(0);
    await page.reload();
    await expect
      .poll(() => hint(page).getByRole('button', { name: 'Shortlist' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the status after a full browser restart', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    await page.goto(SAM);
    await hint(page).getByRole('button', { name: 'Shortlist' }).click();
    await expect.poll(() => hint(page).getByText('Status: saved').count()).toBe(1);
    const dir = launched.userDataDir;
    await launched.close({ keepProfile: true });
    launched = await launch(routes, dir);
    const reopened = await launched.context.newPage();
    await reopened.goto(SAM);
    await expect
      .poll(() => hint(reopened).getByText('Status: saved').count(), { timeout: 15_000 })
      .toBe(1);
  });

  it('shows exactly one hint, for the right person, through in-page navigation back and forth', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/for Ada Okafor/);
    await installTurboLikeNavigation(page);

    await navigateInPage(page, SAM);
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/for Sam Lindqvist/);
    expect(await page.locator('mentorlens-hint').count()).toBe(1);

    await page.goBack();
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/for Ada Okafor/);
    await expect.poll(() => page.locator('mentorlens-hint').count()).toBe(1);

    await page.goForward();
    await expect
      .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/for Sam Lindqvist/);
    await expect.poll(() => page.locator('mentorlens-hint').count()).toBe(1);
  });

  it.each([
    ['an organisation', 'https://github.com/lumenai'],
    ['a repository', 'https://github.com/ada-okafor/tiny-rag'],
    ['a 404 page', 'https://github.com/no-such-person-here'],
  ])('puts no hint on %s and logs no error', async (_kind, url) => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(url);
    // give the content script time to run; then nothing of ours may be in the page
    await page.waitForTimeout(1_500);
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
