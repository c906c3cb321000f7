import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document';
import { planStatementInsertion } from '../../server/src/engine/disclaimer';
import { applyEdits } from '../../server/src/engine/lint';

// Large blocks before the insertion point are judged structurally (no re-parse); the result must be the same.
describe('disclaimer insertion next to large blocks', () => {
  const template = 'This post is general information, not medical advice.';
  const big = Array.from({ length: 600 }, (_, i) => `Line ${i} of a long paragraph about sleep.`).join('\n');

  it('inserts after a large paragraph as its own paragraph', () => {
    const md = `# T\n\n${big}\n`;
    const p = planStatementInsertion(parseDocument(md, { uri: 'a.md' }), template, 'end');
    assert.ok(p);
    const fixed = applyEdits(md, [p!.edit]);
    assert.equal(fixed, `# T\n\n${big}\n\n${template}\n`);
    const blocks = parseDocument(fixed, { uri: 'a.md' }).blocks;
    assert.equal(blocks[blocks.length - 1].text, template);
  });

  it('still re-parses after a large list or an unclosed fence, and never writes into them', () => {
    const list = big.split('\n').map((l) => `- ${l}`).join('\n');
    for (const md of [`# T\n\n${list}\n`, `# T\n\nIntro.\n\n\`\`\`\n${big}\n`]) {
      const p = planStatementInsertion(parseDocument(md, { uri: 'a.md' }), template, 'end');
      assert.ok(p);
      const fixed = applyEdits(md, [p!.edit]);
      const doc = parseDocument(fixed, { uri: 'a.md' });
      assert.ok(doc.blocks.some((b) => b.text === template && b.containers.length === 0), 'template is a top-level paragraph');
    }
  });
});
