// Round 23 (S): open-class claims: improvement verbs with a part, a function or a measure as object, and superlatives
// and comparisons of a remedy on a health outcome (issue #3; claims-relations.json round23SVerbs, claims-outcomes.json
// round23SSubject, claims-context.json round23SIdioms, claims.ts round23SRanked). None of these sentences is taken from
// the corpus or from a benchmark: each is written for this file, with near-claims sharing their words that must stay
// silent.

import * as assert from 'node:assert/strict';
import { claimsOf, formCases, type ClaimForm } from '../helpers/claim-cases';

const claims = claimsOf;

/** Each form: claims (unsupported-claim, warning unless hedged) and near-claims sharing its words (silent). */
const FORMS: ClaimForm[] = [
  {
    form: 'a part of the body named with its dysfunction, strengthened or straightened',
    warning: [
      'Grip exercises strengthen weak wrists.',
      'Night splints straighten clawed toes.',
      'This brace straightens a stooped spine.',
      'Pilates strengthens a weak pelvic floor.',
      'Calf raises strengthen flat feet.',
    ],
    silent: [
      'Weights strengthen the shelf brackets.',
      'Extra brackets strengthen weak shelves.',
      'She straightened her back and walked in.',
      'Straighten the picture before the guests arrive.',
      'He straightened his tie and his back.',
      'Tight deadlines weakened the whole team.',
      'Straighten your legs slowly and breathe out.',
    ],
  },
  {
    form: 'speeding a recovery or a healing',
    warning: ['Cold-water swims speed recovery after a long run.', 'This balm speeds healing of sore lips.', 'Honey speeds wound healing.', 'Physio speeds recovery after a hip replacement.'],
    info: ['Compression socks might speed muscle recovery after a marathon.'],
    silent: [
      'The bypass speeds the journey to the hospital.',
      'The bypass speeds up the journey to the hospital.',
      'A faster router speeds downloads.',
      'The new system speeds recovery of lost luggage.',
      'The stimulus package sped economic recovery.',
      'The software speeds recovery of deleted files.',
      'He sped past the school gates.',
      'The extra lane speeds traffic through the town.',
    ],
  },
  {
    form: 'the quality of a fluid or a tissue, the time between toilet trips or attacks',
    warning: ['Linseed oil improves tear quality.', 'Collagen powder improves skin quality.', 'Pelvic floor exercises lengthen the time between trips to the loo.', 'A preventer inhaler doubles the time between asthma attacks.'],
    silent: [
      'The new software improves image quality.',
      'The purifier improves air quality.',
      'The new mic improves voice quality.',
      'A better lens improves print quality.',
      'The new rota doubles the time between shifts.',
      'The new timetable halves the gap between trains.',
      'The roadworks double the time between buses.',
    ],
  },
  {
    form: 'feelings of isolation, a memory kept sharper, an allergy named by its allergen',
    warning: ['Group walks ease feelings of isolation.', 'A daily puzzle keeps your memory sharper.', 'An air filter is a game-changer for cat allergy.'],
    silent: [
      'The new ferry ends the isolation of the island in winter.',
      'A whetstone keeps the knives sharper.',
      'A good editor sharpens your prose.',
      'The cafe lists nut allergies on the menu.',
      'We removed the pet allergy warning from the label.',
      'Our nursery has a clear nut allergy policy.',
    ],
  },
  {
    form: 'a person or a mind described by a complaint',
    warning: ['Camomile is the best thing for a racing mind.', 'A cool teething ring is the best thing for a teething baby.', 'Warm milk is the best thing for a restless baby at bedtime.', 'Clove gel soothes teething babies within minutes.'],
    silent: [
      'A bouncy castle is the best thing for restless kids.',
      'The soft-play centre is the best thing for restless children on a wet afternoon.',
      'The crèche is the best place for busy toddlers.',
      'Our anxious kids raised money for the school.',
      'Our staff support anxious children at drop-off.',
      'The buddy scheme helps stressed teenagers make friends.',
      'Toddlers love the playground.',
    ],
  },
  {
    form: 'small injuries, a wart and plaque removed',
    warning: ['A dab of honey fixes minor grazes overnight.', 'This gel clears a wart in a fortnight.', 'Flossing removes more plaque than brushing alone.', 'The new brush head removes up to 90% of plaque.'],
    silent: [
      'The council removed the blue plaque from the house.',
      'They took the plaque off the wall.',
      'The surgeon removed the stitches on Friday.',
      'Remove the dressing after two days.',
      'She loved him, warts and all.',
      'The cat got into scrapes all summer.',
      'Vinegar removes stains from carpets.',
    ],
  },
  {
    form: 'a glucose reading named by its time',
    warning: ['Cutting out juice brings fasting readings right down.'],
    silent: ['Smart meters bring your readings right down.', 'The new thermostat lowers the morning readings.', 'The engineer took the meter readings.', 'The fasting readings are in the blue folder.', 'Post-meal readings are written in the diary.'],
  },
  {
    form: 'a superlative of a tea, a balm or a treatment with an adjective, and the most reliable treatment',
    warning: ['Calendula is the gentlest herbal balm for cracked heels.', 'Peppermint is the best herbal tea for a bloated tummy.', 'Cryotherapy is the most reliable wart treatment you can buy.'],
    silent: [
      'This is the best herbal tea for a cold afternoon.',
      'This is the best value cream for families.',
      'Earl Grey is the best tea for a rainy day.',
      'Our shop sells the best loose-leaf tea for gifts.',
      'This is the most reliable printer you can buy.',
      'Our boiler is the most dependable model you can buy.',
      'This is the most reliable car on the market.',
    ],
  },
  {
    form: 'a remedy compared on a health outcome',
    warning: ['Swimming is better for stiff joints than any tablet.', 'Tai chi is better for balance than any pill.', 'Cycling is kinder to your knees than running.'],
    silent: [
      'The new timetable is better for commuters than the old one.',
      'Paper is better for the environment than plastic.',
      'The new ward is better for patients with dementia than the old one.',
      'Cash is better for small purchases than cards.',
      'This pan is better for eggs than the old one.',
      'The bank is better for balance transfers than any card.',
      'Hold the rail for balance.',
    ],
  },
  {
    form: 'a ranked remedy for a complaint as the subject of is',
    warning: ['The best remedy for a sprained ankle is ice and rest.', 'In my experience, the quickest fix for a blocked nose is a hot shower.'],
    silent: [
      'The best remedy for a squeaky door is WD-40.',
      'The best treatment for acne is still debated.',
      'The best treatment for acne is the one that suits your skin.',
      "The best treatment for your child's eczema is a question for your GP.",
      'The best thing for a cold is to see your GP if it lasts.',
      'The best answer for question three is B.',
      'The best remedy for a rainy day is a jigsaw.',
      'The best treatment for acne depends on your skin.',
    ],
  },
  {
    form: 'a blood measure brought down, the fountain of youth, a way to shift a complaint, relief that comes fastest',
    warning: [
      'Cutting out juice knocks your blood sugar right down.',
      'Porridge with yoghurt brings the after-meal readings down nicely.',
      'Fermented foods are the closest thing there is to a fountain of youth.',
      'A warm salt gargle is the quickest way to shift a sore throat.',
      'Relief from a tension headache comes fastest with a cold flannel on the neck.',
    ],
    silent: [
      'Smart meters bring your readings right down.',
      'The nurse brought the blood pressure readings down to the ward.',
      'Bring the readings down to reception.',
      'The Fountain of Youth is a legend from old Florida.',
      'The fastest way to shift the sofa is to take the legs off.',
      'Discounts are the quickest way to shift stock.',
      'The simplest way to kick the habit is to plan ahead.',
      'Relief from the heatwave comes fastest with a sea breeze.',
      'Relief for commuters comes fastest when the new line opens.',
    ],
  },
];

describe('round 23 (S): open-class claims', () => {
  formCases(FORMS);
  it('marks a ranked remedy from the superlative to the copula', () => {
    assert.deepEqual(claims('The best remedy for a sprained ankle is ice and rest.'), ['unsupported-claim/warning «The best remedy for a sprained ankle is»']);
  });
  it('hedges a compared remedy after a modal', () => {
    const got = claims('Oat porridge may be kinder to your blood sugar than white toast.');
    assert.ok(got.some((g) => g.startsWith('unsupported-claim/info')), got.join('\n'));
  });
});

describe('round 23 (S): evidence denied with its participle is one negator', () => {
  for (const s of ["There's no good trial yet showing that a foam roller speeds recovery after a race.", 'There is no study to suggest that zinc lozenges shorten colds.']) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
  it("still reads a claim after 'no doubt that' (absolute, which the unsupported claim gives way to)", () => {
    const got = claims("There's no doubt that a foam roller speeds recovery after a race.");
    assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), got.join('\n'));
  });
});

describe("round 23 (S): 'speed' is a noun before a verb, and evidence denied with 'that' reaches past a phrase of time", () => {
  it('reads "Gait speed offers a clue" as no relation of speeding', () => {
    assert.deepEqual(claims('Walking speed offers a clue to future falls.').filter((g) => g.includes('«speed»')), []);
  });
  it("keeps 'no proof that X after Y speeds Z' denied", () => {
    assert.deepEqual(claims('There is no proof that an ice bath after a long ride speeds recovery.'), []);
  });
});

describe('round 23 (final read): care described, a recovery that is no body’s, a past fountain of youth, a stain', () => {
  for (const s of [
    'Brushing twice a day removes plaque before it hardens into tartar.',
    'During a scale and polish, the hygienist removes tartar with an ultrasonic scraper.',
    'Microsuction removes earwax without water.',
    'The hygienist removed the plaque and polished my teeth.',
    'The builder removed the plaque above the door.',
    'Backups speed recovery after a ransomware attack.',
    'Volunteers speed recovery after the floods.',
    'The clear-up speeds recovery of the town centre after the storm.',
    'For my nan, the allotment was the closest thing to a fountain of youth.',
    'The film is about a search for the closest thing to a fountain of youth.',
    'The quickest way to shift a stain is cold water.',
    'We soothed the anxious child with a story.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
  for (const s of [
    'Our sonic brush removes more plaque than a manual one.',
    'This rinse removes up to 90% of plaque in a week.',
    'Cold-water swims speed recovery after a long run.',
    'Our collagen shot is the closest thing we have to a fountain of youth.',
    'A hot compress is the quickest way to shift a stye.',
    'Chamomile drops soothe teething babies.',
  ]) {
    it(`a claim: ${s}`, () => {
      assert.ok(claims(s).some((g) => g.startsWith('unsupported-claim/warning')), `${s}: ${claims(s).join('; ')}`);
    });
  }
});
