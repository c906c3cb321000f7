// unsupported-claim on blog prose (issue #3, round 11, part C): what a treatment does — the complaint nouns, verbs,
// passives and metaphors round 10's blind drafts used, built as word classes and frames. Each describe block is one
// cause, stated as a fact about English or about blog writing, with positive sentences in several health areas and the
// nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a
// benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 11, part C: what a treatment does)', () => {
  describe('complaint nouns: skin named by its trouble, the bloat, unwanted hair, weight in units with a word of unwantedness, slouching, yeast', () => {
    cases([
      ['Our cooling mask takes the heat out of irritated skin after shaving.', ['unsupported-claim warning «takes the heat out of»']],
      ['Colloidal oat baths take the sting out of flushed, blotchy skin.', ['unsupported-claim warning «take the sting out of»']],
      ['Peppermint capsules could settle the bloat after a big meal.', ['unsupported-claim info «could settle»']],
      ['Laser sessions reduce unwanted facial hair for most of our clients.', ['unsupported-claim warning «reduce»']],
      ['Our menopause shakes melt away the stubborn inches round your middle.', ['unsupported-claim warning «melt away»']],
      ['A standing desk cuts down on slouching at work.', ['unsupported-claim warning «cuts down»']],
      ['Garlic capsules kill off the yeast in your gut.', ['unsupported-claim warning «kill»']],
      // The same words with no treatment or in other senses: a description, advice, money, baking, a side effect.
      ['Angry, reactive skin is often a sign of a damaged barrier.', []],
      ['Beans and lentils can bloat you if you eat a lot of them at once.', []],
      ['Excess hair growth is one of the signs of PCOS.', []],
      ['A standing desk costs about four hundred pounds.', []],
      ['Proof the yeast in warm water for ten minutes.', []],
      ['Slouching at a desk all day can strain your neck.', []],
      ['Is the bloat after a meal normal?', []],
    ]);
  });

  describe('verbs of undoing a harm and starving a pathogen, with a health object only', () => {
    cases([
      ['Ten minutes of stretching undoes hours of hunching over a laptop.', ['unsupported-claim warning «undoes»']],
      ['Our posture class undoes years of slouching.', ['unsupported-claim warning «undoes»']],
      ['A low-sugar diet starves the yeast behind thrush.', ['unsupported-claim warning «starves»']],
      ['Our anti-candida plan starves the yeast within a fortnight.', ['unsupported-claim warning «starves»']],
      // No health object: a file undone, a fire starved of oxygen, a negation.
      ['You can undo the last change to your booking online.', []],
      ['Closing the door starves a kitchen fire of oxygen.', []],
      ['Nothing can undo a stroke once it has happened.', []],
    ]);
  });

  describe('verbs of carrying more oxygen, blood or nutrients to a part of the body: a mechanism of benefit', () => {
    cases([
      ['Nasal breathing delivers more oxygen to your muscles.', ['unsupported-claim warning «delivers more oxygen to»']],
      ['Our inversion table sends more blood to the brain.', ['unsupported-claim warning «sends more blood to»']],
      ['Dry brushing brings more nutrients to the skin.', ['unsupported-claim warning «brings more nutrients to»']],
      // The body's own agents, a delivery of goods, a question.
      ['Your heart sends more blood to your muscles during exercise.', []],
      ['We deliver more orders to Scotland than anywhere else.', []],
      ['Does cold water really send more blood to the brain?', []],
    ]);
  });

  describe('the ducts of the body, a hormone with a possessive and a baby\'s latch as objects of a benefit verb', () => {
    cases([
      ['Warm compresses open up blocked milk ducts.', ['unsupported-claim warning «open up»']],
      ['Our herbal blend balances your progesterone before your period.', ['unsupported-claim warning «balances»']],
      ['A chin tilt may help babies latch more deeply.', ['unsupported-claim info «may help»']],
      ['Nipple shields may help newborns latch in the first days.', ['unsupported-claim info «may help»']],
      // Physiology, a prescription, a door latch, an instruction.
      ['The bile ducts carry bile from the liver to the gut.', []],
      ['HRT contains oestrogen and sometimes progesterone.', []],
      ['Our handyman can fix the latch on the garden gate.', []],
      ['Watch how your baby latches and tell the midwife if it hurts.', []],
    ]);
  });

  describe('an acting verb in the passive with a treatment as its agent (sessions or a course of it, or an intervention)', () => {
    cases([
      ['Wrinkles are noticeably softened by a course of microneedling.', ['unsupported-claim warning «softened»']],
      ['Tight hamstrings are loosened by a single session of our sports massage.', ['unsupported-claim warning «loosened»']],
      ['Dry, cracked heels are softened by this urea balm.', ['unsupported-claim warning «softened»']],
      // The body's own agents, the natural course, an agentless participle, a question.
      ['In late pregnancy the cervix is softened by hormones.', []],
      ['Hard stools are softened by water drawn into the bowel.', []],
      ['The bandage is loosened by the nurse before the next session.', []],
      ['Are wrinkles really smoothed by a course of facials?', []],
    ]);
  });

  describe('"nature\'s X pill": a food or activity equated with a pill for an organ or a state', () => {
    cases([
      ['Oats are nature\'s cholesterol pill.', ['unsupported-claim warning «nature\'s cholesterol pill»']],
      ['A brisk walk is nature\'s happy pill.', ['unsupported-claim warning «nature\'s happy pill»']],
      // A brand, a way of nature, a prescription, a question.
      ['Nature\'s Way pills are sold in most chemists.', []],
      ['Fever is nature\'s way of fighting infection.', []],
      ['Take your thyroid pill at the same time each morning.', []],
      ['Is kefir nature\'s antibiotic?', []],
    ]);
  });
  describe('a relative clause on the complement of a copula predicates of the subject: "X is a Y that knocks Z out" reads like "X knocks Z out"', () => {
    cases([
      ['Manuka honey is a natural antiseptic that sends sore throats packing.', ['unsupported-claim warning «sends sore throats packing»']],
      ['Zinc is a mineral that knocks colds out.', ['unsupported-claim warning «knocks colds out»']],
      ['Tea tree is an oil which knocks athlete\'s foot out in days.', ['unsupported-claim warning «knocks athlete\'s foot out»']],
      // A complaint or a trigger as the subject, a harm, a plant's habit, a relative clause with its own subject.
      ['Eczema is a condition that flares up and dies down.', []],
      ['Stress is a trigger that sets eczema off.', []],
      ['Tea tree is a shrub that grows wild and dries out fast.', []],
      ['This is the cream that my GP sent me home with.', []],
    ]);
  });
  describe('a stretch of time named by its complaint (a queasy morning, wheezy days, an itchy spell) is the complaint, as sleepless nights are', () => {
    cases([
      ['Ginger biscuits can ease queasy mornings in the first trimester.', ['unsupported-claim warning «can ease»']],
      ['A warm bath might ease crampy afternoons during your period.', ['unsupported-claim info «might ease»']],
      ['Oat baths soothe an itchy spell in minutes.', ['unsupported-claim warning «soothe»']],
      // A description, advice, a question, the words with no treatment.
      ['Queasy mornings are common in the first trimester.', []],
      ['On wheezy days, keep your reliever inhaler with you.', []],
      ['Why are my mornings so queasy?', []],
      ['Most bloated days follow a salty dinner.', []],
    ]);
  });
});
