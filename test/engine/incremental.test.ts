// parseMarkdownTreeIncremental must return exactly parseMarkdownTree(text), positions included,
// for every text and every edit history. Property test over a grammar of real Markdown constructs
// with random edit sequences (fixed seed, bounded), plus one regression case per cutting rule.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument, parseMarkdownTree } from '../../server/src/engine/document';
import { createParseCache, parseMarkdownTreeIncremental, splitChunks, type ParseCache } from '../../server/src/engine/incremental';
import { generateDraft } from '../../bench/corpus';

const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261126);
const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 110);

function same(text: string, cache: ParseCache): void {
  assert.deepStrictEqual(parseMarkdownTreeIncremental(text, cache), parseMarkdownTree(text), `text: ${JSON.stringify(text)}`);
}

// ---------------------------------------------------------------- grammar

const LABELS = ['ref', 'Ref', 'REF', 'a  b', 'A\tB', '1', '2', 'straße', 'STRASSE', 'x\\]y', 'Σ'];
const NOTES = ['1', '2', 'note', 'Note'];

const word = fc.constantFrom('LDN', 'naltrexone', 'pain', 'may', 'help', 'studies', 'show', 'dose', '4.5 mg', 'sleep', 'cures', 'trial', '2024', 'é', '💊');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const label = fc.constantFrom(...LABELS);
const note = fc.constantFrom(...NOTES);

const inline: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: words.map((w) => `*${w}*`), weight: 1 },
  { arbitrary: words.map((w) => `**${w}**`), weight: 1 },
  { arbitrary: words.map((w) => `\`${w}\``), weight: 1 },
  { arbitrary: fc.tuple(words, label).map(([w, l]) => `[${w}][${l}]`), weight: 2 },
  { arbitrary: label.map((l) => `[${l}]`), weight: 2 },
  { arbitrary: label.map((l) => `[${l}][]`), weight: 1 },
  { arbitrary: label.map((l) => `![img][${l}]`), weight: 1 },
  { arbitrary: note.map((n) => `[^${n}]`), weight: 2 },
  { arbitrary: words.map((w) => `[${w}](https://example.org/a "t")`), weight: 1 },
  { arbitrary: fc.constantFrom('<!-- c -->', '<sup>2</sup>', '<https://doi.org/10.1/x>', 'www.example.com', '~~gone~~', '\\*', '&amp;', '<!--', '-->', '[', ']'), weight: 2 },
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));

const fenceBody = fc.array(fc.oneof(line, fc.constant(''), fc.constant('  indented'), fc.constant('- not a list')), { maxLength: 4 });
const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '```js', '~~~ yaml'), fenceBody, fc.boolean(), fc.constantFrom('', ' ', '  '))
  .map(([open, body, closed, indent]) => [indent + open, ...body, ...(closed ? [indent + open.replace(/[a-z ]+$/, '')] : [])].join('\n'));

const htmlBlock = fc.oneof(
  fc.tuple(fenceBody, fc.boolean()).map(([b, c]) => ['<!--', ...b, ...(c ? ['-->'] : [])].join('\n')),
  fc.constantFrom('<!-- one line -->', '<!-- clinical-lint-disable -->', '<div>\ntext\n</div>', '<div>\n\n*md*\n\n</div>', '<script>\nlet a = 1;\n\nlet b;\n</script>',
    '<pre>\ncode\n\n\nmore\n</pre>', '<style>\np {}\n\n</style>', '<?php\n\necho 1;\n?>', '<!DOCTYPE html>', '<![CDATA[\n\nx\n]]>', '<textarea>\n\n</textarea>'),
);

const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([d, l]) => `${'#'.repeat(d)} ${l}`),
  fc.tuple(line, fc.constantFrom('===', '---', '-', '=')).map(([l, u]) => `${l}\n${u}`),
);

const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ');
const listItemBody: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paragraph, weight: 4 },
  { arbitrary: fence, weight: 1 },
  { arbitrary: htmlBlock, weight: 1 },
  { arbitrary: paragraph.map((p) => `> ${p}`), weight: 1 },
  { arbitrary: fc.tuple(bullet, paragraph).map(([b, p]) => `${b}${p}`), weight: 1 },
);
const list = fc
  .tuple(bullet, fc.array(fc.tuple(listItemBody, fc.constantFrom('\n', '\n\n', '\n \n', '\n\n\n')), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '   '))
  .map(([b, items, indent]) => {
    const pad = ' '.repeat(indent.length + b.length);
    return items
      .map(([body, sep], i) => indent + b + body.split('\n').map((l, j) => (j === 0 || l === '' ? l : (i % 3 === 2 && j % 2 ? '' : pad) + l)).join('\n') + (i < items.length - 1 ? sep : ''))
      .join('');
  });

const blockquote = fc
  .array(fc.oneof(paragraph, fence, list, fc.constant('')), { minLength: 1, maxLength: 3 })
  .map((bs) => bs.join('\n\n').split('\n').map((l, i) => (i % 4 === 3 ? l : `> ${l}`)).join('\n'));

const table = fc
  .tuple(words, words, fc.array(fc.tuple(words, words), { maxLength: 3 }), fc.boolean())
  .map(([a, b, rows, pipes]) => [`| ${a} | ${b} |`, '| --- | :-: |', ...rows.map(([x, y]) => (pipes ? `| ${x} | ${y} |` : `${x} | ${y}`))].join('\n'));

const footnoteDef = fc
  .tuple(note, paragraph, fc.array(paragraph, { maxLength: 2 }), fc.boolean())
  .map(([n, p, more, indentLazy]) => [`[^${n}]: ${p}`, ...more.map((m) => '\n' + m.split('\n').map((l) => (indentLazy ? '    ' : '') + l).join('\n'))].join('\n'));

const definition = fc
  .tuple(label, fc.constantFrom('https://example.org', '<https://a.b/c d>', '/u'), fc.constantFrom('', ' "Title"', "\n  'Title'", ' (t)'))
  .map(([l, u, t]) => `[${l}]: ${u}${t}`);

const indentedCode = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => (l ? '    ' + l : '')).join('\n'));

const odd = fc.constantFrom('---', '***', '* * *', '___', '-', '+', '1.', '*', '+++', '\uFEFFtext', '\uFEFF', '\tTab', '$$\n\nx\n\n$$', '|', '> ', '>', '[', '[^1]:', '[ref]:', 'text\\', '  trailing  ', '---\ntitle: x\n---', '+++\na\n+++', '```', '<!--', '-->', '</script>', '> 10. x', '>    2) y', '> - ', '[^1]: 3. z', '<x-tag>');

const block: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paragraph, weight: 8 },
  { arbitrary: heading, weight: 2 },
  { arbitrary: list, weight: 3 },
  { arbitrary: blockquote, weight: 2 },
  { arbitrary: fence, weight: 2 },
  { arbitrary: htmlBlock, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: footnoteDef, weight: 2 },
  { arbitrary: definition, weight: 2 },
  { arbitrary: indentedCode, weight: 2 },
  { arbitrary: odd, weight: 3 },
);

const frontMatter = fc.constantFrom('', '', '---\ntitle: x\n\nauthor: y\n---\n\n', '---\na: 1\n----\n\nb: 2\n---\n\n', '---\na: 1\n---x\n\nb\n', '--- \na: 1\n---\t\n\n', '\uFEFF', '+++\ntitle = "x"\n+++\n\n', '---\ntitle: x\n', '\uFEFF---\na: 1\n---\n', '---\n\n');
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n \n', '\n\n\n', '\n\t\n');

export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 9 }), fc.constantFrom('\n', '', '\n\n'), fc.constantFrom('lf', 'lf', 'lf', 'crlf', 'cr'))
  .map(([fm, blocks, end, eol]) => {
    const t = fm + blocks.map(([b, s], i) => b + (i < blocks.length - 1 ? s : '')).join('') + end;
    return eol === 'crlf' ? t.replace(/\n/g, '\r\n') : eol === 'cr' ? t.replace(/\n/g, '\r') : t;
  });

// ---------------------------------------------------------------- edits

const SNIPPETS = [
  '\n', '\n\n', '\r\n', '```', '```\n', '~~~', '<!--', '-->', '<script>', '</script>', '- ', '* ', '1. ', '> ', '    ', '\t', ' ', '---\n', '+++\n',
  '> 10. ', '[^1]: note\n\n', '[^note]: n\n', '[ref]: /u\n\n', '[Ref]:', '[a b]: /x\n', '[', ']', '[^', ']:', '|', '| --- |\n', 'x', 'word ', '=\n', '\uFEFF', '<div>', '\\',
];

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'lineStart'; at: number; text: string } | { kind: 'delete'; at: number; len: number } | { kind: 'replace'; at: number; len: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SNIPPETS), word) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('lineStart' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }), text: fc.constantFrom(...SNIPPETS) }), weight: 2 },
);

function applyEdit(text: string, e: Edit): string {
  let at = text.length ? e.at % (text.length + 1) : 0;
  if (e.kind === 'lineStart') {
    // Line starts are where the block structure is decided: aim edits there.
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    at = starts[e.at % starts.length];
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === 'insert') return text.slice(0, at) + e.text + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.len);
  return text.slice(0, at) + e.text + text.slice(at + e.len);
}

// ---------------------------------------------------------------- tests

describe('parseMarkdownTreeIncremental', function () {
  this.timeout(60_000);

  it('property: after every random edit, deep-equals a full parse (positions included)', () => {
    let calls = 0;
    let hits = 0;
    let merges = 0;
    fc.assert(
      fc.property(markdownDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), (doc, edits) => {
        const cache = createParseCache({ maxStale: 8 });
        let text = doc;
        same(text, cache);
        for (const e of edits) {
          text = applyEdit(text, e);
          same(text, cache);
        }
        calls += cache.stats.calls;
        hits += cache.stats.chunkHits;
        merges += cache.stats.merges;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The property is only meaningful if chunks were actually reused and cuts were actually undone.
    assert.ok(hits > calls, `chunk hits ${hits} over ${calls} calls`);
    assert.ok(merges > 0, 'no cut was ever merged back');
  });

  it('property: chunks of one document reused by another (shared cache, unrelated drafts)', () => {
    const cache = createParseCache();
    fc.assert(
      fc.property(fc.array(markdownDocument, { minLength: 2, maxLength: 4 }), (docs) => {
        for (const d of docs) same(d, cache);
        same(docs.join('\n\n'), cache);
        same(docs.reverse().join('\n\n'), cache);
      }),
      { seed: SEED + 1, numRuns: Math.max(20, Math.round(RUNS / 4)), endOnFailure: true },
    );
  });

  it('a one-character edit in a 5,000-word draft reuses every other chunk', () => {
    const text = generateDraft({ words: 5000, seed: 6000 });
    const cache = createParseCache();
    same(text, cache);
    const chunks = splitChunks(text).length;
    assert.ok(chunks > 20, `only ${chunks} chunks`);
    const before = { ...cache.stats };
    const at = text.indexOf('\n\n', text.length >> 1) - 3;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    same(edited, cache);
    assert.equal(cache.stats.chunkMisses - before.chunkMisses, 1);
    assert.equal(cache.stats.chunkHits - before.chunkHits, chunks - 1);
    assert.equal(cache.stats.fullParses, 0);
  });

  it('returns a fresh tree: mutating a result does not change the next one', () => {
    const text = '# T\n\nPara [1] one.\n\nPara two.\n\n[1]: https://example.org\n';
    const cache = createParseCache();
    const a = parseMarkdownTreeIncremental(text, cache);
    a.children[1].position!.start.offset = 999;
    (a.children[1] as { children: unknown[] }).children.length = 0;
    a.children.pop();
    same(text, cache);
    same(text + 'x', cache);
  });

  it('keeps the cache bounded', () => {
    const cache = createParseCache({ maxStale: 4 });
    let text = 'Intro.\n\nMiddle paragraph.\n\nEnd.\n';
    for (let i = 0; i < 50; i++) {
      text = text.replace('Middle', `Middle ${i}`);
      same(text, cache);
    }
    assert.ok(cache.size <= 3 + 4, `size ${cache.size}`);
    const capped = createParseCache({ maxChunks: 2 });
    same('a\n\nb\n\nc\n\nd\n', capped);
    assert.ok(capped.size <= 2);
    same('a\n\nb\n\nc\n\nd\n', capped);
  });

  it('never throws on hostile input and agrees with the full parse', () => {
    const cache = createParseCache();
    for (const t of ['', '\n', '\r', '\r\n\r\n', '\uFEFF', '\uFEFF\n\nx', 'a\0b\n\n\0', '\uD800\n\n\uDC00', '>'.repeat(50) + ' x\n\ny', '- '.repeat(40) + 'x\n\nz'])
      same(t, cache);
  });

  describe('cutting rules (regression cases)', () => {
    const fixtures = path.join(__dirname, '..', 'fixtures', 'incremental');
    const cases: { name: string; text: string; cutBefore?: string[]; noCutBefore?: string[]; merges?: boolean }[] = [
      { name: 'paragraphs are cut at blank lines', text: 'One.\n\nTwo.\n\n# Three\n', cutBefore: ['Two.', '# Three'] },
      { name: 'a list continues over a blank line before its next item (loose list)', text: 'Intro.\n\n- a\n\n- b\n\n1. c\n\n2) d\n\n* e\n\nAfter.\n', noCutBefore: ['- b', '2) d', '* e'], cutBefore: ['After.'] },
      { name: 'a lazy paragraph line is never a cut (no blank line before it)', text: '> quote\nlazy\n\n- item\nlazy\n\nNext.\n', noCutBefore: ['lazy'], cutBefore: ['Next.'] },
      { name: 'fenced code with blank lines is one chunk', text: '```\ncode\n\nmore\n\n~~~\n```\n\nAfter.\n', noCutBefore: ['more', '~~~'], cutBefore: ['After.'] },
      { name: 'an unclosed fence runs to the end', text: 'Text.\n\n~~~\na\n\nb\n\nc\n', noCutBefore: ['b', 'c'] },
      { name: 'HTML comments, <script>, <pre> span blank lines', text: '<!--\n\nhidden\n\n-->\n\n<script>\n\nx\n</script>\n\n<pre>\n\ny\n</pre>\n\nEnd.\n', noCutBefore: ['hidden', 'x', 'y', '-->'], cutBefore: ['<script>', '<pre>', 'End.'] },
      { name: 'HTML kind 6/7 ends at a blank line', text: '<div>\ntext\n\nAfter div.\n', cutBefore: ['After div.'] },
      { name: 'front matter with blank lines stays in the first chunk', text: '---\ntitle: x\n\nauthor: y\n---\n\nBody.\n\nMore.\n', noCutBefore: ['author'], cutBefore: ['Body.'] },
      { name: 'TOML front matter', text: '+++\ntitle = "x"\n\ny = 1\n+++\n\nBody.\n', noCutBefore: ['y = 1'] },
      { name: 'front matter after a BOM', text: '\uFEFF---\na: 1\n\nb: 2\n---\n\nBody.\n', noCutBefore: ['b: 2'] },
      { name: 'a thematic break or setext-like line never opens a chunk (it would read as front matter)', text: 'Para.\n\n---\ntitle: no\n---\n\n+++\n\nEnd.\n', noCutBefore: ['---', '+++'] },
      { name: 'a mid-document BOM line is not a cut (micromark drops a BOM only at input start)', text: 'a\n\n\uFEFFb\n\nc\n', noCutBefore: ['\uFEFFb'] },
      { name: 'footnote definitions with indented continuation', text: 'Text[^1].\n\n[^1]: First.\n\n    Second paragraph of the note.\n\nAfter.\n', noCutBefore: ['    Second'], cutBefore: ['[^1]:', 'After.'] },
      { name: 'indented code is not a cut, tab-indented neither', text: 'P.\n\n    code\n\n\tcode2\n\nQ.\n', noCutBefore: ['    code', '\tcode2'] },
      { name: 'a fence inside a list item, closed by the end of the item: the cut is undone', text: '- ```\n  a\n\nb\n\nc\n', merges: true },
      { name: 'a comment opened inside a list item', text: '- <!--\n  a\n\nb -->\n\nc\n', merges: true },
      { name: 'a fence opened in a list that the cutter takes for a closing fence', text: '- a\n  ```\n  x\n\n```\nb\n\nc\n```\n\nd\n', merges: true },
      { name: 'indented code, a blank line, then a container: micromark parses the container as an interruption', text: '    code\n\n>    10. a\n\n    more\n\n[^1]: 2. b\n', merges: true },
      { name: 'tables end at a blank line', text: '| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter.\n', cutBefore: ['After.'] },
      { name: 'setext heading, thematic break, block quote', text: 'Title\n=====\n\n***\n\n> q\n\n> r\n\nEnd\n---\n', cutBefore: ['***', '> q', '> r', 'End'] },
      { name: 'link reference defined in another chunk', text: 'See [the trial][ref] and [Ref] and [ref][].\n\nMore text.\n\n[REF]: https://example.org "T"\n' },
      { name: 'label normalisation: case folding and whitespace', text: 'See [Foo\n  Bar] and [STRASSE] here.\n\n[foo bar]: /a\n\n[straße]: /b\n' },
      { name: 'a label that spans lines in a block quote (the > markers are not part of it)', text: '> See [foo\n> bar] and [x\n>\ty].\n\nOther.\n\n[FOO BAR]: /u\n\n[X Y]: /v\n' },
      { name: 'labels with whitespace inside the brackets', text: 'See [ foo ] and [\nbar\n] and [^ n ] and [\tbaz].\n\nx\n\n[foo]: /a\n\n[bar]: /b\n\n[baz]: /c\n\n[^n]: note\n' },
      { name: 'a NUL in a label reads as U+FFFD', text: 'Use [a\0b].\n\n[a\0b]: /u\n' },
      { name: 'only chunks that mention a label are parsed again when it is defined', text: 'Cites [n1].\n\nCites [n2].\n\nNo brackets.\n' },
      { name: 'footnote reference defined in another chunk', text: 'Claim[^1] and[^Note].\n\nMiddle.\n\n[^1]: A source.\n\n[^note]: Another.\n' },
      { name: 'a definition in a block quote inside a list defines the label for the whole document', text: '[foo]\n\n> - > [foo]: /url\n' },
      { name: 'reference before, definition in the first chunk, front matter first', text: '---\na: 1\n---\n[x]: /u\n\nUse [x].\n' },
      { name: 'CRLF and CR line endings', text: 'A\r\n\r\nB [r]\r\n\r\n[r]: /u\r\n\r\n- x\r\n\r\n- y\r\n', cutBefore: ['B [r]', '[r]:'] },
      { name: 'whitespace-only blank lines', text: 'A\n \t \nB\n\t\nC\n', cutBefore: ['B', 'C'] },
      { name: 'digits that are not list markers may open a chunk', text: 'A.\n\n2024 was a year.\n\n3.5 mg daily.\n\n4. item\n', cutBefore: ['2024', '3.5 mg'], noCutBefore: ['4. item'] },
    ];
    if (fs.existsSync(fixtures))
      for (const f of fs.readdirSync(fixtures).filter((n) => n.endsWith('.md'))) cases.push({ name: `fixture ${f}`, text: fs.readFileSync(path.join(fixtures, f), 'utf8') });

    for (const c of cases) {
      it(c.name, () => {
        const starts = splitChunks(c.text).map((ch) => ch.start);
        const cutAt = (s: string): boolean => {
          const i = c.text.indexOf(s);
          assert.ok(i >= 0, `fixture has no ${JSON.stringify(s)}`);
          let ls = i;
          while (ls > 0 && c.text[ls - 1] !== '\n' && c.text[ls - 1] !== '\r') ls--;
          return starts.includes(ls);
        };
        for (const s of c.cutBefore ?? []) assert.ok(cutAt(s), `expected a cut before ${JSON.stringify(s)}`);
        for (const s of c.noCutBefore ?? []) assert.ok(!cutAt(s), `unexpected cut before ${JSON.stringify(s)}`);
        const cache = createParseCache();
        same(c.text, cache);
        if (c.merges) assert.ok(cache.stats.merges > 0, 'expected the verification to undo a cut');
        // Edit each chunk in turn (one character appended to its first line), then undo.
        for (const s of starts) {
          let e = s;
          while (e < c.text.length && c.text[e] !== '\n' && c.text[e] !== '\r') e++;
          same(c.text.slice(0, e) + 'z' + c.text.slice(e), cache);
        }
        same(c.text, cache);
        // Removing or adding a definition elsewhere changes how references resolve.
        same(c.text.replace(/\]:/g, '] :'), cache);
        same(c.text + '\n\n[ref]: /late\n\n[^1]: late\n', cache);
      });
    }
  });
});

describe('parseMarkdownTreeIncremental: label changes re-parse only the chunks that could reference the label', () => {
  it('defining [n1] re-parses the chunk that cites [n1], not the one citing [n2]', () => {
    const base = 'Cites [n1].\n\nCites [n2].\n\nNo brackets.\n\n';
    const cache = createParseCache();
    same(base, cache);
    const before = cache.stats.chunkParses;
    same(base + '[N1]: /u\n', cache);
    // The new definition chunk, and the [n1] chunk again with the label defined: two parses.
    assert.equal(cache.stats.chunkParses - before, 2);
  });
});

// ---------------------------------------------------------------- the prose model of reused chunks (document.ts)

/** parseDocument with the cache must give exactly the document a plain parse gives: blocks, sentences, citations, directives, front matter, title. */
function sameDoc(text: string, cache: ParseCache): void {
  const uri = 'file:///draft.md';
  assert.deepStrictEqual(parseDocument(text, { uri, parseCache: cache }), parseDocument(text, { uri }), `text: ${JSON.stringify(text)}`);
}

const PROSE = [
  'Turmeric cures arthritis [1]. Studies show it may help.',
  'Take 4.5 mg of naltrexone at night; see Smith et al. (2020) and <sup>2</sup>.',
  '<!-- clinical-lint-disable-next-line absolute-claim -->\nIt is proven safe.',
  '## Section <!-- clinical-lint-disable-line -->',
  '- A list item that cures pain.\n- Another, [link](https://example.org "t").',
  '| Drug | Dose |\n| --- | --- |\n| LDN | 4.5 mg |',
  '> Quoted: vitamin D prevents falls [^1].',
  '[^1]: Doe J. A trial. 2020.',
];

describe('parseDocument with a parse cache: reused chunk models', function () {
  this.timeout(60_000);

  it('property: after every random edit, the document model deep-equals a plain parse', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), (doc, edits) => {
        const cache = createParseCache({ maxStale: 8 });
        let text = doc;
        sameDoc(text, cache);
        for (const e of edits) {
          text = applyEdit(text, e);
          sameDoc(text, cache);
        }
      }),
      { seed: SEED + 2, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('property: prose with citations, directives, tables and front matter, edited and moved around', () => {
    const piece = fc.constantFrom(...PROSE);
    const fm = fc.constantFrom('', '---\ntitle: Turmeric\ndisclaimer: Not medical advice.\n---\n\n', '\uFEFF');
    fc.assert(
      fc.property(fm, fc.array(piece, { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' clearly', ' may', '\n\n', '[2]', '. Then', '<!-- x -->')), { maxLength: 8 }), (head, pieces, inserts) => {
        const cache = createParseCache();
        let text = head + pieces.join('\n\n') + '\n';
        sameDoc(text, cache);
        for (const [at, ins] of inserts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + ins + text.slice(i);
          sameDoc(text, cache);
        }
        // Blocks moved: the same chunks at other offsets and lines.
        sameDoc(text.split('\n\n').reverse().join('\n\n'), cache);
        sameDoc('Intro line.\n\n' + text, cache);
      }),
      { seed: SEED + 3, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('a keystroke in a 5,000-word draft: the same document as a plain parse, with fresh objects each time', () => {
    let text = generateDraft({ words: 5000, seed: 6001 });
    const cache = createParseCache();
    const first = parseDocument(text, { parseCache: cache });
    for (let k = 1; k <= 5; k++) {
      const at = text.indexOf(' ', Math.floor((text.length * k) / 7));
      text = text.slice(0, at) + ' clearly' + text.slice(at);
      sameDoc(text, cache);
    }
    // Identical chunks twice in one draft, and a repeated text: objects are never shared between documents.
    const twice = 'Same paragraph [1].\n\nSame paragraph [1].\n\n1. Ref.\n';
    sameDoc(twice, cache);
    const a = parseDocument(twice, { parseCache: cache });
    const b = parseDocument(twice, { parseCache: cache });
    assert.notEqual(a.blocks[0], b.blocks[0]);
    assert.notEqual(a.blocks[0], a.blocks[1]);
    assert.equal(a.blocks[1].sentences[0].block, a.blocks[1]);
    assert.ok(first.blocks.length > 50);
  });
});
