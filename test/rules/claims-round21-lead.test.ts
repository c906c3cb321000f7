// Claim rules on blog prose (issue #3, round 21, lead): forms read from round 20's drafts, opened to analysis this
// round, fixed by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 21, lead)', () => {
  describe("a speaker's label with a short aside in brackets ('Priya (mum of twins):') is read apart, as 'Priya:' is", () => {
    cases([
      ['Priya (mum of twins): Midwives recommend a warm bath before bed to settle a colicky baby.', ['vague-attribution warning «Midwives recommend»']],
      ['Dev (Leeds, 12 years with psoriasis): The coal tar shampoo cleared my scalp in a fortnight.', ['unsupported-claim warning «cleared»']],
      ['Grandad Joe (82): This liniment cures stiff joints.', ['absolute-claim error «cures»']],
      ['sunnydays99 (admin): Studies show the balm works wonders for eczema.', ['vague-attribution warning «Studies show»']],
      // The label is read apart, and what follows is read as the sentence it is.
      ['Priya (mum of twins): We booked the health visitor for Tuesday.', []],
      ['Dev (Leeds): Has anyone tried coal tar shampoo?', []],
      ['Opening hours (weekdays): Monday to Friday, nine till five.', []],
      ['Grandad Joe (82): I never thought I would see the sea again.', []],
      // A bracket inside a sentence is no label: no colon follows it straight after.
      ['My GP (a lovely woman) said the cream would need a few weeks.', []],
    ]);
  });
});
