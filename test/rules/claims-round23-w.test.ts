// Round 23 (W): attribution, totality and noise (issue #3; claims.ts r23wFinding, r23wEverydayAbsolute, R23W_PASSIVE_REMOVAL,
// R23W_THING_SUBJECT; claims-attributions.json round23W, claims-absolute.json round23W; citations.ts SUP_TAG).
// An unnamed source reporting a finding of a comparison or a change at the start of a sentence ('Research has shown that',
// 'Surveys show that', 'A Danish study showed that', 'Research from a leading hospital shows that') is a vague attribution
// in a health draft, whatever words the finding uses; a named source, a negated or empty finding, a question and a
// finding with no degree stay silent. Totality and its near-claims: an adverb of totality with 'halt', 'reverse' or
// 'prevent', a passive of removal with its complaint as the subject, 'never causes any side effects' of a remedy, a cure
// over 'all children' or '100% of the patients'; the everyday uses of absolute words (a popular class, a host's tea, a
// refund policy, harm to a thing, 'It can't hurt to ask', a device part that works every time, a removal in someone's
// story, history, a quoted word defined, a find for a meeting, a feat). None of these sentences is taken from the corpus
// or from a benchmark.

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

function claims(text: string, uri = 'file:///draft.md'): string[] {
  const { diagnostics } = lintText(text, { uri, only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Totality and permanence in the forms this round reads (error). */
export const ABSOLUTE: string[] = [
  'The copper insoles halt arthritis in the knees completely.',
  'This cream totally prevents cold sores.',
  'Steroid injections fully halt tennis elbow.',
  'Psoriasis is reversed completely by our turmeric paste.',
  'Chronic sinusitis is cleared completely by our warming rinse.',
  'Manuka honey never causes any side effects.',
  'Our sleep spray never gives any side effects.',
  'The nasal spray stops hay fever in all adults.',
  'The lozenges clear a sore throat in 100% of the people we see.',
  'Our drops ease colic in all babies.',
  'Chamomile oil ends teething pain in one hundred percent of babies.',
];

/** The same words of everyday life, of people, of the natural course, negated or mentioned: silent. */
export const SILENT_ABSOLUTE: string[] = [
  'It is not possible to totally prevent colds in small children.',
  'Seatbelts don\'t fully prevent injuries in a crash.',
  'The rash is usually cleared completely by the time school starts.',
  'The pain is treated completely differently in older people.',
  'The roadworks halted traffic completely on Monday.',
  'My patients never get any side effects from it.',
  'Most people never have any side effects from the flu jab.',
  'The flu spray is offered to all children in reception.',
  'Eczema affects all children differently.',
  'We ask 100% of the patients we see to fill in a form.',
  'The nurse sees all babies born at the unit within a week.',
  'Our Tuesday yoga class is guaranteed to be packed in January.',
  'Tickets for the charity ball are guaranteed to sell out by Easter.',
  'Come along to the coffee morning, where a slice of cake is guaranteed.',
  'Every parcel comes with our 14-day satisfaction guarantee, so if you change your mind we\'ll refund you.',
  'This wipe won\'t harm your glasses\' lenses.',
  'The descaler won\'t harm the kettle\'s metal.',
  'It can\'t hurt to check with your GP before you travel.',
  'It can\'t hurt to ask the pharmacist about cheaper brands.',
  'The zip on the wash bag works every time.',
  'The buzzer at the front door works every time.',
  'Our neighbour told us the new shampoo finally got rid of the dog\'s fleas.',
  'Pedlars once sold miracle cures from the backs of carts.',
  'In dentistry, a "cure" means the filling has set hard.',
  'Our secretary has found the cure for a long committee meeting: biscuits.',
  'Finishing the marathon quilt in a fortnight was nothing short of a miracle.',
];

/** The everyday forms' near-claims: a health result guaranteed, harm to a person, a treatment's safety, a remedy that works every time. */
export const STILL_ABSOLUTE: string[] = [
  'This serum is guaranteed to clear your skin by Friday.',
  'Relief is guaranteed.',
  'A good night\'s sleep is guaranteed.',
  'Our 30-day results guarantee means you\'ll see clearer skin or your money back.',
  'This balm won\'t harm your baby.',
  'It can\'t hurt to take a few extra vitamin C tablets.',
  'This spray works every time on my headaches.',
  'The app works every time my son gets anxious.',
  'The freezing spray gets rid of verrucas.',
  'Getting rid of my eczema was nothing short of a miracle.',
];

describe('round 23 (W): totality and everyday absolutes', () => {
  for (const s of ABSOLUTE) {
    it(`absolute: ${s}`, () => {
      const got = claimsIn(OPENING, s);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of SILENT_ABSOLUTE) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
  for (const s of STILL_ABSOLUTE) {
    it(`still absolute: ${s}`, () => {
      const got = claimsIn(OPENING, s);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${s}\n${got.join('\n')}`);
    });
  }
  it('reads a finding reported in a customer\'s story as unsupported, not absolute', () => {
    const got = claims('A customer told us the wart paint finally got rid of a verruca she had had for a year.');
    assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), got.join('\n'));
    assert.ok(!got.some((g) => g.startsWith('absolute-claim')), got.join('\n'));
  });
});

describe('round 23 (W): a superscript tag in plain text and a contracted hedge', () => {
  it('reads <sup>4</sup> in a .txt draft as a citation', () => {
    assert.deepEqual(claims('Ginger eased sickness after operations in a pooled review<sup>4</sup>.', 'file:///draft.txt'), []);
    assert.deepEqual(claims('Ginger eased sickness after operations in a pooled review<sup>2,5</sup>.', 'file:///draft.txt'), []);
  });
  it('does not read a tag around letters as a citation', () => {
    assert.ok(claims('Ginger eased sickness after operations on the 4<sup>th</sup>.', 'file:///draft.txt').some((g) => g.startsWith('unsupported-claim')));
  });
  it('reads "It\'s possible that" as a hedge (info), as "It is possible that" is', () => {
    assert.deepEqual(claims('It\'s possible that warm compresses help a stye drain sooner.'), ['unsupported-claim/info «help»']);
    assert.deepEqual(claims('It\u2019s likely that saline sprays ease a blocked nose.'), ['unsupported-claim/info «ease»']);
    assert.deepEqual(claims('It is possible that warm compresses help a stye drain sooner.'), ['unsupported-claim/info «help»']);
  });
});

describe('round 23 (W): named frames, online places, discounts and the natural course', () => {
  const cases: [string, boolean][] = [
    // named sources: a possessive authored study with its year, a titled named person, a document and its publisher
    ["Okafor and colleagues' 2021 trial in the BMJ found that pelvic floor training reduced leaking after birth.", false],
    ["Patel's 2019 review showed that nasal rinses eased sinus pain.", false],
    ['Dr Sarah Quinn, who runs the falls clinic, said the balance classes halved falls among her patients.', false],
    ['Professor Hannah Moss said the new inhaler halved asthma attacks in her clinic.', false],
    ['The measles factsheet, published by the UK Health Security Agency, notes that two doses prevent almost all cases.', false],
    // the same frames with no name, a brand, the writer's own product or publisher: still unsupported
    ["Researchers' 2016 study found that mindfulness lowered the risk of relapse.", true],
    ['A doctor said the cooling caps prevented hair loss.', true],
    ['Dr Sarah Quinn said our balance classes halved falls.', true],
    ['Our leaflet, published by the clinic, says that vaccination reduces the risk of shingles.', true],
    // a discount is no riddance; riddance stays
    ['Cold sore patches and lip balms are 20% off until Sunday.', false],
    ['Our nit combs are £3 off this week.', false],
    ['This spray takes the itch off in minutes.', true],
    // the natural course told after a change; a change after a treatment stays
    ['Her verruca disappeared by itself over the summer.', false],
    ["My daughter's rash went away on its own within a week.", false],
    ['His cough cleared up without any treatment.', false],
    ['Her verruca disappeared after two weeks of duct tape.', true],
  ];
  for (const [s, flagged] of cases) {
    it(`${flagged ? 'unsupported' : 'silent'}: ${s}`, () => {
      const got = claimsIn(OPENING, s);
      if (flagged) assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${got.join('\n')}`);
      else assert.deepEqual(got, [], s);
    });
  }
  it('reads an unnamed professional on an online forum as a vague source', () => {
    assert.ok(claimsIn(OPENING, 'Nurses on the eczema forums all say oat baths are worth a try.').some((g) => g.startsWith('vague-attribution/warning')));
    assert.ok(claimsIn(OPENING, 'Mums on the Facebook groups swear that amber necklaces stop teething pain.').some((g) => g.startsWith('vague-attribution/warning')));
    assert.deepEqual(claimsIn(OPENING, 'People on the forums say the car park is always full.'), []);
    assert.deepEqual(claimsIn(OPENING, 'Nurses on the ward say visiting is from two till four.'), []);
  });
  it('reads verbs of change made from adjectives and "half as often" as a degree in a finding', () => {
    assert.ok(claimsIn(OPENING, 'Studies have shown that rinsing with coconut oil whitens teeth.').some((g) => g.startsWith('vague-attribution/warning')));
    assert.ok(claimsIn(OPENING, 'Research shows that people who read on screens blink half as often.').some((g) => g.startsWith('vague-attribution/warning')));
    assert.deepEqual(claimsIn(OPENING, 'Research shows that the clinic is open on Saturdays.'), []);
  });
});

describe("round 23 (W): a complaint '100% curable'", () => {
  it('reads a complaint called curable in every case as a cure claim', () => {
    assert.ok(claimsIn(OPENING, 'Chronic hives are one hundred percent curable once you fix your diet.').some((g) => g.startsWith('absolute-claim/error')));
    assert.ok(claimsIn(OPENING, 'Psoriasis is 100% curable with the right supplements.').some((g) => g.startsWith('absolute-claim/error')));
  });
  it('leaves curable with a condition, a share or a thing alone', () => {
    for (const s of ['Skin cancer is curable if caught early.', 'Most ear infections are curable with a short course of drops.', 'The stain is 100% curable with our spray.']) {
      assert.ok(!claimsIn(OPENING, s).some((g) => g.startsWith('absolute-claim')), s);
    }
  });
});

// Round 23 (W, mend): a review's findings, mended by class. Sentences written for this file.
describe('round 23 (W, mend): totality with halt or prevent needs a health object', () => {
  for (const s of [
    'Our copper bracelet totally halts joint pain.',
    'The balm fully prevents chapped lips and cold sores.',
    'This rinse completely prevents gum disease.',
  ]) {
    it(`absolute: ${s}`, () => {
      const got = claimsIn(OPENING, s);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of [
    'The blizzard totally halted the school run on Friday.',
    'Drizzle completely halted the cricket match after lunch.',
    'The walkout completely halted deliveries to the depot.',
    'The new sealant fully prevents damp.',
    'A good cover totally prevents frost on the windscreen.',
    'The lollipop lady completely halts cars outside the gates.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.ok(!claimsIn(OPENING, s).some((g) => g.startsWith('absolute-claim')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
});

describe('round 23 (W, mend): a finding about the practice, the shop or the school is no health finding', () => {
  for (const s of [
    'Surveys show that the car park is quieter after lunch.',
    'A recent survey found that the new waiting room sofas and chairs are more popular.',
    'Surveys show that more clients now book online than by phone.',
    'A survey found that most staff want a longer summer holiday.',
    'Research shows that shoppers spend more when the shop smells of bread.',
    'A recent poll found that more pupils cycle than last year.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
  for (const s of [
    'Studies show that staff who wash their hands spread fewer colds.',
    'Research shows that pupils who sleep longer get fewer headaches.',
  ]) {
    it(`vague: ${s}`, () => {
      assert.ok(claimsIn(OPENING, s).some((g) => g.startsWith('vague-attribution/warning')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
});

describe('round 23 (W, mend): what a source on an online place says must be about health', () => {
  for (const s of [
    'Nurses on the forums say the new shift pattern is exhausting to plan.',
    'GPs on Twitter say the new phone system keeps crashing.',
    'Pharmacists on the forums all say the new delivery van is always late.',
    'Midwives on Facebook say the hospital car park is a nightmare.',
    'Doctors on Reddit say the conference was too long.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
  for (const s of [
    'Doctors on the forums say zinc shortens colds.',
    'Nurses on the forums say oat baths help itchy skin.',
    'Nurses on the croup forums all say steam is worth a try.',
    'Pharmacists on the forums all say cetirizine is worth a go at night.',
  ]) {
    it(`vague: ${s}`, () => {
      assert.ok(claimsIn(OPENING, s).some((g) => g.startsWith('vague-attribution/warning')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
});

describe('round 23 (W, mend): the natural course then a treatment credited is a testimonial again', () => {
  for (const s of [
    'Her verruca went away by itself after she started the banana skins.',
    'My hay fever cleared up on its own once I took local honey.',
    'His heel pain went away by itself after he bought our insoles.',
  ]) {
    it(`unsupported: ${s}`, () => {
      assert.ok(claimsIn(OPENING, s).some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
  for (const s of [
    'Her verruca went away by itself after about a year.',
    'My hay fever cleared up on its own once the pollen season ended.',
    'His cough went away on its own after ten days, as the nurse said it would.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
});

describe("round 23 (W, mend): the writer's own practitioner, a living conjunct, a refund on a health result", () => {
  for (const s of [
    'Dr Omar Khan, our senior podiatrist, said the new insoles ease heel pain.',
    'Dr Lucy Hart, who set up our practice, said the drops clear glue ear.',
  ]) {
    it(`unsupported: ${s}`, () => {
      assert.ok(claimsIn(OPENING, s).some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
  for (const s of [
    'This flea spray won\'t harm your children or your sofa cushions.',
    'The polish won\'t harm your hands or your furniture.',
    'Our 30-day satisfaction guarantee means that if your back pain doesn\'t ease, we\'ll refund you.',
  ]) {
    it(`absolute: ${s}`, () => {
      assert.ok(claimsIn(OPENING, s).some((g) => g.startsWith('absolute-claim/error')), `${s}\n${claimsIn(OPENING, s).join('\n')}`);
    });
  }
  for (const s of [
    'Dr Sarah Quinn, who runs the falls clinic, said the balance classes halved falls among her patients.',
    'The polish won\'t harm your carpets or your upholstery.',
    'Our 30-day satisfaction guarantee means that if the colour isn\'t right, we\'ll refund you.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsIn(OPENING, s), [], s);
    });
  }
});
