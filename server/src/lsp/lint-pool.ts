// The lint worker pool: the server's analysis tasks run in worker threads (lint-worker.ts), so the connection
// stays responsive while a long lint runs.
//
// - One worker normally. A second ("overflow") worker starts only when a task has waited behind one that has run
//   for longer than `overflowAfterMs` (1 s; 5 s when only background tasks wait): a huge or hostile document. It
//   stops again when idle: editors share the machine, so the server never keeps more than two threads linting.
// - Queued tasks with the same key (the document URI) replace each other: only the newest text is linted.
//   Tasks the author waits for (typing, requests) go before background ones (opening, re-linting after settings).
// - A task that runs longer than its time limit is stopped by terminating its worker; a worker that dies (a crash,
//   out of memory) fails only its own task. Either way a fresh worker takes the next task.
// - A worker whose heap has grown (V8 keeps the garbage of a burst of lints as heap it never returns) is
//   replaced by a fresh one after a few idle seconds, so the memory a burst needed goes back to the system; after a
//   minute without work the worker stops altogether (the next lint starts one, about a few hundred ms once).
// - When no worker can start at all (three start-up failures in a row, or no worker file), tasks run in-process.

import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { taskSubject, type TaskInputs, type TaskResults, type TaskType } from './analysis';
import { InlineAnalyzer, type Analyzer, type Outcome, type TaskOptions } from './analyzer';
import type { WorkerReply, WorkerRequest } from './lint-worker';
import type { MemoryReport } from './memory';

export interface PoolOptions {
  workerFile: string;
  /** 1 or 2. */
  maxWorkers: number;
  /** Time limit of a task on `input` (ms). */
  timeoutMs: (type: TaskType, input: TaskInputs[TaskType]) => number;
  /** Start the overflow worker when the busy one has run its task this long (ms) and an author waits (high priority). */
  overflowAfterMs?: number;
  /** The same when only background tasks wait (opening many documents on a busy machine must not start it). */
  overflowLowAfterMs?: number;
  /** Stop an idle overflow worker after this long (ms). */
  overflowIdleMs?: number;
  /** Replace the main worker after this long idle (ms) when its heap is over `recycleHeapMb`. */
  recycleIdleMs?: number;
  recycleHeapMb?: number;
  /** Stop the last worker after this long idle (ms); the next task starts a fresh one. */
  idleExitMs?: number;
  /** V8 young-generation size of a worker (MB, default 16). */
  youngHeapMb?: number;
  /** V8 old-generation limit of a worker (MB; default V8's): a document that needs more fails alone instead of the server. */
  maxHeapMb?: number;
  log: (message: string) => void;
}

interface Job {
  id: number;
  type: TaskType;
  input: TaskInputs[TaskType];
  key?: string;
  resolve: (o: Outcome<unknown>) => void;
  /** Workers that died before they could run it (start-up failures). */
  attempts: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  started: number;
  timer?: NodeJS.Timeout;
  idleTimer?: NodeJS.Timeout;
  /** The worker has loaded the engine (its start-up does not count against a task's time limit). */
  ready: boolean;
  heapMb: number;
  /** Set when the pool ended the worker itself (timeout, recycling, shutdown): its exit is expected. */
  retired: boolean;
  /** Callers of memory() waiting for this worker's report. */
  memoryWaiters: ((r: WorkerMemory | null) => void)[];
}

/** A lint worker's memory, how many documents it keeps caches for, and whether its heap grows tightly (background work). */
export type WorkerMemory = MemoryReport & { documents: number; tightHeap: boolean };

/**
 * V8's --max-semi-space-size is process-wide and takes precedence over a worker's resourceLimits: the server's own
 * option (SERVER_NODE_OPTIONS, a small young generation for the thread that only talks LSP) gave the lint worker
 * 2 MB semi-spaces too, and every lint of the 5,000-word bench draft then ran ~2.8 scavenges that copied its
 * working set (11-13 ms of GC per ~20 ms lint, against 3.7 ms with the worker's own 16 MB). The main isolate's
 * heap is configured at start-up and keeps its size; clearing the flag lets workers created from now on take
 * their young generation from resourceLimits.
 */
function youngGenerationFromResourceLimits(): void {
  try {
    if (process.execArgv.some((a) => /^--max[-_]semi[-_]space[-_]size\b/.test(a)) || /--max[-_]semi[-_]space[-_]size/.test(process.env.NODE_OPTIONS ?? ''))
      v8.setFlagsFromString('--max-semi-space-size=0');
  } catch {
    /* best effort: the worker then has the process's young generation */
  }
}

export class WorkerPool implements Analyzer {
  private readonly high: Job[] = [];
  private readonly low: Job[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private startFailures = 0;
  private fallback: InlineAnalyzer | null = null;
  private disposed = false;
  private overflowTimer?: NodeJS.Timeout;
  /** The worker that last ran each document's lint (it holds that document's cache): preferred when idle. */
  private readonly affinity = new Map<string, Slot>();
  private overflowDue = 0;
  /** Workers started and stopped for being idle so far (for tests and logs). */
  started = 0;
  recycled = 0;

  constructor(private readonly opts: PoolOptions) {}

  get mode(): string {
    return this.fallback ? 'inline' : 'worker';
  }

  /** How many workers are running now. */
  get size(): number {
    return this.slots.length;
  }

  run<K extends TaskType>(type: K, input: TaskInputs[K], opts: TaskOptions = {}): Promise<Outcome<TaskResults[K]>> {
    if (this.fallback) return this.fallback.run(type, input);
    if (this.disposed) return Promise.resolve({ ok: false, reason: 'disposed', message: 'the server is shutting down' });
    return new Promise((resolve) => {
      const job: Job = { id: ++this.nextId, type, input, key: opts.key, resolve: resolve as (o: Outcome<unknown>) => void, attempts: 0 };
      if (job.key !== undefined) this.supersede((j) => j.key === job.key && j.type === type);
      (opts.priority === 'low' ? this.low : this.high).push(job);
      this.dispatch();
    });
  }

  /**
   * Each running worker's memory (null for one that does not answer within `timeoutMs`, e.g. busy with a long
   * lint). For the benchmark and tests.
   */
  memory(timeoutMs = 2000): Promise<(WorkerMemory | null)[]> {
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<WorkerMemory | null>((resolve) => {
            const timer = setTimeout(() => resolve(null), timeoutMs);
            timer.unref?.();
            slot.memoryWaiters.push((r) => {
              clearTimeout(timer);
              resolve(r);
            });
            this.post(slot, { type: 'memory' });
          }),
      ),
    );
  }

  /** Move queued tasks with this key to the front queue (someone is now waiting for them). */
  promote(key: string): void {
    for (let i = this.low.length - 1; i >= 0; i--) {
      if (this.low[i].key === key) this.high.push(...this.low.splice(i, 1));
    }
    this.dispatch();
  }

  forget(uri: string): void {
    this.supersede((j) => j.key === uri);
    this.affinity.delete(uri);
    // A long lint of a closed document would only waste a core until its time limit: stop its worker.
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.job?.key === uri && now - slot.started >= (this.opts.overflowAfterMs ?? 1000)) {
        this.retire(slot, { ok: false, reason: 'superseded', message: 'the document was closed' });
      }
    }
    for (const slot of this.slots) this.post(slot, { type: 'forget', uri });
    this.fallback?.forget(uri);
    this.dispatch();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.overflowTimer);
    for (const job of [...this.high.splice(0), ...this.low.splice(0)]) job.resolve({ ok: false, reason: 'disposed', message: 'the server is shutting down' });
    for (const slot of [...this.slots]) this.retire(slot, { ok: false, reason: 'disposed', message: 'the server is shutting down' });
    this.fallback?.dispose();
  }

  private supersede(match: (j: Job) => boolean): void {
    for (const queue of [this.high, this.low]) {
      for (let i = queue.length - 1; i >= 0; i--) {
        if (!match(queue[i])) continue;
        const [job] = queue.splice(i, 1);
        job.resolve({ ok: false, reason: 'superseded', message: 'a newer task replaced it' });
      }
    }
  }

  private dispatch(): void {
    if (this.disposed) return;
    while (this.high.length || this.low.length) {
      const next = (this.high.length ? this.high : this.low)[0];
      const preferred = next.key !== undefined ? this.affinity.get(next.key) : undefined;
      let slot = preferred && !preferred.job && !preferred.retired ? preferred : this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length === 0) slot = this.spawn();
        else if (this.slots.length < this.opts.maxWorkers && this.longestRunning() >= this.overflowDelay()) slot = this.spawn();
        else {
          this.checkOverflowLater();
          return;
        }
        if (!slot) return; // fell back to in-process
      }
      const background = !this.high.length;
      const job = (background ? this.low : this.high).shift()!;
      // A background task with no other waiting (a draft opened on its own, not a folder of them).
      this.start(slot, job, background, background && !this.low.length);
    }
  }

  private overflowDelay(): number {
    return this.high.length ? (this.opts.overflowAfterMs ?? 1000) : (this.opts.overflowLowAfterMs ?? 5000);
  }

  private longestRunning(): number {
    const now = Date.now();
    // A worker still starting up is not running long: its task has not begun.
    return Math.max(0, ...this.slots.filter((s) => s.job && s.ready).map((s) => now - s.started));
  }

  /** Tasks are waiting behind busy workers: look again when the oldest running task reaches the overflow delay. */
  private checkOverflowLater(): void {
    if (this.slots.length >= this.opts.maxWorkers) return;
    const due = Date.now() + Math.max(10, this.overflowDelay() - this.longestRunning());
    // An earlier check stays; a later one is replaced (a high-priority task arrived behind background ones).
    if (this.overflowTimer && this.overflowDue <= due) return;
    clearTimeout(this.overflowTimer);
    this.overflowDue = due;
    this.overflowTimer = setTimeout(() => {
      this.overflowTimer = undefined;
      this.dispatch();
    }, due - Date.now());
    this.overflowTimer.unref?.();
  }

  private spawn(): Slot | undefined {
    let worker: Worker;
    try {
      youngGenerationFromResourceLimits();
      // V8's default old-generation limit: a document that needs more ends its worker alone (ERR_WORKER_OUT_OF_MEMORY),
      // not the server. A lower limit trades CPU for memory badly (measured: 1 GB made every lint ~25% slower, 512 MB
      // twice as slow). The young generation is capped at 16 MB (V8's default is larger): A/B runs showed no CPU cost.
      worker = new Worker(this.opts.workerFile, {
        resourceLimits: { maxYoungGenerationSizeMb: this.opts.youngHeapMb ?? 16, ...(this.opts.maxHeapMb ? { maxOldGenerationSizeMb: this.opts.maxHeapMb } : {}) },
      });
    } catch (e) {
      this.startFailed(`could not start a lint worker: ${String(e)}`);
      return this.fallback ? undefined : this.spawn();
    }
    this.started++;
    const slot: Slot = { worker, job: null, started: 0, ready: false, heapMb: 0, retired: false, memoryWaiters: [] };
    worker.unref();
    worker.on('message', (msg: WorkerReply | { type: 'ready' } | { type: 'memory'; memory: MemoryReport; documents: number; tightHeap: boolean }) => {
      if (!('type' in msg)) this.finished(slot, msg);
      else if (msg.type === 'ready') this.ready(slot);
      else if (msg.type === 'memory') {
        const waiting = slot.memoryWaiters.splice(0);
        for (const w of waiting) w({ ...msg.memory, documents: msg.documents, tightHeap: msg.tightHeap });
      }
    });
    worker.on('error', (e) => this.died(slot, `the lint worker failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => this.died(slot, `the lint worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private startFailed(message: string): void {
    this.startFailures++;
    this.opts.log(`Clinical Lint: ${message}`);
    if (this.startFailures >= 3 && !this.fallback) {
      this.opts.log('Clinical Lint: lint workers do not start; linting on the main thread from now on.');
      this.fallback = new InlineAnalyzer();
      for (const job of [...this.high.splice(0), ...this.low.splice(0)]) void this.fallback.run(job.type, job.input).then(job.resolve);
    }
  }

  private post(slot: Slot, msg: WorkerRequest): void {
    try {
      slot.worker.postMessage(msg);
    } catch (e) {
      this.died(slot, `could not send to the lint worker: ${String(e)}`);
    }
  }

  private ready(slot: Slot): void {
    slot.ready = true;
    if (slot.job) {
      slot.started = Date.now();
      this.startTimer(slot, slot.job);
    } else this.whenIdle(slot);
  }

  private start(slot: Slot, job: Job, background: boolean, alone: boolean): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    slot.started = Date.now();
    if (job.key !== undefined && job.type === 'lint') this.affinity.set(job.key, slot);
    if (slot.ready) this.startTimer(slot, job);
    this.post(slot, { type: 'task', id: job.id, task: job.type, input: job.input, background, alone });
  }

  private startTimer(slot: Slot, job: Job): void {
    const limit = this.opts.timeoutMs(job.type, job.input);
    slot.timer = setTimeout(() => {
      this.opts.log(`Clinical Lint: ${job.type} of ${taskSubject(job.input)} took longer than ${Math.round(limit / 1000)} s; stopping it and starting a fresh lint worker.`);
      this.retire(slot, { ok: false, reason: 'timeout', message: `over ${Math.round(limit / 1000)} s` });
      this.dispatch();
    }, limit);
  }

  private finished(slot: Slot, msg: WorkerReply): void {
    const job = slot.job;
    if (!job || msg.id !== job.id) return;
    clearTimeout(slot.timer);
    slot.job = null;
    slot.heapMb = msg.heapMb;
    this.startFailures = 0;
    job.resolve(msg.ok ? { ok: true, value: msg.value, ms: msg.ms } : { ok: false, reason: 'failed', message: msg.error });
    this.dispatch();
    if (!slot.job && !slot.retired) this.whenIdle(slot);
  }

  private whenIdle(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    const overflow = this.slots.indexOf(slot) > 0;
    const recycle = !overflow && slot.heapMb > (this.opts.recycleHeapMb ?? 48);
    const delay = overflow ? (this.opts.overflowIdleMs ?? 10_000) : recycle ? (this.opts.recycleIdleMs ?? 3000) : (this.opts.idleExitMs ?? 60_000);
    slot.idleTimer = setTimeout(() => {
      if (slot.job || slot.retired || this.disposed) return;
      this.retire(slot, null);
      this.recycled++;
      // A bloated main worker is replaced right away (the fresh one warms up while idle).
      if (recycle && this.slots.length === 0) this.spawn();
    }, delay);
    slot.idleTimer.unref?.();
  }

  /** Take a worker out of the pool: no new tasks, no timers, no documents sent back to it. */
  private detach(slot: Slot): void {
    slot.retired = true;
    for (const w of slot.memoryWaiters.splice(0)) w(null);
    for (const [k, v] of this.affinity) if (v === slot) this.affinity.delete(k);
    clearTimeout(slot.timer);
    clearTimeout(slot.idleTimer);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  /** End a worker on purpose; its running task (if any) ends with `outcome`. */
  private retire(slot: Slot, outcome: Outcome<unknown> | null): void {
    this.detach(slot);
    const job = slot.job;
    slot.job = null;
    if (job) job.resolve(outcome ?? { ok: false, reason: 'disposed', message: 'the worker was stopped' });
    void slot.worker.terminate().catch(() => undefined);
  }

  private died(slot: Slot, message: string): void {
    if (slot.retired) return;
    this.detach(slot);
    void slot.worker.terminate().catch(() => undefined);
    const job = slot.job;
    slot.job = null;
    this.opts.log(`Clinical Lint: ${message}${job ? ` while running ${job.type} on ${taskSubject(job.input)}` : ''}; a fresh worker takes the next task.`);
    if (!slot.ready) {
      // It never loaded the engine: a start-up failure, not the task's fault. The task goes first again (or
      // in-process, once workers are given up on).
      this.startFailed(message);
      if (job && this.fallback) void this.fallback.run(job.type, job.input).then(job.resolve);
      else if (job && ++job.attempts < 3) this.high.unshift(job);
      else if (job) job.resolve({ ok: false, reason: 'crashed', message });
    } else if (job) job.resolve({ ok: false, reason: 'crashed', message });
    this.dispatch();
  }
}
