// The lint worker (dist/lint-worker.js): runs the server's analysis tasks off the main thread, so that a long
// lint never delays hovers, code actions, cancellations or other documents. Stateless except for the bounded
// per-document caches; see lint-pool.ts for the protocol and the main-thread side.

import { parentPort } from 'node:worker_threads';
import { lintText } from '../engine/lint';
import { errorText, runTask, type TaskInputs, type TaskType } from './analysis';
import { DocumentCaches, knownRule } from './analyzer';
import { installThrowingRules, workerTestHook } from './test-hooks';
import { memoryReport } from './memory';

export type WorkerRequest = { type: 'task'; id: number; task: TaskType; input: TaskInputs[TaskType] } | { type: 'forget'; uri: string } | { type: 'memory' };

export type WorkerReply = ({ ok: true; value: unknown; ms: number } | { ok: false; error: string }) & { id: number; heapMb: number };

installThrowingRules();
const caches = new DocumentCaches(32);
const port = parentPort;

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
      port.postMessage({ type: 'memory', memory: memoryReport(), documents: caches.size });
      return;
    }
    if (msg.type !== 'task') return;
    let reply: WorkerReply;
    try {
      const t0 = performance.now();
      for (const d of 'docs' in msg.input ? msg.input.docs : [msg.input]) if ('text' in d) workerTestHook(d.text);
      const value = runTask(msg.task, msg.input, knownRule, 'uri' in msg.input && msg.task === 'lint' ? caches.get(msg.input.uri) : undefined);
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
