// cold cost of reading a page's list cards in Chromium (no extension): the list readers bundled alone
// from one or more source trees, each run once in a fresh tab (cold, as the reader runs on each page
// load) and once more (warm), trees alternated tab by tab. Minimum and median of the runs.
//   npx tsx scripts/bench/list-read-cold.ts <runs> [--tree <dir>]... [page part ...]
//   (no --tree: this tree). PROFILE=1: a CPU profile of the first tree's cold reads, by source function
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser, routeKey } from './chromium';
import { LIST_URL, listPage } from './list-pages';
import { addTime, topRows } from './print-profile';
import { mappedName, shortSource } from './source-map';
import { median, round } from './stats';

const args = process.argv.slice(2);
const runs = Number(args.shift() ?? 5);
const trees: string[] = [];
const parts: string[] = [];
for (let at = 0; at < args.length; at++) {
  if (args[at] === '--tree') trees.push(resolve(args[++at] ?? '.'));
  else parts.push(args[at] ?? '');
}
const root = resolve(import.meta.dirname, '../..');
if (trees.length === 0) trees.push(root);
const real = resolve(root, '../shared/fixtures/real');

interface Page {
  name: string;
  url: string;
  html: string;
}
const ownFixture = (file: string, url: string): Page => ({
  name: `own/${file}`,
  url,
  html: readFileSync(join(root, 'tests/fixtures', file), 'utf8'),
});
const pages: Page[] = [
  { name: 'bench-25', url: LIST_URL, html: listPage(root, 25) },
  ownFixture('linkedin-lists/search.html', 'https://www.linkedin.com/search/results/people/?k=ml'),
  ownFixture(
    'linkedin-lists/follows.html',
    'https://www.linkedin.com/mynetwork/network-manager/people-follow/following/',
  ),
  ownFixture('linkedin-lists/profile-sidebars.html', 'https://www.linkedin.com/in/gus-viewed/'),
  ownFixture('github-lists/followers.html', 'https://github.com/olga-owner?tab=followers'),
  ownFixture('github-lists/stargazers.html', 'https://github.com/example-org/tiny-llm/stargazers'),
  ownFixture(
    'github-lists/contributors.html',
    'https://github.com/ram-owner/fastgrad/graphs/contributors',
  ),
  ownFixture('github-lists/user-search.html', 'https://github.com/search?q=x&type=users'),
];
if (existsSync(join(real, 'INDEX.tsv'))) {
  const rows = readFileSync(join(real, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const row of rows) {
    const [file = '', url = ''] = row.split('\t');
    const wanted = /lists\//.test(file) || /^linkedin\/(?:loggedin|guest)-.*\.html$/.test(file);
    if (!wanted || !url.startsWith('http') || file.includes('/details-')) continue;
    pages.push({ name: file, url, html: readFileSync(join(real, file), 'utf8') });
  }
}
const chosen = parts.length
  ? pages.filter((p) => parts.some((part) => p.name.includes(part)))
  : pages;

const entry = `
  import { linkedinLists } from '@/utils/lists/linkedin/site';
  import { githubLists } from '@/utils/lists/github/site';
  import { newMemo } from '@/utils/lists/types';
  globalThis.__read = () => {
    const url = new URL(location.href);
    const site = url.hostname === 'github.com' ? githubLists : linkedinLists;
    const kind = site.detect(url);
    if (!kind) return { ms: 0, count: -1, who: '' };
    const t0 = performance.now();
    const entries = site.read(document, url, kind, newMemo());
    const ms = performance.now() - t0;
    return { ms, count: entries.length, who: JSON.stringify(entries.map((e) => e.person)) };
  };`;

async function bundle(tree: string, name: string) {
  const out = await build({
    stdin: { contents: entry, resolveDir: tree, loader: 'ts' },
    bundle: true,
    // profiled: lines kept, so the profile's ticks per line map to source lines
    minify: process.env.PROFILE !== '1',
    format: 'iife',
    write: false,
    alias: { '@': tree },
    sourcemap: 'external',
    outfile: join(tree, `.output/${name}`),
  });
  const code = `${out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? ''}\n//# sourceURL=${name}`;
  const map = new SourceMapConsumer(
    JSON.parse(out.outputFiles.find((f) => f.path.endsWith('.map'))?.text ?? '{}'),
  );
  return { code, map, name };
}
const bundles = await Promise.all(trees.map((tree, i) => bundle(tree, `bench-read-${i}.js`)));

const profile = process.env.PROFILE === '1';
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const lineTicks = new Map<string, number>();
interface Node {
  id: number;
  positionTicks?: { line: number; ticks: number }[];
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
function where(frame: Node['callFrame']): string {
  const map = bundles.find((b) => b.name === frame.url)?.map;
  if (!map) return `(native) ${frame.functionName}`;
  return mappedName(map, frame) ?? frame.functionName;
}
function addProfile(nodes: Node[], samples: number[], deltas: number[]) {
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const bundle = bundles[0];
  for (const n of nodes)
    for (const t of n.positionTicks ?? []) {
      if (n.callFrame.url !== bundle?.name) continue;
      const o = bundle.map.originalPositionFor({
        line: t.line,
        column: 0,
        bias: SourceMapConsumer.LEAST_UPPER_BOUND,
      });
      addTime(lineTicks, `${o.source ? shortSource(o.source) : undefined}:${o.line}`, t.ticks);
    }
  for (const [i, id] of samples.entries()) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n) stack.push(where(n.callFrame));
    }
    if (!stack.some((s) => s.startsWith('utils/'))) continue;
    const leaf = stack[0] ?? '';
    addTime(self, leaf, ms);
    for (const s of new Set(stack)) addTime(inclusive, s, ms);
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
/** the thread (CPU) time of the longest task on a renderer main thread: the read, without the machine's other load */
function taskCpuMs(events: TraceEvent[]): number {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // the longest task by the clock is the read; its thread time leaves out the waits for a core
  let longest: TraceEvent | null = null;
  for (const e of events)
    if (
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      main.has(`${e.pid}:${e.tid}`) &&
      (e.dur ?? 0) > (longest?.dur ?? -1)
    )
      longest = e;
  return (longest?.tdur ?? 0) / 1000;
}
const stat = (values: number[]) =>
  `min ${round(Math.min(...values))} med ${round(median(values) ?? 0)}`;
// one browser per page: two search pages share an address
for (const page of chosen) {
  const browser = await launchBrowser(new Map([[routeKey(page.url), page.html]]), null);
  const cold = bundles.map(() => [] as number[]);
  const warm = bundles.map(() => [] as number[]);
  const cpu = bundles.map(() => [] as number[]);
  const found = bundles.map(() => '');
  try {
    for (let run = 0; run < runs; run++) {
      for (const [at, { code }] of bundles.entries()) {
        const tab = await browser.context.newPage();
        await tab.goto(page.url, { waitUntil: 'load' });
        await tab.evaluate(code);
        const cdp = profile && at === 0 ? await browser.context.newCDPSession(tab) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
        }
        const tracing = profile ? null : await browser.context.newCDPSession(tab);
        const events: TraceEvent[] = [];
        if (tracing) {
          tracing.on('Tracing.dataCollected', ({ value }) =>
            events.push(...(value as unknown as TraceEvent[])),
          );
          await tracing.send('Tracing.start', {
            categories: '__metadata,toplevel',
            transferMode: 'ReportEvents',
          });
        }
        const first = await tab.evaluate(() =>
          (
            globalThis as unknown as { __read(): { ms: number; count: number; who: string } }
          ).__read(),
        );
        if (tracing) {
          const done = new Promise<void>((r) => tracing.once('Tracing.tracingComplete', () => r()));
          await tracing.send('Tracing.end');
          await done;
          await tracing.detach();
          cpu[at]?.push(taskCpuMs(events));
        }
        if (cdp) {
          const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
            profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
          };
          addProfile(p.nodes, p.samples, p.timeDeltas);
          await cdp.detach();
        }
        const second = await tab.evaluate(() =>
          (
            globalThis as unknown as { __read(): { ms: number; count: number; who: string } }
          ).__read(),
        );
        cold[at]?.push(first.ms);
        warm[at]?.push(second.ms);
        found[at] = first.who;
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const [at] of bundles.entries()) {
    const people = JSON.parse(found[at] || '[]') as unknown[];
    const same = at === 0 || found[at] === found[0] ? '' : '  ** people differ from tree 0 **';
    console.log(
      `${page.name.padEnd(52)} [${at}] ${String(people.length).padStart(3)} people  cold ${stat(cold[at] ?? [])}  cold cpu ${stat(cpu[at] ?? [])}  warm ${stat(warm[at] ?? [])}${same}`,
    );
    if (same && process.env.WHO) console.log(found[0], '\n', found[at]);
  }
}
if (profile) {
  const top = (t: Map<string, number>, count: number) => topRows(t, count, runs * chosen.length);
  console.log(`\nper cold read, self\n${top(self, 30)}\n\ninclusive\n${top(inclusive, 30)}`);
  const perTick =
    [...self.values()].reduce((a, b) => a + b, 0) /
    [...lineTicks.values()].reduce((a, b) => a + b, 1);
  const lines = new Map([...lineTicks].map(([k, v]) => [k, v * perTick]));
  console.log(`\nself time by source line\n${top(lines, 40)}`);
}
