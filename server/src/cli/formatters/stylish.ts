// The default, human-readable format: one block per file, one line per diagnostic, a summary.

import type { FileReport } from '../draft-linter';
import type { Palette } from './colors';

export interface StylishOptions {
  palette: Palette;
  /** How a file path is shown (relative to the current directory). */
  displayPath(filePath: string): string;
  fix: boolean;
}

export function formatStylishFile(report: FileReport, opts: StylishOptions): string {
  const { palette: c } = opts;
  if (!report.diagnostics.length) return '';
  const rows = report.diagnostics.map((d) => ({
    pos: `${d.line}:${d.column}`,
    severity: d.severity,
    message: d.message.replace(/\s+/g, ' ').trim(),
    ruleId: d.ruleId,
  }));
  const posWidth = Math.max(...rows.map((r) => r.pos.length));
  const sevWidth = Math.max(...rows.map((r) => r.severity.length));
  const lines = [c.underline(opts.displayPath(report.filePath))];
  for (const r of rows) {
    const sev = r.severity.padEnd(sevWidth);
    const coloured = r.severity === 'error' ? c.red(sev) : r.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
    lines.push(`  ${c.dim(r.pos.padStart(posWidth))}  ${coloured}  ${r.message}  ${c.dim(r.ruleId)}`);
  }
  return lines.join('\n') + '\n\n';
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixesApplied: number;
  filesFixed: number;
}

export function formatStylishSummary(t: Totals, opts: StylishOptions): string {
  const { palette: c } = opts;
  const out: string[] = [];
  if (opts.fix && t.fixesApplied) {
    out.push(c.green(`\u2714 Applied ${plural(t.fixesApplied, 'fix', 'fixes')} in ${plural(t.filesFixed, 'file')}.`));
  }
  const problems = t.errors + t.warnings + t.infos;
  if (problems) {
    const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
    if (t.infos) parts.push(`${t.infos} info`);
    const line = `\u2716 ${plural(problems, 'problem')} (${parts.join(', ')})`;
    out.push(t.errors ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
    if (!opts.fix && (t.fixableErrors || t.fixableWarnings)) {
      out.push(`  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
