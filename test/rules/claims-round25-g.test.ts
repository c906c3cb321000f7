// Round 25 (G): who does what to what (issue #3; claims.ts round25GRemedyOnFunction, r25gPlaceInSubject, r25gBodyOwnJob,
// polarityOf for a change noun brought about, readRelation for 'relief' after a verb of giving; claims-outcomes.json
// round25GSubject, claims-context.json round25GBodyOwn). A treatment as the subject of a verb of benefit whose object is a
// sense, a body product or a body function the complaint lists do not hold; a modifier inside a relief or improvement
// phrase; a pharmacy or a pharmacist inside the subject; and the reverse: the body doing its own job, and a benefit to a
// house's energy bills. None of these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { claimsOf, spanCases } from '../helpers/claim-cases';

const claims = claimsOf;

/** Claims: unsupported-claim, with the span it is reported on. */
const CLAIMS: [string, string][] = [
  // a treatment acting on a sense, a body product or a body function
  ['Zinc lozenges improve the sense of smell after a cold.', 'improve'],
  ['Senna softens the stool overnight.', 'softens the stool'],
  ["Pear juice can soften a baby's stools within a day.", "soften a baby's stools"],
  ['Slim-Blast melts fat while you rest.', 'melts fat'],
  ['Olfactory training may help restore smell after covid.', 'may help'],
  ['Many people find that sniffing lemon oil every morning helps bring their taste back.', 'bring their taste back'],
  ['Amber-tinted lenses might ease glare on bright days.', 'ease glare'],
  ['Melatonin may help your body adjust to a new time zone.', 'may help'],
  // a verb of keeping and the state kept; a person sharpened up
  ['A brisk walk after lunch keeps the phlegm moving.', 'keeps the phlegm moving'],
  ['Sudoku puzzles keep the older brain sharp.', 'keep the older brain sharp'],
  ['A twenty-minute nap sharpens you up for the afternoon.', 'sharpens you up'],
  // a scar left better
  ['A dab of petroleum jelly on the graze keeps it moist and leaves a fainter scar.', 'leaves a fainter scar'],
  // measured health quantities
  ['A daily glass of beetroot juice brings an improvement in walking distance.', 'improvement in'],
  ['Nicotine patches double your chances of quitting.', 'double'],
  ['Our stop-smoking clinic doubles your chances of quitting.', 'doubles'],
  // a modifier inside a relief or improvement phrase
  ['Regular acupuncture gives real relief from back pain.', 'relief from'],
  ['Hydrotherapy brings a big improvement in hip pain.', 'improvement in'],
  // a pharmacy or a pharmacist inside the subject
  ["The pharmacist's medicines check can cut hospital admissions.", 'can cut'],
  ['A medicines check-up at your local pharmacy may reduce falls in older people.', 'may reduce'],
  // a treatment, not the body, as the subject: still claims
  ['Insulin injections help glucose move into cells.', 'help'],
  ['Honey clears the chest naturally.', 'clears the chest'],
  ['Our detox tea keeps toxins under control on its own.', 'keeps toxins under control'],
  ['Echinacea drops are part of our winter range and help the body fight infection.', 'help'],
];

/** Near-claims that share the words: silent. */
const SILENT: string[] = [
  // the same verbs and objects with no treatment as the subject, or cooking, furniture, photos, raffles
  'This recipe improves the taste of the sauce.',
  'Pickled onions improve the taste of a cheese sandwich.',
  'A pinch of salt improves the taste.',
  'The sauce softens the meat.',
  'The cushions soften the bar stools.',
  'Our new chairs soften the stools in the bar.',
  'They soften the stools with new cushions.',
  'The chef melts fat in the pan before adding the onions.',
  'The kettle melts fat off the pan.',
  'A dehumidifier keeps the air moving.',
  'A fan keeps the room cool and the air moving.',
  'The river keeps the mill wheel moving.',
  'The tea room keeps the scones soft.',
  'Good lighting sharpens the photos.',
  'The software update sharpens the image.',
  'The coach sharpens them up before a match.',
  'Our app doubles your chances of winning the raffle.',
  'Quitting doubles your chances of quitting your job.',
  'The school is within walking distance of the station.',
  'The new road cuts the walking distance to school.',
  'The heating helps you adjust to a new house.',
  'The seller helps you adjust to a new time zone with a travel guide.',
  'Lemon juice brings the smell of summer back into the kitchen.',
  'Your doctor may ask for a stool sample.',
  'Stools are a common item in our kitchen range.',
  'The accident left a smaller scar than we feared.',
  'The builders left a smaller scar on the lawn.',
  'The surgeon left a neater scar than last time.',
  // side effects, negation, questions, conditions, advice
  'Lactulose can cause wind and cramps.',
  'Senna works well, but too much senna can loosen the stools.',
  'Too many prunes soften the stool more than you want.',
  'Lactulose does not soften the stool.',
  'Does lactulose soften the stool?',
  'If lactulose softens the stool too much, lower the dose.',
  'Ask your pharmacist whether lactulose softens the stool.',
  'Keep the mucus moving by drinking plenty of water.',
  'A flat white sharpens you up? Not really.',
  // natural course of a sense
  'Some people lose their sense of smell after a cold.',
  'A cold can take away your sense of taste.',
  // relief and improvement named, not given
  'She felt real relief when the results came back.',
  'The new road brought a big improvement in traffic.',
  'The council brought an improvement in bin collections.',
  // a pharmacy as logistics, not inside a treatment's subject
  'Ask at the pharmacy whether a review could reduce dizziness.',
  'Your pharmacy may cut the price of a medicines review.',
  "A pharmacist's advice costs nothing.",
  // the body doing its own job
  'Insulin is a hormone made by the pancreas that helps glucose move from the blood into cells.',
  'Thyroxine is a hormone made by the thyroid gland that helps control metabolism.',
  'Bile, produced by the liver, helps break down fats.',
  'Bile, made in the liver and stored in the gallbladder, helps the body digest fats.',
  'White blood cells are part of the immune system and help the body respond to infection.',
  'Antibodies are part of the immune system and help the body fight infection.',
  'Coughing clears the chest naturally.',
  'Sneezing clears the nose naturally.',
  'Your liver keeps toxins under control on its own.',
  'Your kidneys keep your blood clean on their own.',
  'The kidneys help filter the blood.',
  'Saliva helps break down starch.',
  // a benefit to a house or a bill
  'Loft insulation helps keep heat in during winter and can reduce energy bills.',
  'Double glazing helps keep heat in and can reduce energy bills.',
  'A smart meter can cut your energy costs.',
];

describe('round 25 (G): who does what to what', () => {
  spanCases(CLAIMS, SILENT);
  it('energy itself stays a health outcome', () => {
    assert.ok(claims('This tonic boosts energy levels naturally.').length > 0);
    assert.ok(claims('Our supplement gives you more energy.').length > 0);
  });
});
