import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Browser } from './chromium';
import type { Figures } from './report';
import { median, round } from './stats';

interface BenchHooks {
  seed(options: {
    people: number;
    events: number;
    seed?: number;
  }): Promise<{ people: number; events: number }>;
  clear(): Promise<unknown>;
  exportJson(): Promise<{ ms: number; bytes: number; json: string }>;
  importJson(text: string): Promise<{ ms: number; people: number }>;
}
type BenchWindow = { mentorlensBench?: BenchHooks; __exported?: string; __keystrokes?: number[] };

const root = join(import.meta.dirname, '../..');

const bundled = new Map<string, Promise<string>>();

/** the bench hooks as one script of their own (from the project at `from`): the built extension doesn't carry them */
function benchBundle(from = root): Promise<string> {
  const made = bundled.get(from) ?? bundleHooks(from);
  bundled.set(from, made);
  return made;
}

async function bundleHooks(from: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { exposeBench } from './scripts/bench/dashboard-hooks'; exposeBench();",
      resolveDir: from,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    tsconfig: join(from, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
    // evaluated from devtools, zod would find eval allowed, then fail under the page's CSP when
    // the page calls it: no compiled parsers, decided before any schema is made
    banner: {
      js: 'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });',
    },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('the bench hooks did not bundle');
  return file.text;
}

/** puts the hooks into this dashboard page (devtools evaluation: the page's own CSP doesn't apply) */
export async function hooks(page: Page, from = root): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: await benchBundle(from),
    });
    if (exceptionDetails) throw new Error(`the bench hooks failed: ${exceptionDetails.text}`);
  } finally {
    await cdp.detach();
  }
  return page.evaluate(
    () => typeof (window as unknown as BenchWindow).mentorlensBench === 'object',
  );
}

/** ms from navigation start to the dashboard's own "first render with the shortlist" mark */
export async function firstRender(page: Page): Promise<number> {
  await page.reload();
  await page.waitForFunction(
    () => performance.getEntriesByName('mentorlens:first-render').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(
    () => performance.getEntriesByName('mentorlens:first-render')[0]?.startTime ?? 0,
  );
}

/** each keystroke in the search box, from keydown to the first frame after the filtered results are committed */
async function filterKeystrokes(page: Page, text: string): Promise<number[]> {
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.waitFor({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__keystrokes = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const before = performance.getEntriesByName('mentorlens:filter').length;
        const frame = () =>
          requestAnimationFrame(() => {
            if (performance.getEntriesByName('mentorlens:filter').length > before)
              w.__keystrokes?.push(performance.now() - event.timeStamp);
            else frame();
          });
        frame();
      },
      true,
    );
  });
  await search.click();
  for (const key of [...text.split(''), ...text.split('').map(() => 'Backspace')]) {
    const done = await page.evaluate(
      () => (window as unknown as BenchWindow).__keystrokes?.length ?? 0,
    );
    await page.keyboard.press(key);
    await page.waitForFunction(
      (n) => ((window as unknown as BenchWindow).__keystrokes?.length ?? 0) > n,
      done,
      {
        timeout: 30_000,
      },
    );
  }
  return page.evaluate(() => (window as unknown as BenchWindow).__keystrokes ?? []);
}

/** an empty shortlist, then 10,000 invented people and 50,000 events, written straight to IndexedDB */
export function seed10k(page: Page): Promise<{ people: number; events: number }> {
  return page.evaluate(async () => {
    const bench = (window as unknown as BenchWindow).mentorlensBench as BenchHooks;
    await bench.clear();
    return bench.seed({ people: 10_000, events: 50_000, seed: 1 });
  });
}

/** one export through the dashboard's own path; the file is kept in the page for the import */
export function exportSample(page: Page): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const file = await (w.mentorlensBench as BenchHooks).exportJson();
    w.__exported = file.json;
    return { ms: file.ms, bytes: file.bytes };
  });
}

/** one restore: the last export into an emptied database; its ms */
export async function importSample(page: Page, people: number): Promise<number> {
  const result = await page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const bench = w.mentorlensBench as BenchHooks;
    await bench.clear();
    return bench.importJson(w.__exported ?? '');
  });
  if (result.people !== people)
    throw new Error(`import restored ${result.people} of ${people} people`);
  return result.ms;
}

/** the dashboard with 10,000 invented people and 50,000 events: first render, filtering, export and import */
export async function dashboardFigures(browser: Browser, runs: number): Promise<Figures> {
  const missing: Figures = {
    dashboardFirstRenderMs10k: null,
    dashboardFilterMs10k: null,
    exportMs10k: null,
    importMs10k: null,
  };
  if (!browser.extensionId) return missing;
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    // the tracker's seeding hooks are what these figures measure; without them the figures are missing
    if (!(await hooks(page))) return missing;
    const seeded = await seed10k(page);
    const renders: number[] = [];
    for (let run = 0; run < runs; run++) renders.push(await firstRender(page));
    const keystrokes = await filterKeystrokes(page, 'ada o');
    // the reloads above dropped the hooks
    if (!(await hooks(page))) return missing;
    const exports: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const result = await exportSample(page);
      exports.push(result.ms);
      bytes = result.bytes;
    }
    const imports: number[] = [];
    for (let run = 0; run < Math.min(runs, 2); run++)
      imports.push(await importSample(page, seeded.people));
    return {
      dashboardFirstRenderMs10k: round(median(renders) ?? 0),
      dashboardFilterMs10k: round(median(keystrokes) ?? 0),
      dashboardFilterMsWorst10k: round(Math.max(...keystrokes)),
      exportMs10k: round(median(exports) ?? 0),
      exportKB10k: round(bytes / 1024),
      importMs10k: round(median(imports) ?? 0),
      seededPeople: seeded.people,
      seededEvents: seeded.events,
    };
  } finally {
    await page.close();
  }
}
