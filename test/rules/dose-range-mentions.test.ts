// findDoseMentions: the values, units, frequencies, drugs and ranges that hover, the review report and dose-range read.

import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document';
import { resolveConfig, type ClinicalLintConfig, type ResolvedConfig } from '../../server/src/engine/config';
import { findDoseMentions, describeDoseMention, parseRangeUnit, ucumFactor, formatDoseNumber, isDoseTableMedicine, type DoseMention } from '../../server/src/engine/doses';

function mentions(text: string, settings: ClinicalLintConfig = {}, kind: 'markdown' | 'plaintext' = 'markdown'): (DoseMention & { span: string })[] {
  const doc = parseDocument(text, { uri: kind === 'markdown' ? 'file:///posts/draft.md' : 'file:///posts/draft.txt', kind });
  return findDoseMentions(doc, resolveConfig({ settings })).map((m) => ({ ...m, span: text.slice(m.start, m.end) }));
}

function one(text: string, settings: ClinicalLintConfig = {}): DoseMention & { span: string } {
  const ms = mentions(text, settings);
  assert.equal(ms.length, 1, `expected one mention in «${text}», got ${ms.map((m) => `«${m.span}»`).join(', ')}`);
  return ms[0];
}

describe('findDoseMentions', () => {
  describe('numbers', () => {
    const cases: [string, number][] = [
      ['Take 4 mg of LDN.', 4],
      ['Take 4.5 mg of LDN.', 4.5],
      ['Take .5 mg of LDN.', 0.5],
      ['Take 0,5 mg of LDN.', 0.5],
      ['Take 2,25 mg of LDN.', 2.25],
      ['Take 1,000 mg of metformin.', 1000],
      ['Take 1,200 g of nothing.', 1200],
      ['Take ½ mg of LDN.', 0.5],
      ['Take 1½ mg of LDN.', 1.5],
      ['Take 1 ½ mg of LDN.', 1.5],
      ['Take 2 1/2 mg of LDN.', 2.5],
      ['Take 1/2 mg of LDN.', 0.5],
      ['Take 1 and a half mg of LDN.', 1.5],
      ['Take seven milligrams of LDN.', 7],
      ['Take two and a half mg of LDN.', 2.5],
      ['Take twenty-five mg of naltrexone.', 25],
      ['Take one hundred and fifty milligrams of naltrexone.', 150],
      ['Take half a milligram of LDN.', 0.5],
      ['Take a quarter of a milligram of LDN.', 0.25],
      ['Take three quarters of a milligram of LDN.', 0.75],
      ['Fifty milligrams of naltrexone is the usual dose.', 50],
    ];
    for (const [text, value] of cases) {
      it(text, () => {
        const m = one(text);
        assert.equal(m.written.min, value);
        assert.equal(m.unit, 'mg');
      });
    }
    it('a comma followed by a list is not a decimal comma', () => {
      const ms = mentions('LDN was tried at 1,2 and 3 mg.');
      assert.deepEqual(ms.map((m) => m.min), [1, 2, 3]);
    });
    it('numbers glued to words, money, dates, times and versions are not amounts', () => {
      assert.deepEqual(mentions('B12 deficiency, COVID-19 mg, $5 mg, 12/5 mg, 10:30 mg, v1.2.3 mg, #4 mg.').map((m) => m.span), []);
    });
    it('leading zeros are not an amount as written', () => {
      assert.deepEqual(mentions('Code 007 mg.').map((m) => m.span), []);
    });
  });

  describe('units', () => {
    const cases: [string, number, string][] = [
      ['2.5mg', 2.5, 'mg'], ['2.5 MG', 2.5, 'mg'], ['2.5 Mg', 2.5, 'mg'], ['2.5 milligrams', 2.5, 'mg'], ['1 milligram', 1, 'mg'],
      ['500 mcg', 0.5, 'mg'], ['500 MCG', 0.5, 'mg'], ['500 µg', 0.5, 'mg'], ['500 μg', 0.5, 'mg'], ['500 ug', 0.5, 'mg'],
      ['500 micrograms', 0.5, 'mg'], ['500 microg', 0.5, 'mg'], ['500 micro g', 0.5, 'mg'],
      ['2 g', 2000, 'mg'], ['2 gm', 2000, 'mg'], ['2 grams', 2000, 'mg'], ['1 gram', 1000, 'mg'],
      ['500 ng', 0.0005, 'mg'], ['500 nanograms', 0.0005, 'mg'],
      ['1000 IU', 1000, 'IU'], ['1000 I.U.', 1000, 'IU'], ['25 UI', 25, 'IU'], ['100 U', 100, 'IU'], ['1000 international units', 1000, 'IU'],
    ];
    for (const [dose, value, unit] of cases) {
      it(dose, () => {
        const m = one(`Naltrexone at ${dose} here.`);
        assert.equal(m.span, dose);
        assert.equal(m.min, value);
        assert.equal(m.unit, unit);
      });
    }
    it('an uppercase G is not grams (5G networks, the gauss)', () => {
      assert.deepEqual(mentions('LDN near a 5G mast at 2 G.').map((m) => m.span), []);
    });
    it('volumes, drops and bare "units" are doses only next to a substance', () => {
      assert.deepEqual(mentions('Pour 500 mL into the jug. It took 10 units of effort.').map((m) => m.span), []);
      assert.deepEqual(mentions('She got 1 drop of brimonidine and 0.3 ml of 10% phenol.').map((m) => m.span), ['1 drop', '0.3 ml']);
      assert.deepEqual(mentions('Insulin 10 units before meals.').map((m) => m.unit), ['IU']);
    });
    it('UCUM factors are cached per unit pair', () => {
      assert.equal(ucumFactor('ug', 'mg'), 0.001);
      assert.equal(ucumFactor('g/m2', 'mg/m2'), 1000);
      assert.equal(ucumFactor('mg', 'mg/kg'), null);
      assert.equal(ucumFactor('mg', 'mg'), 1);
    });
    it('range units: mass, basis, per-day and UCUM codes', () => {
      assert.deepEqual(parseRangeUnit('mg'), { ucum: 'mg', display: 'mg', basis: null });
      assert.deepEqual(parseRangeUnit('mcg'), { ucum: 'ug', display: 'mcg', basis: null });
      assert.deepEqual(parseRangeUnit('µg/kg'), { ucum: 'ug/kg', display: 'µg/kg', basis: null });
      assert.deepEqual(parseRangeUnit('mg/m2'), { ucum: 'mg/m2', display: 'mg/m2', basis: null });
      assert.deepEqual(parseRangeUnit('mg/day'), { ucum: 'mg', display: 'mg/day', basis: 'per day' });
      assert.deepEqual(parseRangeUnit('mg/kg/day'), { ucum: 'mg/kg', display: 'mg/kg/day', basis: 'per day' });
      assert.deepEqual(parseRangeUnit('IU'), { ucum: '[iU]', display: 'IU', basis: null });
      assert.equal(parseRangeUnit('furlongs'), null);
      assert.equal(parseRangeUnit('mg/mL'), null);
    });
  });

  describe('ranges and bounds', () => {
    const cases: [string, string, number, number, DoseMention['bound']][] = [
      ['LDN at 2-4 mg.', '2-4 mg', 2, 4, null],
      ['LDN at 2–4 mg.', '2–4 mg', 2, 4, null],
      ['LDN at 2 - 4 mg.', '2 - 4 mg', 2, 4, null],
      ['LDN at 0.75mg–3mg.', '0.75mg–3mg', 0.75, 3, null],
      ['LDN at 2 to 7 mg.', '2 to 7 mg', 2, 7, null],
      ['LDN at 2 or 3 mg.', '2 or 3 mg', 2, 3, null],
      ['LDN at 500 mcg to 1 mg.', '500 mcg to 1 mg', 0.5, 1, null],
      ['LDN between 0.25 and 3 mg.', 'between 0.25 and 3 mg', 0.25, 3, null],
      ['LDN between 1 mg and 3 mg.', 'between 1 mg and 3 mg', 1, 3, null],
      ['LDN from 1.5 to 4.5 mg.', 'from 1.5 to 4.5 mg', 1.5, 4.5, null],
      ['LDN at up to 6 mg.', 'up to 6 mg', 6, 6, { kind: 'max', strict: false }],
      ['LDN from 2 mg.', 'from 2 mg', 2, 2, { kind: 'min', strict: false }],
      ['LDN at no more than 3 mg.', 'no more than 3 mg', 3, 3, { kind: 'max', strict: false }],
      ['LDN at less than 1 mg.', 'less than 1 mg', 1, 1, { kind: 'max', strict: true }],
      ['LDN at more than 5 mg.', 'more than 5 mg', 5, 5, { kind: 'min', strict: true }],
      ['LDN at at least 1.5 mg.', 'at least 1.5 mg', 1.5, 1.5, { kind: 'min', strict: false }],
      ['LDN at ≤ 4.5 mg.', '≤ 4.5 mg', 4.5, 4.5, { kind: 'max', strict: false }],
    ];
    for (const [text, span, min, max, bound] of cases) {
      it(text, () => {
        const m = one(text);
        assert.equal(m.span, span);
        assert.deepEqual([m.min, m.max, m.bound], [min, max, bound]);
      });
    }
    it('bounds: outside when the bound itself is outside', () => {
      assert.equal(one('LDN at up to 4.5 mg.').inRange, true);
      assert.equal(one('LDN at up to 0.5 mg.').inRange, false);
      assert.equal(one('LDN at more than 5 mg.').inRange, false);
      assert.equal(one('LDN at less than 1 mg.').inRange, false);
      assert.equal(one('LDN at less than 5 mg.').inRange, true);
      assert.equal(one('LDN at at least 1 mg.').inRange, true);
    });
    it('a range is outside when either bound is', () => {
      assert.equal(one('LDN at 0.5-4 mg.').inRange, false);
      assert.equal(one('LDN at 2-6 mg.').inRange, false);
      assert.equal(one('LDN at 1-5 mg.').inRange, true);
    });
    it('mean ± SD: the mean is the dose', () => {
      const m = one('Mean dose was 0.62 +/- 0.15 mg/day of alprazolam.');
      assert.equal(m.span, '0.62 +/- 0.15 mg/day');
      assert.deepEqual([m.min, m.max], [0.62, 0.62]);
      assert.equal(m.quantity, null);
    });
    it('lists share the unit written last', () => {
      const ms = mentions('Patients took 30.6 and 114 g of metronidazole.');
      assert.deepEqual(ms.map((m) => [m.span, m.min, m.sharedUnit]), [['30.6', 30600, true], ['114 g', 114000, false]]);
      assert.deepEqual(mentions('LDN at 1.5, 3 and 4.5 mg.').map((m) => m.min), [1.5, 3, 4.5]);
      // Without "and"/"or" before the last item, a comma list is not read as sharing a unit.
      assert.deepEqual(mentions('In 2021, 5 mg of LDN.').map((m) => m.span), ['5 mg']);
    });
    it('increments are changes of dose, not doses', () => {
      assert.deepEqual(mentions('Increase by 0.5 mg each week, in steps of 1.5 mg, to 4.5 mg of LDN.').map((m) => m.span), ['4.5 mg']);
    });
  });

  describe('frequencies', () => {
    it('20mg/day: a per-day amount, read as one dose a day', () => {
      const m = one('Naltrexone 20mg/day.');
      assert.deepEqual([m.basis, m.min, m.perDose, m.perDay, m.frequency], ['per day', 20, { min: 20, max: 20 }, { min: 20, max: 20 }, '/day']);
    });
    it('25 mg daily, 3 mg nightly, 4 mg/d, 4.5 mg at bedtime, 4.5 mg per night, 4.5mg/night', () => {
      for (const [text, f] of [['Naltrexone 25 mg daily.', 'daily'], ['LDN 3 mg nightly.', 'nightly'], ['LDN 4 mg/d.', '/d'], ['LDN 4.5 mg at bedtime.', 'at bedtime'], ['LDN 4.5 mg per night.', 'per night'], ['LDN 4.5mg/night.', '/night']]) {
        const m = one(text);
        assert.equal(m.basis, 'per day', text);
        assert.equal(m.frequency, f, text);
        assert.deepEqual(m.perDose, { min: m.min, max: m.max }, text);
      }
    });
    it('twice a day, b.i.d., tid, every 8 hours, 3x/day, five times a day', () => {
      const cases: [string, number][] = [['2 mg twice a day', 2], ['2 mg b.i.d.', 2], ['2 mg BID', 2], ['2 mg tid', 3], ['2 mg every 8 hours', 3], ['2 mg q6h', 4], ['2 mg 3x/day', 3], ['2 mg five times a day', 5], ['2 mg twice/day', 2], ['2 mg once or twice a day', 2]];
      for (const [dose, n] of cases) {
        const m = one(`LDN ${dose} here.`);
        assert.equal(m.span, dose);
        assert.equal(m.dosesPerDay!.max, n, dose);
        assert.equal(m.perDay!.max, 2 * n, dose);
        assert.equal(m.perDose!.max, 2, dose);
      }
    });
    it('a route may stand between the dose and its frequency', () => {
      const m = one('Quinacrine 100 mg orally, three times a day.');
      assert.equal(m.span, '100 mg orally, three times a day');
      assert.equal(m.perDay!.min, 300);
    });
    it('weekly doses have no per-day amount', () => {
      for (const text of ['Methotrexate 15 mg/week.', 'Methotrexate 15 mg weekly.', 'Methotrexate 15 mg once a week.']) {
        const m = one(text);
        assert.equal(m.perDay, null, text);
        assert.deepEqual(m.perDose, { min: 15, max: 15 });
        assert.equal(m.basis, 'per dose');
      }
    });
    it('a weekly dose is not compared with a per-day range', () => {
      const m = one('Methotrexate 15 mg weekly.', { doses: { drugs: [{ drug: 'methotrexate', min: 7.5, max: 25, basis: 'per day' }] } });
      assert.equal(m.inRange, null);
      assert.match(m.note!, /per day/);
    });
    it('a daily dose of 4.5 mg', () => {
      const m = one('A daily dose of 4.5 mg of LDN.');
      assert.equal(m.basis, 'per day');
    });
  });

  describe('weight, area and rates', () => {
    it('mg/kg, mg/m2, kg-1, per kg per day, mcg/kg', () => {
      assert.deepEqual([one('Vancomycin 15 mg/kg.').unit, one('Methotrexate 1500 mg/m2.').unit, one('Carboplatin 80 mg/m(2) weekly.').unit, one('Amiodarone 30 mg kg-1 once.').unit], ['mg/kg', 'mg/m2', 'mg/m2', 'mg/kg']);
      const m = one('Clonazepam 0.02 mg per kg per day.');
      assert.deepEqual([m.unit, m.basis, m.min], ['mg/kg', 'per day', 0.02]);
      assert.equal(one('Dexmedetomidine 5.0 microg/kg.').min, 0.005);
      assert.equal(one('Cytarabine 2 g/m2 every 12 hours.').perDay!.min, 4000);
    });
    it('a weight-based dose is not compared with a mass range, and is with a weight-based one', () => {
      const m = one('Vancomycin 15 mg/kg.');
      assert.equal(m.range, null);
      assert.match(m.note!, /default range is in mg; this dose is in mg\/kg/);
      const n = one('Vancomycin 15 mg/kg.', { doses: { drugs: [{ drug: 'vancomycin', min: 10, max: 20, unit: 'mg/kg' }] } });
      assert.equal(n.inRange, true);
      const p = one('Vancomycin 15000 mcg/kg.', { doses: { drugs: [{ drug: 'vancomycin', min: 10, max: 20, unit: 'mg/kg' }] } });
      assert.equal(p.inRange, true);
    });
    it('rates (mcg/h) are their own unit', () => {
      const m = one('Fentanyl patches deliver 25 mcg/h.');
      assert.deepEqual([m.unit, m.perDose, m.perDay, m.range], ['mg/h', { min: 0.025, max: 0.025 }, null, null]);
      assert.equal(one('Fentanyl patches deliver 25 mcg/h.', { doses: { drugs: [{ drug: 'fentanyl', min: 12, max: 100, unit: 'mcg/h' }] } }).inRange, true);
    });
  });

  describe('not doses', () => {
    const traps = [
      'The LDN liquid is 1 mg/mL.', 'Glucose was 95 mg/dL.', 'Naltrexone peaks at 3 mg/L.', 'Vitamin D was 30 ng/mL.', 'Glucose 110 mg%.',
      'The syrup is 5 mg/5 mL.', 'The cream has 20 micro g/g of tacalcitol.', 'Potassium 2 mg per dL.',
      'A month costs $30-45.', 'It costs €50 for 60 capsules.', 'It takes 2-4 weeks.', 'In 2019, 120 patients.', 'About 20% respond.',
      'Eat 25 g of fibre.', 'Have 30 g protein.', 'Fibre: 25 g a day.', 'A 100 g serving of salmon.', 'Limit sodium to 2,300 mg.',
      'Dissolve a 50 mg naltrexone tablet in 50 mL of water.', 'We dissolve 4.5 mg in 10 mL of water.',
      'LDN [4] helped; see [2–5] and ¹².',
      'The syrup contains 2 mg per 5 mL.', 'It is 1 mg per 1 mL of liquid.', 'A 2 mg increase made her sleep worse.', 'Use 0.5 mg steps with LDN.',
      'Metformin is avoided when eGFR is below 30 mL/min.', 'Blood pressure was 120/80 mmHg and BMI 30 kg/m2.', 'Take 2 capsules with 8 oz of water.',
      // Pack sizes: a container after the amount, or a price before an amount in grams or millilitres.
      'Our turmeric paste comes in a 250 g jar.', 'Arnica gel, 50g tube, £6.99.', 'Ginger syrup: £4 for 200 mL.', 'Sea salt flakes are £3.20 per 500 g.',
      'Refill the 2 kg tub every month.', 'A 100 mL bottle of the LDN suspension lasts a month.',
    ];
    for (const t of traps) it(t, () => assert.deepEqual(mentions(t).map((m) => m.span), []));
    it('code, inline code, URLs, link targets and front matter', () => {
      const text = '---\ndose: 50 mg\n---\n\n`50 mg` and <https://x.org/50mg> and [LDN](https://x.org/50-mg) and\n\n```\n50 mg\n```\n\n    50 mg indented code\n';
      assert.deepEqual(mentions(text).map((m) => m.span), []);
    });
    it('a strength sold at a price, or a dose before a pack of doses, is still a dose', () => {
      assert.deepEqual(mentions('The 50 mg naltrexone tablets are £20 per 50 mg tablet.').map((m) => m.span), ['50 mg', '50 mg']);
      assert.deepEqual(mentions('Each 10 g scoop of creatine is a dose.').map((m) => m.span), ['10 g']);
      assert.deepEqual(mentions('Take 6 mg of LDN from the new bottle.').map((m) => m.span), ['6 mg']);
    });
    it('the text of a link is prose', () => {
      assert.deepEqual(mentions('Read about [4.5 mg of LDN](https://x.org).').map((m) => m.span), ['4.5 mg']);
    });
  });

  describe('drugs', () => {
    it('the drug named nearest in the sentence, clause boundaries counting against', () => {
      const ms = mentions('LDN is 4.5 mg, naltrexone 50 mg.');
      assert.deepEqual(ms.map((m) => [m.drug, m.attribution, m.drugText]), [['low-dose naltrexone', 'sentence', 'LDN'], ['naltrexone', 'sentence', 'naltrexone']]);
      assert.equal(one('Unlike naltrexone, LDN is taken at 4.5 mg.').drug, 'low-dose naltrexone');
      assert.equal(one('Higher doses of Naltrexone (doses ranging from 50-100 mg daily) are used.').drug, 'naltrexone');
    });
    it('"low-dose naltrexone", "Low Dose Naltrexone" and "LDN" are one drug; "naltrexone" another', () => {
      for (const name of ['low-dose naltrexone', 'Low Dose Naltrexone', 'low dose naltrexone', 'LDN', 'ldn']) assert.equal(one(`${name} at 4.5 mg.`).drug, 'low-dose naltrexone', name);
      for (const name of ['naltrexone', 'Naltrexone', 'Revia', 'Vivitrol']) assert.equal(one(`${name} at 50 mg.`).drug, 'naltrexone', name);
    });
    it('capital-letter aliases match only in capitals', () => {
      assert.equal(one('Omega-3 with EPA 500 mg.').drug, 'omega-3');
      assert.notEqual(one('A pea 500 mg.').drug, 'omega-3');
    });
    it('table rows, paragraph, section heading, main drug, none', () => {
      assert.equal(mentions('| Drug | Dose |\n| --- | --- |\n| Naltrexone | 50 mg |')[0].attribution, 'table row');
      // The nearest drug of the other cells, on either side (the one before wins a tie).
      const row = (cells: string) => mentions(`| a | b | c |\n| --- | --- | --- |\n| ${cells} |`).map((m) => [m.drug, m.attribution]);
      assert.deepEqual(row('Naltrexone, low dose, at night | 3 mg | Magnesium'), [['magnesium', 'table row']]);
      assert.deepEqual(row('Naltrexone | 3 mg | magnesium glycinate powder, taken at night'), [['naltrexone', 'table row']]);
      assert.deepEqual(row('Naltrexone | 3 mg | Magnesium'), [['naltrexone', 'table row']]);
      const th = mentions('LDN helps.\n\n| Week | Naltrexone dose |\n| --- | --- |\n| 1 | 50 mg |\n| 2 | 100 mg |');
      assert.deepEqual(th.map((m) => [m.drug, m.attribution]), [['naltrexone', 'table header'], ['naltrexone', 'table header']]);
      const p = mentions('Naltrexone treats alcohol use disorder. The dose is 50 mg.')[0];
      assert.deepEqual([p.drug, p.attribution], ['naltrexone', 'paragraph']);
      const s = mentions('# Naltrexone\n\nThe dose is 50 mg.')[0];
      assert.deepEqual([s.drug, s.attribution], ['naltrexone', 'section']);
      const md = mentions('LDN helps. LDN is cheap.\n\nThe dose is 3 mg.')[0];
      assert.deepEqual([md.drug, md.attribution, md.drugText, md.relation], ['low-dose naltrexone', 'main drug', null, 'main']);
      const none = mentions('The dose is 3 mg.')[0];
      assert.deepEqual([none.drug, none.attribution, none.relation], [null, 'none', null]);
    });
    it('relation to the main drug', () => {
      const ms = mentions('LDN is our topic. LDN at 4.5 mg; naltrexone 50 mg; ibuprofen 400 mg.');
      assert.deepEqual(ms.map((m) => m.relation), ['main', 'same substance', 'other']);
    });
    it('drug names recognised by their USAN stem', () => {
      assert.equal(one('Zuranolone-like drugs: brexanolone 30 mg.').drug, 'brexanolone');
      // The longest stem of the table ('-triptyline', ten letters) is tried too.
      assert.equal(one('She takes protriptyline 10 mg at night.').drug, 'protriptyline');
    });
    it('isDoseTableMedicine: one word of the dose table (the claim rules ask it of a treatment being started)', () => {
      assert.deepEqual(['sertraline', 'Sertraline', 'Lyrica', 'LDN', 'etanercept', 'protriptyline'].map(isDoseTableMedicine), [true, true, true, true, true, true]);
      assert.deepEqual(['magazine', 'ginger', 'Tuesday', 'the', ''].map(isDoseTableMedicine), [false, false, false, false, false]);
    });
    it('configured drugs and aliases, joining the lexicon entry', () => {
      const cfg = { doses: { drugs: [{ drug: 'Naltrexone', aliases: ['NTX'], min: 50, max: 100 }, { drug: 'Myzotrel', min: 1, max: 2 }] } };
      assert.equal(one('NTX 50 mg.', cfg).drug, 'Naltrexone');
      assert.equal(one('Revia 50 mg.', cfg).drug, 'Naltrexone');
      assert.equal(one('Revia 50 mg.', cfg).inRange, true);
      assert.deepEqual([one('Myzotrel 3 mg.', cfg).drug, one('Myzotrel 3 mg.', cfg).inRange], ['Myzotrel', false]);
      // LDN keeps the default range: it is not naltrexone.
      assert.deepEqual([one('LDN 4.5 mg.', cfg).range?.source, one('LDN 4.5 mg.', cfg).inRange], ['default range', true]);
    });
    it('several ranges for one drug: the one in the dose’s unit applies', () => {
      const cfg = { doses: { drugs: [{ drug: 'ketamine', min: 0.5, max: 1, unit: 'mg/kg' }, { drug: 'ketamine', min: 25, max: 75, unit: 'mg' }] } };
      assert.equal(one('Ketamine 0.8 mg/kg.', cfg).range?.unit, 'mg/kg');
      assert.equal(one('Ketamine 50 mg.', cfg).range?.unit, 'mg');
    });
  });

  describe('ranges', () => {
    it('default range, source and kind', () => {
      const m = one('LDN 4.5 mg.');
      assert.deepEqual(m.range, { min: 1, max: 5, unit: 'mg', basis: 'per dose', source: 'default range', kind: 'default' });
      assert.equal(m.inRange, true);
    });
    it('no default range', () => {
      const m = one('Metformin 500 mg.', { doses: { defaultRange: null } });
      assert.deepEqual([m.range, m.inRange], [null, null]);
      assert.match(m.note!, /no range is set for metformin and the default range is off/);
    });
    it('a range in another mass unit', () => {
      const m = one('LDN 4500 mcg.', { doses: { defaultRange: { min: 1000, max: 5000, unit: 'mcg' } } });
      assert.equal(m.inRange, true);
    });
    it('an unknown range unit is noted, not applied', () => {
      const m = one('LDN 4.5 mg.', { doses: { drugs: [{ drug: 'LDN', min: 1, max: 5, unit: 'furlongs' }] } });
      assert.deepEqual([m.range, m.inRange], [null, null]);
      assert.match(m.note!, /"furlongs"/);
    });
  });

  describe('shape', () => {
    it('offsets point into the source, markup included', () => {
      const text = 'Take **4.5 mg** of _LDN_ at 2.5\u00a0mg.';
      const ms = mentions(text);
      assert.deepEqual(ms.map((m) => m.span), ['4.5 mg', '2.5\u00a0mg']);
      assert.equal(ms[1].text, '2.5 mg');
    });
    it('is plain data (JSON round trip) and cached per document and config', () => {
      const doc = parseDocument('LDN 500 mcg twice a day.', { uri: 'x.md' });
      const cfg: ResolvedConfig = resolveConfig();
      const a = findDoseMentions(doc, cfg);
      assert.equal(findDoseMentions(doc, cfg), a);
      assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
    });
    it('describeDoseMention says value, drug, range and verdict', () => {
      assert.equal(describeDoseMention(one('LDN 500 mcg twice a day.')), '500 mcg twice a day = 1 mg per day · low-dose naltrexone (named in the sentence) · outside: 1–5 mg (default range)');
      assert.equal(describeDoseMention(one('Vancomycin 15 mg/kg.')), '15 mg/kg = 15 mg/kg · vancomycin (named in the sentence) · no range applies · the default range is in mg; this dose is in mg/kg');
    });
    it('formats numbers the way ISMP advises (leading zero, no trailing zero, commas from 1,000)', () => {
      assert.deepEqual([formatDoseNumber(0.5), formatDoseNumber(5), formatDoseNumber(1000), formatDoseNumber(0.1 + 0.2)], ['0.5', '5', '1,000', '0.3']);
    });
    it('plain text documents', () => {
      assert.deepEqual(mentions('LDN 4.5 mg nightly\n\nNaltrexone 50 mg', {}, 'plaintext').map((m) => m.drug), ['low-dose naltrexone', 'naltrexone']);
    });
  });
});
