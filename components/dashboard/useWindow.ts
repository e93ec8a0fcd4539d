import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

// when the scroller has no measured height yet (first paint, tests without layout)
const FALLBACK_HEIGHT = 720;

export interface Window {
  start: number;
  end: number;
  /** space above and below the rendered rows, so the scrollbar matches the whole list */
  before: number;
  after: number;
}

export function windowFor(
  count: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
  overscan: number,
): Window {
  const visible = Math.ceil((height || FALLBACK_HEIGHT) / rowHeight);
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, count - visible - overscan));
  const end = Math.min(count, first + visible + overscan);
  const from = Math.max(0, Math.min(start, end));
  return {
    start: from,
    end,
    before: from * rowHeight,
    after: Math.max(0, count - end) * rowHeight,
  };
}

/** renders only the rows in view (and a few either side): thousands of rows cost what a screenful costs */
export function useWindow<E extends HTMLElement>(count: number, rowHeight: number, overscan = 6) {
  const ref = useRef<E>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const frame = useRef(0);

  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    setView((current) =>
      current.top === element.scrollTop && current.height === element.clientHeight
        ? current
        : { top: element.scrollTop, height: element.clientHeight },
    );
  }, []);

  useLayoutEffect(measure, [measure]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new count may change the scroll position
  useLayoutEffect(measure, [count]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  return { ref, ...windowFor(count, rowHeight, view.top, view.height, overscan) };
}
