// Run the rules over a parsed document: severities from config, inline directives,
// one failing rule never stops the others.

export { forgetRemembered } from './memo';
import { withRemembering } from './memo';
import type { Diagnostic, Directive, Fix, FixSeries, ParsedDocument, Rule, RuleContext, Severity, TextEdit } from './types';
import { type ResolvedConfig, resolveConfig } from './config';
import { parseDocument, offsetToPosition, type ParseOptions } from './document';
import { allRules, ruleById } from '../rules';

export interface LintOptions extends ParseOptions {
  config?: ResolvedConfig;
  /** Run only these rules (ids). */
  only?: string[];
  /** Called once per rule failure; the rule's diagnostics are dropped, the others still report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Results computed outside the engine (e.g. online reference lookups), keyed by producer; rules read ctx.external. */
  external?: Readonly<Record<string, unknown>>;
  /** Remember per-sentence results between lints (memo.ts); default: when a parse cache is given. */
  remember?: boolean;
}

export interface LintResult {
  doc: ParsedDocument;
  diagnostics: Diagnostic[];
}

export const DIRECTIVE_RULE_ID = 'invalid-directive';

export function severityFor(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

export function lintText(text: string, opts: LintOptions = {}): LintResult {
  // An editing session (a parse cache is kept for the document) re-lints mostly unchanged text: remember results.
  return withRemembering(opts.remember ?? opts.parseCache !== undefined, () => lintOnce(text, opts));
}

function lintOnce(text: string, opts: LintOptions): LintResult {
  const config = opts.config ?? resolveConfig();
  const doc = parseDocument(text, opts);
  const diagnostics: Diagnostic[] = [];
  for (const rule of allRules) {
    if (opts.only && !opts.only.includes(rule.meta.id)) continue;
    const severity = severityFor(rule, config);
    if (severity === 'off') continue;
    const found: Diagnostic[] = [];
    const ctx: RuleContext = {
      doc,
      config,
      severity,
      external: opts.external ?? {},
      report(d) {
        found.push({ ...d, ruleId: d.ruleId ?? rule.meta.id, severity: d.severity ?? severity });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      opts.onRuleError?.(rule.meta.id, e);
      continue;
    }
    for (const d of found) diagnostics.push(clampDiagnostic(d, text.length));
  }
  const directiveProblems = checkDirectives(doc);
  const kept = applyDirectives(doc, diagnostics);
  for (const p of directiveProblems) kept.push(p);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { doc, diagnostics: kept };
}

function clampDiagnostic(d: Diagnostic, len: number): Diagnostic {
  const start = Math.max(0, Math.min(d.start, len));
  const end = Math.max(start, Math.min(d.end, len));
  return start === d.start && end === d.end ? d : { ...d, start, end };
}

function checkDirectives(doc: ParsedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of doc.directives) {
    for (const r of d.rules) {
      if (!ruleById.has(r)) {
        out.push({
          ruleId: DIRECTIVE_RULE_ID,
          severity: 'warning',
          message: `Unknown rule '${r}' in clinical-lint-${d.kind} directive; known rules: ${[...ruleById.keys()].join(', ')}.`,
          start: d.start,
          end: d.end,
        });
      }
    }
  }
  return out;
}

/**
 * Drop diagnostics silenced by inline directives. One sweep in source order (diagnostics × directives would be
 * quadratic on a draft with thousands of each): whole-file and line directives are looked up, and for
 * `disable`/`enable` the last directive before the diagnostic that covers its rule decides.
 */
export function applyDirectives(doc: ParsedDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!doc.directives.length) return diagnostics;
  const dirs = [...doc.directives].sort((a, b) => a.start - b.start);
  let fileAll = false;
  const fileRules = new Set<string>();
  const lineRules = new Map<number, Set<string> | 'all'>();
  const silenceLine = (line: number, dir: Directive): void => {
    const cur = lineRules.get(line);
    if (cur === 'all') return;
    if (!dir.rules.length) lineRules.set(line, 'all');
    else {
      const set = cur ?? new Set<string>();
      for (const r of dir.rules) set.add(r);
      lineRules.set(line, set);
    }
  };
  const ranges: Directive[] = [];
  for (const dir of dirs) {
    if (dir.kind === 'disable-file') {
      if (!dir.rules.length) fileAll = true;
      for (const r of dir.rules) fileRules.add(r);
    } else if (dir.kind === 'disable-next-line') silenceLine(dir.line + 1, dir);
    else if (dir.kind === 'disable-line') silenceLine(dir.line, dir);
    else ranges.push(dir);
  }
  if (fileAll) return [];
  const order = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].start - diagnostics[b].start);
  const keep = new Array<boolean>(diagnostics.length).fill(true);
  interface State {
    disabled: boolean;
    seq: number;
  }
  let forAll: State = { disabled: false, seq: -1 };
  const forRule = new Map<string, State>();
  let k = 0;
  for (const i of order) {
    const d = diagnostics[i];
    for (; k < ranges.length && ranges[k].start <= d.start; k++) {
      const st: State = { disabled: ranges[k].kind === 'disable', seq: k };
      if (!ranges[k].rules.length) forAll = st;
      else for (const r of ranges[k].rules) forRule.set(r, st);
    }
    const onLine = lineRules.size ? lineRules.get(offsetToPosition(doc.lineStarts, d.start).line) : undefined;
    if (fileRules.has(d.ruleId) || onLine === 'all' || onLine?.has(d.ruleId)) keep[i] = false;
    else {
      const own = forRule.get(d.ruleId);
      keep[i] = !(own && own.seq > forAll.seq ? own : forAll).disabled;
    }
  }
  return diagnostics.filter((_, i) => keep[i]);
}

// ---------------------------------------------------------------- fixes

/** Apply edits (offsets into `text`); overlapping edits are skipped. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) continue;
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function overlaps(a: TextEdit[], b: TextEdit[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (x.start < y.end && y.start < x.end) return true;
      // Two insertions at the same point would interleave unpredictably.
      if (x.start === y.start && (x.start === x.end || y.start === y.end)) return true;
    }
  return false;
}

/** The fix `--fix`/Fix all applies for a diagnostic: its preferred fix, touching only this document. */
export function preferredFix(d: Diagnostic): Fix | undefined {
  return d.fixes?.find((f) => f.isPreferred && f.edits.length > 0 && !f.fileEdits?.length);
}

/**
 * Pick a non-overlapping set of preferred fixes. Fixes of one numbered series (citation placeholders) all share the
 * list position, so they are taken together: each marker where it goes, numbered in document order, and one edit
 * that writes all their entries.
 */
export function selectFixes(diagnostics: Diagnostic[]): Fix[] {
  const chosen: Fix[] = [];
  const series = new Map<string, { first: FixSeries; fix: Fix; markers: TextEdit[] }>();
  const markerEdits: TextEdit[] = [];
  for (const d of diagnostics) {
    const f = preferredFix(d);
    if (!f) continue;
    const s = f.series;
    if (s) {
      const key = `${s.id}\u0000${s.first}\u0000${s.listAt}`;
      const group = series.get(key);
      if (group) {
        // Later members of a series: only the marker has to fit (the entry is written with the first member's, and a
        // marker at the list's position goes before the list).
        const marker: TextEdit = { start: s.at, end: s.at, newText: s.marker };
        if (chosen.some((c) => c !== group.fix && overlaps(c.edits, [marker])) || overlaps(markerEdits, [marker])) continue;
        group.markers.push(marker);
        markerEdits.push(marker);
        continue;
      }
      if (chosen.some((c) => overlaps(c.edits, f.edits)) || overlaps(markerEdits, f.edits)) continue;
      const marker: TextEdit = { start: s.at, end: s.at, newText: s.marker };
      series.set(key, { first: s, fix: f, markers: [marker] });
      markerEdits.push(marker);
      chosen.push(f);
      continue;
    }
    if (chosen.some((c) => overlaps(c.edits, f.edits)) || overlaps(markerEdits, f.edits)) continue;
    chosen.push(f);
  }
  // Replace the first member of each series that gained others by the whole series.
  for (const { first: s, fix, markers } of series.values()) {
    if (markers.length < 2) continue;
    const i = chosen.indexOf(fix);
    markers.sort((a, b) => a.start - b.start);
    const entries: string[] = [];
    const edits: TextEdit[] = markers.map((m, k) => {
      const n = String(s.first + k);
      entries.push(s.entry.replace('#', n));
      return { start: m.start, end: m.end, newText: s.marker.replace('#', n) };
    });
    edits.push({ start: s.listAt, end: s.listAt, newText: s.lead + entries.join(s.sep) + s.tail });
    chosen[i] = { title: `Insert citation placeholders ${edits[0].newText}–${edits[edits.length - 2].newText}`, edits };
    seriesSize.set(chosen[i], markers.length);
  }
  return chosen;
}

/** How many fixes a merged series stands for (see selectFixes). */
const seriesSize = new WeakMap<Fix, number>();

/** Apply preferred fixes until none is left (at most `passes` rounds); returns the new text and how many fixes applied. */
export function fixText(text: string, opts: LintOptions = {}, passes = 10): { text: string; applied: number } {
  let cur = text;
  let applied = 0;
  for (let i = 0; i < passes; i++) {
    const { diagnostics } = lintText(cur, opts);
    const fixes = selectFixes(diagnostics);
    if (!fixes.length) break;
    cur = applyEdits(
      cur,
      fixes.flatMap((f) => f.edits),
    );
    for (const f of fixes) applied += seriesSize.get(f) ?? 1;
  }
  return { text: cur, applied };
}

export { allRules, ruleById };
