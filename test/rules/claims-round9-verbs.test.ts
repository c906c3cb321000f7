// unsupported-claim on blog prose (issue #3, round 9, part C): what a treatment does — the harm and outcome nouns, verbs
// and idioms of doing good that round 8's blind drafts used, built as word classes. Each describe block is one cause,
// stated as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 9, part C: what a treatment does)', () => {
  describe('harm and outcome nouns body system by body system (circulation, serious outcomes, feet, hair, skin and ageing, nerves, mind, gut and bladder, children, travel, fitness, immunity)', () => {
    cases([
      ['Flight socks help prevent blood clots and DVT on the way to Sydney.', ['unsupported-claim warning «help»']],
      ['Daily foot checks cut the number of amputations in people with diabetes.', ['unsupported-claim warning «cut»']],
      ['A nurse-led follow-up call reduced readmissions last winter.', ['unsupported-claim warning «reduced»']],
      ['Our urea balm softens calluses and corns in a fortnight.', ['unsupported-claim warning «softens»']],
      ['The new lotion might slow hair thinning at the temples.', ['unsupported-claim info «might slow»']],
      ['Caffeine shampoo reduces shedding, our stylists find.', ['unsupported-claim warning «reduces»']],
      ['A vitamin C serum fades dark circles and eye bags.', ['unsupported-claim warning «fades»']],
      ['B12 injections ease the pins and needles in her feet.', ['unsupported-claim warning «ease»']],
      ['Alpha-lipoic acid may reduce numbness and tingling in the toes.', ['unsupported-claim info «may reduce»']],
      ['Fennel tea relieves trapped wind and burping after meals.', ['unsupported-claim warning «relieves»']],
      ['Cherry juice may prevent gout attacks.', ['unsupported-claim info «may prevent»']],
      ['Pelvic floor work cuts leaks when you sneeze.', ['unsupported-claim warning «cuts»']],
      ['A chamomile gel soothes teething pain in babies.', ['unsupported-claim warning «soothes»']],
      ['Ginger capsules prevent seasickness on the ferry.', ['unsupported-claim warning «prevent»']],
      ['Beetroot shots improve oxygen uptake in older cyclists.', ['unsupported-claim warning «improve»']],
      ['Interval training raises your VO2 max within six weeks.', ['unsupported-claim warning «raises»']],
      ['Elderberry syrup may strengthen your resistance to winter bugs.', ['unsupported-claim info «may strengthen»']],
      ['Polyphenols neutralise free radicals and limit cell damage.', ['unsupported-claim warning «neutralise»']],
      ['Saffron might quiet racing thoughts at bedtime.', ['unsupported-claim info «might quiet»']],
      ['Low-level laser light regrows hair at the crown.', ['unsupported-claim warning «regrows»']],
      ['Exercise may help the brain grow new nerve cells, and bolsters memory.', ['unsupported-claim info «may help»']],
      // Natural history, side effects, anatomy words in logistics, advice, questions, negations, shedding pounds.
      ['Blood clots are more likely on flights longer than four hours.', []],
      ['Corns form where a shoe rubs.', []],
      ['The shedding usually slows down by itself within six months of a stressful event.', []],
      ['Some hair shedding is normal after a fever.', []],
      ['Warfarin is a blood-thinning drug; ask us about thinning agents and your diet.', []],
      ['Numbness and tingling can be a side effect of the tablets.', []],
      ['If your toes go numb, see your GP.', []],
      ['Do leaks after childbirth always get better?', []],
      ['No trial has shown that the shampoo slows shedding.', []],
      ['Malaria is spread by mosquitoes at dusk.', []],
      ['Book your travel jabs at least six weeks before you fly.', []],
      ['Chilled teething rings are on sale in the pharmacy.', []],
    ]);
  });

  describe('verbs and idioms of doing good, with a health object only: regrowing, rousing, deepening, bolstering; dissolving, releasing, quietening, mopping up, putting paid to', () => {
    cases([
      ['Lavender oil dissolves the day\'s stress in minutes.', ['unsupported-claim warning «dissolves»']],
      ['A deep-tissue massage releases tension in the shoulders.', ['unsupported-claim warning «releases»']],
      ['Hearing aids quieten the ringing in your ears.', ['unsupported-claim warning «quieten»']],
      ['The new inhaler has put paid to her night-time coughing.', ['unsupported-claim warning «put paid to»']],
      ['Vitamin C may mop up the free radicals that age your skin.', ['unsupported-claim info «may mop up»']],
      ['Microneedling rouses dormant follicles along the hairline.', ['unsupported-claim warning «rouses»']],
      ['A warm bath before bed deepens sleep.', ['unsupported-claim warning «deepens»']],
      ['Zinc lozenges bolster your defences against colds.', ['unsupported-claim warning «bolster»']],
      ['Breathwork could silence the panic attacks for good.', ['absolute-claim error «for good»']],
      ['Cognitive training dialled down his anxiety within a month.', ['unsupported-claim warning «dialled down»']],
      // A verb of the class with no health object: chemistry, logistics, a body's own working, questions, negations.
      ['Sugar dissolves faster in warm water.', []],
      ['The clinic releases new appointment slots every Monday.', []],
      ['Exercise releases endorphins and adrenaline.', []],
      ['Your skin renews itself about every four weeks.', []],
      ['Paper towels mop up spills in the waiting room.', []],
      ['Does a warm bath really deepen sleep?', []],
      ['No study has shown that zinc bolsters your defences.', []],
    ]);
  });

  describe('a part of the body as the subject of a benefit verb with another part as its object describes anatomy, not a treatment', () => {
    cases([
      // Claims: a treatment, a product or a trained part as the subject.
      ['A memory-foam pillow supports your neck while you sleep.', ['unsupported-claim warning «supports»']],
      ['Pilates strengthens the muscles that protect your spine.', ['unsupported-claim warning «strengthens»']],
      ['Arch supports that cushion the heel ease plantar pain.', ['unsupported-claim warning «ease»']],
      ['Strong glutes protect your knees on long runs.', ['unsupported-claim warning «protect»']],
      ['Our lubricating eye drops protect your eyes on screen-heavy days.', ['unsupported-claim warning «protect»']],
      ['Fluoride varnish strengthens the enamel on children\'s teeth.', ['unsupported-claim warning «strengthens»']],
      // Anatomy: a body part, tissue or organ holding, cushioning or protecting another.
      ['Your pelvic floor is a sling of muscle that supports the womb and bowel.', []],
      ['The rotator cuff is a ring of tendons that stabilises the shoulder.', []],
      ['Tears protect the eyes from grit and dust.', []],
      ['The liver detoxifies the blood day and night.', []],
      ['Ligaments support the ankle when you land.', []],
      ['The discs in your back cushion the spine.', []],
    ]);
  });

  describe('"help the body absorb" a substance states a mechanism (absorption), not a health outcome', () => {
    cases([
      ['Vitamin D helps your body fight off winter colds.', ['unsupported-claim warning «helps»']],
      ['Probiotics help your body digest lactose without the bloating.', ['unsupported-claim warning «help»']],
      ['Magnesium helps your body relax before sleep.', ['unsupported-claim warning «helps»']],
      ['Vitamin C helps your body absorb iron and eases tiredness.', ['unsupported-claim warning «eases»']],
      ['Eating fat with carrots helps the body absorb beta-carotene.', []],
      ['Vitamin C helps your body absorb iron from beans and greens.', []],
      ['A little olive oil helps the body take up lycopene from tomatoes.', []],
      ['Sunlight helps your body make vitamin D.', []],
    ]);
  });

  describe('"only" before the benefit and a condition on the person after it limit the benefit to a group: a restriction, not a claim', () => {
    cases([
      ['Iron tablets help tiredness when you are low in iron.', ['unsupported-claim warning «help»']],
      ['Zinc shortens colds if you take it in the first day.', ['unsupported-claim warning «shortens»']],
      ['The only thing that eases a hangover is time.', ['unsupported-claim warning «eases»']],
      ['Only one supplement reliably eases joint pain: omega-3.', ['unsupported-claim warning «eases»']],
      ['Vitamin B12 only lifts your energy if you are deficient.', []],
      ['Melatonin only helps jet lag when you take it at the right time of day.', []],
      ['Hearing aids only reduce the strain of listening if you wear them every day.', []],
      ['Iodine only makes a difference to thyroid health if your diet lacks it.', []],
    ]);
  });

  describe('make + an everyday activity + a comparative of ease or comfort ("makes sex more comfortable", "makes climbing stairs easier")', () => {
    cases([
      ['Vaginal oestrogen makes sex more comfortable after the menopause.', ['unsupported-claim warning «makes sex more comfortable»']],
      ['A knee brace made climbing stairs easier within a week.', ['unsupported-claim warning «made climbing stairs easier»']],
      ['Gel insoles make standing more bearable on long shifts.', ['unsupported-claim warning «make standing more bearable»']],
      ['These throat lozenges may make swallowing more comfortable.', ['unsupported-claim info «may make swallowing more comfortable»']],
      ['Perineal massage makes childbirth more manageable.', ['unsupported-claim warning «makes childbirth more manageable»']],
      ['Our online form makes booking easier.', []],
      ['Cold weather makes running harder.', []],
      ['Knee pain makes walking difficult.', []],
      ['Heavy rain makes walking less pleasant.', []],
      ['Ask your nurse whether a lubricant would make sex more comfortable.', []],
      ['Does a softer mattress make sleeping more comfortable?', []],
    ]);
  });

  describe('an enabling verb + a person + an activity + "without" + a complaint ("lets you run without leaking")', () => {
    cases([
      ['A well-fitted pessary may let you jog without leaking.', ['unsupported-claim info «may let you»']],
      ['Knee taping lets you kneel in the garden without pain.', ['unsupported-claim warning «lets you»']],
      ['The new brace lets her walk without limping.', ['unsupported-claim warning «lets her»']],
      ['A reliever inhaler lets children play football without wheezing.', ['unsupported-claim warning «lets children»']],
      ['A mouthguard allows you to sleep without grinding your teeth.', ['unsupported-claim warning «allows you to»']],
      ['The app lets you order repeat prescriptions without phoning the surgery.', []],
      ['Our booking system lets you see a nurse without waiting.', []],
      ['Many women cannot run without leaking after a baby.', []],
      ['Does the brace let you walk without limping?', []],
      ['Let your child play outside without a coat only when it is warm.', []],
    ]);
  });

  describe('keep + a body part or function + a state of health ("keeps your memory razor-keen", "keeps the spine growing straight", "keeps you young")', () => {
    cases([
      ['A daily crossword keeps your mind sharp.', ['unsupported-claim warning «keeps your mind sharp»']],
      ['Tai chi keeps your balance steady well into old age.', ['unsupported-claim warning «keeps your balance steady»']],
      ['Dancing keeps you young.', ['unsupported-claim warning «keeps you young»']],
      ['Omega-3 keeps your memory razor-sharp.', ['unsupported-claim warning «keeps your memory razor-sharp»']],
      ['Swimming keeps the spine supple and straight.', ['unsupported-claim warning «keeps the spine supple»']],
      ['Daily stretching keeps your joints working into your eighties.', ['unsupported-claim warning «keeps your joints working»']],
      ['Keep your back straight when you lift a box.', []],
      ['Bear in mind that the clinic keeps your records safe.', []],
      ['Our receptionists keep the surgery running smoothly.', []],
      ['Most children keep growing until about eighteen.', []],
      ['Does a crossword really keep your mind sharp?', []],
    ]);
  });

  describe('a passive of benefit with the outcome as subject and a time phrase that names starting the treatment instead of an agent', () => {
    cases([
      ['Hot flushes are eased after a few weeks on HRT.', ['unsupported-claim warning «eased»']],
      ['Sugar cravings are curbed once you start the plan.', ['unsupported-claim warning «curbed»']],
      ['Joint pain is often relieved within days of starting the capsules.', ['unsupported-claim warning «relieved»']],
      ['Your sleep is deepened within a fortnight of taking the drops.', ['unsupported-claim warning «deepened»']],
      ['Wheezing may be calmed within a week of switching to the new inhaler.', ['unsupported-claim info «may be calmed»']],
      ['Acne is visibly cleared after six weeks on the cream.', ['unsupported-claim warning «cleared»']],
      ['Patients are assessed within a week of starting treatment.', []],
      ['Blood pressure is checked within a month of starting the pills.', []],
      ['Symptoms are worsened within days of starting the tablets in a few people.', []],
      ['The rash is usually cleared within a week without any treatment.', []],
      ['Is pain eased within a week of starting the tablets?', []],
      ['Pain is not eased within days of starting the capsules.', []],
    ]);
  });

  describe('a participle clause after a clause of identity states what the subject does ("X is the ultimate brain mushroom, regrowing nerve cells")', () => {
    cases([
      ['Zinc is the ultimate winter mineral, shortening colds.', ['unsupported-claim warning «shortening»']],
      ['Ginger is one of the oldest kitchen remedies, easing travel sickness in minutes.', ['unsupported-claim warning «easing»']],
      ['Our Night Balm is the perfect bedtime ritual, easing restless legs.', ['unsupported-claim warning «easing»']],
      ['Beetroot juice is a favourite of cyclists, boosting stamina on long climbs.', ['unsupported-claim warning «boosting»']],
      ['Chamomile is a gentle herb, calming a teething baby\'s sore gums.', ['unsupported-claim warning «calming»']],
      ['The liver is a vital organ, cleansing the blood.', []],
      ['Flu is a serious illness, killing thousands each winter.', []],
      ['Smoking is the main cause of lung disease, raising the risk of stroke.', []],
      ['Vitamin D is a hormone, helping the body absorb calcium.', []],
      ['Our clinic is a friendly place, helping patients book appointments.', []],
      ['Is zinc the ultimate winter mineral, shortening colds?', []],
    ]);
  });

  describe('a group reports that a body part or good state feels, looks or is better, with a linking verb and a comparative of health ("Some users find their hair feels fuller")', () => {
    cases([
      ['Some users find their feet feel less sore by the end of the day.', ['unsupported-claim info «their feet feel less sore»']],
      ['Many of our clients say their skin looks clearer within a month.', ['unsupported-claim warning «their skin looks clearer»']],
      ['Most wearers find their scalp feels less itchy after a week.', ['unsupported-claim warning «their scalp feels less itchy»']],
      ['Several patients tell us their knees feel much looser on the stairs.', ['unsupported-claim warning «their knees feel much looser»']],
      ['A few customers have noticed their nails are stronger.', ['unsupported-claim warning «their nails are stronger»']],
      ['Some users find the app easier to use than the website.', []],
      ['Many parents find their child\'s eczema gets worse in winter.', []],
      ['Some users find their skin looks redder for the first few days.', []],
      ['Do users find their hair feels fuller?', []],
      ['Some users do not find their hair feels any fuller.', []],
      ['People with a cold often find their head feels clearer after a hot shower.', []],
    ]);
  });

  describe('get + a complaint + a state of resolution ("gets back pain settled", "got my wrist pain sorted")', () => {
    cases([
      ['Physio gets back pain settled quickly.', ['unsupported-claim warning «gets back pain settled»']],
      ['The splint got my wrist pain sorted in a fortnight.', ['unsupported-claim warning «got my wrist pain sorted»']],
      ['A steroid cream gets eczema flares settled within days.', ['unsupported-claim warning «gets eczema flares settled»']],
      ['This cream gets nappy rash healed overnight.', ['unsupported-claim warning «gets nappy rash healed»']],
      ['The app gets your prescription sorted.', []],
      ['Get that back pain sorted by a physio before the holidays.', []],
      ['Back pain usually gets settled within six weeks without treatment.', []],
      ['Does physio get back pain settled any faster?', []],
    ]);
  });
});
