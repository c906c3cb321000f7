// Results remembered between lints. While a draft is edited (language server), most of its sentences and
// paragraphs are unchanged between two lints: their classifications, verdicts and shapes are looked up instead
// of recomputed. Tables are bounded (they start over when full) and keyed by text, so a hit is always the
// result the computation would give. They are used only while remembering is on: lintText turns it on for a
// lint with a parse cache (an editing session); a batch of different drafts (CLI) gains nothing from them and
// would pay for the keys (about 8% more CPU measured on 200 drafts). forgetRemembered() empties them all.

let generation = 0;
let active = false;

/** Run `fn` with remembering on or off (restored afterwards). */
export function withRemembering<T>(on: boolean, fn: () => T): T {
  const prev = active;
  active = on;
  try {
    return fn();
  } finally {
    active = prev;
  }
}

/** True while results are remembered (an editing session): callers may then key a cheaper form of a result by text. */
export function remembering(): boolean {
  return active;
}

/** Empty every table of remembered results (lazily: each table notices on its next use). */
export function forgetRemembered(): void {
  generation++;
}

/** A bounded table of results keyed by text. Values are shared between lints: callers never mutate them. */
export class Remembered<V> {
  private readonly map = new Map<string, V>();
  private gen = generation;

  constructor(private readonly max = 4000) {}

  get(key: string): V | undefined {
    if (!active) return undefined;
    if (this.gen !== generation) {
      this.map.clear();
      this.gen = generation;
    }
    return this.map.get(key);
  }

  /** The remembered value for `key`, or `compute()`'s, remembered. */
  recall(key: string, compute: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (!active) return;
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
  }
}
