// The disclaimer engine's shortcuts give what the full computations give: the squeezed text built with string
// operations (findTemplate's first look) equals the one with offset maps, and normal forms remembered while a draft is
// edited, shifted to the block's offset, equal fresh ones.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateDraft } from '../../bench/corpus';
import { normalizeProse, squeezedProse, squeezedText } from '../../server/src/engine/disclaimer';
import { parseDocument } from '../../server/src/engine/document';
import { forgetRemembered, withRemembering } from '../../server/src/engine/memo';

const drafts = [
  ...[1, 2, 3, 4].map((seed) => generateDraft({ words: 600, seed })),
  '# Σοφία and İstanbul\n\nΣΊΣΥΦΟΣ said &amp; &nbsp; “quoted” text   with   spaces.\n\n<p>Raw <b>HTML</b> block</p>\n\n> Quote with *emphasis* and `code`.\n',
  '---\ndisclaimer: Not medical advice.\n---\n\nThis article is for general information only.\n',
];

describe('disclaimer: shortcuts equal the full computations', () => {
  it('squeezedText equals squeezedProse(doc).text', () => {
    for (const text of drafts) {
      for (const kind of ['markdown', 'plaintext'] as const) {
        const doc = parseDocument(text, { uri: `file:///d.${kind === 'markdown' ? 'md' : 'txt'}`, kind });
        assert.equal(squeezedText(doc), squeezedProse(doc).text);
        // Twice while editing: the second time the units come from the table.
        for (let k = 0; k < 2; k++) assert.equal(withRemembering(true, () => squeezedText(parseDocument(text, { uri: 'file:///d.md', kind }))), squeezedProse(doc).text);
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', 'Σ', 'İ', 'ß', '&amp;', '*', '#', '\u00a0', 'é') as never, maxLength: 60 }), (text) => {
        const doc = parseDocument(text, { uri: 'file:///d.md', kind: 'markdown' });
        assert.equal(squeezedText(doc), squeezedProse(doc).text);
      }),
      { numRuns: 3000 },
    );
  });

  it('a normal form remembered while editing, shifted, equals a fresh one', () => {
    forgetRemembered();
    const blocks = drafts.flatMap((t) => parseDocument(t, { uri: 'file:///d.md', kind: 'markdown' }).blocks);
    assert.ok(blocks.filter((b) => b.text.length >= 64).length > 20);
    const fresh = blocks.map((b) => normalizeProse(b.text, b.start));
    for (let round = 0; round < 2; round++) {
      // The second round is served from the table, at other offsets too.
      const remembered = withRemembering(true, () => blocks.map((b) => normalizeProse(b.text, b.start)));
      const elsewhere = withRemembering(true, () => blocks.map((b) => normalizeProse(b.text, b.start + 1000)));
      remembered.forEach((n, i) => {
        assert.equal(n.text, fresh[i].text);
        assert.deepEqual([...n.start], [...fresh[i].start]);
        assert.deepEqual([...n.end], [...fresh[i].end]);
        assert.deepEqual([...elsewhere[i].start], [...fresh[i].start].map((x) => x + 1000));
      });
    }
    forgetRemembered();
  });
});
