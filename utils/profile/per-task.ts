/**
 * remembers the last answer until the current task ends: the hint's anchor and the extraction read
 * the same top card in one synchronous read, and the page can't change in between
 */
export function perTask<A extends readonly unknown[], R>(
  read: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last?.args.length === args.length && last.args.every((arg, i) => arg === args[i]))
      return last.result;
    const result = read(...args);
    if (last === null) queueMicrotask(() => (last = null));
    last = { args, result };
    return result;
  };
}
