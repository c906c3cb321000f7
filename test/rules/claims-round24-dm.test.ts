// Round 24 (D, mended): the time-anchored outcome reading (claims.ts r24dAnchoredReading) kept off what is no treatment's
// outcome, by class (r24dTold, r24dmOtherPerson, r24dmCarePlace, r24dmPersonSubject, r24dmNoBody, r24dmOwnEffect,
// r24dmBetween, R24DM_GIVEN_UP, R24DM_AS_ALWAYS, R24DM_JOINED, the generic regimen nouns of r24dTreatmentNamed). None of
// these sentences is taken from the corpus, a benchmark or the review's drafts: each is written for this file, as small
// drafts, with the claims of the same forms that must still be read.

import { draftCases } from '../helpers/claim-cases';

/** The opening of every draft: a title and a paragraph that names no complaint of the cases below. */
const OPENING = '# What happened next: notes from our readers\n\nWe asked readers to write in about the weeks after they tried something new.\n\n';

const { flagged, silent } = draftCases(OPENING);

function silentAll(list: string[]): void {
  for (const p of list) it(`silent: ${p}`, () => silent(p));
}

describe('claim rules: the time-anchored outcome, mended (round 24, D, mended)', () => {
  describe('1. back at or in a place of care, or a bed', () => {
    it('flagged: back in the office after a cream', () => flagged('I smoothed the cream over my elbow every night. Within ten days I was back in the office.', 'I was back in the office'));
    silentAll([
      'I began the new eye drops in March. Within a fortnight I was back at the optician and the clinic again.',
      'She started the blood-pressure tablets on Friday. By Tuesday she was back at the doctor.',
      'He began the nasal spray in June. Within a week he was back in the emergency department.',
      'I started the patches in April. Within a week I was back at the out-of-hours clinic.',
      "I began the antibiotics on Sunday. Within three days I was back at the dentist's.",
      'She started the new pills in autumn. By Christmas she was back in her bed every afternoon.',
      "I started the iron tablets in May. Within a week I was back in the osteopath's treatment room.",
    ]);
  });

  describe('2. the outcome of another person than the one treated', () => {
    it('flagged: her dad back in the garden after she gave him his tablets', () => flagged('My dad had gout in his toe. I gave him his tablets every morning. Within a week he was back in the garden.', 'he was back in the garden'));
    it("flagged: the child's skin clearing after a parent put the cream on", () => flagged("My son's hands were cracked and weepy. I put the cream on my son's hands every night. Within a week his skin had cleared.", 'his skin had cleared'));
    it("flagged: the complaint gone after a parent put the cream on", () => flagged("My daughter had a weepy rash. I put the cream on my daughter's rash every night. Within a week the rash had gone.", 'the rash had gone'));
    silentAll([
      'I rubbed the ointment on my daughter\u2019s eczema every night. Within a fortnight I was back at the office.',
      'I gave Grandma her eye drops every evening. Within a month I was back at university.',
      'We gave the cat her flea tablet on Monday. By Friday my husband was back at work.',
      "I spread the balm on my toddler's chapped cheeks twice a day. Within a week we were back at the playgroup.",
      'I handed Mum her inhaler before every walk. By the spring I was back on my bike.',
    ]);
  });

  describe('3. walking or cycling that is not the patient\u2019s regimen', () => {
    it('flagged: cycling to work every day after a bad back', () => flagged('My back locked up in March, so I cycled to work every day. Three weeks later I was back at the climbing wall.', 'I was back at the'));
    silentAll([
      'My husband had shingles, so I walked the children to the bus every morning. Within a month he was back at the depot.',
      'Mum broke her wrist in June, so I cycled round to her flat every day. Within six weeks she was back at her choir.',
      'My shoulder was stiff. I walked to the post office every morning for stamps. Within a week I was back at my desk.',
      "My sister's knee was sore, so I walked her spaniel twice a day. Within a fortnight she was back at the stables.",
      'My son had a chest infection, so I went for a run every evening to clear my head. Within ten days he was back at school.',
      'My hip was sore, so I jogged every morning. Within a week I was back on the treadmill.',
    ]);
  });

  describe('4. a procedure\u2019s or product\u2019s own effect settling', () => {
    it('flagged: the stiffness easing after an injection', () => flagged('My shoulder had been stiff since the winter. I had a cortisone injection in the joint. Within a week I was back at the tennis club.', 'I was back at the'));
    silentAll([
      'She had a flu jab in her arm. Within two days the soreness had gone.',
      'He had a cortisone injection in the hip. By the weekend the bruising had faded.',
      'I had the vaccination on Tuesday. Within a day the redness had cleared.',
      'I stuck the nicotine patch on my arm every morning. Within a week the rash from the patch had settled.',
      'I wore the new hearing aid every day. Within a fortnight the soreness from the hearing aid had eased.',
    ]);
  });

  describe('5. a course, plan or programme that is no health regimen', () => {
    it('flagged: a week into the physio programme', () => flagged('My knee locked every morning. A week into the physio programme, the stiffness eased.', 'the stiffness eased'));
    silentAll([
      'Two weeks into the pottery course, I was back at the wheel every evening.',
      'Since starting the driving course, I have been back in the car every day.',
      'Three months into the pension plan, I was back in the black.',
      'After four weeks of the baking course, she was back in the kitchen every night.',
      'A month into the music programme, he was back on the stage.',
    ]);
  });

  describe('6. a use told on a thing that is no body', () => {
    it('flagged: two drops on my pillow', () => flagged('I had tossed and turned for months. I put three drops of the camomile oil on my pillow every night. Within a week I was sleeping soundly.', 'I was sleeping soundly'));
    silentAll([
      'I rubbed wax into the leather saddle every week. By Saturday I was back on my horse.',
      'Dad sprayed oil on the rusty hinges every evening. Within a week he was back in his shed.',
      'We smeared the ointment on the pony\u2019s cracked heels twice a day. Within a fortnight I was back in the saddle.',
      'I brushed the wood stain onto the garden fence. By the next evening we were back on the patio.',
      'I dabbed foundation on every morning. By ten I was back at my desk.',
    ]);
  });

  describe("7. a thing, not a person, as 'my/her + noun'", () => {
    it('flagged: my son back on his feet', () => flagged('My son sprained his ankle at football. He rubbed the arnica in every night. Within a week my son was back on his feet.', 'my son was back on his feet'));
    silentAll([
      'I put the drops in every night. By the next morning my bike was back in the shed.',
      'I rubbed the gel in every night. Within a month my bank balance was back in the black.',
      'I put the cream on every evening. By Friday my kitchen was back to normal.',
      'I took the drops every night. Within a week my laptop was back at work.',
      'She rubbed the lotion in twice a day. Within a week her garden was back to normal.',
    ]);
  });

  describe('8. another event between the treatment and the outcome', () => {
    it('flagged: an event that tells nothing between', () => flagged('My wrist was sore. I started the glucosamine in May. It tasted of chalk. Within six weeks I was back at the climbing wall.', 'I was back at the'));
    silentAll([
      'I began the cod liver oil in April. In May I tripped on the stairs and sprained my ankle. Within a month I was back at the gym.',
      'I rubbed the cream into my wrist every night. My brother then got married. Within a week I was back at work.',
      'I wore the elbow strap for a day, then gave up because it pinched. Within a week I was back at the nets.',
      'My neck was stiff, so I took paracetamol. Within a week my holiday had ended and I was back at work.',
      'I stretched my calves every morning. Within a week the snow had melted and I was back on my bike.',
    ]);
  });

  describe("9. the natural course marked 'as … always do'", () => {
    it('flagged: the rash gone after the cream', () => flagged('My arm came up in an itchy rash. I dabbed the cream on twice a day. Within a week the rash had gone.', 'the rash had gone'));
    silentAll([
      'We put the gel on the blisters. Within a week the blisters had gone, as cold sores always do.',
      'I took the lozenges every few hours. Within a week the sore throat had gone, as sore throats usually do.',
      'She dabbed the lotion on the bites. By Friday the bites had faded, as midge bites normally do.',
      'He sipped the honey drink every night. Within a week his cough had cleared, as coughs generally do.',
      'I rubbed the balm on the bruise. Within ten days the bruise had gone, as bruises tend to do.',
    ]);
  });
});
