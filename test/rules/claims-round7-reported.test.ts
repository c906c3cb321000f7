// The claim rules on blog prose (issue #3, round 7, part B): testimonials, case stories, reported outcomes, attribution,
// absolute claims and precision. Each describe block is one cause, stated as a fact about English or about blog writing,
// with positive sentences in several health areas and the nearest negatives where the rules must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 7, part B)', () => {
  describe('permanence after a treatment: a symptom that "never comes back" or "stays gone", a habit broken "for good"; removing a cause (bacteria, plaque) is a plain claim, removing a complaint stays totality', () => {
    cases([
      ['Our own-brand paste seals the exposed dentine, and after a month the twinges never come back.', ['absolute-claim error «never come back»']],
      ['After a course of our laser treatment the spots never come back.', ['absolute-claim error «never come back»']],
      ['Once the cream has done its work, the itching never returns.', ['absolute-claim error «never returns»']],
      ['After three sessions of hypnotherapy my fear of spiders was gone, and it has stayed gone.', ['absolute-claim error «stayed gone»']],
      ['A fear of heights is often gone after one session, and it stays gone.', ['absolute-claim error «stays gone»']],
      ['With our sleep programme the insomnia goes and stays gone.', ['absolute-claim error «stays gone»']],
      ['Our one-day programme breaks the habit for good.', ['absolute-claim error «for good»']],
      ['The patches helped me kick the cigarettes for good.', ['absolute-claim error «for good»']],
      ['I gave up smoking for good after two sessions of hypnotherapy.', ['absolute-claim error «for good»']],
      ['Our stop-smoking course helps you quit for good.', ['absolute-claim error «for good»']],
      ['This spray gets rid of cold sores overnight.', ['absolute-claim error «gets rid of»']],
      ['Deep cleaning below the gumline gets rid of the bacteria hiding in the pockets.', ['unsupported-claim warning «gets rid of»']],
      ['A good mouthwash eliminates odour-causing bacteria.', ['unsupported-claim warning «eliminates»']],
      ['This mouthwash kills all the bacteria in your mouth.', ['absolute-claim error «kills all the bacteria»']],
      // Natural course, no treatment, a closed clinic, advice, a question, a side effect, a time limit, a negation.
      ['Chickenpox spots usually scab over and never come back.', []],
      ['The rash clears within a week and stays gone.', []],
      ['Some people quit smoking for good on their first try.', []],
      ['We closed our Bath clinic for good in 2019.', []],
      ['Breaking the habit for good is hard, and most people need several tries.', []],
      ['If the twinges come back after a month, book an appointment.', []],
      ['Will the cravings come back after the course?', []],
      ['The nausea usually stays gone after the first week of the tablets.', []],
      ['The pain stays gone for about six hours after a dose.', []],
      ['Nothing breaks the habit for good.', []],
      ['She quit her job for good after the operation.', []],
      ['Many children have a fear of needles.', []],
    ]);
  });
});
