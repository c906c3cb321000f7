// Claim rules on blog prose (issue #3, round 20, final read): regressions and new silences a read-only reviewer found by
// trying each of the round's new readings on everyday English and on claims written to hide behind them, fixed by
// class. None of these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { cases, CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId} ${d.severity} «${text.slice(d.start, d.end)}»`);
}

describe('claim rules on blog prose (round 20, final read)', () => {
  describe("a named authority does not lend its name to the writer's own product or to a clause of the writer's own; only real colleges are authorities", () => {
    cases([
      ['The NHS says our cream clears eczema in days.', ['unsupported-claim warning «clears»']],
      ['According to the NHS, magnesium helps cramps; our magnesium spray works in minutes.', ['unsupported-claim warning «helps»']],
      ['According to Cochrane, and our clinic agrees, acupuncture eases back pain.', ['unsupported-claim warning «eases»']],
      ['According to the Royal College of Homeopaths, arnica heals bruises.', ['unsupported-claim warning «heals»']],
      ['According to the Royal College of Physicians, exercise eases back pain.', []],
    ]);
  });

  describe("advertising reported and sanctioned keeps the writer's own claim beside it", () => {
    cases([
      ['A rival was fined for saying their tea cures colds; ours actually does.', ['absolute-claim error «cures»']],
      ['The company was fined for claiming its tea could cure cancer.', []],
    ]);
  });

  describe("a machine that promises a body or wellness outcome keeps the absolute", () => {
    cases([
      ['Our infrared machine is guaranteed to melt fat.', ['absolute-claim error «is guaranteed to»']],
      ['Our new coffee machine is guaranteed to last five years.', []],
    ]);
  });

  describe("'end up needing' after going without a treatment is a scare that credits it", () => {
    cases([
      ["Without our insoles, you'll end up needing knee surgery.", ['unsupported-claim warning «end»']],
      ['Only a minority of her patients end up needing an operation.', []],
      ['Without a car, we ended up taking the bus to the clinic.', []],
    ]);
  });

  it("after a leaflet's claim of what a medicine can do, another complaint's course is no outcome of it; the same complaint is", () => {
    assert.deepEqual(claims('Antihistamines can ease the itch. The rash fades within a few days.\n'), ['unsupported-claim warning «can ease»']);
    assert.deepEqual(claims('Saline drops can clear a blocked nose. The cough settles within three weeks.\n'), ['unsupported-claim warning «can clear»']);
    assert.deepEqual(claims('Antihistamines can ease the itch. The itching fades within hours.\n'), ['unsupported-claim warning «can ease»', 'unsupported-claim warning «The itching fades»']);
    assert.deepEqual(claims('Our ginger capsules settle travel sickness. The queasiness lifts within half an hour.\n'), ['unsupported-claim warning «settle»', 'unsupported-claim warning «The queasiness lifts»']);
  });
});
