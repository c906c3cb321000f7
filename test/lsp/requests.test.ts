// The custom requests of protocol.ts over the real protocol.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ClaimsRequest,
  FixAllRequest,
  InsertDisclaimerRequest,
  LintFilesRequest,
  ReportRequest,
  RuleDocsRequest,
  type ClaimsResult,
  type FixAllResult,
  type InsertDisclaimerResult,
  type LintFilesResult,
  type ReportResult,
  type RuleDocsResult,
} from '../../server/src/lsp/protocol';
import { applyTextEdits, codes, fileUri, newUri, onlyRules, tempDir, useClient } from './helpers';

const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';

describe('language server: custom requests', function () {
  let dir: string;
  const client = useClient(() => {
    dir = tempDir();
    return { settings: onlyRules('absolute-claim', 'missing-disclaimer'), rootUri: fileUri(dir) };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('clinicalLint/fixAll returns one edit applying every preferred fix', async () => {
    const c = client();
    const uri = newUri();
    const text = CLAIM + '\nFish oil cures depression.\n';
    c.open(uri, text);
    await c.diagnosticsAt(uri, 1);
    const r = await c.request<FixAllResult>(FixAllRequest, { uri });
    assert.ok(r.applied >= 2, JSON.stringify(r));
    assert.equal(r.edits.length, 1);
    const fixed = applyTextEdits(text, r.edits);
    assert.doesNotMatch(fixed, /\bcures\b/);
    const m = c.mark;
    c.change(uri, 2, fixed);
    const after = await c.diagnosticsAt(uri, 2, m);
    assert.ok(!codes(after.diagnostics).includes('absolute-claim'));
    c.close(uri);
    assert.deepEqual(await c.request<FixAllResult>(FixAllRequest, { uri }), { edits: [], applied: 0 }, 'closed document');
  });

  it('clinicalLint/insertDisclaimer inserts the configured disclaimer once', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const before = await c.diagnosticsAt(uri, 1);
    assert.ok(codes(before.diagnostics).includes('missing-disclaimer'));
    const r = await c.request<InsertDisclaimerResult>(InsertDisclaimerRequest, { uri });
    assert.equal(r.alreadyPresent, false);
    assert.ok(r.edits.length > 0);
    const fixed = applyTextEdits(CLAIM, r.edits);
    assert.match(fixed, /not a substitute for individual medical advice/);
    assert.ok(fixed.startsWith('# Turmeric'), 'the draft itself is untouched');
    const m = c.mark;
    c.change(uri, 2, fixed);
    const after = await c.diagnosticsAt(uri, 2, m);
    assert.ok(!codes(after.diagnostics).includes('missing-disclaimer'), JSON.stringify(after.diagnostics));
    const again = await c.request<InsertDisclaimerResult>(InsertDisclaimerRequest, { uri });
    assert.deepEqual(again, { edits: [], alreadyPresent: true });
    c.close(uri);
  });

  it('clinicalLint/claims lists the claims with their status', async () => {
    const c = client();
    const uri = newUri();
    const text = '# Turmeric\n\nTurmeric cures arthritis.\n\nTurmeric may reduce joint pain in some adults [1].\n\n1. Smith J. Turmeric and pain. 2020. doi:10.1000/xyz123\n';
    c.open(uri, text);
    await c.diagnosticsAt(uri, 1);
    const r = await c.request<ClaimsResult>(ClaimsRequest, { uri });
    const absolute = r.claims.find((x) => x.text.includes('cures'));
    assert.ok(absolute, JSON.stringify(r));
    assert.equal(absolute.status, 'absolute');
    assert.equal(absolute.range.start.line, 2);
    for (const claim of r.claims) assert.ok(['absolute', 'unsupported', 'hedged', 'supported'].includes(claim.status));
    assert.deepEqual(await c.request<ClaimsResult>(ClaimsRequest, { uri: newUri() }), { claims: [] });
    c.close(uri);
  });

  it('clinicalLint/lintFiles lints files from disk, publishes their diagnostics and reports skipped files', async () => {
    const c = client();
    const good = path.join(dir, 'post.md');
    const notes = path.join(dir, 'notes.txt');
    const binary = path.join(dir, 'image.md');
    const missing = path.join(dir, 'gone.md');
    fs.writeFileSync(good, CLAIM);
    fs.writeFileSync(notes, 'Fish oil cures depression.\n');
    fs.writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    const m = c.mark;
    const r = await c.request<LintFilesResult>(LintFilesRequest, { uris: [fileUri(good), fileUri(notes), fileUri(binary), fileUri(missing)] });
    assert.equal(r.linted, 2);
    assert.deepEqual(
      r.skipped.map((s) => [path.basename(new URL(s.uri).pathname), /NUL|binary/.test(s.reason) ? 'binary' : /exist/.test(s.reason) ? 'missing' : s.reason]),
      [
        ['image.md', 'binary'],
        ['gone.md', 'missing'],
      ],
    );
    const pub = await c.diagnostics(fileUri(good), () => true, m);
    assert.ok(codes(pub.diagnostics).includes('absolute-claim'));
    assert.equal(pub.version, undefined, 'files on disk have no version');
    const pubNotes = await c.diagnostics(fileUri(notes), () => true, m);
    assert.ok(codes(pubNotes.diagnostics).includes('absolute-claim'));
    assert.equal(r.diagnostics, pub.diagnostics.length + pubNotes.diagnostics.length);
  });

  it('clinicalLint/report builds Markdown and self-contained HTML for open documents and files on disk', async () => {
    const c = client();
    const open = newUri();
    const text = '# Turmeric <script>alert(1)</script>\n\nTurmeric cures arthritis & gout.\n';
    c.open(open, text);
    await c.diagnosticsAt(open, 1);
    const onDisk = path.join(dir, 'disk.md');
    fs.writeFileSync(onDisk, CLAIM);
    const r = await c.request<ReportResult>(ReportRequest, { uris: [open, fileUri(onDisk), fileUri(path.join(dir, 'nope.md'))] });
    // Markdown: title, date, summary by rule and severity, every section, both documents.
    assert.match(r.markdown, /^# Clinical Lint review report/);
    assert.match(r.markdown, /Generated \d{4}-\d\d-\d\dT/);
    assert.match(r.markdown, /\| Rule \| Errors \| Warnings \| Info \| Hints \| Total \|/);
    assert.match(r.markdown, /\| absolute-claim \| 1 \| 0 \| 0 \| 0 \| 1 \|/);
    assert.match(r.markdown, /### Claims/);
    assert.match(r.markdown, /### Doses/);
    assert.match(r.markdown, /### References/);
    assert.ok(r.markdown.includes('disk.md'));
    assert.match(r.markdown, /nope\.md[\s\S]*Not analysed: does not exist/);
    // HTML: self-contained and escaped.
    assert.match(r.html, /^<!DOCTYPE html>/);
    assert.ok(!r.html.includes('<script'), 'no script, not even from the draft');
    assert.ok(r.html.includes('&lt;script&gt;') || !r.html.includes('alert'), 'draft text is escaped');
    assert.ok(!/<link|src=|href="http/i.test(r.html), 'no external resources');
    assert.match(r.html, /<table>/);
    assert.match(r.html, /absolute-claim/);
    c.close(open);
  });

  it('clinicalLint/ruleDocs returns the rule page, and nothing for unknown rules', async () => {
    const c = client();
    const r = await c.request<RuleDocsResult>(RuleDocsRequest, { ruleId: 'absolute-claim' });
    assert.equal(r.ruleId, 'absolute-claim');
    assert.match(r.markdown, /^# absolute-claim/);
    assert.match(r.url, /absolute-claim\.md$/);
    const unknown = await c.request<RuleDocsResult>(RuleDocsRequest, { ruleId: 'no-such-rule' });
    assert.deepEqual(unknown, { ruleId: 'no-such-rule', markdown: '', url: '' });
    const bad = await c.request<RuleDocsResult>(RuleDocsRequest, { ruleId: '../../etc/passwd' });
    assert.equal(bad.markdown, '');
  });

  it('answers malformed parameters with empty results, not errors', async () => {
    const c = client();
    assert.deepEqual(await c.request(FixAllRequest, {}), { edits: [], applied: 0 });
    assert.deepEqual(await c.request(ClaimsRequest, { uri: 42 }), { claims: [] });
    assert.deepEqual(await c.request(LintFilesRequest, { uris: 'nope' }), { linted: 0, skipped: [], diagnostics: 0 });
    const report = await c.request<ReportResult>(ReportRequest, { uris: [] });
    assert.match(report.markdown, /for 0 documents/);
  });
});
