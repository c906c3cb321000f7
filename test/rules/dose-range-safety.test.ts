// dose-range never throws, never reports outside the document, and reads in linear time:
// every regular expression is checked with recheck; random and adversarial drafts are linted.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import { parseDocument } from '../../server/src/engine/document';
import { defaultConfig, resolveConfig, type ResolvedConfig } from '../../server/src/engine/config';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { dosePatterns, findDoseMentions, describeDoseMention, type DoseMention } from '../../server/src/engine/doses';

function checkMention(m: DoseMention, length: number): void {
  assert.ok(m.start >= 0 && m.start < m.end && m.end <= length, `span ${m.start}-${m.end} inside ${length}`);
  assert.ok(m.text.length > 0);
  assert.ok(Number.isFinite(m.min) && Number.isFinite(m.max) && m.min <= m.max, `${m.min} <= ${m.max}`);
  assert.doesNotThrow(() => JSON.stringify(m));
  assert.equal(typeof describeDoseMention(m), 'string');
}

function lintChecked(text: string, config: ResolvedConfig = resolveConfig()): void {
  const { diagnostics } = lintText(text, { uri: 'untitled:fuzz.md', config, only: ['dose-range'], onRuleError: (_id, e) => { throw e; } });
  for (const d of diagnostics) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length);
    for (const f of d.fixes ?? []) {
      for (const e of f.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
      assert.doesNotThrow(() => parseDocument(applyEdits(text, f.edits), { uri: 'untitled:fuzz.md' }));
    }
  }
}

describe('dose-range safety', () => {
  it('every regular expression is linear-time (recheck)', function () {
    this.timeout(240_000);
    for (const re of dosePatterns()) {
      const result = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 30_000 });
      assert.equal(result.status, 'safe', `${re.source.slice(0, 80)}: ${result.status}`);
    }
  });

  it('random drafts made of dose-like pieces', () => {
    const piece = fc.constantFrom(
      '1', '4.5', '.5', '0,5', '1,000', '½', '2 1/2', 'seven', 'two and a half', 'half a', 'twenty-five', 'one hundred and',
      ' mg', 'mg', ' mcg', ' µg', ' μg', ' ug', ' g', ' G', ' ng', ' IU', ' U', ' units', ' mL', ' drops', ' milligrams',
      '/kg', '/m2', '/day', '/d', '/mL', '/dL', ' kg-1', ' per kg', ' daily', ' twice a day', ' nightly', ' weekly', ' q8h', ' bid', ' at bedtime',
      '-', '–', ' to ', ' and ', ' or ', ', ', ' between ', ' up to ', ' from ', ' no more than ', ' less than ', ' +/- ', ' ± ', ' increase by ',
      ' LDN', ' naltrexone', ' low-dose naltrexone', ' ibuprofen', ' fibre', ' water', ' of ', ' in ', ' dissolve ',
      '$', '%', '(', ')', '[4]', '`', '**', '_', '[', '](http://x.org/5mg)', '\n', '\n\n', '| ', ' |', '\n| --- | --- |\n', '# ', '> ', '- ', '. ', '  ', '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const doc = parseDocument(text, { uri: 'untitled:fuzz.md' });
        for (const m of findDoseMentions(doc, resolveConfig())) checkMention(m, text.length);
        lintChecked(text);
      }),
      { numRuns: 400, seed: 20251126 },
    );
  });

  it('arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const m of findDoseMentions(parseDocument(text, { uri: 'untitled:fuzz.txt', kind: 'plaintext' }), resolveConfig())) checkMention(m, text.length);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('adversarial inputs', function () {
    this.timeout(60_000);
    const inputs = [
      '1'.repeat(20_000) + ' mg',
      '1-'.repeat(5_000) + '1 mg',
      '1, '.repeat(5_000) + 'and 1 mg',
      'mg '.repeat(5_000),
      '4.5' + ' '.repeat(20_000) + 'mg',
      '4.5 mg' + ' '.repeat(20_000) + 'daily',
      'one '.repeat(5_000) + 'mg',
      'between '.repeat(3_000) + '1 and 2 mg',
      '1.'.repeat(5_000) + '5 mg',
      '½'.repeat(5_000) + ' mg',
      'LDN 4.5 mg. '.repeat(3_000),
      'LDN helps. '.repeat(2_000) + 'It is 9 mg.',
      '| LDN | 4.5 mg |\n|---|---|\n' + '| x | 9 mg |\n'.repeat(500),
      'naltrexone '.repeat(5_000) + '50 mg',
      '\uFEFF\u0000\uD800 4.5 mg \uDFFF',
    ];
    for (const text of inputs) {
      const doc = parseDocument(text, { uri: 'untitled:adversarial.md' });
      for (const m of findDoseMentions(doc, resolveConfig())) checkMention(m, text.length);
    }
  });

  it('configuration that bypassed the schema does not throw', () => {
    const bad = [
      { defaultRange: { min: 5, max: 1, unit: 'mg' }, drugs: [] },
      { defaultRange: { min: 1, max: 5, unit: '' }, drugs: [] },
      { defaultRange: { min: 1, max: 5, unit: 'furlongs' }, drugs: [] },
      { defaultRange: { min: Number.NaN, max: 5 }, drugs: [] },
      { defaultRange: null, drugs: [{ drug: '' } as never, { drug: 'LDN', min: '1', max: 5 } as never, null as never, { drug: 'x', aliases: [1, null, ''] } as never] },
      { defaultRange: { min: 1, max: 5 }, drugs: 'naltrexone' as never },
    ];
    for (const doses of bad) {
      const config = { ...defaultConfig(), doses } as ResolvedConfig;
      const text = 'LDN 4.5 mg and naltrexone 50 mg daily and 500 mcg of x.';
      for (const m of findDoseMentions(parseDocument(text, { uri: 'untitled:x.md' }), config)) checkMention(m, text.length);
      lintChecked(text, config);
    }
  });
});
