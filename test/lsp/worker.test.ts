// Lints run in worker threads: over the real protocol, a long or hung lint never delays hovers, code actions,
// cancellations or other documents; stale results are dropped; a document closed mid-lint gets nothing; a crash or a
// time-out is contained (one notification, a fresh worker takes the next task). The hooks that make a lint slow,
// hang or crash (CLINICAL_LINT_TEST_WORKER_HOOKS, server/src/lsp/test-hooks.ts) are markers in the text itself.

import * as assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError, type Hover } from 'vscode-languageserver-protocol';
import { codes, newUri, onlyRules, useClient } from './helpers';

const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';
const HOOKS = { CLINICAL_LINT_TEST_WORKER_HOOKS: '1' };
const hang = (extra = ''): string => `# Hostile\n\n<!-- clinical-lint-test:hang -->\n\nGinger cures nausea.\n${extra}`;
const sleep = (ms: number): string => `# Slow\n\n<!-- clinical-lint-test:sleep=${ms} -->\n\nGinger cures nausea.\n`;
const name = (uri: string): string => uri.split('/').pop()!;

describe('language server: lints in a worker thread', function () {
  // A time limit far beyond the test: a hung lint is still running while the test checks the rest.
  const client = useClient({ settings: onlyRules('absolute-claim'), env: HOOKS, initializationOptions: { debounceMs: 0, lintTimeoutMs: 120_000 } });

  it('answers hovers, code actions and cancellations, and lints other documents, while a lint hangs', async () => {
    const c = client();
    const a = newUri();
    c.open(a, CLAIM);
    const pa = await c.diagnosticsAt(a, 1);
    assert.deepEqual(codes(pa.diagnostics), ['absolute-claim']);

    const hostile = newUri();
    c.open(hostile, hang());
    // A round trip, so the hostile lint has been handed to the worker before what follows.
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' });

    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: { line: 2, character: 11 } });
    assert.ok(hover, 'a hover on the linted document');
    assert.match(JSON.stringify(hover.contents), /absolute-claim/);
    const actions = await c.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: a },
      range: { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } },
      context: { diagnostics: pa.diagnostics, only: ['quickfix'] },
    });
    assert.ok(actions.some((x) => x.title === 'Disable absolute-claim for this line'), JSON.stringify(actions.map((x) => x.title)));
    await assert.rejects(
      c.requestCancelled('textDocument/hover', { textDocument: { uri: a }, position: { line: 2, character: 11 } }),
      (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled,
    );

    // The author types in the other document: it is linted (by a second worker) while the first still hangs.
    c.change(a, 2, CLAIM.replace('Turmeric cures', 'Willow bark cures'));
    const pa2 = await c.diagnosticsAt(a, 2);
    assert.deepEqual(codes(pa2.diagnostics), ['absolute-claim']);
    assert.ok(pa.diagnostics[0].range.start.character < pa2.diagnostics[0].range.start.character, 'positions in the new text');
    // A document opened meanwhile is linted too (background work waits longer before a second worker starts).
    const b = newUri();
    c.open(b, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(b, 1)).diagnostics), ['absolute-claim']);
    assert.deepEqual(c.publishedFor(hostile), [], 'the hung document has no diagnostics yet');
    assert.ok(!c.messages.some((m) => m.message.includes(name(hostile))), 'and no time-out yet');

    // Closing the hung document: cleared, and its lint never publishes.
    c.close(hostile);
    const cleared = await c.diagnostics(hostile);
    assert.deepEqual(cleared.diagnostics, []);
    c.close(a);
    c.close(b);
  });

  it('drops the result of a lint whose document changed meanwhile (versions)', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, sleep(400), 'markdown', 1);
    // While version 1 is being linted (the worker sleeps), version 2 arrives.
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' });
    c.change(uri, 2, CLAIM);
    const p = await c.diagnosticsAt(uri, 2);
    assert.deepEqual(codes(p.diagnostics), ['absolute-claim']);
    // A round trip through a lint after it: nothing for version 1 came before or after.
    const sentinel = newUri();
    c.open(sentinel, CLAIM);
    await c.diagnosticsAt(sentinel, 1);
    assert.deepEqual(
      c.publishedFor(uri).map((x) => x.version),
      [2],
    );
    c.close(uri);
    c.close(sentinel);
  });

  it('publishes nothing for a document closed while it is being linted', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, sleep(400));
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' });
    c.close(uri);
    const sentinel = newUri();
    c.open(sentinel, CLAIM);
    await c.diagnosticsAt(sentinel, 1);
    // The slow lint has finished by now (one worker runs tasks in order; the sentinel came after it).
    const sentinelAgain = newUri();
    c.open(sentinelAgain, CLAIM);
    await c.diagnosticsAt(sentinelAgain, 1);
    assert.deepEqual(
      c.publishedFor(uri).map((x) => x.diagnostics.length),
      [0],
      'only the clearing notification',
    );
    c.close(sentinel);
    c.close(sentinelAgain);
  });
});

describe('language server: the review report is built in the worker', function () {
  const client = useClient({ settings: onlyRules('absolute-claim'), env: HOOKS, initializationOptions: { debounceMs: 0 } });

  it('answers a hover while a slow report is being built, then delivers the report', async () => {
    const c = client();
    const a = newUri();
    c.open(a, CLAIM);
    await c.diagnosticsAt(a, 1);
    const slow = newUri();
    c.open(slow, sleep(1500));
    await c.diagnosticsAt(slow, 1);
    const events: string[] = [];
    const report = c.request<{ markdown: string; html: string }>('clinicalLint/report', { uris: [slow, a] }).then((r) => {
      events.push('report');
      return r;
    });
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' }); // the report has been handed to the worker
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: { line: 2, character: 11 } });
    events.push('hover');
    assert.ok(hover);
    const r = await report;
    assert.deepEqual(events, ['hover', 'report']);
    assert.match(r.markdown, /Turmeric cures arthritis/);
    assert.match(r.html, /<html/i);
    c.close(a);
    c.close(slow);
  });
});

describe('language server: a crashing or hung lint is contained', function () {
  const client = useClient({ settings: onlyRules('absolute-claim'), env: HOOKS, initializationOptions: { debounceMs: 0, lintTimeoutMs: 1000 } });

  it('a worker crash: one notification, empty diagnostics, and the next lints still run', async () => {
    const c = client();
    const uri = newUri();
    const before = c.messages.length;
    c.open(uri, '# Crash\n\n<!-- clinical-lint-test:crash -->\n\nGinger cures nausea.\n', 'markdown', 1);
    const p = await c.diagnosticsAt(uri, 1);
    assert.deepEqual(p.diagnostics, []);
    const shown = (): string[] => c.messages.slice(before).map((m) => m.message).filter((m) => m.includes(name(uri)));
    assert.equal(shown().length, 1, JSON.stringify(shown()));
    assert.match(shown()[0], /crashed/);
    // Hovers and code actions on it (editors ask on every cursor move) do not run the crashing lint again.
    const crashes = (): number => c.logs.filter((l) => /lint worker stopped .* while running lint on/.test(l.message) && l.message.includes(name(uri))).length;
    await c.waitFor(() => crashes() === 1, 'the crash in the log');
    for (let i = 0; i < 3; i++) {
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 8 } }), null);
      const range = { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } };
      assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    }
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' });
    assert.equal(crashes(), 1);
    // It crashes again on the next change: no second notification.
    c.change(uri, 2, '# Crash\n\n<!-- clinical-lint-test:crash -->\n\nGinger cures vomiting.\n');
    await c.diagnosticsAt(uri, 2);
    assert.equal(shown().length, 1);
    await c.waitFor(() => crashes() === 2, 'the second crash in the log');
    // A fresh worker lints the next document; and this one once the author removes the trouble.
    const other = newUri();
    c.open(other, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(other, 1)).diagnostics), ['absolute-claim']);
    c.change(uri, 3, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(uri, 3)).diagnostics), ['absolute-claim']);
    assert.ok(c.logs.some((l) => /lint worker stopped/.test(l.message)), 'the crash is logged');
    c.close(uri);
    c.close(other);
  });

  it('a hung lint: stopped at its time limit, one notification, and a fresh worker lints the rest', async () => {
    const c = client();
    const uri = newUri();
    const before = c.messages.length;
    c.open(uri, hang(), 'markdown', 1);
    const p = await c.diagnosticsAt(uri, 1);
    assert.deepEqual(p.diagnostics, []);
    const shown = c.messages.slice(before).filter((m) => m.message.includes(name(uri)));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0].message, /took too long/);
    const other = newUri();
    c.open(other, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(other, 1)).diagnostics), ['absolute-claim']);
    c.close(uri);
    c.close(other);
  });

  it('an engine exception in a task: logged, empty diagnostics, the server carries on', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, '# Throw\n\n<!-- clinical-lint-test:throw -->\n', 'markdown', 1);
    assert.deepEqual((await c.diagnosticsAt(uri, 1)).diagnostics, []);
    await c.waitFor(() => c.logs.some((l) => /injected engine failure/.test(l.message)), 'the failure in the log');
    c.change(uri, 2, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(uri, 2)).diagnostics), ['absolute-claim']);
    c.close(uri);
  });
});

describe('language server: lintWorkers 0 lints on the main thread', function () {
  const client = useClient({ settings: onlyRules('absolute-claim'), initializationOptions: { lintWorkers: 0 } });

  it('publishes diagnostics and answers hovers without a worker', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    assert.deepEqual(codes((await c.diagnosticsAt(uri, 1)).diagnostics), ['absolute-claim']);
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 11 } });
    assert.ok(hover);
    c.close(uri);
  });
});
