// unsupported-claim on blog prose (issue #3, round 13, part C): verbs, idioms and hedged frames of help that round 12's
// blind drafts used, built as frames whose slots are filled from the data files' classes. Each describe block is one
// form, with positive sentences in several health areas and the nearest negatives where the rules must stay silent. None
// of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 13, part C: verbs, idioms and hedged frames of help)', () => {
  describe("the population hedge with an adverb, a relative clause of acquaintance or a familiar name ('Some customers also find')", () => {
    cases([
      ['Some runners also find that foam rolling eases their calf tightness.', ['unsupported-claim info «eases»']],
      ['A few patients we see find that acupuncture eases their hot flushes.', ['unsupported-claim info «eases»']],
      ['Some of the lads find a sauna eases their sore muscles.', ['unsupported-claim info «eases»']],
      // No claim after the hedge; 'say' stays a testimonial.
      ['Some of the girls found the climbing wall exciting.', []],
      ['Some customers also find the parking difficult.', []],
      ['Some mums I know found the antenatal class full.', []],
      ['Some people also say the balm cured their eczema.', ['absolute-claim error «cured»']],
    ]);
  });

  describe("some of a complaint taken out of a part of the body ('takes a lot of the swelling out of your ankles')", () => {
    cases([
      ['Raising your legs takes a lot of the swelling out of your ankles.', ['unsupported-claim warning «takes a lot of the swelling out of»']],
      ['Arnica gel may take some of the sting out of a bruise.', ['unsupported-claim info «may take some of the sting out of»']],
      ['A cold pack took most of the soreness out of her knee.', ['unsupported-claim warning «took most of the soreness out of»']],
      // Bad news and tax returns have no body; a question; a negation.
      ['A good joke takes the sting out of bad news.', []],
      ['The new software took the pain out of tax returns.', []],
      ['Does ice take the swelling out of a sprained ankle?', []],
      ['Ice does not take much of the swelling out of an old injury.', []],
      ['The new software took some of the pain out of tax returns.', []],
    ]);
  });

  describe("some of the pressure, load or strain taken off a part of the body ('take some pressure off the veins')", () => {
    cases([
      ['Losing a few pounds may take some of the strain off your knees.', ['unsupported-claim info «may take some of the strain off»']],
      ['A firmer mattress could take some pressure off your lower back.', ['unsupported-claim info «could take some pressure off»']],
      // Sitting down, a service, a question.
      ['Sit down and take the weight off your feet.', []],
      ['Online booking takes some pressure off the front desk.', []],
      ['Will a brace take some pressure off my knee?', []],
    ]);
  });

  describe("a nudge or a kick-start given to a part of the body or a system ('give your immune system a nudge')", () => {
    cases([
      ['A morning walk gives your metabolism a gentle kick-start.', ['unsupported-claim warning «gives your metabolism a gentle kick-start»']],
      ['Zinc lozenges may give your immune system a nudge when a cold starts.', ['unsupported-claim info «may give your immune system a nudge»']],
      // A shop, a team.
      ['The new signage gives your shop a nudge towards more sales.', []],
      ['Our newsletter gives your team a kick-start every Monday.', []],
    ]);
  });

  describe("a person's gains kept from slipping or fading ('keeps your fluency gains from slipping away')", () => {
    cases([
      ['A weekly maintenance class keeps your strength gains from slipping away.', ['unsupported-claim warning «keeps your strength gains from slipping»']],
      ['Booster sessions may stop your therapy gains from fading.', ['unsupported-claim info «may stop your therapy gains from fading»']],
      // Money's gains; a negation.
      ['A good accountant keeps your investment gains from slipping away.', []],
      ['Nothing keeps the results of a crash diet from fading.', []],
    ]);
  });

  describe("smoothing and plumping out the signs of ageing ('visibly smooths fine lines')", () => {
    cases([
      ['This serum plumps fine lines in a fortnight.', ['unsupported-claim warning «plumps»']],
      ['A retinol night cream may smooth wrinkles around the eyes.', ['unsupported-claim info «may smooth»']],
      // Cooking, access, a quarrel, the adjective.
      ['Smooth the icing over the cake with a palette knife.', []],
      ['The new ramp smooths the way for wheelchair users.', []],
      ['The mediator smoothed things over between the two families.', []],
      ['Plump cushions make the waiting room comfortable.', []],
    ]);
  });

  describe("a complaint named as a feeling ('eases that creaky-knee feeling')", () => {
    cases([
      ['A warm bath eases that heavy-legged feeling after a long shift.', ['unsupported-claim warning «eases»']],
      ['Stretching may ease that tight-chested feeling.', ['unsupported-claim info «may ease»']],
      // A sign of a disease, a description, disappointment.
      ['That heavy feeling in your legs can be a sign of varicose veins.', []],
      ['Some people get a sick feeling before an exam.', []],
      ['I had a sinking feeling when I saw the bill.', []],
    ]);
  });

  describe("help for people named by a complaint in a relative clause ('could help people who feel lightheaded')", () => {
    cases([
      ['Ginger could help people who feel queasy on ferries.', ['unsupported-claim info «could help»']],
      ['Breathing exercises may help children who feel anxious before tests.', ['unsupported-claim info «may help»']],
      ['Compression socks can help travellers who get puffy ankles on long flights.', ['unsupported-claim warning «can help»']],
      // Tired of (fed up), a question, care by people.
      ['The new lift will help people who are tired of the stairs.', []],
      ['Who can help people who feel dizzy?', []],
      ['Carers help people who feel lonely.', []],
      ['Volunteers may help people who feel anxious about their appointment.', []],
    ]);
  });

  describe("help absorbing the goodness of food ('help you absorb more of the nutrients in your food')", () => {
    cases([
      ['Pairing spinach with orange juice may help you absorb more iron from your food.', ['unsupported-claim info «may help»']],
      ['Probiotics could help your body absorb more nutrients.', ['unsupported-claim info «could help»']],
      ['Chewing slowly helps you absorb more of the goodness in your meals.', ['unsupported-claim warning «helps»']],
      // The remedy's own absorption (a mechanism), spills, information.
      ['Black pepper helps your body absorb curcumin.', []],
      ['A sponge helps you absorb spills.', []],
      ['The course helps you absorb a lot of information.', []],
    ]);
  });

  describe("help feeling less of a complaint ('can help some people feel less caught up in the fear')", () => {
    cases([
      ['Journalling may help you feel less weighed down by worries.', ['unsupported-claim info «may help»']],
      ['Tai chi can help some people feel less wobbly on their feet.', ['unsupported-claim info «can help»']],
      // Lost in a car park; a question.
      ['The new signs help visitors feel less lost in the car park.', []],
      ['Does yoga help you feel less stressed?', []],
    ]);
  });

  describe("a harm kept from starting: stop or prevent + object + 'from' + a complaint's -ing verb", () => {
    cases([
      ['A night splint stops the skin on your heels from cracking.', ['unsupported-claim warning «stops the skin on your heels from cracking»']],
      ['Cold compresses may prevent the eczema from flaring up.', ['unsupported-claim info «may prevent»']],
      ['A hinged brace may stop your knee from locking up.', ['unsupported-claim info «may stop your knee from locking up»']],
      // Timber, a question, a negation, healing stopped (a harm, not a benefit).
      ['A sealer prevents the timber from splitting.', []],
      ['Does a lip balm stop the lips from cracking?', []],
      ['Nothing stops the skin from peeling after sunburn.', []],
      ['Scratching stops the skin from healing.', []],
    ]);
  });

  describe("a 'once' clause that times a course, not the time of day ('once they've been walking with us for a month')", () => {
    cases([
      ['Their knees feel less stiff once they have been swimming with us for a few weeks.', ['unsupported-claim warning «feel less stiff»']],
      // The time of day, the weather, a coffee.
      ['My knees feel less stiff once I have had my morning coffee.', []],
      ['My hands feel less stiff when it is warm.', []],
      ['Her shoulder feels less stiff in the afternoon.', []],
    ]);
  });

  describe("'take the edge off' in the base form after a modal, with no object ('may take the edge off')", () => {
    cases([
      ['A cold flannel may take the edge off.', ['unsupported-claim info «may take the edge off»']],
      ['A heat pack could take the edge off, so keep one by the bed.', ['unsupported-claim info «could take the edge off»']],
      // Not a remedy's effect: a question, a negation.
      ['Will a cold flannel take the edge off?', []],
      ['A cold flannel did not take the edge off.', []],
    ]);
  });

  describe("a remedy called a rescue ('they were a lifesaver for us')", () => {
    cases([
      ['The aloe gel was an absolute godsend after my sunburn.', ['unsupported-claim warning «was an absolute godsend»']],
      ["I tried the magnesium spray and it's been a lifesaver for my cramps.", ["unsupported-claim warning «'s been a lifesaver»"]],
      ['The nasal spray has been a godsend this hay fever season.', ['unsupported-claim warning «has been a godsend»']],
      ['Plenty of you rave about teething gel, and it was a lifesaver for us too.', ['unsupported-claim warning «was a lifesaver»']],
      // No remedy: a bus, a mother, a meal plan, a helpline; a question, a negation, a screen saver.
      ['The bus was a lifesaver for us.', []],
      ['My mum was a godsend when the baby came.', []],
      ['The meal plan was a lifesaver on busy nights.', []],
      ['The helpline was a lifesaver during lockdown.', []],
      ['The sleep app is a godsend for busy parents.', []],
      ['Were the drops a lifesaver for you?', []],
      ['The drops were not a lifesaver for us.', []],
      ['The screen saver on the clinic computer shows our opening hours.', []],
    ]);
  });
});
