// unsupported-claim on blog prose (issue #3, round 12, part C): what a treatment does — the complaint nouns, idioms, hedged
// frames and verbs of going away that round 11's blind drafts used, built as word classes and frames. Each describe block
// is one cause, stated as a fact about English or about blog writing, with positive sentences in several health areas and
// the nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a
// benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 12, part C: what a treatment does)', () => {
  describe('complaint nouns: the -ing noun of cramps, benign growths, fluid that builds up in the body', () => {
    cases([
      ['Raspberry leaf tea eases cramping in the last weeks of pregnancy.', ['unsupported-claim warning «eases»']],
      ['A warm compress may help with calf cramping after a long run.', ['unsupported-claim info «may help»']],
      ['Evening primrose oil shrinks breast cysts in many women.', ['unsupported-claim warning «shrinks»']],
      ['Our castor oil wraps dissolve fibroids naturally.', ['unsupported-claim warning «dissolve»']],
      ['Nasal rinses could shrink the polyps that block your nose.', ['unsupported-claim info «could shrink»']],
      ['Compression socks reduce the fluid that collects around the ankles on long flights.', ['unsupported-claim warning «reduce»']],
      ['Lymphatic massage may reduce the water that builds up in your legs.', ['unsupported-claim info «may reduce»']],
      // A description, a side effect, a diagnosis, a question, advice, building work.
      ['Cramping is common in the first trimester.', []],
      ['Some people notice cramping after taking magnesium citrate.', []],
      ['An ultrasound can show whether the cysts are filled with fluid.', []],
      ['Fibroids are non-cancerous growths in the womb.', []],
      ['Does the fluid that collects around the knee need draining?', []],
      ['Drink plenty of fluid that is free of caffeine.', []],
      ['The builder found water that collects under the patio.', []],
    ]);
  });

  describe('the need for a medical intervention as what a treatment lessens (surgery, injections, medicines)', () => {
    cases([
      ['Prehab exercises cut the need for knee surgery in many runners.', ['unsupported-claim warning «cut»']],
      ['Our gut-healing protocol reduces the need for antacids.', ['unsupported-claim warning «reduces»']],
      ['Acupuncture may lower your need for painkillers after a caesarean.', ['unsupported-claim info «may lower»']],
      // Logistics and staffing, a need stated, a question.
      ['Online booking reduces the need for phone calls.', []],
      ['The new rota cuts the need for agency staff.', []],
      ['Some patients still need surgery after physiotherapy.', []],
      ['There is a need for more research into PRP.', []],
      ['Does yoga reduce the need for asthma inhalers?', []],
    ]);
  });

  describe("a person's readings or numbers: brought down, or named as a problem ('stubborn readings')", () => {
    cases([
      ['Garlic capsules may help bring your numbers down.', ['unsupported-claim info «may help»']],
      ['Hibiscus tea could help get their readings down before the next check.', ['unsupported-claim info «could help»']],
      ['Omega-3 might help people with borderline readings.', ['unsupported-claim info «might help»']],
      ['Regular walks lower stubborn readings in many of our members.', ['unsupported-claim warning «lower»']],
      // Meters, a diary, a description, tarot, a clinic's numbers (no person's possessive).
      ['Smart meters send your readings to the supplier.', []],
      ['Write your readings down in the diary.', []],
      ['High readings are common in the first hour after waking.', []],
      ['Our tarot course can help with your readings.', []],
      ['The extra clinic has helped bring their numbers down.', []],
    ]);
  });

  describe('a tissue grown again, bone built, a part of the body given a boost', () => {
    cases([
      ['Hyaluronic acid injections regrow worn cartilage in the knee.', ['unsupported-claim warning «regrow worn cartilage»']],
      ['This mineral gel regrows damaged tooth enamel.', ['unsupported-claim warning «regrows damaged tooth enamel»']],
      ['Weighted vests help older women build bone.', ['unsupported-claim warning «build bone»']],
      ['A daily walk gives your joints a gentle boost.', ['unsupported-claim warning «gives your joints a gentle boost»']],
      ['Cod liver oil may give your immune system a real boost in winter.', ['unsupported-claim info «may give your immune system a real boost»']],
      // Physiology, a negation, cooking, business, a question.
      ['Cartilage does not regrow once it has worn away.', []],
      ['Simmer the bones to build a rich bone broth.', []],
      ['Bones build up density until about the age of thirty.', []],
      ['Our new signage gives your garden centre a boost.', []],
      ['A bonus scheme gives your team a lift before Christmas.', []],
      ['Can nerves regenerate after an injury?', []],
    ]);
  });

  describe("'digest' with a food hard to digest as a function a remedy helps", () => {
    cases([
      ['Lactase drops help you digest lactose.', ['unsupported-claim warning «help»']],
      ['Pineapple may help people digest protein more easily.', ['unsupported-claim info «may help»']],
      // Physiology, a difficulty described, another sense.
      ['Enzymes in the small intestine digest fats.', []],
      ['Some people find it hard to digest beans.', []],
      ['Let the news digest before you decide.', []],
    ]);
  });

  describe("a complaint made less intrusive or less distressing (causative 'make')", () => {
    cases([
      ['Some patients find that a fan at night makes their hot flushes less intrusive.', ['unsupported-claim info «makes their hot flushes less intrusive»']],
      ['White noise can make tinnitus less distressing for light sleepers.', ['unsupported-claim warning «make tinnitus less distressing»']],
      // No causative, the opposite change, no complaint.
      ['Tinnitus can be less intrusive in a noisy room.', []],
      ['Your tinnitus may seem more intrusive when you are tired.', []],
      ['The new rules make the checks less intrusive.', []],
    ]);
  });

  describe("a verb of finding or noticing with 'that': its complement is the outcome noticed, after a time of sessions", () => {
    cases([
      ['You may find that your baby sleeps longer after a session of infant massage.', ['unsupported-claim info «your baby sleeps longer»']],
      ['You might notice that you sleep more deeply on the evenings after a class.', ['unsupported-claim info «you sleep more deeply»']],
      // A side effect, no outcome, a question, a negation.
      ['You might notice that you feel tired on the day after a session.', []],
      ['You might notice that the clinic is quieter after lunch.', []],
      ['Did you find that your baby slept longer after the session?', []],
      ['You may find that the car park is full after ten.', []],
      ["You won't notice that you sleep more deeply after one session.", []],
    ]);
  });

  describe('a complaint as the subject of a verb of going away, with the time of a treatment after it', () => {
    cases([
      ['Your eczema calms down within a week of starting our balm.', ['unsupported-claim warning «eczema calms down»']],
      ['Hay fever fades after a spoonful of our local honey.', ['unsupported-claim warning «Hay fever fades»']],
      ['Period pain may ease after a course of acupuncture.', ['unsupported-claim info «Period pain may ease»']],
      ['Your cravings melt away within days of cutting out sugar.', ['unsupported-claim warning «cravings melt away»']],
      // The natural course, rest, recovery from surgery, a question, a negation, no complaint.
      ['The sniffles usually clear within a few days.', []],
      ['A cold clears after a week of rest.', []],
      ['The bruising fades within a fortnight of the operation.', []],
      ['Morning sickness usually eases after the first trimester.', []],
      ['Why does the bloating disappear after a course of antibiotics?', []],
      ['The pain does not disappear after a course of painkillers.', []],
      ['The queue disappears after a cup of tea.', []],
      ['Sore gums usually settle within a week of a new brace.', []],
      ['The rash fades within days of stopping the antibiotics.', []],
    ]);
  });

  describe("an idiom of relief with the vague object 'things', with a remedy, sufferers or a population with a complaint named", () => {
    cases([
      ['Chamomile tea may settle things down after a heavy meal.', ['unsupported-claim info «settle things down»']],
      ['Our sports massage speeds things up after a hamstring strain.', ['unsupported-claim warning «speeds things up»']],
      ['A foam roller could loosen things up for runners with tight calves.', ['unsupported-claim info «loosen things up»']],
      ['A humidifier could quieten things down for some asthmatics.', ['unsupported-claim info «quieten things down»']],
      ['Some patients with reflux find that raising the bed head settles things down.', ['unsupported-claim info «settles things down»']],
      // Logistics and staff, a question, a negation, another verb, a population with no complaint.
      ['Online booking could speed things up for some people.', []],
      ['Our new practice manager calms things down on busy Mondays.', []],
      ['A second receptionist would speed things up at the front desk.', []],
      ['Does acupuncture really calm things down?', []],
      ["Physio won't speed things up if you skip the exercises.", []],
      ["Let's slow things down and talk about what sciatica is.", []],
      ['Some members find that the new timetable speeds things up.', []],
    ]);
  });
});
