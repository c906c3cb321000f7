// The discourse licence of a testimony (issue #3, round 14, lead): a personal account of a complaint, told after the
// treatment was named (in a block quote, a quoted sentence, or after a claim in the same paragraph), is read as if it
// began "Since starting the treatment, ". Whole drafts, since the licence is in the sentences around the one reported.
// None of these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string, uri = 'file:///draft.md'): string[] {
  const { diagnostics } = lintText(text, { uri, only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId} ${d.severity} «${text.slice(d.start, d.end)}»`);
}

describe('claim rules: a testimony read with the treatment named before it (round 14, discourse licence)', () => {
  it('in a block quote: the outcome told in its own sentence is a claim', () => {
    const text = '# Stories\n\n> I bought the gel in March. After six weeks my acne had calmed right down and I stopped wearing concealer.\n';
    assert.deepEqual(claims(text), ['unsupported-claim warning «my acne had calmed right down and I stopped»']);
    // Alone, the same sentence is the natural course of a complaint: silent.
    assert.deepEqual(claims('After six weeks my acne had calmed right down and I stopped wearing concealer.\n'), []);
  });

  it('a quoted sentence on its own line is a testimony too', () => {
    const text = 'Our customers say it best.\n\n"After a fortnight my reflux had basically vanished." Jo, 41\n';
    assert.deepEqual(claims(text), ['unsupported-claim warning «my reflux had basically vanished»']);
    assert.deepEqual(claims('After a fortnight my reflux had basically vanished.\n'), []);
  });

  it('after a claim in the same paragraph: the outcome told in the next sentence is a claim', () => {
    const text = 'Our lozenges soothe a sore throat fast. Within a month the afternoon slump had gone and I had stopped needing a nap.\n';
    assert.deepEqual(claims(text), ['unsupported-claim warning «soothe»', 'unsupported-claim warning «the afternoon slump had gone»']);
    assert.deepEqual(claims('Within a month the afternoon slump had gone and I had stopped needing a nap.\n'), []);
  });

  it('plain text (a newsletter) reads the same way', () => {
    const text = 'Ginger chews settle morning sickness. After a fortnight my reflux had basically vanished.\n';
    assert.equal(claims(text, 'file:///news.txt').length, 2, JSON.stringify(claims(text, 'file:///news.txt')));
  });

  it('stays silent on the natural course and on accounts without a treatment before them', () => {
    for (const [text, target] of [
      // A disease description: no claim before it, no testimony.
      ['# Chickenpox\n\nChickenpox is common in young children. After a week the itch usually fades and the spots crust over.\n', 'After a week'],
      // A personal account with no treatment anywhere before it.
      ['My knee was sore after the race. After a week my knee had settled right down.\n', 'After a week'],
      // In a quote, but not about health.
      ['> After a month my garden looked wonderful and I had new neighbours.\n', 'After a month'],
      // A habit, a season or a time of life in a testimony is the natural course.
      ['> I have used the balm for years. My hands usually crack in the winter and heal by spring.\n', 'My hands'],
      ['> We tried the drops in May. As a toddler my son often had croup in the autumn.\n', 'As a toddler'],
      // An outcome that did not last, and a quote that asks something (a reader's letter).
      ['> We tried the drops in May. My eyes calmed down for a while, then the itching came back.\n', 'My eyes'],
      ['A reader writes:\n\n> My knee settled down last winter. Could the fish oil be the reason?\n', 'My knee'],
      // A question in a testimony.
      ['> I bought the balm in March. Did my psoriasis settle after a month?\n', 'Did my'],
      // A claim earlier in another paragraph does not reach the next one.
      ['Our insoles ease heel pain fast.\n\nSince she started wearing them, her heel has never come back to bother her.\n', 'Since she'],
    ]) {
      const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS });
      assert.deepEqual(diagnostics.filter((d) => d.start >= text.indexOf(target)).map((d) => text.slice(d.start, d.end)), [], text);
    }
  });

  it("reports spans of the sentence's own words, and its quick fixes edit only that sentence (or add a footnote's definition)", () => {
    for (const [text, rule] of [
      ['> We tried the drops in May. After six weeks my acne had cleared completely and never came back.\n', 'absolute-claim'],
      ['> We tried the drops in May. After a fortnight my reflux had basically vanished.\n', 'unsupported-claim'],
    ]) {
      const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS });
      const sentence = text.indexOf('After');
      assert.deepEqual(diagnostics.map((d) => d.ruleId), [rule], text);
      for (const d of diagnostics) {
        assert.ok(d.start >= sentence && d.end <= text.length, `span inside the sentence: ${d.start}-${d.end}`);
        assert.ok(d.fixes?.length, 'fixes offered');
        for (const f of d.fixes ?? []) for (const e of f.edits) if (!/^\n*\[\^/.test(e.newText)) assert.ok(e.start >= sentence, `fix edit inside the sentence: ${JSON.stringify(e)}`);
        for (const f of d.fixes ?? []) assert.ok(applyEdits(text, f.edits).startsWith('> We tried the drops in May. '), f.title);
      }
    }
  });
});
