// The claim rules on blog drafts (issue #3):
// - the constructions found by error analysis of the labelled blog corpus (test/fixtures/claims/blog/, scored by
//   bench/blog-claims.ts), each tested with new sentences (positive and nearest negative), none taken from the corpus;
// - each corpus draft matches its labels exactly, apart from the known gaps listed below (each with its reason): an
//   unlisted false positive, miss or severity disagreement fails, and so does a listed gap that no longer occurs;
// - "fix all" on each draft leaves no claim diagnostic above info, defines every placeholder once, and changes nothing
//   outside the paragraphs that had a diagnostic (every other line survives, in order).

import * as assert from 'node:assert/strict';
import { cases } from '../helpers/claim-cases';
import { lintText, fixText, applyEdits, preferredFix } from '../../server/src/engine/lint';
import { CITATION_PLACEHOLDER, classifySentence } from '../../server/src/engine/claims';
import { CLAIM_RULES, describe as describeDiag, lintDraft, loadCorpus, match, type Draft } from '../fixtures/claims/blog/corpus';
import referencesData from '../../server/src/data/references.json';


describe('claim rules on blog drafts: constructions', () => {
  describe('absolute-claim: "nothing short of a miracle" is an intensifier, not a negation', () => {
    cases([
      ['For people with eczema, this balm is nothing short of a miracle.', ['absolute-claim error «nothing short of a miracle»']],
      ['Our clients call the programme nothing less than a miracle.', ['absolute-claim error «nothing less than a miracle»']],
      ['The recovery after surgery was nothing short of remarkable.', []],
      ['There is nothing miraculous about vitamin C.', []],
    ]);
  });

  describe('absolute-claim: total prevention ("protects against every cold", "prevents all infections")', () => {
    cases([
      ['This tincture protects your children from all infections.', ['absolute-claim error «protects your children from all»']],
      ['A daily dose of zinc prevents every cold.', ['absolute-claim error «prevents every»']],
      ['Elderberry wards off all kinds of viruses.', ['absolute-claim error «wards off all kinds of»']],
      // Negated, not about health, or not total.
      ['No vaccine protects against every strain of flu.', []],
      ['Gloves protect you from all kinds of spills.', []],
      ['Handwashing prevents some infections.', ['unsupported-claim warning «prevents»']],
    ]);
  });

  describe('absolute-claim: a health outcome "completely gone", a symptom that "stopped completely"', () => {
    cases([
      ['Within a month of starting the cream my eczema was completely gone.', ['absolute-claim error «completely gone»']],
      ['After the fourth session the pain was completely gone.', ['absolute-claim error «completely gone»']],
      ['After eight sessions they have stopped completely, and I no longer need painkillers.', ['absolute-claim error «stopped completely»']],
      // Negated, advice, a side effect fading, or not a health outcome.
      ['The numbness was not completely gone by the next morning.', []],
      ['Wait until the numbness from the anaesthetic is completely gone before you eat.', []],
      ['Bruising is usually completely gone within two weeks.', []],
      ["The clinic's stock of flu vaccine was completely gone by October.", []],
      ['If the rash has not cleared up completely after a week, see your GP.', []],
      // The testimonial without the adverb is still a claim (unsupported), not an absolute one; so is a non-total state.
      ['My cramps are gone.', ['unsupported-claim warning «My cramps are gone»']],
      ['My pain is completely better.', ['unsupported-claim warning «My pain is completely better»']],
      ['My asthma is totally under control.', ['unsupported-claim warning «My asthma is totally under control»']],
      ['My migraines are completely cured.', ['absolute-claim error «completely cured»']],
    ]);
  });

  describe('absolute-claim: staying well through a season ("keeps your kids healthy all winter long")', () => {
    cases([
      ['Our tonic keeps your kids healthy all winter long.', ['absolute-claim error «keeps your kids healthy all winter long»']],
      ['Vitamin D drops help you stay healthy all year round.', ['absolute-claim error «stay healthy all year round»']],
      ['The clinic stays open all year round.', []],
      ['Take vitamin D all winter long if you rarely go outside.', []],
    ]);
  });

  describe('absolute-claim: "carries no risk of", "poses no danger to"', () => {
    cases([
      ['Colloidal silver carries no risk of side effects for children.', ['absolute-claim error «carries no risk»']],
      ['Hyaluronic acid injections pose no danger to the joint.', ['absolute-claim error «pose no danger»']],
      ['No treatment carries no risk.', []],
      ['Most people have no risk factors for clots.', []],
      ['Drink plenty of water so that you have no risk of dehydration.', []],
    ]);
  });

  describe('vague-attribution: "many physiotherapists believe", other unnamed professions', () => {
    cases([
      ['Many chiropractors believe that spinal manipulation boosts immunity.', ['vague-attribution warning «Many chiropractors believe»']],
      ['Some pharmacists say that this cream clears acne.', ['vague-attribution warning «Some pharmacists say»']],
      ['Most physiotherapists recommend ice for a sprained ankle.', ['vague-attribution warning «Most physiotherapists recommend»']],
      // No attribution verb, or advice to ask a named person.
      ['Many physiotherapists work in hospitals.', []],
      ['Many pharmacists now offer blood pressure checks.', []],
      ['Ask your pharmacist whether the tablets interact with your other medicines.', []],
    ]);
  });

  describe('vague-attribution: an undated or dated study described only by its population ("a 2019 study of 300 adults found")', () => {
    cases([
      ['A 2019 study found that magnesium lowered blood pressure.', ['vague-attribution warning «A 2019 study found»']],
      ['A 2019 study of 300 adults found that magnesium lowered blood pressure.', ['vague-attribution warning «A 2019 study of 300 adults found»']],
      ['A recent trial in nursing homes showed that vitamin D reduced falls.', ['vague-attribution warning «A recent trial in nursing homes showed»']],
      ['A small study among runners found that beetroot juice improved endurance.', ['vague-attribution warning «A small study among runners found»']],
      // Named or cited: specific, so not vague. Round 21 (N): a study named by its kind, its year and its first author is a
      // source a reader can look up, like a named health authority (ClaimInfo.namedSource), so unsupported-claim no longer
      // reports it either; a study named by its author alone ('a study by Patel and colleagues') still is.
      ['A 2019 study by Patel and colleagues found that magnesium lowered blood pressure.', []],
      ['A study by Patel and colleagues found that magnesium lowered blood pressure.', ['unsupported-claim warning «lowered»']],
      ['A 2019 study of 300 adults found that magnesium lowered blood pressure (Patel et al., 2019).', []],
      ['In a 2019 study, we measured blood pressure in 40 adults.', []],
    ]);
  });

  describe('unsupported-claim: a sentence-opening "Whether … or …," concedes, it does not ask', () => {
    cases([
      ['Whether you have arthritis or back pain, acupuncture relieves pain.', ['unsupported-claim warning «relieves»']],
      ['Whether you live with migraine, neck pain or back pain, our physiotherapy programme relieves pain.', ['unsupported-claim warning «relieves»']],
      // Open questions: the claim is inside the whether-clause, or there is no "or …,".
      ['Whether acupuncture relieves pain or not, it is popular.', []],
      ['Whether magnesium eases cramps is not yet known.', []],
      ['Whether zinc shortens colds or not remains unclear.', []],
      ['It is unclear whether you need a referral or not, but the leaflet explains it.', []],
    ]);
  });
 describe('unsupported-claim: relief brought or provided ("can bring relief from pain"), a deficiency corrected, an upset stomach soothed', () => {
    cases([
      ['A steroid injection can bring relief from pain.', ['unsupported-claim warning «can bring relief»']],
      ['Heat packs bring relief to sore muscles.', ['unsupported-claim warning «bring relief»']],
      ['A cortisone shot can provide short-term relief during a flare.', ['unsupported-claim warning «provide short-term relief»']],
      ['Vitamin B12 injections correct the deficiency.', ['unsupported-claim warning «correct»']],
      ['Ginger soothes an upset stomach.', ['unsupported-claim warning «soothes»']],
      // No relief, relief as a topic, a correction that is not of health, an upset stomach as a side effect or condition.
      ['The drug provided no relief from pain.', []],
      ['Relief from symptoms can take two weeks.', []],
      ['Please correct the dose on the label.', []],
      // "correct" as an adjective after a determiner.
      ['The correct diagnosis matters for people with cancer.', []],
      ['Getting the correct dose is important in kidney disease.', []],
      // Round 7: 'makes a big difference to' a health outcome is read like 'makes a difference to' (a claim on main); 'correct' is still no verb.
      ['A correct inhaler technique makes a big difference to asthma control.', ['unsupported-claim warning «makes a big difference»']],
      ['Iron tablets can cause an upset stomach.', []],
      ['The most common side effects are stomach upset and diarrhoea.', []],
      ['If a supplement gives you an upset stomach, take it with food.', []],
    ]);
  });
  describe('unsupported-claim: testimonials "gave me more energy", "feel the difference"; "restores your iron stores"', () => {
    cases([
      ['The tincture gave me more energy than I have had in years.', ['unsupported-claim warning «gave me more energy»']],
      ['Many of my clients feel the difference after one session.', ['unsupported-claim warning «feel the difference»']],
      ['Most people notice a real difference after two weeks of stretching.', ['unsupported-claim warning «notice a real difference»']],
      ['An infusion restores your iron stores in one visit.', ['unsupported-claim warning «restores»']],
      // Not a benefit, negated, asked, or a loss of iron.
      ['The clinic gave me more information than I expected.', []],
      ['You will not feel the difference between the two brands.', []],
      ['Can you feel the difference between generic and branded tablets?', []],
      ['Tea with meals can lower your iron stores.', []],
    ]);
  });

  describe('vague-attribution: agentless passive reports ("is thought to", "are believed to", "has been shown to")', () => {
    cases([
      ['Turmeric is thought to calm inflammation in the joints.', ['vague-attribution warning «is thought to»']],
      ['Zinc lozenges are widely believed to shorten colds.', ['vague-attribution warning «are widely believed to»']],
      ['Cranberry juice has been shown to prevent urinary infections.', ['vague-attribution warning «has been shown to»']],
      ['Cupping is said to draw out toxins through the skin.', ['vague-attribution warning «is said to»']],
      // A belief is an appeal whatever it reports, like "it is thought that".
      ['The condition is thought to affect one adult in a hundred.', ['vague-attribution warning «is thought to»']],
      // Negated, cited, asked, with its agent named, a study's own result, a harm, or not a report.
      ['No supplement has been shown to prevent dementia.', []],
      ['Melatonin has not been shown to improve sleep in older adults.', []],
      ['Turmeric is thought to calm inflammation [1].', []],
      ['Is turmeric thought to calm inflammation?', []],
      ['Migraine is thought by many neurologists to start in the brainstem.', []],
      ['Patients were found to have lower blood pressure after the course.', []],
      ['Ibuprofen is known to cause stomach bleeding in some people.', []],
      ['It has been said to patients many times.', []],
    ]);
  });

  describe('vague-attribution: a bare plural profession ("Dermatologists agree", "Pharmacists say")', () => {
    cases([
      ['Dermatologists agree that daily sunscreen protects the skin.', ['vague-attribution warning «Dermatologists agree»']],
      ['Pharmacists say this cream clears acne.', ['vague-attribution warning «Pharmacists say»']],
      ['Paediatricians recommend probiotics for colic.', ['vague-attribution warning «Paediatricians recommend»']],
      // No attribution verb, or a named (our) source.
      ['Surgeons operate on Tuesdays.', []],
      ['Dermatologists train for many years.', []],
      ['Our dermatologists recommend a gentle cleanser.', []],
    ]);
  });

  describe('vague-attribution: a source that is part of a name ("Mayo Clinic researchers found", "the College of Surgeons recommend")', () => {
    cases([
      ['Mayo Clinic researchers found that yoga reduces back pain.', ['unsupported-claim warning «reduces»']],
      ['The Royal College of Surgeons recommend that smokers stop before an operation.', []],
      ['Leeds physiotherapists say that pilates eases back pain.', ['vague-attribution warning «physiotherapists say»']],
      // A capital at the start of the sentence is no name; an unnamed source stays vague.
      ['Researchers found that yoga reduces back pain.', ['vague-attribution warning «Researchers found»']],
      ['Many researchers now believe that yoga reduces back pain.', ['vague-attribution warning «Many researchers now believe»']],
    ]);
  });

  describe('unsupported-claim: testimonial "my X lifted / eased / subsided" (intransitive, past)', () => {
    cases([
      ['Within a month of the drops my hay fever eased.', ['unsupported-claim warning «my hay fever eased»']],
      ['After two sessions her low mood lifted.', ['unsupported-claim warning «her low mood lifted»']],
      ['My headaches subsided within a day.', ['unsupported-claim warning «My headaches subsided»']],
      // Negated or asked; a transitive "improved" is not in the frame.
      ['My pain never eased.', []],
      ['My pain never disappeared.', []],
      ['Did my brain fog lift?', []],
      ['My daughter improved her reading.', []],
    ]);
  });

  describe('unsupported-claim: idioms of benefit ("takes the edge off", "keeps X at bay", "a game changer for", "gave me my life back")', () => {
    cases([
      ['Massage takes the edge off a tension headache.', ['unsupported-claim warning «takes the edge off»']],
      ['Willow bark might take the edge off period pain.', ['unsupported-claim info «might take the edge off»']],
      ['Our elderberry syrup keeps winter colds at bay.', ['unsupported-claim warning «keeps winter colds at bay»']],
      ['LDN has been a game changer for my fibromyalgia.', ['unsupported-claim warning «been a game changer for»']],
      ['The cream is a game changer for my psoriasis.', ['unsupported-claim warning «is a game changer for»']],
      ['Yoga gave me my life back.', ['unsupported-claim warning «gave me my life back»']],
      ['Our physio team gets you back on your feet after a sprain.', ['unsupported-claim warning «gets you back on your feet»']],
      ['Swimming keeps your joints supple.', ['unsupported-claim warning «keeps your joints supple»']],
      ['A spoonful of linseed keeps you regular.', ['unsupported-claim warning «keeps you regular»']],
      // Asked, negated, not about health, or an imperative (advice).
      ['The nurse takes the edge off the waiting with a cup of tea.', []],
      ['Cancer cells keep the immune system at bay.', []],
      ['Does ice really take the edge off a sprain?', []],
      ['Paracetamol did not take the edge off the pain.', []],
      ['The new booking system is a game changer for our receptionists.', []],
      ['Keep your skin clean and dry.', []],
      ['Keep the cream at room temperature.', []],
    ]);
  });

  describe('unsupported-claim: a harm of another treatment avoided ("avoids the nausea that tablets can cause")', () => {
    cases([
      ['The patch avoids the nausea that tablets can cause.', ['unsupported-claim warning «avoids the nausea that tablets can cause»']],
      ['A nasal spray avoids the drowsiness and dry mouth that come with antihistamine tablets.', ['unsupported-claim warning «avoids the drowsiness and dry mouth that come with»']],
      // Advice to avoid, a harm avoided with no treatment causing it, or negated.
      ['Avoid the foods that cause your symptoms.', []],
      ['Try to avoid the triggers that bring on your migraines.', []],
      ['The patch does not avoid the nausea that tablets can cause.', []],
    ]);
  });

  describe('unsupported-claim: implicit testimonials ("I could finally …", "I could walk to work again", "slept through the night")', () => {
    cases([
      ['After six weeks of acupuncture I could finally play with my grandchildren.', ['unsupported-claim warning «I could finally»']],
      ['By the end of the course I was finally able to run for the bus.', ['unsupported-claim warning «I was finally able to»']],
      ['A month after the injection I could climb the stairs again.', ['unsupported-claim warning «I could climb the stairs again»']],
      ['Since the operation my husband sleeps through the night.', ['unsupported-claim warning «sleeps through the night»']],
      ['After the first session I slept through the night.', ['unsupported-claim warning «slept through the night»']],
      // Not a regained activity, negated, asked, or a developmental norm.
      ['I can check again tomorrow.', []],
      ['I could not sleep again after the alarm went off.', []],
      ['I could finally see a specialist after six months on the waiting list.', []],
      ['We were finally able to book a room for the clinic.', []],
      ['I could not sleep through the night even with the tablets.', []],
      ['Could I finally stop the tablets?', []],
      ['Most babies do not sleep through the night until six months.', []],
      ['Newborns rarely sleep through the night.', []],
    ]);
  });

  describe('absolute-claim: a symptom that "has completely disappeared", a body "kept healthy for life", "permanently rebalances"', () => {
    cases([
      ['Since the diet my migraines have completely disappeared.', ['absolute-claim error «completely disappeared»']],
      ['Her hives completely vanished after two doses.', ['absolute-claim error «completely vanished»']],
      ['His reflux has totally gone away.', ['absolute-claim error «totally gone away»']],
      ['Daily fish oil keeps your heart healthy for life.', ['absolute-claim error «keeps your heart healthy for life»']],
      ['The cleanse permanently rebalances your hormones.', ['absolute-claim error «permanently»']],
      // Without the adverb it is a testimonial (unsupported), not an absolute; not a health outcome; negated; a harm fading.
      ['Her hives vanished after two doses.', ['unsupported-claim warning «Her hives vanished»']],
      ['The stock has completely disappeared from the shelves.', []],
      ['The numbness had not completely gone away by the evening.', []],
      ['The bruise has completely disappeared.', []],
      ['We rebalance the budget every year.', []],
    ]);
  });

  describe('absolute-claim: the rewrites of "completely disappeared" and "keeps … healthy for life" stay grammatical', () => {
    const rewrite = (sentence: string): string => {
      const text = `${sentence}\n`;
      const d = lintText(text, { uri: 'file:///draft.md', only: ['absolute-claim'] }).diagnostics[0];
      return applyEdits(text, preferredFix(d)!.edits).trim();
    };
    for (const [sentence, fixed] of [
      ['Since the diet my migraines have completely disappeared.', 'Since the diet my migraines have eased.'],
      ['Her hives completely vanished after two doses.', 'Her hives eased after two doses.'],
      ['Daily fish oil keeps your heart healthy for life.', 'Daily fish oil may help you stay well.'],
    ]) it(`${sentence} -> ${fixed}`, () => assert.equal(rewrite(sentence), fixed));
  });

  describe('unsupported-claim: a drug class doing what it is named for is background ("Antibiotics kill bacteria")', () => {
    cases([
      ['Antibiotics kill bacteria, which is why they are useless against flu.', []],
      ['Antivirals stop the virus from copying itself.', []],
      ['Antifungals kill the fungus that causes athlete\'s foot.', []],
      ['Antacids neutralise stomach acid within minutes.', []],
      // A product, a named remedy, or a claim beyond the class's own target is still a claim.
      ['Our antibiotic cream kills the bacteria behind acne.', ['unsupported-claim warning «kills»']],
      ['Tea tree oil kills bacteria on the skin.', ['unsupported-claim warning «kills»']],
      ['Antibiotics clear up chest infections in two days.', ['unsupported-claim warning «clear up»']],
    ]);
  });

  // Round 3: constructions from the misses of i, j (held out in round 2 and analysed in round 3).
  describe('unsupported-claim: verbs of removal and switching ("melts away cramps", "switches off the stress response", "quietens anxiety", "resets your nervous system")', () => {
    cases([
      ['This rosehip balm melts away the tension in your shoulders.', ['unsupported-claim warning «melts away»']],
      ['Warm compresses melt away the stiffness of a frozen shoulder.', ['unsupported-claim warning «melt away»']],
      ['Five minutes of humming switches off the fight-or-flight stress of a busy day.', ['unsupported-claim warning «switches off»']],
      ['Chamomile quietens the anxiety that keeps you awake.', ['unsupported-claim warning «quietens»']],
      ['A weekend in the hills resets your nervous system.', ['unsupported-claim warning «resets»']],
      // No health object, or an imperative.
      ["The morning mist melts away by ten o'clock.", []],
      ['Switch off the television an hour before bed.', []],
      ['The music in the café quietens the chatter of the room.', []],
      ['Reset your password before your first video consultation.', []],
    ]);
  });

  describe('unsupported-claim: "swear by X for Y" (a testimonial verb with its own object)', () => {
    cases([
      ['Our members swear by the sauna for their back pain.', ['unsupported-claim warning «swear by»']],
      ['Patients swear that the sauna eases their back pain.', ['unsupported-claim warning «eases»']],
      // No health outcome.
      ['I swear by my paper diary for planning the week.', []],
      ['Our members swear by the sauna.', []],
    ]);
  });

  describe('unsupported-claim: help with a wellbeing outcome ("helps you unwind", "help brittle nails", "helped clients come off their sleeping pills")', () => {
    cases([
      ['This magnesium bath soak helps you unwind after a long shift.', ['unsupported-claim warning «helps»']],
      ['Biotin might help thin, brittle nails grow stronger.', ['unsupported-claim info «might help»']],
      ['Peppermint tea soothes the stomach after a heavy meal.', ['unsupported-claim warning «soothes»']],
      ['The coaching helped dozens of my clients come off their sleeping pills.', ['unsupported-claim warning «helped»']],
      // Logistics, advice, a side effect.
      ['The waiting room has magazines to help you unwind.', []],
      ['Trim your nails before the appointment.', []],
      ['Ibuprofen can irritate the stomach, so take it with food.', []],
      ['Never come off your antidepressants suddenly; taper with your doctor.', []],
    ]);
  });

  describe('unsupported-claim: gentler on the body than another treatment ("kinder to the stomach than ferrous sulfate")', () => {
    cases([
      ['This slow-release iron is kinder to the stomach than ferrous sulfate.', ['unsupported-claim warning «is kinder to»']],
      ['The new booking system is easier on our reception staff.', []],
    ]);
  });

  describe('unsupported-claim: testimonials "I finally wake up feeling rested", "took the edge off" with no object', () => {
    cases([
      ['My mother wrote to us: "I finally wake up feeling refreshed."', ['unsupported-claim warning «I finally wake up feeling refreshed»']],
      ['A few drops of lavender oil took the edge off almost immediately.', ['unsupported-claim warning «took the edge off»']],
      // Not a health outcome.
      ['I finally feel ready to talk about what happened.', []],
      ['The voucher took the edge off the price of the course.', []],
    ]);
  });

  describe('unsupported-claim: taking load or pressure off a joint ("takes load off the knee")', () => {
    cases([
      ['Losing a few kilograms takes the pressure off your hips.', ['unsupported-claim warning «takes the pressure off»']],
      ['A walking pole takes load off the knees on steep descents.', ['unsupported-claim warning «takes load off»']],
      ['Hiring a second receptionist took the pressure off the team.', []],
      ['Kneel with both knees on the mat.', []],
    ]);
  });

  describe('unsupported-claim: a gentler alternative to a drug ("a natural alternative to ibuprofen")', () => {
    cases([
      ['Willow bark tea is a gentle alternative to aspirin for period pain.', ['unsupported-claim warning «gentle alternative to»']],
      ['Acupuncture is an effective alternative to painkillers for chronic neck pain.', ['unsupported-claim warning «effective alternative to»']],
      // Not a drug, negated, a question, advice, logistics.
      ['Stevia is a natural alternative to sugar.', []],
      ['Rooibos is a herbal alternative to black tea.', []],
      ['There is no safe alternative to insulin for type 1 diabetes.', []],
      ['Is there a natural alternative to statins?', []],
      ['Ask your GP about a gentler alternative to ibuprofen.', []],
      ['Ask your pharmacist whether ginger keeps nausea at bay.', []],
      ['We offer video calls as an alternative to a clinic visit.', []],
    ]);
  });

  describe('unsupported-claim: anxious thinking as a bad outcome ("quietens the rumination that keeps you awake")', () => {
    cases([
      ['A short walk after dinner eases the rumination that keeps you awake.', ['unsupported-claim warning «eases»']],
      ['Writing a to-do list helps calm the racing thoughts that keep you awake.', ['unsupported-claim warning «helps»']],
      ['Caffeine late in the day keeps you awake.', []],
      ['Rumination is a common feature of depression.', []],
    ]);
  });

  describe('absolute-claim: reversal idiom "turns back the clock on", total protection, and "100%" written without a space', () => {
    cases([
      ['This retinol night cream turns back the clock on wrinkles.', ['absolute-claim error «turns back the clock on»']],
      ['This elderberry syrup gives your family complete protection from colds and flu.', ['absolute-claim error «complete protection from»']],
      ['Our zinc lozenges offer 100% protection against winter bugs and colds.', ['absolute-claim error «100% protection against»']],
      ['This gel is 100% effective against cold sores.', ['absolute-claim error «100% effective»']],
      ['Our wipes kill 99.9% of germs on contact.', ['absolute-claim error «kill 99.9% of germs»']],
      // No health object, negated, or not total.
      ['The new mayor wants to turn back the clock on cycle lanes.', []],
      ['Goggles give complete protection against splashes.', []],
      ['No vaccine offers complete protection against flu.', []],
      ['No treatment is 100% effective against cold sores.', []],
      ['The trial was 100% funded by the manufacturer.', []],
    ]);
    const rewrite = (sentence: string): string => {
      const text = `${sentence}\n`;
      const d = lintText(text, { uri: 'file:///draft.md', only: ['absolute-claim'] }).diagnostics[0];
      return applyEdits(text, preferredFix(d)!.edits).trim();
    };
    for (const [sentence, fixed] of [
      ['This retinol night cream turns back the clock on wrinkles.', 'This retinol night cream may help with wrinkles.'],
      ['This elderberry syrup gives your family complete protection from colds and flu.', 'This elderberry syrup gives your family some protection against colds and flu.'],
    ]) it(`${sentence} -> ${fixed}`, () => assert.equal(rewrite(sentence), fixed));
  });

  describe('unsupported-claim: testimonials "notice more energy", "felt less stiff"; intolerances as bad outcomes', () => {
    cases([
      ['Most people notice more energy within a fortnight of starting the tablets.', ['unsupported-claim warning «notice more energy»']],
      ['After the second session I felt noticeably less stiff.', ['unsupported-claim warning «felt noticeably less stiff»']],
      ['Goat milk might help children who struggle with a cow milk intolerance.', ['unsupported-claim info «might help»']],
      // A disease description, a side effect, a condition; an intolerance described.
      ['People with anaemia often feel less energetic and more breathless.', []],
      ['You may feel more tired than usual for a day or two after the injection.', []],
      ['If you feel less pain, do not stop the tablets without asking us.', []],
      ['Lactose intolerance is common in adults of East Asian descent.', []],
    ]);
  });

  describe('lexicon fragments with an optional space ("100%", "20%", "500mg") match with and without it', () => {
    // A space in a fragment means one or more spaces, so "100 ?%" once required a space: "\\s?" is the optional one.
    for (const sentence of ['Readmissions were down 20% last winter.', 'Readmissions were down 20 % last winter.'])
      it(sentence, () => assert.deepEqual(classifySentence(sentence).cues, [`comparative:${/down 20 ?%/.exec(sentence)![0]}`]));
  });

  describe('unsupported-claim: a regained activity in the third person ("they can work full days again")', () => {
    cases([
      ['Since her second infusion she can climb the stairs again.', ['unsupported-claim warning «she can climb the stairs again»']],
      ['Two of our clients wrote to say they could play tennis again.', ['unsupported-claim warning «they could play tennis again»']],
      // Trying, booking, starting or using something again; routine after a procedure; a condition; advice.
      ['If the first cycle fails, they can try again after two months.', []],
      ['Once the swelling settles, he can start the exercises again.', []],
      ['After the sedation wears off, she can eat and drink again.', []],
      ['They can drive again once they can do an emergency stop.', []],
      ['If the cough comes back, they can use the inhaler again.', []],
      ['Ask whether they can take the tablets again after the operation.', []],
    ]);
  });

  describe('unsupported-claim: "speeds up" is a verb of increase (a benefit only for a good outcome: recovery, not the heart rate)', () => {
    cases([
      ['This protocol speeds up recovery after a marathon.', ['unsupported-claim warning «speeds up»']],
      ['Green tea speeds up your metabolism.', ['unsupported-claim warning «speeds up»']],
      ['Fear speeds up your heart rate.', []],
      ['Panic speeds up your heart and your breathing.', []],
    ]);
  });

  describe('absolute-claim: "guaranteed" rewrites keep the sentence grammatical', () => {
    const rewrite = (sentence: string): string => {
      const text = `${sentence}\n`;
      const d = lintText(text, { uri: 'file:///draft.md', only: ['absolute-claim'] }).diagnostics[0];
      return applyEdits(text, preferredFix(d)!.edits).trim();
    };
    for (const [sentence, fixed] of [
      ['Results are guaranteed, or your second month is on us.', 'Results vary from person to person, or your second month is on us.'],
      ['Relief is guaranteed within a week.', 'Relief varies from person to person within a week.'],
      ['We guarantee results within a month.', 'We aim for results within a month.'],
      ['Our guaranteed results speak for themselves.', 'Our results speak for themselves.'],
      ['Pain relief is guaranteed to last.', 'Pain relief may last.'],
    ]) it(`${sentence} -> ${fixed}`, () => assert.equal(rewrite(sentence), fixed));
  });
});

// ---------------------------------------------------------------- the labelled corpus

interface Gap {
  draft: string;
  kind: 'miss' | 'fp' | 'severity';
  rule: string;
  /** A part of the label's sentence (miss, severity) or of the diagnostic's description (fp). */
  text: string;
  reason: string;
}

/** Disagreements with the labels that are known and not yet fixed. Remove an entry when its gap closes. */
const KNOWN_GAPS: Gap[] = [
  { draft: 'c-iron-infusion-faq.md', kind: 'miss', rule: 'unsupported-claim', text: 'an infusion corrects the deficiency', reason: 'the if-clause\'s "is caused by" (a definition cue) vetoes the main clause; "If you are low in iron, an infusion corrects the deficiency" is reported' },
  { draft: 'd-physio-knee.md', kind: 'severity', rule: 'unsupported-claim', text: 'halves knee pain in many people', reason: '"in many people" is read as a population hedge (info); the label reads it as a direct claim about a population' },
  // Round 2's tuning drafts (k-n), error-analysed.
  { draft: 'n-parenting-nutrition.md', kind: 'miss', rule: 'unsupported-claim', text: 'might help some children accept it', reason: '"help children accept" a food is not a health outcome (labelled as a hedged claim)' },
  // r10-* were held out in round 10 and analysed in round 11: the gaps at the start of round 11, each with the lead's first reading (remove an entry when its gap closes).
  { draft: "r10-heldout-hyperbaric-clinic.md", kind: "miss", rule: "unsupported-claim", text: "Those dormant cells wake up in the chamber, and speech and movement start to return.", reason: "round 11 C left: cells as the subject of 'wake up' and functions that 'start to return' are a story told of the body; the treatment is only 'the chamber', known from the topic" },
  { draft: "r10-heldout-lactation-consultant.md", kind: "miss", rule: "unsupported-claim", text: "Laid-back feeding, where you recline and let your baby lie tummy-down on you, lets", reason: "round 11 C left: 'on the mend' as a result marker of the fallback (like 'on the head') was tried: the fallback still did not read causative 'has X on the mend' (nor 'gets bruises on the mend'), so it was left out" },
  { draft: "r10-heldout-lactation-consultant.md", kind: "miss", rule: "unsupported-claim", text: "An hour of power pumping every evening will double your output in a week.", reason: "round 11 C left: 'your output' is milk only from the topic; output alone is also work, urine or the heart's, so 'double your output' stays out" },
  { draft: "r10-heldout-stop-smoking.txt", kind: "miss", rule: "unsupported-claim", text: "Staying on NRT for longer can limit that weight gain, which is one reason not to stop it", reason: "round 11 C left: 'limit' is no benefit verb (tried: its participle is the adjective of 'limited evidence' and 'a limited life expectancy', which became claims in the benchmarks), and 'that' after a verb is read as a complementiser" },
  { draft: "r10-heldout-thyroid-nutrition.md", kind: "miss", rule: "unsupported-claim", text: "Once your diet is sorted, your levothyroxine works twice as hard and many clients end up", reason: "round 11 C left: 'works twice as hard' of a drug, said of its effect; 'works' is a neutral verb and 'twice as hard' is effort, not a health outcome" },
  // The held-out drafts of round 1 (labelled after the fixes, not error-analysed): their gaps are recorded, deliberately not fixed.
  { draft: 'h-heldout-ldn-longcovid.md', kind: 'miss', rule: 'vague-attribution', text: 'Clinicians across the country are seeing', reason: '"are seeing the same results" is not an attribution verb, and "results" alone is no claim' },
  // i, j were held out in round 2 and analysed in round 3: the gaps left after round 3's fixes.
  { draft: 'j-heldout-mindset-coach.md', kind: 'miss', rule: 'unsupported-claim', text: 'A client of mine described it as', reason: '"described it as" is not a testimonial frame and "put the day down" is no benefit word' },
  { draft: 'j-heldout-mindset-coach.md', kind: 'fp', rule: 'unsupported-claim', text: '«safer» in: ...', reason: 'advice on tapering ("a slow, planned reduction is much safer") is read as a safety claim' },
  // o, p were held out in round 3 and analysed in round 4: the gaps at the start of round 4 (remove an entry when its gap closes).
  { draft: 'p-heldout-sports-nutrition.md', kind: 'miss', rule: 'unsupported-claim', text: "Plant proteins such as pea and soy work too", reason: "an elliptical efficacy claim (\"work too\"), only the context says for what" },
  // q, r, s, t were held out in round 4 and analysed in round 5: the gaps at the start of round 5 (remove an entry when its gap closes).
  { draft: 's-heldout-gp-newsletter.txt', kind: 'fp', rule: 'unsupported-claim', text: '«swears by» in:', reason: 'arguable, kept in round 5: "swears by X for her arthritis" credits one named person (a testimonial of efficacy, as "Our members swear by the sauna for their back pain"); the labeller put the claim on the next sentence, which the writer then rebuts. One sentence cannot tell a testimonial that the post endorses from one it quotes to correct; unnamed groups ("Thousands of women swear by") are vague-attribution since round 5' },
  // u, v, w, x were held out in round 5 and analysed in round 6: the gaps at the start of round 6 (remove an entry when its gap closes).
  // y, z were held out in round 6 and analysed in round 7: the gaps at the start of round 7 (remove an entry when its gap closes).
  { draft: 'y-heldout-dental-practice.md', kind: 'fp', rule: 'absolute-claim', text: '«banish» in:', reason: 'the rule, not the label, is right here (round 7, B): "banish" a complaint (bad breath) promises that it is gone altogether, the totality of "eliminates bad breath" that the issue lists as absolute ("wipes out", "destroys"); removing a cause ("gets rid of the bacteria") is a plain claim since round 7. The label reads a plain claim (next entry)' },
  { draft: 'y-heldout-dental-practice.md', kind: 'miss', rule: 'unsupported-claim', text: 'Tongue scrapers banish bad breath in seconds', reason: 'reported as absolute-claim instead (previous entry)' },
  // r7-* were held out in round 7 and analysed in round 8: the gaps at the start of round 8 (remove an entry when its gap closes).
  // r8-* were held out in round 8 and analysed in round 9: the gaps at the start of round 9, each with the lead's first reading (remove an entry when its gap closes).
  { draft: "r8-heldout-ayurveda.md", kind: "fp", rule: "absolute-claim", text: "\u00abheals\u00bb in:", reason: "arguable: \"oil pulling heals gum disease\" is cure language (heal with a named disease, absolute since round 4), which the label leaves to the vague attribution before it (\"Plenty of dentists now admit that\", found since round 9 B); both problems are in the sentence, and one diagnostic per problem is the rule" },
  { draft: "r8-heldout-childrens-osteopath.md", kind: "miss", rule: "unsupported-claim", text: "feeds become calmer and babies settle", reason: "a consequence after \"Once that tension has eased\": the treatment is in the previous sentence" },
  { draft: "r8-heldout-memory-clinic.md", kind: "miss", rule: "unsupported-claim", text: "our singing group transforms the lounge", reason: "\"agitation fades the moment the piano starts\": an outcome after a colon" },
  { draft: "r8-heldout-pelvic-physio.md", kind: "miss", rule: "unsupported-claim", text: "also makes sex more comfortable", reason: "\"makes sex more comfortable and satisfying\": make + activity + comfort adjective" },
  { draft: "r8-heldout-podiatry.md", kind: "miss", rule: "unsupported-claim", text: "softens the worst of those first steps", reason: "\"softens the worst of those first steps\": the complaint is implied" },
  // r9-* were held out in round 9 and analysed in round 10: the gaps at the start of round 10, each with the lead's first reading (remove an entry when its gap closes).
  { draft: "r9-heldout-adhd-nutrition.md", kind: "miss", rule: "unsupported-claim", text: "gets a wired child to sleep forty minutes sooner", reason: "\"gets a child to sleep N minutes sooner\": get + person + to-infinitive of sleep, with a comparative of time" },
  { draft: "r9-heldout-float-spa.md", kind: "miss", rule: "unsupported-claim", text: "Your skin drinks in the magnesium", reason: "participles after the main clause (\"topping up the reserves ... and letting tight muscles finally unclench\")" },
  { draft: "r9-heldout-float-spa.md", kind: "miss", rule: "unsupported-claim", text: "find their patches look calmer after a month", reason: "a hedged find-frame with a state after a body noun (\"patches look calmer\")" },
  { draft: "r9-heldout-sports-massage.md", kind: "miss", rule: "unsupported-claim", text: "Cupping pulls stagnant blood and toxins", reason: "\"pulls toxins to the surface so your body can get rid of them\": a detox mechanism" },
  { draft: "r10-heldout-hyperbaric-clinic.md", kind: "miss", rule: "unsupported-claim", text: "At Aurelia, our protocol closes chronic wounds in half the time of standard dressings.", reason: "round 11 C left: 'close' with a wound is also the surgeon's act ('the nurse closes the cut with glue'); the claim is the comparison 'in half the time of standard dressings', not the verb" },
  { draft: "r10-heldout-hyperbaric-clinic.md", kind: "miss", rule: "unsupported-claim", text: "Sprained ankles and torn hamstrings knit back together faster in the chamber.", reason: "round 11 C left: an injury as the subject of an intransitive verb of healing ('heal faster', 'knit back together') is natural history unless the setting is a treatment; 'in the chamber' names one only through the draft's topic" },
  { draft: "r10-heldout-pilates-back.md", kind: "miss", rule: "unsupported-claim", text: "Ten minutes of our Core Foundations sequence a day will have you standing taller within a", reason: "round 11 C left: 'taller' as a marker of the fallback's causative 'have you standing taller' was tried and dropped: it is literal height as often as posture ('Heels will have you standing taller' fired)" },
  { draft: "r10-heldout-stop-smoking.txt", kind: "miss", rule: "unsupported-claim", text: "Your lungs begin to repair themselves within days, and by the end of the first year your", reason: "round 11 C left: a body part repairing itself after quitting is the body's own course (physiology), the same words as 'the liver can repair itself'; the claim is the consequence of stopping smoking, which no frame reads" },
  { draft: "r10-heldout-breathwork.txt", kind: "miss", rule: "unsupported-claim", text: "She emailed last week to say she's off her sleeping pills and out like a light by ten", reason: "r11 A left: no treatment in the sentence (the breathwork is in the sentences before); off a medicine with none named reads as a course finished as often ('She rang to say she's off her antibiotics')" },
  { draft: "r10-heldout-breathwork.txt", kind: "miss", rule: "unsupported-claim", text: "Since he started the morning practice, he hasn't had a single one.", reason: "r11 A left: 'a single one' points back to a complaint of the sentence before; alone, 'hasn't had a single one since he started' fits a job, a cigarette or a day off, and the classifier reads one sentence" },
  { draft: "r10-heldout-food-allergy-clinic.md", kind: "miss", rule: "unsupported-claim", text: "Parents say OIT takes the fear out of school trips and sleepovers.", reason: "r11 A left to part C: the reported frame ('Parents say') is read; what is missing is the idiom 'takes the fear out of' (C's family of 'takes the heat out of')" },
  { draft: "r10-heldout-hyperbaric-clinic.md", kind: "miss", rule: "unsupported-claim", text: "Parents at our centre tell us their children become calmer, chattier and more focused", reason: "r11 A left: one comparative is found ('their children become calmer after a course'); a list of three with commas breaks the fallback's reading of the marker before its adjunct, and widening it there risks lists of traits with no treatment" },
  { draft: "r10-heldout-hyperbaric-clinic.md", kind: "miss", rule: "unsupported-claim", text: "\"Six months of an ulcer that wouldn't close, then eight weeks at Aurelia and it's healed.", reason: "r11 A left: a before-and-after told by two noun phrases ('Six months of X, then eight weeks at Y and it's healed') with the outcome on a pronoun; the negated 'wouldn't close' belongs to the 'before' and a reading needs the story's two halves" },
  { draft: "r10-heldout-naturopath-detox.md", kind: "miss", rule: "unsupported-claim", text: "That's a sign the reset is working!", reason: "r11 A left: 'a sign X is working' reframes symptoms as efficacy only in context; the treatment is named by 'reset' (a verb cue), and 'a sign the antibiotics are working' is ordinary advice" },
  { draft: "r10-heldout-thyroid-nutrition.md", kind: "miss", rule: "unsupported-claim", text: "What brings back thick, glossy hair is getting your ferritin above 70, which is why I", reason: "r11 A left: a cleft with a verb of the lexicon right after 'What' (no relation is read: 'what' is no agent) was written and found it, but the claim then turns 'which is why I test iron in every client' into an absolute-claim false positive (r9EveryPerson reads 'in every client' outside the claim's clause): needs part B's every-person scope first" },
  // r11-* were held out in round 11 and analysed in round 12: the gaps at the start of round 12, each with the lead's first reading (remove an entry when its gap closes).
  { draft: "r11-heldout-endometriosis-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Some people find a heat pad on the lower back works better than one on the tummy.", reason: "r12 C left: 'works better than one on the tummy' compares two placements of one remedy (the pronoun 'one') and names no outcome; 'X works better than one Y' with no health word fits a desk, a slot or a route as well ('a morning slot works better than one after work'), so only the thread's topic (period pain) makes it a claim" },
  { draft: "r11-heldout-endometriosis-forum.txt", kind: "miss", rule: "unsupported-claim", text: "A few people mentioned CBD oil, which could be worth a try if flares are keeping you", reason: "r12 C left: 'worth a try' recommends, it states no effect; the complaint is in an 'if' clause of the reader's situation, and the same frame is said of tests, visits and apps ('a sleep diary could be worth a try if flares are keeping you awake'); reading it needs the remedy (CBD oil, through 'which') as its subject, and a remedy worth a try is advice as often as a claim" },
  { draft: "r11-heldout-pharmacy-blood-pressure.md", kind: "miss", rule: "unsupported-claim", text: "Some customers find that a daily ten-minute breathing exercise helps take the edge off", reason: "r12 C left: the idiom 'take the edge off' and the find-frame are read, but 'their readings' is a health measure only as the object of a verb of lowering, and a possessive 'readings' alone is what a nurse helps you take ('can help you with your readings'); a pattern that looks behind at the idiom takes the word filter off its lexicon bucket (claims-scan's first-word test), and one that starts at the idiom would list its objects" },
  { draft: "r11-heldout-vitamin-d-lamp-shop.md", kind: "miss", rule: "unsupported-claim", text: "Parents tell us their kids wake up far more easily on dark school mornings when the lamp", reason: "r12 A left: the testimonial frame is read ('Parents tell us'), but 'wake up far more easily' is no outcome the reported frame knows (even 'since we fitted the lamp' does not fire), and the treatment is in a when-clause ('when the lamp goes on') that reads as a time of day" },
  { draft: "r11-heldout-pharmacy-blood-pressure.md", kind: "miss", rule: "unsupported-claim", text: "One of our customers, Graham, told us his readings dropped from 162/96 to 134/84 after", reason: "r12 A left: 'readings' is blood pressure only from the post's context (meter readings, test scores); even with the measure named ('Graham told us his blood pressure dropped from 162/96 to 134/84 after three months of walking') the reported drop with numbers and 'after N months of <activity>' is not read (a comparative cue 'dropped' only): a frame for a later round" },
  { draft: "r11-heldout-pharmacy-blood-pressure.md", kind: "miss", rule: "unsupported-claim", text: "Our team finds that people who use our free reminder app get their blood pressure under", reason: "r12 A left: the tool is an app of the service (R11_SERVICE_TOOL) whose effect is adherence to a medicine; crediting users of an app with an outcome would also read 'patients who use our booking app get seen sooner'; 'get X under control sooner' is a comparative of time with no verb of benefit" },
  { draft: "r11-heldout-plant-based-youtuber.md", kind: "miss", rule: "unsupported-claim", text: "Comments pour in every week from people who've come off their statins after switching.", reason: "r12 A left: the treatment is only 'switching' (the diet from the video's context), and coming off a medicine 'after switching' is as often a change of brand or a side effect ('came off their statins after switching to a generic')" },
  { draft: "r11-heldout-osteoporosis-leaflet.txt", kind: "miss", rule: "absolute-claim", text: "My last scan came back completely normal, and I put it all down to the weights class.", reason: "r12 B left: 'came back completely normal' is how a test result is reported ('My smear came back completely normal') and promises nothing alone; what makes it a claim is the credit idiom 'I put it all down to the weights class' (a testimonial's attribution, part A's family), and reading 'completely' as totality before that credit is read would flag every normal result" },
  // r12-* were held out in round 12 and analysed in round 13: the gaps at the start of round 13, each with the lead's first reading (remove an entry when its gap closes).
  { draft: "r12-heldout-adult-stammering.md", kind: "miss", rule: "unsupported-claim", text: "Slowing down and starting each word on a gentle, easy breath makes blocks far less", reason: "r13 C left: 'make + X + (far) less frequent' needs X read as a complaint, but 'blocks' is read as a verb (causal:blocks) and is a complaint only in stammering; 'The new timetable makes buses less frequent' has the same frame, so without a complaint in X it would fire on logistics" },
  { draft: "r12-heldout-adult-stammering.md", kind: "miss", rule: "unsupported-claim", text: "An altered auditory feedback app may help a few people on the phone, although the effect", reason: "r13 C left: 'help + people + a situation' ('on the phone') names no outcome; only the draft's topic (stammering) makes the situation a complaint, and 'may help a few people on the waiting list' has the same words" },
  { draft: "r12-heldout-collagen-brand.md", kind: "miss", rule: "unsupported-claim", text: "Hair grows back thicker and nails stop splitting once collagen is part of your morning", reason: "r13 C left: outcomes as subjects licensed by a 'once' clause that names a product; the parts are readable ('nails stop splitting': stop + a complaint's -ing verb; 'grows back thicker') but the licence 'once + product + is part of your routine' was not built and its negatives tested ('once the cast is off, the hair grows back')" },
  { draft: "r12-heldout-electrolyte-drink.md", kind: "miss", rule: "unsupported-claim", text: "That's dehydration talking, and a glass of Brinewell sorts it out in minutes.", reason: "r13 C left: 'sorts it out' has the pronoun 'it' for the complaint of the clause before ('dehydration talking'); reading 'it' as the complaint needs anaphora, and 'the plumber sorts it out in minutes' has the same form" },
  { draft: "r12-heldout-colon-hydrotherapy.md", kind: "miss", rule: "unsupported-claim", text: "When the toxins leave, the brain fog lifts, the skin clears and the energy comes flooding", reason: "r13 C left: complaints clearing with no treatment in the sentence; only the detox clause ('when the toxins leave') makes it a claim, and 'When the fever breaks, the aches ease and the appetite comes back' (the course of an illness) has the same form" },
  { draft: "r12-heldout-methotrexate-nurse.md", kind: "miss", rule: "unsupported-claim", text: "Taking your dose in the evening means you sleep through the worst of any queasiness.", reason: "r13 C left: timing a dose to sleep through its side effect avoids a harm of the medicine rather than claiming a benefit; the same frame is ordinary leaflet advice ('take it with food so you miss the worst of the nausea'), so a rule for it would flag medicine leaflets" },
  { draft: "r12-heldout-teething-colic-forum.txt", kind: "miss", rule: "unsupported-claim", text: "dadof3_leeds: A cold flannel to chew on works wonders, and it costs nothing.", reason: "r13 C left: 'works wonders' with no object and no health word in the sentence (a flannel is no remedy word); 'A fresh coat of paint works wonders' has the same form, so it needs the draft's topic" },
  { draft: "r12-heldout-teething-colic-forum.txt", kind: "miss", rule: "unsupported-claim", text: "We also found that baby massage, clockwise round the tummy, calms her down in minutes.", reason: "r13 C left: 'calms her down' with a person object and an intervention subject is a benefit, but 'calm' needs a health object in the lexicon and a person is none ('the midwife calms her down' is care); the subject test was not built this round" },
  { draft: "r12-heldout-adult-stammering.md", kind: "miss", rule: "absolute-claim", text: "Once you stop hiding your stammer, the shame never comes back.", reason: "r13 B left: 'shame' is no complaint in the lexicons and the 'once' clause names no treatment (the reader stops hiding); a 'never comes back' after any 'once' clause would fire on natural history ('Once you've had chickenpox, it never comes back')" },
  { draft: "r12-heldout-infrared-sauna.md", kind: "miss", rule: "unsupported-claim", text: "Forty minutes in Cabin 3 burns up to 600 calories, which is more than most people burn on", reason: "r13 B left: calories burnt are read as physiology of exercise ('A 5k run burns 600 calories'); telling a passive treatment's calorie claim from an exercise fact needs the subject to be a treatment session, which 'Forty minutes in Cabin 3' names only through the draft" },
  { draft: "r12-heldout-weight-injection-pharmacy.md", kind: "miss", rule: "absolute-claim", text: "Once the food noise switches off, it never comes back.", reason: "r13 B left: the sentence names no treatment (the drug is in the sentences before); alone it has the frame of natural history ('Once the rash clears, it won't come back'), which round 10 keeps silent on purpose" },
  { draft: "r12-heldout-adult-stammering.md", kind: "miss", rule: "unsupported-claim", text: "\"After the intensive week, I phoned my bank for the first time in ten years,\" one client", reason: "r13 A left: the treatment is named only as 'the intensive week' and the outcome is an everyday act made notable by 'for the first time in ten years'; reading that as an outcome after any 'After the X week' would fire on holidays and new jobs (the course is named in the sentences around it)" },
  { draft: "r12-heldout-adult-stammering.md", kind: "miss", rule: "unsupported-claim", text: "Another client, a nurse in her forties, says her dread of the morning handover has mostly", reason: "r13 A left: three changes at once to the shared reported-outcome pattern (reportedRegexes, run on every sentence): 'dread' is no complaint of the lists, an of-phrase follows it ('of the morning handover'), and a degree adverb ('mostly') comes between 'has' and 'faded'" },
  { draft: "r12-heldout-electrolyte-drink.md", kind: "miss", rule: "unsupported-claim", text: "Three months on Brinewell and my legs just keep going.", reason: "r13 A left: the story frame reads 'N months on X and ...' ('Three months on the tablets and my skin was clear' is found); 'my legs just keep going' is an idiom of endurance with no complaint or state of the lists, and no class of endurance idioms ('keep going', 'never give out', 'hold up') was built" },
  { draft: "r12-heldout-electrolyte-drink.md", kind: "miss", rule: "unsupported-claim", text: "Our Discord is full of people saying their night-time leg cramps have stopped.", reason: "r13 A left: the report-clause path reads 'their cramps have stopped' (the same sentence with 'cramps' alone is found) but not a complaint modified by two words ('their night-time leg cramps') after 'people'; the fix belongs in that shared path's subject reading (R9_SUBJ), not in a new frame" },
  { draft: "r12-heldout-electrolyte-drink.md", kind: "miss", rule: "unsupported-claim", text: "What turned Aisha's marathon training around was finally getting her sodium right.", reason: "r13 A left: a cleft of turning around an activity ('marathon training') with a nutrient in the focus ('getting her sodium right'); neither is health to the lexicon, and crediting any focus that turns training around would fire on coaching ('What turned her training around was a new coach')" },
  { draft: "r12-heldout-weight-injection-pharmacy.md", kind: "miss", rule: "unsupported-claim", text: "Our patients tell us they finally feel in control around food for the first time in their", reason: "r13 A left: 'feel in control' is a reported predicate only as 'feel more in control'; bare 'feel in control' is also said of services ('feel in control of their bookings'), so it needs an object of health after it (food, eating, cravings, a complaint), not built this round" },
  // r13-* were held out in round 13 and analysed in round 14: the gaps at the start of round 14 (after the lead's fixes of
  // four of its five false positives), each with the lead's first reading (remove an entry when a change closes it).
  { draft: "r13-heldout-adhd-clinic-medication-faq.md", kind: "miss", rule: "unsupported-claim", text: "In our experience, most adults notice a sharper focus within the first week of starting a", reason: "r14 B left: the frame 'In our experience' is read through (the plain sentence decides), but the plain sentence is missed: 'most adults notice better focus within a week of starting magnesium' is found and the same with 'a stimulant' is not (the drug's name turns the reading to a comparative), and 'a sharper focus' (an article and a comparative of focus) is not among the noticing predicates; a fix belongs in that predicate, not in the report" },
  { draft: "r13-heldout-adhd-clinic-medication-faq.md", kind: "miss", rule: "unsupported-claim", text: "Within a fortnight I was answering emails the same day instead of letting them pile up", reason: "r14 B left: no treatment in the sentence (the medication is in the sentences around it) and answering emails is an everyday act; a time alone is the natural course (round 12 A's rule)" },
  { draft: "r13-heldout-adhd-clinic-medication-faq.md", kind: "miss", rule: "unsupported-claim", text: "Patients often tell us the biggest change is at home rather than at work: fewer lost", reason: "r14 B left: the report is read through, but the plain sentence names no treatment and no complaint, only a change told by fewer everyday mishaps ('fewer lost keys, fewer rows'); 'the biggest change is at home' is said of moves and new jobs alike" },
  { draft: "r13-heldout-diabetes-foot-nurse.md", kind: "miss", rule: "unsupported-claim", text: "Patients like Dev remind me that acting early turns a six-month wound into a six-week one.", reason: "r14 B left: 'Patients like Dev remind me that' is read through, but the plain sentence is a transformation of a duration ('turns a six-month wound into a six-week one'), with 'acting early' as the intervention; a frame 'turn X into a smaller X' was not built" },
  { draft: "r13-heldout-gardening-charity-leaflet.txt", kind: "miss", rule: "vague-attribution", text: "Many GPs now prescribe gardening because they have seen how well it works.", reason: "r14 B left: prescribing is practice, not endorsement ('GPs now prescribe statins for longer' is no appeal); the appeal is the reason 'because they have seen how well it works', a claim of efficacy credited to the source's experience, not read this round" },
  { draft: "r13-heldout-hospice-newsletter.txt", kind: "miss", rule: "vague-attribution", text: "Research has found that talking to other people who have been bereaved helps people cope.", reason: "r14 B left: an unnamed source is vague only with a finding that is a claim or an appeal; 'helps people cope' (help + a person + cope, with no object) is not read as a claim, and help frames are part C's; 'the app helps businesses cope' has the same shape, so it needs a person as the one helped" },
  { draft: "r13-heldout-hospice-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Families tell us the memory-box sessions helped their children understand what had", reason: "r14 B left: the report is read through; 'helped their children understand what had happened' is help + understanding, no health outcome in general ('helps you understand your bill'); only the bereavement of the newsletter makes it coping" },
  { draft: "r13-heldout-hospice-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Anne, whose husband died last year, told us: \"Coming to the group every fortnight is what", reason: "r14 B left: the reverse cleft is now re-read as the plain 'Coming to the group every fortnight got me through that first winter', but round 13 A's carried-through frame needs a hard time, and 'that first winter' is hard only through the death named earlier in the sentence" },
  { draft: "r13-heldout-kids-gut-gummies.md", kind: "miss", rule: "unsupported-claim", text: "Honestly, they're the yummiest way to build a stronger gut.", reason: "r14 C left: 'build a stronger gut' (a comparative of health with a part of the body, after a verb of making) has no cue; 'build' is a noun too, and a superlative of taste ranks nothing without it" },
  { draft: "r13-heldout-kids-gut-gummies.md", kind: "miss", rule: "absolute-claim", text: "\"Since we started Tummy Buddies, Maisie hasn't had a single tummy ache,\" says Becky, mum", reason: "r14 C left: 'hasn\'t had a single tummy ache' since starting a product is labelled absolute here, but round 4's tests keep 'I haven\'t had a single migraine since I started the drops' a testimonial (unsupported-claim): the two labels conflict on one form" },
  { draft: "r13-heldout-kids-gut-gummies.md", kind: "miss", rule: "unsupported-claim", text: "Parents tell us their kids settle at bedtime more easily within a week of starting.", reason: "r14 B left: the report is read through; the plain sentence names no treatment ('within a week of starting' has no object) and 'settle at bedtime more easily' is what children also do with age" },
  { draft: "r13-heldout-manuka-honey-shop.md", kind: "miss", rule: "absolute-claim", text: "Stock up today, because one tube is all you need to never worry about a scraped knee", reason: "r14 C left: 'never worry about a scraped knee again' is read ('a scraped knee' is now a complaint), but 'need to' in 'all you need to' is an advice cue that vetoes it; 'X is all you need to' (sufficiency) is not advice, but splitting it is shared cue work" },
  { draft: "r13-heldout-pharmacy-sexual-health.md", kind: "miss", rule: "unsupported-claim", text: "Water-based lubricant can help reduce condom breakage for some couples.", reason: "r14 C left: a device's breakage is a harm only through the topic (pregnancy, infection); adding 'breakage' to the complaints would make 'reduce breakage of the screen' a claim" },
  { draft: "r13-heldout-pharmacy-sexual-health.md", kind: "miss", rule: "unsupported-claim", text: "Customers tell us our pharmacist-led chats made them far more confident about using", reason: "r14 B left: the report is read through; 'far more confident about using condoms properly' is confidence with a product, no health outcome of the lexicons, and 'a scare' is a pregnancy or infection scare only by the draft's topic" },
  { draft: "r13-heldout-hospice-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Journalling might help you notice patterns in your grief, such as harder times of day.", reason: "r14 C left: a benefit of insight ('help you notice patterns in your grief'): 'notice' is no outcome, and a frame for it would take in 'helps you notice the signs of a stroke' (advice about symptoms)" },
  { draft: "r13-heldout-hospice-newsletter.txt", kind: "miss", rule: "absolute-claim", text: "Nobody who comes to our groups has to grieve alone, and every one of them leaves feeling", reason: "r14 C left: 'every one of them leaves feeling lighter' is now an absolute term, but the first clause's 'Nobody' and 'has to' (negation and advice cues) veto the sentence; the clause after ', and' is not read apart" },
  // r14-* were held out in round 14 and analysed in round 15: the gaps at the start of round 15 (after the lead's fixes of
  // six of its seven false positives: three of them were the right reading under another rule, a total 'settled completely'
  // or 'completely recovered' and 'Many plastic surgeons now insist ...'), each with the lead's first reading (remove an
  // entry when a change closes it).
  { draft: "r14-heldout-bee-pollen-market.md", kind: "miss", rule: "vague-attribution", text: "Beekeepers have known for generations that a spoonful of local pollen toughens you up for", reason: "r15 C left: 'Beekeepers' is no source of the lexicons (a lay trade; 'Midwives have known for generations that' is read); adding trades as sources would make every 'gardeners know' vague attribution" },
  { draft: "r14-heldout-bee-pollen-market.md", kind: "miss", rule: "unsupported-claim", text: "A spoonful stirred into your porridge might help if you're one of the April tree-pollen", reason: "r15 C left: 'might help' with no object, the complaint only in an if-clause of belonging ('if you're one of the ... sufferers'); the if-clause is read as a condition (advice), which keeps 'might help if you feel dizzy, sit down' silent" },
  { draft: "r14-heldout-dementia-carers-leaflet.txt", kind: "miss", rule: "unsupported-claim", text: "Singing familiar songs brings memories flooding back.", reason: "r15 C left: 'brings memories flooding back' is also the plain sense ('Visiting my old school brought memories flooding back'); memory as a benefit needs the dementia topic of the sentences around it" },
  { draft: "r14-heldout-dementia-carers-leaflet.txt", kind: "miss", rule: "unsupported-claim", text: "Labelling cupboard doors with pictures could help someone find things more easily.", reason: "r15 C left: 'find' is read first as a reporting verb (the cue kinds' priority), so the 'find things more easily' outcome is not reached; a map that helps visitors find the clinic must stay silent" },
  { draft: "r14-heldout-isotretinoin-acne-faq.md", kind: "miss", rule: "unsupported-claim", text: "A lower daily dose may cause less dryness while still working for many people.", reason: "r15 C left: less of a side effect ('cause less dryness') is tolerability, then 'still working' without an object; the efficacy half names no outcome" },
  { draft: "r14-heldout-magnesium-shop.md", kind: "miss", rule: "unsupported-claim", text: "Some also notice fewer period cramps in their first month.", reason: "r15 C left: 'Some also notice' is now a population hedge (round15CPopulation), but the reported-outcome frame that reads 'notice fewer + complaint' needs a group noun after the quantifier" },
  { draft: "r14-heldout-midwife-morning-sickness.md", kind: "miss", rule: "unsupported-claim", text: "Acupressure bands worn on the P6 point of the wrist are cheap, and some women swear by", reason: "r15 C left: 'swear by them' (a pronoun for the device) is a testimony of use with no outcome; 'Some parents swear by the village bakery's sourdough' is the same form" },
  { draft: "r14-heldout-saline-sinus-rinse.md", kind: "miss", rule: "unsupported-claim", text: "A good rinse washes out the gunk and gets everything flowing again.", reason: "r15 C left: 'gunk' and 'everything flowing' are lay words for mucus only in the sinus draft's topic ('washes out the gunk from the kettle filter'); not made a complaint alone" },
  { draft: "r14-heldout-stroke-charity-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Practising simple hand tasks every day, like picking up coins or doing up buttons, will", reason: "r15 C left: classifySentence reads 'will bring back fine movement' as a claim, but the list apposition ('like picking up coins or doing up buttons') before the verb is read as an example list and the rule stays silent" },
  { draft: "r14-heldout-saline-sinus-rinse.md", kind: "miss", rule: "unsupported-claim", text: "After two weeks with the Rinse Kit I could breathe through both nostrils for the first", reason: "r15 B left: a testimony in a block quote, but its block ends with a question ('Honestly, why did nobody tell me sooner?'), and round 14 reads a quote that asks something as a reader's letter; telling a rhetorical question of regret from a question about the cause needs more than the sentence, and 'could breathe ... for the first time since university' (a past ability against a time of life) is no reading of the classifier alone" },
  // Round 15's blind drafts (r15-*), analysed since round 16: their disagreements at the round-16 opening.
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "absolute-claim", text: "Following the division of responsibility puts an end to mealtime battles for good.", reason: "r16 A and C left: 'puts an end to' is in the lexicon and 'for good' is permanence, but 'mealtime battles' (a feeding conflict) is no complaint of the lexicons, so no claim is read for 'for good' to attach to" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "In my clinic, it's the approach that gets the quickest results.", reason: "r16 B left: 'the approach that gets the quickest results' has no outcome noun but 'results' and its treatment is 'the approach' (a business word as much as a clinical one); read with 'In my clinic' and the paragraph's approach named before, at document level" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "One mum I worked with last year told me her son went from eating five foods to more than", reason: "r16 C left: 'went from eating five foods to more than twenty': counts of a good behaviour on both sides, no complaint or health state (round 13 (A)'s 'from X to Y' needs a complaint and a frequency); a growing count as an outcome is part B's" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "absolute-claim", text: "With patience, every child gets there in the end.", reason: "r16 C left: 'gets there in the end' is an idiom of eventual success with no treatment named ('With patience'); a universal over children with no treatment reads as development ('Every child sleeps through eventually') and stays silent" },
  { draft: "r15-heldout-grounding-mat.md", kind: "miss", rule: "absolute-claim", text: "Gone, and it never comes back as long as you stay grounded.", reason: "r16 C left: a verbless fragment whose complaint and treatment are in the sentences before ('Gone,' and 'it'), with a condition after it ('as long as you stay grounded'); a document-level reading" },
  { draft: "r15-heldout-nootropics-brand.md", kind: "fp", rule: "absolute-claim", text: "«Scientifically proven» in:", reason: "r16 C left: the flag is right: '## Scientifically proven formula' is proof language about the product in a heading, and absolute-claim applies in headings (the label is only on the body sentence after it)" },
  { draft: "r15-heldout-nootropics-brand.md", kind: "miss", rule: "unsupported-claim", text: "What really separates NeuroStack from a can of energy drink is the citicoline, which", reason: "r16 C left: the cleft focuses an ingredient and the benefit is in its relative clause ('which feeds your brain the raw materials it needs to stay sharp'), a lay verb of benefit the lexicons lack; part A's verbs" },
  { draft: "r15-heldout-nootropics-brand.md", kind: "miss", rule: "unsupported-claim", text: "Stack it before a revision block and the information actually sticks.", reason: "r16 C left: an imperative with a consequence whose outcome is memory in a lay idiom ('the information actually sticks'); part A's idioms" },
  { draft: "r15-heldout-nootropics-brand.md", kind: "miss", rule: "unsupported-claim", text: "I went from rereading the same paragraph five times to smashing two chapters in an", reason: "r16 C left: no treatment and no health word in the sentence ('rereading the same paragraph' to 'smashing two chapters'); the product is named before (a document-level reading)" },
  { draft: "r15-heldout-plantar-fasciitis-physio.md", kind: "fp", rule: "unsupported-claim", text: "«notice a real difference» in:", reason: "r16 C left: the flag is right by the issue: a named physio's opinion with no citation is still an uncited efficacy claim of the exercises ('most people who stick with their exercises for 12 weeks notice a real difference'); a named source is not vague, but it is not support either" },
  { draft: "r15-heldout-plantar-fasciitis-physio.md", kind: "miss", rule: "unsupported-claim", text: "One of our patients, a ward nurse working 12-hour shifts, was back to full shifts with", reason: "r16 B left: the return frames read 'She was back at work within eight weeks of starting her loading programme', but not 'back to full shifts' (no activity of their lists) with a qualifier of no complaint between the return and its licence ('with barely a twinge', now a complaint of the lexicon), nor a subject told by an apposition ('One of our patients, a ward nurse ...')" },
  { draft: "r15-heldout-postnatal-forum.txt", kind: "miss", rule: "absolute-claim", text: "Biotin gummies stopped my hair falling out completely, I'd buy a tub tomorrow if I were", reason: "r16 C left: 'my hair falling out' is a lay complaint (a body part and a verb of loss) that the lexicons do not read, so 'completely' follows no complaint; part B's outcome forms" },
  { draft: "r15-heldout-postnatal-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Some mums find a daily walk in daylight lifts the fog a bit, even just round the block", reason: "r16 B left: bare 'lifts the fog' after a walk in daylight is the weather's idiom as much as the mind's; 'fog' is licensed only in the head, by its cause ('postnatal fog') or as the subject of a treatment's licence, so the postnatal reading needs the forum's earlier sentences" },
  { draft: "r15-heldout-sore-throat-leaflet.md", kind: "miss", rule: "unsupported-claim", text: "Mrs K, one of our patients, told us that following this advice her sore throat settled in", reason: "r16 B left: the licence 'following this advice' opens a reported clause with no comma before its subject ('told us that following this advice her sore throat settled'), and advice is a treatment only through the leaflet it refers to: read at document level" },
  { draft: "r15-heldout-arthritis-walking.txt", kind: "miss", rule: "unsupported-claim", text: "A brisk half hour on the flat gets the synovial fluid going and the stiffness just melts", reason: "r16 B left: the outcome clause 'the stiffness just melts away' is coordinated after a finite clause ('A brisk half hour on the flat gets the synovial fluid going and ...'), not a treatment conjunct or licence; 'the stiffness' and 'melts away' are both in the lexicons, so this is a frame of two clauses (part A's conjuncts), not vocabulary" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "Ten or fifteen tastes is usually all it takes for a new food to win a place on the plate.", reason: "r16 B left: 'all it takes for a new food to win a place on the plate' names no health word: a child accepting a food is the outcome only through the post's topic (fussy eating); a licence for 'win a place on the plate' would read a menu or a recipe blog the same way" },
  { draft: "r15-heldout-fussy-eating.md", kind: "severity", rule: "unsupported-claim", text: "Eating together as a family may help children feel more relaxed about new foods.", reason: "r16 B left: severity: with 'about new foods' after it, the intervention word 'foods' takes the object of 'help', the relation is dropped, and the group reading ('children feel more relaxed') reports it without the 'may' before 'help' (a testimonial frame's hedge, not vocabulary)" },
  { draft: "r15-heldout-nootropics-brand.md", kind: "miss", rule: "unsupported-claim", text: "My K/D ratio jumped in the first week of using it.", reason: "r16 B left: a game score is a health outcome only through the nootropic the page sells: the sentence names no health word and no treatment ('using it'); a K/D ratio as a good state would make 'This mouse improves your K/D ratio' a health claim" },
  { draft: "r15-heldout-acv-gummies.md", kind: "miss", rule: "unsupported-claim", text: "Kick-starts a sluggish metabolism from the very first pouch", reason: "r16 A left: 'kick-starts' (actingVerbs) with 'a sluggish metabolism' is read with a subject ('It kick-starts a sluggish metabolism …' is a claim); this benefit-list line has none, and a sentence-initial -s form with no subject is not read as a finite verb: the list's heading names the product (a structure of the draft, not a lexicon entry)" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "Some parents find that a picnic on the living-room floor takes the heat out of mealtimes.", reason: "r16 A left: the idiom 'takes the heat out of' is in the lexicon; its object 'mealtimes' is no health object (and must not be: 'takes the heat out of a curry'); the complaint is the fussy eating the draft is about, read only at document level" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "Serving one \"safe\" food at every meal takes the pressure off and gets children eating a", reason: "r16 A left: 'takes the pressure off' has no object, and 'gets children eating a wider variety' is a causative 'get' + person + -ing of a good behaviour whose object ('a wider variety') is no outcome; a frame of causing a behaviour, not a verb of benefit" },
  { draft: "r15-heldout-fussy-eating.md", kind: "miss", rule: "unsupported-claim", text: "Sensory play with food, like squishing peas or painting with yoghurt, might make new", reason: "r16 A left: a causative 'make' with a food's texture as object and 'feel less scary': the fear is a child's feeding fear named by the draft's topic, no health word of the sentence; not a verb of benefit" },
  { draft: "r15-heldout-grounding-mat.md", kind: "miss", rule: "vague-attribution", text: "There is growing evidence that grounding undoes the damage done by electromagnetic", reason: "r16 A left: 'undoes' (round 11 C) claims with 'the damage to/of …' and 'joint damage', but 'the damage done by …' and bare 'the damage' after it are not read as its object (found with 'reduces' and 'repairs'); the rule that drops it was not found this round, so the vague attribution has no claim to attach to" },
  { draft: "r15-heldout-pharmacy-vaccines.txt", kind: "miss", rule: "unsupported-claim", text: "Getting vaccinated also protects the vulnerable people around you, such as a new", reason: "r16 A left: 'protects' needs a health object; its object here is people, the illness implicit; reading people as the object of 'protect' would make 'the law protects vulnerable people' a claim, and the vaccination licence would have to come from the gerund subject" },
  { draft: "r15-heldout-postnatal-forum.txt", kind: "miss", rule: "vague-attribution", text: "There's loads of research saying a postnatal belly wrap gets your tummy back in shape", reason: "r16 A left: the embedded clause alone is a claim (the fallback reads 'gets your tummy back'), but an attribution anywhere in the sentence keeps the fallback out, and 'loads of research saying' is not an attribution phrase of the lexicon (the attribution frame, not a verb of benefit)" },
  { draft: "r15-heldout-sore-throat-leaflet.md", kind: "miss", rule: "unsupported-claim", text: "Our pharmacist-led Sore Throat Test and Treat service gets you on the right treatment", reason: "r16 A left: getting a person onto the right treatment faster is access to care, which the engine reads as a service ('our booking line gets you an appointment faster'); the label reads faster access as a benefit, and only a lexicon of services that treat would tell them apart" },
  // Round 16's blind drafts (r16-*), opened in round 17: every miss and false positive, read and explained.
  { draft: "r16-heldout-parkinsons-dance.txt", kind: "miss", rule: "unsupported-claim", text: "Keep coming every week and you'll slow the disease down.", reason: "r17 C left: imperative + 'and you'll' + consequence: 'slow the disease down' is read with a treatment subject ('Our tablets slow the disease down'), but 'you' is the subject and the treatment is the imperative 'Keep coming' (to a class); the imperative-and-consequence frame (also 'Keep taking the tablets and you'll slow the disease') is not read, not attempted this round" },
  { draft: "r16-heldout-pharmacy-lice-threadworm.txt", kind: "fp", rule: "vague-attribution", text: "«Many pharmacists swear by» in:", reason: "r17 lead left: 'to stop the cycle for good': 'for good' is permanence, but 'the cycle' (of reinfection, read from the paragraph) is no complaint of the lexicons, so no claim is read for it to attach to, and the unnamed source then makes the sentence vague; 'the cycle' alone is any cycle (of debt, of the seasons)" },
  { draft: "r16-heldout-pharmacy-lice-threadworm.txt", kind: "miss", rule: "absolute-claim", text: "Many pharmacists swear by a second dose of mebendazole after two weeks to stop the cycle", reason: "r17 lead left: 'to stop the cycle for good': 'for good' is permanence, but 'the cycle' (of reinfection, read from the paragraph) is no complaint of the lexicons, so no claim is read for it to attach to, and the unnamed source then makes the sentence vague; 'the cycle' alone is any cycle (of debt, of the seasons)" },
  { draft: "r16-heldout-reiki.md", kind: "miss", rule: "unsupported-claim", text: "After just one session, the anxiety lifts and the mind goes quiet.", reason: "r17 C left: 'After just one session, the anxiety lifts' alone is found; the second coordinate 'the mind goes quiet' (a going verb of the reported lists, with 'mind' as subject) takes the clause's reading and the first claim is lost: a round-16 B subject-change interaction, not untangled this round" },
  { draft: "r16-heldout-turmeric-joint.md", kind: "miss", rule: "unsupported-claim", text: "Ginger tops it all off with a gentle warming kick that keeps you moving through the day.", reason: "r17 C left: 'Ginger adds a warming kick that keeps you moving' is found; the phrasal 'tops it all off with' is no verb the fallback reads, so the relative clause's antecedent is not tied to 'Ginger'" },
  { draft: "r16-heldout-long-covid-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Some people on here find that a strict pacing diary helps them avoid crashes, even if it", reason: "r17 C left: help + avoid works with a complaint ('helps them avoid relapses' is found); 'crashes' (post-exertional malaise) is a complaint only in a long-covid/ME context, and bare it is road or computer crashes" },
  { draft: "r16-heldout-parkinsons-dance.txt", kind: "miss", rule: "unsupported-claim", text: "The music gets your feet moving when they'd much rather freeze.", reason: "r17 C left: the causative frame works with a product ('Our balm gets your feet moving'); 'the music' is no treatment out of context (a band's music gets your feet moving), and 'freeze' (freezing of gait) is the only health word" },
  { draft: "r16-heldout-parkinsons-dance.txt", kind: "miss", rule: "unsupported-claim", text: "Since joining in the spring, Eric says his tremor has settled so much that he can carry a", reason: "r17 B left: 'Since joining in the spring' names no treatment in the sentence (the dance class is named before it, a document-level reading); with the treatment named the clause is read ('Since starting the dance class, Eric says his tremor has settled': 'tremor' is now a complaint)" },
  { draft: "r16-heldout-parkinsons-dance.txt", kind: "miss", rule: "absolute-claim", text: "Margaret's daughter tells us her mum's shuffle has completely disappeared since she", reason: "r17 A left: 'completely disappeared' already fires after a complaint (grid P5 5/5); 'shuffle' is no complaint noun of the lexicon (a lay name of a Parkinson's gait sign: part B's and C's lexicon of lay complaints)" },
  { draft: "r16-heldout-parkinsons-dance.txt", kind: "miss", rule: "absolute-claim", text: "Tango has been shown to improve balance in everyone who tries it (Hackney and Earhart,", reason: "r17 A left: r9EveryPerson reads 'in everyone who tries it' only when the sentence's claim is its own; here the claim is credited ('has been shown to improve') and cited, read as a study's report (R8_STUDY_REPORT), which the totality rule leaves alone on purpose" },
  // Round 17's blind drafts (r17-*), opened in round 18: every miss and false positive, read and explained.
  { draft: "r17-heldout-cancer-charity-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Since joining the Wednesday choir, June says her nerves before scans have all but", reason: "r18 B left: 'her nerves' is read as a good state (the nerves of the body), not as a complaint, so no form of a complaint going reads 'have all but vanished'; making 'nerves' a complaint would turn 'nerve health' claims around (the form itself is read with a complaint: 'Since joining the choir, June says her anxiety has all but vanished')" },
  { draft: "r17-heldout-eft-tapping-coach.md", kind: "miss", rule: "unsupported-claim", text: "Tap through the points for five minutes before bed and you'll sleep like a baby.", reason: "r18 C left: round 13 (A) reads 'and you'll sleep like a baby' after an imperative that names a treatment or a visit ('Take two capsules before bed and you'll sleep like a baby' is found); 'Tap through the points' names the tapping only through the draft's topic, and a free-standing 'you'll sleep like a baby' idiom fired on 'Swap the car for the train and you'll sleep like a log' (round 13 A's negative): a document-level reading" },
  { draft: "r17-heldout-ibs-forum.txt", kind: "miss", rule: "unsupported-claim", text: "A glass every morning and the bloating just goes.", reason: "r18 C left: verbless consequence whose noun phrase names no treatment ('A glass' of the product named sentences before) and whose verb 'just goes' is no clearing verb of the lists ('A few drops under the tongue and the anxiety just lifts' is found): needs the document's treatment, and 'goes' alone is too often motion ('the pain goes down your arm')" },
  { draft: "r17-heldout-insoles-knee-brace-shop.md", kind: "miss", rule: "unsupported-claim", text: "Slip a pair into your work boots on Monday and by Friday you'll notice the end-of-day", reason: "r18 C left: imperative with a consequence whose object 'a pair' names the product only through the sentence before ('Wear the insoles and you'll notice the ache easing off' is found): a document-level reading" },
  { draft: "r17-heldout-late-talkers-slt.md", kind: "miss", rule: "unsupported-claim", text: "Turn off the background TV and your child will start tuning in to your voice far more.", reason: "r18 A left: an imperative's consequence after 'and' ('your child will start tuning in to your voice far more'): attention to a voice is a developmental outcome only after the imperative (alone, 'babies start tuning in to your voice in the womb' is a norm), and the consequence frame is part C's; an outcome entry would fire on the norm" },
  { draft: "r17-heldout-late-talkers-slt.md", kind: "miss", rule: "unsupported-claim", text: "After eight weeks of coaching at home, he was using over a hundred words and starting to", reason: "r18 A left: a case story ('After eight weeks of coaching at home, he was using over a hundred words'): a word count is an outcome only after a programme ('At her two-year check, she was using over a hundred words' is a norm), and the case-story frame needs a treatment cue that 'coaching at home' is not; part B's case stories" },
  { draft: "r17-heldout-late-talkers-slt.md", kind: "miss", rule: "unsupported-claim", text: "\"Once I started waiting instead of guessing what she wanted, she went from pointing to", reason: "r18 A left: quoted testimony 'she went from pointing to asking for \"more\" and \"up\" within a month': the change is a parenting practice ('waiting instead of guessing') and 'from X to Y' of a milestone; 'He went from crawling to walking in a fortnight' with no practice is a norm, so the frame needs the practice read as a treatment (part B's from-X-to-Y testimonies)" },
  { draft: "r17-heldout-vestibular-physio-vertigo.md", kind: "miss", rule: "unsupported-claim", text: "Gaze stabilisation exercises, in which you keep your eyes fixed on a target while turning", reason: "r18 C left: 'Gaze stabilisation exercises retrain the reflex that keeps your vision steady' is found alone; the non-restrictive relative 'in which you keep your eyes fixed ... while turning your head' between subject and verb breaks the subject's reading (its own clause and verbs), a shared subject-finding change left to the lead" },
  { draft: "r17-heldout-heartburn-pharmacy-leaflet.md", kind: "miss", rule: "unsupported-claim", text: "Alginates such as Gaviscon form a protective raft on top of your stomach contents that", reason: "r18 C left: mechanism stated as benefit with no complaint or outcome word ('form a protective raft ... that keeps acid where it belongs'): 'keeps acid where it belongs' names stomach acid, a body fluid, not a complaint; a class of 'keeps X where it belongs/in its place' would fire on kitchen and money advice too; read at document level (the topic is heartburn)" },
  { draft: "r17-heldout-insoles-knee-brace-shop.md", kind: "severity", rule: "unsupported-claim", text: "Runners who add our gel heel cups may find their shin splints settle down as well.", reason: "r18 B left: alone the sentence is silent (the heel cups are named in the relative clause of the subject, no licence of the forms reads it); in the draft the discourse licence of the sentences before reads it as a direct claim and drops the hedge of 'may find' (shared discourse code, not part B's to restructure; not reached in the time)" },
  // Round 18's blind drafts (r18-*), opened in round 19: every miss and false positive, read and explained.
  { draft: "r18-heldout-candida-leaky-gut.md", kind: "miss", rule: "unsupported-claim", text: "Cut out sugar, bread, fruit, alcohol and aged cheese for four weeks, and the cravings", reason: "r19 C left: 'cravings' is no complaint of the lists and 'vanish' after an imperative conjunct needs one; adding cravings would read 'pregnancy cravings vanish by the third trimester' too (not reached in the time)" },
  { draft: "r18-heldout-candida-leaky-gut.md", kind: "miss", rule: "unsupported-claim", text: "Take back your energy, your clarity and your life — the Rootwell Reset is the most", reason: "r19 C left: superlative 'the most powerful thing you'll ever do for your health' is now an idiom, but the subject 'the Rootwell Reset' stays silent after the imperative clause before the dash ('Take back your energy ... —'), which the sentence alone reads (without that clause it is found); not traced in the time" },
  { draft: "r18-heldout-croup-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Ten minutes at the open back door in the cold air and the bark calms right down.", reason: "r19 C left: 'the bark' is no complaint of the lists (elsewhere it is a dog's or a tree's) and the cold air at an open door is no treatment noun: only the croup topic of the draft makes it one (discourse); r20 D: the verbless 'Ten minutes at X and the Y calms right down' is read after a claim in the same paragraph, but the sentence is a paragraph of its own and 'bark' no complaint" },
  { draft: "r16-heldout-keto-meal-delivery.md", kind: "miss", rule: "unsupported-claim", text: "The brain fog lifts by the end of the first week.", reason: "r17 C left: an outcome lifting with no treatment in the sentence or the sentence before it: the meal plan is the draft's topic; the natural course reads the same ('The sea fog lifts by noon'), so not read without a document-level licence (round 21 tried a reach of four sentences across a paragraph break, which found it, and took it out again: see docs/rules/unsupported-claim.md, Round 21 final read)" },
  { draft: "r19-heldout-parasite-cleanse-htma.md", kind: "miss", rule: "unsupported-claim", text: "By the second week the fog lifts, the bloating settles and those sugar cravings fade.", reason: "r20 D left: outcome list with no treatment ('the fog lifts, the bloating settles and those sugar cravings fade'); the round-20 D licence reads it after a claim in the same paragraph ('By the second week the fog lifts' is found there), but the protocol's claims end the paragraph before, and the licence stops at a paragraph break by design (the next paragraph may change topic) (round 21 tried a reach across the paragraph break and took it out again)" },
  { draft: "r18-heldout-posture-bluelight-shop.md", kind: "miss", rule: "unsupported-claim", text: "Two weeks in the AlignPro and the ache simply stopped.", reason: "r21 lead: a testimony in a block quote whose treatment is named inside it ('Two weeks in the AlignPro and …') but whose outcome reading needs the licence of a claim two paragraphs before; a reach across paragraphs was tried this round and taken out (it read side-effect and natural-course paragraphs as outcomes)" },
  { draft: "r18-heldout-rheum-nurse-biologics.md", kind: "miss", rule: "unsupported-claim", text: "Switching to one with a different target may work better for some of them.", reason: "r19 C left: 'one' stands for a biologic named before: 'may work better for some of them' has no treatment or outcome in the sentence ('A different route might work better for some drivers')" },
  { draft: "r18-heldout-rheum-nurse-biologics.md", kind: "miss", rule: "absolute-claim", text: "Switching to a biosimilar works just as well, and patients notice no difference at all", reason: "r19 A left: cited equivalence of a switch ('works just as well', 'patients notice no difference at all [6]'): a totality over patients' noticing, but 'no difference at all' is how careful prose reports an equivalence trial's finding too ('Most patients notice no difference at all after switching'); no form separates the promise from the report without the citation, which the rule ignores for absolutes" },
  { draft: "r18-heldout-candida-leaky-gut.md", kind: "miss", rule: "unsupported-claim", text: "The brain fog is usually the first thing to go.", reason: "r19 C left: 'X is the first thing to go' is read after a complaint with a treatment in the sentence ('With the cream, the itch is the first thing to go'); without one it is everyday English of cuts and ageing ('the marketing budget is the first thing to go') or the natural course: the protocol is the draft's topic (discourse, not one sentence); r20 D: the claim is in the paragraph before (the licence stops at a paragraph break) and 'usually' is a habit" },
  { draft: "r18-heldout-rheum-nurse-biologics.md", kind: "severity", rule: "unsupported-claim", text: "For many people, a biologic is the single most effective treatment they'll ever have for", reason: "r19 C left: the superlative of efficacy is now read ('the single most effective treatment they'll ever have for'), but 'For many people' is read as a population hedge (info), as 'in many people' is in d-physio-knee; the label reads it as a direct claim" },
  { draft: "r18-heldout-rheum-nurse-biologics.md", kind: "miss", rule: "unsupported-claim", text: "Stopping smoking may improve how well the medicines work, and I'll happily refer you to", reason: "r19 C left: 'improve how well the medicines work' improves a treatment's effect, not a complaint; reading it needs 'how well X works' as an outcome, not reached in the time" },
  { draft: "r18-heldout-shin-splints-physio.md", kind: "miss", rule: "unsupported-claim", text: "Nudging your cadence up by around five per cent can reduce the load going through the", reason: "r19 C left: 'reduce the load going through the tibia': load on a bone is a mechanism, and 'reduce the load going through the bridge' is the same form; 'load' would need a body part after it, not reached in the time" },
  { draft: "r18-heldout-over60s-gym-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Within two months most of our members find they can get up from the floor without holding", reason: "r19 B left: an ability without support ('get up from the floor without holding on to anything') told of gym members with no treatment in the sentence; round 18's 'without' form needs an opening treatment, and members of a gym counted alone are no treated people (the paragraph's claim 'Lifting weights twice a week turns that around' is itself unread, so the discourse licence does not reach it)" },
  { draft: "r18-heldout-over60s-gym-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Now I carry it from the shop.", reason: "r19 B left: 'Now I carry it from the shop' is a gain only against the sentence before ('I couldn't carry the shopping from the car'); read alone after 'Since starting the treatment' it is an everyday act with a pronoun, no ability or complaint named" },
  { draft: "r18-heldout-posture-bluelight-shop.md", kind: "miss", rule: "unsupported-claim", text: "Within a fortnight, most customers stand taller without even thinking about it.", reason: "r19 B left: posture as an outcome ('stand taller'): a comparative of stance told of counted customers with no treatment named; 'customers' who 'stand taller' is also a shop's queue, so not read without a product word" },
  // Round 20 opened round 19's blind drafts (r19-*): each miss and false positive read ("r20 open:").
  { draft: "r19-heldout-aligners-tmj.md", kind: "miss", rule: "unsupported-claim", text: "Clear aligners straighten crooked teeth in as little as six months, with no brackets and n", reason: "r20 open: cosmetic-dental outcome ('straighten crooked teeth'): 'teeth' is no complaint of the lists and 'straighten' no verb of relief" },
  { draft: "r19-heldout-aligners-tmj.md", kind: "miss", rule: "unsupported-claim", text: "Aligners beat traditional braces hands down for comfort and results.", reason: "r20 open: comparison by 'beat X hands down for comfort and results': 'beat' of a rival treatment is no comparison verb of the lexicon" },
  { draft: "r19-heldout-aligners-tmj.md", kind: "miss", rule: "absolute-claim", text: "Straighter teeth are easier to clean, so our aligner patients enjoy fewer fillings and hea", reason: "r20 open: permanence 'for life' of a health outcome ('healthier gums for life') reached through a causal 'so' with patients as subject: 'for life' is read only after a claim verb" },
  { draft: "r19-heldout-aligners-tmj.md", kind: "miss", rule: "unsupported-claim", text: "What surprises most of our patients is how much less anxious they feel at social events on", reason: "r20 open: pseudo-cleft of surprise over a reported change ('how much less anxious they feel ... once their teeth are straight'): the treatment is the outcome's condition, no verb credits it" },
  { draft: "r19-heldout-baby-reflux-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Infacol was a lifesaver for our middle one, two drops before each feed and the evening scr", reason: "r20 open: testimony 'X was a lifesaver' plus a consequence clause ('the evening screaming eased off'): 'screaming' is no complaint of the lists and 'lifesaver' no idiom of efficacy" },
  { draft: "r19-heldout-baby-reflux-forum.txt", kind: "miss", rule: "unsupported-claim", text: "A difficult birth can put pressure on the nerves around the skull and one gentle session r", reason: "r20 open: mechanism claim of cranial osteopathy ('one gentle session releases it'): 'releases' pressure is no verb of relief and 'it' refers back" },
  { draft: "r19-heldout-baby-reflux-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Our daughter had the same back arching plus mucusy nappies and a rash, and once she was sw", reason: "r20 open: case story whose outcome ('the nappies and the arching calmed right down') follows 'once she was switched to a hypoallergenic formula'; 'arching' and 'nappies' are no complaints" },
  { draft: "r19-heldout-baby-reflux-forum.txt", kind: "miss", rule: "unsupported-claim", text: "If you're breastfeeding as well, some mums find cutting dairy from their own diet helps.", reason: "r20 open: hedged report 'some mums find cutting dairy ... helps' under a conditional opener: the 'If' clause is read as advice and silences the sentence" },
  { draft: "r19-heldout-baby-reflux-forum.txt", kind: "miss", rule: "unsupported-claim", text: "Anti-reflux formula might be worth asking the GP about as well, it's thicker so it could s", reason: "r20 open: hedged mechanism 'it could stay down better' (the formula stays down): 'stay down' is no outcome of the lists" },
  { draft: "r19-heldout-coeliac-gluten.md", kind: "miss", rule: "absolute-claim", text: "In children, the villi grow back completely within a year of starting the diet [4].", reason: "r20 open: cited total recovery ('grow back completely [4]') of the natural course on a diet: the label reads 'completely' as absolute; the rule reads a body part's regrowth as no treatment effect" },
  { draft: "r19-heldout-coeliac-gluten.md", kind: "miss", rule: "unsupported-claim", text: "One of our patients, a retired teacher, told us the brain fog she had lived with for a dec", reason: "r20 open: reported testimony with the outcome first ('the brain fog ... lifted within six weeks of clearing gluten'): 'within six weeks of clearing gluten' names the cause after the outcome" },
  { draft: "r19-heldout-coeliac-gluten.md", kind: "miss", rule: "unsupported-claim", text: "A separate toaster is the single most effective change you can make at home.", reason: "r20 open: superlative 'the single most effective change you can make at home' with no complaint named (cross-contamination is the paragraph's topic)" },
  { draft: "r19-heldout-coeliac-gluten.md", kind: "miss", rule: "unsupported-claim", text: "An annual review with a dietitian keeps people on track and catches nutritional deficienci", reason: "r20 open: a service's benefit ('catches nutritional deficiencies early', 'keeps people on track'): neither verb is one of efficacy in the lexicon" },
  { draft: "r19-heldout-cryotherapy-studio.md", kind: "miss", rule: "unsupported-claim", text: "Whole-body cryo burns up to 800 calories in a single session, and you walk out buzzing.", reason: "r20 open: 'burns calories' (weight loss mechanism) is no outcome of the lists" },
  { draft: "r19-heldout-cryotherapy-studio.md", kind: "miss", rule: "vague-attribution", text: "Doctors are now prescribing cryotherapy instead of antidepressants.", reason: "r20 open: an unnamed profession credited with a practice ('are now prescribing X instead of Y'), no verb of saying or finding" },
  { draft: "r19-heldout-cryotherapy-studio.md", kind: "miss", rule: "unsupported-claim", text: "Lucy, one of our very first members, came in on crutches after knee surgery and was back p", reason: "r20 open: case story of return ('was back playing netball by the spring') after surgery with cryo as the draft's topic: the sentence names no treatment" },
  { draft: "r19-heldout-gp-statins-leaflet.txt", kind: "miss", rule: "unsupported-claim", text: "Switching to a different statin or a lower dose may solve the problem for many patients.", reason: "r20 open: hedged 'may solve the problem': 'the problem' (muscle aches named before) is no complaint of the lists" },
  { draft: "r19-heldout-parasite-cleanse-htma.md", kind: "miss", rule: "unsupported-claim", text: "Clove, wormwood and black walnut together are, quite simply, the most powerful combination", reason: "r20 open: superlative 'the most powerful combination nature has given us for clearing worms': the parenthetical 'quite simply' splits the copula from the superlative" },
  { draft: "r19-heldout-sleep-tea-drops.md", kind: "miss", rule: "absolute-claim", text: "Our Deep Drift drops knock you out within twenty minutes, every single night.", reason: "r20 open: 'knock you out ... every single night': sedation idiom with a universal of time; 'knock out' is no verb of efficacy" },
  { draft: "r19-heldout-sleep-tea-drops.md", kind: "miss", rule: "unsupported-claim", text: "I've tried everything over the years, and Deep Drift is the only thing that gets me throug", reason: "r20 open: testimony 'X is the only thing that gets me through to 7am': 'gets me through' is no outcome" },
  { draft: "r19-heldout-sleep-tea-drops.md", kind: "miss", rule: "unsupported-claim", text: "Customers tell us they've swapped their prescription sleeping tablets for a cup of Moonlit", reason: "r20 open: reported substitution ('swapped their prescription sleeping tablets for a cup of …'): efficacy implied by replacing a drug" },
  { draft: "r19-heldout-travel-sickness-jetlag.md", kind: "miss", rule: "unsupported-claim", text: "Some customers swear by acupressure wristbands, and at £8.99 a pair they're easy to try.", reason: "r20 open: hedged 'swear by' with no complaint in the sentence (travel sickness is the paragraph's topic)" },
  { draft: "r19-heldout-travel-sickness-jetlag.md", kind: "miss", rule: "unsupported-claim", text: "Our Saturday assistant, Jo, used to dread the ferry to France; last summer she tried hyosc", reason: "r20 open: case story after a semicolon ('tried hyoscine patches and stepped off in Calais feeling absolutely fine'): 'feeling fine' is no outcome verb" },
  { draft: "r19-heldout-travel-sickness-jetlag.md", kind: "miss", rule: "absolute-claim", text: "Our factor 50 sun cream gives you complete protection all day, even in the pool.", reason: "r20 open: total protection ('complete protection all day') of sun cream: 'protection' with no harm named is not read as totality" },
  { draft: "r19-heldout-travel-sickness-jetlag.md", kind: "miss", rule: "unsupported-claim", text: "A sachet of oral rehydration salts after a bout of holiday diarrhoea replaces lost fluid f", reason: "r20 open: comparison 'replaces lost fluid faster than plain water': 'replaces fluid' is no verb of efficacy" },
  { draft: "r19-heldout-travel-sickness-jetlag.md", kind: "miss", rule: "unsupported-claim", text: "Probiotic capsules started a week before you travel may lower your chances of traveller's ", reason: "r20 open: hedged 'may lower your chances of traveller's tummy': 'chances of' + colloquial complaint not read" },
  { draft: "r19-heldout-triathlon-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "And zinc lozenges at the first tickle will see you dodge the cold that wipes out half the ", reason: "r20 open: 'will see you dodge the cold' (prevention idiom): 'see you dodge' is no verb of prevention" },
  { draft: "r19-heldout-triathlon-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Priya swears dry needling sorted out her ITB in a single session.", reason: "r20 open: testimony 'swears X sorted out her ITB': 'ITB' (iliotibial band) is no complaint of the lists" },
  { draft: "r19-heldout-triathlon-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Tom reckons his morning turmeric latte is what got his dodgy hamstring through the half-ma", reason: "r20 open: reverse pseudo-cleft 'X is what got his dodgy hamstring through …': 'got through' is no outcome" },
  // Round 21 opened round 20's blind drafts (r20-*): each miss and false positive read ("r21 open:").
  { draft: "r20-heldout-achilles-tendinopathy.md", kind: "miss", rule: "unsupported-claim", text: "The single most important thing you can do for a grumpy Achilles is load it.", reason: "r21 open: superlative of advice ('the single most important thing you can do for X is load it'): 'grumpy Achilles' is a colloquial complaint and the focus an imperative act; no superlative-of-efficacy frame reads 'thing you can do for'" },
  { draft: "r20-heldout-achilles-tendinopathy.md", kind: "miss", rule: "unsupported-claim", text: "Isometric holds, where you push up onto your toes and hold for 45 seconds, give instant pa", reason: "r21 open: 'give instant pain relief': give + relief nominalisation after a subject with a relative aside ('where you push up \u2026'); the aside splits subject from verb" },
  { draft: "r20-heldout-achilles-tendinopathy.md", kind: "miss", rule: "unsupported-claim", text: "Most people notice the morning stiffness easing within a fortnight.", reason: "r21 open: population report 'Most people notice X easing' with no treatment in the sentence (the exercises are in the paragraph): the draft's topic" },
  { draft: "r20-heldout-achilles-tendinopathy.md", kind: "miss", rule: "unsupported-claim", text: "After ten weeks of heavy calf raises her morning stiffness had gone and she was back to he", reason: "r21 open: case story 'After N weeks of <exercise> her stiffness had gone' told in the past perfect: the story frame reads 'has gone', not 'had gone' after a time phrase" },
  { draft: "r20-heldout-achilles-tendinopathy.md", kind: "miss", rule: "absolute-claim", text: "Everyone with Achilles pain should be doing calf raises; they work for every single runner", reason: "r21 open: 'they work for every single runner I treat': totality over patients with the pronoun for the treatment after a semicolon" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "The alarm was a game changer.", reason: "r21 open: 'X was a game changer' with a device ('the alarm') that is health only from the digest's topic (bedwetting alarms)" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "absolute-claim", text: "Three weeks in he was dry every night, and he's never wet since.", reason: "r21 open: permanence of an outcome in a story ('he's never wet since') with the treatment in the message before" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "absolute-claim", text: "Mel (mum to Leo, 10): Stick with it for at least six to eight weeks and it works every tim", reason: "r21 open: speaker label 'Name (mum to X, 10):' before the sentence, then an imperative with 'it works every time' (pronoun for the alarm); round 21 (A) leaves it: the pronoun's treatment is in other blocks of the digest, which the discourse licence does not reach ('Stick with the recipe and it works every time' is the same shape)" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Once we got the timing right, the melts worked brilliantly for sleepovers.", reason: "r21 open: 'the melts worked brilliantly for sleepovers': 'melts' (desmopressin) is a remedy only from context and 'sleepovers' no complaint" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Lisa (mum to Jack, 6): Cutting out squash and fizzy drinks after 4pm made the biggest diff", reason: "r21 open: speaker label before 'X made the biggest difference for us' with no complaint named" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Tom (dad to Freddie, 8): Lifting him for a wee when we go to bed at 11 means dry sheets mo", reason: "r21 open: speaker label, then 'X means dry sheets most mornings': outcome named by 'dry sheets' (bedwetting from context)" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Sarah (mum to Mia, 7): A sticker chart for dry nights might help some kids, but it just up", reason: "r21 open: speaker label, then a hedged 'might help some kids' with no complaint named (dry nights is the chart's name)" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "It sounds mad, but a teaspoon of honey at bedtime stopped Zac wetting within a week.", reason: "r21 open: 'stopped Zac wetting': stop + person + complaint verb ('wetting' is bedwetting only here)" },
  { draft: "r20-heldout-bedwetting-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Our GP said treating Harvey's constipation was the key, and he was dry within a month.", reason: "r21 open: 'was the key' (to what: the digest's topic) and 'he was dry within a month' (outcome of bedwetting from context); the GP is a named source of the advice" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "unsupported-claim", text: "Ten minutes of these exercises a day will have most patients back on a normal diet within ", reason: "r21 open: causative 'will have most patients back on a normal diet': 'back on a normal diet' is recovery of swallowing only from the topic" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "vague-attribution", text: "Research suggests that chin-tuck against resistance works just as well as the Shaker and i", reason: "r21 open: the content of the attribution is an equivalence ('works just as well as the Shaker'), which the content test does not read as a health assertion" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "unsupported-claim", text: "Some patients find that sipping very cold water triggers a quicker swallow.", reason: "r21 open: find-frame with 'triggers a quicker swallow': 'swallow' is a function, not a complaint or outcome of the lists" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "unsupported-claim", text: "A sour taste, such as a little lemon in a thickened drink, may also speed up the swallow r", reason: "r21 open: hedged 'may also speed up the swallow reflex': a reflex made faster is physiology to the lexicon" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "unsupported-claim", text: "After six weeks of daily exercises with our team, he was eating fish and chips with his gr", reason: "r21 open: case story whose outcome is an everyday act ('eating fish and chips with his grandchildren'): notable only in the topic" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "absolute-claim", text: "Every patient who completes our intensive programme recovers a safe swallow.", reason: "r21 open: totality over patients with 'recovers a safe swallow': 'recover' + a function is not a health outcome to the lexicon" },
  { draft: "r20-heldout-dysphagia-stroke.md", kind: "miss", rule: "unsupported-claim", text: "Sitting fully upright for meals and for 30 minutes afterwards prevents most aspiration.", reason: "r21 open: 'prevents most aspiration': 'aspiration' is a complaint only in dysphagia (also ambition)" },
  { draft: "r20-heldout-eczema-emollients.txt", kind: "severity", rule: "unsupported-claim", text: "Keeping the bedroom cool tends to ease night-time itching.", reason: "r22 N left: 'tends to' before the predicate is read as a hedge of severity since round 22 N, but this sentence's predicate is read on 'cool' (the gerund subject's complement), before 'tends to ease'; the label reads a hedge" },
  { draft: "r20-heldout-fertility-coach.md", kind: "miss", rule: "unsupported-claim", text: "After three years of unexplained infertility, I changed my diet, started seed cycling and ", reason: "r21 open: testimony of conception ('conceived my daughter naturally at 38') after changes listed: conception is an outcome only in fertility writing" },
  { draft: "r20-heldout-fertility-coach.md", kind: "miss", rule: "unsupported-claim", text: "Within three cycles, most of my clients see their luteal phase lengthen.", reason: "r21 open: 'see their luteal phase lengthen': a physiological measure changing, with no treatment named in the sentence" },
  { draft: "r20-heldout-fertility-coach.md", kind: "miss", rule: "unsupported-claim", text: "Stress is the number one fertility killer, and our weekly calls melt it away.", reason: "r21 open: 'melt it away' with 'it' for stress in the clause before (anaphora)" },
  { draft: "r20-heldout-fertility-coach.md", kind: "miss", rule: "unsupported-claim", text: "You could see your first positive test within a few months.", reason: "r21 open: hedged outcome 'see your first positive test' with no treatment in the sentence (the programme is in the page)" },
  { draft: "r20-heldout-hayfever-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "Our own-brand cromoglicate drops work just as well as the branded version at half the pric", reason: "r21 open: equivalence of two products ('work just as well as the branded version at half the price'): a comparison of price and brand; no health outcome named" },
  { draft: "r20-heldout-hayfever-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "A smear of petroleum jelly around the nostrils traps pollen before it gets in.", reason: "r21 open: mechanism of prevention ('traps pollen before it gets in'): pollen is the allergen, not a complaint" },
  { draft: "r20-heldout-hayfever-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "Wraparound sunglasses keep pollen out of your eyes on high-count days.", reason: "r21 open: 'keep pollen out of your eyes': prevention of exposure, not of a complaint" },
  { draft: "r20-heldout-mouth-taping.md", kind: "miss", rule: "unsupported-claim", text: "Mine went from 14 seconds to 32 seconds in three months, and I've barely needed my blue in", reason: "r21 open: 'I've barely needed my blue inhaler since': reduced need of a reliever told with 'barely' and 'since', the treatment in the sentences before" },
  { draft: "r20-heldout-mushroom-coffee.md", kind: "miss", rule: "absolute-claim", text: "Unlike ordinary coffee, there's no crash and no jitters.", reason: "r21 open: product safety by absence ('there's no crash and no jitters'): 'no jitters' is not in the total-safety list ('no side effects')" },
  { draft: "r20-heldout-mushroom-coffee.md", kind: "miss", rule: "unsupported-claim", text: "Some people may notice calmer sleep after a month of daily use.", reason: "r21 open: hedged 'notice calmer sleep after a month of daily use': the use is of the product named only in the page" },
  { draft: "r20-heldout-oil-pulling.md", kind: "miss", rule: "absolute-claim", text: "Scientists have proven that oil pulling protects your heart.", reason: "r21 open: found as vague-attribution ('Scientists have proven'); the label reads proof as absolute. The issue lists 'studies have proven' under vague-attribution and 'scientifically proven' under absolute; the rule follows the issue" },
  { draft: "r20-heldout-podiatry-nails.md", kind: "miss", rule: "unsupported-claim", text: "What really makes the difference, though, is how you cut your nails.", reason: "r21 open: pseudo-cleft 'What really makes the difference is how you cut your nails': no complaint named (ingrown nails from the paragraph)" },
  { draft: "r20-heldout-podiatry-nails.md", kind: "miss", rule: "unsupported-claim", text: "Most of my patients tell me the throbbing has gone by the next morning.", reason: "r21 open: reported outcome 'the throbbing has gone by the next morning' with the treatment (nail surgery) in the sentence before" },
  { draft: "r20-heldout-podiatry-nails.md", kind: "miss", rule: "unsupported-claim", text: "Salicylic acid paints from the pharmacy are the first thing most people try, and used dail", reason: "r21 open: 'they shift most verrucas within a couple of months': 'shift' is no verb of benefit (colloquial 'clear')" },
  { draft: "r20-heldout-podiatry-nails.md", kind: "miss", rule: "unsupported-claim", text: "Covering the verruca with duct tape for a few weeks may help it clear in some people.", reason: "r21 open: 'may help it clear': 'it' for the verruca (anaphora inside the sentence) with an intransitive 'clear'" },
  { draft: "r20-heldout-podiatry-nails.md", kind: "miss", rule: "unsupported-claim", text: "Our own approach combines regular nail reduction in clinic with a topical treatment at hom", reason: "r21 open: 'with it the nails look healthier within three months': outcome licensed by 'with it' (the approach), a pronoun for the treatment" },
  // Round 22 opened round 21's blind drafts (r21-*) and sentence set (s21): each miss, false positive and severity
  // disagreement read ("r22 open:"; remove an entry when its gap closes). s19 and s20 stay held out.
  { draft: "r21-heldout-adrenal-fatigue.md", kind: "severity", rule: "unsupported-claim", text: "Many clients find their sugar cravings settle within the first fortnight.", reason: "r22 N kept: 'Many clients find' stays a report of experience (warning), as rounds 4 and 9 decided ('most' and 'many' claim the usual experience of a clinic's clients; the issue lists 'some people find' as the hedge, and 'some residents find' is read as one since round 22 N); the label reads a hedge" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Since she started coming to Steady Steps in June, Mrs Okafor hasn't had a single fall, and", reason: "r22 open: case story 'Since she started coming to <class>, she hasn't had a single fall': 'a single fall' after a negated perfect is the outcome, the class named only by its name" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Staying well hydrated keeps residents more alert and steadier on their feet.", reason: "r22 open: 'keeps residents more alert and steadier on their feet': keep + comparative states of the person; 'staying well hydrated' a habit offered as a remedy" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Since the rounds began, fewer residents have needed antibiotics, and we think the extra dr", reason: "r22 open: 'fewer residents have needed antibiotics' after 'since the rounds began' with the credit hedged in a later clause ('may be part of the reason')" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Now that he has a cup of tea on every round, he is as bright as a button at breakfast.", reason: "r22 open: 'Now that he has X, he is as bright as a button': a causal 'now that' clause crediting tea with an idiom of alertness" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Carol says the music afternoons have given her mum her voice back.", reason: "r22 open: 'X have given her mum her voice back': give + possessive + a faculty back, reported by a named relative" },
  { draft: "r21-heldout-care-home-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "A few residents who used to need help to stand can now get up from their chair on their ow", reason: "r22 open: 'can now get up from their chair on their own': a function regained, treatment only in the paragraph (the classes)" },
  { draft: "r21-heldout-cataract-recovery.txt", kind: "miss", rule: "unsupported-claim", text: "Wearing the shield at night protects your eye from being rubbed or knocked while you sleep", reason: "r22 open: 'protects your eye from being rubbed or knocked': protect from + a mishap (not a complaint of the lexicons)" },
  { draft: "r21-heldout-cataract-recovery.txt", kind: "miss", rule: "unsupported-claim", text: "Avoiding heavy lifting might help to keep the pressure inside your eye steady while it hea", reason: "r22 open: 'might help to keep the pressure inside your eye steady': help to keep + a physiological quantity steady" },
  { draft: "r21-heldout-cataract-recovery.txt", kind: "miss", rule: "unsupported-claim", text: "Many patients find they need glasses only for reading once the eye has settled.", reason: "r22 open: 'Many patients find they need glasses only for reading once the eye has settled': the outcome of the operation as a reduced need" },
  { draft: "r21-heldout-cataract-recovery.txt", kind: "miss", rule: "unsupported-claim", text: "This is easily treated with a quick laser procedure in the outpatient clinic.", reason: "r22 open: 'This is easily treated with a quick laser procedure': the pronoun names the complaint of the sentence before (posterior capsule thickening)" },
  { draft: "r21-heldout-doms-massage.md", kind: "miss", rule: "unsupported-claim", text: "After three sessions with Kerry before the Chester Marathon, my calves have never felt so ", reason: "r22 open: 'my calves have never felt so fresh' after three sessions: a superlative of feeling in a testimony" },
  { draft: "r21-heldout-doms-massage.md", kind: "miss", rule: "absolute-claim", text: "Rolling for ten minutes after every session prevents DOMS entirely (Cheatham et al., 2015)", reason: "r22 open: 'prevents DOMS entirely': totality adverb after prevent; cited (the label is absolute); DOMS not read as a complaint" },
  { draft: "r21-heldout-doms-massage.md", kind: "miss", rule: "unsupported-claim", text: "A percussion gun is the fastest way to get rid of soreness before your next session.", reason: "r22 open: 'the fastest way to get rid of soreness': flagged as absolute on 'get rid of' (a false positive beside this miss); the label is unsupported" },
  { draft: "r21-heldout-doms-massage.md", kind: "fp", rule: "absolute-claim", text: "«get rid of» in:", reason: "r22 open: flag 'get rid of' as absolute in 'the fastest way to get rid of soreness': the label reads it as unsupported (a superlative, not a cure)" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "vague-attribution", text: "Research suggests that people who spend long hours on screens blink only half as often as ", reason: "r22 open: content of the attribution is an observation about blinking (not a treatment); the label calls 'Research suggests' vague anyway" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "unsupported-claim", text: "Many of my patients tell me it's the single most useful thing they've tried.", reason: "r22 open: 'Many of my patients tell me it's the single most useful thing they've tried': reported superlative with a pronoun subject" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "unsupported-claim", text: "Omega-3 may still help some people who eat very little oily fish, though this hasn't been ", reason: "r22 open: 'Omega-3 may still help some people who eat very little oily fish': 'help some people' with no complaint, then a hedge of evidence" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "unsupported-claim", text: "Lid hygiene is a habit your eyes will thank you for.", reason: "r22 open: 'a habit your eyes will thank you for': an idiom of benefit with a body part as grateful agent" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "unsupported-claim", text: "Blinking exercises, such as twenty slow, full blinks every hour, might help if you work at", reason: "r22 open: 'might help if you work at a screen all day': help with no complaint and a condition" },
  { draft: "r21-heldout-dry-eye-optometrist.md", kind: "miss", rule: "unsupported-claim", text: "In my experience, plugs transform life for people with very dry eyes who have already trie", reason: "r22 open: 'plugs transform life for people with very dry eyes': transform life (not 'transform lives') with a population of a complaint" },
  { draft: "r21-heldout-herbalist-winter-colds.md", kind: "miss", rule: "unsupported-claim", text: "I start my family on a teaspoon every morning from October, and nobody has had more than a", reason: "r22 open: 'nobody has had more than a sniffle since': a negated universal over the family after 'I start my family on a teaspoon'" },
  { draft: "r21-heldout-herbalist-winter-colds.md", kind: "miss", rule: "unsupported-claim", text: "Last winter one of my clients, a primary school teacher, took it all term and didn't miss ", reason: "r22 open: a case story whose outcome is 'didn't miss a single day of work' (health only from the topic)" },
  { draft: "r21-heldout-herbalist-winter-colds.md", kind: "miss", rule: "unsupported-claim", text: "The berries are packed with antioxidants that support your immune system.", reason: "r22 open: 'antioxidants that support your immune system': support + immune system inside a relative clause after 'packed with'" },
  { draft: "r21-heldout-herbalist-winter-colds.md", kind: "miss", rule: "unsupported-claim", text: "Once you've taken it for a week, your immune system stays primed for the rest of the winte", reason: "r22 open: 'your immune system stays primed for the rest of the winter': an outcome of state after 'Once you've taken it'" },
  { draft: "r21-heldout-kids-calm-app.md", kind: "miss", rule: "unsupported-claim", text: "Just five minutes of Balloon Breaths before school sets them up for a calmer day.", reason: "r22 open: 'sets them up for a calmer day': a phrasal idiom of benefit (set up for) with a comparative state" },
  { draft: "r21-heldout-kids-calm-app.md", kind: "miss", rule: "unsupported-claim", text: "Breathe along with Pip and you'll feel the wobbles float away.", reason: "r22 open: imperative 'Breathe along with Pip and you'll feel the wobbles float away': 'the wobbles' is anxiety in children's words" },
  { draft: "r21-heldout-kids-calm-app.md", kind: "miss", rule: "unsupported-claim", text: "Kids who play for ten minutes a day may find it easier to settle at bedtime.", reason: "r22 open: 'may find it easier to settle at bedtime': a population of users with a hedged ease of settling" },
  { draft: "r21-heldout-kids-calm-app.md", kind: "miss", rule: "absolute-claim", text: "Since Maya started doing the balloon breaths before school, the tummy aches have stopped c", reason: "r22 open: 'the tummy aches have stopped completely' after 'Since Maya started doing X': totality of stopping in a story" },
  { draft: "r21-heldout-kids-calm-app.md", kind: "miss", rule: "unsupported-claim", text: "Within a week of using the stories, bedtimes went from an hour of tears to lights out by e", reason: "r22 open: 'bedtimes went from an hour of tears to lights out by eight': a from-to change of an everyday routine" },
  { draft: "r21-heldout-migraine-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Since my second round of injections, I've had half the headache days I used to.", reason: "r22 open: 'I've had half the headache days I used to' after 'Since my second round of injections': a fraction of the complaint's days" },
  { draft: "r21-heldout-migraine-digest.txt", kind: "miss", rule: "absolute-claim", text: "Everyone should try an ice hat because it works for everyone.", reason: "r22 open: 'it works for everyone' after 'Everyone should try X because': the advice clause hides the reason clause" },
  { draft: "r21-heldout-migraine-digest.txt", kind: "miss", rule: "unsupported-claim", text: "Lying in a dark room with a cold flannel may help while you wait for the tablet to work.", reason: "r22 open: 'may help while you wait for the tablet to work': help with no complaint, a time clause" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Three months of ferrous sulphate and my legs are about 80% better.", reason: "r22 open: 'N months of X and my legs are about 80% better': a noun-phrase conjunct with a percentage improvement of a body part" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "For me it was compression socks, the knee-length ones from the chemist.", reason: "r22 open: 'For me it was X': an answer naming what worked, with the question in another post" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "I put them on after tea and the creepy-crawly feeling doesn't start until much later, if a", reason: "r22 open: 'the creepy-crawly feeling doesn't start until much later': the complaint named by a lay description, after 'I put them on'" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Lavender soap works best.", reason: "r22 open: 'Lavender soap works best': a superlative of working with no complaint in the sentence" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Nobody has ever been able to explain to me why it works, but it does.", reason: "r22 open: 'why it works, but it does': affirmation of working with a pronoun" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Cutting out caffeine and alcohol in the evening makes a real difference for most of my old", reason: "r22 open: 'makes a real difference for most of my old patients': difference for a population, the complaint from the thread" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Two weeks in, and I've had four decent nights' sleep already.", reason: "r22 open: 'Two weeks in, and I've had four decent nights' sleep already': a count of good nights with the treatment in the post before" },
  { draft: "r21-heldout-restless-legs-forum.md", kind: "miss", rule: "unsupported-claim", text: "Walking the dog last thing at night settles mine as well.", reason: "r22 open: 'settles mine as well': a possessive pronoun ('mine') for the complaint" },
  { draft: "r21-heldout-tens-period-pain.md", kind: "miss", rule: "unsupported-claim", text: "The pulses may interfere with pain signals travelling to the brain and may encourage the r", reason: "r22 open: a hedged mechanism ('may interfere with pain signals', 'may encourage the release of endorphins')" },
  { draft: "r21-heldout-tens-period-pain.md", kind: "miss", rule: "unsupported-claim", text: "Most users feel relief within 20 minutes of switching it on.", reason: "r22 open: 'Most users feel relief within 20 minutes of switching it on': a population report of relief, 'it' the device" },
  { draft: "r21-heldout-tens-period-pain.md", kind: "miss", rule: "unsupported-claim", text: "She hasn't taken a painkiller for her periods since 2021.", reason: "r22 open: 'She hasn't taken a painkiller for her periods since 2021': no longer needing a medicine, the treatment from context" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Pinhole glasses are the best thing for people who find small print a struggle.", reason: "r22 open: 'the best thing for people who find small print a struggle': a superlative for a population described by a clause" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Since I started using vaginal cones, I no longer leak when I run.", reason: "r22 open: story 'Since I started X, I no longer leak when I run': 'no longer' + a complaint verb (leak)" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Some women find that pelvic floor apps help them stay dry.", reason: "r22 open: 'help them stay dry': help + stay + a state of continence" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "absolute-claim", text: "Our fungal nail lacquer works every time, on every infected nail.", reason: "r22 open: 'works every time, on every infected nail': totality with 'our' product" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Padded socks may help some older people with painful feet walk further.", reason: "r22 open: 'help some older people with painful feet walk further': help + a population + a function" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Our daughter's night terrors stopped after we moved her bedtime earlier.", reason: "r22 open: 'night terrors stopped after we moved her bedtime earlier': outcome as subject with 'after' + a habit" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "My mother's memory sharpened after she started doing crosswords every day.", reason: "r22 open: 'memory sharpened after she started doing crosswords': an outcome verb of a faculty in a story" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Mood tracking tends to help people spot and manage their triggers.", reason: "r22 open: 'tends to help people spot and manage their triggers': help + people + an ability" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "My stitches healed twice as fast once I started taking vitamin C.", reason: "r22 open: 'My stitches healed twice as fast once I started taking vitamin C': a comparative of healing with 'once' + a supplement" },
  { draft: "s21-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "A smartwatch that nudges you to stand up every hour might reduce neck and shoulder stiffne", reason: "r22 open: 'might reduce neck and shoulder stiffness': the subject has a relative clause ('that nudges you to stand up every hour')" },
  // Round 23 opened round 22's blind drafts (r22-*) and sentence set (s22): each miss, false positive and severity
  // disagreement read ("r23 open:"; remove an entry when its gap closes). s19 and s20 stay held out.
  { draft: "r22-heldout-ankle-sprain.md", kind: "miss", rule: "unsupported-claim", text: "Loading the ankle from day two or three is the single best thing you can do for it.", reason: "r23 open: superlative of advice 'the single best thing you can do for it': the pronoun is the ankle, the focus a gerund act (loading)" },
  { draft: "r22-heldout-ankle-sprain.md", kind: "miss", rule: "absolute-claim", text: "Taping before every match makes re-injury a thing of the past.", reason: "r23 open: permanence idiom 'makes re-injury a thing of the past' after a habit (taping)" },
  { draft: "r22-heldout-biohacking-newsletter.md", kind: "miss", rule: "absolute-claim", text: "Everyone who tries an NAD+ drip walks out with sharper focus.", reason: "r23 open: totality over people 'Everyone who tries an NAD+ drip walks out with sharper focus': 'walks out with' + a state of mind" },
  { draft: "r22-heldout-biohacking-newsletter.md", kind: "miss", rule: "unsupported-claim", text: "My torn rotator cuff healed in three weeks.", reason: "r23 open: testimony 'My torn rotator cuff healed in three weeks': an injury healing in a time, the treatment in the sentences before" },
  { draft: "r22-heldout-biohacking-newsletter.md", kind: "fp", rule: "unsupported-claim", text: "«helps» in:", reason: "r23 open: flag 'helps' in 'it helps turn food into energy': the body's own coenzyme (physiology), not a remedy" },
  { draft: "r22-heldout-chronic-hives.md", kind: "miss", rule: "unsupported-claim", text: "My GP started me on one cetirizine a day, which took the edge off but never stopped the we", reason: "r23 open: testimony 'which took the edge off but never stopped the welts completely': a relative clause after the drug; benefit then a negated totality" },
  { draft: "r22-heldout-chronic-hives.md", kind: "miss", rule: "unsupported-claim", text: "What finally helped me was switching to bilastine, which doesn't make me drowsy at all.", reason: "r23 open: pseudo-cleft 'What finally helped me was switching to bilastine': 'finally' between 'What' and 'helped'" },
  { draft: "r22-heldout-chronic-hives.md", kind: "miss", rule: "unsupported-claim", text: "A pseudoallergen-free diet may help a minority of people, but it isn't first line.", reason: "r23 open: hedged 'may help a minority of people' with no complaint named (the diet's benefit from the thread)" },
  { draft: "r22-heldout-chronic-hives.md", kind: "miss", rule: "unsupported-claim", text: "Yoga twice a week helps too.", reason: "r23 open: 'Yoga twice a week helps too': help with no object, the complaint the thread's" },
  { draft: "r22-heldout-essential-oils-kids.md", kind: "miss", rule: "unsupported-claim", text: "Most little ones are breathing easier before you've even finished the bedtime story.", reason: "r23 open: population outcome 'Most little ones are breathing easier before you've even finished the bedtime story': the product in the page" },
  { draft: "r22-heldout-essential-oils-kids.md", kind: "miss", rule: "unsupported-claim", text: "What our blends do is help your little one feel comfortable and rest while their body does", reason: "r23 open: pseudo-cleft 'What our blends do is help your little one feel comfortable and rest': help + feel comfortable" },
  { draft: "r22-heldout-essential-oils-kids.md", kind: "miss", rule: "absolute-claim", text: "After two nights with the Snuggle Breathe blend in her room, it was gone for good.", reason: "r23 open: permanence 'it was gone for good' after 'two nights with the blend': the pronoun for the complaint of the story" },
  { draft: "r22-heldout-essential-oils-kids.md", kind: "severity", rule: "unsupported-claim", text: "Many parents find our oils are a natural alternative to the medicines in the cupboard, and", reason: "r23 open: severity: 'Many parents find our oils are a natural alternative to the medicines': read as hedged (find frame), labelled a warning ('many' is no hedge)" },
  { draft: "r22-heldout-fear-of-flying.md", kind: "miss", rule: "unsupported-claim", text: "The same approach works wonders for spiders, needles, dentists, driving and public speakin", reason: "r23 open: idiom 'works wonders for spiders, needles, dentists, driving and public speaking': the objects are phobias named by their objects" },
  { draft: "r22-heldout-fear-of-flying.md", kind: "miss", rule: "unsupported-claim", text: "After two sessions with Jenna I flew to Lanzarote and actually enjoyed it!", reason: "r23 open: testimony 'After two sessions with Jenna I flew to Lanzarote and actually enjoyed it': the outcome an everyday act of the topic" },
  { draft: "r22-heldout-fear-of-flying.md", kind: "miss", rule: "unsupported-claim", text: "It took me more than three sessions, but I did get on the plane to my sister's wedding in ", reason: "r23 open: testimony 'but I did get on the plane to my sister's wedding': outcome an everyday act of the topic" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "Pairing carbohydrate with protein, such as an apple with a small handful of almonds, may b", reason: "r23 open: hedged 'may blunt the rise as well': 'the rise' (of glucose) from context" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "Berries and a small apple tend to be kinder to your readings than a large banana or a bunc", reason: "r23 open: hedged 'tend to be kinder to your readings than a large banana': comparison of foods on a measure" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "Some women find that spreading their carbohydrate across three smaller meals and two snack", reason: "r23 open: hedged find-frame 'smooths out their readings': readings as outcome" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "A gentle stroll after meals is the simplest habit with the biggest pay-off.", reason: "r23 open: superlative 'the simplest habit with the biggest pay-off': the pay-off unnamed (the draft's topic)" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "In my clinic, the women who walk after dinner almost always wake up to a better fasting nu", reason: "r23 open: 'the women who walk after dinner almost always wake up to a better fasting number': a population outcome on a measure after 'In my clinic'" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "Within a week, her after-meal readings had dropped below 7.8.", reason: "r23 open: case story 'Within a week, her after-meal readings had dropped below 7.8': a measure falling, the treatment in the story before" },
  { draft: "r22-heldout-gestational-diabetes.md", kind: "miss", rule: "unsupported-claim", text: "Breastfeeding may also lower that risk.", reason: "r23 open: hedged 'Breastfeeding may also lower that risk': 'that risk' anaphora for type 2 diabetes in the sentence before" },
  { draft: "r22-heldout-histamine-podcast.txt", kind: "miss", rule: "unsupported-claim", text: "Since I started taking a DAO capsule before dinner, I can have a glass of red wine without", reason: "r23 open: testimony 'Since I started taking a DAO capsule before dinner, I can have a glass of red wine without my face going bright red': an everyday act regained" },
  { draft: "r22-heldout-histamine-podcast.txt", kind: "miss", rule: "unsupported-claim", text: "My sleep's better too.", reason: "r23 open: testimony 'My sleep's better too': a contracted 'is' and 'too' leaning on the sentence before" },
  { draft: "r22-heldout-histamine-podcast.txt", kind: "miss", rule: "unsupported-claim", text: "I've been low-histamine for three weeks and it might be a coincidence, but my migraines se", reason: "r23 open: hedged testimony 'my migraines seem to be easing off' after 'it might be a coincidence, but'" },
  { draft: "r22-heldout-school-nurse.md", kind: "miss", rule: "unsupported-claim", text: "You don't need to, and letting them sleep actually helps the brain recover faster.", reason: "r23 open: 'letting them sleep actually helps the brain recover faster': help + recover with the brain as subject of recovery" },
  { draft: "r22-heldout-verrucas.txt", kind: "miss", rule: "unsupported-claim", text: "Some parents find the tape works better than anything they have bought from us.", reason: "r23 open: hedged comparison 'Some parents find the tape works better than anything they have bought from us': works better with no complaint named" },
  { draft: "r22-heldout-verrucas.txt", kind: "miss", rule: "absolute-claim", text: "A teenage swimmer told us a stronger gel cleared her feet completely, and they have stayed", reason: "r23 open: reported testimony 'a stronger gel cleared her feet completely, and they have stayed clear ever since': 'completely' after the object and 'ever since'" },
  { draft: "r22-heldout-verrucas.txt", kind: "miss", rule: "unsupported-claim", text: "Covering the verruca with a waterproof plaster or a verruca sock stops it spreading to oth", reason: "r23 open: 'stops it spreading to other swimmers': prevention of spread ('it' the verruca)" },
  { draft: "r22-heldout-verrucas.txt", kind: "severity", rule: "unsupported-claim", text: "Freezing can help some warts drop off after one or two goes.", reason: "r23 open: severity: 'Freezing can help some warts drop off after one or two goes': read as hedged ('can help some'); labelled a warning" },
  { draft: "s22-heldout-sentences.txt", kind: "miss", rule: "absolute-claim", text: "This amber teething necklace works for every baby, whatever their age.", reason: "r23 open: totality 'works for every baby, whatever their age': a necklace, no complaint named" },
  { draft: "s22-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "My son's night-time wetting stopped after we bought a bedwetting alarm.", reason: "r23 open: testimony 'My son's night-time wetting stopped after we bought a bedwetting alarm'" },
  { draft: "s22-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Since the cataract operation, my mother reads without glasses and her falls have stopped.", reason: "r23 open: testimony 'my mother reads without glasses and her falls have stopped' after 'Since the cataract operation'" },
  { draft: "s22-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Since my grandson started wearing his hearing aids, his speech has come on in leaps and bo", reason: "r23 open: testimony 'his speech has come on in leaps and bounds' after 'Since my grandson started wearing his hearing aids'" },
  // Round 24 opened round 23's blind drafts (r23-*) and sentence set (s23): each miss and false positive read
  // ("r24 open:"; remove an entry when its gap closes). s19 and s20 stay held out.
  { draft: "r23-heldout-dental-newsletter.txt", kind: "miss", rule: "unsupported-claim", text: "Leaving a film of paste on the tooth overnight may give extra relief.", reason: "r24 open: hedged 'may give extra relief': relief as object of 'give' (no complaint named)" },
  { draft: "r23-heldout-dental-newsletter.txt", kind: "miss", rule: "absolute-claim", text: "Within three weeks the sensitivity had gone completely.", reason: "r24 open: permanence 'the sensitivity had gone completely': 'sensitivity' (of teeth) a complaint only in a dental draft" },
  { draft: "r23-heldout-gallstones-group.md", kind: "miss", rule: "absolute-claim", text: "My sister swears it works every time.", reason: "r24 open: 'My sister swears it works every time': 'works every time' of the flush in a health thread, 'it' the remedy" },
  { draft: "r23-heldout-gallstones-group.md", kind: "miss", rule: "unsupported-claim", text: "What really helped me was cutting the fat right down.", reason: "r24 open: pseudo-cleft 'What really helped me was cutting the fat right down': no complaint named (the thread's)" },
  { draft: "r23-heldout-gallstones-group.md", kind: "miss", rule: "unsupported-claim", text: "Haven't had a single attack since March and I'm still on the list!", reason: "r24 open: testimony 'Haven't had a single attack since March': subjectless, 'attack' a complaint episode, the treatment before" },
  { draft: "r23-heldout-gallstones-group.md", kind: "miss", rule: "unsupported-claim", text: "I did it twice last year and felt amazing afterwards, lighter and no more bloating.", reason: "r24 open: testimony 'felt amazing afterwards, lighter and no more bloating': after doing the flush ('I did it twice')" },
  { draft: "r23-heldout-gallstones-group.md", kind: "miss", rule: "unsupported-claim", text: "My nan took milk thistle for forty years and never needed her gallbladder out.", reason: "r24 open: testimony 'took milk thistle for forty years and never needed her gallbladder out': an operation avoided" },
  { draft: "r23-heldout-homeopathy-exams.md", kind: "miss", rule: "unsupported-claim", text: "Within two days of starting the remedy, Maya stopped crying before school and sailed throu", reason: "r24 open: testimony 'Within two days of starting the remedy, Maya stopped crying before school and sailed through her GCSE mocks'" },
  { draft: "r23-heldout-homeopathy-exams.md", kind: "fp", rule: "unsupported-claim", text: "«gentle alternative to» in:", reason: "r24 open: flag 'gentle alternative to' in a bold heading 'The gentle alternative to medication': a heading with no outcome" },
  { draft: "r23-heldout-myopia-children.txt", kind: "miss", rule: "unsupported-claim", text: "Ortho-k lenses are worn overnight to gently reshape the front of the eye, so your child ca", reason: "r24 open: mechanism 'so your child can see clearly all day without glasses': a function restored after 'so'" },
  { draft: "r23-heldout-myopia-children.txt", kind: "miss", rule: "unsupported-claim", text: "Bright outdoor light may slow the growth of the eye.", reason: "r24 open: hedged 'may slow the growth of the eye': growth of a body part (eye elongation in myopia)" },
  { draft: "r23-heldout-myopia-children.txt", kind: "miss", rule: "unsupported-claim", text: "Sophie's prescription had jumped by a whole dioptre and a half in one year before she star", reason: "r24 open: testimony 'it has barely moved since' (the prescription), after 'before she started the drops'" },
  { draft: "r23-heldout-newborn-care.md", kind: "miss", rule: "unsupported-claim", text: "Feeding little and often helps your baby pass the extra bilirubin out in their poo.", reason: "r24 open: 'Feeding little and often helps your baby pass the extra bilirubin out': help + a physiological act (clearing bilirubin)" },
  { draft: "r23-heldout-newborn-care.md", kind: "miss", rule: "unsupported-claim", text: "By the next morning she was pink again and feeding like a champion.", reason: "r24 open: testimony 'By the next morning she was pink again and feeding like a champion': recovery signs after the treatment told before" },
  { draft: "r23-heldout-newborn-care.md", kind: "miss", rule: "unsupported-claim", text: "A little of your own breast milk dabbed on the spots might calm them down, and it costs no", reason: "r24 open: hedged 'might calm them down': 'them' the spots (baby acne) of the sentence" },
  { draft: "r23-heldout-newborn-care.md", kind: "fp", rule: "vague-attribution", text: "«is thought to» in:", reason: "r24 open: flag 'is thought to' in 'It is thought to be linked to hormones': a cause of a disease, not an efficacy claim" },
  { draft: "r23-heldout-radio-back-pain.txt", kind: "miss", rule: "unsupported-claim", text: "Walking, swimming and gentle stretching all help, and there's no single exercise that suit", reason: "r24 open: 'Walking, swimming and gentle stretching all help': help with no object, the complaint the programme's" },
  { draft: "r23-heldout-radio-back-pain.txt", kind: "miss", rule: "unsupported-claim", text: "Group exercise classes might also help people who find it hard to stay motivated on their ", reason: "r24 open: hedged 'might also help people who find it hard to stay motivated': help + a person described by a difficulty (not a complaint)" },
  { draft: "r23-heldout-seamoss-colostrum.md", kind: "miss", rule: "unsupported-claim", text: "Its natural prebiotic fibres feed the friendly bacteria that live in your gut.", reason: "r24 open: 'Its natural prebiotic fibres feed the friendly bacteria that live in your gut': a benefit to gut bacteria (a product's mechanism)" },
  { draft: "r23-heldout-seamoss-colostrum.md", kind: "miss", rule: "unsupported-claim", text: "They've hardly had a sniffle since the autumn term started.", reason: "r24 open: testimony 'They've hardly had a sniffle since the autumn term started': a complaint's absence since a time (the product before)" },
  { draft: "r23-heldout-youth-rugby-concussion.md", kind: "miss", rule: "unsupported-claim", text: "A dab of peppermint oil on the temples can help some youngsters too.", reason: "r24 open: hedged 'can help some youngsters too': help + persons, no complaint named" },
  { draft: "r23-heldout-youth-rugby-concussion.md", kind: "miss", rule: "unsupported-claim", text: "Most teenagers who follow this plan are back to normal within a fortnight.", reason: "r24 open: population outcome 'Most teenagers who follow this plan are back to normal within a fortnight'" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Sea buckthorn oil plumps up dry, crêpey skin.", reason: "r24 open: 'plumps up dry, crêpey skin': a phrasal verb with skin described by two adjectives" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Perineal massage from 34 weeks prevents tearing.", reason: "r24 open: 'prevents tearing': a birth injury as gerund object" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Platelet-rich plasma injections bring new growth to a thinning crown.", reason: "r24 open: 'bring new growth to a thinning crown': hair growth (crown of the head)" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "After six weeks of pulmonary rehab, my breathlessness on the stairs had halved.", reason: "r24 open: testimony 'my breathlessness on the stairs had halved': a complaint halved after rehab" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Soaking your nails in warm olive oil stops them splitting.", reason: "r24 open: 'stops them splitting': nails splitting as complaint" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Dapagliflozin slows the decline of kidney function in people with diabetes.", reason: "r24 open: 'slows the decline of kidney function': a decline of a function" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Pulmonary rehabilitation gets people with COPD walking further and breathing more easily.", reason: "r24 open: 'gets people with COPD walking further and breathing more easily'" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Microneedling the scalp doubles the results of minoxidil.", reason: "r24 open: 'doubles the results of minoxidil': a boost to another treatment" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Therapy dogs may calm patients on a dementia ward.", reason: "r24 open: hedged 'may calm patients on a dementia ward'" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Some patients find that a follow-up call after discharge helps them stay out of hospital.", reason: "r24 open: hedged find-frame 'helps them stay out of hospital'" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Standing desks could reduce neck and shoulder pain.", reason: "r24 open: hedged 'could reduce neck and shoulder pain': a subject 'Standing desks' (a piece of furniture) not read as a treatment" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Facial massage might soften expression lines.", reason: "r24 open: hedged 'might soften expression lines'" },
  { draft: "s23-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Scalp massage might encourage thicker regrowth.", reason: "r24 open: hedged 'might encourage thicker regrowth'" },
  { draft: "s23-heldout-sentences.txt", kind: "fp", rule: "unsupported-claim", text: "«slows» in:", reason: "r24 open: flag 'slows' in 'Nobody has yet demonstrated that facial yoga slows skin ageing': absent evidence (Nobody has yet demonstrated)" },
  // Round 25 opened round 24's blind drafts (r24-*) and sentence set (s24): each miss and false positive read
  // ("r25 open:"; remove an entry when its gap closes). s19 and s20 stay held out.
  { draft: "r24-heldout-airway-clearance.md", kind: "miss", rule: "unsupported-claim", text: "Huffing is also much less tiring than repeated coughing.", reason: "r25 open: comparison 'much less tiring than repeated coughing': a technique ranked against another, no complaint named" },
  { draft: "r24-heldout-airway-clearance.md", kind: "miss", rule: "unsupported-claim", text: "They may make clearance quicker for some people, especially those who find huffing hard.", reason: "r25 open: hedged 'may make clearance quicker' with 'They' (devices) from the sentence before: clearance as outcome noun" },
  { draft: "r24-heldout-airway-clearance.md", kind: "miss", rule: "unsupported-claim", text: "In my experience, using a device for ten minutes before your nebulised antibiotic makes th", reason: "r25 open: 'makes the medicine work much better': a device ranked as helping another treatment work" },
  { draft: "r24-heldout-airway-clearance.md", kind: "miss", rule: "unsupported-claim", text: "What really changed things for Margaret, a retired teacher with COPD, was joining our loca", reason: "r25 open: pseudo-cleft 'What really changed things for Margaret ... was joining our local Breathe Easy choir': testimony, no complaint named after 'changed things'" },
  { draft: "r24-heldout-amblyopia-orthoptist.md", kind: "miss", rule: "unsupported-claim", text: "Two hours a day, done properly, is enough for most children.", reason: "r25 open: 'Two hours a day, done properly, is enough for most children': a dose declared sufficient (leans on patching before)" },
  { draft: "r24-heldout-amblyopia-orthoptist.md", kind: "miss", rule: "unsupported-claim", text: "Some of our families find the games help a child who has hit a plateau with patching.", reason: "r25 open: hedged 'Some of our families find the games help a child who has hit a plateau': help + a person described by progress" },
  { draft: "r24-heldout-amblyopia-orthoptist.md", kind: "miss", rule: "unsupported-claim", text: "One little girl I treated last year went from seeing only the top letter to reading the bo", reason: "r25 open: case story 'went from seeing only the top letter to reading the bottom line of the chart after four months of glasses and patching'" },
  { draft: "r24-heldout-amblyopia-orthoptist.md", kind: "miss", rule: "unsupported-claim", text: "A sticker chart with a small reward at the end of each week keeps most children wearing th", reason: "r25 open: 'keeps most children wearing the patch and gets better results': adherence then 'better results'" },
  { draft: "r24-heldout-ayurvedic-hair-clinic.md", kind: "fp", rule: "unsupported-claim", text: "«treat» in: ...air Clinic, Leicester ## Thinning hair? Your roots are asking for help", reason: "r25 open: flag 'treat' in 'At Keshavana we treat hair loss the way Ayurveda has for thousands of years': labelled clean by the writer (a clinic's service), read as a claim" },
  { draft: "r24-heldout-constipation-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "Two or three prunes with breakfast are the gentlest remedy we know for our older customers", reason: "r25 open: superlative 'the gentlest remedy we know for our older customers': remedy ranked, complaint in the draft (constipation)" },
  { draft: "r24-heldout-constipation-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "For children, a regular toilet routine makes a real difference.", reason: "r25 open: 'makes a real difference': a routine credited with difference, complaint from the draft" },
  { draft: "r24-heldout-constipation-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "A small footstool, so their knees sit higher than their hips, helps them push without stra", reason: "r25 open: 'helps them push without straining': help + a body act (straining as complaint)" },
  { draft: "r24-heldout-constipation-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "Ispaghula husk drinks might help people who struggle to eat enough fibre.", reason: "r25 open: hedged 'might help people who struggle to eat enough fibre': help + a person described by a difficulty" },
  { draft: "r24-heldout-constipation-pharmacy.txt", kind: "miss", rule: "unsupported-claim", text: "Jo, a mum of two from Eastgate, told us the footstool and the after-breakfast routine sort", reason: "r25 open: reported testimony 'sorted her four-year-old out in a fortnight': 'sort out' of a person" },
  { draft: "r24-heldout-fat-burn-bootcamp.md", kind: "miss", rule: "unsupported-claim", text: "That afterburn is what makes HIIT unbeatable for fat loss.", reason: "r25 open: 'is what makes HIIT unbeatable for fat loss': superlative in a cleft, fat loss as outcome" },
  { draft: "r24-heldout-fat-burn-bootcamp.md", kind: "miss", rule: "unsupported-claim", text: "Cutting carbs after 6pm could help you wake up leaner.", reason: "r25 open: hedged 'could help you wake up leaner': leanness as outcome" },
  { draft: "r24-heldout-fat-burn-bootcamp.md", kind: "miss", rule: "unsupported-claim", text: "Ignite was the first thing that actually worked, and I dropped two dress sizes before my s", reason: "r25 open: testimony 'Ignite was the first thing that actually worked, and I dropped two dress sizes': flagged alone, silent inside the draft (context of the reviews section)" },
  { draft: "r24-heldout-hydrogen-water.md", kind: "miss", rule: "unsupported-claim", text: "Recovery after training is noticeably faster, too.", reason: "r25 open: 'Recovery after training is noticeably faster, too': outcome as subject leaning on the product before" },
  { draft: "r24-heldout-hydrogen-water.md", kind: "miss", rule: "unsupported-claim", text: "Start your first bottle tonight and wake up with energy to spare.", reason: "r25 open: imperative consequence 'and wake up with energy to spare': energy as outcome" },
  { draft: "r24-heldout-kidney-stones-thread.md", kind: "miss", rule: "unsupported-claim", text: "Half a fresh lemon in a pint of warm water dissolved my last two stones before they caused", reason: "r25 open: testimony 'dissolved my last two stones': stones as outcome in a kidney-stones thread" },
  { draft: "r24-heldout-kidney-stones-thread.md", kind: "miss", rule: "unsupported-claim", text: "I've been on it since 2019 and haven't made a single new stone since, after six in the fiv", reason: "r25 open: testimony 'haven't made a single new stone since, after six in the five years before': prevention told as counts" },
  { draft: "r24-heldout-kidney-stones-thread.md", kind: "miss", rule: "unsupported-claim", text: "Tamsulosin got my 5mm one out in four days, and I wish they'd given it to me the first tim", reason: "r25 open: testimony 'Tamsulosin got my 5mm one out in four days': 'get out' of a stone" },
  { draft: "r24-heldout-kidney-stones-thread.md", kind: "miss", rule: "unsupported-claim", text: "It smashed mine into sand and I peed out the bits over the next fortnight.", reason: "r25 open: testimony 'It smashed mine into sand': lithotripsy (the sentence before) breaking a stone" },
  { draft: "r24-heldout-kidney-stones-thread.md", kind: "miss", rule: "unsupported-claim", text: "Might be worth asking about potassium citrate if yours are calcium oxalate, as some people", reason: "r25 open: hedged 'some people find it helps stop new ones forming' inside advice 'Might be worth asking about'" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Regular squeezing builds up the muscles and shortens the time it takes to get back to bein", reason: "r25 open: 'builds up the muscles and shortens the time it takes to get back to being dry': continence as outcome" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Tighten first and then cough, and you will catch most of those little spurts before they h", reason: "r25 open: imperative consequence 'and you will catch most of those little spurts before they happen': leaks as 'spurts'" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Men who use a reminder app tend to stick with the exercises for longer, and that may show ", reason: "r25 open: hedged 'that may show up in fewer pads': pads as a measure of leakage" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Cutting out fizzy drinks and energy drinks might also mean fewer trips to the toilet at ni", reason: "r25 open: hedged 'might also mean fewer trips to the toilet at night': nocturia told as trips" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Plenty of fruit, vegetables and fluids keeps things moving and protects all the work you h", reason: "r25 open: 'keeps things moving and protects all the work you have put in': bowel habit and exercises protected" },
  { draft: "r24-heldout-prostate-pelvic-floor.txt", kind: "miss", rule: "unsupported-claim", text: "Tom, a retired bus driver, was using four pads a day six weeks after his operation; after ", reason: "r25 open: case story 'he was down to one small pad for safety' after three months of squeezing" },
  { draft: "r24-heldout-stitches-wound-care.md", kind: "miss", rule: "unsupported-claim", text: "The skin around it was red raw, and it settled within a week of him stopping.", reason: "r25 open: 'it settled within a week of him stopping': stopping a product as the remedy (skin reaction settling)" },
  { draft: "r24-heldout-stitches-wound-care.md", kind: "miss", rule: "unsupported-claim", text: "Caught early, most wound infections clear up quickly with a short course of tablets.", reason: "r25 open: 'most wound infections clear up quickly with a short course of tablets': 'Caught early' + natural-course shape with a treatment" },
  { draft: "r24-heldout-stitches-wound-care.md", kind: "miss", rule: "unsupported-claim", text: "Keeping a new scar out of the sun, or using a factor 50 sunscreen on it for the first year", reason: "r25 open: 'stops it turning darker than the skin around it': scar darkening prevented" },
  { draft: "r24-heldout-stitches-wound-care.md", kind: "miss", rule: "unsupported-claim", text: "Silicone gel might be worth trying if you tend to get thick, raised scars, as it may help ", reason: "r25 open: hedged 'may help them settle a little faster' (raised scars) after 'might be worth trying if'" },
  { draft: "r24-heldout-stitches-wound-care.md", kind: "miss", rule: "unsupported-claim", text: "One of our receptionists used it on the scar from her appendix operation and swears it's t", reason: "r25 open: testimony 'swears it's the reason you can barely see it now': scar fading credited" },
  { draft: "r24-heldout-tiredness-phone-in.txt", kind: "miss", rule: "unsupported-claim", text: "Taking them with a glass of orange juice helps your body absorb the iron.", reason: "r25 open: 'helps your body absorb the iron': absorption as outcome" },
  { draft: "r24-heldout-tiredness-phone-in.txt", kind: "miss", rule: "unsupported-claim", text: "Being more active could help a lot of people too, even if it's just a ten-minute walk at l", reason: "r25 open: hedged 'could help a lot of people too': help with no complaint, tiredness from the draft" },
  { draft: "r24-heldout-tiredness-phone-in.txt", kind: "severity", rule: "unsupported-claim", text: "Taking them every other day might work just as well and be gentler on the stomach.", reason: "r25 open: severity: 'Taking them every other day might work just as well and be gentler on the stomach': hedged 'might work just as well' labelled a warning by the writer (comparison of dosing)" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Since I started doing Sudoku every morning, I've stopped losing my keys.", reason: "r25 open: testimony 'I've stopped losing my keys' since Sudoku: an everyday lapse as outcome" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Sclerotherapy gets rid of thread veins.", reason: "r25 open: labelled unsupported, flagged absolute 'gets rid of thread veins': 'gets rid of' is cure language to the product" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "My cold feet warmed up within a week of starting ginger tea.", reason: "r25 open: testimony 'My cold feet warmed up within a week of starting ginger tea'" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "A light box beats coffee for shift-work sleepiness.", reason: "r25 open: 'A light box beats coffee for shift-work sleepiness': comparison of two treatments" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "My floaters became far less noticeable after I took hyaluronic acid capsules.", reason: "r25 open: testimony 'My floaters became far less noticeable after I took hyaluronic acid capsules'" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Gardening barehanded lifts your mood thanks to the microbes in the soil.", reason: "r25 open: 'lifts your mood thanks to the microbes in the soil'" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Cutting back on caffeine might reduce how often you need to go at night.", reason: "r25 open: hedged 'might reduce how often you need to go at night': a clause as object" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Snacking on protein rather than sugar on night shifts may keep you more alert.", reason: "r25 open: hedged 'may keep you more alert' on night shifts" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "A strong coffee early in a night shift may reduce errors.", reason: "r25 open: hedged 'may reduce errors' on night shifts" },
  { draft: "s24-heldout-sentences.txt", kind: "miss", rule: "unsupported-claim", text: "Some students find that a walk between revision sessions helps them remember more.", reason: "r25 open: hedged 'Some students find that a walk between revision sessions helps them remember more'" },
  { draft: "s24-heldout-sentences.txt", kind: "fp", rule: "absolute-claim", text: "«gets rid of» in: ...rs exam anxiety. Does drinking less water really help with bladder lea", reason: "r25 open: flag 'gets rid of' as absolute: labelled unsupported" },
];

/**
 * Held-out drafts of the current round: measured by bench/blog-claims.ts and never read, so their disagreements are
 * pinned by counts only (true positives, false positives, misses, severity disagreements), never by sentence. Update the
 * counts from the bench's per-draft line when a change moves them, and say so in the commit message. (i, j, o, p,
 * q, r, s, t, u, v, w, x, y, z, r7-*, r8-*, r9-*, r10-*, r11-*, r12-*, r13-*, r14-*, r15-*, r16-*, r17-*, r18-*, r19-* and r20-* were held out in rounds 2 to 20 and analysed in the round after: they are matched against
 * their labels above, like the tuning drafts.)
 */
const HELDOUT_COUNTS: Record<string, { tp: number; fp: number; miss: number; severity: number }> = {
  // Round 8's blind drafts (r8-*, ten by two writers) were pinned here by counts at the end of round 8 (63 of 134
  // labels found, 9 false positives); they are analysed since round 9 and matched above.
  // Round 9's blind drafts (r9-*, ten by two writers) were pinned here at the round start (code of b9d07e1 and of the automaton
  // commit 4bdecda alike, the latter classifying identically): 65 of 141 labels found, 11 false positives. After part
  // B's merge: 70 found, 7 false positives (ADHD nutrition 6 -> 7 found and 1 -> 0 false positives, homeopathy pharmacy
  // 6 -> 7 and 3 -> 2, migraine clinic 6 -> 7, reflexology 8 -> 10 and 3 -> 1). After part A's: 71 found (asthma
  // nurse 4 -> 5). After part C's: 73 found (homeopathy pharmacy 7 -> 8, snoring dentist 10 -> 11). Analysed since round
  // 10 and matched above.
  // Round 10's blind drafts (r10-*, ten by two writers), pinned at the round start (code of b0aebd1; the packed
  // automaton table classifies identically): 72 of 143 labels found, 8 false positives. After part C's merge: 73
  // found (hyperbaric clinic 8 -> 9). After part B's: 75 found, 7 false positives (lactation consultant 5 -> 6,
  // naturopath 5 -> 6 found and 1 -> 0 false positives). After part A's: 77 found (food-allergy clinic 7 -> 8, PCOS
  // app 6 -> 7). Analysed since round 11 and matched above (the capitalised-particle citation fix,
  // "(Du Toit et al., 2015)", took the food-allergy clinic's one cited false positive away first).
  // Round 11's blind drafts (r11-*, ten by two writers), pinned at the round start (code of the round-11 opening
  // commit): 83 of 139 labels found, 4 false positives. After part B's merge and part C's: unchanged. After part A's:
  // 84 found (kombucha brand 11 -> 12). Analysed since round 12 and matched above (the four false positives of the
  // audiologist's cited newsletter were fixed first).
  // Round 12's blind drafts (r12-*, ten by two writers), pinned at the round start (code of a379282, the round-12
  // opening commit): 73 of 136 labels found, 8 false positives. After part C's merge: unchanged. After part A's: 74
  // found (infrared sauna studio 7 -> 8). After part B's: unchanged (74 found, 8 false positives). Analysed since round
  // 13 and matched above.
  // Round 13's blind drafts (r13-*, ten by two writers), pinned at the round start (code of 3f38ec5, the same classifier
  // as da884ba, the round-13 opening commit): 77 of 133 labels found, 5 false positives. After the lead's fixes:
  // unchanged. After part C's and part B's merges (measured together): 80 found (cupping clinic 12 -> 14, red-light
  // device 10 -> 11). After part A's: unchanged (80 found, 5 false positives). Analysed since round 14 and matched
  // above (four of the five false positives fixed first).
  // Round 14's blind drafts (r14-*, ten by two writers), pinned at the round start (code of c4f0547, the round-14
  // opening commit): 79 of 137 labels found, 6 false positives. After the lead's discourse licence (a testimony read
  // with the treatment named before it): 83 found (bee pollen 7 -> 8, chair yoga 9 -> 10 with one more severity
  // disagreement, dementia carers 7 -> 8, isotretinoin 8 -> 9), no new false positive. After part B's merge (clefts,
  // health compared with the past): 85 found (magnesium shop 8 -> 10). After part C's (comparisons, superlatives,
  // everyday complaints, absolutes of a harm): 86 found (lymphatic drainage clinic 9 -> 10). After part A's (a
  // complaint improving, licensed by a clause naming the treatment): 87 found (lymphatic drainage clinic 10 -> 11) and
  // one more false positive (dementia carers' leaflet 1 -> 2): 7 in all.
  // Analysed since round 15 and matched above (six of the seven false positives fixed first).
  // Round 15's blind drafts (r15-*, ten by two writers), pinned at the round start (code of 6dfa352, the round-15 opening
  // commit, after the lead's fixes of r14's false positives): 88 of 139 labels found, 6 false positives. After the
  // lead's two older false positives (a97ec36): unchanged. After part C's merge (lay objects, help frames, help for some
  // as a hedge, vague sources of advice): unchanged found, one severity disagreement fewer (pharmacy vaccines 1 -> 0). After part A's (consequences of a
  // treatment conjunct, totality over cases): unchanged (88 found, 6 false positives). After part B's (testimonies read
  // with the treatment named before them, superlatives of efficacy on the market, clefts of a change): unchanged.
  // Analysed since round 16 and matched above.
  // Round 16's blind drafts (r16-*, ten by two writers), pinned at the round start (code of bcc2bf0, the round-16
  // opening commit, the same classifier as a676289): 94 of 140 labels found, 5 false positives. After the lead's fixes
  // and each of the three merges (C, B, A): unchanged.
  // Analysed since round 17 and matched above.
  // Round 17's blind drafts (r17-*, ten by two writers), pinned at the round start (code of b0f9d7a, the round-17
  // opening commit, the same classifier as abfee1c): 93 of 135 labels found, 2 false positives, 1 severity disagreement.
  // After the lead's fixes and part C's merge: unchanged. After part B's (testimonies and case stories): 94 found
  // (vestibular physio 5 -> 6). After part A's (absolutes and appeals by class): 95 found (EFT tapping coach 10 -> 11).
  // After the final read's fixes of false positives in the new forms (everyday English the reviewer found: 'Our swimming
  // club always beats …', 'Once you've spent your money, it doesn't come back', 'This cooking course works at all
  // levels', …): 94 found (EFT tapping coach 11 -> 10), chosen on the reviewer's sentences, not on this count.
  // Analysed since round 18 and matched above.
  // Round 18's blind drafts (r18-*, ten by two writers), pinned at the round start (code of f465a7f, the round-18
  // opening commit, the same classifier as fccab2e): 97 of 143 labels found, 5 false positives, and 97 at the end of round
  // 18 (the three parts and the lead's fixes did not move them). Analysed since round 19 and matched above.
  // Round 19's blind drafts (r19-*, ten by two writers) were pinned here at the round start (code of 22c1fc7): 102 of
  // 138 labels found, 3 false positives, the same after each merge; analysed since round 20 and matched above.
  // Round 19's blind sentence set (s19-heldout-sentences.txt: 300 standalone sentences, one a paragraph, by a third
  // writer: 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims), pinned at the round start (22c1fc7): 198 of
  // 230 labels found, 5 false positives.
  // Round 20 (lead): a negated verb of saying governs its whole clause, and absolutes in a denied promise promise
  // nothing (the commit after 08b6f23): s19 false positives 5 -> 4 (counts only).
  // Round 22 (N): severity 4 -> 0, measured once after part N's two commits together (false positives by class, then
  // 'tend(s) to' before the predicate and 'some residents (carers, guests) find' read as hedges of severity); found,
  // false positives and misses unchanged (counts only).
  // Round 23 (W), measured once on the finished change (the commit adding r23wFinding: an unnamed source's finding of a
  // comparison or change at a sentence's start, 'have discovered that' among its verbs, in a health draft): 198 -> 200
  // found, 4 -> 3 false positives, 32 -> 30 missed (counts only; no sentence was looked at).
  // Round 23 (S): the open-class objects and ranks of round23SVerbs / round23SSubject / round23SIdioms / round23SRanked
  // (with the negator of denied evidence) moved s19 from 198 to 201 found, 32 to 29 missed, false positives unchanged
  // (measured once, counts only; no sentence was looked at).
  // Both merged (round 23's merge of part S after parts I, W and T): 203 found, 3 false positives, 27 missed (counts only).
  // Round 24 (C): the frames of ranking, relief, comparison and consequence (round24CRankedWay, round24CPhrasal,
  // round24CCompared, r24cConsequenceAt, round24C sources; commits 0348dfa and the next one, which reads them after every
  // older frame and adds 'settles things faster'): 203 -> 204 found, 3 -> 4 false positives, 27 -> 26 missed (measured
  // once on each finished change, the same counts both times; counts only, no sentence was looked at).
  's19-heldout-sentences.txt': { tp: 204, fp: 4, miss: 26, severity: 0 },
  // Round 20's blind drafts (r20-*, ten by two writers, 141 labels) and sentence set (s20: 300 standalone sentences by a
  // third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the round start
  // (the code of 753066f): 89 of 141 and 197 of 230 labels found, 5 and 10 false positives. (Where a writer labelled a
  // sentence both vague-attribution and unsupported-claim, the unsupported label was dropped before the first run, as
  // the corpus labels a vague attribution once: 13 labels.)
  // Analysed since round 21 and matched above (90 of 141 found, 5 false positives, 1 severity disagreement at the
  // round-21 opening).
  // Round 21 (lead): part D's outcome reading licensed up to four sentences after a claim across a paragraph break
  // (R21_TOPIC_REACH) moved s20 from 198 to 199 found (counts only). In a set of unrelated sentences one a paragraph, a
  // sentence licensed by the claim before it is right only by chance: this is no evidence for the reach. (The reach was
  // first tried with an environment switch at several values, and this count was seen to move at one of them; the value
  // was chosen on the analysed drafts.)
  // Round 21 (final read): the reach was taken out again: s20 back to 198 (counts only).
  // Round 22 (N): severity 3 -> 0, measured once with s19's (the same two commits); found, false positives and misses
  // unchanged (counts only).
  // Round 22 (P), measured once on the finished change (the commit adding claims-round22-p.test.ts): the readings of
  // passives with a dose or means agent, possessive pronouns, the perfect of 'cut', 'means ... never', superlatives of
  // an exercise or a first step, the new harm nouns, relief told with 'banish' or 'reverse' and text footnote markers
  // moved s20 from 198 to 199 found, 9 to 7 false positives, 32 to 31 missed (counts only; no sentence was looked at; the
  // same counts showed once in an intermediate corpus run during the work, and no form was changed on them).
  // Both merged (round 22's merge of part P after part N): 199 found, 7 false positives, 31 missed, severity 0 (counts only).
  // Round 23 (W), measured once with s19's (the same commit): 199 -> 200 found, 31 -> 30 missed (counts only).
  // Round 23 (W), measured once on the second finished change (the commit adding r23wEverydayAbsolute: totality with
  // 'halt', 'reverse' and 'prevent', the passive of removal, 'never causes any side effects', 'all children' and '100% of
  // the patients', the everyday absolutes by class, '<sup>4</sup>' in plain text, "It's possible that"): 200 -> 201
  // found, 7 -> 5 false positives, 30 -> 29 missed; s19 unchanged (counts only; no sentence was looked at).
  // Round 23 (S): the same change moved s20 from 199 to 202 found, 31 to 28 missed, false positives unchanged (measured
  // once with s19's, counts only).
  // Both merged (round 23's merge of part S after parts I, W and T): 204 found, 5 false positives, 26 missed (counts only).
  // Round 24 (A), measured once on its first finished change (never-again, totality and completeness absolutes by class,
  // claims-absolute.json round24A): 204 -> 205 found, 26 -> 25 missed, false positives unchanged; s19 unchanged (counts only).
  // Round 25 (G), measured once on its finished change (a treatment acting on a sense, a body product or a function; a
  // modifier inside 'relief from' or 'an improvement in' after a verb of giving; a pharmacy inside the subject; the body's
  // own job as physiology): 205 -> 206 found, 25 -> 24 missed, false positives unchanged; s19 unchanged (counts only; no
  // sentence was looked at).
  's20-heldout-sentences.txt': { tp: 206, fp: 5, miss: 24, severity: 0 },
  // Round 21's blind drafts (r21-*, ten by two writers, 145 labels) and sentence set (s21: 300 standalone sentences by a
  // third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the round start
  // (the code of c6066ad): 80 of 145 and 200 of 230 labels found, 10 and 5 false positives. (The writers labelled a
  // vague attribution once, as the corpus does; no sentence carries both labels.) The same at the end of round 21.
  // Analysed since round 22 and matched above (80 of 145 and 200 of 230 found at the round-22 opening).
  // Round 22's blind drafts (r22-*, ten by two writers, 151 labels) and sentence set (s22: 300 standalone sentences by a
  // third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the round start
  // (the code of d9ea35d, the round-22 opening commit): 89 of 151 and 193 of 230 labels found, 8 and 9 false positives.
  // (Where a writer labelled a sentence both vague-attribution and unsupported-claim, the unsupported label was dropped
  // before the first run, as the corpus labels a vague attribution once: 7 labels, by script, sentences unread.)
  // Round 22 (N)'s merge: s22 severity 3 -> 1 ('tend(s) to' and 'some residents find' read as hedges of severity);
  // found, false positives and misses unchanged, r22 drafts unchanged (counts only).
  // Round 22 (P)'s merge (passives with a means agent, possessive pronouns, 'has cut', 'means ... never', superlatives
  // of an exercise, text footnote markers, 'banish'/'reverse' of a passing feeling): s22 193 -> 194 found, 9 -> 7 false
  // positives, 37 -> 36 missed; r22 drafts unchanged (counts only).
  // Analysed since round 23 and matched above (89 of 151 and 194 of 230 found at the round-23 opening).
  // Round 23's blind drafts (r23-*, ten by two writers, 143 labels) and sentence set (s23: 300 standalone sentences by a
  // third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the round start
  // (the code of fa9a376, the round-23 opening commit): 90 of 143 and 183 of 230 labels found, 8 and 9 false positives.
  // (No sentence carries both a vague-attribution and an unsupported-claim label; two carry vague-attribution and
  // absolute-claim, as two analysed ones do; checked by script, sentences unread.)
  // Round 23 (I)'s merge (imperatives and their consequences read by grammar): 9 -> 10 found, 7 -> 6 missed (counts only).
  // Round 23 (S)'s merge (open-class objects of improvement verbs, remedies ranked): 10 -> 11 found (counts only).
  // Round 23 (W)'s merge (an unnamed source's finding in a health draft, totality in more forms, everyday absolutes,
  // '<sup>4</sup>' in plain text, "It's possible that"): s23 183 -> 184 found, 9 -> 6 false positives, 47 -> 46 missed;
  // r23 drafts and round23-e unchanged (counts only).
  // Round 23 (S)'s merge: s23 184 -> 186 found, 46 -> 44 missed, false positives 6 (counts only).
  // Analysed since round 24 and matched above (92 of 143 and 186 of 230 found at the round-24 opening).
  // Round 24's blind drafts (r24-*, ten by two writers, 153 labels as written) and sentence set (s24: 300 standalone
  // sentences by a third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the
  // round start (the code of 0c32d9b, the round-24 opening; the engine of a638b92): 77 of 142 and 189 of 230 labels found,
  // 5 and 8 false positives, one severity disagreement. Both draft writers gave 11 sentences a vague-attribution AND an
  // unsupported-claim label; the product reports a claim credited to unnamed sources once, as vague-attribution (docs/rules/
  // unsupported-claim.md), as every analysed set is labelled, so the 11 unsupported-claim lines were removed by script
  // before pinning (sentences unread; the writers' files are kept in staging). One hydrogen-water sentence carries
  // vague-attribution and absolute-claim, as three analysed ones do.
  // Round 24's merges: r24 77 -> 80 (D +1 and C +1 constipation pharmacy, C +1 pelvic floor), s24 189 -> 190 (C).
  // Analysed since round 25 and matched above (80 of 142 and 190 of 230 found at the round-25 opening).
  // Round 25's blind drafts (r25-*, ten by two writers, 160 labels) and sentence set (s25: 300 standalone sentences by a
  // third writer, 60 absolute, 90 direct, 40 hedged, 40 vague, 70 near-claims; 230 labels), pinned at the round start (the
  // code of 3c61cec, the round-25 opening): 91 of 160 and 197 of 230 labels found, 13 and 5 false positives, one severity
  // disagreement each. The writers were asked to give a vague attribution one label; no sentence carries two (checked by
  // script, sentences unread).
  'r25-heldout-birth-prep.md': { tp: 10, fp: 1, miss: 4, severity: 0 },
  // Round 25 (A)'s merge (absolutes of totality, never-again and permanence; everyday guarantees): 11 -> 10 found, 4 -> 5
  // missed (counts only; the sentence was not looked at).
  'r25-heldout-chemo-eating.md': { tp: 10, fp: 2, miss: 5, severity: 0 },
  'r25-heldout-chickenpox-chat.txt': { tp: 10, fp: 1, miss: 6, severity: 0 },
  'r25-heldout-heavy-periods-podcast.txt': { tp: 6, fp: 2, miss: 12, severity: 0 },
  'r25-heldout-hip-replacement-discharge.txt': { tp: 9, fp: 3, miss: 7, severity: 0 },
  'r25-heldout-iv-drip-bar.md': { tp: 11, fp: 1, miss: 6, severity: 0 },
  'r25-heldout-low-testosterone.md': { tp: 10, fp: 2, miss: 7, severity: 0 },
  'r25-heldout-senior-pet-joints.md': { tp: 9, fp: 0, miss: 7, severity: 1 },
  'r25-heldout-sensory-processing-ot.md': { tp: 3, fp: 0, miss: 12, severity: 0 },
  'r25-heldout-tattoo-aftercare.md': { tp: 12, fp: 1, miss: 4, severity: 0 },
  // Round 25 (A)'s merge: 197 -> 198 found, 33 -> 32 missed (counts only).
  // Round 25 (G)'s merge (treatments acting on senses and body products, physiology): 198 -> 199 found (counts only);
  // round 25 (F) and (T)'s merges moved no blind count.
  's25-heldout-sentences.txt': { tp: 199, fp: 5, miss: 31, severity: 1 },
};

function problems(draft: Draft): { kind: Gap['kind']; rule: string; text: string }[] {
  const outcome = match(draft, lintDraft(draft));
  return [
    ...outcome.fp.map((d) => ({ kind: 'fp' as const, rule: d.ruleId, text: describeDiag(draft, d) })),
    ...outcome.miss.map((l) => ({ kind: 'miss' as const, rule: l.rule, text: `${l.severity} | ${l.sentence}` })),
    ...outcome.tp
      .filter(({ label, diag }) => label.severity !== diag.severity)
      .map(({ label, diag }) => ({ kind: 'severity' as const, rule: label.rule, text: `${label.severity} -> ${diag.severity} | ${label.sentence}` })),
  ];
}

function paragraphOf(text: string, offset: number): [number, number] {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

const isWord = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

describe('claim rules on blog drafts: the labelled corpus', () => {
  const drafts = loadCorpus();

  it('has 213 drafts, 203 of them named held-out, of 400-900 words, and seven sentence sets, each with a well-formed labels file', () => {
    // Sentence sets (s19-* to s25-*) hold standalone sentences, one a paragraph, so no word range applies to them.
    const sentenceSet = (name: string): boolean => /^s\d+-heldout/.test(name);
    assert.equal(drafts.filter((d) => !sentenceSet(d.name)).length, 213);
    assert.equal(drafts.filter((d) => !sentenceSet(d.name) && /heldout/.test(d.name)).length, 203);
    assert.deepEqual(drafts.filter((d) => sentenceSet(d.name)).map((d) => d.name), ['s19-heldout-sentences.txt', 's20-heldout-sentences.txt', 's21-heldout-sentences.txt', 's22-heldout-sentences.txt', 's23-heldout-sentences.txt', 's24-heldout-sentences.txt', 's25-heldout-sentences.txt']);
    for (const d of drafts) {
      assert.deepEqual(d.labelErrors, [], d.name);
      if (sentenceSet(d.name)) continue;
      const words = d.text.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 400 && words <= 900, `${d.name}: ${words} words`);
    }
  });

  it('every known gap names a draft of the corpus', () => {
    for (const g of KNOWN_GAPS) assert.ok(drafts.some((d) => d.name === g.draft), g.draft);
  });

  for (const draft of drafts.filter((d) => HELDOUT_COUNTS[d.name])) {
    it(`${draft.name} (held out, never read) keeps its recorded counts`, () => {
      const o = match(draft, lintDraft(draft));
      const severity = o.tp.filter(({ label, diag }) => label.severity !== diag.severity).length;
      assert.deepEqual({ tp: o.tp.length, fp: o.fp.length, miss: o.miss.length, severity }, HELDOUT_COUNTS[draft.name]);
    });
  }

  for (const draft of drafts.filter((d) => !HELDOUT_COUNTS[d.name])) {
    it(`${draft.name} matches its labels, apart from the listed known gaps`, () => {
      const gaps = KNOWN_GAPS.filter((g) => g.draft === draft.name);
      const used = new Set<Gap>();
      const unexpected: string[] = [];
      for (const p of problems(draft)) {
        const gap = gaps.find((g) => !used.has(g) && g.kind === p.kind && g.rule === p.rule && p.text.includes(g.text));
        if (gap) used.add(gap);
        else unexpected.push(`${p.kind} ${p.rule} ${p.text}`);
      }
      assert.deepEqual(unexpected, [], 'disagreements with the labels that are not listed as known gaps');
      assert.deepEqual(gaps.filter((g) => !used.has(g)).map((g) => `${g.kind} ${g.rule} ${g.text}`), [], 'known gaps that no longer occur: remove them');
    });
  }

  it('the cited, hedged pharmacist post gets no claim diagnostic at all', () => {
    const draft = drafts.find((d) => d.name.startsWith('b-'))!;
    assert.deepEqual(lintDraft(draft).map((d) => describeDiag(draft, d)), []);
  });

  for (const draft of drafts) {
    it(`each quick fix on ${draft.name} stays inside its sentence's paragraph (or adds the placeholder's definition) and splits no word`, () => {
      const { text } = draft;
      for (const d of lintText(text, { uri: draft.file, only: [...CLAIM_RULES] }).diagnostics) {
        const fix = preferredFix(d);
        assert.ok(fix, `no preferred fix: ${describeDiag(draft, d)}`);
        const [ps, pe] = paragraphOf(text, d.start);
        for (const e of fix.edits) {
          assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'edit range');
          if (e.newText.includes(CITATION_PLACEHOLDER)) continue; // the definition or reference entry
          assert.ok(e.start >= ps && e.end <= pe, `edit outside the paragraph: ${describeDiag(draft, d)}`);
          assert.ok(!e.newText.includes('\n'), 'a fix inside a sentence adds no line');
          assert.ok(!(isWord(text[e.start - 1]) && isWord(text[e.start])), `edit starts inside a word: ${describeDiag(draft, d)}`);
          assert.ok(!(isWord(text[e.end - 1]) && isWord(text[e.end])), `edit ends inside a word: ${describeDiag(draft, d)}`);
        }
        // Applied alone, the fix leaves the text outside its edits as it was.
        const fixed = applyEdits(text, fix.edits);
        const first = Math.min(...fix.edits.map((e) => e.start));
        assert.equal(fixed.slice(0, first), text.slice(0, first));
      }
    });

    it(`fix all on ${draft.name} leaves no claim diagnostic above info and keeps every untouched line`, () => {
      // As the CLI (--fix) and the editor run it: fixText's default passes. Citation placeholders of one pass are
      // numbered together (they share the list they append to), so one fix all is enough however many claims need one.
      const { text, applied } = fixText(draft.text, { uri: draft.file, only: [...CLAIM_RULES] });
      const count = lintDraft(draft).length;
      if (!count) assert.equal(text, draft.text);
      else assert.ok(applied >= count, `${applied} fixes applied for ${count} diagnostics`);
      const left = lintText(text, { uri: draft.file, only: [...CLAIM_RULES] }).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(left.map((d) => `${d.ruleId} «${text.slice(d.start, d.end)}»`), []);
      // Every placeholder it inserted is defined once.
      const markdown = draft.name.endsWith('.md');
      const refs = markdown ? [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]) : [];
      for (const n of new Set(refs)) assert.equal([...text.matchAll(new RegExp(`^\\[\\^${n}\\]:`, 'gm'))].length, 1, `definition of [^${n}]`);
      if (!markdown && count) {
        // Plain text: one reference-list heading (the draft's own, 'References' or 'SOURCES', or one added), and one entry
        // per inserted [n], numbered like the list's entries ('[8] TODO: …' or '8. TODO: …').
        const headings = new Set<string>(referencesData.sectionHeadings);
        assert.equal(text.split('\n').filter((l) => headings.has(l.trim().replace(/:$/, '').toLowerCase())).length, 1);
        const entries = [...text.matchAll(/^(?:\[(\d+)\]|(\d+)[.)]) TODO: /gm)].map((m) => m[1] ?? m[2]);
        assert.ok(entries.length > 0);
        assert.equal(new Set(entries).size, entries.length, 'each placeholder number once');
        for (const n of entries) assert.ok(text.includes(`[${n}]`) && text.indexOf(`[${n}]`) < text.search(new RegExp(`\\n(?:\\[${n}\\]|${n}[.)]) TODO`)), `[${n}] cited before its entry`);
      }
      // Lines of paragraphs without a diagnostic survive unchanged and in order.
      const touched = lintDraft(draft).map((d) => paragraphOf(draft.text, d.start));
      const fixedLines = text.split('\n');
      let at = 0;
      let offset = 0;
      for (const line of draft.text.split('\n')) {
        const inTouched = touched.some(([s, e]) => offset >= s && offset < e);
        offset += line.length + 1;
        if (inTouched || !line.trim()) continue;
        while (at < fixedLines.length && fixedLines[at] !== line) at++;
        assert.ok(at < fixedLines.length, `line lost or changed by fix all: ${line}`);
        at++;
      }
      // And the fixed draft is still read without error by every rule.
      assert.doesNotThrow(() => lintText(text, { uri: draft.file, onRuleError: (_id, e) => { throw e; } }));
    });
  }
});
