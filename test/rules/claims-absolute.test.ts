// absolute-claim: each absolute pattern of issue 3 (cure, "wipes out … forever", reverses, guaranteed, works for everyone,
// scientifically proven, miracle, totally safe, free of side effects, destroys all bacteria), cited or not; negated,
// asked and distanced uses are not claims; one diagnostic per sentence; hedged rewrites applied and re-linted.

import * as assert from 'node:assert/strict';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { fixText } from '../../server/src/engine/lint';
import { resolveConfig } from '../../server/src/engine/config';

const ERR = { severity: 'error' as const };

ruleTester('absolute-claim', {
  valid: [
    'Magnesium may ease leg cramps in some people [4].\n',
    'No treatment cures lupus.\n',
    'There is no cure for lupus yet.\n',
    'Is there a cure for tinnitus?\n',
    'LDN does not cure fibromyalgia.\n',
    'Be wary of anyone who promises a miracle cure.\n',
    'Products that claim to cure cancer are a red flag.\n',
    'LDN is not totally safe for everyone.\n',
    'No side effects were reported in the pilot trial [2].\n',
    'Whether LDN reverses fibrosis is unknown.\n',
    'The tumour was removed completely during surgery.\n',
    'Naloxone reverses the effects of an opioid overdose.\n',
    'This product is not intended to diagnose, treat, cure or prevent any disease.\n',
    'She has been in remission for good reason: she took her medicine.\n',
    { text: 'Our balm is clinically proven to relieve pain.\n', config: { claims: { allow: ['clinically proven'] } } },
  ],
  invalid: [
    { text: 'LDN cures insomnia.\n', errors: [{ span: 'cures', ...ERR, message: "'cures' promises an outcome no treatment can guarantee." }], output: 'LDN may improve sleep in some people.\n' },
    { name: 'cited, still absolute', text: 'LDN cures insomnia [4].\n', errors: [{ span: 'cures', ...ERR }] },
    {
      text: 'Turmeric wipes out inflammation forever.\n',
      errors: [{ span: 'wipes out', ...ERR, message: "'wipes out' claims it works for everyone or removes everything, which no treatment does (also 'forever')." }],
      output: 'Turmeric may reduce inflammation forever.\n',
    },
    // Removing a permanence at the end of its clause takes the conjunction before it along ('cleared up and never came
    // back.' -> 'cleared up.'), never leaving 'cleared up and.'.
    { name: 'a removal takes a dangling conjunction with it', text: 'My eczema cleared up and never came back.\n', errors: [{ span: 'never came back' }], output: 'My eczema cleared up.\n' },
    { name: 'permanence, once the first term is fixed', text: 'Turmeric may reduce inflammation forever.\n', errors: [{ span: 'forever', message: /^'forever' promises a permanent result/ }], output: 'Turmeric may reduce inflammation.\n' },
    { text: 'LDN reverses type 2 diabetes.\n', errors: [{ span: 'reverses', ...ERR }], output: 'LDN may help manage type 2 diabetes.\n' },
    { text: 'Our protocol is guaranteed to relieve pain.\n', errors: [{ span: 'is guaranteed to', message: /promises a result no treatment can guarantee/ }], output: 'Our protocol may relieve pain.\n' },
    { text: 'Results guaranteed: this tea eases bloating.\n', errors: [{ span: 'guaranteed' }], output: 'Results: this tea eases bloating.\n' },
    { text: 'This tea works for everyone.\n', errors: [{ span: 'works for everyone', message: /works for everyone or removes everything/ }], output: 'This tea may help some people.\n' },
    { text: 'Acupuncture is scientifically proven to reduce stress.\n', errors: [{ span: 'is scientifically proven to', message: /overstates the evidence/ }], output: 'Acupuncture has been shown in some studies to reduce stress.\n' },
    { text: 'This clinically proven formula eases joint pain.\n', errors: [{ span: 'clinically proven' }], output: 'This formula eases joint pain.\n' },
    { text: 'Our miracle cure ends migraines.\n', errors: [{ span: 'miracle cure', message: /is hype/ }], output: 'Our treatment ends migraines.\n' },
    { text: 'LDN is totally safe.\n', errors: [{ span: 'totally safe', message: /claims total safety/ }], output: 'LDN is generally well tolerated.\n' },
    { text: 'LDN is free of side effects.\n', errors: [{ span: 'free of side effects' }], output: 'LDN is low in side effects.\n' },
    { text: 'LDN has no side effects.\n', errors: [{ span: 'has no side effects' }], output: 'LDN has few reported side effects.\n' },
    { text: 'This spray destroys all bacteria in your sinuses.\n', errors: [{ span: 'destroys all bacteria' }], output: 'This spray may reduce bacteria in your sinuses.\n' },
    { text: 'These herbs can cure insomnia for good.\n', errors: [{ span: 'cure', message: /\(also 'for good'\)/ }], output: 'These herbs may improve sleep in some people for good.\n' },
    { text: 'Ashwagandha completely eliminates anxiety.\n', errors: [{ span: 'completely eliminates' }], output: 'Ashwagandha eliminates anxiety.\n' },
    { name: 'past tense', text: 'LDN cured my psoriasis.\n', errors: 1, output: 'LDN improved skin.\n' },
    { name: 'heading', text: '# How LDN Cures Depression\n\nText.\n', errors: [{ span: 'Cures' }] },
    { name: 'block quote testimonial', text: '> This drink cured my arthritis in a week.\n', errors: [{ span: 'cured' }] },
    { name: 'plain text', kind: 'plaintext', text: 'LDN cures insomnia.\n', errors: [{ span: 'cures' }], output: 'LDN may improve sleep in some people.\n' },
    { name: 'user absolute terms', text: 'Our tea detoxes your liver.\n', config: { claims: { absoluteTerms: ['detox(?:es)? your (?:body|liver)'] } }, errors: [{ span: 'detoxes your liver', message: /your team has listed/ }] },
    { name: 'user absolute term with a non-ASCII capital, in any case', text: 'This Über-cure helps.\n\nThis über-cure helps.\n\nThis ÜBER-CURE helps.\n', config: { claims: { absoluteTerms: ['Über-cure'] } }, errors: [{ span: 'Über-cure' }, { span: 'über-cure' }, { span: 'ÜBER-CURE' }] },
    { name: 'one diagnostic per sentence', text: 'LDN is totally safe, cures insomnia and works for everyone.\n', errors: [{ span: 'totally safe', message: /\(also 'cures', 'works for everyone'\)/ }] },
  ],
});

describe('absolute-claim: fixes', () => {
  it('offers every rewrite, the best one preferred, then disabling the line', () => {
    const [d] = lintRule('absolute-claim', { text: 'LDN cures insomnia.\n' });
    assert.deepEqual(
      d.fixes!.map((f) => [f.title, !!f.isPreferred]),
      [
        ["Replace 'cures insomnia' with 'may improve sleep in some people'", true],
        ["Replace 'cures insomnia' with 'may ease insomnia in some people'", false],
        ["Replace 'cures insomnia' with 'may help with insomnia'", false],
        ["Replace 'cures' with 'may help with'", false],
        ['Disable absolute-claim for this line', false],
      ],
    );
  });

  it('fix-all rewrites every absolute term of a sentence, one pass at a time', () => {
    const config = resolveConfig();
    const { text } = fixText('LDN is totally safe, cures insomnia and works for everyone.\n', { uri: 'a.md', config, only: ['absolute-claim'] });
    assert.equal(text, 'LDN is generally well tolerated, may improve sleep in some people and may help some people.\n');
    assert.deepEqual(lintRule('absolute-claim', { text }), []);
  });
});
