// Where the server's analysis tasks run: the Analyzer interface, and the in-process implementation
// (used when no lint worker can be started; see lint-pool.ts for the worker pool).

import { ruleById } from '../engine/lint';
import { errorText, runTask, type DocumentCache, type TaskInputs, type TaskResults, type TaskType } from './analysis';

export type FailureReason = 'superseded' | 'timeout' | 'crashed' | 'failed' | 'disposed';

/** `ms`: how long the task itself ran (in the worker, or in-process), without queueing and transfer. */
export type Outcome<T> = { ok: true; value: T; ms?: number } | { ok: false; reason: FailureReason; message: string };

export interface TaskOptions {
  /** Tasks with the same key replace each other while queued (the older one ends 'superseded'). Lints use the URI. */
  key?: string;
  /** High: the author is waiting (typing, a request); low: background (open, re-lint after a settings change). */
  priority?: 'high' | 'low';
}

export interface Analyzer {
  run<K extends TaskType>(type: K, input: TaskInputs[K], opts?: TaskOptions): Promise<Outcome<TaskResults[K]>>;
  /** Someone now waits for the queued tasks with this key: run them before background ones. */
  promote?(key: string): void;
  /** The document closed: drop its queued tasks and its cache. */
  forget(uri: string): void;
  dispose(): void;
  /** 'worker' or 'inline', for logs and tests. */
  readonly mode: string;
}

export const knownRule = (id: string): boolean => ruleById.has(id);

/**
 * Bounded per-document caches (least recently used first out). A document that is not being edited (opened, or
 * only re-linted in the background) keeps its parse cache only while it is among the `maxOpened` most recently
 * linted such documents: opening many drafts at once keeps the trees of the last few, the ones an author is about
 * to type in.
 */
export class DocumentCaches {
  private readonly map = new Map<string, DocumentCache>();
  constructor(
    private readonly max = 32,
    private readonly maxOpened = 2,
  ) {}
  get(uri: string): DocumentCache {
    let c = this.map.get(uri);
    if (c) this.map.delete(uri);
    else c = {};
    this.map.set(uri, c);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
    // Newest first: `c` (about to be linted) counts as one.
    let opened = 1;
    const entries = [...this.map.values()];
    for (let i = entries.length - 2; i >= 0; i--) {
      const e = entries[i];
      if (e.parse === undefined || e.editing === true) continue;
      if (++opened > this.maxOpened) delete e.parse;
    }
    return c;
  }
  delete(uri: string): void {
    this.map.delete(uri);
  }
  get size(): number {
    return this.map.size;
  }
}

/** Runs every task on the main thread, one per macrotask turn. */
export class InlineAnalyzer implements Analyzer {
  readonly mode = 'inline';
  private readonly caches = new DocumentCaches();
  private disposed = false;

  async run<K extends TaskType>(type: K, input: TaskInputs[K]): Promise<Outcome<TaskResults[K]>> {
    await new Promise((r) => setImmediate(r));
    if (this.disposed) return { ok: false, reason: 'disposed', message: 'the server is shutting down' };
    try {
      const t0 = performance.now();
      const value = runTask(type, input, knownRule, 'uri' in input && type === 'lint' ? this.caches.get(input.uri) : undefined);
      return { ok: true, value, ms: performance.now() - t0 };
    } catch (e) {
      return { ok: false, reason: 'failed', message: errorText(e) };
    }
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
  }
}
