import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/utils/errors';

export const AUTOSAVE_DELAY_MS = 300;

/**
 * saves `value` a short while after it last changed, and at once when the page hides or the
 * component unmounts (closing the popup must not lose what was typed). null means nothing to save.
 * Returns the last save error, and `stop` for when the draft is done with.
 */
export function useAutosave<T>(value: T | null, save: (value: T) => Promise<unknown>) {
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);
  const stopped = useRef(false);
  const latestSave = useRef(save);
  latestSave.current = save;
  const [error, setError] = useState<string | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next === null || stopped.current) return;
    latestSave.current(next).then(
      () => setError(null),
      (cause: unknown) => setError(messageOf(cause)),
    );
  }, []);

  useEffect(() => {
    // what was just loaded needs no saving
    if (first.current) {
      first.current = false;
      return;
    }
    if (value === null || stopped.current) return;
    pending.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [value, flush]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const stop = useCallback(() => {
    stopped.current = true;
    pending.current = null;
    clearTimeout(timer.current);
  }, []);

  return { error, stop };
}
