// The automaton that matches a lexicon bucket (server/src/engine/claims-dfa.ts) must find exactly what the bucket's
// regex finds: the same kind and the same end at every position, or nothing where the regex finds nothing. Checked
// on hand-picked regex features, on random patterns against random texts (seeded), and on every bucket of the
// default lexicon at every word of the blog corpus.
import * as assert from 'node:assert/strict';
import { bucketDfa, matchEnd, matchKind, setStrict, walkDfa } from '../../server/src/engine/claims-dfa';
import { compileLexicon } from '../../server/src/engine/claims';
import { loadCorpus } from '../fixtures/claims/blog/corpus';

const WORD_END = '(?![A-Za-z0-9_\\-])';

interface Alternative {
  src: string;
  kind: number;
}

/** The bucket regex of claims.ts for alternatives in kind order: one group per kind, then WORD_END; sticky, case-insensitive. */
function bucketRegex(alternatives: Alternative[]): { re: RegExp; kinds: number[] } {
  const kinds = [...new Set(alternatives.map((a) => a.kind))];
  const groups = kinds.map((k) => `(${alternatives.filter((a) => a.kind === k).map((a) => a.src).join('|')})`);
  return { re: new RegExp(`(?:${groups.join('|')})${WORD_END}`, 'iy'), kinds };
}

function byRegex(re: RegExp, kinds: number[], text: string, i: number): [number, number] | null {
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) return null;
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  return [kinds[g - 1], re.lastIndex];
}

function byDfa(alternatives: Alternative[], text: string, i: number, dfa = bucketDfa(alternatives)): [number, number] | null {
  assert.ok(dfa, `not compiled: ${alternatives.map((a) => a.src).join(' | ')}`);
  assert.ok(walkDfa(dfa, text, i));
  return matchKind < 0 ? null : [matchKind, matchEnd];
}

/** Compare at every position of each text. */
function agree(alternatives: Alternative[], texts: string[]): void {
  const { re, kinds } = bucketRegex(alternatives);
  const dfa = bucketDfa(alternatives);
  for (const text of texts)
    for (let i = 0; i <= text.length; i++)
      assert.deepEqual(byDfa(alternatives, text, i, dfa), byRegex(re, kinds, text, i), `${JSON.stringify(alternatives.map((a) => a.src))} at ${i} of ${JSON.stringify(text)}`);
}

const one = (...srcs: string[]): Alternative[] => srcs.map((src) => ({ src, kind: 0 }));

describe('claims-dfa: a lexicon bucket matched by an automaton, exactly as by its regex', () => {
  before(() => setStrict(true));
  after(() => setStrict(false));

  it('takes the first alternative that matches, not the longest', () => {
    const alts = [
      { src: 'cure', kind: 0 },
      { src: 'cures?\\s+all', kind: 0 },
      { src: 'cures', kind: 1 },
    ];
    assert.deepEqual(byDfa(alts, 'It cures all ills', 3), [0, 12]);
    assert.deepEqual(byDfa(alts, 'It cures ills', 3), [1, 8]);
    assert.deepEqual(byDfa(alts, 'cure', 0), [0, 4]);
    agree(alts, ['It cures all ills', 'cure-all', 'CURES ALL', 'cures\u00a0all', 'cure', 'cures', 'cured']);
  });

  it('reads greedy and lazy quantifiers, optional words and counted repetition in the order the regex tries them', () => {
    agree(one('a(?:\\s+b)?'), ['a b', 'a bc', 'a  b', 'ab', 'a b-c', 'a']);
    agree(one('a(?:\\s+b)??'), ['a b', 'a bc']);
    agree(one('(?:very\\s+){0,2}good', 'very'), ['very very very good', 'very good', 'good', 'very', 'very very']);
    agree(one('x{2,3}y?', 'xx'), ['xxxy', 'xxxx', 'xxy', 'xx']);
    agree(one('stomach\\s+?aches?'), ['stomach ache', 'stomach   aches', 'stomachaches']);
  });

  it('reads white space as the regex does (\\s, runs, no-break and other Unicode spaces, line breaks)', () => {
    agree(one('side[- ]effects?', 'side\\s+effect', 'side\\seffects'), ['side effects', 'side-effects', 'side  effects', 'side\teffects', 'side\u2009effect', 'side\neffects', 'side\u00a0effects']);
    agree(one('a\\s*-\\s*b'), ['a-b', 'a - b', 'a  -b', 'a -  b']);
  });

  it('reads classes, ranges, negated and empty classes, escapes, any character and \\d, \\w, \\W, \\S', () => {
    agree(one('[a-c]+\\s+x', '\\d+\\s?mg', '[^a-z ]z', 'q[]', 'r[^]', 'it[\'\u2019]s', 'a\\.b', '\\w\\W\\S', 'x.s', 'children.s'), [
      'abc x',
      'cab  x',
      '250mg',
      '5 mg',
      '5mgs',
      '9z',
      'Zz',
      'qq',
      'r!',
      "it's",
      'it\u2019s',
      'a.b',
      'axb',
      'a_ !',
      'x\ns',
      'xys',
      "children's",
      'children\u2019s',
    ]);
  });

  it('evaluates look-arounds and \\b where the match reaches them', () => {
    agree(one('hearing(?!\\s+(?:loss|aids?))', 'whooshing(?<=(?:the|my)\\s+whooshing)', 'free\\b', 'alternative\\s+to(?=\\s+your)'), [
      'hearing loss',
      'hearing aid',
      'hearing better',
      'the whooshing',
      'a whooshing',
      'free!',
      'free-',
      'alternative to your pills',
      'alternative to pills',
    ]);
    // A class that closes at once ('[]' matches nothing, '[^]' anything) inside a look-around, as JavaScript reads it.
    agree(one('a(?![]b)c', 'x(?=[^]y)', 'q(?=[^)]z)'), ['ac', 'abc', 'x y', 'xzy', 'q z', 'q)z']);
  });

  it('reads the state a look-around resolves to when resolving it grows the tables', () => {
    // Each word adds states, and resolving its look-ahead adds one more: somewhere along the list that new state is
    // the one past the tables' size, which a walk must read from the grown tables (a walk that read the old ones
    // found no match).
    for (let n = 1; n <= 24; n++) {
      const words = Array.from({ length: n }, (_, k) => `w${String.fromCharCode(97 + k)}x`);
      agree(one(...words.map((w) => `${w}(?=\\s+y)`)), words.map((w) => `${w} y`));
    }
  });

  it('refuses what follows a match in WORD_END (letters, digits, "_" and "-"), in any case, and matches at the end of the text', () => {
    agree(one('cure', 'pain'), ['cures', 'cure-all', 'cure_x', 'cure2', 'cure.', 'CURE', 'Cure\u2019s', 'pain', 'painful', 'pain\u00e9']);
  });

  it('folds ASCII letters only, as the case-insensitive regex does (the Kelvin sign and the long s are not k and s)', () => {
    agree(one('kidney', 'stress'), ['KIDNEY', '\u212aidney', 'Stress', '\u017ftress', 'stre\u017f\u017f']);
  });

  it('leaves to the regex what it cannot read exactly', () => {
    assert.equal(bucketDfa(one('(a)\\1')), null); // a backreference
    assert.equal(bucketDfa(one('\u00e9t\u00e9')), null); // a cased non-ASCII letter
    assert.equal(bucketDfa(one('(?=a)*b')), null); // a quantified assertion
    assert.equal(bucketDfa(one('(?:a?)*b')), null); // repetition of what can match empty
  });

  it('agrees with the regex on random patterns and texts (seeded)', () => {
    let seed = 20261127;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(xs: T[]): T => xs[rand(xs.length)];
    const atom = (depth: number): string => {
      const r = rand(depth > 2 ? 6 : 9);
      if (r <= 1) return pick(['a', 'b', 'A', '-', "'", '\u2019', ' ', '\\.', '1']);
      if (r === 2) return pick(['[ab]', '[a-c]', '[^b]', '[- ]', '\\d', '\\w', '\\W', '\\S', '.']);
      if (r === 3) return '\\s';
      if (r === 4) return pick(['\\s+', '\\s*', '[ab]+', '\\d+', '[a-c]*']);
      if (r === 5) return pick(['\\b', '(?=a)', '(?!b)', '(?<=a)', '(?<!\\s)', '']);
      return `(?:${seq(depth + 1)}${rand(2) ? `|${seq(depth + 1)}` : ''})`;
    };
    const quant = (a: string): string => {
      if (/^(?:\\[bsd]\+|\\s\*|\[.*\][+*]|\(\?[=!<]|\\b|$)/.test(a)) return a;
      return a + pick(['', '', '', '?', '??', '{0,2}', '{1,2}?', '{2}']);
    };
    const seq = (depth: number): string => {
      let s = '';
      const n = 1 + rand(4);
      for (let k = 0; k < n; k++) s += quant(atom(depth));
      return s;
    };
    const textOf = (): string => {
      let t = '';
      const n = rand(12);
      for (let k = 0; k < n; k++) t += pick(['a', 'b', 'c', 'A', 'B', ' ', '  ', '-', '_', '1', '.', "'", '\u2019', '\u00a0', '\n', '\u00e9']);
      return t;
    };
    let compiled = 0;
    for (let k = 0; k < 1500; k++) {
      const n = 1 + rand(3);
      const alternatives: Alternative[] = [];
      for (let j = 0; j < n; j++) alternatives.push({ src: seq(0), kind: rand(2) });
      alternatives.sort((x, y) => x.kind - y.kind);
      try {
        bucketRegex(alternatives);
      } catch {
        continue; // not a valid regex
      }
      if (!bucketDfa(alternatives)) continue;
      compiled++;
      const texts: string[] = [];
      for (let j = 0; j < 8; j++) texts.push(textOf());
      agree(alternatives, texts);
    }
    assert.ok(compiled > 1000, `only ${compiled} random buckets compiled`);
  });

  it('compiles (almost) every bucket of the default lexicon, and each agrees with its regex at every word of the blog corpus', function () {
    this.timeout(180000); // the blog corpus grows every round; this reads a slice of all of it
    const lex = compileLexicon();
    const buckets = new Set<{ alternatives: Alternative[]; re: RegExp; kinds: number[] }>();
    for (const b of [...lex.buckets.values(), lex.bucketAny] as unknown as ({ alternatives: Alternative[]; re: RegExp; kinds: number[] } | null)[]) if (b) buckets.add(b);
    const dfas = new Map([...buckets].map((b) => [b, bucketDfa(b.alternatives)]));
    const missing = [...dfas.values()].filter((d) => d === null).length;
    assert.ok(missing <= buckets.size / 50, `${missing} of ${buckets.size} buckets not compiled`);
    const sentences = loadCorpus().flatMap((d) => d.text.split(/(?<=[.!?])\s+/)).filter((s, k) => k % 8 === 0);
    let compared = 0;
    for (const text of sentences) {
      const starts: number[] = [];
      for (let i = 0; i < text.length; i++) if (/[A-Za-z0-9$£€]/.test(text[i]) && (i === 0 || !/[A-Za-z0-9_\-\u0080-\uffff]/.test(text[i - 1]))) starts.push(i);
      for (const [b, dfa] of dfas) {
        if (!dfa) continue;
        for (const i of starts) {
          const want = byRegex(b.re, b.kinds, text, i);
          const got = byDfa(b.alternatives, text, i, dfa);
          if (want !== null || got !== null) compared++;
          assert.deepEqual(got, want, `${b.alternatives.map((a) => a.src).join('|').slice(0, 200)} at ${i} of ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(compared > 500, `${compared} matches compared`);
  });
});
