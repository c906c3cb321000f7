// Round 25 (T, mended): the attribution part's readings narrowed by class (issue #3). A study's named body is a round 20
// authority or a journal, and without a year its author comes after 'by' or 'led by' (r25tYearOrBody); a document's
// publisher is an authority (r25tNamedPersonsFindings); a titled person's 'the findings / the results / the data' point
// back at their study, 'the research / the evidence' do not, and 'his / her' product is the person's own
// (R25T_PERSONS_STUDY, R25T_PERSONS_PRODUCT); a profession's gym, class, timetable and price news is off topic
// (claims-attributions.json round25T.offTopic); a past decade fronted before the source is history (r25tHistoryFrame);
// and 'studies prove' is proof only of a treatment's benefit, not told at a distance (r25tProvenByStudies). None of these
// sentences is taken from the corpus, a benchmark or the reviewer's probes: each is written for this file.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function rules(sentence: string): string[] {
  const { diagnostics } = lintText(`${sentence}\n`, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return [...new Set(diagnostics.map((d) => d.ruleId))].sort();
}

const FORMS: { form: string; cases: [string, string[]][] }[] = [
  {
    form: 'a nationality, a place, a platform or a brand before the study kind is no named body',
    cases: [
      ['A Swedish study from Stockholm found that rye bread lowers cholesterol.', ['unsupported-claim']],
      ['A Finnish trial led by Virtanen found that saunas lower blood pressure.', ['unsupported-claim']],
      ['A TikTok review by Dawn found that apple cider vinegar melts belly fat.', ['unsupported-claim']],
      ['Rosemary oil regrows hair, as reported in a Holland review by Barrett.', ['unsupported-claim']],
      ['A Cochrane review from Oxford found that zinc shortens colds.', ['unsupported-claim']],
      // named: an authority or a journal, and an author after 'by' / 'led by'
      ['A Lancet study led by Okafor found that statins lower the risk of stroke.', []],
      ['A Cochrane review by Adeyemi found that exercise eases knee pain.', []],
      ['Yoga eased back pain in office workers, as reported in a BMJ trial by Kowalski and colleagues.', []],
    ],
  },
  {
    form: "'the studies' after a document whose publisher is no authority",
    cases: [
      ['The Sun report claims the trials show that collagen rebuilds cartilage.', ['vague-attribution']],
      ['The Superdrug leaflet is free, and the research shows that the gel soothes cold sores.', ['vague-attribution']],
      // an authority's document: its trials
      ['The NICE guidance dropped the spray, because the trials found it did no better than salt water.', []],
    ],
  },
  {
    form: "a titled person's 'the research / the evidence' and his or her own product",
    cases: [
      ['Dr Helen Ward said the evidence shows that her herbal tincture calms nerves.', ['vague-attribution']],
      ['Dr Paul Grant, a naturopath, said the research shows that magnesium eases migraine.', ['vague-attribution']],
      ['Dr Amara Mensah said the data showed that her new cream clears eczema.', ['vague-attribution']],
      // the person's own study
      ['Dr Amara Mensah said the results showed that yoga eases back pain.', []],
      ['Dr Amara Mensah said the results showed that her patients slept better.', []],
    ],
  },
  {
    form: "gym, class, timetable and price news of fitness and diet sources; history",
    cases: [
      ['Personal trainers say squats strengthen the knees.', ['vague-attribution']],
      ['Fitness instructors say the spin class eases back pain.', ['vague-attribution']],
      ['Diet advisers say the menu at the café helps you lose weight.', ['vague-attribution']],
      // near-claims sharing their words
      ['Personal trainers say February is their quietest month.', []],
      ['Fitness instructors say the spin class moves to Thursdays from next week.', []],
      ['Diet advisers say the weigh-in has moved to the village hall.', []],
      ["Personal trainers say the gym's new changing rooms are a big improvement.", []],
      ['Gym instructors agree the new treadmills work better than the old ones.', []],
      ['Fitness instructors say the new timetable is confusing.', []],
      ['Diet advisers say the membership fee has gone up.', []],
      ['Back in the 90s, fitness instructors said step aerobics burned off cellulite.', []],
    ],
  },
  {
    form: "'studies prove' is proof only of a treatment's benefit",
    cases: [
      ['Over 300 studies prove that meditation lowers stress.', ['absolute-claim', 'vague-attribution']],
      ['Thousands of studies prove the benefits of fasting.', ['absolute-claim', 'vague-attribution']],
      ['Over 60 studies prove that wearing masks cuts the spread of flu.', ['absolute-claim', 'vague-attribution']],
      // no treatment's benefit, history, distance: the source stays vague at most, no proof
      ['Studies prove the benefits of a four-day week for small businesses.', ['vague-attribution']],
      ['Over 50 studies prove that open-plan offices lower productivity.', ['vague-attribution']],
      ['Over 40 studies prove that smoking harms unborn babies.', ['vague-attribution']],
      ['In the 1980s, studies proved the benefits of statins for heart disease.', []],
      ['Over 300 studies prove the benefits of ice baths, or so the wellness gurus claim.', ['vague-attribution']],
    ],
  },
];

describe('claims: round 25 (T, mended) attribution readings', () => {
  for (const { form, cases } of FORMS) {
    describe(form, () => {
      for (const [sentence, want] of cases) {
        it(sentence, () => assert.deepEqual(rules(sentence), want));
      }
    });
  }
});
