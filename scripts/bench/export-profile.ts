// where a 10,000-person export spends its time, from a Chromium trace:
//   MENTORLENS_SOURCEMAP=1 npx wxt build && npx tsx scripts/bench/export-profile.ts [runs] [build dir]
// seeds the bench's 10,000 people and 50,000 events, then traces the dashboard's export (the
// service worker reads and writes the parts, the dashboard joins them into the file) and prints,
// per thread, the time by function: self, then including callees (extension code only)
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from './chromium';
import { exportSample, hooks, seed10k } from './dashboard';
import { addThreadSample, topRows } from './print-profile';
import { frameNamer } from './source-map';
import { median, round } from './stats';
import { cpuSamples, startTrace } from './trace';

const runs = Number(process.argv[2] ?? 3);
const dir = resolve(process.argv[3] ?? '.output/chrome-mv3');
const place = frameNamer(dir);

const CATEGORIES = ['__metadata', 'toplevel', 'disabled-by-default-v8.cpu_profiler'].join(',');

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const took: number[] = [];

const browser = await launchBrowser(new Map(), dir);
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  if (!(await hooks(page))) throw new Error('no bench hooks in this build');
  await seed10k(page);
  // the first export warms the worker and the caches, as for the bench's figure
  await exportSample(page);
  const cdp = await browser.context.newCDPSession(page);
  for (let run = 0; run < runs; run++) {
    const trace = await startTrace(cdp, CATEGORIES);
    const { ms } = await exportSample(page);
    const events = await trace.stop();
    took.push(ms);
    const names = new Map<string, string>();
    for (const e of events)
      if (e.ph === 'M' && e.name === 'thread_name')
        names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    const samples = cpuSamples(events, {
      keep: (stack) => stack[0]?.functionName !== '(idle)',
      capMs: 50,
    });
    for (const s of samples)
      addThreadSample(s, names.get(s.thread) ?? s.thread, place, self, inclusive);
  }
  await cdp.detach();
} finally {
  await browser.close();
}

console.log(
  `export of 10,000 people, traced: ${took.map(round).join(', ')} ms (median ${round(median(took) ?? 0)}; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')})`,
);
console.log(`\nself time, per export\n${topRows(self, 30, runs, 7)}`);
console.log(`\nincluding callees (extension code), per export\n${topRows(inclusive, 40, runs, 7)}`);
