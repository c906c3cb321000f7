// unsupported-claim on blog prose (issue #3, round 7, part A): what a treatment does — the everyday words for complaints
// and improvement body area by body area, verbs and idioms of a treatment's effect, comparisons, pseudo-clefts, frames
// around a complaint, and the scope of a modal over coordinated verbs. Each describe block is one cause, stated as a fact
// about English or about blog writing, with positive sentences in several health areas and the nearest negatives where
// the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 7, part A: what a treatment does)', () => {
  describe('the everyday words for complaints and their improvement in teeth and gums, breath, ears, eyes, nose and sinuses, sexual function, hormones, muscle and fat, blood sugar, cravings and habits', () => {
    cases([
      // Teeth, gums, breath, ears, eyes, nose.
      ['This whitening gel protects your enamel from decay.', ['unsupported-claim warning «protects»']],
      ['Oil pulling may soothe jaw pain from clenching.', ['unsupported-claim info «may soothe»']],
      ['Our chewing gum freshens morning breath for hours.', ['unsupported-claim warning «freshens»']],
      ['Ear drops clear muffled hearing within a day.', ['unsupported-claim warning «clear»']],
      ['These drops protect your hearing.', ['unsupported-claim warning «protect»']],
      ['A saline rinse eases nasal congestion overnight.', ['unsupported-claim warning «eases»']],
      ['Warm compresses could relieve sticky eyes in toddlers.', ['unsupported-claim info «could relieve»']],
      ['Aloe vera soothes burns and cuts.', ['unsupported-claim warning «soothes»']],
      // Sexual function, hormones, muscle and fat, blood sugar, cravings.
      ['Ginseng may improve erectile function in older men.', ['unsupported-claim info «may improve»']],
      ['L-arginine boosts your sex life.', ['unsupported-claim warning «boosts»']],
      ['Maca can lift a flagging libido.', ['unsupported-claim warning «can lift»']],
      ['Zinc boosts testosterone.', ['unsupported-claim warning «boosts»']],
      ['Chromium reduces sugar cravings.', ['unsupported-claim warning «reduces»']],
      ['Hypnotherapy eases the urge to smoke.', ['unsupported-claim warning «eases»']],
      ['Cinnamon may calm blood sugar spikes after meals.', ['unsupported-claim info «may calm»']],
      ['Sealants seal out decay.', ['unsupported-claim warning «seal out»']],
      ['Hypnotherapy helps you quit smoking.', ['unsupported-claim warning «helps»']],
      ['Fluoride strengthens enamel.', ['unsupported-claim warning «strengthens»']],
      // Disease descriptions, natural history, a harm, advice, a question, a description of a group, logistics, a service.
      ['Tooth decay is common in children who drink juice.', []],
      ['Twinges when brushing can be a sign of gum disease.', []],
      ['Ear infections usually clear up on their own.', []],
      ['Alcohol lowers testosterone.', []],
      ['If your nose is blocked for more than ten days, see your GP.', []],
      ['Does testosterone gel improve your sex life?', []],
      ['Erectile dysfunction affects half of men over 40.', []],
      ['Blood sugar spikes are normal after a big meal.', []],
      ['The helpline helps people with hearing loss access GP services.', []],
      ['A tube of fluoride toothpaste costs £3.', []],
      ['Our nurses will check your blood sugar levels.', []],
      ['The bacon is cured for two weeks before smoking.', []],
      ['He stopped smoking last year.', []],
      ['Quit smoking to protect your heart.', []],
      ['Smoking stains your teeth.', []],
    ]);
  });

  describe('idioms of a treatment setting going or bringing back a good state: the spark put back, the blood or the bowels got going again, a boost given, a level nudged up or brought down, muscle built and fat burnt, the cause treated rather than the symptoms', () => {
    cases([
      ['TRT puts the spark back into your sex life.', ['unsupported-claim warning «puts the spark back into your sex life»']],
      ['This tonic could put a spring back in your step.', ['unsupported-claim info «could put a spring back in your step»']],
      ['Our shockwave sessions get the blood flowing again.', ['unsupported-claim warning «get the blood flowing again»']],
      ['Prune juice gets things moving again within a day.', ['unsupported-claim warning «gets things moving again»']],
      ['Vitamin B12 shots give you a real boost of energy.', ['unsupported-claim warning «give you a real boost of energy»']],
      ['Maca might nudge your testosterone levels up.', ['unsupported-claim info «might nudge your testosterone levels up»']],
      ['Oats can bring your cholesterol down.', ['unsupported-claim warning «bring your cholesterol down»']],
      ['Hypnotherapy treats the cause, not the symptoms.', ['unsupported-claim warning «treats the cause, not the symptoms»']],
      ['Whey protein builds lean muscle.', ['unsupported-claim warning «builds lean muscle»']],
      ['This tea burns belly fat while you sleep.', ['unsupported-claim warning «burns belly fat»']],
      ['HIIT classes blast stubborn fat.', ['unsupported-claim warning «blast stubborn fat»']],
      // A warm-up, growth, the natural course, another spark, a lift home, advice, a question, a negation.
      ['A warm-up gets the blood flowing before a run.', []],
      ['Children build muscle as they grow.', []],
      ['Your blood pressure should come down after the operation.', []],
      ['Put the kettle on and bring the spark back into the conversation.', []],
      ['Our receptionists give you a lift to the station.', []],
      ['Bring your blood pressure readings to the appointment.', []],
      ['Does TRT put the spark back into your sex life?', []],
      ['No supplement burns belly fat.', []],
      ['A slow build of symptoms is typical.', []],
    ]);
  });

  describe('verbs of a treatment\'s effect with a health object only: getting to the root of a condition, taking the misery out of it, making a real, big or huge difference to it, making an activity less painful', () => {
    cases([
      ['Hypnotherapy gets to the root of anxiety.', ['unsupported-claim warning «gets to the root of»']],
      ['Cold compresses take the misery out of hay fever.', ['unsupported-claim warning «take the misery out of»']],
      ['Some customers find that an eye mask takes the sting out of a bad pollen day.', ['unsupported-claim info «takes the sting out of»']],
      ['Regular flossing makes a huge difference to gum health.', ['unsupported-claim warning «makes a huge difference»']],
      ['A few minutes of stretching can make a world of difference to stiff knees.', ['unsupported-claim warning «make a world of difference»']],
      ['Starting your spray early makes a real difference to how bad your summer is.', ['unsupported-claim warning «makes a real difference»']],
      ['Some men find that yoga makes a real difference in the bedroom.', ['unsupported-claim info «makes a real difference»']],
      ['A soft brush makes brushing far less painful.', ['unsupported-claim warning «makes brushing far less painful»']],
      ['Warming up makes stretching less painful.', ['unsupported-claim warning «makes stretching less painful»']],
      ['Our numbing gel makes injections painless.', ['unsupported-claim warning «makes injections painless»']],
      // Services, logistics, a diagnosis, a harm.
      ['Booking early makes a real difference to waiting times.', []],
      ['Our new website makes a big difference to how quickly you are seen.', []],
      ['The new chairs make waiting less uncomfortable.', []],
      ['Our parking app makes visits far less stressful.', []],
      ['A sugary diet makes decay far more likely.', []],
      ['Does a soft brush make brushing less painful?', []],
    ]);
  });

  describe('a complaint kept away: "keep X away / at bay" with a complaint of the lexicon as X', () => {
    cases([
      ['Elderberry may keep winter bugs away.', ['unsupported-claim info «may keep winter bugs away»']],
      ['Fexofenadine keeps symptoms away all day.', ['unsupported-claim warning «keeps symptoms away»']],
      ['A daily probiotic keeps tummy upsets at bay.', ['unsupported-claim warning «keeps tummy upsets at bay»']],
      ['Vitamin D drops keep the sniffles away.', ['unsupported-claim warning «keep the sniffles away»']],
      ['Our nasal rinse keeps sinus headaches away.', ['unsupported-claim warning «keeps sinus headaches away»']],
      ['Magnesium kept my night cramps away.', ['unsupported-claim warning «kept my night cramps away»']],
      // Not a complaint, a question, a negation, advice.
      ['A good fence keeps the neighbours away.', []],
      ['Bright lights keep mosquitoes away.', []],
      ['Does garlic keep colds away?', []],
      ['Vitamin C does not keep colds away.', []],
      ['Keep children away from the medicine cupboard.', []],
      ['Keep pets away from the treatment room.', []],
    ]);
  });

  describe('comparisons of a treatment with its rivals: "works faster than" another remedy or any other, "worked when nothing else had"', () => {
    cases([
      ['Cetirizine works faster than loratadine for itchy eyes.', ['unsupported-claim warning «works faster than»']],
      ['This nasal spray acts faster than any tablet.', ['unsupported-claim warning «acts faster than»']],
      ['Ibuprofen gel works quicker than anything else I have tried.', ['unsupported-claim warning «works quicker than»']],
      ['Fexofenadine works faster than any other antihistamine.', ['unsupported-claim warning «works faster than»']],
      ['Our shockwave therapy worked when nothing else had.', ['unsupported-claim warning «worked when nothing else had»']],
      ['Physiotherapy helped where everything else failed.', ['unsupported-claim warning «helped where everything else failed»']],
      ['Pelvic floor exercises can be as effective as tablets for mild ED.', ['unsupported-claim warning «be as effective as»']],
      // An activity, transport, a service, the natural course, a negation.
      ['Online booking works faster than phoning the surgery.', []],
      ['The bus works faster than the train.', []],
      ['The new inhaler works faster than the old one did.', []],
      ['The rash usually clears up when nothing else has changed.', []],
      ['Nothing else worked, so we tried a new approach.', []],
      ['The cream does not work faster than plain moisturiser.', []],
    ]);
  });

  describe('a treatment\'s forte: the pseudo-cleft "X is what T does best" and "T really shines with X"', () => {
    cases([
      ['Phobias are what hypnotherapy does best.', ['unsupported-claim warning «are what hypnotherapy does best»']],
      ['Back pain is what acupuncture treats best.', ['unsupported-claim warning «is what acupuncture treats best»']],
      ['Tension headaches are exactly what massage does best.', ['unsupported-claim warning «are exactly what massage does best»']],
      ['Acupuncture really shines with tension headaches.', ['unsupported-claim warning «shines with»']],
      ['Warm compresses come into their own for dry eyes.', ['unsupported-claim warning «come into their own for»']],
      ['Probiotics excel at easing bloating.', ['unsupported-claim warning «excel at»']],
      // A service, prices, a person, a question, no complaint.
      ['Prices are what our pharmacy does best.', []],
      ['Back pain is what our clinic does best.', []],
      ['Listening is what our nurses do best.', []],
      ['Is anxiety what hypnotherapy does best?', []],
      ['Our pharmacy really shines with its opening hours.', []],
      ['The app really shines for booking appointments.', []],
    ]);
  });

  describe('a modal scopes over the verbs coordinated after its own ("may keep X out and cut down Y")', () => {
    cases([
      ['Wraparound sunglasses may keep pollen out and ease the itching.', ['unsupported-claim info «ease»']],
      ['Oat baths might soothe the skin and calm the itch.', ['unsupported-claim info «might soothe»']],
      ['A humidifier could moisten the air and relieve a dry cough.', ['unsupported-claim info «relieve»']],
      ['Ginger may settle the stomach or reduce nausea.', ['unsupported-claim info «may settle»']],
      ['Earplugs might block the noise and improve your sleep.', ['unsupported-claim info «improve»']],
      ['Magnesium may relax your muscles and ease cramps.', ['unsupported-claim info «may relax»']],
      // A new subject after the comma, an unhedged sentence, a negation.
      ['Your eyes may water, and antihistamines ease the itching.', ['unsupported-claim warning «ease»']],
      ['Sunglasses keep pollen out and ease the itching.', ['unsupported-claim warning «ease»']],
      ['Sunglasses may keep pollen out but do not ease the itching.', []],
      ['The rash may spread and itch.', []],
      ['You may feel tired and need more sleep.', []],
      ['Pollen may get into your eyes and cause itching.', []],
    ]);
  });

  describe('a word in capitals before a full stop is an acronym that ends the sentence ("for mild ED.", "in MS."), not the abbreviation "ed."', () => {
    cases([
      // Read as one sentence, the next sentence's "Some men find" would hedge the claim (info).
      ['Pelvic floor exercises can be as effective as tablets for mild ED. Some men find that it helps.', ['unsupported-claim warning «be as effective as»']],
      ['Yoga eases fatigue in MS. Some people find it hard.', ['unsupported-claim warning «eases»']],
      // The lower-case abbreviation still continues the sentence (an imperative, advice).
      ['See the 3rd ed. Massage eases back pain.', []],
    ]);
  });

  describe('more of the lay writer\'s idioms of a treatment\'s effect: sent off or lulled to sleep, switching off after a long day, bouncing back from, a weak pelvic floor tightened, a belly flattened, toxins flushed out, a washed-out feeling banished, spirits lifted, tolerance built up, desensitised to an allergen, an organ kept healthy', () => {
    cases([
      ['Our sleep spray sends you off to sleep in minutes.', ['unsupported-claim warning «sends you off to sleep»']],
      ['A warm bath lulls babies to sleep.', ['unsupported-claim warning «lulls babies to sleep»']],
      ['This tincture helps you switch off after a long day.', ['unsupported-claim warning «helps»']],
      ['Creatine helps you bounce back from hard sessions.', ['unsupported-claim warning «helps»']],
      ['Kegel exercises tighten a weak pelvic floor.', ['unsupported-claim warning «tighten a weak pelvic floor»']],
      ['Apple cider vinegar flattens your belly.', ['unsupported-claim warning «flattens your belly»']],
      ['Our drip flushes out toxins.', ['unsupported-claim warning «flushes out»']],
      ['A daily walk lifts your spirits.', ['unsupported-claim warning «lifts»']],
      ['Bee pollen builds up your tolerance to pollen.', ['unsupported-claim warning «builds up»']],
      ['Local honey desensitises you to pollen.', ['unsupported-claim warning «desensitises you to»']],
      ['Zinc keeps your prostate healthy.', ['unsupported-claim warning «keeps your prostate healthy»']],
      // Boredom, the natural course, instructions, drinks, a service, a description, a question, the weather.
      ['The lecture sent me to sleep.', []],
      ['Most children bounce back from a cold within a week.', []],
      ['Flush the toilet after use.', []],
      ['Spirits and wine are high in calories.', []],
      ['Our receptionist keeps your records safe.', []],
      ['Tighten the lid after each use.', []],
      ['A washed-out feeling is common after flu.', []],
      ['Pollen tolerance varies from person to person.', []],
      ['Does local honey desensitise you to pollen?', []],
      ['The rain flattened the crops.', []],
    ]);
  });

  describe('the lay writer\'s frames of a remedy and a complaint: a remedy praised by a noun ("a lifesaver for", "the answer to", "your best friend against", "a testosterone booster"), "works a treat" / "did the trick", "say goodbye to" a complaint, a complaint "a thing of the past"; a part of the head or throat soothed or kept moist; a good state given back', () => {
    cases([
      ['Nasal rinsing is a lifesaver for hay fever sufferers.', ['unsupported-claim warning «is a lifesaver»']],
      ['Hypnotherapy is the answer to stubborn cravings.', ['unsupported-claim warning «is the answer»']],
      ['Our mouthwash is your best friend against plaque.', ['unsupported-claim warning «is your best friend»']],
      ['Ashwagandha is a natural testosterone booster.', ['unsupported-claim warning «is a natural testosterone booster»']],
      ['Say goodbye to bad breath with our tongue scraper.', ['unsupported-claim warning «Say goodbye to»']],
      ['With our gel, sensitive teeth are a thing of the past.', ['unsupported-claim warning «are a thing of the past»']],
      ['A cold compress works a treat on puffy eyes.', ['unsupported-claim warning «works a treat»']],
      ['The spray did the trick for my blocked nose.', ['unsupported-claim warning «did the trick»']],
      ['Testosterone therapy gives men their edge back.', ['unsupported-claim warning «gives men their edge back»']],
      ['A humidifier keeps your airways moist.', ['unsupported-claim warning «keeps your airways moist»']],
      ['Steam soothes your throat.', ['unsupported-claim warning «soothes»']],
      // A person praised, a leaflet, paper records, a service, a question, a negation, a disease description, advice.
      ['Our receptionist is a lifesaver for busy parents.', []],
      ['The answer to your question about hay fever is in our leaflet.', []],
      ['Paper prescriptions are a thing of the past.', []],
      ['Say goodbye to queues with our online booking.', []],
      ['Our new app did the trick for booking appointments.', []],
      ['Is hypnotherapy the answer to stubborn cravings?', []],
      ['Hypnotherapy is not the answer to stubborn cravings.', []],
      ['Left alone, it can loosen teeth and eventually lead to tooth loss.', []],
      ['Hay fever can make your eyes and nose run.', []],
      ['Brush your teeth twice a day.', []],
    ]);
  });
});
