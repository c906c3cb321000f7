// Which groups of substrings occur in a text, found in one pass (Aho–Corasick) instead of one indexOf a substring.
//
// A pass of the claim classifier that is tried only when some words occur ("twice", "times" or " the time" for a
// comparison of speed) used to test each with text.indexOf: dozens of scans of every sentence that reaches it. Here the
// words of all the groups share one automaton read once over the text; a group's bit is set when one of its words
// occurs, case-sensitively, exactly where indexOf would find it (test/engine/substrings.test.ts compares the two).

export class SubstringGroups {
  /** The class of each ASCII character: 0 for a character no word holds (as for every non-ASCII one). */
  private readonly classOf = new Uint8Array(128);
  private readonly classes: number;
  /** By state * classes + class: the next state (the failure links already followed). */
  private readonly delta: Int32Array;
  /** By state: the groups (bits) of the words that end there. */
  private readonly out: Int32Array;

  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > 31) throw new Error('at most 31 groups');
    let classes = 1;
    for (const g of groups)
      for (const w of g)
        for (let k = 0; k < w.length; k++) {
          const c = w.charCodeAt(k);
          if (c >= 128) throw new Error(`not an ASCII word: ${JSON.stringify(w)}`);
          if (this.classOf[c] === 0) this.classOf[c] = classes++;
        }
    this.classes = classes;
    // The trie of the words.
    const children: Map<number, number>[] = [new Map()];
    const out: number[] = [0];
    groups.forEach((g, bit) => {
      for (const w of g) {
        let s = 0;
        for (let k = 0; k < w.length; k++) {
          const cls = this.classOf[w.charCodeAt(k)];
          let t = children[s].get(cls);
          if (t === undefined) {
            t = children.length;
            children.push(new Map());
            out.push(0);
            children[s].set(cls, t);
          }
          s = t;
        }
        out[s] |= 1 << bit;
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
      out[s] |= out[fail[s]];
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
    this.delta = delta;
    this.out = Int32Array.from(out);
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
