// where our main-thread time goes on the bench's list page, by phase (load, scroll) and source function:
//   MENTORLENS_SOURCEMAP=1 npx wxt build -m profile && npx tsx scripts/bench/list-profile.ts [runs] [build dir] [page]
// page: `list` (the 25-card invented search page, default) or part of a real list page's file name
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, routeKey } from './chromium';
import { LIST_URL, listPage, scrollTen } from './list-pages';
import { addOwnSample, addTime, topRows } from './print-profile';
import { frameNamer } from './source-map';
import { round } from './stats';
import { ownSamples, type ProfileSample, startTrace } from './trace';

const [runsArg, dirArg, pageArg = 'list'] = process.argv.slice(2);
const dir = resolve(dirArg ?? '.output/chrome-mv3-profile');
const runs = Number(runsArg ?? 3);

function realListPage(part: string): { url: string; html: string } | null {
  const root = resolve('../shared/fixtures/real');
  const index = join(root, 'INDEX.tsv');
  if (!existsSync(index)) return null;
  const rows = readFileSync(index, 'utf8')
    .split('\n')
    .map((row) => row.split('\t'));
  const header = rows[0] ?? [];
  const fileAt = header.indexOf('file');
  const urlAt = header.indexOf('page_url');
  const row = rows.find((r) => (r[fileAt] ?? '').includes(part) && /lists\//.test(r[fileAt] ?? ''));
  if (!row) return null;
  return { url: row[urlAt] ?? '', html: readFileSync(join(root, row[fileAt] ?? ''), 'utf8') };
}
const page =
  pageArg === 'list' ? { url: LIST_URL, html: listPage(resolve('.'), 25) } : realListPage(pageArg);
if (!page) {
  console.error(`no such page: ${pageArg}`);
  process.exit(2);
}

const place = frameNamer(dir);

type Table = {
  self: Map<string, number>;
  inclusive: Map<string, number>;
  total: number;
  parts: Map<string, number>;
};
// what each sample belongs to: the innermost of these our frames runs through
const partOf = (names: string[]): string => {
  const has = (part: string) => names.some((name) => name.includes(part));
  if (has('utils/lists/')) return 'reading the cards (utils/lists)';
  if (has('utils/badges/mount') || has('utils/badges/view') || has('utils/hint/dom'))
    return 'badges into the page (mount, view)';
  if (has('utils/messaging/')) return 'messages (send)';
  if (has('utils/settings/')) return 'settings';
  if (has('utils/badges/')) return 'list controller, other';
  if (has('utils/hint/')) return 'hint controller';
  if (
    names.some(
      (name) =>
        name.startsWith('linkedin.js') ||
        name.startsWith('linkedin-router.js') ||
        name.includes('entrypoints/linkedin.content') ||
        name.includes('entrypoints/linkedin-router') ||
        name.includes('utils/reader/route'),
    )
  )
    return 'router content script';
  return 'reader start, other';
};
const phases: Record<string, Table> = {};
const table = (name: string): Table => {
  phases[name] ??= { self: new Map(), inclusive: new Map(), total: 0, parts: new Map() };
  return phases[name];
};
function add(name: string, samples: ProfileSample[]) {
  const t = table(name);
  for (const sample of samples) {
    t.total += sample.ms;
    const names = addOwnSample(sample, place, t.self, t.inclusive);
    if (names) addTime(t.parts, partOf(names), sample.ms);
  }
}

const browser = await launchBrowser(new Map([[routeKey(page.url), page.html]]), dir);
try {
  for (let run = 0; run < runs; run++) {
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    let trace = await startTrace(cdp);
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(1_500);
    add('load', ownSamples(await trace.stop()));
    trace = await startTrace(cdp);
    await scrollTen(tab);
    await tab.waitForTimeout(1_200);
    add('scroll', ownSamples(await trace.stop()));
    const count = await tab.evaluate(() => document.querySelectorAll('mentorlens-badge').length);
    if (run === 0) console.log(`badges after scroll: ${count}`);
    await cdp.detach();
    await tab.close();
  }
} finally {
  await browser.close();
}
const top = (t: Map<string, number>, count: number) => topRows(t, count, runs);
console.log(`load average ${round(loadavg()[0] ?? 0)}`);
for (const [name, t] of Object.entries(phases))
  console.log(
    `\n== ${name}: ${round(t.total / runs)} ms per run\nby part\n${top(t.parts, 10)}\nself\n${top(t.self, 45)}\ninclusive\n${top(t.inclusive, 35)}`,
  );
