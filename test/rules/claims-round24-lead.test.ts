// Round 24 (lead): a short aside in brackets inside a sentence (issue #3; claims.ts classifyWith, bracketAsides,
// r24Remap). An aside of one to five words ('(yes, really)', '(no joke)', '(bless her)', '(my own recipe)') breaks the
// clause it sits in; the sentence is read again without it, and that reading is kept when it finds a claim, an absolute
// term or an attribution the first missed, or a negation the aside had split from its verb; a hedge in brackets loses
// only its brackets and hedges the claim. A citation, a dose, an abbreviation and an aside at the sentence's end are not cut. None of these sentences is taken
// from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { classifySentence } from '../../server/src/engine/claims';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Claims with an aside in brackets before or inside their predicate: read as without it. */
const READ: [string, string][] = [
  ['Rub the balm into your knees at night and (no joke) the stiffness eases by breakfast.', 'unsupported-claim/warning'],
  ['One spoonful of our elderflower syrup at bedtime and (I promise) you\'ll sleep right through.', 'unsupported-claim/warning'],
  ['Wear the wristband on the ferry and (I kid you not) your seasickness will ease.', 'unsupported-claim/warning'],
  ['Our charcoal paste cleared my toddler\'s nappy rash (hand on heart) completely in two days.', 'absolute-claim/error'],
  ['Nettle tea has (honestly) cured my hay fever.', 'absolute-claim/error'],
  ['Studies (and there are lots) show that cold showers lift your mood.', 'vague-attribution/warning'],
  ['A daily handful of walnuts (my GP\'s tip) lowers cholesterol.', 'unsupported-claim/warning'],
];

/** Near-claims with asides: silent, as without the aside. */
const SILENT: string[] = [
  'Our butcher (yes, really) cures his own bacon.',
  'The plumber (bless him) fixed the boiler in minutes.',
  'Nobody (honestly) knows whether zinc shortens colds.',
  'If the cream (the blue tub) stings, stop using it.',
  'Ask your GP (or the practice nurse) whether statins suit you.',
  'Does sea moss (the gel kind) really clear a cough?',
  'Sea moss does not (sadly) clear a cough.',
  'There is no evidence that honey (raw or not) heals ulcers.',
  'Mum (and the dog) slept through the night for the first time in weeks.',
  'The rash (on her arms) faded by Friday.',
  'Keep the dressing (the big square one) dry for two days.',
  'Our new app (yes, another one) books your repeat prescriptions.',
];

describe('round 24 (lead): an aside in brackets read past', () => {
  for (const [s, rule] of READ) {
    it(`reads: ${s}`, () => {
      const found = claims(s);
      assert.ok(found.some((f) => f.startsWith(rule)), `${rule} expected, got ${JSON.stringify(found)}`);
    });
  }
  for (const s of SILENT) {
    it(`silent: ${s}`, () => assert.deepEqual(claims(s), []));
  }
  it('keeps every offset on the writer\'s sentence', () => {
    const s = 'Take two capsules before bed and (no joke) you will sleep through till morning.';
    const c = classifySentence(s);
    assert.ok(c.claim && c.predicate);
    assert.equal(s.slice(c.predicate.start, c.predicate.end), c.predicate.text);
    assert.ok(c.predicate.start > s.indexOf(')'));
    assert.ok(c.cues.includes('aside'));
  });
  it('reads a hedge in brackets as a hedge (its brackets cut, its words kept)', () => {
    assert.deepEqual(claims('Zinc (probably) shortens colds.').map((f) => f.split(' ')[0]), ['unsupported-claim/info']);
    assert.deepEqual(claims('Rooibos (perhaps) calms an anxious mind.').map((f) => f.split(' ')[0]), ['unsupported-claim/info']);
    assert.deepEqual(claims('Zinc (probably) shortens colds.').map((f) => f.split(' ')[0]), claims('Zinc probably shortens colds.').map((f) => f.split(' ')[0]));
  });
  it('does not cut an abbreviation, a dose or a citation in brackets', () => {
    assert.equal(classifySentence('Low-dose naltrexone (LDN) eases pain.').cues.includes('aside'), false);
    assert.equal(classifySentence('Melatonin (3 mg) helps jet lag.').cues.includes('aside'), false);
    assert.deepEqual(claims('Nettle tea (Smith et al.) eases hay fever.'), claims('Nettle tea (Smith et al.) eases hay fever.'));
  });
  it('is hedged when the hedge is in the sentence, not in the aside', () => {
    const found = claims('Rooibos (my mum swears by it) might calm an anxious mind.');
    assert.ok(found.every((f) => f.startsWith('unsupported-claim/info')), JSON.stringify(found));
  });
});

// Round 24 (lead, after the review of part C): a ranked way to GET a complaint is a cause of harm, as a way to catch one is.
describe('round 24 (lead): a ranked way to get a complaint', () => {
  for (const s of [
    'Slouching at a laptop all day is the surest way to get neck pain.',
    'Skipping lunch is the quickest way to get a tension headache.',
    'New walking boots are the fastest way to get blisters.',
    'Sharing towels is the easiest way to get athlete\'s foot.',
    'Picking at scabs is the surest way to get an infection.',
  ]) {
    it(`silent: ${s}`, () => assert.deepEqual(claims(s), []));
  }
  for (const s of [
    'Ice is the quickest way to get relief from a migraine.',
    'Staying active is the best way to get over back pain.',
  ]) {
    it(`still a claim: ${s}`, () => assert.ok(claims(s).length > 0));
  }
});
