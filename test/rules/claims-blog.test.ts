// The claim rules on blog drafts (issue #3): the constructions found by error analysis of the labelled blog corpus
// (test/fixtures/claims/blog/, scored by bench/blog-claims.ts), each tested with new sentences (positive and nearest
// negative), none of them taken from the corpus.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';

const RULES = ['absolute-claim', 'unsupported-claim', 'vague-attribution'];

/** `rule severity «trigger»` for each claim diagnostic of a one-sentence Markdown draft. */
function lint(sentence: string): string[] {
  const text = `${sentence}\n`;
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: RULES, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId} ${d.severity} «${text.slice(d.start, d.end)}»`);
}

function cases(table: [string, string[]][]): void {
  for (const [sentence, expected] of table) it(sentence, () => assert.deepEqual(lint(sentence), expected));
}

describe('claim rules on blog drafts: constructions', () => {
  describe('absolute-claim: "nothing short of a miracle" is an intensifier, not a negation', () => {
    cases([
      ['For people with eczema, this balm is nothing short of a miracle.', ['absolute-claim error «nothing short of a miracle»']],
      ['Our clients call the programme nothing less than a miracle.', ['absolute-claim error «nothing less than a miracle»']],
      ['The recovery after surgery was nothing short of remarkable.', []],
      ['There is nothing miraculous about vitamin C.', []],
    ]);
  });

  describe('absolute-claim: total prevention ("protects against every cold", "prevents all infections")', () => {
    cases([
      ['This tincture protects your children from all infections.', ['absolute-claim error «protects your children from all»']],
      ['A daily dose of zinc prevents every cold.', ['absolute-claim error «prevents every»']],
      ['Elderberry wards off all kinds of viruses.', ['absolute-claim error «wards off all kinds of»']],
      // Negated, not about health, or not total.
      ['No vaccine protects against every strain of flu.', []],
      ['Gloves protect you from all kinds of spills.', []],
      ['Handwashing prevents some infections.', ['unsupported-claim warning «prevents»']],
    ]);
  });

  describe('absolute-claim: a health outcome "completely gone", a symptom that "stopped completely"', () => {
    cases([
      ['Within a month of starting the cream my eczema was completely gone.', ['absolute-claim error «completely gone»']],
      ['After the fourth session the pain was completely gone.', ['absolute-claim error «completely gone»']],
      ['After eight sessions they have stopped completely, and I no longer need painkillers.', ['absolute-claim error «stopped completely»']],
      // Negated, advice, a side effect fading, or not a health outcome.
      ['The numbness was not completely gone by the next morning.', []],
      ['Wait until the numbness from the anaesthetic is completely gone before you eat.', []],
      ['Bruising is usually completely gone within two weeks.', []],
      ["The clinic's stock of flu vaccine was completely gone by October.", []],
      ['If the rash has not cleared up completely after a week, see your GP.', []],
      // The testimonial without the adverb is still a claim (unsupported), not an absolute one.
      ['My cramps are gone.', ['unsupported-claim warning «My cramps are gone»']],
    ]);
  });

  describe('absolute-claim: staying well through a season ("keeps your kids healthy all winter long")', () => {
    cases([
      ['Our tonic keeps your kids healthy all winter long.', ['absolute-claim error «keeps your kids healthy all winter long»']],
      ['Vitamin D drops help you stay healthy all year round.', ['absolute-claim error «stay healthy all year round»']],
      ['The clinic stays open all year round.', []],
      ['Take vitamin D all winter long if you rarely go outside.', []],
    ]);
  });

  describe('absolute-claim: "carries no risk of", "poses no danger to"', () => {
    cases([
      ['Colloidal silver carries no risk of side effects for children.', ['absolute-claim error «carries no risk»']],
      ['Hyaluronic acid injections pose no danger to the joint.', ['absolute-claim error «pose no danger»']],
      ['No treatment carries no risk.', []],
      ['Most people have no risk factors for clots.', []],
      ['Drink plenty of water so that you have no risk of dehydration.', []],
    ]);
  });

  describe('vague-attribution: "many physiotherapists believe", other unnamed professions', () => {
    cases([
      ['Many chiropractors believe that spinal manipulation boosts immunity.', ['vague-attribution warning «Many chiropractors believe»']],
      ['Some pharmacists say that this cream clears acne.', ['vague-attribution warning «Some pharmacists say»']],
      ['Most physiotherapists recommend ice for a sprained ankle.', ['vague-attribution warning «Most physiotherapists recommend»']],
      // No attribution verb, or advice to ask a named person.
      ['Many physiotherapists work in hospitals.', []],
      ['Many pharmacists now offer blood pressure checks.', []],
      ['Ask your pharmacist whether the tablets interact with your other medicines.', []],
    ]);
  });

  describe('vague-attribution: an undated or dated study described only by its population ("a 2019 study of 300 adults found")', () => {
    cases([
      ['A 2019 study found that magnesium lowered blood pressure.', ['vague-attribution warning «A 2019 study found»']],
      ['A 2019 study of 300 adults found that magnesium lowered blood pressure.', ['vague-attribution warning «A 2019 study of 300 adults found»']],
      ['A recent trial in nursing homes showed that vitamin D reduced falls.', ['vague-attribution warning «A recent trial in nursing homes showed»']],
      ['A small study among runners found that beetroot juice improved endurance.', ['vague-attribution warning «A small study among runners found»']],
      // Named or cited: specific, so only the missing citation (if any) is reported.
      ['A 2019 study by Patel and colleagues found that magnesium lowered blood pressure.', ['unsupported-claim warning «lowered»']],
      ['A 2019 study of 300 adults found that magnesium lowered blood pressure (Patel et al., 2019).', []],
      ['In a 2019 study, we measured blood pressure in 40 adults.', []],
    ]);
  });

  describe('unsupported-claim: a sentence-opening "Whether … or …," concedes, it does not ask', () => {
    cases([
      ['Whether you have arthritis or back pain, acupuncture relieves pain.', ['unsupported-claim warning «relieves»']],
      ['Whether you live with migraine, neck pain or back pain, our physiotherapy programme relieves pain.', ['unsupported-claim warning «relieves»']],
      // Open questions: the claim is inside the whether-clause, or there is no "or …,".
      ['Whether acupuncture relieves pain or not, it is popular.', []],
      ['Whether magnesium eases cramps is not yet known.', []],
      ['Whether zinc shortens colds or not remains unclear.', []],
      ['It is unclear whether you need a referral or not, but the leaflet explains it.', []],
    ]);
  });
});
