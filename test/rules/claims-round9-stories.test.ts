// unsupported-claim on blog prose (issue #3, round 9, part A): case stories, transformations, comparisons, superlatives,
// identities and testimonial frames that credit a treatment with a benefit without a verb of benefit. Each describe block
// is one cause, stated as a fact about English or about blog writing, with positive sentences in several health areas and
// the nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a
// benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 9, part A: stories, comparisons, identities)', () => {
  describe('"find" after a loosely counted part of the people a clinic or a shop serves ("a lot of our customers find", "plenty of our runners find") is the population hedge of "some people find"; "say" and "tell us" after them, and "most" or "many", stay testimonials', () => {
    cases([
      ['A lot of our customers find that chamomile helps them unwind.', ['unsupported-claim info «helps»']],
      ['Plenty of our runners find that a foam roller helps their calves recover.', ['unsupported-claim info «helps»']],
      ['Quite a few of my clients notice that their skin feels calmer after a facial.', ['unsupported-claim info «feels calmer»']],
      ['Lots of people find that peppermint tea eases their bloating.', ['unsupported-claim info «eases»']],
      ['A lot of women find that magnesium eases period cramps.', ['unsupported-claim info «eases»']],
      ['Plenty of our patients find the stretches relieve their back pain.', ['unsupported-claim info «relieve»']],
      // A report or a testimonial stays a warning; no claim after 'find' is none.
      ['A lot of our patients say the soft-tissue work takes the edge off their back pain.', ['unsupported-claim warning «takes the edge off»']],
      ['Most of our customers find that the balm soothes their eczema.', ['unsupported-claim warning «soothes»']],
      ['Lots of parents find the bedtime routine hard to stick to.', []],
      ['A lot of our customers find the website easy to use.', []],
      ['Plenty of our members found the class too early in the morning.', []],
      ['A lot of our patients find parking difficult.', []],
    ]);
  });
});
