import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fixture,
  hintButton,
  hintState,
  type Launched,
  launch,
  openAddonPage,
  waitForAddonPage,
} from './support/firefox';

const ADA = 'https://github.com/ada-okafor';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-ml/';
const routes = {
  [ADA]: fixture('github/profile-ada-okafor.html'),
  [PRIYA]: fixture('linkedin/signed-in-2026-priya-raman.html'),
};

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

const textOf = (page: Page) => page.evaluate(() => document.body?.textContent ?? '');
const hintText = async (page: Page) => (await hintState(page))?.text ?? '';
/** requests we did not serve, less the favicon Firefox asks every site for */
const unexpected = (blocked: string[]) => blocked.filter((url) => !url.endsWith('/favicon.ico'));

/** the dashboard row's Status select for a person, by name */
async function statusSelect(dashboard: Page, name: string) {
  const handle = await dashboard.evaluateHandle((who) => {
    const row = [...document.querySelectorAll('tr.person-row')].find((tr) =>
      tr.textContent?.includes(who),
    );
    return row?.querySelector('select[aria-label="Status"]') ?? null;
  }, name);
  return handle.asElement() as import('puppeteer-core').ElementHandle<HTMLSelectElement> | null;
}

describe('from a profile to the dashboard, in Firefox', () => {
  it('GitHub: hint, shortlist, the record in the dashboard, a status that survives reloads, the sidebar page and quiet mode', async () => {
    launched = await launch(routes);
    const tab = await launched.newTab();
    await tab.goto(ADA);
    await expect
      .poll(async () => (await hintState(tab))?.label ?? '', { timeout: 20_000 })
      .toMatch(/^Mentor fit for Ada Okafor: \d{1,3} of 100, /);

    await (await hintButton(tab, 'Shortlist')).click();
    await expect.poll(() => hintText(tab), { timeout: 15_000 }).toContain('Status: saved');

    // the add-on's own UI opens the dashboard: BiDi may not navigate to moz-extension: itself
    await (await hintButton(tab, 'Open in dashboard')).click();
    const dashboard = await waitForAddonPage(launched, '/dashboard.html');
    // it opens on her page; the table is one step back
    await expect.poll(() => textOf(dashboard), { timeout: 15_000 }).toContain('Ada Okafor');
    expect(await dashboard.evaluate(() => location.hash)).toMatch(/^#\/person\//);
    await dashboard.evaluate(() => {
      location.hash = '';
    });
    await expect
      .poll(() => statusSelect(dashboard, 'Ada Okafor'), { timeout: 15_000 })
      .not.toBeNull();
    const row = await dashboard.evaluate(
      () =>
        [...document.querySelectorAll('tr.person-row')].find((tr) =>
          tr.textContent?.includes('Ada Okafor'),
        )?.textContent ?? '',
    );
    expect(row).toContain('GitHub');

    await (await statusSelect(dashboard, 'Ada Okafor'))?.select('contacted');
    await expect
      .poll(async () => (await statusSelect(dashboard, 'Ada Okafor'))?.evaluate((s) => s.value))
      .toBe('contacted');
    await dashboard.evaluate(() => location.reload());
    await expect
      .poll(async () => (await statusSelect(dashboard, 'Ada Okafor'))?.evaluate((s) => s.value), {
        timeout: 15_000,
      })
      .toBe('contacted');
    await tab.reload();
    await expect.poll(() => hintText(tab), { timeout: 20_000 }).toContain('Status: contacted');

    // the sidebar's page follows the active tab: loaded in a tab behind the profile, it shows Ada
    const sidebar = await openAddonPage(launched, dashboard, '/sidepanel.html');
    await tab.bringToFront();
    await sidebar.evaluate(() => location.reload());
    await expect.poll(() => textOf(sidebar), { timeout: 15_000 }).toContain('Ada Okafor');
    expect(await textOf(sidebar)).toContain('Status: contacted');

    // quiet mode: the hint goes at once and stays away after a reload; the sidebar still has her
    const options = await openAddonPage(launched, dashboard, '/options.html');
    // polled with evaluate, not waitForFunction: its helper builds a Function, which an extension page's CSP refuses (Firefox 140)
    const findQuiet = () =>
      options.evaluateHandle(
        () =>
          [...document.querySelectorAll('label')]
            .find((label) => label.textContent?.trim() === 'Quiet on GitHub')
            ?.querySelector('input') ?? null,
      );
    await expect
      .poll(async () => (await findQuiet()).asElement() !== null, { timeout: 15_000 })
      .toBe(true);
    const quiet = await findQuiet();
    await (quiet.asElement() as import('puppeteer-core').ElementHandle<HTMLInputElement>).click();
    await expect.poll(() => hintState(tab), { timeout: 15_000 }).toBeNull();
    await tab.reload();
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await hintState(tab)).toBeNull();
    await tab.bringToFront();
    await sidebar.evaluate(() => location.reload());
    await expect.poll(() => textOf(sidebar), { timeout: 15_000 }).toContain('Ada Okafor');

    // the shortcuts as Firefox has them, listed in the options page
    await expect
      .poll(() => textOf(options), { timeout: 15_000 })
      .toContain('Open the side panel (Chrome) or sidebar (Firefox)Alt+Shift+M');
    expect(await textOf(options)).toContain('Shortlist the profile in this tabAlt+Shift+S');
    expect(await textOf(options)).toContain('about:addons');
    // the background created both context-menu entries (updating an unknown one fails)
    const menus = await options.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          browser: { contextMenus: { update(id: string, p: object): Promise<void> } };
        }
      ).browser.contextMenus;
      const tryUpdate = (id: string) =>
        api.update(id, {}).then(
          () => 'ok',
          (e: Error) => e.message,
        );
      return [
        await tryUpdate('mentorlens-shortlist'),
        await tryUpdate('mentorlens-open'),
        await tryUpdate('no-such-item'),
      ];
    });
    expect(menus.slice(0, 2)).toEqual(['ok', 'ok']);
    expect(menus[2]).not.toBe('ok');
    expect(unexpected(launched.blocked)).toEqual([]);
  });

  it('LinkedIn: hint and shortlist on a signed-in profile', async () => {
    launched = await launch(routes);
    const tab = await launched.newTab();
    await tab.goto(PRIYA);
    await expect
      .poll(async () => (await hintState(tab))?.label ?? '', { timeout: 20_000 })
      .toMatch(/^Mentor fit for Priya Raman: \d{1,3} of 100, /);
    await (await hintButton(tab, 'Shortlist')).click();
    await expect.poll(() => hintText(tab), { timeout: 15_000 }).toContain('Status: saved');
    await tab.reload();
    await expect.poll(() => hintText(tab), { timeout: 20_000 }).toContain('Status: saved');

    // the harness itself: a request nobody served never leaves the machine, and is recorded
    const leak = await tab.evaluate(() =>
      fetch('https://example.org/leak').then(
        () => 'sent',
        () => 'failed',
      ),
    );
    expect(leak).toBe('failed');
    expect(unexpected(launched.blocked)).toEqual(['https://example.org/leak']);
  });
});
