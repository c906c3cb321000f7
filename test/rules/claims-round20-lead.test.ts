// Claim rules on blog prose (issue #3, round 20, lead): forms read from round 19's drafts, opened to analysis this
// round, fixed by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 20, lead)', () => {
  describe("the population hedge told in the perfect ('Some of you have found', 'Some people have found') is a hedge (info), as 'some people find' is; 'many' and 'most' stay direct", () => {
    cases([
      ['Some of you have found that arnica gel takes the sting out of a bruise.', ['unsupported-claim info «takes the sting out of»']],
      ['Some people have found that peppermint tea settles a queasy stomach.', ['unsupported-claim info «settles»']],
      ['A few of our patients have noticed that the balm eases cracked heels.', ['unsupported-claim info «eases»']],
      ['Many of you have found that the balm eases cracked heels.', ['unsupported-claim warning «eases»']],
      ['Some of you have found the new car park confusing.', []],
    ]);
  });
});
