import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { parseDocument, computeLineStarts, offsetToPosition, documentKindFor } from '../../server/src/engine/document';

function sentences(text: string, uri = 'a.md'): string[] {
  return parseDocument(text, { uri }).sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
}

describe('parseDocument', () => {
  it('maps every sentence to its exact source offsets', () => {
    const md = '# Title\n\nSaunas *ease* **back** pain. See [the trial](https://x.org/a "t") for `code` details.\n';
    const doc = parseDocument(md, { uri: 'a.md' });
    for (const s of doc.sentences) {
      assert.equal(s.text.length, s.end - s.start);
      for (let i = 0; i < s.text.length; i++) if (s.text[i] !== ' ') assert.equal(md[s.start + i], s.text[i]);
    }
    assert.deepEqual(sentences(md), ['Title', 'Saunas ease back pain.', 'See the trial for details.']);
  });

  it('excludes front matter, code, inline code, HTML comments, link targets and autolinks', () => {
    const md = [
      '---', 'title: Cures everything', 'dose: 50 mg', '---', '',
      'Intro text with `50 mg` inline and <https://example.org/50mg> autolink.', '',
      '```', 'LDN cures all 50 mg', '```', '',
      '    indented code 50 mg', '',
      '<!-- a comment about 50 mg -->', '',
      'A [link text](https://example.org/cures-50-mg) here.',
    ].join('\n');
    const doc = parseDocument(md, { uri: 'a.md' });
    const prose = doc.blocks.map((b) => b.text).join(' ');
    assert.doesNotMatch(prose, /50|Cures|cures/);
    assert.match(prose, /link text/);
    assert.ok(doc.frontMatter);
    assert.deepEqual(doc.frontMatter!.data, { title: 'Cures everything', dose: '50 mg' });
  });

  it('treats tables, block quotes, list items, headings and footnote definitions as prose', () => {
    const md = [
      '## Dosing', '',
      '| Drug | Dose |', '|---|---|', '| LDN | 4.5 mg |', '',
      '> A reader wrote that it changed her life.', '',
      '- First point here.', '- Second point here.', '',
      'Text.[^a]', '', '[^a]: Footnote body text.',
    ].join('\n');
    const doc = parseDocument(md, { uri: 'a.md' });
    const kinds = doc.blocks.map((b) => `${b.kind}:${b.containers.join('/')}`);
    assert.ok(kinds.includes('heading:'));
    assert.ok(kinds.includes('tableCell:table'));
    assert.ok(kinds.includes('paragraph:blockquote'));
    assert.ok(kinds.includes('paragraph:listItem'));
    assert.ok(kinds.includes('paragraph:footnoteDefinition'));
    assert.ok(doc.blocks.some((b) => b.text.trim() === '4.5 mg'));
    const fn = doc.blocks.find((b) => b.footnoteLabel === 'a');
    assert.ok(fn);
    assert.equal(fn!.section, 'Dosing');
  });

  it('collects structural and textual citations', () => {
    const md = 'One.[^1] Two [4]. Three [2, 7]. Four [3–5]. Five<sup>6</sup>. Six (Garcia et al., 2018). Seven (Nguyen and Park 2019). Garcia et al. (2018) found. [Link](https://a.org).\n\n[^1]: x';
    const doc = parseDocument(md, { uri: 'a.md' });
    const cites = doc.blocks[0].citations.map((c) => `${c.kind}:${c.keys.join(',')}`);
    assert.deepEqual(cites, [
      'footnote:1', 'numeric:4', 'numeric:2,7', 'numeric:3,4,5', 'sup:6',
      'author-year:garcia|2018', 'author-year:nguyen|2019', 'author-year:garcia|2018', 'link:https://a.org',
    ]);
    const s = doc.sentences;
    // A citation right after the period belongs to the sentence before it.
    const first = s[0];
    assert.ok(doc.blocks[0].citations[0].start >= first.start && doc.blocks[0].citations[0].start < first.citationEnd);
  });

  it('collects the citation forms of Vancouver and APA writers: reference numbers, initials, group authors, identifiers', () => {
    const md = [
      'Uno (1). Two.(2, 3) Three (ref. 4). Four (see references 5 and 6). Five (Hemilä H, 2017). Six (Smith J, Jones K, 2019).',
      'Seven (World Health Organization [WHO], 2019). Eight (National Institute for Health and Care Excellence 2021).',
      'Nine (PMID: 28515951). Ten (doi:10.1136/bmj.j1). Eleven (PMCID: PMC5479423).',
    ].join(' ');
    const cites = parseDocument(md, { uri: 'a.md' }).blocks[0].citations.map((c) => `${c.kind}:${c.keys.join(',')}`);
    assert.deepEqual(cites.sort(), [
      'author-year:hemila|2017', 'author-year:national|2021', 'author-year:smith|2019', 'author-year:world|2019',
      'link:https://doi.org/10.1136/bmj.j1', 'link:https://pubmed.ncbi.nlm.nih.gov/28515951/', 'link:https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5479423/',
      'numeric:1', 'numeric:2,3', 'numeric:4', 'numeric:5,6',
    ]);
    // Not citations: enumerations, a number restated in figures, dates and other parentheses with a year.
    const none = 'Do two things: (1) rest and (2) drink. (1) Rest first. Take six (6). Updated (May 2024). Since (March 2020). Sale (Summer Sale 2019). Type (2 diabetes).';
    assert.deepEqual(parseDocument(none, { uri: 'b.md' }).blocks[0].citations, []);
  });

  it('splits sentences without breaking at abbreviations, initials, decimals or et al.', () => {
    assert.deepEqual(sentences('Take 4.5 mg at night, e.g. before bed. Dr. Lee agrees with J. Smith. Garcia et al. (2018) disagree. Next.'), [
      'Take 4.5 mg at night, e.g. before bed.',
      'Dr. Lee agrees with J. Smith.',
      'Garcia et al. (2018) disagree.',
      'Next.',
    ]);
    assert.deepEqual(sentences('Most take 1-5 mg. By easing pain it helps. Take 2 mcg. Then stop.'), ['Most take 1-5 mg.', 'By easing pain it helps.', 'Take 2 mcg.', 'Then stop.']);
    assert.deepEqual(sentences('Is it safe? Yes! It "works." Then more.'), ['Is it safe?', 'Yes!', 'It "works."', 'Then more.']);
  });

  it('reads plain text as paragraphs, list items and heading-like lines', () => {
    const txt = 'Sleep and Recovery\n\nFirst paragraph line one\ncontinues here. Second sentence.\n\n  1. Item one: text.\n  2. Item two: text.\n\nSee https://example.org/x for more.\n';
    const doc = parseDocument(txt, { uri: 'a.txt' });
    assert.equal(doc.kind, 'plaintext');
    assert.deepEqual(doc.blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    assert.equal(doc.blocks[2].listItemNumber, 1);
    assert.equal(doc.blocks[3].listItemNumber, 2);
    assert.equal(doc.blocks[1].section, 'Sleep and Recovery');
    const last = doc.blocks[4];
    assert.equal(last.citations[0].kind, 'link');
    assert.doesNotMatch(last.text, /example/);
    assert.equal(doc.text.slice(doc.title.start, doc.title.end), 'Sleep and Recovery');
  });

  it('reads e-mail style quotes in plain text as block quotes, their markers not prose', () => {
    const txt = 'A patient wrote:\n\n> My knee pain is gone.\n> I walk every day now.\r\n>\n>Thank you.\n\nMost adults take\n> 5 mg, which is too much.\n';
    const doc = parseDocument(txt, { uri: 'a.txt' });
    const quote = doc.blocks[1];
    assert.deepEqual(quote.containers, ['blockquote']);
    assert.equal(quote.text.length, quote.end - quote.start);
    assert.doesNotMatch(quote.text, />/);
    const sentences = quote.sentences.map((s) => txt.slice(s.start, s.end));
    assert.deepEqual(sentences, ['My knee pain is gone.', 'I walk every day now.', 'Thank you.']);
    // A comparison sign before a number that wrapped to the start of a line is not a quote marker.
    const dose = doc.blocks[2];
    assert.deepEqual(dose.containers, []);
    assert.match(dose.text, /> 5 mg/);
  });

  it('handles CRLF, CR and BOM without shifting offsets', () => {
    const md = '\uFEFF# T\r\n\r\nLine one.\r\nLine two.\r\n';
    const doc = parseDocument(md, { uri: 'a.md' });
    assert.equal(doc.eol, '\r\n');
    for (const s of doc.sentences) assert.equal(md.slice(s.start, s.end).replace(/\r?\n/g, ' '), s.text.replace(/\r?\n/g, ' '));
    assert.deepEqual(doc.sentences.map((s) => s.text.trim()), ['T', 'Line one.', 'Line two.']);
    const fm = parseDocument('\uFEFF---\nauthor: x\n---\n# Title\n', { uri: 'a.md' });
    assert.equal(fm.frontMatter!.start, 1);
    assert.equal(fm.text.slice(fm.title.start, fm.title.end), 'Title');
    const ls = computeLineStarts('a\r\nb\rc\nd');
    assert.deepEqual(ls, [0, 3, 5, 7]);
    assert.deepEqual(offsetToPosition(ls, 6), { line: 2, character: 1 });
  });

  it('finds directives and the title', () => {
    const md = '---\na: 1\n---\n\n# My post\n\n<!-- clinical-lint-disable-next-line absolute-claim, dose-range -->\nText.\n';
    const doc = parseDocument(md, { uri: 'a.md' });
    assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules, d.line]), [['disable-next-line', ['absolute-claim', 'dose-range'], 6]]);
    assert.equal(md.slice(doc.title.start, doc.title.end), 'My post');
  });

  it('chooses the document kind from the file name', () => {
    assert.equal(documentKindFor('x/post.MD'), 'markdown');
    assert.equal(documentKindFor('post.mdx'), 'markdown');
    assert.equal(documentKindFor('post.txt'), 'plaintext');
  });

  it('reads Markdown nested too deeply for the parser as plain text, with a notice', () => {
    for (const t of ['> '.repeat(3000) + 'LDN cures pain.', '- '.repeat(3000) + 'LDN cures pain.']) {
      const doc = parseDocument(t, { uri: 'a.md' });
      assert.match(doc.notice ?? '', /nested too deeply/);
      assert.ok(doc.sentences.some((s) => /cures/.test(s.text)));
      const res = lintText(t, { uri: 'a.md', onRuleError: (id, e) => assert.fail(`${id}: ${e}`) });
      assert.ok(res.diagnostics.some((d) => d.ruleId === 'absolute-claim'));
    }
  });

  it('never throws on broken Markdown', () => {
    for (const t of ['```\nunclosed', '<!-- unclosed', '[^', '| a |\n|', '> '.repeat(200) + 'x', '\u0000\uD800x', '']) {
      parseDocument(t, { uri: 'a.md' });
      parseDocument(t, { uri: 'a.txt' });
    }
  });
});
