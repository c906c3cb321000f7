// Claim rules on blog prose (issue #3, round 22, lead): forms read from round 21's drafts and the lead's probes, fixed
// by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of these
// sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 22, lead)', () => {
  describe("advice about arranging care in a that-clause ('Doctors recommend that you bring a list of your medicines') is no appeal, as the gerund ('recommend booking') was not", () => {
    cases([
      ['Doctors recommend that you bring a list of your medicines.', []],
      ['Nurses recommend that you arrive ten minutes early.', []],
      ['Nurses advise that patients should arrive ten minutes early.', []],
      ["Health visitors suggest that parents bring their child's red book.", []],
      ['Doctors recommend that you book a review if the cough lasts more than three weeks.', []],
      // A recommended treatment or habit of health in the that-clause stays an appeal.
      ['Doctors recommend that children have the flu vaccine every autumn.', ['vague-attribution warning «Doctors recommend»']],
      ['Doctors recommend that you take zinc for colds.', ['vague-attribution warning «Doctors recommend»']],
      ['Doctors recommend that you drink more water to prevent kidney stones.', ['vague-attribution warning «Doctors recommend»']],
      ['Doctors recommend that you bring down your blood pressure with daily walks.', ['vague-attribution warning «Doctors recommend»']],
    ]);
  });

  describe("a discourse opener ('Honestly,', 'In my experience,', \"I'll be honest,\", 'And') is read apart, as a speaker's label is: the readers of a sentence's start see its own first word", () => {
    cases([
      ["Honestly, take two capsules an hour before bed and you'll sleep straight through.", ["unsupported-claim warning «you'll sleep straight through»"]],
      ['In my experience, what finally fixed my bloating was cutting out wheat.', ['unsupported-claim warning «what finally fixed my bloating was»']],
      ['And once your levels are topped up, the cramps never come back.', ['absolute-claim error «never come back»']],
      ['And honestly, every client who walks through our door leaves pain-free.', ['absolute-claim error «every client»']],
      ["To be honest, since she started the nasal rinse, she's had far fewer sinus infections.", ['unsupported-claim warning «had far fewer sinus infections»']],
      ['Sam: Honestly, the drops cured my conjunctivitis overnight.', ['absolute-claim error «cured»']],
      // The noise readers anchored at the start see it too: physiology, definitions, named studies.
      ['Honestly, the liver stores glycogen and releases glucose into the blood between meals.', []],
      ['And an antibiotic is a medicine that kills bacteria or stops them from multiplying.', []],
      ['In my experience, a 2019 Cochrane review by Smith and colleagues found that exercise classes reduced falls in older people.', []],
      // Everyday sentences stay silent, and openers that hedge or make a report a practice's testimony are not read apart.
      ['Honestly, take the bus and you will be there by ten.', []],
      ['Honestly, what finally fixed the boiler was a new valve.', []],
      ['So far, nothing has helped.', []],
      ['Really good sleep matters.', []],
      ['In my view, take two capsules before bed and you might sleep better.', []],
    ]);
  });

  describe("total protection as what a schedule needs, and doctors seeing more cases of an illness, are no promise and no appeal", () => {
    cases([
      ['You need two doses for full protection from flu.', []],
      ['It takes two weeks after the jab to get full protection against flu.', []],
      ['Children need the second dose before they have full protection against mumps.', []],
      ['Doctors are starting to see more cases of flu.', []],
      ['GPs are beginning to see fewer cases of chickenpox.', []],
      ['Two doses give full protection from flu.', ['absolute-claim error «full protection from»']],
      ['Our balm gives complete protection from cold sores.', ['absolute-claim error «complete protection from»']],
      ['Doctors are starting to see that fasting reverses diabetes.', ['vague-attribution warning «Doctors are starting to see that»', 'absolute-claim error «reverses»']],
    ]);
  });

  describe('a sentence hard-wrapped over lines (an editor with a wrap column) is read as the same sentence on one line', () => {
    cases([
      ['Three sessions at our clinic did more\nfor my scars than a decade of creams.', ['unsupported-claim warning «did more\nfor my scars than»']],
      ['Spend twenty minutes among the plants\nand your stress simply drains away.', ['unsupported-claim warning «stress simply drains away»']],
      ['One colonic does more for a sluggish bowel\nthan a whole month of laxatives.', ['unsupported-claim warning «does more for a sluggish bowel\nthan»']],
      ['The liver stores glycogen and\nreleases glucose into the blood between meals.', []],
      ['Most colds clear up within ten days\nwithout any treatment.', []],
      // Emphasis blanked to spaces, and runs of spaces, read as one space; the diagnostic keeps the source's span.
      ["Take two capsules an hour before bed and **you'll sleep straight through** till morning.", ["unsupported-claim warning «you'll sleep straight through»"]],
      ['Three weeks of your gel and **it finally healed over**.', ['unsupported-claim warning «it finally healed over»']],
      ['Worry is *reduced* by logging your thoughts in a mood diary each evening.', ['unsupported-claim warning «reduced»']],
      ['Our balm  eases   eczema.', ['unsupported-claim warning «eases»']],
      ['The liver  stores glycogen and **releases glucose** into the blood between meals.', []],
    ]);
  });

  describe('final read of round 22 (from the reviewers\' probes): the new readings keep to their class', () => {
    cases([
      // A superlative of an exercise or a first step: not for a goal of fitness, nor when the means is seeking care.
      ['Yoga is the best exercise for flexibility.', []],
      ['Planks are the best exercise for core strength.', []],
      ['Booking a GP appointment is the best first step for anyone with a persistent cough.', []],
      ['Nordic walking is the best exercise for stiff hips.', ['unsupported-claim warning «is the best exercise for»']],
      ['Warm compresses are the best first step for almost everyone with dry eye.', ['unsupported-claim warning «are the best first step for»']],
      // Total protection that the seller's own remedy is needed for stays a promise.
      ['You need our daily tonic for complete protection against winter bugs.', ['absolute-claim error «complete protection against»']],
      // A treatment, a test or a product booked or brought in the that-clause stays an appeal.
      ['Doctors recommend that you book a course of acupuncture for your back pain.', ['vague-attribution warning «Doctors recommend»']],
      ['Doctors recommend that you book your flu jab every autumn.', ['vague-attribution warning «Doctors recommend»']],
      ['Doctors recommend that you arrive early and bring your CBD oil, which stops seizures.', ['vague-attribution warning «Doctors recommend»']],
      // The history of practice is not the seller's own remedy.
      ['For years, our magnesium spray was the go-to remedy for cramp.', ['unsupported-claim warning «was the go-to remedy for»']],
      ['For years, fish oil was the go-to recommendation for dry eye, and every chemist still stocks it.', []],
    ]);
  });
});
