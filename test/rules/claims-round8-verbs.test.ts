// unsupported-claim on blog prose (issue #3, round 8, part A): what a treatment does — the phrasal verbs and idioms of
// improvement lay writers use, enabling verbs, adjectives joined by commas before the outcome, and testimonials and case
// stories told with the time since a treatment. Each describe block is one cause, stated as a fact about English or about
// blog writing, with positive sentences in several health areas and the nearest negatives where the rules must stay
// silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 8, part A: what a treatment does)', () => {
  describe('phrasal verbs and idioms of improvement: steadying the nerves, waking up a sluggish organ, loosening up and freeing up, proofing a body part, braking a progression, sweeping out stagnation, torching calories, an extra rep squeezed out, the edges of a bad day softened, deep sleep brought, goodbye to a complaint, a relationship with food rewired, the quickest route off a medication, walking out hearing clearly; a loss of a good state ("memory loss") is a complaint', () => {
    cases([
      ["Ashwagandha steadies your nerves before an exam.", ["unsupported-claim warning «steadies»"]],
      ["Chamomile tea may steady a racing heart.", ["unsupported-claim info «may steady»"]],
      ["Cinnamon steadies blood sugar after meals.", ["unsupported-claim warning «steadies»"]],
      ["A morning walk could wake up a sluggish bowel.", ["unsupported-claim info «could wake up a sluggish bowel»"]],
      ["Ginger wakes up a lazy digestion.", ["unsupported-claim warning «wakes up a lazy digestion»"]],
      ["Dry brushing wakes up your lymphatic system.", ["unsupported-claim warning «wakes up your lymphatic system»"]],
      ["Pilates loosens up stiff shoulders.", ["unsupported-claim warning «loosens up»"]],
      ["Our stretching class freed up my stiff neck.", ["unsupported-claim warning «freed up»"]],
      ["Hill sprints bulletproof your knees against injury.", ["unsupported-claim warning «bulletproof»"]],
      ["Nordic curls injury-proof your hamstrings.", ["unsupported-claim warning «injury-proof»"]],
      ["Iron tablets rebuild your iron stores after pregnancy.", ["unsupported-claim warning «rebuild»"]],
      ["Orthokeratology lenses put the brakes on short-sightedness in children.", ["unsupported-claim warning «put the brakes on»"]],
      ["Omega-3 may put the brakes on memory loss in later life.", ["unsupported-claim info «may put the brakes on»"]],
      ["Low-dose atropine can slow your child's prescription.", ["unsupported-claim warning «can slow»"]],
      ["Sports massage irons out the knots in your calves.", ["unsupported-claim warning «irons out»"]],
      ["Lymphatic massage sweeps out toxins.", ["unsupported-claim warning «sweeps out toxins»"]],
      ["Dandelion tea clears out the winter's sluggishness.", ["unsupported-claim warning «clears out the winter's sluggishness»"]],
      ["This circuit keeps torching calories long after you stop.", ["unsupported-claim warning «torching calories»"]],
      ["HIIT scorches calories all afternoon.", ["unsupported-claim warning «scorches calories»"]],
      ["Skipping burns far more calories than jogging.", ["unsupported-claim warning «burns far more calories»"]],
      ["Beetroot juice could help you squeeze out an extra mile.", ["unsupported-claim info «could help»"]],
      ["Creatine helps you eke out another set.", ["unsupported-claim warning «helps»"]],
      ["Interval training can shave seconds off your 5k time.", ["unsupported-claim warning «shave seconds off your 5k time»"]],
      ["A warm bath softens the edges of a stressful day.", ["unsupported-claim warning «softens the edges of a stressful day»"]],
      ["Lavender oil may take the edge off an anxious evening.", ["unsupported-claim info «may take the edge off»"]],
      ["This blend brings deep, restful sleep.", ["unsupported-claim warning «brings deep, restful sleep»"]],
      ["Valerian brought me sound, dreamless sleep.", ["unsupported-claim warning «brought me sound, dreamless sleep»"]],
      ["Bergamot brings calm to a racing mind.", ["unsupported-claim warning «brings calm to a racing mind»"]],
      ["Kiss goodbye to itchy scalps with our shampoo.", ["unsupported-claim warning «goodbye to itchy scalps»"]],
      ["Say goodbye to aching knees.", ["unsupported-claim warning «goodbye to aching knees»"]],
      ["Our six-week course rewires your relationship with food.", ["unsupported-claim warning «rewires your relationship with food»"]],
      ["Hypnotherapy can fix your relationship with sugar.", ["unsupported-claim warning «fix your relationship with sugar»"]],
      ["Cutting carbs is the fastest way off insulin.", ["unsupported-claim warning «fastest way off insulin»"]],
      ["Our programme gets many people off their blood pressure tablets.", ["unsupported-claim warning «gets many people off their blood pressure tablets»"]],
      ["The diet helped him get off insulin.", ["unsupported-claim warning «helped»"]],
      ["Patients walk out seeing clearly.", ["unsupported-claim warning «walk out seeing clearly»"]],
      // Advice, a non-health object, a harm, a question, a plain fact of exercise, natural history, logistics, a negation, a service.
      ["Steady your hands on the rail before you stand up.", []],
      ["The fire alarm wakes up the whole house.", []],
      ["Loosen up the lid with a warm cloth.", []],
      ["We put the brakes on new bookings over Christmas.", []],
      ["Stress can put the brakes on your digestion.", []],
      ["The storm brings heavy rain.", []],
      ["Winter brings colds and flu.", []],
      ["Our receptionist wakes up early to open the clinic.", []],
      ["Does ashwagandha steady your nerves?", []],
      ["Walking burns about 300 calories an hour.", []],
      ["Counting calories is tedious.", []],
      ["The chef torched the crème brûlée.", []],
      ["Squeeze out an extra slice of lemon.", []],
      ["Knock a few minutes off your commute by cycling.", []],
      ["He shaved two minutes off his time in 2019.", []],
      ["The rash usually clears up in a week.", []],
      ["Bone loss speeds up after the menopause.", []],
      ["Your child's prescription is ready to collect.", []],
      ["Say goodbye to your old glasses frames.", []],
      ["Therapy healed my relationship with my mother.", []],
      ["Don't come off your antidepressants suddenly.", []],
      ["Coming off insulin too fast can be dangerous.", []],
      ["Patients walk out of the clinic with a leaflet.", []],
      ["No supplement bulletproofs your back.", []],
      ["Your back will thank you.", []],
      ["Come back to see us in six weeks.", []],
      ["The nausea wears off after a few days.", []],
      ["Our nurses help you book a follow-up.", []],
    ]);
  });

  describe('a comma between two adjectives before the object\'s noun does not end the object: "calms puffy, streaming eyes", "soothes dry, cracked lips"', () => {
    cases([
      ["Eyebright calms puffy, streaming eyes.", ["unsupported-claim warning «calms»"]],
      ["This balm soothes dry, cracked lips.", ["unsupported-claim warning «soothes»"]],
      ["Arnica gel eases stiff, aching joints.", ["unsupported-claim warning «eases»"]],
      ["Colloidal oatmeal calms red, itchy skin in babies.", ["unsupported-claim warning «calms»"]],
      ["Our saline spray clears blocked, stuffy noses.", ["unsupported-claim warning «clears»"]],
      ["Magnesium relaxes tight, knotted muscles.", ["unsupported-claim warning «relaxes»"]],
      ["Cold compresses may soothe hot, swollen ankles.", ["unsupported-claim info «may soothe»"]],
      ["Chamomile settled my upset, gurgling tummy.", ["unsupported-claim warning «settled»"]],
      ["Tea tree oil could calm angry, inflamed spots.", ["unsupported-claim info «could calm»"]],
      ["Valerian improves deep, unbroken sleep.", ["unsupported-claim warning «improves»"]],
      // A list of people or sizes, a description of a complaint, advice, a question, a negation, a comma after the verb.
      ["Our nurse calms nervous children, parents and carers.", []],
      ["The cream comes in small, medium and large tubes.", []],
      ["Ginger calms babies, toddlers and older children.", []],
      ["Dry, cracked lips are common in winter.", []],
      ["Puffy, streaming eyes are a sign of hay fever.", []],
      ["If your skin is red, itchy or swollen, see your GP.", []],
      ["Does this balm soothe dry, cracked lips?", []],
      ["No cream soothes dry, cracked heels overnight.", []],
      ["The spray clears quickly, leaving no residue on sore noses.", []],
    ]);
  });

  describe('enabling verbs with a person and a healthy doing ("lets them fall asleep", "allows you to breathe more easily"), a part of the day or of life made bearable in a sentence that names a complaint ("makes mornings more bearable"), and "a few of our …" as a population hedge', () => {
    cases([
      ["Some of our patients find that a fan by the bed lets them fall asleep faster.", ["unsupported-claim info «lets them»"]],
      ["Melatonin lets you drift off faster.", ["unsupported-claim warning «lets you»"]],
      ["A steroid spray allows you to breathe more easily.", ["unsupported-claim warning «allows you to»"]],
      ["Nasal strips allow children to sleep through the night.", ["unsupported-claim warning «allow children to»"]],
      ["Reading glasses let you see more clearly.", ["unsupported-claim warning «let you»"]],
      ["A few of our dry-eye patients find that a humidifier makes mornings more bearable.", ["unsupported-claim info «makes mornings more bearable»"]],
      ["For hay fever sufferers, a pollen screen makes summer nights far more bearable.", ["unsupported-claim warning «makes summer nights far more bearable»"]],
      ["Compression socks made long flights much more comfortable for my swollen ankles.", ["unsupported-claim warning «made long flights much more comfortable»"]],
      ["A heat pad can make period days with endometriosis more manageable.", ["unsupported-claim warning «make period days with endometriosis more manageable»"]],
      ["Our eczema cream makes life with eczema bearable.", ["unsupported-claim warning «makes life with eczema bearable»"]],
      ["A few of our older clients find that tai chi eases stiff knees.", ["unsupported-claim info «eases»"]],
      // Imperatives and "let us know", services and access, a harm let back, a question, a negation, no complaint named, a complaint that makes things worse.
      ["Let us know if your pain gets worse.", []],
      ["Let your GP know if the rash spreads.", []],
      ["Let them sleep in if they are poorly.", []],
      ["Let your skin breathe overnight.", []],
      ["The app lets you book a physio appointment.", []],
      ["The ramp lets wheelchair users reach the clinic.", []],
      ["Stopping your inhaler lets the inflammation come back.", []],
      ["Does melatonin let you fall asleep faster?", []],
      ["The cream does not let your skin breathe.", []],
      ["Our late opening allows you to see a nurse after work.", []],
      ["The new timetable makes mornings more bearable.", []],
      ["Nothing makes mornings with arthritis bearable.", []],
      ["Does a humidifier make mornings more bearable for dry eyes?", []],
      ["Stiff joints make mornings less bearable.", []],
      ["Our late clinic makes evenings more manageable for busy parents.", []],
      ["A few of the parents asked about prices.", []],
    ]);
  });

  describe('case stories and testimonials told with the time since a treatment: "Within a fortnight of starting T she was sleeping seven hours", "Three weeks of your plan and my resting heart rate dropped", "Three months with my new aids and the hissing has faded to a whisper", "Did your routine and I haven\'t had a twinge since July"', () => {
    cases([
      ["Within a fortnight of starting the magnesium she was sleeping seven hours a night.", ["unsupported-claim warning «she was sleeping seven hours a night»"]],
      ["Within a month of starting the tablets his blood pressure came down to 130 over 80.", ["unsupported-claim warning «his blood pressure came down»"]],
      ["\"Two weeks of your stretching plan and my sciatica has eased.\"", ["unsupported-claim warning «my sciatica has eased»"]],
      ["Four months with my new hearing aids and the ringing in my ears has faded to a whisper.", ["unsupported-claim warning «the ringing in my ears has faded to a whisper»"]],
      ["\"Three weeks of your running programme and my resting heart rate dropped from 72 to 60.\"", ["unsupported-claim warning «my resting heart rate dropped»"]],
      ["Did your breathing exercises every morning and I haven't had an asthma attack since March.", ["unsupported-claim warning «I haven't had an asthma attack»"]],
      ["Did your stretches every morning and I haven't had a twinge since March.", ["unsupported-claim warning «I haven't had a twinge»"]],
      ["Followed your low-FODMAP plan and I haven't had a bloating episode since Easter.", ["unsupported-claim warning «I haven't had a bloating»"]],
      ["Six sessions with our physio and his back pain has all but disappeared.", ["unsupported-claim warning «his back pain has all but disappeared»"]],
      ["\"A month into the retinol and my spots have cleared.\"", ["unsupported-claim warning «my spots have cleared»"]],
      ["Three weeks with my new orthotics and the heel pain has settled.", ["unsupported-claim warning «the heel pain has settled»"]],
      ["After a month of using the inhaler, she is sleeping through the night.", ["unsupported-claim warning «she is sleeping through the night»"]],
      // Time with no treatment (natural course, school, a puppy), a harm, an outcome negated, no symptom, a question.
      ["After two weeks the rash had cleared up on its own.", []],
      ["Three weeks of your plan and my blood pressure rose.", []],
      ["Within a fortnight of starting the tablets she was sleeping badly and feeling sick.", []],
      ["Did your course and I have not missed a session since.", []],
      ["Two weeks with my new puppy and I am walking ten miles a day.", []],
      ["Within a week of starting nursery he had caught three colds.", []],
      ["Did your workshop and I have been thinking about it ever since.", []],
      ["After two weeks of starting the tablets, did your cough clear up?", []],
      ["Four months with my new hearing aids and the ringing in my ears has not faded at all.", []],
      ["Within a month of starting school she was sleeping through the night.", []],
    ]);
  });

  describe('a plural product noun the lexicon reads as a verb ("drops", "aids", "supports", "sprays") after a determiner or a compound word is the treatment of a remedy frame ("Our drops are a must for dry eyes")', () => {
    cases([
      ["Our drops are a must for dry eyes.", ["unsupported-claim warning «are a must»"]],
      ["These ear drops are a godsend for swimmer's ear.", ["unsupported-claim warning «are a godsend»"]],
      ["My new aids have been a lifesaver for my tinnitus.", ["unsupported-claim warning «have been a lifesaver»"]],
      ["Our knee supports are a must-have for runners with sore knees.", ["unsupported-claim warning «are a must»"]],
      ["Say goodbye to hay fever with our nasal sprays.", ["unsupported-claim warning «goodbye to hay fever»"]],
      // No complaint after the frame, a verb of falling, a negation, a question.
      ["Our drops are a must for every first-aid kit.", []],
      ["Rain drops are a must for a good garden.", []],
      ["Blood pressure drops are common after standing.", []],
      ["Our drops are not a cure for dry eyes.", []],
      ["Are our drops a must for dry eyes?", []],
    ]);
  });

  describe('more of the enabling family: "means you can", "gives you the freedom to", "leaves you free to", "frees you from" a complaint, "gets you back to running", "keeps your joints oiled", "unknots"', () => {
    cases([
      ["Our night splint means you can sleep through the night.", ["unsupported-claim warning «means you can»"]],
      ["A reliever inhaler means you can breathe more easily on a run.", ["unsupported-claim warning «means you can»"]],
      ["This spray gives you the freedom to breathe through your nose at night.", ["unsupported-claim warning «gives you the freedom to»"]],
      ["Hypnotherapy frees you from panic attacks.", ["unsupported-claim warning «frees you from»"]],
      ["Our programme freed many people from chronic back pain.", ["unsupported-claim warning «freed many people from»"]],
      ["Physio gets you back to running sooner.", ["unsupported-claim warning «gets you back to running»"]],
      ["Yoga unknots a stiff back.", ["unsupported-claim warning «unknots»"]],
      ["Fish oil keeps your joints oiled.", ["unsupported-claim warning «keeps your joints oiled»"]],
      // Services and access, a non-health freedom, a complaint that takes something away, a negation, a question.
      ["Online booking means you can see a GP the same day.", []],
      ["The ramp means you can reach the clinic in a wheelchair.", []],
      ["This means you can book a follow-up online.", []],
      ["Asthma means you can struggle to breathe on cold days.", []],
      ["Our receptionist will get you back to the waiting room.", []],
      ["The new rota frees you from weekend shifts.", []],
      ["The cast means you can't run for six weeks.", []],
      ["Does physio get you back to running sooner?", []],
      ["Hay fever means you can't sleep properly.", []],
      ["A blocked nose means you can't breathe through it.", []],
      ["Arthritis means you can no longer walk far.", []],
    ]);
  });

  describe('more openers and outcomes of a case story: since starting a treatment or since a session, a time after a session, a number of sessions ("After three sessions", "Two sessions in and", "By the end of the course"); a body part feeling better, a complaint that no longer happens, a child who sleeps through, a measure that is down', () => {
    cases([
      ["Two sessions in and my shoulder feels looser.", ["unsupported-claim warning «my shoulder feels looser»"]],
      ["Since starting the drops, my eyes feel less gritty.", ["unsupported-claim warning «my eyes feel less gritty»"]],
      ["Since I started taking magnesium, my cramps have gone.", ["unsupported-claim warning «my cramps have gone»"]],
      ["Ever since the course, my son sleeps through.", ["unsupported-claim warning «my son sleeps through»"]],
      ["A week after her first session, the migraines stopped.", ["unsupported-claim warning «the migraines stopped»"]],
      ["After three sessions my jaw no longer clicks.", ["unsupported-claim warning «my jaw no longer clicks»"]],
      ["Six weeks on the plan and my waist is down two inches.", ["unsupported-claim warning «my waist is down»"]],
      ["By the end of the course her eczema had cleared.", ["unsupported-claim warning «her eczema had cleared»"]],
      ["Since we started the new inhaler, he sleeps right through.", ["unsupported-claim warning «he sleeps right through»"]],
      // Since a date, a move or school (no treatment), a complaint still there, worse or back, natural course, a question, a service.
      ["Since the 1990s, my blood pressure has come down.", []],
      ["Ever since the move, my son sleeps through.", []],
      ["After three sessions my jaw still clicks.", []],
      ["Since starting the tablets, my eyes feel worse.", []],
      ["A week after her first session, the migraines came back.", []],
      ["Since starting school, my son sleeps through.", []],
      ["After two weeks the cough had gone on its own.", []],
      ["Since starting the drops, have your eyes felt less gritty?", []],
      ["By the end of the course, most people can book their own follow-up.", []],
    ]);
  });

  describe('precision: ordinary prose with the words of round 8 (services that let you or mean you can, the back as a direction, brakes, bringing, sessions and courses with no outcome, drops of rain); an enabling verb claims only with the good state right after it', () => {
    cases([
      ["Our online portal lets you see your test results.", []],
      ["The app means you can track your sleep.", []],
      ["Parking at the back of the clinic frees up space for patients with mobility problems.", []],
      ["Booking ahead lets you choose a morning appointment for your back pain.", []],
      ["A steady income means you can afford healthy food.", []],
      ["We wake up early to prepare the clinic.", []],
      ["The physio will put the brakes on if your knee swells.", []],
      ["Please bring your inhaler and your repeat prescription.", []],
      ["Her back was turned when she fell.", []],
      ["Lift with your back straight.", []],
      ["The summer brings hay fever and sunburn.", []],
      ["Our nurse will talk you through coming off the pill.", []],
      ["A few of our patients asked about hearing aids.", []],
      ["Some of our older patients find the stairs hard.", []],
      ["This leaflet lets you know what to expect after the operation.", []],
      ["Getting back to running too soon can cause injury.", []],
      ["Since the 1990s, asthma rates have risen.", []],
      ["After three sessions, we review your progress.", []],
      ["By the end of the course you will know how to use your inhaler.", []],
      ["Two sessions in, she still had pain.", []],
      ["Loosen your belt if your tummy feels bloated.", []],
      ["Steady yourself on the rail.", []],
      ["The dentist will clean out the cavity before filling it.", []],
      ["Your blood pressure readings let us adjust the dose.", []],
      ["Hearing aids need new batteries every week.", []],
      ["Deadlifts done wrong can injure your lower back.", []],
      ["Our hygienist can show you how to floss properly.", []],
      ["Rain drops are common in April.", []],
      ["Stress means you can sleep badly.", []],
    ]);
  });

  describe('precision: case-story openers with no health outcome, a rise ("my weight has gone up"), and the round-8 idioms with other objects', () => {
    cases([
      ["Three weeks of the course and I still have no idea how to use the inhaler.", []],
      ["Two weeks with my new hearing aids and the batteries have gone flat.", []],
      ["Since starting the tablets, my appetite has gone.", []],
      ["After three sessions my jaw no longer needs an X-ray.", []],
      ["Within a month of starting the pill she was sleeping badly.", []],
      ["Six weeks on the plan and my weight has gone up.", []],
      ["A week after her first session, the bill arrived.", []],
      ["Did your course and my certificate has arrived.", []],
      ["By the end of the course, my notes had gone missing.", []],
      ["A cup of tea brings comfort to many people.", []],
      ["The storm swept away the roof.", []],
      ["Our team will help you come off the waiting list.", []],
      ["The quickest route off the motorway is junction 4.", []],
      ["Say goodbye to our old opening hours.", []],
      ["The new website rewires your relationship with our clinic.", []],
      ["The radiographer will check your lower back.", []],
      ["Our receptionists steady the queue at busy times.", []],
      ["Calories are listed on every menu.", []],
      ["Squeeze out the last of the cream from the tube.", []],
      ["Three months of lockdown and my weight has gone up.", []],
    ]);
  });
});
