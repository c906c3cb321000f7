// Code actions and hovers over the real protocol: quick fixes bound to their diagnostics and applied
// for real, "disable for this line", source.fixAll.clinical-lint, context.only, cancellation, hovers.

import * as assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError, type CodeAction, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type CreateFile, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, applyWorkspaceEdit, codes, fileUri, newUri, onlyRules, spanOf, tempDir, useClient } from './helpers';
import { FULL_CAPABILITIES, type LspTestClient } from './lsp-client';

const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';

async function codeActions(c: LspTestClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], ...(only ? { only } : {}) },
  });
}

describe('language server: code actions', function () {
  const client = useClient({ settings: onlyRules('absolute-claim') });

  it('offers each fix as a quickfix bound to its diagnostic; applying the preferred one removes the diagnostic', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const p = await c.diagnosticsAt(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'absolute-claim')!;
    assert.ok(d);
    const actions = await codeActions(c, uri, d);
    const quickfixes = actions.filter((a) => a.kind === 'quickfix');
    assert.ok(quickfixes.length >= 2, JSON.stringify(actions));
    for (const a of quickfixes) {
      assert.equal(a.diagnostics?.length, 1);
      assert.equal(a.diagnostics![0].code, 'absolute-claim');
      assert.deepEqual(a.diagnostics![0].range, d.range);
    }
    const preferred = quickfixes.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'one preferred fix');
    // Versioned edits: the client refuses them if the document moved on.
    const docEdit = preferred[0].edit!.documentChanges?.[0] as { textDocument: { version: number } } | undefined;
    assert.equal(docEdit?.textDocument.version, 1);
    const fixed = applyWorkspaceEdit(CLAIM, uri, preferred[0].edit);
    assert.notEqual(fixed, CLAIM);
    assert.doesNotMatch(fixed, /\bcures\b/);
    const m = c.mark;
    c.change(uri, 2, fixed);
    const after = await c.diagnosticsAt(uri, 2, m);
    assert.ok(!codes(after.diagnostics).includes('absolute-claim'), JSON.stringify(after.diagnostics));
    c.close(uri);
  });

  it('offers "Disable absolute-claim for this line", which silences it', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const actions = await codeActions(c, uri, d, ['quickfix']);
    const disable = actions.find((a) => a.title === 'Disable absolute-claim for this line');
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    const fixed = applyWorkspaceEdit(CLAIM, uri, disable.edit);
    assert.match(fixed, /clinical-lint-disable-(next-)?line absolute-claim/);
    const m = c.mark;
    c.change(uri, 2, fixed);
    const after = await c.diagnosticsAt(uri, 2, m);
    assert.deepEqual(codes(after.diagnostics), []);
    c.close(uri);
  });

  it('honours context.only: quickfix only, or only source.fixAll.clinical-lint', async () => {
    const c = client();
    const uri = newUri();
    const text = CLAIM + '\nFish oil cures depression.\n';
    c.open(uri, text);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const quick = await codeActions(c, uri, d, ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    const fixAll = await codeActions(c, uri, d, [FIX_ALL_KIND]);
    assert.deepEqual(
      fixAll.map((a) => a.kind),
      [FIX_ALL_KIND],
    );
    const viaSource = await codeActions(c, uri, d, ['source']);
    assert.deepEqual(
      viaSource.map((a) => a.kind),
      [FIX_ALL_KIND],
    );
    const none = await codeActions(c, uri, d, ['refactor']);
    assert.deepEqual(none, []);
    c.close(uri);
  });

  it('source.fixAll.clinical-lint applies every preferred fix as one minimal edit', async () => {
    const c = client();
    const uri = newUri();
    const text = CLAIM + '\nFish oil cures depression.\n';
    c.open(uri, text);
    await c.diagnosticsAt(uri, 1);
    // As editor.codeActionsOnSave asks: the whole document, only fix-all.
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
    assert.equal(actions.length, 1);
    const change = actions[0].edit!.documentChanges![0] as { edits: { range: unknown }[] };
    assert.equal(change.edits.length, 1, 'one edit');
    const fixed = applyWorkspaceEdit(text, uri, actions[0].edit);
    assert.doesNotMatch(fixed, /\bcures\b/);
    const m = c.mark;
    c.change(uri, 2, fixed);
    const after = await c.diagnosticsAt(uri, 2, m);
    assert.deepEqual(codes(after.diagnostics), []);
    // Nothing left to fix: no fix-all action.
    const again = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
    assert.deepEqual(again, []);
    c.close(uri);
  });

  it('answers requests for unknown or closed documents with empty results, not errors', async () => {
    const c = client();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: newUri() }, range, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: newUri() }, position: range.start });
    assert.equal(hover, null);
  });

  it('returns RequestCancelled for a cancelled code action request and keeps serving', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics[0];
    const err = await c
      .requestCancelled('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    assert.ok(err instanceof ResponseError, `expected a cancellation error, got ${JSON.stringify(err)}`);
    assert.equal(err.code, LSPErrorCodes.RequestCancelled);
    const herr = await c.requestCancelled('textDocument/hover', { textDocument: { uri }, position: d.range.start }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(herr instanceof ResponseError);
    assert.equal(herr.code, LSPErrorCodes.RequestCancelled);
    // Still alive and answering.
    const actions = await codeActions(c, uri, d);
    assert.ok(actions.length > 0);
    c.close(uri);
  });
});

describe('language server: the light-bulb fix-all, resolved when picked (codeAction/resolve)', function () {
  // As VS Code declares: code actions carry data, and their edit may be resolved later.
  const capabilities = {
    ...FULL_CAPABILITIES,
    textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: { ...FULL_CAPABILITIES.textDocument!.codeAction, resolveSupport: { properties: ['edit'] } } },
  };
  const client = useClient({ settings: onlyRules('absolute-claim'), capabilities });
  const TWO = CLAIM + '\nFish oil cures depression.\n';

  it('announces resolveProvider', () => {
    const caps = client().initializeResult.capabilities.codeActionProvider;
    assert.equal(typeof caps === 'object' && caps.resolveProvider, true);
  });

  it('offers "Fix all" next to a preferred fix without computing it; resolving gives the edit, which fixes every problem', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, TWO);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const actions = await codeActions(c, uri, d);
    const lazy = actions.filter((a) => a.kind === FIX_ALL_KIND);
    assert.equal(lazy.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(lazy[0].title, 'Fix all Clinical Lint problems');
    assert.equal(lazy[0].edit, undefined, 'no edit until resolved');
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.isPreferred && a.edit), 'the quick fixes carry their edits');
    const resolved = await c.request<CodeAction>('codeAction/resolve', lazy[0]);
    const docEdit = resolved.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(docEdit.textDocument.version, 1);
    const fixed = applyWorkspaceEdit(TWO, uri, resolved.edit);
    assert.doesNotMatch(fixed, /\bcures\b/);
    // Once computed, the menu shows it with its count, no resolve needed.
    const again = (await codeActions(c, uri, d)).find((a) => a.kind === FIX_ALL_KIND)!;
    assert.match(again.title, /^Fix all Clinical Lint problems \(2 fixes\)$/);
    assert.ok(again.edit);
    const m = c.mark;
    c.change(uri, 2, fixed);
    assert.deepEqual(codes((await c.diagnosticsAt(uri, 2, m)).diagnostics), []);
    c.close(uri);
  });

  it('resolved after an edit, the fix-all is computed for the text as it is then (its version), never for the old text', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, TWO);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const lazy = (await codeActions(c, uri, d)).find((a) => a.kind === FIX_ALL_KIND)!;
    const edited = TWO.replace('Fish oil cures depression.', 'Fish oil is oily.\n\nGarlic cures colds.');
    const m = c.mark;
    c.change(uri, 2, edited);
    await c.diagnosticsAt(uri, 2, m);
    const resolved = await c.request<CodeAction>('codeAction/resolve', lazy);
    const docEdit = resolved.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(docEdit.textDocument.version, 2);
    const fixed = applyWorkspaceEdit(edited, uri, resolved.edit);
    assert.doesNotMatch(fixed, /\bcures\b/);
    assert.match(fixed, /Fish oil is oily\./);
    c.close(uri);
  });

  it('still computes the fix-all at once when asked for explicitly (codeActionsOnSave: context.only)', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, TWO);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const actions = await codeActions(c, uri, d, [FIX_ALL_KIND]);
    assert.equal(actions.length, 1);
    assert.ok(actions[0].edit, 'the edit is there');
    assert.match(actions[0].title, /\(2 fixes\)$/);
    c.close(uri);
  });

  it('resolving an action it did not offer (or for a closed document) returns it unchanged', async () => {
    const c = client();
    const foreign = { title: 'Something else', kind: 'quickfix', data: { x: 1 } };
    assert.deepEqual(await c.request<CodeAction>('codeAction/resolve', foreign), foreign);
    const closed = { title: 'Fix all Clinical Lint problems', kind: FIX_ALL_KIND, data: { clinicalLintFixAll: { uri: newUri(), version: 1 } } };
    assert.deepEqual(await c.request<CodeAction>('codeAction/resolve', closed), closed);
  });
});

describe('language server: a fix that edits .clinical-lint.json', function () {
  let dir: string;
  const client = useClient(() => {
    dir = tempDir();
    return { settings: onlyRules('dose-range'), rootUri: fileUri(dir) };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the config file with CreateFile + TextDocumentEdit; once applied, the dose is in range', async () => {
    const c = client();
    const draft = path.join(dir, 'ldn.md');
    const text = '# Low-dose naltrexone\n\nSome people take 50 mg of naltrexone at night.\n';
    fs.writeFileSync(draft, text);
    const uri = fileUri(draft);
    c.open(uri, text);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'dose-range');
    assert.ok(d, 'the dose is flagged');
    const actions = await codeActions(c, uri, d, ['quickfix']);
    const add = actions.find((a) => /to \.clinical-lint\.json$/.test(a.title));
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    const changes = add.edit!.documentChanges!;
    const configFile = path.join(dir, '.clinical-lint.json');
    const create = changes.find((x) => 'kind' in x && x.kind === 'create') as CreateFile;
    assert.equal(create.uri, fileUri(configFile));
    const edit = changes.find((x) => 'textDocument' in x && x.textDocument.uri === fileUri(configFile)) as TextDocumentEdit;
    assert.ok(edit);
    // Apply it as an editor would: create the file, apply the edits, save; the watcher reports it.
    fs.writeFileSync(configFile, applyTextEdits('', edit.edits as TextEdit[]));
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(configFile, 'utf8')));
    const m = c.mark;
    c.watchedFilesChanged([{ uri: fileUri(configFile), type: FileChangeType.Created }]);
    const after = await c.diagnostics(uri, () => true, m);
    assert.ok(!codes(after.diagnostics).includes('dose-range'), JSON.stringify(after.diagnostics));
    c.close(uri);
  });
});

describe('language server: hover', function () {
  const client = useClient({ settings: onlyRules('absolute-claim') });

  it('shows the rule, its rationale, what to do and a link to the rule page on a flagged span', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const d = (await c.diagnosticsAt(uri, 1)).diagnostics.find((x) => x.code === 'absolute-claim')!;
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /absolute-claim/);
    assert.match(value, /Why it matters/);
    assert.match(value, /What to do/);
    assert.ok(value.includes(d.codeDescription!.href), value);
    assert.deepEqual(hover.range, d.range);
    assert.match(spanOf(CLAIM, hover as { range: Diagnostic['range'] }), /cures/);
    // Off the flagged span: nothing.
    const none = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(none, null);
    c.close(uri);
  });

  it('shows the normalised value, drug and range applied on a dose', async () => {
    const c = client();
    const uri = newUri();
    const text = '# Low-dose naltrexone\n\nMost people take 4.5 mg of naltrexone at night.\n';
    c.open(uri, text);
    await c.diagnosticsAt(uri, 1);
    const at = text.indexOf('4.5 mg') + 1;
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: at - text.indexOf('Most') } });
    assert.ok(hover, 'a hover on the dose');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Dose/);
    assert.match(value, /Normalised: 4\.5 mg per (dose|day)/);
    assert.match(value, /Drug: naltrexone/i);
    assert.match(value, /Range applied:/);
    assert.match(spanOf(text, hover as { range: Diagnostic['range'] }), /4\.5\s*mg/);
    c.close(uri);
  });
});
