// SubstringGroups (server/src/engine/substrings.ts) must say of each group exactly what indexOf says of its words.
import * as assert from 'node:assert/strict';
import { SubstringGroups, WideSubstringGroups } from '../../server/src/engine/substrings';

function byIndexOf(groups: string[][], text: string): number {
  let found = 0;
  groups.forEach((g, bit) => {
    if (g.some((w) => text.indexOf(w) >= 0)) found |= 1 << bit;
  });
  return found;
}

describe('SubstringGroups: which groups of words occur in a text, in one pass', () => {
  it('finds words inside words, overlapping and nested words, at the ends of the text, case-sensitively', () => {
    const groups = [['fter', 'after all'], ['he', 'she', 'hers'], [' in,', ' in and'], ['ag'], ['usual', 'usual time'], ['By ']];
    const g = new SubstringGroups(groups);
    for (const text of ['Afterwards', 'thereafter', 'ushers', 'she', 'he', 'HE', 'a week in, and', 'a week in and', 'in,', 'again', 'the usual time', 'unusual', 'By then', 'by then', '', 'caf\u00e9 ag\u00e9', 'af\u2019ter'])
      assert.equal(g.scan(text), byIndexOf(groups, text), JSON.stringify(text));
  });

  it('agrees with indexOf on random words and texts (seeded)', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a', 'b', 'c', ' ', 'A', ',', "'"];
    const word = (max: number): string => {
      let w = '';
      const n = 1 + rand(max);
      for (let k = 0; k < n; k++) w += alphabet[rand(alphabet.length)];
      return w;
    };
    for (let trial = 0; trial < 300; trial++) {
      const groups: string[][] = [];
      for (let k = 1 + rand(6); k > 0; k--) {
        const g: string[] = [];
        for (let j = 1 + rand(4); j > 0; j--) g.push(word(4));
        groups.push(g);
      }
      const sg = new SubstringGroups(groups);
      for (let t = 0; t < 20; t++) {
        const text = word(30) + (rand(3) === 0 ? '\u00e9' + word(5) : '');
        assert.equal(sg.scan(text), byIndexOf(groups, text), `${JSON.stringify(groups)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('WideSubstringGroups: groups past the 31st in its second bit set, as indexOf finds them (seeded)', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a', 'b', 'c', ' ', 'A', ','];
    const word = (max: number): string => {
      let w = '';
      const n = 1 + rand(max);
      for (let k = 0; k < n; k++) w += alphabet[rand(alphabet.length)];
      return w;
    };
    for (let trial = 0; trial < 40; trial++) {
      const groups: string[][] = [];
      for (let k = 1 + rand(62); k > 0; k--) groups.push(Array.from({ length: rand(3) }, () => word(4))); // some groups empty
      const wide = new WideSubstringGroups(groups);
      for (let t = 0; t < 20; t++) {
        const text = word(40) + (rand(3) === 0 ? '\u00e9' + word(5) : '');
        wide.scan(text);
        assert.equal(wide.low, byIndexOf(groups.slice(0, 31), text), `low: ${JSON.stringify(groups)} in ${JSON.stringify(text)}`);
        assert.equal(wide.high, byIndexOf(groups.slice(31), text), `high: ${JSON.stringify(groups)} in ${JSON.stringify(text)}`);
      }
    }
    assert.throws(() => new WideSubstringGroups(Array.from({ length: 63 }, () => ['a'])));
  });

  it('refuses non-ASCII words and more than 31 groups', () => {
    assert.throws(() => new SubstringGroups([['caf\u00e9']]));
    assert.throws(() => new SubstringGroups(Array.from({ length: 32 }, () => ['a'])));
  });
});
