// Claim rules on blog prose (issue #3, round 20, part N: noise): false positives removed by class. Round 19's drafts flagged
// a denied claim whose subject holds a phrase of time ('no good evidence that static stretching before a race prevents
// injury') and 'end up needing an operation'; careful prose (round 18 a-c, round 19 d) flagged a courier's guarantee, a
// guaranteed win, a harmless dog and fire-alarm test, history and fiction, the definition of a kind of medicine, a cure set
// aside ('rather than on curing'), a proverb reported, a mill that stopped grinding flour, 'the researchers' of a study named
// before and a trial's writing group as a citation. Each describe block is one class: near-claims in everyday English that
// must stay silent and real claims of the same shape that must stay flagged. None of these sentences is taken from the
// corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 20, part N: false positives by class)', () => {
  describe("a phrase of time inside the subject of a denied claim (r20nNegatedOverTimePhrase): 'no (good) evidence that X before a race prevents Y' and 'No amount of X after Y prevents Z' stay denied; the plain claim, a litotes ('no question that'), a colon and a new conjunct after a comma stay flagged", () => {
    cases([
      ["There's no good evidence that static stretching before a race prevents injury, so don't stress if you skip it.", []],
      ["There is no proof that a cold bath after a hard match speeds recovery.", []],
      ["There's no real evidence that a protein shake after a gym session prevents muscle soreness.", []],
      ["No amount of static stretching before a long race prevents injury.", []],
      ["There is no evidence that a hot drink during a cold snap prevents flu.", []],
      ["No supplement taken after a night shift prevents jet lag.", []],
      ["Static stretching before a race prevents injury.", ["unsupported-claim warning «prevents»"]],
      ["A protein shake after every gym session prevents muscle soreness.", ["unsupported-claim warning «prevents»"]],
      ["There's no question that a protein shake after every gym session prevents muscle soreness.", ["absolute-claim error «There's no question»"]],
      ["There's no secret: stretching before a race prevents injury.", ["unsupported-claim warning «prevents»"]],
      ["There is no evidence that it is harmful, and stretching before a race prevents injury.", ["unsupported-claim warning «prevents»"]],
    ]);
  });

  describe("'end up' is a phrasal verb of outcome, not a verb of ending a complaint; 'ends your eczema', 'can end back pain' and round 19's 'never end up in a care home' stay flagged", () => {
    cases([
      ["Only a minority of patients with sciatica end up needing an operation.", []],
      ["Most runners end up injured at some point in the season.", []],
      ["We ended up cancelling the Tuesday class because of the snow.", []],
      ["She ended up in A&E after the fall on the ice.", []],
      ["A lot of people with back pain end up on strong painkillers.", []],
      ["The kids always end up covered in mud after football.", []],
      ["This cream will end your eczema.", ["unsupported-claim warning «will end»"]],
      ["Our drops end colic in a week.", ["unsupported-claim warning «end»"]],
      ["Acupuncture can end back pain without drugs.", ["unsupported-claim warning «can end»"]],
      ["Our members never end up in a care home.", ["absolute-claim error «never end up in a care home»"]],
    ]);
  });

  describe("a jaw-habit gerund with a thing as its object (r20nGerundOfTask): 'stopped grinding flour', 'stopped clenching the steering wheel' end a task; 'grinding his teeth', 'grinding at night', a means after 'by' and a named treatment stay complaints", () => {
    cases([
      ["The old mill is the heart of the village, though it stopped grinding flour years ago.", []],
      ["The mill stopped grinding corn in 1950.", []],
      ["The puppy finally stopped chewing the skirting boards.", []],
      ["The windmill on the hill stopped grinding wheat before the war.", []],
      ["The new baker stopped grinding his own flour.", []],
      ["He stopped clenching the steering wheel once he had passed his test.", []],
      ["The café stopped grinding its own beans last year.", []],
      ["The dog stopped biting the postman after training.", []],
      ["The mouthguard stopped my grinding at night.", ["unsupported-claim warning «stopped»"]],
      ["This splint stopped him grinding his teeth.", ["unsupported-claim warning «stopped»"]],
      ["Our drops stopped her scratching her eczema within days.", ["unsupported-claim warning «stopped»"]],
      ["The cream stopped the itching overnight.", ["unsupported-claim warning «stopped»"]],
      ["Eczema is soothed by rubbing the balm into the skin.", ["unsupported-claim warning «soothed»"]],
    ]);
  });

  describe("'harmless' of a creature or of a thing named before a pronoun (r20nHarmlessThing, claims-absolute.json round20N creatures); a product, a bare 'It is completely harmless' and a treatment word before the pronoun keep the promise", () => {
    cases([
      ["Our office dog is harmless, though he will eat any sandwich left on a desk.", []],
      ["The spiders in the garden shed are harmless.", []],
      ["These big house spiders look scary but they are harmless.", []],
      ["The loud bang you hear at noon is the quarry blasting, and it is harmless.", []],
      ["The siren you may hear on Wednesday afternoons is only the monthly test, and it is harmless.", []],
      ["Our neighbour's geese are harmless, whatever the postman says.", []],
      ["Our gummies are harmless for children of any age.", ["absolute-claim error «harmless»"]],
      ["It is completely harmless.", ["absolute-claim error «harmless»"]],
      ["We make it from wild herbs, and it is harmless.", ["absolute-claim error «harmless»"]],
      ["Our new detox tea is harmless.", ["absolute-claim error «harmless»"]],
      ["Our drops are gentle and harmless.", ["absolute-claim error «harmless»"]],
      ["Our formula was developed by doctors over ten years, and it is harmless.", ["absolute-claim error «harmless»"]],
    ]);
  });

  describe("a courier's guarantee with a reduced relative after the goods noun (round16CGoodsShipped) and a guaranteed win (round19A eventGoods); a bottle that clears acne, a patient who walks out pain-free and a guaranteed cure stay flagged", () => {
    cases([
      ["Our courier guarantees that every parcel ordered before noon will arrive the next working day.", []],
      ["We guarantee that any order placed by 3pm ships the same day.", []],
      ["The shop guarantees that every box bought online will arrive within two days.", []],
      ["The raffle seller swore the hamper was a guaranteed win, which was untrue.", []],
      ["Backing the favourite is never a guaranteed win.", []],
      ["The quiz team thought the final round was a guaranteed victory.", []],
      ["We guarantee every bottle you buy will clear your acne.", ["absolute-claim error «We guarantee»"]],
      ["Our clinic guarantees that every patient treated before noon will walk out pain-free.", ["absolute-claim error «guarantees»"]],
      ["Our detox is a guaranteed fix for bloating.", ["absolute-claim error «guaranteed»"]],
      ["It's a guaranteed cure.", ["absolute-claim error «guaranteed»"]],
    ]);
  });

  describe("fiction and past eras told in the past (r20nToldFrame): a novel, a play, a film, a fairy tale; Victorian, nineteenth-century, medieval, centuries ago in the third person; 'In my book', 'In the end', a present tense and a testimony stay flagged", () => {
    cases([
      ["In the novel, the village healer swears her potion can cure any fever, and nobody believes her.", []],
      ["In the play's last act, the old king is miraculously healed by a stranger.", []],
      ["In the film, the old nurse brews a tea that cures the fever overnight.", []],
      ["In a fairy tale, a kiss breaks the spell and heals the sleeping princess.", []],
      ["At the end of the novel, the widow's cough is cured by a mysterious herbal drink.", []],
      ["Victorian magazines were full of adverts for tonics promising miracle cures.", []],
      ["Travelling salesmen in nineteenth-century Texas promised their bitters would cure almost anything.", []],
      ["Medieval monks brewed ale that they believed cured the plague.", []],
      ["Centuries ago, healers sold amulets that supposedly prevented fever.", []],
      ["In my book, I show how fasting reverses type 2 diabetes.", ["absolute-claim error «reverses»"]],
      ["In the clinic, our tonic can cure a cold in days.", ["absolute-claim error «cure»"]],
      ["In our new video, the nurse shows how the cream heals eczema completely.", ["absolute-claim error «heals»"]],
      ["In the end, this tea cured my insomnia.", ["absolute-claim error «cured»"]],
      ["This Victorian remedy is the best cure for coughs.", ["absolute-claim error «cure»"]],
      ["Medieval monks grew this herb, and it cures insomnia.", ["absolute-claim error «cures»"]],
      ["Our tonic, first brewed in Victorian times, cured my arthritis completely.", ["absolute-claim error «cured»"]],
    ]);
  });

  describe("the definition of a kind of medicine (r20nClassDefined): 'An antibiotic is a medicine that kills bacteria'; an owned or demonstrative subject, a remedy, a named drug and a claim after the clause stay flagged", () => {
    cases([
      ["An antibiotic is a medicine that kills bacteria or stops them from multiplying.", []],
      ["A statin is a type of drug that lowers cholesterol in the blood.", []],
      ["An antiviral drug is a medicine that stops a virus from copying itself.", []],
      ["An antifungal is a medicine that kills fungi on the skin.", []],
      ["A laxative is a medicine that loosens the stools.", []],
      ["Our tea is a remedy that kills colds.", ["unsupported-claim warning «kills»"]],
      ["This tonic is a medicine that cures colds.", ["absolute-claim error «cures»"]],
      ["Our gummies are a medicine that stops colds in a day.", ["unsupported-claim warning «stops»"]],
      ["Adalimumab is an antibody that calms Crohn's disease.", ["unsupported-claim warning «calms»"]],
      ["An antibiotic is a medicine that kills bacteria, so our spray clears infections fast.", ["unsupported-claim warning «clears»"]],
    ]);
  });

  describe("a cure set aside by 'rather than' or 'instead of' right before it (r20nSetAside); a cure before the contrast stays flagged", () => {
    cases([
      ["Palliative care focuses on comfort and dignity rather than on curing the disease.", []],
      ["Hospice teams aim to ease pain instead of trying to cure the cancer.", []],
      ["The aim of the clinic is to manage symptoms rather than cure them.", []],
      ["At this stage, surgery is about control rather than curing the tumour.", []],
      ["The new unit concentrates on rehabilitation instead of curing the injury.", []],
      ["We focus on curing the illness rather than masking it.", ["absolute-claim error «curing»"]],
      ["Our tea cures colds rather than just soothing them.", ["absolute-claim error «cures»"]],
      ["Our cream cures eczema for good.", ["absolute-claim error «cures»"]],
    ]);
  });

  describe("a saying reported at a distance (', or so X said', 'As the saying goes,') in a sentence with no treatment; a product with the tag and the bare proverb stay flagged", () => {
    cases([
      ["Time heals all wounds, or so the card from my uncle said.", []],
      ["Laughter cures everything, or so my grandmother used to say.", []],
      ["Love conquers all and mends every broken heart, or so the song goes.", []],
      ["As the saying goes, a good night's sleep cures all ills.", []],
      ["As they say, fresh air cures everything.", []],
      ["Our tea cures colds, or so our customers say.", ["absolute-claim error «cures»"]],
      ["This balm heals all wounds, or so the label says.", ["unsupported-claim warning «heals»"]],
      ["Time heals all wounds.", ["unsupported-claim warning «heals»"]],
    ]);
  });

  describe("'the researchers' pointing back at a study, reporting no claim (r20nDefiniteResearchers); a claim reported, bare 'Researchers' and 'Experts agree' stay vague", () => {
    cases([
      ["The researchers said the study was too small to draw firm conclusions.", []],
      ["The authors admit the sample was small and mostly men.", []],
      ["These scientists said the trial ran for only six weeks.", []],
      ["The investigators noted that half the patients dropped out.", []],
      ["The researchers said more work is needed before anyone changes practice.", []],
      ["The researchers said the pill cuts colds by half.", ["vague-attribution warning «researchers said»"]],
      ["Researchers said the study was too small.", ["vague-attribution warning «Researchers said»"]],
      ["Researchers say this tea lowers blood pressure.", ["vague-attribution warning «Researchers say»"]],
      ["Experts agree that the study was too small.", ["vague-attribution warning «Experts agree»"]],
    ]);
  });

  describe("a trial's writing group as a citation (citations.ts GROUP_LOWER, digits in a group's name): '(CRASH-2 collaborators, 2010)'; a bare '(investigators, 2019)' and other parentheses cite nothing", () => {
    cases([
      ["Tranexamic acid reduced deaths from bleeding in injured adults (CRASH-2 collaborators, 2010).", []],
      ["Dexamethasone reduced deaths in ventilated patients (RECOVERY investigators 2021).", []],
      ["Aspirin cut deaths after heart attacks (ISIS-2 Collaborative Group, 1988).", []],
      ["Statins lowered heart attacks in the trial (HPS2 Study Group, 2002).", []],
      ["Early steroids shortened ventilation (ARDS Network investigators, 2006).", []],
      ["Our tea reduced bloating (investigators, 2019).", ["unsupported-claim warning «reduced»"]],
      ["Our tea reduced bloating (our customers, 2019).", ["unsupported-claim warning «reduced»"]],
      ["Our tea reduced bloating in 2019 (trial pending).", ["unsupported-claim warning «reduced»"]],
    ]);
  });
});
