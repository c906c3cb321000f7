// unsupported-claim on blog prose (issue #3, round 10, part A): pseudo-clefts, testimonials, reported cases, outcomes of
// users and comparisons that credit a treatment with a benefit in words the earlier rounds did not read. Each describe
// block is one cause, stated as a fact about English or about blog writing, with positive sentences in several health
// areas and the nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or
// from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 10, part A: clefts, testimonials, users, comparisons)', () => {
  describe('a pseudo-cleft whose idiom resolves a complaint without naming it ("What sorts it out is", "What finally got <name> sleeping through was", "What turned things around for <person> was", "What makes the difference for <sufferers> is", "What <treatment> really offers is a chance for the body to repair") credits what follows the copula', () => {
    cases([
      ['What finally got our toddler sleeping through the night was a warm bath and a dark room.', ['unsupported-claim warning «What finally got our toddler sleeping through the night was»']],
      ['What turned things around for my eczema was a fragrance-free emollient.', ['unsupported-claim warning «What turned things around for my eczema was»']],
      ['What sorts it out for most runners is a few weeks of calf stretches.', ['unsupported-claim warning «What sorts it out for most runners is»']],
      ['What really did the trick for her reflux was cutting out late meals.', ['unsupported-claim warning «What really did the trick for her reflux was»']],
      ['What turned it around for Dad, after his heart attack, was a course of cardiac rehab.', ['unsupported-claim warning «What turned it around for Dad, after his heart attack, was»']],
      ['What acupuncture really offers is a chance for the nervous system to settle and repair.', ['unsupported-claim warning «What acupuncture really offers is»']],
      ['What a good massage actually gives you is time for your muscles to recover.', ['unsupported-claim warning «What a good massage actually gives you is»']],
      ['What makes the difference for most insomniacs is a fixed wake-up time.', ['unsupported-claim warning «What makes the difference for most insomniacs is»']],
      ['What fixed it in the end was a gentle pelvic floor programme.', ['unsupported-claim warning «What fixed it in the end was»']],
      // Chores, sport, business, prices, a cause of illness, advice that varies, a matter left open.
      ['What sorts it out is a quick call to the helpdesk.', []],
      ['What makes the difference for most buyers is the price.', []],
      ['What turned things around for the club was a new manager.', []],
      ['What got me walking to work was the cost of parking.', []],
      ['What the clinic really offers is free parking.', []],
      ['What did the trick for the stain was vinegar.', []],
      ['What made the difference in the final was a late goal.', []],
      ['What works for one family may not work for another.', []],
      ['What causes the rash is usually a virus.', []],
      ['What helps most is different for every child.', []],
      ['What sorts it out is unclear.', []],
    ]);
  });
});
