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

  describe("a claim the same sentence then calls false ('…, but that is a myth', '…; this is simply not true', '…, but there is no evidence for this') is reported to be corrected, whoever made it: no claim and no promise (an appeal to unnamed believers stays vague attribution, as in round 6)", () => {
    cases([
      ['You may have read that apple cider vinegar cures diabetes, but that is a myth.', []],
      ['Garlic cures colds, say some wellness accounts, but that\'s nonsense.', []],
      ['Some websites claim that colloidal silver kills every virus; this is simply not true.', []],
      ['All migraines can be prevented, according to the video, but that is false.', []],
      ['Vitamin C cures colds, but there is no evidence for this.', []],
      // An appeal to unnamed believers stays vague attribution when doubted (round 6's reading).
      ['Many experts agree that zinc shortens colds, but there is little evidence for it.', ['vague-attribution warning «Many experts agree»']],
      // A limitation, a verdict that goes on, or a rebuttal of something else is no refutation of the claim.
      ['Ginger eases nausea, but that is not true for everyone.', ['unsupported-claim warning «eases»']],
      ['Ginger eases nausea, but it is wrong to stop your medicine.', ['unsupported-claim warning «eases»']],
      ['Turmeric cures arthritis, and that is the truth.', ['absolute-claim error «cures»']],
      ['Zinc shortens colds, but there is no evidence that it prevents them.', ['unsupported-claim warning «shortens»']],
      ['Studies show that zinc shortens colds, but there is no evidence for this in children.', ['vague-attribution warning «Studies show»']],
    ]);
  });
});
