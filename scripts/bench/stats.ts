/** the middle value; null for no samples */
export function median(samples: readonly number[]): number | null {
  return percentile(samples, 50);
}

/** nearest-rank percentile (p in 0..100); null for no samples */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null;
}

/** rounds for the report: two decimals under 10, one under 1,000, whole numbers above */
export function round(value: number): number {
  const places = Math.abs(value) < 10 ? 100 : Math.abs(value) < 1_000 ? 10 : 1;
  return Math.round(value * places) / places;
}

/** times one call in milliseconds */
export function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
