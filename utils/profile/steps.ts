/** a read in parts: it yields between them, so whoever drives it can give the page a turn */
export type Steps<R> = Generator<void, R, void>;

/** every part at once, in this task: the same answer the stepped read gives */
export function runSteps<R>(steps: Steps<R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface Stepping {
  /** `defer(fn)` runs fn in a later task; `now` is a clock in milliseconds */
  defer(fn: () => void): void;
  now(): number;
  /** parts keep running in one task until this much time went on them */
  budgetMs: number;
}

/**
 * drives `steps` a few parts per task (a long read would block input for as long as it takes);
 * `done` gets the answer unless cancelled first. Returns the cancel function
 */
export function stepInTasks<R>(
  steps: Steps<R>,
  done: (result: R) => void,
  { defer, now, budgetMs }: Stepping,
): () => void {
  let cancelled = false;
  const turn = () => {
    if (cancelled) return;
    const start = now();
    // at least one part per task, or a slow clock would never let the read end
    do {
      const next = steps.next();
      if (next.done) {
        cancelled = true;
        done(next.value);
        return;
      }
    } while (now() - start < budgetMs);
    defer(turn);
  };
  defer(turn);
  return () => {
    if (cancelled) return;
    cancelled = true;
    // a generator left suspended holds the page's elements: let it end
    steps.return(undefined as never);
  };
}

/** a later task, soon: a message to ourselves, which the browser never clamps the way it clamps nested timers */
export function nextTask(): (fn: () => void) => void {
  if (typeof MessageChannel !== 'function') return (fn) => void setTimeout(fn, 0);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}
