import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, blocking } from './support/axe';
import {
  extensionPage,
  fixture,
  hint,
  type Launched,
  launch,
  openPopupFor,
} from './support/extension';

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

const schemes = ['light', 'dark'] as const;

async function readyHint(page: Page) {
  await expect
    .poll(() => hint(page).getAttribute('aria-label'), { timeout: 15_000 })
    .toMatch(/^Mentor fit for .+: \d{1,3} of 100, /);
}

async function shortlist(page: Page, url: string) {
  await page.goto(url);
  await readyHint(page);
  await hint(page).getByRole('button', { name: 'Shortlist' }).click();
  await expect.poll(() => hint(page).getByText('Status: saved').count()).toBe(1);
}

/** what a keyboard user reaches: presses Tab until focus comes back round, collecting each focused element */
async function keyboardReach(page: Page, maxStops = 150, within?: string) {
  await page.evaluate(() => {
    Object.assign(window, { __stops: new Set<Element>(), __first: null, __previous: null });
  });
  await page.locator('body').focus();
  const outlines: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return null;
      const w = window as unknown as {
        __stops: Set<Element>;
        __first: Element | null;
        __previous: Element | null;
      };
      // a date input takes several Tabs (day, month, year...): the same element again is not a loop
      const again = active === w.__previous;
      w.__previous = active;
      const back = active === w.__first;
      w.__first ??= active;
      w.__stops.add(active);
      if (again) return null;
      const style = getComputedStyle(active);
      const outlined =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const label = `${active.tagName.toLowerCase()} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}"`;
      return { back, outlined, label };
    });
    if (!stop) continue;
    // focus came round to the first control again: every stop has been visited
    if (stop.back) break;
    if (!stop.outlined) outlines.push(stop.label);
  }
  // every visible, enabled control in the page (and in open shadow roots) must have been reached
  const missed = await page.evaluate((scope) => {
    const stops = (window as unknown as { __stops: Set<Element> }).__stops;
    const controls: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      )) {
        // tabindex=-1 takes a control out of the tab order on purpose (a roving focus in a composite widget)
        if (el.getAttribute('tabindex') === '-1') continue;
        const box = (el as HTMLElement).getBoundingClientRect();
        const hidden = box.width === 0 && box.height === 0;
        if (!hidden && !(el as HTMLButtonElement).disabled) controls.push(el);
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    const host = scope ? document.querySelector(scope) : null;
    if (scope && !host) return [`nothing matches ${scope}`];
    collect(host?.shadowRoot ?? document);
    // a radio group is one tab stop: the arrow keys move within it
    const reachedGroups = new Set(
      [...stops]
        .filter((el) => el instanceof HTMLInputElement && el.type === 'radio')
        .map((el) => (el as HTMLInputElement).name),
    );
    return controls
      .filter((el) => !stops.has(el))
      .filter(
        (el) =>
          !(el instanceof HTMLInputElement && el.type === 'radio' && reachedGroups.has(el.name)),
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  }, within ?? null);
  return { missed, withoutVisibleFocus: outlines };
}

describe('the accessibility checker itself', () => {
  it('finds a serious violation inside an open shadow root', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await page.evaluate(() => {
      const host = document.createElement('probe-host');
      const button = document.createElement('button');
      host.attachShadow({ mode: 'open' }).append(button);
      document.body.append(host);
    });
    const found = blocking(await axeViolations(page, 'probe-host'));
    expect(found.map((v) => v.id)).toContain('button-name');
  });
});

describe('accessibility of the in-page hint, in Chromium', () => {
  it.each(schemes)(
    'has no serious or critical axe violations (%s), collapsed, expanded and shortlisted',
    async (scheme) => {
      launched = await launch(routes);
      const page = await launched.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ADA);
      await readyHint(page);
      expect(blocking(await axeViolations(page, 'mentorlens-hint'))).toEqual([]);
      await hint(page).getByRole('button', { name: 'Why this score?' }).click();
      await expect
        .poll(() => hint(page).getByRole('heading', { name: 'All reasons' }).count())
        .toBe(1);
      expect(blocking(await axeViolations(page, 'mentorlens-hint'))).toEqual([]);
      await hint(page).getByRole('button', { name: 'Shortlist' }).click();
      await expect.poll(() => hint(page).getByText('Status: saved').count()).toBe(1);
      expect(blocking(await axeViolations(page, 'mentorlens-hint'))).toEqual([]);
    },
  );

  it('is reached by Tab, shortlists with Enter, and shows where focus is', async () => {
    launched = await launch(routes);
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await readyHint(page);
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 100 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const host = document.activeElement;
        return (
          host?.tagName === 'MENTORLENS-HINT' &&
          host.shadowRoot?.activeElement?.textContent === 'Shortlist'
        );
      });
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const button = document.activeElement?.shadowRoot?.activeElement as HTMLElement;
      const style = getComputedStyle(button);
      return {
        matches: button.matches(':focus-visible'),
        style: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    expect(outline.matches).toBe(true);
    expect(outline.style).not.toBe('none');
    expect(Number.parseFloat(outline.width)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => hint(page).getByText('Status: saved').count()).toBe(1);
    // after saving, focus stays in the hint so a keyboard user isn't thrown to the top of the page
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MENTORLENS-HINT');
    const { missed } = await keyboardReach(page, 150, 'mentorlens-hint');
    expect(missed).toEqual([]);
  });
});

describe('accessibility of the extension pages, in Chromium', () => {
  it.each(schemes)(
    'popup (%s): no serious or critical violations, every control reachable by keyboard with visible focus, draft form included',
    async (scheme) => {
      launched = await launch(routes);
      const tab = await launched.context.newPage();
      await tab.emulateMedia({ colorScheme: scheme });
      await shortlist(tab, PRIYA);
      await tab.goto(ADA);
      await readyHint(tab);
      const popup = await openPopupFor(launched, tab);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => popup.getByRole('heading', { name: 'Ada Okafor' }).count()).toBe(1);
      await expect.poll(() => popup.getByText(/1 person on your shortlist/).count()).toBe(1);
      expect(blocking(await axeViolations(popup))).toEqual([]);
      expect(await keyboardReach(popup)).toEqual({ missed: [], withoutVisibleFocus: [] });

      // the draft form, in the popup of a shortlisted person
      await tab.goto(PRIYA);
      await readyHint(tab);
      await tab.bringToFront();
      await popup.reload();
      await popup.getByRole('button', { name: 'Draft message' }).click();
      await expect
        .poll(() => popup.getByRole('form', { name: /Draft message to/ }).count())
        .toBe(1);
      expect(blocking(await axeViolations(popup))).toEqual([]);
      expect(await keyboardReach(popup, 300)).toEqual({ missed: [], withoutVisibleFocus: [] });
    },
  );

  const views: Array<[string, string, (page: Page) => Promise<unknown>]> = [
    ['table', '', (page) => page.getByRole('row', { name: /Ada Okafor/ }).waitFor()],
    ['board', '#/board', (page) => page.getByText('Ada Okafor').first().waitFor()],
    [
      'person page',
      `#/person/${encodeURIComponent('github:ada-okafor')}`,
      (page) => page.getByRole('heading', { name: 'Ada Okafor' }).first().waitFor(),
    ],
    [
      'draft form',
      `#/person/${encodeURIComponent('github:ada-okafor')}`,
      async (page) => {
        await page.getByRole('button', { name: 'Draft message' }).first().click();
        await page.getByRole('form', { name: /Draft message to/ }).waitFor();
      },
    ],
    ['due list', '#/due', (page) => page.getByRole('heading').nth(1).waitFor()],
    ['insights', '#/insights', (page) => page.getByRole('heading').nth(1).waitFor()],
    ['data', '#/data', (page) => page.getByRole('button', { name: /Export everything/ }).waitFor()],
  ];

  it.each(views)(
    'dashboard %s: no serious or critical violations (light and dark), every control reachable by keyboard with visible focus',
    async (_view, hash, ready) => {
      launched = await launch(routes);
      const tab = await launched.context.newPage();
      await shortlist(tab, ADA);
      await shortlist(tab, PRIYA);
      const dashboard = await launched.context.newPage();
      await dashboard.goto(extensionPage(launched, `dashboard.html${hash}`));
      await ready(dashboard);
      for (const scheme of schemes) {
        await dashboard.emulateMedia({ colorScheme: scheme });
        expect(blocking(await axeViolations(dashboard)), scheme).toEqual([]);
      }
      expect(await keyboardReach(dashboard, 300)).toEqual({ missed: [], withoutVisibleFocus: [] });
    },
  );

  it.each(schemes)(
    'options (%s): no serious or critical violations, every control reachable by keyboard with visible focus',
    async (scheme) => {
      launched = await launch(routes);
      const options = await launched.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(extensionPage(launched, 'options.html'));
      await expect.poll(() => options.getByRole('heading', { name: 'Your goals' }).count()).toBe(1);
      await expect.poll(() => options.getByRole('button').count()).toBeGreaterThan(0);
      expect(blocking(await axeViolations(options))).toEqual([]);
      expect(await keyboardReach(options, 300)).toEqual({ missed: [], withoutVisibleFocus: [] });
    },
  );
});
