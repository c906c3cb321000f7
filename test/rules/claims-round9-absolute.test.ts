// absolute-claim and vague-attribution on blog prose (issue #3, round 9, part B). Each describe block is one cause, stated
// as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim and vague-attribution on blog prose (round 9, part B)', () => {
  describe('unnamed sources in other words: verbs of conceding and coming to accept, praise by a name, consensus within a group, a group that will tell you, a tradition confirmed by science, a comparison credited to evidence', () => {
    cases([
      // Quantifiers and verbs of conceding or coming round to an idea.
      ['Plenty of physiotherapists now admit that stretching before a run prevents injuries.', ['vague-attribution warning «Plenty of physiotherapists now admit that»']],
      ['Even sceptical cardiologists concede that beetroot juice lowers blood pressure.', ['vague-attribution warning «cardiologists concede that»']],
      ['Dermatologists are increasingly acknowledging that diet plays a part in adult acne.', ['vague-attribution warning «Dermatologists are increasingly acknowledging that»']],
      ['GPs are now recognising that gentle yoga has a role alongside painkillers.', ['vague-attribution warning «GPs are now recognising»']],
      ['Doctors are slowly accepting that fish oil eases joint pain.', ['vague-attribution warning «Doctors are slowly accepting that»']],
      // Praise by a name.
      ['Fertility experts are hailing myo-inositol as a game-changer for women with PCOS.', ['vague-attribution warning «experts are hailing»']],
      ['Allergists are calling local honey the best natural remedy for hay fever.', ['vague-attribution warning «Allergists are calling»']],
      // Consensus within a group.
      ["It's well known among dentists that xylitol gum protects children's teeth.", ["vague-attribution warning «It's well known among dentists that»"]],
      ['It is widely accepted in the running world that ice baths speed up recovery.', ['vague-attribution warning «It is widely accepted in the running world that»']],
      // A group of people named by what they do, who will tell you or swear.
      ['Marathon runners will tell you that beetroot juice improves endurance.', ['vague-attribution warning «Marathon runners will tell you that»']],
      ['Seasoned midwives would tell you that raspberry leaf tea shortens labour.', ['vague-attribution warning «Seasoned midwives would tell you»']], // round 10 (B): the whole source
      ['Old-school boxing coaches swear that cold showers keep colds away.', ['vague-attribution warning «Old-school boxing coaches swear that»']],
      ['Many osteopaths swear by gentle stretching for a stiff neck.', ['vague-attribution warning «Many osteopaths swear by»']],
      // A tradition and the science said to confirm it; a comparison of efficacy credited to evidence.
      ['Grandmothers knew what modern science is only now confirming: ginger settles an upset stomach.', ['vague-attribution warning «what modern science is only now confirming»']],
      ['There is some evidence that tea tree oil works as well as benzoyl peroxide on mild acne.', ['vague-attribution warning «There is some evidence that»']],
      ['Research suggests that acupuncture works just as well as painkillers for tension headaches.', ['vague-attribution warning «Research suggests»']],
      // Calls for action, names for a condition, logistics, questions, advice about what a test or a doctor will tell you.
      ['Doctors are calling for a ban on energy drinks for under-16s.', []],
      ['Dermatologists call this pattern of spots maskne.', []],
      ["Doctors are calling this year's flu season the worst in a decade.", []],
      ['Nurses are calling every family on the waiting list this week.', []],
      ['Experts are hailing the new screening programme as a success for the NHS.', []],
      ['Scientists are now accepting applications for the autumn trial.', []],
      ['Your GP will tell you whether you need a second dose.', []],
      ['Blood tests will tell you if your iron is low.', []],
      ['Our nurses will tell you that the clinic closes at six on Fridays.', []],
      ['Hikers will tell you how hard the last mile is.', []],
      ['Many nurses swear by a good pair of clogs.', []],
      ['Researchers are only now discovering how the gut talks to the brain.', []],
      ['Is it well known among midwives that raspberry leaf tea shortens labour?', []],
      ['There is some evidence that the new bus route works as well as the old one.', []],
      ['Few dentists admit that they get nervous before an extraction.', []],
    ]);
  });

  describe('total safety said in a list of absences or as a negated verb (with no steroids and no side effects; No needles, no side effects; it never gives you side effects; as safe as water)', () => {
    cases([
      ['This balm soothes eczema with no steroids and no side effects.', ['absolute-claim error «no side effects»']],
      ['Our acupuncture plan eases back pain without pills and with no side effects.', ['absolute-claim error «with no side effects»']],
      ['No needles, no downtime, no side effects.', ['absolute-claim error «no side effects»']],
      ["The new hay fever spray doesn't cause any side effects.", ["absolute-claim error «doesn't cause any side effects»"]],
      ['This herbal sleep tonic never gives you side effects.', ['absolute-claim error «never gives you side effects»']],
      ["Our magnesium gummies won't cause any nasty side effects.", ["absolute-claim error «won't cause any nasty side effects»"]],
      ['Relief from heartburn without a single side effect.', ['absolute-claim error «without a single side effect»']],
      ['Our CBD oil is as safe as a glass of water.', ['absolute-claim error «as safe as a glass of water»']],
      // Study findings, conditions, frequencies, side effects that pass, advice, questions.
      ['The trial reported no side effects in either group.', []],
      ['No side effects were reported by the volunteers.', []],
      ['If you get no side effects after a week, the dose can go up.', []],
      ['Most people get no side effects from the vaccine.', []],
      ['The nausea usually wears off within a few days.', []],
      ["Don't ignore side effects such as a rash or swelling.", []],
      ["It doesn't cause any side effects in most people.", []],
      ['Does it have no side effects at all?', []],
      ['Tell your pharmacist if the tablets cause any side effects.', []],
    ]);
  });

  describe('totality: a person or the body completely free of a complaint or of toxins, every cell or organ renewed, every person treated', () => {
    cases([
      ['After a week-long cleanse your gut will be completely free of parasites.', ['absolute-claim error «completely free of»']],
      ["Since starting the drops I've been completely free of headaches.", ['absolute-claim error «completely free of»']],
      ['Our herbal tea leaves your liver totally free of toxins.', ['absolute-claim error «totally free of»']],
      ['Three sessions and my skin has been completely clear of spots.', ['absolute-claim error «completely clear»']],
      ['This green juice cleanse rejuvenates every cell in your body.', ['absolute-claim error «every cell in your body»']],
      ['Our hydrogen water nourishes every single organ in your body.', ['absolute-claim error «every single organ in your body»']],
      ['Our balance class prevents falls in every resident who takes part.', ['absolute-claim error «every resident»']],
      ['Our eczema cream clears flare-ups in every child who uses it.', ['absolute-claim error «every child»']],
      ['Everyone who tries our magnesium spray sleeps better.', ['absolute-claim error «Everyone»']],
      // Composition, price, conditions, natural history, physiology, services, populations named by a condition.
      ['Our cereal bars are completely free of gluten.', []],
      ['The consultation is completely free of charge.', []],
      ['Wait until the wound is completely free of infection before you swim.', []],
      ['Most children are completely free of symptoms by the age of five.', []],
      ['You must be completely free of fever for 48 hours before returning to school.', []],
      ['Your blood carries oxygen to every cell in your body.', []],
      ['Vitamin D receptors are found in almost every cell in your body.', []],
      ['Every cell in your body needs magnesium to work properly.', []],
      ['Oxygen nourishes every cell in your body.', []],
      ['We measure blood pressure in every patient at the first visit.', []],
      ['Metformin lowers blood sugar in all patients with type 2 diabetes.', ['unsupported-claim warning «lowers»']],
      ['Everyone who books before Friday gets a free consultation.', []],
      ['Ear infections are common in every child under five.', []],
    ]);
  });

  describe('total protection: against what bites or infects, and as a figure of speech (a body where illness cannot take hold)', () => {
    cases([
      ['This repellent band gives you complete protection from mosquitoes.', ['absolute-claim error «complete protection from»']],
      ['The new cream offers total protection against midge bites.', ['absolute-claim error «total protection against»']],
      ["Our mushroom blend builds a body where colds simply can't take hold.", ["absolute-claim error «colds simply can't take hold»"]],
      ["Daily sea swims turn your immune system into a fortress where infections can't get a foothold.", ["absolute-claim error «infections can't get a foothold»"]],
      // Advice, a need, a negation, hygiene facts.
      ['Wear a hat and long sleeves for complete protection from the sun.', []],
      ['You need two doses for full protection from measles.', []],
      ['No repellent gives complete protection from bites.', []],
      ["Keep the cut clean so germs can't get in.", []],
      ["Most germs can't survive for long on a dry surface.", []],
      ["Bacteria can't survive in boiling water.", []],
    ]);
  });

  describe('reversal of ageing (reverses your biological age, turns back your biological clock, takes ten years off your age)', () => {
    cases([
      ['Our collagen drink reverses the signs of ageing.', ['absolute-claim error «reverses»']],
      ['This red light therapy turns back your biological clock.', ['absolute-claim error «turns back your biological clock»']],
      ['Our NAD patches take ten years off your biological age.', ['absolute-claim error «take ten years off your biological age»']],
      ['The fasting plan makes you biologically younger.', ['absolute-claim error «makes you biologically younger»']],
      ['Our peptide protocol reversed my cellular age by six years.', ['absolute-claim error «reversed»']],
      // Clocks, negations, questions, a measurement, an order.
      ['Putting the clocks back in October can upset your sleep.', []],
      ['Nothing can reverse ageing.', []],
      ['Can any cream turn back the clock?', []],
      ['Your biological age is estimated from a panel of blood markers.', []],
      ['Reversing the order of the questions made no difference.', []],
    ]);
  });

  describe('permanence: a health state held in place for life, a resolved state for good after a treatment, a complaint gone completely in a testimonial, a guarantee after a negation in another clause', () => {
    cases([
      ['Our knee programme keeps your joints moving freely for life.', ['absolute-claim error «for life»']],
      ['This spray freezes your hay fever in its tracks for good.', ['absolute-claim error «for good»']],
      ['After two sessions her colic was sorted for good.', ['absolute-claim error «sorted for good»']],
      ['My back has been fixed for good since the course of adjustments.', ['absolute-claim error «fixed for good»']],
      ['After the operation most patients are pain-free for life.', ['absolute-claim error «pain-free for life»']],
      ['My eczema has disappeared completely since I started the cream.', ['absolute-claim error «completely»']],
      ['His asthma has cleared up completely after the course.', ['absolute-claim error «completely»']],
      ["There's no waiting list, and the treatment is guaranteed to work.", ['absolute-claim error «is guaranteed to»']],
      // A disease as the subject, perks, advice, natural history, moving house, a service guaranteed, a negated testimonial.
      ['Diabetes keeps many people on insulin for life.', []],
      ['Members keep their discount for life.', []],
      ['Keep your vaccination record safe for life.', []],
      ['Once damaged, the nerve stays that way for life.', []],
      ['The colic usually settles for good by four months.', []],
      ['We moved to the coast and settled for good.', []],
      ['The rash cleared up for good on its own.', []],
      ['The rash usually disappears completely within a week.', []],
      ["My headaches haven't vanished completely, but they're better.", []],
      ["There's no waiting list, and appointments are guaranteed within a week.", []],
    ]);
  });

  describe('the rest of each category in lay words: no contraindications, safe alongside any medication, complete relief from a complaint, a 100% success rate, undoing years of damage, a scientific fact', () => {
    cases([
      ['Our turmeric capsules have no contraindications.', ['absolute-claim error «have no contraindications»']],
      ['This tea is safe to take alongside any medication.', ['absolute-claim error «safe to take alongside any medication»']],
      ['Our balm gives complete relief from eczema itch.', ['absolute-claim error «complete relief from»']],
      ['Our programme gives total relief from back pain.', ['absolute-claim error «total relief from»']],
      ['Our reflexology has a 100% success rate for migraines.', ['absolute-claim error «100% success rate»']],
      ['Our gel undoes years of sun damage.', ['absolute-claim error «undoes years of sun damage»']],
      ['It is a scientific fact that magnesium calms the nervous system.', ['absolute-claim error «scientific fact»']],
      // Advice, a contraindication named, a proportion, a purpose, a negation, logistics, a fact outside health.
      ['Check the leaflet for contraindications before you start.', []],
      ['Pregnancy is a contraindication for this vaccine.', []],
      ['Tell us if you take any other medication.', []],
      ['Some women get complete relief from hot flushes on HRT.', []],
      ['For complete relief from sunburn, keep your skin covered.', []],
      ['Nobody gets complete relief from tinnitus overnight.', []],
      ['Our clinic has a 100% success rate for same-day appointments.', []],
      ['It is a scientific fact that the earth goes round the sun.', []],
      ['Stopping smoking cannot undo years of damage overnight.', []],
    ]);
  });

  describe('nearest negatives of the round 9 terms in careful prose (a proportion, a limit, a hedge, an idiom, a practice, advice)', () => {
    cases([
      ['Some insect repellents give complete protection from bites for a few hours only.', []],
      ["This cream doesn't cause any side effects that we know of, but tell us if your skin reacts.", []],
      ['Our physios will tell you that recovery takes time and patience.', []],
      ['Runners in our club swear by the Tuesday hill session.', []],
      ['Many parents admit that they find bedtime the hardest part of the day.', []],
      ['With no appointment needed and no waiting list, our walk-in clinic is open every day.', []],
      ['We saw no side effects and no drop-outs in our small pilot.', []],
      ['Exercise benefits every organ in your body.', []],
      ['We offer a free hearing check for every resident over 65.', []],
      ['Old wives will tell you that a cold comes from getting your feet wet, but that is a myth.', []],
      ['Once you have had chickenpox you are usually immune for life.', []],
      ['She has been symptom-free for good reason: she takes her inhaler every day.', ['unsupported-claim warning «She has been symptom-free»']],
    ]);
  });

  describe('more of the unnamed-source family: ask any X and they will tell you, the consensus among a group, conventional wisdom, anyone who has tried it, a finding that backs up what a tradition always said, a verb of recognising with an adverb', () => {
    cases([
      ["Ask any physio and they'll tell you that foam rolling speeds up recovery.", ["vague-attribution warning «Ask any physio and they'll tell you that»"]],
      ['The consensus among nutritionists is that oats lower cholesterol.', ['vague-attribution warning «consensus among nutritionists is that»']],
      ['Conventional wisdom says that vitamin C shortens colds.', ['vague-attribution warning «Conventional wisdom says that»']],
      ['Anyone who has tried it will tell you that cold water therapy lifts your mood.', ['vague-attribution warning «Anyone who has tried it will tell you that»']],
      ['Science now backs up what grandmothers always said about chicken soup.', ['vague-attribution warning «Science now backs up»']],
      ['Clinicians widely recognise that sleep is essential for recovery.', ['vague-attribution warning «Clinicians widely recognise that»']],
      // A negated consensus, a document, advice from the reader's own pharmacist, gossip about a queue, a study's limits, office talk.
      ['There is no consensus among experts that fish oil protects the heart.', []],
      ['The consensus statement was published in 2019.', []],
      ['Ask your pharmacist and they will tell you how to take it.', []],
      ["Talk to a nurse and she'll explain the side effects.", []],
      ['Anyone who has tried it will tell you the queue is long.', []],
      ['Researchers recognise that the study was small.', []],
      ['The general feeling among staff is that the new rota works better.', []],
    ]);
  });

  describe('guarantee in lay words: a promise of a health result, will definitely / certainly + a verb of clearing or helping', () => {
    cases([
      ["We promise you'll sleep better within a week.", ['absolute-claim error «We promise»']],
      ['I promise your back pain will ease after the first session.', ['absolute-claim error «I promise»']],
      ['This cream will definitely clear your acne.', ['absolute-claim error «will definitely clear»']],
      ['Our drops will certainly help with hay fever.', ['absolute-claim error «will certainly help with»']],
      // A promise of a service or of privacy, a promise refused, a question, a condition.
      ['We promise to call you back within a day.', []],
      ['We promise your details stay private.', []],
      ["I can't promise you'll sleep better, but many people do.", []],
      ["We can't promise that your pain will go.", []],
      ['Will it definitely clear my acne?', []],
      ["If it will definitely help with the pain, I'll try it.", []],
    ]);
  });
});
