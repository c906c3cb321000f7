// A lexicon bucket's regex, matched by a lazily built automaton instead of the regex engine.
//
// A bucket of the claim lexicon is one sticky, case-insensitive regex `(?:(A1|A2|...)|(B1|...)|...)WORD_END` whose
// groups are the pattern kinds in order (claims.ts, bucket()). Run at a word, the regex engine tries the alternatives
// in order, backtracking inside each, and returns the first way through that WORD_END accepts: a kind and an end.
//
// Here the alternatives are compiled into one small program (consume a character of a set, split into a preferred
// and a second way, assert, match a kind) and run as the Pike VM runs a regex: all ways at once, kept in priority
// order, one character at a time. A way that reaches its match where WORD_END holds cuts every way of lower priority;
// ways of higher priority go on and, if one matches later, it wins. That is the regex's own choice (leftmost-first,
// the order backtracking tries), found without backtracking. The ordered lists of ways are the states of an
// automaton built as the text asks for them and cached with their transitions, so a walk costs one map lookup a
// character. Look-arounds and \b are evaluated at the position where a way reaches them (by a small regex each): the
// states that hold them are resolved at walk time, and cached by the outcomes.
//
// Not compiled (the bucket keeps its regex): backreferences, cased non-ASCII letters (the case-insensitive regex
// folds them in ways this module does not copy), quantified assertions, repetition of what can match empty, and
// buckets whose automaton grows past a bound (MAX_STATES). test/claims-dfa.test.ts compares the two on every position
// of its sentences; the benchmarks' classification is unchanged.

import { isRegexSpace, isTokenChar, topLevelStop } from './lexicon-source';

const enum Op {
  /** Consume the character a (the text character folded: ASCII capitals in lower case). */
  Lit,
  /** Consume one character in sets[a] (folded). */
  Char,
  /** Go on at a (preferred) and at b. */
  Split,
  /** Go on at a. */
  Jump,
  /** Zero-width: go on at pc + 1 when the sticky regex checks[a] matches at the position. */
  Check,
  /** A match of kind a, where WORD_END holds. */
  Match,
}

/** The character the case-insensitive (non-unicode) regex compares: ASCII capitals as lower case, others as they are. */
export function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A set of (folded) characters. */
type CharSet = (c: number) => boolean;

/** Thrown when a pattern cannot be compiled exactly: the bucket keeps its regex. */
class Unsupported extends Error {}

/** Tests: let errors other than Unsupported through (in use they leave the bucket to its regex). */
let strict = false;
export function setStrict(on: boolean): void {
  strict = on;
}

/** Tests: build no automaton (every bucket keeps its regex, behind the scanner's word filters). */
let automata = true;
export function setAutomata(on: boolean): void {
  automata = on;
}

// ---------------------------------------------------------------- parsing

type Atom = { lit: number } | { set: CharSet; key: string } | { alts: Quant[][] } | { check: string };
interface Quant {
  atom: Atom;
  min: number;
  max: number;
  lazy: boolean;
}

function literalChar(c: number): number {
  if (c >= 128 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase()) throw new Unsupported('cased non-ASCII letter');
  return fold(c);
}

/** The set of an escape's characters (\s, \d, \w and their negations), or null for a literal escape. */
function escapeSet(e: string): CharSet | null {
  switch (e) {
    case 's':
      return isRegexSpace;
    case 'S':
      return (c) => !isRegexSpace(c);
    case 'd':
      return (c) => c >= 48 && c <= 57;
    case 'D':
      return (c) => !(c >= 48 && c <= 57);
    case 'w':
      return isAsciiWord;
    case 'W':
      return (c) => !isAsciiWord(c);
    default:
      return null;
  }
}

/** A literal escape's character (\. \- \' \u2019), or an error for the escapes this module does not read. */
function escapeChar(src: string, pos: { i: number }): number {
  const e = src[pos.i];
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(pos.i + 1, pos.i + 5))) {
    pos.i += 5;
    return parseInt(src.slice(pos.i - 4, pos.i), 16);
  }
  if (e === 't') {
    pos.i++;
    return 9;
  }
  if (e === 'n') {
    pos.i++;
    return 10;
  }
  if (e !== undefined && /[^A-Za-z0-9]/.test(e)) {
    pos.i++;
    return e.charCodeAt(0);
  }
  throw new Unsupported(`escape \\${e}`);
}

function parseAlternatives(src: string, pos: { i: number }, depth: number): Quant[][] {
  const alts: Quant[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i];
    if (c === ')') {
      if (depth === 0) throw new Unsupported('unbalanced )');
      break;
    }
    if (c === '|') {
      pos.i++;
      alts.push([]);
      continue;
    }
    let atom: Atom;
    if (c === '(' && src[pos.i + 1] === '?' && (src[pos.i + 2] === '=' || src[pos.i + 2] === '!' || (src[pos.i + 2] === '<' && (src[pos.i + 3] === '=' || src[pos.i + 3] === '!')))) {
      const close = groupEnd(src, pos.i);
      atom = { check: src.slice(pos.i, close + 1) };
      pos.i = close + 1;
    } else if (c === '(') {
      if (src[pos.i + 1] === '?') {
        if (src[pos.i + 2] === ':') pos.i += 3;
        else if (src[pos.i + 2] === '<') pos.i = src.indexOf('>', pos.i) + 1;
        else throw new Unsupported('group');
      } else pos.i++;
      const inner = parseAlternatives(src, pos, depth + 1);
      if (src[pos.i] !== ')') throw new Unsupported('unclosed group');
      pos.i++;
      atom = { alts: inner };
    } else if (c === '[') {
      const from = pos.i;
      const set = parseClass(src, pos);
      atom = { set, key: src.slice(from, pos.i) };
    }
    else if (c === '\\') {
      const e = src[pos.i + 1];
      if (e === 'b' || e === 'B') {
        atom = { check: `\\${e}` };
        pos.i += 2;
      } else {
        const set = escapeSet(e);
        if (set) {
          atom = { set, key: `\\${e}` };
          pos.i += 2;
        } else {
          pos.i++;
          atom = { lit: literalChar(escapeChar(src, pos)) };
        }
      }
    } else if (c === '.') {
      pos.i++;
      atom = { set: (x) => !isLineTerminator(x), key: '.' };
    } else if (c === '^' || c === '$') {
      pos.i++;
      atom = { check: c };
    } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      throw new Unsupported(`'${c}'`);
    } else {
      pos.i++;
      atom = { lit: literalChar(c.charCodeAt(0)) };
    }
    let min = 1;
    let max = 1;
    let quantified = false;
    const q = src[pos.i];
    if (q === '?' || q === '*' || q === '+') {
      [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : [1, Infinity];
      pos.i++;
      quantified = true;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(pos.i));
      if (!m) throw new Unsupported('{');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      pos.i += m[0].length;
      quantified = true;
    }
    let lazy = false;
    if (quantified && src[pos.i] === '?') {
      lazy = true;
      pos.i++;
    }
    if (quantified && 'check' in atom) throw new Unsupported('quantified assertion');
    if (max > 1 && canBeEmpty(atom)) throw new Unsupported('repetition of what can match empty');
    if (min > 50 || (max !== Infinity && max > 50)) throw new Unsupported('large count');
    alts[alts.length - 1].push({ atom, min, max, lazy });
  }
  return alts;
}

/** A class [..] as a set of folded characters, at pos.i on its '['. */
function parseClass(src: string, pos: { i: number }): CharSet {
  let j = pos.i + 1;
  const negated = src[j] === '^';
  if (negated) j++;
  const codes = new Set<number>();
  const sets: CharSet[] = [];
  /** One class member: a character code, or -1 after pushing an escape's set. */
  const one = (): number => {
    const ch = src[j];
    if (ch === undefined) throw new Unsupported('unclosed class');
    if (ch === '\\') {
      const set = escapeSet(src[j + 1]);
      if (set) {
        sets.push(set);
        j += 2;
        return -1;
      }
      const p = { i: j + 1 };
      const c = escapeChar(src, p);
      j = p.i;
      return c;
    }
    j++;
    return ch.charCodeAt(0);
  };
  // In a JavaScript regex ']' right after '[' (or '[^') closes the class: [] matches nothing, [^] anything.
  while (src[j] !== ']') {
    const a = one();
    if (a < 0) continue;
    if (src[j] === '-' && src[j + 1] !== ']' && src[j + 1] !== undefined) {
      j++;
      const b = one();
      if (b < 0 || b < a || b - a > 256) throw new Unsupported('class range');
      for (let k = a; k <= b; k++) codes.add(literalChar(k));
      continue;
    }
    codes.add(literalChar(a));
  }
  pos.i = j + 1;
  const member = (c: number): boolean => codes.has(c) || sets.some((s) => s(c));
  return negated ? (c) => !member(c) : member;
}

/** The index of the ')' that closes the group opening at src[open] (escapes and classes skipped). */
function groupEnd(src: string, open: number): number {
  const close = topLevelStop(src, open, ')');
  if (close < 0) throw new Unsupported('unclosed group');
  return close;
}

function canBeEmpty(atom: Atom): boolean {
  if ('alts' in atom) return atom.alts.some((seq) => seq.every((q) => q.min === 0 || canBeEmpty(q.atom)));
  return 'check' in atom;
}

// ---------------------------------------------------------------- compiling

/**
 * A bucket's compiled program and its automaton. States are numbered; transitions on ASCII characters sit in one flat
 * table by state and character class, so that a walk reads one typed array (the lexicon has hundreds of automata:
 * objects per state and per transition cost a walk a cache miss at every step).
 */
export interface BucketDfa {
  op: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  sets: CharSet[];
  checks: RegExp[];
  /** The number of classes of ASCII characters: characters of one class are alike to every instruction and to WORD_END. */
  classes: number;
  /** The length of a state's row in the table: classes + 1. */
  stride: number;
  /**
   * Everything a walk reads, in one array of two-byte entries (a walk's time goes mostly to reaching for memory: the
   * fewer places, the faster). First, by ASCII character (0-127): 1 + its class. Then a row per state, from
   * ROWS + state * stride: first the state's info, then by class the next state + 1 (0: not computed yet; -1: no way
   * left). A state's info is the kind its first Match way matches where WORD_END holds (before a character that is no
   * token character, or at the end of the text; a Match way cuts every way after it), -1 when it has none, -2 when the
   * state holds a Check (resolved at walk time): the kind matched before a character is the state's, not the
   * transition's. A row of about thirty classes fits a cache line or two.
   */
  table: Int16Array;
  /** The number of states the table has rows for (it doubles when full). */
  capacity: number;
  states: State[];
  stateIds: Map<string, number>;
  budget: DfaBudget;
}

/** A state of the automaton: the ways still open, in priority order (program counters of Lit, Char, Check and Match). */
interface State {
  pcs: number[];
  /** For a state with Checks: its Checks in order, when none of them leads to another Check (else null: resolved the slow way). */
  checkPcs: number[] | null;
  /** For a state with Checks: the state each combination of outcomes resolves to (checkPcs: as a bit mask; else as a string). */
  resolved: Map<string | number, number> | null;
  /** Transitions by non-ASCII characters: the next state + 1 or -1. */
  other: Map<number, number> | null;
}

/**
 * Past MAX_STATES states a bucket gives its automaton up and keeps its regex; past MAX_LEXICON_STATES over the buckets
 * of one lexicon (a DfaBudget), every automaton of that lexicon that needs a new state does. A bound on memory whatever
 * the text, in a server that runs for days (the benchmarks' 5,000 sentences need about 17,000 states; a lexicon is
 * compiled once for the defaults and once per distinct user extension, at most 21 kept).
 */
let MAX_STATES = 3000;
let MAX_LEXICON_STATES = 50000;

/** Tests: other bounds (a bucket's automaton past them gives up, and the bucket's regex runs from then on). */
export function setBounds(bucket = 3000, lexicon = 50000): void {
  MAX_STATES = bucket;
  MAX_LEXICON_STATES = lexicon;
}

/** The states the automata of one lexicon have built (shared by its buckets). */
export interface DfaBudget {
  states: number;
}

/** Non-ASCII characters whose transitions a state keeps (others are computed each time). */
const MAX_OTHER = 64;

/**
 * Compile a bucket's alternatives (in its regex's order, each with its kind) into a program, or null when one of
 * them uses what this module does not support.
 */
export function bucketDfa(alternatives: { src: string; kind: number }[], budget: DfaBudget = { states: 0 }): BucketDfa | null {
  if (!automata) return null;
  const op: Op[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const sets: CharSet[] = [];
  const setIndex = new Map<string, number>();
  const checks: RegExp[] = [];
  const emit = (o: Op, x = 0, y = 0): number => {
    op.push(o);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const alternativesOf = (list: Quant[][], then: () => void): void => {
    // SPLIT L1, next; L1: seq1; JUMP end; next: SPLIT L2, next2; ... the last alternative falls through.
    const jumps: number[] = [];
    for (let k = 0; k < list.length; k++) {
      let split = -1;
      if (k < list.length - 1) split = emit(Op.Split);
      if (split >= 0) a[split] = op.length;
      sequence(list[k]);
      if (k < list.length - 1) {
        jumps.push(emit(Op.Jump));
        b[split] = op.length;
      }
    }
    for (const j of jumps) a[j] = op.length;
    then();
  };
  const atomCode = (atom: Atom): void => {
    if ('alts' in atom) alternativesOf(atom.alts, () => undefined);
    else if ('check' in atom) {
      checks.push(new RegExp(atom.check, 'iy'));
      emit(Op.Check, checks.length - 1);
    } else if ('lit' in atom) emit(Op.Lit, atom.lit);
    else {
      let k = setIndex.get(atom.key);
      if (k === undefined) {
        setIndex.set(atom.key, (k = sets.length));
        sets.push(atom.set);
      }
      emit(Op.Char, k);
    }
  };
  const optional = (atom: Atom, lazy: boolean, loop: boolean): void => {
    // Greedy: SPLIT body, exit; lazy: SPLIT exit, body. A loop jumps back to the SPLIT after the body.
    const split = emit(Op.Split);
    const body = op.length;
    atomCode(atom);
    if (loop) emit(Op.Jump, split);
    const exit = op.length;
    if (lazy) {
      a[split] = exit;
      b[split] = body;
    } else {
      a[split] = body;
      b[split] = exit;
    }
  };
  const sequence = (seq: Quant[]): void => {
    for (const q of seq) {
      for (let k = 0; k < q.min; k++) atomCode(q.atom);
      if (q.max === Infinity) optional(q.atom, q.lazy, true);
      else {
        // x{0,2} greedy: SPLIT b1, end; b1: x; SPLIT b2, end; b2: x; end.
        const splits: number[] = [];
        for (let k = q.min; k < q.max; k++) {
          const split = emit(Op.Split);
          splits.push(split);
          const body = op.length;
          atomCode(q.atom);
          if (q.lazy) b[split] = body;
          else a[split] = body;
        }
        for (const s of splits) {
          if (q.lazy) a[s] = op.length;
          else b[s] = op.length;
        }
      }
    }
  };
  try {
    const parsed = alternatives.map(({ src, kind }) => {
      const pos = { i: 0 };
      const alts = parseAlternatives(src, pos, 0);
      if (pos.i !== src.length) throw new Unsupported('trailing text');
      return { alts, kind };
    });
    // The top level: one alternative after another, each ending in its Match.
    for (let k = 0; k < parsed.length; k++) {
      let split = -1;
      if (k < parsed.length - 1) split = emit(Op.Split, op.length + 1);
      alternativesOf(parsed[k].alts, () => undefined);
      emit(Op.Match, parsed[k].kind);
      if (split >= 0) b[split] = op.length;
    }
  } catch (e) {
    // Unsupported: the regex stays. Anything else would be a bug here: the regex stays too, and the tests
    // (test/claims-dfa.test.ts) say how many of the lexicon's buckets compile.
    if (!(e instanceof Unsupported) && strict) throw e;
    return null;
  }
  const [classOf, classes] = asciiClasses(op, a, sets);
  const dfa: BucketDfa = {
    op: Uint8Array.from(op),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    sets,
    checks,
    stride: classes + 1,
    classes,
    table: initialTable(classOf, classes + 1),
    capacity: 16,
    states: [],
    stateIds: new Map(),
    budget,
  };
  stateOf(dfa, closure(dfa, [0])); // state 0, the start
  return dfa;
}

/** Where the states' rows start in BucketDfa.table (after the classes of the ASCII characters). */
const ROWS = 128;

/** A table with the classes of the ASCII characters (1 + class) and room for 16 states' rows. */
function initialTable(classOf: Uint8Array, stride: number): Int16Array {
  const table = new Int16Array(ROWS + 16 * stride);
  for (let c = 0; c < 128; c++) table[c] = 1 + classOf[c];
  return table;
}

/** Group the ASCII characters that every Lit, every set and WORD_END treat alike (see BucketDfa.table). */
function asciiClasses(op: Op[], a: number[], sets: CharSet[]): [Uint8Array, number] {
  const lits = new Set<number>();
  for (let pc = 0; pc < op.length; pc++) if (op[pc] === Op.Lit) lits.add(a[pc]);
  const classOf = new Uint8Array(128);
  const ids = new Map<string, number>();
  for (let c = 0; c < 128; c++) {
    const f = fold(c);
    let key = `${lits.has(f) ? f : -1} ${isTokenChar(c) ? 1 : 0} `;
    for (const set of sets) key += set(f) ? '1' : '0';
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    classOf[c] = id;
  }
  return [classOf, ids.size];
}

/**
 * The ways open after following Split and Jump from each pc, in priority order, each program counter once (the first
 * way to reach it has priority over every later one, and the same future).
 */
function closure(dfa: BucketDfa, from: number[]): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const add = (pc: number): void => {
    if (seen.has(pc)) return;
    seen.add(pc);
    switch (dfa.op[pc]) {
      case Op.Split:
        add(dfa.a[pc]);
        add(dfa.b[pc]);
        return;
      case Op.Jump:
        add(dfa.a[pc]);
        return;
      default:
        out.push(pc); // Lit, Char, Check (resolved at walk time), Match
    }
  };
  for (const pc of from) add(pc);
  return out;
}

function stateOf(dfa: BucketDfa, pcs: number[]): number {
  const key = pcs.join(',');
  let id = dfa.stateIds.get(key);
  if (id === undefined) {
    id = dfa.states.length;
    const checks = pcs.some((pc) => dfa.op[pc] === Op.Check);
    let endKind = -1;
    if (!checks) {
      for (const pc of pcs)
        if (dfa.op[pc] === Op.Match) {
          endKind = dfa.a[pc];
          break;
        }
    }
    let checkPcs: number[] | null = null;
    if (checks) {
      checkPcs = pcs.filter((pc) => dfa.op[pc] === Op.Check);
      if (checkPcs.length > 30 || checkPcs.some((pc) => closure(dfa, [pc + 1]).some((q) => dfa.op[q] === Op.Check))) checkPcs = null;
    }
    dfa.states.push({ pcs, checkPcs, resolved: checks ? new Map() : null, other: null });
    dfa.budget.states++;
    dfa.stateIds.set(key, id);
    if (dfa.capacity <= id) {
      // Grow the table (doubling): the walk reads it afresh after every transition it computes.
      dfa.capacity *= 2;
      const bigger = new Int16Array(ROWS + dfa.capacity * dfa.stride);
      bigger.set(dfa.table);
      dfa.table = bigger;
    }
    dfa.table[ROWS + id * dfa.stride] = checks ? -2 : endKind;
  }
  return id;
}

/** The transition of state s (without checks) on text character c: the next state + 1 (-1: no way left). */
function transition(dfa: BucketDfa, s: number, c: number): number {
  const f = fold(c);
  const follow: number[] = [];
  for (const pc of dfa.states[s].pcs) {
    if (dfa.op[pc] === Op.Match) {
      // WORD_END holds before c: this way matches here (the state's info) and every way after it (lower priority) is cut.
      if (!isTokenChar(c)) break;
      continue;
    }
    if (dfa.op[pc] === Op.Lit ? dfa.a[pc] === f : dfa.sets[dfa.a[pc]](f)) follow.push(pc + 1);
  }
  const pcs = closure(dfa, follow);
  return pcs.length ? stateOf(dfa, pcs) + 1 : -1;
}

/** State s's Checks evaluated at text position p: the state with each passed Check replaced by what follows it. */
function resolveChecks(dfa: BucketDfa, s: number, text: string, p: number): number {
  const state = dfa.states[s];
  if (state.checkPcs !== null) {
    // The usual case: evaluate the state's Checks, and look the outcome up.
    let mask = 1;
    for (const pc of state.checkPcs) {
      const re = dfa.checks[dfa.a[pc]];
      re.lastIndex = p;
      mask = mask * 2 + (re.test(text) ? 1 : 0);
    }
    const known = state.resolved!.get(mask);
    if (known !== undefined) return known;
    const r = stateOf(dfa, resolvedPcs(dfa, state.pcs, text, p).pcs);
    state.resolved!.set(mask, r);
    return r;
  }
  const { pcs, outcome } = resolvedPcs(dfa, state.pcs, text, p);
  let r = state.resolved!.get(outcome);
  if (r === undefined) {
    r = stateOf(dfa, pcs);
    state.resolved!.set(outcome, r);
  }
  return r;
}

/** The ways of a list with each Check evaluated at p (a passed one replaced by what follows it), and the outcomes in order. */
function resolvedPcs(dfa: BucketDfa, list: number[], text: string, p: number): { pcs: number[]; outcome: string } {
  let outcome = '';
  const pcs: number[] = [];
  const seen = new Set<number>();
  const expand = (list: number[]): void => {
    for (const pc of list) {
      if (seen.has(pc)) continue;
      seen.add(pc);
      if (dfa.op[pc] !== Op.Check) {
        pcs.push(pc);
        continue;
      }
      const re = dfa.checks[dfa.a[pc]];
      re.lastIndex = p;
      const ok = re.test(text);
      outcome += ok ? '1' : '0';
      if (ok) expand(closure(dfa, [pc + 1]));
    }
  };
  expand(list);
  return { pcs, outcome };
}

/** The kind and end of the walk's match (matchKind -1: none). */
export let matchKind = -1;
export let matchEnd = -1;

/**
 * Run a bucket's automaton at text[i]: sets matchKind and matchEnd to the kind and end that the bucket's regex, run
 * sticky at i, would match, or matchKind to -1. Returns false when the automaton outgrew MAX_STATES (the caller runs
 * the regex from then on).
 */
export function walkDfa(dfa: BucketDfa, text: string, i: number): boolean {
  matchKind = -1;
  matchEnd = -1;
  const n = text.length;
  const stride = dfa.stride;
  let table = dfa.table;
  let s = 0;
  let p = i;
  for (;;) {
    let row = ROWS + s * stride;
    let m = table[row];
    if (m === -2) {
      s = resolveChecks(dfa, s, text, p); // may add a state, and grow the table: read it after
      table = dfa.table;
      row = ROWS + s * stride;
      m = table[row];
    }
    if (p >= n) {
      if (m >= 0) {
        matchKind = m;
        matchEnd = p;
      }
      break;
    }
    const c = text.charCodeAt(p);
    if (m >= 0 && !isTokenChar(c)) {
      matchKind = m;
      matchEnd = p;
    }
    let to: number;
    if (c < 128) {
      const k = row + table[c];
      to = table[k];
      if (to === 0) {
        if (dfa.states.length > MAX_STATES || dfa.budget.states > MAX_LEXICON_STATES) return false;
        to = transition(dfa, s, c); // -1 or 1..MAX_STATES + 1: fits two bytes
        table = dfa.table;
        table[k] = to;
      }
    } else {
      const state = dfa.states[s];
      let next = state.other === null ? undefined : state.other.get(c);
      if (next === undefined) {
        if (dfa.states.length > MAX_STATES || dfa.budget.states > MAX_LEXICON_STATES) return false;
        next = transition(dfa, s, c);
        table = dfa.table;
        if (state.other === null) state.other = new Map();
        if (state.other.size < MAX_OTHER) state.other.set(c, next);
      }
      to = next;
    }
    if (to < 0) break;
    s = to - 1;
    p++;
  }
  return true;
}
