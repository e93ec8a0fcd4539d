// main-thread cost of our content scripts, from a Chromium trace: CPU samples whose stack runs through
// one of our content-script files, summed, and the largest amount inside one task. Unlike CDP's
// ScriptDuration, this counts promise continuations and observer callbacks too.
import type { CDPSession } from 'playwright-core';

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
].join(',');

interface TraceEvent {
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
  callFrame: { url: string; functionName: string };
}

export interface OwnWork {
  /** our content scripts' main-thread time in the traced span, ms */
  totalMs: number;
  /** the most of it inside one main-thread task, ms */
  largestTaskMs: number;
}

/** tracing on a page's session: start before navigating, then `stop()` once the page has settled */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await done;
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

const isOurs = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/content-scripts\//.test(url);

/** samples on renderer main threads whose stack touches our content scripts, attributed to tasks */
export function ownWork(events: TraceEvent[]): OwnWork {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  // one profile per thread (id); chunks add nodes and samples in order
  const profiles = new Map<
    string,
    {
      thread: string;
      time: number;
      nodes: Map<number, ProfileNode>;
      stamps: Array<[number, number]>;
    }
  >();
  // the Profile event names the sampled thread; its chunks come from a helper thread, joined by id
  for (const e of events)
    if (e.name === 'Profile' && onMain(e))
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
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (const [at, sample] of samples.entries()) {
      profile.time += deltas[at] ?? 0;
      profile.stamps.push([profile.time, sample]);
    }
  }
  // per thread: [start, end] of every top-level task, for the largest-task figure
  const tasks = new Map<string, Array<[number, number]>>();
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || !/RunTask/.test(e.name) || e.dur === undefined) continue;
    const thread = `${e.pid}:${e.tid}`;
    const list = tasks.get(thread) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    tasks.set(thread, list);
  }
  let total = 0;
  let largest = 0;
  for (const profile of profiles.values()) {
    const ours = new Map<number, boolean>();
    const touches = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result = node
        ? isOurs(node.callFrame.url) || (node.parent !== undefined && touches(node.parent))
        : false;
      ours.set(id, result);
      return result;
    };
    // parents are listed before children in the profile, but a chunk may name a child's parent later:
    // resolve parents from the children's side
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes.values())
      for (const child of (node as ProfileNode & { children?: number[] }).children ?? [])
        parentOf.set(child, node.id);
    for (const node of profile.nodes.values())
      if (node.parent === undefined && parentOf.has(node.id)) node.parent = parentOf.get(node.id);
    const threadTasks = topLevel(tasks.get(profile.thread) ?? []);
    const perTask = new Map<number, number>();
    let taskAt = 0;
    for (const [index, [time, sample]] of profile.stamps.entries()) {
      const next = profile.stamps[index + 1]?.[0];
      if (next === undefined || !touches(sample)) continue;
      const span = Math.min(next - time, 2_000);
      total += span;
      while (taskAt < threadTasks.length && (threadTasks[taskAt]?.[1] ?? 0) < time) taskAt += 1;
      const task = threadTasks[taskAt];
      if (task && task[0] <= time) perTask.set(taskAt, (perTask.get(taskAt) ?? 0) + span);
      else largest = Math.max(largest, span);
    }
    for (const ms of perTask.values()) largest = Math.max(largest, ms);
  }
  return { totalMs: total / 1000, largestTaskMs: largest / 1000 };
}
