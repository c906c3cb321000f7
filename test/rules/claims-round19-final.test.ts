// Claim rules on blog prose (issue #3, round 19, final read): false positives a read-only reviewer found in the round's new
// forms by trying each on everyday English, fixed by class (the reviewer's report is in the note). Each block
// keeps the true claims of its form beside the near-claims that must stay silent. None of these sentences is taken from
// the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 19, final read: everyday English in the new forms)', () => {
  describe("a fronted 'once' clause licenses permanence only when it names a treatment or a state a treatment reaches; birth, weaning, a cast off or a bone knitted is the natural course", () => {
    cases([
      ['Once your gut lining is sealed, the bloating never comes back.', ['absolute-claim error «never comes back»']],
      ['Once the tablets kicked in, the pain stopped completely.', ['absolute-claim error «stopped completely»']],
      ['Once the twins were born, the heartburn stopped completely.', []],
      ['Once the cast came off, the ache stopped completely.', []],
      ['Once the puppy settled in, the problem never came back.', []],
    ]);
  });

  describe("'proved once and for all that X works' needs a treatment or a remedy as X, and not a negative ('helped nobody')", () => {
    cases([
      ['This trial proved once and for all that the nasal drops work.', ['absolute-claim error «proved once and for all»']],
      ['The surveyor established once and for all that the footbridge is safe.', []],
      ['The taste test showed once and for all that the recipe works with oat milk.', []],
      ['The old ledgers showed once and for all that the tonic helped nobody.', []],
    ]);
  });

  describe("'never fail to <verb>' is a habit and 'It never fails:' opens an anecdote, unless a health word follows", () => {
    cases([
      ['This spray never fails to clear my blocked nose.', ['absolute-claim error «never fails»']],
      ['They never fail to turn up late to rehearsals.', []],
      ['It never fails: the moment I sit down, the phone rings.', []],
    ]);
  });

  describe("the people of a service never ending up in a car park, or needing a wheelchair to reach the pool, is logistics", () => {
    cases([
      ['Our families never end up in hospital car parks paying by the hour.', []],
      ['Thanks to the new lift, our members never need a wheelchair to reach the studio.', []],
    ]);
  });

  describe("'X works every single time' of an abstract noun ('Patience', 'Consistency') is advice about behaviour, not a product", () => {
    cases([
      ['Calpol works every single time for teething.', ['absolute-claim error «works every single time»']],
      ['Patience works every single time with a nervous dog.', []],
      ['Consistency works every single time at bedtime.', []],
    ]);
  });

  describe("'swear by it/them' needs a health word or a treatment in the sentence", () => {
    cases([
      ['Our patients swear by it for their back pain.', ['unsupported-claim warning «swear by»']],
      ['Our regulars swear by it: the best chips on the seafront.', []],
      ['Runners swear by them for long trail days.', []],
    ]);
  });

  describe("counted people back to an activity: one's own patients, not a course of recovery after an operation or an event of life", () => {
    cases([
      ['Most of my clients are back to lifting their grandchildren within a month.', ['unsupported-claim warning «Most of my clients are back to lifting»']],
      ['Most patients are back driving within six weeks.', []],
      ['Most of my patients are back driving within six weeks of a knee replacement.', []],
    ]);
  });

  describe("hedged help in a relative clause or an indirect question is not said of the treatment", () => {
    cases([
      ['Vapour rub on the chest could help, though my sister was not convinced.', ['unsupported-claim info «help»']],
      ['Your consultant will explain which medicines may help.', []],
      ['Your physio will suggest exercises that may help.', []],
    ]);
  });

  describe("folk attribution credits only a claim, and a legend told in the past is history", () => {
    cases([
      ['According to everyone\u2019s nan, a spoonful of honey clears a cough overnight.', ['vague-attribution warning «According to everyone\u2019s nan»']],
      ['According to folk wisdom, you should never cut your hair on a Friday.', []],
      // Round 24 (V): 'blindness' is now a complaint (the WordNet vocabulary); this legend was silent only because the word was
      // unknown: 'According to folklore, the spring water cured warts.' was flagged at round 24's start as well. The legend
      // reading (R19C_LEGEND_PAST) drops the attribution, not the absolute 'cured': left to the readers of time (part D).
      ['According to folklore, the spring water cured blindness.', ['absolute-claim error «cured»']],
    ]);
  });

  describe("round 18's relief and root-cause idioms outside health stay silent, but 'symptoms', a pronoun or doses as the subject keep them in health (regressions of part C's gate)", () => {
    cases([
      ['Our approach treats the root cause rather than masking the symptoms.', ['unsupported-claim warning «treats the root cause rather than masking the symptoms»']],
      ['This brings relief within minutes.', ['unsupported-claim warning «brings relief within minutes»']],
      ['Two puffs bring relief within minutes.', ['unsupported-claim warning «bring relief within minutes»']],
      ['The ice cream van brings relief within minutes on a scorching afternoon.', []],
      ['Our mechanics find the root cause rather than masking the symptoms of a failing gearbox.', []],
    ]);
  });

  describe("'helps it heal' claims of a treatment as the subject; time, rest or tending a tree is the natural course", () => {
    cases([
      ['This honey dressing keeps the burn moist and helps it heal faster.', ['unsupported-claim warning «helps it heal»']],
      ['Time helps it heal.', []],
      ['Sealing the bark after pruning helps it heal.', []],
    ]);
  });
});
