// Round 25 (F): frames whose shape carries the claim (issue #3; claims.ts r25fTestimonyReading, r25fToldBefore,
// r25fConsequenceAt, r25fOnsetObject, R25F_DIFFERENCE_END, R25F_DO_BETTER; claims-reported.json round25F). None of these
// sentences is taken from the corpus or from a benchmark: each is written for this file, as small drafts (a title naming
// a complaint, then paragraphs), with near-claims in the same words that must stay silent.

import { titledDraftCases } from '../helpers/claim-cases';

const { flagged, silent } = titledDraftCases('# Gout and sore joints: readers write in');

const PLAIN = '# A week in the life of our village';

describe('claim rules: frames whose shape carries the claim (round 25, F)', () => {
  describe('a short testimony leaning on the treatment told before it', () => {
    it('flagged: a reply that answers a post naming a remedy', () =>
      flagged('My GP put me on allopurinol for the flare-ups in my big toe.\n\nWorked for me, honestly.', 'Worked for me'));
    it('flagged: a pronoun for the tablets after a claim in the paragraph', () =>
      flagged('The cherry capsules calm my gout within a day. They are the only thing that keeps me going.', 'the only thing that keeps me going'));
    it('flagged: feeling young again after a treatment told', () =>
      flagged('I have been on colchicine since the spring. I feel thirty again.', 'I feel thirty again'));
    it('flagged: a gerund of a habit of the body as the subject, in a draft about a complaint', () =>
      flagged('Cutting out beer changed everything for me.', 'Cutting out beer changed everything for me'));
    it('flagged: a named remedy as the subject', () => flagged('Colchicine worked for me.', 'Colchicine worked for me'));
    it("flagged: 'has given him his life back' (the perfect of the idiom)", () =>
      flagged('My neighbour started on febuxostat last year. He says it has given him his life back.', 'given him his life back'));
    for (const p of [
      // A clause after the testimony tells something else.
      'My GP put me on allopurinol. Worked for me too, the bus was on time.',
      // No remedy in the subject.
      'Moving to Leeds changed everything for me.',
      'Going to university changed everything for me.',
      'My grandchildren are the only thing that keeps me going.',
      // No treatment told before a pronoun or a person.
      'We moved house in March. I feel human again.',
      'We danced all night at the wedding. I feel twenty again.',
      'We changed the appointment to Tuesday. That worked for me.',
      'Our quiz nights are great fun. They are the only thing that keeps me going.',
      // Negated, asked, or with a clause of place after it.
      'My GP put me on allopurinol. It never worked for me.',
      'My GP put me on allopurinol. Did it work for you?',
      'I started the colchicine in May. I feel like a kid again at the fair.',
    ]) it(`silent: ${p}`, () => silent(p));
    it('silent: a remedy-shaped subject in a draft about no complaint', () => silent('Mulch worked for me.', PLAIN));
  });

  describe('a count of a complaint that dropped after the person started or stopped something', () => {
    it('flagged: trips to the loo dropping after stopping a drink', () =>
      flagged('My trips to the toilet at night dropped from five to two after I stopped drinking cola in the evening.', 'dropped from five to two'));
    it('flagged: pads dropping after starting exercises', () =>
      flagged('His pads went down from four a day to one after he started the squeezes.', 'went down from four a day to one'));
    for (const p of [
      'My trips to the shop dropped from four to one after I started shopping online.',
      'My trips to the toilet at night dropped from five to two after the baby was born.',
      'My trips to the loo went up from one to four after I started the water tablets.',
      'My bills dropped from five to two after I switched to the new supplier.',
      'Did your trips to the loo drop from four to one after you stopped the tea?',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe("an imperative and 'you'll' with a consequence of the body", () => {
    it('flagged: falling asleep sooner', () => flagged('Charge your phone in the kitchen and you will fall asleep sooner.', 'you will fall asleep sooner'));
    it('flagged: avoiding a complaint', () => flagged('Halve your coffee over a fortnight and you will avoid most of the headaches.', 'you will avoid most of the headaches'));
    it('flagged: burning calories for hours', () => flagged("Skip to our hill sprints twice a week and you'll keep burning calories for hours afterwards.", "you'll keep burning calories"));
    it('flagged: waking with energy', () => flagged("Take one capsule at bedtime and you'll wake up with more energy.", "you'll wake up with more energy"));
    for (const p of [
      "Put the kettle on and you'll have tea in five minutes.",
      "Read the first chapter and you'll fall asleep sooner than you think.",
      "Leave early and you'll avoid most of the traffic.",
      "Book online and you'll avoid the headache of queueing.",
      "Take the train and you'll avoid the stress.",
      "Keep the stove lit and you'll keep burning logs all night.",
      "Set two alarms and you'll wake up on time.",
      'Charge your phone in the kitchen and you might fall asleep sooner.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('a remedy ranked or credited with the difference', () => {
    it('flagged: the best thing you can do to stop stones forming', () =>
      flagged('Drinking plenty of water is the single best thing you can do to stop new stones forming.', 'to stop new stones forming'));
    it('flagged: the best thing to stop a complaint coming back', () =>
      flagged('Drinking two litres a day is the best thing you can do to stop kidney stones coming back.', 'to stop kidney stones coming back'));
    it('flagged: a remedy that makes the biggest difference of all', () =>
      flagged('For older patients, regular physiotherapy makes the biggest difference of all.', 'makes the biggest difference of all'));
    it('flagged: a good state that makes a real difference', () => flagged("A good night's sleep makes a real difference.", 'makes a real difference'));
    for (const p of [
      'Mulch is the single best thing you can do to stop the weeds coming back.',
      'A dehumidifier is the best thing you can do to stop rust forming.',
      'A rota is the best way to stop the kids fighting.',
      'A good pair of boots makes a real difference on the hills.',
      'The new oven makes the biggest difference of all.',
      'Good lighting makes a real difference.',
      'Healthy competition makes a real difference.',
      'Does the cream make a real difference?',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('groups compared by the treatment they use', () => {
    it('flagged: children who wear their glasses doing better than those who do not', () =>
      flagged('Children who wear their glasses all day do far better than those who only wear them for reading.', 'do far better than those who'));
    it('flagged: patients who use the inhaler doing better', () =>
      flagged('Patients who use the inhaler every day do much better than those who forget.', 'do much better than those who forget'));
    for (const p of [
      "Children who read at home do far better than those who don't.",
      'Children who read at home do better at spelling.',
      'People who take the early train do much better than those who drive.',
      'Pupils who use a planner do far better than those who do not.',
      'Teams who train on Sundays do far better than those who skip training.',
    ]) it(`silent: ${p}`, () => silent(p));
  });
});
