// unsupported-claim on blog prose (issue #3, round 9, part A): case stories, transformations, comparisons, superlatives,
// identities and testimonial frames that credit a treatment with a benefit without a verb of benefit. Each describe block
// is one cause, stated as a fact about English or about blog writing, with positive sentences in several health areas and
// the nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a
// benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 9, part A: stories, comparisons, identities)', () => {
  describe('a case story opens with the time since a treatment in many shapes (N weeks of/on/into X with no determiner, N weeks after X, after her second session, within a day of seeing <practitioner>, since <person> joined or took up X, two sessions later, by week three) and ends in a changed state (a good state, sleep, a doing without a complaint, a feat, regrowth, fewer medicines)', () => {
    cases([
      ['Eight weeks of evening primrose oil and her skin was soft and clear again.', ['unsupported-claim warning «her skin was soft»']],
      ['Two months on magnesium and I\'m sleeping through the night.', ['unsupported-claim warning «I\'m sleeping through the night»']],
      ['A fortnight into the new physio plan and his knee feels looser.', ['unsupported-claim warning «his knee feels looser»']],
      ['Three weeks into the low-FODMAP diet and my bloating has eased.', ['unsupported-claim warning «my bloating has eased»']],
      ['Two months of the fertility programme and my periods are back to normal.', ['unsupported-claim warning «my periods are back to normal»']],
      ['After his third adjustment, Oliver slept for six hours straight.', ['unsupported-claim warning «Oliver slept for six hours straight»']],
      ['After just two sessions my jaw was much less stiff.', ['unsupported-claim warning «my jaw was much less stiff»']],
      ['After her second massage, Grace was breathing more easily.', ['unsupported-claim warning «Grace was breathing more easily»']],
      ['Within a week of seeing Dr Patel she was eating without pain.', ['unsupported-claim warning «she was eating without pain»']],
      ['Within a fortnight of starting the probiotic my tummy was calmer.', ['unsupported-claim warning «my tummy was calmer»']],
      ['Since my husband took up tai chi he\'s steadier on his feet and far less anxious.', ['unsupported-claim warning «he\'s steadier»']],
      ['Ever since she joined the walking group she has been happier and sleeps better.', ['unsupported-claim warning «she has been happier»']],
      ['Since Mum started going to the memory clinic\'s music group she\'s more settled.', ['unsupported-claim warning «she\'s more settled»']],
      ['Three weeks after the injection I walked the whole coastal path.', ['unsupported-claim warning «I walked the whole coastal path»']],
      ['Six weeks after the laser I played a full round of golf.', ['unsupported-claim warning «I played a full round of golf»']],
      ['Two sessions later, her shoulder was pain-free.', ['unsupported-claim warning «her shoulder was pain-free»']],
      ['By week three of the programme, I was getting through the day without a nap.', ['unsupported-claim warning «I was getting through the day without a nap»']],
      ['Ten days on the new inhaler and she needs far fewer puffs of her blue one.', ['unsupported-claim warning «she needs far fewer puffs»']],
      ['Three months of the scalp serum and my eyebrows have grown back.', ['unsupported-claim warning «my eyebrows have grown back»']],
      ['Four sessions in, and Max is finally sleeping in his own bed.', ['unsupported-claim warning «Max is finally sleeping in his own bed»']],
      ['Since starting the B12 jabs she has had far more energy.', ['unsupported-claim warning «she has had far more energy»']],
      ['Within days of her first acupuncture session, the hot flushes had calmed right down.', ['unsupported-claim warning «the hot flushes had calmed right down»']],
      ['After a single session with Mark my neck felt brand new.', ['unsupported-claim warning «my neck felt brand new»']],
      // Hedged inside the outcome.
      ['After a couple of sessions, some children may sleep better.', ['unsupported-claim info «children may sleep better»']],
      ['After two sessions he might be calmer.', ['unsupported-claim info «he might be calmer»']],
      // No treatment named (the weather, school, a company, a birth, a pregnancy, a holiday), a bad state, a negation, a
      // question, a condition, a bill, a state still there.
      ['Six weeks of rain and the river was calm again.', []],
      ['After two weeks the rash had cleared on its own.', []],
      ['Within a month of starting school she was sleeping through the night.', []],
      ['Since she joined the company she\'s happier.', []],
      ['Six weeks of lockdown and her skin was dull and dry.', []],
      ['After her second session, Amelia\'s eczema was worse.', []],
      ['Three weeks on the waiting list and I\'m still not sleeping.', []],
      ['Within a day of seeing the rash he was admitted to hospital.', []],
      ['Within a week of seeing the new baby she was sleeping better.', []],
      ['Six weeks after the birth I ran a 5k.', []],
      ['Six weeks into the pregnancy I was sleeping ten hours a night.', []],
      ['Two sessions later the bill came to £150.', []],
      ['Did the first session leave her calmer?', []],
      ['After three sessions I still don\'t feel calmer.', []],
      ['Since Dad joined the golf club he\'s been busier than ever.', []],
      ['Two years of limping with plantar fasciitis, and I was exhausted.', []],
      ['After four sessions most of the swelling was still there.', []],
      ['If she isn\'t sleeping better after three sessions, we\'ll change the plan.', []],
      ['Since starting school she has had far more energy.', []],
      ['Within days of the storm, the river had calmed right down.', []],
      ['After a single session the bill was £40.', []],
      ['Since starting nursery he is sleeping in his own bed.', []],
    ]);
  });

  describe('a transformation of a person ("a completely different child", "a new man") told with a treatment after it is a testimonial', () => {
    cases([
      ['He was a completely different boy after four sessions.', ['unsupported-claim warning «was a completely different boy»']],
      ['My daughter seemed a totally different child within a week of starting the drops.', ['unsupported-claim info «seemed a totally different child»']], // 'seemed' hedges
      ['Our old Labrador is a different dog since starting the joint supplement.', ['unsupported-claim warning «is a different dog»']],
      ['She became a new woman after a course of iron infusions.', ['unsupported-claim warning «became a new woman»']],
      ['Our toddler was a changed child after the second cranial session.', ['unsupported-claim warning «was a changed child»']],
      ['My teenager is a different person since taking the omega-3.', ['unsupported-claim warning «is a different person»']],
      // A change of life, of season or of circumstance, and descriptions of people.
      ['She was a different child after the holidays.', []],
      ['He became a new man after his retirement.', []],
      ['Our son was a different boy after the move to the countryside.', []],
      ['She is a different person from her sister.', []],
      ['He was a new dad after the birth of his twins.', []],
      ['Every baby is a different child at six months.', []],
    ]);
  });

  describe('a comparison, superlative or identity credits a remedy with a benefit: did more for a complaint than another remedy, did what another could not, the best of a drug class, the best protection against a disease, as good as a drug at an outcome, the shortcut to a better body, the reason a person stays well, ageing more slowly, recovering twice as fast, a pseudo-cleft with an idiom of beating a complaint', () => {
    cases([
      ['My aunt swears the ginger tea did more for her nausea than any tablet ever did.', ['unsupported-claim warning «did more for her nausea than»']],
      ['Yoga has done more for my back than three years of painkillers.', ['unsupported-claim warning «done more for my back than»']],
      ['Physio did far more for his knee than the steroid injections.', ['unsupported-claim warning «did far more for his knee than»']],
      ['The breathing course has done what years of inhalers couldn\'t.', ['unsupported-claim warning «done what years of inhalers couldn\'t»']],
      ['Swimming is the best painkiller there is for stiff joints.', ['unsupported-claim warning «the best painkiller»']],
      ['A daily walk is nature\'s best antidepressant.', ['unsupported-claim warning «nature\'s best antidepressant»']],
      ['Sunscreen is the single best protection against skin ageing.', ['unsupported-claim warning «the single best protection»']],
      ['Regular brushing remains the best defence against gum disease.', ['unsupported-claim warning «the best defence»']],
      ['Honey is every bit as good as cough syrup at calming a child\'s cough.', ['unsupported-claim warning «every bit as good as cough syrup at»']],
      ['This balm is just as effective as hydrocortisone for itchy eczema.', ['unsupported-claim warning «as effective as»']],
      ['Strength training is the shortcut to stronger bones.', ['unsupported-claim warning «is the shortcut to stronger bones»']],
      ['A consistent bedtime is your fast track to deeper sleep.', ['unsupported-claim warning «is your fast track to deeper sleep»']],
      ['Ginger is the reason I hardly get travel sick any more.', ['unsupported-claim warning «is the reason I hardly get»']],
      ['Sea swimming is the reason I never get ill.', ['unsupported-claim warning «is the reason I never get»']],
      ['Our fasting plan is the reason my clients rarely get colds.', ['unsupported-claim warning «is the reason my clients rarely get»']],
      ['Clients on our longevity protocol age at half the rate of their peers.', ['unsupported-claim warning «age at half the rate»']],
      ['With the night splint, plantar fasciitis settles twice as fast.', ['unsupported-claim warning «twice as fast»']],
      ['What really kicks a cold to the kerb is rest and fluids.', ['unsupported-claim warning «What really kicks a cold to the kerb is»']],
      ['What truly sees off hay fever is a nasal spray started early.', ['unsupported-claim warning «sees off»']],
      // People compared, a comparison with no health in it, advice on a choice, a question, a negation, a route to a
      // place, a cause of harm, a person as the reason, a difference between people, the speed of an illness.
      ['My grandmother did more for me than any doctor.', []],
      ['The council has done more for cyclists than any government.', []],
      ['She has done what years of campaigning couldn\'t.', []],
      ['Paracetamol is the best painkiller to take in pregnancy.', []],
      ['Which is the best antihistamine for a toddler?', []],
      ['Ask your pharmacist which is the best treatment for you.', []],
      ['Sertraline is the most prescribed antidepressant in the UK.', []],
      ['Is rosemary oil as good as minoxidil at regrowing hair?', []],
      ['No herbal remedy is as effective as adrenaline for anaphylaxis.', []],
      ['The M4 is the shortcut to the clinic.', []],
      ['Booking online is the fastest route to an appointment.', []],
      ['Stress is the reason she gets migraines.', []],
      ['My husband is the reason I sleep so well.', []],
      ['Women age more slowly than men in some studies.', []],
      ['The infection spreads twice as fast in warm weather.', []],
      ['Children breathe twice as fast as adults.', []],
      ['What sends prices up is demand.', []],
    ]);
  });

  describe('testimonial frames with no verb of benefit: a feeling after a treatment described in good words, people who feel the benefits within a time, a feat a product got someone through, fewer bouts of an illness than usual, a simile of sudden relief said of a treatment', () => {
    cases([
      ['Clients describe the feeling after a float as a reset for the mind.', ['unsupported-claim warning «describe the feeling after a float as»']],
      ['Many of our guests describe the effect as like a weight lifting.', ['unsupported-claim warning «describe the effect as»']],
      ['You\'ll feel the benefits within a fortnight of starting.', ['unsupported-claim warning «You\'ll feel the benefits within a fortnight»']],
      ['Some people see results after the first week.', ['unsupported-claim info «people see results after the first week»']],
      ['The glucosamine got me round the Three Peaks without a twinge.', ['unsupported-claim warning «got me round the Three Peaks»']],
      ['This spray got her through the pollen season without a single sneezing fit.', ['unsupported-claim warning «got her through the pollen season»']],
      ['The cold plunge got me through my first marathon without cramping.', ['unsupported-claim warning «got me through my first marathon»']],
      ['I had just one migraine this spring instead of my usual four.', ['unsupported-claim warning «had just one migraine this spring instead of my usual»']],
      ['She has had far fewer colds than usual since starting the drops.', ['unsupported-claim warning «has had far fewer colds than usual»']],
      ['Our patients say the laser is like flicking a switch.', ['unsupported-claim warning «is like flicking a switch»']],
      // A sensation of the procedure, a side effect, a negation, a question, advice, a person who helped, illness counts
      // with no comparison or with another cause, a simile with no treatment.
      ['Patients describe the feeling as a sharp scratch.', []],
      ['Some describe the sensation as a dull ache.', []],
      ['Patients describe the pain as burning.', []],
      ['Most people feel the side effects within a day.', []],
      ['How soon will I feel the benefits?', []],
      ['Keep taking it even if you notice no difference within a week.', []],
      ['My brother got me up the mountain.', []],
      ['I had two colds this winter.', []],
      ['Children have fewer colds than adults.', []],
      ['I\'ve had two colds this winter instead of my usual five, probably because I\'ve been working from home.', []],
      ['Menopause is like flicking a switch.', []],
      ['The difference is like night and day.', []],
    ]);
  });

  describe('"find" after a loosely counted part of the people a clinic or a shop serves ("a lot of our customers find", "plenty of our runners find") is the population hedge of "some people find"; "say" and "tell us" after them, and "most" or "many", stay testimonials', () => {
    cases([
      ['A lot of our customers find that chamomile helps them unwind.', ['unsupported-claim info «helps»']],
      ['Plenty of our runners find that a foam roller helps their calves recover.', ['unsupported-claim info «helps»']],
      ['Quite a few of my clients notice that their skin feels calmer after a facial.', ['unsupported-claim info «their skin feels calmer»']], // since part C's merge the trigger is the subject and its state (C's group-report reading)
      ['Lots of people find that peppermint tea eases their bloating.', ['unsupported-claim info «eases»']],
      ['A lot of women find that magnesium eases period cramps.', ['unsupported-claim info «eases»']],
      ['Plenty of our patients find the stretches relieve their back pain.', ['unsupported-claim info «relieve»']],
      // A report or a testimonial stays a warning; no claim after 'find' is none.
      ['A lot of our patients say the soft-tissue work takes the edge off their back pain.', ['unsupported-claim warning «takes the edge off»']],
      ['Most of our customers find that the balm soothes their eczema.', ['unsupported-claim warning «soothes»']],
      ['Lots of parents find the bedtime routine hard to stick to.', []],
      ['A lot of our customers find the website easy to use.', []],
      ['Plenty of our members found the class too early in the morning.', []],
      ['A lot of our patients find parking difficult.', []],
    ]);
  });
});
