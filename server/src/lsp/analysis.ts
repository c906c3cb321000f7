// What the language server computes from a document's text, as plain data (structured-cloneable): run in the
// lint worker (lint-worker.ts), or in-process when no worker can be started. The server keeps only these results
// per open document (diagnostics with their fixes, the doses hovers show), never the parsed document or its
// Markdown tree: those are rebuilt by the next task that needs them.

import { lintText, fixText, type LintOptions } from '../engine/lint';
import type { ResolvedConfig } from '../engine/config';
import { parseDocument } from '../engine/document';
import { createParseCache, type ParseCache } from '../engine/incremental';
import { disableLineFix } from '../engine/fixes';
import { findDoseMentions, type DoseMention } from '../engine/doses';
import { analyzeClaims } from '../engine/claims';
import { findDisclaimer, insertStatementFix } from '../engine/disclaimer';
import type { Diagnostic, DocumentKind, ParsedDocument, TextEdit } from '../engine/types';
import { claimStatus, listedClaims, type ClaimStatus } from '../report/format';
import { analyzeForReport, buildReport, skippedDocument, type ReportInput } from '../report/report';
import { minimalEdit } from './edits';

/** The input of every task: one document's text and the configuration to lint it with. */
export interface DocumentInput {
  uri: string;
  text: string;
  kind: DocumentKind;
  config: ResolvedConfig;
  external?: Readonly<Record<string, unknown>>;
}

/** A rule that threw while a task ran (its findings are missing; the server logs it once per rule). */
export interface RuleError {
  ruleId: string;
  error: string;
}

/** What hovers show about a dose (a subset of DoseMention). */
export type HoverDose = Pick<DoseMention, 'start' | 'end' | 'text' | 'min' | 'max' | 'unit' | 'basis' | 'drug' | 'range' | 'inRange'>;

/** The result of linting a document for the editor: all the server keeps per open document. */
export interface LintSnapshot {
  diagnostics: Diagnostic[];
  doses: HoverDose[];
  ruleErrors: RuleError[];
}

export interface ClaimSpan {
  start: number;
  end: number;
  text: string;
  strength: 'none' | 'correlational' | 'conditional' | 'direct';
  status: ClaimStatus;
}

export interface FixAllOutcome {
  edit: TextEdit | null;
  applied: number;
  ruleErrors: RuleError[];
}

export interface DisclaimerOutcome {
  alreadyPresent: boolean;
  edits: TextEdit[];
  ruleErrors: RuleError[];
}

/**
 * An opaque per-document cache the engine may keep between lints of the same document (e.g. an incremental
 * parse). The lint worker keeps one per open document (bounded, dropped on close) and passes it as `cache`
 * in the lint options; the engine is free to ignore it.
 */
export type DocumentCache = Record<string, unknown>;

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

export function lintOptions(input: DocumentInput, ruleErrors: RuleError[], cache?: DocumentCache): LintOptions & { cache?: DocumentCache } {
  const opts: LintOptions & { cache?: DocumentCache } = {
    uri: input.uri,
    kind: input.kind,
    config: input.config,
    external: input.external,
    onRuleError: (ruleId, error) => {
      if (!ruleErrors.some((r) => r.ruleId === ruleId)) ruleErrors.push({ ruleId, error: errorText(error) });
    },
  };
  if (cache) {
    opts.cache = cache;
    // Markdown is parsed incrementally from a document's first lint on, so that the first keystroke after opening
    // re-parses only the block it changed (with the cache created at the second lint, that keystroke parsed the
    // whole draft again: ~4x a later one). DocumentCaches keeps the parse caches of only the few most recent
    // documents that were opened but not edited (memory: opening a folder of drafts keeps no trees).
    const lints = ((cache.lints as number | undefined) ?? 0) + 1;
    cache.lints = lints;
    opts.parseCache = (cache.parse as ParseCache | undefined) ?? (cache.parse = createParseCache());
    // The document is being edited from its second lint on, unless that lint ran in the background (the lint worker
    // sets `background` for re-lints after a settings change: they would otherwise mark every open draft as edited).
    if (lints >= 2 && cache.background !== true) cache.editing = true;
    // Per-sentence results are remembered while editing, and at the first lint of a draft opened on its own (the
    // author may type next: the first keystroke then looks up the unchanged sentences; 5,000-word bench draft in a
    // fresh worker, median of 6 on a loaded machine: ~44 -> ~34 ms CPU); not for drafts opened by the folder (their
    // sentences would only fill the tables).
    opts.remember = cache.editing === true || (lints === 1 && cache.alone === true);
  }
  return opts;
}

/** Give every diagnostic of a known rule its "Disable RULE for this line" fix (a rule may have forgotten it). */
export function completeFixes(doc: ParsedDocument, diagnostics: Diagnostic[], knownRule: (id: string) => boolean): Diagnostic[] {
  return diagnostics.map((d) => {
    if (!knownRule(d.ruleId)) return d;
    const title = `Disable ${d.ruleId} for this line`;
    if (d.fixes?.some((f) => f.title === title)) return d;
    try {
      return { ...d, fixes: [...(d.fixes ?? []), disableLineFix(doc, d.ruleId, d.start)] };
    } catch {
      return d; // no directive fix then
    }
  });
}

function hoverDose(m: DoseMention): HoverDose {
  return { start: m.start, end: m.end, text: m.text, min: m.min, max: m.max, unit: m.unit, basis: m.basis, drug: m.drug, range: m.range, inRange: m.inRange };
}

/** Lint for the editor: diagnostics (with complete fixes) and the doses hovers describe. */
export function lintSnapshot(input: DocumentInput, knownRule: (id: string) => boolean, cache?: DocumentCache): LintSnapshot {
  const ruleErrors: RuleError[] = [];
  const result = lintText(input.text, lintOptions(input, ruleErrors, cache));
  const diagnostics = completeFixes(result.doc, result.diagnostics, knownRule);
  let doses: HoverDose[] = [];
  try {
    doses = findDoseMentions(result.doc, input.config).map(hoverDose);
  } catch (e) {
    ruleErrors.push({ ruleId: 'hover: dose analysis', error: errorText(e) });
  }
  return { diagnostics, doses, ruleErrors };
}

/** Every preferred fix, re-linted until stable, as one minimal edit of the whole text. */
export function fixAllFor(input: DocumentInput): FixAllOutcome {
  const ruleErrors: RuleError[] = [];
  const fixed = fixText(input.text, lintOptions(input, ruleErrors));
  return { edit: minimalEdit(input.text, fixed.text), applied: fixed.applied, ruleErrors };
}

/** The edits inserting the configured disclaimer, or alreadyPresent. */
export function disclaimerFor(input: DocumentInput): DisclaimerOutcome {
  const ruleErrors: RuleError[] = [];
  const doc = parseDocument(input.text, { uri: input.uri, kind: input.kind });
  const { config } = input;
  if (findDisclaimer(doc, config)) return { alreadyPresent: true, edits: [], ruleErrors };
  return { alreadyPresent: false, edits: insertStatementFix(doc, config.disclaimer.template, config.disclaimer.position).edits, ruleErrors };
}

/** The claims the Claims view lists. */
export function claimsFor(input: DocumentInput): ClaimSpan[] {
  const doc = parseDocument(input.text, { uri: input.uri, kind: input.kind });
  return listedClaims(analyzeClaims(doc, input.config)).map((c) => ({ start: c.start, end: c.end, text: c.text, strength: c.strength, status: claimStatus(c) }));
}

// ---------------------------------------------------------------- tasks (what the worker runs)

/** The review report of several documents (each analysed, or skipped with a reason). */
export interface ReportTaskInput {
  docs: (ReportInput | { uri: string; name: string; skipped: string })[];
  /** ISO date the report states it was generated at. */
  generated: string;
}

export interface ReportOutcome {
  markdown: string;
  html: string;
  ruleErrors: RuleError[];
}

/** The report, built where it is analysed (the parsed documents it needs never leave the task). */
export function reportFor(input: ReportTaskInput): ReportOutcome {
  const ruleErrors: RuleError[] = [];
  const onRuleError = (ruleId: string, error: unknown): void => {
    if (!ruleErrors.some((r) => r.ruleId === ruleId)) ruleErrors.push({ ruleId, error: errorText(error) });
  };
  const docs = input.docs.map((d) => ('skipped' in d ? skippedDocument(d.uri, d.name, d.skipped) : analyzeForReport(d, onRuleError)));
  const generated = new Date(input.generated);
  return { ...buildReport(docs, Number.isNaN(generated.getTime()) ? new Date() : generated), ruleErrors };
}

export interface TaskInputs {
  lint: DocumentInput;
  fixAll: DocumentInput;
  disclaimer: DocumentInput;
  claims: DocumentInput;
  report: ReportTaskInput;
}

export interface TaskResults {
  lint: LintSnapshot;
  fixAll: FixAllOutcome;
  disclaimer: DisclaimerOutcome;
  claims: ClaimSpan[];
  report: ReportOutcome;
}
export type TaskType = keyof TaskResults;

/** Characters a task reads (for its time limit). */
export function taskSize(input: TaskInputs[TaskType]): number {
  if ('docs' in input) return input.docs.reduce((n, d) => n + ('text' in d ? d.text.length : 0), 0);
  return input.text.length;
}

/** What a task works on, for logs. */
export function taskSubject(input: TaskInputs[TaskType]): string {
  return 'docs' in input ? `${input.docs.length} document(s)` : input.uri;
}

/** Run one task. `cache` is the document's opaque cache (lint tasks only). */
export function runTask<K extends TaskType>(type: K, input: TaskInputs[K], knownRule: (id: string) => boolean, cache?: DocumentCache): TaskResults[K] {
  switch (type) {
    case 'lint':
      return lintSnapshot(input as DocumentInput, knownRule, cache) as TaskResults[K];
    case 'fixAll':
      return fixAllFor(input as DocumentInput) as TaskResults[K];
    case 'disclaimer':
      return disclaimerFor(input as DocumentInput) as TaskResults[K];
    case 'claims':
      return claimsFor(input as DocumentInput) as TaskResults[K];
    case 'report':
      return reportFor(input as ReportTaskInput) as TaskResults[K];
    default:
      throw new Error(`unknown task ${String(type)}`);
  }
}
