// Code actions: every fix of a diagnostic as a quickfix bound to it, and source.fixAll.clinical-lint
// (the preferred fixes, re-linted until stable, as one minimal edit of the whole document).

import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { preferredFix } from '../engine/lint';
import type { Diagnostic, Fix, TextEdit } from '../engine/types';
import { FIX_ALL_KIND } from './protocol';
import { detachedDocument, toLspDiagnostic, toLspEdits } from './convert';
import type { CurrentLint } from './linter';

export interface EditSupport {
  /** workspace.workspaceEdit.documentChanges */
  documentChanges: boolean;
  /** workspace.workspaceEdit.resourceOperations includes "create" */
  createFiles: boolean;
}

/** Text of another file for fixes that edit it, or null when it does not exist. */
export type FileTextLookup = (uri: string, file: string) => string | null;

/** Does an action of `kind` answer a request for `only`? ("source" covers "source.fixAll.clinical-lint") */
export function kindMatches(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function wantsQuickFixes(only: string[] | undefined): boolean {
  return kindMatches(CodeActionKind.QuickFix, only);
}

function documentEdit(doc: TextDocument, edits: TextEdit[], support: EditSupport): WorkspaceEdit {
  const lspEdits = toLspEdits(doc, edits);
  if (support.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, lspEdits)] };
  return { changes: { [doc.uri]: lspEdits } };
}

/** A fix that also edits other files (e.g. adds a range to .clinical-lint.json); null when the client cannot apply it. */
function crossFileEdit(doc: TextDocument, fix: Fix, support: EditSupport, lookup: FileTextLookup): WorkspaceEdit | null {
  if (!support.documentChanges) return null;
  const changes: WorkspaceEdit['documentChanges'] = [];
  if (fix.edits.length) changes.push(TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, toLspEdits(doc, fix.edits)));
  for (const fe of fix.fileEdits ?? []) {
    const uri = pathToFileURL(fe.file).href;
    let text = lookup(uri, fe.file);
    if (text === null) {
      if (!fe.create || !support.createFiles) return null;
      changes.push(CreateFile.create(uri, { ignoreIfExists: true }));
      text = '';
    }
    const other = detachedDocument(uri, text, 'jsonc');
    changes.push(TextDocumentEdit.create({ uri, version: null }, toLspEdits(other, fe.edits)));
  }
  return { documentChanges: changes };
}

/**
 * The text a rule computed its edits to another file against: the file on disk (rules read config files from
 * disk, so an unsaved buffer of the same file would give different positions).
 */
export function diskFileText(_uri: string, file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function overlapsRange(d: Diagnostic, start: number, end: number): boolean {
  if (d.start === d.end) return start <= d.start && d.start <= end;
  return d.start <= end && start <= d.end;
}

function sameDiagnostic(a: LspDiagnostic, b: LspDiagnostic): boolean {
  return (
    a.code === b.code &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

/** The fixes to offer for a diagnostic (the lint already added "Disable RULE for this line", see analysis.ts). */
function fixesFor(d: Diagnostic): Fix[] {
  return (d.fixes ?? []).filter((f) => f.edits.length > 0 || (f.fileEdits?.length ?? 0) > 0);
}

export interface FixAllEdit {
  edit: TextEdit | null;
  applied: number;
}

function diagnosticsInRange(lint: CurrentLint, params: CodeActionParams): { d: Diagnostic; lsp: LspDiagnostic }[] {
  const { doc } = lint;
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  const wanted = params.context.diagnostics.filter((d) => d.source === 'clinical-lint');
  const inRange: { d: Diagnostic; lsp: LspDiagnostic }[] = [];
  for (const d of lint.diagnostics) {
    if (overlapsRange(d, start, end)) inRange.push({ d, lsp: toLspDiagnostic(doc, d, doc.version) });
    else if (wanted.length) {
      const lsp = toLspDiagnostic(doc, d, doc.version);
      if (wanted.some((w) => sameDiagnostic(w, lsp))) inRange.push({ d, lsp });
    }
  }
  return inRange;
}

/**
 * Would codeActionsFor offer "fix all" for these params? Always when asked for explicitly
 * (editor.codeActionsOnSave, "Source action…"); in the plain light-bulb menu only next to a diagnostic that has a
 * preferred fix. The caller computes the (costly) fix-all edit only then.
 */
export function offersFixAll(lint: CurrentLint, params: CodeActionParams): boolean {
  const only = params.context.only;
  if (only?.length) return kindMatches(FIX_ALL_KIND, only);
  return diagnosticsInRange(lint, params).some(({ d }) => preferredFix(d));
}

/**
 * The fix-all action offered before its edit is known: the light-bulb menu next to a preferred fix must not wait for
 * the whole document to be re-linted until stable (VS Code cancels a manual Ctrl+. that an automatic request overtakes);
 * a client that can resolve a code action's edit gets it from codeAction/resolve, when the author picks the action.
 */
export const LAZY_FIX_ALL = 'lazy';
/** What codeAction/resolve needs to compute the edit (the action's `data`). */
export interface LazyFixAllData {
  clinicalLintFixAll: { uri: string; version: number };
}

export function isLazyFixAll(action: CodeAction): action is CodeAction & { data: LazyFixAllData } {
  const d = (action.data as Partial<LazyFixAllData> | undefined)?.clinicalLintFixAll;
  return action.kind === FIX_ALL_KIND && !action.edit && !!d && typeof d.uri === 'string' && typeof d.version === 'number';
}

/** The edit of a lazily offered fix-all action (codeAction/resolve): the action unchanged when nothing is left to fix. */
export function resolveFixAll(action: CodeAction, doc: TextDocument, fixAll: FixAllEdit | null, support: EditSupport): CodeAction {
  if (!fixAll?.edit || fixAll.applied === 0) return action;
  return { ...action, edit: documentEdit(doc, [fixAll.edit], support) };
}

/**
 * The code actions for a range; `fixAll` is the fix-all edit when offersFixAll() said so, LAZY_FIX_ALL to offer it
 * for codeAction/resolve to compute, else null.
 */
export function codeActionsFor(
  lint: CurrentLint,
  params: CodeActionParams,
  support: EditSupport,
  lookup: FileTextLookup,
  fixAll: FixAllEdit | typeof LAZY_FIX_ALL | null,
  cancelled: () => boolean,
): CodeAction[] {
  const { doc } = lint;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const inRange = diagnosticsInRange(lint, params);

  if (wantsQuickFixes(only)) {
    for (const { d, lsp } of inRange) {
      if (cancelled()) return actions;
      for (const fix of fixesFor(d)) {
        const edit = fix.fileEdits?.length ? crossFileEdit(doc, fix, support, lookup) : documentEdit(doc, fix.edits, support);
        if (!edit) continue;
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit };
        if (fix.isPreferred) action.isPreferred = true;
        actions.push(action);
      }
    }
  }

  // The diagnostics a fix-all action is bound to: those in range with a preferred fix.
  const preferred = fixAll ? inRange.filter(({ d }) => preferredFix(d)).map(({ lsp }) => lsp) : [];
  if (fixAll === LAZY_FIX_ALL) {
    if (!cancelled() && preferred.length) {
      const data: LazyFixAllData = { clinicalLintFixAll: { uri: doc.uri, version: doc.version } };
      actions.push({ title: 'Fix all Clinical Lint problems', kind: FIX_ALL_KIND, diagnostics: preferred, data });
    }
  } else if (fixAll && !cancelled() && (only?.length ? kindMatches(FIX_ALL_KIND, only) : preferred.length > 0)) {
    const { edit, applied } = fixAll;
    if (edit && applied > 0) {
      actions.push({
        title: `Fix all Clinical Lint problems (${applied} ${applied === 1 ? 'fix' : 'fixes'})`,
        kind: FIX_ALL_KIND,
        diagnostics: preferred,
        edit: documentEdit(doc, [edit], support),
      });
    }
  }
  return actions;
}
