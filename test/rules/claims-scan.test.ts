// The scanner's bucket lookup (a tree of arrays by folded character, and a table for the catch-all bucket's first
// characters) finds exactly the buckets of the prefixKey map it replaced, for the default lexicon and user extensions.

import * as assert from 'node:assert/strict';
import { setAutomata, setBounds } from '../../server/src/engine/claims-dfa';
import { classifyWith, compileLexicon, type ClaimLexicon } from '../../server/src/engine/claims';
import { loadCorpus } from '../fixtures/claims/blog/corpus';

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

// A bucket without an automaton (claims-dfa.ts: one it cannot build exactly, or one past its bound) skips a word whose
// length no pattern's first word can have, or whose next word no pattern's second word can start (Bucket.firstLengths,
// Bucket.secondFirst): a filter in front of its regex that must never change a classification. Checked against the
// same lexicon with the filters and automata off, on every sentence of the blog corpus, with its spaces also replaced by
// other white space (\s matches more than the space) and its words' case changed: with every bucket's automaton off (the
// filters in front of every regex), and as shipped (automata, and the filters where a bucket has none).
describe('claims scanner: first-word filters', () => {
  type FilteredBucket = { firstLengths: number; secondFirst: unknown; rest: FilteredBucket | null; dfa: unknown };
  const buckets = (lex: ClaimLexicon): FilteredBucket[] => {
    const out = new Set<FilteredBucket>();
    const add = (b: FilteredBucket | null | undefined): void => {
      for (let x = b; x && !out.has(x); x = x.rest) out.add(x);
    };
    for (const b of lex.buckets.values()) add(b as unknown as FilteredBucket);
    add(lex.bucketAny as unknown as FilteredBucket | null);
    return [...out];
  };
  const unfiltered = (lex: ClaimLexicon): ClaimLexicon => {
    for (const b of buckets(lex)) {
      b.firstLengths = -1;
      b.secondFirst = null;
    }
    return lex;
  };
  const sentences = (): string[] => {
    const out: string[] = [];
    for (const d of loadCorpus()) for (const s of d.text.split(/(?<=[.!?:])\s+|\n+/)) if (s.trim()) out.push(s.trim());
    return out;
  };
  const variants = (s: string, k: number): string[] => {
    const spaces = ['\u00a0', '\u2003', '\t', '\u3000', '\ufeff', '\u202f', '\n'];
    return [s, s.replace(/ /g, (_, at: number) => spaces[(at + k) % spaces.length]), s.toUpperCase(), s.replace(/ +/g, '  ')];
  };

  const withoutAutomata = <T>(f: () => T): T => {
    setAutomata(false);
    try {
      return f();
    } finally {
      setAutomata(true);
    }
  };

  // The corpus-wide checks below read every sentence of the labelled corpus, which grows each round: their time limits
  // are a harness's, generous for a busy machine (no speed is asserted here; npm run bench measures it).
  it('most buckets of the default lexicon have one when they have no automaton (the filter is on), read on their first try', function () {
    this.timeout(120000);
    withoutAutomata(() => {
      const lex = compileLexicon();
      assert.ok(buckets(lex).every((b) => b.firstLengths === -2), 'unread before the first classification');
      for (const s of sentences()) classifyWith(s, lex);
      const read = buckets(lex).filter((b) => b.firstLengths !== -2);
      assert.ok(read.length > 200, `${read.length} buckets tried`);
      assert.ok(read.filter((b) => b.firstLengths >= 0).length > read.length * 0.8, 'first-word lengths');
      assert.ok(read.filter((b) => b.secondFirst !== null).length > read.length * 0.8, 'second-word starts');
    });
  });

  it('as shipped, a bucket with an automaton has no word filter (its walk is the filter)', function () {
    this.timeout(120000);
    const lex = compileLexicon();
    for (const s of sentences()) classifyWith(s, lex);
    const read = buckets(lex).filter((b) => b.firstLengths !== -2);
    const walked = read.filter((b) => b.dfa !== null);
    // Every bucket of the default lexicon that the corpus reaches compiles (claims-dfa.test.ts: almost all of them do).
    assert.ok(walked.length > read.length * 0.95, `${walked.length} of ${read.length} tried buckets walk an automaton`);
    assert.ok(walked.every((b) => b.firstLengths === -1 && b.secondFirst === null));
  });

  const extensions: [string, Parameters<typeof compileLexicon>[0]][] = [
    ['the default lexicon', {}],
    ['a user extension', { absoluteTerms: ['Über-cure', 'melts? away', '\\d+% natural', "don't\\s+worry"], attributions: ['insiders (?:say|know)'], claimVerbs: ['soothes'], hedges: ['arguably'] }],
  ];
  it('classify exactly as with the filters off when automata outgrow their bounds mid-way (the regexes take over, behind the word filters)', function () {
    this.timeout(120000);
    setBounds(12, 4000);
    try {
      const on = compileLexicon();
      const off = unfiltered(compileLexicon());
      let n = 0;
      for (const [k, s] of sentences().entries())
        for (const v of variants(s, k).slice(0, 2)) {
          assert.deepEqual(classifyWith(v, on), classifyWith(v, off), v);
          n++;
        }
      assert.ok(n > 1000, `${n} sentences`);
      const read = buckets(on).filter((b) => b.firstLengths !== -2);
      const gaveUp = read.filter((b) => b.dfa === null && b.firstLengths >= 0);
      assert.ok(gaveUp.length > 20, `${gaveUp.length} buckets gave their automaton up and read their word filters`);
      assert.ok(read.some((b) => b.dfa !== null), 'some automata stayed within the bounds');
    } finally {
      setBounds();
    }
  });

  for (const [name, settings] of extensions)
    for (const automata of [false, true]) {
      it(`classify exactly as with the filters off (${name}, automata ${automata ? 'on, as shipped' : 'off'}, every corpus sentence and variants)`, function () {
        this.timeout(120000);
        setAutomata(automata);
        try {
          const on = compileLexicon(settings);
          const off = unfiltered(compileLexicon(settings));
          let n = 0;
          for (const [k, s] of sentences().entries())
            for (const v of variants(s, k)) {
              assert.deepEqual(classifyWith(v, on), classifyWith(v, off), v);
              n++;
            }
          assert.ok(n > 2000, `${n} sentences`);
        } finally {
          setAutomata(true);
        }
      });
    }
});
