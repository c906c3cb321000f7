// Claim rules on blog prose (issue #3, round 6, part B): testimonials, verbless fragments, reported outcomes, absolute
// claims and precision, generalised from the misses of the drafts held out in round 5 (u, v, w, x). Each construction
// has positive sentences in several health areas and voices, and the nearest negatives where it must stay silent.
// None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 6, part B)', () => {
  describe('unsupported-claim: a verbless testimonial, an amount of a treatment or a time on one "and" an outcome', () => {
    cases([
      ['Six sessions of acupuncture and not one migraine since Easter.', ['unsupported-claim warning «not one migraine»']],
      ["A month on the magnesium and I'm sleeping through the night again.", ["unsupported-claim warning «I'm sleeping through the night again»"]],
      ['Two bottles of the tonic and my little boy is back to his old self.', ['unsupported-claim warning «my little boy is back to his old self»']],
      ['Ten days on the cream and the eczema on her hands was completely gone.', ['unsupported-claim warning «the eczema on her hands was completely gone»']],
      ['Three weeks of the drops and no more hay fever.', ['unsupported-claim warning «no more hay fever»']],
      ['Four adjustments, and not a single headache all month.', ['unsupported-claim warning «not a single headache»']],
      ['Half an hour in the chair, two infusions later, and she could climb the stairs again.', ['unsupported-claim warning «she could climb the stairs again»']],
      ['Five weeks on the plan and I can run for the bus again.', ['unsupported-claim warning «I can run for the bus again»']],
      ["Twenty minutes on the table and you'll be back to your best.", ["unsupported-claim warning «you'll be back to your best»"]],
      // None of something that is not a symptom, a state that did not change, a harm, time alone (natural course), logistics.
      ['Two weeks on the waiting list and not a single phone call.', []],
      ['Three days on the ward and not a single visitor.', []],
      ["Two weeks on antibiotics and I still can't shake the cough.", []],
      ['A week and the rash was gone.', []],
      ["Ten minutes on the phone and you'll be booked in.", []],
      ['Two weeks on the new pill and I had headaches every day.', []],
      ['Three days of rain and not a single sunny day.', []],
      ['Two weeks on the oil and still no change?', []],
      ['Two sessions in, I was still in pain and I could not sleep again.', []],
    ]);
  });

  describe('unsupported-claim: leaving a session transformed ("walked out feeling like a new person")', () => {
    cases([
      ['You\'ll walk out of the salon feeling ten years younger.', ["unsupported-claim warning «You'll walk out of the salon feeling ten years younger»"]],
      ['She left the clinic feeling like herself again.', ['unsupported-claim warning «She left the clinic feeling like herself again»']],
      ['After the massage I floated home feeling so much lighter.', ['unsupported-claim warning «I floated home feeling so much lighter»']],
      ['My son came out of the session feeling calmer than he had in weeks.', []],
      ['We left feeling completely revitalised.', ['unsupported-claim warning «We left feeling completely revitalised»']],
      ['I got up off the table feeling like a new woman.', ['unsupported-claim warning «I got up off the table feeling like a new woman»']],
      // Not a transformation, better informed, negated, a harm.
      ['I walked out feeling confused about the bill.', []],
      ['I left feeling better informed about my options.', []],
      ['I never walked out feeling better.', []],
      ['I left the appointment feeling dizzy and sick.', []],
      ['She came home feeling tired after the long drive.', []],
      ['Did you walk out feeling like a new person?', []],
    ]);
  });

  describe('unsupported-claim: "made all the difference" with a health or fertility result after a colon or a dash', () => {
    cases([
      ['The night splint made a huge difference: I can walk to work without limping.', ['unsupported-claim warning «made a huge difference»']],
      ['The acupuncture made all the difference: I was pregnant by the summer.', ['unsupported-claim warning «made all the difference»']],
      ['Those breathing exercises made such a difference - no more wheezing at night.', ['unsupported-claim warning «made such a difference»']],
      // A health result the relation reader finds by itself is reported there.
      ['Switching to the gluten-free plan made a real difference: my bloating has settled.', ['unsupported-claim warning «my bloating has settled»']],
      ['Her new inhaler technique made all the difference: she sleeps through now.', ['unsupported-claim warning «made all the difference»']],
      ['The blackout blind made a massive difference: our toddler sleeps until seven.', ['unsupported-claim warning «made a massive difference»']],
      // Not a health result, negated, a question, no result.
      ['Good lighting made all the difference: the photos look great.', []],
      ['The new receptionist made all the difference to the waiting room.', []],
      ['The diet made no difference: my bloating was as bad as ever.', []],
      ['Did the cream make a difference to your eczema?', []],
      ['Free parking made a big difference: more patients turned up on time.', []],
      ['A second opinion made all the difference to how we felt about the decision.', []],
    ]);
  });

  describe('unsupported-claim: an outcome reported by a proportion, a reviewer or a group of service users', () => {
    cases([
      ['Nine in ten of our mums say their babies sleep better.', ['unsupported-claim warning «sleep better»']],
      ['A happy customer emailed to say that the cream worked wonders on her psoriasis.', ['unsupported-claim warning «the cream worked wonders»']],
      ['Three out of four say their reflux is more manageable.', ['unsupported-claim warning «their reflux is more manageable»']],
      ['One reader wrote that the drops worked better than any antihistamine she had tried.', ['unsupported-claim warning «the drops worked better than any antihistamine»']],
      ['Regulars who swim with us every Tuesday tell us they get far fewer chest infections.', ['unsupported-claim warning «get far fewer chest infections»']],
      ['Two in three of the runners say their knee pain has eased.', ['unsupported-claim warning «their knee pain has eased»']],
      ['Members who come to the Tuesday class tell us they catch fewer colds than they did before.', ['unsupported-claim warning «catch fewer colds»']],
      // No outcome, a worse or unchanged one, a non-health product, an outcome by time of day, advice.
      ['Four out of five dentists say you should brush twice a day.', ['vague-attribution warning «dentists say»']],
      ['Nine out of ten patients say the waiting room is too cold.', []],
      ['One reviewer wrote that the delivery was quick.', []],
      ['One reviewer said the new kettle works better than anything else she has tried.', []],
      ['Four out of five say their pain is no easier.', []],
      ['Guests who come in every month tell us the staff are friendly.', []],
      ['Three out of four say their eczema is worse in winter.', []],
    ]);
  });

  describe('unsupported-claim: a comparison with the same people before, or of users and non-users as the writer sees them in practice', () => {
    cases([
      ['In my clinic, toddlers whose parents use the balm every night have far fewer flare-ups than those who do not.', ['unsupported-claim warning «have far fewer flare-ups»']],
      ['In my experience, clients who follow the plan have fewer migraines than those who do not.', ['unsupported-claim warning «have fewer migraines»']],
      ['Our patients on the programme have fewer hot flushes than they used to.', ['unsupported-claim warning «have fewer hot flushes»']],
      // A comparison of groups in a study stays an association (hedged: info), a disease population is no service user.
      ['Children who eat oily fish have fewer allergies than those who do not.', []],
      ['Patients who take the drops have fewer flare-ups than those who do not.', ['unsupported-claim info «have fewer flare-ups»']],
      ['People with asthma have more chest infections than people without it.', []],
    ]);
  });

  describe('unsupported-claim: a better chance given ("gives women over 40 a better chance") of a health or fertility outcome', () => {
    cases([
      ['Losing a little weight gives couples a better chance of conceiving naturally.', ['unsupported-claim warning «gives couples a better chance»']],
      ['Early physiotherapy gives stroke patients the best possible chance of walking again.', ['unsupported-claim warning «gives stroke patients the best possible chance»']],
      ['Stopping smoking before surgery gives your wound a better chance of healing.', ['unsupported-claim warning «gives your wound a better chance»']],
      ['Our programme gives women in their forties a real chance of a baby.', ['unsupported-claim warning «gives women in their forties a real chance»']],
      ['Transferring a single frozen embryo gives older women a better chance.', ['unsupported-claim warning «gives older women a better chance»']],
      ['A strict gluten-free diet gives children with coeliac disease the best chance of healthy growth.', []],
      // A chance of something that is not health, no chance at all, negated, asked.
      ['Booking early gives you a better chance of a slot.', []],
      ['Arriving early gives patients a better chance of a parking space.', []],
      ['The lottery gives everyone a chance.', []],
      ['Applying in January gives you the best chance of a place on the course.', []],
      ['Nothing gives you a better chance of pregnancy than time.', []],
      ['Does IVF give women over 40 a better chance?', []],
    ]);
  });

  describe('unsupported-claim: a success rate compared with an average or with other clinics', () => {
    cases([
      ['Our success rates for knee replacements are among the highest in the country.', ['unsupported-claim warning «among the highest in the country»']],
      ["The clinic's pregnancy rate is twice the UK average.", ['unsupported-claim warning «twice the UK average»']],
      ['Our infection rate after surgery is well below the national average.', ['unsupported-claim warning «well below the national average»']],
      ['Our recurrence rate is lower than most clinics can offer.', ['unsupported-claim warning «lower than most clinics»']],
      ['My quit rate with the programme is double the national average.', ['unsupported-claim warning «double the national average»']],
      ['Our remission rate for eczema is higher than the average for specialist units.', ['unsupported-claim warning «higher than the average»']],
      // Not an outcome rate, the average itself, a harm rate above, a question, negated, no comparison.
      ['Our prices are above the national average.', []],
      ['The national average success rate is 25%.', []],
      ['Our waiting times are well below the national average.', []],
      ['Our complication rate is above the national average, and we are working on it.', []],
      ['Is our success rate above the national average?', []],
      ['Our success rate is not above the national average.', []],
      ['Our live birth rate is 32% per transfer.', []],
    ]);
  });

  describe('absolute-claim: guarantee adjectives ("foolproof", "sure-fire") in a sentence about health or treatment', () => {
    cases([
      ['This is a sure-fire way to lose the baby weight.', ['absolute-claim error «sure-fire»']],
      ['Our sleep programme is a foolproof fix for insomnia.', ['absolute-claim error «foolproof»']],
      ['Our fertility diet is a foolproof route to pregnancy.', ['absolute-claim error «foolproof»']],
      ['The patches are a surefire way to stop smoking.', ['absolute-claim error «surefire»']],
      ['Cold-water swimming is an infallible remedy for low mood.', ['absolute-claim error «infallible»']],
      ['Here is a fool-proof stretching routine for back pain.', ['absolute-claim error «fool-proof»']],
      // A task, a recipe, a service, a sign of a condition, negated.
      ['A pill organiser is a foolproof way to remember your tablets.', []],
      ['This foolproof recipe makes the fluffiest pancakes.', []],
      ['Our booking system is foolproof.', []],
      ['A sure-fire sign of a migraine is a flickering light.', []],
      ['There is no foolproof way to prevent a miscarriage.', []],
      ['No test for coeliac disease is foolproof.', []],
    ]);
  });

  describe('absolute-claim and unsupported-claim: a second verb of ending whose pronoun object is the symptom named before ("… and switches it off permanently")', () => {
    cases([
      ['This tea tackles bloating and keeps it at bay for good.', ['absolute-claim error «for good»']],
      ['Our tincture calms hay fever and gets rid of it forever.', ['absolute-claim error «forever»']],
      ['The cream works on eczema and clears it up permanently.', ['absolute-claim error «permanently»']],
      ['Hypnotherapy goes to the source of the cravings and switches them off for good.', ['absolute-claim error «for good»']],
      ['The spray reaches the congestion and knocks it out.', ['unsupported-claim warning «knocks it out»']],
      ['Our patches find the tension in your neck and melt it away.', ['unsupported-claim warning «melt it away»']],
      // A symptom's own course, a harm, negated, asked, advice.
      ['The itch gets worse at night and then calms down by itself.', []],
      ['Stress triggers the eczema and keeps it going.', []],
      ['The virus attacks the liver and stops it working.', []],
      ['The pain comes in waves and nothing switches it off.', []],
      ['Does the oil reach the pain and switch it off?', []],
      ['If the pain flares, rest and ease it with heat.', []],
    ]);
  });

  describe('precision: a symptom that is the reason for stopping a treatment or an activity, not the object of "stop"', () => {
    cases([
      ['I stopped taking my statins because of muscle pain.', []],
      ['He stopped using the inhaler after the cough cleared.', []],
      ['We stopped the trial early because of liver damage.', []],
      ['I stopped going to yoga because of my back pain.', []],
      ['They stopped running due to knee pain.', []],
      ['Many women quit the pill owing to headaches.', []],
      // A symptom as the direct object or the gerund is still stopped.
      ['Magnesium stopped my cramps.', ['unsupported-claim warning «stopped»']],
      ['This cream stops itching within minutes.', ['unsupported-claim warning «stops»']],
      ['Cutting out caffeine stopped my palpitations.', ['unsupported-claim warning «stopped»']],
      ['Acupuncture stopped my migraines coming back.', ['unsupported-claim warning «stopped»']],
      ['Ginger stopped my nausea because it settles the stomach.', ['unsupported-claim warning «stopped»']],
      ['This spray stops the itching in minutes.', ['unsupported-claim warning «stops»']],
    ]);
  });

  describe('precision: "my X stopped / eased / lifted" with a person as X is no symptom that cleared', () => {
    cases([
      ['My husband stopped smoking last year.', []],
      ['My daughter stopped going to school.', []],
      ['My GP stopped my blood pressure tablets because of dizziness.', []],
      ['My mum eased into retirement.', []],
      ['My pharmacist eased my mind.', []],
      ['Her boss stopped the meeting early.', []],
      // A symptom, or a health behaviour stopped after a treatment or a time on one.
      ['My eczema cleared up.', ['unsupported-claim warning «My eczema cleared up»']],
      ['My headaches subsided within a day.', ['unsupported-claim warning «My headaches subsided»']],
      ['After six sessions of hypnotherapy my husband stopped snoring.', ['unsupported-claim warning «my husband stopped»']],
      ['Within a month my son stopped wetting the bed.', ['unsupported-claim warning «my son stopped»']],
      ['Since the new inhaler, her wheezing stopped.', ['unsupported-claim warning «her wheezing stopped»']],
      ['After the massage his back pain eased.', ['unsupported-claim warning «his back pain eased»']],
    ]);
  });

  describe('precision: in a before/after testimonial quote, the "after" sentence states a change of the same life', () => {
    const quote = (before: string, after: string): string => `## What our clients say\n\n> "${before} ${after}"`;
    cases([
      [quote('I used to dread the stairs because of my knee pain.', 'Now I climb them twice a day.'), ['unsupported-claim warning «Now I climb them twice a day»']],
      [quote('Before the course, I could not sleep because of my anxiety.', 'Last month I travelled to Rome on my own.'), ['unsupported-claim warning «Last month I travelled to Rome on my own»']],
      [quote('I could not face crowds because of panic attacks.', 'Now I go to concerts again.'), ['unsupported-claim warning «Now I go to concerts again»']],
      [quote('For years I could not work because of my back pain.', 'Now I work four days a week.'), ['unsupported-claim warning «Now I work four days a week»']],
      // News of another part of life.
      [quote('Before Priya, I could not get on a train without a panic attack.', 'Now I work from home.'), []],
      [quote('For years I had suffered with migraines.', 'These days we live in Leeds.'), []],
      [quote('I used to get eczema on my hands.', 'Now I have two grandchildren.'), []],
    ]);
  });

  describe('precision: a table row naming a treatment under a neutral column reads side effects as side effects', () => {
    const table = (rows: string[][]): string => ['| Treatment | Notes |', '| --- | --- |', ...rows.map((r) => `| ${r[0]} | ${r[1]} |`)].join('\n');
    cases([
      [table([['Blood pressure tablets', 'Lower blood pressure can make you dizzy, so stand up slowly']]), []],
      [table([['Sleeping tablets', 'Less alertness the next morning']]), []],
      [table([['Weight loss injections', 'Less appetite, and nausea in the first weeks']]), []],
      [table([['Iron infusion', 'Darker stools for a few days']]), []],
      [table([['Magnesium', 'Looser stools at high doses']]), []],
      // A benefit fragment under a treatment is still a claim.
      [table([['Hangover drip', 'Less nausea within the hour']]), ['unsupported-claim warning «Less nausea within the hour»']],
    ]);
  });

  describe('unsupported-claim: review and diary shapes (a subjectless review line, none since a start, back to an activity, the best thing for, "Week three and …")', () => {
    cases([
      ['Cleared my eczema in two weeks!', ['unsupported-claim warning «Cleared my eczema»']],
      ['Sorted out my sleep in a fortnight.', ['unsupported-claim warning «Sorted out my sleep»']],
      ['Not a single flare-up since I started the balm.', ['unsupported-claim warning «Not a single flare-up»']],
      ['No more hay fever since switching to the local honey.', ['unsupported-claim warning «No more hay fever»']],
      ['She\'s back at work after three sessions.', ["unsupported-claim warning «She's back at work»"]],
      ['My son is back at school after a week of antibiotics.', ['unsupported-claim warning «My son is back at school»']],
      ["Honestly the best thing I've done for my anxiety.", ["unsupported-claim warning «the best thing I've done for my anxiety»"]],
      ["Week three and I'm sleeping like a baby.", ["unsupported-claim warning «I'm sleeping like a baby»"]],
      ['Day five of the detox and the bloating has vanished.', ['unsupported-claim warning «the bloating has vanished»']],
      ['Six weeks in and my skin has never looked better.', ['unsupported-claim warning «my skin has never looked better»']],
      ['A week of the drops and my hay fever is a distant memory.', ['unsupported-claim warning «my hay fever is a distant memory»']],
      ['I can sleep on my side again.', ['unsupported-claim warning «I can sleep»']],
      // A diary or a booking, none since a year, back at work on a day, the best thing for a career, a conference diary.
      ['Cleared my diary for the appointment.', []],
      ['Booked my appointment online.', []],
      ['Not a single case of measles since 2010.', []],
      ["I'm back at work on Monday.", []],
      ['The best decision I ever made for my career.', []],
      ["Day two of the conference and I'm exhausted.", []],
      ['Six weeks in and I still have no appointment.', []],
      ['I can book again next month.', []],
    ]);
  });

  describe('unsupported-claim: a proportion who saw, noticed or said that a body part or state is better', () => {
    cases([
      ['9 out of 10 women said their skin felt firmer after four weeks.', ['unsupported-claim warning «their skin felt firmer»']],
      ['92% of users saw clearer skin in four weeks.', ['unsupported-claim warning «clearer skin»']],
      ['Nine out of ten users said their hair looked thicker.', ['unsupported-claim warning «their hair looked thicker»']],
      ['Eight in ten customers noticed less bloating within a fortnight.', ['unsupported-claim warning «noticed less bloating»']],
      ['Our physio Tom says most clients feel looser after one session.', ['unsupported-claim warning «feel looser»']],
      // Worse, a visit, an advert, a rating.
      ['Four out of five say their skin is worse in winter.', []],
      ['Most patients saw their GP within a week.', []],
      ['92% of users saw the advert on television.', []],
      ['Eight out of ten clients would recommend us to a friend.', []],
      ['Four out of five customers rated the oil five stars.', []],
    ]);
  });

  describe('precision: review and diary shapes stay silent on plans, sick leave, the world reopening and non-health results', () => {
    cases([
      ['Improved my sleep hygiene and cut out caffeine.', []],
      ['Reduced my pain medication by half.', []],
      ["I'm back at work after two weeks of sick leave.", []],
      ['I can travel again now that the pandemic is over.', []],
      ['The extra staff made all the difference: the backlog is gone.', []],
      ['The new lift made a huge difference: residents are back to using the garden.', []],
    ]);
  });
});
