// The claim rules, round 5 (issue #3): absolute language and vague attribution in constructions the lexicon did not
// reach, and the precision half: sentences a careful, cited clinical blog contains that are not claims.
// Each construction has positive sentences of our own in several health areas and the nearest negatives where it must
// stay silent. None of these sentences is taken from the blog corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { cases, lintSentence } from '../helpers/claim-cases';

describe('claim rules, round 5: absolute language and unnamed sources', () => {
  describe('absolute-claim: permanence after a protected or recovered state ("protected for life", "immune for good")', () => {
    cases([
      ['Two doses and your child is protected for life.', ['absolute-claim error «for life»']],
      ['Once vaccinated, you are immune for life.', ['absolute-claim error «for life»']],
      ['After the booster, teenagers are protected forever against the virus.', ['absolute-claim error «forever»']],
      ['My daughter has been eczema-free for good since the cream.', ['absolute-claim error «for good»']],
      ['With this implant you stay pregnancy-free for life.', ['absolute-claim error «for life»']],
      ['The jab gives lifelong protection against shingles.', ['absolute-claim error «lifelong protection»']],
      ['Our HPV programme offers permanent immunity to girls and boys.', ['absolute-claim error «permanent immunity»']],
      // Natural immunity after an illness, a harm, data, a state not of health, asked, negated.
      ['Once you have had measles, you are immune for life.', []],
      ['Children who catch chickenpox are usually immune for life.', []],
      ['Chickenpox usually gives lifelong immunity.', []],
      ['Your data is protected for life under our privacy policy.', []],
      ['A stroke can leave you disabled for life.', []],
      ['No vaccine makes you immune for life.', []],
      ['Are you protected for life after two doses?', []],
      ['Membership is free for life for anyone who joined before 2020.', []],
    ]);
  });

  describe('absolute-claim: a removal or keeping predicate with a health object, then "for good", "completely", "once and for all"', () => {
    cases([
      ['The programme keeps the weight off for good.', ['absolute-claim error «for good»']],
      ['Our tonic keeps colds away for good.', ['absolute-claim error «for good»']],
      ['The laser took my back pain away completely.', ['absolute-claim error «completely»']],
      ['She says the cream has taken away the itch on her arms completely.', ['absolute-claim error «completely»']],
      ['The mouthguard stopped his snoring once and for all.', ['absolute-claim error «once and for all»']],
      ['These insoles sorted out my heel pain for good.', ['absolute-claim error «for good»']],
      ['Two weeks of the drops cleared her hay fever entirely.', ['absolute-claim error «entirely»']],
      // Natural history, side effects, non-health objects, advice, questions, a surgical fact, a partial outcome.
      ['The rash usually clears up completely within a week.', []],
      ['The nausea wears off completely after a few days.', []],
      ['Most people recover completely from a cold.', []],
      ['Keep the dog away from the baby for good.', []],
      ['Did the cream take the itch away completely?', []],
      ['The surgeon removed the tumour completely.', []],
      ['The physio took the brace off completely after six weeks.', []],
      ['Switching jobs took the stress out of my mornings completely.', []],
      ['We cleared the waiting list completely in March.', []],
    ]);
  });

  describe('absolute-claim: cure or heal with a person as object ("cured me", "I am completely cured")', () => {
    cases([
      ['Honestly, hypnotherapy cured me completely.', ['absolute-claim error «cured»']],
      ['The new inhaler cured my son.', ['absolute-claim error «cured»']],
      ['Reiki healed me in three sessions.', ['absolute-claim error «healed»']],
      ['After the detox I was completely cured.', ['absolute-claim error «completely cured»']],
      ['Six weeks of these drops and she is cured.', ['absolute-claim error «cured»']],
      ['This herbal blend will cure you.', ['absolute-claim error «cure»']],
      // Food, negation, a wound, reported disbelief, a question.
      ['Cured ham is high in salt.', []],
      ['The bacon is cured for two weeks before smoking.', []],
      ['Nothing cured me.', []],
      ['The physio did not cure me, but she helped.', []],
      ['Did the clinic cure you?', []],
      ['No diet will cure you of diabetes.', []],
    ]);
  });

  describe('absolute-claim: "never … since" of a symptom after a treatment', () => {
    cases([
      ['I started the drops in May and have never had a migraine since.', ['absolute-claim error «never had»']],
      ['My son has never had an asthma attack since.', ['absolute-claim error «never had»']],
      ['She had one session and has never had back pain since.', ['absolute-claim error «never had»']],
      ['Since the operation, I have never suffered a single bout of reflux since.', ['absolute-claim error «never suffered»']],
      ['We switched his formula and he has never had colic since.', ['absolute-claim error «never had»']],
      ['I changed my pillow and never had a stiff neck since.', ['absolute-claim error «never had»']],
      // 'since' with a time or clause, a symptom never had at all, a question, not a symptom.
      ['I have never had a migraine since I was a child.', []],
      ['She has never had chickenpox.', []],
      ['Have you never had a migraine since?', []],
      ['I have never had a holiday since.', []],
      ['He has never missed an appointment since.', []],
      ['I had never had a migraine since 2010 until last spring.', []],
    ]);
  });
  describe('unsupported-claim, not absolute-claim: "works wonders" is an idiom of effectiveness, not a promised miracle', () => {
    cases([
      ['Our ginger tea works wonders for morning sickness.', ['unsupported-claim warning «works wonders»']],
      ['A cool flannel worked wonders for my son\'s eczema.', ['unsupported-claim warning «worked wonders for my»']],
      ['Physio can work wonders for a frozen shoulder.', ['unsupported-claim warning «can work wonders»']],
      ['Magnesium does wonders for leg cramps.', ['unsupported-claim warning «does wonders»']],
      ['This blend may work wonders for sleep.', ['unsupported-claim info «may work wonders»']],
      ['Rest works wonders for back pain.', ['unsupported-claim warning «works wonders»']],
      // Miracles stay absolute; not health; negated; asked.
      ['This oil works miracles for eczema.', ['absolute-claim error «works miracles»']],
      ['A fresh coat of paint works wonders for the waiting room.', []],
      ['Antibiotics do not work wonders for a cold.', []],
      ['Does turmeric really work wonders for joint pain?', []],
    ]);
  });
});

describe('claim rules, round 5: unnamed sources', () => {
  describe('vague-attribution: a quantified group named by a therapy or product reports an outcome ("many acupuncture patients report")', () => {
    cases([
      ['Many acupuncture patients report that their cycles become more regular.', ['vague-attribution warning «Many acupuncture patients report that»']],
      ['Most CBD users say that their anxiety eases within a week.', ['vague-attribution warning «Most CBD users say that»']],
      ['Lots of keto dieters find that their cravings disappear.', ['vague-attribution warning «Lots of keto dieters find that»']],
      ['Countless HRT users report that their sleep improves.', ['vague-attribution warning «Countless HRT users report that»']],
      ['Many people who take magnesium report that their cramps stop.', ['vague-attribution warning «Many people who take magnesium report that»']],
      ['Plenty of women who tried the coil say that their periods got lighter.', ['vague-attribution warning «Plenty of women who tried the coil say that»']],
      // The writer's own clients or patients (a reported outcome), a side effect, not health, negated, asked.
      ['Many of my acupuncture patients report that their sleep improves.', ['unsupported-claim warning «their sleep improves»']],
      ['Most of our HRT patients say their hot flushes have eased.', ['unsupported-claim warning «their hot flushes have eased»']],
      ['Many CBD users report that the oil tastes bitter.', []],
      ['Most statin users report that they forget a dose now and then.', []],
      ['Do many acupuncture patients report that their cycles change?', []],
      ['Few acupuncture patients report any bruising.', []],
      ['Many HRT users say that the patch is easier to remember than tablets.', []],
    ]);
  });

  describe('vague-attribution: appeals to tradition and to science in general ("science is catching up with", "known for centuries")', () => {
    cases([
      ['Science is finally catching up with what herbalists have known for centuries: nettle eases hay fever.', ['vague-attribution warning «Science is finally catching up with what herbalists have known»']],
      ['Modern research has caught up with grandma: chicken soup soothes a cold.', ['vague-attribution warning «Modern research has caught up with»']],
      ['As science now confirms, fermented foods heal the gut.', ['vague-attribution warning «As science now confirms»']],
      ['Ancient wisdom has always known that ginger settles the stomach.', ['vague-attribution warning «Ancient wisdom has always known that»']],
      ['Healers have known for thousands of years that turmeric calms inflammation.', ['vague-attribution warning «Healers have known for thousands of years that»']],
      ['Doctors have known for decades that exercise lifts low mood.', ['vague-attribution warning «Doctors have known for decades that»']],
      // History, a named source, not health, negated, a question, the writer's own knowledge.
      ['Science is catching up with the demand for new antibiotics.', []],
      ['Willow bark has been used for centuries to treat pain.', []],
      ['The Cochrane review has caught up with the newer trials.', []],
      ['Has science caught up with acupuncture?', []],
      ['Science has not caught up with the claims made for CBD.', []],
      ['Our receptionists have known for years that Mondays are busy.', []],
    ]);
  });
});
