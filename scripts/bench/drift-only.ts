// the drift suite alone for one site, in Chromium, without the extraction timings or the rest of the bench:
// npx tsx scripts/bench/drift-only.ts <github|linkedin> [seeds] [page-name-filter]
import { loadavg } from 'node:os';
import { ownFixturePages, realFixturePages } from '../../tests/support/mutate';
import { launchBrowser } from './chromium';
import { driftFigures } from './extract-chromium';
import { round } from './stats';

const [site = 'github', seedArg = '20', filter = ''] = process.argv.slice(2);
if (site !== 'github' && site !== 'linkedin') {
  console.error('usage: drift-only.ts <github|linkedin> [seeds] [page-name-filter]');
  process.exit(2);
}
const pages = [...realFixturePages(), ...ownFixturePages()].filter(
  (page) => page.url.includes(`${site}.com`) && page.name.includes(filter),
);
const load = round(loadavg()[0] ?? 0);
const browser = await launchBrowser(new Map(), null);
try {
  const prefix = site === 'github' ? 'driftGithub' : 'drift';
  const { figures, failures } = await driftFigures(browser, pages, Number(seedArg), prefix);
  for (const failure of failures.slice(0, 60)) console.log(`  ${failure}`);
  for (const [key, value] of Object.entries({ machineLoadAverage1m: load, ...figures }))
    console.log(`${key.padEnd(44)} ${value}`);
} finally {
  await browser.close();
}
