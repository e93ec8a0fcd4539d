// "time by source function" tables: time summed by name, printed largest first
import type { Frame } from './source-map';
import { round } from './stats';
import { isOurs, type ProfileSample } from './trace';

/** adds `ms` to `name`'s time in `table` */
export function addTime(table: Map<string, number>, name: string, ms: number): void {
  table.set(name, (table.get(name) ?? 0) + ms);
}

/** the `count` largest entries, one line each, "  <ms ÷ per, right-aligned in width> ms  <name>" */
export function topRows(
  table: ReadonlyMap<string, number>,
  count: number,
  per: number,
  width = 6,
): string {
  return [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `  ${round(ms / per)
          .toString()
          .padStart(width)} ms  ${name}`,
    )
    .join('\n');
}

/**
 * one sample of our content scripts into `self` (its innermost frame of ours; a native leaf by its
 * own name) and `inclusive` (each of our functions on its stack, once); our frames' names, innermost
 * first, or null for a sample without frames
 */
export function addOwnSample(
  sample: ProfileSample,
  name: (frame: Frame) => string,
  self: Map<string, number>,
  inclusive: Map<string, number>,
): string[] | null {
  const top = sample.stack[0];
  if (!top) return null;
  const ours = sample.stack.filter((frame) => isOurs(frame.url ?? ''));
  addTime(self, top.url ? name(ours[0] ?? top) : `(native) ${top.functionName}`, sample.ms);
  const names = ours.map(name);
  for (const each of new Set(names)) addTime(inclusive, each, sample.ms);
  return names;
}

/**
 * one sample of any thread into `self` (its innermost frame, as "<thread>: <place>") and
 * `inclusive` (each extension frame on its stack, once)
 */
export function addThreadSample(
  sample: ProfileSample,
  thread: string,
  name: (frame: Frame) => string,
  self: Map<string, number>,
  inclusive: Map<string, number>,
): void {
  const leaf = sample.stack[0];
  if (!leaf) return;
  addTime(self, `${thread}: ${name(leaf)}`, sample.ms);
  for (const place of new Set(
    sample.stack.filter((f) => f.url?.startsWith('chrome-extension://')).map(name),
  ))
    addTime(inclusive, `${thread}: ${place}`, sample.ms);
}
