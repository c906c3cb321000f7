// The claim-strength classifier (server/src/engine/claims.ts): what counts as an efficacy claim (issue 3, "What counts"),
// claim strength (none / correlational / conditional / direct), hedges, cues, user lexicon extensions and bad input.

import * as assert from 'node:assert/strict';
import { analyzeClaims, classifySentence, classifyWith, compileLexicon, inflectVerb, lexiconFor } from '../../server/src/engine/claims';
import { parseDocument } from '../../server/src/engine/document';
import { resolveConfig } from '../../server/src/engine/config';

function claim(text: string): boolean {
  return classifySentence(text).claim;
}

describe('claims: efficacy claims', () => {
  const claims = [
    // The examples
    'LDN calms the immune system.',
    'Massage therapy eases tension headaches.',
    'Sauna bathing is an effective way to lower blood pressure.',
    'Clients tell us that the protocol ends their insomnia.',
    // Benefit verbs, decrease + bad outcome, increase + good outcome
    'Magnesium relieves muscle cramps.',
    'Statins lower LDL cholesterol.',
    'Omega-3 supplements reduce the risk of heart attacks.',
    'Creatine increases muscle strength in older adults.',
    'Acupuncture helps with chronic back pain.',
    'This diet prevents migraines.',
    'Ginger aids digestion.',
    'Yoga improves sleep quality.',
    'Turmeric fights inflammation.',
    'LDN can positively impact various aspects of quality of life.',
    'Exercise leads to better sleep.',
    'Vitamin D is associated with a lower risk of depression.',
    'LDN may modulate the immune system.',
    'By modulating the immune system and reducing inflammation, LDN can alleviate psychiatric symptoms.',
    'Some people find that magnesium eases cramps.',
    // Testimonials and quotes are claims too
    'My fatigue is gone since I started LDN.',
    'LDN changed my life.',
    '"This protocol cured my arthritis," says Jane.',
    'Patients tell us that the drops relieve their dry eyes.',
    // 'benefit from' + an intervention states the benefit by itself; promise about a gerund is a hedged claim
    'Adults with fibromyalgia may benefit from naltrexone.',
    'Many people with tension headaches benefit from massage.',
    'Older adults benefit from atorvastatin.',
    'Some forms of depression may benefit more from low dose naltrexone.',
    'Curcumin has shown promise in easing joint pain.',
    'Acupuncture holds promise for relieving migraine.',
  ];
  for (const text of claims) it(`claim: ${text}`, () => assert.equal(claim(text), true, JSON.stringify(classifySentence(text))));
});

describe('claims: not claims', () => {
  const cases: [string, string][] = [
    ['question', 'Can LDN help with eczema?'],
    ['question', 'Does magnesium really relieve cramps?'],
    ['negation', 'LDN does not cure lupus.'],
    ['negation', 'Vitamin C did not reduce the length of colds in this trial.'],
    ['absent evidence', 'No trial has shown that zinc protects against colds.'],
    ['absent evidence', 'There is no evidence that detox teas remove toxins.'],
    ['uncertainty', 'Whether magnesium helps is not yet known.'],
    ['ongoing research', 'A trial is under way to test whether LDN improves fatigue.'],
    ['ongoing research', 'Researchers are still investigating whether fasting reduces inflammation.'],
    ['ongoing research', 'More research is needed to know if LDN relieves pain.'],
    ['conditional advice', 'If a supplement upsets your stomach, take it with food.'],
    ['advice', 'Check with your pharmacist whether LDN interacts with your other medicines.'],
    ['advice', 'Talk to your doctor before you take melatonin to improve sleep.'],
    ['definition', 'Naltrexone is an opioid antagonist.'],
    ['definition', 'PTSD is a debilitating condition characterized by flashbacks, nightmares, hypervigilance, and avoidance behaviors.'],
    ['history', 'Naltrexone was approved in 1984 to treat opioid dependence.'],
    ['logistics', 'Low dose naltrexone requires a prescription and costs about $40 a month.'],
    ['study design', 'Participants received 4.5 mg of LDN or placebo for 12 weeks.'],
    ['study design', 'The trial compared LDN with placebo in 80 adults with fibromyalgia.'],
    ['side effect', 'LDN can cause vivid dreams.'],
    ['side effect', 'The most common side effect is vivid dreams.'],
    ['side effect', 'It is contraindicated in people taking opioid pain medications.'],
    ['disease description', 'Lupus often causes joint pain.'],
    ['disease description', 'Depression reduces quality of life.'],
    ['harm', 'Smoking increases the risk of stroke.'],
    ['distancing', 'Be wary of products that claim to cure cancer.'],
    ['course of a side effect', 'This side effect typically improves as the body gets used to the medication.'],
    ['regulatory disclaimer', 'This product is not intended to diagnose, treat, cure or prevent any disease.'],
    ['purpose', 'The goal of treatment is to reduce pain and improve function.'],
    ['service', 'Our nurses help you book a follow-up appointment.'],
    ['mechanism', 'LDN blocks opioid receptors for a few hours.'],
    ['course of a disease', 'Symptoms usually improve within two weeks.'],
    ['question', 'Who benefits most from massage?'],
    ['negation', 'The patients in this trial did not benefit from magnesium.'],
    ['no intervention', 'Our clinic benefits from its new location.'],
    ['benefit named, not claimed', 'The benefit from massage was small.'],
    ['a group picked out', 'Patients who benefit from LDN often stay on it for years.'],
    ['conditional', 'If you benefit from magnesium, keep taking it.'],
    ['existential there: the -ing word is an adjective', 'There is growing evidence on omega-3 and mood.'],
    ['existential there: the -ing word is an adjective', 'There are increasing concerns about melatonin gummies for children.'],
  ];
  for (const [kind, text] of cases) it(`${kind}: ${text}`, () => assert.equal(claim(text), false, JSON.stringify(classifySentence(text))));
});

describe('claims: strength', () => {
  const cases: [string, string][] = [
    ['none', 'Levels of cholesterol in patients with JIA were within the normal range.'],
    ['none', 'Further studies are needed to determine whether exercise reduces relapse.'],
    ['none', 'Patients should be screened annually.'],
    ['none', 'There is growing evidence on omega-3 and mood.'],
    ['direct', 'Magnesium is reducing my cramps.'],
    ['correlational', 'Obesity is associated with increased intraocular pressure.'],
    ['correlational', 'Women with GDM were more likely to develop type 2 diabetes.'],
    ['correlational', 'Serum ferritin predicts coronary heart disease.'],
    // A change over calendar time with no comparison is a trend (none); a change between groups is a difference.
    ['none', 'Incidence rates increased from 2009 to 2016.'],
    ['correlational', 'Incidence rates increased more in smokers than in non-smokers.'],
    ['conditional', 'Metformin may reduce mortality from other causes.'],
    ['conditional', 'Physical therapy might help prevent weakness in transplant recipients.'],
    ['conditional', 'Prenatal folic acid supplements appear to reduce the risk of autism.'],
    ['conditional', 'Salt reduction is likely to have had a key role in the fall in deaths.'],
    ['conditional', 'Magnesium could ease cramps.'],
    ['direct', 'Resveratrol supplementation increased TAS levels in patients with diabetes.'],
    ['direct', 'Weight loss significantly improves physical health.'],
    ['direct', 'LDN can alleviate psychiatric symptoms.'],
    ['direct', 'Heart surgery increases death risk for cancer survivors.'],
    ['direct', 'Mortality was reduced by statin therapy.'],
    ['direct', 'Our findings suggest that DPP-4 inhibitors did not increase the risk of heart failure.'],
    // A parenthesis between subject and verb; an -s verb after an appositive or in a list of predicates
    ['direct', 'Metformin (a first-line diabetes drug) lowers blood sugar.'],
    ['direct', 'Regular walking, even in short bouts, lowers blood pressure.'],
    ['direct', 'Seat belts save lives.'],
    // Multiplicative comparisons, covariation and attributed links are correlational; a modal keeps 'double' a verb
    ['correlational', 'Night-shift workers face twice the odds of breast cancer.'],
    ['conditional', 'Poor sleep may double the risk of obesity.'],
    ['correlational', 'The risk of falls rises with age.'],
    ['correlational', 'Researchers link night shifts to breast cancer.'],
    // After 'had'/'have' a participle before a bare noun is an adjective; a perfect takes an object or follows 'has'
    ['correlational', 'Smokers had increased rates of gum disease.'],
    ['direct', 'The vaccination programme has reduced hospital admissions.'],
    ['direct', 'Statins have lowered the risk of heart attack.'],
    // A hedged verb outside the lexicons with a health outcome as its object
    ['conditional', 'Chronic stress may spell trouble for heart health.'],
    ['none', 'Some patients may need insulin.'],
    // 'due to' after a noun is background (the sentence's relation is elsewhere); after a copula or a comma it states the cause
    ['correlational', 'Readmissions due to falls were associated with longer hospital stays.'],
    ['direct', 'The rise in readmissions was due to falls.'],
    ['direct', 'Readmissions rose sharply, due to falls at home.'],
    // Harm adjectives state a (harmful) causal relation, not a benefit
    ['direct', 'Too much vitamin A is dangerous to the liver.'],
    // The utility of an instrument (a test, a marker) is not a health effect
    ['none', 'Home blood pressure readings may be a useful tool for spotting white-coat hypertension.'],
    ['direct', 'Magnesium is helpful for leg cramps.'],
    // A call for research or action names what it asks for; it reports no relation
    ['none', 'Longer trials are needed in older adults.'],
    ['none', 'Clinicians should offer better screening for depression.'],
    ['none', 'Larger studies are needed to confirm the reduced risk of falls.'],
    ['conditional', 'Magnesium may benefit some patients, but close monitoring is required.'],
    ['correlational', 'Shift workers had higher rates of insomnia, and employers should take note.'],
  ];
  for (const [strength, text] of cases) it(`${strength}: ${text}`, () => assert.equal(classifySentence(text).strength, strength, JSON.stringify(classifySentence(text).cues)));

  it("'can' states capability and is not a hedge", () => {
    const r = classifySentence('Magnesium can relieve cramps.');
    assert.equal(r.strength, 'direct');
    assert.equal(r.hedged, false);
    assert.equal(r.predicate?.text, 'can relieve');
  });

  it('a hedged claim is hedged and names its hedge and outcome among the cues', () => {
    const r = classifySentence('LDN may reduce pain in fibromyalgia.');
    assert.equal(r.claim, true);
    assert.equal(r.hedged, true);
    assert.deepEqual(r.cues, ['hedge:may', 'causal:reduce', 'outcome:pain']);
    assert.equal(r.predicate?.text, 'may reduce');
    assert.deepEqual(r.predicate && { lemma: r.predicate.lemma, form: r.predicate.form }, { lemma: 'reduce', form: 'base' });
  });

  it('a population hedge makes a claim conditional', () => {
    assert.equal(classifySentence('Some people find that magnesium eases cramps.').strength, 'conditional');
    assert.equal(classifySentence('In some patients, acupuncture relieves migraine pain.').strength, 'conditional');
  });

  it('reports speculation cues in the BioScope sense (whether, suggest, possible)', () => {
    const hedges = (t: string): string[] => classifySentence(t).hedges.map((h) => h.text);
    assert.deepEqual(hedges('These data suggest a possible role for IL-2.'), ['suggest', 'possible']);
    assert.deepEqual(hedges('We asked whether NF-kB is required.'), ['whether']);
    assert.deepEqual(hedges('NF-kB binds the enhancer in T cells.'), []);
  });
});

describe('claims: absolute terms and attributions in a sentence', () => {
  it('finds each absolute term with its category and rewrites', () => {
    const r = classifySentence('Turmeric wipes out inflammation forever.');
    assert.deepEqual(r.absoluteTerms.map((t) => [t.text, t.category]), [['wipes out', 'totality'], ['forever', 'permanence']]);
    assert.equal(r.absoluteTerms[0].rewrites[0].text, 'may reduce inflammation');
  });

  it('rewrites a cure into a hedged benefit for the function the condition takes away', () => {
    const r = classifySentence('LDN cures insomnia.');
    const [term] = r.absoluteTerms;
    assert.equal(term.reason, 'promises an outcome no treatment can guarantee');
    assert.deepEqual(term.rewrites.map((w) => 'LDN cures insomnia.'.slice(0, w.start) + w.text + 'LDN cures insomnia.'.slice(w.end)), [
      'LDN may improve sleep in some people.',
      'LDN may ease insomnia in some people.',
      'LDN may help with insomnia.',
      'LDN may help with insomnia.',
    ]);
  });

  it('does not read negated, asked or distanced absolutes', () => {
    for (const t of ['No treatment cures lupus.', 'There is no cure for lupus.', 'Is LDN a cure for fibromyalgia?', 'Beware of sellers who promise a miracle cure.', 'LDN is not totally safe.'])
      assert.deepEqual(classifySentence(t).absoluteTerms.map((a) => a.text), [], t);
  });

  it('finds vague attributions but not named or negated sources', () => {
    const attr = (t: string): string[] => classifySentence(t).attributions.map((a) => a.text);
    assert.deepEqual(attr('Studies have proven that LDN restores energy.'), ['Studies have proven']);
    assert.deepEqual(attr('It is widely accepted that exercise improves mood.'), ['It is widely accepted that']);
    assert.deepEqual(attr('This study found that LDN reduced pain.'), []);
    assert.deepEqual(attr('Our trial showed that LDN reduced pain.'), []);
    assert.deepEqual(attr('No studies have shown that LDN reduces pain.'), []);
  });
});

describe('claims: lexicon', () => {
  it('inflects verbs, irregular pasts and particles', () => {
    assert.deepEqual(inflectVerb('reduce').forms.map((f) => f[0]), ['reduce', 'reduces', 'reduced', 'reducing']);
    assert.deepEqual(inflectVerb('lead/led to').forms.map((f) => f[0]), ['lead to', 'leads to', 'led to', 'leading to']);
    assert.deepEqual(inflectVerb('stop/stopped').forms.map((f) => f[0]), ['stop', 'stops', 'stopped', 'stopping']);
    assert.deepEqual(inflectVerb('beat/beat/beaten').forms.map((f) => f[0]), ['beat', 'beats', 'beat', 'beating', 'beaten']);
  });

  it('takes user claim verbs and hedges from the configuration', () => {
    const lex = lexiconFor({ claimVerbs: ['cools', 'soothes'], hedges: ['arguably'] });
    assert.equal(classifySentence('Aloe cools razor burn.').claim, false, 'neither the verb nor razor burn is in the built-in lexicons');
    assert.equal(classifyWith('Aloe cools razor burn.', lex).claim, true);
    assert.equal(classifySentence('Aloe soothes razor burn.').claim, false, 'a built-in benefit verb needs a known health outcome');
    assert.equal(classifyWith('Aloe soothes razor burn.', lex).claim, true, 'a verb the team lists is a claim verb whatever follows');
    assert.equal(classifyWith('Aloe arguably relieves sunburn pain.', lex).strength, 'conditional');
  });

  it('takes user absolute terms and attributions (regular expressions)', () => {
    const lex = compileLexicon({ absoluteTerms: ['detox(?:es)? your (?:body|liver)'], attributions: ['insiders (?:say|know)'] });
    const r = classifyWith('Our tea detoxes your liver, insiders say.', lex);
    assert.deepEqual(r.absoluteTerms.map((t) => [t.text, t.category]), [['detoxes your liver', 'custom']]);
    assert.deepEqual(r.attributions.map((a) => a.text), ['insiders say']);
  });

  it('compiles once per distinct configuration: a second lint with an equal configuration builds no RegExp', () => {
    const settings = { claims: { absoluteTerms: ['melts? away'], attributions: ['insiders say'], claimVerbs: ['soothes'], hedges: ['arguably'], allow: ['our tea'] } };
    const text = 'Aloe soothes razor burn. Insiders say the balm melts away pain. Magnesium arguably relieves cramps.\n';
    analyzeClaims(parseDocument(text, { uri: 'a.md' }), resolveConfig({ settings }));
    // An equal configuration built afresh (as a language server does on every settings change) and a new document.
    const config = resolveConfig({ settings: structuredClone(settings) });
    const doc = parseDocument(text, { uri: 'b.md' });
    assert.equal(lexiconFor(config.claims), lexiconFor(resolveConfig({ settings: structuredClone(settings) }).claims));
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        built++;
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        built++;
        return Reflect.apply(target, self, args);
      },
    });
    let infos: ReturnType<typeof analyzeClaims>;
    try {
      infos = analyzeClaims(doc, config);
    } finally {
      globalThis.RegExp = Original;
    }
    assert.ok(infos.some((i) => i.claim), 'the analysis ran');
    assert.equal(built, 0);
  });

  it('compiles each distinct pattern group once (buckets with the same patterns share a regex)', () => {
    const Original = globalThis.RegExp;
    const sources = new Map<string, number>();
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        const key = `${args[0] instanceof Original ? args[0].source : String(args[0])}/${args[1] ?? ''}`;
        sources.set(key, (sources.get(key) ?? 0) + 1);
        return Reflect.construct(target, args, newTarget);
      },
    });
    try {
      compileLexicon({ absoluteTerms: ['melts? away'], attributions: ['insiders say'] });
    } finally {
      globalThis.RegExp = Original;
    }
    assert.ok(sources.size > 100, 'the lexicon was compiled');
    // '$\\d+' can start with any digit and lands in 110 prefix buckets: one regex for all of them.
    assert.deepEqual([...sources].filter(([, n]) => n > 1), []);
  });

  it('allowed phrases are never claims', () => {
    const lex = lexiconFor({ allow: ['clinically proven to relieve'] });
    const r = classifyWith('Our balm is clinically proven to relieve pain.', lex);
    assert.equal(r.claim, false);
    assert.deepEqual(r.absoluteTerms, []);
  });
});

describe('claims: bad input', () => {
  it('never throws and stays linear on long or odd input', () => {
    for (const t of ['', ' ', '?', '((((', 'may may may may', '\u0000\uffff', 'a'.repeat(20000), 'reduces '.repeat(5000), '-- - -- ;;;: ( ) ( ) ?'])
      assert.doesNotThrow(() => classifySentence(t));
    const long = 'LDN may reduce pain, '.repeat(2000);
    assert.equal(classifySentence(long).strength, 'conditional');
  });
});
