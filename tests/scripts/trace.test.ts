import { describe, expect, it } from 'vitest';
import { cpuSamples, isOurs, ownSamples, ownWork } from '../../scripts/bench/trace';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ours = `chrome-extension://${ID}/linkedin-router.js`;
const frame = (url: string, functionName: string) => ({
  url,
  functionName,
  lineNumber: 0,
  columnNumber: 0,
});

// a page renderer (pid 1, main thread 10) and the extension's own renderer (pid 2)
function trace(samples: number[], deltas: number[], tasks: Array<[number, number]>) {
  return [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 10, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 11, ts: 0, args: { name: 'Compositor' } },
    {
      name: 'Profile',
      ph: 'P',
      pid: 1,
      tid: 10,
      ts: 0,
      id: '0x1',
      args: { data: { startTime: 0 } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      // chunks come from the profiler's own thread
      tid: 99,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: frame('', '(root)') },
              { id: 2, parent: 1, callFrame: frame(ours, 'read') },
              { id: 3, parent: 2, callFrame: frame('', 'querySelectorAll') },
              { id: 4, parent: 1, callFrame: frame('https://www.linkedin.com/app.js', 'app') },
              { id: 5, parent: 1, callFrame: frame(`chrome-extension://${ID}/popup.html`, 'x') },
            ],
            samples,
          },
          timeDeltas: deltas,
        },
      },
    },
    ...tasks.map(([ts, dur]) => ({
      name: 'ThreadControllerImpl::RunTask',
      ph: 'X',
      pid: 1,
      tid: 10,
      ts,
      dur,
    })),
  ];
}

describe('our main-thread time from a trace', () => {
  it('counts samples whose stack runs through a content script, native callees included', () => {
    // samples at 0, 1000, 2000, 3000, 4000 µs: ours, ours (in querySelectorAll), page, popup, end
    const events = trace([2, 3, 4, 5, 1], [0, 1000, 1000, 1000, 1000], [[0, 5000]]);
    expect(ownSamples(events as never).map((s) => s.ms)).toEqual([1, 1]);
    expect(ownWork(events as never)).toEqual({ totalMs: 2, largestTaskMs: 2 });
  });

  it('gives the most inside one task, nested tasks belonging to the outer one', () => {
    const events = trace(
      [2, 2, 1, 2, 2, 2, 1],
      [0, 1000, 1000, 1000, 1000, 1000, 1000],
      [
        [0, 1500],
        [2500, 3500],
        [3000, 500],
      ],
    );
    expect(ownWork(events as never)).toEqual({ totalMs: 5, largestTaskMs: 3 });
  });

  it('ignores other threads, unknown profiles and events without data', () => {
    const events = [
      ...trace([2, 2], [0, 1000], []),
      { name: 'ProfileChunk', ph: 'P', pid: 1, tid: 99, ts: 0, id: '0x9', args: {} },
      { name: 'Profile', ph: 'P', pid: 1, tid: 11, ts: 0, id: '0x2' },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 0 },
    ];
    expect(ownWork(events as never)).toEqual({ totalMs: 1, largestTaskMs: 1 });
    expect(ownWork([])).toEqual({ totalMs: 0, largestTaskMs: 0 });
  });
});

describe('CPU samples of any profiled thread', () => {
  it('keeps the stacks asked for, leaf first, each up to the next sample and no longer than the cap', () => {
    // samples at 0, 1000, 4000, 5000 µs: querySelectorAll in ours, the page, ours, end
    const events = trace([3, 4, 2, 1], [0, 1000, 3000, 1000], []);
    const notPage = cpuSamples(events as never, {
      keep: (stack) => stack[0]?.functionName !== 'app',
      capMs: 2,
    });
    expect(notPage.map((s) => [s.time, s.ms, s.stack.map((f) => f.functionName)])).toEqual([
      [0, 1, ['querySelectorAll', 'read', '(root)']],
      [4000, 1, ['read', '(root)']],
    ]);
    const all = cpuSamples(events as never, { keep: () => true, capMs: 2 });
    // the page's sample lasted 3 ms until the next: capped
    expect(all.map((s) => s.ms)).toEqual([1, 2, 1]);
    expect(new Set(all.map((s) => s.thread))).toEqual(new Set(['1:10']));
  });

  it('reads only the threads picked', () => {
    const events = trace([2, 2], [0, 1000], []);
    expect(cpuSamples(events as never, { keep: () => true, capMs: 2 })).toHaveLength(1);
    const none = cpuSamples(events as never, {
      thread: (thread) => thread !== '1:10',
      keep: () => true,
      capMs: 2,
    });
    expect(none).toEqual([]);
  });
});

describe('which script URLs are ours', () => {
  it.each([
    [`chrome-extension://${ID}/content-scripts/linkedin.js`, true],
    [`chrome-extension://${ID}/content-scripts/github.js`, true],
    [`chrome-extension://${ID}/linkedin-reader.js`, true],
    [`chrome-extension://${ID}/github-reader.js`, true],
    [`chrome-extension://${ID}/linkedin-router.js`, true],
    [`chrome-extension://${ID}/github-router.js`, true],
    [`chrome-extension://${ID}/options-router.html`, false],
    ['https://www.linkedin.com/linkedin-router.js', false],
    [`chrome-extension://${ID}/background.js`, false],
    [`chrome-extension://${ID}/chunks/send-x.js`, false],
    [`chrome-extension://${ID}/popup.html`, false],
    ['https://www.linkedin.com/linkedin-reader.js', false],
  ])('%s → %s', (url, expected) => {
    expect(isOurs(url)).toBe(expected);
  });
});
