// The server's own rule pages (docs/ next to the bundle, which hover links open in the Markdown preview) are not
// drafts: opened, they get no diagnostics, hovers or code actions. The same text elsewhere is the user's: linted.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { LintFilesRequest, ReportRequest, type LintFilesResult, type ReportResult } from '../../server/src/lsp/protocol';
import { fileUri, tempDir, useClient } from './helpers';
import { SERVER } from './lsp-client';

// The bundle's docs folder: dist/../docs (as rule-docs.ts finds it).
const SHIPPED_DOCS = path.resolve(path.dirname(SERVER), '..', 'docs');
const PAGE = path.join(SHIPPED_DOCS, 'rules', 'dose-range.md');

describe("language server: its own rule pages are not linted", function () {
  this.timeout(60000);
  const client = useClient();
  const text = fs.readFileSync(PAGE, 'utf8');
  let dir: string;

  before(() => {
    dir = tempDir();
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Open `uri` with the page's text; then a user's copy (whose diagnostics prove the server read the first open). */
  async function openBoth(uri: string, copyName: string): Promise<{ copy: string; copyCount: number }> {
    const c = client();
    const clone = path.join(dir, copyName, 'docs', 'rules', 'dose-range.md');
    fs.mkdirSync(path.dirname(clone), { recursive: true });
    fs.writeFileSync(clone, text);
    const copy = fileUri(clone);
    c.open(uri, text, 'markdown', 1);
    c.open(copy, text, 'markdown', 1);
    const p = await c.diagnosticsAt(copy, 1);
    return { copy, copyCount: p.diagnostics.length };
  }

  it('publishes nothing for the shipped page, and lints the same text in a clone of the repository', async () => {
    const c = client();
    const uri = fileUri(PAGE);
    const { copy, copyCount } = await openBoth(uri, 'clone');
    assert.ok(copyCount > 0, 'the page is full of example claims: linted elsewhere, it has problems');
    // Requests on the shipped page: nothing to hover, no code actions (and no lint started for them).
    const position = { line: text.split('\n').findIndex((l) => /\d+ ?mg/.test(l)), character: 2 };
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.equal(hover, null);
    const range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
    // A lint of the page would have run beside the copy's: give it time to publish, then check nothing came.
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(c.publishedFor(uri), [], 'no diagnostics for the shipped page');
    c.close(uri);
    c.close(copy);
    await c.diagnostics(copy, (p) => p.diagnostics.length === 0);
    assert.deepEqual(c.publishedFor(uri), [], 'closing it publishes nothing either');
  });

  it('recognises the page through a symbolic link to the docs folder', async function () {
    const link = path.join(dir, 'linked-docs');
    try {
      fs.symlinkSync(SHIPPED_DOCS, link, 'dir');
    } catch {
      this.skip(); // no symbolic links here
    }
    const c = client();
    const uri = fileUri(path.join(link, 'rules', 'dose-range.md'));
    const { copy } = await openBoth(uri, 'clone-2');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(c.publishedFor(uri), []);
    c.close(uri);
    c.close(copy);
  });

  it('skips the shipped page in Lint Workspace and the review report, and lints the copy', async () => {
    const c = client();
    const clone = path.join(dir, 'clone-3', 'dose-range.md');
    fs.mkdirSync(path.dirname(clone), { recursive: true });
    fs.writeFileSync(clone, text);
    const r = await c.request<LintFilesResult>(LintFilesRequest, { uris: [fileUri(PAGE), fileUri(clone)] });
    assert.equal(r.linted, 1);
    assert.ok(r.diagnostics > 0);
    assert.deepEqual(
      r.skipped.map((s) => [s.uri, s.reason]),
      [[fileUri(PAGE), "Clinical Lint's own rule documentation, not a draft"]],
    );
    assert.deepEqual(c.publishedFor(fileUri(PAGE)), []);
    const report = await c.request<ReportResult>(ReportRequest, { uris: [fileUri(PAGE)] });
    assert.match(report.markdown, /own rule documentation/);
  });
});
