// unsupported-claim on blog prose (issue #3, round 5): constructions generalised from the misses of the drafts held out
// in round 4, each with positive sentences in several health areas and the nearest negatives where it must stay silent.
// None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 5)', () => {
  describe('verbs of lessening and of starting a good process ("dial down", "rein in", "take the sting out of", "rev up", "switch on"), a side effect lessened', () => {
    cases([
      ['These injections dial down the constant food noise.', ['unsupported-claim warning «dial down»']],
      ['Omega-3 may rein in joint inflammation.', ['unsupported-claim info «may rein in»']],
      ['A cold gel takes the sting out of mouth ulcers.', ['unsupported-claim warning «takes the sting out of»']],
      ['Interval training revs up fat burning for hours afterwards.', ['unsupported-claim warning «revs up»']],
      ['Our morning protocol switches on fat-burning.', ['unsupported-claim warning «switches on»']],
      ['A slow taper might soften the rebound headaches.', ['unsupported-claim info «might soften»']],
      ['Ginger biscuits can take the edge off the nausea of early pregnancy.', ['unsupported-claim warning «can take the edge off»']],
      ['Peppermint oil may settle the nausea after chemotherapy.', ['unsupported-claim info «may settle»']],
      // Not a health object, an intransitive of natural course, a side effect without a verb of lessening, advice.
      ['We dialled down the volume on the waiting-room radio.', []],
      ['Rein in your spending before the holidays.', []],
      ['The nausea usually settles within a week.', []],
      ['Stop the tablets if the nausea does not settle.', []],
      ['Stress switches on inflammation.', []],
      ['Switch on the light before you get up at night.', []],
      ['The drowsiness wears off after a few days.', []],
    ]);
  });

  describe('a passive of benefit with the treatment as agent ("Hot flushes are eased by yoga", "is greatly reduced by a course of")', () => {
    cases([
      ['Hot flushes are eased by regular yoga.', ['unsupported-claim warning «eased»']],
      ['Migraines can be prevented by a daily dose of magnesium.', ['unsupported-claim warning «prevented»']],
      ['Eczema flares are calmed by this balm.', ['unsupported-claim warning «calmed»']],
      ['Joint stiffness is noticeably eased by a course of massage.', ['unsupported-claim warning «eased»']],
      ["Your toddler's cough is soothed by honey.", ['unsupported-claim warning «soothed»']],
      ['Hay fever was greatly relieved by a short course of acupuncture.', ['unsupported-claim warning «relieved»']],
      // Amounts, a disease description (relieved by rest or food), a harm, a cause, negated, asked.
      ['Blood pressure was reduced by a third.', []],
      ['Pain scores were reduced by a mean of two points.', []],
      ['Angina is typically brought on by exertion and relieved by rest.', []],
      ['The pain of a duodenal ulcer is often eased by eating.', []],
      ['Blood pressure is raised by salt.', []],
      ['Back pain is often caused by poor posture.', []],
      ['Acne is not helped by chocolate.', []],
      ['Is heartburn relieved by milk?', []],
    ]);
  });

  describe('causatives of a symptom\'s change ("make flushes less frequent", "make the pain go away", "leave you satisfied with smaller portions")', () => {
    cases([
      ['Cutting back on caffeine might make palpitations less frequent.', ['unsupported-claim info «might make palpitations less frequent»']],
      ['Some parents find that an emollient bath oil makes eczema easier to manage.', ['unsupported-claim info «makes eczema easier to manage»']],
      ['Regular physio made my back pain far more manageable.', ['unsupported-claim warning «made my back pain far more manageable»']],
      ['A cold compress makes the itch go away.', ['unsupported-claim warning «makes the itch go away»']],
      ['Magnesium made my cramps fewer and further between.', ['unsupported-claim warning «made my cramps fewer and further between»']],
      ['Blue-light glasses make migraines milder and shorter.', ['unsupported-claim warning «make migraines milder»']],
      ['A protein breakfast keeps you satisfied until lunch.', ['unsupported-claim warning «keeps you»']],
      ['The sports massage left me feeling lighter and less achy.', ['unsupported-claim warning «left me»']],
      ['This cream leaves your skin itch-free for hours.', ['unsupported-claim warning «leaves your skin»']],
      // The natural course, a harm made worse, negated, asked, advice, not a health outcome, a state that is no benefit.
      ['Age makes hot flushes less frequent.', []],
      ['Cold weather makes joint pain worse.', []],
      ['Nothing seems to make the pain easier to bear.', []],
      ['Does caffeine make migraines less frequent?', []],
      ['Make the pain easier to manage by pacing yourself.', []],
      ['Our new app makes booking easier.', []],
      ['The long night shift left me exhausted.', []],
      ['The visit left me feeling reassured.', []],
      ['We were left satisfied with the service.', []],
    ]);
  });

  describe('outcomes reported of the writer\'s people, extended: regulars and attendees, people who joined a group, feelings lessened, a session as a time adjunct', () => {
    cases([
      ['Most of my regulars tell me they feel calmer from the first class.', ['unsupported-claim warning «feel calmer»']],
      ['Our attendees say they have fewer leaks after a few pelvic floor classes.', ['unsupported-claim warning «have fewer leaks»']],
      ['Patients who joined her chair yoga class last spring say they feel less stiff and more mobile.', ['unsupported-claim warning «feel less stiff»']],
      ['Mums who come to our postnatal group tell us they feel less isolated.', ['unsupported-claim warning «feel less isolated»']],
      ['Some people find that they fall asleep faster after a session.', ['unsupported-claim info «fall asleep faster»']],
      ['Some parents notice that their toddlers sleep longer after each massage class.', ['unsupported-claim info «sleep longer»']],
      // People named by a condition, natural history with no session, logistics, negated, a wish.
      ['Most people with a cold feel better after a few days.', []],
      ['Most people feel less tired after a few weeks.', []],
      ['Most of my regulars book their next session at the desk.', []],
      ['Patients who joined the group did not feel less lonely.', []],
      ['People who join our walking group hope to feel less lonely.', []],
    ]);
  });

  describe('an activity or food equated with a medicine ("is the best medicine there is for", "nature\'s own antidepressant", "a natural painkiller")', () => {
    cases([
      ['Getting outdoors is the best medicine there is for a low mood.', ['unsupported-claim warning «the best medicine»']],
      ['Laughter really is the best medicine.', ['unsupported-claim warning «the best medicine»']],
      ["Raw honey is nature's own antibiotic for sore throats.", ["unsupported-claim warning «nature's own antibiotic»"]],
      ['For teenagers, team sport is a natural antidepressant.', ['unsupported-claim warning «a natural antidepressant»']],
      // Round 21 (lead): 'perhaps' is skippable after the copula, as 'probably' is, so the copula's reading names the trigger.
      ["A good night's sleep is perhaps the best medicine for a cold.", ['unsupported-claim info «is perhaps the best medicine for»']],
      ['Swimming is a powerful medicine for stiff joints.', ['unsupported-claim warning «a powerful medicine»']],
      // Negated, asked, advice, a medicine noun as a modifier, a drug's class (a definition).
      ['Antibiotics are not the best medicine for a cold.', []],
      ['Which is the best medicine for hay fever?', []],
      ['Ask your pharmacist which is the best medicine for you.', []],
      ['This is the best medicine cabinet on the market.', []],
      ['Our pharmacy is a free medicine delivery service.', []],
      ['Morphine is a powerful painkiller.', []],
      ['Ibuprofen is an anti-inflammatory.', []],
    ]);
  });

  describe('a practitioner\'s observation ("we see back pain ease", "I often watch clients\' sleep improve", "I\'ve watched so many women lose weight")', () => {
    cases([
      ['At the practice we see tension headaches ease within a couple of sessions.', ['unsupported-claim warning «we see tension headaches ease»']],
      ["I often watch clients' sleep improve within a fortnight.", ["unsupported-claim warning «I often watch clients' sleep improve»"]],
      ["We regularly see patients' blood pressure come down after the course.", ["unsupported-claim warning «We regularly see patients' blood pressure come down»"]],
      ["I've watched so many women lose weight on this plan.", ["unsupported-claim warning «I've watched so many women lose weight»"]],
      ['We notice eczema clear up in most children within a month of the new routine.', ['unsupported-claim warning «We notice eczema clear up»']],
      // Natural history, a harm, no change, negated, asked, someone else's perception.
      ['We often see back pain ease by itself within six weeks.', []],
      ['We saw their energy drop in the winter months.', []],
      ['We see patients with back pain every day.', []],
      ['I often see the rash spread to the arms.', []],
      ["We don't see the pain ease in every patient.", []],
      ['Did you see the swelling go down?', []],
    ]);
  });

  describe('testimonials of a measured change ("I am four stone lighter", "I\'ve dropped two dress sizes", "I have stopped reaching for painkillers", "After: size 12")', () => {
    cases([
      ['Six months on the plan and I am three stone lighter.', ['unsupported-claim warning «I am three stone lighter»']],
      ["I've dropped two dress sizes since the summer.", ["unsupported-claim warning «I've dropped two dress sizes»"]],
      ['Since January I have lost 9 kg and my knees thank me.', ['unsupported-claim warning «I have lost 9 kg»']],
      ["I'm down to a size 10 for the first time since my wedding.", ["unsupported-claim warning «I'm down to a size 10»"]],
      ["I've come off all my blood pressure medication.", ["unsupported-claim warning «I've come off all my blood pressure medication»"]],
      ['After the course I have stopped needing antacids after meals.', ['unsupported-claim warning «I have stopped needing antacids»']],
      ['Now: 11 stone, and I can run for the bus.', ['unsupported-claim warning «Now: 11 stone»']],
      // Weight lost through illness, a medicine stopped for a side effect or by choice, other senses of "off".
      ['I lost a stone when I had flu.', []],
      ['I was two stone lighter after my cancer treatment.', []],
      ['I stopped taking it because of the nausea.', []],
      ['I have stopped taking the pill.', []],
      ['I am off work this week.', []],
      ['We are off to Spain in May.', []],
      ['After: we went home and slept.', []],
    ]);
  });

  describe('adjectives of merit with "for" ("great for your brain", "brilliant for your immune system") and remedies ranked "perfect" or "natural"', () => {
    cases([
      ['Oily fish is great for your heart.', ['unsupported-claim warning «is great for»']],
      ['Cold-water swimming is brilliant for your immune system.', ['unsupported-claim warning «is brilliant for»']],
      ['Collagen powder is amazing for ageing skin.', ['unsupported-claim warning «is amazing for»']],
      ['Pilates is fantastic for core strength and back pain.', ['unsupported-claim warning «is fantastic for»']],
      ['Swimming is excellent for easing stiff joints.', ['unsupported-claim warning «is excellent for»']],
      ['Warm honey and lemon is the perfect remedy for a sore throat.', ['unsupported-claim warning «is the perfect remedy for»']],
      // A task, not an outcome; no health outcome; asked; negated.
      ['The app is great for tracking your symptoms.', []],
      ['This leaflet is excellent for explaining asthma to children.', []],
      ['The park is great for families.', []],
      ['Our new clinic is great for people who work shifts.', []],
      ['Is collagen really great for your skin?', []],
      ['Collagen is not great for your skin.', []],
    ]);
  });

  describe('an observation promised to the reader ("you\'ll notice your hot flushes settle"), a symptom made to feel better, states that transform or get better', () => {
    cases([
      ["You'll notice your night sweats settle within a fortnight.", ["unsupported-claim warning «You'll notice your night sweats settle»"]],
      ['You will soon see your skin clear up.', ['unsupported-claim warning «You will soon see your skin clear up»']],
      ['These drops make dry eyes feel comfortable again.', ['unsupported-claim warning «make dry eyes feel comfortable again»']],
      ['Clients regularly tell us their sleep has transformed.', ['unsupported-claim warning «their sleep has transformed»']],
      ['Our patients say their breathing is so much better.', ['unsupported-claim warning «their breathing is so much better»']],
      // Natural course, advice, logistics.
      ["You'll notice the rash fade by itself.", []],
      ['If you see the swelling go down, keep icing.', []],
      ['You will see your GP within a week.', []],
      ['You will notice some bruising after the injection.', []],
    ]);
  });

  describe('more verbs and idioms of working: "works brilliantly for", "sorted out my IBS", "opens up the airways", "your muscles will feel brand new"', () => {
    cases([
      ['Acupressure bands work brilliantly for travel sickness.', ['unsupported-claim warning «work brilliantly for»']],
      ['Chamomile tea works a treat for colicky babies.', ['unsupported-claim warning «works a treat for»']],
      ['The elimination diet sorted out my IBS within a month.', ['unsupported-claim warning «sorted out»']],
      ['A salt-water rinse opens up the airways in minutes.', ['unsupported-claim warning «opens up»']],
      ['Twenty minutes in the sauna and your muscles will feel brand new.', ['unsupported-claim warning «your muscles will feel brand new»']],
      // A task, no health object, advice, a harm.
      ['This checklist works well for predicting relapse.', []],
      ['The new rota works well for our nurses.', []],
      ['We sorted out the booking system over the summer.', []],
      ['Open up the windows before you start.', []],
      ['Your muscles will feel sore for a day or two.', []],
    ]);
  });

  describe('"X means" a better health outcome ("means fewer night-time coughs", "means you drift off faster")', () => {
    cases([
      ['A spoonful of honey before bed means fewer night-time coughs.', ['unsupported-claim warning «means fewer night-time coughs»']],
      ['Wearing blue-light glasses at night means you drift off faster.', ['unsupported-claim warning «means you drift off faster»']],
      ['Stronger core muscles mean less back pain.', ['unsupported-claim warning «mean less back pain»']],
      ['Good hydration means fewer headaches.', ['unsupported-claim warning «means fewer headaches»']],
      // A harm, a good outcome lost, no health outcome, negated, the statistic.
      ['Lower oestrogen means more hot flushes.', []],
      ['Smoking means fewer years of life.', []],
      ['A diagnosis of diabetes means more appointments.', []],
      ['It does not mean fewer coughs.', []],
      ['By means of a questionnaire we measured sleep.', []],
    ]);
  });

  describe('a third person\'s symptom cleared after a "Since starting …" opener ("Since switching formula, her colic has settled")', () => {
    cases([
      ['Since switching to the new formula, her colic has settled.', ['unsupported-claim warning «her colic has settled»']],
      ['Since starting the drops, his hay fever has eased.', ['unsupported-claim warning «his hay fever has eased»']],
      ['Since starting the walking group, their joint pain has improved.', ['unsupported-claim warning «their joint pain has improved»']],
      // No treatment started (weather, a date), no opener, a reason given.
      ['Since the weather changed, her hay fever has settled.', []],
      ['Since January, their asthma has improved.', []],
      ['Her colic has settled.', []],
      ['Since starting the tablets, her headaches have gone away because she also sleeps more.', []],
    ]);
  });
});
