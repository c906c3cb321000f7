// Group 5: the CLI over a 2,000-file workspace (20 folders), whole process, with its default worker
// threads and with CLINICAL_LINT_WORKERS=0 (one thread) to show whether it uses all cores; and the
// start-up time of the CLI for one small file.

import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, builtEntry, writeCorpus, writeSmallFile } from './files';
import { median, timeProcess, type ProcessTiming } from './stats';

export interface CliResult {
  available: boolean;
  error?: string;
  files: number;
  words: number;
  cores: number;
  workers: { wallMs: number; cpuMs: number; filesPerSecond: number; coresBusy: number; exitCode: number | null } | null;
  /** One thread on a 500-file subset (the worker run it is compared with is on the same subset). */
  singleThread: { wallMs: number; cpuMs: number; filesPerSecond: number; exitCode: number | null } | null;
  /** single-thread wall / worker wall, same 500 files */
  speedup: number;
  startup: { runs: number; medianMs: number; minMs: number } | null;
}

export async function benchCli(opts: { quick?: boolean; log?: (s: string) => void } = {}): Promise<CliResult> {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const res: CliResult = { available: false, files: 0, words: 0, cores, workers: null, singleThread: null, speedup: NaN, startup: null };
  const avail = builtEntry(CLI);
  if (!avail.ok) {
    res.error = avail.reason;
    opts.log?.(`  cli: skipped (${avail.reason})`);
    return res;
  }
  res.available = true;
  const count = opts.quick ? 400 : 2000;
  const ws = writeCorpus(opts.quick ? 'workspace-quick' : 'workspace', count, 777, 20);
  res.files = ws.files.length;
  res.words = ws.words;
  const run = (env: NodeJS.ProcessEnv): Promise<ProcessTiming> =>
    timeProcess(process.execPath, [CLI, '--format', 'json', '.'], { cwd: ws.dir, env, timeoutMs: 300_000 });
  const ok = (t: ProcessTiming): boolean => t.code === 0 || t.code === 1;

  const w = await run({});
  if (!ok(w)) {
    res.error = `exit ${w.code}: ${w.stderr.slice(0, 300)}`;
    opts.log?.(`  cli: FAILED ${res.error}`);
    return res;
  }
  res.workers = { wallMs: w.wallMs, cpuMs: w.cpuMs, filesPerSecond: count / (w.wallMs / 1000), coresBusy: w.cpuMs / w.wallMs, exitCode: w.code };
  opts.log?.(`  cli: ${count} files with worker threads: ${w.wallMs.toFixed(0)} ms wall, ${w.cpuMs.toFixed(0)} ms CPU (${res.workers.coresBusy.toFixed(2)} of ${cores} cores busy), ${res.workers.filesPerSecond.toFixed(0)} files/s`);
  // Worker threads against one thread on the same 500 files (a subset keeps the benchmark short).
  const sub = opts.quick ? ws : writeCorpus('workspace-500', 500, 778, 5);
  const subCount = sub.files.length;
  const runSub = (env: NodeJS.ProcessEnv): Promise<ProcessTiming> =>
    timeProcess(process.execPath, [CLI, '--format', 'json', '.'], { cwd: sub.dir, env, timeoutMs: 300_000 });
  const sw = opts.quick ? w : await runSub({});
  const s = await runSub({ CLINICAL_LINT_WORKERS: '0' });
  if (ok(s) && ok(sw)) {
    res.singleThread = { wallMs: s.wallMs, cpuMs: s.cpuMs, filesPerSecond: subCount / (s.wallMs / 1000), exitCode: s.code };
    res.speedup = s.wallMs / sw.wallMs;
    opts.log?.(`  cli: ${subCount} files in one thread (CLINICAL_LINT_WORKERS=0): ${s.wallMs.toFixed(0)} ms wall vs ${sw.wallMs.toFixed(0)} ms with workers → workers ${res.speedup.toFixed(2)}× faster`);
  }

  const small = writeSmallFile();
  const times: number[] = [];
  const runs = opts.quick ? 5 : 11;
  for (let i = 0; i < runs; i++) {
    const t = await timeProcess(process.execPath, [CLI, '--format', 'json', path.basename(small)], { cwd: path.dirname(small), timeoutMs: 30_000 });
    if (ok(t)) times.push(t.wallMs);
  }
  if (times.length) {
    res.startup = { runs: times.length, medianMs: median(times), minMs: Math.min(...times) };
    opts.log?.(`  cli: start-up for one small file: median ${res.startup.medianMs.toFixed(0)} ms (min ${res.startup.minMs.toFixed(0)} ms, ${times.length} runs)`);
  }
  return res;
}
