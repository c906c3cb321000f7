// Round 4 (issue 3, blog prose): intervention predicates written in other voices. Each describe block names a construction
// of English, with positive sentences in several health areas and the nearest negatives (disease descriptions, natural
// history, side effects, advice, questions, negations, logistics) where it must not fire. The sentences are written for
// these tests, not taken from the blog corpus or the benchmarks.

import { cases } from '../helpers/claim-cases';


describe('claim rules: intervention predicates (round 4)', () => {
  describe("unsupported-claim: outcome classes clinicians write (everyday symptoms, states, activities), outcomes a verb reading hides ('speeds up healing') and British -ise spellings ('stabilises')", () => {
    cases([
      ['Arnica speeds up healing after a bruise.', ['unsupported-claim warning «speeds up»']],
      ['This serum lowers the number of spots within a month.', ['unsupported-claim warning «lowers»']],
      ['Sage tea eases night sweats.', ['unsupported-claim warning «eases»']],
      ['Our evening primrose capsules calm mood swings before a period.', ['unsupported-claim warning «calm»']],
      ['Peppermint capsules relieve period pains.', ['unsupported-claim warning «relieve»']],
      ['Magnesium stabilises blood sugar.', ['unsupported-claim warning «stabilises»']],
      ['The cream minimises redness in rosacea.', ['unsupported-claim warning «minimises»']],
      ['Honey soothes sore throats.', ['unsupported-claim warning «soothes»']],
      ['Physiotherapy restores mobility after a knee replacement.', ['unsupported-claim warning «restores»']],
      ['A short nap may improve alertness in the afternoon.', ['unsupported-claim info «may improve»']],
      ['Warm-up drills prevent sports injuries.', ['unsupported-claim warning «prevent»']],
      ['Ginger settles an upset stomach.', ['unsupported-claim warning «settles»']],
      ['Iron tablets replenish your iron stores.', ['unsupported-claim warning «replenish»']],
      ['Our probiotic eases bloating and discomfort after meals.', ['unsupported-claim warning «eases»']],
      ['Steam inhalation loosens congestion in children with colds.', ['unsupported-claim warning «loosens»']],
      ['Acupuncture may reduce hot flushes and improve sex drive.', ['unsupported-claim info «may reduce»']],
      // Nearest negatives: natural history, disease descriptions, side effects, advice, questions, negations, logistics.
      ['The rash usually clears up within a week.', []],
      ['Night sweats are common in the first year of the menopause.', []],
      ['Spots on the course are limited, so book early.', []],
      ['Hormonal changes can trigger mood swings.', []],
      ['Poor sleep raises appetite the next day.', []],
      ['Coughs and sore throats usually settle within a fortnight.', []],
      ['Anxiety speeds up your heart and your breathing.', []],
      ['Our receptionist will settle your bill after the appointment.', []],
      ['The nausea wears off after a few days.', []],
      ['Breathe in slowly through your nose.', []],
      ['Drop off your prescription at the front desk.', []],
      ['Our new booking system minimises the paperwork.', []],
      ['Teething can disturb sleep and cause irritability.', []],
      ['Breathing problems are common after a chest infection.', []],
    ]);
  });

  describe("unsupported-claim: an intervention predicated as a means, with any adjectives ('is a safe and natural way to calm', 'one of the best ways to ease', 'may be a gentle, drug-free way to')", () => {
    cases([
      ['Valerian is a gentle way to quieten a busy mind at bedtime.', ['unsupported-claim warning «quieten»']],
      ['Yoga is one of the best ways to ease lower back pain.', ['unsupported-claim warning «ease»']],
      ['A warm compress is a quick, cheap and effective way to soothe dry eyes.', ['unsupported-claim warning «soothe»']],
      ['Pelvic floor exercises are a simple, proven way to strengthen the pelvic floor after birth.', ['absolute-claim error «proven way»']],
      ['For many women, HRT remains the most reliable option to relieve hot flushes.', ['unsupported-claim warning «relieve»']],
      ['Acupuncture may be a gentle, drug-free way to ease nausea in pregnancy.', ['unsupported-claim info «ease»']],
      ['Swimming was a great way to rebuild strength after my knee surgery.', ['unsupported-claim warning «rebuild»']],
      ['Cutting back on caffeine is a good way to improve your sleep.', ['unsupported-claim warning «improve»']],
      ['For toddlers, oat milk is a brilliant way to settle a grumbling tummy.', ['unsupported-claim warning «settle»']],
      ['Our weight-loss injections are the fastest way to curb sugar cravings.', ['unsupported-claim warning «curb»']],
      ['It\'s a natural and affordable remedy to calm an itchy scalp.', ['unsupported-claim warning «calm»']],
      ['Collagen could be a useful tool to support joint health in runners.', ['unsupported-claim info «support»']],
      // Nearest negatives: natural history, disease descriptions, side effects, advice, questions, negations, logistics.
      ['Crash diets are a risky way to reduce your weight.', []],
      ['Fasting is not a safe way to lower blood sugar if you take insulin.', []],
      ['Walking is a great way to see the city.', []],
      ['Booking online is the easiest way to get an appointment.', []],
      ['Is cold water swimming a good way to ease anxiety?', []],
      ['Researchers are looking for a way to prevent migraines.', []],
      ['The aim is to find a way to relieve the pain without surgery.', []],
      ['A food diary is a simple way to track your symptoms.', []],
      ['Antibiotics are the wrong way to treat a cold.', []],
      ['Our newsletter is a handy way to keep up with clinic news.', []],
      ['Painkillers are a poor way to manage long-term back pain.', []],
      ['The best way to book is to call the clinic.', []],
    ]);
  });

  describe("unsupported-claim: prevention and ending frames with a harm as object ('puts an end to snoring', 'sees off colds', 'keeps you from getting injured', 'breaks the cycle of')", () => {
    cases([
      ['A CPAP machine puts an end to snoring.', ['unsupported-claim warning «puts an end to»']],
      ['Elderflower tea sees off colds in a matter of days.', ['unsupported-claim warning «sees off»']],
      ['Zinc lozenges can stop a cold in its tracks.', ['unsupported-claim warning «can stop»']],
      ['Our clinic\'s method breaks the cycle of chronic pain.', ['unsupported-claim warning «breaks the cycle of»']],
      ['Carb-loading keeps you from hitting the wall in the last few miles.', ['unsupported-claim warning «keeps you from»']],
      ['A flu jab protects you from getting ill this winter.', ['unsupported-claim warning «protects»']],
      ['Vitamin D stops you getting ill.', ['unsupported-claim warning «stops»']],
      ['Gargling with salt water helps you shake off a sore throat.', ['unsupported-claim warning «helps»']],
      ['Regular stretching keeps runners from getting injured.', ['unsupported-claim warning «keeps runners from»']],
      ['This blend might tone down inflammation after a hard session.', ['unsupported-claim info «might tone down»']],
      ['Massage can help keep children from waking in the night.', ['unsupported-claim warning «can help»']],
      ['Our sleep programme put an end to years of broken sleep.', ['unsupported-claim warning «put an end to»']],
      // Nearest negatives: natural history, disease descriptions, side effects, advice, questions, negations, logistics.
      ['The weather kept us from going out.', []],
      ['Our new system puts an end to the paperwork.', []],
      ['Stop taking it if you get a rash.', []],
      ['The headache usually wears off after an hour.', []],
      ['Fear of pain keeps many people from exercising.', []],
      ['Anxiety kept me from falling asleep for years.', []],
      ['Getting ill in winter is common in young children.', []],
      ['Keep children from touching the hot stove.', []],
      ['We saw off the last of the winter stock in January.', []],
      ['Hot flushes can keep you from sleeping through the night.', []],
      ['The pain usually puts an end to the run.', []],
      ['Can anything put an end to snoring?', []],
    ]);
  });

  describe("absolute-claim: 'heals' a named condition is cure language; permanence ('gone for good', 'never again', 'once and for all')", () => {
    cases([
      ['My 12-week programme heals a leaky gut.', ['absolute-claim error «heals»']],
      ['This balm heals eczema from the inside out.', ['absolute-claim error «heals»']],
      ['Our herbal protocol healed my psoriasis in six weeks.', ['absolute-claim error «healed»']],
      ['Bone broth can heal chronic fatigue.', ['absolute-claim error «heal»']],
      ['Our six-week plan ends hot flushes for good.', ['absolute-claim error «for good»']],
      ['This tincture sees off cold sores once and for all.', ['absolute-claim error «once and for all»']],
      ['With our programme, migraines are gone for good.', ['absolute-claim error «gone for good»']],
      ['Honey helps the wound heal.', ['unsupported-claim warning «helps»']],
      // Nearest negatives: natural history, disease descriptions, side effects, advice, questions, negations, logistics.
      ['Most cuts heal in a week without treatment.', []],
      ['Healing takes time after surgery.', []],
      ['Aloe vera heals sunburn quickly.', ['unsupported-claim warning «heals»']],
      ['Manuka honey heals ulcers faster in some studies.', ['unsupported-claim warning «heals»']],
      ['The bruise healed and the pain faded.', []],
      ['Once you have had chickenpox, you are immune for life.', []],
      ['Our clinic has been in the same building for good reason.', []],
      ['Never again take two doses at once.', []],
      ['Some people find the tablets stop working after a while.', []],
      ['If your eczema has not healed after two weeks, see your GP.', []],
      ['Our spray relieves hay fever so well that you will never again dread the summer.', ['absolute-claim error «never again»']],
      ['The paperwork is gone for good.', []],
      ['I will never again eat a whole pizza before bed.', []],
    ]);
  });

  describe("unsupported-claim: easier/possible frames, result clauses, outcome idioms and verbs acting on the body ('makes it easier to nod off', 'so that you drop off faster', 'gives you an edge', 'retrains your body clock')", () => {
    cases([
      ['A warm bath an hour before bed could make it easier to nod off.', ['unsupported-claim info «could make it easier to»']],
      ['Saline spray makes it easier to breathe at night.', ['unsupported-claim warning «makes it easier to»']],
      ['Losing a little weight can make it possible to conceive without IVF.', ['unsupported-claim warning «can make it possible to»']],
      ['A cooler bedroom makes it easier to fall asleep.', ['unsupported-claim warning «makes it easier to»']],
      ['Beetroot juice might give you a small edge in the final sprint.', ['unsupported-claim info «might give you a small edge»']],
      ['Our sports massage gets injured players back on the pitch sooner.', ['unsupported-claim warning «gets injured players back on the pitch»']],
      ['This rehab plan got me back to full training in six weeks.', ['unsupported-claim warning «got me back to full training»']],
      ['Our menopause clinic gave me my energy back.', ['unsupported-claim warning «gave me my energy back»']],
      ['Resistance training builds up bone strength after the menopause.', ['unsupported-claim warning «builds up»']],
      ['Our twelve-week plan helps you shed the pounds for good.', ['absolute-claim error «for good»']],
      ['Our weight-loss injections are the fastest way to shed belly fat.', ['unsupported-claim warning «shed belly fat»']],
      ['Our clinic\'s plan helped me drop a dress size before the wedding.', ['unsupported-claim warning «drop a dress size»']],
      ['Our course retrains your body clock in three weeks.', ['unsupported-claim warning «retrains»']],
      ['My protocol rewires your nervous system so you feel calm again.', ['unsupported-claim warning «rewires»']],
      // Nearest negatives: natural history, disease descriptions, side effects, advice, questions, negations, logistics.
      ['Our app makes it easier to book an appointment.', []],
      ['The new car park makes it easier to get to the clinic.', []],
      ['Our loyalty card gives you a discount on supplements.', []],
      ['Our course runs on Tuesdays.', []],
      ['Steroids can make it easier to gain weight.', []],
      ['The physio got me back to the car park in a wheelchair.', []],
      ['Stress builds up over the week.', []],
      ['Fluid can build up in the ankles in hot weather.', []],
      ['The clinic retrains its staff every year.', []],
      ['Does a warm bath make it easier to nod off?', []],
      ['Plaque builds up in the arteries over decades.', []],
      ['The government wants to make it easier to see a GP.', []],
      ['Magnesium lowers cortisol so that you sleep more deeply.', ['unsupported-claim warning «lowers»']],
      ['A consistent bedtime routine calms the nervous system so you fall asleep sooner.', ['unsupported-claim warning «calms»']],
      ['Reduce your caffeine so that you sleep better.', []],
      ['Book early so that you get a slot.', []],
    ]);
  });

  describe("unsupported-claim: a means ranked best or safest for a health outcome, and idioms of control, remission, balance and restoration ('is the safest option for', 'keeps hunger in check', 'puts diabetes into remission', 'gets your spark back')", () => {
    cases([
      ['HRT is the safest option for most women with hot flushes.', ['unsupported-claim warning «is the safest option for»']],
      ['Statins are one of the best treatments for high cholesterol.', ['unsupported-claim warning «are one of the best treatments for»']],
      ['For toddlers with constipation, prunes are the best remedy for a sluggish bowel.', ['unsupported-claim warning «are the best remedy for»']],
      ['Ginger tea is the go-to remedy for morning sickness.', ['unsupported-claim warning «is the go-to remedy for»']],
      ['Our injections keep hunger in check between meals.', ['unsupported-claim warning «keep hunger in check»']],
      ['Oestrogen keeps your skin plump and your joints supple.', ['unsupported-claim warning «keeps your skin plump»']],
      ['Weight-loss injections can put type 2 diabetes into remission.', ['unsupported-claim warning «put type 2 diabetes into remission»']],
      ['Acupuncture brings your body back into balance.', ['unsupported-claim warning «brings your body back into balance»']],
      ['Getting active every day can add years to your life.', ['unsupported-claim warning «add years to your life»']],
      ['Our hormone clinic helps you get your spark back.', ['unsupported-claim warning «get your spark back»']],
      ['Cupping draws out toxins from tired muscles.', ['unsupported-claim warning «draws out»']],
      ['Our programme tackles the root cause of your fatigue.', ['unsupported-claim warning «tackles»']],
      ['Electro-acupuncture boosts IVF success rates.', ['unsupported-claim warning «boosts»']],
      ['Semaglutide switches off food noise.', ['unsupported-claim warning «switches off»']],
      ['Our injections help you feel fuller for longer.', ['unsupported-claim warning «help»']],
      ['These tips help keep your blood sugar steady.', ['unsupported-claim warning «keep your blood sugar steady»']],
      // Nearest negatives: attributive or plain means nouns, advice, harms, no health outcome, a question.
      ['The best treatment for acne depends on your skin type.', []],
      ['HRT is a treatment for menopausal symptoms.', []],
      ['The best option for you is to see your GP.', []],
      ['Keep your blood sugar steady by eating regularly.', []],
      ['Stress keeps your blood pressure high.', []],
      ['Our accountant keeps costs under control.', []],
      ['The NHS is tackling waiting lists.', []],
      ['Steroids can put you into a bad mood.', []],
      ['Is HRT the safest option for women with migraines?', []],
      ['Night shifts can throw your body clock out of balance.', []],
      ['Our new software draws out the key points of your notes.', []],
      ['If you feel full, stop eating.', []],
      ['Try to keep your blood pressure under control.', []],
    ]);
  });

  describe("unsupported-claim: a means ranked by a superlative as the subject, named by a copula after its infinitive ('The best way to prevent flu is the vaccine', 'One of the safest ways to ease hot flushes is HRT')", () => {
    cases([
      ['The best way to prevent flu is the vaccine.', ['unsupported-claim warning «prevent»']],
      ['The safest way to ease hot flushes is HRT.', ['unsupported-claim warning «ease»']],
      ['The most effective way to lower blood pressure is to cut down on salt.', ['unsupported-claim warning «lower»']],
      ['One of the best ways to improve sleep is a regular bedtime.', ['unsupported-claim warning «improve»']],
      ['For many people, the best way to ease back pain is to keep moving.', ['unsupported-claim info «ease»']],
      ['The only way to get rid of head lice for good is a fine-tooth comb.', ['absolute-claim error «for good»']], // round 17: lice removed is a claim of effect; 'for good' is the permanence
      ['The fastest way to settle a colicky baby\'s tummy is gentle massage.', ['unsupported-claim warning «settle»']],
      ['The simplest way to cut your risk of a stroke is to stop smoking.', ['unsupported-claim warning «cut»']],
      // Round 23 (S): a person described by a complaint after a verb of soothing is the complaint's object ('a teething baby').
      ['The quickest way to soothe a teething baby is a chilled teething ring.', ['unsupported-claim warning «soothe»']],
      // Nearest negatives: no health outcome, an open or denied means, a question, a means sought or discussed.
      ['The best way to book is online.', []],
      ['The best way to find out is to ask your GP.', []],
      ['The best way to prevent clots is unclear.', []],
      ['The best way to treat back pain is not bed rest.', []],
      ['What is the best way to treat eczema?', []],
      ['Finding the best way to treat eczema takes time.', []],
      ['We discussed the best way to manage your pain at the clinic.', []],
      ['The best way to reach us is by phone.', []],
      ['The best way to prevent falls in older people is still debated.', []],
    ]);
  });

  describe("unsupported-claim: the acting verbs claim only with the outcome as their direct object; used intransitively ('the skin softens', 'symptoms settle') they describe natural history", () => {
    cases([
      ['Ginger settles an upset stomach.', ['unsupported-claim warning «settles»']],
      ['Our sleep programme put an end to years of broken sleep.', ['unsupported-claim warning «put an end to»']],
      ['Our programme tackles the root cause of your fatigue.', ['unsupported-claim warning «tackles»']],
      ['Warm oil softens stubborn earwax and dry skin.', ['unsupported-claim warning «softens»']],
      // Nearest negatives: the same verbs intransitive, reflexive or before a preposition, with an outcome later in the sentence.
      ['Symptoms usually settle and energy levels build up again over a few weeks.', []],
      ['As oestrogen falls, the skin softens and loses elasticity.', []],
      ['The cough loosens after a few days and the chest infection clears.', []],
      ['Stress hormones build up during the day and can disturb sleep.', []],
      ['The brain refreshes itself during deep sleep.', []],
      ['Muscle soreness usually settles within 48 hours.', []],
    ]);
  });

  describe("ending idioms: a symptom bidden goodbye ('say goodbye to bloating', unsupported-claim) and 'never ... again' with a health outcome (absolute-claim, permanence)", () => {
    cases([
      ['Say goodbye to bloating with our 30-day gut plan.', ['unsupported-claim warning «goodbye to bloating»']],
      ['Our balm lets you wave goodbye to itching.', ['unsupported-claim warning «goodbye to itching»']],
      ['Kiss goodbye to sleepless nights with our weighted blanket.', ['unsupported-claim warning «goodbye to sleepless nights»']],
      ['You will never suffer from migraines again.', ['absolute-claim error «never suffer from»']],
      ['With our plan you\'ll never have to worry about hot flushes again.', ['absolute-claim error «never have to worry about»']],
      ['You will never get a cold again after our course.', ['absolute-claim error «never get»']],
      // Nearest negatives: no health outcome, a question, a habitual negative, a condition, a medicine stopped.
      ['Say goodbye to queues with our online booking.', []],
      ['We said goodbye to Dr Patel, who retired in May.', []],
      ['Can you really say goodbye to hay fever?', []],
      ['I never get colds these days.', []],
      ['You never have to take the tablets again.', []],
      ['If you never get headaches, you can skip this section.', []],
    ]);
  });

  describe("unsupported-claim: more verbs of acting on an outcome ('manage', 'cool', 'put a stop to'), outcomes of metabolic health, and idioms of fullness and of the best thing to do for a body part", () => {
    cases([
      ['Sage tea is a lovely natural way to cool hot flushes.', ['unsupported-claim warning «cool»']],
      ['Testosterone gel gives many women their libido back.', ['unsupported-claim warning «gives many women their libido back»']],
      ['Acupuncture is a safe, drug-free way to manage chronic back pain.', ['unsupported-claim warning «manage»']],
      ['Acupuncture can manage chronic pain without drugs.', ['unsupported-claim warning «can manage»']],
      ['Quitting smoking is the single best thing you can do for your lungs.', ['unsupported-claim warning «single best thing you can do for your lungs»']],
      ['Our meal replacement shakes keep you fuller for longer.', ['unsupported-claim warning «keep you fuller for longer»']],
      ['Intermittent fasting is a powerful tool to reverse insulin resistance.', ['absolute-claim error «reverse»']],
      ['Low-carb diets can put prediabetes into reverse.', ['unsupported-claim warning «put prediabetes into reverse»']],
      ['Pelvic floor training puts a stop to leaks when you sneeze.', ['unsupported-claim warning «puts a stop to»']],
      // Nearest negatives: the verb without a direct health object, a care noun as the object, advice, no health outcome.
      ['Stay cool during hot flushes by wearing layers.', []],
      ['Our nurses manage the diabetes clinic on Tuesdays.', []],
      ['Our GPs manage long-term conditions such as asthma and diabetes.', []],
      ['We can manage most minor illnesses over the phone.', []],
      ['The NHS is tackling obesity with a new programme.', []],
      ['Strategies for tackling obesity vary between councils.', []],
      ['Patients were managed conservatively with physiotherapy.', []],
      ['Learning how to manage your symptoms takes time.', []],
      ['The best thing you can do for your GP is to arrive on time.', []],
      ['Our new policy puts a stop to missed appointments.', []],
    ]);
  });

  describe("unsupported-claim: an outcome promised to the reader in the future ('you'll sleep more deeply', 'you will have more energy', 'you'll lose weight')", () => {
    cases([
      ['Within two weeks you\'ll sleep better and wake up refreshed.', ['unsupported-claim warning «you\'ll sleep better»']],
      ['After a few sessions you will feel calmer and sleep more deeply.', ['unsupported-claim warning «you will feel calmer»']],
      ['On our plan you\'ll lose weight without feeling hungry.', ['unsupported-claim warning «you\'ll lose weight»']],
      ['Most of all, you\'ll have more energy.', ['unsupported-claim warning «you\'ll have more energy»']],
      // Nearest negatives: logistics and procedure ('you'll need to fast', 'you will feel a sharp scratch'), natural recovery
      // ('you'll usually start to feel better'), a question, a negation.
      ['You\'ll need to fast for eight hours before the test.', []],
      ['You will feel a sharp scratch when the needle goes in.', []],
      ['You\'ll usually start to feel better in a few days.', []],
      ['Will you sleep better after the course?', []],
      ['You won\'t sleep better if you drink coffee late.', []],
      ['You\'ll find our clinic on the first floor.', []],
    ]);
  });

  describe("unsupported-claim: feeding difficulties as outcomes ('a game changer for picky eaters', 'helps with fussy eating')", () => {
    cases([
      ['Our vitamin drops are a game changer for picky eaters.', ['unsupported-claim warning «are a game changer for»']],
      ['Our feeding clinic helps with fussy eating in toddlers.', ['unsupported-claim warning «helps»']],
      // Nearest negatives: the difficulty described as a phase, a game changer with no health outcome.
      ['Fussy eating is a normal phase for most toddlers.', []],
      ['Picky eaters often grow out of it by school age.', []],
      ['Our cookbook is a game changer for busy parents.', []],
    ]);
  });

  describe("unsupported-claim: skin, sport and baby vocabulary ('zaps spots', 'dries out spots', 'breaks up scar tissue', 'loosens tight hamstrings', 'settles colicky babies')", () => {
    cases([
      ['Our blue-light facial zaps spots overnight.', ['unsupported-claim warning «zaps»']],
      ['Tea tree gel dries out spots in a day or two.', ['unsupported-claim warning «dries out»']],
      ['Our cranial osteopathy sessions settle colicky babies.', ['unsupported-claim warning «settle»']],
      ['Foam rolling breaks up scar tissue and loosens tight hamstrings.', ['unsupported-claim warning «breaks up»']],
      ['Steam helps break up mucus in a chesty cough.', ['unsupported-claim warning «helps»']],
      // Nearest negatives: a harm to the body ('dries out your skin'), no health outcome, a body part described.
      ['Cold weather dries out your skin.', []],
      ['The wind dried out my lips.', []],
      ['Our surgery broke up for the summer holidays.', []],
      ['Stiff shoulders are common after long hours at a desk.', []],
      ['The nurse will zap your details into the system.', []],
    ]);
  });

  describe("unsupported-claim: a verb of change whose direct object is only a body part ('block a pore', 'thins the skin') changes that part; a harm in the next clause is not its object", () => {
    cases([
      ['Stretching decreases joint stiffness.', ['unsupported-claim warning «decreases»']],
      ['This cream reduces your skin\'s redness.', ['unsupported-claim warning «reduces»']],
      ['Omega-3 reduces inflammation in the joints.', ['unsupported-claim warning «reduces»']],
      ['Magnesium relaxes the muscles and eases cramps.', ['unsupported-claim warning «relaxes»']],
      // Nearest negatives: disease mechanisms and physiology, with a harm in a coordinated clause.
      ['In acne, oil and dead skin cells block a pore and bacteria multiply inside it.', []],
      ['As we age, collagen loss thins the skin and wrinkles appear.', []],
      ['Caffeine blocks adenosine receptors in the brain.', []],
    ]);
  });
});
