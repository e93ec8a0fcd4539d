// the list-page figures alone: tsx scripts/bench/list-bench.ts [runs] [extension dir] (after `npx wxt build`)
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './chromium';
import { listPageFigures, listRoutes } from './list-pages';
import { round } from './stats';

const root = resolve(import.meta.dirname, '../..');
const routes = listRoutes(root);
const dir = process.argv[3] ? resolve(process.argv[3]) : join(root, '.output/chrome-mv3');
const withExtension = await launchBrowser(routes, dir);
const without = await launchBrowser(routes, null);
try {
  const figures = await listPageFigures(withExtension, without, Number(process.argv[2] ?? 7));
  console.log(
    JSON.stringify({ machineLoadAverage1m: round(loadavg()[0] ?? 0), ...figures }, null, 1),
  );
} finally {
  await withExtension.close();
  await without.close();
}
