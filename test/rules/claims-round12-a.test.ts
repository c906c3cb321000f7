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
  describe('a before-and-after told by two verbs of motion: arriving "in with" a complaint and leaving "out", "away" or "home" in a good state ("came in with a migraine and walked out clear-headed"); not leaving with a prescription, still in pain, on crutches, nor arriving with a person', () => {
    cases([
      ['"I arrived in with a thumping headache and walked out clear-headed," one guest told us.', ['unsupported-claim warning «arrived in with a thumping headache and walked out clear-headed»']],
      ['She hobbled in with a frozen shoulder and left smiling.', ['unsupported-claim warning «hobbled in with a frozen shoulder and left smiling»']],
      ['He shuffled in with sciatica and went home smiling.', ['unsupported-claim warning «shuffled in with sciatica and went home smiling»']],
      ['She came in with a migraine and walked out with a prescription.', []],
      ['He came in with a sprained ankle and left on crutches.', []],
      ['I came in with a migraine and walked out still in pain.', []],
      ['She came in with her mum and left smiling.', []],
      ['Did you come in with a migraine and walk out clear-headed?', []],
    ]);
  });

  describe('a treatment as the subject of an idiom of resolving ("sorted it out", "cleared it up", "did the trick") whose pronoun stands for a complaint named before it, or with a complaint as its object ("sorted my neck pain out"); not a council, an app or a person, a negation, a question, nor a booking sorted', () => {
    cases([
      ['After two years of heel pain, four sessions of shockwave sorted it out.', ['unsupported-claim warning «sorted it out»']],
      ['After months of back pain, three sessions of cupping sorted it out.', ['unsupported-claim warning «sorted it out»']],
      ['I had reflux for years, and the steroid cream cleared it up in a week.', ['unsupported-claim warning «cleared it up»']],
      ['The osteopath\'s massage sorted my neck pain out.', ['unsupported-claim warning «sorted my neck pain»']],
      ['After two years of back pain, the council sorted it out.', []],
      ['After months of back pain, the physio didn\'t sort it out.', []],
      ['My back pain was bad, so I sorted it out with my GP.', []],
      ['After weeks of migraines, the new app sorted the booking out.', []],
      ['Did the massage clear it up?', []],
    ]);
  });

  describe('the writer\'s patients back at an activity within a number of sessions ("Most of our runners are back training within four sessions"): a return timed by sessions of care reports the care\'s outcome; timed by weeks or days it is the natural course; not staff, not a negation or a question', () => {
    cases([
      ['Most of our golfers with tennis elbow are back on the course within four sessions.', ['unsupported-claim warning «Most of our golfers with tennis elbow are back on the course within four sessions»']],
      ['Many of our runners are back training after two treatments.', ['unsupported-claim warning «Many of our runners are back training after two treatments»']],
      ['Nearly all of our clients are back at work by the third appointment.', ['unsupported-claim warning «Nearly all of our clients are back at work by the third appointment»']],
      ['Most of our patients are back at work within two weeks.', []],
      ['Most of our staff are back at work within three days.', []],
      ['Most of our patients are not back on court within three sessions.', []],
      ['Are most of our patients back on court within three sessions?', []],
    ]);
  });
  describe('a complaint that had cleared in a story timed by sessions ("After her third bath, the ringing in her ears had faded"): the complaint with a possessive or "the", placed by a phrase or not, then a verb of clearing in the past or the perfect; the sessions counted by an ordinal; a time alone is the natural course', () => {
    cases([
      ['After his second float, the pain in his lower back had eased.', ['unsupported-claim warning «pain in his lower back had eased»']],
      ['After her fourth session, her tinnitus had faded to a whisper.', ['unsupported-claim warning «tinnitus had faded»']],
      ['After the second soak, the itching on his shins had calmed down.', ['unsupported-claim warning «itching on his shins had calmed down»']],
      ['After her third session, Sunita told us the ringing in her ears had faded.', ['unsupported-claim warning «ringing in her ears had faded»']],
      ['After her third session, her tinnitus had not faded.', []],
      ['Within two weeks her rash had faded.', []],
      ['After her third session, the queue had cleared.', []],
      ['After the third session, did your headaches fade?', []],
      ['After her third session, the nurse told us the bruise had faded.', []],
    ]);
  });
});
