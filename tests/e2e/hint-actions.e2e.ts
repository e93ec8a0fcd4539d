import { afterEach, describe, expect, it } from 'vitest';
import { extensionPage, fixture, hint, type Launched, launch } from './support/extension';

const ADA = 'https://github.com/ada-okafor';
const routes = { [ADA]: fixture('github/profile-ada-okafor.html') };

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('the next action from the hint, in Chromium', () => {
  it('marks as contacted and adds a note from the page; the dashboard shows both; page script cannot', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(ADA);
    const region = hint(page);
    await expect.poll(() => region.count(), { timeout: 15_000 }).toBe(1);
    const marks = region.getByRole('group', { name: 'Shortlist and mark as' });
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(1);

    // by keyboard: focus, then Enter (a person's key press is a trusted click)
    await marks.getByRole('button', { name: 'Contacted' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => region.getByText('Status: contacted').count()).toBe(1);
    const live = page.locator('mentorlens-hint').getByRole('status');
    await expect.poll(() => live.textContent()).toBe('Marked as contacted.');

    await region.getByRole('button', { name: 'Add a note' }).click();
    const note = region.getByRole('textbox', { name: 'Note about Ada Okafor' });
    await expect
      .poll(() => note.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    await page.keyboard.type('Ask about the tiny-rag evals');
    await page.keyboard.press('Enter');
    await expect.poll(() => live.textContent()).toBe('Note added.');
    await expect.poll(() => note.count()).toBe(0);

    // page script can reach the open shadow root and click: nothing happens
    await page.evaluate(() => {
      const root = document.querySelector('mentorlens-hint')?.shadowRoot;
      const replied = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Replied',
      );
      replied?.click();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await region.getByText('Status: contacted').count()).toBe(1);

    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    const row = dashboard.getByRole('row', { name: /Ada Okafor/ });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => row.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('contacted');
    await row.getByRole('link', { name: 'Ada Okafor' }).click();
    const timeline = dashboard.getByRole('list', { name: 'Timeline' });
    await expect
      .poll(() => timeline.textContent(), { timeout: 15_000 })
      .toContain('Ask about the tiny-rag evals');
    expect(await timeline.textContent()).toMatch(/contacted/);

    // another tab moves them on; the hint's older view is reported, not written over it
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    await dashboard
      .getByRole('row', { name: /Ada Okafor/ })
      .getByRole('combobox', { name: 'Status' })
      .selectOption('no-response');
    await expect
      .poll(() =>
        dashboard
          .getByRole('row', { name: /Ada Okafor/ })
          .getByRole('combobox', { name: 'Status' })
          .inputValue(),
      )
      .toBe('no-response');
    await page.bringToFront();
    await region.getByRole('button', { name: 'Replied' }).click();
    await expect
      .poll(() => live.textContent())
      .toMatch(/changed elsewhere and is now "no response"/);
    expect(await region.getByText('Status: no response').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
