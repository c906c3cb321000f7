// Offsets (engine) <-> line/character (LSP), diagnostics and edits. The engine's UTF-16 offsets map
// directly onto LSP's default position encoding; only line breaks need care (never split "\r\n").

import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Diagnostic, Severity, TextEdit } from '../engine/types';
import type { TextEditDTO } from './protocol';
import { ruleDocsHref } from './rule-docs';

export const SOURCE = 'clinical-lint';

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toLspEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e.start, e.end), newText: e.newText };
}

export function toLspEdits(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => toLspEdit(doc, e));
}

export function toEditDTOs(doc: TextDocument, edits: TextEdit[]): TextEditDTO[] {
  return toLspEdits(doc, edits);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s] ?? DiagnosticSeverity.Warning;
}

/** What a published diagnostic carries in `data`: enough for code actions and hovers to find it again. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the diagnostic was computed for. */
  version: number | null;
  /** Offsets of the flagged span in that version. */
  start: number;
  end: number;
  /** Titles of the fixes the diagnostic offers (the code actions). */
  fixes: string[];
  /** The rule's machine-readable details (e.g. a normalised dose). */
  details?: Record<string, unknown>;
}

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic, version: number | null): LspDiagnostic {
  const data: DiagnosticData = { ruleId: d.ruleId, version, start: d.start, end: d.end, fixes: (d.fixes ?? []).map((f) => f.title) };
  if (d.data) data.details = d.data;
  const out: LspDiagnostic = {
    range: toRange(doc, d.start, d.end),
    severity: toLspSeverity(d.severity),
    code: d.ruleId,
    source: SOURCE,
    message: d.message,
    data,
  };
  const href = ruleDocsHref(d.ruleId);
  if (href) out.codeDescription = { href };
  return out;
}

export { minimalEdit } from './edits';

/** A TextDocument for text that is not open in the editor (files on disk, config files). */
export function detachedDocument(uri: string, text: string, languageId = 'markdown'): TextDocument {
  return TextDocument.create(uri, languageId, 0, text);
}
