// unsupported-claim on blog prose (issue #3, round 12, part A): stories and consequences that credit a treatment with a
// benefit in frames the earlier rounds did not read. Each describe block is one cause, stated as a fact about English or
// about blog writing, with positive sentences in several health areas and the nearest negatives where the rules must stay
// silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 12, part A: consequences, pseudo-clefts, changes of state)', () => {
  describe('an imperative with a consequence clause ("Do X and Y clears"): the imperative may follow a lead-in and a colon, open with a verb of posture, wearing or routine ("Sit", "Wear", "Avoid"), and the consequence may name its complaint after up to four words, place it ("the tingling in your fingers"), be a body part of the reader\'s ("your skin clears up") or put an adverb before its verb of clearing ("just melts away")', () => {
    cases([
      ['Wear the splint at night and the tingling in your fingers soon fades.', ['unsupported-claim warning «tingling in your fingers soon fades»']],
      ['Sit by a bright window every morning and the winter low mood gradually lifts.', ['unsupported-claim warning «low mood gradually lifts»']],
      ['Cut out the fizzy drinks and your skin clears up within a month.', ['unsupported-claim warning «skin clears up»']],
      ['Swap your pillow for a firmer one and the neck pain just melts away.', ['unsupported-claim warning «pain just melts away»']],
      ['Our advice is simple: sleep with the window open and the stuffy nose clears.', ['unsupported-claim warning «stuffy nose clears»']],
      ['Avoid wheat for a fortnight and the bloating settles.', ['unsupported-claim warning «bloating settles»']],
      ['Do the breathing drill before bed and the racing heart simply calms down.', ['unsupported-claim warning «racing heart simply calms down»']],
      // No complaint in the consequence, a negated or worse consequence, a condition, a question, logistics, a plain
      // description, physiology of posture, advice before the frame, the same verbs of clearing in other senses.
      ['Sit in the waiting room and the nurse will call you.', []],
      ['Wear a coat and the rain won\'t bother you.', []],
      ['Wear the splint at night and the pain doesn\'t fade, so come back to us.', []],
      ['Go to the pharmacy and the pharmacist will look at your rash.', []],
      ['Skip the stretches and the stiffness comes back.', []],
      ['If you sit by the lamp and the slump lifts, keep going.', []],
      ['Wear the splint and the pain eases?', []],
      ['Turn the page and the symptoms of a cold are listed.', []],
      ['Go outside at noon and the fog lifts.', []],
      ['Stand up slowly and your blood pressure drops.', []],
      ['Ask your GP first: sit with your feet up and the swelling goes down.', []],
      ['Sleep on it and the decision becomes clear.', []],
    ]);
  });

  describe('a pseudo-cleft of resolving a complaint ("What settled X was Y") after a lead-in and a colon, with a named possessor ("What sorted Amira\'s shoulder"), corrective ("What cleared my eczema wasn\'t the cream, it was …": the negation denies the other remedy, not the resolving), and reversed with a treatment as its subject ("Swimming is what settled my back pain"); not a cause of harm, a question, a negated copula, nor resolving with no health in the sentence', () => {
    cases([
      ['What finally eased Amira\'s frozen shoulder was a course of hydrodilatation.', ['unsupported-claim warning «What finally eased Amira\'s frozen shoulder»']],
      ['The physio put it plainly: what turned his knee around was the strength work, not the scans.', ['unsupported-claim warning «what turned his knee around»']],
      ['What cleared my eczema wasn\'t the steroid cream, it was cutting out dairy.', ['unsupported-claim warning «What cleared my eczema»']],
      ['What finally shifted my low mood after the divorce wasn\'t the tablets, it was the choir.', ['unsupported-claim warning «What finally shifted my low mood after the divorce»']],
      ['Swimming is what finally settled my back pain down.', ['unsupported-claim warning «is what finally settled my back pain down»']],
      ['Cutting out caffeine was what calmed my palpitations.', ['unsupported-claim warning «was what calmed my palpitations»']],
      ['Acupuncture is what shifted my neck pain.', ['unsupported-claim warning «is what shifted my neck pain»']],
      // Resolving with no health, a cause of a complaint, a question, a negated copula, a worsening, a plain decision.
      ['What finally sorted the car out was a new battery.', []],
      ['What turned the business around wasn\'t luck, it was hard work.', []],
      ['The manager was clear: what cleared the backlog was extra staff.', []],
      ['What settled the argument was the referee\'s decision.', []],
      ['What caused my back pain was lifting the sofa.', []],
      ['Is acupuncture what shifted your neck pain?', []],
      ['Acupuncture isn\'t what shifted my neck pain.', []],
      ['What triggered her migraines was red wine.', []],
      ['The heatwave is what finally settled the question.', []],
      ['What worsened my eczema wasn\'t the soap, it was the stress.', []],
    ]);
  });

  describe('a change of state told "went from X to Y" of a person: the "from" side names an impairment or an aid needed ("from limping", "from needing a frame"), the "to" side an activity, and the sentence names a treatment or a time of starting one', () => {
    cases([
      ['After six weeks of physio, my dad went from needing a frame to walking round the garden.', ['unsupported-claim warning «went from needing a frame to walking»']],
      ['Since starting the rehab classes, Maria has gone from limping to jogging with her dog.', ['unsupported-claim warning «gone from limping to jogging»']],
      ['After the injections she went from barely sleeping to sleeping through most nights.', ['unsupported-claim warning «went from barely sleeping to sleeping»']],
      ['Within a month of physio, he went from relying on painkillers to cycling to work.', ['unsupported-claim warning «went from relying on painkillers to cycling»']],
      // A service or prices, a question, a worsening, no treatment named, a school story.
      ['After the new booking system, the clinic went from needing two receptionists to running on one.', []],
      ['Since the new rules, prices have gone from needing a deposit to paying on the day.', []],
      ['Did she go from limping to running after the operation?', []],
      ['After the fall he went from walking to limping.', []],
      ['Since the stroke, he has gone from walking unaided to needing a frame.', []],
      ['He went from struggling at school to winning a scholarship.', []],
      ['My son went from crying at the school gate to skipping in every morning.', []],
    ]);
  });
});
