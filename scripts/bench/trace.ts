// main-thread cost of our content scripts, from a Chromium trace: CPU samples whose stack runs through
// one of our content-script files, summed, and the largest amount inside one task. Unlike CDP's
// ScriptDuration, this counts promise continuations and observer callbacks too.
import type { CDPSession } from 'playwright-core';
import type { Frame } from './source-map';

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
].join(',');

/** one event of a Chromium trace, as CDP's `Tracing.dataCollected` reports it */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: Frame;
}

export interface OwnWork {
  /** our content scripts' main-thread time in the traced span, ms */
  totalMs: number;
  /** the most of it inside one main-thread task, ms */
  largestTaskMs: number;
}

/** tracing on a page's session: start before navigating, then `stop()` once the page has settled */
export async function startTrace(
  cdp: CDPSession,
  categories = CATEGORIES,
): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => {
    events.push(...(value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

// nested RunTask events (a task run inside another) belong to the outer one
function topLevel(spans: Array<[number, number]>): Array<[number, number]> {
  const kept: Array<[number, number]> = [];
  for (const span of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = kept[kept.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else kept.push([span[0], span[1]]);
  }
  return kept;
}

// the routers and readers (<site>-router.js, <site>-reader.js); content-scripts/ in builds before
// session 7, so an A/B against an older build counts both
export const isOurs = (url: string) =>
  /^chrome-extension:\/\/[a-p]{32}\/(?:content-scripts\/[^/]+|[a-z]+-(?:reader|router))\.js$/.test(
    url,
  );

/** one CPU sample of a profiled thread */
export interface ProfileSample {
  thread: string;
  /** µs, trace clock */
  time: number;
  /** until the next sample (capped: a gap means the thread slept) */
  ms: number;
  /** leaf first */
  stack: Frame[];
}

/**
 * the CPU samples of the profiled threads ("pid:tid") `thread` picks whose stack `keep` picks, each
 * with its time until the next sample, `capMs` at the most
 */
export function cpuSamples(
  events: TraceEvent[],
  options: {
    thread?: (thread: string) => boolean;
    keep: (stack: Frame[]) => boolean;
    capMs: number;
  },
): ProfileSample[] {
  // the Profile event names the sampled thread; its chunks come from a helper thread, joined by id
  const profiles = new Map<
    string,
    {
      thread: string;
      time: number;
      nodes: Map<number, ProfileNode>;
      stamps: Array<[number, number]>;
    }
  >();
  for (const e of events)
    if (e.name === 'Profile' && (options.thread?.(`${e.pid}:${e.tid}`) ?? true))
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        time: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        stamps: [],
      });
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' ? profiles.get(`${e.pid}:${e.id}`) : undefined;
    if (!profile) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const deltas = data?.timeDeltas ?? [];
    for (const [at, sample] of (data?.cpuProfile?.samples ?? []).entries()) {
      profile.time += deltas[at] ?? 0;
      profile.stamps.push([profile.time, sample]);
    }
  }
  const samples: ProfileSample[] = [];
  for (const profile of profiles.values()) {
    const stacks = new Map<number, Frame[] | null>();
    // null: not kept
    const stackOf = (id: number): Frame[] | null => {
      if (stacks.has(id)) return stacks.get(id) ?? null;
      const frames: Frame[] = [];
      for (let node = profile.nodes.get(id); node; ) {
        frames.push(node.callFrame);
        node = node.parent === undefined ? undefined : profile.nodes.get(node.parent);
      }
      const result = options.keep(frames) ? frames : null;
      stacks.set(id, result);
      return result;
    };
    for (const [index, [time, id]] of profile.stamps.entries()) {
      const next = profile.stamps[index + 1]?.[0];
      const stack = next === undefined ? null : stackOf(id);
      if (!stack || next === undefined) continue;
      samples.push({
        thread: profile.thread,
        time,
        ms: Math.min(next - time, options.capMs * 1000) / 1000,
        stack,
      });
    }
  }
  return samples;
}

/** the samples of renderer main threads whose stack runs through one of our content scripts */
export function ownSamples(events: TraceEvent[]): ProfileSample[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return cpuSamples(events, {
    thread: (thread) => mainThreads.has(thread),
    keep: (stack) => stack.some((frame) => isOurs(frame.url ?? '')),
    capMs: 2,
  });
}

/** our content scripts' main-thread time, in all and the most inside one task */
export function ownWork(events: TraceEvent[]): OwnWork {
  // per thread: [start, end] of every top-level task
  const tasks = new Map<string, Array<[number, number]>>();
  for (const e of events) {
    if (e.ph !== 'X' || !/RunTask/.test(e.name) || e.dur === undefined) continue;
    const thread = `${e.pid}:${e.tid}`;
    tasks.set(thread, [...(tasks.get(thread) ?? []), [e.ts, e.ts + e.dur]]);
  }
  const spans = new Map([...tasks].map(([thread, list]) => [thread, topLevel(list)]));
  const perTask = new Map<string, number>();
  let total = 0;
  let outside = 0;
  for (const sample of ownSamples(events)) {
    total += sample.ms;
    const task =
      spans
        .get(sample.thread)
        ?.findIndex(([start, end]) => start <= sample.time && sample.time <= end) ?? -1;
    if (task < 0) outside = Math.max(outside, sample.ms);
    else
      perTask.set(
        `${sample.thread}:${task}`,
        (perTask.get(`${sample.thread}:${task}`) ?? 0) + sample.ms,
      );
  }
  return { totalMs: total, largestTaskMs: Math.max(outside, ...perTask.values()) };
}
