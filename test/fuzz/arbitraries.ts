// fast-check arbitraries for hostile drafts: random Markdown-ish token soup, arbitrary Unicode
// (lone surrogates, NUL, BOM, combining marks, emoji, RTL and bidi controls), real drafts from the
// benchmark corpus with random mutations, and line-ending rewrites (CRLF, CR).

import fc from 'fast-check';
import { generateDraft } from '../../bench/corpus';

/** Markdown syntax, clinical vocabulary and awkward code units, each a token of the soup. */
const TOKENS: string[] = [
  // block syntax
  '# ', '## ', '###### ', '> ', '>', '- ', '* ', '+ ', '1. ', '10) ', '   ', '\t', '    code', '```', '```js\n', '~~~', '---', '***', '___',
  '| a | b |\n| --- | --- |\n', '| ', ' |', '[^1]', '[^1]: ', '[^note]: ', '[1]: https://example.org', '<!--', '-->', '<!-- x -->',
  '<sup>2</sup>', '<sup>', '</sup>', '<div>', '</div>', '<br>', '\\', '\\*', '*', '**', '_', '`', '``', '~~', '[', ']', '(', ')', '![', '](', '<', '>',
  'https://doi.org/10.1000/182', '<https://example.org>', 'title: x\n', '+++\n', '$$', '&amp;', '&#0;', '&#x110000;',
  // directives
  '<!-- clinical-lint-disable -->', '<!-- clinical-lint-enable -->', '<!-- clinical-lint-disable-next-line absolute-claim -->',
  '<!-- clinical-lint-disable-line -->', '<!-- clinical-lint-disable-file dose-range -->', '<!-- clinical-lint-disable no-such-rule, -- why -->',
  // clinical prose
  'LDN', 'low-dose naltrexone', 'cures', 'cure', 'guaranteed', 'completely safe', 'proven', 'miracle', '100% effective', 'always works', 'never fails',
  'may help', 'might', 'suggests', 'studies show', 'experts agree', 'research proves', 'doctors say', 'it is widely accepted that',
  'reduces pain', 'improves sleep', 'prevents cancer', 'treats depression', 'eliminates', 'reverses diabetes',
  'Take', '4.5 mg', '4,5 mg', '50-100 mg', '1–5 mg', '0.5mg', '500 mcg', '5 µg', '2 g/day', '10 mg/kg', '1000 IU', '2 tablets', 'twice daily', 'b.i.d.', 'q.d.', 'at bedtime',
  'naltrexone', 'ibuprofen', 'melatonin', 'magnesium', 'paracetamol', 'metformin',
  'et al.', '(Smith et al., 2020)', 'Garcia et al. (2018)', '(Nguyen and Park 2019; WHO 2020)', '[4]', '[2, 7]', '[3–5]', '¹', '²³', '.[4]',
  'doi:10.1000/xyz123', 'doi: 10.', 'PMID: 12345678', 'PMID 1', 'PMC1234567', 'ISBN 978-3-16-148410-0', '## References', 'References\n', 'Disclaimer:',
  'This article is not medical advice.', 'Talk to your doctor.', 'off-label', 'opioid', 'reviewed: 2019-01-01', 'author: ', 'e.g.', 'i.e.', 'vs.', 'Dr.',
  // punctuation and separators
  '.', '. ', '!', '?', '…', ',', ';', ':', '"', '“', '”', '’', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n',
  // awkward code units
  '\u0000', '\uFEFF', '\u200B', '\u200D', '\u00A0', '\u2028', '\u2029', '\uD800', '\uDFFF', '\uDC00x', 'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304',
  '👩\u200D⚕️', '💊', '🧪', '🇬🇧', '\u202E', '\u202B', '\u2066', 'مرحبا بالعالم', 'שלום', '药物', 'Ωmega', 'İ', 'ß', 'ﬁ',
];

const token = fc.constantFrom(...TOKENS);
const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);

/** Random token soup of up to `maxTokens` tokens. */
export function markdownSoup(maxTokens = 120): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ arbitrary: token, weight: 4 }, { arbitrary: word, weight: 2 }, { arbitrary: fc.constant(' '), weight: 2 }), { maxLength: maxTokens }).map((xs) => xs.join(''));
}

/** Any UTF-16 string, lone surrogates included. */
export function anyUnicode(maxLength = 200): fc.Arbitrary<string> {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const controls = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
  return fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), loneSurrogate, controls, token), { maxLength: maxLength / 4 })
    .map((xs) => xs.join(''));
}

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, anyUnicode(12)) }), weight: 5 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
);

function applyMutation(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'truncate':
      return text.slice(0, at);
  }
}

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed';

export function withLineEndings(text: string, eol: LineEnding, bom: boolean): string {
  let t = text;
  if (eol === 'crlf') t = t.replace(/\r?\n/g, '\r\n');
  else if (eol === 'cr') t = t.replace(/\r?\n/g, '\r');
  else if (eol === 'mixed') {
    let i = 0;
    t = t.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
  }
  return (bom ? '\uFEFF' : '') + t;
}

/** A draft from the benchmark generator (80–400 words), mutated 0–12 times, with any line endings. */
export function mutatedDraft(): fc.Arbitrary<string> {
  return fc
    .record({
      seed: fc.nat(),
      words: fc.integer({ min: 80, max: 400 }),
      plain: fc.boolean(),
      mutations: fc.array(mutation, { maxLength: 12 }),
      eol: fc.constantFrom<LineEnding>('lf', 'lf', 'crlf', 'cr', 'mixed'),
      // FUZZ_NO_BOM=1 leaves the byte-order mark out (to tell a BOM bug from another one while debugging).
      bom: process.env.FUZZ_NO_BOM ? fc.constant(false) : fc.boolean(),
    })
    .map(({ seed, words, plain, mutations, eol, bom }) => {
      let t = generateDraft({ words, seed, kind: plain ? 'plaintext' : 'markdown' });
      for (const m of mutations) t = applyMutation(t, m);
      return withLineEndings(t, eol, bom);
    });
}

/** One hostile document and the kind to lint it as. */
export interface HostileCase {
  text: string;
  kind: 'markdown' | 'plaintext';
}

export function hostileCase(): fc.Arbitrary<HostileCase> {
  return fc.record({
    text: fc.oneof({ arbitrary: markdownSoup(), weight: 3 }, { arbitrary: mutatedDraft(), weight: 3 }, { arbitrary: anyUnicode(), weight: 1 }),
    kind: fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'markdown', 'plaintext'),
  });
}

// ---------------------------------------------------------------- fixed pathological inputs

/**
 * Large or deeply nested inputs named after what they stress. `full` uses the sizes of issue 9 (npm run fuzz);
 * `ci` keeps every shape but scales the largest down so `npm test` stays short on two cores.
 */
export function pathologicalInputs(scale: 'ci' | 'full' = 'full'): { name: string; text: string; kind?: 'markdown' | 'plaintext' }[] {
  const full = scale === 'full';
  const sentence = 'LDN cures fibromyalgia and studies show it is completely safe at 4.5 mg daily [4]. ';
  const lineChars = full ? 1 << 20 : 100_000;
  const oneMbLine = sentence.repeat(Math.ceil(lineChars / sentence.length)).slice(0, lineChars);
  const lineCount = full ? 100_000 : 2_000;
  const lines100k = Array.from({ length: lineCount }, (_, i) => (i % 7 === 0 ? '' : i % 5 === 0 ? `- Take ${i % 9} mg twice daily.` : `Line ${i} may help sleep.`)).join('\n');
  const footnotes = full ? 3000 : 500;
  const fnRefs = Array.from({ length: footnotes }, (_, i) => `Claim number ${i} is proven.[^${i}]`).join(' ');
  const fnDefs = Array.from({ length: footnotes }, (_, i) => `[^${i}]: Author ${i}. Title. doi:10.1000/${i}`).join('\n');
  // An indented list d levels deep is ~d² characters, and micromark reads deep indentation at only ~10 kB/s:
  // the one-line form ('- - - … item') reaches 3,000 levels; the indented form stops at 1,000 (1 MB) / 150 in CI.
  const listDepth = full ? 3000 : 1000;
  const indentedDepth = full ? 1000 : 150;
  const nest = full ? 3000 : 600;
  const big = full ? 1 : 0.1;
  const k = (n: number): number => Math.round(n * big);
  const size = (n: number): string => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MB` : `${Math.round(n / 1000)} kB`);
  return [
    { name: `${size(lineChars)} single line`, text: oneMbLine },
    { name: `${size(lineChars)} single line (plain text)`, text: oneMbLine, kind: 'plaintext' },
    { name: `${lineCount.toLocaleString('en-US')} lines`, text: lines100k },
    { name: `${lineCount.toLocaleString('en-US')} lines (plain text, CRLF)`, text: lines100k.replace(/\n/g, '\r\n'), kind: 'plaintext' },
    { name: '3,000-deep block quote', text: `${'> '.repeat(3000)}Melatonin cures jet lag.\n` },
    { name: 'block quotes deepening line by line to 300', text: Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n') },
    { name: `${listDepth.toLocaleString('en-US')}-deep list (one line)`, text: `${'- '.repeat(listDepth)}Take 4.5 mg.\n` },
    { name: `${indentedDepth.toLocaleString('en-US')}-deep list (indented)`, text: Array.from({ length: indentedDepth }, (_, i) => `${'  '.repeat(i)}- Take ${i} mg.`).join('\n') },
    // micromark resolves emphasis and link labels in quadratic time: CI nests them 600 deep, the full run 3,000.
    { name: `${nest.toLocaleString('en-US')}-deep emphasis`, text: `${'*a '.repeat(nest)}cures${' b*'.repeat(nest)}` },
    { name: `${nest.toLocaleString('en-US')}-deep links`, text: `${'['.repeat(nest)}cure${'](u)'.repeat(nest)}` },
    { name: 'unclosed fence', text: `# Title\n\n\`\`\`\n${sentence.repeat(k(2000))}` },
    { name: 'unclosed comment', text: `# Title\n\n<!--\n${sentence.repeat(k(2000))}` },
    { name: 'unclosed front matter', text: `---\ntitle: x\n${sentence.repeat(k(2000))}` },
    { name: 'unclosed directive comment', text: `<!-- clinical-lint-disable ${'absolute-claim '.repeat(k(20000))}` },
    { name: `${footnotes.toLocaleString('en-US')} footnotes`, text: `# Title\n\n${fnRefs}\n\n${fnDefs}\n` },
    { name: 'open brackets', text: `${'['.repeat(full ? 50_000 : 2_500)}x${']'.repeat(full ? 50_000 : 2_500)}` },
    { name: 'open parentheses', text: `${'('.repeat(k(50_000))}Smith 2020${')'.repeat(k(50_000))}` },
    { name: 'periods', text: '.'.repeat(k(200_000)) },
    { name: '"et al." repeated', text: 'Smith et al. '.repeat(k(100_000)) },
    { name: 'table with many columns', text: `${'| a '.repeat(k(20_000))}|\n${'| --- '.repeat(k(20_000))}|\n${'| 5 mg '.repeat(k(20_000))}|\n` },
    { name: 'NUL-filled', text: '\u0000'.repeat(k(100_000)) },
    { name: 'lone surrogates', text: '\uD800a\uDC00\uDBFF'.repeat(k(50_000)) },
    { name: 'combining marks', text: `Z${'\u0301\u0300\u0302'.repeat(k(100_000))} cures.` },
    { name: 'bidi controls and RTL', text: '\u202Eعلاج مضمون\u202C LDN cures \u2067שלום\u2069 pain. '.repeat(k(10_000)) },
    // Shapes the Markdown parser resolves in quadratic time within one paragraph (document.ts findInlineHazards).
    // Before the pre-scan the CI sizes took 20 s to several minutes each; the full sizes are about 1 MB.
    ...HOSTILE_INLINE.map((h) => ({ name: `hostile inline: ${h.name}`, text: `# Title\n\nLDN may help.[^1]\n\n${h.make(Math.round(h.reps * (full ? 1 : 0.12)))}\n\n[^1]: Ref. doi:10.1000/1\n` })),
  ];
}

/**
 * Paragraph shapes that are quadratic for micromark (measured: 10× the input took 50–140× the CPU time before
 * document.ts read them without inline Markdown). `reps` is the full-size repetition count (about 1 MB).
 */
export const HOSTILE_INLINE: { name: string; make: (n: number) => string; reps: number }[] = [
  { name: 'emphasis runs *a*a', make: (n) => '*a'.repeat(n), reps: 500_000 },
  { name: 'closing delimiters " a*"', make: (n) => ' a*'.repeat(n), reps: 330_000 },
  { name: 'mixed *_*_', make: (n) => '*_'.repeat(n), reps: 500_000 },
  { name: 'closing brackets ]]]', make: (n) => ']'.repeat(n), reps: 1_000_000 },
  { name: 'link label runs [a][', make: (n) => '[a]['.repeat(n), reps: 250_000 },
  { name: 'footnote openers [^a', make: (n) => '[^a'.repeat(n), reps: 330_000 },
  { name: 'HTML comment openers', make: (n) => 'a <!-- '.repeat(n), reps: 140_000 },
  { name: 'processing instructions <?', make: (n) => 'a <? '.repeat(n), reps: 200_000 },
  { name: 'CDATA openers', make: (n) => 'a <![CDATA[ '.repeat(n), reps: 80_000 },
  { name: 'escapes \\*', make: (n) => '\\* b. '.repeat(n), reps: 160_000 },
  { name: 'entities &amp;', make: (n) => '&amp; b. '.repeat(n), reps: 110_000 },
  { name: 'code spans `c`', make: (n) => '`c` b. '.repeat(n), reps: 140_000 },
  { name: 'bare URLs', make: (n) => 'see https://x.org b. '.repeat(n), reps: 50_000 },
  { name: 'inline HTML <sup>', make: (n) => 'a <sup>2</sup> b. '.repeat(n), reps: 55_000 },
  { name: 'lines in one paragraph', make: (n) => 'Take 5 mg daily.\n'.repeat(n), reps: 60_000 },
  { name: 'block-quote lines with markup', make: (n) => '> **a** [b](c) `d` &amp; <sup>1</sup> x\n'.repeat(n), reps: 25_000 },
  { name: 'draft-like markup on one line', make: (n) => 'LDN *may* reduce **pain** [4] and `code` <sup>2</sup> in [a link](https://x.org). '.repeat(n), reps: 12_000 },
];
