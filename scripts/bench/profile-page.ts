// where our content script's main-thread time goes on one real page, by source function:
//   MENTORLENS_SOURCEMAP=1 npx wxt build && npx tsx scripts/bench/profile-page.ts <page file part> [runs] [build dir]
// e.g. `... profile-page.ts loggedin-2024-sri 3`; `list` profiles the bench's 25-card list page,
// `start` the same page at an address that lists no one (the content script's fixed start).
// Without source maps it prints minified positions.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser, routeKey } from './chromium';
import { LIST_URL, listPage, START_URL } from './list-pages';
import { realProfilePages } from './pages';
import { round } from './stats';
import { isOurs, ownSamples, type ProfileSample, startTrace } from './trace';

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
const maps = new Map<string, SourceMapConsumer | null>();
function mapOf(script: string): SourceMapConsumer | null {
  if (!maps.has(script)) {
    // the routers and readers sit at the build's root; older builds had content-scripts/
    const inside = /-(?:reader|router)\.js$/.test(script) ? dir : join(dir, 'content-scripts');
    const file = join(inside, `${script}.map`);
    maps.set(
      script,
      existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null,
    );
  }
  return maps.get(script) ?? null;
}
/** "source.ts:line name" for a frame in one of our scripts */
function place(frame: ProfileSample['stack'][number]): string {
  const script = (frame.url ?? '').split('/').pop() ?? '';
  const original = mapOf(script)?.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  });
  if (!original?.source)
    return `${script}:${frame.lineNumber}:${frame.columnNumber} ${frame.functionName}`;
  const source = original.source.replace(/^.*?\/(utils|entrypoints|node_modules)\//, '$1/');
  return `${source}:${original.line} ${original.name ?? frame.functionName}`;
}

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
      const ours = sample.stack.filter((frame) => isOurs(frame.url ?? ''));
      const top = sample.stack[0];
      if (!top) continue;
      const leaf = top.url ? place(ours[0] ?? top) : `(native) ${top.functionName}`;
      self.set(leaf, (self.get(leaf) ?? 0) + sample.ms);
      for (const name of new Set(ours.map(place)))
        inclusive.set(name, (inclusive.get(name) ?? 0) + sample.ms);
    }
    await cdp.detach();
    await tab.close();
  }
} finally {
  await browser.close();
}
const top = (table: Map<string, number>, count: number) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `  ${round(ms / runs)
          .toString()
          .padStart(6)} ms  ${name}`,
    )
    .join('\n');
console.log(
  `${page.file}: ${round(total / runs)} ms of ours per load (${runs} loads, load average ${round(loadavg()[0] ?? 0)})`,
);
console.log(`\nself time\n${top(self, 20)}\n\nincluding callees\n${top(inclusive, 30)}`);
