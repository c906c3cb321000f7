// The claim rules in round 17 (issue #3), the lead's fixes of round 16's false positives. Each describe block is one cause,
// stated as a fact about English or about health writing, with the sentences where the rules must stay silent and the
// nearest ones where they must still fire. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules, false positives of round 16 (round 17, lead)', () => {
  describe("a removal verb whose object is a parasite ('gets rid of threadworms', 'eliminates head lice') states what an anthelmintic or a lice lotion does by design: a plain claim of effect, not a promise of totality; a complaint removed stays absolute", () => {
    cases([
      ["Permethrin lotion gets rid of head lice in a single application.", ["unsupported-claim warning \u00abgets rid of\u00bb"]],
      ["The shampoo eliminates nits and lice.", ["unsupported-claim warning \u00abeliminates\u00bb"]],
      // A complaint removed is still totality.
      ["This gel gets rid of cold sores.", ["absolute-claim error \u00abgets rid of\u00bb"]],
    ]);
  });

  describe("the progressive of an attribution verb ('Experts are saying that', 'Research is showing that') is as vague as its simple present; a source testing a question reports no finding", () => {
    cases([
      ["Experts are saying that red light therapy reverses hair loss.", ["vague-attribution warning \u00abExperts are saying that\u00bb", "absolute-claim error \u00abreverses\u00bb"]],
      ["Research is showing that a daily walk lowers blood pressure.", ["vague-attribution warning \u00abResearch is showing that\u00bb"]],
      ["Doctors are now recommending magnesium for leg cramps.", ["vague-attribution warning \u00abDoctors are now recommending\u00bb"]],
      ["Researchers are testing whether zinc shortens colds.", []],
      ["Nurses are saying the car park will close on Friday.", []],
    ]);
  });

  describe("an unnamed source reporting that there is no evidence ('Scientists say there's no proof that \u2026') credits a doubt, not a claim; the same source reporting a finding is still vague", () => {
    cases([
      ["Scientists say there's no proof that copper bracelets ease arthritis.", []],
      ["Experts say there is no good evidence that detox teas clear toxins.", []],
      ["Dentists say no study has shown that charcoal toothpaste whitens teeth.", []],
      ["Scientists say copper bracelets ease arthritis.", ["vague-attribution warning \u00abScientists say\u00bb"]],
      ["Experts say there is good evidence that statins lower cholesterol.", ["vague-attribution warning \u00abExperts say\u00bb"]],
    ]);
  });

  describe("a definition of one of the body's own chemicals whose relative clause says what it does ('Dopamine is a chemical messenger that helps the brain control movement') is physiology; a drug, a supplement, a mineral or a product blend defined the same way, and a claim after the relative clause, are still claims", () => {
    cases([
      ["Dopamine is a chemical messenger that helps the brain control movement.", []],
      ["Insulin is a hormone that lets your cells take up sugar from the blood.", []],
      ["Serotonin is a neurotransmitter which helps regulate mood and sleep.", []],
      ["Oxytocin is a hormone that eases labour and helps milk flow.", []],
      // Collagen is sold as a supplement: defined by its class, it is still the treatment (final read).
      ["Collagen is a protein that keeps skin firm and springy.", ["unsupported-claim warning «keeps skin firm»"]],
      ["Magnesium is a mineral that relaxes tight muscles.", ["unsupported-claim warning \u00abrelaxes\u00bb"]],
      ["Our collagen is a protein blend that smooths fine lines in a week.", ["unsupported-claim warning \u00absmooths\u00bb"]],
      ["Melatonin supplements help you fall asleep faster.", ["unsupported-claim warning \u00abhelp\u00bb"]],
      ["Lactase is an enzyme that helps you digest milk, so the tablets ease bloating.", ["unsupported-claim warning \u00abease\u00bb"]],
    ]);
  });

  describe("the endings that name a disease or a drug are read as the scanner reads them, with their exceptions: 'My diploma is gone' is no testimony ('-oma' names no tumour there), 'My psoriasis is gone' is", () => {
    cases([
      ["My diploma is gone.", []],
      ["My aroma is better than ever.", []],
      ["My psoriasis is gone.", ["unsupported-claim warning «My psoriasis is gone»"]],
      ["Her hot flushes eased off after the menopause.", []],
      ["Her hot flushes eased off after the menopause and a month of sertraline.", ["unsupported-claim warning «Her hot flushes eased»"]],
    ]);
  });

  describe("'is needed' after a subordinator and a pronoun ('Penicillin, when it is needed, clears …') is a condition of use, not a call for more research: the claim and its absolute stand; 'more research is needed' still makes a claim uncertain", () => {
    cases([
      ["Penicillin, when it is needed, clears a strep throat infection completely within ten days.", ["absolute-claim error «completely»"]],
      ["More research is needed to know whether zinc shortens colds.", []],
      ["Whether zinc helps is not known and further trials are needed.", []],
    ]);
  });

  describe("the final read of round 17's new forms: each keeps to health ('always beats' a treatment, a pronoun that stands for a complaint, every level of healing, a condition on a cure, a treatment in a phrase of means, a thing that helps, a reading that fell, a correlative of health, healing crystals, a drug defined by its class, the relative clause's end, 'I' in a story)", () => {
    cases([
      ["My heart always beats faster before a match, so I take a tablet.", []],
      ["Our swimming club always beats the rowing club at the annual gala.", []],
      ["Put simply, mobilisation plus exercise always beats an injection in the long run.", ["absolute-claim error «always beats»"]],
      ["Once you've spent your money, it doesn't come back.", []],
      ["Once you've joined the running club, they don't come back.", []],
      ["Three sessions later they were gone, and they have never come back.", ["absolute-claim error «never come back»"]],
      ["Once the tendon has been properly loaded, the pain doesn't come back.", ["absolute-claim error «doesn't come back»"]],
      ["This cooking course works at all levels.", []],
      ["Our Pilates classes help at all levels.", []],
      ["The new owners restored the hotel on every level.", []],
      ["Reiki heals on every level: physical, emotional and spiritual.", ["absolute-claim error «every level»"]],
      ["Bowel cancer is curable if it is caught early.", []],
      ["Testicular cancer is curable in most cases.", []],
      ["Get your urate to target and keep it there, and gout becomes a disease we can cure [1].", ["absolute-claim error «disease we can cure»"]],
      ["With a good pension, you'll keep your independence for life.", []],
      ["With this savings account, you keep your balance forever.", []],
      ["With regular hygiene visits, you will keep your natural teeth for life.", ["absolute-claim error «for life»"]],
      ["Parking sensors help with turning round in tight spaces.", []],
      ["Good lighting helps with concentrating.", []],
      ["Some of you have said the tango steps help with turning round in tight spaces at home.", ["unsupported-claim info «help with turning round»"]],
      ["Over the summer we got our numbers down from 40 to 25 by merging two classes.", []],
      ["For the heart rate thing: electrolytes first thing in the morning took my standing heart rate down from 130 to about 95.", ["unsupported-claim warning «took my standing heart rate down from 130 to about 95»"]],
      ["The longer you wear these jeans, the better they fit your hips.", []],
      ["The sooner you treat a flare, the faster it settles.", ["unsupported-claim warning «treat»"]],
      ["The quartz worktop shrugs off stains, so the stress of cooking eases.", []],
      ["Rose quartz absorbs negative energy, so the anxiety finally fades.", ["unsupported-claim warning «the anxiety finally fades»"]],
      ["Adalimumab is an antibody that calms the inflammation of Crohn's disease.", ["unsupported-claim warning «calms»"]],
      ["Collagen is a protein that smooths wrinkles and eases joint pain.", ["unsupported-claim warning «eases»"]],
      ["Dopamine is a chemical messenger that helps the brain control smooth, coordinated movement, and in Parkinson's the cells that make it are gradually lost.", []],
      ["Serotonin is a brain chemical that steadies mood, and St John's wort boosts it to lift depression.", ["unsupported-claim warning «boosts»"]],
      ["After six sessions of physio, I was doing my own shopping again.", ["unsupported-claim warning «I was doing my own shopping»"]],
      ["Some customers find they can cut back on their usual painkillers after a few weeks.", ["unsupported-claim info «cut back on their usual painkillers»"]],
    ]);
  });
});
