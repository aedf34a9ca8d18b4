/** Median and 95th percentile of a list of timings (ms). */
export function summary(times: number[]): { median: number; p95: number; n: number } {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

/** Runs fn `runs` times after `warm` warm-up runs, returning each run's wall time in ms. */
export function timeRuns(fn: () => void, runs: number, warm = 2): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}
