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

  step('a message to Priya Raman logged, so the Due list has her follow-up');
  await dashboard.goto(
    extensionPage(`dashboard.html#/person/${encodeURIComponent('linkedin:priya-raman-ml')}`),
  );
  const record = dashboard.getByRole('form', { name: 'Record what happened' });
  await record.waitFor({ timeout: 10_000 });
  await record.getByLabel('What happened').selectOption('message');
  await record.getByRole('button', { name: 'Record' }).click();
  await dashboard
    .getByRole('list', { name: 'Timeline' })
    .getByText(/Message/)
    .first()
    .waitFor({
      timeout: 10_000,
    });

  step('two goals, with Ada and Priya helping: the Insights charts have something to show');
  await dashboard.goto(extensionPage('dashboard.html#/insights'));
  for (const title of ['Ship an LLM evaluation project', 'Land an ML engineer role']) {
    await dashboard.getByLabel('New goal').fill(title);
    await dashboard.getByRole('button', { name: 'Add goal' }).click();
    await dashboard.getByText(`Added “${title}”.`).waitFor({ timeout: 10_000 });
  }
  for (const [id, goal] of [
    ['github:ada-okafor', 'Ship an LLM evaluation project'],
    ['linkedin:priya-raman-ml', 'Ship an LLM evaluation project'],
    ['linkedin:priya-raman-ml', 'Land an ML engineer role'],
  ] as const) {
    await dashboard.goto(extensionPage(`dashboard.html#/person/${encodeURIComponent(id)}`));
    await dashboard.getByRole('checkbox', { name: new RegExp(goal) }).check({ timeout: 10_000 });
    await dashboard.getByText(/^All changes saved/).waitFor({ timeout: 10_000 });
  }

  // every surface in light and dark, at 1366×768 (the popup and side panel at their own size)
  const desk = { width: 1366, height: 768 };
  const person = (id: string, open?: string) =>
    extensionPage(`dashboard.html#/person/${encodeURIComponent(id)}${open ? `?open=${open}` : ''}`);
  const settle = (page: Page) => page.waitForTimeout(300);
  for (const scheme of ['light', 'dark'] as const) {
    step(`every surface, ${scheme}`);
    for (const page of [dashboard, options, tab]) {
      await page.setViewportSize(desk);
      await page.emulateMedia({ colorScheme: scheme });
    }
    await dashboard.goto(extensionPage('dashboard.html#/'));
    await dashboard.getByRole('link', { name: 'Ada Okafor' }).waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `table-${scheme}`);

    await dashboard.goto(extensionPage('dashboard.html#/board'));
    await dashboard.getByText('Ada Okafor').first().waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `board-${scheme}`);

    await dashboard.goto(person('github:ada-okafor'));
    await dashboard
      .getByRole('heading', { name: 'Ada Okafor' })
      .first()
      .waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `person-${scheme}`);

    // a first approach: someone still at "saved", on LinkedIn; the editor opens beside the timeline
    await dashboard.goto(person(DRAFT_FOR, 'draft'));
    await dashboard.getByRole('form', { name: /Draft message to/ }).waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `draft-${scheme}`);

    await dashboard.goto(extensionPage('dashboard.html#/due'));
    await dashboard.getByRole('region', { name: 'Due now' }).waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `due-${scheme}`);

    await dashboard.goto(extensionPage('dashboard.html#/insights'));
    await dashboard.getByRole('heading').nth(1).waitFor({ timeout: 10_000 });
    await settle(dashboard);
    await camera.viewport(dashboard, `insights-${scheme}`);

    await options.goto(extensionPage('options.html'));
    await options.getByLabel('Your name').waitFor({ timeout: 10_000 });
    await settle(options);
    await camera.viewport(options, `settings-${scheme}`);

    await tab.goto(ADA);
    await readyHint(tab);
    await camera.viewport(tab, `hint-github-${scheme}`);
    // the next action from the page: the allowed moves and the note field, scrolled into view
    await hint(tab).getByRole('button', { name: 'Add a note' }).click();
    await hint(tab)
      .getByRole('textbox', { name: /^Note about/ })
      .fill('Ask about her eval harness');
    await hint(tab).getByRole('button', { name: 'Save note' }).scrollIntoViewIfNeeded();
    await settle(tab);
    await camera.viewport(tab, `hint-actions-${scheme}`);
    await tab.goto(PRIYA);
    await readyHint(tab);
    await camera.viewport(tab, `hint-linkedin-${scheme}`);

    // the popup reads the active tab: Priya's profile, shortlisted
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(extensionPage('popup.html'));
    await tab.bringToFront();
    await popup.reload();
    await popup.getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 10_000 });
    await settle(popup);
    await camera.viewport(popup, `popup-${scheme}`);
    await popup.close();

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 768 });
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.goto(extensionPage('sidepanel.html'));
    await tab.bringToFront();
    await panel.reload();
    await panel.getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 10_000 });
    await settle(panel);
    await camera.viewport(panel, `sidepanel-${scheme}`);
    await panel.close();
  }

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
