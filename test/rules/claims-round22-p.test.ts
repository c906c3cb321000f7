// Round 22 (P): forms that should not matter (issue #3; claims.ts r22pMeansAgent, r22pPossessiveObject, r22pMeansNever,
// textFootnotes and the round 22 (P) readings in readVerb, benefitObject, passiveHealthSubject and readAbsolute;
// claims-relations.json round22PVerbs and predicatedMeans, claims-outcomes.json round22PSubject, claims-absolute.json
// round22P). A claim read in one surface form is read in the others: a passive with a dose or a means as its agent, an
// adverb between the auxiliary and 'been', a possessive pronoun standing for the complaint, the perfect of 'cut', a
// consequence of 'means', a superlative of an exercise or a first step. None of these sentences is taken from the corpus
// or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Unhedged claims of effect in the forms this round reads: unsupported (warning). */
export const UNSUPPORTED: string[] = [
  // passives of benefit with a dose, a means or a habit as the agent
  'Itchy eyelids are visibly calmed by three drops of chamomile rinse at bedtime.',
  'Heel pain is eased by a rolled-up frozen water bottle under the arch.',
  'Neck stiffness is relieved by a gentle chin-tuck routine done twice a day.',
  'Night sweats are reduced by two cups of sage tea in the evening.',
  'Heartburn is halved by stopping caffeine after lunch.',
  'Restlessness in the evening is reduced by writing tomorrow\'s list before dinner.',
  'Sneezing fits are brought under control by nettle capsules.',
  'Delirium after surgery is reduced by keeping a clock and a calendar by the bed.',
  'Worry at bedtime is reduced by jotting your thoughts in a mood journal.',
  // an adverb between the auxiliary and 'been'
  'Acupuncture has genuinely been a game changer for my back.',
  'The new inhaler has really been life-changing for me.',
  // a possessive pronoun for the complaint after a remedy's verb
  'Naproxen settles mine within an hour.',
  'Peppermint tea eased hers after every meal.',
  'The ginger capsules calmed mine on the ferry.',
  // the perfect of 'cut', and 'cut' with numbers
  'Magnesium has cut my night cramps.',
  'The new diet had cut his flare-ups from weekly to monthly.',
  // the near falls of older people, an enlarged organ, urgency, a tolerance to an allergen
  'Grab rails in the bathroom prevent most slips and trips.',
  'Pumpkin seed oil shrinks an enlarged prostate.',
  'Pelvic floor training stops the frantic dash to the toilet.',
  'Local bee pollen builds up tolerance to grass pollen.',
  // superlatives of an exercise, a thing or a first step, a child dry at night
  'Aqua aerobics is the best exercise for arthritic knees.',
  'A lubricating gel is the best first step for anyone with vaginal dryness.',
  'A vibrating alarm is the best way to keep your son dry at night.',
  // banishing or reversing a passing sensation: relief in strong words, not a cure
  'This lavender pillow spray banishes the Sunday night blues.',
  'Eye yoga can reverse the tired feeling of a long day at the laptop.',
];

/** Absolute claims in the forms this round reads (error). */
export const ABSOLUTE: string[] = [
  'Propranolol cured mine.',
  'Amitriptyline has finally cured mine.',
  'Doing balance classes every week means your dad will never fall again.',
  'Wearing wrist guards means you will never break a wrist skating.',
  'Taking elderberry every morning means you will never catch flu.',
  'This gel heals every cut it touches.',
  'Our spot serum clears every blemish overnight.',
];

/** The same words with no remedy, no complaint, the body's own course, an amount, or logistics: silent. */
export const SILENT: string[] = [
  // passives: natural course, pharmacology, harms, amounts, things that are not complaints
  'Blood sugar is raised by stress hormones.',
  'Absorption of the tablets is reduced by two glasses of milk.',
  'The risk of a clot is increased by a long flight.',
  'The rash is caused by a virus and clears by itself.',
  'Chest pain from pericarditis is eased by sitting forward.',
  'Pain scores were reduced by a third in both groups.',
  'Queues at the counter were halved by a new booking system.',
  'The noise from the road is reduced by a thick curtain.',
  'Heating costs are cut by a simple draught-proofing routine.',
  'Your blood pressure is checked by a nurse at every visit.',
  'The outbreak was brought under control by the council within a week.',
  'Firefighters brought the blaze under control by midnight.',
  'There was some confusion after the surgery changed its phone number.',
  'Clear signs reduce confusion about where to park.',
  // adverbs: negation is no adverb of stance; a service praised names no remedy
  'Botox has never been life-changing for me.',
  'The new bus route has honestly been life-changing for me.',
  // possessive pronouns that are no complaint
  'The green inhaler is mine.',
  'A friend of mine swears by zinc lozenges.',
  'The physio corrected mine in the first session.',
  'Ibuprofen works better for my sister than for mine.',
  'My GP checked mine last week.',
  'The pharmacist labelled mine with the dose.',
  'My sister takes sertraline and I take mine at night.',
  // 'has cut' of things that are no complaint; 'a cut' the noun
  'She has a cut on her thumb from the tin.',
  'Our new boiler has cut the gas bill by a third.',
  // near falls told of other things; organs and dashes that are no complaint
  'We had a few trips and stumbles on the way to launch day.',
  'The kids made a dash to the toilet before the film started.',
  'We made a mad dash to the shops before they closed.',
  'Bacteria build up resistance to antibiotics.',
  // superlatives with no complaint after 'for'
  'Walking is the best exercise for beginners.',
  'A good novel is the best thing for a rainy afternoon.',
  'A flask of hot tea is the best first step for a long winter hike.',
  'Yoga is the best exercise for older adults who want to meet people.',
  'Calling the helpline is the best first step for anyone unsure where to go.',
  'Squats are the best exercise for your glutes.',
  'The best way to get your washing dry overnight is a heated airer.',
  // 'means ... never' with no injury or no treatment
  'This means you will never miss a delivery.',
  'Ordering online means you will never run out of tablets.',
  'Booking early means you will never fall behind.',
  'That means the shelf will never fall.',
  'Saving up means you will never break the bank.',
  'Using a satnav means you will never get lost.',
  'Since her hip operation she will never fall again.',
  // banishing or reversing a disease stays absolute (checked below), a passing feeling is not; healing advice
  'Clean every cut with cooled boiled water.',
  'The nurse dresses every wound she sees.',
];

describe('round 22 (P): forms that should not matter', () => {
  for (const s of UNSUPPORTED) {
    it(`unsupported: ${s}`, () => {
      const got = claims(s);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${got.join('\n')}`);
      assert.ok(!got.some((g) => g.startsWith('absolute-claim')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of ABSOLUTE) {
    it(`absolute: ${s}`, () => {
      const got = claims(s);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of SILENT) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
  it('keeps reversing or banishing a disease absolute', () => {
    assert.ok(claims('This juice cleanse reverses type 2 diabetes.').some((g) => g.startsWith('absolute-claim/error')));
    assert.ok(claims('Our balm banishes psoriasis.').some((g) => g.startsWith('absolute-claim/error')));
  });
  it('reads a footnote marker written as text as a citation, and the reference rule reports its missing definition', () => {
    const text = '# Cough\n\nHoney eased night-time coughing in toddlers more than no treatment in a systematic review[^7].\n';
    const { diagnostics } = lintText(text, { uri: 'file:///draft.md', onRuleError: (_id, e) => { throw e; } });
    assert.ok(!diagnostics.some((d) => d.ruleId === 'unsupported-claim'), diagnostics.map((d) => d.ruleId).join(', '));
    assert.ok(diagnostics.some((d) => d.ruleId === 'unmatched-citation' && text.slice(d.start, d.end) === '[^7]'), diagnostics.map((d) => d.ruleId).join(', '));
  });
  it('still reports the claim when the bracket is no footnote marker', () => {
    const text = '# Cough\n\nHoney eased night-time coughing in toddlers [^ see below].\n';
    const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
    assert.ok(diagnostics.some((d) => d.ruleId === 'unsupported-claim'), diagnostics.map((d) => d.ruleId).join(', '));
  });
});
