// Round 25 (A, mended): the new false positives and losses of round 25 (A)'s absolutes, mended by class (issue #3; claims.ts
// round 25 (A) block: r25amFrequency, r25amTaskForgotten, r25amGenericAgent, r25amProofPredicate, R25AM_PROCEDURE and the
// mended branches of r25aRequires, r25aConsequence, r25aCompleteness, r25aEveryday; claims-absolute.json round25A
// forgottenTasks, recordTakes, cleanOrgans). Forgetting an item or a task is a habit, not a lapse of memory, and 'take' of a
// photo or notes is no swallowing; a bare plural ('doctors', 'antibiotics') as the agent of 'cure completely' in a relative
// clause is the encyclopaedia's voice; a hedge of frequency or quantity keeps the older (warning) reading; '-proof' as the
// predicate of a thing; '100% clean' only of an internal organ; 'lifelong freedom from' only with a treatment or a procedure.
// Losses restored: a guarantee of years added to a life, 'nothing short of a miracle' for a part of the body after our
// product, a '-proof' product with a part of the body after it, 'curing' a food word that modifies a complaint. A totality
// reported from a study, a survey or an audit ('in all cases studied') stays an error, as the older 'in all patients in the
// trial' is; a count ('in all twelve cases studied') is a report and keeps its plain reading. None of these sentences is
// taken from the corpus, from the reviewer's probes or from a benchmark.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Absolute claims kept or restored: absolute-claim (error), with the span each is reported on. */
const ABSOLUTE: [string, string][] = [
  ["Swallow one of our brain tablets a day and you'll never forget a name again.", "never forget a name again"],
  ["Take our focus capsules each morning and you'll never forget a password again.", "never forget a password again"],
  ["Psoriasis is a skin disease our new cream can cure completely.", "completely"],
  ["Our eye drops restore perfect vision within a week.", "perfect"],
  ["Our rub soothes arthritis in all cases.", "all cases"],
  ["These exercises make your bones fracture-proof.", "fracture-proof"],
  ["Our vitamin gummies make children injury-proof.", "injury-proof"],
  ["This pill is guaranteed to add twenty years to your life.", "is guaranteed to"],
  ["Our tonic is guaranteed to extend your life by a decade.", "is guaranteed to"],
  ["Wearing our posture vest would be nothing short of a miracle for your spine.", "nothing short of a miracle"],
  ["Our fall-proof slippers protect your hips.", "fall-proof"],
  ["Our desensitisation clinic is curing meat allergy in adults.", "curing"],
  ["The detox tea leaves your kidneys 100% clean.", "100% clean"],
  ["The knee replacement gave my uncle lifelong freedom from arthritis.", "lifelong freedom from"],
  // a totality reported from a study or an audit stays an error (as 'in all patients in the trial' was)
  ["Our audit found the spray cleared verrucas in all cases.", "all cases"],
  ["The gel healed mouth ulcers in all cases studied.", "all cases"],
];

/** Near-claims that share the words: silent. */
const SILENT: string[] = [
  // forgetting an item or a task; 'take' of a record
  "Set an alarm on your phone and you'll never forget an inhaler dose again.",
  "Take a snap of the leaflet and you'll never forget the instructions again.",
  "Use a weekly pill box and you'll never forget a capsule again.",
  "Take a copy of your care plan and you'll never forget an appointment again.",
  "Since buying a dosette box, I have never once forgotten a tablet.",
  "Keep a diary and you'll never forget to take your tablets again.",
  // a bare plural as the agent of 'cure completely'; a hedge of frequency
  "Ringworm is a fungal infection that antifungal creams usually cure completely.",
  "Syphilis is one of the few infections that antibiotics can still cure completely.",
  "Head lice are a nuisance that lotions cure completely in most families.",
  "Malaria is a disease doctors can cure completely if it is caught early.",
  // '-proof' as the predicate of a thing
  "The new play area is fall-proof.",
  "We want to make the loft stairs fall-proof.",
  "The council made every footpath fall-proof last year.",
  "The shop's shelves are now injury-proof.",
  "Our stair carpet is fall-proof, says the fitter.",
  // '100% clean' of hair, skin, hands or teeth
  "This shampoo leaves your scalp 100% clean.",
  "Our hand gel leaves your hands 100% clean.",
  "The mouthwash leaves your teeth 100% clean.",
  // 'lifelong freedom from' with no treatment
  "Selling the business brought him lifelong freedom from stress.",
  "Moving abroad meant lifelong freedom from worry.",
  // everyday guarantees and miracles, cured food
  "The loft conversion is guaranteed to add value to your home.",
  "The new wing is guaranteed to add years to the life of the building.",
  "Finding our car keys would be nothing short of a miracle.",
  "Getting my knees to the top of Snowdon would be nothing short of a miracle.",
  "They are curing fish for the winter.",
  "The deli cures its own beef in the cellar.",
];

/** A hedge of frequency or quantity: the older plain reading (a warning), not an absolute. */
const HEDGED: [string, string][] = [
  ["Lens surgery usually restores perfect eyesight.", "unsupported-claim/warning «restores»"],
  ["Our rub typically soothes arthritis in all cases.", "unsupported-claim/warning «soothes»"],
  ["Vitamin D generally eases muscle cramps in everyone over seventy.", "unsupported-claim/warning «eases»"],
  ["The tablets restore perfect hearing for most older adults.", "unsupported-claim/warning «restore»"],
  ["The spray cleared verrucas in all twelve cases studied.", "unsupported-claim/warning «cleared»"],
];

describe('round 25 (A, mended): absolutes of totality, never-again and permanence, mended by class', () => {
  describe('absolute-claim (error), reported once', () => {
    for (const [s, span] of ABSOLUTE) it(s, () => assert.deepEqual(claims(s), [`absolute-claim/error «${span}»`]));
  });
  describe('near-claims: silent', () => {
    for (const s of SILENT) it(s, () => assert.deepEqual(claims(s), []));
  });
  describe('hedged: the plain reading', () => {
    for (const [s, want] of HEDGED) it(s, () => assert.deepEqual(claims(s), [want]));
  });
});
