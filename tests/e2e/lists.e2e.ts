import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  extensionPage,
  fixture,
  hint,
  type Launched,
  launch,
  openPopupFor,
  root,
} from './support/extension';

// real saved pages are read in place and never copied; their cases skip when the folder is absent
const realDir = join(root, '../shared/fixtures/real');
const hasReal = existsSync(join(realDir, 'INDEX.tsv'));
const real = (file: string) => readFileSync(join(realDir, file), 'utf8');

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=ml%20evaluation';
const ADA = 'https://www.linkedin.com/in/ada-lovelace-ml/';
const own: [string, string, number][] = [
  [SEARCH, 'linkedin-lists/search.html', 5],
  [
    'https://www.linkedin.com/mynetwork/network-manager/people-follow/following/',
    'linkedin-lists/follows.html',
    3,
  ],
  ['https://www.linkedin.com/in/gus-viewed/', 'linkedin-lists/profile-sidebars.html', 4],
  ['https://github.com/olga-owner?tab=followers', 'github-lists/followers.html', 3],
  ['https://github.com/example-org/tiny-llm/stargazers', 'github-lists/stargazers.html', 3],
  [
    'https://github.com/ram-owner/fastgrad/graphs/contributors',
    'github-lists/contributors.html',
    3,
  ],
  ['https://github.com/search?q=location%3ABerlin&type=users', 'github-lists/user-search.html', 2],
];
const realPages: [string, string, number][] = [
  [
    'https://www.linkedin.com/search/results/people/?facetNetwork=%5B%22F%22%5D',
    'linkedin-lists/search-2025-04-first-connections.html',
    10,
  ],
  [
    'https://www.linkedin.com/search/results/people/?keywords=director%20in%20energy',
    'linkedin-lists/search-2022-09-fragment.html',
    2,
  ],
  [
    'https://www.linkedin.com/company/motionapp/people/',
    'linkedin-lists/company-people-2025-04.html',
    12,
  ],
  [
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    'linkedin-lists/connections-2025-04.html',
    10,
  ],
  ['https://github.com/orgs/dwyl/people', 'github-lists/org-people-2024-07-fragment.html', 30],
  ['https://www.linkedin.com/in/adivirsingh13/', 'linkedin/loggedin-2026-adivirsingh13.html', 9],
];

const badges = (page: Page) =>
  page.locator('mentorlens-badge').getByRole('group', { name: /^Mentor fit for / });
// a finished badge: a score, or "Not enough to score" with no number (the org People page's cards)
const scored = async (page: Page) =>
  (
    await badges(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))
  ).filter((label) => /: (?:\d{1,3} of 100|Not enough to score), .*from the list/.test(label))
    .length;

/** scrolls down the page a screen at a time, as a person reading it would, and back up */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.waitForTimeout(60);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

describe('fit badges on list pages, in Chromium with the built extension', () => {
  it('every kind of list gets one scored badge per listed person (our invented pages)', {
    timeout: 180_000,
  }, async () => {
    launched = await launch(Object.fromEntries(own.map(([url, file]) => [url, fixture(file)])));
    const page = await launched.context.newPage();
    for (const [url, , count] of own) {
      await page.goto(url);
      await expect.poll(() => scored(page), { timeout: 15_000, message: url }).toBe(count);
      expect(await page.locator('mentorlens-badge').count()).toBe(count);
    }
    // hostile card text is shown as text: no element came from it, no script ran
    await page.goto(SEARCH);
    await expect.poll(() => scored(page), { timeout: 15_000 }).toBe(5);
    const hal = page
      .locator('mentorlens-badge')
      .getByRole('group', { name: /^Mentor fit for <img src=x/ });
    expect(await hal.count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  });

  it.skipIf(!hasReal)('badges on the real saved list pages', { timeout: 240_000 }, async () => {
    // the harness serves by path: the two searches share one, so each page gets its own browser
    for (const [url, file, count] of realPages) {
      launched = await launch({ [url]: real(file) });
      const page = await launched.context.newPage();
      await page.goto(url);
      if (url.includes('/in/')) {
        // a profile's sidebars are read as they near the viewport: far down this (unstyled) page,
        // none is read while it loads; the person scrolls down to them
        await page.waitForTimeout(1_500);
        expect(await page.locator('mentorlens-badge').count()).toBe(0);
        await scrollThrough(page);
      }
      await expect.poll(() => scored(page), { timeout: 20_000, message: url }).toBe(count);
      if (file.startsWith('github-lists/org-people')) {
        // these cards show only a name: "Not enough to score", and no number beside it
        const labels = await badges(page).evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('aria-label')} | ${el.textContent}`),
        );
        expect(labels.every((label) => /Not enough to score/.test(label))).toBe(true);
        expect(labels.some((label) => /\d+ of 100|\d+ Not enough/.test(label))).toBe(false);
      }
      await launched.close();
      launched = undefined;
    }
  });

  it('new cards arriving by scroll get badges; each person is badged once', {
    timeout: 90_000,
  }, async () => {
    launched = await launch({ [SEARCH]: fixture('linkedin-lists/search.html') });
    const page = await launched.context.newPage();
    await page.goto(SEARCH);
    await expect.poll(() => scored(page), { timeout: 15_000 }).toBe(5);
    await page.evaluate(() => {
      const list = document.querySelector('main ul');
      const template = list?.querySelector('li');
      if (!list || !template) throw new Error('no list');
      for (let i = 0; i < 10; i++) {
        const card = template.cloneNode(true) as HTMLElement;
        for (const badge of card.querySelectorAll('mentorlens-badge')) badge.remove();
        for (const link of card.querySelectorAll('a'))
          link.href = `https://www.linkedin.com/in/scrolled-${i}/`;
        for (const name of card.querySelectorAll('[aria-hidden="true"]')) {
          if (name.textContent === 'Ada Lovelace') name.textContent = `Scrolled Person ${i}`;
        }
        list.append(card);
      }
      // a storm of unrelated changes
      for (let i = 0; i < 500; i++) document.body.append(document.createElement('i'));
    });
    await expect.poll(() => scored(page), { timeout: 15_000 }).toBe(15);
    await page.waitForTimeout(1_000);
    expect(await page.locator('mentorlens-badge').count()).toBe(15);
  });

  it('shortlist from the list, then open the profile: one record, status shown there', {
    timeout: 90_000,
  }, async () => {
    launched = await launch({
      [SEARCH]: fixture('linkedin-lists/search.html'),
      [ADA]: fixture('linkedin-lists/profile-ada.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(SEARCH);
    await expect.poll(() => scored(page), { timeout: 15_000 }).toBe(5);
    const ada = page
      .locator('mentorlens-badge')
      .getByRole('group', { name: /^Mentor fit for Ada Lovelace/ });
    // keyboard reachable: the Shortlist button takes focus and Enter presses it
    const button = ada.getByRole('button', { name: 'Shortlist Ada Lovelace' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ada.getByText('Status: saved').count(), { timeout: 10_000 }).toBe(1);
    expect(page.url()).toBe(SEARCH);

    await page.reload();
    await expect
      .poll(
        () =>
          page
            .locator('mentorlens-badge')
            .getByRole('group', { name: /^Mentor fit for Ada Lovelace.*saved$/ })
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);

    await page.goto(ADA);
    await expect
      .poll(() => hint(page).getByText('Status: saved').count(), { timeout: 15_000 })
      .toBe(1);
    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    await expect
      .poll(() => dashboard.getByText('Ada Lovelace').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const popup = await openPopupFor(launched, page);
    await expect
      .poll(() => popup.getByText('1 person on your shortlist').count(), { timeout: 15_000 })
      .toBe(1);
  });

  it('quiet mode inserts nothing; the popup lists the page people by fit with Shortlist buttons', {
    timeout: 90_000,
  }, async () => {
    launched = await launch({ [SEARCH]: fixture('linkedin-lists/search.html') });
    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options.html'));
    await options.getByRole('checkbox', { name: 'Quiet on LinkedIn' }).check();
    const page = await launched.context.newPage();
    await page.goto(SEARCH);
    await page.waitForTimeout(1_500);
    expect(await page.locator('mentorlens-badge').count()).toBe(0);
    const popup = await openPopupFor(launched, page);
    const section = popup.getByRole('region', { name: 'People on this page' });
    await expect.poll(() => section.getByRole('listitem').count(), { timeout: 15_000 }).toBe(5);
    const labels = await section
      .getByRole('article')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    const scores = labels.map((label) => Number(/: (\d+) of 100/.exec(label)?.[1] ?? -1));
    expect(scores.every((s) => s >= 0)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await section.getByRole('button', { name: 'Shortlist Bruno Evals' }).click();
    await expect
      .poll(() => section.getByText('Status: saved').count(), { timeout: 10_000 })
      .toBe(1);
    expect(await page.locator('mentorlens-badge').count()).toBe(0);
  });
});
