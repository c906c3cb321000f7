// The claim rules on round 15's blind drafts (issue #3, round 16, part B): outcome nouns and outcomes as the subject. Round
// 15's misses were mostly sentences with no relation at all, because a lay complaint or good state was missing from the
// lexicons, or a good state was the subject of a verb of rising that no frame read. Part B worked from a coverage grid by
// class (lay complaints by body system, good states, verbs of going and of rising; each in a claim frame and in its nearest
// near-claim) before changing anything: ambiguous words are licensed by their neighbours, never matched bare. Each describe
// block is one form, with the nearest sentences where the rules must stay silent; the last block is the grid itself. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 15 drafts (round 16, part B: outcome nouns and outcomes as the subject)', () => {
  describe("lay complaints licensed by their neighbours: 'the aching', a 'twinge', 'fog' of the mind, 'strain' on a body part, 'heaviness' in the legs, 'butterflies' and 'nerves' before an ordeal, the 'bloat' of a meal, caffeine and sugar 'crashes', 'stuffiness' of the nose", () => {
    cases([
      ['Our arnica gel eases the aching in your thighs after a long hike.', ['unsupported-claim warning «eases»']],
      ['A warm wheat bag helps with that dull aching.', ['unsupported-claim warning «helps»']],
      ['The cooling gel eases the night-time aching.', ['unsupported-claim warning «eases»']],
      ['Our gel soothes that sharp twinge.', ['unsupported-claim warning «soothes»']],
      ['Our lozenges soothe the twinge when you swallow.', ['unsupported-claim warning «soothe»']],
      ['Our heel cups reduce the strain on your Achilles.', ['unsupported-claim warning «reduce»']],
      ['Lion\'s mane clears the fog in your head by mid-morning.', ['unsupported-claim warning «clears»']],
      ['Our menopause blend lifts menopausal fog.', ['unsupported-claim warning «lifts»']],
      ['The compression tights ease the heaviness in your legs on long flights.', ['unsupported-claim warning «ease»']],
      ['The breathing app settles the butterflies in your tummy before a job interview.', ['unsupported-claim warning «settles»']],
      ['Peppermint oil capsules calm that after-dinner bloat.', ['unsupported-claim warning «calm»']],
      ['Our decaf blend prevents caffeine crashes.', ['unsupported-claim warning «prevents»']],
      ['The saline rinse eases nasal stuffiness.', ['unsupported-claim warning «eases»']],
      ['Our herbal tea ends the stuffiness in your head at night.', ['unsupported-claim warning «ends»']],
      // The same words in another sense, a description, a question, a negation: silent.
      ['She was aching to see her grandchildren again.', []],
      ['I felt a twinge of guilt about skipping the gym.', []],
      ['The financial strain on young families is huge.', []],
      ["The strain on the ward's staff has eased since the new rota.", []],
      ['The sea fog cleared by lunchtime.', []],
      ["Fog in the valley delayed the clinic's morning appointments.", []],
      ['The nerves of the hand run through the carpal tunnel.', []],
      ['The butterflies in the garden love the buddleia.', []],
      ['Our booking system crashes whenever too many people log on.', []],
      ['Heaviness in the legs can be a sign of varicose veins.', []],
      ['Opening a window clears the stuffiness of the room.', []],
      ['Does this gel help with the aching?', []],
      ['The cream did not ease the aching at all.', []],
      ['Pre-exam nerves are very common among teenagers.', []],
    ]);
  });

  describe("a good state as the subject of a verb of rising or returning ('went through the roof', 'soared', 'picked up', 'jumped'), or calmer, licensed by a treatment after it or opening the sentence", () => {
    cases([
      ['Her energy went through the roof once she started the iron tablets.', ['unsupported-claim warning «Her energy went through the roof»']],
      ['My stamina has soared since I started the beetroot capsules.', ['unsupported-claim warning «My stamina has soared»']],
      ['His appetite picked up within days of starting the zinc drops.', ['unsupported-claim warning «His appetite picked up»']],
      ['My focus jumped in the first week of taking the capsules.', ['unsupported-claim warning «My focus jumped»']],
      ['Since starting the magnesium spray, her sleep has improved.', ['unsupported-claim warning «her sleep has improved»']],
      ["Our son's appetite came back within a week of the probiotic drops.", ["unsupported-claim warning «Our son's appetite came back»"]],
      ["Their nerves are much steadier when they're on the drops.", ['unsupported-claim warning «Their nerves are much steadier»']],
      // The natural course, a holiday, money, a question, a negation, a worse state: silent.
      ["Your child's appetite usually picks up again after a growth spurt.", []],
      ['Her energy came back after a long holiday.', []],
      ['Sales picked up after Christmas.', []],
      ['Fuel prices went through the roof after the budget.', []],
      ['The share price soared when the trial results came out.', []],
      ['My appetite picked up after the holidays.', []],
      ['Her energy went through the roof once the exams were over.', []],
      ['Did his appetite pick up after the zinc drops?', []],
      ["His appetite hasn't picked up since he started the drops.", []],
      ['My energy crashed after the night shift.', []],
    ]);
  });

  describe("a vague head of the mind ('the fog') clearing is a claim only when its licence names a treatment; after lunch or the sun it is the weather", () => {
    cases([
      ['The fog lifts after just one session.', ['unsupported-claim warning «The fog lifts»']],
      ['The fog clears within minutes of the first dose.', ['unsupported-claim warning «The fog clears»']],
      ['After a single session, the fog lifts.', ['unsupported-claim warning «the fog lifts»']],
      ['The fog lifts by mid-morning on most days.', []],
      ['The fog cleared after lunch and the ferry sailed.', []],
      ['The fog lifted after the sun came up.', []],
      ['Does the fog lift after the first session?', []],
      ["The fog didn't lift after the session.", []],
    ]);
  });

  describe("the people a service receives report a good state 'through the roof' or 'soared' (the shared verbs of returning)", () => {
    cases([
      ['Customers tell us their energy is through the roof within a week.', ['unsupported-claim warning «their energy is through the roof»']],
      ['Our members say their stamina has soared.', ['unsupported-claim warning «their stamina has soared»']],
      ['Customers tell us delivery is through the roof at Christmas.', []],
      ['Our members say the prices have soared.', []],
    ]);
  });

  describe("the population hedge in the first or second person plural ('Some of us find', 'A few of you may find') is info; 'many of us' stays a testimonial", () => {
    cases([
      ['Some of us find a warm bath before bed helps with the night-time aching.', ['unsupported-claim info «helps»']],
      ['A few of you find that the stretches ease your back pain.', ['unsupported-claim info «ease»']],
      ['One or two of us found the tea eased our heartburn.', ['unsupported-claim info «eased»']],
      ['Many of us find that the drops ease our dry eyes.', ['unsupported-claim warning «ease»']],
      ['Some of us find the car park hard to get into.', []],
    ]);
  });
});
