// The lint worker (dist/lint-worker.js): runs the server's analysis tasks off the main thread, so that a long
// lint never delays hovers, code actions, cancellations or other documents. Stateless except for the bounded
// per-document caches; see lint-pool.ts for the protocol and the main-thread side.

import * as v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { lintText } from '../engine/lint';
import { errorText, runTask, type TaskInputs, type TaskType } from './analysis';
import { DocumentCaches, knownRule } from './analyzer';
import { installThrowingRules, workerTestHook } from './test-hooks';
import { memoryReport } from './memory';

export type WorkerRequest = { type: 'task'; id: number; task: TaskType; input: TaskInputs[TaskType]; background?: boolean; alone?: boolean } | { type: 'forget'; uri: string } | { type: 'memory' };

export type WorkerReply = ({ ok: true; value: unknown; ms: number } | { ok: false; error: string }) & { id: number; heapMb: number };

installThrowingRules();
const caches = new DocumentCaches(32);
const port = parentPort;

/**
 * How far V8 lets the old generation grow past what survived the last full GC. By default it picks a factor of up
 * to 4 when collecting is cheap: during a burst of background lints (opening a folder of drafts: each draft's tree
 * and model outlive a scavenge and are promoted) the worker's heap then grew to ~120 MB for ~30 MB live, and kept
 * it. Background tasks run with a factor of 1.5 (more full collections while nobody waits; the bench's 200 drafts:
 * worker heap ~65 MB, server RSS ~183 instead of ~247 MB). Tasks an author waits for (typing, requests) restore
 * V8's own choice: with 1.5 for every task a keystroke's lint cost ~20% more CPU (concurrent marking) and its p95
 * rose. The flag is process-wide, so the main thread's (small) heap follows the same setting.
 */
let tightHeap = false;
function heapGrowthFor(background: boolean): void {
  if (background === tightHeap) return;
  tightHeap = background;
  try {
    v8.setFlagsFromString(background ? '--heap-growing-percent=50' : '--heap-growing-percent=0');
  } catch {
    /* best effort */
  }
}

function heapMb(): number {
  return Math.round(process.memoryUsage().heapTotal / 2 ** 20);
}

if (port) {
  port.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'forget') {
      caches.delete(msg.uri);
      return;
    }
    if (msg.type === 'memory') {
      port.postMessage({ type: 'memory', memory: memoryReport(), documents: caches.size, tightHeap });
      return;
    }
    if (msg.type !== 'task') return;
    let reply: WorkerReply;
    try {
      const t0 = performance.now();
      heapGrowthFor(msg.background === true);
      for (const d of 'docs' in msg.input ? msg.input.docs : [msg.input]) if ('text' in d) workerTestHook(d.text);
      const cache = 'uri' in msg.input && msg.task === 'lint' ? caches.get(msg.input.uri) : undefined;
      if (cache) {
        cache.background = msg.background === true;
        cache.alone = msg.alone === true;
      }
      const value = runTask(msg.task, msg.input, knownRule, cache);
      reply = { id: msg.id, ok: true, value, ms: performance.now() - t0, heapMb: heapMb() };
    } catch (e) {
      reply = { id: msg.id, ok: false, error: errorText(e), heapMb: heapMb() };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      // A result that cannot be cloned (an engine bug): answer with the error instead.
      port.postMessage({ id: msg.id, ok: false, error: `the result could not be sent: ${errorText(e)}`, heapMb: heapMb() });
    }
  });
  // Warm up (lexicons, regexes, the parser) before the first task, so the first real lint is not the slow one;
  // then tell the pool: from now on a task's time limit runs.
  try {
    lintText('---\ntitle: Warm-up\n---\n# Turmeric\n\nTurmeric cures arthritis in 2 weeks [1]. Take 500 mg twice daily.\n\n1. Doe J. A study. 2020.\n', {
      uri: 'untitled:warm-up.md',
      kind: 'markdown',
    });
  } catch {
    /* warming up is best effort */
  }
  port.postMessage({ type: 'ready' });
}
