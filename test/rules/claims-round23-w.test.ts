// Round 23 (W): attribution, totality and noise (issue #3; claims.ts r23wFinding, claims-attributions.json round23W).
// An unnamed source reporting a finding of a comparison or a change at the start of a sentence ('Research has shown that',
// 'Surveys show that', 'A Danish study showed that', 'Research from a leading hospital shows that') is a vague attribution
// in a health draft, whatever words the finding uses; a named source, a negated or empty finding, a question and a
// finding with no degree stay silent. None of these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

/** A health draft's opening: a complaint in its first paragraph (the draft is about health). */
const OPENING = 'Croup is a barking cough that keeps many toddlers and their parents awake.\n\n';

function claimsIn(opening: string, text: string): string[] {
  const doc = opening + text;
  const { diagnostics } = lintText(doc, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.filter((d) => d.start >= opening.length).map((d) => `${d.ruleId}/${d.severity} «${doc.slice(d.start, d.end)}»`);
}

/** Unnamed sources reporting a comparison or a change, in a health draft: vague attribution (warning). */
export const VAGUE: string[] = [
  'Research has shown that toddlers who are held upright settle faster.',
  'Research shows that children who nap after lunch wake less often at night.',
  'Surveys show that most users of breathing apps feel calmer after a fortnight.',
  'Surveys have found that parents who keep a diary worry less.',
  'A Danish study showed that older people who garden have stronger hands.',
  'A Japanese survey found that office workers who stand at their desks feel sharper.',
  'Research from a leading hospital shows that singing after an operation speeds recovery of the lungs.',
  'Research from two top universities has found that reading aloud helps toddlers talk sooner.',
  'Scientists have discovered that cocoa slows the growth of mouth bacteria.',
  'Researchers discovered that people who whistle at work need fewer breaks.',
  'Studies have proven that children who walk to school concentrate better.',
];

/** The same frames with a named source, a negation, a question or no degree: silent. */
export const SILENT: string[] = [
  'A 2018 Cochrane review found that humidifiers made little difference to coughing.',
  'A Harvard study found that children who play outside sleep longer.',
  'Jones and colleagues showed that toddlers who are held upright settle faster.',
  'Research from the University of Bristol shows that children who nap wake less often.',
  'The charity\'s own survey found that most families wanted more evening clinics.',
  'Our survey showed that most of you read this newsletter on a phone.',
  'Researchers found that the waiting room was too warm for most visitors.',
  'Research shows that it doesn\'t matter which humidifier you buy.',
  'Surveys show that nobody likes waiting on the phone.',
  'Has research shown that toddlers who are held upright settle faster?',
  'Scientists discovered that the windpipe is lined with tiny hairs.',
  'Surveys show that parents want clearer letters from the surgery.',
];

describe('round 23 (W): unnamed sources reporting a finding', () => {
  for (const s of VAGUE) {
    it(`vague: ${s}`, () => {
      const got = claimsIn(OPENING, s);
      assert.ok(got.some((g) => g.startsWith('vague-attribution/warning')), `${s}\n${got.join('\n')}`);
      assert.ok(!got.some((g) => g.startsWith('unsupported-claim')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of SILENT) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
  it('reads the frame only in a health draft', () => {
    const opening = 'Our allotment society meets on the first Sunday of the month.\n\n';
    assert.deepEqual(claimsIn(opening, 'Surveys show that members who weed every week pick more beans.'), []);
  });
  it('leaves a cited finding to its citation', () => {
    assert.deepEqual(claimsIn(OPENING, 'Research has shown that toddlers who are held upright settle faster [3].'), []);
  });
});
