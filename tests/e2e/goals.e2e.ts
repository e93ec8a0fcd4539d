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

  it('a fresh install opens the welcome form, and "Save goals" below it keeps the answers', async () => {
    launched = await launch({}, undefined, { welcome: true });
    const isOptions = (url: string) =>
      url.startsWith(extensionPage(launched as Launched, 'options.html'));
    await expect
      .poll(() => (launched as Launched).context.pages().some((p) => isOptions(p.url())), {
        timeout: 15_000,
      })
      .toBe(true);
    const options = launched.context.pages().find((p) => isOptions(p.url()));
    if (!options) throw new Error('no welcome page');
    const welcome = options.getByRole('form', { name: 'Welcome to MentorLens' });
    await welcome.getByLabel('The role you want').fill('AI researcher');
    await welcome.getByLabel('Topic 1').fill('reinforcement learning');
    await welcome.getByRole('button', { name: 'Save and start' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    const form = options.getByRole('form', { name: 'Your mentee profile' });
    await expect.poll(() => form.getByLabel('Target roles').inputValue()).toBe('AI researcher');
    await form.getByLabel('Location').fill('Berlin, Germany');
    await options.getByRole('button', { name: 'Save goals' }).click();
    await expect.poll(() => options.getByText(/^Saved\./).count()).toBe(1);
    await options.reload();
    const again = options.getByRole('form', { name: 'Your mentee profile' });
    await expect.poll(() => again.getByLabel('Target roles').inputValue()).toBe('AI researcher');
    expect(await again.getByLabel('Location').inputValue()).toBe('Berlin, Germany');
  });

  it('a test launch opens no welcome tab', async () => {
    launched = await launch({});
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const ours = launched.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
    expect(ours).toEqual([]);
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
