import { describe, expect, it } from 'vitest';
import { runSteps, type Steps, stepInTasks } from '@/utils/profile/steps';

/** a read of `parts` parts, each logged as it runs; `finished` says whether it ran to its end */
function parted(parts: number, log: string[], state = { finished: false }): Steps<string> {
  return (function* () {
    try {
      for (let part = 1; part <= parts; part++) {
        log.push(`part ${part}`);
        if (part < parts) yield;
      }
      return `read ${parts}`;
    } finally {
      state.finished = true;
    }
  })();
}

/** later tasks by hand: each `turn()` runs the oldest deferred one */
function tasks() {
  const queue: (() => void)[] = [];
  return {
    defer: (fn: () => void) => void queue.push(fn),
    turn: () => queue.shift()?.(),
    get waiting() {
      return queue.length;
    },
  };
}

describe('runSteps', () => {
  it('runs every part in this call and gives the read its answer', () => {
    const log: string[] = [];
    expect(runSteps(parted(4, log))).toBe('read 4');
    expect(log).toEqual(['part 1', 'part 2', 'part 3', 'part 4']);
  });
});

describe('stepInTasks', () => {
  it('with no time to spare runs one part per task, nothing in the caller, and answers once', () => {
    const log: string[] = [];
    const queue = tasks();
    const answers: string[] = [];
    stepInTasks(parted(3, log), (result) => answers.push(result), {
      defer: queue.defer,
      now: () => 0,
      budgetMs: 0,
    });
    expect(log).toEqual([]);
    queue.turn();
    expect(log).toEqual(['part 1']);
    queue.turn();
    expect(log).toEqual(['part 1', 'part 2']);
    expect(answers).toEqual([]);
    queue.turn();
    expect(answers).toEqual(['read 3']);
    expect(queue.waiting).toBe(0);
  });

  it('runs parts in one task until the clock says the budget went on them', () => {
    const log: string[] = [];
    const queue = tasks();
    let clock = 0;
    const answers: string[] = [];
    // each part "takes" 2 ms on this clock
    const timed = (function* () {
      const inner = parted(5, log);
      for (;;) {
        const next = inner.next();
        clock += 2;
        if (next.done) return next.value;
        yield;
      }
    })();
    stepInTasks(timed, (result) => answers.push(result), {
      defer: queue.defer,
      now: () => clock,
      budgetMs: 3,
    });
    queue.turn();
    expect(log).toEqual(['part 1', 'part 2']);
    queue.turn();
    expect(log).toEqual(['part 1', 'part 2', 'part 3', 'part 4']);
    queue.turn();
    expect(answers).toEqual(['read 5']);
  });

  it('cancelled halfway: no answer, no further part, and the read is ended', () => {
    const log: string[] = [];
    const state = { finished: false };
    const queue = tasks();
    const answers: string[] = [];
    const cancel = stepInTasks(parted(3, log, state), (result) => answers.push(result), {
      defer: queue.defer,
      now: () => 0,
      budgetMs: 0,
    });
    queue.turn();
    cancel();
    expect(state.finished).toBe(true);
    while (queue.waiting > 0) queue.turn();
    expect(log).toEqual(['part 1']);
    expect(answers).toEqual([]);
    // cancelling twice, or after the end, is harmless
    cancel();
  });

  it('a read of one part answers in the first task', () => {
    const queue = tasks();
    const answers: string[] = [];
    stepInTasks(parted(1, []), (result) => answers.push(result), {
      defer: queue.defer,
      now: () => 0,
      budgetMs: 0,
    });
    queue.turn();
    expect(answers).toEqual(['read 1']);
  });
});
