// Round 20 (D): an outcome told in a sentence of its own after the sentence that credits or starts its treatment (issue
// #3; claims.ts r20dOutcomeReading, r20dStartsTreatment, r20dCountReading). The grid is written paragraph by paragraph:
// the LAST sentence of each is the one under test (the sentences before it may be claims of their own). None of these
// sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

/** The claim diagnostics whose span starts inside the last sentence of the text (the one after the licence). */
function lastSentenceClaims(text: string, uri = 'file:///draft.md'): string[] {
  const { diagnostics } = lintText(text, { uri, only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  const body = text.trimEnd();
  const from = Math.max(body.lastIndexOf('. ', body.length - 2), body.lastIndexOf('! ', body.length - 2), body.lastIndexOf('\n', body.length - 2)) + 1;
  return diagnostics.filter((d) => d.start >= from).map((d) => `${d.ruleId} «${text.slice(d.start, d.end)}»`);
}

/** Paragraphs whose last sentence is an outcome credited to the treatment named just before it: flagged. */
export const FLAGGED: string[] = [
  'Our magnesium spray relaxes tight calves. The cramps fade within a week.',
  'I started taking a probiotic in January. Within a fortnight the bloating had settled.',
  'Dad began physiotherapy after the fall. Three weeks later his back pain had eased.',
  'The cooling gel soothes sunburn in minutes. The redness fades overnight.',
  'She switched to a gluten-free diet last spring. The brain fog lifted within a month.',
  'Acupuncture eases tension headaches. The throbbing settles within a day or two.',
  'He was put on sertraline in March. By June the panic attacks had stopped.',
  'Our collagen shots support healthy joints. Three weeks on and the stiffness has eased.',
  'Rub the balm into the joint each morning and the ache eases. The swelling goes down too.',
  'Hypnotherapy stops cigarette cravings. After a few sessions the cravings fade.',
  "I've been taking turmeric since the autumn. The knee pain has eased.",
  'Cold-water swimming lifts low mood. The anxiety melts away within the hour.',
  'Chiropractic adjustments relieve back pain. Sciatica eases by the end of the first week.',
  'Our salt cave sessions open up the airways. Five minutes inside and the wheeze calms right down.',
  'Mum started on the new inhaler in May. By the summer the night-time coughing had stopped.',
  'Our ginger capsules settle travel sickness. The queasiness lifts within half an hour.',
  'Reflexology rebalances the whole body. Those tension headaches ease within a day or two.',
  'Our herbal tea soothes period pain. All that cramping settles within the hour.',
  'I went on a low-histamine diet in the autumn. By Christmas the hives had cleared. The itching stopped soon after.',
  'Our eye drops soothe dry eyes. The soreness fades by lunchtime.',
  'My consultant put me on adalimumab last year. Two months later the joint pain had settled.',
  'Daily stretching loosens a stiff back. The tightness loosens after a week of practice.',
  'The steam inhaler clears a blocked nose. Ten minutes at the bowl and the congestion is dialled right down.',
];

/** Paragraphs whose last sentence is the natural course, a side effect, a question, a negation, a condition, advice, or told after no treatment: silent. */
export const SILENT: string[] = [
  'Our lozenges soothe sore throats. Most colds clear up within ten days.',
  'Our lozenges soothe sore throats. The cough settles on its own.',
  'Our zinc spray shortens colds. Fatigue lifts as the virus clears.',
  'The cream calms eczema flares. The rash fades on its own within a week.',
  'Side effects of metformin include nausea. The nausea settles after the first week.',
  'The tablets can cause dizziness at first. The dizziness eases within days.',
  'She was offered physiotherapy but chose to wait. The pain settled within a month.',
  'Our spray soothes sore throats. The shop opens at nine on Saturdays. The cough settles in days.',
  'Our balm relieves joint pain.\n\nThe stiffness eases by mid-morning.',
  'Our balm relieves joint pain.\n\n## Mornings\n\nThe stiffness eases by mid-morning.',
  'Our balm relieves joint pain. Does the stiffness ease by mid-morning?',
  'Our balm relieves joint pain. The stiffness did not ease.',
  'Our balm relieves joint pain. If you rest, the stiffness eases.',
  'Our balm relieves joint pain. The stiffness should ease by mid-morning.',
  'Our balm relieves joint pain. The stiffness usually eases by mid-morning.',
  'Chickenpox is a common childhood illness. The spots crust over and fade within two weeks.',
  'He started school in September. The tummy aches stopped by half-term.',
  'I started a new job in March. The headaches eased by May.',
  'Before you start statins, talk to your GP. The muscle aches settle quickly.',
  'I never started the tablets. The migraines stopped.',
  'We moved to the coast last year. The asthma settled.',
  'The cream soothes eczema. The rash comes and goes with the seasons.',
  'Our drops ease hay fever. The pollen count falls in the evening.',
  'Our tablets relieve heartburn. The weather settles by the weekend.',
  'Our tablets relieve heartburn. The traffic calms down after nine.',
  'Our spray soothes sore throats. Colds clear up within a week.',
  'Our spray soothes sore throats. A cold clears up within a week.',
  'She stopped taking the pill in May. The headaches faded by July.',
  'My GP suggested starting amitriptyline. The pain settled within a week.',
  'Our cooling gel soothes sunburn. The redness fades for a while.',
  'Our balm relieves joint pain. Fatigue lifts as you recover.',
  'The new inhaler has a few side effects. The hoarseness settles after a week.',
  'Our gel calms acne. The spots settle down eventually.',
  'Our ear drops soften wax. The market settled after the news.',
  'Our lozenges soothe sore throats. Sore throats clear up without treatment.',
  'I started the tablets in June? The pain settled.',
  'Our gel calms acne. It settles down by the weekend.',
  'Our balm relieves joint pain. Most of the stiffness eases by mid-morning.',
  'Our drops ease colic. Colic stops by four months.',
  'Our balm soothes nappy rash. The redness fades once the nappy is changed more often.',
  'Physio gets you moving again. After the operation the swelling goes down.',
  'Our honey soothes coughs. The bark of a croupy cough settles as the child calms down.',
  'Paracetamol eases a fever. The fever rises again at night.',
  'She was put on the waiting list for surgery. The pain settled while she waited.',
  'The council started resurfacing the road in May. By June the traffic had settled.',
  'He began chemotherapy in June. The hair loss started in July.',
  'Our new boiler heats the house in minutes. The damp settles by the weekend.',
  'She started a new medication in March. Her husband\'s snoring stopped in April.',
  'Our lozenges soothe sore throats. Five minutes in the sun and the frost clears.',
  'Our balm soothes sore muscles. Ten minutes at the lights and the traffic eases.',
  'Our tea calms the nerves. Two hours at the match and the noise dies down.',
  'Our spray clears a blocked nose. A week in Spain and the clouds lift.',
  'Our cream clears eczema. The flare settles naturally in a week or two.',
];

describe('claim rules: an outcome told after the sentence that credits or starts its treatment (round 20, part D)', () => {
  it('flags the outcome sentence after a claim or a start of a treatment in the same paragraph', () => {
    const missed = FLAGGED.filter((t) => lastSentenceClaims(t).length === 0);
    assert.deepEqual(missed, []);
  });

  it('keeps each outcome sentence silent alone (the licence is the sentence before)', () => {
    for (const t of FLAGGED) {
      const last = t.slice(Math.max(t.lastIndexOf('. '), t.lastIndexOf('! ')) + 2);
      assert.deepEqual(lastSentenceClaims(last), [], last);
    }
  });

  it('stays silent on the natural course, side effects, questions, negations, conditions, advice and no treatment', () => {
    const flagged = SILENT.map((t) => [t, lastSentenceClaims(t)] as const).filter(([, d]) => d.length > 0);
    assert.deepEqual(flagged, []);
  });

  it('reads fewer episodes told by a number in a testimony, after the old frequency', () => {
    const text = '> I used to get cluster headaches most days. After six weeks of the drops I have had one.\n';
    assert.deepEqual(lastSentenceClaims(text), ['unsupported-claim «I have had one»']);
    // No old frequency, no time since something: a count, not a contrast.
    assert.deepEqual(lastSentenceClaims('> I had a migraine at Easter. After six weeks of the drops I have had one.\n'), []);
    assert.deepEqual(lastSentenceClaims('> I used to get migraines most days. In the last month I have had one.\n'), []);
    assert.deepEqual(lastSentenceClaims('> I used to get parking tickets every week. After a month of the new permit I have had two.\n'), []);
    assert.deepEqual(lastSentenceClaims('> I had migraines every day last year. Since then I have had two children.\n'), []);
  });
});
