// The claim rules on round 16's blind drafts (issue #3, round 17, part B): testimonies and case stories. Part B wrote a grid
// by form before changing anything (each form in several health areas and voices, with its nearest near-claims: the same
// words in another sense, questions, negations, advice, the natural course with no treatment, daily life), then read the
// forms in claims-reported.json round17B (round17BClaim in server/src/engine/claims.ts) and a few list additions. Each
// describe block is one form; the last block holds sentences written after the code and never tuned on. None of these
// sentences is taken from the corpus or from a benchmark. The grid's sentences that the rules still get wrong are listed at
// the end of this comment, not tested:
//   After three sessions of our light therapy, Priya was reading bedtime stories to her kids again. (silent; a claim)
//   Our rehab plan had him back on the tennis court in six weeks. (silent; a claim)
//   What got me back on my bike was a cheap second-hand frame. (reported: ["unsupported-claim warning «got me back on my bike»"]; a near-claim)
//   The low-carb plan brought my fasting sugar down from 11 to 6. (silent; a claim)
//   After the new pessary he went from ten hot flushes a day to three. (silent; a claim)
//   After the steroid cream his eczema settled within a week. (silent; a claim)
//   Patients tell us their teeth stay whiter for a year after the whitening session. (silent; a claim)
//   Ginger tea got me through the worst of the morning sickness. (silent; a claim)
//   The rehab programme rebuilt his confidence on the stairs after the fall. (silent; a claim)
//   Rest and time rebuilt my stamina. (reported: ["unsupported-claim warning «rebuilt»"]; a near-claim, as the present
//     "Rest and time rebuild my stamina" already was before this round: the verb of rebuilding does not read its subject)
//   They rebuilt the stamina of the team over pre-season. (reported: ["unsupported-claim warning «rebuilt»"]; a near-claim)
//   The pelvic physio may help with lifting your toddler. (silent; a claim)
//   Six weeks after he started the physio programme, Dad was mowing the lawn again. (silent; a claim)
//   A fortnight after we switched her to the hypoallergenic formula, our baby was feeding happily again. (silent; a claim)
//   Since the breathing retraining, my son has stopped needing his reliever inhaler. (silent; a claim)
//   Arnica got me through the worst of the bruising. (silent; a claim)

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 16 drafts (round 17, part B: testimonies and case stories)', () => {
  describe("a state regained in a case story: an opening clause that names the treatment (also after a semicolon), then a person back in a good state or an activity 'again', or doing a task of their own ('by our fourth session he was tying his own shoelaces')", () => {
    cases([
      ["Two weeks after starting the magnesium spray, my son was sleeping through the night again.", ["unsupported-claim warning «my son was sleeping through»"]],
      ["A month into the gluten-free plan, she was eating a full dinner again.", ["unsupported-claim warning «she was eating a full dinner again»"]],
      ["By the fourth acupuncture session he was tying his own shoelaces.", ["unsupported-claim warning «he was tying his own shoelaces»"]],
      ["After six weeks on the cod liver oil, my mum was doing her own shopping again.", ["unsupported-claim warning «my mum was doing her own shopping»"]],
      ["Within a fortnight of the new inhaler, Tom was running around the playground again.", ["unsupported-claim warning «Tom was running around the playground again»"]],
      ["After the power cut, the whole street was sleeping through the night again.", []],
      ["Once the builders left, we were sleeping through the night again.", []],
      ["By the fourth birthday he was tying his own shoelaces.", []],
      ["After the holidays she was doing her own shopping again.", []],
      ["Is your toddler sleeping through the night again after the teething?", []],
      ["He was not eating a full dinner again until the summer.", []],
      ["Babies often start sleeping through the night again after a growth spurt.", []],
    ]);
  });
  describe("an ability without an aid or a medicine, in a sentence opened by a treatment ('After two months of X I climbed Snowdon without my knee support')", () => {
    cases([
      ["After two months of the collagen powder I climbed Snowdon without my knee support.", ["unsupported-claim warning «I climbed Snowdon without my knee support»"]],
      ["Since the hypnotherapy course, she flies without her diazepam.", ["unsupported-claim warning «she flies without her diazepam»"]],
      ["After a course of our eye exercises I read the menu without my glasses.", ["unsupported-claim warning «I read the menu without my glasses»"]],
      ["Three weeks into the breathing programme, my daughter ran her school cross-country without her inhaler.", ["unsupported-claim warning «my daughter ran her school cross-country without her inhaler»"]],
      ["Since starting the turmeric, Jim walks to the village without his stick.", ["unsupported-claim warning «Jim walks to the village without his stick»"]],
      ["I walked to the station without my umbrella.", []],
      ["She left the house without her inhaler and had to go back.", []],
      ["Never go hiking without your knee support.", []],
      ["Can I swim without my glasses after laser surgery?", []],
      ["He read the menu without his glasses because the print was large.", []],
      ["Children should not go on school trips without their inhaler.", []],
    ]);
  });
  describe("a person got back to a sport or an activity: a possessive person, 'playing' and its game, the place of a sport after 'back on' (round17BIdioms)", () => {
    cases([
      ["The hydrotherapy got my dad back to swimming lengths.", ["unsupported-claim warning «got my dad back to swimming»"]],
      ["Four sessions of CBT got her back to work after a year off.", ["unsupported-claim warning «got her back to work»"]],
      ["What got me back on my bike was the shockwave therapy.", ["unsupported-claim warning «got me back on my bike»"]],
      ["The orthotics got my son back to playing football.", ["unsupported-claim warning «got my son back to playing»"]],
      ["It was the nerve block that got her back to gardening.", ["unsupported-claim warning «got her back to gardening»"]],
      ["The taxi got my dad back to the hotel.", []],
      ["The school bus got her back home by four.", []],
      ["He was back on the tennis court in six weeks after his holiday.", []],
      ["How soon can I get back to playing football after a sprain?", []],
      ["Getting back to work after maternity leave can feel daunting.", []],
      ["The strike had him back on the picket line in days.", []],
    ]);
  });
  describe("a count of a complaint that fell with its unit elided ('went from eight migraines a month to two'), a measure taken down from a higher number to a lower one", () => {
    cases([
      ["Since starting the fish oil I have gone from eight migraines a month to two.", ["unsupported-claim warning «gone from eight migraines a month to two»"]],
      ["The breathing exercises took my blood pressure down from 160 to 130.", ["unsupported-claim warning «took my blood pressure down from 160 to 130»"]],
      ["My daughter went from five asthma attacks a winter to none after we switched inhalers.", ["unsupported-claim warning «went from five asthma attacks a winter to none»"]],
      ["Beetroot juice took his resting heart rate down from 90 to 70.", ["unsupported-claim warning «took his resting heart rate down from 90 to 70»"]],
      ["Our clinic went from six staff to ten last year.", []],
      ["The price went from five pounds a box to eight.", []],
      ["Her heart rate went from 70 to 140 during the sprint.", []],
      ["Blood pressure can go up from 120 to 140 when you are nervous.", []],
      ["Traffic took my commute from 20 minutes to 45.", []],
      ["The nurse took my blood pressure down the corridor.", []],
      ["The outbreak went from six cases a week to sixty.", []],
    ]);
  });
  describe("a complaint settling or softening as the subject, with a treatment in the sentence ('softens' and 'mellows' join the verbs of clearing)", () => {
    cases([
      ["Since she started the dance class, her anxiety has settled so much that she takes the bus alone.", ["unsupported-claim warning «her anxiety has settled»"]],
      ["Some clients notice their stiffness softens after a few sessions of massage.", ["unsupported-claim info «their stiffness softens»"]],
      ["Since starting yoga, my back pain has softened.", ["unsupported-claim warning «my back pain has softened»"]],
      ["His tinnitus has quietened right down since he started the ginkgo.", ["unsupported-claim warning «His tinnitus has quietened right down»"]],
      ["Some mums find their morning sickness settles after a week of the ginger sweets.", ["unsupported-claim info «their morning sickness settles»"]],
      ["The dust settled after the demolition.", []],
      ["The snow softened the outline of the hills.", []],
      ["His eczema usually settles on its own by school age.", []],
      ["Morning sickness settles by the second trimester for most women.", []],
      ["Has your anxiety settled since the move?", []],
      ["The baby settled after a feed.", []],
      ["Her anxiety has not settled since she started the new job.", []],
    ]);
  });
  describe('an outcome staying better: a good state, a part of the body or a complaint, a verb of staying, a state of health, a duration, then a treatment or a visit', () => {
    cases([
      ["Our customers say their skin stays clearer for months after a peel.", ["unsupported-claim warning «their skin stays clearer for months»"]],
      ["After the laser treatment, my eyes stay moist all day.", ["unsupported-claim warning «my eyes stay moist all day»"]],
      ["With the new mouthguard my jaw stays relaxed through the night.", ["unsupported-claim warning «my jaw stays relaxed through the night»"]],
      ["Some users find their blood sugar stays steadier after a week of the cinnamon capsules.", ["unsupported-claim info «their blood sugar stays steadier»"]],
      ["The shop stays open later after Christmas.", []],
      ["Your skin stays red for a day or two after the peel.", []],
      ["The milk stays fresher for longer in the fridge.", []],
      ["Does your breath stay fresher after brushing your tongue?", []],
      ["My eyes stay sore for hours after swimming.", []],
      ["The ward stays quiet after visiting hours.", []],
    ]);
  });
  describe("'swear by' a treatment, in a sentence with a health word or a population hedge; a car or a café is no treatment", () => {
    cases([
      ["Some of our mums swear by a spoonful of honey for a night-time cough.", ["unsupported-claim info «Some of our mums swear by»"]],
      ["I swear by arnica for bruises.", ["unsupported-claim warning «swear by»"]],
      ["A lot of my eczema patients swear by an oatmeal bath.", ["unsupported-claim warning «swear by»"]],
      ["My husband swears by magnesium for his restless legs.", ["unsupported-claim warning «swears by»"]],
      ["Runners swear by ice baths for sore legs.", ["unsupported-claim warning «swear by»"]],
      ["I swear by all that is holy that I locked the door.", []],
      ["He swore by the gods that he would return.", []],
      ["I don't swear by anything; I just try what the doctor says.", []],
      ["Do you swear by any particular brand of toothpaste?", []],
      ["Some of my friends swear by this café for brunch.", []],
      ["My dad swears by his old Volvo.", []],
    ]);
  });
  describe("'the only thing that finally worked' (an adverb between the relative and 'worked' or 'helped')", () => {
    cases([
      ["Parents say this shampoo is the only thing that finally worked for their child's cradle cap.", ["unsupported-claim warning «the only thing that finally worked»"]],
      ["For me, acupuncture was the only thing that worked for the migraines.", ["unsupported-claim warning «the only thing that worked»"]],
      ["The cooling patches were the only thing that helped her hot flushes.", ["unsupported-claim warning «the only thing that helped»"]],
      ["Low-dose naltrexone is the only thing that has ever worked for my fibromyalgia.", ["unsupported-claim warning «worked for»"]],
      ["Our customers say the wrist splint was the only thing that finally worked.", ["unsupported-claim warning «the only thing that finally worked»"]],
      ["The only thing that worked was the lift to the third floor.", []],
      ["The only thing that finally worked was calling the council twice a day.", []],
      ["Is there anything that finally worked for you?", []],
      ["The only thing that worked in the old kitchen was the kettle.", []],
      ["Nothing finally worked until the plumber came.", []],
      ["The only thing that helped me move house was a van.", []],
    ]);
  });
  describe("got a person through the worst of it ('it' as the hard time after a superlative of hardship), not a person or a support of one's own life", () => {
    cases([
      ["The nerve block got my dad through the worst of his shingles.", ["unsupported-claim warning «block»"]],
      ["Honestly, the CBD oil got me through chemo.", ["unsupported-claim warning «got me through chemo»"]],
      ["Those nasal sprays got my son through hay fever season.", ["unsupported-claim warning «got my son through hay fever season»"]],
      ["My sister got me through the worst of it.", []],
      ["Coffee got me through the night shift.", []],
      ["The satnav got me through the city centre.", []],
      ["Audiobooks got me through the long drive.", []],
      ["What got you through the worst of it?", []],
    ]);
  });
  describe("irregular past of a verb of rebuilding ('rebuilt my stamina')", () => {
    cases([
      ["The pelvic floor classes rebuilt my core strength after the twins.", ["unsupported-claim warning «rebuilt»"]],
      ["Six weeks of iron tablets restored her energy.", ["unsupported-claim warning «restored»"]],
      ["Our graded walking plan rebuilt my stamina after long covid.", ["unsupported-claim warning «rebuilt»"]],
      ["These probiotics rebuilt my gut after the antibiotics.", ["unsupported-claim warning «rebuilt»"]],
      ["The builders rebuilt the garden wall after the storm.", []],
      ["The council restored the old clinic building.", []],
      ["How do I rebuild my stamina after a cold?", []],
      ["Stamina takes months to rebuild after a long illness.", []],
    ]);
  });
  describe("'help with' an everyday activity of the body, said of a thing (carers, volunteers and porters help as care); 'Some of you have said' as a population hedge (info)", () => {
    cases([
      ["Some of our members say the balance class helps with getting up from a chair.", ["unsupported-claim info «helps with getting up from a chair»"]],
      ["The grip exercises help with opening jars.", ["unsupported-claim warning «help with opening jars»"]],
      ["Some parents find the weighted blanket helps with settling at bedtime.", ["unsupported-claim info «helps»"]],
      ["Our chair yoga helps with climbing the stairs.", ["unsupported-claim warning «helps with climbing the stairs»"]],
      ["My neighbour helps with the shopping on Fridays.", []],
      ["Can someone help with carrying the boxes?", []],
      ["Our volunteers help with getting up from a chair at lunch.", []],
      ["The carers help with washing and dressing.", []],
      ["The app helps with booking your appointments.", []],
      ["A ramp helps with getting the pram up the steps.", []],
    ]);
  });
  describe('needing or taking less of a medicine, said of a person with a treatment named apart from the medicine or a population hedge; imperatives and advice stay silent', () => {
    cases([
      ["Some patients find they can cut back on their inhaler after a month of the breathing course.", ["unsupported-claim info «cut back on their inhaler»"]],
      ["Since starting the diet I have cut down my insulin by half.", ["unsupported-claim warning «cut down my insulin»"]],
      ["After the yoga course she came off her sleeping pills.", ["unsupported-claim warning «came off her sleeping pills»"]],
      ["Some people find they need fewer painkillers after a course of acupuncture.", ["unsupported-claim info «need fewer painkillers»"]],
      ["Thanks to the supplement, my mum has halved her blood pressure tablets.", ["unsupported-claim warning «halved»"]],
      ["Cut back on painkillers if you notice stomach upset.", []],
      ["Never cut down your insulin without talking to your diabetes nurse.", []],
      ["She came off her bike on the ice.", []],
      ["Do I need fewer painkillers after the operation?", []],
      ["Pharmacists can help you cut back on alcohol.", []],
      ["Most people need fewer painkillers as the wound heals.", []],
    ]);
  });
  describe("sentences written after the code and never tuned on (the report's generalisation check)", () => {
    cases([
      ["A week after the wedding, we were going out for dinner again.", []],
      ["Two days after the storm, the ferry was running again.", []],
      ["After a month of the pelvic floor app I ran the parkrun without my pads.", ["unsupported-claim warning «I ran the parkrun»"]],
      ["Since the cataract surgery clinic fitted her lenses, Mum drives without her glasses.", ["unsupported-claim warning «Mum drives without her glasses»"]],
      ["He drove home without his glasses and was stopped by the police.", []],
      ["I went to the gym without my water bottle.", []],
      ["The knee injections got my wife back to playing netball.", ["unsupported-claim warning «got my wife back to playing»"]],
      ["The podiatrist's insoles got me back on the squash court.", ["unsupported-claim warning «got me back on the squash court»"]],
      ["The lift got me back to the ward.", []],
      ["My brother got me back on the dance floor at the wedding.", []],
      ["Since the new diet I have gone from four gout attacks a year to one.", ["unsupported-claim warning «gone from four gout attacks a year to one»"]],
      ["The beta blockers took my resting heart rate down from 100 to 65.", ["unsupported-claim warning «took my resting heart rate down from 100 to 65»"]],
      ["Our waiting list went from nine weeks a patient to two.", []],
      ["My heart rate went from 60 to 150 on the treadmill.", []],
      ["After the cortisone cream my son's eczema softened within days.", ["unsupported-claim warning «my son's eczema softened»"]],
      ["Some patients notice their reflux mellows after a month of the alginate.", ["unsupported-claim info «their reflux mellows»"]],
      ["The butter softened on the counter.", []],
      ["Her voice softened as she spoke to the child.", []],
      ["Clients tell us their skin stays calm for days after a facial.", ["unsupported-claim warning «their skin stays calm for days»"]],
      ["After the sinus rinse my nose stays clear all night.", ["unsupported-claim warning «my nose stays clear all night»"]],
      ["The shop stays open all night after Christmas.", []],
      ["Her cheeks stayed red for hours after the sunburn.", []],
      ["Some of my clients swear by a chamomile compress for puffy eyes.", ["unsupported-claim info «Some of my clients swear by»"]],
      ["My nan swears by cod liver oil for her joints.", ["unsupported-claim warning «swears by»"]],
      ["My nan swears by the corner shop for fresh bread.", []],
      ["Do your patients swear by anything for hiccups?", []],
      ["Some of our parents say the wobble cushion helps with balance at school.", ["unsupported-claim info «helps with balance»"]],
      ["Our seated exercises help with standing up from a chair.", ["unsupported-claim warning «help with standing up»"]],
      ["Our porters help with standing up from a chair.", []],
      ["The website helps with finding a dentist.", []],
      ["A few of our members find they can come off their blood pressure tablets after the walking course.", ["unsupported-claim info «come off their blood pressure tablets»"]],
      ["Don't come off your blood pressure tablets suddenly.", []],
      ["Ask your GP before you cut down your antidepressants.", []],
      ["By her fifth reflexology session she was brushing her own hair.", ["unsupported-claim warning «she was brushing her own hair»"]],
      ["By the age of three she was brushing her own hair.", []],
      ["My mum got me through the worst of it.", []],
      ["Our customers say this spray is the only thing that finally worked for their hay fever.", ["unsupported-claim warning «the only thing that finally worked»"]],
      ["The only thing that finally worked was a new router.", []],
    ]);
  });
});
