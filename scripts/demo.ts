// npm run demo: builds (see package.json), then shows MentorLens on our own sample profiles and saves screenshots
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, routeKey } from './bench/chromium';
import { ownFixture } from './bench/pages';
import { ADA, DRAFT_FOR, PRIYA, sampleMentee, samplePeople } from './demo/people';
import { shots } from './demo/shots';
import { storeAssets } from './demo/store';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`no build in ${extensionDir}: run "npm run demo", which builds first`);
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY) && process.env.MENTORLENS_DEMO_HEADLESS !== '1';
const routes = new Map(
  samplePeople.map((person) => [routeKey(person.url), ownFixture(root, person.fixture)]),
);
const browser = await launchBrowser(routes, extensionDir, { headed });
const camera = shots(join(root, 'docs/screenshots'));
const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const hint = (page: Page) =>
  page.locator('mentorlens-hint').getByRole('region', { name: /^Mentor fit/ });
const step = (text: string) => console.log(`- ${text}`);

async function readyHint(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('mentorlens-hint')?.shadowRoot?.querySelector('.score'),
    null,
    {
      timeout: 20_000,
    },
  );
}

try {
  step(`sample mentee profile for ${sampleMentee.name}`);
  const options = await browser.context.newPage();
  await options.goto(extensionPage('options.html'));
  await options.getByLabel('Your name').fill(sampleMentee.name);
  await options.getByLabel('Target roles').fill(sampleMentee.targetRoles);
  await options.getByRole('textbox', { name: 'Location', exact: true }).fill(sampleMentee.location);
  await options.getByRole('button', { name: 'Save goals' }).click();
  await options.getByText(/^Saved\./).waitFor({ timeout: 10_000 });

  const tab = await browser.context.newPage();
  for (const person of samplePeople) {
    step(`${person.url}${person.status ? ' (shortlisted)' : ''}`);
    await tab.goto(person.url);
    await readyHint(tab);
    if (person.status) {
      await hint(tab).getByRole('button', { name: 'Shortlist' }).click();
      await hint(tab)
        .getByText(/^Status: /)
        .waitFor({ timeout: 10_000 });
    }
  }

  step('statuses moved along in the dashboard');
  const dashboard = await browser.context.newPage();
  await dashboard.goto(extensionPage('dashboard.html'));
  for (const person of samplePeople) {
    if (!person.status || person.status === 'saved') continue;
    const row = dashboard
      .getByRole('row')
      .filter({ has: dashboard.getByRole('combobox', { name: 'Status' }) });
    const name = person.url === ADA ? 'Ada Okafor' : person.url === PRIYA ? 'Priya Raman' : '';
    const select = row.filter({ hasText: name }).getByRole('combobox', { name: 'Status' });
    // the pipeline moves one step at a time: saved → contacted → replied
    for (const next of ['contacted', 'replied'] as const) {
      await select.selectOption(next);
      await dashboard.waitForFunction(
        ([who, value]) =>
          [...document.querySelectorAll('tr')].some(
            (tr) =>
              tr.textContent?.includes(who as string) &&
              tr.querySelector('select')?.value === value,
          ),
        [name, next],
        { timeout: 10_000 },
      );
      if (next === person.status) break;
    }
  }
  await camera.viewport(dashboard, 'dashboard');

  step('the hint on GitHub and LinkedIn');
  await tab.goto(ADA);
  await readyHint(tab);
  await camera.viewport(tab, 'hint-github');
  await hint(tab).getByRole('button', { name: 'Why this score?' }).click();
  await camera.around(tab, tab.locator('mentorlens-hint'), 'hint', 16);
  await tab.goto(PRIYA);
  await readyHint(tab);
  await camera.viewport(tab, 'hint-linkedin');

  step('the popup on Ada Okafor\u2019s profile');
  await tab.goto(ADA);
  await readyHint(tab);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(extensionPage('popup.html'));
  await tab.bringToFront();
  await popup.reload();
  await popup.getByRole('heading', { name: 'Ada Okafor' }).waitFor({ timeout: 10_000 });
  await camera.viewport(popup, 'popup');

  step('board, person page and draft form');
  await dashboard.goto(extensionPage('dashboard.html#/board'));
  await dashboard.getByText('Ada Okafor').first().waitFor({ timeout: 10_000 });
  await camera.viewport(dashboard, 'board');
  await dashboard.goto(
    extensionPage(`dashboard.html#/person/${encodeURIComponent('github:ada-okafor')}`),
  );
  await dashboard.getByRole('heading', { name: 'Ada Okafor' }).first().waitFor({ timeout: 10_000 });
  await camera.viewport(dashboard, 'person');
  // a first approach: someone still at "saved", on LinkedIn
  await dashboard.goto(extensionPage(`dashboard.html#/person/${encodeURIComponent(DRAFT_FOR)}`));
  await dashboard.getByRole('button', { name: 'Draft message' }).first().click();
  const form = dashboard.getByRole('form', { name: /Draft message to/ });
  await form.waitFor({ timeout: 10_000 });
  await form.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });
  await camera.viewport(dashboard, 'draft');

  step('your goals, as saved');
  await options.reload();
  await options.getByLabel('Your name').waitFor({ timeout: 10_000 });
  await camera.viewport(options, 'options');

  console.log(`\nsaved ${camera.saved.length} screenshots:`);
  for (const file of camera.saved) console.log(`  ${relative(root, file)}`);
  console.log('\nstore listing images in docs/store/:');
  await storeAssets(browser.context, root, camera.saved);
  if (headed) {
    console.log('\nThe browser stays open on the sample profiles: close its window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
}
