// Claim rules on blog prose (issue #3, round 16, part C): lay absolutes of totality and permanence, false positives of
// logistics and of denied evidence, and testimonies in lay idioms. Each describe block is one form, with positive sentences
// in several health areas and the nearest negatives where the rules must stay silent. None of these sentences is taken from
// the corpus or from a benchmark; the last block holds the round's coverage grid (written before the change).

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 16, part C: lay absolutes, logistics and testimonies)', () => {
  describe("a guarantee of goods on their way is logistics ('we guarantee every pouch arrives sealed'), a guarantee of an outcome is not", () => {
    cases([
      ["We guarantee every order arrives within two working days.", []],
      ["Our tea comes in recyclable tins, and we guarantee each tin is sealed for freshness.", []],
      ["We guarantee your parcel will be dispatched the same day.", []],
      ["We guarantee all orders are packed by hand in our Devon kitchen.", []],
      ["We guarantee our balm clears eczema in a week.", ["absolute-claim error «We guarantee»"]],
      ["We guarantee you'll sleep better after the first night.", ["absolute-claim error «We guarantee»"]],
      ["Our probiotic is guaranteed to fix your bloating.", ["absolute-claim error «is guaranteed to»"]],
      ["We guarantee every pouch calms an upset tummy.", ["absolute-claim error «We guarantee»"]],
    ]);
  });

  describe("a negative pronoun as the subject of a report negates it ('Nobody has shown that X protects ...')", () => {
    cases([
      ["Nobody has shown that any brand of mouthwash protects your gums.", []],
      ["No one has proven that zinc lozenges shorten a cold.", []],
      ["Nobody has shown that a special pillow prevents snoring.", []],
      ["Nobody who tried the cream found it eased their eczema.", []],
      ["Everybody knows that exercise protects your joints.", ["vague-attribution warning «Everybody knows that»"]],
      ["My physio has shown that this stretch eases heel pain.", ["unsupported-claim warning «eases»"]],
    ]);
  });

  describe("totality over conditions: a verb of benefit over 'everything from X to Y' in a claim", () => {
    cases([
      ["It works on everything from eczema to asthma.", ["absolute-claim error «works on everything from»"]],
      ["Our drops help with everything from colic to teething pain.", ["absolute-claim error «help with everything from»"]],
      ["Reflexology treats everything from migraines to infertility.", ["absolute-claim error «treats everything from»"]],
      ["This tea soothes absolutely everything from bloating to period cramps.", ["absolute-claim error «soothes absolutely everything from»"]],
      ["The app works on everything from phones to smart TVs.", []],
      ["Our diabetes review covers everything from foot checks to eye screening.", []],
      ["The shop sells everything from plasters to pregnancy tests.", []],
      ["Does it really work on everything from eczema to asthma?", []],
      ["It does not work on everything from eczema to asthma.", []],
    ]);
  });

  describe("total protection ('fully protected', 'completely immune') in a sentence that names a treatment", () => {
    cases([
      ["After the jab your baby is fully protected against measles.", ["absolute-claim error «fully protected»"]],
      ["Once you've finished the course of tablets, you're fully protected against malaria.", ["absolute-claim error «fully protected»"]],
      ["Use the spray daily and you're completely protected from hay fever all summer.", ["absolute-claim error «completely protected»"]],
      ["With two doses of the vaccine, your child is fully immune to chickenpox.", ["absolute-claim error «fully immune»"]],
      ["Babies are not fully protected until after their second dose.", []],
      ["Is my baby fully protected after the first jab?", []],
      ["Your garden is fully protected from frost under the fleece.", []],
      ["Our website is fully protected by encryption.", []],
      ["The nurse hopes everyone will be fully protected by spring.", []],
    ]);
  });

  describe("a double negative of totality ('there's no <complaint> that <treatment> can't improve')", () => {
    cases([
      ["There's no skin condition that this balm can't heal.", ["absolute-claim error «There's no»"]],
      ["There is no sleep problem that magnesium can't fix.", ["absolute-claim error «There is no»"]],
      ["There's no back pain that a good massage won't ease.", ["absolute-claim error «There's no»"]],
      ["There's no tummy ache that peppermint tea can't settle.", ["absolute-claim error «There's no»"]],
      ["There's no pill that can't be crushed.", []],
      ["There's no appointment that we can't fit in this week.", []],
      ["There's no reason that a good walk can't be fun.", []],
      ["Is there any back pain that massage can't ease?", []],
    ]);
  });

  describe("'without fail' only in a claim", () => {
    cases([
      ["It settles my baby's colic without fail.", ["absolute-claim error «without fail»"]],
      ["The drops stop a migraine in its tracks without fail.", ["absolute-claim error «without fail»"]],
      ["This balm clears my cold sores overnight without fail.", ["absolute-claim error «without fail»"]],
      ["The newsletter goes out on the first of the month without fail.", []],
      ["Take the tablets every morning with food, without fail.", []],
      ["She walks the dog every morning without fail.", []],
      ["Check your blood sugar before driving, without fail.", []],
    ]);
  });

  describe("permanence in lay phrasal verbs of a body part's complaint ('your joints will never seize up') after a treatment or an imperative", () => {
    cases([
      ["Do the stretches every morning and your back will never seize up.", ["absolute-claim error «never seize up»"]],
      ["Keep moving and your knees will never stiffen up.", ["absolute-claim error «never stiffen up»"]],
      ["Use the gum shield at night and your jaw will never lock again.", ["absolute-claim error «never lock»"]],
      ["Keep taking the fish oil and your knees will never stiffen up again.", ["absolute-claim error «never stiffen up»"]],
      ["With our collagen, your joints will never creak again.", ["absolute-claim error «never creak»"]],
      ["My old car will never seize up, thanks to the mechanic.", []],
      ["Your joints may stiffen up in cold weather.", []],
      ["Your back will never seize up if you just lie in bed, so keep moving.", []],
      ["The hinge will never seize up if you oil it.", []],
      ["Will my knees ever stiffen up again?", []],
    ]);
  });

  describe("the whole body as the subject of an active verb of renewal ('every cell in your body recharges') after a treatment or the moment of use", () => {
    cases([
      ["Every cell in your body recharges the moment you step into the sauna.", ["absolute-claim error «Every cell in your body»"]],
      ["Every cell in your body repairs itself after a week on the cleanse.", ["absolute-claim error «Every cell in your body»"]],
      ["Every cell in your body contains a copy of your DNA.", []],
      ["Every cell in your body needs oxygen.", []],
      ["Every cell in your body renews itself over the years.", []],
      ["Every organ in your body ages at its own rate.", []],
    ]);
  });

  describe("a universal subject of a claim after a fronted treatment phrase, over a service's people, or 'all of our patients'", () => {
    cases([
      ["With our chewable drops, every child sleeps through the night.", ["absolute-claim error «every child»"]],
      ["After three sessions of reflexology, every client sleeps more deeply.", ["absolute-claim error «every client»"]],
      ["Every patient gets their energy back in the end.", ["absolute-claim error «Every patient»"]],
      ["All of our patients conceived within a year of starting the programme.", ["absolute-claim error «All of our patients»"]],
      ["Each and every one of our clients sleeps better after the first session.", ["absolute-claim error «Each and every one of our clients»"]],
      ["Every patient is offered a follow-up call.", []],
      ["All of our patients can book appointments online.", []],
      ["Every child needs vitamin D in winter.", []],
      ["With our app, every patient can book a scan online.", []],
      ["After the talk, every parent got a leaflet.", []],
      ["All of our clients are seen within a week.", []],
      ["Every child sleeps through eventually.", []],
    ]);
  });

  describe("a remedy praised after a copula ('was a game changer for me', 'has been my saviour', 'was life-changing')", () => {
    cases([
      // Round 20 (lead): sertraline is a drug of the dose table now, so the copula's praise is read first (the same claim).
      ["Sertraline was a game changer for me, I finally felt like myself again.", ["unsupported-claim warning «was a game changer for»"]],
      ["Acupuncture was a real game changer for my fertility.", ["unsupported-claim warning «was a real game changer»"]],
      ["This pillow spray has been my saviour on sleepless nights.", ["unsupported-claim warning «has been my saviour»"]],
      ["Citalopram was my saviour after the birth.", ["unsupported-claim warning «was my saviour»"]],
      ["For me, the CBT course was life-changing.", ["unsupported-claim warning «was life-changing»"]],
      ["The new booking system was a game changer for our reception team.", []],
      ["The volunteer driver scheme has been a lifesaver for patients without a car.", []],
      ["My sister was my saviour after the birth.", []],
      ["The move to the coast was life-changing.", []],
      ["Acupuncture was not a game changer for me.", []],
      ["Was the inhaler a game changer for you?", []],
    ]);
  });

  describe("a cleft of rescue with a remedy in focus ('What saved me was a good multivitamin')", () => {
    cases([
      ["What saved me was a daily dose of vitamin D.", ["unsupported-claim warning «What saved me was»"]],
      ["Honestly, what saved me in the third trimester was a magnesium spray.", ["unsupported-claim warning «what saved me in the third trimester was»"]],
      ["What got me through the worst of the migraines was a TENS machine.", ["unsupported-claim warning «What got me through the worst of the migraines was»"]],
      ["The thing that made all the difference was a good night splint.", ["unsupported-claim warning «The thing that made all the difference was»"]],
      ["What saved me was my sister driving me to appointments.", []],
      ["What saved me money was the prescription prepayment certificate.", []],
      ["What got me through the night shifts was coffee and good colleagues.", []],
      ["What saved the day was a spare battery for the monitor.", []],
    ]);
  });

  describe("a good outcome put down to a remedy ('he puts that down to the jab'); a complaint put down to one is a side effect", () => {
    cases([
      ["It was the first winter in years she hadn't had a chest infection, and she puts that down to the probiotic.", ["unsupported-claim warning «puts that down to»"]],
      ["He puts his clear skin down to the zinc supplement.", ["unsupported-claim warning «puts his clear skin down to»"]],
      ["She puts her good sleep down to the magnesium spray.", ["unsupported-claim warning «puts her good sleep down to»"]],
      ["He puts the delay down to a shortage of drivers.", []],
      ["She puts her headaches down to the new pill.", []],
      ["He puts his rash down to the antibiotics.", []],
      ["My mum puts it down to the weather.", []],
    ]);
  });

  describe("a remedy ranked above all the speaker has known ('the most powerful healing tool I have ever come across')", () => {
    cases([
      ["Breathwork is the most powerful anxiety remedy I have ever come across.", ["unsupported-claim warning «is the most powerful anxiety remedy I have ever come across»"]],
      ["Reflexology is the best thing I've ever tried for my migraines.", ["unsupported-claim warning «the best thing I've ever tried»"]],
      ["Craniosacral work is the most effective therapy we have ever offered.", ["unsupported-claim warning «is the most effective therapy we have ever offered»"]],
      ["This is the best scanner we have ever had in the clinic.", []],
      ["She is the best nurse I have ever worked with.", []],
      ["Is this the best treatment you have ever tried?", []],
      ["It was the worst headache I have ever had.", []],
    ]);
  });

  describe("coordinated comparatives with a medicine that names its purpose ('gentler and more effective than the antidepressants')", () => {
    cases([
      ["In my experience hypnotherapy is gentler and more effective than sleeping tablets.", ["unsupported-claim warning «is gentler and more effective than sleeping tablets»"]],
      ["Acupuncture is safer and more effective than painkillers for my back.", ["unsupported-claim warning «is safer»"]],
      ["Honestly, yoga is cheaper and better than antidepressants.", ["unsupported-claim warning «is cheaper and better than antidepressants»"]],
      ["She is calmer and better than she was before the antidepressants.", []],
      ["Sleeping tablets are stronger and more effective than herbal teas.", []],
      ["Is yoga gentler and more effective than painkillers?", []],
      ["Exercise is not cheaper and better than antidepressants for everyone.", []],
    ]);
  });
  describe("ice as weather on a surface is no treatment ('the ice on Birchcliffe Road ... we're back to full strength')", () => {
    cases([
      ['Ice on your knee for twenty minutes eases the pain.', ['unsupported-claim warning «eases»']],
      ['An ice pack on the sprained ankle eases the swelling.', ['unsupported-claim warning «eases»']],
      ['The ice on the towpath kept us indoors for a month, but we\u2019re back to full strength now.', []],
      ['The ice on the canal path is treacherous in January.', []],
      ['After the ice on the pavements melted, I was back to full strength on the allotment.', []],
      ['Grit the ice on your driveway before the school run.', []],
    ]);
  });

  // The round's coverage grid (.scratch/grid-c.txt, written before the change: 73 claim sentences of the classes of
  // permanence, totality and testimony, and 54 near-claims): the rows the rules now read as expected (before the change: 38 of
  // 73 claims and 49 of 54 near-claims).
  describe('the round\u2019s coverage grid (own sentences, written before the change; silent ones must stay silent)', () => {
    cases([
      ["After one course of the cream, the eczema never comes back.", ["absolute-claim error «never comes back»"]],
      ["Since I started wearing the mouthguard, my jaw pain never came back.", ["absolute-claim error «never came back»"]],
      ["Once you've done our eight-week course, the anxiety never comes back.", ["absolute-claim error «never comes back»"]],
      ["With this breathing routine your wheeze never returns.", ["absolute-claim error «never returns»"]],
      ["Once the course is done, the sugar cravings never return.", ["absolute-claim error «never return»"]],
      ["The tooth sensitivity goes away and never returns after two applications of the gel.", ["absolute-claim error «never returns»"]],
      ["A spoonful of the syrup at bedtime and the cough is gone for good.", ["absolute-claim error «gone for good»"]],
      ["Three sessions of cupping and my shoulder pain was gone for good.", ["absolute-claim error «for good»"]],
      ["The hip injections got rid of my arthritis pain for good.", ["absolute-claim error «got rid of»"]],
      ["Our night-time alarm puts an end to bedwetting for good.", ["absolute-claim error «for good»"]],
      ["Our laser treatment stops acne scarring forever.", ["absolute-claim error «forever»"]],
      ["Our bite splint fixes teeth grinding once and for all.", ["absolute-claim error «once and for all»"]],
      ["The pelvic floor trainer ends leaking once and for all.", ["absolute-claim error «once and for all»"]],
      ["Take these capsules and you'll never have a panic attack again.", ["absolute-claim error «never have»"]],
      ["Do the stretches every morning and your back will never seize up.", ["absolute-claim error «never seize up»"]],
      ["Keep taking the fish oil and your knees will never stiffen up again.", ["absolute-claim error «never stiffen up»"]],
      ["Use the gum shield and your jaw will never lock again.", ["absolute-claim error «never lock»"]],
      ["With our chewable drops, every child sleeps through the night.", ["absolute-claim error «every child»"]],
      ["Every patient gets their energy back in the end.", ["absolute-claim error «Every patient»"]],
      ["All of our patients conceived within a year of starting the programme.", ["absolute-claim error «All of our patients»"]],
      ["Everyone who follows the plan comes off their diabetes tablets.", ["absolute-claim error «Everyone»"]],
      ["Each and every one of our clients sleeps better after the first session.", ["absolute-claim error «Each and every one of our clients»"]],
      ["The mouthwash clears gum disease completely within a week.", ["absolute-claim error «completely»"]],
      ["The serum clears acne completely in a month.", ["absolute-claim error «completely»"]],
      ["These gummies stopped my son's nightmares completely.", ["absolute-claim error «completely»"]],
      ["The cream stopped my eczema itching completely.", ["absolute-claim error «completely»"]],
      ["Magnesium stopped my leg cramps completely, I'd recommend it to anyone.", ["absolute-claim error «completely»"]],
      ["After the jab your baby is fully protected against measles.", ["absolute-claim error «fully protected»"]],
      ["Once you've finished the course, you're fully protected against malaria.", ["absolute-claim error «fully protected»"]],
      ["Use the spray daily and you're fully protected from hay fever all summer.", ["absolute-claim error «fully protected»"]],
      ["Our inhaler totally eliminates asthma attacks.", ["absolute-claim error «totally eliminates»"]],
      ["The cream works 100% of the time on cold sores.", ["absolute-claim error «works 100% of the time»"]],
      ["The drops stop a migraine in its tracks without fail.", ["absolute-claim error «without fail»"]],
      ["It settles my baby's colic without fail.", ["absolute-claim error «without fail»"]],
      ["There's no skin condition that this balm can't heal.", ["absolute-claim error «There's no»"]],
      ["There is no sleep problem that magnesium can't fix.", ["absolute-claim error «There is no»"]],
      ["There's no back pain that a good massage won't ease.", ["absolute-claim error «There's no»"]],
      ["It works on everything from eczema to asthma.", ["absolute-claim error «works on everything from»"]],
      ["Our drops help with everything from colic to teething pain.", ["absolute-claim error «help with everything from»"]],
      ["Reflexology treats everything from migraines to infertility.", ["absolute-claim error «treats everything from»"]],
      ["I went from three asthma attacks a week to one a month after the breathing course.", ["unsupported-claim warning «went from three asthma attacks a week to one a month»"]],
      ["My daughter went from waking six times a night to sleeping right through thanks to the drops.", ["unsupported-claim warning «went from waking six times a night to sleeping»"]],
      ["He went from barely walking to running 5k after six months of the knee injections.", ["unsupported-claim warning «went from barely walking to running»"]],
      ["The mouthguard was a game changer for my headaches.", ["unsupported-claim warning «was a game changer for»"]],
      ["Acupuncture was a real game changer for my fertility.", ["unsupported-claim warning «was a real game changer»"]],
      ["Honestly, the fish oil was a game changer, my joints feel so much looser.", ["unsupported-claim warning «was a game changer»"]],
      ["That cream has been a lifesaver for my son's eczema.", ["unsupported-claim warning «has been a lifesaver»"]],
      ["The inhaler was an absolute lifesaver during pollen season.", ["unsupported-claim warning «was an absolute lifesaver»"]],
      ["What saved me was a daily dose of vitamin D.", ["unsupported-claim warning «What saved me was»"]],
      ["Honestly, what saved me in the third trimester was a magnesium spray.", ["unsupported-claim warning «what saved me in the third trimester was»"]],
      ["Cognitive behavioural therapy changed my life.", ["unsupported-claim warning «changed my life»"]],
      ["Going gluten free has completely changed my life.", ["unsupported-claim warning «changed my life»"]],
      ["This pillow spray has been my saviour on sleepless nights.", ["unsupported-claim warning «has been my saviour»"]],
      ["The night brace was a godsend for my wrist pain.", ["unsupported-claim warning «was a godsend»"]],
      ["I swear by arnica for bruising after dental surgery.", ["unsupported-claim warning «swear by»"]],
      ["My mum swears by turmeric for her arthritis.", ["unsupported-claim warning «swears by»"]],
      ["Yoga is far more effective than painkillers for back pain.", ["unsupported-claim warning «more effective»"]],
      ["In my experience hypnotherapy is gentler and more effective than sleeping tablets.", ["unsupported-claim warning «is gentler and more effective than sleeping tablets»"]],
      ["Breathwork is the most powerful anxiety remedy I have ever come across.", ["unsupported-claim warning «is the most powerful anxiety remedy I have ever come across»"]],
      ["Reflexology is the best thing I've ever tried for my migraines.", ["unsupported-claim warning «the best thing I've ever tried»"]],
      ["It was the first winter in years she hadn't had a chest infection, and she puts that down to the probiotic.", ["unsupported-claim warning «puts that down to»"]],
      ["He puts his clear skin down to the zinc supplement.", ["unsupported-claim warning «puts his clear skin down to»"]],
      ["My parcel went missing and never came back.", []],
      ["The cat ran off in June and never came back.", []],
      ["The surgery never returns calls after six o'clock.", []],
      ["The walk-in centre is closing for good in March.", []],
      ["Dr Patel has left the practice for good.", []],
      ["The paper prescription forms are gone for good.", []],
      ["Paper forms are a thing of the past now that booking is online.", []],
      ["Sort out your repeat prescriptions once and for all with our app.", []],
      ["I'll never again forget to order my inhaler, thanks to the reminder app.", []],
      ["Our Tuesday asthma clinic is fully booked until May.", []],
      ["The dental check-up is completely free for under-18s.", []],
      ["Parking at the fertility clinic is totally free.", []],
      ["The pharmacy is open from Monday to Friday.", []],
      ["The diabetes support group meets every Tuesday evening.", []],
      ["Every child is offered the nasal flu vaccine at school.", []],
      ["All of our patients can book appointments online.", []],
      ["Everyone is welcome at the arthritis walking group.", []],
      ["Each appointment lasts thirty minutes.", []],
      ["The leaflet explains the side effects fully.", []],
      ["Make sure the inhaler is completely empty before you recycle it.", []],
      ["Our sleep masks are 100% cotton.", []],
      ["The newsletter goes out on the first of the month without fail.", []],
      ["Eczema often comes back in the winter months.", []],
      ["Thrush can come back after a course of antibiotics.", []],
      ["Does the rash ever come back once it clears?", []],
      ["No treatment can make asthma go away for good.", []],
      ["There is no cream that works for every child with eczema.", []],
      ["Cold sores usually clear up completely within ten days without treatment.", []],
      ["My baby's colic stopped on its own at about four months.", []],
      ["The antibiotics gave me diarrhoea for a week.", []],
      ["Take the tablets every morning with food, without fail.", []],
      ["Is the flu jab 100% effective?", []],
      ["The vaccine is not 100% effective, so keep washing your hands.", []],
      ["Babies are not fully protected until after their second dose.", []],
      ["Every cell in your body contains a copy of your DNA.", []],
      ["Your baby's immune system is not fully developed until later in childhood.", []],
      ["Every pregnant woman is offered a scan at twelve weeks.", []],
      ["The new booking system was a game changer for our reception team.", []],
      ["The volunteer driver scheme has been a lifesaver for patients without a car.", []],
      ["A lifeguard saved me from drowning when I was ten.", []],
      ["The prepayment certificate saved me a fortune on prescriptions.", []],
      ["Our physio went from working part-time to full-time last year.", []],
      ["Prescription charges went from £9 to £9.90 in April.", []],
      ["I went from Leeds to London for my IVF appointment.", []],
      ["I swear by a paper diary for keeping track of appointments.", []],
      ["The app works on everything from phones to smart TVs.", []],
      ["Our diabetes review covers everything from foot checks to eye screening.", []],
      ["We guarantee every order arrives within two working days.", []],
      ["The choir is back to full strength after the Christmas break.", []],
      ["Nobody has shown that any brand of mouthwash protects your gums.", []],
      ["He puts the delay down to a shortage of drivers.", []],
      ["It was the first year in a decade the team hadn't won the cup.", []],
      ["This is the most powerful scanner we have ever had in the clinic.", []],
    ]);
  });
});
