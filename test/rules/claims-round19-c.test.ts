// The claim rules on round 18's blind drafts (issue #3, round 19, part C): idioms of a treatment's effect, superlatives of
// efficacy, a better outcome after an imperative, folk attribution, and round 18 (C)'s idioms kept out of everyday English.
// Part C wrote a coverage grid first (for each form, claims in several health areas and the nearest sentences that must stay
// silent) and recorded the classifier on it before changing anything (22 of 56 claims found, 61 of 73 near-claims silent);
// the last block is that grid's found and silent rows as they stand after the change. None of these sentences is taken from
// the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 18 drafts (round 19, part C: idioms, superlatives, consequences and folk attribution)', () => {
  describe("a part of the body calmed or settled down ('calm down a twitchy airway')", () => {
    cases([
      ['A few puffs of the salt spray calm down an irritable airway fast.', ['unsupported-claim warning «calm down an irritable airway»']],
      ['This gel calms down angry gums overnight.', ['unsupported-claim warning «calms down angry gums»']],
      ['The drops settle down a twitchy bladder within a week.', ['unsupported-claim warning «settle down a twitchy bladder»']],
      ['Our oatmeal soak calms down itchy skin in minutes.', ['unsupported-claim warning «calms down itchy skin»']],
      // No part of the body, a question, a negation: silent.
      ['The teacher calmed down the noisy class quickly.', []],
      ['The pilot calmed down the nervous passengers.', []],
      ['Does the spray calm down an irritable airway?', []],
      ["The gel doesn't calm down angry gums overnight.", []],
    ]);
  });

  describe("an infection or overgrowth knocked back, the gut wall sealed ('to knock candida back', 'to seal the gut wall')", () => {
    cases([
      ['Our herbal blend knocks thrush back in days.', ['unsupported-claim warning «knocks thrush back»']],
      ['We use colostrum to seal the gut lining and zinc to knock the infection back.', ['unsupported-claim warning «seal the gut lining»']],
      ['A short course of the cream knocks the eczema back before the holidays.', ['unsupported-claim warning «knocks the eczema back»']],
      ['Our bone broth protocol seals the gut wall in three weeks.', ['unsupported-claim warning «seals the gut wall»']],
      // A price knocked back, a jar sealed, a drink knocked back, a question: silent.
      ['We knocked the price back by ten per cent.', []],
      ['Seal the jar tightly and store it in the fridge.', []],
      ['He knocked his coffee back and left for the clinic.', []],
      ['Does oregano oil knock candida back?', []],
    ]);
  });

  describe("a complaint named by a pronoun helped to heal ('keeps the ulcer clean and helps it heal faster')", () => {
    cases([
      ['A hydrocolloid plaster keeps the blister clean and helps it heal faster.', ['unsupported-claim warning «helps it heal»']],
      ['Honey on a mouth ulcer soothes the sore spot and helps it heal.', ['unsupported-claim warning «helps it heal»']],
      ['This cream keeps the cold sore moist and helps it clear up sooner.', ['unsupported-claim warning «helps it clear up»']],
      ['Our silver gel covers the graze and helps it mend.', ['unsupported-claim warning «helps it mend»']],
      // Drying, choosing, a question: silent.
      ['Keep the bandage dry and change it every day.', []],
      ['The nurse cleaned the wound and helped it dry before the dressing.', []],
      ['Ask your pharmacist to help you choose a dressing.', []],
      ['Does a plaster help it heal faster?', []],
    ]);
  });

  describe("superlatives of efficacy: the most effective treatment one will ever have for a condition, the best thing one can do for a health goal", () => {
    cases([
      ["An inhaler spacer is the single most effective treatment they'll ever have for their asthma.", ["unsupported-claim warning «the single most effective treatment they'll ever have for»"]],
      ['For PCOS, metformin is the best medicine you can take for your cycle.', ['unsupported-claim warning «the best medicine you can take for»']],
      ["Our sleep course is the most effective thing you'll ever do for your sleep.", ["unsupported-claim warning «the most effective thing you'll ever do for your sleep»"]],
      ['Kefir is the best thing you can drink to get your gut back on track.', ['unsupported-claim warning «the best thing you can drink to get your gut back on track»']],
      ['A daily walk is the single best thing you can do for your blood sugar.', ['unsupported-claim warning «the single best thing you can do for your blood sugar»']],
      // No health goal, a question, a choice to ask about: silent.
      ['The best thing you can do is ring your GP surgery first thing in the morning.', []],
      ['Lemonade is the best thing you can drink on a hot afternoon in the park.', []],
      ['Learning Spanish was the most powerful thing I ever did for my career.', []],
      ['What is the best thing you can do for your gums?', []],
      ['Ask your nurse which is the most effective treatment for your asthma.', []],
    ]);
  });

  describe("an imperative and a better sleep idiom with 'to sleep' ('and you'll drop off to sleep faster')", () => {
    cases([
      ["Wear the tinted glasses after dinner and you'll drop off to sleep faster.", ["unsupported-claim warning «you'll drop off to sleep faster»"]],
      ["Take two of our magnesium capsules at bedtime and you'll nod off to sleep in no time.", ["unsupported-claim warning «you'll nod off to sleep in no time»"]],
      ["Spray the lavender mist on the pillow and you'll drift off to sleep more easily.", ["unsupported-claim warning «you'll drift off to sleep more easily»"]],
      // No treatment in the imperative, a side effect, a question: silent.
      ["Turn off the television and you'll drop off to sleep faster.", []],
      ["Take two of these at night and you may feel drowsy the next morning.", []],
      ["Will you drop off to sleep faster with the glasses?", []],
    ]);
  });

  describe("folk attribution ('according to pretty much everyone's nan')", () => {
    cases([
      ["Honey cures a sore throat overnight, according to pretty much everyone's grandma.", ['absolute-claim error «cures»', "vague-attribution warning «according to pretty much everyone's grandma»"]],
      ["Cabbage leaves ease engorged breasts, according to every midwife's mum.", ["vague-attribution warning «according to every midwife's mum»"]],
      ['Garlic clears a cold in two days, according to folk wisdom.', ['vague-attribution warning «according to folk wisdom»']],
      ["A spoon of vinegar settles heartburn, according to just about everybody's gran.", ["vague-attribution warning «according to just about everybody's gran»"]],
      // No claim, a named relative: silent.
      ["According to everyone's nan, the best scones come from Devon.", []],
      ['According to my grandma, the bus used to stop here.', []],
      ['According to folk wisdom, a red sky at night means fine weather.', []],
    ]);
  });

  describe("round 18 (C)'s idioms of relief, knocking out and the root cause need a health word or a treatment outside the idiom", () => {
    cases([
      // Everyday English: silent.
      ['The ice cream van brings relief within minutes on a scorching afternoon.', []],
      ['Shade sails provide relief in minutes from the midday sun.', []],
      ['The new heavyweight champion knocks them out faster than anyone.', []],
      ['Our mechanics find the root cause rather than masking the symptoms of a failing gearbox.', []],
      ['A fan brings relief within minutes on a stuffy night bus.', []],
      ["The referee's whistle knocks them out faster than a penalty shoot-out.", []],
      ['A good accountant treats the root cause rather than masking the symptoms of a cash-flow problem.', []],
      // A treatment or a health word outside the idiom: still claims.
      ['This eye wash brings you relief straight away.', ['unsupported-claim warning «brings you relief straight away»']],
      ['Ice cream brings relief within minutes to a sore throat after tonsil surgery.', ['unsupported-claim warning «brings relief within minutes»']],
      ['The cooling mist provides relief in minutes from sunburn.', ['unsupported-claim warning «provides relief in minutes»']],
      ['Our lavender drops knock them out faster than anything at bedtime.', ['unsupported-claim warning «knock them out faster than»']],
    ]);
  });

  describe("hedged help with no outcome named, after a treatment ('could help, though X wasn't convinced', 'might help a few people too')", () => {
    cases([
      ["Acupuncture could help, though my consultant wasn't convinced.", ['unsupported-claim info «help»']],
      ['Zinc lozenges might help a few people too, although the evidence is thin.', ['unsupported-claim info «help»']],
      ['Evening primrose oil may help some women, but the studies are small.', ['unsupported-claim info «help»']],
      ['A warm compress might help as well.', ['unsupported-claim info «help»']],
      // No treatment as the subject, a task after 'help', a question, a negation: silent.
      ["A friend could help, though Priti wasn't convinced.", []],
      ['The bank might help a few people too, although the forms are long.', []],
      ['Taking notes could help you remember what the consultant said.', []],
      ['Could acupuncture help?', []],
      ['Physio might not help.', []],
      ['The new timetable might help a few people too.', []],
    ]);
  });

  describe("the second of two coordinated verbs whose subject is one of the body's own organs or systems ('The liver stores glycogen and releases glucose')", () => {
    cases([
      // Physiology: silent.
      ['The liver stores glycogen and releases glucose when blood sugar falls.', []],
      ['The kidneys filter the blood and remove waste.', []],
      ['Your immune system recognises the virus and fights it off.', []],
      ['The pancreas senses sugar and releases insulin.', []],
      // A treatment as the subject, or in the sentence: still claims.
      ['Milk thistle supports the liver and protects it from toxins.', ['unsupported-claim warning «supports»']],
      ['The probiotic calms the gut and reduces bloating.', ['unsupported-claim warning «calms»']],
      ['Our cleanse flushes the liver and reduces bloating.', ['unsupported-claim warning «reduces»']],
    ]);
  });

  describe("the pseudo-cleft 'What changed everything for me was X' with a health word or a treatment", () => {
    cases([
      ['What changed everything for my migraines was cutting out caffeine.', ['unsupported-claim warning «What changed everything for my»']],
      ['What made all the difference for my son was a gum shield at night.', ['unsupported-claim warning «What made all the difference for my»']],
      ['What really changed things for her eczema was a fragrance-free wash.', ['unsupported-claim warning «What really changed things for her»']],
      ['What changed everything for me was learning to sleep on my side.', ['unsupported-claim warning «What changed everything for me»']],
      // A move, a manager, a diagnosis, a question: silent.
      ['What changed everything for me was moving to Leeds in 2019.', []],
      ['What changed everything for the team was the new manager.', []],
      ['What changed everything for me was the diagnosis of ADHD.', []],
      ['What changed everything for you?', []],
    ]);
  });

  describe("a complaint 'the first thing to go' with a treatment in the sentence", () => {
    cases([
      ['On the plan, the bloating is usually the first thing to go.', ['unsupported-claim warning «is usually the first thing to go»']],
      ['Once you start the patches, the night sweats are the first thing to go.', ['unsupported-claim warning «are the first thing to go»']],
      ['With our programme, the anxiety is often the first thing to disappear.', ['unsupported-claim warning «is often the first thing to disappear»']],
      ['With the cream, the itch is the first thing to go.', ['unsupported-claim warning «is the first thing to go»']],
      // No treatment, no complaint, a negation: silent.
      ['In a recession, the marketing budget is usually the first thing to go.', []],
      ['Sleep is often the first thing to go when a new baby arrives.', []],
      ['In flu, the fever is usually the first thing to go.', []],
      ["The bloating isn't the first thing to go on the plan.", []],
    ]);
  });

  describe("'turn that around' after a treatment, the pronoun standing for a decline told before", () => {
    cases([
      ['Strength training twice a week turns that decline around.', ['unsupported-claim warning «turns that decline around»']],
      ['Lifting weights twice a week turns that around.', ['unsupported-claim warning «turns that around»']],
      ['A course of physio turns it around for most runners.', ['unsupported-claim warning «turns it around»']],
      ['Our meal plan turns things around within a month.', ['unsupported-claim warning «turns things around»']],
      // No treatment: silent.
      ['The new manager turned things around in a year.', []],
      ['Turn it around at the next roundabout.', []],
      ['She turned it around to face the window.', []],
      ['The council turned that decline around with new shops.', []],
    ]);
  });

  describe("'work' after a person's possessive is the noun ('Louis Pasteur's work on germ theory')", () => {
    cases([
      // A body of work: silent.
      ["Marie Curie's work on radioactivity is still taught.", []],
      ["Dr Patel's work on eczema in babies is admired.", []],
      ['Her work on asthma in children won a prize.', []],
      ['Our work on fatigue has been published.', []],
      // The verb of effect: still claims.
      ['Acupuncture works on pain.', ['unsupported-claim warning «works on»']],
      ['Our creams work on eczema in days.', ['unsupported-claim warning «work on»']],
      ['Magnesium works for cramps.', ['unsupported-claim warning «works for»']],
    ]);
  });
});
