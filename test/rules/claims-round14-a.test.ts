// Claim rules on blog prose (issue #3, round 14, part A): outcomes as the subject. A complaint as the subject of a verb of
// improvement ('eases off', 'quietens', 'loosens up', 'heals over', 'has never come back') is a claim only when a clause, a
// phrase or a conjunct names the treatment (its licence); without one it is the natural course of an illness or physiology.
// Each describe block is one form, with positive sentences in several health areas and the nearest negatives where the
// rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 14, part A: outcomes as the subject, licensed by a treatment)', () => {
  describe('a complaint getting better, then a clause or phrase of time or circumstance that names a treatment, a dose, a session or the act of applying one ("… quietens within minutes of the first puff", "… loosen up after one session with our osteopath", "… healed over under the silver dressing"); not time alone, an illness\'s own turn, rest, getting used to a medicine, stopping one, an operation, a side effect at the treatment\'s site, a question, a negation, nor a subject that is no complaint', () => {
    cases([
      ['The throbbing in your gum settles down as soon as the numbing gel goes on.', ['unsupported-claim warning «The throbbing in your gum settles down»']],
      ['The wheeze quietens within minutes of the first puff of the new inhaler.', ['unsupported-claim warning «The wheeze quietens»']],
      ['Her night-time restlessness settles once she takes the magnesium before bed.', ['unsupported-claim warning «Her night-time restlessness settles»']],
      ['Angry eczema patches calm down after a few nights under our balm.', ['unsupported-claim warning «Angry eczema patches calm down»']],
      ['The racing thoughts fade away the moment the lavender oil goes on the pillow.', ['unsupported-claim warning «The racing thoughts fade away»']],
      ['Numbness in the toes fades after a single session of our foot therapy.', ['unsupported-claim warning «Numbness in the toes fades»']],
      ['The blisters healed over in two days under the silver dressing.', ['unsupported-claim warning «The blisters healed over»']],
      ['Back spasms loosen up after one session with our osteopath.', ['unsupported-claim warning «Back spasms loosen up»']],
      ['The hot flushes die down once the patch is on.', ['unsupported-claim warning «The hot flushes die down»']],
      ['The itch of the hives dies down as soon as the antihistamine kicks in.', ['unsupported-claim warning «The itch of the hives dies down»']],
      ['Joint pain in the fingers eases under a warm paraffin wrap.', ['unsupported-claim warning «Joint pain in the fingers eases»']],
      ['His night terrors quietened down once the melatonin was started.', ['unsupported-claim warning «His night terrors quietened down»']],
      // The natural course, physiology, side effects, a question, a negation, advice and subjects that are no complaint.
      ['The rash fades after a week.', []],
      ['Morning sickness usually settles down after the first trimester.', []],
      ['Does the wheeze quieten once the right inhaler dose is found?', []],
      ['The throbbing doesn\'t settle down even after the gel goes on.', []],
      ['If the stiffness doesn\'t ease off after a week, see your GP.', []],
      ['The swelling usually goes down within a few days of the extraction.', []],
      ['The nausea settles once your body gets used to the tablets.', []],
      ['Leg pain on walking eases off when you stop and rest.', []],
      ['The fog lifts the moment the sun comes up.', []],
      ['Traffic eases off after the school run.', []],
      ['The crane lifts the roof beams once the crew arrives.', []],
      ['The drowsiness wears off once you stop the antihistamine.', []],
      ['The bruise fades under the plaster within a week.', []],
      ['After the injection, the soreness at the site settles within a day.', []],
      ['The tightness in her chest loosens when she sits upright.', []],
      ['The swelling dies down as soon as you get off your feet.', []],
      ['The cold sore scabs over after about a week.', []],
      ['The stiffness eases once you get moving in the morning.', []],
    ]);
  });

  describe('a subordinate clause or phrase that names a treatment opens the sentence and a complaint gets better after its comma ("The moment the splint went on, the throbbing in his wrist died down"); not a clause of an illness\'s course, a new job, a cast coming off, the lights going down, nor a subject that is no complaint', () => {
    cases([
      ['The moment the splint went on, the throbbing in his wrist died down.', ['unsupported-claim warning «the throbbing in his wrist died down»']],
      ['Once the nasal spray kicks in, the congestion clears up.', ['unsupported-claim warning «the congestion clears up»']],
      ['As soon as the mouthguard went in at night, the jaw tension eased off.', ['unsupported-claim warning «the jaw tension eased»']],
      ['Under a cool gel pad, the itching of the chickenpox spots settles down.', ['unsupported-claim warning «the itching of the chickenpox spots settles down»']],
      ['Once he was on the right dose of the inhaler, the night-time cough died away.', ['unsupported-claim warning «the night-time cough died away»']],
      ['Since she began her new job, her sleep has settled down.', []],
      ['Once the fever breaks, the aches ease.', []],
      ['Once you\'ve had chickenpox, it never comes back.', []],
      ['After giving birth, the back pain settles within a few weeks.', []],
      ['Since he started his new job, the headaches have never come back.', []],
      ['Once the plaster cast is off, the itching eases.', []],
      ['As soon as the lights go down, the headache eases off.', []],
      ['Once the cast comes off, the stiffness in his ankle loosens up.', []],
      ['Will the tingling settle down once the cast comes off?', []],
      ['Once the right dose is found, the appointments move to every six months.', []],
    ]);
  });

  describe('a conjunct that names a treatment before "and": a noun phrase of a quantity and a treatment, dose or session ("A few puffs of the blue inhaler and …") or an imperative of applying or taking a remedy or naming a regimen ("Rinse … twice a day and …"); the outcome a complaint getting better, a wound healing, or the reader\'s future outcome ("you\'ll drop off in minutes"); not logistics, the weather, a household chore, a complaint that came back or is no better, a side effect, nor a stain', () => {
    cases([
      ['A few puffs of the blue inhaler and the wheezing quietens down.', ['unsupported-claim warning «the wheezing quietens down»']],
      ['Four weeks of the collagen powder and my knee finally loosened up.', ['unsupported-claim warning «my knee finally loosened up»']],
      ['A few sprays of the pillow mist and the tossing and turning stops.', ['unsupported-claim warning «the tossing and turning stops»']],
      ['Just a dab of our ointment and the cold sore scabs over by morning.', ['unsupported-claim warning «the cold sore scabs over»']],
      ['Rinse with the salt solution twice a day and the swelling goes down.', ['unsupported-claim warning «the swelling goes down»']],
      ['Gargle with the mouthwash after meals and the ulcers heal over in days.', ['unsupported-claim warning «the ulcers heal over»']],
      ['Swallow one tablet at the first twinge and the migraine fades away.', ['unsupported-claim warning «the migraine fades away»']],
      ['Take one capsule an hour before bed and you\'ll drop off in minutes.', ['unsupported-claim warning «you\'ll drop off in minutes»']],
      // Logistics, chores, subjects that are no complaint, a complaint that came back or is no better, a side effect.
      ['Just one form a year and the paperwork is done.', []],
      ['Ten days of rain and the garden has settled down.', []],
      ['Two weeks of antibiotics and the rash came back.', []],
      ['Take the bins out on Monday and the smell goes away.', []],
      ['Use the side entrance and the queue goes down faster.', []],
      ['Dab the paint on, cover it with tape, and the stain fades away overnight.', []],
      ['One dose of the vaccine and the arm stays sore for a day.', []],
      ['Swallow the tablet whole and it passes through the gut.', []],
      ['Wear a coat in the cold and your hands won\'t get sore.', []],
      ['Three sessions of physio and the pain was no better.', []],
    ]);
  });

  describe('permanence under the same licences ("Since she started wearing her night brace, the jaw pain has never come back", "Do … every morning and leaks will never bother you again") is an absolute claim; not after an illness\'s course, taking the bus, an app, a move or a chore, nor a vague head ("trouble", "problem") with no body part', () => {
    cases([
      ['Use the spacer every night and wheezing attacks will never trouble you again.', ['absolute-claim error «never trouble you again»']],
      ['Take the tablets and migraines will never bother you again.', ['absolute-claim error «never bother you again»']],
      ['Since she started wearing her night brace, the jaw pain has never come back.', ['absolute-claim error «never come back»']],
      ['Do five minutes of pelvic floor squeezes every morning and leaks will never bother you again.', ['absolute-claim error «never bother you again»']],
      ['Once the scar has healed, the itching never comes back.', []],
      ['Book your appointment now and the waiting will never bother you again.', []],
      ['Since she started wearing glasses, the headaches have never come back.', ['absolute-claim error «never come back»']],
      ['Since he started using the new app, the login trouble has never come back.', []],
      ['Since the clinic moved, the parking problem has never come back.', []],
      ['Take the stairs and the lift queue will never bother you again.', []],
      ['Once the wound had healed, the pain never came back.', []],
      ['Since he started taking the bus, the back trouble has never come back.', []],
    ]);
  });

  describe('a physical force as the subject ("the suction", "the vacuum", "gravity") of a verb of moving matter with a body part alone as its object describes a device\'s action or physiology, not a benefit; a product with the same verb, or a complaint\'s adjective on the object, is still a claim', () => {
    cases([
      ['This serum lifts sagging skin.', ['unsupported-claim warning «lifts»']],
      ['Our firming cream lifts the skin around the eyes.', ['unsupported-claim warning «lifts»']],
      ['The suction lifts the skin into the cup, which leaves round marks.', []],
      ['The vacuum pulls the skin up into the glass.', []],
      ['Gravity pulls the cheeks down as we age.', []],
      ['Pressure from the cuff presses the artery flat for a moment.', []],
    ]);
  });
});
