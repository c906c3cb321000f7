// Round 21 (A): claims told as the consequence of an imperative or a condition on the reader's action (issue #3;
// claims.ts round21AConsequence, round21AIf, round21ASoConsequence; claims-reported.json round21A, claims-absolute.json
// round21A). 'Do X and Y' reads 'If you do X, Y': Y is promised when X is care. None of these sentences is taken from the
// corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** An imperative of care whose consequence is permanent or total: an absolute claim (error). */
export const ABSOLUTE: string[] = [
  'Use the fluoride rinse every night and you will never need another filling.',
  'Take elderberry all winter and you will never catch another cold.',
  'Strap your knee for the season and your knee pain will disappear completely.',
  'Try our Calmwave tablets for a fortnight and you will never have another migraine.',
  'Switch to our magnesium spray and you will never suffer another cramp.',
  'Swap your morning tea for a glass of Rootboost and you will never hit the afternoon slump again.',
  'Start the probiotic course and your bloating will vanish completely.',
  'Take the echinacea drops and you will never get a sore throat again.',
];

/** An imperative of care (or a condition on taking a treatment) whose consequence is an unhedged outcome: unsupported (warning). */
export const UNSUPPORTED: string[] = [
  'Follow our fertility programme for three months and your body will be ready to conceive.',
  'Build up the calf exercises slowly and you will be back to full strength by summer.',
  'Keep up the pelvic floor exercises and you will be back to normal within weeks.',
  'The secret is patience: load the tendon, build up slowly, and you will be back to full fitness within a season.',
  'If you take vitamin C every day, you will never get a cold.',
  'If you use the nasal spray, you won\'t get ill this winter.',
  'Strength training also builds up the hamstrings, so the injury is less likely to come back.',
  'Eccentric strengthening works the tendon, so the pain is less likely to return.',
];

/** The same words with no care, no complaint, a side effect, the natural course or a warning: silent. */
export const SILENT: string[] = [
  "Turn left at the lights and you'll never miss the turning again.",
  "Book before Friday and you'll never pay full price again.",
  'Follow the recipe and your bread will be ready in an hour.',
  "Try the new app for a week and you'll wonder how you managed without it.",
  "Take the 8.15 and you'll be back by lunch.",
  "If you take the bus, you won't get wet.",
  "Take it with food and you'll be less likely to feel sick.",
  'Rest for a couple of days and the bruise will fade on its own.',
  'Stop taking it suddenly and your symptoms may come back.',
  "Switch to the new bank and you'll never pay another fee.",
  "Use the side entrance and you'll never need another parking ticket.",
  'Follow the plan for twelve weeks and your kitchen will be ready to use.',
  "Take the stairs each morning and you'll never wait for the lift again.",
  "Try the trail for a week and you'll be back to full speed on the hills.",
  'Trim the hedge straight across and the branches will never dig in again.',
  'Load the dishwasher properly and the stains will disappear completely.',
  'Stick with the recipe and it works every time.',
  "If you take an umbrella, you won't get soaked.",
  "If you take the early train, you'll never be late again.",
  "Swap your sofa for a standing desk and you'll never slump again.",
  "Switch to paperless billing and you'll never lose another letter.",
  "If you take your medication with food, you won't feel sick.",
  'Follow the map and you will be back at the car park within an hour.',
  'Wear the boots for a week and they will be ready to walk in.',
  'Brush the dog every day and the shedding will stop completely.',
  'The new timetable also adds a later bus, so the problem is less likely to come back.',
  'Fixing the gutter also dries the wall, so the damp is less likely to come back.',
  'Rest lets the tendon settle, so the pain is less likely to come back.',
  'We changed the password, so the problem is less likely to come back.',
  'Our new supplier checks every batch, so the issue is less likely to come back.',
  "Pay by direct debit and you'll never miss another payment.",
  'Water the seedlings daily and the leaves will never wilt again.',
  "Join the club and you'll be back to your best on the pitch.",
  "If you use the spray, you won't get a bug on your roses.",
  'Stick to the programme and your schedule will be back to normal next week.',
  "Try our pilates class and you'll never need another gym membership.",
  "Take our cooking class and you'll never burn another pan.",
];

describe('round 21 (A): consequences of an imperative or a condition', () => {
  for (const s of ABSOLUTE) {
    it(`absolute: ${s}`, () => {
      const got = claims(s);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of UNSUPPORTED) {
    it(`unsupported: ${s}`, () => {
      const got = claims(s);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of SILENT) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
  it('reads the imperative after the discourse licence when its object is a pronoun for the treatment named before', () => {
    const got = claims('Cutting your nails properly prevents ingrown toenails. Trim them straight across and the edges will never dig in again.');
    assert.ok(got.some((g) => g.startsWith('absolute-claim/error') && g.includes('never dig in again')), got.join('\n'));
  });
});
