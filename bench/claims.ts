// npm run bench:claims — scores the claim-strength classifier (server/src/engine/claims.ts) on the shared benchmarks:
//   ../shared/benchmarks/yu2019_claim_strength/pubmed_conclusions.csv      (Yu, Li & Wang, EMNLP 2019)
//   ../shared/benchmarks/yu2020_press_release_claims/eurekalert_sentences.csv (Yu, Wang, Guo & Li, COLING 2020)
//   ../shared/benchmarks/bioscope_hedge/bioscope_sentences.csv              (Vincze et al. 2008)
// and prints per-class precision/recall/F1, macro-F1, direct-vs-rest F1, sentences per second (one core), and
// hedge-detection precision and recall (with and without BioScope's 'or', 'whether', 'either' cues).
//
// Held-out split: every fourth row of each strength benchmark (row index % 4 == 0) is held out of error analysis. The
// bench prints macro-F1 and direct-vs-rest F1 on the held-out quarter beside the analysis part, and --errors lists only
// analysis rows, so that rules are tuned on three quarters and checked on a quarter nobody has read.
//
// Options:
//   --errors <pubmed|press> [n]   print up to n misclassified analysis-part sentences (gold -> predicted) for error analysis
//   --json                        also write bench/results.json

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { classifySentence, type ClaimStrength } from '../server/src/engine/claims';
import { parseCsvRecords as parseCsv } from './csv';

const CLASSES: ClaimStrength[] = ['none', 'correlational', 'conditional', 'direct'];

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(__dirname, '..');
    dir = up;
  }
  return dir;
}

const shared = path.resolve(repoRoot(), '..', 'shared', 'benchmarks');
if (!fs.existsSync(shared)) {
  console.error(`bench:claims: the shared benchmarks are not at ${shared}.`);
  console.error('Place the `shared` folder (with benchmarks/yu2019_claim_strength, yu2020_press_release_claims, bioscope_hedge) next to the repository.');
  process.exit(2);
}


function readCsv(rel: string): Record<string, string>[] {
  const file = path.join(shared, rel);
  if (!fs.existsSync(file)) {
    console.error(`bench:claims: missing ${file}`);
    process.exit(2);
  }
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

/** Undo the CSV export's escapes ("\\xa0", "\\u200a") so sentences read as written. */
function clean(s: string): string {
  return s
    .replace(/\\\\x([0-9a-f]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/^"|"$/g, '');
}

/** Rows held out of error analysis (see the header). */
function heldOut(index: number): boolean {
  return index % 4 === 0;
}

interface Scores {
  heldOut: { macroF1: number; directF1: number; n: number };
  analysis: { macroF1: number; directF1: number; n: number };
  perClass: { cls: ClaimStrength; p: number; r: number; f1: number; support: number }[];
  macroF1: number;
  directF1: number;
  accuracy: number;
  confusion: number[][];
  sentencesPerSecond: number;
  wallSentencesPerSecond: number;
  /** The machine's reference: a bare remark parse of the same sentences, per CPU-second. */
  referenceSentencesPerSecond: number;
  n: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function score(gold: number[], pred: number[]): Omit<Scores, 'sentencesPerSecond' | 'wallSentencesPerSecond' | 'referenceSentencesPerSecond' | 'n' | 'heldOut' | 'analysis'> {
  const confusion = CLASSES.map(() => CLASSES.map(() => 0));
  gold.forEach((g, i) => confusion[g][pred[i]]++);
  const perClass = CLASSES.map((cls, c) => {
    const tp = confusion[c][c];
    const predicted = confusion.reduce((s, row) => s + row[c], 0);
    const support = confusion[c].reduce((s, x) => s + x, 0);
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    return { cls, p, r, f1: f1(p, r), support };
  });
  const macroF1 = perClass.reduce((s, c) => s + c.f1, 0) / perClass.length;
  const d = 3;
  const tp = confusion[d][d];
  const pd = confusion.reduce((s, row) => s + row[d], 0);
  const gd = confusion[d].reduce((s, x) => s + x, 0);
  const directF1 = f1(pd ? tp / pd : 0, gd ? tp / gd : 0);
  const accuracy = gold.filter((g, i) => g === pred[i]).length / gold.length;
  return { perClass, macroF1, directF1, accuracy, confusion };
}

/**
 * The classifier as it ships: claims.ts bundled and minified by esbuild like scripts/build.mjs does. Speed is measured
 * on it, not on the module tsx loaded: tsx keeps function names by wrapping every function and closure it creates in
 * a helper call, which costs about a quarter of the classifier's time (same-process comparison, best of 10 passes).
 * The bundle stays on disk until the bench exits: the timing processes load it too.
 */
function shippedBundle(): string {
  const out = path.join(os.tmpdir(), `clinical-lint-bench-claims-${process.pid}.js`);
  buildSync({
    entryPoints: [path.join(repoRoot(), 'server', 'src', 'engine', 'claims.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'undefined' },
    logLevel: 'error',
  });
  process.on('exit', () => fs.rmSync(out, { force: true }));
  return out;
}

const bundle = shippedBundle();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shipped = (require(bundle) as { classifySentence: typeof classifySentence }).classifySentence;

/** Fresh timing processes per set; the figure is their median, and their range is printed beside it. */
const SPEED_PROCESSES = 3;

/**
 * Sentences per second of the shipped classifySentence on one core. Each of SPEED_PROCESSES fresh node processes
 * (bench/claims-speed.mjs) loads only the bundle and the sentences, warms up and reports the best of eight timed passes
 * in CPU time of that process (user + system), so that other processes sharing the machine do not count against it.
 * CPU time includes V8's helper threads (garbage collection), so the figure is conservative. Wall-clock throughput is
 * reported beside it.
 */
function timeIt(sentences: string[]): { cpu: number; wall: number; min: number; max: number; reference: number } {
  // The bundle must classify exactly as the source does.
  for (const s of sentences) if (JSON.stringify(shipped(s)) !== JSON.stringify(classifySentence(s))) throw new Error(`bundled classifier differs on: ${s}`);
  const input = path.join(os.tmpdir(), `clinical-lint-bench-sentences-${process.pid}.json`);
  fs.writeFileSync(input, JSON.stringify(sentences));
  const runs: { cpu: number; wall: number }[] = [];
  const references: number[] = [];
  const spawn = (what: string): { cpu: number; wall: number } => {
    const r = spawnSync(process.execPath, [path.join(repoRoot(), 'bench', 'claims-speed.mjs'), what, input], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench/claims-speed.mjs failed: ${r.stderr || r.error}`);
    return JSON.parse(r.stdout) as { cpu: number; wall: number };
  };
  try {
    // The machine's reference (a bare remark parse of the same sentences) alternates with the classifier's processes,
    // so that both meet the same load.
    for (let k = 0; k < SPEED_PROCESSES; k++) {
      runs.push(spawn(bundle));
      references.push(spawn('--remark-reference').cpu);
    }
  } finally {
    fs.rmSync(input, { force: true });
  }
  const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cpus = runs.map((r) => r.cpu);
  return { cpu: median(cpus), wall: median(runs.map((r) => r.wall)), min: Math.min(...cpus), max: Math.max(...cpus), reference: median(references) };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function strengthBench(name: string, rel: string, errorsFor: string | null, maxErrors: number): Scores {
  const rows = readCsv(rel);
  const sentences = rows.map((r) => clean(r.sentence));
  const gold = rows.map((r) => Number(r.label));
  const results = sentences.map((s) => classifySentence(s));
  const pred = results.map((r) => CLASSES.indexOf(r.strength));
  const s = score(gold, pred);
  const part = (held: boolean): { macroF1: number; directF1: number; n: number } => {
    const idx = gold.map((_, i) => i).filter((i) => heldOut(i) === held);
    const p = score(idx.map((i) => gold[i]), idx.map((i) => pred[i]));
    return { macroF1: p.macroF1, directF1: p.directF1, n: idx.length };
  };
  const held = part(true);
  const analysis = part(false);
  const speed = timeIt(sentences);
  console.log(`\n${name}: ${rel} (${rows.length} sentences)`);
  console.log('  class          precision  recall    F1   support');
  for (const c of s.perClass) console.log(`  ${c.cls.padEnd(14)} ${pct(c.p)}    ${pct(c.r)}  ${pct(c.f1)}   ${String(c.support).padStart(5)}`);
  console.log(`  macro-F1 ${pct(s.macroF1)}   direct-vs-rest F1 ${pct(s.directF1)}   accuracy ${pct(s.accuracy)}`);
  console.log(`  analysis part (${analysis.n}): macro-F1 ${pct(analysis.macroF1)}, direct-vs-rest F1 ${pct(analysis.directF1)};  held-out quarter (${held.n}): macro-F1 ${pct(held.macroF1)}, direct-vs-rest F1 ${pct(held.directF1)}`);
  console.log(`  confusion (rows gold, columns predicted: ${CLASSES.join(', ')}):`);
  s.confusion.forEach((row, i) => console.log(`    ${CLASSES[i].padEnd(14)} ${row.map((x) => String(x).padStart(5)).join(' ')}`));
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  console.log(`  speed ${fmt(speed.cpu)} sentences per CPU-second (classifySentence as bundled for shipping, one core, median of ${SPEED_PROCESSES} fresh processes, range ${fmt(speed.min)}-${fmt(speed.max)}; ${fmt(speed.wall)}/s wall clock, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  machine reference: a bare remark parse of the same sentences, ${fmt(speed.reference)} per CPU-second in alternated processes; the classifier runs at ${(speed.cpu / speed.reference).toFixed(2)}× its speed (compare hosts of different speed by this ratio; on one host it moves between runs as the figures do)`);
  if (errorsFor === name) {
    let shown = 0;
    results.forEach((r, i) => {
      if (heldOut(i) || pred[i] === gold[i] || shown >= maxErrors) return;
      shown++;
      console.log(`  [${CLASSES[gold[i]]} -> ${r.strength}] ${sentences[i]}\n      cues: ${r.cues.join(', ')}`);
    });
  }
  return { ...s, heldOut: held, analysis, sentencesPerSecond: speed.cpu, wallSentencesPerSecond: speed.wall, referenceSentencesPerSecond: speed.reference, n: rows.length };
}

interface HedgeScores {
  withAlternatives: { p: number; r: number; f1: number };
  withoutAlternatives: { p: number; r: number; f1: number };
  n: number;
  positives: number;
}

const ALTERNATIVE_CUES = /^(?:or|whether|either|and\/or|whether or not|if)$/i;

function hedgeBench(): HedgeScores {
  const rows = readCsv('bioscope_hedge/bioscope_sentences.csv');
  const count = (goldOf: (r: Record<string, string>) => boolean, predOf: (cues: string[]) => boolean): { p: number; r: number; f1: number } => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const cues = classifySentence(r.sentence).hedges.map((h) => h.text.toLowerCase().replace(/\s+/g, ' '));
      const g = goldOf(r);
      const p = predOf(cues);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const rc = tp + fn ? tp / (tp + fn) : 0;
    return { p, r: rc, f1: f1(p, rc) };
  };
  const goldAll = (r: Record<string, string>): boolean => r.has_speculation_cue === '1';
  const goldNoAlt = (r: Record<string, string>): boolean =>
    r.has_speculation_cue === '1' && r.speculation_cues.split(' | ').some((c) => !ALTERNATIVE_CUES.test(c.trim()));
  const withAlternatives = count(goldAll, (cues) => cues.length > 0);
  const withoutAlternatives = count(goldNoAlt, (cues) => cues.some((c) => !ALTERNATIVE_CUES.test(c)));
  console.log(`\nBioScope hedge detection: bioscope_hedge/bioscope_sentences.csv (${rows.length} sentences, ${rows.filter(goldAll).length} speculative)`);
  console.log(`  with or/whether/either:     precision ${pct(withAlternatives.p)}  recall ${pct(withAlternatives.r)}  F1 ${pct(withAlternatives.f1)}`);
  console.log(`  without or/whether/either:  precision ${pct(withoutAlternatives.p)}  recall ${pct(withoutAlternatives.r)}  F1 ${pct(withoutAlternatives.f1)}`);
  return { withAlternatives, withoutAlternatives, n: rows.length, positives: rows.filter(goldAll).length };
}

const args = process.argv.slice(2);
const ei = args.indexOf('--errors');
const errorsFor = ei >= 0 ? args[ei + 1] ?? 'pubmed' : null;
const maxErrors = ei >= 0 && args[ei + 2] && /^\d+$/.test(args[ei + 2]) ? Number(args[ei + 2]) : 60;

console.log('Claim strength (0 none, 1 correlational, 2 conditional causal, 3 direct causal); no model weights.');
const pubmed = strengthBench('pubmed', 'yu2019_claim_strength/pubmed_conclusions.csv', errorsFor, maxErrors);
const press = strengthBench('press', 'yu2020_press_release_claims/eurekalert_sentences.csv', errorsFor, maxErrors);
const hedges = hedgeBench();
console.log(`\nSummary: macro-F1 PubMed ${pct(pubmed.macroF1)}, press releases ${pct(press.macroF1)} (target 85.0; fine-tuned BioBERT 87.8 / 89.2); held-out quarter ${pct(pubmed.heldOut.macroF1)} / ${pct(press.heldOut.macroF1)}.`);

if (args.includes('--json')) {
  const out = path.join(repoRoot(), 'bench', 'results.json');
  fs.writeFileSync(out, JSON.stringify({ pubmed, press, hedges, node: process.version, date: new Date().toISOString() }, null, 2));
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
