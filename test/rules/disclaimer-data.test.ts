// The data files behind missing-disclaimer and required-statement: every example does what it says,
// every pattern compiles and is free of the constructs that make matching super-linear.

import * as assert from 'node:assert/strict';
import cueData from '../../server/src/data/disclaimer-cues.json';
import lookalikeData from '../../server/src/data/disclaimer-lookalikes.json';
import statementData from '../../server/src/data/statements.json';
import { classifyDisclaimerSentence, disclaimerData, expandTerms, lookalikeExamples, lowerPatternSource, normalizeProse } from '../../server/src/engine/disclaimer';
import { checkUserPattern, DEFAULT_DISCLAIMER } from '../../server/src/engine/config';

/** Nested quantifiers or back-references: the constructs that can make a JavaScript regex backtrack exponentially. */
function superLinearReason(pattern: string): string | null {
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-reference';
  // A quantified group containing a quantifier, e.g. (a+)+ or (?:\w+\s)*; a group with `?` (at most once) is fine.
  const stack: { hasQuantifier: boolean }[] = [{ hasQuantifier: false }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ hasQuantifier: false });
    else if (c === ')') {
      const g = stack.pop()!;
      const next = pattern[i + 1];
      const outer = next === '*' || next === '+' || (next === '{' && !/^\{0,1\}/.test(pattern.slice(i + 1)));
      if (g.hasQuantifier && outer) return `quantified group with an inner quantifier at ${i}`;
      if (g.hasQuantifier || outer || next === '?') stack[stack.length - 1].hasQuantifier ||= g.hasQuantifier || outer;
    } else if (c === '*' || c === '+' || c === '{') stack[stack.length - 1].hasQuantifier = true;
  }
  return null;
}

describe('disclaimer data', () => {
  const terms = cueData.terms as Record<string, string>;
  const all: { where: string; pattern: string }[] = [];
  for (const c of cueData.cues) {
    for (const p of [...c.all, ...((c as { none?: string[] }).none ?? [])]) all.push({ where: `cue ${c.id}`, pattern: expandTerms(p, terms) });
  }
  for (const e of lookalikeData.exclusions) all.push({ where: `exclusion ${e.id}`, pattern: e.pattern });
  all.push({ where: 'label section', pattern: cueData.labels.section }, { where: 'label lead', pattern: cueData.labels.lead });

  it('every pattern expands fully, compiles and has no nested quantifier or back-reference', () => {
    for (const { where, pattern } of all) {
      assert.doesNotMatch(pattern, /\{[A-Z_]+\}/, `${where}: unexpanded term`);
      assert.doesNotThrow(() => new RegExp(pattern, 'iu'), `${where}: compiles`);
      assert.equal(superLinearReason(pattern), null, `${where}: ${pattern}`);
    }
  });

  it('the nesting check catches what it should', () => {
    assert.ok(superLinearReason('(a+)+'));
    assert.ok(superLinearReason('(?:\\w+\\s)*x'));
    assert.ok(superLinearReason('(?:x(?:a|b)+){2,}'));
    assert.equal(superLinearReason('(?:a\\s+)?b[^.]{0,40}?c'), null);
  });

  it('has at least fifteen cue examples and ten look-alike examples', () => {
    assert.ok(cueData.cues.flatMap((c) => c.examples ?? []).length >= 15);
    assert.ok(lookalikeExamples.length >= 10);
  });

  for (const cue of disclaimerData().cues) {
    for (const ex of cue.examples) {
      it(`cue ${cue.id}: “${ex}”`, () => {
        const text = normalizeProse(ex, 0).text.toLowerCase();
        cue.all.forEach((r, i) => assert.match(text, r, `pattern ${i} of ${cue.id}`));
        for (const r of cue.none) assert.doesNotMatch(text, r);
        assert.equal(classifyDisclaimerSentence(ex, cue.labelledOnly).disclaimer, true);
      });
    }
  }

  for (const ex of disclaimerData().exclusions) {
    for (const s of ex.examples) {
      it(`exclusion ${ex.id}: “${s}”`, () => {
        assert.match(s.toLowerCase(), ex.pattern);
        assert.equal(classifyDisclaimerSentence(s, true).disclaimer, false);
      });
    }
  }

  for (const s of lookalikeExamples) {
    it(`look-alike never counts: “${s}”`, () => {
      assert.equal(classifyDisclaimerSentence(s).disclaimer, false);
    });
  }

  it('lower-cases the letters of a pattern but not its escapes', () => {
    assert.equal(lowerPatternSource('GPs?\\W[A-Z]\\S+\\B\\D\\P{Lu}\\u00C9\\x41\\u0031'), 'gps?\\W[a-z]\\S+\\B\\D\\P{Lu}\\u00e9\\u0061\\u0031');
    assert.equal(lowerPatternSource('(?<Name>A)\\k<Name>(?<=B)(?<!C)'), '(?<Name>a)\\k<Name>(?<=b)(?<!c)');
    assert.equal(lowerPatternSource('A\\\\B'), 'a\\\\b'); // an escaped backslash, then a letter
  });

  it('every cue and exclusion, compiled lower-cased without i, matches lower-cased text as the original does with i', () => {
    const terms = cueData.terms as Record<string, string>;
    const sources = [
      ...cueData.cues.flatMap((c) => [...c.all, ...((c as { none?: string[] }).none ?? [])]),
      ...lookalikeData.exclusions.map((e) => e.pattern),
    ].map((p) => expandTerms(p, terms));
    const texts = [
      ...cueData.cues.flatMap((c) => c.examples ?? []),
      ...lookalikeData.exclusions.flatMap((e) => e.examples ?? []),
      ...lookalikeExamples,
      DEFAULT_DISCLAIMER,
    ].map((t) => normalizeProse(t, 0).text);
    // Each text as written, upper-cased and title-cased: the i flag makes case irrelevant, so must lower-casing.
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/\b[a-z]/g, (c) => c.toUpperCase())]);
    let matches = 0;
    for (const src of sources) {
      const original = new RegExp(src, 'i');
      const lowered = new RegExp(lowerPatternSource(src));
      for (const t of variants) {
        const want = original.test(t);
        if (want) matches++;
        assert.equal(lowered.test(t.toLowerCase()), want, `${src.slice(0, 60)}… on “${t}”`);
      }
    }
    assert.ok(matches > 100, `only ${matches} matches: the comparison would not catch a difference`);
  });

  it('labelled-only cues need the label', () => {
    assert.equal(classifyDisclaimerSentence('Please talk with your own clinician.', false).disclaimer, false);
    assert.equal(classifyDisclaimerSentence('Please talk with your own clinician.', true).disclaimer, true);
  });

  it('recognises every sentence of the default template', () => {
    const sentences = DEFAULT_DISCLAIMER.split(/(?<=\.)\s+/);
    assert.equal(sentences.length, 3);
    for (const s of sentences) assert.equal(classifyDisclaimerSentence(s).disclaimer, true, s);
  });

  it('handles markup-blanked spacing, curly apostrophes and entities', () => {
    assert.equal(classifyDisclaimerSentence('This   post   isn’t  a   substitute for  medical advice.').disclaimer, true);
    assert.equal(classifyDisclaimerSentence('This post isn&#8217;t a substitute for medical advice.').disclaimer, true);
  });

  it('stays fast on long adversarial sentences (no catastrophic backtracking)', () => {
    // Not a timing assertion: a super-linear pattern would not finish at these sizes.
    for (const unit of ['not ', 'your doctor ', 'before starting any ', 'a-', 'no doctor-patient ', 'for ']) {
      const s = unit.repeat(5000);
      classifyDisclaimerSentence(s);
      classifyDisclaimerSentence(`${s}?`);
    }
  });
});

describe('statements data', () => {
  for (const s of statementData.statements) {
    describe(s.id, () => {
      it('require patterns pass the user-pattern check (users may copy them)', () => {
        for (const p of s.require) {
          assert.equal(checkUserPattern(p), null, p);
          assert.equal(superLinearReason(p), null, p);
        }
      });
      it('its template satisfies its own require patterns (so the fix clears the diagnostic)', () => {
        assert.ok(s.require.some((p) => new RegExp(p, 'iu').test(s.template)));
      });
      for (const ex of s.examples) {
        it(`example satisfies require: “${ex}”`, () => {
          assert.ok(s.require.some((p) => new RegExp(p, 'iu').test(ex)));
        });
      }
      it('has a message, when phrases and a source', () => {
        assert.ok(s.message.length > 20 && s.when.length > 0 && s.source.length > 20);
      });
    });
  }
});
