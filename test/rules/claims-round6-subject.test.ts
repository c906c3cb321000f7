// unsupported-claim on blog prose (issue #3, round 6, part A): claims with a treatment as the subject, and the lexicons
// they need. Each describe block is one cause, stated as a fact about English or about blog writing, with positive
// sentences in several health areas and the nearest negatives where the rules must stay silent. None of these sentences is
// taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 6, treatment subjects)', () => {
  describe('the everyday words for complaints and their improvement, body area by body area (teeth, eyes, lungs, skin, gut, joints, mind, sleep, hair, bladder, memory, fertility, immunity)', () => {
    cases([
      // Teeth and gums, eyes, breathing.
      ['This mouthwash reduces plaque and bleeding gums.', ['unsupported-claim warning «reduces»']],
      ['Oil pulling may ease sore gums.', ['unsupported-claim info «may ease»']],
      ['The new toothpaste soothes sensitive teeth within days.', ['unsupported-claim warning «soothes»']],
      ['Bilberry extract could sharpen your eyesight.', ['unsupported-claim info «could sharpen»']],
      ['Lutein protects your vision as you get older.', ['unsupported-claim warning «protects»']],
      ['These breathing exercises ease breathlessness on the stairs.', ['unsupported-claim warning «ease»']],
      ['A spoonful of thyme syrup calms the wheezing at night.', ['unsupported-claim warning «calms»']],
      // Skin, hair, nails, bladder, memory.
      ['Oat baths help to stop scratching in the night.', ['unsupported-claim warning «help»']],
      ['Rosemary oil reduced my hair loss in a month.', ['unsupported-claim warning «reduced»']],
      ['Biotin strengthens brittle nails.', ['unsupported-claim warning «strengthens»']],
      ['Pumpkin seed oil may calm an overactive bladder.', ['unsupported-claim info «may calm»']],
      ['Sage tea might reduce forgetfulness in later life.', ['unsupported-claim info «might reduce»']],
      // Mind, sleep, gut, joints, immunity, hydration, fertility, heart.
      ['Chamomile takes the edge off everyday worries.', ['unsupported-claim warning «takes the edge off»']],
      ['Magnesium eases restless nights.', ['unsupported-claim warning «eases»']],
      ['Peppermint capsules relieve trapped wind and tummy ache.', ['unsupported-claim warning «relieve»']],
      ['Glucosamine soothed her creaky joints.', ['unsupported-claim warning «soothed»']],
      ['Echinacea strengthens your natural defences.', ['unsupported-claim warning «strengthens»']],
      ['An electrolyte drink speeds up rehydration after a stomach bug.', ['unsupported-claim warning «speeds up»']],
      ['Maca may boost your chances of conceiving.', ['unsupported-claim info «may boost»']],
      ['Compression socks reduce swollen ankles on long flights.', ['unsupported-claim warning «reduce»']],
      ['Melatonin eases jet lag.', ['unsupported-claim warning «eases»']],
      ['St John\'s wort may lift the winter blues.', ['unsupported-claim info «may lift»']],
      // Natural course, side effects, advice, questions, negations, logistics, a disease description.
      ['Sore gums usually settle within a week of a new brace.', []],
      ['The scratching often gets worse at night.', []],
      ['Worries about money can keep you awake.', []],
      ['If your eyesight changes suddenly, see an optician the same day.', []],
      ['Does zinc shorten a cold?', []],
      ['Hair loss is common after a high fever.', []],
      ['Breathlessness is a side effect of some blood pressure tablets.', []],
      ['Mouthwash does not remove plaque on its own.', []],
      ['A tube of the toothpaste costs £4.', []],
      ['Tell your GP about any swollen ankles.', []],
    ]);
  });

  describe('an appositive of ingredients set off by commas between a plural subject and its verb ("Our Night Drops, with A, B and C, help …")', () => {
    cases([
      ['Our Night Drops, with CBD, lavender and lemon balm, help you drift off faster.', ['unsupported-claim warning «help»']],
      ['These gummies, packed with zinc, vitamin C and elderberry, help your body fight off colds.', ['unsupported-claim warning «help»']],
      ['The new eye drops, with hyaluronic acid, soothe tired, gritty eyes.', ['unsupported-claim warning «soothe»']],
      ['Our bath oils, made with oats, calendula and chamomile, calm itchy skin.', ['unsupported-claim warning «calm»']],
      ['The lozenges, with honey, lemon and zinc, ease a sore throat within minutes.', ['unsupported-claim warning «ease»']],
      ['Our sleep sprays, infused with lavender and vetiver, may help you nod off.', ['unsupported-claim info «may help»']],
      ['These shakes, with whey, oats and banana, help runners recover faster.', ['unsupported-claim warning «help»']],
      // An opener that is not a subject (a time, a condition, an imperative), logistics, a question, a negation, a warning.
      ['In winter, with colds and flu about, help your child wash their hands.', []],
      ['The drops, with a pipette in every box, cost £12.', []],
      ['Our drops, with CBD, lavender and lemon balm, arrive in two days.', []],
      ['For babies, with their thinner skin, use a fragrance-free emollient.', []],
      ['Do our new gummies, with zinc and vitamin C, help with colds?', []],
      ['Our gummies, with zinc, vitamin C and elderberry, do not prevent colds.', []],
      ['Parents, with a baby on the way, often worry about sleep.', []],
    ]);
  });

  describe('idioms and verbs of a treatment raising a good state or the chances of a good outcome ("gives you a lift", "supercharges your defences", "gives women a better chance", "tips the odds in your favour", "pushes a low count back up", "rehydrates you")', () => {
    cases([
      ['A B12 shot gives you a lift that lasts all week.', ['unsupported-claim warning «gives you a lift»']],
      ['This morning smoothie gave me a real pick-me-up.', ['unsupported-claim warning «gave me a real pick-me-up»']],
      ['Our Immunity Shot supercharges your defences before the school term.', ['unsupported-claim warning «supercharges»']],
      ['Green tea may turbocharge your metabolism.', ['unsupported-claim info «may turbocharge»']],
      ['Folic acid and a healthy weight give couples a better chance of conceiving.', ['unsupported-claim warning «give couples a better chance»']],
      ['Stopping smoking gives women over 35 a better chance.', ['unsupported-claim warning «gives women over 35 a better chance»']],
      ['Yoga before transfer might tip the odds in your favour.', ['unsupported-claim info «might tip the odds in your favour»']],
      ['A course of iron tablets brings your energy levels back up within a month.', ['unsupported-claim warning «brings your energy levels back up»']],
      ['Cutting down on salt brings your blood pressure back down.', ['unsupported-claim warning «brings your blood pressure back down»']],
      ['An oral rehydration sachet rehydrates children faster than plain water.', ['unsupported-claim warning «rehydrates children»']],
      ['Regular exercise during treatment boosts the chance of a full recovery.', ['unsupported-claim warning «boosts»']],
      // A lift as transport, a chance of a service, odds of harm, a harm pushed back up, a question, advice, a negation, a
      // fall too far, a procedure described with its means.
      ['The taxi firm gives you a lift to the clinic for free.', []],
      ['The ambulance gave him a lift to hospital.', []],
      ['Our receptionist gives patients a better chance of getting an appointment by phoning at 8am.', []],
      ['The odds are stacked against smokers.', []],
      ['Stress pushes your blood pressure back up.', []],
      ['Does acupuncture tip the odds in your favour?', []],
      ['Drink two glasses of water to rehydrate you after a run.', []],
      ['No supplement supercharges your defences.', []],
      ['Missing meals brings your blood sugar back down too far.', []],
      ['Our nurse rehydrates patients with a drip in A&E.', []],
    ]);
  });

  describe('a comparison that ranks a treatment above another remedy ("X beats Y", "nothing beats X for Y", "you can\'t beat X for Y", "works better than anything", "is better than any pill for")', () => {
    cases([
      ['Nothing beats a cold compress for a tension headache.', ['unsupported-claim warning «Nothing beats»']],
      ["You can't beat oats for keeping cholesterol in check.", ["unsupported-claim warning «can't beat»"]],
      ["Honey works better than cough syrup for a child's night-time cough.", ['unsupported-claim warning «works better than»']],
      ['Ginger is better than any travel pill for motion sickness.', ['unsupported-claim warning «is better than»']],
      ['In my experience, magnesium worked better than anything my doctor prescribed.', ['unsupported-claim warning «worked better than»']],
      ['A few drops of lavender oil on the pillow beat a sleeping pill.', ['unsupported-claim warning «beat»']],
      ['Nothing works better than ice for a sprained ankle.', ['unsupported-claim warning «Nothing works better than»']],
      ['Cold-water swimming may work better than painkillers for period cramps.', ['unsupported-claim info «may work better than»']],
      ['Aloe vera is better than any lotion for sunburn.', ['unsupported-claim warning «is better than»']],
      // No treatment compared, a comfort or a taste ranked, sport, a question, a negation, a condition, an open question,
      // a price, a comparison of convenience.
      ['Our new booking system works better than the old one.', []],
      ['Nothing beats a cup of tea on a cold day.', []],
      ['Matcha beats coffee for taste.', []],
      ['Chelsea beat Arsenal on Saturday.', []],
      ['Does honey work better than cough syrup?', []],
      ['Honey does not work better than cough syrup for a cough.', []],
      ['If the cream works better than the ointment, keep using it.', []],
      ['Trials are testing whether the balm works better than a steroid cream.', []],
      ['Our clinic beats the high-street chains on price.', []],
      ['The gel is better than the cream for travelling because it does not leak.', []],
    ]);
  });

  describe('verbs of skin and hair care, of cooling and of perking up, and the sport outcomes of doing more ("clears your skin", "fades dark spots", "takes the heat out of", "perks you up", "help you run faster")', () => {
    cases([
      ['Cutting out sugar clears your skin within a month.', ['unsupported-claim warning «clears»']],
      ['Our night cream fades dark spots.', ['unsupported-claim warning «fades»']],
      ['Our hair serum thickens thinning hair.', ['unsupported-claim warning «thickens»']],
      ['Collagen shots may plump up tired skin.', ['unsupported-claim info «may plump up»']],
      ['The cooling gel takes the heat out of sunburn.', ['unsupported-claim warning «takes the heat out of»']],
      ['A vitamin drip perks you up after a long week.', ['unsupported-claim warning «perks you up»']],
      ['Our lozenges knock a cold on the head.', ['unsupported-claim warning «knock a cold on the head»']],
      ['Beetroot shots help you run faster.', ['unsupported-claim warning «help»']],
      ['Weighted blankets calm an anxious mind.', ['unsupported-claim warning «calm»']],
      ['Saw palmetto means fewer night-time trips to the loo.', ['unsupported-claim warning «means fewer night-time trips to the loo»']],
      // Adjectives, intransitive fading, a procedure, cooking, clearance, an injury, a harm of training harder.
      ['A face wash for clear skin.', []],
      ['It is clear that the rash needs a doctor.', []],
      ['The rash fades and the itching stops within a week.', []],
      ['Bruises fade from purple to yellow.', []],
      ['The dentist numbs your gums before the filling.', []],
      ['Cornflour thickens the sauce.', []],
      ['The nurse cleared her for surgery.', []],
      ['He knocked his head on the cupboard.', []],
      ['Runners who train harder get injured more often.', []],
    ]);
  });

  describe('help + a person + a verb of health doing ("helps you wind down", "helps your child settle at night", "help you stay full", "helps you keep food down"), a lost state given back, and the same verbs reported of a group ("Some of our regulars find they concentrate better")', () => {
    cases([
      ['Lavender helps you wind down after a busy day.', ['unsupported-claim warning «helps»']],
      ['Our bedtime tea helps your child settle at night.', ['unsupported-claim warning «helps»']],
      ['Magnesium may help you switch off at night.', ['unsupported-claim info «may help»']],
      ['Our protein bars help you stay full until lunch.', ['unsupported-claim warning «help»']],
      ['Ginger helps you keep food down in early pregnancy.', ['unsupported-claim warning «helps»']],
      ['These eye drops help you see more clearly.', ['unsupported-claim warning «help»']],
      ['Acupuncture got me my periods back.', ['unsupported-claim warning «got me my periods back»']],
      ['Some of our clients find they think more clearly after a session.', ['unsupported-claim info «think more clearly»']],
      ['Several of our members say they focus better at work.', ['unsupported-claim warning «focus better»']],
      ['Some of our members find they cope better with jet lag after a session.', ['unsupported-claim info «cope better»']],
      // Business and household senses, natural development, a question, advice, an outcome that is not the service's.
      ['We are winding down the evening clinic in March.', []],
      ['Please switch off your phone before the scan.', []],
      ['Switch off the lights at bedtime.', []],
      ['Most babies settle at night by six months.', []],
      ['When will I get my period back after the pill?', []],
      ['Try to keep fluids down in small sips.', []],
      ['Some of our clients find the car park hard to use.', []],
      ['You should see better once the swelling goes down.', []],
    ]);
  });

  describe('the writer\'s own rate of a good outcome set above an average or other providers ("Our live birth rate is well above the national average")', () => {
    cases([
      ['Our pregnancy rates are consistently higher than most other clinics.', ['unsupported-claim warning «higher than most other clinics»']],
      ['Our IVF success rates beat the UK average year after year.', ['unsupported-claim warning «beat the UK average»']],
      ['My cure rate for verrucas is double the national average.', ['unsupported-claim warning «double the national average»']],
      ['Our remission rates are well above the NHS average.', ['unsupported-claim warning «well above the NHS average»']],
      ['Our recovery rates after knee surgery are above the national average.', ['unsupported-claim warning «above the national average»']],
      ['At 52%, our live birth rate for women under 35 is far above the national average.', ['unsupported-claim warning «above the national average»']],
      // A national figure, waiting times, prices, someone else\'s rates, a harm, a question, a negation, a survey.
      ['The national average live birth rate is 25%.', []],
      ['Our waiting times are well below the national average.', []],
      ['Smoking rates in the area are above the national average.', []],
      ['Our prices are below the average for London clinics.', []],
      ['Obesity rates in our town are higher than the national average.', []],
      ['Are our success rates above the national average?', []],
      ['Our success rates are not above the national average.', []],
      ['Our response rate to the survey was above the national average.', []],
    ]);
  });

  describe('more of the shop\'s verbs and idioms with a body part kept well ("keeps tummies happy", "freshens bad breath", "clears out blocked sinuses", "melts belly fat", "may balance your cycle", "protects against sight loss")', () => {
    cases([
      ['Our chewable probiotic keeps tummies happy.', ['unsupported-claim warning «keeps tummies happy»']],
      ['This mouth spray freshens bad breath for hours.', ['unsupported-claim warning «freshens»']],
      ['The new nasal rinse clears out blocked sinuses.', ['unsupported-claim warning «clears out»']],
      ['A daily shot of apple cider vinegar melts belly fat.', ['unsupported-claim warning «melts»']],
      ['Our collagen coffee keeps your skin looking ten years younger.', ['unsupported-claim warning «keeps your skin looking ten years younger»']],
      ['The eye supplement protects against age-related sight loss.', ['unsupported-claim warning «protects»']],
      ['Our fertility tea may balance your cycle.', ['unsupported-claim info «may balance»']],
      ['Our Joint Formula, with turmeric and glucosamine, keeps creaky knees moving.', ['unsupported-claim warning «keeps creaky knees moving»']],
      // Imperatives, a purpose, natural variation, a disease description, household and nursing senses.
      ['Keep your skin clear by washing twice a day.', []],
      ['Ice melts quickly in the sun.', []],
      ['Your cycle length can vary from month to month.', []],
      ['Brush twice a day to freshen your breath.', []],
      ['Clear out the medicine cabinet once a year.', []],
      ['Hearing loss is common after 60.', []],
      ['The nurse kept the wound clear of dressings.', []],
    ]);
  });

  describe('a complaint kept away by a treatment ("keeps cavities away", "kept my cravings away"), and vitamin drops as a treatment', () => {
    cases([
      ['A fluoride varnish every six months keeps cavities away in children.', ['unsupported-claim warning «keeps cavities away»']],
      ['Daily flossing keeps gum disease away.', ['unsupported-claim warning «keeps gum disease away»']],
      ['This spray keeps colds away all winter.', ['unsupported-claim warning «keeps colds away»']],
      ['Eating protein at breakfast kept my cravings away until lunch.', ['unsupported-claim warning «kept my cravings away»']],
      ['Our elderberry syrup keeps winter bugs off.', ['unsupported-claim warning «keeps winter bugs off»']],
      ['Two sprays a day kept the hay fever away all summer.', ['unsupported-claim warning «kept the hay fever away»']],
      // Advice, no complaint, keeping an illness away from a place, a negation, a question.
      ['Keep medicines away from children.', []],
      ['The fence keeps the dogs away.', []],
      ['We kept the flu away from the ward by testing staff.', []],
      ['Nothing keeps colds away completely.', []],
      ['Does zinc keep colds away?', []],
      ['Keeping the weight off is harder than losing it.', []],
    ]);
  });
});
