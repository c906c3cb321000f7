// npm run bench:doses — dose-detection recall on the ADE corpus drug–dose spans, a precision hint, and throughput.
//
// Data: ../shared/benchmarks/ade_drug_dose/drug_dose.csv (Gurulingappa et al. 2012; see the README beside it), or the
// folder named by CLINICAL_LINT_SHARED. A gold span counts as found when a detected dose mention overlaps it.
// The 134 rows whose gold span contains a digit are the positives; the 145 qualitative rows ("high-dose", "overdose")
// must not be matched by any mention. The annotation is not exhaustive, so mentions outside gold spans are listed for
// reading, not counted as errors.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../server/src/engine/document';
import { resolveConfig } from '../server/src/engine/config';
import { findDoseMentions, type DoseMention } from '../server/src/engine/doses';
import { parseCsv } from './csv';

const root = path.resolve(__dirname, '..');
const shared = process.env.CLINICAL_LINT_SHARED ?? path.resolve(root, '..', 'shared');
const csvFile = path.join(shared, 'benchmarks', 'ade_drug_dose', 'drug_dose.csv');
const sampleFile = path.join(shared, 'samples', 'ldn-article.txt');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

interface GoldRow {
  sentence: string;
  dose: string;
  start: number;
  end: number;
  numeric: boolean;
}

function missKind(dose: string, sentence: string, start: number): string {
  const after = sentence.slice(start + dose.length, start + dose.length + 30);
  if (/%/.test(dose) || /^\s*%/.test(after)) return 'percentage strength (not a dose by the issue)';
  if (/^\s*doses?\b/i.test(after)) return 'count of doses (not an amount)';
  if (/\/\s*g\b/.test(dose)) return 'concentration µg/g (not a dose by the issue)';
  if (/^\d+\s+times\b/i.test(dose)) return 'frequency without an amount';
  if (/\b(drops?|ml|units?|U|IU|UI)\b/i.test(dose)) return 'non-mass unit';
  return 'other';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  if (!fs.existsSync(csvFile)) {
    console.error(`bench:doses: ${csvFile} not found (set CLINICAL_LINT_SHARED to the shared folder).`);
    process.exit(2);
  }
  const rows = parseCsv(fs.readFileSync(csvFile, 'utf8'));
  const header = rows[0];
  const col = (name: string): number => header.indexOf(name);
  const gold: GoldRow[] = rows.slice(1).map((r) => ({
    sentence: r[col('sentence')],
    dose: r[col('dose')],
    start: Number(r[col('dose_start_in_sentence')]),
    end: Number(r[col('dose_end_in_sentence')]),
    numeric: r[col('dose_contains_digit')] === '1' || /\d/.test(r[col('dose')]),
  }));
  const config = resolveConfig();
  const sentences = [...new Set(gold.map((g) => g.sentence))];
  const bySentence = new Map<string, DoseMention[]>();
  let crashes = 0;
  for (const s of sentences) {
    try {
      bySentence.set(s, findDoseMentions(parseDocument(s, { uri: 'bench.txt', kind: 'plaintext' }), config));
    } catch (e) {
      crashes++;
      bySentence.set(s, []);
      console.error(`crash on: ${s}\n${(e as Error).stack}`);
    }
  }
  const overlaps = (m: DoseMention, g: GoldRow): boolean => m.start < g.end && g.start < m.end;

  const numeric = gold.filter((g) => g.numeric);
  const misses = numeric.filter((g) => !(bySentence.get(g.sentence) ?? []).some((m) => overlaps(m, g)));
  const found = numeric.length - misses.length;
  const qualitative = gold.filter((g) => !g.numeric);
  const qualitativeHits = qualitative.filter((g) => (bySentence.get(g.sentence) ?? []).some((m) => overlaps(m, g)));
  const numericSentences = new Set(numeric.map((g) => g.sentence));
  const qualitativeOnly = [...new Set(qualitative.map((g) => g.sentence))].filter((s) => !numericSentences.has(s));
  const mentionsInQualitativeOnly = qualitativeOnly.flatMap((s) => (bySentence.get(s) ?? []).map((m) => ({ s, m })));
  const allMentions = sentences.flatMap((s) => (bySentence.get(s) ?? []).map((m) => ({ s, m })));
  const outsideGold = allMentions.filter(({ s, m }) => !gold.some((g) => g.sentence === s && g.numeric && overlaps(m, g)));

  const byKind = new Map<string, GoldRow[]>();
  for (const g of misses) {
    const k = missKind(g.dose, g.sentence, g.start);
    byKind.set(k, [...(byKind.get(k) ?? []), g]);
  }

  // Throughput: every distinct sentence as one plain-text paragraph, the corpus repeated to about 1 MB.
  const unit = sentences.join('\n\n');
  const big = Array.from({ length: Math.ceil(1_000_000 / unit.length) }, () => unit).join('\n\n');
  const parseTimes: number[] = [];
  const doseTimes: number[] = [];
  let mentionsInBig = 0;
  // One warm-up run (JIT, UCUM's unit table), then five measured runs.
  findDoseMentions(parseDocument(big, { uri: 'bench.txt', kind: 'plaintext' }), config);
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const doc = parseDocument(big, { uri: 'bench.txt', kind: 'plaintext' });
    const t1 = performance.now();
    const ms = findDoseMentions(doc, config);
    const t2 = performance.now();
    parseTimes.push(t1 - t0);
    doseTimes.push(t2 - t1);
    mentionsInBig = ms.length;
  }
  const doseMs = median(doseTimes);
  const parseMs = median(parseTimes);

  let sample: { mentions: number; lines: string[] } | null = null;
  if (fs.existsSync(sampleFile)) {
    const text = fs.readFileSync(sampleFile, 'utf8');
    const ms = findDoseMentions(parseDocument(text, { uri: 'ldn-article.txt', kind: 'plaintext' }), config);
    sample = { mentions: ms.length, lines: ms.map((m) => `${m.text} → ${m.drug ?? 'no drug'}, ${m.inRange === null ? 'not compared' : m.inRange ? 'in range' : 'outside'} ${m.range ? `${m.range.min}–${m.range.max} ${m.range.unit} (${m.range.source})` : ''}`) };
  }

  const result = {
    numericGold: numeric.length,
    found,
    recall: found / numeric.length,
    misses: Object.fromEntries([...byKind].map(([k, v]) => [k, v.map((g) => g.dose)])),
    crashes,
    qualitativeGold: qualitative.length,
    qualitativeSpansMatched: qualitativeHits.length,
    qualitativeOnlySentences: qualitativeOnly.length,
    mentionsInQualitativeOnlySentences: mentionsInQualitativeOnly.length,
    mentionsTotal: allMentions.length,
    mentionsOutsideNumericGold: outsideGold.length,
    throughput: {
      bytes: big.length,
      mentions: mentionsInBig,
      findDoseMentionsMs: Math.round(doseMs * 10) / 10,
      parseMs: Math.round(parseMs * 10) / 10,
      findDoseMentionsMBperSec: Math.round((big.length / 1e6 / (doseMs / 1000)) * 100) / 100,
    },
    sample,
  };
  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log('dose-range benchmark: ADE corpus v2 drug–dose spans (Gurulingappa et al. 2012)');
  console.log(`  numeric gold spans      ${numeric.length}`);
  console.log(`  found (overlap)         ${found}  recall ${pct(found / numeric.length)}  (target ≥ 97%)`);
  console.log(`  crashes                 ${crashes}`);
  console.log('  misses by kind:');
  for (const [k, v] of byKind) console.log(`    ${k}: ${v.length} — ${v.map((g) => JSON.stringify(g.dose)).join(', ')}`);
  const excluded = [...byKind].filter(([k]) => /not a dose|not an amount|without an amount/.test(k)).reduce((n, [, v]) => n + v.length, 0);
  console.log(`  recall on spans that are doses by the issue's definition (excluding ${excluded} percentage/concentration/count/frequency-only spans): ${found}/${numeric.length - excluded} = ${pct(found / (numeric.length - excluded))}`);
  console.log(`  qualitative gold spans  ${qualitative.length}; matched by a mention: ${qualitativeHits.length} (should be 0)`);
  console.log(`  sentences with only qualitative gold: ${qualitativeOnly.length}; mentions in them: ${mentionsInQualitativeOnly.length} (numeric doses the annotation left out; read them with --verbose)`);
  console.log(`  all mentions ${allMentions.length}; not overlapping a numeric gold span: ${outsideGold.length}`);
  if (verbose) {
    for (const { s, m } of outsideGold) console.log(`    · «${m.text}» in: ${s.slice(Math.max(0, m.start - 50), m.end + 30)}`);
  }
  console.log(`throughput on ${(big.length / 1e6).toFixed(2)} MB of abstract sentences (${mentionsInBig} mentions), median of 5 runs after a warm-up:`);
  console.log(`  findDoseMentions ${doseMs.toFixed(1)} ms (${result.throughput.findDoseMentionsMBperSec} MB/s); parseDocument ${parseMs.toFixed(1)} ms`);
  if (sample) {
    console.log(`sample article (shared/samples/ldn-article.txt): ${sample.mentions} mentions`);
    for (const l of sample.lines) console.log(`  ${l}`);
  }
  if (crashes) process.exitCode = 1;
}

main();
