// Claim rules on blog prose (issue #3, round 20, lead): forms read from round 19's drafts, opened to analysis this
// round, fixed by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 20, lead)', () => {
  describe("the population hedge told in the perfect ('Some of you have found', 'Some people have found') is a hedge (info), as 'some people find' is; 'many' and 'most' stay direct", () => {
    cases([
      ['Some of you have found that arnica gel takes the sting out of a bruise.', ['unsupported-claim info «takes the sting out of»']],
      ['Some people have found that peppermint tea settles a queasy stomach.', ['unsupported-claim info «settles»']],
      ['A few of our patients have noticed that the balm eases cracked heels.', ['unsupported-claim info «eases»']],
      ['Many of you have found that the balm eases cracked heels.', ['unsupported-claim warning «eases»']],
      ['Some of you have found the new car park confusing.', []],
    ]);
  });

  describe("a drug the dose table names is a drug to the claim rules too: 'works better than pregabalin' compares two treatments", () => {
    cases([
      ['Gentle traction works better than pregabalin for sciatica.', ['unsupported-claim warning «works better than pregabalin»']],
      ['My drops work faster than Lyrica for nerve pain.', ['unsupported-claim warning «work faster than Lyrica»']],
      ['Stretching works better than gabapentin.', ['unsupported-claim warning «works better than»']],
      ['She was switched from gabapentin to pregabalin last year.', []],
      ['Lyrica is the brand name of pregabalin.', []],
      // The body's own hormones that the table also lists as medicines keep their physiology.
      ['Cortisol is a hormone that helps the body respond to stress.', []],
      ['No trial has shown that traction works better than pregabalin for sciatica.', []],
      ['The new kettle works better than the old one.', []],
    ]);
  });

  describe("the body's own chemicals helping an organ or the body do something, or regulating, is physiology; hormone therapy sold, a supplement or a treatment taken stays a claim", () => {
    cases([
      ['Adrenaline helps the body respond to danger.', []],
      ['Oxytocin helps the womb contract during labour.', []],
      ['Serotonin helps regulate mood and sleep.', []],
      ['Vasopressin helps the kidneys hold on to water.', []],
      ['Testosterone helps build muscle and lifts your libido.', ['unsupported-claim warning «lifts»']],
      ['Taking oxytocin helps the womb contract.', ['unsupported-claim warning «helps»']],
      ['Melatonin helps you fall asleep faster.', ['unsupported-claim warning «helps»']],
      ['Our adrenal drops help the body respond to stress.', ['unsupported-claim warning «drops»']],
    ]);
  });

  describe("an aside of stance or emphasis set off by commas inside a clause ('is, quite simply, the best remedy for') is read through, as a reader reads it", () => {
    cases([
      ['Wormwood is, quite simply, the best remedy for parasites.', ['unsupported-claim warning «is, quite simply, the best remedy for»']],
      ['Arnica is, frankly, the best thing for bruises.', ['unsupported-claim warning «the best thing»']],
      ['This balm clears, in my experience, eczema in days.', ['unsupported-claim warning «clears»']],
      ['The new bus route is, honestly, the best way to get to the hospital.', []],
      ['Our receptionist is, without doubt, the friendliest in town.', []],
      ['The cream, of course, can sting for a minute or two.', []],
    ]);
  });

  describe("'pick up' or 'come down with' a complaint is catching it: 'never pick up another injury' promises permanence, as 'never catch another cold' does", () => {
    cases([
      ["Our foam roller means you'll never pick up another injury.", ["absolute-claim error «you'll never pick up»"]],
      ['With our spray, you will never come down with another cold.', ['absolute-claim error «you will never come down with»']],
      ['I never pick up another shift after nine.', []],
      ['Our kids never pick up a single book unless we make them.', []],
      ['You will never pick up the phone in time if you leave it upstairs.', []],
    ]);
  });

  describe("a claim told as what a named health authority says is attributed, not unsupported; a clinic, a brand or one's own GP is no authority, absolutes stay, and a clause of the writer's own after the frame is still the writer's", () => {
    cases([
      ['The NHS website says a cool flannel can help with a fever.', []],
      ['According to the British Heart Foundation, eating less salt can lower your blood pressure.', []],
      ['The Stroke Association says that acting fast saves lives.', []],
      ['Our clinic says this cream clears eczema in days.', ['unsupported-claim warning «clears»']],
      ['My GP says magnesium eases cramp.', ['unsupported-claim warning «eases»']],
      ['The Wellness Foundation says our tea calms anxiety.', ['unsupported-claim warning «calms»']],
      ['According to the NHS, magnesium is a waste of money, but I find it eases my cramp.', ['unsupported-claim warning «eases»']],
      ['The NHS says that honey cures coughs.', ['absolute-claim error «cures»']],
    ]);
  });

  describe("a negated verb of saying, knowing or promising governs the whole clause it opens, however long its subject, and absolute language inside a denied promise promises nothing", () => {
    cases([
      ["We can't say for certain that a gluten-free diet helps people without coeliac disease.", []],
      ["We don't know for sure that a low-histamine diet settles hives in children.", []],
      ["We can't promise the operation will fix your pain completely.", []],
      ['Nobody can promise that physio will get rid of the pain for good.', []],
      ["We can't say that, but the balm clears eczema in days.", ['unsupported-claim warning «clears»']],
      ["We can't promise miracles, but this balm clears eczema completely.", ['absolute-claim error «completely»']],
      ['Our cream has no side effects at all.', ['absolute-claim error «has no side effects at all»']],
    ]);
  });

  describe("an everyday machine, system or service as the subject of an absolute word, in a sentence with no health word, is about the thing", () => {
    cases([
      ['Our new coffee machine is guaranteed to last five years.', []],
      ['The new booking system has completely fixed the queue at reception.', []],
      ['The software update has completely cured the printer of its paper jams.', []],
      ['The new app completely cured my insomnia.', ['absolute-claim error «completely cured»']],
      ['This machine is guaranteed to clear your sinuses.', ['absolute-claim error «is guaranteed to»']],
      ['Our drops are guaranteed to work.', ['absolute-claim error «are guaranteed to»']],
    ]);
  });

  describe("claim language reported as someone's advertising and judged or sanctioned is mentioned, not made; a sanction denied or a ruling with no judgement keeps the claim", () => {
    cases([
      ['You may have seen adverts saying that copper bracelets heal arthritis.', []],
      ['The company was fined for claiming its tea could cure cancer.', []],
      ['A clinic in Leeds was banned from claiming its drip cures fatigue.', []],
      ['The ASA ruled that the "guaranteed results" claim was misleading.', []],
      ['"Miracle cure" headlines about new drugs are usually overblown.', []],
      ['This tea cures colds, and we were never fined for saying so.', ['absolute-claim error «cures»']],
      ['The ASA ruled that our tea cures colds.', ['absolute-claim error «cures»']],
    ]);
  });
});
