// Round 25 (T): attribution both ways (issue #3). An unnamed source (studies, research, experts, a plural profession,
// now fitness and diet professions too) whose content names a treatment and judges its result is vague even where the
// content alone is not read as a claim; a profession's news of premises, events or the workplace is not; 'N studies
// prove' or 'studies prove the benefits of' is proof (absolute-claim) as well as vague; and a named source in more shapes
// (a titled person's 'the findings', a review with a named body and its lead author, a report from a named authority,
// a leaflet with its topic and year, a named review credited at the end) leaves the claim attributed
// (claims-attributions.json round25T, claims.ts r25tTreatmentFinding, r25tOffTopicNews, r25tProvenByStudies,
// r25tNamedPersonsFindings, r21nNamedStudy, namedAuthorityBefore). None of these sentences is taken from the corpus or
// from a benchmark: each is written for this file, with near-claims sharing their words that must stay silent.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(sentence: string): string[] {
  const { diagnostics } = lintText(`${sentence}\n`, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${sentence.slice(d.start, d.end)}»`);
}
function rules(sentence: string): string[] {
  return [...new Set(claims(sentence).map((d) => d.split('/')[0]))].sort();
}

const FORMS: { form: string; cases: [string, string[]][] }[] = [
  {
    form: 'an unnamed source of a finding about a treatment (a result judged, a comparison, a sense restored)',
    cases: [
      ['Studies show that starting physiotherapy early gives the best results.', ['vague-attribution']],
      ['Research shows that ibuprofen is useless for nerve pain.', ['vague-attribution']],
      ['According to experts, balance training restores confidence on the stairs.', ['vague-attribution']],
      ['My neighbour said experts agree ginger is just as good as the travel tablets.', ['vague-attribution']],
      ['Studies show that acupuncture is no better than sham needles.', ['vague-attribution']],
      // near-claims: no treatment, a treatment not judged, a question, a negation, the writer's GP named
      ['Studies show that commuters prefer trains.', []],
      ['Research shows that most people buy their paracetamol in supermarkets.', []],
      ['Studies show that people who own dogs walk more.', []],
      ['Do studies show that zinc helps colds?', []],
      ['No study shows that zinc helps colds.', []],
      ['My GP said the experts were running late.', []],
    ],
  },
  {
    form: "a profession's news of premises, events or the workplace (no health word, no treatment judged)",
    cases: [
      ['Vets say the new branch will open in spring.', []],
      ['Pathologists say the new building is overdue.', []],
      ['Nurses say the new car park is a nightmare.', []],
      ['Pathologists say the lab move went well.', []],
      ['Experts agree the new stadium is too small.', []],
      ['Midwives say the new uniforms are much comfier.', []],
      ['Physiotherapists say the clinic move went smoothly.', []],
      ['Nurses say the new coffee machine is a waste of money.', []],
      ['Doctors say the new surgery building will open in June.', []],
      ['Experts say the physiotherapy waiting list is long.', []],
      // what they say is health, or judges a treatment: still vague
      ['Nurses say the night shifts are ruining their sleep.', ['vague-attribution']],
      ['Vets say the new branch stocks a flea treatment that works.', ['vague-attribution']],
    ],
  },
  {
    form: 'fitness and diet professions as unnamed sources',
    cases: [
      ['Personal trainers agree that protein shakes build muscle faster.', ['vague-attribution']],
      ['Fitness instructors agree that stretching prevents injuries.', ['vague-attribution']],
      ['Personal trainers say the gym will close at Christmas.', []],
      ['Personal trainers say the new gym has better parking.', []],
      ['Gym instructors say the new lockers are too small.', []],
      ['My personal trainer is called Sam.', []],
      ['The fitness instructors went on strike.', []],
      // a profession quantified by 'every' and the writer's acquaintance
      ['Every physio I have worked with agrees that gentle cycling beats bed rest for sore knees.', ['vague-attribution']],
      ['Every vet we trust says the new branch will open in May.', []],
      ['Every nurse I know is exhausted.', []],
    ],
  },
  {
    form: "proof claimed from studies ('N studies prove', 'studies prove the benefits of')",
    cases: [
      ['Over 500 studies prove the benefits of cold showers.', ['absolute-claim', 'vague-attribution']],
      ['Research has proven the power of turmeric.', ['absolute-claim', 'vague-attribution']],
      ['Over 200 studies have proven that turmeric eases joint pain.', ['absolute-claim', 'vague-attribution']],
      ['Studies show the benefits of walking.', ['vague-attribution']],
      ['Studies suggest it may prove useful for sore throats.', ['vague-attribution']],
      ['No study proves the benefits of zinc.', []],
      ['Do studies prove the benefits of zinc?', []],
      ['I had to prove the benefits of the new rota to my boss.', []],
    ],
  },
  {
    form: 'a named source before or after the finding',
    cases: [
      ['Professor Tom Okafor, who led the trial at the University of Bristol, said the results suggested that tai chi may reduce falls.', []],
      ['A Cochrane review led by Fairbrother found that exercise helped more people with back pain than rest.', []],
      ['According to a 2023 report from the Stroke Association, early rehabilitation improved walking for most patients.', []],
      ['Daily walking lowered blood pressure in older adults, as summarised in a Cochrane review by Lindqvist and colleagues.', []],
      ["The Royal College of Psychiatrists' leaflet on anxiety (2023) notes that exercise helps many people with mild symptoms.", []],
      // no name, no named body, or the writer's own: unchanged
      ['Experts said the findings suggested that walking eases depression.', ['vague-attribution']],
      ['A review by Smith found that zinc shortens colds.', ['unsupported-claim']],
      ['According to a report from a charity, zinc shortens colds.', ['unsupported-claim']],
      ['Dr Priya Shah, our lead physio, said the findings suggested that pilates eases back pain.', ['vague-attribution']],
      ['A Cochrane review found that zinc shortens colds.', ['unsupported-claim']],
      ['Daily walking lowered blood pressure, as summarised in a review by our clinic.', ['unsupported-claim']],
      // 'the trials' of a named authority's document earlier in the sentence
      ["The NICE guidance no longer recommends glucosamine for knee pain, because the trials found it did no better than a dummy pill.", []],
      ['The NHS is stretched, but the studies show that zinc shortens colds.', ['vague-attribution']],
      ['Our clinic follows NICE, and the studies show our cream clears eczema.', ['vague-attribution']],
    ],
  },
];

describe('round 25 (T): attribution of treatment findings, named sources and non-health news', () => {
  for (const { form, cases } of FORMS) {
    describe(form, () => {
      for (const [sentence, expected] of cases) {
        it(sentence, () => assert.deepEqual(rules(sentence), expected, claims(sentence).join('; ')));
      }
    });
  }

  it("rewrites proof from studies as 'suggest'", () => {
    const { diagnostics } = lintText('Over 500 studies prove the benefits of cold showers.\n', { uri: 'file:///draft.md', only: ['absolute-claim'] });
    assert.equal(diagnostics.length, 1);
    assert.ok(JSON.stringify(diagnostics[0].fixes ?? []).includes('suggest'), JSON.stringify(diagnostics[0].fixes));
  });
});
