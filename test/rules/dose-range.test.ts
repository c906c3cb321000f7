// dose-range through the RuleTester: every number, unit, range and frequency form, the traps that are not doses,
// default and per-drug ranges, messages, severities and the "Write as N mg" fix.

import { ruleTester } from '../helpers/rule-tester';

const naltrexone = { doses: { drugs: [{ drug: 'naltrexone', aliases: ['Revia'], min: 50, max: 100, unit: 'mg', basis: 'per day' as const }] } };
const ldnPerDay = { doses: { drugs: [{ drug: 'low-dose naltrexone', min: 0.5, max: 4.5, unit: 'mg', basis: 'per day' as const }] } };

ruleTester('dose-range', {
  valid: [
    // In range, every number form
    'Most patients take LDN at 4.5 mg at bedtime.',
    'We usually start low-dose naltrexone at 1.5 mg and move up to 3 mg after a week.',
    'A dose of 1,000 mcg is the same as one milligram.',
    'Some people do well on 1½ mg, others on 2 1/2 mg.',
    'We often start at two and a half mg of LDN.',
    'Start at three milligrams of LDN.',
    'A typical LDN dose is 2,5 mg in European prescriptions.',
    'LDN is taken at 2.5mg, 2.5 MG or 2.5 Mg depending on who writes the label.',
    'The compounded capsule holds 4500 µg (micro sign) or 4500 μg (Greek mu) or 4500 ug of LDN.',
    'Each capsule holds 3000 micrograms of naltrexone at low dose, that is LDN.',
    'LDN capsules hold 0.004 g each.',
    // Ranges in range
    'LDN doses of 1-4.5 mg, 1–4.5 mg and 1.5mg–4.5mg are all typical.',
    'Doses between 1 and 4.5 mg are common for LDN.',
    'Take LDN at 1 to 4.5 mg nightly.',
    'Start from 1.5 mg of LDN and go no more than 4.5 mg.',
    // Frequencies
    'LDN is taken as 4.5 mg/day, 4.5 mg daily, 3 mg nightly or 4 mg/d.',
    'Some split LDN into 2 mg twice a day.',
    // Traps: concentrations and lab values
    'The compounded LDN liquid is 1 mg/mL, so 4.5 mL gives 4.5 mg.',
    'Her fasting glucose was 95 mg/dL and her ferritin 30 ng/mL.',
    'Serum naltrexone peaks at about 3 mg/L in some reports and falls to 10 µg/L.',
    'The cream holds 20 micro g/g of tacalcitol.',
    'An old lab sheet reads 110 mg% for glucose.',
    // Money, durations, counts, percentages, years, versions
    'A month of LDN costs $30-45, sometimes $50–60.',
    'Effects build over 2-4 weeks and last 6 to 8 months.',
    'We followed 120 patients for 12 weeks in 2019 and 2021.',
    'About 20% of patients report vivid dreams in the first 7 days.',
    'The study ran from 2018 to 2020 with 3 to 4 visits.',
    'Version 2.5.1 of the app tracks doses.',
    'The 5G network does not affect LDN.',
    'We have clinics in 4 U.S. states.',
    // Diet
    'Aim for 25 g of fibre and 30 g protein a day while on LDN.',
    'Limit sodium to 2,300 mg a day.',
    'Drink 500 mL of water with meals.',
    // Increments are changes of dose, not doses
    'If sleep suffers, increase by 0.5 mg each week up to 4.5 mg of LDN.',
    // Code, inline code, URLs, link targets, front matter, HTML comments
    '---\ntitle: 50 mg naltrexone\ndose: 100 mg\n---\n\nLDN at 4.5 mg.',
    'Write `50 mg` in the order field for LDN, not the dose itself.',
    '```\nnaltrexone 50 mg daily\n```\n\nLDN stays at 4.5 mg.',
    'See [the LDN guide](https://example.org/ldn-50mg-guide) for details.',
    'See <https://example.org/doses/100mg> for the label.',
    '<!-- 50 mg note for the editor -->\nLDN at 3 mg.',
    // Weight- and area-based doses are not compared with a mg range
    'Methotrexate at 1500 mg/m2 and vancomycin at 15 mg/kg are weight or area based.',
    // Non-mass units are not compared with a mg range
    'Vitamin D 1000 IU and 10 units of insulin are common.',
    // With a range for naltrexone, the sample's sentence is in range
    { text: 'Higher doses of Naltrexone (doses ranging from 50-100 mg daily) are commonly used.', config: naltrexone },
    { text: 'Revia is taken at 50 mg daily.', config: naltrexone },
    // Default range off
    { text: 'Take 500 mg of metformin twice daily.', config: { doses: { defaultRange: null } } },
    // Per-day range: 2 mg twice a day = 4 mg per day
    { text: 'Some split LDN into 2 mg twice a day.', config: ldnPerDay },
    // Plain text documents
    { text: 'LDN 4.5 mg nightly\n\nTake it at bedtime.', kind: 'plaintext' },
    // Tables: in range
    '| Drug | Dose |\n| --- | --- |\n| LDN | 4.5 mg |',
  ],
  invalid: [
    {
      name: 'the sample sentence with the default range: naltrexone, same substance as LDN, is a warning',
      text: 'Low dose naltrexone (LDN) helps some people. Higher doses of Naltrexone (doses ranging from 50-100 mg daily) are commonly used. LDN offers a lower dose of 1-5 mg.',
      errors: [{ span: 'ranging from 50-100 mg daily', message: 'ranging from 50-100 mg daily is outside 1–5 mg (default range; no range set for naltrexone)', severity: 'warning' }],
    },
    {
      name: 'the message example from the issue',
      text: 'LDN is sometimes given at 25–75 mg, which is not low dose at all.',
      errors: [{ span: '25–75 mg', message: '25–75 mg is outside 1–5 mg (default range)', severity: 'warning' }],
    },
    { text: 'Take LDN at 6 mg.', errors: [{ span: '6 mg', message: '6 mg is outside 1–5 mg (default range)' }] },
    { text: 'Take LDN at 0.25 mg.', errors: [{ span: '0.25 mg', message: '0.25 mg is outside 1–5 mg (default range)' }] },
    { text: 'Take LDN at .5 mg.', errors: [{ span: '.5 mg', message: '.5 mg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Take LDN at 0,5 mg.', errors: [{ span: '0,5 mg', message: '0,5 mg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Take LDN at ½ mg.', errors: [{ span: '½ mg', message: '½ mg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Take 1,000 mg of LDN.', errors: [{ span: '1,000 mg', message: '1,000 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN at seven milligrams is too much.', errors: [{ span: 'seven milligrams', message: 'seven milligrams (7 mg) is outside 1–5 mg (default range)' }] },
    { text: 'LDN at half a milligram is a starting dose for some.', errors: [{ span: 'half a milligram', message: 'half a milligram (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'LDN at twenty-five mg is a typo.', errors: [{ span: 'twenty-five mg', message: 'twenty-five mg (25 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Each LDN capsule has 500 mcg.', errors: [{ span: '500 mcg', message: '500 mcg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Each LDN capsule has 500 µg.', errors: [{ span: '500 µg', message: '500 µg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Each LDN capsule has 500 μg.', errors: [{ span: '500 μg', message: '500 μg (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Each LDN capsule has 500 ug.', errors: [{ span: '500 ug', message: '500 ug (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Each LDN capsule has 500 micrograms.', errors: [{ span: '500 micrograms', message: '500 micrograms (0.5 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Someone wrote 4.5 g of LDN.', errors: [{ span: '4.5 g', message: '4.5 g (4,500 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Someone wrote 4.5 grams of LDN.', errors: [{ span: '4.5 grams', message: '4.5 grams (4,500 mg) is outside 1–5 mg (default range)' }] },
    { text: 'Someone wrote 450 ng of LDN.', errors: [{ span: '450 ng', message: '450 ng (0.00045 mg) is outside 1–5 mg (default range)' }] },
    // Ranges: outside when either bound is
    { text: 'LDN doses of 2-7 mg are quoted.', errors: [{ span: '2-7 mg', message: '2-7 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN doses of 0.75mg–3mg are quoted.', errors: [{ span: '0.75mg–3mg', message: '0.75mg–3mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN doses of 2 to 7 mg are quoted.', errors: [{ span: '2 to 7 mg', message: '2 to 7 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN doses between 0.25 and 3 mg are quoted.', errors: [{ span: 'between 0.25 and 3 mg', message: 'between 0.25 and 3 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN doses of 500 mcg to 3 mg are quoted.', errors: [{ span: '500 mcg to 3 mg', message: '500 mcg to 3 mg (0.5–3 mg) is outside 1–5 mg (default range)' }] },
    { text: 'LDN can be taken at up to 6 mg.', errors: [{ span: 'up to 6 mg', message: 'up to 6 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN works from 0.5 mg.', errors: [{ span: 'from 0.5 mg', message: 'from 0.5 mg is outside 1–5 mg (default range)' }] },
    { text: 'Take no more than 8 mg of LDN.', errors: [{ span: 'no more than 8 mg', message: 'no more than 8 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN is given at more than 5 mg in some trials.', errors: [{ span: 'more than 5 mg', message: 'more than 5 mg is outside 1–5 mg (default range)' }] },
    // Frequencies
    { text: 'LDN was given at 20mg/day.', errors: [{ span: '20mg/day', message: '20mg/day is outside 1–5 mg (default range)' }] },
    { text: 'LDN was given at 25 mg daily.', errors: [{ span: '25 mg daily', message: '25 mg daily is outside 1–5 mg (default range)' }] },
    { text: 'LDN was given at 6 mg nightly.', errors: [{ span: '6 mg nightly', message: '6 mg nightly is outside 1–5 mg (default range)' }] },
    { text: 'LDN was given at 6 mg/d.', errors: [{ span: '6 mg/d', message: '6 mg/d is outside 1–5 mg (default range)' }] },
    { name: 'per-day range: twice a day doubles the amount', text: 'Some split LDN into 3 mg twice a day.', config: ldnPerDay, errors: [{ span: '3 mg twice a day', message: '3 mg twice a day (6 mg per day) is outside 0.5–4.5 mg per day (range for low-dose naltrexone)' }] },
    { name: 'per-day range: "100 mg orally, three times a day"', text: 'Naltrexone 100 mg orally, three times a day, is far too much.', config: naltrexone, errors: [{ span: '100 mg orally, three times a day', message: '100 mg orally, three times a day (300 mg per day) is outside 50–100 mg per day (range for naltrexone)' }] },
    // Drug ranges and aliases
    { text: 'Revia is taken at 150 mg daily.', config: naltrexone, errors: [{ span: '150 mg daily', message: '150 mg daily is outside 50–100 mg per day (range for naltrexone)', severity: 'warning' }] },
    { name: 'LDN and naltrexone are different drugs', text: 'LDN is 4.5 mg, naltrexone 4.5 mg.', config: naltrexone, errors: [{ span: '4.5 mg', message: '4.5 mg is outside 50–100 mg per day (range for naltrexone)' }] },
    // Unrelated drug in an LDN post: visible as information, not a warning
    {
      name: 'a dose of an unrelated drug under the default range is information',
      text: 'LDN is often paired with other care. Some readers also take ibuprofen 400 mg for pain. LDN is taken at bedtime.',
      errors: [{ span: '400 mg', message: '400 mg is outside 1–5 mg (default range; no range set for ibuprofen)', severity: 'info' }],
    },
    // Attribution from the paragraph and the main drug
    {
      name: 'a sentence without a drug takes the drug of the sentence before',
      text: 'LDN is the topic here. Naltrexone is used for alcohol use disorder. The usual dose is 50 mg a day.',
      errors: [{ span: '50 mg a day', message: '50 mg a day is outside 1–5 mg (default range; no range set for naltrexone)', severity: 'warning' }],
    },
    {
      name: 'a paragraph without a drug takes the main drug',
      text: 'Low dose naltrexone in practice\n\nLDN helps. LDN is cheap.\n\nThe dose we use most is 9 mg.',
      errors: [{ span: '9 mg', message: '9 mg is outside 1–5 mg (default range)' }],
    },
    // Lists share the unit written last
    { text: 'LDN was tried at 1.5, 3 and 6 mg.', errors: [{ span: '6 mg', message: '6 mg is outside 1–5 mg (default range)' }] },
    { text: 'LDN was tried at 0.5 and 3 mg.', errors: [{ span: '0.5', message: '0.5 mg is outside 1–5 mg (default range)' }] },
    // Table cells are checked; the row names the drug
    {
      text: '| Drug | Dose |\n| --- | --- |\n| LDN | 4.5 mg |\n| Naltrexone | 50 mg |',
      errors: [{ span: '50 mg', message: '50 mg is outside 1–5 mg (default range; no range set for naltrexone)', severity: 'warning' }],
    },
    // Headings, block quotes and list items are prose too
    { text: '# Why 50 mg of naltrexone is not LDN', errors: 1 },
    { text: '> Naltrexone 50 mg is the addiction dose.', errors: 1 },
    { text: '- LDN: 6 mg\n- LDN: 3 mg', errors: [{ span: '6 mg', message: '6 mg is outside 1–5 mg (default range)' }] },
    // mg/kg against a mg/kg range
    { text: 'Ketamine at 2 mg/kg is an anaesthetic dose.', config: { doses: { drugs: [{ drug: 'ketamine', min: 0.5, max: 1, unit: 'mg/kg' }] } }, errors: [{ span: '2 mg/kg', message: '2 mg/kg is outside 0.5–1 mg/kg (range for ketamine)' }] },
    { text: 'Ketamine at 2000 mcg/kg is an anaesthetic dose.', config: { doses: { drugs: [{ drug: 'ketamine', min: 0.5, max: 1, unit: 'mg/kg' }] } }, errors: [{ span: '2000 mcg/kg', message: '2000 mcg/kg (2 mg/kg) is outside 0.5–1 mg/kg (range for ketamine)' }] },
    // IU against an IU range
    { text: 'Vitamin D at 50,000 IU daily is a loading dose.', config: { doses: { drugs: [{ drug: 'vitamin D', min: 400, max: 4000, unit: 'IU', basis: 'per day' }] } }, errors: [{ span: '50,000 IU daily', message: '50,000 IU daily is outside 400–4,000 IU per day (range for vitamin D)' }] },
    // A default range in micrograms
    { text: 'Take 2 mg of it.', config: { doses: { defaultRange: { min: 100, max: 1000, unit: 'mcg' } } }, errors: [{ span: '2 mg', message: '2 mg is outside 100–1,000 mcg (default range)' }] },
    // Plain text
    { text: 'LDN 8 mg nightly\n\nTake it at bedtime.', kind: 'plaintext', errors: [{ span: '8 mg nightly', message: '8 mg nightly is outside 1–5 mg (default range)' }] },
    // Severity from config
    { text: 'Take LDN at 6 mg.', config: { rules: { 'dose-range': 'error' } }, errors: [{ severity: 'error' }] },
    // Fixes: "Write as N mg" rewrites the quantity (the diagnostic stays, now in mg)
    { name: 'fix: write 500 mcg as 0.5 mg', text: 'Each LDN capsule has 500 mcg.', errors: 1, fixIndex: 0, output: 'Each LDN capsule has 0.5 mg.' },
    { name: 'fix: write seven milligrams as 7 mg', text: 'LDN at seven milligrams is too much.', errors: 1, fixIndex: 0, output: 'LDN at 7 mg is too much.' },
    { name: 'fix: write a range in mg', text: 'LDN doses of 500 mcg to 6 mg are quoted.', errors: 1, fixIndex: 0, output: 'LDN doses of 0.5 to 6 mg are quoted.' },
    { name: 'fix: write 4.5 g as 4,500 mg', text: 'Someone wrote 4.5 g of LDN.', errors: 1, fixIndex: 0, output: 'Someone wrote 4,500 mg of LDN.' },
    { name: 'fix: disable for this line (paragraph start)', text: 'Take LDN at 6 mg.', errors: 1, fixIndex: 0, output: '<!-- clinical-lint-disable-next-line dose-range -->\nTake LDN at 6 mg.' },
    { name: 'fix: disable for this line (table row)', text: '| Drug | Dose |\n| --- | --- |\n| LDN | 6 mg |', errors: 1, fixIndex: 0, output: '| Drug | Dose |\n| --- | --- |\n| LDN | 6 mg | <!-- clinical-lint-disable-line dose-range -->' },
  ],
});
