// Claim rules on blog prose (issue #3, round 22, part N: noise): false positives removed by class. Round 21's careful prose
// (round21-e) flagged fourteen sentences (a film title, a warranty, a negated 'been able to show', absent evidence 'in the
// research', three of physiology, four named sources, a patient's day with no change named, two everyday 'cure for');
// round 21's drafts flagged a lab's turnaround, a billing guarantee, an app that works on the iPad, a game's 'help',
// 'focus on balance', 'save cold baths for', a history of practice, a named Cochrane review and 'seek urgent help'; s21
// flagged a weedkiller's guarantee; five labels read 'tend to' and 'some residents find' as hedges. Each describe block is one class: near-claims in everyday English that must stay
// silent and real claims of the same shape that must stay flagged. None of these sentences is taken from the corpus or
// from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 22, part N: false positives by class)', () => {
  describe("a warranty for a span of years or against wear, a guarantee of billing after 'we guarantee', a lab's turnaround, and household and garden products (claims-absolute.json round20Artefacts) guaranteed to do a household job, in sentences with no health word; relief, eczema, a painless procedure, another migraine and congestion stay absolute", () => {
    cases([
      ["The new boiler is guaranteed for ten years by the manufacturer.", []],
      ["The roof repairs are guaranteed for five years, parts and labour.", []],
      ["The fence panels are guaranteed for fifteen years against rot.", []],
      ["Our cavity wall insulation is guaranteed for twenty-five years.", []],
      ["The lab's turnaround time is guaranteed, or the next blood test is free.", []],
      ["We guarantee you won't be charged a penny until the trial ends.", []],
      ["We guarantee you won't be billed twice.", []],
      ["The new lawn feed is guaranteed to green the grass in a week.", []],
      ["The descaler is guaranteed to clear the kettle in minutes.", []],
      ["This weedkiller is guaranteed to clear the driveway by Friday.", []],
      ["Our balm is guaranteed to clear eczema.", ["absolute-claim error «is guaranteed to»"]],
      ["Relief is guaranteed for twelve hours after one dose.", ["absolute-claim error «is guaranteed»"]],
      ["We guarantee you won't feel a thing during the procedure.", ["absolute-claim error «We guarantee»"]],
      ["We guarantee you won't have another migraine.", ["absolute-claim error «We guarantee»"]],
      ["This tonic is guaranteed to clear the congestion in a week.", ["absolute-claim error «is guaranteed to»"]],
    ]);
  });

  describe("'the (only) cure for' a thing with a determiner in a sentence with no health word, wellness word or seller's first person; eczema, sleep and 'our electrolyte drink' stay absolute", () => {
    cases([
      ["The only cure for a messy desk is a free afternoon.", []],
      ["The cure for a boring commute is a good podcast.", []],
      ["The only cure for a leaky tap is a new washer.", []],
      ["For me the cure for a rainy Sunday is a jigsaw.", []],
      ["The only cure for an overgrown hedge is a sharp pair of shears.", []],
      ["The only cure for eczema is this balm.", ["absolute-claim error «only cure for»"]],
      ["Our tea is the cure for any bad night's sleep.", ["absolute-claim error «the cure for»"]],
      ["The only cure for a hangover is our electrolyte drink.", ["absolute-claim error «only cure for»"]],
    ]);
  });

  describe("'works every time' on a device or offline is how reliably software runs; a remedy that works every time a child is anxious, on headaches, or with no qualifier stays absolute", () => {
    cases([
      ["The website works every time on my phone.", []],
      ["The app works every time on the laptop, even offline.", []],
      ["The booking page works every time on the old tablet.", []],
      ["The game works every time, even offline.", []],
      ["The podcast app works every time on my Android.", []],
      ["The app works every time my son gets anxious.", ["absolute-claim error «works every time»"]],
      ["This spray works every time on my headaches.", ["absolute-claim error «works every time»"]],
      ["The breathing app works every time.", ["absolute-claim error «works every time»"]],
    ]);
  });

  describe("a capitalised absolute word inside a quoted title that opens a sentence with no health word; a product's name with a health outcome, a lower-case 'miracle' in quotes and a quoted testimony stay absolute", () => {
    cases([
      ["\"Miracle on 34th Street\" is showing at the village hall on Friday.", []],
      ["\"Miracle Workers\" is back on the telly tonight.", []],
      ["\"The Miracle Worker\" is this term's school play.", []],
      ["\"Miracle Mile\" is the name of the new bakery on the high street.", []],
      ["\"A Small Miracle\" is on at the Odeon this week.", []],
      ["\"Miracle Gel\" cleared my psoriasis in a week.", ["absolute-claim error «Miracle»"]],
      ["This gel is a \"miracle\" for psoriasis.", ["absolute-claim error «miracle»"]],
      ["\"It was a miracle,\" she said of the cream that cleared her rash.", ["absolute-claim error «miracle»"]],
    ]);
  });

  describe("a negated 'been able to show (prove)' and 'nothing in the research (evidence, studies) to suggest' govern the clause after them as 'not been shown' does; a trial that was able to show, and plenty in the research, stay claims", () => {
    cases([
      ["Trials have not been able to show that vitamin C shortens colds.", []],
      ["Scientists haven't been able to show that magnets ease arthritis.", []],
      ["Researchers were never able to prove that the diet clears acne.", []],
      ["There is nothing in the evidence to suggest that copper bracelets ease joint pain.", []],
      ["There's nothing in the studies to show that detox teas cleanse the liver.", []],
      ["There's nothing in the literature to suggest that any pill will reverse baldness.", []],
      ["Our trial was able to show that the drops clear dry eye.", ["unsupported-claim warning «clear»"]],
      ["There's plenty in the research to suggest that exercise eases low mood.", ["unsupported-claim warning «eases»"]],
      ["Researchers have been able to show that statins reduce heart attacks.", ["unsupported-claim warning «reduce»"]],
    ]);
  });

  describe("the body's own agents: a relative clause after a hormone or gland, glands as the subject, and a substance made by the body's cells with the benefit verb coordinated after it; injections, supplements, drops and capsules named, and a named drug defined by its class, stay claims", () => {
    cases([
      ["Glucagon is made by cells in the pancreas and helps raise blood sugar between meals.", []],
      ["The adrenal glands sit above the kidneys and make hormones that regulate blood pressure.", []],
      ["Sweat glands help cool the body on a hot day.", []],
      ["Tear glands help keep the eyes moist.", []],
      ["Salivary glands help protect the teeth.", []],
      ["Cortisol is a hormone that helps control blood pressure.", []],
      ["Insulin injections help control blood sugar.", ["unsupported-claim warning «help»"]],
      ["Melatonin supplements help regulate your sleep.", ["unsupported-claim warning «help»"]],
      ["Our thyroid drops help regulate metabolism.", ["unsupported-claim warning «help»"]],
      ["Our capsules contain a hormone that helps regulate sleep.", ["unsupported-claim warning «regulate»"]],
      ["Infliximab is an antibody that settles the gut inflammation of colitis.", ["unsupported-claim warning «settles»"]],
    ]);
  });

  describe("a verb of benefit that is no verb of benefit in its clause: a bare noun after 'on', 'about' or 'of', 'save' something for a time or an occasion, and 'help' a thing across or over a place; the verbs themselves stay claims", () => {
    cases([
      ["Each class is seated or standing and focuses on balance and leg strength.", []],
      ["Tonight's talk is about balance and falls at home.", []],
      ["The workshop concentrates on balance and posture.", []],
      ["I'd save the heavy sessions for the weekend.", []],
      ["If you're racing, save the ice bath for race day.", []],
      ["Save the sports massage for competition week.", []],
      ["In the game, players help a little tugboat across the harbour by breathing out slowly.", []],
      ["Kids can help a turtle across the road in the game.", []],
      ["Yoga improves balance and leg strength.", ["unsupported-claim warning «improves»"]],
      ["Cold baths save your muscles after a hard session.", ["unsupported-claim warning «save»"]],
      ["This balm saved my skin for the wedding.", ["unsupported-claim warning «saved»"]],
      ["Slow breathing helps children calm down.", ["unsupported-claim warning «helps»"]],
      ["The drops help the pain go away.", ["unsupported-claim warning «help»"]],
    ]);
  });

  describe("history of practice ('For years (decades, a long time), X was the go-to (standard, usual) ...') and advice to seek urgent help or attention; a present go-to remedy and a plain benefit stay claims", () => {
    cases([
      ["For decades, bed rest was the standard advice for back pain.", []],
      ["For years, cod liver oil was the go-to remedy for stiff joints in our family.", []],
      ["For a long time, ice was the first-line treatment for sprains.", []],
      ["Seek urgent help if your child is floppy or hard to wake.", []],
      ["Seek immediate medical attention if your chest pain spreads to your arm.", []],
      ["Get help straight away if your child has a rash that doesn't fade.", []],
      ["Fish oil is the go-to remedy for dry eye.", ["unsupported-claim warning «is the go-to remedy for»"]],
      ["For years, fish oil was my answer to dry eyes, and it still eases them.", ["unsupported-claim warning «was my answer»"]],
      ["For a long time, the cream was the only thing that calmed my rash.", ["unsupported-claim warning «the only thing that calmed»"]],
      ["Ginger helps nausea.", ["unsupported-claim warning «helps»"]],
      ["In my experience, ginger helps nausea.", ["unsupported-claim warning «helps»"]],
    ]);
  });

  describe("named sources: a named health authority's document with its year, an authority that cites data, a fronted study with year, journal and surname, and people counted in a condition of consent; unnamed specialists, data, researchers and reviews stay vague", () => {
    cases([
      ["Surgery is only offered if two consultants agree.", []],
      ["The dose can be raised when both doctors agree.", []],
      ["The drug can only be started if two specialists agree that nothing else has worked.", []],
      ["The Stroke Association cites data showing that most strokes could be prevented.", []],
      ["In a 2019 Lancet study, Patel and colleagues found that the programme cut falls by a fifth.", []],
      ["In a 2020 BMJ paper, Okafor et al. reported that the clinic halved waiting times.", []],
      ["NICE's 2022 guideline states that exercise can reduce knee pain.", []],
      ["A 2016 Cochrane review found too few trials of echinacea to say.", []],
      ["A 2018 Cochrane review found that honey eases coughs.", []],
      ["Specialists agree that this diet works.", ["vague-attribution warning «Specialists agree»"]],
      ["Many specialists agree that the supplement helps.", ["vague-attribution warning «Many specialists agree»"]],
      ["There is data showing that CPR doubles survival.", ["vague-attribution warning «There is data showing»"]],
      ["In one paper, researchers reported that the scheme reduced admissions.", ["vague-attribution warning «researchers reported»"]],
      ["In a 2019 study, researchers found that the tea prevents colds.", ["vague-attribution warning «researchers found»"]],
      ["A recent review found that garlic prevents colds.", ["vague-attribution warning «A recent review found»"]],
      ["A report states that the tea could prevent colds.", ["unsupported-claim info «could prevent»"]],
    ]);
  });

  describe("none of a symptom with every 'since' in a later clause ('…, which is the longest stretch since …') names no change; a 'since' of the change, opening or closing, and 'thanks to' stay claims", () => {
    cases([
      ["I haven't had a migraine in a fortnight, which is my best run since the summer.", []],
      ["She hasn't had a nosebleed in ten days, which is the longest gap since March.", []],
      ["We haven't had a sick day in a month, and the office has been quiet since Easter.", []],
      ["I haven't had a headache all week, but I've been busy since Monday.", []],
      ["I haven't had a cold in a month, and I've been well since the holidays.", []],
      ["I haven't had a migraine since I started the drops.", ["unsupported-claim warning «I haven't had a migraine»"]],
      ["Since I started the drops, I haven't had a migraine.", ["unsupported-claim warning «I haven't had a migraine»"]],
      ["I haven't had a migraine in three weeks, since I started the magnesium.", ["unsupported-claim warning «I haven't had a migraine»"]],
      ["I haven't had a migraine in three weeks thanks to the magnesium.", ["unsupported-claim warning «I haven't had a migraine»"]],
    ]);
  });
  describe("severity: 'tend(s) to' right before the predicate and 'some residents (carers, guests) find' are the writer's hedges (info); a plain verb, 'tend to' elsewhere, 'many' and 'most' who find stay warnings; a tendency with no treatment stays silent", () => {
    cases([
      ["Calf stretches tend to reduce heel pain.", ["unsupported-claim info «reduce»"]],
      ["Gentle walks tend to ease stiff knees.", ["unsupported-claim info «ease»"]],
      ["Some residents find that a quiet song before supper helps them sleep better.", ["unsupported-claim info «helps»"]],
      ["Some carers find that a short walk eases their stress.", ["unsupported-claim info «eases»"]],
      ["Some guests find the sauna eases their back pain.", ["unsupported-claim info «eases»"]],
      ["Calf stretches reduce heel pain.", ["unsupported-claim warning «reduce»"]],
      ["Ginger, which people tend to like, eases nausea.", ["unsupported-claim warning «eases»"]],
      ["Many clients find their cravings settle with our tea.", ["unsupported-claim warning «their cravings settle»"]],
      ["Most patients find the cream clears their rash.", ["unsupported-claim warning «clears»"]],
      ["Residents find that a quiet song before supper helps them sleep better.", ["unsupported-claim warning «helps»"]],
      ["Children tend to grow out of it by school age.", []],
      ["People tend to feel tired in winter.", []],
      ["Prices tend to rise in January.", []],
      ["Toddlers tend to nap less after their second birthday.", []],
    ]);
  });
});
