// absolute-claim and vague-attribution on blog prose (issue #3, round 11, part B). Each describe block is one cause, stated
// as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim and vague-attribution on blog prose (round 11, part B)', () => {
  describe("a complaint owned by a person is cure language after a cure verb even when the noun also names a side effect (cured my son's peanut allergy, cured my nausea), and a condition named by its eponym's possessive alone (reversed her Hashimoto's)", () => {
    cases([
      ["The clinic cured my son's peanut allergy in a year.", ['absolute-claim error «cured»']],
      ['Her ginger drops cured my nausea overnight.', ['absolute-claim error «cured»']],
      ['The tincture cured his dust allergy for good.', ['absolute-claim error «cured»']],
      ["Three months of this diet reversed her Hashimoto's.", ['absolute-claim error «reversed»']],
      ["Acupuncture cured my Raynaud's.", ['absolute-claim error «cured»']],
      // Food that is cured, denials, questions, a drug's side effect, the condition named without a cure.
      ['Cured meats can trigger an allergy.', []],
      ["We can't cure a peanut allergy, but we can help you manage it.", []],
      ['Does anything cure a milk allergy?', []],
      ['The antibiotic gave my daughter an allergy.', []],
      ["My Hashimoto's was diagnosed in 2019.", []],
      ['Nausea is a common side effect of the tablets.', []],
      ["Her Raynaud's gets worse in winter.", []],
    ]);
  });

  describe("the noun 'guarantee' after a period compound or a maker's possessive is a product's warranty (a ten-year manufacturer's guarantee, a lifetime guarantee), unless it goes on to say what it guarantees", () => {
    cases([
      ['We guarantee your knee pain will ease within a month.', ['absolute-claim error «We guarantee»']],
      ['Our insoles carry a five-year guarantee that your heel pain will not return.', ['absolute-claim error «guarantee»']],
      // Warranties on equipment.
      ["Our treadmills come with a ten-year manufacturer's guarantee.", []],
      ['Every hearing aid comes with a two-year guarantee.', []],
      ['The massage chair has a lifetime guarantee.', []],
      ["The maker's guarantee covers the pump motor.", []],
    ]);
  });

  describe('invulnerability said as an adjective with a health object (bulletproof against colds, invincible against flu, invulnerable to infections) is total protection', () => {
    cases([
      ['Nightly elderberry makes your family bulletproof against colds.', ['absolute-claim error «bulletproof against»']],
      ['This tonic makes your immune system invincible against flu.', ['absolute-claim error «invincible against»']],
      ['Daily garlic makes you invulnerable to chest infections.', ['absolute-claim error «invulnerable to»']],
      // The same adjectives about feelings or things, a denial, a question.
      ['Her confidence made her bulletproof against criticism.', []],
      ['The van has bulletproof glass.', []],
      ['No supplement makes you bulletproof against flu.', []],
      ['Is anyone really invincible against colds?', []],
    ]);
  });

  describe("a negative universal over what the practitioner does as the subject of harm (Nothing we use can harm your baby) is total safety, 'even if' widening it; a condition after it or another verb is not", () => {
    cases([
      ['Nothing we use in the treatment room can harm your baby.', ['absolute-claim error «Nothing we use in the treatment room can harm»']],
      ['Nothing I prescribe could possibly hurt you.', ['absolute-claim error «Nothing I prescribe could possibly hurt»']],
      ['Relax: nothing we teach in class can injure your back.', ['absolute-claim error «nothing we teach in class can injure»']],
      ['Nothing we teach can hurt your knees, even if you have never exercised.', ['absolute-claim error «Nothing we teach can hurt»']],
      // Other verbs, things tried in the past, a condition, a comparison, logistics.
      ['Nothing we do will stop the rain.', []],
      ['Nothing we tried could help his cough.', []],
      ['Nothing we do can hurt you unless you push through sharp pain.', []],
      ['Nothing hurts more than a broken toe.', []],
      ['Nothing we sell is suitable for children under two.', []],
    ]);
  });

  describe("relief over every instance of a complaint (took away every last craving, eased all my aches, soothed every single itch) is totality; over a good state, a thing or in a denial it is not", () => {
    cases([
      ['The patches took away every last craving within a week.', ['absolute-claim error «took away»']],
      ['This balm eased all my aches after one week.', ['absolute-claim error «eased»']],
      ['Her rosemary oil soothed every single itch on my scalp.', ['absolute-claim error «soothed»']],
      ['The nasal spray calmed all my sneezing in a day.', ['absolute-claim error «calmed»']],
      // A good state taken away, things, a denial, an instruction, a question, a physical easing.
      ['The gel took away all my energy for a day.', []],
      ['The new manager took away all the fun.', []],
      ["Paracetamol won't take away every ache.", []],
      ['Take away all the cushions before the class.', []],
      ['Does ibuprofen ease every headache?', []],
      ['The nurse eased all the bandages off carefully.', []],
    ]);
  });

  describe('a complaint that has completely lifted, faded or settled, when someone owns it or has had it for years, is totality; its usual course, weather, questions and denials are not', () => {
    cases([
      ['Since starting the drops, my hay fever has completely settled.', ['absolute-claim error «completely settled»']],
      ['The eczema I had for years has totally faded.', ['absolute-claim error «totally faded»']],
      ['Her anxiety has completely lifted since the course.', ['absolute-claim error «completely lifted»']],
      // Natural history, weather, an unowned complaint, a question, a denial.
      ['By day ten the bruising had usually completely faded.', []],
      ['The fog has completely lifted over the hills.', []],
      ['The swelling has completely subsided.', []],
      ['Has your back pain completely settled?', []],
      ['My hay fever has not completely settled.', []],
    ]);
  });

  describe("a benefit promised whatever the severity of the case (heal faster, however old they are; clears eczema, no matter how stubborn it is) is totality; the same concession before advice or about the reader is not", () => {
    cases([
      ['Leg ulcers heal faster in the chamber, however old they are.', ['absolute-claim error «however old»']],
      ['This cream clears eczema, no matter how stubborn it is.', ['absolute-claim error «no matter how stubborn»']],
      ['Our insoles ease heel pain, however bad it gets.', ['absolute-claim error «however bad»']],
      // Advice after the concession, no benefit, a limit, a non-health comparison.
      ['However bad your back pain is, see your GP if it lasts.', []],
      ['However long it takes, keep going.', []],
      ['No matter how bad the pain is, do not take more than eight tablets a day.', []],
      ['However old the scar is, it is worth asking about.', []],
      ['The app loads faster, however old your phone is.', []],
    ]);
  });

  describe("a good state of the body never lost again after a treatment (your skin will never lose its glow again) is permanence; without a treatment, with hope or as a question it is not", () => {
    cases([
      ['After one course of our laser, your skin will never lose its glow again.', ['absolute-claim error «never lose»']],
      ['One course of the supplement and your hair will never lose its shine again.', ['absolute-claim error «never lose»']],
      // Things, natural history, hope, a question.
      ["You'll never lose your keys again with this app.", []],
      ['Once your baby teeth fall out, you never lose them again.', []],
      ['We hope your skin never loses its glow again after the course.', []],
      ['Will my skin never lose its glow again after the course?', []],
    ]);
  });

  describe("a safety word followed by a universal scope over the people treated (harmless at any age, risk-free for everyone, from toddlers to grandparents) is total safety of a treatment; said of a kind of complaint, denied or asked it is not", () => {
    cases([
      ['The breathing method is harmless for all ages.', ['absolute-claim error «harmless»']],
      ['The Wim Hof method is harmless whatever your age.', ['absolute-claim error «harmless»']],
      ['Our drops are risk-free for everyone in the family.', ['absolute-claim error «risk-free»']],
      ['The tea is harmless from toddlers to grandparents.', ['absolute-claim error «harmless»']],
      // A kind of complaint, a denial, natural history, a question, a subject with no scope over people.
      ['A small bruise is harmless at any age.', []],
      ['The breathing method is harmless to the furniture.', []],
      ['Measles is not harmless at any age.', []],
      ['A heart murmur is usually harmless at any age.', []],
      ['Is the vaccine harmless at any age?', []],
    ]);
  });

  describe('institutions of care counted but not named (many clinics, hundreds of hospitals) and professions counted in thousands are unnamed sources', () => {
    cases([
      ['Many clinics report that LED masks calm rosacea within weeks.', ['vague-attribution warning «Many clinics report»']],
      ['Hundreds of hospitals have found that music eases pre-op nerves.', ['vague-attribution warning «Hundreds of hospitals have found»']],
      ['Thousands of physios swear that taping speeds up recovery.', ['vague-attribution warning «Thousands of physios swear that»']],
      ['Dozens of fertility clinics have found that acupuncture boosts IVF success.', ['vague-attribution warning «Dozens of fertility clinics have found»']],
      // The same groups doing other things, a question, a denial.
      ['Many clinics close at Christmas.', []],
      ['Thousands of nurses marched through London on Saturday.', []],
      ['Do many clinics report that LED masks calm rosacea?', []],
      ['No clinics report that LED masks calm rosacea.', []],
      ['Many clinics now offer evening appointments for smear tests.', []],
    ]);
  });

  describe("a field's community named by its field (the nutrition world, the dental profession) with a change of mind (has come round to the view that, has woken up to the fact that) is an unnamed source of a health assertion", () => {
    cases([
      ['The nutrition world has come round to the idea that eggs are good for your heart.', ['vague-attribution warning «nutrition world has come round to the idea that»']],
      ['The fitness community has finally woken up to the fact that rest days prevent injuries.', ['vague-attribution warning «fitness community has finally woken up to the fact that»']],
      ['The dental profession has come round to the view that xylitol protects teeth.', ['vague-attribution warning «dental profession has come round to the view that»']],
      // A local community, no health assertion, a question.
      ['The local community has come round to the view that the clinic should stay open.', []],
      ['The fitness community meets every Saturday in the park.', []],
      ['Has the nursing profession come round to the idea that naps prevent burnout?', []],
      ['The whole community came round to the view that the pool should reopen.', []],
    ]);
  });

  describe('an unnamed group that recognises the pattern or the link (of what came before) appeals to consensus; recognising the pattern of something is a skill', () => {
    cases([
      ['Thousands of GPs recognise the link between gut health and mood.', ['vague-attribution warning «Thousands of GPs recognise the link»']],
      ['Lots of midwives recognise the pattern too.', ['vague-attribution warning «Lots of midwives recognise the pattern»']],
      // A diagnostic skill, signs, a child, a named group.
      ['Experienced GPs recognise the pattern of migraine quickly.', []],
      ['Good GPs recognise the signs of sepsis early.', []],
      ['Most toddlers recognise the pattern on the rug.', []],
      ['Our GPs recognise the link between gut health and mood.', []],
    ]);
  });

  describe("a letter's or a post's label (P.S., P.P.S., N.B., PS:) opens the sentence after it: the capital that follows is not part of a name", () => {
    cases([
      ['PS: Doctors agree that walking after meals steadies blood sugar.', ['vague-attribution warning «Doctors agree»']],
      ['N.B. Experts say fermented foods calm the gut.', ['vague-attribution warning «Experts say»']],
      ['P.P.S. Researchers have shown that cold showers boost your mood.', ['vague-attribution warning «Researchers have shown»']],
      // The same labels before logistics and a named source.
      ['P.S. Doctors will be on hand at the open day.', []],
      ['P.S. Experts will be answering questions after the talk.', []],
      ['N.B. Researchers at Leeds University are recruiting for a sleep study.', []],
    ]);
  });

  describe('a group that says something about itself (have long said that they need more staff) reports its own situation, not a finding', () => {
    cases([
      ['Doctors say that walking lowers blood pressure.', ['vague-attribution warning «Doctors say»']],
      ['GPs say that their patients sleep better after the course.', ['vague-attribution warning «GPs say»']],
      // The speakers' own situation.
      ['Midwives have long said that they need more staff on nights.', []],
      ['Paramedics say their shifts are getting longer.', []],
      ['Health visitors have always said that their caseloads are too big.', []],
    ]);
  });
  describe('a cure verb whose direct object is a word that is also a side effect (cures allergies, cures your nausea) is cure language, as "cures hay fever" is', () => {
    cases([
      ['This herbal tea cures allergies.', ['absolute-claim error «cures»']],
      ['Ginger cures nausea in pregnancy.', ['absolute-claim error «cures»']],
      ['Our balm cures a bad headache in minutes.', ['absolute-claim error «cures»']],
      ['These drops cure your nausea on long journeys.', ['absolute-claim error «cure»']],
      // Cured meat, a negation, a question, a denial with 'nothing'.
      ['Cured meats can trigger headaches.', []],
      ['Ginger does not cure nausea.', []],
      ['Can ginger cure nausea?', []],
      ['Nothing cures a hangover.', []],
    ]);
  });
});
