// The claim rules on round 18's blind drafts (issue #3, round 19, part B): testimonies and case stories. Part B wrote a grid by
// form before changing anything (.scratch/grid-b.txt, not committed: each form in several health areas, with its nearest
// near-claims: the same frames about a strike, a holiday, a new job, a bus timetable, half term, questions, advice), then read
// the forms in claims-reported.json round19B (round19BClaim in server/src/engine/claims.ts) and list additions (students as
// receivers and as a population, 'lifts' as a verb of a good state rising, a section of 'stories from my students'). Grid
// before: 7 of 43 claims found, 48 of 52 near-claims silent; after: 35 of 43 and 48 of 52; the last block, written after the
// code, 5 of 8 and 8 of 8. Each describe block is one form. None of these sentences is taken from the corpus or from a
// benchmark. The grid's sentences that the rules still get wrong are listed here, not tested:
//   Most of the mums in our group ditch their nipple shields within a week of the first feeding session.
//   A fortnight into the new diet, she was down to one night feed.
//   We changed her formula in May and she hasn't had a bout of colic since. (info: the month 'May' is read as the hedge 'may')
//   Plenty of new mums swear by these nipple creams.
//   Some mums find their milk supply picks up within days.
//   After the vestibular therapy course, Mum took the ferry to France without a single dizzy spell.
//   The new puppy got the twins babbling with excitement.
//   Our public speaking course improves speech clarity.
//   The new bus route helps older people get back to doing their own shopping.
//   The drama club got the children chattering all afternoon.
//   The hand therapy helps older people get back to doing their own buttons.
//   Our stammering course improves speech fluency in children.
//   After her first round of chemo, Nana was back to her old chatty self by the weekend.
//   Since the grommets, Leo has thrown away his ear plugs.
//   With the new CPAP mask, Dad went from dozing off at the wheel to driving to Scotland.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 18 drafts (round 19, part B: testimonies and case stories)', () => {
  describe("less care needed: a medicine or an aid thrown away or given up ('bin their nasal sprays', 'threw away her sleeping pills'), by counted treated people with no other cause, or after a treatment", () => {
    cases([
      ["Most of our clients bin their nasal sprays within a fortnight of the first session.", ["unsupported-claim warning «Most of our clients bin their nasal sprays»"]],
      ["Half of my patients throw away their reading glasses after the eye yoga course.", ["unsupported-claim warning «Half of my patients throw away their reading glasses»"]],
      ["After two months on the supplement, she threw away her sleeping pills.", ["unsupported-claim warning «she threw away her sleeping pills»"]],
      ["Since the knee injections, Dad has given away his walking stick.", ["unsupported-claim warning «Dad has given away his walking stick»"]],
      ["Most of my students throw away their lecture notes after the exam.", []],
      ["She threw away her sleeping pills because they were past their use-by date.", []],
      ["Please don't throw away your blue inhaler, even when you feel well.", []],
      ["Should I throw away my old reading glasses?", []],
      ["After the move, we gave away the walking stick Grandad left behind.", []],
      ["Most patients bring their inhalers to the appointment.", []],
    ]);
  });
  describe("a person's use or frequency down to a low rate after an opening treatment ('Six weeks into the acupuncture, I was down to two painkillers a week'); not a bus timetable, a strike or a holiday", () => {
    cases([
      ["Two months into the hypnotherapy, I was down to one cigarette a day.", ["unsupported-claim warning «I was down to one cigarette a day»"]],
      ["Six weeks into the acupuncture, I was down to two painkillers a week.", ["unsupported-claim warning «I was down to two painkillers a week»"]],
      ["Three months into the course, he was down to once a fortnight with his reliever.", ["unsupported-claim warning «he was down to once a fortnight»"]],
      ["By the winter timetable, the buses were down to once a week.", []],
      ["Three weeks into the strike, we were down to one delivery a week.", []],
      ["By the end of the month I was down to my last ten pounds.", []],
      ["Two weeks into the holiday, I was down to one book a day.", []],
      ["Are you down to once a week with your inhaler?", []],
    ]);
  });
  describe("an activity or a role regained after 'back' ('back playing rugby', 'back to her usual cheeky self', 'back in the office'), with a treatment named; counted patients or clients alone for an activity ('Most of my clients are back to tying their own shoelaces'), not for a place ('back at work within two weeks')", () => {
    cases([
      ["Within a month of the new insulin pump, he was back playing rugby at weekends.", ["unsupported-claim warning «he was back playing»"]],
      ["Most of our patients are back to gardening and carrying their own shopping within six weeks of the knee programme.", ["unsupported-claim warning «Most of our patients are back to gardening»"]],
      ["Two weeks after the antibiotics, she was back to her usual cheeky self.", ["unsupported-claim warning «she was back to her usual cheeky self»"]],
      ["After four sessions of the talking therapy, he was back in the office full time.", ["unsupported-claim warning «he was back in the office»"]],
      ["Three weeks after the cataract operation, Mum was back behind the wheel.", ["unsupported-claim warning «Mum was back behind the wheel»"]],
      ["Most of our clients are back to doing up their own zips within a fortnight of the hand therapy.", ["unsupported-claim warning «Most of our clients are back to doing up their own zips»"]],
      ["After half term she was back playing netball twice a week.", []],
      ["After the strike the drivers were back at work.", []],
      ["By the summer holidays he was back in the classroom as a supply teacher.", []],
      ["When the snow melted, we were back to walking the dog by the river.", []],
      ["Is she back to her normal self yet?", []],
      ["After the holiday, Dad was back behind the wheel of his taxi.", []],
      ["Once the builders left we were back to our usual routine.", []],
    ]);
  });
  describe("from a difficulty to an activity ('went from using a frame to walking to the shops') with a treatment named; not a career, a town or a toddler", () => {
    cases([
      ["After twelve weeks on our rehab plan, one client went from using a frame to walking to the shops on her own.", ["unsupported-claim warning «one client went from using a frame to walking»"]],
      ["With the new hearing aids, my dad went from missing half the conversation to chatting on the phone again.", ["unsupported-claim warning «my dad went from missing half the conversation to chatting»"]],
      ["Thanks to the pelvic floor app, she went from leaking every time she sneezed to running 10k dry.", ["unsupported-claim warning «she went from leaking every time she sneezed to running»"]],
      ["On the sleep course, Amir went from lying awake until three to sleeping through most nights.", ["unsupported-claim warning «Amir went from lying awake until three to sleeping»"]],
      ["Over the season, our striker went from missing every penalty to scoring hat-tricks.", []],
      ["She went from working in a bank to running her own bakery.", []],
      ["In ten years the town went from having one dentist to having five.", []],
      ["He went from crawling to walking in a month, like most toddlers.", []],
    ]);
  });
  describe("a complaint not had since, in a conjunct after a treatment, a change of remedy, a procedure or a vaccine ('had the grommets fitted and haven't had an ear infection since'); not a day off, a holiday or a cigarette", () => {
    cases([
      ["She started the magnesium in March and hasn't had a migraine since.", ["unsupported-claim warning «hasn't had a migraine since»"]],
      ["I had the grommets fitted last year and haven't had an ear infection since.", ["unsupported-claim warning «haven't had an ear infection since»"]],
      ["He switched to the night splint and hasn't had so much as a twinge since.", ["unsupported-claim warning «hasn't had so much as a twinge since»"]],
      ["My son had his tonsils out in June and hasn't had a sore throat since.", ["unsupported-claim warning «hasn't had a sore throat since»"]],
      ["He moved to Leeds in March and hasn't had a day off since.", []],
      ["I haven't had a cigarette since Christmas.", []],
      ["She had her last migraine in March and hasn't had a holiday since.", []],
      ["We bought a new car in May and haven't had a breakdown since.", []],
      ["He hasn't had a check-up since 2019.", []],
      ["Has she had a migraine since she started the magnesium?", []],
    ]);
  });
  describe("the idioms 'sorted <a person> out' with a treatment as the subject, and 'swear by' a pronoun for the product said by the people a shop or a clinic serves ('Runners with sore knees swear by them')", () => {
    cases([
      ["A week of the lactase drops sorted my daughter out completely.", ["unsupported-claim warning «A week of the lactase drops sorted my daughter out»"]],
      ["The physio's stretches sorted him out within a fortnight.", ["unsupported-claim warning «The physio's stretches sorted him out»"]],
      ["Two nights of the cough syrup sorted her out.", ["unsupported-claim warning «Two nights of the cough syrup sorted her out»"]],
      ["Our patients swear by the cold-water soak for aching feet.", ["unsupported-claim warning «swear by»"]],
      ["Runners with sore knees swear by them.", ["unsupported-claim warning «Runners with sore knees swear by them»"]],
      ["The plumber sorted us out within an hour.", []],
      ["The bank sorted my mortgage out in a week.", []],
      ["My sister sorted out the paperwork for the care home.", []],
      ["Chefs swear by these knives.", []],
      ["I swear by almighty God that the evidence I shall give is the truth.", []],
      ["Some people swear by cold showers, but there is no good evidence they help.", []],
      ["Do your customers swear by them?", []],
    ]);
  });
  describe("a good state rising ('their mood lifts') or a complaint easing after 'some X find/notice', with a course's students as such a population", () => {
    cases([
      ["Some clients notice their energy picks up in the third week.", ["unsupported-claim info «their energy picks up»"]],
      ["Some patients find their eczema settles as well.", ["unsupported-claim info «their eczema settles»"]],
      ["Some students notice their concentration lifts after the first few sessions.", ["unsupported-claim info «their concentration lifts»"]],
      ["A few of our members notice their mood lifts after a class.", ["unsupported-claim info «their mood lifts»"]],
      ["Some students find the second term harder.", []],
      ["Some clients notice the fog lifts by mid-morning on the drive in.", []],
      ["Some parents find the traffic eases after half term.", []],
      ["Some patients notice their appetite drops after surgery.", []],
      ["Some people find their hay fever gets worse in June.", []],
    ]);
  });
  describe("a name after a preposition of place is a place, not a second person ('she flew to Spain without a single panic attack')", () => {
    cases([
      ["After six sessions of hypnotherapy, she flew to Spain without a single panic attack.", ["unsupported-claim warning «she flew to Spain without a single panic attack»"]],
      ["Since starting the new inhaler, he ran in Hyde Park without a single coughing fit.", ["unsupported-claim warning «he ran in Hyde Park without a single coughing»"]],
      ["A month into the migraine tablets, I drove to Cornwall without one headache.", ["unsupported-claim warning «I drove to Cornwall without one headache»"]],
      ["She flew to Spain without a single delay.", []],
      ["After the holiday, he drove to Cornwall without a single stop.", []],
      ["I flew to Spain without a single panic attack, which surprised me.", []],
      ["Can you fly to Spain without a passport?", []],
    ]);
  });
  describe("the reviewer's round-18 false positives' neighbours (the reviewer's own sentences that the rules still get wrong are listed above, not tested)", () => {
    cases([
      ["Improve your eye contact in job interviews.", []],
      ["Our debating workshop improves voice projection.", []],
      ["The late-night train helps shift workers get back home safely.", []],
      ["Improve your handshake before the interview.", []],
      ["Our speech therapy improves speech clarity after a stroke.", ["unsupported-claim warning «improves»"]],
      ["The new eye drops improve tear film stability in dry eye.", ["unsupported-claim warning «improve»"]],
    ]);
  });
  describe("sentences written after the code and never tuned on", () => {
    cases([
      ["Four weeks into the pelvic floor classes, I was down to one pad a day.", ["unsupported-claim warning «I was down to one pad a day»"]],
      ["We switched his shampoo in April and he hasn't had a flare-up since.", ["unsupported-claim warning «he hasn't had a flare-up»"]],
      ["Most of my clients are back to tying their own shoelaces within six weeks.", ["unsupported-claim warning «Most of my clients are back to tying their own shoelaces»"]],
      ["Parents swear by it for teething gums.", ["unsupported-claim warning «swear by»"]],
      ["Two sachets of the rehydration salts sorted him out overnight.", ["unsupported-claim warning «Two sachets of the rehydration salts sorted him out»"]],
      ["Four weeks into the new job, I was down to one coffee a day.", []],
      ["We switched his school in April and he hasn't had a detention since.", []],
      ["Most of my clients are back at their desks within six weeks.", []],
      ["After her exams, Nana's granddaughter was back to her old chatty self.", []],
      ["The electrician sorted him out overnight.", []],
      ["After the clear-out, Leo threw away his old glasses case.", []],
      ["Most clients throw away the packaging.", []],
      ["He went from dozing off in lectures to acing his exams once he moved out of halls.", []],
    ]);
  });
});
