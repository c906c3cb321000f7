// Which groups of substrings occur in a text, found in one pass (Aho–Corasick) instead of one indexOf a substring.
//
// A pass of the claim classifier that is tried only when some words occur ("twice", "times" or " the time" for a
// comparison of speed) used to test each with text.indexOf: dozens of scans of every sentence that reaches it. Here the
// words of all the groups share one automaton read once over the text; a group's bit is set when one of its words
// occurs, case-sensitively, exactly where indexOf would find it (test/engine/substrings.test.ts compares the two).

/** The automaton of a list of groups of words (at most 62 groups: two bit sets of 31). */
interface Automaton {
  /** The class of each ASCII character: 0 for a character no word holds (as for every non-ASCII one). */
  classOf: Uint8Array;
  classes: number;
  /** By state * classes + class: the next state (the failure links already followed). */
  delta: Int32Array;
  /** By state: the groups 0-30 (bit i for groups[i]) of the words that end there. */
  low: Int32Array;
  /** By state: the groups 31-61 (bit i for groups[31 + i]) of the words that end there. */
  high: Int32Array;
}

function automaton(groups: readonly (readonly string[])[]): Automaton {
  if (groups.length > 62) throw new Error('at most 62 groups');
  const classOf = new Uint8Array(128);
  let classes = 1;
  for (const g of groups)
    for (const w of g)
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        if (c >= 128) throw new Error(`not an ASCII word: ${JSON.stringify(w)}`);
        if (classOf[c] === 0) classOf[c] = classes++;
      }
  // The trie of the words.
  const children: Map<number, number>[] = [new Map()];
  const low: number[] = [0];
  const high: number[] = [0];
  groups.forEach((g, group) => {
    for (const w of g) {
      let s = 0;
      for (let k = 0; k < w.length; k++) {
        const cls = classOf[w.charCodeAt(k)];
        let t = children[s].get(cls);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          low.push(0);
          high.push(0);
          children[s].set(cls, t);
        }
        s = t;
      }
      if (group < 31) low[s] |= 1 << group;
      else high[s] |= 1 << (group - 31);
    }
  });
  // Breadth first: each state's failure link, its outputs joined with those of its link, and its full transitions.
  const n = children.length;
  const delta = new Int32Array(n * classes);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let cls = 0; cls < classes; cls++) {
    const t = children[0].get(cls);
    if (t !== undefined) {
      delta[cls] = t;
      queue.push(t);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head];
    low[s] |= low[fail[s]];
    high[s] |= high[fail[s]];
    for (let cls = 0; cls < classes; cls++) {
      const t = children[s].get(cls);
      if (t === undefined) delta[s * classes + cls] = delta[fail[s] * classes + cls];
      else {
        fail[t] = delta[fail[s] * classes + cls];
        delta[s * classes + cls] = t;
        queue.push(t);
      }
    }
  }
  return { classOf, classes, delta, low: Int32Array.from(low), high: Int32Array.from(high) };
}

export class SubstringGroups {
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  private readonly delta: Int32Array;
  /** By state: the groups (bits) of the words that end there. */
  private readonly out: Int32Array;

  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > 31) throw new Error('at most 31 groups');
    ({ classOf: this.classOf, classes: this.classes, delta: this.delta, low: this.out } = automaton(groups));
  }

  /** The groups (bit i for groups[i]) that have a word occurring in text. */
  scan(text: string): number {
    const { classOf, classes, delta, out } = this;
    let s = 0;
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * classes + (c < 128 ? classOf[c] : 0)];
      found |= out[s];
    }
    return found;
  }
}

/**
 * SubstringGroups for up to 62 groups, when two users of one text each need more groups than one bit set holds: one pass
 * answers both. scan() leaves its answer in `low` (bit i for groups[i], i < 31) and `high` (bit i for groups[31 + i]).
 */
export class WideSubstringGroups {
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  private readonly delta: Int32Array;
  private readonly lowOut: Int32Array;
  private readonly highOut: Int32Array;
  /** By state: 1 when words end there. Most states end none: one look at this instead of two at the bit sets. */
  private readonly ends: Uint8Array;
  /** The groups 0-30 found by the last scan. */
  low = 0;
  /** The groups 31-61 found by the last scan. */
  high = 0;

  constructor(groups: readonly (readonly string[])[]) {
    ({ classOf: this.classOf, classes: this.classes, delta: this.delta, low: this.lowOut, high: this.highOut } = automaton(groups));
    this.ends = new Uint8Array(this.lowOut.length);
    for (let s = 0; s < this.ends.length; s++) if (this.lowOut[s] !== 0 || this.highOut[s] !== 0) this.ends[s] = 1;
  }

  scan(text: string): void {
    const { classOf, classes, delta, lowOut, highOut, ends } = this;
    let s = 0;
    let low = 0;
    let high = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * classes + (c < 128 ? classOf[c] : 0)];
      if (ends[s] !== 0) {
        low |= lowOut[s];
        high |= highOut[s];
      }
    }
    this.low = low;
    this.high = high;
  }
}
