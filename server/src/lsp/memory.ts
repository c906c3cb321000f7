// What a thread's memory is made of (MB), for the benchmark and tests: the server's main thread and each lint
// worker report their own V8 heap (the process's RSS is shared by all threads).

import * as v8 from 'node:v8';

export interface MemoryReport {
  /** Resident set of the whole process (all threads). */
  rssMb: number;
  /** This thread's V8 heap: committed and used, and its young generation's committed size. */
  heapTotalMb: number;
  heapUsedMb: number;
  newSpaceMb: number;
  /** Code and other spaces are within heapTotal; external: ArrayBuffers and strings outside the heap. */
  externalMb: number;
}

const mb = (x: number): number => Math.round((x / 2 ** 20) * 10) / 10;

export function memoryReport(): MemoryReport {
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return { rssMb: mb(m.rss), heapTotalMb: mb(h.total_heap_size), heapUsedMb: mb(h.used_heap_size), newSpaceMb: mb(young?.space_size ?? 0), externalMb: mb(h.external_memory) };
}
