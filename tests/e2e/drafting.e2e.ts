import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hasRealFixtures,
  readRealFixture,
  realFixture,
  realFixturesSkipNote,
} from '../support/real-fixtures';
import { axeViolations, blocking } from './support/axe';
import { extensionPage, fixture, hint, type Launched, launch } from './support/extension';

// shortlist from a routed profile page, draft in the dashboard, copy, mark contacted, and find it all
// again after a reload: the real content script, background, IndexedDB, storage and clipboard

const PRIYA = 'https://www.linkedin.com/in/priya-raman-ml/';

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

/** the user's own goals and name, through the options page, so the draft can be filled */
async function setGoals(current: Launched): Promise<void> {
  const options = await current.context.newPage();
  await options.goto(extensionPage(current, 'options.html'));
  await options.getByLabel('Your name').fill('Sam Lee');
  await options.getByLabel('Target roles').fill('ML engineer');
  await options.getByRole('button', { name: 'Save goals' }).click();
  await expect.poll(() => options.getByText(/^Saved\./).count()).toBe(1);
  await options.close();
}

async function shortlistFrom(current: Launched, url: string, name: string): Promise<void> {
  const page = await current.context.newPage();
  await page.goto(url);
  const region = hint(page);
  await expect
    .poll(() => region.getAttribute('aria-label'), { timeout: 20_000 })
    .toMatch(new RegExp(`^Mentor fit for ${name}`));
  await region.getByRole('button', { name: 'Shortlist' }).click();
  await expect.poll(() => region.getByText('Status: saved').count()).toBe(1);
  await page.close();
}

/** from the dashboard's list to the person's page, then the draft form */
async function openDraft(dashboard: Page, name: string) {
  const row = dashboard.getByRole('row', { name: new RegExp(name) });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  await row.getByRole('link', { name }).click();
  await expect.poll(() => dashboard.getByRole('heading', { level: 1, name }).count()).toBe(1);
  await dashboard.getByRole('button', { name: 'Draft message' }).click();
  const form = dashboard.getByRole('form', { name: `Draft message to ${name}` });
  await expect.poll(() => form.getByRole('textbox', { name: 'Message' }).count()).toBe(1);
  return form;
}

async function draftCopyAndRecord(current: Launched, name: string, first: string, cited: RegExp) {
  const dashboard = await current.context.newPage();
  const errors: string[] = [];
  dashboard.on('pageerror', (error) => errors.push(error.message));
  await dashboard.goto(extensionPage(current, 'dashboard.html'));
  const form = await openDraft(dashboard, name);

  await form
    .getByRole('combobox', { name: 'Channel' })
    .selectOption({ label: 'LinkedIn connection note' });
  expect(await form.getByRole('combobox', { name: 'Template' }).count()).toBe(1);
  const message = form.getByRole('textbox', { name: 'Message' });
  const text = await message.inputValue();
  expect(text).toMatch(new RegExp(`^Hi ${first},`));
  expect(text).toMatch(cited);
  expect(text).not.toContain('{{');
  // the visible counter: "N / 200" for a free account, N within it
  const count = form.getByText(/^\d+ \/ 200$/);
  expect(await count.count()).toBe(1);
  const [used, limit] = ((await count.textContent()) ?? '').split(' / ').map(Number);
  expect(used).toBe(text.length);
  expect(used).toBeLessThanOrEqual(limit ?? 0);
  expect(blocking(await axeViolations(dashboard, 'form.draft-editor'))).toEqual([]);

  await dashboard.bringToFront();
  await form.getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => form.getByText(/^Copied\./).count()).toBe(1);
  expect(await dashboard.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await form.getByRole('button', { name: 'Mark as contacted on LinkedIn connection note' }).click();
  await expect.poll(() => form.getByText(/status is now “contacted”/).count()).toBe(1);

  // after a reload: the status and the sent text are in their record
  await dashboard.reload();
  await expect
    .poll(() => dashboard.getByRole('heading', { level: 1, name }).count(), { timeout: 15_000 })
    .toBe(1);
  expect(await dashboard.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('contacted');
  const timeline = dashboard.getByRole('list', { name: 'Timeline' });
  await expect.poll(() => timeline.getByText(text, { exact: true }).count()).toBe(1);
  expect(await timeline.textContent()).toMatch(/Message sent · LinkedIn connection note/);
  expect(errors).toEqual([]);
  return dashboard;
}

// chromium refuses to grant to a chrome-extension:// origin by name ("opaque origin"): grant to every origin
async function grantClipboard(current: Launched): Promise<void> {
  await current.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

describe('drafting a first message, in Chromium (our own fixture)', () => {
  it('shortlists Priya, drafts a connection note in the dashboard, copies it and marks her contacted', async () => {
    launched = await launch({ [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html') });
    await grantClipboard(launched);
    await setGoals(launched);
    await shortlistFrom(launched, PRIYA, 'Priya Raman');
    // the default cites what her page says she works on, not her employer's name
    await draftCopyAndRecord(launched, 'Priya Raman', 'Priya', /Speech & multilingual NLP/);
    // the page was only read: nothing was typed into it, nothing sent
    expect(
      launched.blocked.filter((url) => /linkedin\.com\/(voyager|messaging|invitations)/.test(url)),
    ).toEqual([]);
  });

  it('keeps a half-written draft when its page closes', async () => {
    launched = await launch({ [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html') });
    await setGoals(launched);
    await shortlistFrom(launched, PRIYA, 'Priya Raman');
    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    const form = await openDraft(dashboard, 'Priya Raman');
    const message = form.getByRole('textbox', { name: 'Message' });
    await message.press('Control+End');
    await message.pressSequentially(' PS: your office hours post helped me.');
    // closing the page at once: the pending autosave is flushed on the way out
    await dashboard.close({ runBeforeUnload: true });
    const again = await launched.context.newPage();
    await again.goto(extensionPage(launched, 'dashboard.html'));
    const reopened = await openDraft(again, 'Priya Raman');
    await expect
      .poll(() => reopened.getByRole('textbox', { name: 'Message' }).inputValue())
      .toMatch(/PS: your office hours post helped me\.$/);
  });
});

describe.skipIf(!hasRealFixtures)(
  `drafting for a real saved LinkedIn page, in Chromium${realFixturesSkipNote}`,
  () => {
    it('drafts a note under the limit that names Reid Hoffman and cites his book', async () => {
      const reid = realFixture('linkedin/guest-2026-reidhoffman.html');
      launched = await launch({ [reid.pageUrl]: readRealFixture(reid.file) });
      await grantClipboard(launched);
      await setGoals(launched);
      await shortlistFrom(launched, reid.pageUrl, 'Reid Hoffman');
      await draftCopyAndRecord(launched, 'Reid Hoffman', 'Reid', /your book Superagency/);
    });

    it('the 2026 signed-in page: a note that names Adi, cites his own words, fits and passes the tact check', async () => {
      const adi = realFixture('linkedin/loggedin-2026-adivirsingh13.html');
      expect(adi.pageUrl).toBe('https://www.linkedin.com/in/adivirsingh13/');
      launched = await launch({ [adi.pageUrl]: readRealFixture(adi.file) });
      await setGoals(launched);
      await shortlistFrom(launched, adi.pageUrl, 'Adi Singh');
      const dashboard = await launched.context.newPage();
      await dashboard.goto(extensionPage(launched, 'dashboard.html'));
      const form = await openDraft(dashboard, 'Adi Singh');
      await form
        .getByRole('combobox', { name: 'Channel' })
        .selectOption({ label: 'LinkedIn connection note' });
      const text = await form.getByRole('textbox', { name: 'Message' }).inputValue();
      // names the person
      expect(text).toMatch(/^Hi Adi,/);
      // cites something from his page other than his employer's name: his Featured post, by its opening words
      expect(text).toContain(
        'your post “My two best friends and I just raised $6 million to build…”',
      );
      expect(text).not.toMatch(/your work at AgentMail/);
      expect(text).not.toContain('{{');
      // fits the free account's limit, as the counter shows
      const count = form.getByText(/^\d+ \/ 200$/);
      expect(await count.count()).toBe(1);
      const [used, limit] = ((await count.textContent()) ?? '').split(' / ').map(Number);
      expect(used).toBe(text.length);
      expect(used).toBeLessThanOrEqual(limit ?? 0);
      // passes the tact check, "specific" included
      const tact = form.getByRole('region', { name: 'Tact check' });
      await expect.poll(() => tact.getByText(/all good/).count()).toBeGreaterThan(0);
      expect(await tact.getByText('✗ Fix').count()).toBe(0);
      expect(await form.getByRole('button', { name: 'Copy' }).isDisabled()).toBe(false);
    });
  },
);
