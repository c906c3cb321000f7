// Worker thread of the CLI (dist/cli-worker.js): lints the batches of files the main thread sends
// and posts the reports back. See server/src/cli/pool.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { DraftLinter } from './cli/draft-linter';
import type { FromWorker, ToWorker, WorkerInit } from './cli/pool';

if (parentPort) {
  const port = parentPort;
  const linter = new DraftLinter((workerData as WorkerInit).settings);
  port.on('message', async (msg: ToWorker) => {
    if (msg.type === 'close') {
      port.close();
      return;
    }
    const results: FromWorker['results'] = [];
    for (const job of msg.jobs) results.push({ index: job.index, report: await linter.lintPath(job.filePath) });
    port.postMessage({ type: 'results', results } satisfies FromWorker);
  });
}
