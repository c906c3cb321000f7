// The claim rules on round 17's blind drafts (issue #3, round 18, part B): testimonies and case stories. Part B wrote a grid
// by form before changing anything (each form in several health areas, with its nearest near-claims: the same frames about
// holidays, work, sport, trips and bills, questions, the natural course), then read the forms in claims-reported.json
// round18B (round18BClaim in server/src/engine/claims.ts) and list additions (three drug classes in medications and
// round17B.medicineProbes; 'out' before a regained activity). 'has all but gone' in clearVerbs read the grid's two sentences
// but cost about 10% more CPU time a sentence on the press set (a wall-clock A/B; clearVerbs is read by unanchored
// scans), so it was taken out. Each describe block is one form; the last block holds sentences written after the code and never
// tuned on. None of these sentences is taken from the corpus or from a benchmark. The grid's sentences that the rules still
// get wrong are listed here, not tested:
//   Since the acupuncture course, I got through a whole shift without a single hot flush. (silent; a claim)
//   Within a month of the cranial osteopathy, our son was out on his bike again. (silent; a claim)
//   Some patients find their cold sores come back less often on lysine. (silent; a claim)
//   Since joining the mindfulness group, Tom says his panic attacks have all but gone. (silent; a claim)
//   Many clients say getting up from a chair feels easier after a fortnight in our knee sleeves. (silent; a claim)
//   The single best thing I've done for my teeth was buying an electric toothbrush. (silent; a claim)
//   Six weeks into the vestibular exercises, I did the big supermarket shop without a single dizzy spell. (silent; a claim)
//   Since starting the biologic, Priya has worked a full week without one migraine. (silent; a claim)
//   A fortnight into the new splint, I typed all day without a twinge of wrist pain. (silent; a claim)
//   By the sixth week of the hydrotherapy, Grandad had cancelled his hospital appointments. (silent; a claim)
//   After three months of the weight-loss jabs, she no longer needs her knee operation. (silent; a claim)
//   Since the new mattress topper, my back pain has all but gone. (silent; a claim)

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 17 drafts (round 18, part B: testimonies and case stories)', () => {
  describe("an ability or an ordeal got through 'without' a complaint of the lexicon ('without a single panic attack') or a sign of distress ('without a single tear', 'without stopping once'), told of a person after an opening treatment (a sign of distress needs a treatment word, not only exercise)", () => {
    cases([
      ["After three sessions of hypnotherapy I sat through my dental check-up without a single panic attack.", ["unsupported-claim warning «I sat through my dental check-up without a single panic attack»"]],
      ["Since starting the magnesium spray, my daughter has slept through the night without a single nightmare.", ["unsupported-claim warning «slept through the night»"]],
      ["A month into the new inhaler, Sam played a whole football match without one coughing fit.", ["unsupported-claim warning «Sam played a whole football match without one coughing»"]],
      ["After six weeks of the knee programme, I climbed the stairs to my flat without stopping once.", ["unsupported-claim warning «I climbed the stairs»"]],
      ["Two weeks into the probiotic, she went to her cousin's wedding without a single bout of bloating.", ["unsupported-claim warning «she went to her cousin's wedding without a single bout of bloating»"]],
      ["I flew to Rome for the weekend without a single delay.", []],
      ["We got through the wedding speeches without a single tear.", []],
      ["She ran the whole marathon without stopping once.", []],
      ["Can your child get through a blood test without a single tear?", []],
      ["Try to walk the whole loop without stopping once.", []],
      ["After the holiday, I drove home without a single traffic jam.", []],
      ["After three weeks of training, I ran the park loop without stopping once.", []],
      ["After a month of revision he sat the exam without a single mistake.", []],
    ]);
  });
  describe("less care needed after an opening treatment ('she's cancelled her physio', 'no longer needs her carer')", () => {
    cases([
      ["By the third week of the turmeric capsules, Dad was out walking the dog again, and he has cancelled his physio.", ["unsupported-claim warning «Dad was out walking the dog again»"]],
      ["After two months of acupuncture she was back at her allotment, and she no longer needs her carer in the mornings.", ["unsupported-claim warning «no longer needs her carer»"]],
      ["Since the hydrotherapy course, my mum has cancelled her pain clinic appointments.", ["unsupported-claim warning «has cancelled her pain clinic appointments»"]],
      ["After the light therapy, Anna was out gardening again.", ["unsupported-claim warning «Anna was out gardening again»"]],
      ["By the fourth week she was out digging her vegetable beds again after all the rain.", []],
      ["She's cancelled her physio because the clinic moved.", []],
      ["We cancelled the dentist appointment because of the snow.", []],
      ["After the holidays he was out walking the dog again.", []],
      ["Has she cancelled her physio yet?", []],
      ["After the strike, the postman was out on his round again.", []],
    ]);
  });
  describe("a complaint's frequency falling ('went from weekly to once a month', read as rates), coming 'less often' with a treatment or a population hedge, or a low count over months after an opening treatment ('I've had two mild ones in six months')", () => {
    cases([
      ["My asthma attacks went from daily to maybe twice a week after we switched inhalers.", ["unsupported-claim warning «My asthma attacks went from daily to maybe twice a week»"]],
      ["Since starting the melatonin, her night terrors went from nightly to once a fortnight.", ["unsupported-claim warning «her night terrors went from nightly to once a fortnight»"]],
      ["Since I began the feverfew, I've had only one migraine in four months.", ["unsupported-claim warning «I've had only one migraine in four months»"]],
      ["Some parents notice their children's nosebleeds come less often.", ["unsupported-claim info «nosebleeds come less often»"]],
      ["Since the CBT course, my panic attacks come far less often.", ["unsupported-claim warning «my panic attacks come far less often»"]],
      ["My eczema flares went from weekly to once every couple of months.", ["unsupported-claim warning «My eczema flares went from weekly to once every couple of months»"]],
      ["The buses went from hourly to twice a day.", []],
      ["Our team meetings went from weekly to once a month.", []],
      ["I've had two colds in six months.", []],
      ["Do your migraines come less often in summer?", []],
      ["My hay fever went from mild to severe this spring.", []],
      ["The newsletter now comes less often.", []],
      ["Visits from my grandchildren come less often now they have moved.", []],
    ]);
  });
  describe("a near-totality of going ('has all but vanished', read before this round; 'all but gone' is left: see the comment above)", () => {
    cases([
      ["Since starting the night splint, my heel pain has all but vanished.", ["unsupported-claim warning «my heel pain has all but vanished»"]],
      ["After a month of the probiotic, her bloating had all but disappeared.", ["unsupported-claim warning «her bloating had all but disappeared»"]],
      ["Since the new mouthguard, his jaw clicking has all but stopped.", ["unsupported-claim warning «his jaw clicking has all but stopped»"]],
      ["With the new cream, my eczema has all but cleared.", ["unsupported-claim warning «my eczema has all but cleared»"]],
      ["The snow has all but vanished from the hills.", []],
      ["By lunchtime the queue had all but disappeared.", []],
      ["The old shop signs have all but gone from the high street.", []],
      ["Has your cough all but gone?", []],
      ["Her morning sickness had all but vanished by the second trimester.", []],
      ["Since the motorway opened, the village traffic has all but vanished.", []],
    ]);
  });
  describe("an everyday activity feeling easier with a licence ('the stairs feel easier within a week of switching to …'), an ability compared with the past ('walking further than they have in years') with a treatment or a complaint named", () => {
    cases([
      ["Patients tell us breathing feels easier within days of starting our salt inhaler.", ["unsupported-claim warning «breathing feels easier»"]],
      ["Since the hip injections, Mum is walking further than she has in years.", ["unsupported-claim warning «Mum is walking further than she has in years»"]],
      ["Since starting the drops, our twins are sleeping longer than they have in months.", ["unsupported-claim warning «our twins are sleeping longer»"]],
      ["Since switching to our orthotic insoles, the stairs feel easier.", ["unsupported-claim warning «the stairs feel easier»"]],
      ["After the course of steroid injections, my shoulder moves more freely than it has in years.", ["unsupported-claim warning «my shoulder moves more freely than it has in years»"]],
      ["The crossword feels easier on Sundays.", []],
      ["The stairs feel steeper than they used to.", []],
      ["The commute feels easier since the new bridge opened.", []],
      ["We are walking further than we have in years on this holiday.", []],
      ["Sales are higher than they have been in years.", []],
      ["Does breathing feel easier after the inhaler?", []],
      ["The hill feels easier now the path is paved.", []],
    ]);
  });
  describe("a product compared with a medicine in a story ('made more difference than any tablet')", () => {
    cases([
      ["Our customers tell us the wool insoles made more difference than any painkiller.", ["unsupported-claim warning «made more difference than any painkiller»"]],
      ["Honestly, the sleep tea made more difference than the pills my GP gave me.", ["unsupported-claim warning «made more difference than the pills»"]],
      ["Parents often say the humidifier made more difference to the cough than any medicine.", ["unsupported-claim warning «made more difference to the cough than any medicine»"]],
      ["For me the yoga made a bigger difference than any antidepressant.", ["unsupported-claim warning «made a bigger difference than any antidepressant»"]],
      ["The new boiler made more difference than any insulation.", []],
      ["Moving house made more difference than any pay rise.", []],
      ["Did the cream make more difference than the tablets?", []],
      ["Hiring a cleaner made more difference than any gadget.", []],
      ["The new tablet made more difference than any laptop for my studies.", []],
    ]);
  });
  describe("a superlative cleft with a part of the body, a complaint or a good state as the beneficiary ('the best thing I ever did for my gut was …'); not a career, a child or a car, not a question", () => {
    cases([
      ["Honestly, the best thing I ever did for my skin was switching to a fragrance-free cleanser.", ["unsupported-claim warning «the best thing I ever did for my skin was»"]],
      ["The best thing I ever did for my knees was losing a stone.", ["unsupported-claim warning «The best thing I ever did for my knees was»"]],
      ["The best thing we ever did for his asthma was taking up the carpets.", ["unsupported-claim warning «The best thing we ever did for his asthma was»"]],
      ["The best thing I ever did for my sleep was ditching my phone at night.", ["unsupported-claim warning «The best thing I ever did for my sleep was»"]],
      ["The best thing I ever did for my career was moving to Leeds.", []],
      ["The best thing we did for our garden was a compost bin.", []],
      ["What is the best thing I can do for my skin?", []],
      ["The worst thing I ever did for my skin was sunbathing.", []],
      ["The best thing I ever did for my son was teaching him to cook.", []],
      ["The best thing I ever did for my car was a new set of tyres.", []],
    ]);
  });
  describe("sentences written after the code and never tuned on (each form above, with its near-claims)", () => {
    cases([
      ["After four sessions of play therapy, our son had his jabs without a single tantrum.", ["unsupported-claim warning «our son had his jabs without a single tantrum»"]],
      ["I finished the crossword without a single clue from my husband.", []],
      ["After the holiday, the kids got through the flight without a single tantrum.", []],
      ["He swam the length without stopping once, which surprised his coach.", []],
      ["Without a single complaint, she finished her shift.", []],
      ["Since the hearing therapy, Mum doesn't need any more specialist appointments.", ["unsupported-claim warning «doesn't need any more specialist appointments»"]],
      ["Because of the snow, Grandad had cancelled his hospital appointments.", []],
      ["She no longer needs her carer since her daughter moved in.", []],
      ["After the argument, he cancelled his physio.", []],
      ["My daughter's nosebleeds went from daily to once a fortnight.", ["unsupported-claim warning «My daughter's nosebleeds went from daily to once a fortnight»"]],
      ["His gout attacks went from monthly to once a year after the diet change.", ["unsupported-claim warning «His gout attacks went from monthly to once a year»"]],
      ["Some customers find their headaches come much less often.", ["unsupported-claim info «their headaches come much less often»"]],
      ["Since starting the low-FODMAP plan, I've had only one flare in five months.", ["unsupported-claim warning «I've had only one flare in five months»"]],
      ["Since taking the preventer inhaler, my asthma attacks come less frequently.", ["unsupported-claim warning «my asthma attacks come less frequently»"]],
      ["My headaches went from monthly to weekly after the new job.", []],
      ["The trains went from hourly to every twenty minutes.", []],
      ["Our bin collections went from weekly to once a fortnight.", []],
      ["I've had one cold in six months.", []],
      ["Do your cold sores come less often as you get older?", []],
      ["The bills now come less often.", []],
      ["After a course of the tablets, his hives have all but cleared.", ["unsupported-claim warning «his hives have all but cleared»"]],
      ["The summer crowds have all but gone.", []],
      ["My patience has all but gone.", []],
      ["Since starting the hyaluronic injections, kneeling feels so much easier.", ["unsupported-claim warning «kneeling feels so much easier»"]],
      ["Customers tell us the school run feels easier within days of wearing our back brace.", ["unsupported-claim warning «the school run feels easier»"]],
      ["Since the cataract operation, Dad is reading longer than he has in years.", ["unsupported-claim warning «Dad is reading longer than he has in years»"]],
      ["Since starting the iron tablets, I'm running further than I have in ages.", ["unsupported-claim warning «I'm running further than I have in ages»"]],
      ["The school run feels easier since the new road opened.", []],
      ["Kneeling feels easier on a soft cushion.", []],
      ["He's reading more than he has in years, now he's retired.", []],
      ["We're travelling further than we have in years.", []],
      ["I found the magnesium spray made more difference than any painkiller.", ["unsupported-claim warning «made more difference than any painkiller»"]],
      ["Lots of mums say the gripe water made a bigger difference than the antacids.", ["unsupported-claim warning «made a bigger difference than the antacids»"]],
      ["The sat nav made more difference than any map.", []],
      ["Switching banks made more difference than any savings app.", []],
      ["The best thing I ever did for my migraines was cutting out aspartame.", ["unsupported-claim warning «The best thing I ever did for my migraines was»"]],
      ["The best thing she ever did for her eczema was switching to cotton sheets.", ["unsupported-claim warning «The best thing she ever did for her eczema was»"]],
      ["Honestly the best decision I ever made for my back was buying a standing desk.", ["unsupported-claim warning «best decision I ever made for my back»"]],
      ["The best thing I ever did for my daughter was moving closer to school.", []],
      ["The best thing we ever did for our finances was a budget app.", []],
      ["What's the best thing I could do for my back?", []],
    ]);
  });
});
