// unsupported-claim on blog prose (issue #3, round 10, part A): pseudo-clefts, testimonials, reported cases, outcomes of
// users and comparisons that credit a treatment with a benefit in words the earlier rounds did not read. Each describe
// block is one cause, stated as a fact about English or about blog writing, with positive sentences in several health
// areas and the nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or
// from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 10, part A: clefts, testimonials, users, comparisons)', () => {
  describe('a pseudo-cleft whose idiom resolves a complaint without naming it ("What sorts it out is", "What finally got <name> sleeping through was", "What turned things around for <person> was", "What makes the difference for <sufferers> is", "What <treatment> really offers is a chance for the body to repair") credits what follows the copula', () => {
    cases([
      ['What finally got our toddler sleeping through the night was a warm bath and a dark room.', ['unsupported-claim warning «What finally got our toddler sleeping through the night was»']],
      ['What turned things around for my eczema was a fragrance-free emollient.', ['unsupported-claim warning «What turned things around for my eczema was»']],
      ['What sorts it out for most runners is a few weeks of calf stretches.', ['unsupported-claim warning «What sorts it out for most runners is»']],
      ['What really did the trick for her reflux was cutting out late meals.', ['unsupported-claim warning «What really did the trick for her reflux was»']],
      ['What turned it around for Dad, after his heart attack, was a course of cardiac rehab.', ['unsupported-claim warning «What turned it around for Dad, after his heart attack, was»']],
      ['What acupuncture really offers is a chance for the nervous system to settle and repair.', ['unsupported-claim warning «What acupuncture really offers is»']],
      ['What a good massage actually gives you is time for your muscles to recover.', ['unsupported-claim warning «What a good massage actually gives you is»']],
      ['What makes the difference for most insomniacs is a fixed wake-up time.', ['unsupported-claim warning «What makes the difference for most insomniacs is»']],
      ['What fixed it in the end was a gentle pelvic floor programme.', ['unsupported-claim warning «What fixed it in the end was»']],
      // Chores, sport, business, prices, a cause of illness, advice that varies, a matter left open.
      ['What sorts it out is a quick call to the helpdesk.', []],
      ['What makes the difference for most buyers is the price.', []],
      ['What turned things around for the club was a new manager.', []],
      ['What got me walking to work was the cost of parking.', []],
      ['What the clinic really offers is free parking.', []],
      ['What did the trick for the stain was vinegar.', []],
      ['What made the difference in the final was a late goal.', []],
      ['What works for one family may not work for another.', []],
      ['What causes the rash is usually a virus.', []],
      ['What helps most is different for every child.', []],
      ['What sorts it out is unclear.', []],
    ]);
  });

  describe('a case story opens after a semicolon or a colon, with a time after which a treatment was taken ("After three years on the programme", "after a month of Dr Rao\'s classes", "After one dose of the drops"), and ends in a part gone down, a personal best, a part that behaved, or a good state; or tells its time at the end ("her back has been much looser since her second session")', () => {
    cases([
      ['After three years on the strength programme my knees are stronger than they were at forty.', ['unsupported-claim warning «my knees are stronger»']],
      ['Following two months on the low-FODMAP plan my tummy is calmer than it has been in years.', ['unsupported-claim warning «my tummy is calmer»']],
      ['My asthma kept me off the pitch all winter; after a month of Dr Rao\'s breathing classes I was running again.', ['unsupported-claim warning «I was running again»']],
      ['Eczema had her scratching all night; two weeks into the new cream she was sleeping through.', ['unsupported-claim warning «she was sleeping through»']],
      ['From the Tuesday clinic: "After one dose of the antihistamine his puffy eyelids had gone right down."', ['unsupported-claim warning «his puffy eyelids had gone right down»']],
      ['After a single course of the drops, her swollen glands had come down.', ['unsupported-claim warning «her swollen glands had come down»']],
      ['After three sessions and some home stretching, he ran a personal best and the knee behaved.', ['unsupported-claim warning «he ran a personal best»']],
      ['After two physio sessions she set a new PB at the parkrun.', ['unsupported-claim warning «she set a new PB»']],
      ['Mum told me her back has been much looser since her second session.', ['unsupported-claim warning «her back has been much looser»']],
      ['Tom says his skin has been calm and clear since starting the new balm.', ['unsupported-claim warning «his skin has been calm»']],
      ['My knee has been pain-free since my third session.', ['unsupported-claim warning «My knee has been pain-free»']],
      ['The baby has been more settled since starting the probiotic drops.', ['unsupported-claim warning «The baby has been more settled»']],
      // No treatment (rain, bad news, a waiting list, lockdown, the holidays, roadworks), a bill, a bad state, a negation, a
      // feat with no treatment.
      ['After two weeks of rain the river had gone down.', []],
      ['After one dose of bad news, her mood had gone down.', []],
      ['After two years on the waiting list my hip is worse than ever.', []],
      ['After two years of lockdown my fitness had gone down.', []],
      ['She told me her son has been calmer since the holidays.', []],
      ['My knee has been sore since my third session.', []],
      ['The traffic has been calm since the roadworks finished.', []],
      ['After three sessions the bill had gone down.', []],
      ['He ran a personal best last year.', []],
      ['My knee has not been pain-free since my third session.', []],
      ['The appointment is at 10:30; after two weeks of waiting, I was seen.', []],
    ]);
  });

  describe('first-person testimonials with no verb of benefit: a body part that has never felt better ("My calves have never felt looser"), a visit left in a good state, often verbless ("walked out a new woman", "Came out skipping"), a good experience given ("gave me the calm, positive birth"); and the behaviour complaints of children ("bedtime battles", "angry outbursts", "night wakings") as harms', () => {
    cases([
      ['My hamstrings have never felt looser.', ['unsupported-claim warning «My hamstrings have never felt looser»']],
      ['My skin has never looked clearer since I switched to the oil cleanser.', ['unsupported-claim warning «My skin has never looked clearer»']],
      ['Since starting the magnesium I have never slept better.', ['unsupported-claim warning «I have never slept better»']],
      ['"Six weeks of the breathing course and I\'ve never felt so calm."', ['unsupported-claim warning «I\'ve never felt so calm»']],
      ['Our son\'s gut has never been so settled.', ['unsupported-claim warning «Our son\'s gut has never been so settled»']],
      ['Came in hunched over after a long drive, walked out a new woman.', ['unsupported-claim warning «walked out a new woman»']],
      ['Came out floating.', ['unsupported-claim warning «Came out floating»']],
      ['I hobbled in on Monday and left the clinic pain-free.', ['unsupported-claim warning «left the clinic pain-free»']],
      ['She went home feeling ten years younger.', ['unsupported-claim warning «She went home feeling ten years younger»']],
      ['He limped in and walked out without a limp.', ['unsupported-claim warning «walked out without a limp»']],
      ['Hypnobirthing gave me the calm, positive birth I had hoped for.', ['unsupported-claim warning «gave me the calm, positive birth»']],
      ['The blackout blind gave her the first full night\'s sleep in months.', ['unsupported-claim warning «gave her the first full night\'s sleep»']],
      ['The retinol serum has given me clearer skin and a brighter complexion.', ['unsupported-claim warning «has given me clearer skin»']],
      ['Acupuncture gave me a gentle, drug-free labour.', ['unsupported-claim warning «gave me a gentle, drug-free labour»']],
      ['The sticker chart halved our bedtime battles.', ['unsupported-claim warning «halved»']],
      ['Fish oil calmed his angry outbursts.', ['unsupported-claim warning «calmed»']],
      // A bad state, a thing or a person that has never been better, a hospital stay, tears, a skipped meal, an unpaid bill,
      // confusion, a person who gave the experience, an appointment or a bed given, a worst night, behaviour described.
      ['My skin has never looked so bad.', []],
      ['My car has never run better since the service.', []],
      ['The garden has never looked better.', []],
      ['My husband has never looked healthier.', []],
      ['My knees have never been the same since the fall.', []],
      ['I walked out of the meeting a new man.', []],
      ['My skin has never looked better in photos.', []],
      ['Came out of hospital on Friday.', []],
      ['Walked out of the appointment in tears.', []],
      ['She left skipping meals for a week.', []],
      ['He walked out without paying.', []],
      ['I came out feeling confused.', []],
      ['The midwife gave me the calm birth I wanted.', []],
      ['My husband gave me a good night\'s sleep by doing the night feed.', []],
      ['The app gave me a new appointment.', []],
      ['The baby gave me the worst night\'s sleep of my life.', []],
      ['The hospital gave her a bed for the night.', []],
      ['Bedtime battles are normal at this age.', []],
      ['Hyperactivity is one of the three core features of ADHD.', []],
    ]);
  });

  describe('reported cases and outcomes of users: a complaint that stopped once a person changed a treatment or a food, a treatment that took a person off a medicine, a group of users who sleep like a log, sail through a season, end up in hospital less often, are back at their sport sooner (than those who do not: the writer\'s own clients compared, not a study\'s groups) or notice the biggest changes in their health', () => {
    cases([
      ['Jo told me the meltdowns after school stopped once they switched to sugar-free snacks.', ['unsupported-claim warning «the meltdowns after school stopped once they switched to»']],
      ['My reflux settled down as soon as I gave up fizzy drinks.', ['unsupported-claim warning «My reflux settled down as soon as I gave up»']],
      ['Their son\'s eczema cleared up within weeks of them swapping to an oat milk.', ['unsupported-claim warning «Their son\'s eczema cleared up within weeks of them swapping to»']],
      ['The hot flushes became less frequent once she started the sage tablets.', ['unsupported-claim warning «The hot flushes became less frequent once she started»']],
      ['A mum told me that six weeks of swimming lessons had her daughter off her inhalers by Easter.', ['unsupported-claim warning «had her daughter off her inhalers»']],
      ['Physio had him off his crutches within a fortnight.', ['unsupported-claim warning «had him off his crutches»']],
      ['Our members tell us they sleep like babies after a session.', ['unsupported-claim warning «sleep like babies»']],
      ['Many of our clients who take the drops breeze through the menopause.', ['unsupported-claim warning «breeze through the menopause»']],
      ['Patients who stick with the breathing exercises end up in hospital less often.', ['unsupported-claim warning «end up in hospital less often»']],
      ['Children who use the preventer inhaler end up in A&E far less often.', ['unsupported-claim warning «end up in A&E far less often»']],
      ['Runners who roll after every session are back training two days sooner.', ['unsupported-claim warning «are back training two days sooner»']],
      ['Clients who come fortnightly are back on the pitch a week sooner than those who rest.', ['unsupported-claim warning «are back on the pitch a week sooner»']],
      ['Regular dippers notice the biggest changes in their mood and sleep.', ['unsupported-claim warning «notice the biggest changes in their mood»']],
      // A complaint that ended for another reason (sleep, the weather, a new school, a change of shifts), a side effect, a
      // day off work or school, advice, a new medicine, groups with no treatment, logistics, a return too soon.
      ['The crying stopped once she fell asleep.', []],
      ['The rash cleared once the weather warmed up.', []],
      ['The meltdowns stopped once they switched schools.', []],
      ['The headaches started once she switched to night shifts.', []],
      ['The nausea eased once she stopped the antibiotics.', []],
      ['The GP had her off work for a week.', []],
      ['We had him off school with a temperature.', []],
      ['Get him off his phone an hour before bed.', []],
      ['The nurse has me on a new inhaler.', []],
      ['Most babies sleep like a log at this age.', []],
      ['Most children sail through the pollen season without any symptoms.', []],
      ['Children who live near main roads end up in A&E more often.', []],
      ['Patients who book online are seen sooner.', []],
      ['She sailed through her exams.', []],
      ['Many runners are back training sooner than they should be.', []],
      // Past-tense groups compared stay an observation (hedged), as round 4 reads them.
      ['Guests who did the evening float slept more soundly than those who did not.', ['unsupported-claim info «slept more soundly»']],
    ]);
  });

  describe('comparisons that credit a remedy with no verb of benefit: it works N times (or far) better than another remedy, gives the body as much rest as hours in bed, is worth a night\'s sleep, gets people back to work or sport; and an imperative whose consequence after "and" is a changed child or a difference seen', () => {
    cases([
      ['Our custom night guards work three times better than the cheap ones from the chemist.', ['unsupported-claim warning «work three times better than»']],
      ['The new cream works far better than hydrocortisone for itchy eczema.', ['unsupported-claim warning «works far better than»']],
      ['These insoles work twice as well as the shop-bought ones.', ['unsupported-claim warning «work twice as well as»']],
      ['Twenty minutes of yoga nidra gives your body as much rest as two hours of sleep.', ['unsupported-claim warning «gives your body as much rest as»']],
      ['A single float is worth a full night\'s sleep.', ['unsupported-claim warning «is worth a full night\'s sleep»']],
      ['A good sports massage does as much good as a week of rest.', ['unsupported-claim warning «does as much good as»']],
      ['Physio gets people back to work faster than any painkiller.', ['unsupported-claim warning «gets people back to work»']],
      ['The knee brace got him back on the pitch in a month.', ['unsupported-claim warning «got him back on the pitch»']],
      ['Hydrotherapy gets patients back to their normal routine sooner.', ['unsupported-claim warning «gets patients back to their normal routine»']],
      ['Cut out the fizzy drinks and you\'ll have a calmer child within a fortnight.', ['unsupported-claim warning «you\'ll have a calmer child»']],
      ['Give her the probiotic drops every morning and you\'ll notice a real difference.', ['unsupported-claim warning «you\'ll notice a real difference»']],
      ['Try the magnesium for a month and you\'ll see a huge difference in your sleep.', ['unsupported-claim warning «you\'ll see a huge difference»']],
      // No remedy on either side, a negation, a nutrient, a need, a bus, a team, a benefit, directions, a discount, an
      // appointment, an elliptical promise.
      ['The new booking system works three times faster than the old one.', []],
      ['Some apps work better than others.', []],
      ['Tablets don\'t work any better than the cheap ones from the chemist.', []],
      ['A banana gives you as much potassium as a tablet.', []],
      ['A nap gives you as much rest as you need.', []],
      ['The bus gets people back to work in twenty minutes.', []],
      ['Our HR team gets people back to work after long absences.', []],
      // Merge of rounds 10 A and C: a return timed by the body's own course describes a care pathway.
      ['Your osteopath will get you back to the gym when the sprain has healed.', []],
      ['The brace gets players back on the pitch once the ligament has knitted.', []],
      ['Universal Credit gets people back to work faster.', []],
      ['Take the first left and you\'ll see the clinic.', []],
      ['Book now and you\'ll get a new patient discount.', []],
      ['Call us and you\'ll have a new appointment within a week.', []],
      ['Try it for a week and you\'ll see.', []],
    ]);
  });

  describe('"some <people> with <a condition> find that" limits the claim to some of them, as "some people find" does (a population hedge: info); "most" and "many" stay testimonials', () => {
    cases([
      ['Some patients with eczema find that the balm soothes the itch.', ['unsupported-claim info «soothes»']],
      ['Some women who suffer from migraines find that magnesium cuts the number of attacks.', ['unsupported-claim info «cuts»']],
      ['Some children with asthma notice that the new inhaler helps them breathe more easily.', ['unsupported-claim info «helps»']],
      ['Some people living with arthritis say that turmeric eases their stiffness.', ['unsupported-claim info «eases»']],
      ['Some clients with tinnitus report that the sound therapy quietens the ringing.', ['unsupported-claim info «quietens»']],
      ['Some runners with sore knees found that the insoles relieved the ache.', ['unsupported-claim info «relieved»']],
      // Most and many report a testimonial; no claim after 'find' is none.
      ['Many patients with eczema find that the balm soothes the itch.', ['unsupported-claim warning «soothes»']],
      ['Some patients with eczema find the waiting list frustrating.', []],
      ['Some parents with toddlers find bedtime hard.', []],
      ['Some people with diabetes find it hard to get an appointment.', []],
      ['Some women with endometriosis say they waited years for a diagnosis.', []],
      ['Some patients with gout find that red meat sets off an attack.', []],
    ]);
  });

  describe('a treatment that helps people named by a demonstrative ("could help these women", "may benefit such patients"): the sufferers are those of the sentences before, and nothing follows them', () => {
    cases([
      ['Pelvic floor physio could help these women.', ['unsupported-claim info «help»']],
      ['Breathing retraining and gentle release could help these patients, although the trials are small.', ['unsupported-claim info «help»']],
      ['A short course of CBT may benefit such patients.', ['unsupported-claim info «benefit»']],
      ['Gentle hydrotherapy helps these children enormously.', ['unsupported-claim warning «helps»']],
      ['Acupuncture might help those sufferers too.', ['unsupported-claim info «help»']],
      ['Daily stretches help these runners a great deal.', ['unsupported-claim warning «help»']],
      // A person or a service, a leaflet, a task after the people, money, a car park, a question, a negation.
      ['Our nurses could help these women.', []],
      ['A leaflet could help these patients.', []],
      ['A leaflet could help these patients find the clinic.', []],
      ['Funding could help these families.', []],
      ['The new car park could help these patients.', []],
      ['Could physio help these women?', []],
      ['Physio does not help these patients.', []],
    ]);
  });

  describe('the same frames in more shapes: a cleft opened by "the (one) thing that" or with a verb of relief and its complaint, a story opened by a time after starting a treatment or told with "since I started", outcomes that are a state no longer bad or a medicine given up, a verbless visit left able to do something, a remedy worth weeks of another, and consequences in idioms of sleep and renewal', () => {
    cases([
      ['What finally cleared my son\'s cradle cap was a little olive oil and a soft brush.', ['unsupported-claim warning «What finally cleared my son\'s cradle cap was»']],
      ['What really helped my neck was a thinner pillow.', ['unsupported-claim warning «What really helped my neck was»']],
      ['The thing that finally sorted my heartburn was a wedge pillow.', ['unsupported-claim warning «The thing that finally sorted my heartburn was»']],
      ['The one thing that made a difference for my period pain was a hot water bottle.', ['unsupported-claim warning «The one thing that made a difference for my period pain was»']],
      ['After a fortnight on the new drops her eyes were no longer red and gritty.', ['unsupported-claim warning «her eyes were no longer red and gritty»']],
      ['Two weeks after starting the cream, my acne had cleared.', ['unsupported-claim warning «my acne had cleared»']],
      ['"My IBS has been so much calmer since I started the course."', ['unsupported-claim warning «My IBS has been so much calmer»']],
      ['Three months into the programme he no longer needs his inhaler.', ['unsupported-claim warning «he no longer needs his inhaler»']],
      ['She came off her blood pressure tablets within six months of starting the diet.', ['unsupported-claim warning «She came off her blood pressure tablets»']],
      ['"Walked in with a frozen shoulder, walked out able to reach the top shelf."', ['unsupported-claim warning «walked out able to reach»']],
      ['"Arrived on crutches, left walking."', ['unsupported-claim warning «left walking»']],
      ['One session is worth a month of stretching.', ['unsupported-claim warning «is worth a month of stretching»']],
      ['Swap your evening wine for chamomile and you\'ll sleep like a baby.', ['unsupported-claim warning «you\'ll sleep like a baby»']],
      ['Cut the caffeine after noon and you\'ll feel like a new person.', ['unsupported-claim warning «you\'ll feel like a new person»']],
      // A cleft about a car, a story with no treatment, a dog walk, a bill paid, lunches, a commute.
      ['What finally stopped the car was the handbrake.', []],
      ['The thing that finally sorted the leak was a new washer.', []],
      ['Two weeks after starting school, her cough had cleared.', []],
      ['She left walking the dog.', []],
      ['He walked out able to pay.', []],
      ['The class is worth a month of lunches.', []],
      ['Swap the bus for the bike and you\'ll feel like a new person.', []],
      ['Since I started the new job my mood has been so much calmer.', []],
    ]);
  });

  describe('one client\'s case and words of praise: a case told of "a client of mine" or "one of our members" with an outcome and a treatment named, a cleft of what people notice first, a change in health called incredible, the best decision for a body part, nothing that worked as well for a complaint, a remedy that did what a doctor or a product could not, and users who have easier labours', () => {
    cases([
      ['A member of ours got off her painkillers within a month of joining the walking group.', ['unsupported-claim warning «got off her painkillers»']],
      ['One of my clients with endometriosis is now pain-free after six months on the anti-inflammatory diet.', ['unsupported-claim warning «is now pain-free»']],
      ['Another gentleman who came to us with a frozen shoulder is now pain-free.', ['unsupported-claim warning «is now pain-free»']],
      ['Our youngest patient, aged six, stopped wetting the bed after four sessions.', ['unsupported-claim warning «stopped wetting the bed»']],
      ['What most of our clients notice first is that they sleep better.', ['unsupported-claim warning «What most of our clients notice first is»']],
      ['What you\'ll notice within a week is softer skin.', ['unsupported-claim warning «What you\'ll notice within a week is»']],
      ['The difference in his breathing since the course has been night and day.', ['unsupported-claim warning «The difference in his breathing since the course has been night and day»']],
      ['Best decision I ever made for my knees.', ['unsupported-claim warning «Best decision I ever made for my knees»']],
      ['Nothing has ever helped so quickly with my cold sores.', ['unsupported-claim warning «Nothing has ever helped so quickly with»']],
      ['The osteopath did in one session what years of painkillers couldn\'t.', ['unsupported-claim warning «did in one session what years of painkillers couldn\'t»']],
      ['This balm does what expensive creams can\'t.', ['unsupported-claim warning «does what expensive creams can\'t»']],
      // A medicine stopped with no treatment, a day off work, the smell, parking, a price, a worrying change, a career, a
      // team, a person or a council that did what another could not, a second labour.
      ['A client of mine came off her antidepressants too quickly and relapsed.', []],
      ['One of our members is now off work with a broken leg.', []],
      ['What most people notice first is the smell.', []],
      ['What our patients love most is the free parking.', []],
      ['The difference in price has been huge.', []],
      ['The change in her mood has been worrying.', []],
      ['Best decision I ever made for my career.', []],
      ['Nothing has ever worked as well for our team.', []],
      ['She did what her doctor couldn\'t.', []],
      ['The council did what the government couldn\'t.', []],
      ['Most women have shorter labours with their second baby.', []],
    ]);
  });

  describe('more outcomes and openers of a case story: a complaint milder or under control, something that came back (periods, appetite, eyebrows), an opener of thanks to a treatment, a visit left weeks later able to do something, babies who feed more calmly', () => {
    cases([
      ['After her third session, Mia\'s eczema was noticeably milder.', ['unsupported-claim warning «Mia\'s eczema was noticeably milder»']],
      ['Two months on the iron tablets and her appetite came back.', ['unsupported-claim warning «her appetite came back»']],
      ['A month on the tincture and her periods came back like clockwork.', ['unsupported-claim warning «her periods came back like clockwork»']],
      ['Thanks to the drops, our toddler now sleeps from seven till seven.', ['unsupported-claim warning «our toddler now sleeps from seven till seven»']],
      ['"I came to Sarah in agony with sciatica and left three weeks later able to drive again."', ['unsupported-claim warning «left three weeks later able to drive»']],
      ['Many of the babies we treat feed more calmly after a cranial session.', ['unsupported-claim warning «feed more calmly»']],
      // No treatment (the holidays, the weather, a strike), a bad state that came back, a bill.
      ['After the holidays, Tom\'s cough was noticeably milder.', []],
      ['Thanks to the warm weather, the rash was much better.', []],
      ['Thanks to the bus strike, she walked to work.', []],
      ['Six months of stress and her migraines came back.', []],
      ['After two sessions the bill was smaller.', []],
    ]);
  });
});
