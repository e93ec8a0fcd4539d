import { afterEach, describe, expect, it } from 'vitest';
import { extensionPage, fixture, hint, type Launched, launch } from './support/extension';

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

const ADA = 'https://github.com/ada-okafor';

describe('goals drive the hint, in Chromium', () => {
  it('scores against the labelled sample profile until the user answers the welcome questions', async () => {
    launched = await launch({ [ADA]: fixture('github/profile-ada-okafor.html') });
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await expect
      .poll(() => hint(page).textContent(), { timeout: 15_000 })
      .toContain('Scored against a sample profile');
    const before = await hint(page).getAttribute('aria-label');

    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options.html'));
    const welcome = options.getByRole('form', { name: 'Welcome to MentorLens' });
    await welcome.getByLabel('The role you want').fill('Product designer');
    await welcome.getByLabel('Topic 1').fill('user research');
    await welcome.getByLabel('Topic 2').fill('accessibility');
    await welcome.getByRole('button', { name: 'Save and start' }).click();
    await expect.poll(() => welcome.count()).toBe(0);

    await page.reload();
    await expect
      .poll(() => hint(page).textContent(), { timeout: 15_000 })
      .not.toContain('Scored against a sample profile');
    await expect.poll(() => hint(page).getAttribute('aria-label')).not.toBe(before);
  });

  it('quiet mode on GitHub removes the hint at once and keeps it away after a reload', async () => {
    launched = await launch({ [ADA]: fixture('github/profile-ada-okafor.html') });
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await expect.poll(() => hint(page).count(), { timeout: 15_000 }).toBe(1);
    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options.html'));
    await options.getByRole('checkbox', { name: 'Quiet on GitHub' }).check();
    await expect.poll(() => page.locator('mentorlens-hint').count(), { timeout: 15_000 }).toBe(0);
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
  });
});
