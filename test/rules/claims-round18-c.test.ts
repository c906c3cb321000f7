// The claim rules on round 17's blind drafts (issue #3, round 18, part C): general frames of consequence, comparison,
// mechanism and hedged help. Part C wrote a coverage grid first (for each form, claims in several health areas and the
// nearest sentences that must stay silent) and recorded the classifier on it before changing anything (28 of 35 claims
// found, 44 of 44 near-claims silent); the last block is that grid as it stands after the change. Each other describe block
// is one form, with the nearest negatives. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 17 drafts (round 18, part C: consequences, comparisons, mechanisms and hedged help)', () => {
  describe("sleep in the idiom 'sleep like a baby/log' brought about in the reader or a child by a thing, in the present or future ('has you sleeping like a log', 'will have your toddler sleeping like a baby')", () => {
    cases([
      ['Our bedtime drops will have you sleeping like a top.', ['unsupported-claim warning «will have you sleeping like a top»']],
      ['Our magnesium spray has you sleeping like a log by the second night.', ['unsupported-claim warning «has you sleeping like a log»']],
      ['This lavender pillow mist will have your toddler sleeping like a baby.', ['unsupported-claim warning «will have your toddler sleeping like a baby»']],
      ['This cooling pillow has your teenager sleeping like a log, even through hay fever season.', ['unsupported-claim warning «has your teenager sleeping like a log»']],
      // Sleep told of a person with no promise, a question, a negation: silent.
      ['The new baby sleeps like a log in the afternoons.', []],
      ['We slept like babies after the long drive home.', []],
      ['The sea air had us sleeping like logs.', []],
      ["Will you sleep like a baby after the operation?", []],
      ["You won't sleep like a baby in the first weeks after the birth.", []],
    ]);
  });

  describe("a person knocked out faster than something or like a light ('knocks you out faster than sleeping tablets')", () => {
    cases([
      ['Our chamomile drops knock you out faster than sleeping pills.', ['unsupported-claim warning «knock you out faster than»']],
      ['This weighted blanket knocks them out like a light, even after a long-haul flight.', ['unsupported-claim warning «knocks them out like a light»']],
      ['Honestly, the valerian tincture knocked me out quicker than any prescription.', ['unsupported-claim warning «knocked me out quicker than»']],
      ['A warm bath with our oils knocks you out like a light after a chemo day.', ['unsupported-claim warning «knocks you out like a light»']],
      // A side effect, a boxer, a question: silent.
      ["Antihistamines can knock you out, so don't drive after taking them.", []],
      ['The boxer knocked him out in the second round.', []],
      ['Does valerian tea knock you out?', []],
      ['The heat knocked us out for the whole afternoon.', []],
    ]);
  });

  describe("relief brought within seconds or minutes or at once ('bring relief within minutes')", () => {
    cases([
      ['Our teething gel brings relief within minutes.', ['unsupported-claim warning «brings relief within minutes»']],
      ['Menthol rubs give relief almost instantly, so they are handy before bed.', ['unsupported-claim warning «give relief almost instantly»']],
      ['The reliever spray provides relief in seconds, which makes it ideal for pollen season.', ['unsupported-claim warning «provides relief in seconds»']],
      ['This eye wash brings you relief straight away.', ['unsupported-claim warning «brings you relief straight away»']],
      // Relief with no speed, relief of a town, a question, a negation: silent.
      ['The ceasefire brought relief to the whole town.', []],
      ['The end of the exam season brings relief to every parent.', []],
      ['Does the gel bring relief within minutes?', []],
      ["The spray doesn't bring relief within minutes for everyone.", []],
    ]);
  });

  describe("the root cause treated instead of masking the symptoms ('Unlike antidepressants, X gets to the root cause instead of masking your symptoms')", () => {
    cases([
      ['Unlike steroid inhalers, our breathing course goes after the root cause instead of masking the symptoms.', ['unsupported-claim warning «root cause instead of masking the symptoms»']],
      ['Homeopathy treats the underlying cause rather than suppressing your symptoms.', ['unsupported-claim warning «underlying cause rather than suppressing your symptoms»']],
      ['Our acne programme deals with the underlying causes rather than papering over the symptoms.', ['unsupported-claim warning «underlying causes rather than papering over the symptoms»']],
      ['Unlike painkillers, chiropractic fixes the root cause rather than covering up the symptoms.', ['unsupported-claim warning «root cause rather than covering up the symptoms»']],
      // Looking for a cause, masking alone, a question: silent.
      ['Your GP will look for the root cause of your tiredness.', []],
      ['Painkillers only mask the symptoms of a slipped disc.', []],
      ['Does homeopathy treat the root cause rather than masking symptoms?', []],
      ['Unlike paracetamol, ibuprofen should be taken with food.', []],
    ]);
  });

  describe("a speed of recovery compared with a group that goes without the treatment ('recover twice as fast as those who skip them')", () => {
    cases([
      ['Patients who do their stretches recover twice as fast as those who skip them.', ['unsupported-claim warning «twice as fast»']],
      ['Babies who get the probiotic drops settle three times as quickly as those who don\'t.', ['unsupported-claim warning «three times as quickly»']],
      ['Clients who wear the splint heal twice as fast as people who go without.', ['unsupported-claim warning «twice as fast»']],
      ['Women who take the iron tablets recover twice as fast as those who stopped.', ['unsupported-claim warning «twice as fast»']],
      // No verb of recovery, no treatment, a question: silent.
      ['Runners who train twice a day tire twice as fast as those who rest.', []],
      ['The new clinic sees patients twice as fast as the old one.', []],
      ['Children grow twice as fast in their first year as in their second.', []],
      ['Do patients who do the drills recover twice as fast as those who skip them?', []],
    ]);
  });

  describe("lay complaints of the urinary tract and the balance system ('the stinging', 'the wobbliness'), and a feeling named by two adjectives ('the queasy, overloaded feeling')", () => {
    cases([
      ['Our bladder tea soothes the stinging within a day.', ['unsupported-claim warning «soothes»']],
      ['These head exercises reduce the wobbliness when you stand up.', ['unsupported-claim warning «reduce»']],
      ['Ginger chews might ease the queasy, unsettled feeling of early pregnancy.', ['unsupported-claim info «might ease»']],
      ['Our eye mask relieves the gritty, strained feeling after a long screen day.', ['unsupported-claim warning «relieves»']],
      ['Our falls-prevention classes cut the unsteadiness that older people feel on stairs.', ['unsupported-claim warning «cut»']],
      // The complaint alone, the stinging of nettles, a harm, a question: silent.
      ['Wear gloves when you clear the stinging nettles.', []],
      ['The stinging usually settles within a day or two.', []],
      ['Some people get a queasy, unsettled feeling on long coach trips.', []],
      ['Does the tea soothe the stinging?', []],
      ['Some antibiotics can cause wobbliness.', []],
    ]);
  });

  describe("a calming or retraining verb with a part of the brain or of the balance system as its object ('calms the amygdala', 'retrains the vestibular system')", () => {
    cases([
      ['Our breathing app calms the amygdala before an exam.', ['unsupported-claim warning «calms»']],
      ['These eye exercises retrain the vestibular system after an ear infection.', ['unsupported-claim warning «retrain»']],
      ['Hypnotherapy soothes the limbic system in minutes.', ['unsupported-claim warning «soothes»']],
      ['Our craniosacral sessions rebalance the inner ear.', ['unsupported-claim warning «rebalance»']],
      // The part named with no benefit, a question, a negation: silent.
      ['The amygdala processes fear and other emotions.', []],
      ['The inner ear sends signals about head position to the brain.', []],
      ['Does mindfulness calm the amygdala?', []],
      ['The vestibular system develops through childhood.', []],
    ]);
  });

  describe("help back to the everyday tasks of one's own independence ('can help you get back to doing your own food shop')", () => {
    cases([
      ['Our stroke rehab programme can help you get back to doing your own shopping.', ['unsupported-claim warning «help you get back to doing your own shopping»']],
      ['Occupational therapy helps patients get back to their own cooking after a hip operation.', ['unsupported-claim warning «helps patients get back to their own cooking»']],
      ['Our home exercise plan may help your mum get back to doing her own housework.', ['unsupported-claim info «may help your mum get back to doing her own housework»']],
      ['The cardiac rehab class helped me get back to my own gardening.', ['unsupported-claim warning «helped me get back to my own gardening»']],
      // A place, a journey, a travel agent's 'things', a question: silent.
      ['Your practice nurse can help you get back to the car park.', []],
      ['A travel agent can help you get back to doing the things you love.', []],
      ['Can a physio help you get back to doing your own shopping?', []],
      ['The porter will help you get back to your own ward.', []],
    ]);
  });

  describe("a non-restrictive modifier of the subject ('X, sold in pharmacies, might reduce …', 'X, a sugar sold as a powder, could help …'): its logistics or distancing cue does not veto the main clause", () => {
    cases([
      ['Evening primrose capsules, sold as a soft gel, might ease breast pain before a period.', ['unsupported-claim info «might ease»']],
      ['Arnica gel, stocked by most pharmacies, soothes bruises overnight.', ['unsupported-claim warning «soothes»']],
      ['Nicotine lozenges, available from pharmacies, could help some smokers cut down on cravings.', ['unsupported-claim info «could help»']],
      ['Gripe water, sold in most pharmacies, eases colic within a week.', ['unsupported-claim warning «eases»']],
      // The sale itself, a debunked remedy, advice, a price: silent.
      ['Laetrile, sold as a cancer cure, has never been shown to work.', []],
      ['Some products, sold as cures, claim to reverse diabetes.', []],
      ['Arnica gel, sold in pharmacies and supermarkets, costs about four pounds.', []],
      ['Cranberry juice is sold in pharmacies as a remedy for cystitis.', []],
      ['Ask for potassium citrate sachets, sold in pharmacies, if the stinging is bad.', []],
    ]);
  });

  describe('the coverage grid, written before the change (28 of 35 claims found, 44 of 44 near-claims silent; after it 30 of 35 and 44 of 44): each form in several health areas and its nearest near-claims (rows the rules still miss are left out and listed in the report)', () => {
    cases([
      // F1 idioms of sleep and relief as outcomes: 'sleep like a log/baby', 'bring(s) relief', 'knock(s) you out'
      ["Our magnesium spray has you sleeping like a log by the second night.", ["unsupported-claim warning «has you sleeping like a log»"]],
      ["This lavender pillow mist will have your toddler sleeping like a baby.", ["unsupported-claim warning «will have your toddler sleeping like a baby»"]],
      ["Our cooling gel brings relief within minutes for sunburnt skin.", ["unsupported-claim warning «brings relief within minutes»"]],
      ["Clove oil brings instant relief to an aching tooth.", ["unsupported-claim warning «brings instant relief»"]],
      ["Warm milk with honey might bring some relief to a teething baby.", ["unsupported-claim info «bring some relief to»"]],
      ["The new baby sleeps like a log in the afternoons.", []],
      ["We slept like babies after the long drive home.", []],
      ["The ceasefire brought relief to the whole town.", []],
      ["The end of the exam season brings relief to every parent.", []],
      ["The boxer knocked him out in the second round.", []],
      ["Does valerian tea knock you out?", []],
      ["Antihistamines can knock you out, so don't drive after taking them.", []],
      ["Lavender tea doesn't bring relief to everyone.", []],
      // F2 imperative or verbless phrase + 'and' + consequence
      ["Take two capsules before bed and you'll sleep like a log.", ["unsupported-claim warning «you'll sleep like a log»"]],
      ["Rub a little balm into your knuckles and the stiffness just melts away.", ["unsupported-claim warning «stiffness just melts away»"]],
      ["Use the inhaler spacer every morning and by the weekend you'll notice the wheeze easing off.", ["unsupported-claim warning «the wheeze easing off»"]],
      ["A few drops under the tongue and the anxiety just lifts.", ["unsupported-claim warning «the anxiety just lifts»"]],
      ["Book before Friday and you'll get a free consultation.", []],
      ["Take the second left and you'll see the pharmacy.", []],
      ["A cup of coffee every morning and the day just goes.", []],
      ["Keep taking the tablets and tell your GP if the rash spreads.", []],
      ["Wash your hands before touching the lenses and you'll avoid smudges.", []],
      ["Stop the cream and the redness may come back.", []],
      ["Rest for a week and the sprain will usually settle on its own.", []],
      ["Slip a pair into your work boots and you'll be ready for the site.", []],
      // F3 comparisons of speed with a drug or with not treating
      ["Our CBD gummies work faster than sleeping pills.", ["unsupported-claim warning «work faster than»"]],
      ["Acupuncture clears a migraine more quickly than painkillers.", ["unsupported-claim warning «clears»"]],
      ["Children who use the eczema balm heal twice as fast as those who don't.", ["unsupported-claim warning «twice as fast»"]],
      ["Some parents find that a steam bath eases croup more quickly than medicine alone.", ["unsupported-claim info «eases»"]],
      ["Stretching every day helps arthritis settle faster than resting.", ["unsupported-claim warning «helps»"]],
      ["The new clinic sees patients twice as fast as the old one.", []],
      ["Online booking is faster than phoning the surgery.", []],
      ["Children grow twice as fast in their first year as in their second.", []],
      ["Tablets dissolve more quickly than capsules.", []],
      ["Painkillers work faster if you take them with food.", []],
      ["Does acupuncture work faster than painkillers?", []],
      ["Cold sores heal more quickly than most people expect.", []],
      ["Runners who train twice a day tire twice as fast as those who rest.", []],
      // F4 a calming or retraining verb with a part of the body or a body function as object
      ["Our breathing app calms the vagus nerve in minutes.", ["unsupported-claim warning «calms»"]],
      ["Yoga nidra soothes the nervous system and resets your stress response.", ["unsupported-claim warning «soothes»"]],
      ["These eye exercises retrain the focusing muscles so you can ditch your glasses.", ["unsupported-claim warning «retrain»"]],
      ["Our probiotic rebalances your gut flora within a week.", ["unsupported-claim warning «rebalances»"]],
      ["Bedtime acupressure resets the body clock of a wakeful toddler.", ["unsupported-claim warning «resets»"]],
      ["Mindfulness might calm the overactive fight-or-flight response.", ["unsupported-claim info «might calm»"]],
      ["The amygdala processes fear and other emotions.", []],
      ["The nervous system controls every movement you make.", []],
      ["Caffeine stimulates the nervous system.", []],
      ["Try to calm your breathing before the blood test.", []],
      ["The coach retrains the team before every season.", []],
      ["The vagus nerve runs from the brain to the abdomen.", []],
      ["Jet lag upsets the body clock for a few days.", []],
      ["Does yoga calm the nervous system?", []],
      // F5 hedged help: help (someone) + verb + complaint; a feeling described by adjectives; help get back to an activity
      ["Cranberry capsules could help some women cut down on cystitis.", ["unsupported-claim info «could help»"]],
      ["A humidifier might help a little with a dry cough at night.", ["unsupported-claim info «might help»"]],
      ["Ginger sweets may help some mums-to-be cut down on morning sickness.", ["unsupported-claim info «may help»"]],
      ["Peppermint oil might ease the crampy, bloated feeling some people get after meals.", ["unsupported-claim info «might ease»"]],
      ["Our pulmonary rehab course can help you get back to climbing the stairs within a month.", ["unsupported-claim warning «help you get back»"]],
      ["Our hand therapy programme can help you get back to gardening after a stroke.", ["unsupported-claim warning «can help»"]],
      ["A pharmacist could help some women find the right size.", []],
      ["A map might help a little on the walk.", []],
      ["Your practice nurse can help you get back to the car park.", []],
      ["The queasy feeling of early pregnancy usually passes by week fourteen.", []],
      ["Some people get a heavy, foggy feeling after a long flight.", []],
      ["Could this help some women cut down on repeat infections?", []],
      ["A travel agent can help you get back to doing the things you love.", []],
      ["Ask your pharmacist whether D-mannose could help you.", []],
      // F6 'Unlike <drug>, X treats the root cause' and mechanisms stated as benefit
      ["Unlike steroid creams, our balm treats the root cause of eczema.", ["unsupported-claim warning «treats»"]],
      ["Unlike painkillers, acupuncture gets to the root of your back pain.", ["unsupported-claim warning «gets to the root of»"]],
      ["Unlike inhalers, our breathing course tackles the underlying cause of asthma.", ["unsupported-claim warning «tackles»"]],
      ["This gel forms a protective barrier over mouth ulcers that keeps the pain away.", ["unsupported-claim warning «keeps the pain away»"]],
      ["Unlike paracetamol, ibuprofen should be taken with food.", []],
      ["Unlike antibiotics, vaccines are given before you get ill.", []],
      ["Your GP will look for the root cause of your tiredness.", []],
      ["The sealant forms a protective barrier over the wooden deck.", []],
    ]);
  });
});
