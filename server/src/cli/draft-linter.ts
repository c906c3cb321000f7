// Lint one draft for the CLI (in the main thread or a worker): read and decode it, find its configuration,
// lint, optionally fix and write it back safely, and turn offsets into 1-based line/column for the reports.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigCache, loadConfigFile, resolveConfig, type LoadedConfigFile, type ResolvedConfig } from '../engine/config';
import { computeLineStarts, documentKindFor, offsetToPosition } from '../engine/document';
import { decodeDraft, encodeDraft, sizeProblem, type DraftEncoding } from '../engine/input';
import { fixText, lintText, preferredFix, type LintOptions } from '../engine/lint';
import type { Diagnostic, DocumentKind, Severity, SeveritySetting } from '../engine/types';
import { errnoReason } from './files';
import { writeFileAtomic } from './write';

export interface LintSettings {
  /** --config FILE, absolute; undefined: the nearest .clinical-lint.json of each file. */
  configFile?: string;
  /** --rule ID=SEVERITY, applied over the configuration. */
  ruleOverrides: Record<string, SeveritySetting>;
  fix: boolean;
  verifyReferences: boolean;
}

export interface ReportEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface ReportFix {
  title: string;
  edits: ReportEdit[];
}

export interface ReportDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: ReportFix[];
  /** Has a preferred fix that --fix would apply (not part of the JSON output). */
  fixable: boolean;
}

export interface ConfigProblemReport {
  /** Absolute path of the config file. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface RuleErrorReport {
  ruleId: string;
  message: string;
  stack?: string;
}

export interface FileReport {
  /** Absolute path, or the --stdin-filename (absolute) or "<stdin>". */
  filePath: string;
  diagnostics: ReportDiagnostic[];
  /** Set when the file was not linted: why (unreadable, binary, too large ...). */
  skipped?: string;
  /** --fix: how many fixes were applied (and written, for files). */
  fixesApplied?: number;
  /** --fix could not write the file back (the file is unchanged). */
  writeError?: string;
  /** --stdin --fix: the fixed bytes to print (the input unchanged when nothing was fixed). */
  output?: Uint8Array;
  /** --verify-references: how the online check went (status 'ok', 'offline', ...). */
  verification?: { status: string; message: string };
  /** Problems of config files this linter met for the first time with this file. */
  configProblems: ConfigProblemReport[];
  ruleErrors: RuleErrorReport[];
}

export const STDIN_NAME = '<stdin>';

export class DraftLinter {
  private readonly cache = new ConfigCache();
  private readonly resolved = new Map<LoadedConfigFile | null, ResolvedConfig>();
  private readonly announced = new Set<string>();
  private explicit: LoadedConfigFile | undefined;

  constructor(private readonly settings: LintSettings) {}

  /** The configuration for a file in `dir`, and the problems of its config file if not reported yet. */
  configFor(dir: string): { config: ResolvedConfig; problems: ConfigProblemReport[] } {
    let loaded: LoadedConfigFile | null;
    if (this.settings.configFile) {
      this.explicit ??= loadConfigFile(this.settings.configFile);
      loaded = this.explicit;
    } else {
      loaded = this.cache.fileFor(dir);
    }
    let config = this.resolved.get(loaded);
    if (!config) {
      config = resolveConfig({ file: loaded });
      if (Object.keys(this.settings.ruleOverrides).length) config = { ...config, rules: { ...config.rules, ...this.settings.ruleOverrides } };
      this.resolved.set(loaded, config);
    }
    const problems: ConfigProblemReport[] = [];
    if (loaded && loaded.problems.length && !this.announced.has(loaded.file)) {
      this.announced.add(loaded.file);
      problems.push(...describeConfigProblems(loaded));
    }
    return { config, problems };
  }

  /** Lint (and with --fix, fix) a file on disk. Never throws. */
  async lintPath(filePath: string): Promise<FileReport> {
    const report: FileReport = { filePath, diagnostics: [], configProblems: [], ruleErrors: [] };
    let config: ResolvedConfig;
    try {
      const c = this.configFor(path.dirname(filePath));
      config = c.config;
      report.configProblems = c.problems;
    } catch (e) {
      report.skipped = `internal error while reading the configuration (${(e as Error)?.message ?? e})`;
      return report;
    }
    let bytes: Buffer;
    let stat: fs.Stats;
    let fd: number | undefined;
    try {
      fd = fs.openSync(filePath, 'r');
      stat = fs.fstatSync(fd);
      if (stat.isDirectory()) {
        report.skipped = 'is a directory';
        return report;
      }
      const tooLarge = sizeProblem(stat.size, config.maxFileSize);
      if (tooLarge) {
        report.skipped = tooLarge;
        return report;
      }
      bytes = fs.readFileSync(fd);
    } catch (e) {
      report.skipped = `cannot be read (${errnoReason(e)})`;
      return report;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
    const decoded = decodeDraft(bytes, { maxBytes: config.maxFileSize });
    if (!decoded.ok) {
      report.skipped = decoded.reason;
      return report;
    }
    await this.lintDecoded(report, decoded.text, config, documentKindFor(filePath), (fixed) => {
      writeFileAtomic(filePath, encodeDraft(fixed, decoded), { mtimeMs: stat.mtimeMs, size: stat.size });
    });
    return report;
  }

  /** Lint text from standard input. With --fix, `report.output` holds the fixed bytes (input's BOM and encoding kept). */
  async lintStdin(bytes: Uint8Array, filename: string | undefined, cwd: string): Promise<FileReport> {
    const filePath = filename ? path.resolve(cwd, filename) : STDIN_NAME;
    const report: FileReport = { filePath, diagnostics: [], configProblems: [], ruleErrors: [] };
    const c = this.configFor(filename ? path.dirname(filePath) : cwd);
    report.configProblems = c.problems;
    const decoded = decodeDraft(bytes, { maxBytes: c.config.maxFileSize });
    if (!decoded.ok) {
      report.skipped = decoded.reason;
      return report;
    }
    // Without a name, standard input is taken as Markdown (most drafts are; plain text parses as paragraphs anyway).
    const kind: DocumentKind = filename ? documentKindFor(filename) : 'markdown';
    const finalText = await this.lintDecoded(report, decoded.text, c.config, kind, undefined);
    if (this.settings.fix) report.output = encodeDraft(finalText, decoded);
    return report;
  }

  private async lintDecoded(
    report: FileReport,
    text: string,
    config: ResolvedConfig,
    kind: DocumentKind,
    write: ((fixed: string) => void) | undefined,
  ): Promise<string> {
    const failed = new Set<string>();
    const opts: LintOptions = {
      config,
      kind,
      uri: report.filePath === STDIN_NAME ? 'untitled:stdin' : pathToUri(report.filePath),
      onRuleError: (ruleId, error) => {
        if (failed.has(ruleId)) return;
        failed.add(ruleId);
        const err = error as Error;
        report.ruleErrors.push({ ruleId, message: String(err?.message ?? error).split('\n')[0], stack: typeof err?.stack === 'string' ? err.stack : undefined });
      },
    };
    try {
      if (this.settings.verifyReferences) {
        const { verifyDraftReferences } = require('./verify') as typeof import('./verify');
        const check = await verifyDraftReferences(text, config, { uri: opts.uri, kind });
        opts.config = check.config;
        opts.external = check.external;
        report.verification = { status: check.status, message: check.message };
      }
      let current = text;
      if (this.settings.fix) {
        const fixed = fixText(text, opts);
        if (fixed.applied > 0 && fixed.text !== text) {
          const next = keepLineEndings(text, fixed.text);
          if (write) {
            try {
              write(next);
              current = next;
              report.fixesApplied = fixed.applied;
            } catch (e) {
              report.writeError = (e as Error)?.message ?? String(e);
            }
          } else {
            current = next;
            report.fixesApplied = fixed.applied;
          }
        } else {
          report.fixesApplied = 0;
        }
      }
      const { doc, diagnostics } = lintText(current, opts);
      report.diagnostics = diagnostics.map((d) => toReportDiagnostic(doc.lineStarts, d));
      return current;
    } catch (e) {
      // A bug in the engine (not in one rule): say so, keep going with the other files.
      report.skipped = `internal error while linting (${String((e as Error)?.message ?? e).split('\n')[0]}); please report it`;
      report.ruleErrors.push({ ruleId: '(engine)', message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack });
      report.diagnostics = [];
      return text;
    }
  }
}

function pathToUri(p: string): string {
  return 'file://' + p.split(path.sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/');
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  const p = offsetToPosition(lineStarts, offset);
  return { line: p.line + 1, column: p.character + 1 };
}

export function toReportDiagnostic(lineStarts: number[], d: Diagnostic): ReportDiagnostic {
  const start = position(lineStarts, d.start);
  const end = position(lineStarts, d.end);
  const fixes: ReportFix[] = [];
  for (const f of d.fixes ?? []) {
    if (!f.edits.length) continue;
    fixes.push({
      title: f.title,
      edits: f.edits.map((e) => {
        const s = position(lineStarts, e.start);
        const t = position(lineStarts, e.end);
        return { line: s.line, column: s.column, endLine: t.line, endColumn: t.column, newText: e.newText };
      }),
    });
  }
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fixes,
    fixable: !!preferredFix(d),
  };
}

function describeConfigProblems(loaded: LoadedConfigFile): ConfigProblemReport[] {
  let lineStarts: number[] = [0];
  try {
    lineStarts = computeLineStarts(fs.readFileSync(loaded.file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    /* unreadable: the problem says so; position 1:1 */
  }
  const prefix = `${path.basename(loaded.file)}: `;
  return loaded.problems.map((p) => {
    const pos = offsetToPosition(lineStarts, p.start);
    return {
      file: loaded.file,
      line: pos.line + 1,
      column: pos.character + 1,
      message: p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message,
    };
  });
}

/**
 * A fix must not change a file's line endings: when the original uses one style throughout (LF, CRLF or CR),
 * every line break in the fixed text is written in that style.
 */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = countMatches(original, /\r\n/g);
  const cr = countMatches(original, /\r/g) - crlf;
  const lf = countMatches(original, /\n/g) - crlf;
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
  if (kinds !== 1) return fixed;
  const eol = crlf ? '\r\n' : cr ? '\r' : '\n';
  return fixed.replace(/\r\n|\r|\n/g, eol);
}

function countMatches(s: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s)) n++;
  return n;
}

export type { DraftEncoding };
