// Claim rules on blog prose (issue #3, round 22, lead): forms read from round 21's drafts and the lead's probes, fixed
// by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of these
// sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 22, lead)', () => {
  describe("common infections and skin complaints of childhood ('impetigo', 'measles', 'chilblains') are complaints a remedy's verb of benefit acts on", () => {
    cases([
      ['Honey clears impetigo.', ['unsupported-claim warning «clears»']],
      ['Oats soothe chickenpox.', ['unsupported-claim warning «soothe»']],
      ['Warm socks prevent chilblains.', ['unsupported-claim warning «prevent»']],
      ['Zinc prevents rotavirus.', ['unsupported-claim warning «prevents»']],
      ['Tea tree oil gets rid of ringworm.', ['absolute-claim error «gets rid of»']],
      // The illness described, its natural course, advice and questions stay silent.
      ['Measles is a highly infectious viral illness.', []],
      ['Measles can cause pneumonia and encephalitis.', []],
      ['Impetigo spreads easily in nurseries.', []],
      ['Chilblains usually heal on their own within a couple of weeks.', []],
      ['Most chickenpox clears up within a week without treatment.', []],
      ['Children with chickenpox should stay off nursery until the spots have crusted over.', []],
      ['Does oatmeal help chickenpox?', []],
      ['There is no evidence that homeopathy prevents measles.', []],
    ]);
  });

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
});
