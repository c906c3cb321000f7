// Round 24 (A): absolutes of never-again, totality and permanence, read by class (issue #3; claims.ts round 24 (A) block:
// r24aNever, r24aAny, r24aRuledOut, r24aObjectless, r24aPermanence, r24aCompleteness, r24aGoodStopped; claims-absolute.json
// round24A; claims-outcomes.json round24ASubject). 'never' + a verb of having or losing over a complaint in a treatment's
// consequence; 'any' / 'every' over a complaint after a verb of beating; immunity, a risk ruled out, unbreakable parts,
// '100% of the time', full function restored, every client leaving healthier; 'completely', 'for good' and 'permanently'
// after a removal or a complaint gone with a treatment named. Where a plain claim was read before, the sentence is now
// reported once, as absolute. None of these sentences is taken from the corpus or from a benchmark.

import { absoluteCases } from '../helpers/claim-cases';

/** Absolute claims: absolute-claim (error), with the span each is reported on. */
const ABSOLUTE: [string, string][] = [
  ["Daily nasal rinsing means you will never get another sinus infection.", "never get another"],
  ["Our inhaler spacer means your child will never be wheezy again.", "never be wheezy again"],
  ["Since I started on the magnesium, I've never had a single migraine.", "never had"],
  ["Ever since the surgery, my knee's been brilliant and I'll never have that problem again.", "never have"],
  ["With this posture brace on your shoulders, you will never suffer another backache.", "never suffer another"],
  ["This shampoo means you will never lose another strand of hair.", "never lose"],
  ["Elderberry syrup knocks out any cold within a day.", "any"],
  ["Our echinacea tincture fights off every flu going round the office.", "every"],
  ["The breathing course makes children immune to asthma attacks.", "makes children immune"],
  ["Our mindfulness app leaves shift workers immune to stress.", "leaves shift workers immune"],
  ["The supplement rules out any risk of side effects.", "rules out any risk"],
  ["Our graded exercise plan rules out all risk of re-injury.", "rules out all risk"],
  ["Collagen shots give you indestructible joints.", "indestructible"],
  ["This tonic stops reflux 100% of the time.", "100% of the time"],
  ["The laser restores full vision in people with cataracts.", "full"],
  ["Every single client walks out of our clinic pain-free.", "Every single client"],
  ["The cleanse flushes out all the dead cells in your gut.", "all"],
  ["Apple cider vinegar shrinks gallstones completely.", "completely"],
  ["The patches cleared them completely within a week.", "completely"],
  ["Our balm heals the whole body completely.", "completely"],
  ["My daughter took the drops for a year and her eyelids have stopped twitching completely.", "completely"],
  ["Our laser removes spider veins forever.", "forever"],
  ["Her hay fever vanished for good after three acupuncture sessions.", "for good"],
  ["The shockwave therapy fixed the problem permanently for most of my patients.", "permanently"],
  ["Our falls programme prevents every fall in the over-eighties.", "prevents every"],
  ["The tablets completely stopped my migraines.", "completely stopped"],
  // the few words added as data: COPD and alopecia as diseases
  ["Our scalp tonic cures alopecia.", "cures"],
  ["The singing group reverses COPD.", "reverses"],
  // total safety of a product keeps its reading
  ["Our calming spray is totally harmless.", "harmless"],
  // guarantees of a health outcome keep their reading
  ["Every patient is guaranteed a full recovery.", "is guaranteed"],
  ["After the op you are guaranteed to be up and about in days.", "are guaranteed to"],
  ["The supplement is guaranteed to be effective.", "is guaranteed to"],
];

/** Near-claims that share the words: silent. */
const SILENT: string[] = [
  "I'll never forget that holiday again.",
  "You will never lose another parcel with our tracking.",
  "The new roof means you'll never have a leak again.",
  "I've never had a single cold this winter.",
  "Since I moved to Leeds, I've never had a single day off sick.",
  "Most people never develop shingles.",
  "With this app on your phone, you will never miss another train.",
  "Since I started my new job, I've never had a single weekend free.",
  "This means you will never have another late payment.",
  "If you skip the warm-up, you will never get a single rep right.",
  "Will you never have another cold after the jab?",
  "Since I started taking iron, I've never felt so tired.",
  "The storm knocked out every streetlight.",
  "The new manager saw off every rival.",
  "Boil the water to kill any germs.",
  "Wash your hands to kill any bacteria.",
  "The champion beat every opponent this season.",
  "The referee knocked out any chance of a replay.",
  "Our app knocks out any paperwork.",
  "The plumber cleared the drain completely.",
  "Most sprains heal completely within six weeks.",
  "The tablets completely stopped my appetite.",
  "No remedy clears kidney stones completely.",
  "The rain stopped completely by noon.",
  "We cleared them completely before the party.",
  "The council removed the old benches completely.",
  "Does ginger stop morning sickness for good?",
  "Morning sickness usually disappears for good by the second trimester.",
  "The rash disappears for good in most children by age five.",
  "A new boiler fixed the problem permanently.",
  "The update sorts the problem out permanently.",
  "The barrier prevents every fall of rock onto the road.",
  "The railings prevent every fall from the balcony.",
  "The new gutter prevents every leak.",
  "Her thick skin makes her immune to criticism.",
  "Years in politics made him immune to flattery.",
  "The survey design rules out any risk of bias.",
  "The new fence rules out any chance of the dog escaping.",
  "The glass is unbreakable and dishwasher safe.",
  "Our friendship has an unbreakable bond.",
  "The recipe works 100% of the time.",
  "The printer jams 100% of the time.",
  "The update restores full functionality to the app.",
  "The mechanic restored full power to the engine.",
  "Every guest leaves with a goodie bag.",
  "Every single guest leaves Hollybank with a smile.",
  "The cleaners clear out all the old cabinets.",
  "The vaccine programme in the 1950s wiped out polio in Britain.",
  "My gran swears her scone recipe works every time.",
  "The dishwasher removes stains forever.",
  "Clinic staff say the lift is broken for good.",
  "People with COPD often feel breathless on the stairs.",
  "The cat has a patch of alopecia on her back.",
  // safety said of most of a kind is no totality
  "Most of these lumps are soft, harmless and gone within a month.",
  "Many of the rashes babies get are harmless.",
  "The vast majority of heart murmurs in children are harmless.",
  // a gift promised, a recording published by a time
  "Every child who visits during half term is guaranteed a balloon and a colouring book.",
  "Each runner is guaranteed a medal and a T-shirt.",
  "The yoga session will be on our website, guaranteed to be up by teatime.",
  "The podcast is guaranteed to be online before Friday.",
  // advice, and a surgeon's removal
  "Never take another tablet if your lips start to swell.",
  "You should never have another drink if the tablets make you dizzy.",
];

/** A watch that stopped ticking stays the plain claim it was read as before (no part of the body, no complaint). */
const UNCHANGED: [string, string][] = [["My watch stopped ticking completely.", "unsupported-claim/warning «My watch stopped»"]];

describe('round 24 (A): never again, totality, completeness and permanence', () => {
  absoluteCases(ABSOLUTE, SILENT, UNCHANGED);
});
