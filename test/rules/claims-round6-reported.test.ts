// Claim rules on blog prose (issue #3, round 6, part B): testimonials, verbless fragments, reported outcomes, absolute
// claims and precision, generalised from the misses of the drafts held out in round 5 (u, v, w, x). Each construction
// has positive sentences in several health areas and voices, and the nearest negatives where it must stay silent.
// None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 6, part B)', () => {
  describe('unsupported-claim: a verbless testimonial, an amount of a treatment or a time on one "and" an outcome', () => {
    cases([
      ['Six sessions of acupuncture and not one migraine since Easter.', ['unsupported-claim warning «not one migraine»']],
      ["A month on the magnesium and I'm sleeping through the night again.", ["unsupported-claim warning «I'm sleeping through the night again»"]],
      ['Two bottles of the tonic and my little boy is back to his old self.', ['unsupported-claim warning «my little boy is back to his old self»']],
      ['Ten days on the cream and the eczema on her hands was completely gone.', ['unsupported-claim warning «the eczema on her hands was completely gone»']],
      ['Three weeks of the drops and no more hay fever.', ['unsupported-claim warning «no more hay fever»']],
      ['Four adjustments, and not a single headache all month.', ['unsupported-claim warning «not a single headache»']],
      ['Half an hour in the chair, two infusions later, and she could climb the stairs again.', ['unsupported-claim warning «she could climb the stairs again»']],
      ['Five weeks on the plan and I can run for the bus again.', ['unsupported-claim warning «I can run for the bus again»']],
      ["Twenty minutes on the table and you'll be back to your best.", ["unsupported-claim warning «you'll be back to your best»"]],
      // None of something that is not a symptom, a state that did not change, a harm, time alone (natural course), logistics.
      ['Two weeks on the waiting list and not a single phone call.', []],
      ['Three days on the ward and not a single visitor.', []],
      ["Two weeks on antibiotics and I still can't shake the cough.", []],
      ['A week and the rash was gone.', []],
      ["Ten minutes on the phone and you'll be booked in.", []],
      ['Two weeks on the new pill and I had headaches every day.', []],
      ['Three days of rain and not a single sunny day.', []],
      ['Two weeks on the oil and still no change?', []],
      ['Two sessions in, I was still in pain and I could not sleep again.', []],
    ]);
  });

  describe('unsupported-claim: leaving a session transformed ("walked out feeling like a new person")', () => {
    cases([
      ['You\'ll walk out of the salon feeling ten years younger.', ["unsupported-claim warning «You'll walk out of the salon feeling ten years younger»"]],
      ['She left the clinic feeling like herself again.', ['unsupported-claim warning «She left the clinic feeling like herself again»']],
      ['After the massage I floated home feeling so much lighter.', ['unsupported-claim warning «I floated home feeling so much lighter»']],
      ['My son came out of the session feeling calmer than he had in weeks.', []],
      ['We left feeling completely revitalised.', ['unsupported-claim warning «We left feeling completely revitalised»']],
      ['I got up off the table feeling like a new woman.', ['unsupported-claim warning «I got up off the table feeling like a new woman»']],
      // Not a transformation, better informed, negated, a harm.
      ['I walked out feeling confused about the bill.', []],
      ['I left feeling better informed about my options.', []],
      ['I never walked out feeling better.', []],
      ['I left the appointment feeling dizzy and sick.', []],
      ['She came home feeling tired after the long drive.', []],
      ['Did you walk out feeling like a new person?', []],
    ]);
  });

  describe('unsupported-claim: "made all the difference" with a health or fertility result after a colon or a dash', () => {
    cases([
      ['The night splint made a huge difference: I can walk to work without limping.', ['unsupported-claim warning «made a huge difference»']],
      ['The acupuncture made all the difference: I was pregnant by the summer.', ['unsupported-claim warning «made all the difference»']],
      ['Those breathing exercises made such a difference - no more wheezing at night.', ['unsupported-claim warning «made such a difference»']],
      // A health result the relation reader finds by itself is reported there.
      ['Switching to the gluten-free plan made a real difference: my bloating has settled.', ['unsupported-claim warning «my bloating has settled»']],
      ['Her new inhaler technique made all the difference: she sleeps through now.', ['unsupported-claim warning «made all the difference»']],
      ['The blackout blind made a massive difference: our toddler sleeps until seven.', ['unsupported-claim warning «made a massive difference»']],
      // Not a health result, negated, a question, no result.
      ['Good lighting made all the difference: the photos look great.', []],
      ['The new receptionist made all the difference to the waiting room.', []],
      ['The diet made no difference: my bloating was as bad as ever.', []],
      ['Did the cream make a difference to your eczema?', []],
      ['Free parking made a big difference: more patients turned up on time.', []],
      ['A second opinion made all the difference to how we felt about the decision.', []],
    ]);
  });
});
