// dose-range: a dose outside the range that applies to its drug (configured per drug, else the default range).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modify, parse as parseJsonc, type FormattingOptions, type ParseError } from 'jsonc-parser';
import type { Fix, Rule, RuleContext, Severity, TextEdit } from '../engine/types';
import { CONFIG_FILE_NAME } from '../engine/config';
import { disableLineFix } from '../engine/fixes';
import { doseAsWritten, findDoseMentions, formatRange, normalisedNote, type DoseMention } from '../engine/doses';

const ID = 'dose-range';

/** A dose attributed to a drug other than the post's main drug, checked only against the default range, is information. */
function demoted(severity: Severity): Severity {
  return severity === 'hint' ? 'hint' : 'info';
}

export function doseRangeMessage(m: DoseMention): string {
  const r = m.range!;
  const note = normalisedNote(m);
  let source = r.source;
  if (r.kind === 'default' && m.drug && m.relation !== 'main') source = `${r.source}; no range set for ${m.drug}`;
  return `${doseAsWritten(m)}${note ? ` (${note})` : ''} is outside ${formatRange(r)} (${source})`;
}

// ---------------------------------------------------------------- "Add a range for <drug> to .clinical-lint.json"

interface ConfigText {
  file: string;
  text: string | null;
}

/** The config file the fix edits: the one that applied, else .clinical-lint.json beside a file: document. */
function configTarget(ctx: RuleContext): string | null {
  const applied = ctx.config.configFile;
  if (applied) return path.isAbsolute(applied) ? applied : null;
  if (!ctx.doc.uri.startsWith('file:')) return null;
  try {
    return path.join(path.dirname(fileURLToPath(ctx.doc.uri)), CONFIG_FILE_NAME);
  } catch {
    return null;
  }
}

function readConfigText(file: string): ConfigText | null {
  try {
    return { file, text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { file, text: null } : null;
  }
}

function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)["/]/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

/** The range entry to add: the dose's own values, or for the main drug the default range widened to include the dose. */
function rangeEntry(m: DoseMention): Record<string, unknown> | null {
  if (!m.drug || !m.range) return null;
  const basis = m.basis;
  const values = basis === 'per day' ? m.perDay : m.perDose;
  if (!values) return null;
  let min = values.min;
  let max = values.max;
  if (m.relation === 'main' && m.range.unit === m.unit && m.range.basis === basis) {
    min = Math.min(min, m.range.min);
    max = Math.max(max, m.range.max);
  }
  return { drug: m.drug, min, max, unit: m.unit, basis };
}

function addRangeFix(m: DoseMention, target: ConfigText): Fix | null {
  const entry = rangeEntry(m);
  if (!entry) return null;
  const title = `Add a range for ${m.drug} to ${path.basename(target.file)}`;
  if (target.text === null) {
    const opts: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
    const edits = modify('', ['doses', 'drugs'], [entry], { formattingOptions: opts });
    const content = edits.map((e) => e.content).join('') + '\n';
    return { title, edits: [], fileEdits: [{ file: target.file, edits: [{ start: 0, end: 0, newText: content }], create: true }] };
  }
  const bom = target.text.startsWith('\uFEFF') ? 1 : 0;
  const text = target.text.slice(bom);
  const errors: ParseError[] = [];
  const root = text.trim() ? parseJsonc(text, errors, { allowTrailingComma: true }) : {};
  // Never write into a file we cannot read back: broken JSON or an unexpected shape stays untouched.
  if (errors.length || root === null || typeof root !== 'object' || Array.isArray(root)) return null;
  const doses = (root as Record<string, unknown>).doses;
  if (doses !== undefined && (doses === null || typeof doses !== 'object' || Array.isArray(doses))) return null;
  const drugs = (doses as Record<string, unknown> | undefined)?.drugs;
  if (drugs !== undefined && !Array.isArray(drugs)) return null;
  const formattingOptions = formattingOf(text);
  const jsonEdits = !text.trim()
    ? [{ offset: 0, length: text.length, content: modify('', ['doses', 'drugs'], [entry], { formattingOptions }).map((e) => e.content).join('') + formattingOptions.eol }]
    : drugs
      ? modify(text, ['doses', 'drugs', -1], entry, { formattingOptions, isArrayInsertion: true })
      : modify(text, ['doses', 'drugs'], [entry], { formattingOptions });
  const edits: TextEdit[] = jsonEdits.map((e) => ({ start: e.offset + bom, end: e.offset + bom + e.length, newText: e.content }));
  if (!edits.length) return null;
  return { title, edits: [], fileEdits: [{ file: target.file, edits }] };
}

// ---------------------------------------------------------------- the rule

const rule: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Doses outside the range set for the drug they belong to (by default 1–5 mg, the low-dose naltrexone range).',
    rationale:
      'A dose outside the usual range is most often a typo, a unit slip or a different drug, and readers copy doses from posts. ' +
      'Check the number, its unit and the drug it belongs to; if the dose is right, add that drug’s range to .clinical-lint.json.',
  },
  check(ctx) {
    const mentions = findDoseMentions(ctx.doc, ctx.config);
    let target: ConfigText | null | undefined;
    for (const m of mentions) {
      if (m.inRange !== false || !m.range) continue;
      const severity = m.range.kind === 'default' && m.relation === 'other' ? demoted(ctx.severity) : ctx.severity;
      const fixes: Fix[] = [];
      if (m.inMilligrams && m.quantity) {
        fixes.push({ title: `Write as ${m.inMilligrams}`, edits: [{ start: m.quantity.start, end: m.quantity.end, newText: m.inMilligrams }] });
      }
      if (m.range.kind === 'default' && m.drug) {
        if (target === undefined) {
          const file = configTarget(ctx);
          target = file ? readConfigText(file) : null;
        }
        const fix = target ? addRangeFix(m, target) : null;
        if (fix) fixes.push(fix);
      }
      fixes.push(disableLineFix(ctx.doc, ID, m.start));
      ctx.report({ start: m.start, end: m.end, message: doseRangeMessage(m), severity, fixes, data: { mention: m } });
    }
  },
};

export default rule;
