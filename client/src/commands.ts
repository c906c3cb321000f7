// The commands of the extension. Each one is a thin call to the server (protocol.ts) plus what only an
// editor can do: apply edits, show progress, open results beside the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  Commands,
  FixAllRequest,
  InsertDisclaimerRequest,
  LintFilesRequest,
  ReportRequest,
  VerifyReferencesRequest,
  type FixAllParams,
  type FixAllResult,
  type InsertDisclaimerParams,
  type InsertDisclaimerResult,
  type LintFilesParams,
  type LintFilesResult,
  type ReportParams,
  type ReportResult,
  type TextEditDTO,
  type VerifyReferencesParams,
  type VerifyReferencesResult,
} from '../../server/src/lsp/protocol';
import type { ClaimsTreeProvider } from './claimsView';
import { showRuleDocs } from './ruleDocs';

/** Client-only commands (the walkthrough and the Claims view use them). */
export const ClientCommands = { openSample: 'clinical-lint.openSample', refreshClaims: 'clinical-lint.refreshClaims' } as const;

export const DRAFT_GLOB = '**/*.{md,markdown,mdx,txt}';
export const DRAFT_EXCLUDE = '{**/node_modules/**,**/.git/**}';
const LINT_BATCH_SIZE = 25;
export const REPORT_BASENAME = 'clinical-lint-report';

interface Deps {
  claims: ClaimsTreeProvider;
  output: vscode.OutputChannel;
}

type GetClient = () => LanguageClient | undefined;

export function registerCommands(context: vscode.ExtensionContext, getClient: GetClient, deps: Deps): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg(Commands.lintWorkspace, () => lintWorkspace(getClient));
  reg(Commands.fixAll, (uri?: vscode.Uri) => fixAll(getClient, uri));
  reg(Commands.insertDisclaimer, (uri?: vscode.Uri) => insertDisclaimer(getClient, uri));
  reg(Commands.verifyReferences, (uri?: vscode.Uri) => verifyReferences(getClient, uri));
  reg(Commands.exportReport, (scope?: 'document' | 'workspace') => exportReport(context, getClient, scope));
  reg(Commands.showRuleDocs, (ruleId?: unknown) => showRuleDocs(context.extensionUri, context.globalStorageUri, getClient(), ruleId));
  reg(Commands.revealClaim, (uri: vscode.Uri, range: vscode.Range) => revealRange(uri, range));
  reg(ClientCommands.refreshClaims, () => deps.claims.refresh());
  reg(ClientCommands.openSample, () => openSample(context));
}

/** The client, running; otherwise tells the user why nothing happens. */
function runningClient(getClient: GetClient): LanguageClient | undefined {
  const client = getClient();
  if (client?.isRunning()) return client;
  void vscode.window.showWarningMessage('Clinical Lint: the language server is not running. See Output › Clinical Lint.');
  return undefined;
}

/** The draft a command acts on: the given URI, else the active editor's Markdown or plain-text document. */
async function targetDocument(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && (doc.languageId === 'markdown' || doc.languageId === 'plaintext')) return doc;
  void vscode.window.showInformationMessage('Clinical Lint: open a Markdown or plain-text draft first.');
  return undefined;
}

async function applyServerEdits(client: LanguageClient, doc: vscode.TextDocument, edits: TextEditDTO[]): Promise<boolean> {
  if (!edits.length) return true;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(doc.uri, await client.protocol2CodeConverter.asTextEdits(edits));
  return vscode.workspace.applyEdit(workspaceEdit);
}

export async function lintWorkspace(getClient: GetClient): Promise<LintFilesResult | undefined> {
  const client = runningClient(getClient);
  if (!client) return undefined;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Clinical Lint: open a folder to lint its drafts.');
    return undefined;
  }
  const total: LintFilesResult = { linted: 0, skipped: [], diagnostics: 0 };
  const cancelled = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinical Lint', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding drafts…' });
      const files = await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE, undefined, token);
      files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
      for (let i = 0; i < files.length; i += LINT_BATCH_SIZE) {
        if (token.isCancellationRequested) return true;
        const batch = files.slice(i, i + LINT_BATCH_SIZE);
        progress.report({ message: `${i} of ${files.length} drafts`, increment: (batch.length / files.length) * 100 });
        const params: LintFilesParams = { uris: batch.map((u) => client.code2ProtocolConverter.asUri(u)) };
        try {
          const result = await client.sendRequest<LintFilesResult>(LintFilesRequest, params, token);
          total.linted += result.linted;
          total.diagnostics += result.diagnostics;
          total.skipped.push(...result.skipped);
        } catch (error) {
          if (token.isCancellationRequested) return true;
          throw error;
        }
      }
      return token.isCancellationRequested;
    },
  );
  const skipped = total.skipped.length ? `; ${total.skipped.length} skipped (${total.skipped.slice(0, 3).map((s) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))}: ${s.reason}`).join('; ')}${total.skipped.length > 3 ? '; …' : ''})` : '';
  const summary = `Clinical Lint: ${cancelled ? 'cancelled after' : 'linted'} ${total.linted} draft${total.linted === 1 ? '' : 's'}, ${total.diagnostics} problem${total.diagnostics === 1 ? '' : 's'}${skipped}.`;
  void vscode.window.showInformationMessage(summary);
  if (total.diagnostics > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return { ...total, cancelled } as LintFilesResult & { cancelled: boolean };
}

export async function fixAll(getClient: GetClient, uri?: vscode.Uri): Promise<FixAllResult | undefined> {
  const doc = await targetDocument(uri);
  const client = doc && runningClient(getClient);
  if (!doc || !client) return undefined;
  const params: FixAllParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  const result = await client.sendRequest<FixAllResult>(FixAllRequest, params);
  if (!result.edits.length) {
    void vscode.window.showInformationMessage('Clinical Lint: nothing in this draft can be fixed automatically.');
    return result;
  }
  if (!(await applyServerEdits(client, doc, result.edits))) {
    void vscode.window.showWarningMessage('Clinical Lint: the fixes could not be applied (the draft changed meanwhile). Try again.');
    return undefined;
  }
  void vscode.window.setStatusBarMessage(`Clinical Lint: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}`, 4000);
  return result;
}

export async function insertDisclaimer(getClient: GetClient, uri?: vscode.Uri): Promise<InsertDisclaimerResult | undefined> {
  const doc = await targetDocument(uri);
  const client = doc && runningClient(getClient);
  if (!doc || !client) return undefined;
  const params: InsertDisclaimerParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  const result = await client.sendRequest<InsertDisclaimerResult>(InsertDisclaimerRequest, params);
  if (result.alreadyPresent || !result.edits.length) {
    void vscode.window.showInformationMessage('Clinical Lint: this draft already has a disclaimer.');
    return result;
  }
  if (!(await applyServerEdits(client, doc, result.edits))) {
    void vscode.window.showWarningMessage('Clinical Lint: the disclaimer could not be inserted (the draft changed meanwhile). Try again.');
    return undefined;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
  if (editor) {
    const at = (await client.protocol2CodeConverter.asTextEdits(result.edits))[0].range.start;
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return result;
}

export async function verifyReferences(getClient: GetClient, uri?: vscode.Uri): Promise<VerifyReferencesResult | undefined> {
  const doc = await targetDocument(uri);
  const client = doc && runningClient(getClient);
  if (!doc || !client) return undefined;
  const params: VerifyReferencesParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinical Lint: verifying references…', cancellable: true },
    (_progress, token) => client.sendRequest<VerifyReferencesResult>(VerifyReferencesRequest, params, token),
  );
  const message = result.message || `Clinical Lint: ${result.status}`;
  const text = message.startsWith('Clinical Lint') ? message : `Clinical Lint: ${message}`;
  if (result.status === 'ok') void vscode.window.showInformationMessage(text);
  else if (result.status === 'disabled') {
    void vscode.window.showInformationMessage(text, 'Open Setting').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'clinicalLint.references.verifyOnline');
    });
  } else void vscode.window.showWarningMessage(text);
  return result;
}

export interface ExportedReport {
  markdown: vscode.Uri;
  html: vscode.Uri;
  scope: 'document' | 'workspace';
  documents: number;
}

export async function exportReport(context: vscode.ExtensionContext, getClient: GetClient, scope?: 'document' | 'workspace'): Promise<ExportedReport | undefined> {
  const client = runningClient(getClient);
  if (!client) return undefined;
  const active = vscode.window.activeTextEditor?.document;
  const activeIsDraft = !!active && (active.languageId === 'markdown' || active.languageId === 'plaintext') && !active.uri.path.endsWith(`/${REPORT_BASENAME}.md`);
  const hasFolder = !!vscode.workspace.workspaceFolders?.length;
  if (!scope) {
    if (activeIsDraft && hasFolder) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'This draft', description: vscode.workspace.asRelativePath(active!.uri), scope: 'document' as const },
          { label: 'Every draft in the workspace', scope: 'workspace' as const },
        ],
        { title: 'Clinical Lint: Export Review Report' },
      );
      if (!picked) return undefined;
      scope = picked.scope;
    } else scope = activeIsDraft ? 'document' : 'workspace';
  }
  let uris: vscode.Uri[];
  if (scope === 'document') {
    if (!activeIsDraft) {
      void vscode.window.showInformationMessage('Clinical Lint: open a Markdown or plain-text draft to report on.');
      return undefined;
    }
    uris = [active!.uri];
  } else {
    if (!hasFolder) {
      void vscode.window.showInformationMessage('Clinical Lint: open a folder to report on its drafts.');
      return undefined;
    }
    uris = (await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE)).filter((u) => !u.path.endsWith(`/${REPORT_BASENAME}.md`));
    uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  }
  const params: ReportParams = { uris: uris.map((u) => client.code2ProtocolConverter.asUri(u)) };
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinical Lint: writing the review report…' },
    () => client.sendRequest<ReportResult>(ReportRequest, params),
  );
  const folder = reportFolder(context, scope === 'document' ? uris[0] : undefined);
  await vscode.workspace.fs.createDirectory(folder);
  const markdown = vscode.Uri.joinPath(folder, `${REPORT_BASENAME}.md`);
  const html = vscode.Uri.joinPath(folder, `${REPORT_BASENAME}.html`);
  const encoder = new TextEncoder();
  await vscode.workspace.fs.writeFile(markdown, encoder.encode(report.markdown));
  await vscode.workspace.fs.writeFile(html, encoder.encode(report.html));
  await vscode.commands.executeCommand('markdown.showPreviewToSide', markdown);
  showHtmlReport(report.html, html);
  return { markdown, html, scope, documents: uris.length };
}

/** Reports go to the workspace folder of the draft (or the first folder); untitled drafts without a folder use the extension's storage. */
function reportFolder(context: vscode.ExtensionContext, doc: vscode.Uri | undefined): vscode.Uri {
  const folder = (doc && vscode.workspace.getWorkspaceFolder(doc)) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  if (doc?.scheme === 'file') return vscode.Uri.joinPath(doc, '..');
  return context.globalStorageUri;
}

let htmlPanel: vscode.WebviewPanel | undefined;

/** The self-contained HTML report in a webview beside the editor (no scripts). */
function showHtmlReport(html: string, file: vscode.Uri): void {
  if (!htmlPanel) {
    htmlPanel = vscode.window.createWebviewPanel('clinicalLint.report', 'Clinical Lint Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
    htmlPanel.onDidDispose(() => (htmlPanel = undefined));
  } else htmlPanel.reveal(vscode.ViewColumn.Beside, true);
  htmlPanel.title = `Report: ${vscode.workspace.asRelativePath(file)}`;
  htmlPanel.webview.html = html;
}

async function revealRange(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens a copy of the sample draft as an untitled document, so trying the fixes changes nothing on disk. */
async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor | undefined> {
  const sample = vscode.Uri.joinPath(context.extensionUri, 'examples', 'ldn-draft.md');
  let content: string;
  try {
    content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample));
  } catch {
    void vscode.window.showWarningMessage('Clinical Lint: the sample draft is missing from this installation.');
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc);
}
