// Benchmark of the reference rules on real bibliography strings.
//   npm run bench:references [-- --csv path] [-- --verbose]
// Data: ../shared/benchmarks/anystyle_references/gold_references_dev.csv (AnyStyle gold set, hand-tagged fields; see
// the README beside it). Gold label has_identifier = DOI field, URL field, or a PMID/PMCID in the note field.
// Measured:
//  1. identifier detection (findIdentifiers on the raw string): accuracy, precision, recall on the positives;
//  2. the rule end to end: each string as the single entry under a "References" heading (plain text and Markdown),
//     reference-identifier silent ⇔ the entry has an identifier; ISBN-only entries are reported separately;
//  3. entry detection without a heading: share of the strings recognised as a reference on their own
//     (the shape check used for heading-less lists like the sample article), and false positives on prose
//     paragraphs of ../shared/samples/ldn-article.txt that are not references.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findIdentifiers, analyzeReferences } from '../server/src/engine/references';
import { parseDocument } from '../server/src/engine/document';
import { lintText } from '../server/src/engine/lint';
import { resolveConfig } from '../server/src/engine/config';
import { parseCsv } from './csv';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const csvArg = args.indexOf('--csv');
const root = path.join(__dirname, '..');
const csvPath = csvArg >= 0 ? args[csvArg + 1] : path.join(root, '..', 'shared', 'benchmarks', 'anystyle_references', 'gold_references_dev.csv');
const samplePath = path.join(root, '..', 'shared', 'samples', 'ldn-article.txt');


interface Row {
  id: string;
  reference: string;
  gold: boolean;
}

/** Hard-wrap at `width` columns on spaces, as text exported from e-mail or PDFs is. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(2)}% (${n}/${d})` : 'n/a';
}

function main(): void {
  if (!fs.existsSync(csvPath)) {
    console.error(`benchmark data not found: ${csvPath}`);
    process.exit(2);
  }
  const [header, ...body] = parseCsv(fs.readFileSync(csvPath, 'utf8'));
  const col = (name: string): number => header.indexOf(name);
  const rows: Row[] = body.map((r) => ({ id: r[col('ref_id')], reference: r[col('reference')], gold: r[col('has_identifier')] === '1' }));
  const positives = rows.filter((r) => r.gold).length;
  console.log(`AnyStyle gold references (dev): ${rows.length} entries, ${positives} with a DOI/URL/PMID/PMCID (gold)\n`);

  // 1. identifier detection on the raw string
  let tp = 0, fp = 0, fn = 0, tn = 0, isbnOnly = 0, isbnMalformed = 0, malformedAny = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const { spans, malformed } = findIdentifiers(r.reference);
    const found = spans.some((s) => s.kind === 'doi' || s.kind === 'url' || s.kind === 'pmid' || s.kind === 'pmcid');
    if (spans.some((s) => s.kind === 'isbn') && !found) isbnOnly++;
    if (malformed.some((m) => m.kind === 'isbn')) isbnMalformed++;
    if (malformed.length) malformedAny++;
    if (found && r.gold) tp++;
    else if (found && !r.gold) { fp++; misses.push(`FP ${r.id}: ${r.reference}`); }
    else if (!found && r.gold) { fn++; misses.push(`FN ${r.id}: ${r.reference}`); }
    else tn++;
  }
  console.log('1. Identifier detection (DOI, URL, PMID, PMCID) on the raw strings');
  console.log(`   accuracy ${pct(tp + tn, rows.length)}; recall on the positives ${pct(tp, tp + fn)}; precision ${pct(tp, tp + fp)}`);
  console.log(`   ISBN (reported separately): ${isbnOnly} entries carry a valid ISBN and no other identifier; ${isbnMalformed} with a malformed ISBN`);
  console.log(`   entries with a malformed identifier (error): ${malformedAny}`);
  if (verbose || misses.length <= 20) for (const m of misses) console.log(`     ${m}`);

  // 2. end to end: the rule on "References\n\n<entry>"
  const config = resolveConfig();
  const configNoIsbn = resolveConfig({ settings: { references: { acceptIsbn: false } } });
  for (const kind of ['plaintext', 'markdown'] as const) {
    let agree = 0, detected = 0, recallHit = 0, isbnFlaggedWhenRejected = 0;
    const wrong: string[] = [];
    for (const r of rows) {
      const text = kind === 'markdown' ? `## References\n\n1. ${r.reference.replace(/^\s*\d+\.\s/, '')}\n` : `References\n\n${r.reference}\n`;
      const uri = kind === 'markdown' ? 'bench.md' : 'bench.txt';
      const res = lintText(text, { uri, config, only: ['reference-identifier'] });
      const entries = analyzeReferences(res.doc).entries.length;
      if (entries) detected++;
      const flagged = res.diagnostics.some((d) => d.severity === 'warning');
      const expectFlag = !r.gold;
      const isbnOnlyHere = /\bISBN/i.test(r.reference) && !r.gold;
      if (flagged === expectFlag || (isbnOnlyHere && !flagged)) agree++;
      else wrong.push(`${flagged ? 'flagged' : 'silent '} ${r.id}: ${r.reference}`);
      if (r.gold && !flagged) recallHit++;
      if (isbnOnlyHere) {
        const res2 = lintText(text, { uri, config: configNoIsbn, only: ['reference-identifier'] });
        if (res2.diagnostics.length) isbnFlaggedWhenRejected++;
      }
    }
    console.log(`\n2. Rule end to end (${kind}, entry under a References heading)`);
    console.log(`   entries found: ${pct(detected, rows.length)}`);
    console.log(`   decision accuracy (flag ⇔ no identifier; ISBN accepted): ${pct(agree, rows.length)}`);
    console.log(`   positives left silent (recall): ${pct(recallHit, positives)}`);
    console.log(`   ISBN-only entries flagged with acceptIsbn=false: ${isbnFlaggedWhenRejected}`);
    if (verbose || wrong.length <= 20) for (const w of wrong) console.log(`     ${w}`);
  }

  // 2b. the whole set as one reference list: blank-line separated (plain text), and one per line in a single
  // Markdown paragraph (exercises the line splitter: a wrong split or a missed one shows up as a count mismatch).
  for (const [kind, text] of [
    ['plain text, one entry per paragraph', `References\n\n${rows.map((r) => r.reference).join('\n\n')}\n`],
    ['Markdown, one entry per line in one paragraph', `## References\n\n${rows.map((r) => r.reference).join('\n')}\n`],
    ['Markdown, hard-wrapped at 72 columns, one paragraph', `## References\n\n${rows.map((r) => wrap(r.reference, 72)).join('\n')}\n`],
  ] as const) {
    const uri = kind.startsWith('Markdown') ? 'list.md' : 'list.txt';
    const doc = parseDocument(text, { uri });
    const entries = analyzeReferences(doc).entries;
    const res = lintText(text, { uri, config, only: ['reference-identifier'] });
    const flagged = res.diagnostics.filter((d) => d.severity === 'warning').length;
    const expected = rows.filter((r) => !r.gold && !/\bISBN/i.test(r.reference)).length;
    console.log(`\n2b. The whole set as one list (${kind}): ${entries.length} entries found for ${rows.length} references; ${flagged} warnings (${expected} expected)`);
  }

  // 3. heading-less detection
  let headless = 0;
  const notFound: string[] = [];
  for (const r of rows) {
    const doc = parseDocument(`Some intro line of a post.\n\n${r.reference}\n`, { uri: 'bench.txt' });
    if (analyzeReferences(doc).entries.length) headless++;
    else notFound.push(`${r.id}: ${r.reference}`);
  }
  console.log('\n3. Entry detection without a heading (shape only)');
  console.log(`   AnyStyle strings recognised as references: ${pct(headless, rows.length)}`);
  if (verbose) for (const n of notFound) console.log(`     missed ${n}`);
  if (fs.existsSync(samplePath)) {
    const text = fs.readFileSync(samplePath, 'utf8');
    const doc = parseDocument(text, { uri: 'sample.txt' });
    const a = analyzeReferences(doc);
    const paragraphs = doc.blocks.filter((b) => b.kind !== 'heading').length;
    const quoted = a.entries.filter((e) => /^["\u201c]/.test(e.text)).length;
    console.log(`   sample article: ${a.entries.length} entries found (${quoted} of them the quoted-title reference list), ${paragraphs - a.referenceBlocks.size} other paragraphs left as prose`);
    console.log(`   false positives on the sample's prose paragraphs: ${a.entries.length - quoted}`);
  }
}

main();
