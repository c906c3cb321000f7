// The claim rules on a careful, cited post (issue #3, round 12, the lead's fixes for round 11's false positives). Each
// describe block is one cause, stated as a fact about English or about blog writing, with the sentences where the rules
// must stay silent and the nearest ones where they must still fire. None of these sentences is taken from the corpus or
// from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on a careful, cited post (round 12, lead)', () => {
  describe("a verb of saying followed by 'about' and a topic reports what a source is about, not what it asserts (what the research says about sleep); 'about' before a number is an approximation", () => {
    cases([
      ['Inside: our new opening times, what the latest research says about sleep and mood, and a recipe.', []],
      ["Here is what experts say about vitamin D in winter.", []],
      ['We asked what the evidence says about knee injections.', []],
      // The appeal still fires when it asserts something, an approximation included.
      ['Research says vitamin D eases winter blues.', ['vague-attribution warning «Research says»']],
      ['Studies say about half of patients sleep better on magnesium.', ['vague-attribution warning «Studies say»']],
    ]);
  });

  describe("a negated subject with an appositive set off by commas (No hearing aid, prescribed or bought online, restores hearing) is still negated: the commas do not end the negation's reach", () => {
    cases([
      ['No hearing aid, prescribed or bought online, restores hearing to normal.', []],
      ['No supplement, however expensive, reverses arthritis.', []],
      ['No cream, natural or not, cures eczema.', []],
      // Without the negation, or with a clause of its own after the comma, the claim stands.
      ['Our hearing aid, prescribed by an audiologist, restores hearing to normal.', ['unsupported-claim warning «restores»']],
      ['No fuss, no needles, the cream clears eczema in a week.', ['unsupported-claim warning «clears»']],
      ['Not everyone likes the smell, but the cream clears eczema in a week.', ['unsupported-claim warning «clears»']],
    ]);
  });

  describe("an outcome named only after 'not proof that' or 'no evidence that' is denied (That is an association, not proof that hearing aids prevent dementia); an outcome named before it keeps the relation", () => {
    cases([
      ['That is an association across populations, not proof that treating hearing loss prevents dementia in any one person.', []],
      ['This is a correlation, not evidence that fish oil prevents heart attacks.', []],
      ['That is a link, not proof that coffee protects against diabetes.', []],
      ['Coffee is linked to lower rates of diabetes, which is not proof that it protects you.', ['unsupported-claim info «linked»']],
    ]);
  });

  describe("the noun 'guarantee' in a short heading or label that names no health outcome and has no verb (Prices and guarantees, Our guarantee) is a section title, not a promise", () => {
    cases([
      ['Prices and guarantees', []],
      ['Our guarantee', []],
      ['Delivery, returns and guarantees', []],
      // A heading that names an outcome, or a sentence with a verb, still promises one.
      ['Guaranteed pain relief', ['absolute-claim error «Guaranteed»']],
      ['We guarantee results.', ['absolute-claim error «We guarantee»']],
    ]);
  });

  describe("the writer's wish before an absolute term (I hope you never catch a cold again, we wish everyone a pain-free winter) is no promise; the same words stated, or a promise of the product, still are", () => {
    cases([
      ['I hope you never catch a cold again.', []],
      ['We really hope none of you ever needs a knee replacement.', []],
      ['We wish every one of our patients a pain-free winter.', []],
      // Stated, or promised of the product.
      ['With our elderberry syrup you will never catch a cold again.', ['absolute-claim error «never catch»']],
      ['Hope is not a plan: our programme cures back pain for good.', ['absolute-claim error «cures»']],
    ]);
  });
});
