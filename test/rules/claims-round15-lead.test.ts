// The claim rules on round 14's blind drafts (issue #3, round 15, the lead's fixes for their false positives and wrong
// rules). Each describe block is one cause, stated as a fact about English or about blog writing, with the sentences
// where the rules must stay silent and the nearest ones where they must still fire. None of these sentences is taken
// from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 14 drafts (round 15, lead)', () => {
  describe("a bare safety word before a noun that is no treatment ('treats harmless grains as a threat') describes that thing; before a treatment, or as a predicate, it still promises total safety", () => {
    cases([
      ['In an allergy the body treats harmless grains of pollen as a threat.', []],
      ['Most gut bacteria are harmless passengers.', []],
      ['Swap your inhaler for harmless natural herbs.', ['absolute-claim error «harmless»']],
      ['Our drops are totally harmless for toddlers.', ['absolute-claim error «harmless»']],
      ['Totally harmless, gentle and natural.', ['absolute-claim error «harmless»']],
    ]);
  });

  describe("'support' before the noun it modifies ('a support group for carers', 'support workers') is a service, not a verb of benefit", () => {
    cases([
      ['A friendly support group for anyone caring for a parent with Parkinson\u2019s.', []],
      ['Our support workers visit families living with motor neurone disease.', []],
      // The verb still claims a benefit.
      ['Our herbal blend supports joint health.', ['unsupported-claim warning «supports»']],
    ]);
  });

  describe("'completely' after a verb of a complaint settling ('settled completely'), and 'completely recovered' in a claim, promise a total result", () => {
    cases([
      ['Her father\u2019s restlessness at night settled completely after she tried the lavender pillow spray.', ['absolute-claim error «settled completely»']],
      ['Since I began the drops my energy has come back and my hearing has completely recovered.', ['absolute-claim error «completely recovered»']],
      // The course of an illness, with no treatment, stays silent.
      ['Most children have completely recovered within ten days.', []],
      ['The swelling usually settles completely within a fortnight.', []],
    ]);
  });

  describe("'Many <professionals> now insist their patients ...' credits unnamed professionals with a practice and its reason: vague attribution when a claim follows", () => {
    cases([
      ['Many physios now insist their clients wear the brace because it speeds up recovery.', ['vague-attribution warning «Many physios now insist»']],
      // Advice with no claim is no attribution of one.
      ['Many surgeons insist their patients rest for two weeks after the operation.', []],
    ]);
  });

  describe("a guarantee named by a container, device or delivery ('our bottle guarantee', 'our price-match guarantee') is a warranty, not a promised outcome", () => {
    cases([
      ['If the pump breaks within a year we send a new one. That\u2019s our pump guarantee.', []],
      ['We also offer a price-match guarantee.', []],
      ['We guarantee your headaches will stop.', ['absolute-claim error «We guarantee»']],
    ]);
  });

  describe("keeping something from an -ing verb that things do too ('stops the tiles from cracking') is a claim only with a person, an owner or a part of the body in the object", () => {
    cases([
      ['A good sealant stops the grout from cracking.', []],
      ['The varnish keeps the paint from peeling in the sun.', []],
      ['This balm stops your heels from cracking.', ['unsupported-claim warning «stops your heels from cracking»']],
      ['The gel keeps her lips from cracking all winter.', ['unsupported-claim warning «keeps her lips from cracking»']],
    ]);
  });

  describe("unnamed professionals recommending a step of logistics ('recommend booking your scan early') give advice about arranging care, not an appeal to a treatment's efficacy", () => {
    cases([
      ['Many midwives now recommend booking your scan early.', []],
      ['Most GPs advise ringing before you come in with a rash.', []],
      // A recommended treatment is still an appeal, and a claim given as the reason still is.
      ['Many doctors now recommend taking vitamin D through the winter.', ['vague-attribution warning «Many doctors now recommend»']],
      ['Many midwives recommend booking a hypnobirthing course because it shortens labour.', ['vague-attribution warning «Many midwives recommend»']],
    ]);
  });

  describe("a complaint that usually or tends to settle after the first weeks of a treatment is a side effect wearing off (leaflet reassurance), not a claim; a complaint that eased after a course still is", () => {
    cases([
      ['The dry lips usually ease after the first month of treatment.', []],
      ['The headaches tend to settle after the first week on the tablets.', []],
      ['My back pain eased after the first week of physio.', ['unsupported-claim warning «My back pain eased»']],
      ['The itching usually settles within minutes of applying the cream.', ['unsupported-claim warning «The itching usually settles»']],
    ]);
  });

  describe("an imperative that moves a thing with a phrasal verb ('Take the bins out every night') is a chore, not a treatment applied: no licence for the consequence after 'and'", () => {
    cases([
      ['Take the bins out every night and you\u2019ll sleep soundly.', []],
      ['Take two capsules every night and you\u2019ll sleep soundly.', ['unsupported-claim warning «you\u2019ll sleep soundly»']],
    ]);
  });

  describe("'I no longer need' a lift, a taxi or the bus is logistics; a medicine or an aid no longer needed is still a testimony", () => {
    cases([
      ['I no longer need a lift to the clinic.', []],
      ['I no longer get the bus to work.', []],
      ['I no longer need my inhaler.', ['unsupported-claim warning «I no longer need»']],
    ]);
  });

  describe("help with a task of recording or organising ('helps you track your symptoms') is a service, not a health outcome", () => {
    cases([
      ['The app helps you track your symptoms and share them with your GP.', []],
      ['The diary helps patients log their blood sugar readings.', []],
      ['The app helps you keep your blood pressure down.', ['unsupported-claim warning «keep your blood pressure down»']],
    ]);
  });
});
