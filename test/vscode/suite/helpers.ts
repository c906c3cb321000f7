// Helpers for the extension-host suite: poll (never sleep), write drafts into the test workspace, find fixes.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clinical-lint.clinical-lint';
export const SOURCE = 'clinical-lint';

/** Poll `fn` until it returns a truthy value; fail with `what` (and the last value seen) after `timeoutMs`. */
export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 30_000, describeLast?: () => string): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      const detail = describeLast ? describeLast() : last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out waiting for ${what}${detail ? `; last: ${detail}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder');
  return folder.uri;
}

export async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteFile(relative: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), relative));
  } catch {
    // already gone
  }
}

/** Write a draft and open it in an editor. */
export async function openDraft(relative: string, text: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = await writeFile(relative, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { uri, doc, editor };
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

export function lintDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (!rule || ruleOf(d) === rule));
}

export function describeDiagnostics(uri: vscode.Uri): string {
  return lintDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`).join(' | ') || '(none)';
}

/** Wait until the draft has a diagnostic of `rule` (optionally one whose text matches `text`). */
export function waitForDiagnostic(uri: vscode.Uri, rule: string, text?: RegExp, timeoutMs = 30_000): Promise<vscode.Diagnostic> {
  return waitFor(`${rule} diagnostic${text ? ` on ${text}` : ''} in ${uri.path}`, async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    return lintDiagnostics(uri, rule).find((d) => !text || text.test(doc.getText(d.range)));
  }, timeoutMs, () => describeDiagnostics(uri));
}

/** Wait until no diagnostic of `rule` (matching `text`, when given) is left. */
export function waitForNoDiagnostic(uri: vscode.Uri, rule: string, text?: RegExp, timeoutMs = 30_000): Promise<true> {
  return waitFor(`no ${rule} diagnostic${text ? ` on ${text}` : ''} in ${uri.path}`, async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    return !lintDiagnostics(uri, rule).some((d) => !text || text.test(doc.getText(d.range)));
  }, timeoutMs, () => describeDiagnostics(uri)) as Promise<true>;
}

/** Wait until the server has linted the draft at least once (any diagnostic, or a settled empty list). */
export function waitForLinted(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics for ${uri.path}`, () => {
    const d = lintDiagnostics(uri);
    return d.length ? d : undefined;
  });
}

/**
 * The quick fixes offered at a diagnostic's range, once `predicate` holds for at least one of them. Diagnostics
 * reach the extension API before the workbench's marker service, and code actions are computed against the
 * latter: poll until the server's fixes show up. (vscode.executeCodeActionProvider does not return the
 * actions' `diagnostics`, so actions are told apart by title.)
 */
export async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic, predicate: (a: vscode.CodeAction) => boolean): Promise<vscode.CodeAction[]> {
  const rule = ruleOf(diagnostic);
  let last: string[] = [];
  return waitFor(`quick fixes for ${rule} at ${diagnostic.range.start.line}:${diagnostic.range.start.character}`, async () => {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
    last = actions.map((a) => a.title);
    return actions.some(predicate) ? actions : undefined;
  }, 20_000, () => last.join(' / ') || '(no actions)');
}

/** Apply a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`could not apply "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const [section, ...rest] = key.split('.');
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
}

/** Save every draft, then close all editors (the suite never leaves untitled documents, which would prompt). */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replace the whole text of an open draft (as typing would) and wait for the editor to hold it. */
export async function replaceText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('edit failed');
}
