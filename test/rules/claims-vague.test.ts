// vague-attribution: claims credited to unnamed sources (issue 3's phrases), not when the source is named, cited or
// negated; it owns the sentence's missing source, so unsupported-claim stays silent there.

import * as assert from 'node:assert/strict';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { lintText } from '../../server/src/engine/lint';

ruleTester('vague-attribution', {
  valid: [
    'Studies have shown that magnesium relieves cramps [4].\n',
    'A 2012 Cochrane review found that magnesium did not prevent cramps (Garrison et al., 2012).\n',
    'This study found that LDN reduced pain.\n',
    'Our trial showed that LDN reduced fatigue.\n',
    'These findings suggest that LDN is well tolerated.\n',
    'No studies have shown that LDN reduces pain.\n',
    'Do studies show that magnesium helps?\n',
    'The Nurses\u2019 Health Study found that coffee drinkers had fewer strokes.\n',
    { name: 'paragraph scope', text: 'Research indicates that sleep improves mood. See the review [3].\n', config: { claims: { citationScope: 'paragraph' } } },
    '## Studies show\n\nMagnesium relieves cramps [4].\n',
    // A specific finding reported without a claim or a relation is not vague attribution of a claim
    { name: 'a reported statistic', text: 'Researchers found that 40% of patients stop treatment early.\n' },
    { name: 'a description of practice', text: 'Studies show that most adults in the UK take at least one supplement.\n' },
  ],
  invalid: [
    { text: 'Studies have proven that LDN restores energy.\n', errors: [{ span: 'Studies have proven', severity: 'warning', message: "'Studies have proven' credits unnamed sources: name the study and cite it so readers can check it." }] },
    { text: 'Research indicates that magnesium improves sleep.\n', errors: [{ span: 'Research indicates' }] },
    { text: 'Scientists agree that exercise lifts mood.\n', errors: [{ span: 'Scientists agree' }] },
    { text: 'Many doctors believe that LDN calms the immune system.\n', errors: [{ span: 'Many doctors believe' }] },
    { text: 'It is widely accepted that fish oil protects the heart.\n', errors: [{ span: 'It is widely accepted that' }] },
    { text: 'There is evidence that acupuncture eases migraines.\n', errors: [{ span: 'There is evidence that' }] },
    { text: 'There is growing evidence that fasting reduces inflammation.\n', errors: [{ span: 'There is growing evidence that' }] },
    { text: 'A number of trials report that LDN relieves pain.\n', errors: [{ span: 'A number of trials report' }] },
    { text: 'Experts say ginger eases nausea.\n', errors: [{ span: 'Experts say' }] },
    { text: 'A recent study found that saunas lower blood pressure.\n', errors: [{ span: 'A recent study found' }] },
    { text: 'According to experts, turmeric reduces joint pain.\n', errors: [{ span: 'According to experts' }] },
    { name: 'an appeal to consensus needs no claim', text: 'Experts agree that sleep matters.\n', errors: [{ span: 'Experts agree' }] },
    { name: 'a finding that is a relation', text: 'Researchers found that night shifts are linked to breast cancer.\n', errors: [{ span: 'Researchers found' }] },
    { name: 'user attributions are reported whatever follows', text: 'Insiders say the clinic opens at nine.\n', config: { claims: { attributions: ['insiders (?:say|know)'] } }, errors: [{ span: 'Insiders say' }] },
    { name: 'user attributions', text: 'Insiders know that this tea works.\n', config: { claims: { attributions: ['insiders (?:say|know)'] } }, errors: [{ span: 'Insiders know' }] },
    {
      // Fuzz seed 341994188 path 418: '  İ research proves\\ ' got '\\[^1]', an escaped bracket that cites nothing.
      name: 'fix: citation placeholder before a trailing backslash',
      text: '  Research proves ginger eases nausea\\ ',
      errors: 1,
      output: '  Research proves ginger eases nausea[^1]\\ \n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: citation placeholder',
      text: 'Studies show that magnesium relieves cramps.\n',
      errors: 1,
      output: 'Studies show that magnesium relieves cramps.[^1]\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
  ],
});

describe('vague-attribution and unsupported-claim share a sentence', () => {
  const run = (text: string): string[] =>
    lintText(text, { uri: 'a.md', only: ['vague-attribution', 'unsupported-claim'] }).diagnostics.map((d) => `${d.ruleId}: ${text.slice(d.start, d.end)}`);

  it('the missing source is reported once, by vague-attribution', () => {
    assert.deepEqual(run('Studies have shown that magnesium relieves cramps.\n'), ['vague-attribution: Studies have shown']);
  });

  it('once the source is cited, neither rule reports', () => {
    assert.deepEqual(run('Studies have shown that magnesium relieves cramps [4].\n'), []);
  });

  it('with vague-attribution off, unsupported-claim reports the claim', () => {
    const found = lintRule('unsupported-claim', { text: 'Studies have shown that magnesium relieves cramps.\n', config: { rules: { 'vague-attribution': 'off' } } });
    assert.deepEqual(found.map((d) => d.ruleId), ['unsupported-claim']);
  });
});
