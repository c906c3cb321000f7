// Round 24 (C): frames of claims the older readings missed: a remedy ranked as the best thing, way or fix for a health
// outcome, phrasal verbs of relief with the complaint inside, people compared by what they do, an action compared with a
// medicine, protection as a state, help given to a person described by a complaint, consequences of an imperative (a
// trigger that stops hurting, a calm arrival, regrowth, a worsening that slows), and unnamed sources named by a
// profession (issue #3; claims-relations.json round24C, claims-outcomes.json round24CSubject, claims-attributions.json
// round24C, claims.ts round24CRankedWay, round24CPhrasal, round24CCompared, r24cConsequenceAt). None of these sentences
// is taken from the corpus or from a benchmark: each is written for this file, with near-claims sharing their words that
// must stay silent.

import * as assert from 'node:assert/strict';
import { claimsOf, formCases, type ClaimForm } from '../helpers/claim-cases';

const claims = claimsOf;

/** Each form: claims (unsupported-claim, warning unless hedged) and near-claims sharing its words (silent). */
const FORMS: ClaimForm[] = [
  {
    form: 'a remedy ranked as the best or quickest thing, way or fix for a health outcome',
    warning: [
      'Regular stretching is the most important thing you can do for stiff hips.',
      'A warm flannel is the quickest way to get a blocked nose working again.',
      'Swimming is the simplest and gentlest way to protect your knees.',
      'Sleep is the single best thing you can do to speed recovery after a cold.',
      'Cotton gloves at night are the best fix for dry, cracked hands.',
      'Honey and lemon are the best thing for a croaky voice.',
      'A brisk walk after dinner is the simplest way to lose belly fat.',
    ],
    info: ['Gentle walking is probably the best thing for a sore back.'],
    silent: [
      'The ring road is the quickest way to the hospital.',
      'The most important thing you can do for the planet is fly less.',
      'Cycling is the quickest way to get to work.',
      'Shouting at matches is the quickest way to lose your voice.',
      'Smoking is the fastest way to damage your lungs.',
      'The NHS website is the quickest way to find out about back pain.',
      'Rest is not the best thing for a bad back.',
      "Rest isn't the quickest way to fix a bad back.",
      'Is rest the best thing for a bad back?',
      'Writing to your MP is the best way to make your voice heard.',
      'Soup is the best thing for a cold afternoon.',
      'Booking online is the simplest way to get an appointment for your back.',
      'Saving early is the single best thing you can do for your children.',
      'This spreadsheet is the easiest way to track your sleep.',
    ],
  },
  {
    form: 'a phrasal verb of relief with the complaint inside, a function restored, labour brought on, a chest cleared',
    warning: [
      'A cool flannel gets the swelling down in minutes.',
      'Ginger tea brings the nausea down.',
      'An ice pack takes down the swelling in an hour.',
      'Daily walks keep flare-ups at bay.',
      'Two puffs a day keep his wheezing under control.',
      'Prunes get a sluggish gut moving again.',
      'Dandelion tea gets the flow going again.',
      'Raspberry leaf tea brings on labour.',
      'Singing in a choir clears the chest.',
      'Walking the ward daily cuts the time spent in hospital.',
    ],
    silent: [
      'Bring the temperature down on the oven before the second tray.',
      'Keep the dog under control in the park.',
      'The mechanic gets the car going again in an hour.',
      'The sale brings the price down by a third.',
      'We cleared the chest out of the loft last weekend.',
      'Can you help me clear the chest of drawers?',
      'Stress can bring on a migraine.',
      'The new manager gets the flow going again in meetings.',
      'Keep your spending in check before Christmas.',
      'Take the bins down to the gate on Tuesdays.',
      'If your headaches are getting you down, see your GP.',
      'Does ice bring the swelling down?',
      "Ice won't bring the swelling down.",
      'Bring the swelling down with ice and rest.',
      'Take down the decorations after twelfth night.',
      'The crane takes down the old sign.',
      'The bed shortage cut their hospital stay short.',
    ],
  },
  {
    form: 'a difference made to a health outcome, a problem sorted out for a proportion of sufferers',
    warning: [
      'A saline rinse clears it up for most sufferers within a week.',
      'Reading glasses make a real difference to your sight.',
      'Yoga, sleep and a lighter supper make a real difference to how you cope.',
    ],
    info: ['Most singers find the lozenges make a real difference to their voice.', 'Many grandparents find that bifocals make a real difference to their eyesight.'],
    silent: [
      'The helpdesk sorts the problem out for nine people in ten.',
      'Flexible hours make a real difference to how parents cope.',
      'Good lighting makes a real difference to how the room feels.',
      'The new rota makes a real difference to how parents cope with the school run.',
      'The plumber fixed it up for most people on our street.',
    ],
  },
  {
    form: 'people compared by what they do, an action compared with a medicine, protection as a state',
    warning: [
      'Runners who stretch after a race get back on their feet sooner than those who do not.',
      'People who stretch every morning get better faster than people who do not.',
      'Children who brush twice a day need far fewer fillings than those who do not.',
      'A hot bath eases the ache better than any painkiller.',
      'A baby who has had both jabs is well protected against whooping cough.',
    ],
    silent: [
      'People who book early get better seats than people who wait.',
      'Children who walk to school have fewer sweets than those who take the bus.',
      'People who keep going get better results than people who give up.',
      'My sister reads the map better than any satnav.',
      'The pharmacist knows the drugs better than any doctor.',
      'The new bus gets me to work faster than any taxi.',
      'The house is well protected against burglars.',
      'Your data is fully protected against hackers.',
      'Lean smokers are better protected against gout than heavy drinkers.',
      'Nobody knows whether people who keep going get better faster than people who rest.',
    ],
  },
  {
    form: 'the consequence of an imperative: a trigger that stops hurting, a calm arrival, regrowth, fewer complaints, a worsening that slows',
    warning: [
      'Rub it on the gum twice a day and within a week cold water will stop hurting.',
      "Put a lavender roller in her pencil case and she'll walk into the test calm and focused.",
      "Eat a bowl of oats every morning and you'll have far fewer hot flushes.",
      "Drink a glass of lemon water every morning and you'll form fewer kidney stones.",
      "Rub rosemary oil into your scalp each night and it'll grow back thicker.",
    ],
    info: ['Use one drop at night and the short sight tends to get worse far more slowly.'],
    silent: [
      "Sand the handle and it'll stop catching on your sleeve.",
      'Oil the hinge and the door will stop squeaking.',
      'Fix the chair and your back will stop hurting.',
      "Give them the map and they'll arrive at the venue calm.",
      "Water the hedge and it'll grow back thicker.",
      "Pack their lunch the night before and they'll walk into school calm and ready.",
      'Fill the tank on Mondays and the price tends to creep up more slowly.',
      'Ignore the bruise and within a week it will stop hurting.',
    ],
  },
];

describe('round 24 (C): frames of ranking, relief, comparison and consequence', () => {
  formCases(FORMS);
  it('marks a ranked way from the copula to the end of its health object', () => {
    assert.deepEqual(claims('Cotton gloves at night are the best fix for dry, cracked hands.'), ['unsupported-claim/warning «are the best fix for dry, cracked hands»']);
  });
});

describe('round 24 (C): help given to a person described by a complaint', () => {
  for (const s of ['Chamomile may help a child who gets anxious before school.', 'Valerian might help the student who goes pale and shaky at the thought of an interview.']) {
    it(`hedged: ${s}`, () => {
      assert.ok(claims(s).some((g) => g.startsWith('unsupported-claim/info')), `${s}: ${claims(s).join('; ')}`);
    });
  }
  for (const s of [
    'A tutor may help the teenager who goes blank in maths.',
    'A reading buddy could help a child who gets bored in class.',
    'The app may help the student who goes to the library every day.',
    'The map may help the runner who goes the wrong way.',
    'A mentor may help the student who gets nervous at work.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
});

describe('round 24 (C): unnamed sources named by a profession', () => {
  for (const s of [
    'Vets recommend fish oil for dogs with stiff joints.',
    'Singing teachers swear that honey soothes a hoarse voice.',
    'Scientists have discovered that green tea lowers blood pressure.',
  ]) {
    it(`vague: ${s}`, () => {
      assert.ok(claims(s).some((g) => g.startsWith('vague-attribution/')), `${s}: ${claims(s).join('; ')}`);
    });
  }
  for (const s of [
    'Vets recommend booking early for Christmas.',
    'Scientists have discovered a new species of frog.',
    'Voice coaches recommend warming up for ten minutes before a concert.',
    'Singing teachers say that a good warm-up helps you hit the high notes.',
    'Our vets have discovered that the new surgery needs a bigger car park.',
    'He left a loud voice message and a tired voice note for his boss.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
});

describe('round 24 (C): the vague object things with a comparative of speed', () => {
  for (const s of ['Wearing a wrist splint at night settles things far quicker.', 'A warm compress calms things faster than ice.']) {
    it(`unsupported: ${s}`, () => {
      assert.ok(claims(s).some((g) => g.startsWith('unsupported-claim/warning')), `${s}: ${claims(s).join('; ')}`);
    });
  }
  it('hedged after a population: Some of my patients find that a night splint settles things faster.', () => {
    const s = 'Some of my patients find that a night splint settles things faster.';
    assert.ok(claims(s).some((g) => g.startsWith('unsupported-claim/info')), `${s}: ${claims(s).join('; ')}`);
  });
  for (const s of [
    'A good manager settles things faster.',
    'The new rota calms things quicker on busy days.',
    'A cup of tea settles things faster than an argument.',
    'The referee calmed things faster than anyone expected.',
    'Talking it through settles things sooner at home.',
  ]) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claims(s), [], s);
    });
  }
});
