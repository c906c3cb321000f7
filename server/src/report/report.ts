// The review report for reviewers: per document, summary counts by rule and severity, every claim,
// every dose and every reference, as Markdown and as one self-contained HTML page (inline CSS,
// no scripts, no external resources). Everything taken from the draft is escaped.

import { analyzeClaims, type ClaimInfo } from '../engine/claims';
import { findDoseMentions, type DoseMention } from '../engine/doses';
import { analyzeReferences, type ReferenceAnalysis, type ReferenceEntry } from '../engine/references';
import { lintText, type LintResult } from '../engine/lint';
import { offsetToPosition } from '../engine/document';
import type { ResolvedConfig } from '../engine/config';
import type { Diagnostic, DocumentKind, Severity } from '../engine/types';
import {
  claimStatus,
  escapeCell,
  escapeHtml,
  escapeMarkdown,
  formatInRange,
  formatNormalisedDose,
  formatRange,
  listedClaims,
} from './format';

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];
const REFERENCE_RULES = new Set(['reference-identifier', 'uncited-reference', 'unverified-reference']);

export interface ReportInput {
  uri: string;
  /** Name shown for the document (file name or path). */
  name: string;
  text: string;
  kind: DocumentKind;
  config: ResolvedConfig;
  external?: Readonly<Record<string, unknown>>;
}

export interface ReportDocument {
  uri: string;
  name: string;
  /** Why the document could not be analysed (unreadable, too large, not text). */
  skipped?: string;
  result?: LintResult;
  claims: ClaimInfo[];
  doses: DoseMention[];
  references: ReferenceAnalysis | null;
  /** Parts of the analysis that failed (the rest of the report still stands). */
  problems: string[];
}

function attempt<T>(what: string, problems: string[], fallback: T, f: () => T): T {
  try {
    return f();
  } catch (e) {
    problems.push(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}

/** Lint and analyse one document for the report. Never throws. */
export function analyzeForReport(input: ReportInput, onRuleError?: (ruleId: string, e: unknown) => void): ReportDocument {
  const problems: string[] = [];
  const result = attempt<LintResult | undefined>('Linting', problems, undefined, () =>
    lintText(input.text, {
      uri: input.uri,
      kind: input.kind,
      config: input.config,
      external: input.external,
      onRuleError: (id, e) => {
        problems.push(`Rule ${id} failed (its findings are missing): ${e instanceof Error ? e.message : String(e)}`);
        onRuleError?.(id, e);
      },
    }),
  );
  if (!result) return { uri: input.uri, name: input.name, claims: [], doses: [], references: null, problems };
  const claims = attempt('Claim analysis', problems, [] as ClaimInfo[], () => listedClaims(analyzeClaims(result.doc, input.config)));
  const doses = attempt('Dose analysis', problems, [] as DoseMention[], () => findDoseMentions(result.doc, input.config));
  const references = attempt<ReferenceAnalysis | null>('Reference analysis', problems, null, () => analyzeReferences(result.doc, input.config));
  return { uri: input.uri, name: input.name, result, claims, doses, references, problems };
}

export function skippedDocument(uri: string, name: string, reason: string): ReportDocument {
  return { uri, name, skipped: reason, claims: [], doses: [], references: null, problems: [] };
}

// ------------------------------------------------------------------ the data both formats show

interface Table {
  caption: string;
  head: string[];
  rows: string[][];
  empty: string;
}

function where(doc: ReportDocument, offset: number): string {
  if (!doc.result) return '';
  const p = offsetToPosition(doc.result.doc.lineStarts, offset);
  return `${p.line + 1}:${p.character + 1}`;
}

function countsByRule(diagnostics: Diagnostic[]): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const d of diagnostics) {
    let c = counts.get(d.ruleId);
    if (!c) counts.set(d.ruleId, (c = { error: 0, warning: 0, info: 0, hint: 0 }));
    c[d.severity] = (c[d.severity] ?? 0) + 1;
  }
  return new Map([...counts].sort((a, b) => a[0].localeCompare(b[0])));
}

function summaryTable(diagnostics: Diagnostic[], caption: string): Table {
  const counts = countsByRule(diagnostics);
  const rows: string[][] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const [rule, c] of counts) {
    for (const s of SEVERITIES) total[s] += c[s];
    rows.push([rule, ...SEVERITIES.map((s) => String(c[s])), String(SEVERITIES.reduce((n, s) => n + c[s], 0))]);
  }
  if (rows.length) rows.push(['Total', ...SEVERITIES.map((s) => String(total[s])), String(diagnostics.length)]);
  return { caption, head: ['Rule', 'Errors', 'Warnings', 'Info', 'Hints', 'Total'], rows, empty: 'No findings.' };
}

function citationText(doc: ReportDocument, c: ClaimInfo): string {
  if (!c.citations.length) return '—';
  const text = doc.result?.doc.text ?? '';
  return c.citations.map((x) => text.slice(x.start, x.end).trim() || x.keys.join(', ')).join(' ');
}

function claimsTable(doc: ReportDocument): Table {
  return {
    caption: 'Claims',
    head: ['Line', 'Claim', 'Strength', 'Status', 'Supported', 'Citation'],
    rows: doc.claims.map((c) => [where(doc, c.start), c.text, c.strength, claimStatus(c), c.supported ? 'yes' : 'no', citationText(doc, c)]),
    empty: 'No efficacy claims found.',
  };
}

function dosesTable(doc: ReportDocument): Table {
  return {
    caption: 'Doses',
    head: ['Line', 'As written', 'Normalised', 'Drug', 'Range applied', 'In range'],
    rows: doc.doses.map((m) => [where(doc, m.start), m.text, formatNormalisedDose(m), m.drug ?? '—', formatRange(m.range), formatInRange(m.inRange)]),
    empty: 'No doses found.',
  };
}

function identifiersText(e: ReferenceEntry): string {
  const ids = e.identifiers;
  const parts: string[] = [];
  if (ids.doi) parts.push(`DOI ${ids.doi}`);
  if (ids.pmid) parts.push(`PMID ${ids.pmid}`);
  if (ids.pmcid) parts.push(`PMCID ${ids.pmcid}`);
  if (ids.isbn) parts.push(`ISBN ${ids.isbn}`);
  if (ids.url) parts.push(ids.url);
  return parts.join('; ') || '—';
}

/** What the reference rules found about an entry (their messages), else a short status of our own. */
function referenceStatus(doc: ReportDocument, e: ReferenceEntry): string {
  const found = (doc.result?.diagnostics ?? [])
    .filter((d) => REFERENCE_RULES.has(d.ruleId) && d.start < e.end && e.start < Math.max(d.end, d.start + 1))
    .map((d) => `${d.ruleId}: ${d.message}`);
  if (found.length) return [...new Set(found)].join(' ');
  const notes: string[] = [];
  for (const m of e.malformed) notes.push(`malformed identifier ${m.text} (${m.reason})`);
  const ids = e.identifiers;
  if (!ids.doi && !ids.pmid && !ids.pmcid && !ids.isbn && !ids.url && !e.malformed.length) notes.push('no identifier');
  notes.push(e.cited ? 'cited' : 'not cited in the text');
  return notes.join('; ');
}

function referencesTable(doc: ReportDocument): Table {
  const entries = doc.references?.entries ?? [];
  return {
    caption: 'References',
    head: ['Line', 'Reference', 'Identifiers', 'Status'],
    rows: entries.map((e) => [where(doc, e.start), e.text, identifiersText(e), referenceStatus(doc, e)]),
    empty: 'No reference list found.',
  };
}

function unmatchedNote(doc: ReportDocument): string | null {
  const n = doc.references?.unmatched.length ?? 0;
  if (!n) return null;
  const text = doc.result?.doc.text ?? '';
  const list = doc.references!.unmatched.map((c) => `${text.slice(c.start, c.end).trim()} (${where(doc, c.start)})`);
  return `${n} in-text citation${n === 1 ? ' matches' : 's match'} no reference: ${list.join(', ')}.`;
}

// ------------------------------------------------------------------ Markdown

function markdownTable(t: Table): string {
  if (!t.rows.length) return `_${t.empty}_`;
  const head = `| ${t.head.map(escapeCell).join(' | ')} |`;
  const rule = `| ${t.head.map(() => '---').join(' | ')} |`;
  const rows = t.rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

function markdownDocument(doc: ReportDocument): string {
  const out: string[] = [`## ${escapeMarkdown(doc.name)}`, ''];
  if (doc.skipped) return [...out, `Not analysed: ${escapeMarkdown(doc.skipped)}.`, ''].join('\n');
  for (const p of doc.problems) out.push(`> **Note:** ${escapeMarkdown(p)}`, '');
  out.push('### Summary', '', markdownTable(summaryTable(doc.result?.diagnostics ?? [], 'Summary')), '');
  for (const t of [claimsTable(doc), dosesTable(doc), referencesTable(doc)]) {
    out.push(`### ${t.caption} (${t.rows.length})`, '', markdownTable(t), '');
    if (t.caption === 'References') {
      const note = unmatchedNote(doc);
      if (note) out.push(escapeMarkdown(note), '');
    }
  }
  return out.join('\n');
}

export function reportMarkdown(docs: ReportDocument[], generated: Date): string {
  const all = docs.flatMap((d) => d.result?.diagnostics ?? []);
  const out = [
    '# Clinical Lint review report',
    '',
    `Generated ${generated.toISOString()} for ${docs.length} document${docs.length === 1 ? '' : 's'}.`,
    '',
  ];
  if (docs.length > 1) out.push('## All documents', '', markdownTable(summaryTable(all, 'All documents')), '');
  for (const d of docs) out.push(markdownDocument(d));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ------------------------------------------------------------------ HTML

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h3{margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#57606a}.note{background:#fff8c5;padding:.5rem;border-radius:4px}
.s-absolute,.s-unsupported,.s-no{color:#a40e26;font-weight:600}.s-hedged{color:#7d4e00}.s-supported,.s-yes{color:#116329}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}th,td{border-color:#30363d}.note{background:#3b2e00}}
@media print{body{margin:0;max-width:none}}
`.trim();

function htmlTable(t: Table, statusColumns: number[] = []): string {
  if (!t.rows.length) return `<p class="muted">${escapeHtml(t.empty)}</p>`;
  const head = `<tr>${t.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = t.rows
    .map((r) => {
      const cells = r.map((c, i) => {
        const cls = statusColumns.includes(i) ? ` class="s-${escapeHtml(c.replace(/[^a-z-]/gi, ''))}"` : /^\d+$/.test(c) ? ' class="n"' : '';
        return `<td${cls}>${escapeHtml(c)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function htmlDocument(doc: ReportDocument): string {
  const out: string[] = [`<section>`, `<h2>${escapeHtml(doc.name)}</h2>`];
  if (doc.skipped) {
    out.push(`<p class="note">Not analysed: ${escapeHtml(doc.skipped)}.</p>`, '</section>');
    return out.join('\n');
  }
  for (const p of doc.problems) out.push(`<p class="note">${escapeHtml(p)}</p>`);
  out.push('<h3>Summary</h3>', htmlTable(summaryTable(doc.result?.diagnostics ?? [], 'Summary')));
  const claims = claimsTable(doc);
  out.push(`<h3>Claims (${claims.rows.length})</h3>`, htmlTable(claims, [3, 4]));
  const doses = dosesTable(doc);
  out.push(`<h3>Doses (${doses.rows.length})</h3>`, htmlTable(doses, [5]));
  const refs = referencesTable(doc);
  out.push(`<h3>References (${refs.rows.length})</h3>`, htmlTable(refs));
  const note = unmatchedNote(doc);
  if (note) out.push(`<p>${escapeHtml(note)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

export function reportHtml(docs: ReportDocument[], generated: Date): string {
  const all = docs.flatMap((d) => d.result?.diagnostics ?? []);
  const title = docs.length === 1 ? `Clinical Lint review: ${docs[0].name}` : 'Clinical Lint review report';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<h1>Clinical Lint review report</h1>',
    `<p class="muted">Generated <time datetime="${escapeHtml(generated.toISOString())}">${escapeHtml(generated.toISOString())}</time> for ${docs.length} document${docs.length === 1 ? '' : 's'}.</p>`,
    docs.length > 1 ? `<h2>All documents</h2>\n${htmlTable(summaryTable(all, 'All documents'))}` : '',
    ...docs.map(htmlDocument),
    '</body>',
    '</html>',
  ]
    .filter((l) => l !== '')
    .join('\n') + '\n';
}

export function buildReport(docs: ReportDocument[], generated = new Date()): { markdown: string; html: string } {
  return { markdown: reportMarkdown(docs, generated), html: reportHtml(docs, generated) };
}
