// Round 24 (A, mended): part A's absolutes kept from everyday and hedged sentences, by class (issue #3; claims.ts round 24
// (A, mended) block: r24amNotMeant, r24amNeverNotMeant, r24amFailing, r24amCameOff, r24amBodyResult; claims-absolute.json
// round24AM). The body's own defences or a help before 'fight off any ...', part of a group shaking off every cold; a hedged
// 'restore full ...'; 'rule out any risk' as a diagnosis or a purpose; 'never had another ...' in a relative clause, with
// 'without' (the reverse meaning), hedged as luck, after a 'since' of an age or a stage of life, or over days off work; an
// organ or a limb that stopped working completely; a complaint gone for good on coming off a medicine; figurative immunity.
// And a miss mended: a look of the body promised in the passive ('is guaranteed a slimmer waist') is no gift. None of these
// sentences is taken from the corpus, a benchmark or the reviewer's lists.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Part A's claims that stay absolute (absolute-claim, error), with the span. */
const ABSOLUTE: [string, string][] = [
  ["Our elderberry syrup fights off any cold in a day.", "any"],
  ["This garlic tincture sees off every chest infection.", "every"],
  ["Our magnetic bracelet restores full mobility in a week.", "full"],
  ["Our collagen drink rules out any risk of joint damage.", "rules out any risk"],
  ["Since I started the drops, I've never had another stye.", "never had"],
  ["The eczema went away for good after a month of our balm.", "for good"],
  ["Our zinc lozenges make you immune to colds.", "make you immune to"],
  // the miss mended: a look of the body promised in the passive
  ["Every client is guaranteed a flatter stomach in four weeks.", "is guaranteed"],
  ["Each patient is guaranteed a fresher-looking complexion.", "is guaranteed"],
];

/** No absolute: silent, or the plain claim it was read as before part A. */
const SILENT: string[] = [
  // the body's own defences as the agent
  "Your immune system sees off every stomach bug within a couple of days.",
  "Healthy antibodies fight off any virus they recognise.",
  // a diagnosis or a purpose
  "The specialist ruled out any risk of a blood clot after the flight.",
  "An MRI scan rules out any chance of a fracture in most cases.",
  "We repeat the blood test to rule out any risk of anaemia.",
  // 'since' an age or a stage of life
  "Ever since she turned eight, she has never had another tummy bug.",
  "Since I started university, I've never had a single migraine.",
  "Ever since menopause, I've never had another period pain.",
  // the reverse meaning, a relative clause, a hedged testimony, days off work
  "Since I began the steroid cream, I've never had a single night without itching.",
  "Adults who never had a single dose of the vaccine should ask their GP.",
  "Since the acupuncture, I've never had another migraine, though it could just be luck.",
  "Since I started cycling, I've never had a single day off sick.",
  // a side effect ending on coming off a medicine
  "The itching stopped for good when I came off the statins.",
  // figurative immunity
  "Teaching made me immune to the smell of school dinners.",
  "Three teenagers have made me immune to slammed doors.",
  // gifts stay gifts
  "Every guest is guaranteed a welcome drink on arrival.",
  "Each child is guaranteed a sticker after the check-up.",
];

/** Back to the plain claim (unsupported-claim) that was read before part A: help, hedges, part of a group, harm. */
const PLAIN: [string, string][] = [
  ["Good sleep helps your body shake off any cold faster.", "unsupported-claim/warning «helps»"],
  ["Honey may help your immune system fight off any sore throat.", "unsupported-claim/info «may help»"],
  ["Most toddlers shake off every ear infection without antibiotics.", "unsupported-claim/warning «shake off»"],
  ["Hydrotherapy can restore full movement after a hip operation.", "unsupported-claim/warning «can restore»"],
  ["Speech therapy may help restore full speech after a stroke.", "unsupported-claim/info «may help»"],
  ["Many patients restore full strength in the knee within a year.", "unsupported-claim/warning «restore»"],
  ["After the accident, his lungs stopped working completely.", "unsupported-claim/warning «his lungs stopped»"],
];

describe('round 24 (A, mended): part A kept from everyday and hedged sentences', () => {
  describe('absolute-claim (error), reported once', () => {
    for (const [s, span] of ABSOLUTE) it(s, () => assert.deepEqual(claims(s), [`absolute-claim/error «${span}»`]));
  });
  describe('near-claims: silent', () => {
    for (const s of SILENT) it(s, () => assert.deepEqual(claims(s), []));
  });
  describe('plain claims, not absolute', () => {
    for (const [s, want] of PLAIN) it(s, () => assert.deepEqual(claims(s), [want]));
  });
});
