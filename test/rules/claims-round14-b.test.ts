// absolute-claim, unsupported-claim and vague-attribution on blog prose (issue #3, round 14, part B: embedded and focused
// claims). Each describe block is one form, stated as a fact about English or about blog writing, with positive sentences
// in several health areas and the nearest negatives where the rules must stay silent. None of these sentences is taken
// from the corpus or from a benchmark. The last block holds the round's probe sentences (written before any change).

import { cases } from '../helpers/claim-cases';

describe('absolute-claim, unsupported-claim and vague-attribution on blog prose (round 14, part B)', () => {
  describe("an it-cleft 'It was Y that V X' says what the plain sentence 'Y V X' says: a treatment in focus credited with a complaint's relief is a claim", () => {
    cases([
      ['It was the hypnotherapy that stopped my panic attacks, not the pills.', ['unsupported-claim warning «stopped»']],
      ["It was the inhaler that calmed my son's asthma, not the syrup.", ['unsupported-claim warning «calmed»']],
      ['It was the splint that eased my carpal tunnel, not the injections.', ['unsupported-claim warning «eased»']],
      ['It was the oat baths that soothed her eczema.', ['unsupported-claim warning «soothed»']],
      ['It was the CBT that lifted my depression, not the tablets.', ['unsupported-claim warning «lifted»']],
      // Logistics, a side effect, a negated focus, a question, a proverb, no health, care, extraposition ('It is likely that').
      ['It was the hospital that cancelled my appointment, not the GP.', []],
      ['It was the painkillers that gave me the rash.', []],
      ["It wasn't the tablets that calmed my nerves.", []],
      ['Was it the tablets that helped your rash?', []],
      ['It is the dose that makes the poison.', []],
      ['It was my dad that fixed the car.', []],
      ['It was the midwife who delivered the baby.', []],
      ['It is likely that the weather will clear by noon.', []],
      ['It was found that the clinic had closed.', []],
    ]);
  });

  describe("a pseudo-cleft 'What V X was Y', its corrective 'What V X wasn't A; it was Y' and the reverse 'Y is what V X' are re-read as 'Y V X', whatever the verb", () => {
    cases([
      ["What finally cleared my acne wasn't the antibiotics; it was cutting out dairy.", ['unsupported-claim warning «cleared»']],
      ["What relieved my heartburn wasn't the antacids; it was eating earlier in the evening.", ['unsupported-claim warning «relieved»']],
      ['What lowered my blood pressure in the end was walking every day.', ['unsupported-claim warning «lowered»']],
      ['Metformin is what lowered my blood sugar.', ['unsupported-claim warning «lowered»']],
      ['Cold showers are what reduced my hot flushes.', ['unsupported-claim warning «reduced»']],
      // A worry, a cause of harm, a denied focus with no correction, no health, a barrier, a trigger, a question.
      ["What worried me most wasn't the pain; it was the waiting.", []],
      ['What kept me awake was the baby crying.', []],
      ['What caused my asthma was the damp in the flat.', []],
      ["What helped wasn't the tablets.", []],
      ['What made the difference was the weather.', []],
      ['What lowered the cost was buying in bulk.', []],
      ['The cost is what stops most people from trying it.', []],
      ['The damp is what triggered my asthma.', []],
      ['Is cutting out dairy what cleared your acne?', []],
    ]);
  });

  describe("a state of health compared with the years before it, '<my X> is <better> than it has been in <years>', is the comparative twin of 'the best it's been in years'", () => {
    cases([
      ['Since starting the pump, my blood sugar is steadier than it has been in years.', ['unsupported-claim warning «my blood sugar is steadier than it has been in years»']],
      ['Since I started the insulin pump, my HbA1c is lower than it has been in a decade.', ['unsupported-claim warning «my HbA1c is lower than it has been in a decade»']],
      ['Her eczema is calmer now than it has been since she was a baby.', ['unsupported-claim warning «Her eczema is calmer now than it has been since she was a baby»']],
      // Worse, things, a harm measure gone up, 'lower' of a mood, a question.
      ['My asthma is worse than it has been in years.', []],
      ['Our prices are lower now than they have been in twenty years.', []],
      ['My blood sugar is higher now than it has been in years.', []],
      ['My mood is lower than it has been in years.', []],
      ['Is your blood pressure lower than it has been in years?', []],
    ]);
  });

  describe("'<person or part> hasn't <felt> this <good> since <a time>' with a treatment in the sentence is a testimonial's outcome", () => {
    cases([
      ["After a course of physio my shoulder hasn't felt this good since my twenties.", ["unsupported-claim warning \u00abmy shoulder hasn't felt this good since my twenties\u00bb"]],
      ["Since the new insoles, I haven't walked this well in years.", ["unsupported-claim warning \u00abI haven't walked this well in years\u00bb"]],
      ["After the first block of acupuncture, I haven't slept so well in years.", ["unsupported-claim warning \u00abI haven't slept so well in years\u00bb"]],
      // No treatment named, a bad state, a complaint's state, a team.
      ["I haven't felt this good since I was thirty.", []],
      ["My hip hasn't felt this bad since the fall.", []],
      ["After the physio my knee hasn't felt this stiff in years.", []],
      ["The team hasn't played this well in years.", []],
    ]);
  });

  describe("'<person> <act> for the first time in <years>' with a treatment in the sentence is an act regained", () => {
    cases([
      ['After six weeks of hydrotherapy my mum climbed the stairs for the first time in years.', ['unsupported-claim warning «my mum climbed the stairs for the first time in years»']],
      ['After my second session of physio I touched my toes for the first time in a decade.', ['unsupported-claim warning «I touched my toes for the first time in a decade»']],
      // 'could' after a person in a story is past ability, not a hedge (round 16, lead; the blind labels read it so).
      ['After a month of the eye drops I could read the paper for the first time in years.', ['unsupported-claim warning «I could read the paper for the first time in years»']],
      // No treatment, distress, a state, an institution, a symptom.
      ['For the first time in a decade, I took a holiday abroad.', []],
      ['After the funeral I cried for the first time in years.', []],
      ['After my first session I was exhausted for the first time in years.', []],
      ['For the first time in years, the clinic is fully staffed.', []],
      ['After the injection my knee ached for the first time in years.', []],
    ]);
  });

  describe("unnamed professionals who 'are now recommending' a remedy (a trend of endorsement in the progressive) are a vague source, as 'many doctors recommend' is", () => {
    cases([
      ['Dermatologists across the country are now recommending red light for ageing skin.', ['vague-attribution warning «Dermatologists across the country are now recommending»']],
      ['More and more midwives are recommending perineal massage.', ['vague-attribution warning «More and more midwives are recommending»']],
      ['Many dentists are now recommending oil pulling for gum disease.', ['vague-attribution warning «Many dentists are now recommending»']],
      // Seeing cases, prescribing (practice), a named source, a question, a negation, no health.
      ['Dermatologists across the country are now seeing more cases of sun damage.', []],
      ['Doctors are increasingly prescribing antidepressants to teenagers.', []],
      ['Our dermatologist is now recommending red light for ageing skin.', []],
      ['Are dermatologists recommending red light?', []],
      ['Dermatologists are not recommending red light for ageing skin.', []],
      ['Many banks are now backing the scheme.', []],
    ]);
  });

  describe("the round's probes, written before any change: embedded and focused claims in other health areas, and their nearest near-claims", () => {
    // Not yet read (the plain sentence is no claim either, so the report is none): 'Patients tell us the mouthguard stopped
    // their jaw aching within a week', 'Couples often tell us the acupuncture helped them relax during IVF', 'Our patients say
    // the new gel has made their mouth ulcers heal faster'; 'Patients like Raj remind me that the foot cream heals cracked
    // heels' is cure language (absolute-claim), as the plain sentence is; 'Podiatrists across the country are now
    // prescribing insoles for heel pain' (prescribing is practice). Still reported: 'I slept through the night for the first
    // time in years after the baby finally settled' (round 4's changeOfState, no treatment).
    cases([
      ["Parents say the new spacer made their son's wheezing settle at night.", ["unsupported-claim warning «made their son's wheezing settle»"]],
      ['Our members swear the turmeric capsules eased their knee pain.', ['unsupported-claim warning «eased»']],
      ['Clients tell us the breathing exercises calmed their panic attacks.', ['unsupported-claim warning «calmed»']],
      ["Mums tell us the balm cleared their baby's eczema in days.", ['unsupported-claim warning «cleared»']],
      ['In my experience, most patients sleep better within a fortnight of starting the magnesium.', ['unsupported-claim warning «sleep better»']],
      ['Expectant mums tell us the ginger sweets settled their morning sickness.', ['unsupported-claim warning «settled»']],
      ['"The night splint is what fixed my wrist," says Jo.', ['unsupported-claim warning «is what fixed my wrist»']],
      ['Many dentists now recommend oil pulling for gum disease.', ['vague-attribution warning «Many dentists now recommend»']],
      ['Research has found that mindfulness helps teenagers manage anxiety.', ['vague-attribution warning «Research has found»']],
      ['Many midwives now recommend raspberry leaf tea because they have seen how well it works.', ['vague-attribution warning «Many midwives now recommend»']],
      ["What finally cleared my acne wasn't the antibiotics; it was cutting out dairy.", ['unsupported-claim warning «cleared»']],
      ['It was the sleep clinic that sorted out my insomnia, not the pills.', ['unsupported-claim warning «sorted out»']],
      ['Swimming is what eased my arthritis.', ['unsupported-claim warning «is what eased my arthritis»']],
      ["It was the inhaler that calmed my son's asthma, not the syrup.", ['unsupported-claim warning «calmed»']],
      ['What stopped my migraines was the magnesium.', ['unsupported-claim warning «What stopped my migraines was»']],
      ['Since starting the pump, my blood sugar is steadier than it has been in years.', ['unsupported-claim warning «my blood sugar is steadier than it has been in years»']],
      ["After a course of physio my shoulder hasn't felt this good since my twenties.", ["unsupported-claim warning «my shoulder hasn't felt this good since my twenties»"]],
      ['After three sessions of CBT I slept through the night for the first time in years.', ['unsupported-claim warning «slept through the night»']],
      ['Since I started the insulin pump, my HbA1c is lower than it has been in a decade.', ['unsupported-claim warning «my HbA1c is lower than it has been in a decade»']],
      ['After a month of the eye drops I could read the paper for the first time in years.', ['unsupported-claim warning «I could read the paper for the first time in years»']],
      ['Patients tell us the parking is easier since we moved.', []],
      ['Parents often tell us the appointment letters arrive late.', []],
      ['Patients tell us the tablets made them feel sick for the first few days.', []],
      ['Do patients tell you the mouthguard helps?', []],
      ['No patient has ever told us the spray helped.', []],
      ['Mums tell us their babies wake twice a night at this age.', []],
      ['In our experience, most toddlers grow out of wheezing by school age.', []],
      ['Ask your dentist whether they recommend an electric toothbrush.', []],
      ['Many GPs now prescribe antidepressants for longer than they used to.', []],
      ["What worried me most wasn't the pain; it was the waiting.", []],
      ['It was the pharmacist that told me about the side effects, not the GP.', []],
      ['Swimming is what I do on Sundays.', []],
      ['What kept me awake was the baby crying.', []],
      ['It was the steroid cream that thinned my skin, not the eczema.', []],
      ["My knees haven't felt this bad since I was thirty.", []],
      ['My blood sugar is higher now than it has been in years.', []],
      ['For the first time in a decade, I took a holiday abroad.', []],
      ['Our prices are lower now than they have been in twenty years.', []],
      ["My daughter hasn't been this excited since her fifth birthday.", []],
      ['Patients tell us they would like evening appointments.', []],
      ['Jenny swears the bus was late again.', []],
      ['Parents tell us the new vaccine schedule is confusing.', []],
      ['If the splint is what eased your wrist, keep wearing it at night.', []],
      ['Dermatologists across the country are now seeing more cases of sun damage.', []],
      ['What triggers eczema in babies is often a change in soap.', []],
      ['Patients tell us the waiting room is calmer since the refit.', []],
      ['It was the new manager that fixed the rota, not the consultants.', []],
    ]);
  });
});
