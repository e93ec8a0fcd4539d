import { useState } from 'react';
import { type AsyncState, useAsync } from '@/components/useAsync';
import { messageOf } from '@/utils/errors';

/** a load started before React rendered, whose outcome is readable at once when it has settled */
export interface Early<T> {
  promise: Promise<T>;
  /** null while it is pending */
  state: AsyncState<T> | null;
}

export function early<T>(promise: Promise<T>): Early<T> {
  const started: Early<T> = { promise, state: null };
  promise.then(
    (value) => {
      started.state = { status: 'ready', value };
    },
    (error: unknown) => {
      started.state = { status: 'error', error: messageOf(error) };
    },
  );
  return started;
}

/**
 * useAsync whose first load is `first`, when given: settled before the first render (its answers
 * came while React loaded), the first render shows it, with no "loading" render in between.
 * reload() loads afresh with `load`
 */
export function useEarlyAsync<T>(first: Early<T> | undefined, load: () => Promise<T>) {
  const [pending, setPending] = useState(first);
  const [settled] = useState(first?.state ?? null);
  const loaded = useAsync(() => pending?.promise ?? load());
  const reload = () => {
    setPending(undefined);
    loaded.reload();
  };
  const state: AsyncState<T> =
    loaded.state.status === 'loading' && settled ? settled : loaded.state;
  return { state, reload };
}
