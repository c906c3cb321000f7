// The lint worker pool in-process, against the bundled worker (dist/lint-worker.js): queued lints of a document
// replace each other, waiting authors go first, time limits, recycling and idle exit, the in-process fallback.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import type { DocumentInput } from '../../server/src/lsp/analysis';
import type { Outcome } from '../../server/src/lsp/analyzer';
import { WorkerPool, type PoolOptions } from '../../server/src/lsp/lint-pool';

const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'lint-worker.js');
const config = resolveConfig({ trusted: true });
const input = (uri: string, text: string): DocumentInput => ({ uri, text, kind: 'markdown', config });
const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';
const SLOW = '<!-- clinical-lint-test:sleep=300 -->\n\nSlow.\n';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check(), `timed out waiting for ${what}`);
}

describe('language server units: lint worker pool', function () {
  this.timeout(30000);
  let pool: WorkerPool | undefined;
  const logs: string[] = [];
  const make = (opts: Partial<PoolOptions> = {}): WorkerPool =>
    (pool = new WorkerPool({ workerFile: WORKER, maxWorkers: 1, timeoutMs: () => 20_000, log: (m) => logs.push(m), ...opts }));
  before(() => {
    process.env.CLINICAL_LINT_TEST_WORKER_HOOKS = '1'; // workers inherit the environment
  });
  after(() => {
    delete process.env.CLINICAL_LINT_TEST_WORKER_HOOKS;
  });
  afterEach(() => {
    pool?.dispose();
    pool = undefined;
  });

  it('lints in a worker: diagnostics with their disable fix, and the doses hovers show', async () => {
    const p = make();
    const o = await p.run('lint', input('file:///a.md', `${CLAIM}\nTake 500 mg of naltrexone daily.\n`), { key: 'file:///a.md' });
    assert.ok(o.ok, JSON.stringify(o));
    const claim = o.value.diagnostics.find((d) => d.ruleId === 'absolute-claim');
    assert.ok(claim?.fixes?.some((f) => f.title === 'Disable absolute-claim for this line'));
    assert.ok(o.value.doses.some((d) => d.text.includes('500 mg')), JSON.stringify(o.value.doses));
    assert.equal(p.mode, 'worker');
    assert.equal(p.started, 1);
  });

  it('background lints run with a tight heap growth, lints an author waits for with V8\'s own; memory() reports each worker', async () => {
    const p = make();
    assert.deepEqual(await p.memory(), [], 'no worker yet');
    assert.ok((await p.run('lint', input('file:///open.md', CLAIM), { key: 'file:///open.md', priority: 'low' })).ok);
    let [m] = await p.memory();
    assert.ok(m && m.tightHeap === true && m.documents === 1 && m.heapTotalMb > 0, JSON.stringify(m));
    assert.ok((await p.run('lint', input('file:///open.md', CLAIM + '\nMore.\n'), { key: 'file:///open.md', priority: 'high' })).ok);
    [m] = await p.memory();
    assert.equal(m?.tightHeap, false);
  });

  it('tells the worker whether a background lint is alone (a draft opened on its own) or one of a burst', async () => {
    const p = make();
    assert.ok((await p.run('lint', input('file:///warm.md', CLAIM), { key: 'file:///warm.md' })).ok);
    const slot = (p as unknown as { slots: { worker: { postMessage: (m: unknown) => void } }[] }).slots[0];
    const sent: { uri: string; background?: boolean; alone?: boolean }[] = [];
    const post = slot.worker.postMessage.bind(slot.worker);
    slot.worker.postMessage = (m: unknown) => {
      const t = m as { type: string; input: { uri: string }; background?: boolean; alone?: boolean };
      if (t.type === 'task') sent.push({ uri: t.input.uri, background: t.background, alone: t.alone });
      post(m);
    };
    assert.ok((await p.run('lint', input('file:///one.md', CLAIM), { key: 'file:///one.md', priority: 'low' })).ok);
    const burst = [1, 2, 3].map((i) => p.run('lint', input(`file:///burst-${i}.md`, CLAIM), { key: `file:///burst-${i}.md`, priority: 'low' }));
    for (const o of await Promise.all(burst)) assert.ok(o.ok);
    assert.ok((await p.run('lint', input('file:///one.md', CLAIM + 'x'), { key: 'file:///one.md', priority: 'high' })).ok);
    assert.deepEqual(sent, [
      { uri: 'file:///one.md', background: true, alone: true },
      // The first of a burst starts before the others are queued, the last one after they are done: a burst remembers
      // the sentences of at most two drafts.
      { uri: 'file:///burst-1.md', background: true, alone: true },
      { uri: 'file:///burst-2.md', background: true, alone: false },
      { uri: 'file:///burst-3.md', background: true, alone: true },
      { uri: 'file:///one.md', background: false, alone: false },
    ]);
  });

  it('replaces a queued lint of the same document with the newer one', async () => {
    const p = make();
    const slow = p.run('lint', input('file:///slow.md', SLOW), { key: 'file:///slow.md' });
    const older = p.run('lint', input('file:///b.md', 'Old text.\n'), { key: 'file:///b.md' });
    const newer = p.run('lint', input('file:///b.md', CLAIM), { key: 'file:///b.md' });
    const o = await older;
    assert.equal(!o.ok && o.reason, 'superseded');
    const n = await newer;
    assert.ok(n.ok && n.value.diagnostics.some((d) => d.ruleId === 'absolute-claim'));
    assert.ok((await slow).ok);
  });

  it('runs tasks an author waits for before background ones', async () => {
    const p = make();
    const order: string[] = [];
    const track = (name: string, o: Promise<Outcome<unknown>>): Promise<void> => o.then(() => void order.push(name));
    const slow = track('slow', p.run('lint', input('file:///slow.md', SLOW), { key: 'file:///slow.md' }));
    const low = track('low', p.run('lint', input('file:///low.md', CLAIM), { key: 'file:///low.md', priority: 'low' }));
    const high = track('high', p.run('lint', input('file:///high.md', CLAIM), { key: 'file:///high.md', priority: 'high' }));
    const promoted = track('promoted', p.run('lint', input('file:///promoted.md', CLAIM), { key: 'file:///promoted.md', priority: 'low' }));
    p.promote('file:///promoted.md');
    await Promise.all([slow, low, high, promoted]);
    assert.deepEqual(order, ['slow', 'high', 'promoted', 'low']);
  });

  it('stops a task at its time limit and lints the next one in a fresh worker', async () => {
    const p = make({ timeoutMs: (_type, i) => ('text' in i && i.text.includes('hang') ? 300 : 20_000) });
    const hung = await p.run('lint', input('file:///hang.md', '<!-- clinical-lint-test:hang -->\n'));
    assert.equal(!hung.ok && hung.reason, 'timeout');
    const next = await p.run('lint', input('file:///c.md', CLAIM));
    assert.ok(next.ok);
    assert.equal(p.started, 2);
  });

  it('a crashed worker fails only its task', async () => {
    const p = make();
    const crashed = await p.run('lint', input('file:///crash.md', '<!-- clinical-lint-test:crash -->\n'));
    assert.equal(!crashed.ok && crashed.reason, 'crashed');
    assert.ok((await p.run('lint', input('file:///d.md', CLAIM))).ok);
    assert.equal(p.mode, 'worker');
  });

  it('starts a second worker only when a task has run long, and stops it when idle', async () => {
    const p = make({ maxWorkers: 2, overflowAfterMs: 1000, overflowIdleMs: 50, idleExitMs: 60_000 });
    const quick = await Promise.all([1, 2, 3].map((i) => p.run('lint', input(`file:///q${i}.md`, CLAIM))));
    assert.ok(quick.every((o) => o.ok));
    assert.equal(p.started, 1, 'short tasks share one worker');
    const slow = p.run('lint', input('file:///slow.md', '<!-- clinical-lint-test:sleep=4000 -->\n'));
    const other = await p.run('lint', input('file:///e.md', CLAIM));
    assert.ok(other.ok);
    assert.equal(p.started, 2, 'a second worker took the task waiting behind the long one');
    assert.ok((await slow).ok);
    await until(() => p.size === 1, 'the idle overflow worker to stop');
  });

  it('does not start a second worker for background tasks waiting behind a long one (until the longer delay)', async () => {
    const p = make({ maxWorkers: 2, overflowAfterMs: 100, overflowLowAfterMs: 100_000 });
    const slow = p.run('lint', input('file:///slow.md', '<!-- clinical-lint-test:sleep=1500 -->\n'));
    const background = await p.run('lint', input('file:///bg.md', CLAIM), { priority: 'low' });
    assert.ok(background.ok && (await slow).ok);
    assert.equal(p.started, 1, 'the background task waited for the one worker');
  });

  it('replaces an idle worker whose heap grew, and stops the last one after a longer idle time', async () => {
    const p = make({ recycleHeapMb: 0, recycleIdleMs: 20, idleExitMs: 200 });
    assert.ok((await p.run('lint', input('file:///f.md', CLAIM))).ok);
    // Its heap (over 0 MB) gets it replaced by a fresh worker...
    await until(() => p.recycled === 1 && p.started === 2, 'the worker to be replaced');
    // ...which has run no task (no heap figure yet) and stops once idle for idleExitMs.
    await until(() => p.size === 0 && p.recycled === 2, 'the idle worker to stop');
    const again = await p.run('lint', input('file:///g.md', CLAIM));
    assert.ok(again.ok, 'a new worker starts for the next task');
    assert.equal(p.started, 3);
  });

  it('falls back to linting in-process when workers cannot start', async () => {
    const p = make({ workerFile: path.join(__dirname, 'no-such-worker.js') });
    const o = await p.run('lint', input('file:///h.md', CLAIM));
    assert.ok(o.ok, JSON.stringify(o));
    assert.equal(p.mode, 'inline');
    assert.ok(logs.some((l) => /main thread/.test(l)));
  });

  it('answers queued tasks with "disposed" on shutdown', async () => {
    const p = make();
    const slow = p.run('lint', input('file:///slow.md', SLOW));
    const queued = p.run('lint', input('file:///i.md', CLAIM));
    p.dispose();
    const [a, b] = await Promise.all([slow, queued]);
    assert.equal(!a.ok && a.reason, 'disposed');
    assert.equal(!b.ok && b.reason, 'disposed');
  });
});
