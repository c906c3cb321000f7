// Shared bits of the language-server tests.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/engine/lint';
import { LspTestClient, type StartOptions } from './lsp-client';

/** Settings that turn every rule off except the given ones (at their default severity unless given). */
export function onlyRules(...ids: string[]): { rules: Record<string, string> } {
  const rules: Record<string, string> = {};
  for (const id of ruleById.keys()) rules[id] = 'off';
  for (const id of ids) {
    const [rule, severity] = id.split('=');
    rules[rule] = severity ?? (ruleById.get(rule)!.meta.defaultSeverity === 'off' ? 'warning' : ruleById.get(rule)!.meta.defaultSeverity);
  }
  return { rules };
}

export function tempDir(prefix = 'clinical-lint-lsp-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Apply LSP edits for `uri` from a WorkspaceEdit (changes or documentChanges) to `text`. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = [];
  if (edit?.changes?.[uri]) edits.push(...edit.changes[uri]);
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'markdown', 0, text), edits);
}

/** The text a diagnostic's range covers. */
export function spanOf(text: string, d: Pick<Diagnostic, 'range'>): string {
  const doc = TextDocument.create('untitled:x', 'markdown', 0, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** Start a client for a test suite and stop it afterwards (mocha hooks). */
export function useClient(opts: StartOptions | (() => StartOptions) = {}): () => LspTestClient {
  let client: LspTestClient | undefined;
  before(async function () {
    this.timeout(30000);
    client = await LspTestClient.start(typeof opts === 'function' ? opts() : opts);
  });
  after(async () => {
    await client?.stop();
  });
  return () => {
    if (!client) throw new Error('the language server did not start');
    return client;
  };
}

let counter = 0;
/** A fresh untitled-looking URI per test, so tests sharing a server never see each other's documents. */
export function newUri(ext = 'md'): string {
  counter++;
  return `file:///virtual/clinical-lint-test-${process.pid}-${counter}.${ext}`;
}
