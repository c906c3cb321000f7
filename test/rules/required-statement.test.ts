// required-statement: configured statements and the two shipped ones (off by default).

import * as assert from 'node:assert/strict';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { applyEdits, fixText } from '../../server/src/engine/lint';
import { resolveConfig, type ClinicalLintConfig } from '../../server/src/engine/config';
import { parseDocument } from '../../server/src/engine/document';
import { builtinStatements, checkRequiredStatements, effectiveStatements, phrasePattern } from '../../server/src/engine/disclaimer';

const SIDE_EFFECTS: ClinicalLintConfig = {
  requiredStatements: [
    {
      id: 'side-effects',
      when: ['low-dose naltrexone', 'LDN'],
      require: ['side[- ]effects?\\s+(?:include|such as)'],
      message: 'posts about LDN must list its common side effects.',
      template: 'Common side effects include vivid dreams and trouble sleeping in the first weeks.',
    },
  ],
};
const ALWAYS: ClinicalLintConfig = {
  requiredStatements: [
    { id: 'contact', when: 'always', require: ['call\\s+111'], message: 'every post must say how to get urgent help.', template: 'For urgent help, call 111.', position: 'start' },
  ],
};
const BUILTINS: ClinicalLintConfig = { builtinStatements: { 'off-label': true, 'opioid-contraindication': true } };
const OFF_LABEL = builtinStatements().find((s) => s.id === 'off-label')!.template!;
const OPIOID = builtinStatements().find((s) => s.id === 'opioid-contraindication')!.template!;

const LDN = 'Some people take LDN for fibromyalgia pain. Doses are small and taken at night.';

ruleTester('required-statement', {
  valid: [
    { name: 'no statements configured', text: `# LDN\n\n${LDN}\n` },
    { name: 'when phrases not mentioned', text: '# Sleep\n\nMagnesium before bed is popular.\n', config: SIDE_EFFECTS },
    { name: 'present by require pattern', text: `# LDN\n\n${LDN} Side effects include vivid dreams.\n`, config: SIDE_EFFECTS },
    { name: 'present because the template is already there', text: `# LDN\n\n${LDN}\n\nCommon side effects include vivid dreams and trouble sleeping in the first weeks.\n`, config: SIDE_EFFECTS },
    { name: 'whole words only: "LDNs" is not "LDN"', text: '# Labs\n\nThe lab runs LDNs and other codes.\n', config: SIDE_EFFECTS },
    { name: 'disabled statement', text: `# LDN\n\n${LDN}\n`, config: { requiredStatements: [{ ...SIDE_EFFECTS.requiredStatements![0], enabled: false }] } },
    { name: 'shipped statements are off by default', text: `# LDN\n\n${LDN}\n` },
    { name: 'shipped statements satisfied in own words', text: `# LDN\n\n${LDN} LDN is an off-label use of naltrexone. It is contraindicated in anyone taking opioid painkillers.\n`, config: BUILTINS },
    { name: 'always: an empty document needs nothing', text: '', config: ALWAYS },
  ],
  invalid: [
    {
      name: 'when phrase matched, require missing: fix inserts the template at the end',
      text: `# LDN for pain\n\n${LDN}\n`,
      config: SIDE_EFFECTS,
      errors: [{ span: 'LDN for pain', message: "Missing required statement 'side-effects' (the post mentions “LDN”): posts about LDN must list its common side effects." }],
      output: `# LDN for pain\n\n${LDN}\n\nCommon side effects include vivid dreams and trouble sleeping in the first weeks.\n`,
    },
    {
      name: 'hyphen and space are interchangeable in when phrases',
      text: `# Pain\n\nLow dose naltrexone is taken at night.\n`,
      config: SIDE_EFFECTS,
      errors: [{ message: /mentions “Low dose naltrexone”/ }],
    },
    {
      name: 'always, position start, CRLF',
      text: `# Dreams\r\n\r\nVivid dreams are common.\r\n`,
      config: ALWAYS,
      errors: [{ message: "Missing required statement 'contact': every post must say how to get urgent help." }],
      output: `# Dreams\r\n\r\nFor urgent help, call 111.\r\n\r\nVivid dreams are common.\r\n`,
    },
    {
      name: 'shipped off-label notice',
      text: `# LDN\n\n${LDN} It is contraindicated with opioids.\n`,
      config: BUILTINS,
      errors: [{ message: /^Missing required statement 'off-label' \(the post mentions “LDN”\): a post about low-dose naltrexone should say that it is prescribed off-label/ }],
      output: `# LDN\n\n${LDN} It is contraindicated with opioids.\n\n${OFF_LABEL}\n`,
    },
    {
      name: 'shipped opioid contraindication, plain text',
      text: `Naltrexone at low doses\n\nNaltrexone is taken at night. LDN is prescribed off-label.\n`,
      kind: 'plaintext',
      config: BUILTINS,
      errors: [{ span: 'Naltrexone at low doses', message: /^Missing required statement 'opioid-contraindication' \(the post mentions “Naltrexone”\)/ }],
      output: `Naltrexone at low doses\n\nNaltrexone is taken at night. LDN is prescribed off-label.\n\n${OPIOID}\n`,
    },
    {
      name: 'a statement without template: diagnostic with only the disable fix',
      text: `# LDN\n\n${LDN}\n`,
      config: { requiredStatements: [{ id: 'x', when: ['LDN'], require: ['zzz'], message: 'say zzz.' }] },
      errors: [{ message: "Missing required statement 'x' (the post mentions “LDN”): say zzz." }],
    },
  ],
});

describe('required-statement details', () => {
  it('data.statementId and data.trigger', () => {
    const text = `# Pain\n\nWe use LDN.\n`;
    const [d] = lintRule('required-statement', { text, config: SIDE_EFFECTS });
    assert.equal(d.data!.statementId, 'side-effects');
    const t = d.data!.trigger as { start: number; end: number };
    assert.equal(text.slice(t.start, t.end), 'LDN');
  });
  it('a trigger in the front matter title counts', () => {
    const text = `---\ntitle: Low-dose naltrexone and sleep\n---\nSome people sleep worse at first.\n`;
    const [d] = lintRule('required-statement', { text, config: SIDE_EFFECTS });
    assert.match(d.message, /mentions “Low-dose naltrexone”/);
  });
  it('both shipped statements report separately, each fix clears only its own, and fixText inserts both once', () => {
    const text = `# LDN\n\n${LDN}\n`;
    const found = lintRule('required-statement', { text, config: BUILTINS });
    assert.deepEqual(found.map((d) => d.data!.statementId), ['off-label', 'opioid-contraindication']);
    const afterFirst = applyEdits(text, found[0].fixes![0].edits);
    assert.deepEqual(lintRule('required-statement', { text: afterFirst, config: BUILTINS }).map((d) => d.data!.statementId), ['opioid-contraindication']);
    const config = resolveConfig({ settings: BUILTINS });
    const res = fixText(text, { config, only: ['required-statement'] });
    assert.equal(res.applied, 2);
    assert.equal(res.text, `# LDN\n\n${LDN}\n\n${OFF_LABEL}\n\n${OPIOID}\n`);
    assert.equal(fixText(res.text, { config, only: ['required-statement'] }).applied, 0);
  });
  it('a configured statement with a shipped id replaces the shipped one', () => {
    const config = resolveConfig({
      settings: { builtinStatements: { 'off-label': true }, requiredStatements: [{ id: 'off-label', when: ['LDN'], require: ['unlicensed'], message: 'say it is unlicensed.', template: 'LDN is an unlicensed use.' }] },
    });
    const list = effectiveStatements(config);
    assert.equal(list.length, 1);
    assert.equal(list[0].builtin, undefined);
    const [c] = checkRequiredStatements(parseDocument(`# LDN\n\n${LDN}\n`), config);
    assert.equal(c.present, null);
  });
  it('fix titles say what and where; the disable fix is last', () => {
    const [d] = lintRule('required-statement', { text: `# LDN\n\n${LDN}\n`, config: SIDE_EFFECTS });
    assert.deepEqual(d.fixes!.map((f) => f.title), ["Insert the 'side-effects' statement at the end", 'Disable required-statement for this line']);
  });
  it('phrasePattern escapes regex characters and respects word edges', () => {
    assert.ok(phrasePattern('C++ (beta)')!.test('we use C++ (beta) daily'));
    assert.ok(!phrasePattern('LDN')!.test('xLDN'));
    assert.ok(phrasePattern('LDN')!.test('(LDN)'));
    assert.equal(phrasePattern('  '), null);
  });
  it('bad statements never throw', () => {
    const bad = { requiredStatements: [{ id: 'b', when: ['', 'x'], require: [], message: '' }] } as ClinicalLintConfig;
    assert.doesNotThrow(() => lintRule('required-statement', { text: '# X\n\nx marks it.\n', config: bad }));
    const found = lintRule('required-statement', { text: '# X\n\nx marks it.\n', config: bad });
    assert.match(found[0].message, /must contain the 'b' statement/);
  });
});
