// Hovers: on a flagged span, the rule's rationale, what to do and a link to the rule page;
// on a recognised dose, its normalised value, the drug and the range applied.

import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { ruleById } from '../engine/lint';
import type { Diagnostic } from '../engine/types';
import { toRange } from './convert';
import type { CurrentLint } from './linter';
import type { HoverDose } from './analysis';
import { ruleDocsHref } from './rule-docs';
import { escapeMarkdown, formatAmount, formatInRange, formatRange } from '../report/format';

function covers(start: number, end: number, offset: number): boolean {
  return start === end ? offset === start : start <= offset && offset < end;
}

/** A rule's rationale as "why it matters" (first sentence) and "what to do" (the rest). */
export function splitRationale(rationale: string): { why: string; todo: string } {
  const m = /^(.+?[.!?])\s+(?=\p{Lu})/su.exec(rationale.trim());
  return m ? { why: m[1], todo: rationale.trim().slice(m[0].length) } : { why: rationale.trim(), todo: '' };
}

function diagnosticSection(d: Diagnostic, markdown: boolean): string {
  const rule = ruleById.get(d.ruleId);
  const href = ruleDocsHref(d.ruleId);
  const e = markdown ? escapeMarkdown : (s: string) => s;
  const label = (s: string): string => (markdown ? `*${s}*` : s);
  const lines: string[] = [];
  lines.push(markdown ? `**Clinical Lint · \`${d.ruleId}\`** (${d.severity})` : `Clinical Lint · ${d.ruleId} (${d.severity})`);
  lines.push(e(d.message));
  const rationale = rule?.meta.rationale?.trim();
  const { why, todo } = rationale && rationale !== 'TODO' ? splitRationale(rationale) : { why: '', todo: '' };
  if (why) lines.push(`${label('Why it matters:')} ${e(why)}`);
  const fixes = (d.fixes ?? []).filter((f) => !f.title.startsWith('Disable '));
  const quick = fixes.length ? `Quick fix${fixes.length > 1 ? 'es' : ''}: ${fixes.map((f) => `“${e(f.title)}”`).join(', ')}.` : '';
  if (todo || quick) lines.push(`${label('What to do:')} ${[e(todo), quick].filter(Boolean).join(' ')}`);
  if (href) lines.push(markdown ? `[Rule documentation: ${d.ruleId}](${href})` : `Rule documentation: ${href}`);
  return lines.join('\n\n');
}

function doseSection(m: HoverDose, markdown: boolean): string {
  const e = markdown ? escapeMarkdown : (s: string) => s;
  const head = markdown ? `**Dose** \`${m.text.replace(/`/g, "'")}\`` : `Dose "${m.text}"`;
  const rows = [
    `Normalised: ${e(`${formatAmount(m.min, m.max, m.unit)} ${m.basis}`)}`,
    `Drug: ${e(m.drug ?? 'not recognised')}`,
    `Range applied: ${e(formatRange(m.range))}`,
    `In range: ${formatInRange(m.inRange)}`,
  ];
  return markdown ? [head, ...rows.map((r) => `- ${r}`)].join('\n') : [head, ...rows].join('\n');
}

/** The hover at `offset`, from what the document's lint kept (its diagnostics and doses): no parsing here. */
export function hoverAt(lint: CurrentLint, offset: number, markdown: boolean): Hover | null {
  const { doc } = lint;
  const flagged = lint.diagnostics.filter((d) => covers(d.start, d.end, offset));
  const doses = lint.doses.filter((m) => covers(m.start, m.end, offset));
  if (!flagged.length && !doses.length) return null;
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const d of flagged) {
    const key = `${d.ruleId}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(diagnosticSection(d, markdown));
  }
  for (const m of doses) sections.push(doseSection(m, markdown));
  // The hover's range: the innermost flagged span or dose under the cursor.
  const spans = [...flagged.map((d) => [d.start, d.end]), ...doses.map((m) => [m.start, m.end])].sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const contents: MarkupContent = { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') };
  return { contents, range: toRange(doc, spans[0][0], spans[0][1]) };
}
