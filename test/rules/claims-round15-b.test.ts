// The claim rules on round 14's blind drafts (issue #3, round 15, part B): testimonies told after their treatment. Round
// 14's lead read a personal account of a complaint as if it began 'Since starting the treatment, ' when the treatment was
// named before it (a block quote, a quoted sentence, a claim before it in the paragraph). Part B widens where that
// reading is licensed (a quotation opened by an earlier sentence, a section of testimonies, an opening clause of starting
// a treatment) and what it reads (a part of the body in a good state, fewer episodes of a complaint, a complaint's
// frequency brought down, a measure come down, a feeling of distress stopped, a causative 'had me sleeping'). Each
// describe block is one form, with the nearest sentences where the rules must stay silent. Each row is one draft (a
// paragraph break is '\n\n'). None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 14 drafts (round 15, part B: testimonies told after their treatment)', () => {
  describe('a sentence inside a quotation opened by an earlier sentence of its paragraph is part of the testimony', () => {
    cases([
      ['"I was on the waiting list for a year. Since the operation my knee has been so much better."', ['unsupported-claim warning «my knee has been so much better»']],
      ['"I joined the walking group in May. My cycles have been regular ever since."', ['unsupported-claim warning «My cycles have been regular»']],
      ['"I\'d had psoriasis for years. My scalp has been clear ever since." Ann, 60', ['unsupported-claim warning «My scalp has been clear»']],
      // Not about health, or the course of an illness: silent.
      ['"I was nervous about the clinic. The receptionist was lovely and I was seen on time."', []],
      ["\"I'd had the cough since Christmas. It got worse in the cold weather.\"", []],
      // After the quotation closes, the next sentence is the writer's again.
      ['"I was on the waiting list for a year." Since the operation my knee has been so much better.', []],
      ['"I joined the walking group in May." My cycles have been regular ever since.', []],
    ]);
  });

  describe("a section of testimonies ('What our patients say', 'Reviews') licenses the reading of a personal account", () => {
    cases([
      ['## What our patients say\n\nMy knees have been brilliant since the second session.', ['unsupported-claim warning «My knees have been brilliant»']],
      ['## What our clients say\n\nMy sugar levels have come right down.', ['unsupported-claim warning «My sugar levels have come right down»']],
      ["## Reviews\n\nI've had far fewer hot flushes.", ['unsupported-claim warning «had far fewer hot flushes»']],
      // Logistics, an injury's course and a question in the same section; the same account under another heading.
      ['## What our patients say\n\nThe parking was easy and the nurse was kind.', []],
      ['## What our patients say\n\nMy knee was swollen for a week after the fall.', []],
      ["## What our patients say\n\nDid my back feel better? I'm not sure.", []],
      ['## What the research says\n\nMy sugar levels have come right down.', []],
      ['## Opening hours\n\nMy sugar levels have come right down.', []],
    ]);
  });

  describe("an opening clause of starting a treatment ('Since I started the breathing exercises, …') names the treatment; a stage of life, a move or a pronoun does not", () => {
    cases([
      ["Since I started the breathing exercises, I've had far fewer asthma attacks.", ['unsupported-claim warning «had far fewer asthma attacks»']],
      ["Since my son started the elimination diet, he's had hardly any eczema flares.", ['unsupported-claim warning «had hardly any eczema flares»']],
      ["Since he started the reflux drops, he's had far fewer coughs.", ['unsupported-claim warning «had far fewer coughs»']],
      // A stage of life or a job started, a move, a worse outcome, a negation: silent.
      ["Since she started school, she's had far fewer tantrums.", []],
      ["Since I started my new job, I've had far fewer headaches.", []],
      ['Since we moved to the coast, my asthma has been much better.', []],
      ["Since I started the tablets, I've had far more headaches.", []],
      ["Since I started the inhaler, I've had no fewer attacks.", []],
      // A pronoun leaves the treatment to a sentence of another paragraph (round 14's reading: no licence across paragraphs).
      ["Our insoles ease heel pain.\n\nSince she started wearing them, she's had far fewer flare-ups.", ['unsupported-claim warning «ease»']],
    ]);
  });

  describe("in a testimony, a part of the body or a function in a good state ('My bladder has been great ever since') is a benefit; a bad state or a growing bump is not", () => {
    cases([
      ['> I started the pelvic-floor classes in May. My bladder has been great ever since.', ['unsupported-claim warning «My bladder has been great»']],
      ['> I began the supplement in the spring. My cycles have been regular ever since.', ['unsupported-claim warning «My cycles have been regular»']],
      ['> I started the pills in May. My back has been bad ever since.', []],
      ['> I began the supplement in the spring. My cycles have been irregular ever since.', []],
      ['> I started the cream in May. My skin has not been great since.', []],
      ['> "I started the classes at 20 weeks. My bump has been growing ever since."', []],
      ['> "I had the filling done in March. My tooth has been sensitive ever since."', []],
    ]);
  });

  describe("in a testimony, a complaint's frequency brought down ('They're down to one a month'; 'they' stands for a complaint named before it) and a measure come down", () => {
    cases([
      ['> "My hot flushes used to come every night. They\'re down to one or two a week."', ["unsupported-claim warning «They're down to one or two a week»"]],
      ['> "My son had nosebleeds every week. They\'re down to one a month now."', ["unsupported-claim warning «They're down to one a month»"]],
      ['> "I started the walking group in May. My blood pressure has come right down."', ['unsupported-claim warning «My blood pressure has come right down»']],
      // 'they' for something that is no complaint; a measure gone up.
      ['> "I moved to a new flat. They\'re down to one bus an hour."', []],
      ['> "I started the pills in May. My blood pressure has gone up."', []],
    ]);
  });

  describe("in a testimony, a feeling of distress stopped after an opening phrase of time ('Within weeks of joining the group, I'd stopped feeling like …') and a causative 'had me sleeping through the night'", () => {
    cases([
      ["> \"Within weeks of joining the group, I'd stopped feeling like a burden.\"", ["unsupported-claim warning «I'd stopped feeling like»"]],
      ['> "The lavender patches had me sleeping through the night within a fortnight."', ['unsupported-claim warning «had me sleeping through the night»']],
      // Without the phrase of time it follows any change of life; a causative of a complaint.
      ["> \"I left the job in March. I'd stopped feeling like a burden.\"", []],
      ['> "The new shoes had me limping for a week."', []],
    ]);
  });

  describe("a superlative of efficacy with a scope of purchase or existence ('the most effective X on the market', 'the most powerful X there is', 'you can buy') ranks a product, whatever its noun", () => {
    cases([
      ['The Wellbeing Box is the most effective collagen on the market.', ['unsupported-claim warning «most effective collagen on the market»']],
      ['Infrared therapy is honestly the most powerful anti-ageing tool there is.', ['unsupported-claim warning «most powerful anti-ageing tool there is»']],
      ['StepEase is the most effective toe spacer you can buy.', ['unsupported-claim warning «most effective toe spacer you can buy»']],
      ['Our calming spray is one of the most effective sleep aids you can buy.', ['unsupported-claim warning «most effective sleep aids you can buy»']],
      // A hedge before it keeps the hedged reading of the copula.
      ['Aspirin may be the most effective painkiller you can buy.', ['unsupported-claim info «be the most effective»']],
      // A question, a negation, a part of the body, a machine, a way or a class with no scope: silent.
      ['Is this the most effective collagen on the market?', []],
      ['This is not the most effective knee brace on the market, but it is the cheapest.', []],
      ['The heart is the most powerful muscle there is.', []],
      ['Our vacuum is the most powerful model on the market.', []],
      ['The most effective way to book is online.', []],
      ['The most popular class we run is the Tuesday beginners\' session.', []],
      ['The most powerful painkillers carry the highest risk of dependence.', []],
    ]);
  });

  describe("a pseudo-cleft whose verb is a change for the better of a person's health or function ('What transformed my sleep wasn't another pill, it was …')", () => {
    cases([
      ["What transformed my breathing wasn't another inhaler, it was a singing class.", ['unsupported-claim warning «transformed»']],
      ['What revolutionised my digestion was a fermented drink.', ['unsupported-claim warning «revolutionised»']],
      // A neutral verb, a negated focus with no correction, something that is not a person's health, a question.
      ['What changed my sleep was the new baby.', []],
      ["What transformed my skin wasn't the cream.", []],
      ['What transformed the clinic was a new practice manager.', []],
      ['What transformed your breathing, do you think?', []],
    ]);
  });

  // The probes written before the changes (claims in six areas besides the drafts', and their nearest non-claims), as
  // they read after them. Two are still wrong, kept as comments: 'they've hardly bled at all' (a pronoun and a verb of a
  // symptom with 'hardly') and 'I no longer need a lift to the clinic' (an earlier reading of 'no longer need' takes any object as a medicine).
  describe('probes of round 15 (B): testimonies, reports, clefts and superlatives in other health areas', () => {
    cases([
      ["> I started the night splint in May. My wrist has been so much better ever since.", ["unsupported-claim warning «My wrist has been so much better»"]], // arthritis
      ["> I joined the pelvic-floor class at 20 weeks. My back has felt brilliant ever since.", ["unsupported-claim warning «My back has felt brilliant»"]], // pregnancy
      ["> I've been on the preventer inhaler for a year. I no longer need my reliever at night.", ["unsupported-claim warning «I no longer need»"]], // asthma
      ["> \"My panic attacks used to come every week. They're down to one every couple of months since I started the course.\"", ["unsupported-claim warning «They're down to one every couple of months»"]], // mental
      ["> \"Since I started the cream, I've had far fewer eczema flares.\"", ["unsupported-claim warning «had far fewer eczema flares»"]], // skin
      ["> \"Since he started the bedtime drops, he's had far fewer night terrors.\"", ["unsupported-claim warning «had far fewer night terrors»"]], // sleep
      ["> \"Within a few weeks of starting the programme, my blood sugar had come right down.\"", ["unsupported-claim warning «my blood sugar had come right down»"]], // diabetes
      ["> \"After three sessions with the acupuncturist, I could kneel in the garden for the first time in years.\"", ["unsupported-claim warning «I could kneel in the garden for the first time in years»"]], // arthritis
      ["> \"The lavender patches had me sleeping through the night within a fortnight.\"", ["unsupported-claim warning «had me sleeping through the night»"]], // sleep
      ["> \"After years of inhalers that did nothing, my wheezing settled in a month.\"", ["unsupported-claim warning «my wheezing settled»"]], // asthma
      ["> \"After six weeks on the supplement, my cycles were regular for the first time since my twenties.\"", ["unsupported-claim warning «my cycles were regular»"]], // fertility
      ["Patients tell us their morning stiffness eases within the first week.", ["unsupported-claim warning «their morning stiffness eases»"]], // arthritis
      ["Parents tell us their children's eczema has all but disappeared since they started using the balm.", ["unsupported-claim warning «their children's eczema has all but disappeared»"]], // skin
      ["Mums tell us their morning sickness fades within days of starting the bands.", ["unsupported-claim warning «their morning sickness fades»"]], // pregnancy
      ["Clients tell us their anxiety has all but vanished since they began the sessions.", ["unsupported-claim warning «their anxiety has all but vanished»"]], // mental
      ["What finally cleared my son's eczema was a simple oat bath.", ["unsupported-claim warning «What finally cleared my son's eczema was»"]], // skin
      ["What eased my morning sickness wasn't ginger, it was the acupressure band.", ["unsupported-claim warning «What eased my morning sickness»"]], // pregnancy
      ["What really settled my reflux after years of antacids was a probiotic drink.", ["unsupported-claim warning «What really settled my reflux after years of antacids»"]], // digestion
      ["What transformed my sleep wasn't another pill, it was a wind-down routine.", ["unsupported-claim warning «transformed»"]], // sleep
      ["Our fluoride gel is the most effective treatment for sensitive teeth you can buy.", ["unsupported-claim warning «is the most effective»"]], // dentistry
      ["FlexiJoint is the most powerful joint supplement there is.", ["unsupported-claim warning «the most powerful joint supplement there is»"]], // arthritis
      ["Our balm is the most effective eczema cream on the market.", ["unsupported-claim warning «is the most effective»"]], // skin
      ["This is the most effective fertility supplement on the market, full stop.", ["unsupported-claim warning «is the most effective»"]], // fertility
      // left (dentistry): "> \"I'd had bleeding gums for years. Since I started the mouthwash, they've hardly bled at all.\"" gives []
      ["Since I moved house I've slept much better.", []], // sleep
      ["My knee has been stiff ever since the fall.", []], // arthritis
      ["Since she started school, she's had far more colds.", []], // children
      ["After two weeks the rash usually fades on its own.", []], // skin
      ["Within a few months of the birth, most women's hair stops falling out.", []], // pregnancy
      ["What causes morning sickness is still not fully understood.", []], // pregnancy
      ["What surprised me most was how long the waiting list was.", []], // logistics
      ["What worries many parents is whether the injection hurts.", []], // children
      ["What triggers an asthma attack varies from child to child.", []], // asthma
      ["The most popular class we run is the Tuesday beginners' session.", []], // logistics
      ["The most effective way to book is online.", []], // logistics
      ["The most common side effect of the inhaler is a hoarse voice.", []], // asthma
      ["Type 2 diabetes is the most common form of diabetes.", []], // diabetes
      ["Is this the most effective fertility supplement on the market?", []], // fertility
      ["We would never claim ours is the most effective cream on the market.", []], // skin
      ["Patients tell us their appointments are hard to book.", []], // logistics
      ["Parents tell us their children love the stickers.", []], // children
      ["Customers tell us the parcel arrived within a week.", []], // logistics
      ["Patients often tell us their pain gets worse in cold weather.", []], // arthritis
      // left (logistics): "I no longer need a lift to the clinic since my daughter moved nearby." gives ["unsupported-claim warning «I no longer need»"]
      ["They're down to one bus an hour since the timetable changed.", []], // logistics
      ["Since the diagnosis, my mood has been low.", []], // mental
      ["My sugar levels have been all over the place ever since the pregnancy.", []], // diabetes
      ["> \"I started the tablets in May. My hair has been thinning ever since.\"", []], // skin
      ["> \"I switched to the new inhaler in June. I've had a hoarse voice ever since.\"", []], // asthma
      ["Ask your dentist what works best for sensitive teeth.", []], // dentistry
      ["The most powerful painkillers carry the highest risk of dependence.", []], // mental
      ["What kept me awake was the neighbours' dog.", []], // sleep
      ["> \"I had the filling done in March. My tooth has been sensitive ever since.\"", []], // dentistry
      ["Clients tell us their waiting time was under a fortnight.", []], // mental
      ["## What our patients say\n\n\n\nMy appointment was on time and the nurse was brilliant.", []], // logistics
      ["> I started the pills in May. My back has been bad ever since.", []], // arthritis
      ["> I started the cream in May. My skin has not been great since.", []], // skin
      ["> \"Since she started secondary school, her skin has been clear.\"", []], // skin
      ["## What parents say\n\n\n\nSince he started nursery, he's had far more colds.", []], // children
      ["> \"Since we moved house, my sleep has been much better.\"", []], // sleep
      ["## Reviews\n\n\n\nThe waiting room is down to one magazine a month.", []], // mental
      ["## What our patients say\n\n\n\nMy dentist was brilliant and the parking was fine.", []], // dentistry
      ["> I had the flu jab in October. Has my chest been better since? Not really.", []], // asthma
      ["> \"I started the classes at 20 weeks. My bump has been growing ever since.\"", []], // pregnancy
      ["Our vacuum is the most powerful model on the market.", []], // logistics
      ["The heart is the most powerful muscle there is.", []], // physiology
      ["This is not the most effective knee brace on the market, but it is the cheapest.", []], // arthritis
      ["Our calming spray is one of the most effective sleep aids you can buy.", ["unsupported-claim warning «most effective sleep aids you can buy»"]], // mental
      ["Cinnamon capsules are the most powerful blood sugar balancer there is.", ["unsupported-claim warning «most powerful blood sugar balancer there is»"]], // diabetes
    ]);
  });
});
