// absolute-claim, unsupported-claim and vague-attribution on blog prose (issue #3, round 12, part B). Each describe block is
// one form, stated as a fact about English or about blog writing, with positive sentences in several health areas and the
// nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim, unsupported-claim and vague-attribution on blog prose (round 12, part B)', () => {
  describe('care avoided (has avoided surgery, stays out of hospital) said of every person treated, with a relative clause or a reduced one (we have treated), is totality', () => {
    cases([
      ['Every client who finishes our back course has avoided surgery.', ['absolute-claim error «Every client»']],
      ["Every runner we've treated for plantar fasciitis has stayed out of the operating theatre.", ['absolute-claim error «Every runner»']],
      ['Every patient I have seen for knee arthritis has never needed a replacement.', ['absolute-claim error «Every patient»']],
      ['Every child who joins our asthma club stays out of hospital.', ['absolute-claim error «Every child»']],
      // Logistics, care avoided inside the relative clause, a purpose, a denial, a hedge, a question.
      ['Every patient who has surgery gets a follow-up call.', []],
      ["Every patient we've treated gets a follow-up call within a week.", []],
      ['Every patient who avoided surgery was followed up for two years.', []],
      ['Every patient we treat is shown how to avoid surgery.', []],
      ['Not every patient avoids surgery.', []],
      ['Every patient who completes the course may avoid surgery.', []],
      ['Does every patient who finishes the plan avoid surgery?', []],
    ]);
  });

  describe('an injury never had again (never break a bone again, never hurt your back again) in a sentence that names a treatment is permanence; a wish or a condition is not', () => {
    cases([
      ['With our balance classes, you will never break a bone again.', ['absolute-claim error «never break»']],
      ["After six weeks of pilates you'll never pull a hamstring again.", ['absolute-claim error «never pull»']],
      ['Thanks to our knee-strengthening programme, you will never tear a ligament again.', ['absolute-claim error «never tear»']],
      // A wish, a condition, a purpose, no treatment, no part of the body, a question.
      ['I hope you never break a bone again.', []],
      ['Warm up properly so that you never pull a hamstring again.', []],
      ['She swore she would never break a promise again.', []],
      ["After the fall he said he'd never go skating again.", []],
      ['Will I ever break a bone again after the treatment?', []],
    ]);
  });

  describe('a universal over diseases with a passive of prevention or cure (every single cancer can be prevented) is totality; a universal taken back is not', () => {
    cases([
      ['Every chronic illness can be reversed with the right diet.', ['absolute-claim error «Every chronic illness can be reversed»']],
      ['With enough vitamin C, all infections can be prevented.', ['absolute-claim error «all infections can be prevented»']],
      ['Each and every allergy can be cured by our drops.', ['absolute-claim error «Each and every allergy can be cured»']],
      // Taken back (still a claim, no longer an absolute), a question, treated not cured, no prevention.
      ['Not every cancer can be prevented.', []],
      ['Almost every infection can be prevented by washing your hands.', ['unsupported-claim warning «prevented»']],
      ['Can every disease be prevented?', []],
      ['All infections can be treated, but some need a hospital stay.', []],
      ['Every disease has its own risk factors.', []],
    ]);
  });

  describe('a verb of making certain whose complement is every case of a condition caught or prevented (ensures that every case of glaucoma is picked up) is a guarantee', () => {
    cases([
      ['Our annual eye check ensures that every case of glaucoma is picked up early.', ['absolute-claim error «ensures»']],
      ['The smart inhaler makes sure that every sign of an asthma attack is spotted in time.', ['absolute-claim error «makes sure»']],
      ['Weekly foot checks ensure that no case of diabetic foot ulcer is missed.', ['absolute-claim error «ensure»']],
      // Logistics and reporting, a purpose, an instruction, people rather than cases.
      ['The practice ensures that every case of measles is reported to the council.', []],
      ['We work hard to make sure that every case of sepsis is caught early.', []],
      ['Make sure every case of chickenpox is kept off school.', []],
      ['Our booking system ensures that every patient is seen within a week.', []],
    ]);
  });

  describe('a product that gives all the body needs (one scoop delivers all the protein your muscles need) is totality; food or a diet is not', () => {
    cases([
      ['One capsule gives you all the vitamins your body needs.', ['absolute-claim error «all the vitamins your body needs»']],
      ['Our greens powder provides everything your gut needs to thrive.', ['absolute-claim error «everything your gut needs»']],
      ['Each sachet contains all the electrolytes your body needs after a run.', ['absolute-claim error «all the electrolytes your body needs»']],
      // Food, a diet, breast milk, a denial, advice, a question.
      ['A balanced diet gives you all the vitamins your body needs.', []],
      ['Breast milk provides everything your baby needs for the first six months.', []],
      ['No single capsule contains all the nutrients your body needs.', []],
      ['Eat a variety of foods to get all the nutrients your body needs.', []],
      ['Does one capsule give you all the iron your body needs?', []],
    ]);
  });

  describe('the whole body as the subject of a passive of renewal after a session or a treatment (every cell in your body has been rebalanced) is totality; physiology is not', () => {
    cases([
      ['After a 90-minute float, every cell in your body has been recharged.', ['absolute-claim error «every cell in your body»']],
      ['Following our detox programme, every organ in your body is cleansed.', ['absolute-claim error «every organ in your body»']],
      ['During a single reiki session every cell of your body is brought back into balance.', ['absolute-claim error «every cell of your body»']],
      // Physiology with no treatment, exposure, need.
      ['Every cell in your body is renewed every few years.', []],
      ['Every cell in your body needs oxygen.', []],
      ['Every cell in your body has been exposed to the virus by then.', []],
    ]);
  });

  describe("a permanence term after a verb of removal with a condition as its object (removes the cysts for good) is permanence; an organ removed, or a denial, is not", () => {
    cases([
      ['Our laser removes verrucas for good.', ['absolute-claim error «for good»']],
      ['Our herbal drops remove eczema for good.', ['absolute-claim error «for good»']],
      ['Keyhole surgery shifts the gallstones for good.', ['absolute-claim error «for good»']],
      // An organ removed, a denial, a question, no health object.
      ['Surgery removes the gallbladder for good.', []],
      ["Surgery doesn't remove endometriosis for good.", []],
      ['Does laser removal get rid of verrucas for good?', []],
      ['We removed the old carpet for good.', []],
    ]);
  });

  describe('a superlative with a universal scope (the most powerful medicine on the planet, the best exercise there is for back pain, the most effective lamp you can buy) ranks a remedy above all others', () => {
    cases([
      ['Ginger is the best remedy on earth for morning sickness.', ['unsupported-claim warning «the best remedy on earth»']],
      ['Swimming is the best exercise there is for arthritic hips.', ['unsupported-claim warning «the best exercise there is»']],
      ['Our ZenBand is the most effective TENS machine you can buy.', ['unsupported-claim warning «the most effective TENS machine you can buy»']],
      ['Sleep is the greatest medicine on the planet.', ['unsupported-claim warning «the greatest medicine on the planet»']],
      // Non-health superlatives, an activity with no health purpose, advice, a question, a denial.
      ['This is the best pizza there is in Leeds.', []],
      ['Paris is the most powerful city in the world for fashion.', []],
      ['Walking is the best exercise there is for a sunny day.', []],
      ['Which is the most effective light box you can buy?', []],
      ["Walking isn't the best exercise there is for weight loss.", []],
      ['The best exercise there is for you is the one you enjoy.', []],
    ]);
  });

  describe('a comparison with every medicine of a class (a deeper sleep than any pill could, less pain than any painkiller) ranks a remedy above all of them', () => {
    cases([
      ['The gong tones send you into a calmer sleep than any sleeping pill.', ['unsupported-claim warning «calmer sleep than any sleeping pill»']],
      ['Our cold packs bring less pain than any other painkiller on the market.', ['unsupported-claim warning «less pain than any other painkiller»']],
      ['A walk in the woods leaves you in a brighter mood than any antidepressant ever could.', ['unsupported-claim warning «brighter mood than any antidepressant»']],
      // Costs, side effects, no comparison of a health state, a denial, a question.
      ['The course costs more than any pill.', []],
      ['Insomnia causes more misery than any pill can fix.', []],
      ['Nothing gives a deeper sleep than any pill, we admit.', []],
      ['Does magnesium give a deeper sleep than any pill?', []],
    ]);
  });

  describe('after an unnamed source, a treatment named by a gerund before a comparison of efficacy, or users of a treatment compared with others, is a claim credited to nobody', () => {
    cases([
      ['Studies have found that night bracing works every bit as well as steroid injections in mild cases.', ['vague-attribution warning «Studies have found»']],
      ['Trials have shown that ear seeding works as well as acupuncture in older adults.', ['vague-attribution warning «Trials have shown»']],
      ['Research has found that people who take fish oil are less forgetful.', ['vague-attribution warning «Research has found»']],
      ['Studies show that women who use HRT are more energetic in their fifties.', ['vague-attribution warning «Studies show»']],
      // A gerund that is no treatment, no treatment used, no comparison, a named source.
      ['Studies show that morning works as well as evening for the appointment.', []],
      ['Research has found that people who live alone are less active.', []],
      ['Research has found that people who wear hearing aids are often diagnosed late.', []],
      ['Surveys show that children who drink milk are taller.', []],
      ['A 2019 trial by Patel found that people who take fish oil are less forgetful [4].', []],
    ]);
  });
});
