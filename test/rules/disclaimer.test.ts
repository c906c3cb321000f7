// missing-disclaimer: recognition in any wording and formatting, look-alikes, and the insert fix.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { applyEdits, fixText, lintText } from '../../server/src/engine/lint';
import { DEFAULT_DISCLAIMER, resolveConfig, type ClinicalLintConfig } from '../../server/src/engine/config';
import { parseDocument } from '../../server/src/engine/document';
import { classifyDisclaimerSentence, findDisclaimer, findDisclaimers, insertStatementFix, planStatementInsertion } from '../../server/src/engine/disclaimer';
import type { DocumentKind } from '../../server/src/engine/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'disclaimer');
const kindOf = (f: string): DocumentKind => (f.endsWith('.txt') ? 'plaintext' : 'markdown');
const fixtures = (dir: string): { name: string; text: string; kind: DocumentKind }[] =>
  fs.readdirSync(path.join(FIXTURES, dir)).sort().map((name) => ({ name, text: fs.readFileSync(path.join(FIXTURES, dir, name), 'utf8'), kind: kindOf(name) }));

const counts = fixtures('counts');
const lookalikes = fixtures('lookalikes');
const MESSAGE = /^No medical disclaimer: nothing in this post says that it is general information rather than personal medical advice/;
const BODY = 'Some people who start low-dose naltrexone notice vivid dreams. Moving the dose to the morning is one option.';
const T = DEFAULT_DISCLAIMER;

describe('missing-disclaimer fixtures', () => {
  it('has at least fifteen wordings that count and ten look-alikes', () => {
    assert.ok(counts.length >= 15, `${counts.length} counting fixtures`);
    assert.ok(lookalikes.length >= 10, `${lookalikes.length} look-alike fixtures`);
  });
  for (const f of counts) {
    it(`counts: ${f.name}`, () => {
      assert.deepEqual(lintRule('missing-disclaimer', { text: f.text, kind: f.kind }).map((d) => d.message), []);
      const found = findDisclaimer(parseDocument(f.text, { uri: f.name, kind: f.kind }), resolveConfig());
      assert.ok(found, 'findDisclaimer returns its range');
      // The range is the disclaimer sentence itself, not the body paragraph above it.
      assert.doesNotMatch(f.text.slice(found.start, found.end), /vivid dreams/);
    });
  }
  for (const f of lookalikes) {
    it(`does not count: ${f.name}`, () => {
      const found = lintRule('missing-disclaimer', { text: f.text, kind: f.kind });
      assert.equal(found.length, 1, 'reported once');
      assert.match(found[0].message, MESSAGE);
    });
  }
});

describe('disclaimer sentences (test/fixtures/disclaimer/sentences.json)', () => {
  const corpus = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sentences.json'), 'utf8')) as { counts: string[]; lookalikes: string[] };
  for (const s of corpus.counts) it(`counts: ${s}`, () => assert.equal(classifyDisclaimerSentence(s).disclaimer, true));
  for (const s of corpus.lookalikes) it(`does not count: ${s}`, () => assert.equal(classifyDisclaimerSentence(s).disclaimer, false));
});

describe('missing-disclaimer position and recognition', () => {
  it('sits on the title heading, not the whole file', () => {
    const text = `# Vivid dreams\n\n${BODY}\n`;
    const [d] = lintRule('missing-disclaimer', { text });
    assert.equal(text.slice(d.start, d.end), 'Vivid dreams');
    assert.equal(d.severity, 'warning');
  });
  it('sits on the first line when there is no heading (plain text)', () => {
    const text = `A long first line that is a sentence about dreams, not a title.\n${BODY}\n`;
    const [d] = lintRule('missing-disclaimer', { text, kind: 'plaintext' });
    assert.equal(text.slice(d.start, d.end), 'A long first line that is a sentence about dreams, not a title.');
  });
  it('an empty document, front matter alone, or a lone title need no disclaimer', () => {
    for (const text of ['', '\n\n', '---\ntitle: Draft\n---\n', '# Draft title\n']) {
      assert.deepEqual(lintRule('missing-disclaimer', { text }), [], JSON.stringify(text));
    }
    assert.deepEqual(lintRule('missing-disclaimer', { text: 'Just a title line\n', kind: 'plaintext' }), []);
  });
  it('a disclaimer in the front matter `disclaimer:` field counts', () => {
    const text = `---\ndisclaimer: This post is for educational purposes only.\n---\n# Dreams\n\n${BODY}\n`;
    assert.deepEqual(lintRule('missing-disclaimer', { text }), []);
  });
  it('a user pattern counts as a disclaimer (config.disclaimer.patterns)', () => {
    const text = `# Dreams\n\n${BODY}\n\nWir ersetzen keine ärztliche Beratung.\n`;
    assert.equal(lintRule('missing-disclaimer', { text }).length, 1);
    assert.deepEqual(lintRule('missing-disclaimer', { text, config: { disclaimer: { patterns: ['ersetzen\\s+keine\\s+ärztliche'] } } }), []);
  });
  it('the configured template counts verbatim, in any language and across line wrapping', () => {
    const template = 'Dieser Beitrag dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.';
    const text = `# Träume\n\n${BODY}\n\n*Dieser Beitrag dient nur der allgemeinen\nInformation und ersetzt keine ärztliche Beratung.*\n`;
    assert.deepEqual(lintRule('missing-disclaimer', { text, config: { disclaimer: { template } } }), []);
  });
  it('finds every disclaimer sentence with its meaning', () => {
    const text = `# Dreams\n\n${BODY}\n\nThis post is for educational purposes only. Reading it does not create a doctor-patient relationship.\n`;
    const all = findDisclaimers(parseDocument(text), resolveConfig());
    assert.deepEqual(all.map((m) => m.meaning), ['information-only', 'relationship-not-established']);
    assert.equal(text.slice(all[1].start, all[1].end), 'Reading it does not create a doctor-patient relationship.');
  });
  it('the sample article’s kind of reminder counts (own wording)', () => {
    const text = `Title\n\n${BODY}\n\nA friendly reminder: this page is written as a general guide. It is not a replacement for individual medical advice, nor is a physician–patient relationship created here.\n`;
    assert.deepEqual(lintRule('missing-disclaimer', { text, kind: 'plaintext' }), []);
  });
  it('bad input never throws', () => {
    for (const text of ['\u0000\u0000', '<!--', '<div>', '&#xFFFFFFF; &bogus; &#;', '\r\r\r', '---\n: [\n---\nx', '# \n\n#\n', '\uFEFF', 'a'.repeat(5000)]) {
      assert.doesNotThrow(() => lintRule('missing-disclaimer', { text }));
      assert.doesNotThrow(() => lintRule('missing-disclaimer', { text, kind: 'plaintext' }));
    }
  });
});

/** Apply the preferred fix of the first missing-disclaimer diagnostic. */
function fixOnce(text: string, kind: DocumentKind = 'markdown', config: ClinicalLintConfig = {}): string {
  const [d] = lintRule('missing-disclaimer', { text, kind, config });
  assert.ok(d, 'expected a diagnostic');
  const fix = d.fixes!.find((f) => f.isPreferred)!;
  assert.ok(fix, 'a preferred fix');
  assert.equal(d.fixes![d.fixes!.length - 1].title, 'Disable missing-disclaimer for this line');
  const out = applyEdits(text, fix.edits);
  // Existing text untouched: the fix is one pure insertion.
  assert.equal(fix.edits.length, 1);
  assert.equal(fix.edits[0].start, fix.edits[0].end);
  assert.deepEqual(lintRule('missing-disclaimer', { text: out, kind, config }), [], 'diagnostic gone after the fix');
  return out;
}

ruleTester('missing-disclaimer', {
  valid: [
    `# Dreams\n\n${BODY}\n\n${T}\n`,
    { name: 'plain text with a disclaimer', text: `Dreams\n\n${BODY}\n\nThis is not medical advice.\n`, kind: 'plaintext' },
  ],
  invalid: [
    { name: 'end (default), LF, trailing newline', text: `# Dreams\n\n${BODY}\n`, errors: [{ span: 'Dreams', message: MESSAGE }], output: `# Dreams\n\n${BODY}\n\n${T}\n` },
    { name: 'end, no trailing newline', text: `# Dreams\n\n${BODY}`, errors: 1, output: `# Dreams\n\n${BODY}\n\n${T}` },
    { name: 'end, trailing blank lines kept', text: `# Dreams\n\n${BODY}\n\n\n`, errors: 1, output: `# Dreams\n\n${BODY}\n\n${T}\n\n\n` },
    { name: 'end, CRLF', text: `# Dreams\r\n\r\n${BODY}\r\n`, errors: 1, output: `# Dreams\r\n\r\n${BODY}\r\n\r\n${T}\r\n` },
    { name: 'start, after the title', text: `# Dreams\n\n${BODY}\n`, config: { disclaimer: { position: 'start' } }, errors: 1, output: `# Dreams\n\n${T}\n\n${BODY}\n` },
    { name: 'start, title directly followed by text', text: `# Dreams\n${BODY}\n`, config: { disclaimer: { position: 'start' } }, errors: 1, output: `# Dreams\n\n${T}\n\n${BODY}\n` },
    { name: 'start, CRLF with front matter', text: `---\r\ntitle: Dreams\r\n---\r\n# Dreams\r\n\r\n${BODY}\r\n`, config: { disclaimer: { position: 'start' } }, errors: 1, output: `---\r\ntitle: Dreams\r\n---\r\n# Dreams\r\n\r\n${T}\r\n\r\n${BODY}\r\n` },
    { name: 'start, front matter without a heading', text: `---\ntitle: Dreams\n---\n${BODY}\n`, config: { disclaimer: { position: 'start' } }, errors: 1, output: `---\ntitle: Dreams\n---\n\n${T}\n\n${BODY}\n` },
    { name: 'end, front matter', text: `---\ntitle: Dreams\n---\n\n${BODY}\n`, errors: 1, output: `---\ntitle: Dreams\n---\n\n${BODY}\n\n${T}\n` },
    { name: 'plain text, end', text: `Dreams\n\n${BODY}\n`, kind: 'plaintext', errors: [{ span: 'Dreams' }], output: `Dreams\n\n${BODY}\n\n${T}\n` },
    { name: 'plain text, start', text: `Dreams\n\n${BODY}\n`, kind: 'plaintext', config: { disclaimer: { position: 'start' } }, errors: 1, output: `Dreams\n\n${T}\n\n${BODY}\n` },
    { name: 'custom multi-line template, CRLF', text: `# Dreams\r\n\r\n${BODY}\r\n`, config: { disclaimer: { template: '**Note.** Not medical advice.\n\nAsk your own clinician.' } }, errors: 1, output: `# Dreams\r\n\r\n${BODY}\r\n\r\n**Note.** Not medical advice.\r\n\r\nAsk your own clinician.\r\n` },
    { name: 'last block is a list: the template is its own paragraph after it', text: `# Dreams\n\n- ${BODY}\n`, errors: 1, output: `# Dreams\n\n- ${BODY}\n\n${T}\n` },
    { name: 'last block is a block quote', text: `# Dreams\n\n> ${BODY}\n`, errors: 1, output: `# Dreams\n\n> ${BODY}\n\n${T}\n` },
  ],
});

describe('missing-disclaimer quick fix edge cases', () => {
  it('applying the fix twice is impossible: after the first, there is no diagnostic and no fix', () => {
    const once = fixOnce(`# Dreams\n\n${BODY}\n`);
    assert.equal(fixText(once, { config: resolveConfig(), only: ['missing-disclaimer'] }).applied, 0);
  });
  it('fixText inserts exactly one disclaimer', () => {
    const res = fixText(`# Dreams\n\n${BODY}\n`, { config: resolveConfig(), only: ['missing-disclaimer'] });
    assert.equal(res.applied, 1);
    assert.equal(res.text.split(T).length - 1, 1);
  });
  it('an unclosed code fence at the end: the fix moves after the title instead of into the code', () => {
    const text = `# Dreams\n\n${BODY}\n\n\`\`\`\nconsole.log(1)\n`;
    const out = fixOnce(text);
    assert.equal(out, `# Dreams\n\n${T}\n\n${BODY}\n\n\`\`\`\nconsole.log(1)\n`);
    const [d] = lintRule('missing-disclaimer', { text });
    assert.equal(d.fixes![0].title, 'Insert disclaimer after the title');
  });
  it('an unclosed HTML comment at the end is not swallowed into', () => {
    const out = fixOnce(`# Dreams\n\n${BODY}\n\n<!-- draft notes\n`);
    assert.ok(out.startsWith(`# Dreams\n\n${T}\n\n`));
  });
  it('a title inside a block quote: inserted after the whole quote', () => {
    const text = `> # Dreams\n> quoted\n\n${BODY}\n`;
    const out = fixOnce(text, 'markdown', { disclaimer: { position: 'start' } });
    assert.equal(out, `> # Dreams\n> quoted\n\n${T}\n\n${BODY}\n`);
  });
  it('a setext title followed by a thematic break stays a heading and a break', () => {
    const text = `Dreams\n======\n---\n\n${BODY}\n`;
    const out = fixOnce(text, 'markdown', { disclaimer: { position: 'start' } });
    assert.equal(out, `Dreams\n======\n\n${T}\n\n---\n\n${BODY}\n`);
  });
  it('offers the other position as a second fix and the disable fix last', () => {
    const [d] = lintRule('missing-disclaimer', { text: `# Dreams\n\n${BODY}\n` });
    assert.deepEqual(d.fixes!.map((f) => f.title), ['Insert disclaimer at the end', 'Insert disclaimer after the title', 'Disable missing-disclaimer for this line']);
    const disabled = applyEdits(`# Dreams\n\n${BODY}\n`, d.fixes![2].edits);
    assert.deepEqual(lintRule('missing-disclaimer', { text: disabled }), []);
  });
  it('insertStatementFix (the Insert disclaimer command) works on an empty document and keeps EOLs', () => {
    const empty = parseDocument('', { uri: 'a.md' });
    assert.equal(applyEdits('', insertStatementFix(empty, T, 'end').edits), `${T}\n`);
    const crlf = `# A\r\n\r\nB.\r\n`;
    const fix = insertStatementFix(parseDocument(crlf, { uri: 'a.md' }), 'One.\nTwo.', 'end');
    assert.equal(applyEdits(crlf, fix.edits), `# A\r\n\r\nB.\r\n\r\nOne.\r\nTwo.\r\n`);
    assert.equal(fix.title, 'Insert disclaimer at the end');
  });
  it('an empty template gives no edits', () => {
    assert.deepEqual(insertStatementFix(parseDocument('# A\n\nB.\n'), '   ', 'end').edits, []);
    assert.equal(planStatementInsertion(parseDocument('# A\n\nB.\n'), '', 'start'), null);
  });
  it('the whole lint with every rule keeps working on the fixed text', () => {
    const out = fixOnce(`# Dreams\n\n${BODY}\n`);
    assert.doesNotThrow(() => lintText(out, { config: resolveConfig() }));
  });
});

describe('labelled blocks', () => {
  it('a plain consult sentence counts under a Disclaimer heading or lead-in, not under an ordinary reminder', () => {
    const body = `# Refills\n\n${BODY}\n\n`;
    assert.deepEqual(lintRule('missing-disclaimer', { text: `${body}## Disclaimer\n\nPlease talk with your own clinician.\n` }), []);
    assert.deepEqual(lintRule('missing-disclaimer', { text: `${body}Medical disclaimer: always ask your own doctor.\n` }), []);
    assert.equal(lintRule('missing-disclaimer', { text: `${body}Reminder: ask your pharmacist to order it a week ahead.\n` }).length, 1);
    assert.equal(lintRule('missing-disclaimer', { text: `${body}## Refills\n\nPlease talk with your own clinician.\n` }).length, 1);
  });
});
