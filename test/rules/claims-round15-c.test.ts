// Claim rules on blog prose (issue #3, round 15, part C): verbs of benefit with lay objects, frames of help, hedges of a
// part of the people helped, and vague sources. Each describe block is one form, with positive sentences in several
// health areas and the nearest negatives where the rules must stay silent. None of these sentences is taken from the
// corpus or from a benchmark; the last block holds the round's probes (written before the change).

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 15, part C: lay objects, help frames, hedges and vague sources)', () => {
  describe("a lay complaint class as the object of a verb of benefit ('soothes dry, irritated nasal passages', 'may ease itchy, pollen-clogged noses')", () => {
    cases([
      ['Our barrier cream soothes red, irritated hands after a long shift.', ['unsupported-claim warning «soothes»']],
      ['A saline mist may ease crusty, clogged nostrils in toddlers.', ['unsupported-claim info «may ease»']],
      ['A bedtime balm calms itchy, irritated nostrils.', ['unsupported-claim warning «calms»']],
      ['Silicone gel sheets prevent much of the scarring after a caesarean.', ['unsupported-claim warning «prevent»']],
      ['Our clay mask calms the greasy shine on your forehead by lunchtime.', ['unsupported-claim warning «calms»']],
      // Description, side effect, question, negation, advice; the same adjectives outside the body.
      ['Irritated nasal passages are common in the first week of a cold.', []],
      ['The spray may leave your nose dry and irritated for an hour.', []],
      ['Does the balm soothe chapped lips?', []],
      ['The cream does not soothe itchy, cracked heels.', []],
      ['If your hands get chapped, wear gloves outdoors.', []],
      ['The plumber cleared the clogged drains behind the surgery.', []],
      ['Greasy food can give some people heartburn.', []],
      ['Scarring is more likely when a spot is squeezed.', []],
    ]);
  });

  describe("help and a person who then feels or can do something ('may help you feel less alone', 'helps a weak arm feel more switched on', 'can help some people regain rotation')", () => {
    cases([
      ['A weekly phone call from a volunteer may help new dads feel less isolated.', ['unsupported-claim info «may help»']],
      ['Tai chi helps older adults feel more steady on their feet.', ['unsupported-claim warning «helps»']],
      ['A buddy scheme could help new carers feel less cut off.', ['unsupported-claim info «could help»']],
      ['Daily practice helps your hand regain feeling.', ['unsupported-claim warning «helps»']],
      ['Massage may help your fingers regain sensation.', ['unsupported-claim info «may help»']],
      // Logistics, advice, a question, a negation, the nurse's own help; feeling less alone with no help.
      ['Our receptionist can help you book a follow-up appointment.', []],
      ['The pharmacist can help you understand your prescription charges.', []],
      ['A good map helps visitors find the fertility clinic more easily.', []],
      ['Can a support group help me feel less alone?', []],
      ['A leaflet will not help you regain movement on its own.', []],
      ['Ask your nurse to help you feel for the injection site on your tummy.', []],
      ['I felt less alone once I read other parents\u2019 stories.', []],
    ]);
  });

  describe("a lift given with any adjective, and the energy to keep going ('gives your energy a lovely lift', 'gives them the energy to keep going')", () => {
    cases([
      ['A squeeze of lemon in warm water gives your digestion a zesty lift every morning.', ['unsupported-claim warning «gives your digestion a zesty lift»']],
      ['Our iron tonic gives your energy levels a sunny lift by the afternoon.', ['unsupported-claim warning «gives your energy levels a sunny lift»']],
      ['A fortnightly massage gives them the strength to carry on with their caring role.', ['unsupported-claim warning «gives them the strength to carry on»']],
      // A garden, a business, a shop; a question.
      ['A new coat of paint gives your garden a lovely lift.', []],
      ['The new sign gives our shop a lovely lift.', []],
      ['Does a cold shower give your energy a real lift?', []],
    ]);
  });

  describe("a complaint stopped in its tracks ('stops that first wave of nausea in its tracks')", () => {
    cases([
      ['Sucking a ginger sweet stops the nausea in its tracks.', ['unsupported-claim warning «stops the nausea in its tracks»']],
      ['Our throat spray stops that tickly cough in its tracks.', ['unsupported-claim warning «stops that tickly cough in its tracks»']],
      ['A cool flannel stops the first wave of nausea in its tracks.', ['unsupported-claim warning «stops the first wave of nausea in its tracks»']],
      // A person stopped; a match; a question; a negation.
      ['Arthritis can stop you in your tracks on a cold morning.', []],
      ['The storm stopped the match in its tracks.', []],
      ['Can anything stop a migraine in its tracks?', []],
      ['Nothing will stop a cold sore in its tracks once it has started.', []],
    ]);
  });

  describe("the people a verb of help counts right after it hedge the claim ('can help some people regain rotation', 'can even help some clients')", () => {
    cases([
      ['Melatonin can help some people fall asleep faster.', ['unsupported-claim info «can help»']],
      ['Splints can help some patients sleep through the night with carpal tunnel syndrome.', ['unsupported-claim info «can help»']],
      ['Pelvic floor training can even help many women sleep through the night without a trip to the loo.', ['unsupported-claim info «help»']],
      // Stated for all still a warning; logistics; a question.
      ['Melatonin helps people with jet lag fall asleep faster.', ['unsupported-claim warning «helps»']],
      ['Our team can help some patients book their scans online.', []],
      ['Can melatonin help some people fall asleep faster?', []],
    ]);
  });

  describe("'Some' standing for people before an adverb and a verb of noticing ('Some also find that ...'), and care roles ('Some carers find that ...')", () => {
    cases([
      ['Some also find that a warm bath in the evening eases their restless legs.', ['unsupported-claim info «eases»']],
      ['Some carers find that a short walk each day lifts their mood.', ['unsupported-claim info «lifts»']],
      ['Some snorers notice that a nasal strip helps them breathe through their nose at night.', ['unsupported-claim info «helps»']],
      // A side effect noticed, natural course, notice as a noun.
      ['Some also notice a metallic taste while taking the tablets.', []],
      ['Some carers find the paperwork overwhelming.', []],
      ['We can see some patients at short notice.', []],
    ]);
  });

  describe("vague sources: professionals at large telling patients to try a treatment, and an unnamed finding of a shortage ('Doctors everywhere now tell their patients to try ...', 'Studies show that most adults are running low on magnesium')", () => {
    cases([
      ['Dentists everywhere now tell their patients to switch to an electric toothbrush.', ['vague-attribution warning «Dentists everywhere now tell their patients to switch to»']],
      ['Many GPs now tell their patients to try a sleep diary first.', ['vague-attribution warning «Many GPs now tell their patients to try»']],
      ['Research shows that most teenagers are running low on iron.', ['vague-attribution warning «Research shows»']],
      ['Studies show that half of pregnant women are deficient in vitamin D.', ['vague-attribution warning «Studies show»']],
      // Named or cited; a profession doing something else; a shortage of staff; telling patients the time.
      ['A 2021 survey by the British Dental Association found that most adults are short of fluoride [3].', []],
      ['Dentists everywhere are struggling to recruit nurses.', []],
      ['Studies show that most clinics are running low on staff in winter.', []],
      ['Our nurses tell their patients to arrive ten minutes early.', []],
    ]);
  });

  describe("a short noun ending in -ed before the verb is no participle ('A cup of chamomile tea before bed helps you sleep')", () => {
    cases([
      ['A cup of chamomile tea before bed helps you sleep.', ['unsupported-claim warning «helps»']],
      ['Magnesium before bed eases night cramps.', ['unsupported-claim warning «eases»']],
      ['Tart cherry juice before bed helps you stay asleep.', ['unsupported-claim warning «helps»']],
      // Advice, furniture, a question, a harm.
      ['Check your blood sugar before bed.', []],
      ['Our adjustable bed helps you sit up to read.', []],
      ['Does a snack before bed help you sleep?', []],
      ['Screens before bed make it harder to fall asleep.', []],
    ]);
  });

  describe('the round\u2019s probes (own sentences in eleven health areas, written before the change; silent ones must stay silent)', () => {
    cases([
      ['Our gum gel soothes sore, swollen gums within minutes.', ['unsupported-claim warning «soothes»']],
      ['Regular flossing prevents much of the gum disease we see in adults.', ['unsupported-claim warning «prevents»']],
      ['A protein breakfast stops that mid-morning sugar crash in its tracks.', ['unsupported-claim warning «stops that mid-morning sugar crash in its tracks»']],
      ['Cognitive behavioural therapy can help some people sleep through the night.', ['unsupported-claim info «can help»']],
      ['A spacer could help your child breathe more easily during an attack.', ['unsupported-claim info «could help»']],
      ['A weekly talking group may help new mums feel less isolated.', ['unsupported-claim info «may help»']],
      ['A peer support group may help you feel less alone with a new diagnosis.', ['unsupported-claim info «may help»']],
      ['A humidifier in the bedroom may ease crusty, clogged noses in winter.', ['unsupported-claim info «may ease»']],
      ['Dentists everywhere now tell their patients to switch to an electric toothbrush.', ['vague-attribution warning «Dentists everywhere now tell their patients to switch to»']],
      ['Research shows that half of adults over forty are short of vitamin D.', ['vague-attribution warning «Research shows»']],
      ['Salt water does not soothe a dental abscess.', []],
      ['Eczema often leaves skin red, blotchy and itchy.', []],
      ['The inhaler may cause a sore throat and a hoarse voice.', []],
      ['This leaflet helps you find the right clinic for your scan.', []],
      ['Running the kettle with vinegar washes out the gunk from the filter.', []],
      ['The pancreas releases insulin, which helps cells take up glucose.', []],
      ['Some people notice a metallic taste while taking metformin.', []],
      ['Visiting my old school brought memories flooding back.', []],
      ['Swollen ankles in late pregnancy usually settle after the birth.', []],
      ['Teething gels do not help babies sleep through the night.', []],
      ['Some parents swear by the village bakery\u2019s sourdough.', []],
      ['The first wave of the flu season usually reaches schools in November.', []],
      ['Our car park gets everything flowing again after the morning rush.', []],
      ['Crusty, clogged noses are common in toddlers during the winter.', []],
    ]);
  });
});
