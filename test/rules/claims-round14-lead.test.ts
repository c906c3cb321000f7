// The claim rules on round 13's blind drafts (issue #3, round 14, the lead's fixes for their false positives and wrong
// rules). Each describe block is one cause, stated as a fact about English or about blog writing, with the sentences
// where the rules must stay silent and the nearest ones where they must still fire. None of these sentences is taken
// from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 13 drafts (round 14, lead)', () => {
  describe("'and colleagues' is 'et al.' in words: '(Okafor and colleagues, 2019)' and 'Okafor and co-workers (2019)' are author–year citations", () => {
    cases([
      ['A review of randomised trials found that balance training cut ankle sprains by a third (Okafor and colleagues, 2019).', []],
      ['Okafor and co-workers (2019) found that balance training cut ankle sprains by a third.', []],
      ['Balance training halves ankle sprains (Okafor & colleagues 2019).', []],
      // Without the year it is no citation, and the unnamed review is vague again.
      ['A review of trials by Okafor and colleagues found that balance training cut ankle sprains by a third.', ['unsupported-claim warning «cut»']],
      ['Research shows that balance training cuts ankle sprains, say colleagues.', ['vague-attribution warning «Research shows»']],
    ]);
  });

  describe("'heal' of a wound with an adjective before it ('heals minor burns', 'heals small cuts') is tissue repair, a claim but no cure; of a disease it is cure language", () => {
    cases([
      ['Aloe gel heals minor burns faster than plain dressings.', ['unsupported-claim warning «heals»']],
      ['This cream heals leg ulcers faster than saline dressings.', ['unsupported-claim warning «heals»']],
      ['This balm heals psoriasis.', ['absolute-claim error «heals»']],
    ]);
  });

  describe("a guarantee against breakage or damage ('a lifetime breakage guarantee') is a product's warranty, not a promised outcome", () => {
    cases([
      ['Every kettle comes with a two-year breakage guarantee: if it cracks, we replace it.', []],
      ['Our bottles carry a lifetime accidental-damage guarantee.', []],
      // A guaranteed result is still a promise.
      ['Our tincture comes with a two-year guarantee of fewer migraines.', ['absolute-claim error «guarantee»']],
    ]);
  });

  describe("a pharmacological process between the verb and its object ('increase the activity of dopamine', 'block the reuptake of serotonin') names a mechanism, not an outcome", () => {
    cases([
      ['Stimulants increase the activity of noradrenaline, a chemical messenger in the brain.', []],
      ['SSRIs block the reuptake of serotonin.', []],
      ['Metformin reduces the release of glucose from the liver.', []],
      // An outcome of health is still a claim.
      ['Stimulants increase focus in adults with ADHD.', ['unsupported-claim warning «increase»']],
      ['SSRIs reduce anxiety.', ['unsupported-claim warning «reduce»']],
    ]);
  });
});
