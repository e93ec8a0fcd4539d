import { vi } from 'vitest';

// a full disk, as IndexedDB reports it: the put that `fails` picks throws, the others go through

/** makes `put` throw QuotaExceededError where `fails(store, call)` says so (call counts from 1) */
export function failPuts(fails: (store: IDBObjectStore, call: number) => boolean): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1;
    if (fails(this, calls))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}
