// CPU time of this process for a piece of work: less disturbed than wall time by the other jobs on a shared machine.
// Used by the linear-time checks (test/regex-safety.test.ts) and the fuzz runner's growth check (test/fuzz/run.ts).

/** CPU time (user + system) of fn, in ms. */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** The median of `runs` cpuMs measurements; with `collect`, a garbage collection (when exposed) before each run. */
export function medianCpuMs(fn: () => void, runs: number, collect = false): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    xs.push(cpuMs(fn));
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}
