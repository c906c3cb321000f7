// Claim rules on blog prose (issue #3, round 21, lead): forms read from round 20's drafts, opened to analysis this
// round, fixed by class. Each block keeps the claims of its form beside the near-claims that must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 21, lead)', () => {
  describe("a speaker's label with a short aside in brackets ('Priya (mum of twins):') is read apart, as 'Priya:' is", () => {
    cases([
      ['Priya (mum of twins): Midwives recommend a warm bath before bed to settle a colicky baby.', ['vague-attribution warning «Midwives recommend»']],
      ['Dev (Leeds, 12 years with psoriasis): The coal tar shampoo cleared my scalp in a fortnight.', ['unsupported-claim warning «cleared»']],
      ['Grandad Joe (82): This liniment cures stiff joints.', ['absolute-claim error «cures»']],
      ['sunnydays99 (admin): Studies show the balm works wonders for eczema.', ['vague-attribution warning «Studies show»']],
      // The label is read apart, and what follows is read as the sentence it is.
      ['Priya (mum of twins): We booked the health visitor for Tuesday.', []],
      ['Dev (Leeds): Has anyone tried coal tar shampoo?', []],
      ['Opening hours (weekdays): Monday to Friday, nine till five.', []],
      ['Grandad Joe (82): I never thought I would see the sea again.', []],
      // A bracket inside a sentence is no label: no colon follows it straight after.
      ['My GP (a lovely woman) said the cream would need a few weeks.', []],
    ]);
  });

  describe("'the single most effective way to' ranks a means as 'the most effective way to' does", () => {
    cases([
      ['Mouth care is the single most effective way to prevent pneumonia.', ['unsupported-claim warning «is the single most effective»']],
      ['In my view, a daily walk is the single most effective way to lift low mood.', ['unsupported-claim warning «is the single most effective»']],
      ['Smoking is the single most important cause of lung cancer.', []],
      ['The single most effective way to book is online.', []],
      ['A single dose is the most effective.', []],
    ]);
  });

  describe("a part of the body playing up ('her eyes streaming', 'my knee clicking') is a complaint that a remedy can stop; the gerund alone is not", () => {
    cases([
      ['The drops stopped her eyes streaming.', ['unsupported-claim warning «stopped»']],
      ['The spray stopped my nose running.', ['unsupported-claim warning «stopped»']],
      ['The brace stopped my knee clicking.', ['unsupported-claim warning «stopped»']],
      ['The insoles stopped my feet hurting.', ['unsupported-claim warning «stopped»']],
      ['My eyes were streaming all day in the pollen.', []],
      ['Chopping onions always gets my eyes watering.', []],
      ['My knee keeps clicking when I climb the stairs.', []],
      ['Her feet were hurting after the walk, so she sat down.', []],
      ['The new timetable stopped the buses running late.', []],
      ['He stopped clicking the link.', []],
      // A child wetting the bed is a complaint, as 'bedwetting' is.
      ['The alarm stopped him wetting the bed.', ['unsupported-claim warning «stopped»']],
      ['Studies show that children who drink more water in the day wet the bed less.', ['vague-attribution warning «Studies show»']],
      ['He wet the bed last night.', []],
    ]);
  });

  describe("the only remedy that ended a complaint ('was the only thing that stopped her eyes streaming'): a verb of relief, a complaint after it and a remedy before it", () => {
    cases([
      ['The preservative-free drops were the only thing that stopped her eyes streaming.', ['unsupported-claim warning «the only thing that stopped»']],
      ['Ice was the only thing that eased my back pain.', ['unsupported-claim warning «the only thing that eased»']],
      ['A hot water bottle was the only thing that eased my period pain.', ['unsupported-claim warning «the only thing that eased»']],
      ['The bus was the only thing that stopped the arguments.', []],
      ['Tea was the only thing that stopped the rain.', []],
      ["It wasn't the only thing that eased the pain.", []],
      ['Crying was the only thing that eased the tension at home.', []],
      ["Her mum's visit was the only thing that settled her nerves.", []],
    ]);
  });

  describe("a remedy ranked for a complaint the side-effect lexicon lists ('the best remedy for nausea') treats it", () => {
    cases([
      ['Ginger is the best remedy for nausea.', ['unsupported-claim warning «is the best remedy for»']],
      ['Ondansetron is one of the best options for nausea after surgery.', ['unsupported-claim warning «is one of the best options for»']],
      ['Morphine often causes nausea.', []],
      ['It is a safe option, although nausea is common.', []],
    ]);
  });

  describe("a complaint getting better faster with a remedy ('Bruises fade quicker with arnica gel'); not the natural course, rest or time", () => {
    cases([
      ['Most sprains heal faster with arnica.', ['unsupported-claim warning «heal faster with arnica»']],
      ['Colds clear up twice as fast with zinc lozenges.', ['unsupported-claim warning «clear up twice as fast with zinc lozenges»']],
      ['Blisters heal faster with a Compeed plaster.', ['unsupported-claim warning «heal faster with a Compeed plaster»']],
      ['Grazes may heal faster with manuka honey.', ['unsupported-claim info «heal faster with manuka honey»']],
      ['Sprains heal faster with rest and ice.', []],
      ['Most sprains heal faster if you keep moving.', []],
      ['Bruises heal faster in young people.', []],
      ['No cream makes cuts heal faster.', []],
      ['The queue went faster with two tills open.', []],
      ['Does a cold clear up faster with zinc?', []],
    ]);
  });

  describe("'perhaps' is a hedge between the copula and its predicate, and a hedge set off by commas is read as a hedge (info), not as a break", () => {
    cases([
      ['Arnica is perhaps the best remedy for bruises.', ['unsupported-claim info «is perhaps the best remedy for»']],
      ['Arnica is, perhaps, the best remedy for bruises.', ['unsupported-claim info «is, perhaps, the best remedy for»']],
      ['Arnica is, arguably, the best remedy for bruises.', ['unsupported-claim info «is, arguably, the best remedy for»']],
      ['Arnica is, quite simply, the best remedy for bruises.', ['unsupported-claim warning «is, quite simply, the best remedy for»']],
      ['The café is, perhaps, the best in town.', []],
      ['Is arnica, perhaps, the best remedy for bruises?', []],
      ['Arnica is perhaps the best known remedy.', []],
    ]);
  });

  describe("nurses and health visitors are unnamed sources as doctors and midwives are; the clinicians of a story already named ('The doctors said the ward was busy') report no claim", () => {
    cases([
      ['Nurses recommend a warm bath for colic.', ['vague-attribution warning «Nurses recommend»']],
      ['Health visitors recommend a warm bath before bed to settle colic.', ['vague-attribution warning «Health visitors recommend»']],
      ['The doctors said the new drug cures migraines.', ['vague-attribution warning «doctors said»', 'absolute-claim error «cures»']],
      ['Our nurses recommend a warm bath for colic.', []],
      ['Nurses say they need more funding.', []],
      ['Nurses recommend booking your smear test early.', []],
      ['The nurses said the ward was busy.', []],
      ['The doctors told us visiting ends at eight.', []],
    ]);
  });

  describe("a lay verb that states a benefit only with a health object: remineralising enamel", () => {
    cases([
      ['Hydroxyapatite remineralises weak spots in the enamel.', ['unsupported-claim warning «remineralises»']],
      ['We shifted the sofa to the back room.', []],
      ['Shift work disrupts sleep.', []],
      ['The clinic shifted its hours.', []],
      ['The new rota shifted the pressure onto the nurses.', []],
      ['It shifts the balance of gut bacteria.', []],
    ]);
  });

  // Final read: the reviewer's probes of the new readings, mended by class.

  describe("a person who stops doing a complaint ('Most children stop wetting the bed by seven') tells its course; a remedy as subject or named after it stays a claim", () => {
    cases([
      ['Most children stop wetting the bed by the age of seven.', []],
      ['She stopped wetting the bed on her own by age six.', []],
      ['My son stopped snoring on his own.', []],
      ['She stopped snoring after the mouth guard.', ['unsupported-claim warning «stopped»']],
      ['He stopped coughing after two doses of the syrup.', ['unsupported-claim warning «stopped»']],
      ['They stop sneezing and itching within an hour.', ['unsupported-claim warning «stop»']],
      ['Antihistamines stop sneezing and itching within an hour.', ['unsupported-claim warning «stop»']],
    ]);
  });

  describe("rest, time, sleep and first aid are no remedy of the new readings ('Time is the best remedy for nausea', 'Swelling goes down faster with ice')", () => {
    cases([
      ['Time is the best remedy for nausea.', []],
      ['Lying down is the best remedy for drowsiness.', []],
      ['Fresh air is the best remedy for nausea.', []],
      ['Swelling goes down faster with ice.', []],
      ['Swelling goes down faster with a cold compress.', []],
    ]);
  });

  describe("a first clause set aside (a mechanism, a harm of use, a verdict on evidence, physiology) takes no claim of a later clause with it", () => {
    cases([
      ['Evidence that collagen drinks improve skin is limited, and our collagen gummies improve skin in weeks.', ['unsupported-claim warning «improve»']],
      ['It may reduce the effect of some blood pressure medicines, which is why our tea lowers blood pressure safely.', ['unsupported-claim warning «lowers»']],
      ['Evidence that collagen drinks improve skin is limited, and most of the studies were funded by manufacturers.', []],
      ['Beta blockers slow your heart rate.', []],
      ['Platelets help blood to clot, and the clot seals the wound.', []],
      // An ellipsis names no claim of its own: left (known).
      ['Beta blockers slow your heart rate, and so does our calming tea.', []],
    ]);
  });

  describe("a guarantee of logistics and a dental or cast material that cures as it sets are everyday words, even among health words", () => {
    cases([
      ['Once the filling has fully cured, you can eat and drink as normal.', []],
      ['A fibreglass cast takes about an hour to fully cure.', []],
      ['Repeat prescriptions ordered before 2pm are guaranteed to be ready the next day.', []],
      ['Appointments booked online are guaranteed to be confirmed within the hour.', []],
      ['This filling cured my toothache.', ['absolute-claim error «cured»']],
      ['Our cream is guaranteed to clear eczema.', ['absolute-claim error «is guaranteed to»']],
      ['Our balm is guaranteed to be pain-free.', ['absolute-claim error «is guaranteed to»']],
      ['Our lozenges are guaranteed to be with you in time to soothe that sore throat.', ['absolute-claim error «are guaranteed to»']],
    ]);
  });
});
