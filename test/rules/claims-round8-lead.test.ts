// The claim rules, round 8 (issue #3): the lead's own fixes, each with new sentences (claims and their nearest
// non-claims). None is taken from the blog corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules, round 8 (lead)', () => {
  describe('unsupported-claim: "works better than" another course for a health purpose, whatever the other side is', () => {
    cases([
      ['Walking works better than resting for most back pain.', ['unsupported-claim warning «works better than»']],
      ['Physiotherapy works better than rest for back pain.', ['unsupported-claim warning «works better than»']],
      ['Ice works better than heat for a fresh sprain.', ['unsupported-claim warning «works better than»']],
      ['Swimming works better than running for people with sore knees.', ['unsupported-claim warning «works better than»']],
      // No health purpose, no treatment on the subject side, or a thing named by an -ing noun.
      ['Walking works better than driving for short trips.', []],
      ['Morning appointments work better than evening ones for most parents.', []],
      ['Online booking works better than phoning the surgery.', []],
      ['The new building works better than the old one for wheelchair users.', []],
      ['Our booking system works better than phoning for repeat prescriptions.', []],
    ]);
  });
});
