// Reliability of the Markdown reading (issue 9): drafts whose front matter is never closed, and hostile
// parser shapes that would make lint time grow faster than the draft.

import * as assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/document';

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
