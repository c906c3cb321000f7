// Round 23 (T): a person's outcome told as a story (issue #3; claims.ts r23tOwnStartReading, round23TPopulation,
// 'welts' as a complaint, and the round 23 (T) changes to the discourse licence, NOT_HAD, reasonNotObject and NEVER_BETTER).
// None of these sentences is taken from the corpus or from a benchmark: each is written for this file, with near-claims
// in the same words that must stay silent (the natural course, a side effect, logistics, a day outside health, a
// treatment that did not help).

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

/** The claim diagnostics of a draft, or of its last paragraph when `from` is given. */
function claims(text: string, from = 0): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.filter((d) => d.start >= from).map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

function flagged(sentence: string, rule = 'unsupported-claim'): void {
  const got = claims(`${sentence}\n`);
  assert.ok(got.some((d) => d.startsWith(rule + '/')), `${sentence} => ${JSON.stringify(got)}`);
}

function silent(sentence: string): void {
  assert.deepEqual(claims(`${sentence}\n`), [], sentence);
}

describe('claim rules: a person\'s outcome told as a story (round 23, T)', () => {
  describe('the treatment told in the outcome\'s own sentence', () => {
    for (const s of [
      'I started the antibiotics and my cough cleared in a week.',
      'She joined the Tuesday balance class and her falls stopped.',
      'Dad put a humidifier in his bedroom and he hasn\'t had a nosebleed since.',
      'After eight weeks of rowing drills his back pain had gone, and it has not come back since.',
      'His dizzy spells stopped once he joined the balance class at the leisure centre.',
      'I tried the nasal spray and my sinuses cleared in two days.',
    ]) it(`flagged: ${s}`, () => flagged(s));
    it('an outcome told with a permanence after its treatment is absolute', () => {
      flagged('Her dizzy spells stopped for good once she joined the chair yoga class.', 'absolute-claim');
    });
    for (const s of [
      // The change came before the treatment.
      'My chest had cleared before I started the spacer.',
      // No benefit, or a side effect.
      'I started the cream and my rash has got worse.',
      'I started the tablets and I have felt sick every morning.',
      // No treatment: a job, a move, a choir.
      'I started the new job and now I sleep badly.',
      'She joined the choir and she has not missed a week since.',
      'My cough cleared up in a week once the weather turned.',
      // A treatment never started or refused.
      'I never started the cream and my rash cleared in a week.',
      'She refused the tablets and her cough cleared in a week.',
      // Logistics and things outside health.
      'We bought a new car and the school run has been easier since.',
      'He joined the golf club and his handicap dropped by four.',
    ]) it(`silent: ${s}`, () => silent(s));
  });

  describe('a story told over sentences after its treatment', () => {
    it('the treatment given, then the outcomes of the story', () => {
      const text = 'The nurse gave me a spacer and showed me how to use it. I haven\'t needed a course of antibiotics since. My chest feels looser than it has in years.\n';
      assert.deepEqual(claims(text), ['unsupported-claim/warning «I haven\'t needed a course of antibiotics»', 'unsupported-claim/warning «My chest feels looser»']);
    });
    it('a past habit set against now, in a testimony', () => {
      const text = '> I was doubtful at first. My daughter used to wake six times a night, and now she sleeps ten hours straight.\n';
      assert.equal(claims(text).length, 1, JSON.stringify(claims(text)));
    });
    it('a start told in a quotation that closes licenses nothing after it', () => {
      assert.deepEqual(claims('"I signed up for the aquafit class in May." My ankles have been less swollen ever since.\n'), []);
    });
    it('a pronoun for what was started names no treatment of its own', () => {
      assert.deepEqual(claims('Our insoles ease heel pain.\n\nSince she started wearing them, she has had far fewer flare-ups.\n', 29), []);
    });
    for (const s of ['After three weeks of training, I ran the park loop without stopping once.', 'After the drops, she was so calm.']) {
      it(`silent: a time of something that is not care (${s})`, () => silent(s));
    }
    it('a symptom of the night stopped', () => {
      flagged('Within a fortnight of the new inhaler I had stopped waking up coughing.');
    });
    for (const [text, why] of [
      ['> We moved in May. My son used to be up at five, and now he sleeps in till eight.\n', 'a day outside health'],
      ['> I used to swim every summer, and I still do.\n', 'a habit told as one'],
      ['I stopped waking up with a headache after I left that job.\n', 'a state after waking, no treatment'],
      ['I stopped waking up at night to feed the baby.\n', 'a chore stopped'],
      ['I haven\'t had a course of driving lessons since.\n', 'a course of something else'],
      ['She gave me a lift home and showed me the way. My knee settled down within a week, as the surgeon said it would.\n', 'a lift is no treatment'],
    ]) it(`silent: ${why}`, () => assert.deepEqual(claims(text), [], text));
  });

  describe('a population\'s outcome after a treatment', () => {
    for (const s of [
      'Most clients are flying calmly after their second session.',
      'Patients who do their stretches every morning are back to full training in half the time.',
      'Most of our patients are pain-free after three sessions.',
      'Most children are breathing easier after a night with the vapour rub.',
      'Our clients\' back pain halves after six weeks of pilates.',
    ]) it(`flagged: ${s}`, () => flagged(s));
    for (const s of [
      'Most clients are flying to Spain after their first session.',
      'Most patients are back to work after their operation.',
      'Patients who need surgery are back to full sport in about nine months.',
      'Most children are back at school after the half-term break.',
      'Most runners are back to full training after a week of rest.',
      'Most clients are driving confidently after six sessions with our instructors.',
      'Most patients are not pain-free after three sessions.',
      'Most of our members are back at the club after the summer break.',
      'The price halves after six weeks of the sale.',
      'My commute halved after we moved.',
    ]) it(`silent: ${s}`, () => silent(s));
  });

  describe('a complaint from its old rate to a low one; a state ever best', () => {
    for (const s of [
      'I went from migraines every week to one a month after the injections.',
      'After the hives clinic started me on the tablets, I went from welts every night to one or two a month.',
      'I\'ve been taking the capsules for a month and I have never felt more alert.',
      'I\'ve been following the plan since March, and I have never felt sharper.',
    ]) it(`flagged: ${s}`, () => flagged(s));
    for (const s of [
      'I went from Leeds to York after the course.',
      'We went from two cars to one after I started the new job.',
      'I went from one headache a month to three a week after the injections.',
      'My son went from night terrors every night to none by the time he was five.',
      'I have never felt sharper.',
      'My knives have never been sharper since I bought the whetstone.',
      'I have never felt more focused on my goals since I joined the running club.',
    ]) it(`silent: ${s}`, () => silent(s));
  });

  // Round 23 (T, mend): false positives a review found in part T's readings, mended by class.
  describe('mend: a worsening told as used to … now; a side effect settling; a treatment ended', () => {
    for (const s of [
      '> My daughter used to cough every night, and now, since the new spacer, she sleeps right through.',
      'I started the peppermint capsules and my bloating settled within a week.',
      'I started the magnesium and my leg cramps stopped.',
      'Most of our patients are breathing easier after a week of the saline spray.',
      'I have not needed a course of steroids since starting the breathing exercises.',
      'I\'ve been taking the fish oil since spring and I have never felt more alert.',
      'I went from nightly night sweats to the occasional one after the new HRT patch.',
      'She\'s gone from flare-ups every week to maybe one a month since starting the gluten-free diet.',
      'Since I started the ginkgo, I have never felt more alert.',
    ]) it(`flagged: ${s}`, () => flagged(s));
    for (const s of [
      '> I used to sleep right through, but these days I am up at three since I started the new tablets.',
      '> My husband used to be pain-free, and now his back aches every morning since the epidural.',
      '> I used to breathe freely, and now, since the new medication, I get breathless on the hill.',
      'I started the gel and the burning faded after the first few days.',
      'He started the antidepressants and his nausea settled after a couple of weeks.',
      'I started the new tablets and the headaches went away when I stopped them.',
      'Most athletes are back to full training after the cast comes off.',
      'Most patients are walking normally after the stitches are removed.',
      'Runners who come off their painkillers are back to full training within a fortnight.',
      'Very few patients are pain-free after two sessions.',
      'I haven\'t needed a course of antibiotics since I was at school.',
      'She has not needed a dose of steroids since her wedding.',
      'Most clients are driving calmly after ten lessons with our instructors.',
      'Most of our members are back on the pitch after the coaching weekend.',
      'Most patients are flying calmly after a glass of wine in the departure lounge bar.',
      'The surgery gave me a cancellation appointment and my earache settled the next day.',
      'I have never felt sharper hunger than after the fast.',
      'I have never felt more alert to the dangers since I joined the first-aid course.',
      'He stopped waking up wheezing once we moved to the coast.',
      'I went from daily phone calls to the occasional one after the new manager started.',
      'I went from weekly headaches to the occasional one after I changed jobs.',
      'Runners who do the drills are back to full training in about the same time as those who skip them.',
      'She stopped waking up wheezing once she finished the course of steroids.',
      'Since I started the new job, I have never felt more alert.',
    ]) it(`silent: ${s}`, () => silent(s));
  });
});
