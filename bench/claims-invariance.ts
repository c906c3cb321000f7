// Invariance probe of the claim rules (issue #3): the labelled sentences of the analysed drafts that a claim rule flags
// when linted alone, linted again after a surface change that should not change their reading (a discourse opener
// before them, a speaker's label, Markdown around them, a hard wrap, other apostrophes, an aside in brackets, a tag).
// Prints, per change, how many keep their rule's diagnostic; SHOW=<change> prints the sentences that lose it. Blind sets are skipped (BLIND: the
// sets still held out, updated each round with bench/blog-claims.ts). Some changes lower-case a first word, which
// loses a few proper names: read the lost sentences before reading a rate as a weakness.
// Usage: npm run bench:invariance
import { CLAIM_RULES, loadCorpus } from '../test/fixtures/claims/blog/corpus';
import { lintText } from '../server/src/engine/lint';
import type { Diagnostic } from '../server/src/engine/types';
/** The sets still held out (never read): round 25's drafts and sentences, and rounds 19 and 20's sentence sets. */
const BLIND = /^(?:s19|s20|r25|s25)-|^[gh]-heldout/;
const rules: readonly string[] = CLAIM_RULES;
function lint(s: string): Diagnostic[] {
  return lintText(s, { uri: 'file:///x.md', only: [...CLAIM_RULES] }).diagnostics.filter((d) => rules.includes(d.ruleId));
}
const lc = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^(I|I'[a-z]+|[A-Z][a-z]+ [A-Z])\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const T: Record<string, (s: string, d: Diagnostic) => string | null> = {
  honestlyPrefix: (s) => 'Honestly, ' + lc(s),
  experiencePrefix: (s) => 'In my experience, ' + lc(s),
  speakerLabel: (s) => 'Sam: ' + s,
  reallyBeforeTrigger: (s, d) => (/^[a-z]+s\b/.test(s.slice(d.start, d.end)) && !/^(is|has|was|does)\b/.test(s.slice(d.start)) ? s.slice(0, d.start) + 'really ' + s.slice(d.start) : null),
  andAlso: (s) => 'And ' + lc(s),
  exclaim: (s) => (s.endsWith('.') ? s.slice(0, -1) + '!' : null),
  quoteWrap: (s) => (/^["\u201c]/.test(s) ? null : '"' + s + '"'),
  listItem: (s) => '- ' + s,
  numberedItem: (s) => '1. ' + s,
  blockquote: (s) => '> ' + s,
  boldTrigger: (s, d) => (d.end > d.start ? s.slice(0, d.start) + '**' + s.slice(d.start, d.end) + '**' + s.slice(d.end) : null),
  italicTrigger: (s, d) => (d.end > d.start ? s.slice(0, d.start) + '*' + s.slice(d.start, d.end) + '*' + s.slice(d.end) : null),
  emojiEnd: (s) => s + ' \u{1F64C}',
  asideEnd: (s) => (s.endsWith('.') ? s.slice(0, -1) + ' (more on that below).' : null),
  asideBeforeTrigger: (s, d) => (d.start > 0 && s[d.start - 1] === ' ' ? s.slice(0, d.start) + '(yes, really) ' + s.slice(d.start) : null),
  tagYouKnow: (s) => (s.endsWith('.') ? s.slice(0, -1) + ', you know.' : null),
  doubleSpace: (s) => s.replace(/ /g, '  '),
  hardWrapMiddle: (s) => { const i = s.indexOf(' ', Math.floor(s.length / 2)); return i > 0 ? s.slice(0, i) + '\n' + s.slice(i + 1) : null; },
  hardWrapAtTrigger: (s, d) => { const i = s.indexOf(' ', d.start); return i > 0 && i < d.end ? s.slice(0, i) + '\n' + s.slice(i + 1) : null; },
  hardWrapIndented: (s) => s.replace(/(.{30,40}?) /g, '$1\n   '),
  hardWrapEvery40: (s) => s.replace(/(.{30,40}?) /g, '$1\n'),
  curlyApostrophes: (s) => (/'/.test(s) ? s.replace(/'/g, '\u2019') : null),
  straightApostrophes: (s) => (/\u2019/.test(s) ? s.replace(/\u2019/g, "'") : null),
};
const only = process.env.SHOW;
const sentences: { s: string; rule: string }[] = [];
for (const d of loadCorpus()) {
  if (BLIND.test(d.name)) continue;
  for (const l of d.labels) if (l.start >= 0) sentences.push({ s: l.sentence.replace(/\s+/g, ' ').trim(), rule: l.rule });
}
const base = sentences.map((x) => ({ ...x, diags: lint(x.s) })).filter((x) => x.diags.some((d) => d.ruleId === x.rule));
console.log(`labelled sentences ${sentences.length}, flagged standalone with their rule ${base.length}`);
for (const [name, f] of Object.entries(T)) {
  let n = 0, kept = 0;
  for (const x of base) {
    const d = x.diags.find((q) => q.ruleId === x.rule)!;
    const t = f(x.s, d);
    if (!t) continue;
    n++;
    if (lint(t).some((q) => q.ruleId === x.rule)) kept++;
    else if (only === name) console.log('  LOST', t);
  }
  if (n) console.log(`${name}: ${kept}/${n} kept (${((100 * kept) / n).toFixed(1)}%)`);
}
