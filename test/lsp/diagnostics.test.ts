// Diagnostics over the real protocol: publish on open and change, versions, close, stale results,
// rapid typing, out-of-order versions, skipped documents, plain text, rule crashes.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { codes, newUri, onlyRules, spanOf, useClient } from './helpers';
import { spawnSync } from 'node:child_process';
import { LspTestClient, SERVER } from './lsp-client';

const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';
const BAD_DIRECTIVE = '<!-- clinical-lint-disable-next-line no-such-rule -->\nA quiet paragraph about sleep.\n';

describe('language server: diagnostics', function () {
  const client = useClient({ settings: onlyRules('absolute-claim') });

  it('announces incremental sync, quick fixes, fix all and hover', () => {
    const caps = client().initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : [];
    assert.ok(kinds?.includes('quickfix'));
    assert.ok(kinds?.includes(FIX_ALL_KIND));
    assert.equal(caps.hoverProvider, true);
    assert.equal(client().initializeResult.serverInfo?.name, 'clinical-lint-language-server');
  });

  it('publishes diagnostics on open with code, source, codeDescription, severity, version and data', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM, 'markdown', 7);
    const p = await c.diagnosticsAt(uri, 7);
    const d = p.diagnostics.find((x) => x.code === 'absolute-claim');
    assert.ok(d, `expected absolute-claim in ${JSON.stringify(p.diagnostics)}`);
    assert.equal(d.source, 'clinical-lint');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(spanOf(CLAIM, d), /cures/);
    const href = d.codeDescription?.href ?? '';
    assert.match(href, /absolute-claim\.md$/);
    if (href.startsWith('file:')) assert.ok(fs.existsSync(fileURLToPath(href)), href);
    assert.equal((d.data as { ruleId: string }).ruleId, 'absolute-claim');
    assert.equal((d.data as { version: number }).version, 7);
    c.close(uri);
  });

  it('re-publishes after a change, with the new version', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM, 'markdown', 1);
    await c.diagnosticsAt(uri, 1);
    const m = c.mark;
    c.changeIncremental(uri, 2, [{ range: { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } }, text: 'may ease' }]);
    const p = await c.diagnosticsAt(uri, 2, m);
    assert.deepEqual(codes(p.diagnostics), []);
    c.close(uri);
  });

  it('reports unknown rules named in directives (no rule needed)', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, BAD_DIRECTIVE);
    const p = await c.diagnosticsAt(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'invalid-directive');
    assert.ok(d);
    assert.match(d.message, /no-such-rule/);
    assert.equal(d.range.start.line, 0);
    c.close(uri);
  });

  it('clears diagnostics on close and publishes nothing for the document afterwards', async () => {
    const c = client();
    const uri = newUri();
    const sentinel = newUri();
    c.open(uri, CLAIM);
    c.open(sentinel, BAD_DIRECTIVE);
    await c.diagnosticsAt(uri, 1);
    await c.diagnosticsAt(sentinel, 1);
    const m = c.mark;
    // A change schedules a debounced lint; the close arrives before it runs.
    c.change(uri, 2, CLAIM + '\nIt cures everything.\n');
    c.close(uri);
    const cleared = await c.diagnostics(uri, () => true, m);
    assert.deepEqual(cleared.diagnostics, []);
    // A later debounced lint of another document: by the time it is published, the closed one's timer would have fired.
    c.change(sentinel, 2, BAD_DIRECTIVE + '\nMore text.\n');
    await c.diagnosticsAt(sentinel, 2, m);
    // Nothing after the clearing notification (a lint that finished before the close may precede it).
    const after = c.publishedFor(uri, m);
    const clearedAt = after.findIndex((p) => p.diagnostics.length === 0);
    assert.deepEqual(after.slice(clearedAt).map((p) => p.diagnostics.length), [0], JSON.stringify(after));
    c.close(sentinel);
  });

  it('never rolls text back on an out-of-order (older) change and never publishes a stale version', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM, 'markdown', 5);
    await c.diagnosticsAt(uri, 5);
    const m = c.mark;
    c.change(uri, 6, '# Turmeric\n\nTurmeric may ease arthritis.\n');
    c.change(uri, 4, CLAIM); // stale: older than what the server holds
    const p = await c.diagnostics(uri, () => true, m);
    assert.equal(p.version, 6);
    assert.deepEqual(codes(p.diagnostics), []);
    // The server still holds version 6: a hover on the old claim's place finds nothing flagged.
    const hover = await c.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 11 } });
    assert.equal(hover, null);
    assert.ok(c.publishedFor(uri, m).every((x) => x.version === 6));
    c.close(uri);
  });

  it('lints plain text documents (.txt)', async () => {
    const c = client();
    const uri = newUri('txt');
    const text = 'Turmeric cures arthritis.\n\nAsk your doctor first.\n';
    c.open(uri, text, 'plaintext');
    const p = await c.diagnosticsAt(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'absolute-claim');
    assert.ok(d, JSON.stringify(p.diagnostics));
    assert.match(spanOf(text, d), /cures/);
    c.close(uri);
  });

  it('lints untitled documents by language id', async () => {
    const c = client();
    const uri = `untitled:Untitled-${process.pid}`;
    c.open(uri, CLAIM, 'markdown');
    const p = await c.diagnosticsAt(uri, 1);
    assert.ok(codes(p.diagnostics).includes('absolute-claim'));
    c.close(uri);
  });

  it('skips a document with NUL characters: one notification, diagnostics cleared', async () => {
    const c = client();
    const uri = newUri();
    const before = c.messages.length;
    c.open(uri, CLAIM);
    await c.diagnosticsAt(uri, 1);
    const m = c.mark;
    c.change(uri, 2, CLAIM + 'binary\u0000junk');
    const p = await c.diagnosticsAt(uri, 2, m);
    assert.deepEqual(p.diagnostics, []);
    c.change(uri, 3, CLAIM + 'more binary\u0000junk');
    await c.diagnosticsAt(uri, 3, m);
    const shown = c.messages.slice(before).filter((x) => x.message.includes(uri.split('/').pop()!));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0].message, /NUL/);
    // Back to text: linted again.
    c.change(uri, 4, CLAIM);
    const again = await c.diagnosticsAt(uri, 4, m);
    assert.ok(codes(again.diagnostics).includes('absolute-claim'));
    c.close(uri);
  });
});

describe('language server: a change while a lint waits for its settings', function () {
  let release: () => void = () => {};
  let held = false;
  const gate = new Promise<void>((r) => (release = r));
  const client = useClient({
    // The first settings request is held until the test releases it.
    settings: () => {
      if (held) return onlyRules('absolute-claim');
      held = true;
      return gate.then(() => onlyRules('absolute-claim'));
    },
  });

  it('drops the stale result and publishes only the current version', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM, 'markdown', 1);
    await c.waitFor(() => c.configurationRequests.some((r) => r.items.some((i) => i.scopeUri === uri)), 'the settings request');
    c.change(uri, 2, '# Turmeric\n\nTurmeric may ease arthritis.\n');
    // Make sure the change has been processed before the settings arrive: a round trip after it.
    await c.request('clinicalLint/ruleDocs', { ruleId: 'absolute-claim' });
    release();
    const p = await c.diagnostics(uri);
    assert.equal(p.version, 2);
    assert.deepEqual(p.diagnostics, []);
    const sentinel = newUri();
    c.open(sentinel, BAD_DIRECTIVE);
    await c.diagnosticsAt(sentinel, 1);
    assert.deepEqual(c.publishedFor(uri).map((x) => x.version), [2]);
    c.close(uri);
    c.close(sentinel);
  });
});

describe('language server: rapid typing', function () {
  // Keystrokes arrive one at a time (a round trip after each, so the server sees them spread out), well within a
  // debounce long enough that a busy machine cannot stall the server between two keystrokes of one burst.
  const client = useClient({ settings: onlyRules('absolute-claim'), initializationOptions: { debounceMs: 1500 } });

  it('publishes only the last version when typing fast', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    await c.diagnosticsAt(uri, 1);
    const m = c.mark;
    let text = CLAIM;
    const LAST = 12;
    for (let v = 2; v <= LAST; v++) {
      text += v % 2 ? 'It cures colds. ' : 'Sleep helps. ';
      c.change(uri, v, text);
      await c.request('clinicalLint/ruleDocs', { ruleId: 'none' });
    }
    const last = await c.diagnosticsAt(uri, LAST, m);
    assert.ok(last.diagnostics.length >= 2, 'the last text has several absolute claims');
    const versions = c.publishedFor(uri, m).map((p) => p.version);
    assert.deepEqual(versions, [LAST], `published versions: ${versions.join(', ')}`);
    c.close(uri);
  });
});

describe('language server: malformed messages', function () {
  const client = useClient({ settings: onlyRules() });

  it('survives changes without a version, opens without text and positions out of range', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, BAD_DIRECTIVE);
    await c.diagnosticsAt(uri, 1);
    void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'x' }] });
    void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: newUri(), languageId: 'markdown', version: 1 } });
    void c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: newUri() } });
    void c.conn.sendNotification('workspace/didChangeWatchedFiles', {});
    void c.conn.sendNotification('workspace/didChangeConfiguration', {});
    const far = { line: 9999, character: 9999 };
    const actions = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: far });
    assert.equal(hover, null);
    // Still linting.
    const m = c.mark;
    c.change(uri, 2, BAD_DIRECTIVE + '\nMore.\n');
    const p = await c.diagnosticsAt(uri, 2, m);
    assert.deepEqual(codes(p.diagnostics), ['invalid-directive']);
    c.close(uri);
  });
});

describe('language server: huge documents', function () {
  const client = useClient({ settings: { ...onlyRules('absolute-claim'), maxFileSize: 2000 } });

  it('skips a document over maxFileSize with one notification and no diagnostics', async () => {
    const c = client();
    const uri = newUri();
    const big = CLAIM + 'Sleep well. '.repeat(400);
    c.open(uri, big);
    const p = await c.diagnosticsAt(uri, 1);
    assert.deepEqual(p.diagnostics, []);
    c.change(uri, 2, big + 'More. ');
    await c.diagnosticsAt(uri, 2);
    const shown = c.messages.filter((x) => x.message.includes(uri.split('/').pop()!));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0].message, /too large/);
    // Requests on a skipped document answer empty, not with errors.
    const actions = await c.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    c.close(uri);
  });
});

describe('language server: a rule that throws', function () {
  const client = useClient({ settings: onlyRules('absolute-claim', 'missing-disclaimer'), env: { CLINICAL_LINT_TEST_THROWING_RULES: 'missing-disclaimer' } });

  it('is contained: the other rules still report, and the failure is logged once with the rule id', async () => {
    const c = client();
    const a = newUri();
    const b = newUri();
    c.open(a, CLAIM);
    c.open(b, CLAIM + '\nIt cures colds.\n');
    const pa = await c.diagnosticsAt(a, 1);
    const pb = await c.diagnosticsAt(b, 1);
    assert.deepEqual([...new Set(codes(pa.diagnostics))], ['absolute-claim']);
    assert.deepEqual([...new Set(codes(pb.diagnostics))], ['absolute-claim']);
    const errors = c.logs.filter((l) => l.message.includes("'missing-disclaimer'"));
    assert.equal(errors.length, 1, JSON.stringify(c.logs));
    assert.match(errors[0].message, /injected failure/);
    c.close(a);
    c.close(b);
  });
});

describe('language server: process', function () {
  it('prints usage and exits 2 without a transport flag', async () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });

  for (const transport of ['node-ipc', 'socket'] as const) {
    it(`speaks LSP over --${transport} too`, async () => {
      const c = await LspTestClient.start({ transport, settings: onlyRules() });
      try {
        const uri = newUri();
        c.open(uri, BAD_DIRECTIVE);
        const p = await c.diagnosticsAt(uri, 1);
        assert.deepEqual(codes(p.diagnostics), ['invalid-directive']);
      } finally {
        await c.stop();
      }
    });
  }

  it('exits cleanly after shutdown and exit', async () => {
    const c = await LspTestClient.start();
    await c.stop();
    assert.equal(c.proc.exitCode, 0);
  });
});
