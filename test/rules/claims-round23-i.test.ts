// Round 23 (I): imperatives and their consequences, read by the consequence's grammar (issue #3; claims.ts
// round23IConsequence, round23ISoConsequence, round23IVerblessCause; claims-reported.json round23I, claims-absolute.json
// round23I). 'Do X(,) and Y' reads 'If you do X, Y': Y is a claim when its subject is the reader, the reader's body,
// function, wound or child, a complaint, or a pronoun for the treatment, and its predicate a change for the better.
// 'never' and 'for good' in the consequence make it absolute. The same consequence after a mechanism and 'so (that)', and
// after a verbless cause that names a treatment ('Ten minutes with …, and the lump had halved'). None of these sentences is taken from the corpus or from a
// benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Consequences promised in plain words: unsupported (warning), with the span each is reported on. */
const UNSUPPORTED: [string, string][] = [
  // the reader: off an aid, back on their feet, fewer of a complaint, rarely catching one, a feeling that eases
  ["Ice the knee twice a day, and you'll be off the crutches by the weekend.", "you'll be off the crutches"],
  ["Stretch your calves every evening and you'll be back on your feet in a week.", "you'll be back on your feet"],
  ["Cut out the aged cheese and you'll notice far fewer migraines.", "you'll notice far fewer migraines"],
  ['Gargle with the rinse after meals and you will rarely get mouth ulcers.', 'you will rarely get mouth ulcers'],
  ["Wash your hands before every meal and you won't catch tummy bugs.", "you won't catch tummy bugs"],
  ["Put the patch on before the ferry and you'll feel calmer the whole way.", "you'll feel calmer"],
  // a health subject: a function better, a complaint going, a wound healing, a child sleeping
  ['Practise the heel-to-toe walk daily and your balance will be much steadier within weeks.', 'your balance will be much steadier'],
  ['Change your pillowcase every night and your morning sneezing will stop.', 'your morning sneezing will stop'],
  ['Spray it on at the first tingle and cold sores vanish in a day.', 'cold sores vanish'],
  ['Paint the tincture on twice a day and the cut heals faster.', 'the cut heals faster'],
  ['Cover the blister with the plaster and the skin heals over in days.', 'the skin heals over'],
  ['Sprinkle the oil on a tissue and your blocked nose will clear overnight.', 'your blocked nose will clear'],
  ['Dab the gel on at bedtime and your baby will sleep right through.', 'your baby will sleep right through'],
  // a pronoun for the treatment and a verb of relief, a complaint in its clause
  ['Chew one tablet before a curry and it neutralises the acid before it can cause heartburn.', 'neutralises'],
  ['Rub the balm on the chest and feel it ease that tight wheeze.', 'ease'],
  // a mechanism and its consequence told by 'so' or 'so that'
  ['The patch releases nicotine slowly, so the cravings simply fade.', 'the cravings simply fade'],
  ['Inhaling through a valved chamber means more of the steroid reaches your airways, so your eczema stays under control.', 'your eczema stays under control'],
  ['Acupuncture quietens the nervous system so that the old panic simply switches off.', 'the old panic simply switches off'],
  // a verbless cause and a health subject's change told in the past
  ['Five minutes with the arnica gel, and the bump had shrunk.', 'the bump had shrunk'],
  ['Ten minutes with a cold compress, and the bruise had faded.', 'the bruise had faded'],
  ['Two sessions with the osteopath, and the lump had gone down.', 'the lump had gone down'],
];

/** Consequences promised for ever: absolute (error). */
const ABSOLUTE: [string, string][] = [
  ['Keep your feet dry in the gym and you will never catch one.', 'you will never catch'],
  ["Wear sliders round the pool and you'll never pick one up.", 'never pick'],
  ['Follow the plan through the menopause and you will protect yourself from osteoporosis for good.', 'for good'],
];

/** Near-claims that share the words of the form: silent. */
const SILENT: string[] = [
  // directions, offers and recipes: no change for the better of a health subject
  "Turn left at the lights and you'll see the pharmacy.",
  "Book before Friday and you'll get 10% off.",
  'Stick with the recipe and it works every time.',
  'Press the button and the door opens.',
  'Add a pinch of salt and the sauce tastes better.',
  'Leave the bread to rise and it doubles in size.',
  "Call us and we'll book you in.",
  "Walk to the end of the road and you'll see the surgery on your right.",
  "Keep the receipt and you'll get a full refund.",
  // the reader's outcome with a thing, not a complaint
  "Fill in the form and you'll be off the waiting list within days.",
  'Book early and you will rarely get a bad seat.',
  "Shop on a Tuesday and you'll notice far fewer queues.",
  'Set an alarm and you will never miss a dose.',
  'Wear a helmet and you will protect yourself from a fine.',
  "Book early and you'll never get a bad seat.",
  // a subject that is no health word, or a health word with a verb of going that is no relief
  'Water the roses every evening and the leaves will be noticeably greener within a month.',
  'Add a few drops of vinegar and stubborn stains clear in minutes.',
  'Swap your old router for a new one and the buffering will stop.',
  'Rinse the pan with hot water and the grease lifts faster.',
  'Practise every day and your playing will be noticeably better within a month.',
  'Hold your breath and your heart will stop.',
  'Wrap up warm and the kids will sleep right through the fireworks.',
  // an animal's or a plant's outcome
  'Brush the dog every day and the shedding will stop.',
  'Feed the puppy twice a day and his coat will be noticeably better within a month.',
  'Water the lawn and the brown patches will heal in a week.',
  // a pronoun with no complaint in its clause
  'Knead it for ten minutes and feel it loosen under your hands.',
  'Oil the hinge and it stops the squeak before it can wake anyone.',
  "Freeze your leftovers straight away and they'll keep for a month.",
  // comfort: feeling better after an everyday act, not a treatment
  "Have a cup of tea and you'll feel better.",
  "Tell someone you trust and you'll feel so much better.",
  "Turn up the volume and you'll feel the bass wash over you.",
  "Sleep on it and you'll feel better about the decision.",
  'Read them a story and your little one will drift off.',
  // rest, waiting, stopping a medicine, taking one with food: the natural course or a side effect
  'Sit down and the dizziness will pass.',
  'Rest your ankle and the swelling will go down.',
  'Leave it alone and the scab will heal.',
  'Stop the tablets and your rash will clear.',
  "Take the tablets with food and you're less likely to feel sick.",
  "Take the tablets with food and you won't feel sick.",
  // a hedge, a negated imperative, a condition, a question: as before
  'Rinse your mouth after the inhaler and your thrush should clear.',
  "Don't scratch it and it will heal by itself.",
  "If you rinse your mouth, you'll rarely get thrush.",
  "Why not rinse your mouth and see if you get thrush less often?",
  // 'so' after no treatment, with no change for the better, or with a modal of possibility
  'The pharmacy opens at eight, so your prescription will be ready by nine.',
  'The cream is greasy, so your skin will feel sticky.',
  'Our clinic uses a spacer, so your appointment takes longer.',
  'The physio booked me in early so that my knee could heal faster.',
  'The inhaler is so much easier to use.',
  'I was so tired that my headache got worse.',
  'Drink plenty so your headache clears.',
  "Join the gym and you'll be back to your best on the squash court.",
  // a verbless phrase with no treatment, or a child's nap
  'Twenty minutes in the queue, and the bus had gone.',
  'Five minutes with the hairdryer, and the paint had dried.',
  'Ten minutes with an ice pack, and the kids had gone down for a nap.',
  'One spoonful of the syrup, and the price had gone down.',
];

/**
 * Part I-m (after review): the consequence of standard care, of managing a medicine already taken, of an animal's care,
 * and an everyday feeling or figure of speech as the subject: silent. Claims that share their words: still read.
 */
const MENDED_SILENT: string[] = [
  // first aid: pressure, cooling, raising, positioning (the expected course, as after rest)
  'Press firmly on the cut for ten minutes and the bleeding will stop.',
  'Pinch the bridge of the nose and the nosebleed will stop.',
  'Cool the burn under running water and the pain will ease.',
  'Raise the hand above the chest and the swelling will go down.',
  'Put him in the recovery position and his breathing will settle.',
  // healing that takes time: a cast, a splint or a dressing kept on or dry, a wound left alone, 'on its own'
  'Keep the splint on for a month and the finger will heal.',
  'Keep the dressing dry and the graze heals within a week.',
  'Wear the sling for three weeks and the collarbone will mend.',
  'Leave the spot alone and the skin will heal on its own.',
  'Keep it clean and the graze heals on its own.',
  // managing a medicine: carrying on, changing the dose, stopping a named drug (a side effect settles)
  'Keep on with the capsules and the nausea will settle after a few days.',
  'Reduce the dose and the dizziness will stop.',
  'Stop the naproxen and the indigestion will clear.',
  'Come off the codeine and the constipation will settle.',
  // an everyday feeling or a figure of speech after a chore, money or admin
  'Settle the overdraft and the stress will melt away.',
  'Get a bookkeeper and your VAT headaches will vanish.',
  'Renew the insurance and your worries will disappear.',
  'Pay the bills on time and the sleepless nights will stop.',
  'Sort out the payroll and your work stress will ease.',
  // an animal named as an owner or after a preposition
  "Wipe the cat's eyes daily and the infection will clear.",
  "Wipe the rabbit's ears daily and the itching will stop.",
  'Keep the collar on the puppy and the wound will heal.',
  // an everyday act and an everyday complaint
  'Drink a glass of water and the headache will clear.',
  'Step outside for a minute and your headache will ease.',
];

/** Claims that share the mended classes' words: still read (unsupported, warning). */
const MENDED_CLAIMS: [string, string][] = [
  ['Cool the burn with Aloeva gel and the pain vanishes in minutes.', 'the pain vanishes'],
  ['Take the magnesium and the tension headaches will ease.', 'the tension headaches will ease'],
  ['Massage the oil into your temples and the headache will clear.', 'the headache will clear'],
  ['Wear the copper bracelet for six weeks and your arthritis will clear.', 'your arthritis will clear'],
  ['Stop the sugar and your eczema will clear.', 'your eczema will clear'],
  ['Try the lavender spray and your anxiety will melt away.', 'your anxiety will melt away'],
];

/** Part I-m: misses mended: a complaint that will not come back (absolute), a family member's complaint (unsupported). */
const MENDED_MISSES: [string, string][] = [
  ["Drink the tonic daily and your cancer won't come back.", "absolute-claim/error «won't come back»"],
  ["Take the herbs and the cough won't return.", "absolute-claim/error «won't return»"],
  ["Cut out gluten and your daughter's eczema will vanish.", "unsupported-claim/warning «your daughter's eczema will vanish»"],
  ["Use the spray and your son's asthma will be better controlled.", "unsupported-claim/warning «your son's asthma will be better»"],
];
/** Near-claims of the same shape: silent. */
const MENDED_MISSES_SILENT: string[] = [
  "Fix the latch and the cat won't come back.",
  "Pay the bill and the bailiffs won't come back.",
  "Say sorry and your friend won't come back.",
  "Pay off the loan and the worry won't come back.",
  "Brush the dog and your dog's itching will stop.",
  "Paint the fence and your neighbour's complaints will stop.",
  "Cut out dairy and your son's eczema should clear.",
];

describe('round 23 (I): imperatives and consequences', () => {
  describe('part I-m: a complaint that will not come back, a family member\'s complaint', () => {
    for (const [s, want] of MENDED_MISSES) it(s, () => assert.deepEqual(claims(s), [want]));
    for (const s of MENDED_MISSES_SILENT) it(s, () => assert.deepEqual(claims(s), []));
  });
  describe('part I-m: the course of care, a medicine managed, an animal, an everyday feeling: silent', () => {
    for (const s of MENDED_SILENT) it(s, () => assert.deepEqual(claims(s), []));
  });
  describe('part I-m: claims that share their words: unsupported-claim (warning)', () => {
    for (const [s, span] of MENDED_CLAIMS) it(s, () => assert.deepEqual(claims(s), [`unsupported-claim/warning «${span}»`]));
  });
  describe('a consequence promised: unsupported-claim (warning)', () => {
    for (const [s, span] of UNSUPPORTED) it(s, () => assert.deepEqual(claims(s), [`unsupported-claim/warning «${span}»`]));
  });
  describe('a consequence promised for ever: absolute-claim (error)', () => {
    for (const [s, span] of ABSOLUTE) it(s, () => assert.deepEqual(claims(s), [`absolute-claim/error «${span}»`]));
  });
  describe('near-claims: silent', () => {
    for (const s of SILENT) it(s, () => assert.deepEqual(claims(s), []));
  });
});
