import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// seed.ts alone: export-format.ts would bring the settings' storage, which needs a browser
import { seedData } from '@/scripts/bench/seed';
import { extensionPage, type Launched, launch } from './support/extension';

// a shortlist big enough to take a while: imported through the file chooser, exported through
// the download, with the progress bar of each seen by the page's own DOM

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

const PEOPLE = 5_000;

function exportFile(): string {
  const now = new Date('2026-03-01T00:00:00Z');
  const { people, events, meetings } = seedData({
    people: PEOPLE,
    events: PEOPLE * 4,
    seed: 11,
    now,
  });
  const path = join(
    mkdtempSync(join(tmpdir(), 'mentorlens-portability-')),
    'mentorlens-export-2026-03-01.json',
  );
  writeFileSync(
    path,
    JSON.stringify({
      format: 'mentorlens-export',
      version: 2,
      exportedAt: now.toISOString(),
      people,
      events,
      meetings,
      reminders: [],
      settings: {},
      damaged: [],
    }),
  );
  return path;
}

type Seen = { label: string; status: string; value: string | null; max: string | null };

describe('import and export of a big shortlist, with progress', () => {
  it(`${PEOPLE.toLocaleString('en')} people in through the file chooser and out through the download, a labelled progress bar each way`, async () => {
    const path = exportFile();
    launched = await launch({});
    const page = await launched.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(extensionPage(launched, 'dashboard.html#/data'));
    await page.getByRole('button', { name: 'Export everything (JSON)' }).waitFor();
    // every state of the progress bar the page shows, however briefly
    await page.evaluate(() => {
      const seen: Seen[] = [];
      Object.assign(window, { __progress: seen });
      const record = () => {
        for (const box of document.querySelectorAll('.transfer-progress')) {
          const bar = box.querySelector('progress');
          const label = bar?.labels?.[0]?.textContent ?? '';
          const status = box.querySelector('[role="status"]')?.textContent ?? '';
          const last = seen.at(-1);
          if (last?.label !== label || last.status !== status)
            seen.push({
              label,
              status,
              value: bar?.getAttribute('value') ?? null,
              max: bar?.getAttribute('max') ?? null,
            });
        }
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const seen = () =>
      page.evaluate(() => (window as unknown as { __progress: Seen[] }).__progress);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel('Choose a MentorLens export to import').click(),
    ]);
    await chooser.setFiles(path);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect
      .poll(() => preview.textContent(), { timeout: 120_000 })
      .toContain('5,000 new people');
    await preview.getByRole('button', { name: 'Confirm import' }).click();
    await expect
      .poll(
        () => page.getByText(/Imported mentorlens-export-2026-03-01\.json: 5,000 new/).count(),
        {
          timeout: 120_000,
        },
      )
      .toBe(1);
    const imported = await seen();
    expect(imported.map((s) => s.label)).toEqual(expect.arrayContaining(['Saving the import']));
    expect(
      imported.some((s) => s.label === 'Sending the file' || s.label === 'Checking the file'),
    ).toBe(true);
    // the write reports how far it is, out of every record it writes
    expect(imported.some((s) => s.label === 'Saving the import' && /: \d+%$/.test(s.status))).toBe(
      true,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentorlens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.people).toHaveLength(PEOPLE);
    const original = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.events).toHaveLength(original.events.length);
    expect(exported.people.map((p: { id: string }) => p.id).sort()).toEqual(
      original.people.map((p: { id: string }) => p.id).sort(),
    );
    await expect.poll(() => page.getByText(/Exported 5,000 people/).count()).toBe(1);
    const exportedSteps = (await seen()).filter((s) => s.label === 'Exporting');
    expect(exportedSteps.length).toBeGreaterThan(0);
    expect(exportedSteps.some((s) => s.max !== null && /: \d+%$/.test(s.status))).toBe(true);
    // gone once done
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);
});
