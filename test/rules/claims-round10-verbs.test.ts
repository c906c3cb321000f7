// unsupported-claim on blog prose (issue #3, round 10, part C): what a treatment does — the outcome nouns, verbs and
// idioms round 9's blind drafts used, built as word classes and idiom families, and one false positive (the body's own
// agents as the subject). Each describe block is one cause, stated as a fact about English or about blog writing, with
// positive sentences in several health areas and the nearest negatives where the rules must stay silent. None of these
// sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 10, part C: what a treatment does)', () => {
  describe('complaint and outcome nouns by body system: aches named by the part, bruises, falls, knots, a scattered mind, labour, the stress response, days lost to a complaint, energy blockages', () => {
    cases([
      ['Our kinesiology tape eases neck ache after long drives.', ['unsupported-claim warning «eases»']],
      ['Gentle yoga relieves backache in the third trimester.', ['unsupported-claim warning «relieves»']],
      ['A hot water bottle soothes period aches.', ['unsupported-claim warning «soothes»']],
      ['Witch hazel gel heals a bruise in half the time.', ['unsupported-claim warning «heals»']],
      ['Balance classes cut the chance of a nasty fall in the over-seventies.', ['unsupported-claim warning «cut»']],
      ['Strength training may prevent falling over on icy pavements.', ['unsupported-claim info «may prevent»']],
      ['A weekly massage loosens stubborn knots in the shoulders.', ['unsupported-claim warning «loosens»']],
      ['Omega-3 drops calm a scattered mind before exams.', ['unsupported-claim warning «calm»']],
      ['Raspberry leaf tea shortens labour, say many doulas.', ['unsupported-claim warning «shortens»']],
      ['Pregnancy pilates eases pelvic girdle pain.', ['unsupported-claim warning «eases»']],
      ['A slow exhale calms the fight-or-flight response within a minute.', ['unsupported-claim warning «calms»']],
      ['Preventive Botox reduces migraine days for most of our patients.', ['unsupported-claim warning «reduces»']],
      ['A spacer device cuts trips to A&E for wheezy toddlers.', ['unsupported-claim warning «cuts»']],
      ['Reiki clears energy blockages in the chakras.', ['unsupported-claim warning «clears»']],
      ['Cinnamon evens out the spikes and crashes in blood sugar.', ['unsupported-claim warning «evens out»']],
      ['The new insoles fixed my back within a month.', ['unsupported-claim warning «fixed»']],
      // Labour as work, a fall in a measure, falling asleep, a knot tied, 'back' as an adverb, natural history, advice.
      ['Our labour ward has eight birthing rooms.', []],
      ['Labour costs make up most of the price of a hearing aid.', []],
      ['A bruise usually fades within two weeks.', []],
      ['A fall in blood pressure on standing can make you dizzy.', []],
      ['Most toddlers fall asleep within twenty minutes of lights out.', []],
      ['Tie the knots of the support bandage loosely.', []],
      ['The physio will get you back to work once the swelling settles.', []],
      ['Backache is common in the last months of pregnancy.', []],
      ['If your neck ache spreads down your arm, see a doctor.', []],
      ['Does reiki really clear blockages?', []],
    ]);
  });

  describe('verbs and idioms of lessening, guarding and coaxing, each with its family, with a health object only: trim, pare back, whittle down, chip away at, take the colour (redness, swelling) out of, coax or ease away, guard or shield against; coax, flip, tone, unclench', () => {
    cases([
      ['Magnesium might trim the number of cluster headaches.', ['unsupported-claim info «might trim»']],
      ['A short daily walk pares back sugar cravings.', ['unsupported-claim warning «pares back»']],
      ['Wet wrapping whittles down eczema flare-ups over a winter.', ['unsupported-claim warning «whittles down»']],
      ['Iron infusions chip away at the exhaustion within days.', ['unsupported-claim warning «chip away at»']],
      ['A cold spoon takes the redness out of a bee sting.', ['unsupported-claim warning «takes the redness out of»']],
      ['Arnica cream takes the swelling out of a sprained ankle overnight.', ['unsupported-claim warning «takes the swelling out of»']],
      ['A warm flannel eases away tension headaches.', ['unsupported-claim warning «eases away»']],
      ['Elderberry syrup guards you against winter colds.', ['unsupported-claim warning «guards you against»']],
      ['A daily antihistamine shields your skin from hives all summer.', ['unsupported-claim warning «shields»']],
      ['Kegel exercises tone the pelvic floor after birth.', ['unsupported-claim warning «tone the pelvic floor»']],
      ['Abdominal massage coaxes a lazy bowel into action.', ['unsupported-claim warning «coaxes»']],
      ['Slow breathing flips your nervous system into rest-and-digest.', ['unsupported-claim warning «flips»']],
      // The same verbs with no health object: a hedge trimmed, a price pared back, a lid, logistics, natural history, advice.
      ['Our gardener trims the hedges around the car park every May.', []],
      ['We have pared back our opening hours over Christmas.', []],
      ['The swelling goes down by itself within a few days.', []],
      ['Flip the mattress every three months.', []],
      ['Security guards patrol the hospital grounds at night.', []],
      ['The school nurse can coax a shy child into the clinic room.', []],
      ['Do flu jabs guard you against every strain?', []],
      ['No cream can take the colour out of an old tattoo.', []],
    ]);
  });

  describe('the body\'s own agents (a hormone, an enzyme, antibodies, endorphins, the immune or nervous system, the body) as the subject of a benefit verb describe physiology, not a treatment', () => {
    cases([
      // Claims: a treatment as the subject, the body as the object of a causative, or a trained state.
      ['Fish oil helps your body fight inflammation.', ['unsupported-claim warning «helps»']],
      ['Yoga strengthens your body and eases back pain.', ['unsupported-claim warning «strengthens»']],
      ['Echinacea primes your immune system and fights off colds.', ['unsupported-claim warning «fights off»']],
      ['A stronger immune system fights off colds.', ['unsupported-claim warning «fights off»']],
      ['Our hormone-balancing tea eases hot flushes.', ['unsupported-claim warning «eases»']],
      ['Melatonin tablets ease jet lag on long-haul flights.', ['unsupported-claim warning «ease»']],
      ['Our protein bars help you stay full until lunch.', ['unsupported-claim warning «help»']],
      // Physiology: the body's own agents at work.
      ['During pregnancy the hormone relaxin loosens the ligaments of the pelvis.', []],
      ['Later in pregnancy the hormone progesterone relaxes the muscles of the gut, so heartburn is common.', []],
      ['Your immune system fights off most colds within a week.', []],
      ['As you sleep, the hormone melatonin calms the brain.', []],
      ['Endorphins ease pain naturally after a long run.', []],
      ['Your body repairs muscle tissue while you sleep.', []],
      ['The immune system protects the body against infection.', []],
      ["Your body's own painkillers soothe the ache of a stubbed toe.", []],
    ]);
  });

  describe('"help" + a person + a verb of feeling or being + a comparative or state of health ("help them feel calmer and more in charge", "helps many people feel less bloated")', () => {
    cases([
      ['Some parents find the bedtime stories help their toddlers feel calmer.', ['unsupported-claim info «help»']],
      ['Hypnosis tracks may help you feel more in control during a panic attack.', ['unsupported-claim info «may help»']],
      ['Cold showers help runners feel less sore the next day.', ['unsupported-claim warning «help»']],
      ['A pregnancy pillow helps most mums feel more rested by the third trimester.', ['unsupported-claim warning «helps»']],
      ['Saffron capsules helped her feel less low through the winter.', ['unsupported-claim warning «helped»']],
      ['The breathing app helps asthmatics feel less breathless on the stairs.', ['unsupported-claim warning «feel less breathless»']],
      // A service or a task, a question, a negation, a state that is not health.
      ['Our receptionists help you feel more relaxed about your first visit.', []],
      ['Our nurses help you feel more relaxed before your scan.', []],
      ['Clear signs help visitors feel less lost in the hospital.', []],
      ['We help you feel at home from the moment you arrive.', []],
      ['Does yoga help you feel calmer?', []],
      ['Nothing seems to help her feel calmer.', []],
    ]);
  });

  describe('a demonstrative before the object of a benefit verb ("eases that nagging ache", "calms that tickly cough") is the familiar "that" of blog prose, not a relative pronoun after a plural noun', () => {
    cases([
      ['A few minutes of stretching eases that nagging ache in your lower back.', ['unsupported-claim warning «eases»']],
      ['Ten minutes with the foam roller eases that morning stiffness.', ['unsupported-claim warning «eases»']],
      ['A spoonful of honey calms that tickly cough.', ['unsupported-claim warning «calms»']],
      ['Two weeks on the cream calms those angry eczema patches.', ['unsupported-claim warning «calms»']],
      ['A daily probiotic eases that after-lunch bloating.', ['unsupported-claim warning «eases»']],
      ['Some parents find a cool flannel eases that teething pain.', ['unsupported-claim info «eases»']],
      // No health object after the demonstrative, a question, a conditional, a negation.
      ['Our new car park eases that Monday morning rush.', []],
      ['Nothing eases that kind of grief quickly.', []],
      ['Does anything ease that ache?', []],
      ['If nothing eases that headache, call 111.', []],
      ['Paracetamol rarely eases those cluster headaches.', []],
      ['Online booking eases those long queues at reception.', []],
    ]);
  });

  describe('a plural pronoun ("they", "both") opening the clause before a causative verb stands for the products the paragraph is about ("They also keep your joints supple")', () => {
    cases([
      ['They also keep your joints supple through the winter.', ['unsupported-claim warning «keep your joints supple»']],
      ['Both leave your skin softer by morning.', ['unsupported-claim warning «leave your skin softer»']],
      ['They make your hair shinier in a fortnight.', ['unsupported-claim warning «make your hair shinier»']],
      ['They really do keep your bowels regular.', ['unsupported-claim warning «keep your bowels regular»']],
      ['They may keep your mind sharp into old age.', ['unsupported-claim info «may keep your mind sharp»']],
      ['They keep your bones strong and your energy steady.', ['unsupported-claim warning «keep your bones strong»']],
      // Services, logistics, complaints made worse, a condition, no state of health.
      ['They keep your details safe on our system.', []],
      ['They keep the waiting room calm.', []],
      ['They keep you informed about your results.', []],
      ['If they keep your skin itchy, stop the cream.', []],
      ['They leave your skin dry and tight.', []],
      ['They make you wait for hours at the walk-in centre.', []],
    ]);
  });

  describe('a routine, a schedule or a rhythm of daily life ("a regular sleep schedule", "a bedtime routine") is an intervention: as the agent of a passive of benefit or the subject of a benefit verb it makes a claim', () => {
    cases([
      ['Hot flushes are eased by a consistent exercise routine.', ['unsupported-claim warning «eased»']],
      ['Eczema flares are calmed by a simple skincare routine.', ['unsupported-claim warning «calmed»']],
      ['A consistent bedtime routine cuts night wakings in toddlers.', ['unsupported-claim warning «cuts»']],
      ['Morning stiffness is eased by a daily stretching routine.', ['unsupported-claim warning «eased»']],
      ['Reflux is reliably reduced by a regular eating schedule.', ['unsupported-claim warning «reduced»']],
      ['Cluster headaches may be prevented by a strict sleep schedule.', ['unsupported-claim info «may be prevented»']],
      // Advice, logistics, a routine made hard or disrupted, a question, a service reduced.
      ['Keep a regular sleep schedule during exams.', []],
      ['Our clinic runs on a fixed schedule.', []],
      ['A regular sleep schedule is hard to keep with a newborn.', []],
      ['Shift work disrupts a regular sleep schedule.', []],
      ['Ask your health visitor about a bedtime routine.', []],
      ['Is a strict feeding schedule necessary?', []],
      ['Appointments are reduced by a set timetable in August.', []],
    ]);
  });

  describe('a copula clause, then "and" and a second verb ("X is the gentlest of the four and switches migraines off"): the second verb is the subject\'s predicate', () => {
    cases([
      ['Propranolol is the oldest of the three and switches migraines off for many adults.', ['unsupported-claim warning «switches migraines off»']],
      ['This spray is drug-free and keeps your nose clear all night.', ['unsupported-claim warning «keeps your nose clear»']],
      ['Our tea is caffeine-free and sends bloating packing.', ['unsupported-claim warning «sends bloating packing»']],
      ['The balm is vegan and keeps your lips smooth through the winter.', ['unsupported-claim warning «keeps your lips smooth»']],
      ['The new brace is lighter and gets your wrist moving again.', ['unsupported-claim warning «gets your wrist moving»']],
      ['The gummies are sugar-free and keep your energy steady.', ['unsupported-claim warning «keep your energy steady»']],
      // A service, a fit, a complaint doing harm, natural history.
      ['The app is free and keeps your appointments in order.', []],
      ['The splint is custom-made and fits your mouth snugly.', []],
      ['The rash is itchy and keeps children awake at night.', []],
      ['The cream is greasy and leaves your skin oily.', []],
      ['Oat milk is creamy and keeps well in the fridge.', []],
      ['The clinic is open late and sorts your prescription out.', []],
    ]);
  });

  describe('idioms of retraining the body ("teaches your body to stop reacting to pollen", "retrains your brain to") and of shaving time off a recovery ("shaves days off your recovery"), with allergic reactions and recovery times as outcomes', () => {
    cases([
      ['Sublingual immunotherapy teaches your immune system to stop reacting to grass pollen.', ['unsupported-claim warning «teaches your immune system to»']],
      ['Our desensitising drops may train your body to tolerate dust mites without sneezing.', ['unsupported-claim info «may train your body to»']],
      ['Graded exposure retrains your brain to stop amplifying back pain.', ['unsupported-claim warning «retrains your brain to»']],
      ['Ice baths shave days off your recovery after a marathon.', ['unsupported-claim warning «shave days off»']],
      ['A protein shake after training could knock a day off muscle recovery.', ['unsupported-claim info «could knock a day off»']],
      ['Early physio cuts the time on crutches after a knee replacement.', ['unsupported-claim warning «cuts»']],
      // A skill taught, a commute shortened, a reaction described, recovery times stated, advice.
      ['Our swimming coach teaches your body to float in the first lesson.', []],
      ['The new bypass shaves minutes off the drive to the hospital.', []],
      ['Some children react to peanuts within minutes.', []],
      ['Recovery times vary from two to six weeks.', []],
      ['Train your brain to notice three good things a day.', []],
      ['Hay fever happens when the body overreacts to pollen.', []],
    ]);
  });

  describe('more verbs of dulling a complaint (deaden, muffle, lighten, put a lid on) and more lay complaint words (tired legs, the winter blues, a clicky jaw, light-headedness, head lice)', () => {
    cases([
      ['Clove oil deadens toothache in minutes.', ['unsupported-claim warning «deadens»']],
      ['Our gel deadens the sting of a nettle rash.', ['unsupported-claim warning «deadens»']],
      ['A vitamin C serum lightens dark spots.', ['unsupported-claim warning «lightens»']],
      ['White noise muffles tinnitus at night.', ['unsupported-claim warning «muffles»']],
      ['Compression socks ease tired legs on long flights.', ['unsupported-claim warning «ease»']],
      ['Light therapy lifts the winter blues.', ['unsupported-claim warning «lifts»']],
      ['A jaw splint quietens a clicky jaw.', ['unsupported-claim warning «quietens»']],
      ['Tea tree shampoo may put a lid on head lice.', ['unsupported-claim info «may put a lid on»']],
      // The same words with no health object, as adjectives, in advice, or as natural history.
      ['Press the mute button before your video consultation.', []],
      ['Lighten the load on your knees by losing weight.', []],
      ['Numb fingers can be a sign of poor circulation.', []],
      ['Our students overcome huge barriers to get into medicine.', []],
      ['We nixed the idea of a second clinic.', []],
      ['Head lice spread by head-to-head contact.', []],
    ]);
  });

  describe('"get" + a person + "to sleep" or "back to" an activity of health ("gets your toddler to sleep faster", "got me back to sleep", "gets runners back to training")', () => {
    cases([
      ['A warm bath gets your toddler to sleep faster.', ['unsupported-claim warning «gets your toddler to»']],
      ['White noise gets babies off to sleep in minutes.', ['unsupported-claim warning «gets babies off to»']],
      ['Magnesium got me back to sleep after night feeds.', ['unsupported-claim warning «got me back»']],
      ['Early physio gets runners back to training within a fortnight.', ['unsupported-claim warning «gets runners back to training»']],
      ['Lavender drops may get kids to sleep sooner on holiday.', ['unsupported-claim info «may get kids to»']],
      ['Shockwave therapy got her back to running by the spring.', ['unsupported-claim warning «got her back to running»']],
      // Logistics, advice, a place, natural history.
      ['Our reception team will get you back to the ward.', []],
      ['We get you to the clinic by taxi.', []],
      ['Get your child to bed by seven.', []],
      ['The school nurse got my son to hospital quickly.', []],
      ['Returning to work after two weeks is usual.', []],
      ['Most people are back to work within a fortnight of the operation.', []],
    ]);
  });

  describe('idioms of riddance that end in a noun after the complaint, as "sends colds packing" does: "gives colds the boot", "puts reflux to bed", "kicks back pain into touch"', () => {
    cases([
      ['Our balm kicks back pain into touch.', ['unsupported-claim warning «kicks back pain into touch»']],
      ['Zinc lozenges give colds the boot.', ['unsupported-claim warning «give colds the boot»']],
      ['This tea puts bloating to bed.', ['unsupported-claim warning «puts bloating to bed»']],
      ['A probiotic could put your reflux to bed for good.', ['absolute-claim error «for good»']],
      ['Physio kicks sciatica into touch for most of our runners.', ['unsupported-claim warning «kicks sciatica into touch»']],
      ['Tea tree oil gives spots the boot overnight.', ['unsupported-claim warning «gives spots the boot»']],
      // A person or a child sent to bed, a complaint sending someone to bed, advice, a boot worn.
      ['Get your child to bed by seven.', []],
      ['A hot drink sends you to bed happy.', []],
      ['Back pain sent me to bed for a week.', []],
      ['Cough syrup puts children to bed early.', []],
      ['Wear the walking boot until the fracture heals.', []],
      ['Stay in touch with your midwife after the birth.', []],
    ]);
  });
});
