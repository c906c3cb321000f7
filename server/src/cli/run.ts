// `clinical-lint [options] <files|dirs|globs…>` and `--stdin`: find the drafts, lint them (in worker threads
// when there are many), print the reports in command-line order, and decide the exit code.
//
// Exit codes: 0 no error-severity diagnostic (and warnings within --max-warnings); 1 at least one error or too
// many warnings; 2 usage error, or a file that could not be linted or written (one line on stderr each).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliOptions } from './args';
import { DraftLinter, type ConfigProblemReport, type FileReport, type LintSettings, type RuleErrorReport } from './draft-linter';
import { discoverFiles, display } from './files';
import { ANSI, PLAIN, useColor } from './formatters/colors';
import { formatStylishFile, formatStylishSummary, type StylishOptions, type Totals } from './formatters/stylish';
import { ruleById } from '../rules';
import type { SeveritySetting } from '../engine/types';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
}

/** More files than this are linted in worker threads (when the machine has more than one core). */
export const WORKER_THRESHOLD = 50;

export async function runLint(opts: CliOptions, io: CliIO): Promise<number> {
  const say = (line: string) => io.stderr.write(`clinical-lint: ${line}\n`);
  const debug = /(?:^|,)\s*(?:clinical-lint|\*)\s*(?:,|$)/.test(io.env.DEBUG ?? '');

  // --rule ids must exist; the severity was checked while parsing.
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const r of opts.rules) {
    if (!ruleById.has(r.id)) {
      say(`unknown rule '${r.id}' in --rule ${r.id}=${r.severity} (run 'clinical-lint --help' for the list)`);
      return 2;
    }
    ruleOverrides[r.id] = r.severity;
  }
  let configFile: string | undefined;
  if (opts.config !== undefined) {
    configFile = path.resolve(io.cwd, opts.config);
    try {
      if (!fs.statSync(configFile).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      fs.accessSync(configFile, fs.constants.R_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
      say(`--config ${opts.config}: cannot be read (${why})`);
      return 2;
    }
  }
  const settings: LintSettings = { configFile, ruleOverrides, fix: opts.fix, verifyReferences: opts.verifyReferences };

  let operationalProblem = false;
  const verificationNotes = new Set<string>();

  const color = useColor(opts.color, io.stdout, io.env);
  const stylish: StylishOptions = { palette: color ? ANSI : PLAIN, displayPath: (p) => display(p, io.cwd), fix: opts.fix };
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixesApplied: 0, filesFixed: 0 };
  const collected: FileReport[] = [];
  const skipped: { filePath: string; reason: string }[] = [];
  const configProblems: ConfigProblemReport[] = [];
  const ruleErrors: (RuleErrorReport & { filePath: string })[] = [];
  const seenConfigProblems = new Set<string>();
  const failedRules = new Set<string>();
  // With --stdin --fix the fixed text owns stdout; the report goes to stderr.
  const reportStream = opts.stdin && opts.fix ? io.stderr : io.stdout;

  const accept = (report: FileReport): void => {
    const shown = display(report.filePath, io.cwd);
    for (const p of report.configProblems) {
      const key = `${p.file}\0${p.line}\0${p.column}\0${p.message}`;
      if (seenConfigProblems.has(key)) continue;
      seenConfigProblems.add(key);
      configProblems.push(p);
      say(`${display(p.file, io.cwd)}:${p.line}:${p.column}: ${p.message} (defaults apply)`);
    }
    for (const e of report.ruleErrors) {
      if (failedRules.has(e.ruleId)) continue;
      failedRules.add(e.ruleId);
      ruleErrors.push({ ...e, filePath: report.filePath });
      if (e.ruleId === '(engine)') {
        if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
        continue;
      }
      say(`rule ${e.ruleId} failed on ${shown}: ${e.message}`);
      if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    }
    if (report.verification && report.verification.status !== 'ok' && !verificationNotes.has(report.verification.status)) {
      // Offline, or a bad service URL: said once per run (with the first file it happened on);
      // the rule then reports nothing it could not check.
      verificationNotes.add(report.verification.status);
      say(`--verify-references: ${shown}: ${report.verification.message}`);
    }
    if (report.skipped) {
      operationalProblem = true;
      skipped.push({ filePath: report.filePath, reason: report.skipped });
      say(`${shown}: ${report.skipped}`);
      return;
    }
    if (report.writeError) {
      operationalProblem = true;
      say(`${shown}: --fix ${report.writeError}`);
    }
    if (report.fixesApplied) {
      totals.fixesApplied += report.fixesApplied;
      totals.filesFixed++;
    }
    for (const d of report.diagnostics) {
      if (d.severity === 'error') {
        totals.errors++;
        if (d.fixable) totals.fixableErrors++;
      } else if (d.severity === 'warning') {
        totals.warnings++;
        if (d.fixable) totals.fixableWarnings++;
      } else totals.infos++;
    }
    const shownReport = opts.quiet ? { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === 'error') } : report;
    if (opts.format === 'stylish') reportStream.write(formatStylishFile(shownReport, stylish));
    else collected.push(shownReport);
  };

  if (opts.stdin) {
    const bytes = await readAll(io.stdin);
    const linter = new DraftLinter(settings);
    const report = await linter.lintStdin(bytes, opts.stdinFilename, io.cwd);
    if (opts.fix) io.stdout.write(report.output ?? bytes);
    accept(report);
  } else {
    const discovery = await discoverFiles(opts.patterns, io.cwd);
    for (const p of discovery.problems) {
      operationalProblem = true;
      skipped.push({ filePath: path.resolve(io.cwd, p.path), reason: p.reason });
      say(`${p.path}: ${p.reason}`);
    }
    // Online checks stay in one thread: the services' rate limits are per client, and workers would multiply them.
    const threads = opts.verifyReferences ? 0 : workerCount(discovery.files.length, io.env);
    if (threads > 0) {
      const { lintInWorkers } = require('./pool') as typeof import('./pool');
      await lintInWorkers(discovery.files, settings, threads, accept);
    } else {
      const linter = new DraftLinter(settings);
      for (const file of discovery.files) accept(await linter.lintPath(file));
    }
  }

  if (opts.format === 'stylish') {
    const visible = opts.quiet ? { ...totals, warnings: 0, infos: 0, fixableWarnings: 0 } : totals;
    reportStream.write(formatStylishSummary(visible, stylish));
  } else if (opts.format === 'json') {
    const { formatJson } = require('./formatters/json') as typeof import('./formatters/json');
    reportStream.write(formatJson(collected));
  } else {
    const { formatSarif } = require('./formatters/sarif') as typeof import('./formatters/sarif');
    const { allRules } = require('../rules') as typeof import('../rules');
    const { ruleDocsUrl } = require('../engine/docs') as typeof import('../engine/docs');
    reportStream.write(
      formatSarif({
        reports: collected,
        rules: allRules.map((r) => r.meta),
        helpUri: ruleDocsUrl,
        version: io.version,
        cwd: io.cwd,
        skipped,
        configProblems,
        ruleErrors,
      }),
    );
  }

  if (operationalProblem) return 2;
  if (totals.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && totals.warnings > opts.maxWarnings) {
    say(`too many warnings (${totals.warnings}; --max-warnings allows ${opts.maxWarnings})`);
    return 1;
  }
  return 0;
}

/**
 * Worker threads for `fileCount` files: CLINICAL_LINT_WORKERS=N forces N (0: none); otherwise one per core when
 * there are more than WORKER_THRESHOLD files and more than one core.
 */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv): number {
  const forced = env.CLINICAL_LINT_WORKERS;
  if (forced !== undefined && forced !== '' && forced !== 'auto') {
    const n = Number(forced);
    if (Number.isInteger(n) && n >= 0) return Math.min(n, Math.max(fileCount, 0), 64);
  }
  if (fileCount <= WORKER_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores > 1 ? Math.min(cores, Math.ceil(fileCount / 8)) : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
