// unsupported-claim: uncited efficacy claims. Every citation form supports a claim; severity follows claim strength;
// one diagnostic per sentence (absolute-claim and vague-attribution own their sentences); quick fixes applied and re-linted.

import * as assert from 'node:assert/strict';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { applyEdits } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/document';
import { citationPlaceholderFix } from '../../server/src/engine/claims';

const WARN = { severity: 'warning' as const };

ruleTester('unsupported-claim', {
  valid: [
    // Every citation form in the same sentence
    { name: 'Markdown link', text: 'Magnesium relieves muscle cramps ([Garrison 2012](https://doi.org/10.1002/14651858.CD009402.pub2)).\n' },
    { name: 'autolink', text: 'Magnesium relieves muscle cramps <https://pubmed.ncbi.nlm.nih.gov/22972143/>.\n' },
    { name: 'footnote reference', text: 'Magnesium relieves muscle cramps.[^1]\n\n[^1]: Garrison SR et al. Cochrane Database Syst Rev. 2012.\n' },
    { name: 'numeric marker', text: 'Magnesium relieves muscle cramps [4].\n' },
    { name: 'numeric list', text: 'Magnesium relieves muscle cramps [2, 7].\n' },
    { name: 'numeric range', text: 'Magnesium relieves muscle cramps [3–5].\n' },
    { name: 'marker after the period', text: 'Magnesium relieves muscle cramps.[4] It is cheap.\n' },
    { name: '<sup> marker', text: 'Magnesium relieves muscle cramps.<sup>2</sup>\n' },
    { name: 'superscript digits', text: 'Magnesium relieves muscle cramps.²\n' },
    { name: 'author–year, et al.', text: 'Magnesium relieves muscle cramps (Garcia et al., 2018).\n' },
    { name: 'author–year, two authors', text: 'Magnesium relieves muscle cramps (Nguyen and Park 2019).\n' },
    { name: 'author–year, a capitalised particle', text: 'Early peanut lowers the risk of peanut allergy (Du Toit et al., 2015).\n' },
    { name: 'author–year, particles in both names', text: 'Magnesium relieves muscle cramps (Van der Berg and De Silva, 2019).\n' },
    { name: 'narrative author–year', text: 'As Garcia et al. (2018) showed, magnesium relieves muscle cramps.\n' },
    { name: 'plain text marker', kind: 'plaintext', text: 'Magnesium relieves muscle cramps [4].\n' },
    { name: 'plain text URL', kind: 'plaintext', text: 'Magnesium relieves muscle cramps (https://pubmed.ncbi.nlm.nih.gov/22972143/).\n' },
    // Paragraph scope
    {
      name: 'citation elsewhere in the paragraph, paragraph scope',
      text: 'Magnesium relieves muscle cramps. A 2012 review pooled the trials [4].\n',
      config: { claims: { citationScope: 'paragraph' } },
    },
    // Not claims (issue 3, "What counts")
    'Can LDN help with eczema?\n',
    'No trial has shown that zinc protects against colds.\n',
    'Whether magnesium helps is not yet known.\n',
    'A trial is under way to test whether LDN improves fatigue.\n',
    'If a supplement upsets your stomach, take it with food.\n',
    'Check with your pharmacist whether LDN interacts with your other medicines.\n',
    'Naltrexone is an opioid antagonist.\n',
    'Naltrexone was approved in 1984 to treat opioid dependence.\n',
    'Low dose naltrexone requires a prescription and costs about $40 a month.\n',
    'The trial compared LDN with placebo in 80 adults with fibromyalgia.\n',
    'LDN can cause vivid dreams.\n',
    'Lupus often causes joint pain.\n',
    'PTSD is a debilitating condition characterized by flashbacks, nightmares, hypervigilance, and avoidance behaviors.\n',
    // Headings are not cited; the body should be
    '# How Magnesium Relieves Cramps\n\nMagnesium relieves muscle cramps [4].\n',
    // One problem, one diagnostic: absolute-claim and vague-attribution own these sentences
    'LDN cures insomnia.\n',
    'Studies have shown that magnesium relieves cramps.\n',
    // Allowed phrases
    { text: 'Our balm soothes sore muscles.\n', config: { claims: { allow: ['our balm soothes'] } } },
    // Reference lists and footnote definitions are not claims
    '## References\n\n1. Smith J. Magnesium relieves muscle cramps. J Sports Med. 2019;12:34-40.\n',
  ],
  invalid: [
    { text: 'LDN calms the immune system.\n', errors: [{ span: 'calms', severity: 'warning', message: "'calms' states that a treatment works, with no source in the sentence: cite the study that shows it." }] },
    { text: 'Massage therapy eases tension headaches.\n', errors: [{ span: 'eases', ...WARN }] },
    { text: 'Sauna bathing is an effective way to lower blood pressure.\n', errors: [{ span: 'is an effective', ...WARN }] },
    { text: 'Clients tell us that the protocol ends their insomnia.\n', errors: [{ span: 'ends', ...WARN }] },
    { name: 'can is not a hedge', text: 'By modulating the immune system and reducing inflammation, LDN can alleviate psychiatric symptoms.\n', errors: [{ span: 'can alleviate', ...WARN }] },
    {
      name: 'hedged: info',
      text: 'LDN may modulate the immune system.\n',
      errors: [{ span: 'may modulate', severity: 'info', message: "'may modulate' is a hedged claim with no source in the sentence: even a cautious claim needs a citation." }],
    },
    { name: 'might: info', text: 'Magnesium might ease leg cramps.\n', errors: [{ span: 'might ease', severity: 'info' }] },
    { name: 'could: info', text: 'Tart cherry juice could improve sleep.\n', errors: [{ span: 'could improve', severity: 'info' }] },
    { name: 'some people find: info', text: 'Some people find that magnesium eases cramps.\n', errors: [{ span: 'eases', severity: 'info' }] },
    {
      name: 'correlational: info',
      text: 'Sauna use is associated with lower blood pressure.\n',
      errors: [{ span: 'associated', severity: 'info', message: /^'associated' links a treatment to a benefit with no source/ }],
    },
    { name: 'testimonial', text: 'My fatigue is gone since I started LDN.\n', errors: [{ span: 'My fatigue is gone', ...WARN, message: /testimonial/ }] },
    { name: 'block quote', text: '> "Magnesium relieves cramps," says Dr. Lee.\n', errors: [{ span: 'relieves', ...WARN }] },
    { name: 'citation in another sentence does not count', text: 'Magnesium relieves muscle cramps. It is sold as tablets [4].\n', errors: [{ span: 'relieves' }] },
    { name: 'paragraph scope message', text: 'Magnesium relieves muscle cramps.\n', config: { claims: { citationScope: 'paragraph' } }, errors: [{ message: /no source in its paragraph/ }] },
    { name: 'configured severity applies to direct claims', text: 'Magnesium relieves cramps. Tart cherry juice may improve sleep.\n', config: { rules: { 'unsupported-claim': 'error' } }, errors: [{ severity: 'error' }, { severity: 'info' }] },
    { name: 'plain text', kind: 'plaintext', text: 'Magnesium relieves muscle cramps.\n', errors: [{ span: 'relieves' }] },
    { name: 'vague-attribution off: the missing source is reported here', text: 'Studies have shown that magnesium relieves cramps.\n', config: { rules: { 'vague-attribution': 'off' } }, errors: [{ span: 'relieves' }] },
    { name: 'user claim verbs', text: 'Aloe cools razor burn.\n', config: { claims: { claimVerbs: ['cools'] } }, errors: [{ span: 'cools' }] },
    // Quick fixes, applied and re-linted by the tester
    {
      name: 'fix: footnote placeholder with the next unused number, definition at the end',
      text: 'Magnesium relieves cramps.\n\nIt is cheap.[^2]\n\n[^2]: Price list, 2024.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[^3]\n\nIt is cheap.[^2]\n\n[^2]: Price list, 2024.\n[^3]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      // Found by fuzzing: after a backslash the marker would be escaped ('\\[^1]' is literal text) and --fix would add one per pass.
      name: 'fix: footnote placeholder before a trailing backslash (literal or hard line break), not escaped by it',
      text: 'Magnesium relieves cramps.\\\nIt is cheap.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[^1]\\\nIt is cheap.\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: footnote placeholder after an escaped backslash goes after it',
      text: 'Magnesium relieves cramps \\\\\n',
      errors: 1,
      output: 'Magnesium relieves cramps \\\\[^1]\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: footnote placeholder in a document without a final newline',
      text: 'Magnesium relieves cramps.\n\nIt is cheap.',
      errors: 1,
      output: 'Magnesium relieves cramps.[^1]\n\nIt is cheap.\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: CRLF document keeps CRLF',
      text: 'Magnesium relieves cramps.\r\n\r\nIt is cheap.\r\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[^1]\r\n\r\nIt is cheap.\r\n\r\n[^1]: TODO: add a source (DOI, PMID or URL)\r\n',
    },
    {
      name: 'fix: last sentence of the document',
      text: 'Magnesium relieves cramps.',
      errors: 1,
      output: 'Magnesium relieves cramps.[^1]\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: plain text gets a [n] marker and a References list',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nIt is cheap [1].\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[2]\n\nIt is cheap [1].\n\nReferences\n\n[2] TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: plain text adds to an existing References list',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nIt is cheap [1].\n\nReferences\n\n[1] Price list, 2024.\n\nAbout the author\n\nJane writes about sleep.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[2]\n\nIt is cheap [1].\n\nReferences\n\n[1] Price list, 2024.\n[2] TODO: add a source (DOI, PMID or URL)\n\nAbout the author\n\nJane writes about sleep.\n',
    },
    {
      // Typed as in many newsletters: the heading in capitals and its list on the next line, with a closing note after.
      name: 'fix: plain text adds to a REFERENCES list that starts on the line after its heading',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nIt is cheap [1].\n\nREFERENCES\n1. Price list, 2024.\n\nThis is general information.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[2]\n\nIt is cheap [1].\n\nREFERENCES\n1. Price list, 2024.\n2. TODO: add a source (DOI, PMID or URL)\n\nThis is general information.\n',
    },
    {
      name: 'fix: plain text adds to a "References:" list of [n] entries that starts on the line after its heading',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nIt is cheap [1].\n\nReferences:\n[1] Price list, 2024.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[2]\n\nIt is cheap [1].\n\nReferences:\n[1] Price list, 2024.\n[2] TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      // An author-date list typed under its heading with no blank line: one paragraph whose first line is the heading.
      // A second References heading was added at the end (found by a round-11 blind draft).
      name: 'fix: plain text adds to an author-date list in the same paragraph as its "References" line',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nIt is cheap [1].\n\nReferences\nBoard of Health (2017). Cramp: a guide.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[2]\n\nIt is cheap [1].\n\nReferences\nBoard of Health (2017). Cramp: a guide.\n[2] TODO: add a source (DOI, PMID or URL)\n',
    },
    {
      name: 'fix: plain text, a numbered list in the same paragraph as its "Sources:" line keeps numbering',
      kind: 'plaintext',
      text: 'Magnesium relieves cramps.\n\nSources:\n1. Price list, 2024.\n2. Board of Health, 2017.\n',
      errors: 1,
      output: 'Magnesium relieves cramps.[3]\n\nSources:\n1. Price list, 2024.\n2. Board of Health, 2017.\n3. TODO: add a source (DOI, PMID or URL)\n',
    },
    { name: 'fix: hedge the verb', text: 'Magnesium relieves cramps.\n', errors: 1, fixIndex: 1, output: 'Magnesium may relieve cramps.\n' },
    { name: 'fix: hedge replaces can', text: 'LDN can alleviate psychiatric symptoms.\n', errors: 1, fixIndex: 1, output: 'LDN may alleviate psychiatric symptoms.\n' },
    { name: 'fix: hedge a predicate adjective', text: 'Sauna bathing is an effective way to lower blood pressure.\n', errors: 1, fixIndex: 1, output: 'Sauna bathing may be an effective way to lower blood pressure.\n' },
    { name: 'fix: hedge a past tense', text: 'LDN reduced my pain.\n', errors: 1, fixIndex: 1, output: 'LDN may have reduced my pain.\n' },
  ],
});

describe('unsupported-claim: fixes', () => {
  it('offers the placeholder first (preferred), then the hedge, then disabling the line', () => {
    const [d] = lintRule('unsupported-claim', { text: 'Magnesium relieves cramps.\n' });
    assert.deepEqual(
      d.fixes!.map((f) => [f.title, !!f.isPreferred]),
      [
        ['Insert citation placeholder [^1]', true],
        ["Hedge: 'relieves' \u2192 'may relieve'", false],
        ['Disable unsupported-claim for this line', false],
      ],
    );
  });

  it('does not offer a hedge for a claim that is already hedged', () => {
    const [d] = lintRule('unsupported-claim', { text: 'Magnesium may relieve cramps.\n' });
    assert.deepEqual(d.fixes!.map((f) => f.title), ['Insert citation placeholder [^1]', 'Disable unsupported-claim for this line']);
  });

  it('the hedge turns the warning into an info that still asks for a source', () => {
    const text = 'Magnesium relieves cramps.\n';
    const [d] = lintRule('unsupported-claim', { text });
    const hedged = applyEdits(text, d.fixes![1].edits);
    assert.deepEqual(lintRule('unsupported-claim', { text: hedged }).map((x) => x.severity), ['info']);
  });

  it('two placeholders in a row get different numbers', () => {
    let text = 'Magnesium relieves cramps.\n\nGinger eases nausea.\n';
    for (let i = 0; i < 2; i++) {
      const [d] = lintRule('unsupported-claim', { text });
      text = applyEdits(text, d.fixes![0].edits);
    }
    assert.equal(text, 'Magnesium relieves cramps.[^1]\n\nGinger eases nausea.[^2]\n\n[^1]: TODO: add a source (DOI, PMID or URL)\n[^2]: TODO: add a source (DOI, PMID or URL)\n');
    assert.deepEqual(lintRule('unsupported-claim', { text }), []);
  });

  it('plans the placeholder once per document: the text is read a bounded number of times, however many claims', () => {
    // A draft with many uncited claims used to rescan the whole text for every diagnostic (quadratic in the draft's
    // length). Count the reads of doc.text made by citationPlaceholderFix over 200 calls on one document.
    for (const kind of ['markdown', 'plaintext'] as const) {
      const text = 'Magnesium relieves cramps.\n\n'.repeat(200) + (kind === 'markdown' ? '[^3]: Smith 2020.\n' : 'References\n\n[3] Smith 2020.\n');
      const parsed = parseDocument(text, { uri: kind === 'markdown' ? 'a.md' : 'a.txt', kind });
      let reads = 0;
      const doc = new Proxy(parsed, {
        get(target, prop, receiver) {
          if (prop === 'text' || prop === 'blocks') reads++;
          return Reflect.get(target, prop, receiver);
        },
      });
      const first = citationPlaceholderFix(doc, 26);
      const readsAfterFirst = reads;
      const fixes = [first];
      for (let i = 1; i < 200; i++) fixes.push(citationPlaceholderFix(doc, 26 + 28 * i));
      assert.ok(readsAfterFirst > 0);
      assert.equal(reads, readsAfterFirst, `${kind}: later calls must reuse the per-document plan`);
      // Same marker and definition for every claim of the document (the fixes are alternatives, applied one at a time).
      assert.ok(fixes.every((f) => f.title === first.title && f.edits.at(-1)!.newText === first.edits.at(-1)!.newText));
      assert.equal(first.title, kind === 'markdown' ? 'Insert citation placeholder [^4]' : 'Insert citation placeholder [4]');
    }
  });

  it('the placeholder definition is not swallowed by a fence or comment the draft never closes', () => {
    // Found by fuzzing (seed 435171695, path 73): appended at the end, the definition was code or comment text,
    // [^n] cited nothing and --fix added one placeholder per pass.
    for (const tail of ['```js\nconst x = 1;\n', '<!-- draft notes, never closed\nmore notes\n', '~~~\n', '<!--']) {
      const text = `Magnesium relieves cramps.\n\n${tail}`;
      const [d] = lintRule('unsupported-claim', { text });
      assert.ok(d, tail);
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.match(fixed, /relieves cramps\.\[\^1\]/, tail);
      assert.ok(fixed.endsWith(tail), `the unclosed block stays last and unchanged: ${JSON.stringify(fixed)}`);
      const doc = parseDocument(fixed, { uri: 'a.md' });
      assert.ok(
        doc.tree!.children.some((c) => c.type === 'footnoteDefinition'),
        `the definition is a footnote definition: ${JSON.stringify(fixed)}`,
      );
      assert.deepEqual(lintRule('unsupported-claim', { text: fixed }), [], JSON.stringify(fixed));
    }
    // A closed fence at the end keeps the definition at the very end.
    const closed = 'Magnesium relieves cramps.\n\n```\ncode\n```\n';
    const [d] = lintRule('unsupported-claim', { text: closed });
    const fixedClosed = applyEdits(closed, d.fixes![0].edits);
    assert.ok(fixedClosed.indexOf('[^1]:') > fixedClosed.lastIndexOf('```'), fixedClosed);
  });

  it('disable-line fix silences the rule on that line', () => {
    const text = 'Intro paragraph.\n\nMagnesium relieves cramps.\n';
    const [d] = lintRule('unsupported-claim', { text });
    const fixed = applyEdits(text, d.fixes!.at(-1)!.edits);
    assert.equal(fixed, 'Intro paragraph.\n\n<!-- clinical-lint-disable-next-line unsupported-claim -->\nMagnesium relieves cramps.\n');
    assert.deepEqual(lintRule('unsupported-claim', { text: fixed }), []);
  });
});
