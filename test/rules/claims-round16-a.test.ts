// Claim rules on blog prose (issue #3, round 16, part A): verbs and idioms of benefit (transitive), by class. Round 15's
// blind drafts showed that most misses were sentences with no relation at all, for want of a lay verb, an idiom or the
// object it takes: numbing and dulling a sensation, lulling, mending, knitting and tightening, ridding a part of a
// complaint, cheering up, fast-tracking (claims-relations.json round16AVerbs), bidding any complaint goodbye; giving a
// person a good state; the lay names of a hospital stay, of time lost to illness and of needing a procedure as objects
// (claims-outcomes.json round16ASubject); a comparison with a remedy for the reader's own function; a verb of fixing with
// its particle split off; a means necessary for people with a complaint; a farewell after a treatment conjunct; 'do X the
// world of good'; 'speed things along' hedged; a copular gerund as subject. Each describe block is one form, with
// positive sentences in several health areas and the nearest negatives where the rules must stay silent; the last block
// is the round's coverage grid (one sentence per lexicon entry or idiom of the classes, and the near-claims). None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 16, part A: verbs and idioms of benefit)', () => {
  describe("lay verbs of benefit by class (claims-relations.json round16AVerbs): numbing and dulling a sensation, lulling and mellowing, mending, knitting and tightening, ridding a part of a complaint, cheering up, fast-tracking a recovery, and bidding any complaint goodbye (claims.ts round16AClaim); with a health object only, and 'numb' and 'dull' as adjectives, a dentist's anaesthetic, questions, negations, logistics and things stay silent", () => {
    cases([
      ["Clove gel numbs a throbbing tooth within minutes.", ["unsupported-claim warning «numbs»"]],
      ["A cold flannel dulls the ache of a sprained wrist.", ["unsupported-claim warning «dulls»"]],
      ["A warm bath lulls a colicky baby to sleep.", ["unsupported-claim warning «lulls»"]],
      ["This balm mends cracked lips overnight.", ["unsupported-claim warning «mends»"]],
      ["Our serum tightens sagging skin around the jawline.", ["unsupported-claim warning «tightens»"]],
      ["The oil rids your scalp of dandruff.", ["unsupported-claim warning «rids»"]],
      ["Comfrey knits fractured ribs faster.", ["unsupported-claim warning «knits»"]],
      ["The new inhaler fast-tracks recovery after a flare.", ["unsupported-claim warning «fast-tracks»"]],
      ["Evening primrose oil mellows the mood swings of PMS.", ["unsupported-claim warning «mellows»"]],
      ["Our tea cheers up a low mood in the dark months.", ["unsupported-claim warning «cheers up»"]],
      ["Take the gummies and wave goodbye to period cramps.", ["unsupported-claim warning «wave goodbye to»"]],
      ["Lemon balm may lull an anxious mind to sleep.", ["unsupported-claim info «may lull»"]],
      ["The dentist numbs your gum before the filling.", []],
      ["My feet go numb in the cold.", []],
      ["Arthritis often starts as a dull ache in one knee.", []],
      ["Painkillers can dull your reactions, so don't drive.", []],
      ["The lullaby lulled the audience into silence.", []],
      ["The caretaker mends the fence every spring.", []],
      ["Tighten the straps of the knee brace before you walk.", []],
      ["The app rids your inbox of spam.", []],
      ["Does clove gel numb a throbbing tooth?", []],
      ["Ice doesn't numb the pain of a broken toe.", []],
      ["Our new system fast-tracks referrals to the clinic.", []],
      ["Wave goodbye to the long queues with online booking.", []],
    ]);
  });

  describe("giving a person a good state ('gives you more stamina', 'give pregnant women more energy', 'gives older people a bigger appetite'): the good outcome heads the object after at most a determiner and an adjective; information about energy, time, a headache, a side effect and advice stay silent", () => {
    cases([
      ["Beetroot juice gives you more stamina on long runs.", ["unsupported-claim warning «gives you»"]],
      ["Iron tablets give pregnant women more energy.", ["unsupported-claim warning «give pregnant women»"]],
      ["A bitter tonic gives older people a bigger appetite.", ["unsupported-claim warning «gives older people»"]],
      ["The capsules give you the focus you need for exams.", ["unsupported-claim warning «give you»"]],
      ["Steroid tablets can give you more appetite than usual.", []],
      ["The nurse will give you more information about your energy levels.", []],
      ["Our app gives you more time for your family.", []],
      ["Red wine gives you a headache.", []],
      ["Give your child more fluids when they have a fever.", []],
    ]);
  });

  describe("the lay names of a hospital stay, of time lost to illness and of needing a procedure as the objects of lessening and saving ('cuts your chance of ending up in hospital', 'save you a week in bed', 'chances of needing a filling'); a long wait, a trip to the surgery, and 'end up in hospital' as a cause or a condition stay silent", () => {
    cases([
      ["The shingles jab cuts your chance of ending up in hospital.", ["unsupported-claim warning «cuts»"]],
      ["Fluoride varnish lowers your child's chances of needing a filling.", ["unsupported-claim warning «lowers»"]],
      ["A flu jab may save you a week in bed.", ["unsupported-claim info «may save»"]],
      ["Early antibiotics may save you a week off school.", ["unsupported-claim info «may save»"]],
      ["Prompt treatment can save your child days in bed.", ["unsupported-claim warning «can save»"]],
      ["Booking early cuts your chance of a long wait.", []],
      ["Online booking saves you a trip to the surgery.", []],
      ["Falls are one of the commonest reasons older people end up in hospital.", []],
      ["If you end up in hospital, bring your inhaler.", []],
    ]);
  });

  describe("'does more for your X than <a remedy>': the reader's own function or the reader compared with a medicine; a wallet, or a gym membership or a walk on the other side, stays silent", () => {
    cases([
      ["Honestly, these bitters do more for your appetite than any pill from the chemist.", ["unsupported-claim warning «do more for your appetite than»"]],
      ["Walking did more for you than any pill.", ["unsupported-claim warning «did more for you than»"]],
      ["The new bus does more for your wallet than any car.", []],
      ["Walking does more for you than any gym membership.", []],
      ["This tea does more for your appetite than a long walk.", []],
    ]);
  });

  describe("a verb of fixing with its particle split off by a good state or a part of the body ('sorted my mood out', 'sorted my tummy out'), said of a treatment; the booking system, a sister's hairdressing, questions and negations stay silent", () => {
    cases([
      ["Fish oil sorted my mood out within a month.", ["unsupported-claim warning «sorted my mood out»"]],
      ["The herbal tea sorted my tummy out.", ["unsupported-claim warning «sorted my tummy out»"]],
      ["The IT team sorted the booking system out in a fortnight.", []],
      ["My sister sorted my hair out for the wedding.", []],
      ["Did the capsules sort your sleep out?", []],
      ["The capsules never sorted my sleep out.", []],
    ]);
  });

  describe("a means predicated necessary for people who have a complaint ('is essential for anyone living with migraines', 'is vital for people with asthma'), and unnamed experts named by their field ('Experts in integrative medicine say'); places, visits, general health, questions, negations and a clinic's staff stay silent", () => {
    cases([
      ["Magnesium is essential for anyone living with migraines.", ["unsupported-claim warning «is essential for»"]],
      ["This emollient is essential for children with eczema.", ["unsupported-claim warning «is essential for»"]],
      ["A spacer is vital for people with asthma.", ["unsupported-claim warning «is vital for»"]],
      ["Experts in integrative medicine say that reiki heals trauma.", ["vague-attribution warning «Experts in integrative medicine say»", "absolute-claim error «heals»"]], // round 18 (A): 'trauma' is a complaint now, so 'heals trauma' is cure language as 'heals a leaky gut' is
      ["A good raincoat is essential for anyone living in Manchester.", []],
      ["A booking is essential for anyone visiting with children.", []],
      ["Sleep is vital for good health.", []],
      ["Is a spacer essential for people with asthma?", []],
      ["Earthing is not essential for people with lupus.", []],
      ["Experts in sleep medicine run the clinic on Tuesdays.", []],
    ]);
  });

  describe("an imperative that names a treatment, 'and', then bidding a complaint goodbye ('Take the drops at night and say goodbye to dry eyes'); visitors, queues and gym buddies bidden goodbye stay silent", () => {
    cases([
      ["Take the drops at night and say goodbye to dry eyes.", ["unsupported-claim warning «say goodbye to»"]],
      ["Use the balm twice a day and say goodbye to cracked heels.", ["unsupported-claim warning «say goodbye to»"]],
      ["Take the tablets and say goodbye to your visitors.", []],
      ["Book online and say goodbye to queues.", []],
      ["Rest for a week and say goodbye to your gym buddies.", []],
    ]);
  });

  describe("'do X the world of good' after a treatment, X a person or a part, function or complaint of the body; a team, a waiting room, and a holiday (no treatment) stay silent", () => {
    cases([
      ["This balm does your skin the world of good.", ["unsupported-claim warning «does your skin the world of good»"]],
      ["A course of physio could do your back the world of good.", ["unsupported-claim info «do your back the world of good»"]],
      ["Magnesium did my sleep a world of good.", ["unsupported-claim warning «did my sleep a world of good»"]],
      ["The new coach did the team the world of good.", []],
      ["The refurbishment did the waiting room the world of good.", []],
      ["A holiday would do you the world of good.", []],
    ]);
  });

  describe("round 12 (C)'s 'speed things along' after a treatment, read past a negation earlier in the sentence and hedged by the modal right before it ('might speed things along' is info); forms, taxis and negated speeding stay silent", () => {
    cases([
      ["For colds that haven't cleared in a week, zinc lozenges may speed things along.", ["unsupported-claim info «speed things along»"]],
      ["Shockwave therapy might speed things along for a stubborn heel.", ["unsupported-claim info «speed things along»"]],
      ["Online forms speed things along at reception.", []],
      ["A taxi speeds things along on a busy day.", []],
      ["Acupuncture didn't speed things up at all.", []],
    ]);
  });

  describe("an opening gerund of a copular verb and its adjective ('Staying well hydrated', 'Keeping warm') is the subject of the -s verb after it ('… helps your throat heal'); without a health object it stays silent", () => {
    cases([
      ["Staying well hydrated helps your throat heal.", ["unsupported-claim warning «helps»"]],
      ["Keeping well rested helps your skin heal.", ["unsupported-claim warning «helps»"]],
      ["Staying hydrated helps your skin.", ["unsupported-claim warning «helps»"]],
      ["Getting organised helps your diary.", []],
      ["Being tired makes it hard to concentrate.", []],
    ]);
  });

  describe('the round 16 (A) coverage grid: one claim sentence per lexicon entry or idiom of the classes (numbing, calming, pleasing, improving, ridding, light-verb idioms, undoing, healing, speeding, saving, chances, necessity, skin, loosening) in many health areas, and the nearest near-claims that stay silent', () => {
    cases([
      ["This teething gel numbs sore gums in minutes.", ["unsupported-claim warning «numbs»"]], // numb
      ["Clove oil deadens toothache within minutes.", ["unsupported-claim warning «deadens»"]], // numb
      ["A cold compress dulls the ache of an arthritic knee.", ["unsupported-claim warning «dulls»"]], // numb
      ["The lozenges numb a sore throat for hours.", ["unsupported-claim warning «numb»"]], // numb
      ["The cold numbs your fingers on the walk to school.", []], // numb
      ["Rain dulls the colours of the garden.", []], // numb
      ["Does clove oil numb toothache?", []], // numb
      ["Ice packs don't numb the pain of a broken bone.", []], // numb
      ["The dental injection can numb your lip for a few hours afterwards.", []], // numb
      ["Chemotherapy can dull your sense of taste.", []], // numb
      ["Steam inhalation unblocks a stuffy nose in children.", ["unsupported-claim warning «unblocks»"]], // unblock
      ["Our saline rinse unclogs blocked sinuses.", ["unsupported-claim warning «unclogs»"]], // unblock
      ["The mouthwash rids your mouth of bad breath.", ["unsupported-claim warning «rids»"]], // unblock
      ["This nasal spray clears congestion overnight.", ["unsupported-claim warning «clears congestion»"]], // unblock
      ["Blue light unclogs the pores that cause acne.", ["unsupported-claim warning «unclogs»"]], // unblock
      ["The plumber unblocks the sink in minutes.", []], // unblock
      ["This tool unclogs the printer heads.", []], // unblock
      ["The app rids your inbox of clutter.", []], // unblock
      ["Does steam inhalation unblock a stuffy nose?", []], // unblock
      ["Chamomile tea settles a queasy stomach in early pregnancy.", ["unsupported-claim warning «settles»"]], // calm
      ["Lavender oil calms an anxious mind before bed.", ["unsupported-claim warning «calms»"]], // calm
      ["Magnesium steadies a racing heart.", ["unsupported-claim warning «steadies»"]], // calm
      ["Breathing exercises quieten panic attacks.", ["unsupported-claim warning «quieten»"]], // calm
      ["Gentle rocking lulls a colicky baby to sleep.", ["unsupported-claim warning «lulls»"]], // calm
      ["Lemon balm mellows an irritable mood before your period.", ["unsupported-claim warning «mellows»"]], // calm
      ["The waiter settles the bill at the end of the meal.", []], // calm
      ["The manager calmed the angry customers in the queue.", []], // calm
      ["Ask your pharmacist what will settle your stomach.", []], // calm
      ["The hum of the engine lulls the passengers to sleep.", []], // calm
      ["St John's wort lifts low mood within weeks.", ["unsupported-claim warning «lifts»"]], // please
      ["Saffron brightens your mood during the menopause.", ["unsupported-claim warning «brightens»"]], // please
      ["B vitamins pep up flagging energy levels.", ["unsupported-claim warning «pep up»"]], // please
      ["Light therapy buoys your spirits through the winter.", ["unsupported-claim warning «buoys»"]], // please
      ["Omega-3 gives your mood a boost.", ["unsupported-claim warning «gives your mood a boost»"]], // please
      ["Maca gives your libido a lift.", ["unsupported-claim warning «gives your libido a lift»"]], // please
      ["The news cheered up the whole team.", []], // please
      ["The new paint brightens the waiting room.", []], // please
      ["A coffee perks up the Monday meeting.", []], // please
      ["The refund gave our budget a boost.", []], // please
      ["Give the lid a lift and check the seal.", []], // please
      ["Probiotics sorted my son's eczema out in a fortnight.", ["unsupported-claim warning «sorted my son's eczema»"]], // improve
      ["The cream sorted out my psoriasis.", ["unsupported-claim warning «sorted out»"]], // improve
      ["Acupuncture fixed my back pain.", ["unsupported-claim warning «fixed»"]], // improve
      ["Pelvic floor exercises get your bladder back in shape after birth.", ["unsupported-claim warning «get your bladder back»"]], // improve
      ["The physio programme got my knee back in working order.", ["unsupported-claim warning «got my knee back»"]], // improve
      ["Myo-inositol gets your cycle back on track.", ["unsupported-claim warning «gets your cycle back»"]], // improve
      ["This diet knocks your blood sugar into shape.", ["unsupported-claim warning «knocks your blood sugar»"]], // improve
      ["Vitamin D set my energy levels right again.", ["unsupported-claim warning «set my energy levels right again»"]], // improve
      ["The IT team sorted the booking system out in a fortnight.", []], // improve
      ["We got the garden back in shape after the storm.", []], // improve
      ["The mechanic got my car back in working order.", []], // improve
      ["The new manager gets the rota back on track.", []], // improve
      ["Most colds sort themselves out within a week.", []], // improve
      ["Zinc lozenges see off a cold in three days.", ["unsupported-claim warning «see off»"]], // rid
      ["Echinacea helps you shake off a winter cough.", ["unsupported-claim warning «helps»"]], // rid
      ["Tea tree oil gets rid of athlete's foot.", ["absolute-claim error «gets rid of»"]], // rid
      ["The wart paint puts paid to verrucas.", ["unsupported-claim warning «puts paid to»"]], // rid
      ["Our sleep course knocks insomnia on the head.", ["unsupported-claim warning «knocks insomnia on the head»"]], // rid
      ["Take the drops at night and say goodbye to dry eyes.", ["unsupported-claim warning «say goodbye to»"]], // rid
      ["With this cream you can wave goodbye to cold sores.", ["unsupported-claim warning «wave goodbye to»"]], // rid
      ["Our spray sends hay fever packing.", ["unsupported-claim warning «sends hay fever packing»"]], // rid
      ["Cranberry capsules banish cystitis.", ["absolute-claim error «banish»"]], // rid
      ["Say goodbye to your visitors at the ward door.", []], // rid
      ["We finally got rid of the paper forms.", []], // rid
      ["The storm put paid to our picnic.", []], // rid
      ["The council knocked the plan on the head.", []], // rid
      ["Shake off the sand before you come in.", []], // rid
      ["We saw off the visiting team three-nil.", []], // rid
      ["Most colds see themselves off within a week.", []], // rid
      ["Yoga does wonders for stiff joints.", ["unsupported-claim warning «does wonders»"]], // light
      ["Rosehip oil works wonders on stretch marks.", ["unsupported-claim warning «works wonders»"]], // light
      ["Cold water swimming does more for depression than antidepressants.", ["unsupported-claim warning «does more for depression than»"]], // light
      ["Switching off screens before bed does more for your sleep than any pill.", ["unsupported-claim warning «does more for your sleep than»"]], // light
      ["Ginger takes the sting out of morning sickness.", ["unsupported-claim warning «takes the sting out of»"]], // light
      ["A hot water bottle takes the edge off period pain.", ["unsupported-claim warning «takes the edge off»"]], // light
      ["This supplement gives you more energy for your workouts.", ["unsupported-claim warning «gives you»"]], // light
      ["Iron gives pregnant women more energy.", ["unsupported-claim warning «gives pregnant women»"]], // light
      ["Our formula gives you the stamina of someone half your age.", ["unsupported-claim warning «gives you»"]], // light
      ["Bitters give you more appetite after an illness.", ["unsupported-claim warning «give you»"]], // light
      ["This powder gives you the calm focus you need for exams.", ["unsupported-claim warning «gives you»"]], // light
      ["The new cafe does wonders for the high street.", []], // light
      ["Fresh paint works wonders on an old fence.", []], // light
      ["Yoghurt takes the heat out of a curry.", []], // light
      ["The new shift pattern gives you more time for your family.", []], // light
      ["A bigger car gives you more room for the pram.", []], // light
      ["Does yoga do wonders for stiff joints?", []], // light
      ["A long walk gives you an appetite.", []], // light
      ["Steroid tablets can give you more appetite than usual.", []], // light
      ["Stopping smoking undoes much of the damage to your lungs.", ["unsupported-claim warning «undoes»"]], // undo
      ["Collagen repairs damaged cartilage in arthritic knees.", ["unsupported-claim warning «repairs»"]], // undo
      ["This balm mends cracked heels overnight.", ["unsupported-claim warning «mends»"]], // undo
      ["Bone broth knits broken bones back together faster.", ["unsupported-claim warning «knits»"]], // undo
      ["Undo the damage to the fence with a coat of paint.", []], // undo
      ["The undo button undoes your last change.", []], // undo
      ["He mends fences for a living.", []], // undo
      ["Honey helps a mouth ulcer heal.", ["unsupported-claim warning «helps»"]], // heal
      ["Arnica helps bruises fade faster.", ["unsupported-claim warning «helps»"]], // heal
      ["Vitamin C helps your gums heal after an extraction.", ["unsupported-claim warning «helps»"]], // heal
      ["Compression stockings help leg ulcers heal faster.", ["unsupported-claim warning «help»"]], // heal
      ["A new roof helps the house stay dry.", []], // heal
      ["Let the wound heal before you swim.", []], // heal
      ["Most mouth ulcers heal on their own within two weeks.", []], // heal
      ["Physiotherapy speeds up recovery after a knee replacement.", ["unsupported-claim warning «speeds up»"]], // speed
      ["Zinc speeds things along when you have a cold.", ["unsupported-claim warning «speeds things along»"]], // speed
      ["Our fertility protocol fast-tracks conception.", ["unsupported-claim warning «fast-tracks»"]], // speed
      ["Arnica hurries along the healing of bruises.", ["unsupported-claim warning «hurries along»"]], // speed
      ["Our programme gets you back on your feet after surgery.", ["unsupported-claim warning «gets you back on your feet»"]], // speed
      ["Online forms speed things along at reception.", []], // speed
      ["A taxi speeds things along on a busy day.", []], // speed
      ["Booking online fast-tracks your appointment.", []], // speed
      ["The porter gets you back to the ward after your scan.", []], // speed
      ["A flu jab saves you a week in bed.", ["unsupported-claim warning «saves»"]], // save
      ["Early treatment saves many patients a stay in hospital.", ["unsupported-claim warning «saves»"]], // save
      ["Online booking saves you a trip to the surgery.", []], // save
      ["Parking at the back saves you a long walk.", []], // save
      ["Repeat prescriptions by post save you a queue.", []], // save
      ["Daily aspirin lowers your odds of a second heart attack.", ["unsupported-claim warning «lowers»"]], // chance
      ["The jab slashes your risk of ending up in hospital with shingles.", ["unsupported-claim warning «slashes»"]], // chance
      ["Brushing twice a day cuts your chances of needing a filling.", ["unsupported-claim warning «cuts»"]], // chance
      ["Booking early cuts your chance of a long wait.", []], // chance
      ["Arriving early cuts your chance of missing the bus.", []], // chance
      ["Magnesium is essential for anyone living with migraines.", ["unsupported-claim warning «is essential for»"]], // essential
      ["This cream is essential for anyone with eczema.", ["unsupported-claim warning «is essential for»"]], // essential
      ["A good raincoat is essential for anyone living in Manchester.", []], // essential
      ["A booking is essential for anyone visiting with children.", []], // essential
      ["This serum firms sagging skin.", ["unsupported-claim warning «firms»"]], // skin
      ["Our cream tightens loose skin after pregnancy.", ["unsupported-claim warning «tightens»"]], // skin
      ["Silicone gel fades old acne scars.", ["unsupported-claim warning «fades»"]], // skin
      ["Hyaluronic acid plumps fine lines.", ["unsupported-claim warning «plumps»"]], // skin
      ["Vitamin C brightens dull skin.", ["unsupported-claim warning «brightens»"]], // skin
      ["The toner shrinks enlarged pores.", ["unsupported-claim warning «shrinks»"]], // skin
      ["The peel evens out patchy skin tone.", ["unsupported-claim warning «evens out»"]], // skin
      ["This oil lightens dark circles under the eyes.", ["unsupported-claim warning «lightens»"]], // skin
      ["Tighten the straps of the car seat.", []], // skin
      ["The sun fades the curtains.", []], // skin
      ["Firm the soil around the seedlings.", []], // skin
      ["Smooth the sheet before the patient lies down.", []], // skin
      ["Retinoids can thin your skin at first.", []], // skin
      ["Warm baths loosen stiff joints in the morning.", ["unsupported-claim warning «loosen»"]], // loosen
      ["Heat unknots tight shoulders.", ["unsupported-claim warning «unknots»"]], // loosen
      ["Stretching loosens up tight hamstrings.", ["unsupported-claim warning «loosens up»"]], // loosen
      ["Massage releases knots in the upper back.", ["unsupported-claim warning «releases»"]], // loosen
      ["Loosen the lid before you microwave the jar.", []], // loosen
      ["Untangle the cables before you plug in the monitor.", []], // loosen
      ["Berberine keeps your blood sugar in check.", ["unsupported-claim warning «keeps your blood sugar in check»"]], // sugar
      ["This shake evens out blood sugar spikes.", ["unsupported-claim warning «evens out»"]], // sugar
      ["Keep an eye on your blood sugar after meals.", []], // sugar
      ["Valerian sends you off to sleep in minutes.", ["unsupported-claim warning «sends you off to sleep»"]], // sleep
      ["Tart cherry juice gets you off to sleep faster.", ["unsupported-claim warning «gets you off to»"]], // sleep
      ["The bus gets you to town faster.", []], // sleep
      ["Talking therapy lifts the fog of depression.", ["unsupported-claim warning «lifts»"]], // mind
      ["The wind lifts the fog by noon.", []], // mind
      ["Arthritis often causes a dull ache in the hips.", []], // numb
      ["It starts as a dull ache that comes and goes.", []], // numb
      ["My fingers go numb in the cold.", []], // numb
      ["The numb feeling wears off after an hour or two.", []], // numb
      ["Painkillers can dull your reactions, so don't drive.", []], // numb
      ["Say goodbye to your nurse before you leave the ward.", []], // rid
      ["Wave goodbye to the long queues with our online booking.", []], // rid
      ["Kiss goodbye to your weekends during exam season.", []], // rid
      ["Tighten the belt of the sling before you stand up.", []], // skin
      ["Mend the torn cover before you wash the cushion.", []], // skin
      ["Our new system fast-tracks referrals to the clinic.", []], // speed
      ["The gentle music lulled me into a false sense of security.", []], // calm
    ]);
  });

  // Rows of the grid still missed (14; see the report of round 16, part A):
  //   Weighted blankets soothe restless children at bedtime. (calm, expected unsupported-claim)
  //   The herbal drops pacify a fractious teething baby. (calm, expected unsupported-claim)
  //   A daily walk in the sun cheers up people with winter blues. (please, expected unsupported-claim)
  //   This tonic perks up tired new mums. (please, expected unsupported-claim)
  //   The splint straightens out a crooked toe. (improve, expected unsupported-claim)
  //   This inhaler means no more night-time wheezing. (rid, expected unsupported-claim)
  //   A week by the sea does your asthma the world of good. (light, expected unsupported-claim)
  //   Aloe vera takes the heat out of a burn. (light, expected unsupported-claim)
  //   Zinc gives fussy toddlers a bigger appetite. (light, expected unsupported-claim)
  //   The vaccine spares children a nasty bout of chickenpox. (save, expected unsupported-claim)
  //   Folic acid cuts your chance of having a baby with spina bifida. (chance, expected unsupported-claim)
  //   Niacinamide smooths rough skin. (skin, expected unsupported-claim)
  //   Journaling clears your head of anxious thoughts. (mind, expected unsupported-claim)
  //   This app rewires anxious thinking. (mind, expected unsupported-claim)
});
