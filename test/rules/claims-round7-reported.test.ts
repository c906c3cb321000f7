// The claim rules on blog prose (issue #3, round 7, part B): testimonials, case stories, reported outcomes, attribution,
// absolute claims and precision. Each describe block is one cause, stated as a fact about English or about blog writing,
// with positive sentences in several health areas and the nearest negatives where the rules must stay silent. None of
// these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { cases } from '../helpers/claim-cases';
import { classifySentence } from '../../server/src/engine/claims';

describe('claim rules on blog prose (round 7, part B)', () => {
  describe('permanence after a treatment: a symptom that "never comes back" or "stays gone", a habit broken "for good"; removing a cause (bacteria, plaque) is a plain claim, removing a complaint stays totality', () => {
    cases([
      ['Our own-brand paste seals the exposed dentine, and after a month the twinges never come back.', ['absolute-claim error «never come back»']],
      ['After a course of our laser treatment the spots never come back.', ['absolute-claim error «never come back»']],
      ['Once the cream has done its work, the itching never returns.', ['absolute-claim error «never returns»']],
      ['After three sessions of hypnotherapy my fear of spiders was gone, and it has stayed gone.', ['absolute-claim error «stayed gone»']],
      ['A fear of heights is often gone after one session, and it stays gone.', ['absolute-claim error «stays gone»']],
      ['With our sleep programme the insomnia goes and stays gone.', ['absolute-claim error «stays gone»']],
      ['Our one-day programme breaks the habit for good.', ['absolute-claim error «for good»']],
      ['The patches helped me kick the cigarettes for good.', ['absolute-claim error «for good»']],
      ['I gave up smoking for good after two sessions of hypnotherapy.', ['absolute-claim error «for good»']],
      ['Our stop-smoking course helps you quit for good.', ['absolute-claim error «for good»']],
      ['This spray gets rid of cold sores overnight.', ['absolute-claim error «gets rid of»']],
      ['Deep cleaning below the gumline gets rid of the bacteria hiding in the pockets.', ['unsupported-claim warning «gets rid of»']],
      ['A good mouthwash eliminates odour-causing bacteria.', ['unsupported-claim warning «eliminates»']],
      ['This mouthwash kills all the bacteria in your mouth.', ['absolute-claim error «kills all the bacteria»']],
      // Natural course, no treatment, a closed clinic, advice, a question, a side effect, a time limit, a negation.
      ['Chickenpox spots usually scab over and never come back.', []],
      ['The rash clears within a week and stays gone.', []],
      ['Some people quit smoking for good on their first try.', []],
      ['We closed our Bath clinic for good in 2019.', []],
      ['Breaking the habit for good is hard, and most people need several tries.', []],
      ['If the twinges come back after a month, book an appointment.', []],
      ['Will the cravings come back after the course?', []],
      ['The nausea usually stays gone after the first week of the tablets.', []],
      ['The pain stays gone for about six hours after a dose.', []],
      ['Nothing breaks the habit for good.', []],
      ['She quit her job for good after the operation.', []],
      ['Many children have a fear of needles.', []],
    ]);
  });

  describe('attribution: the impersonal "it has been known for decades that", the professions lay writers name (neuroscientists, immunologists, GPs, hypnotherapists) and verbs and adjectives of belief ("are now convinced that", "are confident that", "now accept that", "feel that")', () => {
    cases([
      ["It's been known for decades that adding hypnosis to a diet doubles weight loss.", ["vague-attribution warning «It's been known for decades that»"]],
      ['It has been known for years that zinc shortens colds.', ['vague-attribution warning «It has been known for years that»']],
      ["It's been accepted since the 1990s that fluoride prevents tooth decay.", ["vague-attribution warning «It's been accepted since the 1990s that»"]],
      ['Scientists have known for decades that sunlight lifts mood.', ['vague-attribution warning «Scientists have known for decades that»']],
      ["Neuroscientists have found that meditation calms the brain's fear centre.", ['vague-attribution warning «Neuroscientists have found»']],
      ['Immunologists say that elderberry shortens flu.', ['vague-attribution warning «Immunologists say»']],
      ['Hypnotherapists report that hypnosis ends cravings.', ['vague-attribution warning «Hypnotherapists report»']],
      ['Many GPs are now convinced that ashwagandha raises testosterone naturally.', ['vague-attribution warning «Many GPs are now convinced that»']],
      ['Most dentists are confident that electric brushes prevent gum disease.', ['vague-attribution warning «Most dentists are confident that»']],
      ['Many physiotherapists are certain that taping eases knee pain.', ['vague-attribution warning «Many physiotherapists are certain that»']],
      ['GPs now accept that vitamin D prevents colds.', ['vague-attribution warning «GPs now accept that»']],
      ['Many midwives feel that raspberry leaf tea shortens labour.', ['vague-attribution warning «Many midwives feel that»']],
      // Named or cited sources, a negation, a question, a specific group, a belief of the writer's, research under way, advice.
      ['Neuroscientists study how the brain processes fear.', []],
      ["Dr Amir Khan, a neuroscientist at King's College, found that meditation calms the brain [3].", []],
      ['Many GPs are not convinced that ashwagandha raises testosterone.', []],
      ['Are GPs convinced that ashwagandha works?', []],
      ['Our GPs are confident in managing asthma.', []],
      ["I'm convinced that this cream eases my eczema.", ['unsupported-claim warning «eases»']],
      ['Immunologists at Leeds are running a trial of elderberry for flu.', []],
      ['Many dentists feel that patients should floss daily.', []],
    ]);
  });

  describe('testimonials and case stories: a possessed symptom now better ("my back pain is finally manageable", "my son\'s wheezing stopped"), the best state ever ("has never felt healthier"), a treatment no longer needed, sleeping through, walking out a non-smoker, "worked when nothing else had", an activity resumed "again" after sessions, a first season without a symptom', () => {
    cases([
      ["Since the new inhaler my son's wheezing stopped.", ["unsupported-claim warning «my son's wheezing stopped»"]],
      ["My daughter's eczema cleared up after two weeks of the cream.", ["unsupported-claim warning «My daughter's eczema cleared up»"]],
      ["Five stars: my back pain is finally manageable.", ["unsupported-claim warning «my back pain is finally manageable»"]],
      ["Since I started the tablets my reflux is now under control.", ["unsupported-claim warning «my reflux is now under control»"]],
      ["After six sessions his sciatica is much more bearable.", ["unsupported-claim warning «his sciatica is much more bearable»"]],
      ["After my gum treatment my mouth has never felt healthier.", ["unsupported-claim warning «my mouth has never felt healthier»"]],
      ["Since the detox my skin has never looked so clear.", ["unsupported-claim warning «my skin has never looked so clear»"]],
      ["Thanks to the new mattress I've never slept better.", ["unsupported-claim warning «I've never slept better»"]],
      ["The sealants were the best thing we did: neither of my boys has needed a filling.", ["unsupported-claim warning «neither of my boys has needed a filling»"]],
      ["Since the drops my son hasn't needed his inhaler once.", ["unsupported-claim warning «my son hasn't needed his inhaler»"]],
      ["After three sessions with Claire I sleep right through.", ["unsupported-claim warning «I sleep right through»"]],
      ["I walked out of Claire's studio a non-smoker and I haven't touched one since.", ["unsupported-claim warning «I walked out of Claire's studio a non-smoker»"]],
      ["He left the clinic pain-free after one adjustment.", ["unsupported-claim warning «He left the clinic pain-free»"]],
      ["I haven't smoked since my hypnotherapy session.", ["unsupported-claim warning «I haven't smoked since»"]],
      ["The shockwave sessions worked when nothing else had.", ["unsupported-claim warning «worked when nothing else had»"]],
      ["The cream worked where everything else had failed.", ["unsupported-claim warning «worked where everything else had failed»"]],
      ["By our fourth session she was commuting to Bath again.", ["unsupported-claim warning «she was commuting to Bath again»"]],
      ["After two sessions he was playing football again.", ["unsupported-claim warning «he was playing football again»"]],
      ["By her third appointment she felt like herself for the first time in years.", ["unsupported-claim warning «felt like herself for the first time in years»"]],
      ["The steroid spray made last year her first summer in a decade without streaming eyes.", ["unsupported-claim warning «first summer in a decade without streaming eyes»"]],
      ["Thanks to the inhaler, this was his first winter without a chest infection.", ["unsupported-claim warning «first winter without a chest infection»"]],
      // Natural course, a worse state, time of day, life events, a booking system, negations, a harmful activity, side effects.
      ["My son's wheezing cleared up as he got older.", []],
      ["My back pain is worse in the mornings.", []],
      ["My back pain is better in the morning.", []],
      ["My back pain is manageable most days.", []],
      ["Her back pain is now better, although the scan was clear.", []],
      ["I have never felt worse.", []],
      ["My back has never been the same since the accident.", []],
      ["Our waiting room has never looked better.", []],
      ["My skin has never looked better in photos.", []],
      ["Neither of my boys has needed a filling, so we rarely see the dentist.", []],
      ["Neither of my boys has needed glasses.", []],
      ["My son hasn't needed a day off school this year.", []],
      ["I sleep right through most nights anyway.", []],
      ["After three sessions I still don't sleep right through.", []],
      ["I walked out of the meeting a changed woman.", []],
      ["I haven't smoked since I was a teenager.", []],
      ["I haven't touched one since.", []],
      ["The booking system worked when nothing else had.", []],
      ["Nothing else worked for my migraines.", []],
      ["The only thing that worked was rest.", []],
      ["By our fourth session she was worrying again.", []],
      ["It was our first summer without a holiday.", []],
      ["Last year was her first winter without her husband.", []],
      ["After two weeks she was back at work again.", []],
      ["By the fourth session the nausea from the tablets had gone.", []],
    ]);
  });

  describe('practitioners\' and staff reports: users of a product who "turn up with healthier gums", clients who "feel ten years younger" or "learn to settle themselves", and an emotive report frame whose complement is a symptom gone ("Clients are often amazed that the cravings simply aren\'t there")', () => {
    cases([
      ["Megan says that patients who switch to an electric brush turn up to their next check-up with visibly healthier gums.", ["unsupported-claim warning «turn up to their next check-up with visibly healthier gums»"]],
      ["Our hygienist finds that clients who use interdental brushes come back with healthier gums.", ["unsupported-claim warning «come back with healthier gums»"]],
      ["Customers who try our balm come back with calmer skin.", ["unsupported-claim warning «come back with calmer skin»"]],
      ["Over the years I have watched hundreds of anxious clients learn to settle themselves in the moments that used to floor them.", ["unsupported-claim warning «learn to settle themselves»"]],
      ["Many of my clients learn to ride out their panic attacks within a few sessions.", ["unsupported-claim warning «learn to ride out their panic attacks»"]],
      ["Most of our patients say they feel ten years younger within a month of starting.", ["unsupported-claim warning «feel ten years younger»"]],
      ["Our members feel ten years younger after the retreat.", ["unsupported-claim warning «feel ten years younger»"]],
      ["Clients are often amazed that the cravings simply aren't there when they wake up the next morning.", ["unsupported-claim warning «are often amazed that the cravings simply aren't there»"]],
      ["Patients are often surprised how quickly their back pain eases after the first adjustment.", ["unsupported-claim warning «their back pain eases»"]],
      ["Customers tell us they were amazed to find their hay fever had gone.", ["unsupported-claim warning «were amazed to find their hay fever had gone»"]],
      ["I was amazed that my migraines had stopped after two sessions.", ["unsupported-claim warning «my migraines had stopped»"]],
      // A diagnosis ruled out, a symptom back, no symptom, a negation, a harm, logistics, natural course, a skill, a need, a want, looks.
      ["Parents are often relieved that the rash isn't measles.", []],
      ["Clients are often surprised that the cravings come back after a week.", []],
      ["Patients are amazed that the parking is free.", []],
      ["I'm amazed that the pain hasn't gone.", []],
      ["Clients are never surprised that the cravings are gone.", []],
      ["Patients who smoke turn up with worse gums.", []],
      ["Patients turn up with a list of questions.", []],
      ["People turn up to the clinic with all sorts of symptoms.", []],
      ["Many women feel ten years older after a sleepless night.", []],
      ["Children learn to ride a bike at about five.", []],
      ["Patients with diabetes need to learn to manage their blood sugar.", []],
      ["Most patients want to learn to manage their pain.", []],
      ["Most people look ten years younger in good lighting.", []],
    ]);
  });

  describe('precision: "help" + people named by a condition + a task of organising a service or its paperwork ("manage their foot care appointments", "keep on top of their paperwork") is a service, not an effect', () => {
    cases([
      ["Our nurses help patients with diabetes manage their foot care appointments.", []],
      ["Our pharmacists help customers with asthma keep track of their repeat prescriptions.", []],
      ["Our receptionists help patients with dementia remember their appointment times.", []],
      ["Our nurses help patients with heart failure get to their hospital appointments.", []],
      ["The care team helps people with cancer keep on top of their paperwork and benefit claims.", []],
      ["Our volunteers help older people with arthritis travel to their physio sessions.", []],
      ["We help parents of children with eczema organise their school letters.", []],
      ["Our text reminders help people with asthma remember their annual review.", []],
      ["Our employment adviser helps people with MS find work.", []],
      // Help with a health outcome keeps its claim.
      ["Our nurses help patients with diabetes manage their blood sugar.", ["unsupported-claim warning «help»"]],
      ["Our physios help people with arthritis manage their pain.", ["unsupported-claim warning «help»"]],
      ["Hypnotherapy helps clients manage their anxiety.", ["unsupported-claim warning «helps»"]],
      ["Our dietitians help patients with diabetes keep their blood sugar steady.", ["unsupported-claim warning «help»"]],
      ["Our midwives help mums with anxiety sleep better.", ["unsupported-claim warning «help»"]],
      ["Our school nurses help children with asthma manage their symptoms at school.", ["unsupported-claim warning «manage»"]],
      ["Our counsellors help teenagers with anxiety cope with school.", ["unsupported-claim warning «help»"]],
    ]);
  });

  describe('a frequency ("twice a week", "twice daily") is a dosing schedule, not a comparison: it states no relation of its own (claim strength), and a relative clause with it keeps the reported outcome', () => {
    for (const sentence of ['The clinic runs classes twice a week.', 'Take it twice a day with food.', 'Patients took the drug twice daily for a year.', 'We see most children twice a year.']) {
      it(`${sentence} (strength none)`, () => assert.equal(classifySentence(sentence).strength, 'none'));
    }
    for (const [sentence, strength] of [['Smokers were twice as likely to relapse.', 'correlational'], ['Patients on the drug had twice the risk of bleeding.', 'correlational'], ['Risk was twice that of controls.', 'correlational']] as const) {
      it(`${sentence} (still ${strength})`, () => assert.equal(classifySentence(sentence).strength, strength));
    }
    cases([
      ['Clients who see us twice a week sleep better.', ['unsupported-claim warning «sleep better»']],
      ['People who take our probiotic twice a day report less bloating.', ['unsupported-claim warning «report less bloating»']],
      ['Take the tablets twice a day with food.', []],
      ['The clinic is open twice a week.', []],
    ]);
  });

  describe('testimonials, more shapes of the same causes: a complaint "a thing of the past", "has never been better", slept through every night, none of a medicine or an infection since, a new woman or seizure-free since a treatment', () => {
    cases([
      ["Since the sessions my panic attacks are a thing of the past.", ["unsupported-claim warning «my panic attacks are a thing of the past»"]],
      ["After the course my eczema has never been better.", ["unsupported-claim warning «my eczema has never been better»"]],
      ["My son has slept through every night since the drops.", ["unsupported-claim warning «My son has slept through every night»"]],
      ["I haven't reached for a painkiller since my second session.", ["unsupported-claim warning «I haven't reached for a painkiller since»"]],
      ["Neither of my girls has had a single ear infection since the grommets.", ["unsupported-claim warning «Neither of my girls has had a single ear infection»"]],
      ["I'm a new woman since starting HRT.", ["unsupported-claim warning «I'm a new woman»"]],
      ["She has been seizure-free for a year since starting the diet.", ["unsupported-claim warning «She has been seizure-free»"]],
      ["I'm pain-free after six sessions.", ["unsupported-claim warning «I'm pain-free»"]],
      ["I feel a different person since the operation.", ["unsupported-claim warning «I feel a different person»"]],
      // No treatment, a clinic, a phone, a disease not yet caught.
      ["I'm a new mum since the birth.", []],
      ["She has been smoke-free since 2019.", []],
      ["We're a smoke-free clinic.", []],
      ["My son has slept through every night since he was six months old.", []],
      ["I haven't reached for my phone since the session.", []],
      ["Neither of my girls has had chickenpox yet.", []],
    ]);
  });
});
