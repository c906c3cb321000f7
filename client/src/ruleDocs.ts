// Rule documentation: the pages in docs/rules/<id>.md ship in the VSIX and open in the Markdown preview.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, RuleDocsRequest, type RuleDocsParams, type RuleDocsResult } from '../../server/src/lsp/protocol';

export interface RulePage {
  id: string;
  uri: vscode.Uri;
  /** The first sentence of the page after its title, for the quick pick. */
  summary: string;
}

const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** The rule pages shipped with the extension, sorted by id. */
export async function listRulePages(extensionUri: vscode.Uri): Promise<RulePage[]> {
  const dir = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
  const pages: RulePage[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.endsWith('.md')) continue;
    const id = name.slice(0, -3);
    if (!RULE_ID.test(id)) continue;
    const uri = vscode.Uri.joinPath(dir, name);
    let summary = '';
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      summary = firstProseLine(text);
    } catch {
      // An unreadable page still gets listed; opening it shows the error.
    }
    pages.push({ id, uri, summary });
  }
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}

/** The first line of prose after the `# id` title (skipping blank lines, headings and fences). */
export function firstProseLine(markdown: string): string {
  let inFence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || !line || line.startsWith('#') || line.startsWith('<!--')) continue;
    return line.replace(/[*_`]/g, '').slice(0, 160);
  }
  return '';
}

/**
 * Open a rule's page in the Markdown preview. Falls back to asking the server for the page when the
 * extension folder has none (e.g. a rule added after the docs were packaged).
 */
export async function showRuleDocs(extensionUri: vscode.Uri, storageUri: vscode.Uri, client: LanguageClient | undefined, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  const pages = await listRulePages(extensionUri);
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      pages.map((p) => ({ label: p.id, detail: p.summary, page: p })),
      { title: 'Clinical Lint: Show Rule Documentation', placeHolder: 'Choose a rule', matchOnDetail: true },
    );
    if (!picked) return undefined;
    id = picked.label;
  }
  if (!RULE_ID.test(id)) {
    void vscode.window.showWarningMessage(`Clinical Lint: "${id}" is not a rule id.`);
    return undefined;
  }
  const page = pages.find((p) => p.id === id);
  if (page) {
    await vscode.commands.executeCommand('markdown.showPreview', page.uri);
    return page.uri;
  }
  if (client?.isRunning()) {
    const params: RuleDocsParams = { ruleId: id };
    const result = await client.sendRequest<RuleDocsResult>(RuleDocsRequest, params);
    if (result?.markdown) {
      // A real file (not an untitled document) so the preview can follow it and closing it never prompts.
      const file = vscode.Uri.joinPath(storageUri, 'rule-docs', `${id}.md`);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.markdown));
      await vscode.commands.executeCommand('markdown.showPreview', file);
      return file;
    }
  }
  void vscode.window.showWarningMessage(`Clinical Lint: there is no documentation for rule "${id}".`);
  return undefined;
}

/** Adds "Show documentation for RULE" after the server's fixes, for every Clinical Lint diagnostic in range. */
export class RuleDocsCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix.append('clinicalLintDocs')];

  constructor(private readonly source: string) {}

  provideCodeActions(_doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== this.source) continue;
      const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
      if (!rule || seen.has(rule)) continue;
      seen.add(rule);
      const action = new vscode.CodeAction(`Show documentation for ${rule}`, RuleDocsCodeActionProvider.kinds[0]);
      action.command = { command: Commands.showRuleDocs, title: action.title, arguments: [rule] };
      action.diagnostics = [d];
      actions.push(action);
    }
    return actions;
  }
}
