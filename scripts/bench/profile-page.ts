// where our content script's main-thread time goes on one real page, by source function:
//   MENTORLENS_SOURCEMAP=1 npx wxt build && npx tsx scripts/bench/profile-page.ts <page file part> [runs] [build dir]
// e.g. `... profile-page.ts loggedin-2024-sri 3`; `list` profiles the bench's 25-card list page,
// `start` the same page at an address that lists no one (the content script's fixed start).
// Without source maps it prints minified positions. TOPN=<n> prints n rows of "including callees" (30).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser, routeKey } from './chromium';
import { LIST_URL, listPage, START_URL } from './list-pages';
import { realProfilePages } from './pages';
import { addOwnSample, topRows } from './print-profile';
import { frameNamer } from './source-map';
import { round } from './stats';
import { ownSamples, startTrace } from './trace';

const [part = '', runsArg, dirArg] = process.argv.slice(2);
const dir = resolve(dirArg ?? '.output/chrome-mv3');
const page =
  part === 'list' || part === 'start'
    ? {
        file: part === 'list' ? 'list page, 25 cards' : 'a page that is no list or profile',
        url: part === 'list' ? LIST_URL : START_URL,
        html: listPage(resolve('.'), 25),
      }
    : realProfilePages().find((candidate) => candidate.file.includes(part));
if (!part || !page) {
  console.error('usage: profile-page.ts <part of a real page file name> [runs] [build dir]');
  process.exit(2);
}
const place = frameNamer(dir);

const runs = Number(runsArg ?? 3);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
const browser = await launchBrowser(new Map([[routeKey(page.url), page.html]]), dir);
try {
  for (let run = 0; run < runs; run++) {
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    const trace = await startTrace(cdp);
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(1_500);
    for (const sample of ownSamples(await trace.stop())) {
      total += sample.ms;
      addOwnSample(sample, place, self, inclusive);
    }
    await cdp.detach();
    await tab.close();
  }
} finally {
  await browser.close();
}
const top = (table: Map<string, number>, count: number) => topRows(table, count, runs);
console.log(
  `${page.file}: ${round(total / runs)} ms of ours per load (${runs} loads, load average ${round(loadavg()[0] ?? 0)})`,
);
console.log(
  `\nself time\n${top(self, 20)}\n\nincluding callees\n${top(inclusive, Number(process.env.TOPN ?? 30))}`,
);
