// Claim rules on blog prose (issue #3, round 14, part C): comparisons with another treatment or test, superlatives of a
// remedy, a complaint class for emotional and everyday states, totality and permanence operators applied to a harm, a
// part of the body kept in a good state and a sense of calm brought. Each describe block is one form, with positive
// sentences in several health areas and the nearest negatives where the rules must stay silent. None of these sentences
// is taken from the corpus or from a benchmark; the last block holds the round's probes (written before the change).

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 14, part C: comparisons, superlatives, absolutes, hedged help)', () => {
  describe("a verb of working compared with another medicine, named by its drug stem or its source ('works better than levonorgestrel')", () => {
    cases([
      ['Rizatriptan works better than sumatriptan for most of our migraine patients.', ['unsupported-claim warning «works better than»']],
      ['Esomeprazole acts faster than ranitidine on night-time heartburn.', ['unsupported-claim warning «acts faster than»']],
      ['The herbal drops work just as well as the stuff from the pharmacy.', ['unsupported-claim warning «work just as well as the stuff from the pharmacy»']],
      ['These chewable tablets work as well as the ones from the chemist.', ['unsupported-claim warning «work as well as the ones from the chemist»']],
      // The other side is no treatment; a question, a negation, a condition, a person.
      ['The new toothbrush works better than the old one at reaching the back teeth.', []],
      ['Our booking app works faster than calling the surgery.', []],
      ['Does atorvastatin work better than simvastatin?', []],
      ['Omeprazole does not work better than lansoprazole for most people.', []],
      ['Ask your pharmacist whether the patch works as well as the pill for you.', []],
      ['Our new receptionist works just as well as the old one.', []],
    ]);
  });

  describe("a test that finds a condition earlier than another test or a visit ('picks up infections earlier than a clinic visit would')", () => {
    cases([
      ['Our home sperm test picks up problems earlier than a fertility clinic would.', ['unsupported-claim warning «picks up problems earlier than a fertility clinic»']],
      ['The smart inhaler spots asthma flare-ups sooner than a GP visit would.', ['unsupported-claim warning «spots asthma flare-ups sooner than a GP visit»']],
      // Finding a parcel, a question.
      ['The courier picks up parcels earlier than the post office would.', []],
      ['Does a home test pick up infections earlier than a clinic would?', []],
    ]);
  });

  describe("a superlative of a remedy noun with a universal scope ('the most powerful natural antibacterial on the planet')", () => {
    cases([
      ["Tea tree is the strongest natural antiseptic on the market.", ['unsupported-claim warning «the strongest natural antiseptic on the market»']],
      ['Our syrup is the most effective decongestant in the world.', ['unsupported-claim warning «is the most effective»']],
      // A storm, a time, a frequency.
      ['The most powerful storm of the year closed the clinic.', []],
      ['Asthma is the most common long-term condition in children.', []],
      ['What is the strongest antiseptic on the market?', []],
    ]);
  });

  describe("a complaint class for emotional and everyday states ('the loneliness', 'ups and downs', 'rubbing', 'a dip in appetite', 'a grumbling knee', 'tummy troubles')", () => {
    cases([
      ['A befriending call each week may help ease the loneliness of caring for a partner with dementia.', ['unsupported-claim info «may help»']],
      ['Talking therapy often smooths out the emotional ups and downs of perimenopause.', ['unsupported-claim warning «smooths out»']],
      ['Silicone toe sleeves could reduce rubbing on a bunion.', ['unsupported-claim info «could reduce»']],
      ['A protein snack at eleven may lessen the dip in energy after lunch.', ['unsupported-claim info «may lessen»']],
      ['Glucosamine could settle a creaky knee.', ['unsupported-claim info «could settle»']],
      ['Fish oil is the best thing for stiff joints.', ['unsupported-claim warning «the best thing»']],
      ['Sound baths cure loneliness.', ['absolute-claim error «cure»']],
      // The same words as background, natural course, physiology or in other senses.
      ['Loneliness is common after a new baby arrives.', []],
      ['Mood swings are a normal part of the menopause.', []],
      ['The brace may rub at first, so wear it for short spells.', []],
      ['The new road layout could reduce traffic outside the surgery.', []],
      ['A grumbling knee is often the first sign of arthritis.', []],
      ['Everyone has ups and downs in a new job.', []],
    ]);
  });

  describe("a complaint bidden goodbye, with the lexicon's class in the slot ('Say goodbye to tummy troubles for good!')", () => {
    cases([
      ['Say goodbye to cold sores for good!', ['absolute-claim error «for good»']],
      ['Wave goodbye to sleep troubles with our magnesium spray.', ['unsupported-claim warning «goodbye to sleep troubles»']],
      ['We treat all kinds of foot problems at our Leeds clinic.', []],
      // A room, a colleague.
      ['Say goodbye to the old waiting room for good!', []],
      ['We said goodbye to Dr Patel after twenty years at the practice.', []],
    ]);
  });

  describe("totality and permanence operators applied to a harm ('injury-proof', 'isn't addictive at all', 'every one of them leaves feeling lighter')", () => {
    cases([
      ['Our fluoride varnish makes teeth cavity-proof.', ['absolute-claim error «cavity-proof»']],
      ['Daily vitamin C will make your kids cold-proof this winter.', ['absolute-claim error «cold-proof»']],
      ["These sleep gummies aren't habit-forming at all.", ['absolute-claim error «habit-forming at all»']],
      ['Every one of our patients leaves the clinic pain-free.', ['absolute-claim error «Every one of our patients leaves»']],
      ['Nordic curls injury-proof your hamstrings.', ['unsupported-claim warning «injury-proof»']],
      // A building, a lid, a question, a day off work, a care plan.
      ['The building is fire-proof and waterproof.', []],
      ['Every bottle has a child-proof cap.', []],
      ['Is melatonin addictive at all?', []],
      ["She hasn't had a single day off work since January.", []],
      ['Every one of them leaves the clinic with a printed care plan.', []],
    ]);
  });

  describe("a part of the body kept in a good state, and a sense of calm brought ('keep little tummies happy and regular', 'brings a sense of calm')", () => {
    cases([
      ['Our oat drink keeps growing bones strong.', ['unsupported-claim warning «keeps growing bones strong»']],
      ['This balm keeps little lips soft and crack-free.', ['unsupported-claim warning «keeps little lips soft»']],
      ['A warm bath before bed brings a sense of calm to anxious children.', ['unsupported-claim warning «brings a sense of calm»']],
      ['Guided breathing may bring a feeling of relief during a panic attack.', ['unsupported-claim info «may bring a feeling of relief»']],
      // Advice, hands kept away, a feeling of calm described, a room.
      ['Keep little hands away from the medicine cupboard.', []],
      ['Keep your feet dry between the toes.', []],
      ['A sense of calm filled the room when the choir sang.', []],
    ]);
  });
});
