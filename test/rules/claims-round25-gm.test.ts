// Round 25 (G, mended): the false positives a review found in round 25 (G)'s reader of a treatment acting on a body
// function (claims.ts round25GRemedyOnFunction, r25gQuitNotSmoking, r25gBodyOwnJob; claims-outcomes.json round25GSubject
// 'restoring', 'looseners', 'constipation', 'eyeWords', 'notHealth'), mended by class: a side effect worded as a benefit
// (loosened stools after a medicine, a sense reduced), cooking (fat in a pan, a bare taste or smell), glare that is the
// light's, the odds of quitting a job, traffic congestion, 'perk them up' as fun, a scar on a tree; and the reverse, a
// definition of the body's own hormone followed by a clause that credits a treatment. None of these sentences is taken
// from the corpus, from a benchmark or from the review.

import { spanCases } from '../helpers/claim-cases';


/** Claims: unsupported-claim, with the span it is reported on. */
const CLAIMS: [string, string][] = [
  // loosening by a laxative or a constipation remedy
  ['Prune juice loosens the stools within a day.', 'loosens the stools'],
  ['Our herbal laxative loosens the stools overnight.', 'loosens the stools'],
  // a sense raised
  ['Smell training can restore your sense of smell.', 'restore your sense of smell'],
  // the body's fat: bare, or a body part's after the preposition
  ['Fat-Zap melts fat from your thighs while you sleep.', 'melts fat'],
  ['Slim-Torch burns the fat on your belly.', 'burns the fat'],
  // glare with an eye, vision or condition word, or eyewear and no source of the light
  ['Yellow-tinted glasses cut the glare when driving at night.', 'cut the glare'],
  ['Rose-tinted lenses might ease glare on sunny days.', 'ease glare'],
  // the reader perked up
  ['Ginkgo tea perks you up in the afternoon.', 'perks you up'],
  // quitting with a smoking word
  ['Nicotine lozenges double your chances of quitting.', 'double'],
  ['Our vaping clinic triples your chances of quitting.', 'triples'],
  // a scar on the skin
  ['Silicone gel leaves a flatter scar on your knee.', 'leaves a flatter scar'],
  // the definition sets aside its own clause only: a later clause credits a treatment
  ['Melatonin is a hormone made by the brain that helps you sleep, and our tablets double its effect.', 'helps'],
  ['Serotonin is a chemical made by the brain that lifts your mood; our herbal capsules boost it naturally.', 'lifts'],
];

/** Near-claims that share the words: silent. */
const SILENT: string[] = [
  // a medicine's side effect worded as loosening, a sense reduced
  'Iron supplements can loosen the stools for a while.',
  'Some painkillers can loosen the stools.',
  'Fizzy drinks with sweeteners often loosen the stools.',
  'Large doses of magnesium loosen the stools.',
  'Antidepressants may reduce your sense of taste.',
  'Decongestant sprays can cut your sense of smell for a day.',
  // cooking: fat in a pan or a dish, a bare taste or smell
  'Orange juice softens the fat on the roasting tin.',
  'A squeeze of lemon cuts through the fat of the duck.',
  'Green tea melts the fat left on the grill.',
  'Grape juice lowers the fat content of the dressing.',
  'Herbal tea brings the taste back.',
  'A squeeze of orange juice improves the taste.',
  'Scented candles and essential oils improve the smell in the hallway.',
  // glare that is the light's
  'Tinted car windows cut the glare on the motorway.',
  'Snow goggles cut glare off the ice.',
  'A matte screen protector cuts the glare from the office lights.',
  'Polarised lenses cut glare on the lake for your pictures.',
  'The sun visor cuts glare as you head west.',
  // money, jobs, traffic, fun, trees, furniture
  'Leadership training cuts the fat from the budget.',
  'Bonus schemes lower the odds of quitting within a year.',
  'Our loyalty scheme doubles the chances of quitting in March.',
  'The new bridge gives welcome relief from congestion in the city.',
  'The bypass gives real relief from traffic congestion.',
  'A cup of tea livens them up after the school run.',
  'Grafting wax leaves a smaller scar on the trunk.',
  'Wax softens the oak stools in the kitchen.',
  'Public speaking training sharpens your motions for the debate.',
  // the body's own hormone with a later clause that credits no treatment
  'Melatonin is a hormone made by the brain that helps you sleep, and it is released when it gets dark.',
  'Insulin is a hormone made by the pancreas that helps glucose move into cells, and people with type 1 diabetes need injections of it.',
];

describe('round 25 (G, mended): side effects, cooking, glare, jobs and traffic', () => {
  spanCases(CLAIMS, SILENT);
});
