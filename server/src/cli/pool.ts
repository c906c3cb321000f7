// Lint many files in worker threads (one per core), hand the reports back in command-line order.
// Files are dealt out in small batches as workers become free; a worker that dies has its unfinished
// files linted in this thread instead, so a crash never loses a file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DraftLinter, type FileReport, type LintSettings } from './draft-linter';

export interface WorkerJob {
  index: number;
  filePath: string;
}

export type ToWorker = { type: 'lint'; jobs: WorkerJob[] } | { type: 'close' };
export type FromWorker = { type: 'results'; results: { index: number; report: FileReport }[] };
export interface WorkerInit {
  settings: LintSettings;
}

/** The bundled worker script next to the bundled CLI (dist/cli-worker.js). */
export function workerScript(): string | null {
  const candidate = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(candidate) ? candidate : null;
}

/**
 * Young-generation size of a lint worker. A worker's default is small, and parsing allocates many short-lived
 * objects: on 500 drafts one worker spent 16.6 s CPU with the default and 12.1 s with 64 MB (the main thread
 * alone: 13.3 s), and two workers took 8–10 s instead of 12–13 s. Costs about 30 MB more RSS per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 64;

export async function lintInWorkers(files: string[], settings: LintSettings, threads: number, onReport: (r: FileReport) => void): Promise<void> {
  const results: (FileReport | undefined)[] = new Array(files.length);
  let nextToEmit = 0;
  // Mark emitted slots so the loop above does not stop at a freed slot.
  const done = new Array<boolean>(files.length).fill(false);
  const emitInOrder = (index: number, report: FileReport) => {
    done[index] = true;
    results[index] = report;
    while (nextToEmit < files.length && done[nextToEmit]) {
      onReport(results[nextToEmit]!);
      results[nextToEmit] = undefined; // emitted reports are not held: memory stays flat
      nextToEmit++;
    }
  };

  let fallback: DraftLinter | undefined;
  const lintHere = async (jobs: WorkerJob[]) => {
    fallback ??= new DraftLinter(settings);
    for (const job of jobs) if (!done[job.index]) emitInOrder(job.index, await fallback.lintPath(job.filePath));
  };

  const script = workerScript();
  const queue: WorkerJob[] = files.map((filePath, index) => ({ index, filePath }));
  if (!script) {
    await lintHere(queue);
    return;
  }
  // Small batches balance the load; larger ones cut messaging for big runs.
  const batchSize = Math.max(1, Math.min(16, Math.floor(files.length / (threads * 8))));
  let cursor = 0;
  const take = (): WorkerJob[] => {
    const jobs = queue.slice(cursor, cursor + batchSize);
    cursor += jobs.length;
    return jobs;
  };

  const orphaned: WorkerJob[] = [];
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve) => {
        let inFlight: WorkerJob[] = [];
        let finished = false;
        const worker = new Worker(script, { workerData: { settings } satisfies WorkerInit, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        const finish = () => {
          if (finished) return;
          finished = true;
          orphaned.push(...inFlight.filter((j) => !done[j.index]));
          inFlight = [];
          resolve();
        };
        const feed = () => {
          inFlight = take();
          if (inFlight.length) worker.postMessage({ type: 'lint', jobs: inFlight } satisfies ToWorker);
          else worker.postMessage({ type: 'close' } satisfies ToWorker);
        };
        worker.on('message', (msg: FromWorker) => {
          if (msg?.type !== 'results') return;
          for (const r of msg.results) emitInOrder(r.index, r.report);
          inFlight = inFlight.filter((j) => !done[j.index]);
          if (!inFlight.length) feed();
        });
        worker.on('error', () => {
          // The worker died (out of memory, a bug): what it held is linted here; the rest goes to the others.
          finish();
        });
        worker.on('exit', finish);
        feed();
      }),
    ),
  );
  // Files no worker got to (all workers died) and files a dead worker held.
  const left = queue.slice(cursor).concat(orphaned).sort((a, b) => a.index - b.index);
  if (left.length) await lintHere(left);
}
