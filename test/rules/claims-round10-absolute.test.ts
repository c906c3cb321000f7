// absolute-claim and vague-attribution on blog prose (issue #3, round 10, part B). Each describe block is one cause, stated
// as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim and vague-attribution on blog prose (round 10, part B)', () => {
  describe('an unnamed group of experts is a source whatever stands between it and its verb (a place, the writer\'s acquaintance, adverbs), with verbs of opinion and advice (reckon, vouch for, have long said) and adjectives of agreement (unanimous, agreed); a fact recognised by unnamed institutions', () => {
    cases([
      // An unnamed group with a place, the writer's acquaintance or adverbs before its verb.
      ['Most cardiologists I have spoken to reckon that oily fish keeps the heart steady.', ['vague-attribution warning «Most cardiologists I have spoken to reckon that»']],
      ['The dermatologists we work with reckon a cold compress calms eczema flares.', ['vague-attribution warning «dermatologists we work with reckon»']],
      ["Plenty of sleep doctors I've met swear that magnesium helps you drop off.", ["vague-attribution warning «Plenty of sleep doctors I've met swear that»"]],
      ['Many orthodontists now quietly recommend night splints to stop teeth grinding.', ['vague-attribution warning «orthodontists now quietly recommend»']],
      ['Lots of GPs privately recommend cranberry juice for cystitis.', ['vague-attribution warning «Lots of GPs privately recommend»']],
      ['Physiotherapists up and down the country swear that taping prevents ankle sprains.', ['vague-attribution warning «Physiotherapists up and down the country swear that»']],
      ['Paediatricians across the NHS insist that probiotics shorten tummy bugs.', ['vague-attribution warning «Paediatricians across the NHS insist that»']],
      ['Dietitians the world over agree that fibre keeps your bowels regular.', ['vague-attribution warning «Dietitians the world over agree»']],
      // Agreement as an adjective, standing as the source, long-held views, institutions that recognise a fact.
      ['Top coaches are unanimous that ice baths speed up muscle recovery.', ['vague-attribution warning «Top coaches are unanimous that»']],
      ['Leading fertility specialists are agreed that acupuncture boosts IVF success.', ['vague-attribution warning «Leading fertility specialists are agreed that»']],
      ['Elite sports physios swear by compression socks for sore calves.', ['vague-attribution warning «Elite sports physios swear by»']],
      ['Seasoned midwives reckon raspberry leaf tea shortens labour.', ['vague-attribution warning «Seasoned midwives reckon»']],
      ['School nurses have long said that a good breakfast sharpens concentration.', ['vague-attribution warning «School nurses have long said that»']],
      ["Dentists have always told parents that xylitol protects children's teeth.", ['vague-attribution warning «Dentists have always told parents that»']],
      ['Sleep experts have been saying for years that blackout blinds cure insomnia.', ['vague-attribution warning «experts have been saying for years that»', 'absolute-claim error «cure»']],
      ['It is now recognised by clinics across the country that acupuncture eases back pain.', ['vague-attribution warning «It is now recognised by clinics across the country that»']],
      ['It is widely accepted by doctors that walking lowers blood pressure.', ['vague-attribution warning «It is widely accepted by doctors that»']],
      ['Many dermatologists vouch for zinc cream on angry spots.', ['vague-attribution warning «Many dermatologists vouch for»']],
      ['Most podiatrists I know rave about these insoles for heel pain.', ['vague-attribution warning «podiatrists I know rave about»']],
      // The same groups doing other things, named sources, negations, questions, the writer's own advice.
      ['Most cardiologists I have spoken to were running late on Monday.', []],
      ['Our physios reckon the clinic will be busy after Christmas.', []],
      ['We recommend booking early for the flu jab.', []],
      ['Your GP may recommend a blood test first.', []],
      ['Many orthodontists now quietly close their waiting lists in August.', []],
      ['Physiotherapists up and down the country are striking on Tuesday.', []],
      ['Top coaches are unanimous in their praise for the new track.', []],
      ['Top coaches are paid more than most teachers.', []],
      ['The committee were unanimous that the clinic should reopen.', []],
      ['Nurses have long complained about the car parks.', []],
      ['It is recognised by NICE that acupuncture eases back pain.', ['unsupported-claim warning «eases»']],
      ['It is not recognised by doctors that acupuncture eases back pain.', []],
      ['Is it recognised by doctors that acupuncture eases back pain?', []],
      ['The award was accepted by nurses up and down the country.', []],
      ['Leading dermatologists will be speaking at our open evening.', []],
      ['Most dentists I know were sceptical about the new toothpaste.', []],
      ['Nobody I have spoken to reckons the new ward will open on time.', []],
      ['Experienced trainers are hard to find in this area.', []],
      ['Good physios ask about your sleep as well as your back.', []],
      ['Top surgeons trained at the hospital in the 1990s.', []],
    ]);
  });

  describe('unnamed evidence as the subject of a strength predicate (The evidence that X prevents Y is strong; The science behind X is rock-solid) and a participle after research or evidence (research showing that), with the parts of the body such findings are about (cervix, gums, spleen)', () => {
    cases([
      // Evidence, research, science or data as the subject of a strength predicate; a participle after research or evidence.
      ['The evidence that nosodes prevent infection, in people and animals alike, is strong.', ['vague-attribution warning «The evidence that»']],
      ['The evidence that zinc lozenges shorten colds is overwhelming.', ['vague-attribution warning «The evidence that»']],
      ['The science behind cold-water swimming for low mood is now rock-solid.', ['vague-attribution warning «The science behind»']],
      ['The evidence for acupuncture in chronic back pain is compelling.', ['vague-attribution warning «The evidence for»']],
      ['The research on probiotics and eczema in babies is really convincing.', ['vague-attribution warning «The research on»']],
      ['The clinical evidence supporting magnesium for night cramps has been clear for years.', ['vague-attribution warning «The clinical evidence supporting»']],
      ['The data on vitamin D and bone strength are impressive.', ['vague-attribution warning «The data on»']],
      ["There's research suggesting that raspberry leaf tea ripens the cervix.", ["vague-attribution warning «There's research suggesting»"]],
      ["There is evidence showing that fluoride varnish protects children's teeth.", ['vague-attribution warning «There is evidence showing»']],
      ['Plenty of research showing that walking eases knee pain has come out of Scandinavia.', ['vague-attribution warning «research showing that»']],
      ['Studies suggesting that blue light glasses help you sleep keep appearing.', ['vague-attribution warning «Studies suggesting»']],
      // Weak or negated predicates (the claim inside is doubted), questions, logistics, cited sentences, absent research, anatomy and natural history.
      ['The evidence that nosodes prevent infection is weak.', []],
      ['The evidence that vitamin D is good for bones is thin.', []],
      ['The evidence that fish oil helps dry eyes is not strong.', []],
      ["The evidence for acupuncture in back pain isn't convincing.", []],
      ['How strong is the evidence that zinc shortens colds?', []],
      ['Whether the evidence that zinc shortens colds is strong enough is still debated.', []],
      ['The evidence that our clinic opens on Sundays is on the noticeboard.', []],
      ['The data on waiting times are clear: more people are waiting longer.', []],
      ['The research for the new hospital wing is almost finished.', []],
      ['The evidence for zinc shortening colds is strong [3].', []],
      ['There is no research showing that raspberry leaf tea ripens the cervix.', []],
      ['The cervix softens naturally in the last weeks of pregnancy.', []],
      ['Your dentist will check your gums and teeth at every visit.', []],
    ]);
  });

  describe("permanence in everyday words: for keeps, for the rest of your days; a complaint that will never trouble you again or won't come back after a treatment (the and-consequence: 'Five sessions and …'); the last diet you'll ever need", () => {
    cases([
      // Permanence in lay words: for keeps, never to trouble you again after a treatment, won't come back, the last one you'll ever need.
      ['Our laser clinic clears thread veins for keeps.', ['absolute-claim error «for keeps»']],
      ['The course sorted out my bad knee for keeps.', ['absolute-claim error «for keeps»']],
      ['Our hypnotherapy frees you from cravings for the rest of your days.', ['absolute-claim error «for the rest of your days»']],
      ['Five sessions with us and your headaches will never bother you again.', ['absolute-claim error «never bother you again»']],
      ["One course of our drops and hay fever won't trouble you again.", ["absolute-claim error «won't trouble you again»"]],
      ['A month on the tincture and the itching will never keep you awake again.', ['absolute-claim error «never keep you awake again»']],
      ["After our programme the pain won't come back.", ["absolute-claim error «won't come back»"]],
      ['Two weeks on our tincture and the cold sores never return.', ['absolute-claim error «never return»']],
      ['Once we have treated your verruca with our laser, it will never come back.', ['absolute-claim error «will never come back»']],
      ["This is the last diet you'll ever need.", ["absolute-claim error «last diet you'll ever need»"]],
      // Side effects that wear off, hopes, conditions, natural history, proportions, advice, logistics.
      ['The nausea from the tablets wears off for good after a week or two.', []],
      ['We hope your back pain never troubles you again.', []],
      ["If you keep stretching after the course, the pain won't trouble you again.", []],
      ["Once the rash clears up, it won't come back.", []],
      ["In most people the pain won't come back after the course.", []],
      ['Your symptoms may come back when you stop the tablets.', []],
      ["Don't let a sore back trouble you again: book a check-up.", []],
      ["Keep the bottle somewhere it won't get knocked over.", []],
      ["This is the last appointment you'll ever need to book with us this year.", []],
      ['Our receptionist will never keep you waiting again.', []],
    ]);
  });

  describe("totality of a cleanse said in a list ('sweats out metals, plastics and every toxin') and an unfailing record ('has never once failed to settle', 'has yet to fail', 'never let a client down')", () => {
    cases([
      // Totality: a cleanse said in a list, an unfailing record.
      ['A forty-minute sauna sweats out heavy metals, pesticides and every toxin you have picked up.', ['absolute-claim error «every toxin»']],
      ['Our herbal bath draws out pollutants, mould spores and every last toxin from your skin.', ['absolute-claim error «every last toxin»']],
      ['The clay mask pulls out grime, oil and all the impurities clogging your pores.', ['absolute-claim error «all the impurities»']],
      ['This remedy has never once failed to calm a colicky baby.', ['absolute-claim error «never once failed to»']],
      ['Our acupuncture has yet to fail a single migraine sufferer.', ['absolute-claim error «yet to fail»']],
      ['I have never seen this tincture fail to settle a cough.', ['absolute-claim error «never seen this tincture fail»']],
      ['In twelve years our sleep programme has never let a client down.', ['absolute-claim error «never let a client down»']],
      // The body's own organs, the kitchen and the laundry, questions, negations, machines and staff.
      ['Your liver and kidneys already clear out every toxin you meet.', []],
      ['The filter removes all the chemicals from your tap water.', []],
      ['A hot wash kills every last dust mite in the bedding.', []],
      ['Does a sauna really sweat out all the toxins?', []],
      ['No sauna can sweat out every toxin in your body.', []],
      ["It's a myth that sweating flushes out all the toxins.", []],
      ['Our boiler has never once failed in twenty years.', []],
      ['The practice manager has never failed to return a call.', []],
    ]);
  });

  describe("a guarantee said as certainty: you're bound / sure / certain to feel better, see results, sleep better (also after an imperative: 'Stick with it and you're bound to feel better')", () => {
    cases([
      // A promise said as certainty, with a good result after it.
      ["You're bound to feel better after one session.", ['absolute-claim error «bound to feel»']],
      ['You are sure to see results within a week.', ['absolute-claim error «sure to see»']],
      ["Stick with the stretches and you're bound to feel better by spring.", ['absolute-claim error «bound to feel»']],
      ["With our night cream you're certain to look younger in a month.", ['absolute-claim error «certain to look»']],
      ["After a course of our drops you're sure to breathe more easily.", ['absolute-claim error «sure to breathe»']],
      ['Everyone is bound to sleep better on our weighted blanket.', ['absolute-claim error «bound to sleep»']],
      // Certainty about a side effect, logistics or a place, hedged or negated.
      ["You're bound to feel a little tired after your first session.", []],
      ["You're sure to find a class near you.", []],
      ["You're bound to have questions, so write them down.", []],
      ["You're certain to get a reply within two working days.", []],
      ["You're not sure to see results, so be patient.", []],
      ['You may be bound to feel sore for a day or two.', []],
      ['Make sure to feel the stretch in the back of your thigh.', []],
    ]);
  });

  describe("total safety beside another treatment ('free of the side effects that come with HRT', 'without the risks of painkillers') and over everyone ('safe for absolutely everyone', 'safe at any age', 'safe for the whole family')", () => {
    cases([
      // Total safety beside another treatment or over everyone.
      ['Reflexology eases hot flushes free of the side effects that come with HRT.', ['absolute-claim error «free of the side effects»']],
      ['All the benefits of HRT without the side effects.', ['absolute-claim error «without the side effects»']],
      ['Our turmeric capsules calm joint pain without the risks of painkillers.', ['absolute-claim error «without the risks»']],
      ['Our hay fever spray is safe at any age.', ['absolute-claim error «safe at any age»']],
      ['Our tea is safe for the whole family.', ['absolute-claim error «safe for the whole family»']],
      ['Our gummies are safe for all ages.', ['absolute-claim error «safe for all»']],
      ['Our pregnancy yoga is safe at every stage of pregnancy.', ['absolute-claim error «safe at every stage of pregnancy»']],
      ['This magnesium spray is safe for absolutely everyone.', ['absolute-claim error «safe for absolutely everyone»']],
      ['Our stretching class is safe whatever your age or fitness.', ['absolute-claim error «safe whatever your age»']],
      // A person's course, proportions, study findings, questions, places, negations, advice.
      ['Most people are free of the side effects within a week.', []],
      ["You won't be completely free of the side effects until the course ends.", []],
      ['Once you stop the steroids you will be free of the side effects.', []],
      ['The trial found the drug was free of the side effects seen with older statins.', []],
      ['The pool is safe at any age with a lifeguard on duty.', []],
      ['Ask your pharmacist whether the spray is safe at any age.', []],
      ['No medicine is safe for absolutely everyone.', []],
      ['Is our tea safe for the whole family?', []],
      ['Check with your GP that the exercises are safe at any age.', []],
    ]);
  });

  describe("the rest of each category in lay words: totality of scope ('works on every type of headache', 'helps with any ailment', 'nothing it can't treat', 'Whatever your symptoms, our remedy will help'), total safety as a record or an absence ('has never caused a single reaction', 'there are no risks', 'gentle enough for anyone'), certainty that overstates the evidence ('There is no doubt that X lowers Y', 'beyond doubt')", () => {
    cases([
      // Totality of scope, total safety as a record or an absence of risk, certainty that overstates the evidence.
      ['Science has shown beyond doubt that fasting reverses ageing.', ['vague-attribution warning «Science has shown»', 'absolute-claim error «beyond doubt»']],
      ['There is no doubt that this tea lowers blood pressure.', ['absolute-claim error «There is no doubt»']],
      ['It works on every type of headache.', ['absolute-claim error «works on every type of»']],
      ['Whatever your symptoms, our remedy will help.', ['absolute-claim error «Whatever your symptoms»']],
      ['It helps with any ailment you can think of.', ['absolute-claim error «helps with any ailment you can think of»']],
      ["There is nothing it can't treat.", ["absolute-claim error «nothing it can't treat»"]],
      ["It's natural, so there are no risks.", ['absolute-claim error «there are no risks»']],
      ["There's nothing in it that can harm you.", ['absolute-claim error «nothing in it that can harm»']],
      ['These capsules are gentle enough for anyone to take.', ['absolute-claim error «gentle enough for anyone»']],
      ['Our balm has never caused a single reaction.', ['absolute-claim error «never caused a single reaction»']],
      ['Not one of our patients has ever had a side effect.', ['absolute-claim error «Not one of our patients has ever had a side effect»']],
      ['It soothes all kinds of itchy rashes in minutes.', ['absolute-claim error «soothes all kinds of»']],
      ['This tonic eases any complaint you have, from colds to cramps.', ['absolute-claim error «eases any complaint you have»']],
      // Clinics and their staff describing a service, questions, negations, specific risks denied, harms stated with certainty, hedges.
      ['We treat all kinds of foot problems at our Leeds clinic.', []],
      ['Our pharmacists can help with any health worry you have.', []],
      ['Whatever your symptoms, our pharmacists can help.', []],
      ['Whatever your symptoms, see your GP if they last more than a week.', []],
      ['Does it work on every type of headache?', []],
      ["It doesn't work on every type of headache.", []],
      ['There are no risks of infection from the swab.', []],
      ['There are no risks to your baby from an ultrasound scan.', []],
      ["There's nothing in the leaflet that could upset a child.", []],
      ['Is there no risk at all?', []],
      ['The trial reported that not one participant has ever had a side effect.', []],
      ['There is no doubt that smoking damages your lungs.', []],
      ["There's no doubt the first week back at the gym is hard.", []],
      ["There's no question that you should see a doctor about chest pain.", []],
      ["It hasn't been proven beyond doubt that zinc shortens colds.", []],
      ['Nothing you can do will stop the rain.', []],
      ['The cream is gentle enough for most skin types.', []],
    ]);
  });

  describe("an unnamed source with a post-modifier ('Studies done in Japan', 'Research carried out at several universities', 'Experts from top universities'), verbs of noticing, tending and advising ('have observed that', 'tend to recommend', 'generally advise'), 'are discovering that', and opinion or medicine as the source ('Word among physios is that', 'Medical opinion is that', 'Mainstream medicine now accepts that'); a named institution or person after the source is specific", () => {
    cases([
      // A source with a post-modifier (done in, carried out at several universities, run over the last decade, from top universities), verbs of noticing, tending and advising, opinion and medicine as sources.
      ['Studies done in Japan show that green tea lowers blood pressure.', ['vague-attribution warning «Studies done in Japan show»']],
      ['Research carried out at several universities shows that magnesium eases cramps.', ['vague-attribution warning «Research carried out at several universities shows»']],
      ['Trials run over the last decade have found that acupuncture eases back pain.', ['vague-attribution warning «Trials run over the last decade have found»']],
      ['Specialists tend to recommend physio before surgery for knee pain.', ['vague-attribution warning «Specialists tend to recommend»']],
      ['Physios generally advise ice for a fresh sprain.', ['vague-attribution warning «Physios generally advise»']],
      ['Word among physios is that taping prevents sprains.', ['vague-attribution warning «Word among physios is that»']],
      ['The general view among dentists is that xylitol protects teeth.', ['vague-attribution warning «general view among dentists is that»']],
      ['Experts from top universities agree that sleep protects memory.', ['vague-attribution warning «Experts from top universities agree»']],
      ['Medical opinion is that garlic lowers cholesterol.', ['vague-attribution warning «Medical opinion is that»']],
      ['Mainstream medicine now accepts that acupuncture relieves migraine.', ['vague-attribution warning «Mainstream medicine now accepts that»']],
      ['Clinicians have observed that patients who walk recover faster.', ['vague-attribution warning «Clinicians have observed that»']],
      ['Hospital doctors have noticed that patients on the diet heal faster.', ['vague-attribution warning «doctors have noticed that»']],
      ['Researchers are discovering that gut bacteria shape mood.', ['vague-attribution warning «Researchers are discovering that»']],
      // Named institutions and people, advice to patients, the writer's own staff, discoveries and opinions about other things.
      ['Studies done at Oxford University show that green tea lowers blood pressure.', ['unsupported-claim warning «lowers»']],
      ['Research led by Professor Patel shows that magnesium eases cramps.', ['unsupported-claim warning «eases»']],
      ['Physios advise patients to rest for two days.', []],
      ['Our physios generally advise booking a follow-up.', []],
      ['Researchers are discovering new species every year.', []],
      ['The general view among staff is that the car park is too small.', []],
      ['Medical opinion is divided on whether fish oil helps dry eyes.', []],
      ['Hospital doctors have noticed that the car park is always full.', []],
      ['Researchers in the lab tend to prefer the morning shift.', []],
      ['Trials run over the winter were cancelled because of the strikes.', []],
    ]);
  });

  describe("the figure of totality spelled out: 100 per cent / one hundred percent effective, safe, pain-free or of the time, a 100 percent success rate, ten out of ten clients; not a study's finding, funding, certainty about a time, or nine times out of ten", () => {
    cases([
      // The figure spelled out: 100 per cent, one hundred percent, ten out of ten.
      ['It has a 100 percent success rate with snoring.', ['absolute-claim error «100 percent success rate»']],
      ['Our hay fever drops are 100 per cent effective.', ['absolute-claim error «100 per cent effective»']],
      ['The programme works 100 per cent of the time for back pain.', ['absolute-claim error «100 per cent of the time»']],
      ['Our nit lotion is a hundred per cent effective against head lice.', ['absolute-claim error «hundred per cent effective»']],
      ['After the course my knee has been 100 per cent pain-free.', ['absolute-claim error «100 per cent pain-free»']],
      ['Our method works for ten out of ten clients with tennis elbow.', ['absolute-claim error «ten out of ten clients»']],
      // Not a health promise, a study's finding, a hedge, a negation, a question, a feeling of being well.
      ['Our clinic is 100 per cent funded by donations.', []],
      ['The vaccine was 100 per cent effective in the trial.', []],
      ['No remedy is 100 per cent effective.', []],
      ['Is any cream 100 percent safe?', []],
      ["I'm 100 per cent sure the clinic opens at nine.", []],
      ['Nine times out of ten a cold clears up on its own.', []],
      ['We reply to 100 per cent of emails within a day.', []],
    ]);
  });

  describe("endorsement by unnamed professionals is an unnamed source: recommended / trusted / endorsed / loved by (many, leading) doctors, physios, midwives; doctor-recommended, dermatologist-approved; not a named body, the reader's own GP, the writer's own nurses or a negation", () => {
    cases([
      // Endorsement by unnamed professionals: recommended / trusted / loved by doctors, doctor-recommended, dermatologist-approved.
      ['Our arnica balm, recommended by leading physios, takes the ache out of bruises.', ['vague-attribution warning «recommended by leading physios»']],
      ['These probiotic drops are trusted by thousands of midwives for colic.', ['vague-attribution warning «trusted by thousands of midwives»']],
      ['Endorsed by dermatologists, our cream calms eczema within days.', ['vague-attribution warning «Endorsed by dermatologists»']],
      ['This magnesium spray is loved by personal trainers for post-workout cramps.', ['vague-attribution warning «loved by personal trainers»']],
      ['Dermatologist-approved and fragrance-free, the serum calms rosacea flare-ups.', ['vague-attribution warning «Dermatologist-approved»']],
      ['A doctor-recommended remedy for restless legs.', ['vague-attribution warning «doctor-recommended»']],
      // Named or specific endorsers, the reader's own doctor, logistics, a negation.
      ['Our balm, recommended by NICE, soothes bruising.', ['unsupported-claim warning «soothes»']],
      ['Take the dose recommended by your GP for the pain.', []],
      ['The exercises were designed by the physios who treated her knee.', []],
      ['The clinic is run by nurses and open on Saturdays.', []],
      ['Our cream is not approved by dermatologists for children under two.', []],
      ['The leaflet, written by our own nurses, explains how to use the inhaler.', []],
    ]);
  });
});
