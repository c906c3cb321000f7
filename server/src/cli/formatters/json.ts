// --format json: an array with one entry per linted file (the contract other tools rely on):
// { filePath, diagnostics: [{ ruleId, severity, message, line, column, endLine, endColumn, fixes: [{ title, edits }] }] }
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.

import type { FileReport } from '../draft-linter';

export function formatJson(reports: FileReport[]): string {
  const out = reports.map((r) => {
    const entry: Record<string, unknown> = {
      filePath: r.filePath,
      diagnostics: r.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        fixes: d.fixes.map((f) => ({
          title: f.title,
          edits: f.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, newText: e.newText })),
        })),
      })),
    };
    // Only with --fix: how many fixes were applied to this file.
    if (r.fixesApplied !== undefined) entry.fixesApplied = r.fixesApplied;
    return entry;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
