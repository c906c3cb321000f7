// npx tsx bench/claims-fallback.ts — round 7 (G): how general and how noisy the fallback of classifySentence is
// (fallbackOutcome in server/src/engine/claims.ts).
//
// On the analysed blog drafts (never the blind drafts named r7-heldout-* or drafts still held out): the share of labelled unsupported-claim
// sentences the fallback finds when it runs alone (no specific rule), and its firings on unlabelled sentences, alone and
// inside the full classifier (where it runs only when no specific rule found or vetoed a claim), per 1,000 sentences.
// On the PubMed and press-release claim-strength sets: its firings on sentences labelled 0 (no claim). Prints the
// blog sentences it fires on (the tuning drafts are open for analysis), never a benchmark sentence.

import * as fs from 'node:fs';
import { parseDocument } from '../server/src/engine/document';
import { classifySentence, setFallbackAlone } from '../server/src/engine/claims';
import { loadCorpus } from '../test/fixtures/claims/blog/corpus';
import { parseCsvRecords } from './csv';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function fires(text: string, alone: boolean): boolean {
  setFallbackAlone(alone);
  try {
    const r = classifySentence(text);
    return alone ? r.claim : r.cues.includes('fallback');
  } finally {
    setFallbackAlone(false);
  }
}

function main(): void {
  // The analysed drafts only, as bench/blog-claims.ts counts them: never a blind draft (r7-heldout-*) or one still held out.
  const drafts = loadCorpus().filter((d) => !/r7-heldout/.test(d.name) && (!/heldout/.test(d.name) || /^[ijopqrstuvwxyz]-heldout/.test(d.name)));
  let labelled = 0;
  let labelledAlone = 0;
  let labelledFull = 0;
  let unlabelled = 0;
  let unlabelledAlone = 0;
  let unlabelledFull = 0;
  const printed: string[] = [];
  for (const d of drafts) {
    const doc = parseDocument(d.text, { uri: `file:///${d.name}` });
    for (const s of doc.sentences) {
      const label = d.labels.find((l) => l.start >= 0 && s.start < l.end && l.start < s.end);
      const alone = fires(s.text, true);
      const full = fires(s.text, false);
      if (label && label.rule === 'unsupported-claim') {
        labelled++;
        if (alone) labelledAlone++;
        if (full) labelledFull++;
        if (alone) printed.push(`  catch${full ? ' (full)' : ''}  ${d.name}: ${norm(s.text)}`);
      } else if (!label) {
        unlabelled++;
        if (alone) unlabelledAlone++;
        if (full) unlabelledFull++;
        if (alone) printed.push(`  NOISE${full ? ' (full)' : ''}  ${d.name}: ${norm(s.text)}`);
      }
    }
  }
  const per = (a: number, b: number): string => `${a}/${b} (${((1000 * a) / Math.max(1, b)).toFixed(1)} per 1,000)`;
  console.log(`Blog drafts (${drafts.length}): labelled unsupported-claim sentences caught by the fallback alone ${labelledAlone}/${labelled} (${((100 * labelledAlone) / Math.max(1, labelled)).toFixed(1)}%), added by it in the full classifier ${labelledFull}`);
  console.log(`  unlabelled sentences: alone ${per(unlabelledAlone, unlabelled)}, full ${per(unlabelledFull, unlabelled)}`);
  for (const p of printed) console.log(p);
  for (const [name, file] of [['PubMed', 'yu2019_claim_strength/pubmed_conclusions.csv'], ['press', 'yu2020_press_release_claims/eurekalert_sentences.csv']]) {
    const path = `${__dirname}/../../shared/benchmarks/${file}`;
    const p2 = fs.existsSync(path) ? path : `/work/shared/benchmarks/${file}`;
    if (!fs.existsSync(p2)) continue;
    const rows = parseCsvRecords(fs.readFileSync(p2, 'utf8'));
    let none = 0;
    let alone = 0;
    let full = 0;
    let claimsAlone = 0;
    for (const r of rows) {
      const label = Number(r.label);
      const a = fires(r.sentence, true);
      if (label === 0) {
        none++;
        if (a) alone++;
        if (fires(r.sentence, false)) full++;
      } else if (a) claimsAlone++;
    }
    console.log(`${name}: sentences labelled 'none' on which it fires: alone ${per(alone, none)}, full ${per(full, none)}; on labelled claims (alone) ${claimsAlone}`);
  }
}

main();
