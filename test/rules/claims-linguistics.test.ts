// Linguistic rules of the claim-strength classifier (server/src/engine/claims.ts) added for issue 3's remaining error
// classes. Every sentence here is written for the test (none comes from a benchmark).

import * as assert from 'node:assert/strict';
import { classifySentence, classifyWith, compileLexicon } from '../../server/src/engine/claims';
import { lintRule } from '../helpers/rule-tester';
import { applyEdits } from '../../server/src/engine/lint';

function strength(text: string): string {
  return classifySentence(text).strength;
}

function show(text: string): string {
  return JSON.stringify(classifySentence(text));
}

describe('claims: background knowledge is not the reported finding', () => {
  const background = [
    // Impersonal frames of established knowledge
    'It is well known that regular walking lowers blood pressure.',
    'It is widely accepted that vaccination prevents measles outbreaks.',
    'It has long been established that folic acid reduces neural tube defects.',
    // Aspect: the relation was known before this work
    'Sedentary work has long been associated with back pain.',
    'High salt intake has long been linked to stroke.',
    'Beta blockers were previously shown to reduce mortality after a heart attack.',
    'Zinc lozenges have traditionally been used to shorten colds.',
    // An unnamed source from earlier work
    'Previous studies have shown that green tea lowers cholesterol.',
    'Earlier research suggested that night shifts raise the risk of diabetes.',
  ];
  for (const text of background)
    it(`none: ${text}`, () => {
      const c = classifySentence(text);
      assert.equal(c.strength, 'none', show(text));
      if (c.predicate) assert.ok(c.cues.some((q) => q.startsWith('background:')), show(text));
    });

  it('the sentence’s own finding after a background clause keeps its strength', () => {
    assert.equal(strength('Although sleep loss has long been linked to weight gain, in our trial a sleep programme reduced body weight.'), 'direct');
    assert.equal(strength('While earlier studies showed that fibre lowers cholesterol, our data suggest oat bran may reduce triglycerides.'), 'conditional');
  });

  it('a frame elsewhere does not make a finding background', () => {
    assert.equal(strength('In our trial, walking lowered blood pressure; this has long been a goal of primary care.'), 'direct');
    assert.equal(strength('Patients who have long waits for surgery had more complications.'), strength('Patients who have short waits for surgery had more complications.'));
    assert.equal(strength('The programme has already reduced hospital admissions.'), 'direct');
    assert.equal(strength('Prior to surgery, a short course of iron improved haemoglobin levels.'), 'direct');
  });

  it('a claim stated as known stays an efficacy claim (the claim rules still see it)', () => {
    const c = classifySentence('It is well known that turmeric relieves joint pain.');
    assert.equal(c.claim, true, show('It is well known that turmeric relieves joint pain.'));
    assert.equal(c.hedged, false);
    const h = classifySentence('It is well known that turmeric may relieve joint pain.');
    assert.equal(h.strength, 'none');
    assert.equal(h.hedged, true);
  });

  it('unsupported-claim (vague-attribution off) reports a claim stated as known as a stated claim, with a hedge fix', () => {
    const text = 'It is well known that ginger relieves nausea.\n';
    const config = { rules: { 'vague-attribution': 'off' as const } };
    const [d] = lintRule('unsupported-claim', { text, config });
    assert.ok(d, 'reported');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /states that a treatment works/);
    const hedge = d.fixes!.find((f) => /^Hedge/.test(f.title));
    assert.ok(hedge, JSON.stringify(d.fixes));
    assert.equal(applyEdits(text, hedge.edits), 'It is well known that ginger may relieve nausea.\n');
  });

  it('no hedge fix for an infinitive ("known to relieve" has no slot for "may")', () => {
    const config = { rules: { 'vague-attribution': 'off' as const } };
    for (const text of ['Ginger has long been known to relieve nausea.\n', 'Ginger is known to relieve nausea.\n']) {
      const [d] = lintRule('unsupported-claim', { text, config });
      assert.ok(d, text);
      assert.deepEqual(d.fixes!.filter((f) => /^Hedge/.test(f.title)), [], text);
    }
  });

  it('vague-attribution still reports the unnamed source of a background claim', () => {
    assert.equal(lintRule('vague-attribution', { text: 'Previous studies have shown that green tea lowers cholesterol.\n' }).length, 1);
    assert.equal(lintRule('vague-attribution', { text: 'It is well known that regular walking lowers blood pressure.\n' }).length, 1);
  });
});

describe('claims: objects after change verbs', () => {
  it('a hyphenated measure before a noun opens an object: causal, not a change', () => {
    assert.equal(strength('Daily beetroot juice lowered 24-h systolic pressure in the trial.'), 'direct');
    assert.equal(strength('A walking programme improves 10-year survival after stroke.'), 'direct');
  });

  it('an adverb followed by a determiner still has an object', () => {
    assert.equal(strength('Nightly magnesium improves markedly the sleep of older adults.'), 'direct');
  });

  it('amounts and adverbs without an object stay changes', () => {
    for (const text of ['Blood lactate rose 2-fold during exercise.', 'Pain scores improved markedly in both arms.', 'Ferritin fell 30% over the year.'])
      assert.notEqual(strength(text), 'direct', show(text));
  });
});

describe('claims: a sentence-initial gerund names an activity', () => {
  it('a title or subject gerund states no relation by itself', () => {
    for (const text of ['Improving sleep in night-shift nurses', 'Lowering salt intake in school canteens', 'Reducing falls is a priority for care homes.'])
      assert.equal(strength(text), 'none', show(text));
  });

  it('the predicate after a gerund subject still decides', () => {
    assert.equal(strength('Reducing salt lowers blood pressure.'), 'direct');
    assert.equal(strength('Lowering salt intake may prevent strokes.'), 'conditional');
    assert.equal(classifySentence('Reducing salt lowers blood pressure.').claim, true);
  });

  it('a gerund later in the sentence is still read as a participle clause', () => {
    assert.equal(strength('The clinic began screening everyone, reducing missed diagnoses.'), 'direct');
  });
});

describe('claims: relational nouns that name a measure', () => {
  it('an effect noun in a compound or a list of evaluation criteria states no relation', () => {
    for (const text of [
      'Effect sizes were larger in the younger cohort.',
      'Efficacy endpoints were met in both arms.',
      'Efficacy and safety of the vaccine were similar across age groups.',
      'We compared the effectiveness and cost of two inhaler regimens.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('with its arguments, or as a verb, it still does', () => {
    assert.equal(strength('The effect of daily walking on blood pressure was large.'), 'direct');
    assert.equal(strength('Yoga had a clear benefit for chronic back pain.'), 'direct');
    assert.equal(strength('A nurse-led clinic can benefit outcomes after heart surgery.'), 'direct');
  });
});

describe('claims: causative "put at risk" and quantities after "than"', () => {
  it('a causative verb with an object before "at risk" states a causal relation', () => {
    assert.equal(strength('Night-time screen use puts teenagers at risk of poor sleep.'), 'direct');
    assert.equal(strength('Crash diets may place older adults at higher risk of gallstones.'), 'conditional');
  });

  it('"at risk" without a causative stays correlational or background', () => {
    assert.equal(strength('Smokers are at higher risk of gum disease.'), 'correlational');
    assert.notEqual(strength('Residents at risk of falls received a home visit.'), 'direct');
  });

  it('"more than" before a number word is a quantity, not a comparison', () => {
    assert.equal(strength('More than six clinics took part in the survey.'), 'none');
    assert.equal(strength('Patients waited more than twelve weeks for a scan.'), 'none');
    assert.equal(strength('Walkers had fewer falls than non-walkers.'), 'correlational');
  });
});

describe('claims: deontic frames ("it is important to", "warrants") recommend, they report no finding', () => {
  it('a relation inside the recommendation is not the sentence’s finding, nor a claim', () => {
    for (const text of ['It is important to walk every day to lower blood pressure.', 'These results warrant a larger trial of zinc to shorten colds.']) {
      const c = classifySentence(text);
      assert.equal(c.strength, 'none', show(text));
      assert.equal(c.claim, false, show(text));
    }
  });

  it('a finding before the recommendation keeps its strength', () => {
    assert.equal(strength('Zinc lozenges shortened colds in the trial, which warrants a larger study.'), 'direct');
  });
});

describe('claims: superlatives across groups, and harms are not benefits', () => {
  it('a superlative across groups is a comparison (correlational)', () => {
    assert.equal(strength('Vitamin D deficiency was highest among night-shift workers.'), 'correlational');
    assert.equal(strength('Night-shift workers are at greatest risk of sleep disorders.'), 'correlational');
  });

  it('a risk to be in, or a good outcome qualified as bad, is a harm, not an efficacy claim', () => {
    for (const text of [
      'Heavy drinkers are at high risk for poor recovery after surgery.',
      'Night-shift work is associated with poor sleep quality.',
      'Smoking is linked to adverse pregnancy outcomes.',
      'Obese patients are at higher risk of wound infection.',
    ])
      assert.equal(classifySentence(text).claim, false, show(text));
  });

  it('a smaller risk of something bad, or a better outcome, is still a claim', () => {
    for (const text of ['Daily walkers are at lower risk of stroke.', 'Tai chi is linked to better sleep in older adults.', 'Fish oil is associated with lower blood pressure.'])
      assert.equal(classifySentence(text).claim, true, show(text));
  });
});

describe('claims: trends over calendar time', () => {
  it('a change over calendar time with no comparison is a trend, not a relation', () => {
    for (const text of [
      'Hospital admissions for asthma rose 40% between 2005 and 2015.',
      'A sharp rise in measles cases since 2018',
      'Childhood obesity has increased over the past decade.',
      'Prescriptions for sleeping pills fell steadily during a ten-year period.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('a change compared between groups, or caused by something, is still a relation', () => {
    assert.equal(strength('Since 2015, pain scores fell in the yoga group compared with controls.'), 'correlational');
    assert.equal(strength('Between 2010 and 2020, the sugar tax reduced soft-drink sales.'), 'direct');
    assert.equal(strength('Pain scores decreased in the yoga group.'), 'correlational');
  });
});

describe('claims: a base-form verb after an appositive set off by commas', () => {
  it('is the finite verb of a plural subject', () => {
    assert.equal(strength('High sodium levels, known as hypernatremia, increase the risk of seizures.'), 'direct');
    assert.equal(strength('Older adults, especially those living alone, reduce their activity in winter.'), 'direct');
  });

  it('is still an imperative after a subordinate clause', () => {
    assert.equal(strength('If the pain persists, which is rare, reduce the dose.'), 'none');
    assert.equal(classifySentence('If the pain persists, which is rare, reduce the dose.').claim, false);
  });
});

describe('claims: "appears"/"seems" before a predicate adjective hedge it', () => {
  it('a raising verb without "to be" governs the adjective after it', () => {
    assert.equal(strength('Tai chi appears safe and effective for older adults with arthritis.'), 'conditional');
    assert.equal(strength('Green tea seemed protective against influenza in the cohort.'), 'conditional');
  });

  it('the same verbs saying where something shows up state no relation', () => {
    assert.equal(strength('Rashes appear in a third of patients.'), 'none');
  });
});

describe('claims: the catch-all bucket is tried only at words it can start', () => {
  it('patterns that can start with any character, or with a digit, still match', () => {
    const lex = compileLexicon({ absoluteTerms: ['\\w+-free forever', '\\d+% cure rate'] });
    assert.deepEqual(classifyWith('Our balm keeps you pain-free forever.', lex).absoluteTerms.map((a) => a.text), ['pain-free forever']);
    assert.deepEqual(classifyWith('It has a 100% cure rate for warts.', lex).absoluteTerms.map((a) => a.text), ['100% cure rate']);
    const digitsOnly = compileLexicon({ absoluteTerms: ['\\d+% cure rate'] });
    assert.deepEqual(classifyWith('It has a 95% cure rate for warts.', digitsOnly).absoluteTerms.map((a) => a.text), ['95% cure rate']);
    assert.deepEqual(classifyWith('It has a high cure rate for warts.', digitsOnly).absoluteTerms, []);
  });
});

describe('claims: an -ing change verb after "with" names a covariate', () => {
  it('"rises with increasing age" is a covariation, not an act of changing something', () => {
    assert.equal(strength('Fracture risk rises with increasing age.'), 'correlational');
    assert.equal(strength('Anaemia became more common with worsening liver function.'), 'correlational');
  });

  it('a gerund after another preposition still states the act', () => {
    assert.equal(strength('Yoga lowered pain scores by increasing muscle strength.'), 'direct');
    assert.equal(strength('Nurses improved recovery, reducing readmissions.'), 'direct');
  });
});

describe('claims: "results from" as a noun phrase', () => {
  it('the plural noun with its source states no cause', () => {
    assert.equal(strength('Results from the national asthma registry were released today.'), 'none');
    assert.equal(strength('The results from our second cohort are reported separately.'), 'none');
  });

  it('the verb still does', () => {
    assert.equal(strength('Contact dermatitis often results from nickel exposure.'), 'direct');
  });
});

describe('claims: the passive or participle of "treat" without an agent describes care', () => {
  it('says care was given, not that it worked', () => {
    for (const text of [
      'Most children with croup were treated at home.',
      'Around 4,000 burns a year are treated in regional units.',
      'We reviewed adults treated at three county hospitals.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('an agent or a success adverb makes it a causal statement again', () => {
    assert.equal(strength('Mild depression is effectively treated by guided self-help.'), 'direct');
    assert.equal(strength('Head lice were successfully treated in most children.'), 'direct');
    assert.equal(strength('Dimeticone treats head lice.'), 'direct');
  });
});

describe('claims: an effect noun named as a topic', () => {
  it('the object of a verb of inquiry, or a noun inside another noun phrase, states no effect', () => {
    for (const text of [
      'The authors investigated the efficacy of melatonin in shift workers.',
      'A new trial is comparing the effects of two inhalers.',
      'Parents knew little about the consequences of poor sleep.',
      'The leaflet explains the mechanism of the vaccine’s effect on antibody levels.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('an effect that is found, had or reported as evidence still states a relation', () => {
    assert.equal(strength('Melatonin had a small effect on sleep onset.'), 'direct');
    assert.equal(strength('The effect of fasting on glucose was modest.'), 'direct');
    assert.equal(strength('The trial provides evidence for the benefits of early mobilisation.'), 'direct');
  });
});

describe('claims: a classifying adjective used attributively names a kind of care', () => {
  it('"preventive measures", "therapeutic hypothermia" state no effect', () => {
    for (const text of [
      'The clinic offers preventive check-ups for older drivers.',
      'Therapeutic massage sessions are booked through reception.',
      'Level of evidence: Therapeutic, III.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('predicated, or in a headline (where the copula is dropped), it still does', () => {
    assert.equal(strength('Low-dose aspirin is preventive against a second stroke.'), 'direct');
    assert.equal(strength('Cold water swimming therapeutic for chronic pain'), 'direct');
  });
});

describe('claims: the -ing form of an intransitive change verb before a noun is an adjective', () => {
  it('"rising costs", "growing evidence", "worsening mental health" describe a trend', () => {
    for (const text of ['Our survey documents rising rates of vaping among teenagers.', 'Men bore the brunt of worsening mental health during the recession.', 'This adds to growing evidence on screen time.'])
      assert.equal(strength(text), 'none', show(text));
  });

  it('a transitive verb, or a participle clause after a comma, still acts on its object', () => {
    assert.equal(strength('Regular stretching eases back pain by increasing flexibility.'), 'direct');
    assert.equal(strength('Poor sleep raises cortisol, worsening anxiety.'), 'direct');
  });
});

describe('claims: a verb whose object is understanding or the research process', () => {
  it('describes a contribution to knowledge, not a relation', () => {
    for (const text of [
      'This survey facilitates an understanding of vaccine hesitancy.',
      'Our registry will aid the design of future asthma trials.',
      'Missing data jeopardize the interpretation of these trials.',
    ])
      assert.equal(strength(text), 'none', show(text));
  });

  it('knowledge and awareness are outcomes that education changes; disease development is an outcome too', () => {
    assert.equal(strength('The school programme improved pupils’ knowledge of asthma triggers.'), 'direct');
    assert.equal(strength('Regular exercise delays the development of type 2 diabetes.'), 'direct');
  });
});

describe('claims: "a cause for concern" is an idiom of evaluation', () => {
  it('states no causal link', () => {
    for (const text of ['Low vaccination rates in the district are a cause for concern.', 'Vaping among young teenagers is a particular cause of alarm.'])
      assert.equal(strength(text), 'none', show(text));
  });

  it('the causal noun and verb still link a cause to an effect', () => {
    assert.equal(strength('Smoking is a major cause of lung cancer.'), 'direct');
    assert.equal(strength('Norovirus causes vomiting.'), 'direct');
  });
});

describe('claims: a relational noun as a predicate nominal states the relation', () => {
  it('"are predictors of", "is an independent risk factor for", "serves as a marker of"', () => {
    // Each sentence also has a weaker causal reading elsewhere (a participle after a noun), which used to decide it.
    for (const text of [
      'Raised troponin is a marker of heart damage caused by the infection.',
      'High ferritin was considered a marker of liver damage in treated patients.',
      'Grip strength serves as a simple marker of muscle loss caused by bed rest.',
    ])
      assert.equal(strength(text), 'correlational', show(text));
  });

  it('the same noun as a topic still names it only', () => {
    assert.equal(strength('The association between coffee and gout needs further study.'), 'none');
  });
});

describe('claims: comparisons by multiples', () => {
  it('"four times as high as", "three times that of" compare groups', () => {
    for (const text of [
      'The fall rate among zolpidem users was four times as high as in other patients.',
      'The suicide rate among veterans is nearly three times that of civilians.',
    ])
      assert.equal(strength(text), 'correlational', show(text));
  });
});

describe('claims: a change participle after a verb of observing is an adjective', () => {
  it('"showed increased inflammation", "identified reduced bone density", "face increased risk" report a difference', () => {
    for (const text of [
      'The biopsies showed increased scarring in smokers.',
      'Screening identified reduced bone density in half of the runners.',
      'Night-shift nurses face increased cancer risk',
    ])
      assert.equal(strength(text), 'correlational', show(text));
  });

  it('a perfect tense or a finite verb with an object is still causal', () => {
    assert.equal(strength('Metformin has reduced the risk of cancer in our cohort.'), 'direct');
    assert.equal(strength('The new rota reduced errors on night shifts.'), 'direct');
  });
});

describe('claims: intransitive change verbs across an adverb, and participles after "to"', () => {
  it('"increased exponentially with", "rises linearly with" describe covariation', () => {
    assert.equal(strength('Stroke risk increased steeply with systolic pressure.'), 'correlational');
    assert.equal(strength('Fracture risk rises linearly with steroid dose.'), 'correlational');
  });

  it('after "to" a participle is an adjective ("relate to increased stiffness")', () => {
    assert.equal(strength('Long sitting times relate to increased arterial stiffness.'), 'correlational');
  });

  it('an adverb before an object keeps the verb transitive', () => {
    assert.equal(strength('Statins lowered markedly the risk of stroke.'), 'direct');
  });
});

describe('claims: "further evidence that" reports a finding, "more evidence is needed" asks for one', () => {
  it('a finding introduced as further or additional evidence keeps its strength', () => {
    assert.equal(strength('Our cohort adds further evidence that night work is associated with obesity.'), 'correlational');
    assert.equal(strength('These trials offer additional evidence for a link between gum disease and stroke.'), 'correlational');
    assert.equal(strength('The scans give more evidence that exercise may slow memory loss.'), 'conditional');
  });

  it('a call for more evidence or data is still an open question', () => {
    assert.equal(strength('More evidence is needed before we can say that fish oil lowers heart risk.'), 'none');
    assert.equal(strength('Further data will show whether zinc shortens colds.'), 'none');
  });
});

describe('claims: the headline verb "ups" (raises) before a risk or rate', () => {
  it('"ups the risk", "upped stroke risk", "ups heart failure risk" state a cause', () => {
    for (const text of ['Night-shift work ups diabetes risk in nurses', 'Heavy drinking upped the risk of stroke.', 'Air pollution ups lung cancer rates'])
      assert.equal(strength(text), 'direct', show(text));
  });

  it('"check-ups" and "ups and downs" are not the verb', () => {
    assert.equal(strength('Regular check-ups are part of diabetes care.'), 'none');
    assert.equal(strength('Recovery after surgery has its ups and downs.'), 'none');
  });
});

describe('claims: an unnamed source that "ties" or "connects" two things', () => {
  it('"research ties X to Y", "studies connect X with Y" state an association', () => {
    assert.equal(strength('New research ties short sleep to weight gain in toddlers'), 'correlational');
    assert.equal(strength('Several studies have connected gum disease with heart trouble.'), 'correlational');
  });

  it('without a second argument the verb relates nothing', () => {
    assert.equal(strength('The researchers tied the sutures.'), 'none');
    assert.equal(strength('Researchers connected the sensors.'), 'none');
  });
});

describe('claims: "have double the risk" compares groups', () => {
  it('having double or triple the risk, odds or rate is an association', () => {
    assert.equal(strength('Shift workers have double the risk of gout.'), 'correlational');
    assert.equal(strength('Boys with asthma had nearly triple the odds of eczema.'), 'correlational');
  });

  it('the verb "double" still states a cause', () => {
    assert.equal(strength('Heavy snoring may double the risk of heart failure.'), 'conditional');
    assert.equal(strength('Heavy snoring doubles the risk of heart failure.'), 'direct');
  });
});

describe('claims: "more vulnerable" compares groups', () => {
  it('a group said to be more or less vulnerable is compared with another', () => {
    assert.equal(strength('Children with eczema may be more vulnerable, the authors say.'), 'correlational');
    assert.equal(strength('Night-shift workers were less vulnerable after the rota change.'), 'correlational');
  });

  it('"vulnerable" alone describes a group', () => {
    assert.equal(strength('Vulnerable adults deserve careful follow-up.'), 'none');
  });
});

describe('claims: after a noun, "saves" and "eases" are verbs', () => {
  it('"early treatment saves lives", "a lower dose eases cramps" are claims', () => {
    for (const text of ['Prompt treatment saves lives after a stroke.', 'A smaller dose eases the nausea.']) {
      const c = classifySentence(text);
      assert.equal(c.strength, 'direct', show(text));
      assert.equal(c.claim, true, show(text));
    }
  });

  it('a compound noun after "treatment" is still a noun', () => {
    assert.equal(strength('The treatment changes were minor.'), 'none');
  });
});

describe('claims: "forecast" is a verb of prediction', () => {
  it('"forecasts", "can help forecast" state an association like "predicts"', () => {
    assert.equal(strength('Grip strength forecasts disability in older adults.'), 'correlational');
    assert.equal(strength('Frailty scores can help forecast falls after discharge.'), 'correlational');
  });
});

describe('claims: "a bearing on" names an effect like "an influence on"', () => {
  it('"has a strong bearing on", "had no bearing on" state (or deny) an effect', () => {
    assert.equal(strength('Sleep quality has a strong bearing on pain scores.'), 'direct');
    assert.equal(strength('Income had no bearing on survival after transplant.'), 'direct');
  });

  it('the participle "bearing" is not the noun', () => {
    assert.equal(strength('Nurses bearing the brunt of the staffing crisis'), 'none');
  });
});

describe('claims: a "clue to" an outcome is a marker of it', () => {
  it('"offers a clue to future falls", "may be useful clues for diagnosis" state an association', () => {
    assert.equal(strength('Gait speed offers a clue to future falls.'), 'correlational');
    assert.equal(strength('Nail changes may be useful clues for psoriasis.'), 'correlational');
  });

  it('"a clue to helping" introduces an action, not a marker', () => {
    assert.notEqual(strength('Scans are a clue to helping stroke patients'), 'correlational');
  });
});

describe('claims: "is behind" and "at the root of" name a cause', () => {
  it('a copula with "behind" or "the root of" states a causal link', () => {
    assert.equal(strength('Damp housing is behind many childhood asthma attacks.'), 'direct');
    assert.equal(strength('Poor sleep may be at the root of daytime headaches.'), 'conditional');
  });

  it('"behind" as a place or a delay, or after a noun, is not causal', () => {
    assert.equal(strength('Many toddlers were behind on their vaccines.'), 'none');
    assert.equal(strength('The team behind the trial is based in Leeds.'), 'none');
  });
});

describe('claims: a floated quantifier before a verb ("may each double the risk")', () => {
  it('"each", "all", "both" between the subject (or modal) and a base verb with an object keep the verb', () => {
    assert.equal(strength('Smoking and drinking may each double the risk of gout.'), 'conditional');
    assert.equal(strength('Both drugs each halve the chance of relapse.'), 'direct');
  });

  it('a determiner "each" before a noun is still a noun phrase', () => {
    assert.equal(strength('Each increase in dose was small.'), 'correlational');
  });
});

describe('claims (h-pubmed): a relational noun embedded in a noun of inquiry or knowledge is a topic', () => {
  it('"knowledge of", "assessment of", "investigation of", "the importance of" name what is studied, not a finding', () => {
    assert.equal(strength('Parents showed little knowledge about the risk factors for rickets.'), 'none');
    assert.equal(strength('Routine assessment of these risk factors could guide follow-up visits.'), 'none');
    assert.equal(strength('The questionnaire is suited to the investigation of diet-cancer associations.'), 'none');
    assert.equal(strength('The report stresses the importance of the nurse-patient relationship in clinics.'), 'none');
  });

  it('the same nouns stated as a finding or as a predicate still state a relation', () => {
    assert.equal(strength('Smoking and obesity were risk factors for wound infection.'), 'correlational');
    assert.equal(strength('We found an association between shift work and migraine.'), 'correlational');
    assert.equal(strength('These data provide evidence of an association between noise and sleep loss.'), 'correlational');
    assert.equal(strength('The association between coffee and gout differed by sex.'), 'correlational');
  });

  it('after a preposition that is not embedded in a noun of inquiry, the relation stays', () => {
    assert.equal(strength('Adults with several cardiac risk factors had more admissions.'), 'correlational');
  });
});

describe('claims (h-pubmed): an attributive comparative inside an embedded or wanted noun phrase compares nothing', () => {
  it('a comparative after a preposition or a word of need, with no standard of comparison, is none', () => {
    assert.equal(strength('The leaflet was handed to parents of younger children.'), 'none');
    assert.equal(strength('Clinics need a better system for booking follow-up scans.'), 'none');
    assert.equal(strength('The audit calls for a better system of booking scans.'), 'none');
    assert.equal(strength('Frail residents require greater support at mealtimes.'), 'none');
  });

  it('a predicated comparative, one after a verb of having or showing, or one with a standard still compares groups', () => {
    assert.equal(strength('Pain scores were lower in the yoga group.'), 'correlational');
    assert.equal(strength('Smaller clinics had longer waiting lists.'), 'correlational');
    assert.equal(strength('Staff in smaller clinics had longer waiting lists.'), 'correlational');
    assert.equal(strength('Falls were less common among residents of larger homes than among others.'), 'correlational');
    assert.equal(strength('Women in higher income brackets were screened more often.'), 'correlational');
  });
});

describe('claims (h-pubmed): a noun-like verb after an adjective or a subordinating conjunction is not finite', () => {
  it('a base form after an adjective-shaped word is a noun ("social support", "practical help")', () => {
    assert.equal(strength('Families relied on social support and financial help.'), 'none');
    assert.equal(strength('Carers valued practical help.'), 'none');
  });

  it('the same verbs after a plural subject, or a noun under a verb of having, still state an effect', () => {
    assert.equal(strength('Nutritional supplements increase energy intake.'), 'direct');
    assert.equal(strength('The diet may have had a synergistic influence.'), 'conditional');
  });

  it('"lower" right after although/because/when opens the subject: an adjective, not the verb', () => {
    assert.equal(strength('Because lower doses were associated with fewer falls, the protocol was changed.'), 'correlational');
  });

  it('after a subordinator with its own subject the verb is finite', () => {
    assert.equal(strength('Although statins lower cholesterol, they can cause muscle pain.'), 'direct');
    assert.equal(strength('Because they lower blood pressure, these drugs are widely used.'), 'direct');
  });
});

describe('claims (h-pubmed): "superior/inferior to" ranks two alternatives', () => {
  it('with no outcome or relation after it, the ranking states no relation', () => {
    assert.equal(strength('The new scanner was superior to the old one.'), 'none');
    assert.equal(strength('Phone follow-up was inferior to home visits.'), 'none');
  });

  it('with an outcome or a relation after it, it is still a (direct or hedged) effect', () => {
    assert.equal(strength('Turmeric is superior to ibuprofen for knee pain.'), 'direct');
    assert.equal(strength('Turmeric may be superior to ibuprofen for knee pain.'), 'conditional');
    assert.equal(strength('The drug was superior to placebo in lowering blood pressure.'), 'direct');
  });

  it('a hedged ranking stays hedged for unsupported-claim', () => {
    const c = classifySentence('This cream may be superior to the old ointment.');
    assert.equal(c.strength, 'none');
    assert.equal(c.hedged, true);
  });
});

describe('claims (h-pubmed): usefulness or help for a task of knowing or deciding is not a health effect', () => {
  it('"useful for the early detection of", "helpful for treatment planning", "aid in diagnosis", "help in differentiation"', () => {
    assert.equal(strength('A home blood pressure log is useful for the early detection of hypertension.'), 'none');
    assert.equal(strength('Symptom diaries are helpful for treatment planning.'), 'none');
    assert.equal(strength('Blood tests may aid in diagnosis of anaemia.'), 'none');
    assert.equal(strength('Ultrasound can help in differentiation of cysts from solid masses.'), 'none');
  });

  it('usefulness or help for a health outcome or an act on it is still an effect', () => {
    assert.equal(strength('Yoga is helpful for reducing back pain.'), 'direct');
    assert.equal(strength('Zinc may be helpful for early healing of ulcers.'), 'conditional');
    assert.equal(strength('Physiotherapy may help in recovery after a stroke.'), 'conditional');
  });
});

describe('claims (h-pubmed): a change noun as the object of a verb of producing is a change brought about', () => {
  it('"produced large reductions in", "may produce modest improvements in" state (or hedge) a causal relation', () => {
    assert.equal(strength('Cutting salt produced large reductions in blood pressure.'), 'direct');
    assert.equal(strength('The new regimen may produce modest improvements in sleep.'), 'conditional');
  });

  it('after a verb of having or showing the change noun is still a difference', () => {
    assert.equal(strength('Both groups had similar reductions in blood pressure.'), 'correlational');
    assert.equal(strength('Patients showed marked improvements in mobility.'), 'correlational');
  });
});

describe('claims (h-pubmed): a hedged noun of means with a purpose infinitive', () => {
  it('"could be a simple way to lower", "may offer an opportunity to reduce": a hedged causal relation', () => {
    assert.equal(strength('Daily walks could be a simple way to lower blood pressure.'), 'conditional');
    assert.equal(strength('Group classes may offer an opportunity to reduce loneliness.'), 'conditional');
  });

  it('a purpose infinitive after a noun that is not predicated under a hedge stays a purpose', () => {
    assert.equal(strength('Strategies to reduce falls are needed.'), 'none');
    assert.equal(strength('Nurses may need new tools to reduce falls.'), 'none');
  });
});

describe('claims (h-pubmed): the effect of a piece of research is not a health relation', () => {
  it('"the clinical impact of these findings" names the research\'s bearing on practice', () => {
    assert.equal(strength('The clinical impact of these findings is probably small.'), 'none');
  });

  it('an effect of an exposure still states a relation', () => {
    assert.equal(strength('The impact of smoking on lung function was large.'), 'direct');
    assert.equal(strength('Smoking had a large impact on lung function.'), 'direct');
  });
});

describe('claims (h-pubmed): a comparison against a norm, an expectation or earlier reports', () => {
  it('"longer than the national targets", "lower than previously reported" set a value against a reference', () => {
    assert.equal(strength('Waiting times were longer than the national targets.'), 'none');
    assert.equal(strength('Vitamin D levels in the cohort were lower than previously reported.'), 'none');
  });

  it('a comparison between groups still compares', () => {
    assert.equal(strength('Waiting times were longer in rural clinics than in city clinics.'), 'correlational');
    assert.equal(strength('Smokers had more chest infections than non-smokers.'), 'correlational');
  });
});

describe('claims (h-direct): a ranking spelled out by comparatives, or against a study arm', () => {
  it('comparatives after "superior/inferior to" spell out the ranking; they relate no exposure to an outcome', () => {
    assert.equal(strength('The robotic trainer proved superior to the manual one, with higher ratings and shorter practice times.'), 'none');
    assert.equal(strength('The paper form was inferior to the web form, with fewer completed items.'), 'none');
  });

  it('a control condition or control group is the other alternative, not a health outcome', () => {
    assert.equal(strength('The brief coaching session was superior to a control condition.'), 'none');
    assert.equal(strength('The reminder letter was superior to the control group.'), 'none');
  });

  it('an outcome or an effect after the ranking still states a relation (nearest wordings)', () => {
    assert.equal(strength('The brief coaching session was superior to a control condition for depressive symptoms.'), 'direct');
    assert.equal(strength('The new inhaler was superior to the old one, with a larger effect on asthma attacks.'), 'direct');
    assert.equal(strength('Acupuncture was superior to sham needling for chronic neck pain.'), 'direct');
    assert.equal(strength('Acupuncture may be superior to sham needling for chronic neck pain.'), 'conditional');
  });
});

describe('claims (h-direct): a way or method reported as found by a verb of discovery', () => {
  it('"found a new way to", "identifies a simple method to": the purpose infinitive states the found means\' effect', () => {
    assert.equal(strength('Nurses in our ward found a simple way to reduce night-time falls.'), 'direct');
    assert.equal(strength('A small trial identifies a cheap method to lower blood pressure in older adults.'), 'direct');
    assert.equal(strength('The team has discovered new ways to ease chemotherapy nausea.'), 'direct');
  });

  it('seeking, needing or planning a way is not finding one (nearest wordings)', () => {
    assert.equal(strength('We need to find a way to reduce night-time falls.'), 'none');
    assert.equal(strength('The project aims to identify ways to reduce night-time falls.'), 'none');
    assert.equal(strength('Nurses looked for a simple way to reduce night-time falls.'), 'none');
    assert.equal(strength('Nurses found that strategies to reduce night-time falls were rarely used.'), 'none');
  });
});

describe('claims (h-direct): a "because of" reason adjunct gives grounds, it is not the finding', () => {
  it('a reason adjunct before or after the main clause states no relation of its own', () => {
    assert.equal(strength('Because of the small sample, the survey should be repeated in other clinics.'), 'none');
    assert.equal(strength('Early screening matters because of the slow onset of the disease.'), 'none');
    assert.equal(strength('Attendance was lower in winter, perhaps because of the bus timetable.'), 'correlational');
  });

  it('the main clause still decides ("because of" does not hide a stated effect)', () => {
    assert.equal(strength('Because of its anti-inflammatory action, turmeric eases joint pain.'), 'direct');
    assert.equal(strength('Because of its anti-inflammatory action, turmeric may ease joint pain.'), 'conditional');
  });

  it('a predicated reason ("is largely because of") still states a cause (nearest wording)', () => {
    assert.equal(strength('The fall in admissions is largely because of the new vaccine.'), 'direct');
    assert.equal(strength('Most of the weight loss was because of the lower calorie intake.'), 'direct');
  });
});

describe('claims (h-direct): evidential "support" across an auxiliary and as a participle after a noun of evidence', () => {
  it('"our data do not support", "the findings also strongly support": the subject is evidence, not an agent of health', () => {
    assert.notEqual(strength('Our data do not support a link between coffee and migraine.'), 'direct');
    assert.equal(strength('The findings do not support routine testing for vitamin D in healthy adults.'), 'none');
    assert.equal(strength('These results also strongly support the use of a standard checklist in diabetes clinics.'), 'none');
  });

  it('"evidence supporting the theory" is evidential', () => {
    assert.equal(strength('The biopsy series provides evidence supporting the vascular theory of migraine.'), 'none');
    assert.equal(strength('Despite the lack of data supporting its use in asthma, the drug is widely prescribed.'), 'none');
  });

  it('a health agent that supports a health outcome still states an effect (nearest wordings)', () => {
    assert.equal(strength('Probiotics do support gut health in older adults.'), 'direct');
    assert.equal(strength('Regular stretching does not support recovery after a hamstring injury.'), 'direct');
    assert.equal(strength('A fibre-rich diet supporting gut health lowers cholesterol.'), 'direct');
  });
});

describe('claims (h-direct): "explained by" accounts for an outcome statistically', () => {
  it('a variable that explains a difference or a variation is associated with it', () => {
    assert.equal(strength('The gap in test scores between the two schools was largely explained by family income.'), 'correlational');
    assert.equal(strength('The difference in sleep quality may be explained by shift patterns.'), 'correlational');
    assert.equal(strength('Much of the variation in waiting times explained by staffing levels was seen in rural clinics.'), 'correlational');
  });

  it('other causal participles and the active verb keep their reading (nearest wordings)', () => {
    assert.equal(strength('The rash was caused by the new detergent.'), 'direct');
    assert.equal(strength('Most of the drop in falls was due to the new handrails.'), 'direct');
    assert.equal(strength('Poor sleep may explain some of the weight gain.'), 'conditional');
  });
});

describe('claims (h-direct): "causes of" is the plural noun', () => {
  it('a verb takes its object without "of": "competing causes of pain", "the causes of obesity" name causes, they state none', () => {
    assert.equal(strength('Other causes of back pain should be ruled out first.'), 'none');
    assert.equal(strength('How parents see the causes of tooth decay may influence their children\'s diet.'), 'conditional');
  });

  it('the verb and the predicated noun still state a cause (nearest wordings)', () => {
    assert.equal(strength('Smoking causes lung cancer.'), 'direct');
    assert.equal(strength('Smoking causes often-fatal lung disease.'), 'direct');
    assert.equal(strength('Falls are common causes of hip fractures in older adults.'), 'direct');
  });
});

describe('claims (h-direct): "identify" in its seeking forms is a verb of inquiry', () => {
  it('"to identify the effects of", "identifying the impact of" name the effect as a topic', () => {
    assert.equal(strength('Registry data would be useful to identify the long-term effects of night shifts on sleep.'), 'none');
    assert.equal(strength('The survey focused on identifying the impact of noise on sleep.'), 'none');
  });

  it('the reporting forms state the effect as found (nearest wordings)', () => {
    assert.equal(strength('The trial identified a large effect of exercise on mood.'), 'direct');
    assert.equal(strength('The review identifies clear benefits of early mobilisation after surgery.'), 'direct');
  });
});

describe('claims: light verb + "relief" names a benefit ("provides relief from", "may bring relief to")', () => {
  it('give/provide/offer/bring/receive relief with a health outcome states the benefit, hedged or not', () => {
    assert.equal(strength('Cold compresses provide relief from migraine pain.'), 'direct');
    assert.ok(classifySentence('Cold compresses provide relief from migraine pain.').claim);
    assert.equal(strength('A warm bath may bring relief to sore muscles.'), 'conditional');
    assert.equal(strength('Ginger gives relief from back pain.'), 'direct');
  });

  it('relief without a health outcome, or "relief" as a plain noun, states nothing', () => {
    assert.equal(strength('The news brought relief to the families.'), 'none');
    assert.equal(strength('The charity provides relief to flood victims.'), 'none');
    assert.equal(strength('She felt relief when the scan was clear.'), 'none');
    assert.equal(strength('Pain relief after knee surgery is often inadequate.'), 'none');
  });
});

describe('claims: resultative causatives ("makes you fat", "keeps stiffness at bay")', () => {
  it('make + a person + a resulting state, keep + an object + away/at bay, state a cause', () => {
    assert.equal(strength('Skipping breakfast makes you fat.'), 'direct');
    assert.equal(strength('Late screen time may make children more anxious'), 'conditional');
    assert.equal(strength('Daily stretching keeps stiffness away.'), 'direct');
    assert.equal(strength('Regular walking keeps knee pain at bay.'), 'direct');
    assert.equal(strength('Losing weight will not make you happier.'), 'direct');
  });

  it('expletive or non-resultative objects, spatial "away from" and imperatives state nothing', () => {
    assert.equal(strength('These forms make it easy to enrol.'), 'none');
    assert.equal(strength('The clinic made patients wait for hours.'), 'none');
    assert.equal(strength('Nurses made patients feel welcome.'), 'none');
    assert.equal(strength('Keep medicines away from children.'), 'none');
    assert.equal(strength('Keep stiffness away with daily stretching.'), 'none');
    assert.equal(strength('Patients kept away from hospitals during the lockdown.'), 'none');
  });
});

describe('claims: a way found or shown to do something states that it does it', () => {
  it('"found a (new) way to" V, "could offer a way to" V, a headline "A better way to" V: the infinitive is the relation', () => {
    assert.equal(strength('Physiotherapists have found a simple way to ease back pain in older adults.'), 'direct');
    assert.equal(strength('The trial could offer a new way to treat gout.'), 'conditional');
    assert.equal(strength('A cheaper way to prevent pressure sores'), 'direct');
  });

  it('a way sought, needed or listed, or a purpose infinitive, states nothing', () => {
    assert.equal(strength('Researchers are looking for a way to reduce falls.'), 'none');
    assert.equal(strength('The team hopes to find a way to prevent relapse.'), 'none');
    assert.equal(strength('We hope to offer a new way to treat gout.'), 'none');
    assert.equal(strength('Future studies should address ways to reduce readmissions.'), 'none');
    assert.equal(strength('The review identifies ways to improve recruitment to trials.'), 'none');
    assert.equal(strength('We need a way to lower costs'), 'none');
    assert.equal(strength('Study looks at ways to reduce falls'), 'none');
    assert.equal(strength('Nurses showed patients the way to the ward.'), 'none');
  });
});

describe('claims: the content of a worry or a belief ("concern that", "for fear that") is not a finding', () => {
  it('a relation in the that-clause of concern, fear, worry, belief or misconception has no strength', () => {
    assert.equal(strength('There has been concern that statins raise blood sugar.'), 'none');
    assert.equal(strength('Many parents hold the belief that sugar causes hyperactivity.'), 'none');
    assert.equal(strength('Older adults share a common misconception that antibiotics cure colds.'), 'none');
    // a participle outside the frame does not become the sentence's relation
    assert.equal(strength('Patients with a stroke caused by a clot are sometimes denied the drug for fear that it might cause bleeding.'), 'none');
  });

  it('an endorsed attitude, a proposition noun, an attitude adjective, or a relation outside the frame still states it', () => {
    assert.equal(strength('The new data support the concern that statins raise blood sugar.'), 'direct');
    assert.equal(strength('The trial confirmed fears that the implant damages nerves.'), 'direct');
    assert.equal(strength('The results support the hypothesis that zinc shortens colds.'), 'direct');
    assert.equal(strength('Researchers are concerned that the drug raises blood sugar.'), 'direct');
    assert.equal(strength('Despite the belief that it is harmless, the drug raised blood sugar in most patients.'), 'direct');
    assert.equal(strength('Patients with strokes caused by clots often recover.'), 'direct');
  });
});

describe('claims: a comparative noun phrase as the subject of a causal verb ("Higher levels of X increased Y")', () => {
  it('the finite causal verb after a clause-opening "higher levels"/"a greater number" is the predicate', () => {
    assert.equal(strength('A greater number of nurses per ward may reduce mortality.'), 'conditional');
    assert.equal(strength('The study found that lower rates of screening increased late diagnoses.'), 'direct');
  });

  it('after a preposition or a verb, or with no finite causal verb, the comparison stays the relation', () => {
    assert.equal(strength('Patients with higher levels of vitamin D had fewer falls.'), 'correlational');
    assert.equal(strength('Higher levels of vitamin D were found in runners.'), 'correlational');
    assert.equal(strength('Higher rates of obesity in rural areas reflect poorer access to care.'), 'correlational');
    assert.equal(strength('Smokers had higher rates of cancer and reduced lung function.'), 'correlational');
  });
});

describe('claims: a change verb followed by a focus, place or degree adverb and no object is intransitive', () => {
  it('"is increasing even in", "decreased nationwide", "rising fastest among": a change, not a cause', () => {
    assert.equal(strength('Hospital admissions for asthma are increasing even in rural areas.'), 'correlational');
    assert.equal(strength('Flu cases increased nationwide.'), 'correlational');
    assert.equal(strength('Obesity is rising fastest among teenagers.'), 'correlational');
    assert.equal(strength('Smoking is decreasing nationwide, but vaping could raise nicotine dependence.'), 'conditional');
  });

  it('the adverb before an object modifies the object: the verb stays causal', () => {
    assert.equal(strength('Statins reduce even the risk of stroke.'), 'direct');
    assert.equal(strength('Statins reduce even mild pain.'), 'direct');
    assert.equal(strength('Exercise lowers blood pressure too.'), 'direct');
  });
});

describe('claims: evaluative and idiomatic causal predicates ("good for your heart", "has little to do with", "make all the difference")', () => {
  it('a health evaluation, a denied or asserted connection, and a decisive difference state a causal relation', () => {
    assert.equal(strength('Dairy is good for your metabolic health.'), 'direct');
    assert.equal(strength('Sugar is bad for you.'), 'direct');
    assert.equal(strength('Stress has little to do with stomach ulcers.'), 'direct');
    assert.equal(strength('For many families, a visiting nurse can make all the difference.'), 'direct');
  });

  it('"good/bad for" a person group or a non-health domain, and a question about relevance, state nothing', () => {
    assert.equal(strength('Yoga is good for beginners.'), 'none');
    assert.equal(strength('The strike was bad for business.'), 'none');
    assert.equal(strength('What does it have to do with me?'), 'none');
  });
});

describe('claims: "at an increased risk" takes the article "an" like "at a higher risk"', () => {
  it('a causative verb places its object at an increased risk; a copula states an association', () => {
    assert.equal(strength('Night work puts nurses at an increased risk of diabetes.'), 'direct');
    assert.equal(strength('Nurses on night shifts are at an increased risk of diabetes.'), 'correlational');
  });
});

describe('claims: a change noun as the object of a verb of producing ("yields a drop in", "produced an improvement in")', () => {
  it('the change is what the subject brings about: causal, hedged by a modal', () => {
    assert.equal(strength('Exercise produced an improvement in sleep quality.'), 'direct');
    assert.equal(strength('Checklists yield a 10 percent drop in surgical deaths'), 'direct');
    assert.equal(strength('Switching to olive oil would likely produce substantial reductions in heart disease.'), 'conditional');
  });

  it('a purpose infinitive, another object, or a change noun without a producing verb is not causal', () => {
    assert.equal(strength('The hospital hopes to produce a reduction in waiting times.'), 'none');
    assert.equal(strength('The pancreas produces insulin.'), 'none');
    assert.equal(strength('Checklists yielded data on a drop in deaths.'), 'correlational');
    assert.equal(strength('There was an improvement in sleep quality.'), 'correlational');
  });
});

describe('claims: a concessive clause that opens the sentence is granted, the main clause states the point', () => {
  it('the main clause decides; with no relation of its own the sentence reports none', () => {
    assert.equal(strength('Although statins are known to lower cholesterol, many patients stop taking them.'), 'none');
    assert.equal(strength('Even though exercise improves mood, few adults exercise daily.'), 'none');
    assert.equal(strength('Although coffee raises blood pressure, coffee drinkers were less likely to have a stroke.'), 'correlational');
  });

  it('a concession after the main clause, without a comma, or inside a later clause does not take the relation away', () => {
    assert.equal(strength('Statins lower cholesterol, although they raise blood sugar.'), 'direct');
    assert.equal(strength('Although statins lower cholesterol they are underused.'), 'direct');
    assert.equal(strength('Although it was small, the trial showed that zinc shortens colds.'), 'direct');
    assert.equal(strength('Though rare, the drug can cause liver damage.'), 'direct');
  });
});

describe('claims: a risk noun with a predicate of size ("the risk of X is low") states the risk a group carries', () => {
  it('risk/risks + copula + (degree adverb) + a size or presence adjective is correlational', () => {
    assert.equal(strength('The risk of serious bleeding is low.'), 'correlational');
    assert.equal(strength('For most travellers, the overall risk of altitude sickness remains very small.'), 'correlational');
    assert.equal(strength('The risk of infection was comparable to that of open surgery.'), 'correlational');
  });

  it('a risk that is discussed, explained or evaluated otherwise states nothing', () => {
    assert.equal(strength('Doctors discussed the risk of infection with each patient.'), 'none');
    assert.equal(strength('The risk of infection is a common worry.'), 'none');
    assert.equal(strength('Risk assessment is important.'), 'none');
    assert.equal(strength('The risk was explained to patients.'), 'none');
  });
});

describe('claims: evidential "support" and the noun "support" are not a causal verb', () => {
  it('evidence as the subject (with auxiliaries, negation or adverbs between) or "evidence supporting" is evidential', () => {
    assert.equal(strength('These findings strongly support early surgery for appendicitis.'), 'none');
    assert.equal(strength('There is little evidence supporting the use of zinc for colds.'), 'none');
    assert.equal(strength('Our data do not support an association of sleep with obesity.'), 'correlational');
  });

  it('after an adjective "support" is a noun; a product or nutrient that supports health still states a benefit', () => {
    assert.equal(strength('Wellbeing was associated with social support and physical function.'), 'correlational');
    assert.equal(strength('Omega-3 supplements support heart health.'), 'direct');
    assert.equal(strength('Vitamin D may support bone health.'), 'conditional');
  });
});

describe('claims: a headline change "up/down N percent" is a change like "rose/fell N percent"', () => {
  it('after an event or between groups it is a difference (correlational); over calendar time it is a trend', () => {
    assert.equal(strength('Falls down a third after home visits'), 'correlational');
    assert.equal(strength('Flu admissions up 40 percent in vaccinated towns compared with others'), 'correlational');
    assert.equal(strength('Flu admissions up 40 percent since 2010'), 'none');
  });

  it('"up"/"down" without an amount of change is not read', () => {
    assert.equal(strength('Sign up 5 minutes before the class.'), 'none');
    assert.equal(strength('Patients were followed up for five years.'), 'none');
  });
});

describe('claims: a comparison with an earlier estimate ("higher than previously thought") compares no groups', () => {
  it('than + (previously/auxiliary/generic subject) + an estimating participle: no relation', () => {
    assert.equal(strength('Hospital infections were more common than previously thought.'), 'none');
    assert.equal(strength('Side effects were less frequent than expected.'), 'none');
    assert.equal(strength('Survival was better than previously reported in older adults.'), 'none');
  });

  it('a comparison between groups, or a group risk measured against the estimate, stays correlational', () => {
    assert.equal(strength('Smokers had higher blood pressure than non-smokers.'), 'correlational');
    assert.equal(strength('Survival was better than in the control group, as expected.'), 'correlational');
    assert.equal(strength('The risk of relapse in siblings is higher than thought.'), 'correlational');
  });
});

describe('claims: "related to" after a noun of counted events or topics names a category', () => {
  it('"visits related to", "calls related to", "questions related to": a category, no association', () => {
    assert.equal(strength('Most calls related to poisoning involve toddlers.'), 'none');
    assert.equal(strength('Nurses answered questions related to breastfeeding.'), 'none');
  });

  it('after a copula or another noun "related to" still states an association', () => {
    assert.equal(strength('Heat waves were related to emergency visits.'), 'correlational');
    assert.equal(strength('Sleep problems related to shift work are common'), 'correlational');
  });
});

describe('claims: an agentless change in the present perfect is a trend, like one over a calendar period', () => {
  it('"have increased in", "has fallen sharply" with no object and no comparison: none', () => {
    assert.equal(strength('Rates of childhood asthma have increased in rural Scotland.'), 'none');
    assert.equal(strength('Antibiotic use has fallen sharply.'), 'none');
  });

  it('an adjective before a noun, a comparison, or an object keeps its reading', () => {
    assert.equal(strength('Children with the mutation have increased insulin levels.'), 'correlational');
    assert.equal(strength('Survival has improved more in women than in men.'), 'correlational');
    assert.equal(strength('Statins have reduced the number of deaths from heart disease.'), 'direct');
  });
});

describe('claims: "due to" right after a noun classifies it by its cause', () => {
  it('"deaths due to falls", "admissions due to asthma" as the only relation: none', () => {
    assert.equal(strength('Deaths due to falls are common in care homes.'), 'none');
    assert.equal(strength('Hospital admissions due to asthma were reviewed.'), 'none');
  });

  it('after a copula, as a sentence adverbial after a comma, or "caused by", it states a cause', () => {
    assert.equal(strength('Most falls are due to poor balance.'), 'direct');
    assert.equal(strength('Falls rose sharply, due to icy pavements.'), 'direct');
    assert.equal(strength('Deaths caused by falls are common in care homes.'), 'direct');
  });
});

describe('claims: a relation verb form right after an article is a noun', () => {
  it('"the reverse", "the causes of", "a cure for": nouns, no verb reading', () => {
    assert.equal(strength('In older adults the reverse may be true.'), 'none');
    assert.equal(strength('A cure for the common cold remains elusive.'), 'none');
    assert.equal(strength('The causes of migraine may affect the choice of drug.'), 'conditional');
  });

  it('a change noun before in/of still states a change; a verb after a noun subject is still a verb', () => {
    assert.equal(strength('There was a decrease in hospital admissions.'), 'correlational');
    assert.equal(strength('The drug reverses bone loss.'), 'direct');
  });
});

describe('claims (round 6, strength): a past form of change after a comma, with a determiner after it, is a finite verb', () => {
  it('after an appositive or a parenthetical set off by commas, and across -ly adverbs: the verb with its object', () => {
    assert.equal(strength('The falls clinic, staffed by two physiotherapists, halved the number of hip fractures.'), 'direct');
    assert.equal(strength('A text-message reminder, sent the evening before, sharply reduced the rate of missed appointments.'), 'direct');
    assert.equal(strength('The new rota, introduced in March, increased the time nurses spent with each patient.'), 'direct');
    assert.equal(strength('Swimming lifted mood, lowered their resting heart rate and improved sleep.'), 'direct');
  });

  it('an adjectival participle after a comma takes no determiner: a difference, not an act', () => {
    assert.equal(strength('In heavy drinkers, reduced liver function was common.'), 'correlational');
    assert.equal(strength('The patients reported fatigue, reduced appetite and poor sleep.'), 'correlational');
    assert.equal(strength('Among the smokers, increased cough was the main complaint.'), 'correlational');
  });
});

describe('claims (round 6, strength): a past form of change opening a measure phrase after a subject is the verb', () => {
  it('"X reduced mortality", "X increased levels of": a finite verb with the measure as its object', () => {
    assert.equal(strength('The new dressing reduced mortality by a third.'), 'direct');
    assert.equal(strength('Daily vitamin D tablets increased levels of calcidiol in every group.'), 'direct');
    assert.equal(strength('In the pilot, the helpline decreased rates of readmission.'), 'direct');
  });

  it('after "with", "had", a verb of showing, a determiner or a comma it is an adjective: a difference', () => {
    assert.equal(strength('Patients with reduced mortality were younger.'), 'correlational');
    assert.equal(strength('Older adults had increased levels of calcidiol.'), 'correlational');
    assert.equal(strength('Smokers showed decreased rates of recovery.'), 'correlational');
    assert.equal(strength('The reduced mortality in the second year was expected.'), 'correlational');
    assert.equal(strength('In this cohort, elevated levels of ferritin were common.'), 'correlational');
  });

  it('"increased risk" is the compound noun of an excess risk, not the verb and its object', () => {
    assert.equal(strength('Vaping increased risk of wheeze in teenagers.'), 'correlational');
    assert.equal(strength('Poor sleep and shift work indicate markedly increased risk of diabetes.'), 'correlational');
    assert.equal(strength('Vaping increased the risk of wheeze in teenagers.'), 'direct');
  });
});

describe('claims (round 6, strength): variation by a factor ("varies by", "varied with", "according to") is a covariation', () => {
  it('a measure that varies by, with, according to, depending on or across a factor: correlational', () => {
    assert.equal(strength('Uptake of the flu vaccine varied markedly by postcode.'), 'correlational');
    assert.equal(strength('Night-time pain varies with the phase of the menstrual cycle.'), 'correlational');
    assert.equal(strength('Recovery time varied according to the type of anaesthetic.'), 'correlational');
    assert.equal(strength('Waiting times vary across regions.'), 'correlational');
  });

  it('variation with no factor, a range of values, or the participle "varying" states no relation', () => {
    assert.equal(strength('Responses to the questionnaire varied considerably.'), 'none');
    assert.equal(strength('Doses varied between 5 and 20 mg.'), 'none');
    assert.equal(strength('Patients had rashes of varying severity.'), 'none');
  });
});

describe('claims (round 6, strength): a means predicated as necessary for an outcome ("is crucial for recovery")', () => {
  it('critical/crucial/essential/central/vital ... to/for/in + a gerund or a noun phrase, after a copula: causal', () => {
    assert.equal(strength('Early mobilisation is crucial for recovery after hip surgery.'), 'direct');
    assert.equal(strength('Good foot care is central to preventing leg ulcers.'), 'direct');
    assert.equal(strength('Regular feeds are vital in keeping blood sugar steady.'), 'direct');
    assert.equal(strength('Weekly physiotherapy may be essential for a full return to sport.'), 'conditional');
  });

  it('unpredicated, extraposed (advice), negated, or before a bare infinitive: not this reading', () => {
    assert.equal(strength('The first two years are a critical period for language.'), 'none');
    assert.equal(strength('It is essential to book the scan early.'), 'none');
    assert.equal(strength('It is vital for parents to keep the appointment letter.'), 'none');
    assert.equal(strength('A biopsy is not essential in small cysts.'), 'none');
    assert.equal(strength('A second scan is essential to rule out a leak.'), 'none');
  });

  it('inside an opening concessive clause, across a parenthesis, it is conceded background', () => {
    assert.equal(strength('While iron (about 15 mg a day) is essential for healthy blood, there is no need to take more.'), 'none');
  });
});

describe('claims (round 6, strength): a group that has, carries or faces a risk or a chance of an outcome', () => {
  it('have/carry/face (a/the) (modifiers) risk/chance/likelihood/odds of: correlational', () => {
    assert.equal(strength('Night-shift workers have a risk of gastric ulcers.'), 'correlational');
    assert.equal(strength('Boys born before 32 weeks carry a substantial risk of hearing loss.'), 'correlational');
    assert.equal(strength('Climbers over 60 face greater odds of altitude sickness.'), 'correlational');
    assert.equal(strength('Patients treated in the new unit had good chances of walking again.'), 'correlational');
  });

  it('a chance to do something, or a risk that is only mentioned, is not this frame', () => {
    assert.equal(strength('Parents will have a chance to ask questions after the talk.'), 'none');
    assert.equal(strength('The leaflet explains the risk of bleeding.'), 'none');
  });
});

describe('claims (round 6, strength): a change participle after a verb of indication is an adjective', () => {
  it('reflects/indicates/mirrors/signals + a changed quantity: the sign of a difference (correlational)', () => {
    assert.equal(strength('The low ferritin probably reflects reduced iron intake in winter.'), 'correlational');
    assert.equal(strength('A pale tongue may indicate decreased blood flow.'), 'correlational');
    assert.equal(strength('The rash mirrored increased sun exposure at weekends.'), 'correlational');
  });

  it('with a determiner after it, the participle is still the verb of its own clause', () => {
    assert.equal(strength('The audit reflects that the new rota reduced the number of errors.'), 'direct');
  });
});

describe('claims (round 6): the necessity frame decides strength only, not whether blog prose makes an efficacy claim', () => {
  it('"Sleep is vital for good health" is direct in strength but not an efficacy claim by this frame', () => {
    const r = classifySentence('Sleep is vital for good health.');
    assert.equal(r.strength, 'direct');
    assert.equal(r.claim, false);
  });

  it('a benefit verb in the same sentence still makes the claim', () => {
    assert.equal(classifySentence('Magnesium is essential for muscles and eases cramps.').claim, true);
  });
});
