// The claim rules on round 16's blind drafts (issue #3, round 17, part C): general efficacy claims, their verbs, outcomes
// and frames. Part C wrote a coverage grid first (for each form, claims in several health areas and the nearest sentences
// that must stay silent) and recorded the classifier on it before changing anything; the last block is that grid. Each
// other describe block is one form, with the nearest negatives. None of these sentences is taken from the corpus or from a
// benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 16 drafts (round 17, part C: efficacy verbs, outcomes and frames)', () => {
  describe("lab values and vital signs as outcomes ('urate', 'uric acid', 'resting pulse', 'inflammatory markers'), and the gum and scalp complaints 'gingivitis' and 'infestations': lowered, a benefit; raised or measured, none", () => {
    cases([
      ['Switching to decaf lowers your uric acid.', ['unsupported-claim warning «lowers»']],
      ['Our cherry concentrate lowers your urate within a month.', ['unsupported-claim warning «lowers»']],
      ['Our omega-3 capsules cut your resting pulse.', ['unsupported-claim warning «cut»']],
      ['Turmeric shots reduce inflammatory markers in people with arthritis.', ['unsupported-claim warning «reduce»']],
      ['Our tea tree shampoo cuts down on reinfestations.', ['unsupported-claim warning «cuts down»']],
      ['The new mouthwash reduces gingivitis in pregnancy.', ['unsupported-claim warning «reduces»']],
      // Measured, raised, a question, a negation, the natural course: silent.
      ['Your uric acid is checked with a simple blood test.', []],
      ['Steroid tablets can raise your resting pulse.', []],
      ['Gingivitis is common in pregnancy.', []],
      ['Head lice infestations peak in September.', []],
      ['Does cherry juice lower your urate?', []],
      ['Beer does not lower your uric acid.', []],
      ['Your urate level can rise during a flare.', []],
    ]);
  });

  describe("'take the edge off' with no object, before a clause or phrase of time ('while you grip tools', 'during a flare', 'after a long shift')", () => {
    cases([
      ['Our knee sleeve takes the edge off while you climb stairs.', ['unsupported-claim warning «takes the edge off»']],
      ['A heat pad might take the edge off during a period.', ['unsupported-claim info «might take the edge off»']],
      ['This teething gel takes the edge off when the molars come through.', ['unsupported-claim warning «takes the edge off»']],
      ['Our menthol balm takes the edge off after a long run.', ['unsupported-claim warning «takes the edge off»']],
      // An object after it that is no complaint, a question, a negation: silent.
      ['The bonus took the edge off the pay freeze.', []],
      ['Does the sleeve take the edge off while you climb stairs?', []],
      ["The gel doesn't take the edge off when the molars come through.", []],
      ['A cup of tea takes the edge off a long meeting.', []],
    ]);
  });

  describe("an equal comparison of power with another treatment ('as powerful as', 'as potent as', 'every bit as effective as')", () => {
    cases([
      ['Our cream is every bit as effective as a steroid for eczema.', ['unsupported-claim warning «is every bit as effective as»']],
      ['Our eye drops are as potent as prescription drops.', ['unsupported-claim warning «are as potent as»']],
      ['Acupressure is every bit as powerful as painkillers for period pain.', ['unsupported-claim warning «is every bit as powerful as»']],
      ['This herbal spray is as powerful as an antibiotic.', ['unsupported-claim warning «is as powerful as»']],
      // Power of a machine, a storm; busy or comfortable; a question: silent.
      ['The new laptop is every bit as powerful as a desktop.', []],
      ['The storm was as powerful as the one in 1987.', []],
      ['The new clinic is every bit as busy as the old one.', []],
      ['Our waiting room is every bit as comfortable as a hotel lobby.', []],
      ['Is the herbal spray as powerful as an antibiotic?', []],
    ]);
  });

  describe("the comparative correlative of a treating and an improvement ('the sooner you treat a flare, the faster it settles')", () => {
    cases([
      ['The sooner you start the drops, the faster the infection clears.', ['unsupported-claim warning «The sooner you start the drops, the faster the infection clears»']],
      ['The more you use the gel, the quicker your acne heals.', ['unsupported-claim warning «The more you use the gel, the quicker your acne heals»']],
      ['The longer you take the capsules, the better your sleep gets.', ['unsupported-claim warning «The longer you take the capsules, the better your sleep gets»']],
      ['Act fast: the sooner you start the cream, the faster the rash fades.', ['unsupported-claim warning «the sooner you start the cream, the faster the rash fades»']],
      ['The more regularly you wear the splint, the less your wrist aches at night.', ['unsupported-claim warning «The more regularly you wear the splint, the less your wrist aches at night»']],
      // No treating, no health word, a worse or risk comparative, a question: silent.
      ['The sooner you book, the sooner you get an appointment.', []],
      ['Book early; the sooner you book, the sooner you get a slot.', []],
      ['The earlier you arrive, the shorter the queue.', []],
      ['The older you get, the worse your joints feel.', []],
      ['The more you scratch, the worse the itch gets.', []],
      ['The longer you take the tablets, the higher the risk of side effects.', []],
      ['The more you practise, the better your scales sound.', []],
    ]);
  });

  describe("a complaint clearing in a consequence clause after a treatment's clause ('X soaks up …, so the headaches finally ease'), and healing crystals as products", () => {
    cases([
      ['Our oil soaks up the smog, so the headaches finally ease.', ['unsupported-claim warning «the headaches finally ease»']],
      ['Rose quartz absorbs negative energy, so the anxiety finally fades.', ['unsupported-claim warning «the anxiety finally fades»']],
      ['Our pillow cradles your neck, so the morning stiffness fades.', ['unsupported-claim warning «the morning stiffness fades»']],
      ['Amethyst draws off stray energy, so the nightmares and the night sweats stop.', ['unsupported-claim warning «the nightmares and the night sweats stop»']],
      ['Amethyst keeps nightmares at bay.', ['unsupported-claim warning «keeps nightmares at bay»']],
      // No treatment as the first subject, no complaint, a worse or returning complaint, a negation, physiology: silent.
      ['The clinic closes at six, so the queue finally eases after five.', []],
      ['The pharmacy ran out of stock, so the headaches got worse.', []],
      ['Our spray wears off after an hour, so the itching comes back.', []],
      ["Our oil soaks up the smog, so the headaches don't ease.", []],
      ['The weather warms up in May, so the hay fever starts.', []],
      ['Uric acid crystals build up in the joint, so the pain eases slowly.', []],
      ['Quartz watches keep better time.', []],
      ['Amethyst is a purple variety of quartz.', []],
    ]);
  });

  describe('the coverage grid, written before the change: each form in several health areas and its nearest near-claims (rows the rules still miss are left out and listed in the report)', () => {
    cases([
      // Lab values and vital signs as outcomes.
      ['Swapping white bread for oats lowers your cholesterol.', ['unsupported-claim warning «lowers»']],
      ['Cinnamon capsules may bring your blood sugar down a little.', ['unsupported-claim info «may bring your blood sugar down»']],
      ['Your cholesterol is measured with a simple blood test.', []],
      ['Steroid tablets can raise your blood sugar for a few days.', []],
      ['Does fasting lower your cholesterol?', []],
      ['Your blood pressure comes down naturally while you sleep.', []],
      // keep + an outcome + a state.
      ['Daily flossing with our water jet keeps gum disease under control.', ['unsupported-claim warning «keeps gum disease under control»']],
      ['Our evening yoga class keeps anxiety at bay.', ['unsupported-claim warning «keeps anxiety at bay»']],
      ['Our glucosamine blend keeps you moving well into your eighties.', ['unsupported-claim warning «keeps you moving»']],
      ['Keep your inhaler with you at all times.', []],
      ['The nurse keeps you moving through the queue quickly.', []],
      ["Keeping the budget under control is the practice manager's job.", []],
      ['The heater keeps the waiting room warm.', []],
      // help + avoid + a complaint; cut down on + a complaint.
      ['The spacer helps children avoid asthma attacks.', ['unsupported-claim warning «helps»']],
      ['Our map helps you avoid the traffic on the way to the clinic.', []],
      ['Does a spacer help children avoid attacks?', []],
      ['The new mattress cuts down on back pain.', ['unsupported-claim warning «cuts down»']],
      ['Cut down on sugar to protect your teeth.', []],
      ['The new booking system cuts down on waiting times.', []],
      // After a session, a complaint as the subject of a verb of going.
      ['After two sessions, the panic attacks fade.', ['unsupported-claim warning «the panic attacks fade»']],
      ['After one week, the stitches dissolve.', []],
      ['After lunch, the fog lifts over the hills.', []],
      ['After a few days, the swelling goes down on its own.', []],
      // help some people: an outcome named, or a service that is no treatment.
      ['Melatonin might help some people with jet lag.', ['unsupported-claim info «might help»']],
      ['The helpline might help some people find the right clinic.', []],
      ['Volunteers help some people with their shopping.', []],
      // Imperatives with a consequence.
      ['Keep the receipt and you\'ll get a refund.', []],
      ['Book early and you\'ll get a morning slot.', []],
    ]);
  });
});
