// unsupported-claim on blog prose (issue #3, round 11, part A): reported outcomes and comparisons that credit a treatment
// with a benefit in words the earlier rounds did not read. Each describe block is one cause, stated as a fact about English
// or about blog writing, with positive sentences in several health areas and the nearest negatives where the rules must
// stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 11, part A: reported outcomes, superlatives, comparisons with a medicine)', () => {
  describe('an outcome reported of a group that receives the service, in more words of its classes: a complaint that has gone quiet or is calming down (the -ing form after a verb of noticing), teeth grinding, a sore or stiff body part as a complaint, a lift or boost felt in a good state', () => {
    cases([
      ['Several of our patients say their tooth grinding has stopped since the splint was fitted.', ['unsupported-claim warning «their tooth grinding has stopped»']],
      ['Many runners in our clinic find their stiff knees settle after a block of sessions.', ['unsupported-claim warning «their stiff knees settle»']],
      ['Most of our clients say their migraines have gone quiet since they started the drops.', ['unsupported-claim warning «their migraines have gone quiet»']],
      ['Some patients notice their eczema calming down within a week of switching creams.', ['unsupported-claim info «their eczema calming down»']],
      ['Our clients tell us their sore muscles ease off after each massage.', ['unsupported-claim warning «their sore muscles ease»']],
      ['Parents on the course say their toddler\'s tummy aches have gone quiet.', ['unsupported-claim warning «their toddler\'s tummy aches have gone quiet»']],
      ['Many clients on the plan report a marked upturn in their energy levels.', ['unsupported-claim warning «report a marked upturn in their energy levels»']],
      ['Many mums in the class feel a clear lift in their mood.', ['unsupported-claim warning «feel a clear lift in their mood»']],
      // A question, a negation, no verb of clearing, other senses of 'quiet', a symptom's natural course with no group, a
      // disease population, a condition, a complaint described.
      ['Do your clients notice their teeth grinding stops?', []],
      ['Most clients say their back pain has not gone quiet.', []],
      ['Many parents notice their children\'s teeth grinding at night.', []],
      ['The office went quiet after the meeting.', []],
      ['The crowd went quiet when the doctor spoke.', []],
      ['Teeth grinding often stops by the age of twelve.', []],
      ['Patients with a sprain notice their swollen ankles settling as the bruise fades.', []],
      ['If your patients notice their swollen ankles settling, reduce the dose.', []],
      ['Most clients say their stiff knees are the worst part of winter.', []],
    ]);
  });

  describe('a superlative of a remedy: a degree adverb between the copula and "the best" ("is hands down the best thing you can do for", "far and away", "honestly"), and the negative subject of "Nothing <verb of benefit> <health object> like <remedy>", which ranks the remedy above all others and denies nothing', () => {
    cases([
      ['Cold-water swimming is hands down the best medicine for a low mood.', ['unsupported-claim warning «the best medicine»']],
      ['A long walk is honestly the best thing you can do for a stiff back.', ['unsupported-claim warning «the best thing»']],
      ['Physio is far and away the best treatment for a frozen shoulder.', ['unsupported-claim warning «the best treatment»']],
      ['Magnesium is genuinely the best thing you can take for night cramps.', ['unsupported-claim warning «the best thing»']],
      ['Nothing settles a colicky baby like a warm bath.', ['unsupported-claim warning «Nothing settles»']],
      ['Nothing eases period pain quite like a hot water bottle.', ['unsupported-claim warning «Nothing eases»']],
      ['Nothing clears a blocked nose as well as a steam inhalation.', ['unsupported-claim warning «Nothing clears»']],
      ['Nothing lifts my mood like a swim in the sea.', ['unsupported-claim warning «Nothing lifts»']],
      // Places and things ranked, a question, a negation, advice, a plain denial, a harm, the same words of no health, a
      // remedy named inside the subject.
      ['Our clinic is hands down the best in town.', []],
      ['This café is far and away the best thing about the high street.', []],
      ['Parking is honestly the best thing about the new clinic.', []],
      ['Is physio really the best treatment for a frozen shoulder?', []],
      ['Physio is not really the best treatment for a frozen shoulder.', []],
      ['Hands down the best thing you can do for your GP is arrive on time.', []],
      ['Nothing eases period pain, so see your GP.', []],
      ['Nothing we tried eased her period pain.', []],
      ['Does nothing ease period pain like a hot water bottle?', []],
      ['Nothing causes a headache like a hangover.', []],
      ['Nothing ruins a holiday like a delayed flight.', []],
      ['Nothing lifts the spirits like a sunny day at the beach.', []],
      ['Nothing in the cupboard eases period pain like ibuprofen does for other people.', []],
    ]);
  });

  describe('an equal comparison with a medicine by a verb of working or doing ("works every bit as well as metformin", "does the same job as the tablets"): a treatment before the verb, a medicine or remedy after the comparison; "as well as" alone is a conjunction', () => {
    cases([
      ['Turmeric works just as well as ibuprofen for stiff knees.', ['unsupported-claim warning «works just as well as»']],
      ['Peppermint oil capsules do the same job as the antispasmodic tablets.', ['unsupported-claim warning «do the same job as»']],
      ['Melatonin gummies work every bit as well as sleeping pills.', ['unsupported-claim warning «work every bit as well as»']],
      ['Our herbal sleep tea does exactly the same job as a sleeping pill.', ['unsupported-claim warning «does exactly the same job as»']],
      // A question, a negation, a conjunction, a person, logistics and products that are not remedies.
      ['Does inositol work as well as metformin?', []],
      ['Inositol doesn\'t work as well as metformin.', []],
      ['Yoga as well as physio can help.', []],
      ['She works as well as anyone on the ward.', []],
      ['The new app does the same job as the old website.', []],
      ['Our nurse does the same job as a GP in many clinics.', []],
      ['The generic tablet works just as well as the branded one.', []],
      ['The pharmacy does the same job as the surgery for repeat prescriptions.', []],
    ]);
  });

  describe('first-person and case-story testimonials: a complaint faded out of sight after a course ("After four laser sessions his acne scars were hardly noticeable"), a complaint that has not come back since a treatment was started ("My eczema hasn\'t flared once since I started the oat cream"), and a body part or function that "has been transformed" (a passive whose agent is the treatment)', () => {
    cases([
      ['After three laser sessions his acne scars were hardly noticeable.', ['unsupported-claim warning «his acne scars were hardly noticeable»']],
      ['After two rounds of cryotherapy her verruca is barely visible.', ['unsupported-claim warning «her verruca is barely visible»']],
      ['Her eczema hasn\'t flared up since she started the oat cream.', ['unsupported-claim warning «Her eczema hasn\'t flared up»']],
      ['My asthma has not come back since I started the breathing classes.', ['unsupported-claim warning «My asthma has not come back»']],
      ['His gout hasn\'t flared once since he started the tablets.', ['unsupported-claim warning «His gout hasn\'t flared once»']],
      ['My sleep has been completely transformed.', ['unsupported-claim warning «My sleep has been completely transformed»']],
      ['My knees have been transformed by the strength classes.', ['unsupported-claim warning «My knees have been transformed»']],
      // No treatment (rain, a summer, a new job), a negation of the fading or of the transformation, a complaint that did
      // flare, a question, a house transformed.
      ['After two weeks of rain the path is barely visible.', []],
      ['Her scars are barely visible.', []],
      ['After four sessions her scars are not barely visible.', []],
      ['My asthma hasn\'t flared since I started my new job.', []],
      ['My eczema hasn\'t flared since the summer.', []],
      ['Has your eczema flared since you started the cream?', []],
      ['My eczema has flared twice since I started the cream.', []],
      ['My kitchen has been transformed.', []],
      ['My posture has not been transformed.', []],
      ['Has my posture been transformed?', []],
    ]);
  });

  describe('a verb of working with a degree of praise or a comparative, and a group of people after "for" ("works wonders for many of our clients", "might work better for people who"): the remedy named before it helps that group; not a tool of a service (an app), a place, a time or a negation', () => {
    cases([
      ['The nicotine spray works wonders for many of our clients.', ['unsupported-claim warning «works wonders for many of our clients»']],
      ['For hay fever, a steroid nasal spray is the usual first step, and it works brilliantly for most of our patients.', ['unsupported-claim warning «works brilliantly for most of our patients»']],
      ['Magnesium glycinate may work better for women who get night cramps.', ['unsupported-claim info «work better for women»']],
      ['Acupuncture works a treat for lots of our runners.', ['unsupported-claim warning «works a treat for lots of our runners»']],
      // Tools and times of a service, a negation, a question, a gerund of booking.
      ['The evening clinic works well for most of our patients.', []],
      ['The app works brilliantly for many of our members.', []],
      ['Evening appointments might work better for people who work full time.', []],
      ['The pill doesn\'t work well for many women.', []],
      ['Does the pill work well for most women?', []],
      ['Booking online works best for most of our clients.', []],
    ]);
  });

  describe('a story told by a count of sessions and "later" ("Thirty dips later, I\'m back on my feet"), with a return to a sport ("back swimming", not "back running the shop"); a comparative correlative of dose and recovery ("More protein means faster healing"); an activity as the subject of a symptom that stopped, told in the first person ("walking didn\'t hurt me any more")', () => {
    cases([
      ['Thirty dips later, I am back on my feet.', ['unsupported-claim warning «I am back on my feet»']],
      ['Twelve sessions later, she\'s back swimming twice a week.', ['unsupported-claim warning «she\'s back swimming»']],
      ['Six weeks of physio later, he\'s back cycling to work.', ['unsupported-claim warning «he\'s back cycling»']],
      ['More protein means faster healing after surgery.', ['unsupported-claim warning «More protein means faster healing»']],
      ['Regular compression means faster healing of leg ulcers.', ['unsupported-claim warning «Regular compression means faster healing»']],
      ['After two sessions with the physio, walking didn\'t hurt me any more.', ['unsupported-claim warning «didn\'t hurt me any more»']],
      ['Maria showed us a new latch, and swallowing doesn\'t hurt any more.', ['unsupported-claim warning «doesn\'t hurt any more»']],
      // A business run again, a time with no treatment, a bad state, a negation, a harm or a worse outcome, the natural
      // course in the third person, a comparison of how much, something that is no symptom.
      ['Two years later, I am back running the family firm.', []],
      ['I am back running the shop after the holidays.', []],
      ['Six weeks later, he is not back running yet.', []],
      ['Forty sessions later, I am still in pain.', []],
      ['More rest does not mean faster healing.', []],
      ['More swelling means slower healing.', []],
      ['Faster healing means fewer dressings.', []],
      // What heals, named after 'of', is not the body's (round 11, lead: A's report named this one as firing).
      ['More traffic means faster healing of the economy.', []],
      ['Daily practice means faster healing of old family rifts.', []],
      ['Walking didn\'t hurt any more once the cast came off.', []],
      ['Feeding doesn\'t hurt any more, but the baby still isn\'t gaining weight.', []],
      ['Running doesn\'t hurt me any more than it used to.', []],
      ['Shopping didn\'t bother us any more.', []],
    ]);
  });

  describe('giving up a habit or a food is the treatment of a story ("Since she gave up smoking, her cough has cleared", "After two weeks of giving up sugar, my skin was clear"), and a quality got back is an outcome ("my skin has got its glow back")', () => {
    cases([
      ['Since she gave up smoking, her cough has cleared.', ['unsupported-claim warning «her cough has cleared»']],
      ['Since he quit drinking, his blood pressure has come down.', ['unsupported-claim warning «his blood pressure has come down»']],
      ['Since I quit sugar my skin has got its glow back.', ['unsupported-claim warning «my skin has got its glow back»']],
      ['After two weeks of giving up sugar, my skin was clear.', ['unsupported-claim warning «my skin was clear»']],
      // A job given up, a harm or a worse state after giving up, a negation, a career change.
      ['Since I gave up my job, my back has been better.', []],
      ['Since I stopped smoking, my cough has been worse.', []],
      ['Since she stopped the pill her periods have been heavier.', []],
      ['Since I gave up smoking, I have not felt any better.', []],
      ['Within a month of going freelance, my stress had gone.', []],
    ]);
  });

  describe('an imperative of doing or training (the first word) and, after "and", a complaint that clears ("Strengthen your glutes and the knee pain settles"): the consequence credits what the reader is told to do; not waiting, a harm, a negated consequence, or no complaint', () => {
    cases([
      ['Strengthen your glutes and the knee pain settles.', ['unsupported-claim warning «pain settles»']],
      ['Cut out caffeine after noon and your insomnia eases.', ['unsupported-claim warning «insomnia eases»']],
      ['Practise the breathing drill daily and the panic attacks fade.', ['unsupported-claim warning «panic attacks fade»']],
      ['Stretch your calves every morning and heel pain goes away.', ['unsupported-claim warning «pain goes away»']],
      ['Wait a week and the rash usually fades.', []],
      ['Take the tablets and the rash gets worse.', []],
      ['Strengthen your glutes and the knee pain doesn\'t stop.', []],
      ['Build a website and sales go up.', []],
      ['Book online and the receptionist calls you back.', []],
    ]);
  });
});
