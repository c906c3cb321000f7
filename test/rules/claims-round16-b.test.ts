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

  // The coverage grid written before any change (one claim sentence per lexicon entry or idiom of part B's classes, in a
  // dozen health areas, and the nearest near-claims). Before the round: 55 of 79 claims read and 52 of 52 near-claims silent;
  // after: 73 of 79 and 52 of 52. Cure language ('gets rid of', 'banish') is absolute-claim, as the rule reads it. The rows
  // still missed follow the table.
  describe('the coverage grid: lay complaints, good states, and outcomes as the subject of a change, each in a claim frame and a near-claim', () => {
    cases([
      ['Our magnesium spray eases the aching in your calves after a long run.', ['unsupported-claim warning «eases»']],
      ['The turmeric capsules take away the aching in my knuckles.', ['unsupported-claim warning «take away»']],
      ['This numbing gel soothes the twinges in your jaw after a filling.', ['unsupported-claim warning «soothes»']],
      ['The daily stretches get rid of those niggles in your lower back.', ['absolute-claim error «get rid of»']],
      ['This contoured pillow gets rid of the crick in your neck.', ['absolute-claim error «gets rid of»']],
      ['Our joint formula loosens morning stiffness in the fingers.', ['unsupported-claim warning «loosens»']],
      ['The peppermint capsules banish that after-dinner bloat.', ['absolute-claim error «banish»']],
      ['Fennel drops relieve trapped wind in colicky babies.', ['unsupported-claim warning «drops»']],
      ['Chromium picolinate curbs sugar cravings in people with type 2 diabetes.', ['unsupported-claim warning «curbs»']],
      ['The protein shakes stop the afternoon slumps.', ['unsupported-claim warning «stop»']],
      ['The low-GI plan prevents energy crashes between meals.', ['unsupported-claim warning «prevents»']],
      ["Lion's mane clears the fog in your head.", ['unsupported-claim warning «clears»']],
      ['The sunrise lamp takes the edge off the morning grogginess.', ['unsupported-claim warning «takes the edge off»']],
      ['L-theanine smooths out the jitters from your coffee.', ['unsupported-claim warning «smooths out»']],
      ['A few drops of our flower remedy settle your nerves before a driving test.', ['unsupported-claim warning «settle»']],
      ['The breathing app calms the butterflies before a big presentation.', ['unsupported-claim warning «calms»']],
      ['Our zinc serum reduces breakouts on the chin.', ['unsupported-claim warning «reduces»']],
      ['The clay mask fades blemishes overnight.', ['unsupported-claim warning «fades»']],
      ['The cold roller reduces puffiness around the eyes.', ['unsupported-claim warning «reduces»']],
      ['Our eye cream lightens dark circles in two weeks.', ['unsupported-claim warning «lightens»']],
      ['Cutting out nightshades calms eczema flare-ups.', ['unsupported-claim warning «calms»']],
      ['Elderberry syrup shortens a cold that lingers.', ['unsupported-claim warning «shortens»']],
      ['The wrist brace reduces strain on the tendons.', ['unsupported-claim warning «reduces»']],
      ['The maternity belt eases the strain on your lower back.', ['unsupported-claim warning «eases»']],
      ['Ginger sweets take away the queasiness of early pregnancy.', ['unsupported-claim warning «sweets take away»']],
      ['The night guard stops the soreness in your jaw from grinding.', ['unsupported-claim warning «stops»']],
      ['The salt pipe eases the tightness in your chest.', ['unsupported-claim warning «eases»']],
      ["The saline spray clears the stuffiness in a baby's nose.", ['unsupported-claim warning «clears»']],
      ['A spoonful of honey soothes the tickle in your throat.', ['unsupported-claim warning «soothes»']],
      ['The weighted blanket calms restlessness at bedtime.', ['unsupported-claim warning «calms»']],
      ['Tart cherry juice ends the tossing and turning.', ['unsupported-claim warning «ends»']],
      ['Our fertility blend reduces the cramping after embryo transfer.', ['unsupported-claim warning «reduces»']],
      ['The compression socks ease the heaviness in your legs.', ['unsupported-claim warning «ease»']],
      ['This tonic puts the bounce back in your step.', ['unsupported-claim warning «puts the bounce back in your step»']],
      ["Collagen drinks bring back your skin's glow.", ['unsupported-claim warning «bring back»']],
      ['The chair yoga programme improves mobility in stiff hips.', ['unsupported-claim warning «improves»']],
      ['The physio exercises increase the range of movement in your shoulder.', ['unsupported-claim warning «increase»']],
      ["The zinc drops restore a child's appetite after an illness.", ['unsupported-claim warning «drops»']],
      ['Beetroot juice boosts stamina on long rides.', ['unsupported-claim warning «boosts»']],
      ['The nootropic sharpens focus during exams.', ['unsupported-claim warning «sharpens»']],
      ['Our green powder improves concentration in the afternoon.', ['unsupported-claim warning «improves»']],
      ['The iron syrup gives toddlers their zest back.', ['unsupported-claim warning «gives toddlers»']],
      ['CoQ10 improves egg quality in women over 35.', ['unsupported-claim warning «improves»']],
      ['The pelvic-floor trainer improves bladder control after childbirth.', ['unsupported-claim warning «improves»']],
      ['The brain fog lifts within days of starting the B12 injections.', ['unsupported-claim warning «brain fog lifts»']],
      ['The fog in my head lifted within a week of starting the omega-3.', ['unsupported-claim warning «fog in my head lifted»']],
      ['With the new cream, her breakouts cleared in a month.', ['unsupported-claim warning «her breakouts cleared»']],
      ["My son's tummy settled within a week on the probiotic drops.", ["unsupported-claim warning «My son's tummy settled»"]],
      ['The puffiness fades within minutes of using the ice roller.', ['unsupported-claim warning «The puffiness fades»']],
      ['On the gluten-free diet, the bloating vanished.', ['unsupported-claim warning «the bloating vanished»']],
      ['Since starting the mouthwash, the bleeding when I brush has disappeared.', ['unsupported-claim warning «the bleeding when I brush has disappeared»']],
      ['Her energy went through the roof once she started the iron tablets.', ['unsupported-claim warning «Her energy went through the roof»']],
      ['My stamina has soared since I started the beetroot shots.', ['unsupported-claim warning «My stamina has soared»']],
      ['His appetite picked up within days of starting the zinc drops.', ['unsupported-claim warning «His appetite picked up»']],
      ['Within a week of the new inhaler, the wheeze had eased off.', ['unsupported-claim warning «the wheeze had eased off»']],
      ['The hot flushes died down after a month on the black cohosh.', ['unsupported-claim warning «The hot flushes died down»']],
      ['After the first session, the twinges in my heel stopped.', ['unsupported-claim warning «my heel stopped»']],
      ['My sleep quality shot up after I started the magnesium.', ['unsupported-claim warning «My sleep quality shot up»']],
      ['The night-time itching calmed down within days of switching to the oat cream.', ['unsupported-claim warning «itching calmed down»']],
      ["Their nerves are much steadier when they're on the drops.", ['unsupported-claim warning «Their nerves are much steadier»']],
      ['The jitters went away as soon as I switched to the mushroom coffee.', ['unsupported-claim warning «The jitters went away as soon as I switched to»']],
      ['She was back at work with barely a twinge within six weeks of starting the rehab programme.', ['unsupported-claim warning «She was back at work»']],
      ['The morning grogginess clears within days of using the sunrise lamp.', ['unsupported-claim warning «The morning grogginess clears»']],
      ['My asthma settled within two weeks of starting the preventer inhaler.', ['unsupported-claim warning «asthma settled»']],
      ['My cycles settled after three months of acupuncture.', ['unsupported-claim warning «My cycles settled»']],
      ['The tooth sensitivity faded after a fortnight of using the enamel toothpaste.', ['unsupported-claim warning «tooth sensitivity faded»']],
      ['Customers say their stamina is through the roof after a week on the shots.', ['unsupported-claim warning «their stamina is through the roof»']],
      ['The stiffness in my fingers eases within an hour of taking the capsules.', ['unsupported-claim warning «The stiffness in my fingers eases»']],
      ['My focus jumped in the first week of taking the capsules.', ['unsupported-claim warning «My focus jumped»']],
      ['Some people find the aching eases after a few sessions of acupuncture.', ['unsupported-claim info «the aching eases»']],
      ['A magnesium soak might help with the night-time aching.', ['unsupported-claim info «might help»']],
      ['Lavender drops may settle pre-exam nerves.', ['unsupported-claim info «may settle»']],
      ['Some parents find a bedtime story routine lifts the grogginess in the morning.', ['unsupported-claim info «lifts»']],
      ['The fog lifts by mid-morning on most autumn days.', []],
      ['The morning fog usually clears by ten.', []],
      ['The financial strain on families has eased since the new grant.', []],
      ['The strain on the hospital is through the roof this winter.', []],
      ['Fuel prices went through the roof last year.', []],
      ['The nerves of the hand run along the wrist.', []],
      ['Nerves carry signals from the skin to the brain.', []],
      ['Our bloated budget needs trimming.', []],
      ['A cold that lingers for more than three weeks should be checked by your GP.', []],
      ['Most colds clear up on their own within a week.', []],
      ['The aching usually settles on its own within a few days.', []],
      ['The stiffness tends to wear off after the first hour of the day.', []],
      ['Does the fog lift after the first session?', []],
      ["The fog didn't lift after the sessions.", []],
      ['The aching did not ease with any of the creams.', []],
      ['Aching and stiffness are common side effects of statins.', []],
      ['The jab may leave your arm aching for a day or two.', []],
      ['The twinges got worse after I started running.', []],
      ['Breakouts are common in the first weeks of using retinol.', []],
      ['The appointment takes about twenty minutes, and parking is free.', []],
      ['The share price soared after the announcement.', []],
      ['Sales picked up over Christmas.', []],
      ['The wind picked up in the afternoon, so we cut the walk short.', []],
      ['My nerves were in shreds before the exam.', []],
      ['I get butterflies before every match.', []],
      ['The butterflies in the garden love the buddleia.', []],
      ['Dark circles can be a sign of poor sleep or allergies.', []],
      ['Puffiness around the eyes is often worse in the morning.', []],
      ['The glow of the fairy lights makes the room feel cosy.', []],
      ['His focus this month is on the exams.', []],
      ['The focus of this post is the evidence on vitamin D.', []],
      ['Range of movement is measured with a goniometer.', []],
      ["Ask your pharmacist if the aching doesn't settle within a week.", []],
      ["If the stiffness doesn't ease, see your physio.", []],
      ['Her energy crashed after the night shift.', []],
      ['The cravings got worse in the third trimester.', []],
      ["Your child's appetite usually picks up again after a growth spurt.", []],
      ['The rash faded after a few days without any treatment.', []],
      ['The swelling went down by itself over the weekend.', []],
      ['The bridge was closed because of strain on the cables.', []],
      ["The team's K/D ratio jumped after the patch.", []],
      ['The crash in the markets hit our savings.', []],
      ['Her nerves of steel won the final.', []],
      ['The cold lingered over the valley all week.', []],
      ['Trapped wind is caused by swallowing air.', []],
      ['Demand for fans went through the roof in the heatwave.', []],
      ['The bloating got worse after I started the iron tablets.', []],
      ['My energy went through the floor after the chemo.', []],
      ['The twinge in my knee started after the marathon.', []],
      ['Stamina falls away in the last ten minutes of a match.', []],
      ['The fog rolled in after lunch and the ferry was cancelled.', []],
      ['My appetite picked up after the holidays.', []],
    ]);
  });
  // Still missed by the grid (verbs and frames of other parts, or a measure that is no cue):
  //   Our toothpaste stops that sharp twinge from cold drinks.
  //   Our multivitamin gives children more get-up-and-go.
  //   After two sessions of acupuncture the aching just melts away.
  //   The nausea subsided within an hour of putting on the acupressure band.
  //   My blood sugars levelled out after a month on the berberine.
  //   The cravings melt away on the keto plan.
});
