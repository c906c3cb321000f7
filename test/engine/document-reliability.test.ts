// Reliability of the Markdown reading (issue 9): drafts whose front matter is never closed, and hostile
// parser shapes that would make lint time grow faster than the draft.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, lintText } from '../../server/src/engine/lint';
import { containerWork, findInlineHazards, parseDocument } from '../../server/src/engine/document';
import { generateCorpus, generateDraft } from '../../bench/corpus';

const md = (text: string) => parseDocument(text, { uri: 'draft.md' });
const kinds = (text: string) => md(text).blocks.map((b) => `${b.kind}:${b.containers.join('/')}`);

describe('parseDocument: front matter that is never closed', () => {
  const body = '\n\n> A reader wrote that it changed her life.\n\n- First point here.\n- Second point here.\n\nLDN may ease pain.[^1]\n\n[^1]: Smith J. Title. doi:10.1000/1\n';

  for (const [name, opener] of [
    ['YAML fence', '---\ntitle: LDN'],
    ['TOML fence', '+++\ntitle = "LDN"'],
    ['fence with trailing spaces', '---  \ntitle: LDN'],
  ] as const) {
    it(`keeps block quotes, lists and footnotes after an unclosed ${name}`, () => {
      const doc = md(opener + body);
      assert.equal(doc.frontMatter, null);
      const k = kinds(opener + body);
      assert.ok(k.includes('paragraph:blockquote'), k.join(' '));
      assert.ok(k.includes('paragraph:listItem'), k.join(' '));
      assert.ok(k.includes('paragraph:footnoteDefinition'), k.join(' '));
      const cite = doc.blocks.flatMap((b) => b.citations).find((c) => c.kind === 'footnote');
      assert.deepEqual(cite?.keys, ['1']);
      // The reference text is not hidden as a link definition.
      assert.ok(doc.sentences.some((s) => s.text.includes('Smith J.')));
    });
  }

  it('reads the same with CRLF, CR and a byte-order mark, offsets unchanged', () => {
    const lf = `---\ntitle: LDN${body}`;
    for (const text of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\uFEFF${lf}`, `\uFEFF${lf.replace(/\n/g, '\r\n')}`]) {
      const doc = md(text);
      assert.deepEqual(kinds(text), kinds(lf), JSON.stringify(text.slice(0, 12)));
      for (const b of doc.blocks) for (let i = 0; i < b.text.length; i++) if (b.text[i] !== ' ' && !/[\r\n]/.test(b.text[i])) assert.equal(text[b.start + i], b.text[i]);
    }
  });

  it('still reads closed front matter as front matter', () => {
    for (const text of ['---\ntitle: LDN\n---\n\n> Quote.\n', '---\r\ntitle: LDN\r\n---\r\n\r\n> Quote.\r\n', '\uFEFF---\rtitle: LDN\r---\r\r> Quote.\r', '+++\ntitle = "LDN"\n+++\n\n> Quote.\n']) {
      const doc = md(text);
      assert.ok(doc.frontMatter, JSON.stringify(text));
      assert.doesNotMatch(doc.blocks.map((b) => b.text).join(' '), /title/);
      assert.deepEqual(kinds(text), ['paragraph:blockquote']);
    }
  });

  it('leaves a draft that merely starts with a rule or "----" alone', () => {
    assert.deepEqual(kinds('----\ntext\n\n> q\n'), ['paragraph:', 'paragraph:blockquote']);
    assert.deepEqual(kinds('---'), []);
    assert.deepEqual(kinds('Intro.\n\n---\ntitle: x\n\n> q\n'), ['paragraph:', 'paragraph:', 'paragraph:blockquote']);
  });

  it('lets the citation-placeholder fix converge (one footnote, then no diagnostic)', () => {
    const draft = '---\ntitle: LDN for pain\n\nThere is some evidence that LDN could ease pain, but larger studies are needed.\n';
    for (const text of [draft, draft.replace(/\n/g, '\r\n'), `\uFEFF${draft.replace(/\n/g, '\r')}`]) {
      const before = lintText(text, { uri: 'draft.md' }).diagnostics.filter((d) => d.ruleId === 'vague-attribution');
      assert.equal(before.length, 1);
      assert.ok(before[0].fixes?.some((f) => /citation placeholder/i.test(f.title)));
      const fixed = fixText(text, { uri: 'draft.md' }).text;
      assert.equal(fixed.match(/\[\^1\]/g)?.length, 2, fixed); // the call and its definition, once
      assert.equal(lintText(fixed, { uri: 'draft.md' }).diagnostics.filter((d) => d.ruleId === 'vague-attribution').length, 0);
    }
  });
});

describe('parseDocument: hostile inline shapes (quadratic in the Markdown parser)', () => {
  const tail = '\n\n# Dosing\n\n> LDN cures pain.\n\n- Take 4.5 mg.[^1]\n\n[^1]: Smith J. doi:10.1000/1\n';
  const shapes: [string, string][] = [
    ['emphasis runs', '*a'.repeat(5000)],
    ['closing delimiters', ' a*'.repeat(4000)],
    ['mixed * and _', '*_'.repeat(4000)],
    ['closing brackets', ']'.repeat(6000)],
    ['nested link labels', `${'['.repeat(3000)}a${'](u)'.repeat(3000)}`],
    ['footnote openers', '[^a'.repeat(4000)],
    ['HTML comment openers', 'a <!-- '.repeat(3000)],
    ['processing instructions', 'a <? '.repeat(3000)],
    ['escapes', '\\* b. '.repeat(4000)],
    ['entities', '&amp; b. '.repeat(4000)],
    ['code spans of growing length', Array.from({ length: 300 }, (_, i) => `${'`'.repeat(i + 1)}a`).join('')],
    ['ordered lines that cannot interrupt a paragraph', `x\n${Array.from({ length: 600 }, (_, i) => `${i + 3}. ${'*a'.repeat(10)}`).join('\n')}`],
  ];
  for (const [name, hostile] of shapes) {
    it(`reads a paragraph of ${name} without inline Markdown, the rest of the draft as Markdown`, () => {
      const text = `Intro with *emphasis* and [a link](https://example.org).\n\n${hostile}${tail}`;
      const hazards = findInlineHazards(text);
      assert.equal(hazards.length, 1, name);
      const start = text.indexOf(hostile);
      assert.deepEqual([hazards[0].start, hazards[0].end], [start, start + hostile.length]);
      const doc = md(text);
      assert.match(doc.notice ?? '', /checked as plain text/);
      // Offsets unchanged: every prose character is the source character.
      for (const b of doc.blocks) for (let i = 0; i < b.text.length; i++) if (b.text[i] !== ' ') assert.equal(text[b.start + i], b.text[i]);
      // The hostile paragraph is still prose, from its first to its last character.
      const first = start + hostile.search(/\S/);
      const last = start + hostile.trimEnd().length - 1;
      for (const at of [first, last]) assert.ok(doc.blocks.some((b) => b.start <= at && at < b.end && b.kind !== 'heading'), `${name}: ${at}`);
      // Paragraphs before and after keep their structure.
      assert.deepEqual(doc.blocks[0].citations.map((c) => c.kind), ['link']);
      const k = doc.blocks.map((b) => `${b.kind}:${b.containers.join('/')}`);
      for (const want of ['heading:', 'paragraph:blockquote', 'paragraph:listItem', 'paragraph:footnoteDefinition']) assert.ok(k.includes(want), `${name}: ${k.join(' ')}`);
      assert.ok(doc.blocks.flatMap((b) => b.citations).some((c) => c.kind === 'footnote'));
    });
  }

  it('never trips on real drafts: examples, fixtures and the benchmark corpus', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir)) {
        const p = path.join(dir, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(md|txt)$/.test(f)) files.push(p);
      }
    };
    walk(path.join(__dirname, '..', '..', 'examples'));
    walk(path.join(__dirname, '..', 'fixtures'));
    assert.ok(files.length >= 10);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      assert.deepEqual(findInlineHazards(text), [], f);
      assert.equal(md(text).notice, undefined, f);
    }
    for (const d of generateCorpus(60, 5)) {
      assert.deepEqual(findInlineHazards(d.text), [], d.name);
      assert.equal(md(d.text).notice, undefined, d.name);
    }
    const big = generateDraft({ words: 100_000, seed: 9 });
    assert.deepEqual(findInlineHazards(big), []);
    assert.ok(containerWork(big) < 2_000_000);
  });

  it('never trips on long lists and tables with ordinary formatting (each item and row is its own paragraph)', () => {
    const row = '| **LDN** [trial](https://example.org/a_b) | `4.5 mg` &amp; <sup>2</sup> | *daily* |\n';
    assert.deepEqual(findInlineHazards(`| a | b | c |\n| --- | :-: | --- |\n${row.repeat(3000)}`), []);
    const item = (i: number) => `${i}. Smith J, *et al.* [Title](https://doi.org/10.1000/${i}_x). \`code\` &amp; <sup>${i}</sup>\n`;
    assert.deepEqual(findInlineHazards(Array.from({ length: 3000 }, (_, i) => item(i + 1)).join('')), []);
    assert.deepEqual(findInlineHazards('- **a** [b](c) `d` &amp; <sup>1</sup> x\n'.repeat(3000)), []);
    // Without the table (header and delimiter cells differ), the rows are one paragraph and do trip.
    assert.equal(findInlineHazards(`| a | b | c |\n| --- | --- |\n${row.repeat(3000)}`).length, 1);
  });

  it('keeps directive comments inside a neutralised paragraph', () => {
    const text = `${'*a'.repeat(3000)} LDN cures pain. <!-- clinical-lint-disable-line absolute-claim -->\n\nLDN cures pain.\n`;
    const doc = md(text);
    assert.ok(doc.notice);
    assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules]), [['disable-line', ['absolute-claim']]]);
    const abs = lintText(text, { uri: 'draft.md' }).diagnostics.filter((d) => d.ruleId === 'absolute-claim');
    assert.deepEqual(abs.map((d) => md(text).lineStarts.findLastIndex((s) => s <= d.start)), [2]);
  });

  it('reads a paragraph of thousands of lines as plain text (each line ending costs the parser like a marker)', () => {
    const text = `# T\n\n${'Take 5 mg daily and it may help.\n'.repeat(8000)}`;
    const doc = md(text);
    assert.match(doc.notice ?? '', /thousands of lines/);
    assert.equal(doc.tree, null);
    assert.ok(doc.sentences.length >= 8000);
    assert.equal(md(`# T\n\n${'Take 5 mg daily and it may help.\n'.repeat(200)}`).notice, undefined);
  });

  it('reads directives in linear time with the same meaning', () => {
    const dirs = (t: string) => parseDocument(t, { uri: 'a.txt' }).directives.map((d) => [d.kind, d.rules, d.start, d.end]);
    assert.deepEqual(dirs('<!-- x <!-- clinical-lint-disable a, b -- why -->'), [['disable', ['a', 'b'], 7, 49]]);
    assert.deepEqual(dirs('<!-- clinical-lint-enable'), []);
    assert.deepEqual(dirs('<!--clinical-lint-disable-next-line x--> <!-- clinical-lint-enable x -->'), [
      ['disable-next-line', ['x'], 0, 40],
      ['enable', ['x'], 41, 72],
    ]);
    // Thousands of unclosed directive openers (quadratic for a regex with a lazy body) read none.
    assert.deepEqual(dirs('<!-- clinical-lint-disable x '.repeat(20_000)), []);
  });

  it('blanks every URL of a plain-text paragraph', () => {
    const text = 'See https://a.org/x and www.b.org today. '.repeat(500);
    const doc = parseDocument(text, { uri: 'a.txt' });
    assert.doesNotMatch(doc.blocks[0].text, /a\.org|b\.org/);
    assert.equal(doc.blocks[0].citations.filter((c) => c.kind === 'link').length, 1000);
  });
});

describe('parseDocument: thousands of separate lists and block quotes', () => {
  it('reads the draft as plain text (each list closed before another block costs the parser the whole document)', () => {
    for (const unit of ['- Take 5 mg.\n\nLDN may help.\n\n', 'LDN may help.\n- Take 5 mg.\n\n', '> A quote.\n\nLDN may help.\n\n']) {
      const text = unit.repeat(3000);
      const doc = md(text);
      assert.match(doc.notice ?? '', /thousands of separate lists or block quotes/);
      assert.ok(doc.sentences.some((s) => s.text.includes('LDN may help.')));
      assert.equal(md(unit.repeat(100)).notice, undefined);
    }
  });

  it('counts a long flat list once (its items close cheaply)', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Smith J. Title ${i}. doi:10.1000/${i}`).join('\n');
    assert.ok(containerWork(list) <= 5000);
    assert.equal(md(`# References\n\n${list}\n`).notice, undefined);
  });
});

describe('findInlineHazards: line-start structure', () => {
  it('keeps fence lines, but not a backtick line that cannot open a fence', () => {
    // "```x`" has a backtick in its info string: a paragraph line, so its markers count.
    assert.equal(findInlineHazards('```x`' + '*a'.repeat(50_000)).length, 1);
    // "~~~" opens a fence whatever follows: code, never inline.
    assert.equal(findInlineHazards('~~~' + '*a'.repeat(50_000)).length, 0);
  });

  it('neutralises only inline markers: fences, definitions, list markers and HTML tag names stay', () => {
    const hostile = '*a'.repeat(5000);
    const text = `- ${hostile}\n[^1]: ${hostile}\n<div> ${hostile}\n\n\`\`\`\ncode\n\`\`\`\n\nAfter [link](https://example.org).\n`;
    const doc = md(text);
    assert.ok(doc.notice);
    const after = doc.blocks.find((b) => b.text.includes('After'));
    assert.deepEqual(after?.citations.map((c) => c.kind), ['link']);
    assert.equal(doc.blocks.filter((b) => b.text.includes('code')).length, 0); // still a code block
  });
});

describe('parseDocument: a list nested by indentation', () => {
  it('reads the draft as plain text past 200 levels (400 columns of indentation), as Markdown below', () => {
    const nested = (d: number) => Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- Take ${i} mg.`).join('\n');
    assert.match(md(nested(300)).notice ?? '', /nested too deeply/);
    assert.ok(md(nested(300)).sentences.some((s) => s.text.includes('Take 299 mg.')));
    const shallow = md(nested(150));
    assert.equal(shallow.notice, undefined);
    assert.ok(shallow.blocks.every((b) => b.containers.includes('listItem')));
  });
});
