// one slice of the bench's mutation run, in a process of its own: prints {runs, throws, invalid, failures}
import { mutationSlice } from './node';

const [count, seed] = process.argv.slice(2).map(Number);
if (!Number.isInteger(count) || !Number.isInteger(seed)) {
  console.error('usage: mutation-slice.ts <count> <seed>');
  process.exit(2);
}
process.stdout.write(JSON.stringify(await mutationSlice(count as number, seed as number)));
