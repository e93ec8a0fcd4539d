// the in-Chromium extraction time and the drift suite's pass rates alone, without the rest of the bench:
// npx tsx scripts/bench/extraction-only.ts [seeds] [runs]
import { loadavg } from 'node:os';
import { ownFixturePages, realFixturePages } from '../../tests/support/mutate';
import { launchBrowser, routeKey } from './chromium';
import { extractionAndDriftFigures } from './extract-chromium';
import { realProfilePages } from './pages';
import { formatTable } from './report';
import { round } from './stats';

const [seeds = 20, runs = 30] = process.argv.slice(2).map(Number);
const load = round(loadavg()[0] ?? 0);
const { figures, failures } = await extractionAndDriftFigures(
  (routes) => launchBrowser(routes, null),
  routeKey,
  realProfilePages(),
  [...realFixturePages(), ...ownFixturePages()],
  { runs, seeds },
);
for (const failure of failures.slice(0, 40)) console.log(`  ${failure}`);
console.log(formatTable({ machineLoadAverage1m: load, ...figures }));
