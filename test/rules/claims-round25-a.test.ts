// Round 25 (A): absolutes of totality over people and cases, never-again, permanence, and everyday guarantees (issue #3;
// claims.ts round 25 (A) block: r25aRequires, r25aConsequence, r25aMadeGone, r25aCompleteness, r25aPermanence, r25aEveryday;
// claims-absolute.json round25A; claims-outcomes.json round25ASubject). Totality over the people treated or the cases ('in
// everyone', 'in all cases') after a claim's predicate; 'every' / 'any' after a verb of stopping or healing over a complaint
// or an injury; 'perfect' after a verb of restoring; 'lifelong freedom from' a complaint; a body part left '100% clean'; a
// treatment '100% reliable'; 'never once' + a lapse, 'never forget ... again' after an imperative of taking; permanence in a
// passive, with an urge as the subject, after a testimony of a complaint gone after a course, after a regained function;
// completeness after a causative of going and after 'cure' in a relative clause. Everyday guarantees, 'works every time on'
// a thing, 'curing' food, an everyday 'miracle' and a '-proof' thing stay silent. Where a plain claim was read before, the
// sentence is now reported once, as absolute. None of these sentences is taken from the corpus or from a benchmark.

import { absoluteCases } from '../helpers/claim-cases';

/** Absolute claims: absolute-claim (error), with the span each is reported on. */
const ABSOLUTE: [string, string][] = [
  ["Turmeric capsules clear up psoriasis in all cases.", "all cases"],
  ["Our herbal balm soothes eczema in everyone who tries it.", "everyone"],
  ["This collagen powder repairs torn ligaments in every patient.", "every patient"],
  ["Our shockwave machine heals any running injury in two sessions.", "any"],
  ["Calcium drops stop every fracture in older women.", "every"],
  ["Our cream stops every itch within minutes.", "every"],
  ["The eye serum restores perfect eyesight in a month.", "perfect"],
  ["Our ginger shots bring lifelong freedom from migraines.", "lifelong freedom from"],
  ["Two sachets of our cleanse leave your colon 100% clean.", "100% clean"],
  ["The acupuncture course is a 100% reliable alternative to painkillers.", "100% reliable"],
  ["Since starting the pelvic floor exercises, I have never once leaked.", "never once"],
  ["Since starting the probiotics, I have never once had a migraine.", "never once"],
  ["Take our ginkgo tablets daily and you will never forget a face again.", "never forget a face again"],
  ["With our anti-nausea band on, you will never be carsick again.", "never be carsick again"],
  ["A month of the drops and my floaters were gone for good.", "for good"],
  ["Hay fever is banished for good by our nasal balm.", "for good"],
  ["The craving for cigarettes disappears forever after one hypnotherapy session.", "forever"],
  ["Our magnesium spray made his cramp disappear completely within days.", "disappear completely"],
  ["Acne is one of the few skin conditions our clinic can cure completely.", "completely"],
  ["After a course of physiotherapy, my sense of balance came back and has never wavered since.", "never wavered"],
  ["Our probiotic cures holiday food poisoning without fail.", "cures"],
  ["Drinking our electrolyte tonic means you will never get traveller's diarrhoea.", "never get"],
  ["Our posture class makes older people fall-proof for life.", "fall-proof"],
  // claims of the same words keep their reading
  ["This pill is guaranteed to work.", "is guaranteed to"],
  ["Our tea is guaranteed to keep you slim.", "is guaranteed to"],
  ["This balm works every time on cold sores.", "works every time"],
  ["The guarantee covers your recovery from knee surgery.", "guarantee"],
  ["Results are guaranteed to last.", "are guaranteed to"],
  ["Relief is guaranteed within a week.", "is guaranteed"],
];

/** Near-claims that share the words: silent. */
const SILENT: string[] = [
  "Every room in the ward was repainted.",
  "Masks are required in all cases on the ward.",
  "The new drug was tested in everyone over sixty.",
  "In all cases, speak to your GP first.",
  "Does glucosamine rebuild cartilage in everyone?",
  "The referee stopped every fight before it got nasty.",
  "The goalkeeper stopped every shot in the second half.",
  "The barrier stops every fall of rock onto the road.",
  "Our handyman fixes any leak in a day.",
  "Your immune system heals any small graze on its own.",
  "Restore perfect order to your wardrobe with these boxes.",
  "The restorers brought back perfect colour to the painting.",
  "She was given an award for perfect attendance.",
  "The charity campaigns for lifelong freedom from debt.",
  "Our pension plan gives you lifelong freedom from money worries.",
  "Our dishwasher leaves your glasses 100% clean.",
  "The window cleaner leaves your conservatory 100% clear.",
  "The bus service is 100% reliable.",
  "My old car was completely reliable for ten years.",
  "Since moving house, I have never once forgotten my keys.",
  "The roof has never once leaked since the repair.",
  "Since starting my new job, I have never once forgotten a meeting.",
  "Jack has never once lost a game of chess.",
  "Since joining the chess club, I have never once lost a game.",
  "Since starting the evening class, I have never once had a free night.",
  "I'll never forget that holiday again.",
  "Use the app and you'll never forget a birthday again.",
  "Take the scenic route and you'll never forget the view.",
  "You will never lose another parcel with our tracking.",
  "The new roof means you'll never have a leak again.",
  "The old bridge was closed for good by the council.",
  "The urge to travel vanished forever after the pandemic.",
  "The rash is usually gone for good by age five.",
  "The colour came back and has never faded since.",
  "My memory of that day has never faded since.",
  "The magician made the coin disappear completely.",
  "The tablets made my appetite disappear completely.",
  "Most sprains heal completely within six weeks.",
  "The tablets completely stopped my appetite.",
  "No remedy clears kidney stones completely.",
  "There are few problems the plumber can't fix completely.",
  "The guarantee covers the boiler for life.",
  "The guarantee on the washing machine lasts five years.",
  "The new gazebo is guaranteed to keep the rain off the barbecue.",
  "The coach is guaranteed to arrive late.",
  "The match is guaranteed to be a close one.",
  "Tickets are guaranteed to sell out by Friday.",
  "Your order is guaranteed ready for collection by noon.",
  "This trick works every time on a stuck jar lid.",
  "The spray works every time on a squeaky hinge.",
  "Curing bacon at home takes patience.",
  "The cured salmon was delicious.",
  "Dad has been curing his own ham since he retired.",
  "Getting the kids out of the door on time would be nothing short of a miracle.",
  "Winning the pub quiz would be nothing short of a miracle.",
  "The striker's miracle goal won the cup.",
  "The keeper made a miracle save in the final minute.",
  "The market stall's miracle bargain was a brass lamp.",
  "Injury-proof shelving keeps the stock safe.",
  "Fall-proof ladders are worth the extra money.",
];

/** A hedged claim with a totality stays the plain (hedged) claim it was read as. */
const UNCHANGED: [string, string][] = [["Zinc may shorten colds in all cases.", "unsupported-claim/info «may shorten»"]];

describe('round 25 (A): totality over people and cases, never-again, permanence, everyday guarantees', () => {
  absoluteCases(ABSOLUTE, SILENT, UNCHANGED);
});
