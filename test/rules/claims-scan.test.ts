// The scanner's bucket lookup (a tree of arrays by folded character, and a table for the catch-all bucket's first
// characters) finds exactly the buckets of the prefixKey map it replaced, for the default lexicon and user extensions.

import * as assert from 'node:assert/strict';
import { classifyWith, compileLexicon, type ClaimLexicon } from '../../server/src/engine/claims';

type Node = { bucket: unknown; next: (Node | undefined)[] | null };

function treeBuckets(lex: ClaimLexicon): Map<number, unknown> {
  const out = new Map<number, unknown>();
  const root = lex.bucketTree as unknown as (Node | undefined)[];
  root.forEach((n1, a) => {
    if (!n1) return;
    if (n1.bucket) out.set((1 << 24) | a, n1.bucket);
    n1.next?.forEach((n2, b) => {
      if (!n2) return;
      if (n2.bucket) out.set((2 << 24) | (a << 8) | b, n2.bucket);
      n2.next?.forEach((n3, c) => {
        if (n3?.bucket) out.set((3 << 24) | (a << 16) | (b << 8) | c, n3.bucket);
      });
    });
  });
  return out;
}

function assertSameLookup(lex: ClaimLexicon): void {
  const tree = treeBuckets(lex);
  assert.equal(tree.size, lex.buckets.size);
  for (const [key, b] of lex.buckets) assert.equal(tree.get(key), b, `bucket ${key.toString(16)}`);
  if (lex.bucketAnyFirst === null) assert.equal(lex.bucketAnyFirstTable, null);
  else {
    assert.ok(lex.bucketAnyFirstTable);
    for (let c = 0; c < 65536; c++) assert.equal(lex.bucketAnyFirstTable[c] === 1, lex.bucketAnyFirst.has(c), `char ${c}`);
  }
}

describe('claims scanner: bucket lookup', () => {
  it('the tree holds the same buckets as the prefix map (default lexicon)', () => {
    assertSameLookup(compileLexicon());
  });

  it('and with user patterns, verbs, hedges and non-ASCII starts', () => {
    const lex = compileLexicon({
      absoluteTerms: ['Über-cure', 'melts? away', '\\d+% natural', 'ça guérit tout'],
      attributions: ['insiders (?:say|know)', 'Ärzte sagen'],
      claimVerbs: ['soothes', 'ölt'],
      hedges: ['arguably'],
      allow: ['our tea'],
    });
    assertSameLookup(lex);
    // The user patterns are found through the tree: non-ASCII first characters fold as prefixKey folds them.
    assert.ok(classifyWith('This balm is an über-cure for eczema.', lex).absoluteTerms.length > 0);
    assert.ok(classifyWith('This Über-cure heals eczema.', lex).absoluteTerms.length > 0);
    assert.ok(classifyWith('Ça guérit tout, says the label.', lex).absoluteTerms.length > 0);
  });
});
