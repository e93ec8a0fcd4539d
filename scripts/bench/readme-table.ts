// the README's benchmark table from one or more saved runs of `npm run bench`:
//   npx tsx scripts/bench/readme-table.ts run1.json [run2.json ...]   (a copy of bench-results.json each)
import { readFileSync } from 'node:fs';
import { type Figures, targets } from './report';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: readme-table.ts <bench-results.json> [more runs ...]');
  process.exit(2);
}
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Figures);
const cell = (value: number | null | undefined) =>
  value === null || value === undefined ? 'missing' : value.toLocaleString('en');
const loads = runs.map((run) => cell(run.machineLoadAverage1m)).join(' / ');
const rows = Object.entries(targets).map(([key, target]) => {
  const values = runs.map((run) => run[key]);
  const met = values.every((value) => typeof value === 'number' && target.met(value));
  return `| \`${key}\` | ${target.label} | ${values.map(cell).join(' / ')} | ${met ? 'yes' : 'no'} |`;
});
console.log(
  [
    `| figure | target | ${runs.length > 1 ? `runs 1 / ${runs.length}` : 'measured'} (load ${loads}) | met |`,
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
