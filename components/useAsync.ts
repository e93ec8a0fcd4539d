import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/utils/errors';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; value: T };

/** runs a load on mount and on reload(); the state says plainly when it failed */
export function useAsync<T>(load: () => Promise<T>) {
  const latest = useRef(load);
  latest.current = load;
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger
  useEffect(() => {
    let live = true;
    latest.current().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          error: messageOf(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
