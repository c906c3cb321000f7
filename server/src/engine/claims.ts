// Claim analysis: claim strength, efficacy claims, hedges, absolute language and vague attribution.
// Used by the claim rules (absolute-claim, unsupported-claim, vague-attribution), the CLI's `classify`
// command and the language server's review report and Claims view.
//
// How a sentence is read (classifySentence):
//   1. One pass over the sentence finds its cues. Every lexicon in server/src/data/claims-*.json is compiled once
//      into small sticky regular expressions, bucketed by the first three characters they can match, so each word
//      start tries only the handful of patterns that can begin there (a single alternation of all ~2,000 patterns
//      is a hundred times slower in V8). A bucket is skipped without running its regex at a word whose length no
//      pattern's first word has, or whose next word starts with a letter no pattern's second word starts with (a
//      third of the tries on the claim-strength benchmark).
//   2. A few linguistic decisions over that short cue list:
//      - which relation the sentence states: causal (a verb of change such as 'reduces', 'leads to', or a causal
//        predicate such as 'is effective in') or correlational ('is associated with', 'predicts', 'more likely');
//        participles used as adjectives ('increased risk'), purpose infinitives ('strategies to reduce') and
//        nouns ('an increase') do not state a relation;
//      - whether a hedge governs that relation ('may', 'might', 'could', 'appears to', 'likely', 'some people
//        find'); 'can' states capability and is not a hedge; a reporting frame ('the data suggest that X reduces Y')
//        passes the claim on unchanged;
//      - whether it is an efficacy claim: a benefit predicate ('relieves', 'lowers' + a bad outcome, 'raises' + a
//        good one) that is not negated, asked, advised, conditional, an open question, a definition, history,
//        logistics, a study's design, a side effect or someone else's claim reported at a distance.
//   3. Absolute terms (with hedged rewrites) and vague attributions are found by the same pass.
//
// Offsets in a ClaimClassification are offsets into the classified text. analyzeClaims() turns them into document
// offsets (the sentence's text is the document slice with non-prose blanked, so index i is sentence.start + i).

import type { Citation, Fix, FixSeries, ParsedDocument, ProseBlock, Sentence, TextEdit } from './types';
import { footnoteMarkers, pseudoReferenceHeading, referenceBlockIndexes, referenceHeadingName } from './references';
import type { ResolvedConfig } from './config';
import { parseMarkdownTree } from './document';
import { Remembered } from './memo';
import { StructureReader, structureCandidate } from './claims-structure';
import { alternation, fragmentSource, isRegexSpace, isTokenChar, topLevelStop } from './lexicon-source';
import { bucketDfa, matchEnd, matchKind, walkDfa, type BucketDfa, type DfaBudget } from './claims-dfa';
import { WideSubstringGroups } from './substrings';
import relationsData from '../data/claims-relations.json';
import hedgesData from '../data/claims-hedges.json';
import contextData from '../data/claims-context.json';
import outcomesData from '../data/claims-outcomes.json';
import absoluteData from '../data/claims-absolute.json';
import attributionData from '../data/claims-attributions.json';
import reportedData from '../data/claims-reported.json';
import testimonialData from '../data/claims-testimonials.json';
import fallbackLexicon from '../data/claims-fallback.json';

export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct';

export type AbsoluteCategory = 'cure' | 'guarantee' | 'permanence' | 'totality' | 'safety' | 'proof' | 'miracle' | 'custom';

/** A range of the classified text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A replacement for [start, end) of the classified text. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

export interface AbsoluteTerm extends Span {
  category: AbsoluteCategory;
  /** Why it matters, without the quoted trigger: "promises an outcome no treatment can guarantee". */
  reason: string;
  /** Hedged rewrites, best first (may be empty). */
  rewrites: Rewrite[];
}

/** The verb phrase that carries a claim: 'may reduce', 'eases', 'is an effective way'. */
export interface Predicate extends Span {
  /** The relation word itself (without a modal): 'reduce', 'eases', 'effective'. */
  head: Span;
  /** Base form of the head for verbs ('reduce', 'lead to'); null for adjectives and nouns. */
  lemma: string | null;
  /** Verb form of the head: 's' (reduces), 'base' (reduce), 'ed' (reduced), 'ing', or 'other'. */
  form: 'base' | 's' | 'ed' | 'ing' | 'other';
  /** A modal right before the head that the span includes ('can', 'will', 'may'), if any. */
  modal: Span | null;
}

export interface ClaimClassification {
  strength: ClaimStrength;
  /** True when the sentence is an efficacy claim (an intervention brings a health benefit or prevents harm). */
  claim: boolean;
  /**
   * The words that decided it, as `kind:word` (e.g. `hedge:may`, `causal:reduce`, `outcome:pain`,
   * `correlational:associated`, `negation:not`, `absolute:cures`, `attribution:studies show`).
   */
  cues: string[];
  /** A hedge governs the claim's relation ('may reduce', 'some people find'): strength conditional, or correlational. */
  hedged: boolean;
  /** Every speculation cue in the sentence (BioScope sense: 'may', 'suggest', 'whether', 'possible' ...). */
  hedges: Span[];
  /** The relation that decided the strength, with its modal ('may reduce'); null when strength is none. */
  predicate: Predicate | null;
  /** Absolute language that the absolute-claim rule reports, in text order. */
  absoluteTerms: AbsoluteTerm[];
  /** Attributions to unnamed sources ('studies have shown', 'experts agree'), in text order. */
  attributions: Span[];
  /** Why a sentence with a benefit predicate is not an efficacy claim: 'question', 'negated', 'uncertain', 'advice', ... */
  notClaim: string | null;
}

/** A sentence's claim analysis in a document. All offsets (start, end, predicate, terms, attributions) are document offsets. */
export interface ClaimInfo extends Omit<ClaimClassification, 'absoluteTerms'> {
  start: number;
  end: number;
  text: string;
  /** The sentence uses absolute language (see absoluteTerms). */
  absolute: boolean;
  absoluteTerms: AbsoluteTerm[];
  /** A citation belongs to the sentence (or to its paragraph when claims.citationScope is 'paragraph'). */
  supported: boolean;
  /** The citations that support it. */
  citations: Citation[];
  /** True in headings (absolute-claim still applies there; unsupported-claim and vague-attribution do not). */
  heading: boolean;
  /** The sentence contains a phrase from claims.allow: no claim rule reports it. */
  allowed: boolean;
}

// ---------------------------------------------------------------- cue kinds

/** Cue kinds in priority order: where two patterns match at the same word, the earlier kind wins. */
const KINDS = [
  'attrSource', 'attr', 'abs', 'testimonial', 'distancing', 'side', 'design', 'definition', 'history', 'background', 'uncertainty', 'topic', 'advice',
  'population', 'hedge', 'negation', 'conditional', 'correlational', 'causal', 'causalAdj', 'effectNoun', 'verb', 'comparative', 'booster',
  'reporting', 'epistemic', 'logistics', 'good', 'bad', 'body', 'intervention', 'disease', 'drug',
] as const;
type Kind = (typeof KINDS)[number];
const K = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<Kind, number>;
const BOUNDARY = -1; // ; : ( ) dashes and clause-opening conjunctions
const COMMA = -2;
const QUESTION = -3;

interface Cue {
  kind: number;
  start: number;
  end: number;
}

type VerbClass = 'benefit' | 'decrease' | 'increase' | 'effect' | 'user';
interface VerbForm {
  cls: VerbClass;
  lemma: string;
  /** The lemma's first word ('bring' of 'bring down'), and whether it has more than one. */
  head: string;
  multi: boolean;
  form: 'base' | 's' | 'ed' | 'ing';
  /** Describes a change without an agent too ('levels increased'): causal only with an object or agent. */
  change: boolean;
  /** States a relation only with a health object ('supports immune health', not 'we support its use'). */
  needsObject: boolean;
}

interface AbsoluteEntry {
  re: RegExp; // sticky
  category: AbsoluteCategory;
  verb: boolean;
  requires: 'healthObject' | 'healthSubject' | 'claim' | 'condition' | 'removal' | 'healthSentence' | 'treatmentSafety' | Round8Requires | Round9Requires | Round11Requires | Round12Requires | Round13BRequires | Round14CRequires | Round16CRequires | Round17ARequires | null;
  rewrites: Record<string, string[]>;
}

interface Bucket {
  re: RegExp; // sticky, case-insensitive: (kindA alternatives)|(kindB alternatives)|...
  kinds: number[]; // group i+1 -> kind
  /** The same bucket without unnamed sources, for a source that turns out not to start an attribution. */
  rest: Bucket | null;
  /**
   * The lengths (bit k: k characters) the first word of a match can have, when every pattern of the bucket starts with a
   * word of token characters followed by white space or the pattern's end (see firstWordSource); -1 otherwise, and for
   * a bucket with an automaton (its walk is the filter). A match at a word reads that word whole, so scan() skips the
   * bucket at a word of another length without running re.
   */
  firstLengths: number;
  /**
   * By the length of the first word (when firstLengths is known): when every pattern whose first word can have that
   * length follows it with white space and a second word, which characters can start that second word (1 by ASCII
   * code; 128: any non-ASCII one); null (or undefined) otherwise. scan() skips the bucket when the word is followed by
   * something else.
   */
  secondFirst: (Uint8Array | null)[] | null;
  /**
   * By the length of the first word, like secondFirst: the first two characters (lower case, white space as ' ', as
   * c1 * 128 + c2) that the bucket's second words can start with, when every such pattern's second word starts with two
   * characters this reading can bound; null (or undefined) otherwise. scan() skips the bucket at other pairs.
   */
  secondTwo: (Set<number> | null)[] | null;
  /**
   * The hashes (wordHash) of every first word a match can have, lower-cased, when every pattern's first word
   * (firstWordSource) spells a finite set of words ('show(?:s|ed|n)?' -> show, shows, showed, shown); null otherwise.
   * scan() skips the bucket at a word whose hash is not in the set: one number lookup instead of a failed regex run.
   */
  firstHashes: Set<number> | null;
  /**
   * By the length of the first word, like secondFirst: pairHash of each first and second word a match can start with,
   * when every such pattern goes on after its first word with white space and a second word that wordsOf spells out;
   * null (or undefined) otherwise. scan() skips the bucket at other pairs of words.
   */
  pairHashes: (Set<number> | null)[] | null;
  /** The bucket's patterns, read by bucketFilters. */
  entries: Entry[];
  /** Its regex's alternatives in order, each with its kind (the order a match is chosen in: see claims-trie.ts). */
  alternatives: { src: string; kind: number }[];
  /** The same alternatives as an automaton (bucketFilters; claims-dfa.ts), or null when one of them is beyond it: then re runs. */
  dfa: BucketDfa | null;
  /** The bound on the states of the automata of the bucket's lexicon. */
  budget: DfaBudget;
}

/** A node of ClaimLexicon.bucketTree: the bucket of a one- to three-character prefix and the longer prefixes. */
interface KeyNode {
  bucket: Bucket | undefined;
  next: (KeyNode | undefined)[] | null;
}

/** The compiled lexicon: built once for the defaults and once per distinct user extension. */
export interface ClaimLexicon {
  /** Patterns by the one, two or three characters they start with (see prefixKey). */
  buckets: Map<number, Bucket>;
  /** The same buckets as a tree of 256-entry arrays by folded character (see foldKeyChar): scan()'s lookup. */
  bucketTree: (KeyNode | undefined)[];
  bucketAny: Bucket | null;
  /** The (lower-cased) first characters bucketAny's patterns can start with; null when any character can start one. */
  bucketAnyFirst: Set<number> | null;
  /** bucketAnyFirst as a table by character code (1: try bucketAny); null when any character can start a pattern. */
  bucketAnyFirstTable: Uint8Array | null;
  /** Disease and drug name endings by their last two letters (tried only on words no lexicon entry matched). */
  suffixes: Map<number, { suffix: string; kind: number }[]>;
  /** Words with those endings that are neither ('diagnosis', 'empathy'). */
  suffixExceptions: Set<string>;
  verbs: Map<string, VerbForm>;
  /** Completes an 'attrSource' cue into an attribution ('studies' + ' have shown'). */
  attributionVerbs: RegExp;
  absolute: AbsoluteEntry[];
  allow: string[];
  functions: Map<string, string>;
  specific: RegExp;
  /** The team's own attribution patterns (claims.attributions), always reported. */
  userAttribution: RegExp | null;
}

// ---------------------------------------------------------------- pattern helpers

/** Make every group non-capturing so bucket group numbers stay ours (user patterns may use plain groups). */
function nonCapturing(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '(' && src[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      const close = src.indexOf('>', i);
      out += '(?:';
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- first-characters analysis of a pattern, to bucket it by what it can start with

const ANY = '\u0000';
type Atom = { chars: string[] } | { alts: Quant[][] } | { empty: true };
interface Quant {
  atom: Atom;
  min: number;
  max: number;
}

function parseAlternatives(src: string, pos: { i: number }): Quant[][] {
  const alts: Quant[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i];
    if (c === ')') break;
    if (c === '|') {
      pos.i++;
      alts.push([]);
      continue;
    }
    let atom: Atom;
    if (c === '(') {
      pos.i++;
      let lookaround = false;
      if (src[pos.i] === '?') {
        if (src[pos.i + 1] === ':') pos.i += 2;
        else if (src[pos.i + 1] === '<' && src[pos.i + 2] !== '=' && src[pos.i + 2] !== '!') pos.i = src.indexOf('>', pos.i) + 1;
        else {
          lookaround = true;
          pos.i += src[pos.i + 1] === '<' ? 3 : 2;
        }
      }
      const inner = parseAlternatives(src, pos);
      pos.i++;
      atom = lookaround ? { empty: true } : { alts: inner };
    } else if (c === '[') {
      let j = pos.i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      const set = new Set<string>();
      let first = true;
      while (j < src.length && (src[j] !== ']' || first)) {
        first = false;
        let ch = src[j];
        if (ch === '\\') {
          j++;
          const e = src[j];
          if (e === 's') ch = ' ';
          else if (e === 'd') {
            for (const d of '0123456789') set.add(d);
            j++;
            continue;
          } else if (e === 'w' || e === 'p' || e === 'P') {
            for (let k = 0; k < 40; k++) set.add(String(k));
            if (e === 'p' || e === 'P') j = src.indexOf('}', j);
            j++;
            continue;
          } else ch = e;
        }
        if (src[j + 1] === '-' && src[j + 2] !== undefined && src[j + 2] !== ']') {
          const a = ch.toLowerCase().charCodeAt(0);
          const b = src[j + 2].toLowerCase().charCodeAt(0);
          for (let k = a; k <= b && set.size < 100; k++) set.add(String.fromCharCode(k));
          j += 3;
          continue;
        }
        set.add(ch.toLowerCase());
        j++;
      }
      pos.i = j + 1;
      atom = negated || set.size > 30 ? { chars: [ANY] } : { chars: [...set] };
    } else if (c === '\\') {
      const e = src[pos.i + 1];
      pos.i += 2;
      if (e === 's') atom = { chars: [' '] };
      else if (e === 'd') atom = { chars: [...'0123456789'] };
      else if (e === 'b' || e === 'B') atom = { empty: true };
      else if (e === 'w' || e === 'W' || e === 'D' || e === 'S' || e === 'p' || e === 'P' || e === 'u' || e === 'x') {
        if (e === 'p' || e === 'P') pos.i = src.indexOf('}', pos.i) + 1;
        atom = { chars: [ANY] };
      } else atom = { chars: [e.toLowerCase()] };
    } else if (c === '.') {
      pos.i++;
      atom = { chars: [ANY] };
    } else if (c === '^' || c === '$') {
      pos.i++;
      atom = { empty: true };
    } else {
      pos.i++;
      atom = { chars: [c.toLowerCase()] };
    }
    let min = 1;
    let max = 1;
    const q = src[pos.i];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(src.slice(pos.i));
      if (m) {
        min = Number(m[1] || 0);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        pos.i += m[0].length - 1;
      }
    }
    if (q === '?' || q === '*' || q === '+' || (q === '{' && max !== 1)) {
      pos.i++;
      if (src[pos.i] === '?') pos.i++;
    } else if (q === '{') pos.i++;
    alts[alts.length - 1].push({ atom, min, max });
  }
  return alts;
}

/**
 * The strings of length <= 2 a pattern's matches can start with (ANY for any character),
 * or null when there are too many to list.
 */
function startKeys(src: string, length = PREFIX): Set<string> | null {
  const out = new Set<string>();
  const K2 = length;
  let tooMany = false;
  const walkSeq = (seq: Quant[], i: number, acc: string, next: (acc: string) => void): void => {
    if (tooMany) return;
    if (acc.length >= K2) {
      out.add(acc.slice(0, K2));
      if (out.size > 300) tooMany = true;
      return;
    }
    if (i === seq.length) {
      next(acc);
      return;
    }
    const q = seq[i];
    const rep = (n: number, a: string): void => {
      // The key is complete even inside a repeat that needs more ('a \d{4}': 'a 2' after one digit of four).
      if (a.length >= K2) {
        out.add(a.slice(0, K2));
        if (out.size > 300) tooMany = true;
        return;
      }
      if (n >= q.min) walkSeq(seq, i + 1, a, next);
      if (n < q.max && n < K2 + 1 && a.length < K2) {
        walkAtom(q.atom, a, (a2) => {
          if (a2.length === a.length && n >= q.min) return;
          rep(n + 1, a2);
        });
      }
    };
    rep(0, acc);
  };
  const walkAtom = (atom: Atom, acc: string, next: (acc: string) => void): void => {
    if ('empty' in atom) next(acc);
    else if ('chars' in atom) for (const ch of atom.chars) next(acc + ch);
    else for (const alt of atom.alts) walkSeq(alt, 0, acc, next);
  };
  const top = parseAlternatives(src, { i: 0 });
  for (const alt of top)
    walkSeq(alt, 0, '', (a) => {
      out.add(a);
      if (out.size > 300) tooMany = true;
    });
  return tooMany ? null : out;
}

/** The lower-case three-letter starts that a list of lexicon fragments can have, or null when one can start otherwise. */
function threeLetterStarts(fragments: string[]): Set<string> | null {
  const starts = new Set<string>();
  for (const f of fragments) {
    const keys = startKeys(fragmentSource(f));
    if (!keys || [...keys].some((k) => k.length < 3 || k.indexOf(ANY) >= 0)) return null;
    for (const k of keys) starts.add(k.toLowerCase());
  }
  return starts;
}

/** Split a pattern at its top-level '|' (respecting groups and classes). */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let bar = topLevelStop(src, 0, '|'); bar >= 0; bar = topLevelStop(src, from, '|')) {
    out.push(src.slice(from, bar));
    from = bar + 1;
  }
  out.push(src.slice(from));
  return out;
}

/** The index of the ')' that closes the group a pattern opens with ('(?:a|b) c' -> 6), or -1 (escapes and classes respected). */
function leadingGroupClose(src: string): number {
  return topLevelStop(src, 0, ')');
}

/**
 * Split a pattern into alternatives that start differently ('a|b', '(?:x|y) z' -> 'x z', 'y z'), so that each
 * first-characters bucket holds only the alternatives that can start there.
 */
function splitFragment(src: string, depth = 0): string[] {
  // No alternation anywhere and no leading group: nothing to split (most lexicon entries).
  if (src.indexOf('|') < 0 && !src.startsWith('(?:')) return [src];
  const out: string[] = [];
  for (const part of topLevelAlternatives(src)) {
    if (depth < 3 && part.startsWith('(?:')) {
      const close = leadingGroupClose(part);
      const quantified = close < 0 || /^[?*+{]/.test(part.slice(close + 1));
      const alts = close > 0 ? topLevelAlternatives(part.slice(3, close)) : [];
      if (!quantified && alts.length > 1 && alts.length <= 120) {
        for (const a of alts) out.push(...splitFragment(a + part.slice(close + 1), depth + 1));
        continue;
      }
      // An optional leading group ('(?:the\\s+)?evidence'): the group's alternatives then the rest alone, in the order a
      // greedy '?' tries them, so that each starts with its own first word (see Bucket.firstLengths).
      if (close > 0 && part[close + 1] === '?' && !/^[?*+{]/.test(part.slice(close + 2)) && alts.length <= 120) {
        for (const a of alts) out.push(...splitFragment(a + part.slice(close + 2), depth + 1));
        out.push(...splitFragment(part.slice(close + 2), depth + 1));
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The bucket key of a pattern (no top-level alternation) that starts with three ASCII letters or digits, the third not
 * made optional or repeated by a quantifier: those three characters lower-cased, its only start key. -1 otherwise.
 */
function literalStartKey(src: string): number {
  if (src.length < 3) return -1;
  const a = src.charCodeAt(0);
  const b = src.charCodeAt(1);
  const c = src.charCodeAt(2);
  if (!isAsciiAlnum(a) || !isAsciiAlnum(b) || !isAsciiAlnum(c)) return -1;
  const q = src.charCodeAt(3); // NaN at the end
  if (q === 63 || q === 42 || q === 43 || q === 123) return -1; // ? * + {
  return prefixKey(lower(a), lower(b), lower(c));
}

/** Patterns are bucketed by up to this many leading characters. */
const PREFIX = 3;

/**
 * A small integer for a prefix of one to three character codes (so Map lookups stay on V8's fast small-integer path).
 * Characters fold into 8 bits: non-ASCII ones may share a key, which only costs a failed regex attempt.
 */
function prefixKey(a: number, b = -1, c = -1): number {
  const fa = a < 256 ? a : 128 + (a % 127);
  if (b < 0) return (1 << 24) | fa;
  const fb = b < 256 ? b : 128 + (b % 127);
  if (c < 0) return (2 << 24) | (fa << 8) | fb;
  const fc = c < 256 ? c : 128 + (c % 127);
  return (3 << 24) | (fa << 16) | (fb << 8) | fc;
}


// ---------------------------------------------------------------- inflection

function regularForms(v: string): { s: string; ed: string; ing: string } {
  const s = /(?:s|x|z|ch|sh)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : /[^aeiou]o$/.test(v) ? `${v}es` : `${v}s`;
  const ed = /e$/.test(v) ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
  const ing = /ie$/.test(v) ? `${v.slice(0, -2)}ying` : /[^eoy]e$/.test(v) ? `${v.slice(0, -1)}ing` : `${v}ing`;
  return { s, ed, ing };
}

/** 'reduce' -> reduce, reduces, reduced, reducing; 'lead/led to' -> lead to, leads to, led to, leading to. */
export function inflectVerb(entry: string): { lemma: string; forms: [string, VerbForm['form']][] } {
  const words = entry.trim().split(/\s+/);
  const [base, past, participle] = words[0].split('/');
  const rest = words.slice(1).join(' ');
  const tail = rest ? ` ${rest}` : '';
  const reg = regularForms(base);
  const pastForm = past ?? reg.ed;
  let ing = reg.ing;
  if (past && /([bdgklmnprtz])\1ed$/.test(past)) ing = `${past.slice(0, -2)}ing`;
  else if (past === base && /[^aeiou][aeiou][bdgmnprt]$/.test(base)) ing = `${base}${base.slice(-1)}ing`;
  const forms: [string, VerbForm['form']][] = [
    [base + tail, 'base'],
    [reg.s + tail, 's'],
    [pastForm + tail, 'ed'],
    [ing + tail, 'ing'],
  ];
  if (participle && participle !== pastForm) forms.push([participle + tail, 'ed']);
  return { lemma: base + tail, forms };
}

/** Lemma guesses for a user-written verb ('soothes' -> soothe, sooth). */
function lemmaGuesses(word: string): string[] {
  const w = word.toLowerCase().trim();
  const out = new Set([w]);
  if (/ies$/.test(w)) out.add(`${w.slice(0, -3)}y`);
  else if (/(?:ch|sh|x|z|ss)es$/.test(w)) out.add(w.slice(0, -2));
  else if (/[^s]s$/.test(w)) out.add(w.slice(0, -1));
  if (/ied$/.test(w)) out.add(`${w.slice(0, -3)}y`);
  else if (/ed$/.test(w)) {
    out.add(w.slice(0, -1));
    out.add(w.slice(0, -2));
  }
  if (/ing$/.test(w)) {
    out.add(w.slice(0, -3));
    out.add(`${w.slice(0, -3)}e`);
  }
  return [...out].filter((x) => x.length > 1);
}

// ---------------------------------------------------------------- lexicon compilation

type ClaimsSettings = Partial<ResolvedConfig['claims']>;

interface Entry {
  kind: number;
  src: string;
  /** Position in its lexicon: absolute terms keep their data order (earlier wins); other kinds prefer longer patterns. */
  order: number;
  /** firstWordInfo(src), computed once (an entry lands in several buckets). */
  first?: FirstWordInfo;
}

/** The verb part of 'SOURCE (have) VERB' attributions, tried right after a matched source ('studies' + ' have shown'). */
function attributionVerbs(): RegExp {
  const verbs = alternation([...attributionData.verbs, ...attributionData.round9B.verbs, ...attributionData.round10B.verbs, ...attributionData.round11B.verbs, ...attributionData.round14B.verbs, ...attributionData.round15C.verbs, ...attributionData.round16Lead.verbs]); // round 15 (C): 'everywhere now tell their patients to try'; round 16 (lead): 'keeps showing'
  // Round 10 (B): a place, the writer's acquaintance or adverbs may stand between the source and its verb ('Midwives up and
  // down the country swear that', 'Most physios I have worked with reckon', 'Many surgeons now quietly recommend').
  const interludes = alternation(attributionData.round10B.interludes);
  return new RegExp(`\\s+(?:(?:${interludes})\\s+)?(?:(?:have|has|all|now|also|generally|consistently|repeatedly|clearly)\\s+)?(?:${verbs})${WORD_END}`, 'iy');
}


/** Compile the lexicons (and a user extension) into bucketed sticky regexes. */
export function compileLexicon(settings: ClaimsSettings = {}): ClaimLexicon {
  const entries: Entry[] = [];
  const add = (kind: Kind, fragments: string[], raw = false): void => {
    for (const f of fragments) if (f && f.trim()) entries.push({ kind: K[kind], src: raw ? nonCapturing(f) : fragmentSource(f), order: entries.length });
  };
  const ctx = contextData as unknown as Record<string, { phrases: string[] }>;

  add('abs', absoluteTermList().map((t) => t.pattern));
  const absoluteTerms = usablePatterns(settings.absoluteTerms);
  add('abs', absoluteTerms, true);
  // Attributions: an unnamed source ('studies', 'many doctors') is a cue of its own, completed by attributionVerbs in scan().
  add('attrSource', attributionData.subjects);
  add('attr', attributionData.phrases);
  add('attrSource', attributionData.round9B.subjects); // round 9 (B)
  add('attr', attributionData.round9B.phrases); // round 9 (B)
  add('attrSource', attributionData.round10B.subjects); // round 10 (B)
  add('attr', attributionData.round10B.phrases); // round 10 (B)
  add('attrSource', attributionData.round11B.subjects); // round 11 (B): counted institutions, professions in thousands, a field's community
  add('attr', attributionData.round16Lead.phrases); // round 16 (lead): 'It's a well-known fact that', 'Every nutritionist knows that'
  add('attr', attributionData.round17A.phrases); // round 17 (A): reputation as a source ('is widely recognised as', 'has long been considered')
  const userAttributions = usablePatterns(settings.attributions);
  add('attr', userAttributions, true);
  add('testimonial', ctx.testimonial.phrases);
  add('testimonial', ctx.benefitIdioms.phrases); // claims by themselves, like testimonials
  add('testimonial', ctx.outcomeIdioms.phrases); // round 4: outcome idioms, like benefit idioms
  add('testimonial', ctx.round6Idioms.phrases); // round 6: a lift, a better chance, the odds in your favour
  add('testimonial', ctx.round7Idioms.phrases); // round 7: the spark put back, the blood flowing again, a boost of energy
  add('testimonial', ctx.round8AIdioms.phrases); // round 8 (A): a sluggish gut woken up, calories torched, a route off a medication
  add('testimonial', ctx.round12CIdioms.phrases); // round 12 (C): building bone, a tissue regrown, a boost given to a part of the body
  add('testimonial', ctx.round13CIdioms.phrases); // round 13 (C): a complaint taken out of, pressure taken off, a nudge given, gains kept
  add('testimonial', ctx.round14CIdioms.phrases); // round 14 (C): a part of the body kept in a good state, a sense of calm brought, tummy troubles bidden goodbye
  add('testimonial', ctx.round15CIdioms.phrases); // round 15 (C): a lift given with any adjective ('a lovely lift'), the energy to keep going
  add('distancing', ctx.distancing.phrases);
  add('side', ctx.sideEffect.phrases);
  add('design', ctx.design.phrases);
  add('definition', ctx.definition.phrases);
  add('history', ctx.history.phrases);
  add('background', ctx.background.phrases);
  add('background', ctx.attitude.phrases);
  add('uncertainty', ctx.uncertainty.phrases);
  add('topic', ctx.topicFrames.phrases);
  add('advice', ctx.advice.phrases);
  add('population', hedgesData.population);
  add('population', hedgesData.round6Population.phrases); // round 6: 'some of our regulars'
  add('population', hedgesData.round8APopulation.phrases); // round 8 (A): 'a few of our dry-eye regulars'
  add('population', hedgesData.round9APopulation.phrases); // round 9 (A): 'a lot of our customers find'
  add('population', hedgesData.round12CPopulation.phrases); // round 12 (C): 'you may find that', 'you might notice that'
  add('population', hedgesData.round13CPopulation.phrases); // round 13 (C): 'Some customers also find', 'Some of the lads find', 'Some mums I know find'
  add('population', hedgesData.round15CPopulation.phrases); // round 15 (C): 'Some also notice'
  add('population', hedgesData.round16BPopulation.phrases); // round 16 (B): 'Some of us find', 'A few of you may notice'
  add('hedge', hedgesData.modal);
  add(
    'hedge',
    (settings.hedges ?? []).map((h) => escapeRegex(h.trim().toLowerCase()).replace(/\s+/g, ' ')),
  );
  add('negation', ctx.negation.phrases);
  add('conditional', ctx.conditional.phrases);
  add('correlational', relationsData.correlational.phrases);
  add('causal', relationsData.causalPhrases.phrases);
  add('causalAdj', relationsData.causalAdjectives.phrases);
  add('causalAdj', relationsData.predicatedMeans.phrases); // round 4: 'is the safest option for'
  add('effectNoun', relationsData.effectNouns.phrases);

  const verbs = new Map<string, VerbForm>();
  const verbSources: string[] = [];
  const change = new Set(relationsData.intransitiveChange.lemmas);
  const needsObject = new Set(relationsData.benefitVerbs.needsObject.lemmas);
  const addVerb = (entry: string, cls: VerbClass): void => {
    const { lemma, forms } = inflectVerb(entry);
    for (const [form, f] of forms) {
      const key = form.toLowerCase();
      if (verbs.has(key)) continue;
      verbs.set(key, { cls, lemma, head: lemma.split(' ')[0], multi: lemma.includes(' '), form: f, change: change.has(lemma), needsObject: needsObject.has(lemma) });
      verbSources.push(escapeRegex(key).replace(/ /g, ' '));
    }
  };
  // User verbs first: a verb a team lists is a claim verb whatever follows it.
  for (const w of settings.claimVerbs ?? []) for (const lemma of lemmaGuesses(w)) addVerb(lemma, 'user');
  for (const v of relationsData.benefitVerbs.verbs) addVerb(v, 'benefit');
  for (const v of relationsData.decreaseVerbs.verbs) addVerb(v, 'decrease');
  for (const v of relationsData.increaseVerbs.verbs) addVerb(v, 'increase');
  for (const v of relationsData.effectVerbs.verbs) addVerb(v, 'effect');
  addActingVerbs(addVerb, needsObject, change);
  // Verbs that state a relation only with a health object, each round's lists in its order of classes.
  const addWithObject = (verbs: readonly string[], cls: VerbClass): void => {
    for (const v of verbs) {
      needsObject.add(inflectVerb(v).lemma);
      addVerb(v, cls);
    }
  };
  const addClassesWithObject = (lists: Partial<Record<VerbClass, readonly string[]>>, classes: readonly VerbClass[]): void => {
    for (const cls of classes) addWithObject(lists[cls] ?? [], cls);
  };
  // Round 6: verbs of raising a good state.
  addClassesWithObject(relationsData.round6Verbs, ['increase', 'benefit', 'decrease']);
  // Round 7: building, burning, nudging up, making a difference.
  addClassesWithObject(relationsData.round7Verbs, ['increase', 'benefit', 'decrease']);
  // Round 8 (A): steadying, waking up, loosening up, proofing, braking.
  addClassesWithObject(relationsData.round8AVerbs, ['increase', 'benefit', 'decrease']);
  // Round 8 (A): enabling a person to do something healthy ('lets them fall asleep', 'allows you to breathe more easily'):
  // a good state after it, as 'helps you'.
  addWithObject(relationsData.round8AVerbs.enabling, 'increase');
  // Round 8 (A): freeing a person from a complaint ('frees you from panic attacks'): a bad outcome after it.
  addWithObject(relationsData.round8AVerbs.freeing, 'decrease');
  // Round 9 (C): regrowing, rousing, dissolving, releasing, silencing, mopping up.
  addClassesWithObject(relationsData.round9CVerbs, ['increase', 'decrease']);
  // Round 10 (C): trimming, paring, guarding against, coaxing, flipping, toning.
  addClassesWithObject(relationsData.round10CVerbs, ['increase', 'decrease', 'benefit']);
  // Round 11 (C): undoing a harm, starving a pathogen; carrying more oxygen or blood to a part of the body.
  addClassesWithObject(relationsData.round11CVerbs, ['decrease', 'benefit']);
  // Round 13 (C): smoothing and plumping out the signs of ageing; some of the pressure taken off a part of the body.
  addClassesWithObject(relationsData.round13CVerbs, ['decrease', 'benefit']);
  // Round 16 (A): numbing and dulling a sensation, calming, bidding a complaint goodbye, mending, tightening, fast-tracking.
  addClassesWithObject(relationsData.round16AVerbs, ['decrease', 'benefit', 'increase']);
  add('verb', verbSources);

  add('comparative', relationsData.comparatives.phrases);
  add('comparative', relationsData.round7Verbs.comparatives); // round 7: 'works faster than'
  add('booster', hedgesData.boosters);
  add('reporting', ctx.reporting.phrases);
  add('epistemic', hedgesData.epistemic);
  add('logistics', ctx.logistics.phrases);
  add('good', outcomesData.good);
  add('bad', outcomesData.bad);
  add('body', outcomesData.body.terms);
  add('good', outcomesData.outcomeClasses.good);
  add('bad', outcomesData.outcomeClasses.bad);
  add('body', outcomesData.outcomeClasses.body);
  add('intervention', outcomesData.interventions);
  // Round 6 (part A): the everyday words for complaints and their improvement by body area, and product nouns.
  add('good', outcomesData.round6Subject.good);
  add('bad', outcomesData.round6Subject.bad);
  add('intervention', outcomesData.round6Subject.interventions);
  // Round 7 (part A): teeth, ears, eyes, nose, sexual function, hormones, muscle and fat, blood sugar, cravings.
  add('good', outcomesData.round7Subject.good);
  add('bad', outcomesData.round7Subject.bad);
  add('intervention', outcomesData.round7Subject.interventions);
  add('body', outcomesData.round7Subject.body);
  add('bad', outcomesData.round7B.bad); // round 7 (B): fears named by what is feared ('a fear of flying')
  // Round 8 (A): losses of a function, sluggish organs, nerves and reserves, a medication come off, an extra rep.
  add('good', outcomesData.round8ASubject.good);
  add('bad', outcomesData.round8ASubject.bad);
  add('body', outcomesData.round8ASubject.body);
  add('intervention', outcomesData.round8ASubject.interventions);
  // Round 9 (C): harm and outcome nouns by body system (clots, amputations, shedding, oxygen uptake, resistance to infection).
  add('good', outcomesData.round9CSubject.good);
  add('bad', outcomesData.round9CSubject.bad);
  add('body', outcomesData.round9CSubject.body);
  // Round 10 (C): aches by body part, bruises, falls, knots, a scattered mind, labour, the stress response, energy blockages.
  add('good', outcomesData.round10CSubject.good);
  add('bad', outcomesData.round10CSubject.bad);
  add('body', outcomesData.round10CSubject.body);
  add('intervention', outcomesData.round10CSubject.interventions); // round 10 (C): 'a regular sleep schedule', 'a bedtime routine'
  add('body', outcomesData.round10B.body); // round 10 (B): parts of the body the lists missed (cervix, spleen, gums, jaws)
  add('disease', outcomesData.round11B.disease); // round 11 (B): conditions named by an eponym's possessive alone ("Hashimoto's")
  // Round 11 (C): skin named by its trouble, the bloat, unwanted hair, weight in units, slouching, yeast; ducts; a latch.
  add('good', outcomesData.round11CSubject.good);
  add('bad', outcomesData.round11CSubject.bad);
  add('body', outcomesData.round11CSubject.body);
  // Round 12 (C): cramping, benign growths, fluid that builds up, the need for an intervention, readings; digesting a food.
  add('good', outcomesData.round12CSubject.good);
  add('bad', outcomesData.round12CSubject.bad);
  add('bad', outcomesData.round13CSubject.bad); // round 13 (C): a complaint named as a feeling ('that creaky-knee feeling')
  add('body', outcomesData.round13CSubject.body); // round 13 (C): ankles, shins
  add('bad', outcomesData.round14CSubject.bad); // round 14 (C): loneliness, ups and downs, rubbing, a dip in appetite, a grumbling knee, tummy troubles
  add('bad', outcomesData.round15CSubject.bad); // round 15 (C): lay complaints ('irritated nasal passages', 'pollen-clogged noses', 'greasy shine', scarring)
  add('good', outcomesData.round15CSubject.good); // round 15 (C): what a person helped can do or feel ('feel less alone', 'find things more easily', 'regain rotation')
  add('bad', outcomesData.round16BSubject.bad); // round 16 (B): lay complaints licensed by their neighbours ('the night-time aching', 'strain on the heel', 'pre-exam nerves', 'the fog in your head')
  add('good', outcomesData.round16ASubject.good); // round 16 (A): appetite, a bodily function given more of
  add('bad', outcomesData.round16ASubject.bad); // round 16 (A): ending up in hospital, a week in bed or off work, needing a filling

  // Bucket every entry by the first one to three characters it can match (up to the first wildcard).
  const buckets = new Map<number, Entry[]>();
  const b0: Entry[] = [];
  const split: Entry[] = [];
  for (const x of entries) {
    const parts = splitFragment(x.src);
    if (parts.length === 1 && parts[0] === x.src) split.push(x);
    else for (const src of parts) split.push({ kind: x.kind, src, order: x.order });
  }
  // Entry identities for the shared-bucket key below (an entry's kind, source and order never change).
  const ids = new Map<Entry, number>();
  const interned = new Map<string, number>();
  for (const e of split) {
    const text = `${e.kind}\u0000${e.src}\u0000${e.order}`;
    let id = interned.get(text);
    if (id === undefined) interned.set(text, (id = interned.size));
    ids.set(e, id);
  }
  for (const e of split) {
    // Most entries start with three plain letters or digits not followed by a quantifier ('reduc(?:e|es)', 'lead\s+to'):
    // their only start key is those three letters, lower-cased (what startKeys finds, without parsing the pattern).
    const fast = literalStartKey(e.src);
    if (fast >= 0) {
      push(buckets, fast, e);
      continue;
    }
    const keys = startKeys(e.src);
    if (!keys || [...keys].some((k) => k[0] === ANY || k === '')) {
      b0.push(e);
      continue;
    }
    const seen = new Set<number>();
    for (const k of keys) {
      const known = k.indexOf(ANY) < 0 ? k : k.slice(0, k.indexOf(ANY));
      const code = prefixKey(known.charCodeAt(0), known.length > 1 ? known.charCodeAt(1) : -1, known.length > 2 ? known.charCodeAt(2) : -1);
      if (!seen.has(code)) {
        seen.add(code);
        push(buckets, code, e);
      }
    }
  }
  // Buckets with the same entries share one compiled regex: a pattern that can start with any digit ('$\d+') lands in
  // a hundred or more prefix buckets of its own.
  const memo = new Map<string, Bucket>();
  const budget: DfaBudget = { states: 0 }; // the automata of this lexicon's buckets share one bound (claims-dfa.ts)
  const shared = (list: Entry[]): Bucket => {
    let key = '';
    for (const e of list) key += `${ids.get(e)},`;
    let b = memo.get(key);
    if (!b) memo.set(key, (b = bucket(list, budget)));
    return b;
  };
  const anyFirst = firstCharacters(b0);
  const sharedBuckets = new Map([...buckets].map(([k, v]) => [k, shared(v)]));
  const lex: ClaimLexicon = {
    buckets: sharedBuckets,
    bucketTree: bucketTree(sharedBuckets),
    bucketAny: b0.length ? shared(b0) : null,
    bucketAnyFirst: anyFirst,
    bucketAnyFirstTable: anyFirst && characterTable(anyFirst),
    suffixes: suffixIndex(),
    suffixExceptions: new Set(outcomesData.suffixes.exceptions),
    verbs,
    attributionVerbs: attributionVerbs(),
    absolute: absoluteEntries(absoluteTerms),
    allow: (settings.allow ?? []).map((a) => a.toLowerCase().trim()).filter(Boolean),
    functions: new Map(Object.entries(absoluteData.functions).filter(([k]) => k !== '$comment') as [string, string][]),
    specific: specificSourceRegex(),
    userAttribution: userAttributions.length ? new RegExp(`(?:${userAttributions.map(nonCapturing).join('|')})${WORD_END}`, 'iy') : null,
  };
  return lex;
}

/**
 * Round 4: the word classes of claims-relations.json's actingVerbs (verbs that state a benefit only with a health object),
 * and the British -ise/-yse spelling of every listed -ize/-yze verb ('stabilises blood sugar', 'minimises redness').
 */
function addActingVerbs(addVerb: (entry: string, cls: VerbClass) => void, needsObject: Set<string>, change: Set<string>): void {
  const acting = relationsData.actingVerbs as unknown as Record<'benefit' | 'decrease' | 'increase', string[]>;
  for (const cls of ['benefit', 'decrease', 'increase'] as const) {
    for (const v of acting[cls]) {
      needsObject.add(inflectVerb(v).lemma);
      addVerb(v, cls);
    }
  }
  const classes: [string[], VerbClass][] = [[relationsData.benefitVerbs.verbs, 'benefit'], [relationsData.decreaseVerbs.verbs, 'decrease'], [relationsData.increaseVerbs.verbs, 'increase'], [relationsData.effectVerbs.verbs, 'effect'], [acting.benefit, 'benefit']];
  for (const [list, cls] of classes) {
    for (const v of list) {
      if (!/^[a-z-]+[iy]ze\b/.test(v)) continue;
      const british = v.replace(/^([a-z-]+)([iy])ze\b/, '$1$2se');
      if (needsObject.has(inflectVerb(v).lemma)) needsObject.add(inflectVerb(british).lemma);
      if (change.has(inflectVerb(v).lemma)) change.add(inflectVerb(british).lemma);
      addVerb(british, cls);
    }
  }
}

let actingLemmas: Set<string> | null = null;
/** Round 4: lemma is one of claims-relations.json's actingVerbs. */
function isActingLemma(lemma: string): boolean {
  if (!actingLemmas) {
    actingLemmas = new Set();
    const acting = relationsData.actingVerbs as unknown as Record<'benefit' | 'decrease' | 'increase', string[]>;
    for (const cls of ['benefit', 'decrease', 'increase'] as const) for (const v of acting[cls]) actingLemmas.add(inflectVerb(v).lemma);
    // Round 6: the verbs of raising a good state and of skin care claim only with a direct health object too.
    for (const cls of ['benefit', 'decrease', 'increase'] as const) for (const v of relationsData.round6Verbs[cls]) actingLemmas.add(inflectVerb(v).lemma);
    for (const cls of ['benefit', 'decrease', 'increase'] as const) for (const v of relationsData.round7Verbs[cls]) actingLemmas.add(inflectVerb(v).lemma);
    for (const cls of ['benefit', 'decrease', 'increase'] as const) for (const v of relationsData.round8AVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma);
    for (const cls of ['decrease', 'increase'] as const) for (const v of relationsData.round9CVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma); // round 9 (C)
    for (const cls of ['decrease', 'increase', 'benefit'] as const) for (const v of relationsData.round10CVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma); // round 10 (C)
    for (const cls of ['decrease', 'benefit'] as const) for (const v of relationsData.round11CVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma); // round 11 (C)
    for (const cls of ['decrease', 'benefit'] as const) for (const v of relationsData.round13CVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma); // round 13 (C)
    for (const cls of ['decrease', 'benefit', 'increase'] as const) for (const v of relationsData.round16AVerbs[cls]) actingLemmas.add(inflectVerb(v).lemma); // round 16 (A)
  }
  return actingLemmas.has(lemma);
}

/** Words that end a verb's object phrase before a health outcome starts ('settle and energy levels', 'build up during'). */
const OBJECT_BREAK = /^(?:and|or|but|in|on|at|by|with|from|for|during|after|before|over|under|within|into|through|until|while|when|as|than|again|itself|themselves|yourself|itself|too|also|quickly|slowly|gradually|naturally|down|up|out|off|away|back|then|so|that|which|if)$/;

let enablingLemmas: Set<string> | null = null;
/** Round 8 (A): lemma is one of claims-relations.json's round8AVerbs.enabling. */
function isEnablingLemma(lemma: string): boolean {
  enablingLemmas ??= new Set(relationsData.round8AVerbs.enabling.map((v: string) => inflectVerb(v).lemma));
  return enablingLemmas.has(lemma);
}
/** Round 8 (A): the next cue after enabling verb cue k is a good state starting at the next word, not done badly. */
const DONE_BADLY = /^\s+(?:badly|poorly|less|worse|fitfully|lightly|restlessly)\b/i;
function enabledOutcome(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  const o = k + 1 < cues.length ? cues[k + 1] : null;
  let at = c.end;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  if (!o || o.kind !== K.good || o.start !== at) return false;
  return !DONE_BADLY.test(text.slice(o.end, o.end + 12));
}
/**
 * Round 9 (C): an enabling verb, an activity in up to four words, then 'without' and a complaint ('lets you run without
 * leaking', 'allows her to climb stairs without pain', 'let runners train without heel pain'): the activity freed of the
 * complaint is the good state.
 */
const ENABLED_ACTIVITY = /\s+(?:[a-z]+\s+){1,4}without\s/iy;
function enabledWithout(text: string, cues: Cue[], k: number): boolean {
  // The first complaint after it, past the 'without' cue and an activity the lexicons know ('exercise', 'breathing').
  let o: Cue | null = null;
  for (let j = k + 1; j < cues.length && j <= k + 4 && !o; j++) {
    const t = cues[j];
    if (t.kind === K.bad || t.kind === K.disease) o = t;
    else if (t.kind !== K.negation && t.kind !== K.intervention && t.kind !== K.good && t.kind !== K.body) return false;
  }
  if (!o || o.start - cues[k].end > 60) return false;
  ENABLED_ACTIVITY.lastIndex = cues[k].end;
  if (!ENABLED_ACTIVITY.test(text) || ENABLED_ACTIVITY.lastIndex > o.start) return false;
  return withoutBefore(text, o.start);
}
/** Round 8 (A): a negation or a struggle right after 'means you can' ('means you can't sleep', 'can struggle to breathe'). */
const CANNOT_AFTER = /^(?:n?['\u2019]t|not|\s+(?:not|no|never|hardly|barely|only|struggle|still|find\s+it\s+hard|have\s+trouble|lose|end\s+up))\b/i;
/** Round 8 (A): determiners that may open an object before its first adjective ('the dry, cracked skin'). */
const COMMA_DETERMINER = new Set(['a', 'an', 'the', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'those', 'these', 'that', 'this']);
/**
 * Round 8 (A): 'calms puffy, streaming eyes', 'soothes dry, cracked lips', 'eases stiff, aching joints': a comma between
 * two adjectives before the object's noun does not end the object. The comma comes right after the first word of the
 * object (or a determiner and one word), that word is no plural noun or break word ('calms babies, toddlers and ...'),
 * and the next cue, a health outcome, starts right after the comma or one word later.
 */
function adjectiveComma(text: string, from: number, comma: Cue, next: Cue | undefined): boolean {
  if (!next || !HEALTH_KINDS.has(next.kind) || next.kind === K.side || next.start > comma.end + 24) return false;
  const b = prevWordBounds(text, comma.start);
  if (!b || b[1] !== comma.start || b[0] < from) return false;
  const adj = text.slice(b[0], b[1]).toLowerCase();
  if ((adj.endsWith('s') && !/(?:ous|less|ss)$/.test(adj)) || OBJECT_BREAK.test(adj) || COMMA_DETERMINER.has(adj)) return false;
  const before = text.slice(from, b[0]).trim().toLowerCase();
  if (before !== '' && !COMMA_DETERMINER.has(before)) return false;
  const gap = text.slice(comma.end, next.start).trim().toLowerCase();
  return gap === '' || (/^[a-z]+(?:-[a-z]+)?$/.test(gap) && !OBJECT_BREAK.test(gap) && !COMMA_DETERMINER.has(gap));
}

/** Round 4: a health outcome (not a side effect) starts within six words after verb cue k, with no break word between. */
function healthDirectObject(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  for (let j = k + 1; j < cues.length && cues[j].start < c.end + 60; j++) {
    const o = cues[j];
    if (o.kind === COMMA && adjectiveComma(text, c.end, o, cues[j + 1])) continue; // round 8 (A): 'calms puffy, streaming eyes'
    if (o.kind < 0) return false;
    if (!HEALTH_KINDS.has(o.kind) || o.kind === K.side) continue;
    let at = c.end;
    for (let words = 0; at < o.start; words++) {
      if (words > 6) return false;
      let e = nextWordEnd(text, at);
      if (e === at) e = at + 1; // an apostrophe or a hyphen between words ('a baby's tummy')
      if (e > o.start) break;
      if (OBJECT_BREAK.test(text.slice(at, e).trim().toLowerCase())) return false;
      at = e;
    }
    // 'manage the diabetes clinic', 'run the asthma service': the outcome modifies a noun of care, which is the object.
    return !CARE_NOUN.test(nextWord(text, o.end));
  }
  return false;
}

let r16aSufferers: RegExp | null = null;
/**
 * Round 16 (A): after a predicated adjective of necessity ('essential for'), people named by a complaint: a group of
 * round13CHelp.groups, then 'with', 'living with', 'who have', 'suffering from' or 'affected by', and a complaint or a
 * disease as the next health cue, within 40 characters ('essential for anyone living with an autoimmune condition'); 'for
 * anyone living in Manchester', 'for anyone visiting with children' name no complaint.
 */
function round16ANeededBySufferers(text: string, cues: Cue[], k: number): boolean {
  r16aSufferers ??= new RegExp(`\\s+(?:${alternation(relationsData.round13CHelp.groups)})\\s+(?:(?:who\\s+(?:is|are)\\s+)?living\\s+with|who\\s+lives?\\s+with|with|who\\s+(?:has|have|get|gets|suffers?\\s+from|struggles?\\s+with)|suffering\\s+(?:from|with)|struggling\\s+with|affected\\s+by)\\s`, 'iy');
  const c = cues[k];
  r16aSufferers.lastIndex = c.end;
  if (!r16aSufferers.test(text)) return false;
  const o = k + 1 < cues.length ? cues[k + 1] : null;
  return o !== null && (o.kind === K.bad || o.kind === K.disease) && o.start < r16aSufferers.lastIndex + 40;
}

let r16aGiving: Set<string> | null = null;
/** Round 16 (A): lemma is one of round16AVerbs' verbs of giving to a person ('give you', 'give a toddler'). */
function isRound16AGiving(lemma: string): boolean {
  r16aGiving ??= new Set(relationsData.round16AVerbs.increase.map((v: string) => inflectVerb(v).lemma).filter((l: string) => l.startsWith('give ')));
  return r16aGiving.has(lemma);
}
/** Round 16 (A): the determiners and quantifiers of a thing given ('more', 'the', 'a bigger', 'plenty of'). */
const R16A_GIVEN_DETERMINER = /^(?:more|extra|the|a|an|some|your|their|his|her|my|our|back|better|bigger|healthier|healthy|real|plenty|lots|of|that|renewed|fresh)$/;
/**
 * Round 16 (A): the object of a verb of giving to a person (round16AVerbs 'give you', 'give a toddler') is the health
 * outcome itself: the next health cue comes after at most two words of determiners, quantifiers or one adjective ('gives
 * you more energy', 'gives you the focus', 'gives a toddler a bigger appetite'); 'gives you more information about your
 * energy levels' gives information.
 */
function round16AGivenObject(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  // A person who gives ('My husband gave me a good night's sleep') does a kindness, not a treatment.
  if (R9_PERSON_SUBJECT.test(prevWordSkipping(text, c.start))) return false;
  // The first health cue after the verb, past a comparative or a booster inside the object ('a better appetite').
  let o: Cue | null = null;
  for (let j = k + 1; j < cues.length && cues[j].start < c.end + 40; j++) {
    if (cues[j].kind < 0) return false;
    if (HEALTH_KINDS.has(cues[j].kind)) {
      o = cues[j];
      break;
    }
  }
  if (!o || o.kind === K.side) return false;
  let at = c.end;
  let adjectives = 0;
  for (let words = 0; at < o.start; words++) {
    const e = nextWordEnd(text, at);
    if (e === at || e > o.start || words > 3) return e > at && e > o.start;
    const w = text.slice(at, e).trim().toLowerCase();
    if (!R16A_GIVEN_DETERMINER.test(w) && ++adjectives > 1) return false;
    if (PREPOSITIONS.has(w) && w !== 'of') return false;
    at = e;
  }
  return true;
}

let lesseningLemmas: Set<string> | null = null;
/**
 * Round 5: a verb of lessening (claims-relations.json lesseningVerbs) whose next cue, within 60 characters and the clause,
 * is a side effect or a symptom the side-effect lexicon lists ('may take the edge off the nausea', 'calms the itch').
 */
function lessenedSideObject(cues: Cue[], k: number, verb: VerbForm): boolean {
  lesseningLemmas ??= new Set(relationsData.lesseningVerbs.lemmas);
  if (!lesseningLemmas.has(verb.lemma)) return false;
  const c = cues[k];
  const o = k + 1 < cues.length ? cues[k + 1] : null;
  return o !== null && o.kind === K.side && o.start <= c.end + 60;
}

/**
 * Round 5: an agent that opens with an article and names an intervention within its first six words ('by a short course
 * of treatment', 'by a daily dose of magnesium'); 'by a third', 'by a mean of 2 points' are amounts.
 */
function interventionAgent(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  const limit = nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, c.end)))))));
  for (let j = k + 1; j < cues.length && cues[j].start < limit; j++) {
    const o = cues[j];
    if (o.kind < 0) return false;
    if (o.kind === K.intervention || o.kind === K.drug) return true;
  }
  return false;
}

/**
 * Round 5: the health outcome that is the subject of a passive of benefit with an agent ('Hot flushes are eased by
 * yoga', 'Eczema flares are calmed by this balm', 'Migraines can be prevented by magnesium'): a past participle after a
 * form of 'be', then 'by', and an outcome of the polarity the verb wants at most eight words before it in its segment.
 */
/**
 * Round 9 (C): a time phrase that names starting a treatment, right after a passive's participle, stands for its agent
 * ('Focus is sharpened within a fortnight of starting the capsules', 'Hot flushes are eased after a few weeks on HRT',
 * 'Cravings are curbed once you start the plan').
 */
const TREATMENT_TIME = /\s+(?:(?:[a-z]+ly|often|usually|already)\s+)?(?:(?:within|after|in)\s+(?:(?:a|an|one|two|three|four|five|six|eight|ten|twelve|\d+|a\s+few|just|only|the\s+first)\s+)?(?:days?|weeks?|fortnights?|months?|sessions?|treatments?|doses?|appointments?)\s+(?:of\s+(?:starting|beginning|taking|using|switching\s+to|trying|adding)|on)|(?:once|after|when|since)\s+(?:you|they|patients|clients|people|customers|users)\s+(?:start|begin|started|began|switch|switched\s+to))\s/iy;
function treatmentTimeAfter(text: string, at: number): boolean {
  TREATMENT_TIME.lastIndex = at;
  return TREATMENT_TIME.test(text);
}
/** Round 11 (C): sessions or a course of something as a passive's agent, sticky after 'by'. */
const AGENT_SESSIONS = /\s+(?:(?:a|an|one|two|three|four|five|six|a\s+few|a\s+single|just\s+one|just\s+a\s+few|regular|weekly|monthly|\d+)\s+)?(?:[a-z-]+\s+)?(?:sessions?|courses?)\s+(?:of|with|at|on)\s/iy;
function agentSessions(text: string, at: number): boolean {
  AGENT_SESSIONS.lastIndex = at;
  return AGENT_SESSIONS.test(text);
}
/**
 * Round 11 (C): the agent of an acting verb's passive is a treatment ('Fine lines are visibly softened by a single session
 * of our facial', 'Stiff joints are loosened by a weekly massage'): 'by' right after the participle, an intervention or a
 * drug within six words of it in the clause, a health outcome as the passive's subject, and not the body's own agents
 * ('the cervix is softened by hormones') or its natural course ('stools are softened by water'). Read only after an
 * acting verb's participle has been found, so no sentence without one pays for it.
 */
function treatmentAgentAfter(text: string, cues: Cue[], k: number, verb: VerbForm): boolean {
  const c = cues[k];
  if (nextWord(text, c.end) !== 'by') return false;
  const by = nextWordEnd(text, c.end);
  const agent = nextWord(text, by);
  if (NATURAL_AGENT.test(agent) || BODY_AGENT.has(agent) || ((agent === 'the' || agent === 'your') && BODY_AGENT.has(nextWord(text, nextWordEnd(text, by))))) return false;
  let found = agentSessions(text, by); // 'by a single session of our facial', 'by a course of acupuncture'
  for (let j = k + 1; j < cues.length && !found; j++) {
    const o = cues[j];
    if (o.kind === BOUNDARY || o.kind === COMMA || wordsBetween(text, by, o.start) > 6) break;
    if (o.kind === K.intervention || o.kind === K.drug) {
      found = true;
      break;
    }
  }
  return found && passiveHealthSubject(text, cues, k, verb, 'any') !== null;
}
const NATURAL_AGENT = /^(?:rest|resting|eating|food|meals?|sitting|lying|standing|bending|leaning|stopping|time|itself|themselves)$/;
function passiveHealthSubject(text: string, cues: Cue[], k: number, verb: VerbForm, polarity: Polarity): Cue | null {
  if (verb.form !== 'ed') return null;
  const c = cues[k];
  if ((nextWord(text, c.end) !== 'by' && !treatmentTimeAfter(text, c.end)) || !AUX_BE.has(auxiliaryBefore(text, c.start))) return null;
  // 'Angina is relieved by rest', 'ulcer pain is eased by eating': a symptom's natural course, a disease description.
  if (NATURAL_AGENT.test(nextWord(text, nextWordEnd(text, c.end)))) return null;
  const from = wordWindowStart(text, c.start, 8);
  for (let j = k - 1; j >= 0 && cues[j].end >= from; j--) {
    const o = cues[j];
    if (o.kind < 0) return null;
    if (!HEALTH_KINDS.has(o.kind)) continue;
    if (polarity === 'bad') return o.kind === K.bad || o.kind === K.disease || o.kind === K.side ? o : null;
    if (polarity === 'good') return o.kind === K.good ? o : null;
    return verb.cls === 'benefit' || o.kind !== K.side ? o : null;
  }
  return null;
}

/** People and services who provide care ('our GPs', 'we', 'the practice', 'most people'). */
const CARE_PROVIDER = /^(?:we|i|you|they|he|she|gps?|doctors?|nurses?|pharmacists?|clinicians?|teams?|practice|practices|surgery|surgeries|staff|people|patients|parents|women|men|specialists?|consultants?|physios?|physiotherapists?|midwives|midwife|carers?|nhs|services?|clinics?|hospitals?|schools?|families)$/;

/** Round 4: the subject before the verb at pos (across a modal, 'is'/'are' and adverbs) is a person or a service of care. */
function careProviderSubject(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (MODAL_AUX.has(w) || AUX_BE.has(w) || looksLikeAdverb(w) || SKIPPABLE.has(w) || w === 'to' || w === 'help' || w === 'helps') {
      // 'to manage' after 'help': the helper is the subject; a purpose 'to manage' after a noun of means is no subject
      if (w === 'to' && !/^(?:helps?|helped|learn|learns|learned|able|how)$/.test(prevWord(text, b[0]))) return false;
      at = b[0];
      continue;
    }
    return CARE_PROVIDER.test(w);
  }
  return false;
}

/** Nouns of care and its organisation that a health outcome may modify ('the diabetes clinic', 'our asthma nurses'). */
const CARE_NOUN = /^(?:clinics?|services?|teams?|nurses?|appointments?|checks?|reviews?|patients|medications?|medicines?|tablets|prescriptions?|programmes?|programs?|leaflets?|care|support|groups?|specialists?|consultants?|referrals?|tests?|screening|records?|registers?|charities|charity|research|awareness|week|month|day)$/;

/** The buckets by prefixKey as a tree of arrays indexed by folded characters (the three bytes of the key). */
function bucketTree(buckets: Map<number, Bucket>): (KeyNode | undefined)[] {
  const root: (KeyNode | undefined)[] = new Array(256).fill(undefined);
  const node = (level: (KeyNode | undefined)[], f: number): KeyNode => (level[f] ??= { bucket: undefined, next: null });
  const below = (n: KeyNode): (KeyNode | undefined)[] => (n.next ??= new Array(256).fill(undefined));
  for (const [key, b] of buckets) {
    const len = key >>> 24;
    const a = len === 1 ? key & 255 : len === 2 ? (key >>> 8) & 255 : (key >>> 16) & 255;
    let n = node(root, a);
    if (len >= 2) n = node(below(n), len === 2 ? key & 255 : (key >>> 8) & 255);
    if (len === 3) n = node(below(n), key & 255);
    n.bucket = b;
  }
  return root;
}

/** A set of UTF-16 code units as a table of 0/1 by code unit. */
function characterTable(set: Set<number>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of set) if (c >= 0 && c < 65536) table[c] = 1;
  return table;
}

/** A character code as prefixKey folds it into 8 bits. */
function foldKeyChar(c: number): number {
  return c < 256 ? c : 128 + (c % 127);
}

/**
 * The first characters the patterns of the catch-all bucket can start with ('\\d+ mg' starts with a digit), lower-cased,
 * so that scan() skips that bucket at other words; null when some pattern can start with any character.
 */
function firstCharacters(entries: Entry[]): Set<number> | null {
  const out = new Set<number>();
  for (const e of entries) {
    const keys = startKeys(e.src, 1);
    if (!keys) return null;
    for (const k of keys) {
      if (k === '' || k[0] === ANY) return null;
      // scan() lower-cases A-Z only; the patterns are case-insensitive, so keep every case of the character.
      out.add(k.charCodeAt(0));
      out.add(k.toLowerCase().charCodeAt(0));
      out.add(k.toUpperCase().charCodeAt(0));
    }
  }
  return out;
}

/** Words before an attribution that name its source ('this study', 'our trial', 'the Framingham study'). */
function specificSourceRegex(): RegExp {
  // Determiners match in any case; entries that spell out capitals ('the [A-Z]...') are case-sensitive.
  const caseless = attributionData.specificDeterminers.filter((d) => !/[A-Z]/.test(d));
  const cased = attributionData.specificDeterminers.filter((d) => /[A-Z]/.test(d)).map(fragmentSource);
  // Round 8 (B): letters are made caseless before the fragment becomes a source, so that the 's' of a space's '\s+' stays
  // a class ('the same', 'our own' were never matched).
  const words = caseless.map((w) => fragmentSource(w.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`)));
  // Round 8 (B): up to two modifiers may follow the determiner ('our own early studies', 'this small new trial'), not 'and'/'or'.
  return new RegExp(`(?:^|[^A-Za-z])(?:${[...words, ...cased].join('|')})\\s+(?:(?!(?:and|or)\\s)[A-Za-z-]+\\s+){0,2}$`);
}

/**
 * User patterns (already checked by config.ts) that also compile here, where they join other patterns without the
 * 'u' flag; one that does not is left out rather than breaking the lexicon.
 */
function usablePatterns(patterns: string[] | undefined): string[] {
  return (patterns ?? []).filter((p) => {
    try {
      new RegExp(`(?:${nonCapturing(p)})`, 'iy');
      return p.trim() !== '';
    } catch {
      return false;
    }
  });
}

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const WORD_END = '(?![A-Za-z0-9_\\-])';

function bucket(list: Entry[], budget: DfaBudget): Bucket {
  const byKind = new Map<number, Entry[]>();
  for (const e of list) push(byKind, e.kind, e);
  const kinds = [...byKind.keys()].sort((a, b) => a - b);
  const alternatives: { src: string; kind: number }[] = [];
  const groups = kinds.map((k) => {
    const sorted = byKind.get(k)!.sort(k === K.abs ? (a, b) => a.order - b.order : (a, b) => b.src.length - a.src.length);
    const srcs = [...new Set(sorted.map((e) => e.src))];
    for (const src of srcs) alternatives.push({ src, kind: k });
    return `(${srcs.join('|')})`;
  });
  const rest = kinds[0] === K.attrSource && kinds.length > 1 ? bucket(list.filter((e) => e.kind !== K.attrSource), budget) : null;
  // The filters are computed on the bucket's first try (see bucketFilters): a lint touches a fraction of the buckets.
  return { re: new RegExp(`(?:${groups.join('|')})${WORD_END}`, 'iy'), kinds, rest, firstLengths: UNREAD, secondFirst: null, secondTwo: null, firstHashes: null, pairHashes: null, entries: list, alternatives, budget, dfa: null };
}

/** Bucket.firstLengths before bucketFilters has read the bucket's patterns. */
const UNREAD = -2;

/**
 * On a bucket's first try: its automaton, which is its own filter (a walk that cannot match stops within the word, in
 * rows the bucket's other walks keep warm; fresh processes alternated measured the word filters in front of it as
 * about even), or when it has none, the word filters in front of its regex (wordFilters). Reading the patterns' first
 * words for the filters took about as long as building the automata: the first lint of a draft no longer pays for
 * both (200 press-release sentences in a fresh process: about 865 -> 715 ms of CPU).
 */
function bucketFilters(b: Bucket): void {
  b.dfa = bucketDfa(b.alternatives, b.budget);
  if (b.dfa === null) wordFilters(b);
  else b.firstLengths = -1;
}

/** Fill in a bucket's word filters (Bucket.firstLengths, Bucket.secondFirst, ...) from its patterns. */
function wordFilters(b: Bucket): void {
  const infos = b.entries.map((e) => (e.first ??= firstWordInfo(e.src)));
  let firstLengths = 0;
  for (const f of infos) {
    if (f.lengths < 0) {
      firstLengths = -1;
      break;
    }
    firstLengths |= f.lengths;
  }
  b.secondFirst = firstLengths < 0 ? null : secondWordStarts(infos, firstLengths);
  b.secondTwo = firstLengths < 0 ? null : secondWordPairs(infos, firstLengths);
  let hashes: Set<number> | null = firstLengths < 0 ? null : new Set<number>();
  for (const f of infos) {
    if (hashes === null || f.words === null) {
      hashes = null;
      break;
    }
    for (const w of f.words) hashes.add(wordHash(w, 0, w.length));
  }
  b.firstHashes = hashes;
  b.pairHashes = hashes === null ? null : secondWordHashes(infos, firstLengths);
  b.firstLengths = firstLengths;
}

/** What the filters in front of a bucket need of one of its patterns (see Bucket.firstLengths, Bucket.secondFirst). */
interface FirstWordInfo {
  /** The lengths its first word can have (a bit set), or -1 when it has no first word firstWordSource can read. */
  lengths: number;
  /** The characters that can start its second word (as by startKeys), or null when it may end after its first word. */
  second: string[] | null;
  /** The two characters its second word can start with (see Bucket.secondTwo), or null when this reading cannot bound them. */
  second2: string[] | null;
  /** Every first word it can match, lower-cased (see Bucket.firstHashes), or null when they are not a small finite set. */
  words: string[] | null;
  /** Every second word it can match (see Bucket.pairHashes), or null when it may end after its first word or they are not a small finite set. */
  words2: string[] | null;
}

/** FirstWordInfo of a pattern source. */
function firstWordInfo(src: string): FirstWordInfo {
  const word = firstWordSource(src);
  const lengths = word === null ? -1 : lengthsOf(word);
  const second = word !== null && lengths >= 0 && src.startsWith('\\s+', word.length) ? firstLetters(src, word.length + 3) : null;
  const second2 = second === null ? null : leadingChars(src.slice(word!.length + 3), 2, 0);
  const words = word === null || lengths < 0 ? null : wordsOf(word);
  const word2 = words === null || second === null ? null : firstWordSource(src.slice(word!.length + 3));
  return { lengths, second, second2, words, words2: word2 === null || lengthsOf(word2) < 0 ? null : wordsOf(word2) };
}

/**
 * The characters (lower-cased) a match of the pattern part that starts at src[from] can start with, when it starts with
 * a letter or digit, or a group of alternatives that each do ('(?:tell|say)s' -> t, s); null otherwise (a class, an
 * escape, an optional start: anything this short reading cannot bound).
 */
function firstLetters(src: string, from: number): string[] | null {
  const c = src.charCodeAt(from);
  if (isAsciiAlnum(c)) return /^[?*{]/.test(src.slice(from + 1, from + 2)) ? null : [String.fromCharCode(lower(c))];
  if (!src.startsWith('(?:', from)) return null;
  const group = src.slice(from);
  const close = leadingGroupClose(group);
  if (close < 0 || /^[?*{]/.test(group.slice(close + 1, close + 2))) return null; // an optional group: what follows it may start
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(group.slice(3, close))) {
    const first = firstLetters(alternative, 0);
    if (!first) return null;
    out.push(...first);
  }
  return out;
}

/** Whether a character class's body ('sz', 'a-z0-9') holds only isTokenChar characters (ranges within a-z, A-Z, 0-9). */
function tokenClass(body: string): boolean {
  if (!body || body[0] === '^') return false;
  for (let j = 0; j < body.length; j++) {
    const c = body.charCodeAt(j);
    if (!isTokenChar(c)) return false;
    if (body[j + 1] === '-' && j + 2 < body.length) {
      const d = body.charCodeAt(j + 2);
      const same = (lo: number, hi: number): boolean => c >= lo && c <= hi && d >= lo && d <= hi;
      if (!same(97, 122) && !same(65, 90) && !same(48, 57)) return false;
      j += 2;
    }
  }
  return true;
}

/** Whether a character class's body ("'’", '.,') lists single characters none of which is a token character. */
function noTokenClass(body: string): boolean {
  if (!body || body[0] === '^') return false;
  for (let j = 0; j < body.length; j++) {
    const c = body.charCodeAt(j);
    if (c === 92 || isTokenChar(c)) return false; // an escape or a range ('-'), or a token character
  }
  return true;
}

/**
 * The regex source of a pattern's first word, when the pattern (no top-level alternation) starts with a part that can
 * match only isTokenChar characters, followed at the top level by one or more white-space characters or by the
 * pattern's end ('cur(?:e|es|ed)\\s+for' -> 'cur(?:e|es|ed)'). A match of the pattern at a word then matches that part
 * against the whole word (its run of isTokenChar characters): the white space or WORD_END that follows it cannot match
 * a token character. null when the pattern starts otherwise (a class or escape that may match other characters, a
 * look-around, white space inside a group, optional white space).
 */
function firstWordSource(src: string): string | null {
  let depth = 0;
  let i = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 's') {
        if (depth > 0) return null;
        const q = src[i + 2];
        if (q === '*' || q === '?' || q === '{') return null;
        break;
      }
      if (e !== 'd' && e !== 'w' && e !== '-' && e !== '_') {
        // An escaped punctuation mark ('\\.') ends the word as white space does, unless optional.
        if (depth > 0 || !/[!-\/:-@[-`{-~]/.test(e ?? '') || e === '-' || /^[?*{]/.test(src.slice(i + 2))) return null;
        break;
      }
      i++;
    } else if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0) return null;
      const body = src.slice(i + 1, close);
      if (!tokenClass(body)) {
        // A class of marks only ("['’]" in "there's") ends the word, unless optional.
        if (depth > 0 || !noTokenClass(body) || /^[?*{]/.test(src.slice(close + 1))) return null;
        break;
      }
      i = close;
    } else if (c === '(') {
      if (src[i + 1] !== '?' || src[i + 2] !== ':') return null;
      depth++;
      i += 2;
    } else if (c === ')') depth--;
    else if (c === '|') {
      if (depth === 0) return null;
    } else if (c === '{') {
      const close = src.indexOf('}', i);
      if (close < 0 || !/^\d+(?:,\d*)?$/.test(src.slice(i + 1, close))) return null;
      i = close;
    } else if (c !== '?' && c !== '*' && c !== '+' && !isTokenChar(c.charCodeAt(0))) return null;
  }
  return i > 0 && depth === 0 ? src.slice(0, i) : null;
}

/** Bucket.secondFirst for the FirstWordInfo of a bucket's patterns (each with a first word) and their firstLengths. */
function secondWordStarts(infos: FirstWordInfo[], lengths: number): (Uint8Array | null)[] {
  const out: (Uint8Array | null)[] = [];
  for (let len = 1; len <= MAX_FIRST_LENGTH; len++) {
    if (!(lengths & (1 << len))) continue;
    let table: Uint8Array | null = new Uint8Array(129);
    for (const info of infos) {
      if (!(info.lengths & (1 << len))) continue;
      const keys = info.second;
      if (!keys) {
        table = null; // it may end after its first word
        break;
      }
      for (const k of keys) {
        const c = k.charCodeAt(0);
        if (c >= 128) table[128] = 1;
        else {
          table[c] = 1;
          table[lower(c)] = 1;
          if (c >= 97 && c <= 122) table[c - 32] = 1;
        }
      }
    }
    out[len] = table;
  }
  return out;
}

/**
 * The strings of n characters (lower case; white space as ' ') a match of the pattern source s can start with, or null
 * when this short reading cannot bound them: literal letters, digits and '-' (not made optional or repeated), '\\s' as the
 * last of the n, and groups of alternatives ('(?:majority|literature)' -> 'ma', 'li'). Used only to skip a bucket, so
 * null (no filter) is always safe.
 */
function leadingChars(s: string, n: number, depth: number): string[] | null {
  if (n === 0) return [''];
  if (s.length === 0 || depth > 4) return null;
  const c = s.charCodeAt(0);
  if (isAsciiAlnum(c) || c === 45) {
    if (/^[?*{+]/.test(s.slice(1, 2))) return null;
    const rest = leadingChars(s.slice(1), n - 1, depth);
    return rest && rest.map((r) => String.fromCharCode(lower(c)) + r);
  }
  if (s.startsWith('\\s')) return n === 1 && !/^[?*{]/.test(s.slice(2, 3)) ? [' '] : null;
  if (!s.startsWith('(?:')) return null;
  const close = leadingGroupClose(s);
  if (close < 0 || /^[?*{+]/.test(s.slice(close + 1, close + 2))) return null;
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(s.slice(3, close))) {
    const r = leadingChars(alternative + s.slice(close + 1), n, depth + 1);
    if (!r) return null;
    out.push(...r);
  }
  return out;
}

/**
 * For each first-word length of a bucket's patterns: the set fill() makes from the patterns whose first word can have
 * that length, or null when fill() says one of them cannot bound it (Bucket.secondTwo, Bucket.pairHashes).
 */
function setsByFirstLength(infos: FirstWordInfo[], lengths: number, fill: (info: FirstWordInfo, len: number, set: Set<number>) => boolean): (Set<number> | null)[] {
  const out: (Set<number> | null)[] = [];
  for (let len = 1; len <= MAX_FIRST_LENGTH; len++) {
    if (!(lengths & (1 << len))) continue;
    let set: Set<number> | null = new Set<number>();
    for (const info of infos) {
      if (!(info.lengths & (1 << len))) continue;
      if (!fill(info, len, set)) {
        set = null;
        break;
      }
    }
    out[len] = set;
  }
  return out;
}

/** Bucket.secondTwo for the FirstWordInfo of a bucket's patterns and their firstLengths. */
function secondWordPairs(infos: FirstWordInfo[], lengths: number): (Set<number> | null)[] {
  return setsByFirstLength(infos, lengths, (info, _len, set) => {
    if (!info.second2) return false;
    for (const k of info.second2) set.add(k.charCodeAt(0) * 128 + k.charCodeAt(1));
    return true;
  });
}

/** Bucket.pairHashes for the FirstWordInfo of a bucket's patterns (each with its first words) and their firstLengths. */
function secondWordHashes(infos: FirstWordInfo[], lengths: number): (Set<number> | null)[] {
  return setsByFirstLength(infos, lengths, (info, len, set) => {
    if (!info.words2) return false;
    for (const w of info.words!) {
      if (w.length !== len) continue;
      const h = wordHash(w, 0, w.length);
      for (const w2 of info.words2) set.add(pairHash(h, wordHash(w2, 0, w2.length)));
    }
    return true;
  });
}

/** Word lengths firstLengths can tell apart: 0 to this. */
const MAX_FIRST_LENGTH = 30;

/**
 * How readFirstWord combines the parts of a first word's source (firstWordSource): into the lengths it can match
 * (lengthsOf) or into the strings it can match (wordsOf). null stops the reading: no answer.
 */
interface WordReading<T> {
  empty: T;
  /** One character of chars (lower case), or of a set this reading cannot spell out (null: '\\d', '\\w', a wide class). */
  atom(chars: string[] | null): T | null;
  concat(a: T, b: T): T | null;
  union(a: T, b: T): T | null;
}

/**
 * Read a firstWordSource with r: token characters, classes, escapes, non-capturing groups with alternatives, and the
 * quantifiers '?' and '{m,n}' (lazy or not: the same strings); '*', '+' and a bound above MAX_FIRST_LENGTH give null.
 */
function readFirstWord<T>(src: string, r: WordReading<T>): T | null {
  let i = 0;
  const seq = (): T | null => {
    let acc = r.empty;
    let alts: T | null = null;
    while (i < src.length) {
      const c = src[i];
      if (c === ')') break;
      if (c === '|') {
        alts = alts === null ? acc : r.union(alts, acc);
        if (alts === null) return null;
        acc = r.empty;
        i++;
        continue;
      }
      let atom: T | null;
      if (c === '(') {
        i += 3; // '(?:'
        atom = seq();
        i++; // ')'
      } else if (c === '[') {
        const close = src.indexOf(']', i);
        atom = r.atom(classChars(src.slice(i + 1, close)));
        i = close + 1;
      } else if (c === '\\') {
        const e = src[i + 1];
        atom = r.atom(e === '-' || e === '_' ? [e] : null);
        i += 2;
      } else {
        atom = r.atom([c.toLowerCase()]);
        i++;
      }
      const q = src[i];
      let min = 1;
      let max = 1;
      if (q === '?') [min, max] = [0, 1];
      else if (q === '*' || q === '+') return null;
      else if (q === '{') {
        const close = src.indexOf('}', i);
        const [lo, hi] = src.slice(i + 1, close).split(',');
        min = Number(lo);
        max = hi === undefined ? min : hi === '' ? Infinity : Number(hi);
        if (!(max <= MAX_FIRST_LENGTH)) return null;
        i = close;
      }
      if (q === '?' || q === '{') i++;
      if (src[i] === '?' && (q === '?' || q === '{')) i++; // lazy: the same strings
      if (atom === null) return null;
      // atom repeated min to max times
      let reps: T | null = null;
      let power: T | null = r.empty;
      for (let k = 0; k <= max; k++) {
        if (k >= min) {
          reps = reps === null ? power : r.union(reps, power);
          if (reps === null) return null;
        }
        if (k < max) {
          power = r.concat(power, atom);
          if (power === null) return null;
        }
      }
      const next: T | null = r.concat(acc, reps!);
      if (next === null) return null;
      acc = next;
    }
    return alts === null ? acc : r.union(alts, acc);
  };
  const out = seq();
  return i === src.length ? out : null;
}

/** All lengths 0 to MAX_FIRST_LENGTH, as a bit set. */
const ALL_LENGTHS = (1 << (MAX_FIRST_LENGTH + 1)) - 1;

/** readFirstWord into lengths (bit k: k characters); any character class or escape is one character. */
const LENGTHS: WordReading<number> = {
  empty: 1, // the empty sequence: length 0
  atom: () => 2,
  concat: (a, b) => {
    // Each length of a plus each length of b (null when one may exceed the bound).
    let out = 0;
    for (let k = 0; k <= MAX_FIRST_LENGTH; k++) if (a & (1 << k)) {
      if (b << k !== (b << k & ALL_LENGTHS) || (b << k) >>> k !== b) return null;
      out |= b << k;
    }
    return out & ALL_LENGTHS ? out : 0;
  },
  union: (a, b) => a | b,
};

/**
 * The lengths a firstWordSource can match, as a bit set (bit k: k characters), or -1 when a repeat makes some length
 * longer than MAX_FIRST_LENGTH possible. The source holds only token characters, classes, \\d, \\w, escaped '-' or
 * '_', non-capturing groups with alternatives, and quantifiers.
 */
function lengthsOf(src: string): number {
  return readFirstWord(src, LENGTHS) ?? -1;
}

/** The most words wordsOf spells out for one pattern's first word; past it the pattern gets no word filter. */
const MAX_FIRST_WORDS = 256;

/** readFirstWord into the strings themselves (lower case), up to MAX_FIRST_WORDS of them. */
const WORDS: WordReading<string[]> = {
  empty: [''],
  atom: (chars) => chars,
  concat: (a, b) => {
    if (a.length * b.length > MAX_FIRST_WORDS) return null;
    const out: string[] = [];
    for (const x of a) for (const y of b) out.push(x + y);
    return out;
  },
  union: (a, b) => {
    const out = [...new Set([...a, ...b])];
    return out.length > MAX_FIRST_WORDS ? null : out;
  },
};

/**
 * Every string (lower-cased) a firstWordSource (whose lengths lengthsOf bounds) matches, or null when they are more than
 * MAX_FIRST_WORDS or the source has a part this reading does not spell out (\\d, \\w, a class of more than 26
 * characters).
 */
function wordsOf(src: string): string[] | null {
  return readFirstWord(src, WORDS);
}

/** The characters (lower-cased) of a class body of token characters ('sz', 'a-z'), or null beyond 26 or for any other body. */
function classChars(body: string): string[] | null {
  if (!tokenClass(body)) return null;
  const out = new Set<string>();
  for (let j = 0; j < body.length; j++) {
    const c = body.charCodeAt(j);
    if (body[j + 1] === '-' && j + 2 < body.length) {
      for (let d = c; d <= body.charCodeAt(j + 2); d++) out.add(String.fromCharCode(lower(d)));
      j += 2;
    } else out.add(String.fromCharCode(lower(c)));
  }
  return out.size > 26 ? null : [...out];
}

/** The hash of a pair of words from their wordHash, for Bucket.pairHashes. */
function pairHash(h1: number, h2: number): number {
  return (Math.imul(h1, 31) + h2) & 0x3fffffff;
}

/** A hash of text[i, j) lower-cased (ASCII letters), for Bucket.firstHashes: equal words hash alike. */
function wordHash(text: string, i: number, j: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < j; k++) h = Math.imul(h ^ lower(text.charCodeAt(k)), 0x01000193);
  return h & 0x3fffffff;
}

function absoluteEntries(user: string[]): AbsoluteEntry[] {
  const out: AbsoluteEntry[] = absoluteTermList().map((t) => ({
    re: new RegExp(`(?:${fragmentSource(t.pattern)})${WORD_END}`, 'iy'),
    category: t.category as AbsoluteCategory,
    verb: !!(t as { verb?: boolean }).verb,
    requires: ((t as { requires?: string }).requires ?? null) as AbsoluteEntry['requires'],
    rewrites: t.rewrites as unknown as Record<string, string[]>,
  }));
  for (const u of user) out.push({ re: new RegExp(`(?:${nonCapturing(u)})${WORD_END}`, 'iy'), category: 'custom', verb: false, requires: null, rewrites: {} });
  return out;
}

let defaultLexicon: ClaimLexicon | null = null;
const lexiconCache = new Map<string, ClaimLexicon>();

/** The lexicon for a configuration's claims settings (compiled once per distinct setting). */
export function lexiconFor(settings?: ClaimsSettings): ClaimLexicon {
  const key =
    settings && (settings.absoluteTerms?.length || settings.attributions?.length || settings.claimVerbs?.length || settings.hedges?.length || settings.allow?.length)
      ? JSON.stringify([settings.absoluteTerms, settings.attributions, settings.claimVerbs, settings.hedges, settings.allow])
      : '';
  if (!key) return (defaultLexicon ??= compileLexicon());
  let lex = lexiconCache.get(key);
  if (!lex) {
    if (lexiconCache.size > 20) lexiconCache.clear();
    lex = compileLexicon(settings);
    lexiconCache.set(key, lex);
  }
  return lex;
}

// ---------------------------------------------------------------- scanning

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c > 127;
}

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  // Bucket keys are lower-cased with toLowerCase (startKeys), so a user pattern "Über-cure" is keyed "übe": fold
  // non-ASCII capitals the same way (when the lower case is one unit, as it is for every letter a key can hold).
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** The word [i, j) is one that opens a clause: but, whereas, although, though, however, yet, while (any case). */
function isClauseWord(text: string, i: number, j: number, c1: number): boolean {
  switch (j - i) {
    case 3:
      return (c1 === 98 && wordAt(text, i, 'but')) || (c1 === 121 && wordAt(text, i, 'yet'));
    case 5:
      return c1 === 119 && wordAt(text, i, 'while');
    case 6:
      return c1 === 116 && wordAt(text, i, 'though');
    case 7:
      return (c1 === 119 && wordAt(text, i, 'whereas')) || (c1 === 104 && wordAt(text, i, 'however'));
    case 8:
      return c1 === 97 && wordAt(text, i, 'although');
    default:
      return false;
  }
}

/** The text at i spells the lower-case ASCII word w, in any case (the caller checks where the word ends). */
function wordAt(text: string, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (lower(text.charCodeAt(i + k)) !== w.charCodeAt(k)) return false;
  return true;
}

/** wordHash of the word scan() is at (its token characters), computed on the first bucket that asks for it. */
let scanHash = 0;
/** Where scanHash was computed: -1 when it is stale. */
let scanHashAt = -1;

/** One pass: the cues of a sentence, in text order. */
function scan(text: string, lex: ClaimLexicon): Cue[] {
  const cues: Cue[] = [];
  const n = text.length;
  let i = 0;
  scanHashAt = -1;
  round7Seen = 0; // round 7 (B): the words round7Outcome needs, noted as the scanner passes them
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsWord = (isWordChar(c) && c !== 45 && c !== 95) || c === 36 || c === 163 || c === 8364;
    if (startsWord && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let best: Cue | null = null;
      const c1 = lower(c);
      const c2 = i + 1 < n ? (isSpaceCode(text.charCodeAt(i + 1)) ? 32 : lower(text.charCodeAt(i + 1))) : -1;
      const c3 = c2 >= 0 && i + 2 < n ? (isSpaceCode(text.charCodeAt(i + 2)) ? 32 : lower(text.charCodeAt(i + 2))) : -1;
      // The buckets of prefixKey(c1, c2, c3), prefixKey(c1, c2) and prefixKey(c1), in that order.
      // The end of the word as the buckets' filters read it: its run of token characters (none at '$').
      let k = i;
      while (k < n && isTokenChar(text.charCodeAt(k))) k++;
      const n1 = lex.bucketTree[foldKeyChar(c1)];
      if (n1) {
        const n2 = c2 >= 0 && n1.next ? n1.next[foldKeyChar(c2)] : undefined;
        if (n2) {
          const n3 = c3 >= 0 && n2.next ? n2.next[foldKeyChar(c3)] : undefined;
          if (n3) best = tryBucket(n3.bucket, text, i, k, best, lex);
          best = tryBucket(n2.bucket, text, i, k, best, lex);
        }
        best = tryBucket(n1.bucket, text, i, k, best, lex);
      }
      if (lex.bucketAnyFirstTable === null || lex.bucketAnyFirstTable[c1] === 1) best = tryBucket(lex.bucketAny, text, i, i, best, lex);
      if (best) {
        cues.push(best);
        // A one-word cue can be a word the round-7 passes need ('a non-smoker' is a good state of the lexicon too).
        if (c1 < 128 && best.end - i < 31 && (R7_SHAPES[c1] & (1 << (best.end - i))) !== 0) noteRound7Word(text, i, best.end);
        i = best.end;
        continue;
      }
      // No cue: a disease or drug name by its ending, a clause-opening conjunction (a boundary), or nothing.
      let j = k > i ? k : i + 1; // token characters are word characters
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      if ((c1 < 128 && (R7_SHAPES[c1] & (1 << (j - i))) !== 0) || text.charCodeAt(j - 5) === 45) noteRound7Word(text, i, j);
      if (j - i >= 5) {
        const kind = suffixKind(text, i, j, lex);
        if (kind >= 0) {
          cues.push({ kind, start: i, end: j });
          i = j;
          continue;
        }
        const source = professionSource(text, i, j, lex); // round 7 (B): 'Neuroscientists have found'
        if (source > 0) {
          cues.push({ kind: K.attr, start: i, end: source });
          i = source;
          continue;
        }
      }
      if (isClauseWord(text, i, j, c1)) cues.push({ kind: BOUNDARY, start: i, end: j });
      i = j;
      continue;
    }
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 8212 || c === 8211) cues.push({ kind: BOUNDARY, start: i, end: i + 1 });
    else if (c === 45 && i > 0 && i + 1 < n && isSpaceCode(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i + 1))) cues.push({ kind: BOUNDARY, start: i, end: i + 1 });
    else if (c === 44) cues.push({ kind: COMMA, start: i, end: i + 1 });
    else if (c === 63) cues.push({ kind: QUESTION, start: i, end: i + 1 });
    i++;
  }
  return cues;
}

function suffixIndex(): Map<number, { suffix: string; kind: number }[]> {
  const index = new Map<number, { suffix: string; kind: number }[]>();
  const add = (suffixes: string[], kind: number): void => {
    for (const suffix of suffixes) push(index, prefixKey(suffix.charCodeAt(suffix.length - 2), suffix.charCodeAt(suffix.length - 1)), { suffix, kind });
  };
  add(outcomesData.suffixes.disease, K.disease);
  add(outcomesData.suffixes.drug, K.drug);
  add(outcomesData.round7Subject.drugSuffixes, K.drug); // round 7: antihistamines ('fexofenadine', 'cetirizine')
  for (const list of index.values()) list.sort((a, b) => b.suffix.length - a.suffix.length);
  return index;
}

/** K.disease or K.drug for a word [i, j) named by its ending ('arthritis', 'atorvastatin'), else -1. */
function suffixKind(text: string, i: number, j: number, lex: ClaimLexicon): number {
  const candidates = lex.suffixes.get(prefixKey(lower(text.charCodeAt(j - 2)), lower(text.charCodeAt(j - 1))));
  if (!candidates) return -1;
  for (const { suffix, kind } of candidates) {
    const from = j - suffix.length;
    if (from - i < 2) continue; // the ending must follow a stem
    let k = 0;
    while (k < suffix.length && lower(text.charCodeAt(from + k)) === suffix.charCodeAt(k)) k++;
    if (k < suffix.length) continue;
    const word = text.slice(i, j).toLowerCase();
    return lex.suffixExceptions.has(word) || !/^[a-z]+$/.test(word) ? -1 : kind;
  }
  return -1;
}

/**
 * Try bucket b at i, where the word's token characters (see Bucket.firstLengths) end at k; k = i tries it whatever
 * the word and what follows it.
 */
function tryBucket(b: Bucket | undefined | null, text: string, i: number, k: number, best: Cue | null, lex: ClaimLexicon): Cue | null {
  if (!b) return best;
  if (b.firstLengths === UNREAD) bucketFilters(b);
  const word = k - i;
  if (word > 0 && word <= MAX_FIRST_LENGTH && b.firstLengths >= 0) {
    if ((b.firstLengths & (1 << word)) === 0) return best;
    // With an automaton, its walk is the filter: one that cannot match stops within the word, in a table the bucket's
    // other walks keep warm, where the word-hash sets cost one more cache miss each (fresh processes alternated: about
    // even on PubMed, 1-16% faster on press releases).
    if (b.dfa === null && b.firstHashes !== null) {
      if (scanHashAt !== i) {
        scanHash = wordHash(text, i, k);
        scanHashAt = i;
      }
      if (!b.firstHashes.has(scanHash)) return best;
    }
    const table = b.dfa !== null || b.secondFirst === null ? null : b.secondFirst[word];
    if (table) {
      // The next word's first character after white space (128 for a non-ASCII one): the bucket's second words need one.
      const n = text.length;
      if (k >= n || !isRegexSpace(text.charCodeAt(k))) return best;
      let m = k + 1;
      while (m < n && isRegexSpace(text.charCodeAt(m))) m++;
      if (m >= n || table[Math.min(text.charCodeAt(m), 128)] === 0) return best;
      // Its first two characters, when the bucket's second words bound them (ASCII only: anything else is not filtered).
      const pairs = b.secondTwo === null ? null : b.secondTwo[word];
      if (pairs && m + 1 < n) {
        const a = text.charCodeAt(m);
        const c2 = text.charCodeAt(m + 1);
        const z = isRegexSpace(c2) ? 32 : c2;
        if (a < 128 && z < 128 && !pairs.has(lower(a) * 128 + lower(z))) return best;
      } else if (pairs && m + 1 >= n) return best;
      // The whole second word (its token characters), when the bucket's second words are known.
      const pairSet = b.pairHashes === null ? null : b.pairHashes[word];
      if (pairSet) {
        let e = m;
        while (e < n && isTokenChar(text.charCodeAt(e))) e++;
        if (!pairSet.has(pairHash(scanHash, wordHash(text, m, e)))) return best;
      }
    }
  }
  let kind: number;
  let end: number;
  if (b.dfa !== null && walkDfa(b.dfa, text, i)) {
    // The bucket's patterns as an automaton: the same match as the regex, without running it (claims-dfa.ts).
    if (matchKind < 0) return best;
    kind = matchKind;
    end = matchEnd;
  } else {
    if (b.dfa !== null) {
      // It outgrew its bound: the regex from now on, behind the word filters.
      b.dfa = null;
      wordFilters(b);
    }
    b.re.lastIndex = i;
    const m = b.re.exec(text);
    if (!m) return best;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    kind = b.kinds[g - 1];
    end = b.re.lastIndex; // sticky: the end of the match
  }
  if (kind === K.attrSource) {
    // An unnamed source is an attribution only with its verb: 'studies have shown', not 'studies of mice'.
    lex.attributionVerbs.lastIndex = end;
    const v = lex.attributionVerbs.exec(text);
    if (!v) return tryBucket(b.rest, text, i, k, best, lex);
    kind = K.attr;
    end += v[0].length;
  }
  if (!best || kind < best.kind || (kind === best.kind && end > best.end)) return { kind, start: i, end };
  return best;
}

// ---------------------------------------------------------------- word context

function prevWordBounds(text: string, pos: number): [number, number] | null {
  let e = pos;
  while (e > 0 && !isWordChar(text.charCodeAt(e - 1))) {
    const c = text.charCodeAt(e - 1);
    if (!isSpaceCode(c) && c !== 34 && c !== 39 && c !== 8220 && c !== 8221 && c !== 42 && c !== 95) return null; // punctuation ends the look-back
    e--;
  }
  if (e === 0) return null;
  let s = e;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
  return [s, e];
}

function prevWord(text: string, pos: number): string {
  const b = prevWordBounds(text, pos);
  return b ? text.slice(b[0], b[1]).toLowerCase() : '';
}

function nextWordEnd(text: string, pos: number): number {
  let e = pos;
  while (e < text.length && isSpaceCode(text.charCodeAt(e))) e++;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  return e;
}

function nextWord(text: string, pos: number): string {
  let s = pos;
  while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
  return text.slice(s, nextWordEnd(text, s)).toLowerCase();
}

function wordsBetween(text: string, a: number, b: number): number {
  let count = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) count++;
    inWord = w;
  }
  return count;
}

const PREPOSITIONS = new Set([
  'of', 'in', 'for', 'with', 'on', 'at', 'from', 'by', 'into', 'about', 'as', 'without', 'among', 'between', 'than', 'via', 'over', 'under',
  'after', 'before', 'during', 'following', 'despite', 'including', 'like', 'per', 'upon', 'within', 'toward', 'towards', 'against', 'through',
]);
const AGENT_PREPOSITIONS = new Set(['by', 'with', 'through', 'via', 'using']);
/** Text before the last of coordinated infinitives: 'to diagnose, treat, cure or ' (up to five verbs). */
const INFINITIVE_CHAIN = /\bto\s+[a-z]+(?:,?\s+(?:and\s+|or\s+)?[a-z]+){0,4},?\s+(?:and|or)\s+$|\bto\s+[a-z]+(?:,\s*[a-z]+){0,4},\s*$/i;
/** Round 15 (lead): a person helped (the word after 'help'), and tasks of recording or organising they are helped with. */
const HELPED_PERSON = /^(?:you|me|us|them|him|her|people|patients|clients|users|parents|carers|families|members|customers|staff|doctors|nurses|gps)$/;
const RECORD_TASK = /^(?:track|log|record|monitor|measure|book|schedule|plan|organise|organize)$/;
const COGNITIVE = /^(?:predict|forecast|determine|identify|diagnose|detect|distinguish|guide|inform|explain|understand|assess|estimate|evaluate|decide|select|choose|classify|monitor|measure|interpret|recognize|recognise|find|spot|tell)$/;
/** Causal links that are participles: stated after a copula ('is caused by'), background after a noun ('disease caused by'). */
const CAUSAL_PARTICIPLE = /^(?:caused|induced|driven|mediated|triggered|attributed|explained|due|attributable|owing|secondary)\s/;
const AGENT_NOT = /^(?:approximately|about|nearly|almost|around|half|one|two|three|four|five|a|an|up|to|more|less|over|under|at|as|much|far)$/;
const RAISE_IDIOM = /^(?:concerns?|questions?|issues?|awareness|doubts?|hopes?|funds|money|alarms?|eyebrows|the possibility|important|serious)$/;
const EVIDENCE_SUBJECT = /^(?:data|findings|results|evidence|study|studies|research|analysis|analyses|observations|literature|trial|trials|they|which|this|these|we|i|authors|review|reviews|experience|guidelines)$/;

interface ScanState {
  clause: number;
  purposeClause: number;
  /** Set by readVerb when a raising word before 'to' hedges the verb ('seems to reduce'). */
  raisingHedge: Cue | null;
}
const CORR_NOUN = /^(?:associations?|correlations?|relationships?|relations?|links?|connections?|co-?occurrence|predictors?|markers?|biomarkers?|indicators?|risk factors?|factors?|likelihood|odds|hazard ratio|relative risk)\b/;
const CORR_PARTICIPLE = /^(?:associated|correlated|linked|related|connected|tied|coupled|accompanied)\b/;
const PASSIVE_FINDING = /^[^,;.]{0,80}?\b(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:found|observed|seen|noted|detected|identified|shown|demonstrated|confirmed|present|evident|apparent)\b/i;
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'all', 'both', 'some', 'any', 'each', 'every']);
/** Words after which a verb-like word is a noun or an adjective ('an increase', 'the reduced dose', 'significant improvement'). */
const NOUN_CONTEXT = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'any', 'no', 'some', 'each', 'every',
  'such', 'significant', 'major', 'greater', 'further', 'small', 'large', 'modest', 'marked', 'substantial', 'overall', 'net', 'possible',
  'potential', 'slight', 'sharp', 'dramatic', 'mean', 'average', 'relative', 'absolute', 'clinical', 'meaningful', 'important', 'positive',
  'negative', 'beneficial', 'direct', 'indirect', 'much', 'little', 'more', 'less', 'what', 'which', 'whose', 'non', 'similar', 'long-term',
  'short-term', 'additional', 'added', 'sustained', 'early', 'late', 'first', 'second', 'new', 'recent', 'policy', 'lifestyle', 'weight',
  'dietary', 'behavioral', 'behavioural', 'treatment', 'dose', 'price', 'cost', 'cognitive', 'functional', 'clear', 'ischemic', 'structural',
  'higher', 'lower', 'greater', 'fewer', 'better', 'worse', 'larger', 'smaller', 'longer', 'shorter', 'total', 'good', 'bad', 'poor', 'great',
]);
/** The nouns among NOUN_CONTEXT (modifiers of a compound noun: 'treatment effect', 'weight change'). */
const NOUN_MODIFIER = new Set(['treatment', 'dose', 'policy', 'lifestyle', 'weight', 'price', 'cost']);
/** Verbs of NOUN_LIKE whose -s form is rarely a plural noun ('saves', 'eases', 'heals'). */
const RARE_PLURAL_NOUN = new Set(['save', 'rescue', 'heal', 'ease', 'counteract', 'enable', 'relax', 'cleanse', 'calm']);
const NOUN_NEXT = new Set(['in', 'of', 'from', 'for', 'with', 'to', 'on', 'between', 'among', 'over', 'are', 'were', 'was', 'is', 'and', 'or', 'that', 'which', 'should', 'can', 'could', 'may', 'might', 'will', 'would', 'must', 'have', 'had', 'remain', 'remained']);
const INTRANSITIVE_NEXT = new Set([
  'in', 'from', 'to', 'after', 'over', 'during', 'with', 'among', 'across', 'between', 'by', 'compared', 'than', 'until', 'since', 'when',
  'as', 'at', 'for', 'significantly', 'markedly', 'slightly', 'substantially', 'dramatically', 'steadily', 'sharply', 'and', 'or', 'but',
  'while', 'whereas', 'more', 'less', 'faster', 'slower', 'further', 'again', 'overall', 'only', 'both', 'throughout', 'within', 'per',
  'each', 'following', 'before', 'despite', 'less', 'rapidly', 'gradually', 'considerably', 'modestly', 'greatly', 'nearly', 'almost',
  'about', 'approximately', 'among', 'versus', 'vs', 'relative', 'independently', 'whereas', 'because', 'if', 'which', 'who', 'that',
]);
const SKIPPABLE = new Set(['not', 'also', 'further', 'still', 'even', 'only', 'both', 'then', 'thus', 'therefore', 'hence', 'indeed', 'already', 'never', 'often', 'always', 'n\'t', 'really', 'just', 'possibly', 'potentially', 'probably', 'likely', 'well', 'much', 'far', 'very', 'in', 'part', 'turn', 'fact']);
const PREDICATE_FILLER = new Set(['as', 'more', 'less', 'most', 'equally', 'a', 'an', 'the', 'safe', 'and', 'simple', 'natural', 'cheap', 'proven', 'good']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'prove', 'proves', 'proved', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', "isn't", "aren't", "wasn't", "weren't", "it's"]);
const HAVING = new Set(relationsData.effectNouns.verbsBefore);
/** Words after which a noun-or-verb word is a verb: 'can impact', 'has benefited', 'to benefit'. */
const VERB_CONTEXT = new Set(['can', 'cannot', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'does', 'do', 'did', "can't", "won't", "don't", "doesn't", "didn't", 'to', 'has', 'have', 'had', 'that', 'which', 'who', 'it', 'they']);
const MODAL_AUX = new Set(['can', 'cannot', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'shall', 'does', 'do', 'did', "can't", "won't", "don't", "doesn't", "didn't"]);
const OBSERVING = new Set(['showed', 'shows', 'show', 'displayed', 'display', 'had', 'have', 'has', 'reported', 'experienced', 'achieved', 'reached', 'exhibited', 'exhibit', 'demonstrated', 'revealed', 'found', 'observed', 'yielded', 'maintained', 'attained', 'recorded', 'got', 'scored', 'reporting', 'having', 'with']);
/** Adjectives before 'to VERB' that make the infinitive a claim: 'is necessary to reduce', 'is critical to improve'. */
const ADJECTIVE_TO = new Set(['necessary', 'critical', 'crucial', 'essential', 'important', 'sufficient', 'enough', 'vital', 'key', 'able', 'unable', 'effective', 'efficient', 'shown', 'proven']);
const AUX_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
/** Words of promise that make a gerund after 'in' or 'for' a hedged claim ('shows promise in relieving'). */
const PROMISE = new Set(['promise', 'promising']);
const AUX_HAVE = new Set(['has', 'have', 'had', 'having']);
const OBJECT_PRONOUN = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'your', 'my', 'both', 'all', 'no', 'not', 'significantly', 'substantially', 'markedly', 'dramatically', 'greatly', 'by', 'in', 'over', 'from', 'to', 'since', 'and', 'or']);
const HEDGE_MODALS = new Set(['may', 'might', 'could', 'would']);
/** Words before 'to VERB' that make the infinitive a predicate rather than a purpose clause. */
const RAISING = new Map<string, 'hedge' | 'plain'>([
  ['appear', 'hedge'], ['appears', 'hedge'], ['appeared', 'hedge'], ['seem', 'hedge'], ['seems', 'hedge'], ['seemed', 'hedge'],
  ['likely', 'hedge'], ['unlikely', 'hedge'], ['thought', 'hedge'], ['believed', 'hedge'], ['expected', 'hedge'], ['suggested', 'hedge'],
  ['hypothesized', 'hedge'], ['hypothesised', 'hedge'], ['proposed', 'hedge'], ['potential', 'hedge'], ['promise', 'hedge'], ['predicted', 'hedge'],
  ['able', 'plain'], ['unable', 'plain'], ['fail', 'plain'], ['fails', 'plain'], ['failed', 'plain'], ['help', 'plain'], ['helps', 'plain'], ['helped', 'plain'], ['helping', 'plain'], ['shown', 'plain'],
  ['found', 'plain'], ['proven', 'plain'], ['proved', 'plain'], ['known', 'plain'], ['reported', 'plain'], ['said', 'plain'], ['tend', 'plain'],
  ['tends', 'plain'], ['tended', 'plain'], ['continue', 'plain'], ['continues', 'plain'], ['continued', 'plain'], ['serve', 'plain'], ['serves', 'plain'],
  ['served', 'plain'], ['go', 'plain'], ['goes', 'plain'], ['went', 'plain'], ['demonstrated', 'plain'], ['confirmed', 'plain'], ['observed', 'plain'],
]);
/** Verbs whose base and -s forms are also common nouns (an increase, the benefits), or adjectives (the correct dose). */
const NOUN_LIKE = new Set([
  'correct', 'increase', 'decrease', 'change', 'cut', 'cure', 'help', 'benefit', 'impact', 'influence', 'aid', 'drop', 'rise', 'decline', 'balance',
  'support', 'fix', 'lift', 'block', 'end', 'halt', 'delay', 'damage', 'harm', 'boost', 'spur', 'fuel', 'shape', 'drive', 'treat', 'save',
  'rescue', 'double', 'triple', 'fight', 'lead', 'result', 'effect', 'calm', 'cleanse', 'slow', 'stop', 'repair', 'control', 'relax', 'lower',
  'trigger', 'shift', 'promote', 'heal', 'ease', 'counteract', 'grow', 'enable', 'prompt',
  // Round 11 (C): verbs of round 10 with a common plural noun ('nipple shields may help', 'security guards can').
  'shield', 'guard',
]);

// ---------------------------------------------------------------- classification

interface Relation {
  cue: Cue;
  /** Index of the cue in the sentence's cue list. */
  index: number;
  /** 'corr' correlational; 'causal' a verb or causal predicate; 'cmp' a group comparison; weak = -ing form or adjective. */
  type: 'corr' | 'causal' | 'cmp';
  weak: boolean;
  verb: VerbForm | null;
  hedge: Cue | null;
  /** The modal right before the verb ('can', 'will', 'may'), for the predicate span. */
  modalStart: number;
  /** In a relative clause ('a disease that causes pain'): background for strength, still a claim. */
  relative: boolean;
  /** Decides the strength but is not looked at for an efficacy claim (round 6: 'is crucial for recovery'). */
  strengthOnly?: boolean;
  negated: boolean;
  clause: number;
}

/** Uncertainty cues that are speculation cues in the BioScope sense (an open question, not a call for more research). */
const OPEN_QUESTION = /\b(?:whether|unknown|unclear|uncertain|not\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+|clearly\s+|well\s+)?(?:known|understood|clear|established)|remains?\s+(?:to\s+be|unclear|unknown|uncertain)|yet\s+to\s+be)\b/i;
const HEALTH_KINDS = new Set([K.good, K.bad, K.body, K.disease, K.side]);
const RELATION_KINDS = new Set([K.correlational, K.causal, K.causalAdj, K.effectNoun, K.verb, K.comparative, K.abs]);

function cueText(text: string, c: Cue): string {
  const s = text.slice(c.start, c.end);
  // Most cues are lower-case ASCII with single spaces: nothing to replace or lower-case.
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch < 32 || ch > 126 || (ch >= 65 && ch <= 90) || (ch === 32 && k > 0 && s.charCodeAt(k - 1) === 32)) return s.replace(/\s+/g, ' ').toLowerCase();
  }
  return s;
}

/** The index of the first cue that starts at or after `at` (the last cue when none does). */
function cueIndexFrom(cues: Cue[], at: number): number {
  let k = 0;
  while (k < cues.length - 1 && cues[k].start < at) k++;
  return k;
}

let clauseBuffer = new Int32Array(256);
let segmentBuffer = new Int32Array(256);
let parenBuffer = new Uint8Array(256);

/**
 * Facts about the sentence being classified, computed in one pass over its cues so that each relation, absolute term
 * and attribution is read in time independent of the sentence's length (look-backs used to walk the whole clause).
 * Per cue k (indexes j < k only): the last cue of some kind in k's segment or clause; per clause and segment: the
 * first cue of some kind. classifyWith is synchronous, so one set of buffers serves every call.
 */
interface SentenceFacts {
  /** Last negation before k in its segment (same clause, no comma between), else -1. */
  segNeg: Int32Array;
  /** Last negation before k in its clause, else -1. */
  clauseNeg: Int32Array;
  /** Last cue before k in its segment that stops or ends hedgeBefore's look-back (hedge, population, correlational, reporting, verb), else -1. */
  hedgeStop: Int32Array;
  /** Last 'reporting' or 'attr' cue before k, else -1. */
  lastReport: Int32Array;
  /** Bit flags per cue: 1 advice before in segment, 2 uncertainty before in segment, 4 non-aim uncertainty before in segment,
   *  8 topic after in clause, 16 intervention or drug before in clause. */
  flags: Uint8Array;
  /** Per clause: first advice/history/design/side-effect cue; first advice/conditional cue; first definition cue; first logistics cue that vetoes. */
  clauseVeto: Int32Array;
  clauseAdvCond: Int32Array;
  clauseDef: Int32Array;
  clauseLog: Int32Array;
  /** Per segment: first conditional cue. */
  segCond: Int32Array;
  /** First uncertainty or distancing cue, and first 'no' negation, in the sentence (-1 if none). */
  firstDoubt: number;
  firstNo: number;
  /** Lazily computed sentence properties: -1 unknown, 0 false, 1 true. */
  headline: number;
  titleCase: number;
  /** Ends of /used|approved|indicated|prescribed/ matches (start, end pairs), computed on first need. */
  definitionWords: number[] | null;
}

function newFacts(n: number): SentenceFacts {
  return {
    segNeg: new Int32Array(n), clauseNeg: new Int32Array(n), hedgeStop: new Int32Array(n), lastReport: new Int32Array(n), flags: new Uint8Array(n),
    clauseVeto: new Int32Array(n + 2), clauseAdvCond: new Int32Array(n + 2), clauseDef: new Int32Array(n + 2), clauseLog: new Int32Array(n + 2), segCond: new Int32Array(n + 2),
    firstDoubt: -1, firstNo: -1, headline: -1, titleCase: -1, definitionWords: null,
  };
}
let facts = newFacts(256);
const F_ADVICE = 1;
const F_UNCERTAIN = 2;
const F_UNCERTAIN_NOT_AIM = 4;
const F_TOPIC_AFTER = 8;
const F_INTERVENTION_BEFORE = 16;

/** Fill `facts` for a sentence's cues (clause and segment indexes already computed). */
function computeFacts(text: string, cues: Cue[], clause: Int32Array, segment: Int32Array): void {
  const n = cues.length;
  if (facts.segNeg.length < n) facts = newFacts(n * 2);
  const f = facts;
  f.firstDoubt = -1;
  f.firstNo = -1;
  f.headline = -1;
  f.titleCase = -1;
  f.definitionWords = null;
  const clauses = n ? clause[n - 1] + 1 : 0;
  const segments = n ? segment[n - 1] + 1 : 0;
  f.clauseVeto.fill(-1, 0, clauses);
  f.clauseAdvCond.fill(-1, 0, clauses);
  f.clauseDef.fill(-1, 0, clauses);
  f.clauseLog.fill(-1, 0, clauses);
  f.segCond.fill(-1, 0, segments);
  let segNeg = -1;
  let clauseNeg = -1;
  let hedgeStop = -1;
  let lastReport = -1;
  let segFlags = 0;
  let clauseIntervention = false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && segment[k] !== segment[k - 1]) {
      segNeg = -1;
      hedgeStop = -1;
      segFlags = 0;
    }
    if (k > 0 && clause[k] !== clause[k - 1]) {
      clauseNeg = -1;
      clauseIntervention = false;
    }
    f.segNeg[k] = segNeg;
    f.clauseNeg[k] = clauseNeg;
    f.hedgeStop[k] = hedgeStop;
    f.lastReport[k] = lastReport;
    f.flags[k] = segFlags | (clauseIntervention ? F_INTERVENTION_BEFORE : 0);
    const h = cues[k];
    const cl = clause[k];
    switch (h.kind) {
      case K.negation:
        segNeg = clauseNeg = k;
        // Round 16 (C): a negative pronoun as the subject of the report ('Nobody has shown that X protects ...') negates it as 'no' does.
        if (f.firstNo < 0 && /^(?:no|nobody|no[- ]one|none)$/i.test(text.slice(h.start, h.end))) f.firstNo = k;
        break;
      case K.hedge:
      case K.population:
      case K.correlational:
      case K.verb:
        hedgeStop = k;
        break;
      case K.reporting:
        hedgeStop = k;
        lastReport = k;
        break;
      case K.attr:
        lastReport = k;
        break;
      case K.advice:
        segFlags |= F_ADVICE;
        break;
      case K.uncertainty: {
        const frame = text.slice(h.start, h.end);
        segFlags |= F_UNCERTAIN;
        if (!(AIM.test(frame) && !/\b(?:whether|if|how|what)\b/i.test(frame))) segFlags |= F_UNCERTAIN_NOT_AIM;
        break;
      }
      case K.intervention:
      case K.drug:
        clauseIntervention = true;
        break;
    }
    // 'Whether you have X or Y, MAIN': a concession (no matter which), read like an if-clause, not an open question.
    const concessive = h.kind === K.uncertainty && k === 0 && concessiveWhether(text, h);
    if ((h.kind === K.uncertainty || h.kind === K.distancing) && f.firstDoubt < 0 && !concessive) f.firstDoubt = k;
    if ((h.kind === K.advice || h.kind === K.history || h.kind === K.design || h.kind === K.side) && f.clauseVeto[cl] < 0) f.clauseVeto[cl] = k;
    if ((h.kind === K.advice || h.kind === K.conditional) && f.clauseAdvCond[cl] < 0) f.clauseAdvCond[cl] = k;
    if (h.kind === K.definition && f.clauseDef[cl] < 0) f.clauseDef[cl] = k;
    if (h.kind === K.logistics && f.clauseLog[cl] < 0 && /prescri|cost|price|insurance|pharmac/i.test(text.slice(h.start, h.end))) f.clauseLog[cl] = k;
    if ((h.kind === K.conditional || concessive) && f.segCond[segment[k]] < 0) f.segCond[segment[k]] = k;
  }
  // Topic frames after a cue in its clause (a backward pass).
  let topicAfter = false;
  for (let k = n - 1; k >= 0; k--) {
    if (k < n - 1 && clause[k] !== clause[k + 1]) topicAfter = false;
    if (topicAfter) f.flags[k] |= F_TOPIC_AFTER;
    if (cues[k].kind === K.topic) topicAfter = true;
  }
}

/** The smallest a with wordsBetween(text, a, b) <= n (the end of the (n+1)th word before b), 0 when there are fewer words. */
function wordWindowStart(text: string, b: number, n: number): number {
  let i = b;
  let count = 0;
  while (i > 0) {
    while (i > 0 && !isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
    if (++count === n + 1) return i;
    while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  }
  return 0;
}

/** Classify one sentence with the default lexicon. */
export function classifySentence(text: string): ClaimClassification {
  return classifyWith(text, lexiconFor());
}

/** Classify one sentence with a given lexicon (see lexiconFor). */
export function classifyWith(text: string, lex: ClaimLexicon): ClaimClassification {
  const cues = scan(text, lex);
  const result: ClaimClassification = {
    strength: 'none',
    claim: false,
    cues: [],
    hedged: false,
    hedges: [],
    predicate: null,
    absoluteTerms: [],
    attributions: [],
    notClaim: null,
  };
  // Clause index of every cue (strong boundaries only), segment index (commas too), and parenthesis depth.
  // classifyWith is synchronous, so one set of buffers serves every call.
  if (clauseBuffer.length < cues.length) {
    clauseBuffer = new Int32Array(cues.length * 2);
    segmentBuffer = new Int32Array(cues.length * 2);
    parenBuffer = new Uint8Array(cues.length * 2);
  }
  const clause = clauseBuffer;
  const segment = segmentBuffer;
  const inParens = parenBuffer;
  let cl = 0;
  let seg = 0;
  let depth = 0;
  let question = false;
  let sentenceHedge: Cue | null = null;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    if (c.kind === BOUNDARY) {
      const ch = text[c.start];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      cl++;
    }
    if (c.kind === BOUNDARY || c.kind === COMMA) seg++;
    if (c.kind === QUESTION) question = true;
    clause[k] = cl;
    segment[k] = seg;
    inParens[k] = depth > 0 ? 1 : 0;
  }
  computeFacts(text, cues, clause, segment);
  const allowed = isAllowed(text, lex);

  // Hedges in the BioScope sense (any speculation cue), and sentence-level hedge frames ('it is possible that').
  for (const c of cues) {
    if (c.kind === K.attr) {
      // 'research suggests', 'data indicate that': the reporting verb is a speculation cue too.
      const m = /\b(?:suggest(?:s|ed|ing)?|indicat(?:e|es|ed)|believe[sd]?|think|thought)\b/i.exec(text.slice(c.start, c.end));
      if (m) result.hedges.push({ start: c.start + m.index, end: c.start + m.index + m[0].length, text: m[0] });
    }
    if (c.kind === K.uncertainty && !OPEN_QUESTION.test(text.slice(c.start, c.end))) continue;
    if (c.kind === K.hedge || c.kind === K.population || c.kind === K.epistemic || c.kind === K.uncertainty) {
      result.hedges.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end) });
      if (!sentenceHedge && c.kind === K.hedge && /^(?:it|there)\b/i.test(text.slice(c.start, c.end))) sentenceHedge = c;
    }
  }

  // Relations.
  const relations: Relation[] = [];
  const scanState: ScanState = { clause: 0, purposeClause: -1, raisingHedge: null };
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    if (c.kind === K.attr && !inParens[k]) {
      // 'Researchers link X to Y', 'studies have linked X with Y': the attribution's own verb states the relation.
      const link = ATTRIBUTED_LINK.exec(text.slice(c.start, c.end));
      // 'tie' and 'connect' relate two things only with their second argument ('ties X to Y'); 'tied the knot' does not.
      if (link && (/^[lLaA]/.test(link[0]) || LINK_SECOND_ARGUMENT.test(text.slice(c.end, c.end + 160)))) {
        const cue: Cue = { kind: K.correlational, start: c.end - link[0].length, end: c.end };
        relations.push({ cue, index: k, type: 'corr', weak: false, verb: null, hedge: hedgeBefore(text, cues, k, clause), modalStart: cue.start, negated: negatedBefore(text, cues, k, clause), clause: clause[k], relative: false });
      }
      continue;
    }
    if (!RELATION_KINDS.has(c.kind)) continue;
    if (inParens[k]) continue;
    const rel = readRelation(text, cues, k, clause, lex, scanState);
    if (!rel) continue;
    // Frames that take the relation out of the claim: open questions, aims and advice before it.
    if (framedOut(text, cues, k, segment, clause, rel)) continue;
    relations.push(rel);
  }

  // Background knowledge ('X has long been associated with Y', 'it is well known that X reduces Y', 'previous studies
  // showed …'): a relation after such a frame in its clause is presented as known before, not as what the sentence
  // reports. The sentence's own relation is preferably one outside any background frame.
  // The frame's scope is its segment (up to a comma or a clause boundary): 'Although X has long been linked to Y, Z
  // reduced W' reports Z reducing W.
  const backgroundAt = backgroundFrames(text, cues, segment);
  const inBackground = (r: Relation): boolean => {
    if (backgroundAt === null) return false;
    const sg = segment[r.index];
    return sg < backgroundAt.length && backgroundAt[sg] >= 0 && backgroundAt[sg] <= r.index;
  };
  const foreground = backgroundAt ? relations.filter((r) => !inBackground(r)) : relations;

  // The sentence's relation: the first strong one (correlational or causal); weak ones only when there is no strong one.
  let main: Relation | null = null;
  for (const r of foreground) if (!r.weak && r.type !== 'cmp') {
    main = r;
    break;
  }
  // A stated relation in a background frame outranks causal participles and gerunds outside it ('a stroke caused by a
  // clot …, for fear that the drugs might cause bleeding'): the sentence states nothing of its own. A foreground
  // comparison or association still decides.
  if (!main && foreground !== relations && foreground.every((r) => r.type === 'causal')) {
    for (const r of relations) if (!r.weak && r.type !== 'cmp') {
      main = r;
      break;
    }
  }
  main ??= foreground.find((r) => r.type === 'corr') ?? foreground.find((r) => r.type === 'causal') ?? foreground[0] ?? null;
  if (!main && foreground !== relations) {
    for (const r of relations) if (!r.weak && r.type !== 'cmp') {
      main = r;
      break;
    }
    main ??= relations.find((r) => r.type === 'corr') ?? relations.find((r) => r.type === 'causal') ?? relations[0] ?? null;
  }

  // Efficacy claim: its own relation decides the strength when the sentence's first relation is something else.
  const claim = findClaim(text, cues, clause, segment, inParens, relations, question);
  let decisive: Relation | null = claim.rel ?? main;
  // 'Higher levels of X increased the risk of Y', 'A higher proportion of nurses may decrease burnout': a comparative
  // noun phrase that opens the clause (its subject) is not the clause's predicate; the finite causal verb after it is
  // (a past or -s form, or a base form after a modal: a bare base form may be a noun, 'levels of social support').
  if (decisive && decisive.type === 'corr' && startsSubjectComparative(text, decisive.cue.start) && subjectPosition(text, decisive.cue.start)) {
    for (const r of foreground) if (r.index > decisive.index && r.clause === decisive.clause && r.type === 'causal' && !r.weak && r.verb && (r.verb.form === 'ed' || r.verb.form === 's' || r.modalStart < r.cue.start)) {
      decisive = r;
      break;
    }
  }
  // A clause that calls for research or action ('longer trials are needed', 'clinicians should consider better
  // screening') reports no finding: a relation it only names or modifies (a comparative, a participle, a noun) is
  // not stated. A finite relation ('X should be used because it reduces Y') still is, and so is a finding in another
  // clause or after a comma ('X was more common, and clinicians should …').
  if (decisive && decisive.weak && !claim.rel && callForActionIn(text, cues, clause, decisive)) decisive = null;
  // A change over calendar time with no comparison ('admissions rose 76% between 1999 and 2010', 'a sharp rise since
  // 1999') is a trend in a population, not a relation between an exposure and an outcome.
  if (decisive && decisive.type === 'cmp' && !claim.rel && isTrend(text, cues, decisive)) decisive = null;
  // A sentence whose only relations are comparatives qualifying a noun phrase ('among students of higher secondary
  // schools', 'need a better system') compares nothing.
  if (decisive && decisive.type === 'cmp' && !claim.rel && relations.every((r) => r.type === 'cmp' && attributiveComparative(text, r))) decisive = null;
  // 'mortality due to violence', 'blood loss due to trauma': 'due to'/'owing to' right after a noun classifies it by its
  // cause (a kind of mortality, of blood loss); as the sentence's only relation it states none ('caused by' still does).
  if (decisive && decisive.weak && decisive.type === 'causal' && !decisive.verb && !claim.rel && DUE_TO.test(text.slice(decisive.cue.start, decisive.cue.start + 6))) decisive = null;
  // No listed relation: a hedged verb with a health outcome as its object still states a (hedged) causal relation.
  if (!decisive) decisive = modalPredicate(text, cues, clause);
  // 'the risk of X is low', 'the overall risk of severe problems is small': the size of a risk an exposure carries.
  if (!decisive) decisive = riskMagnitude(text, cues, clause);
  // An efficacy claim in a background frame: the sentence's strength comes from a foreground relation when it has one.
  if (decisive && inBackground(decisive) && main && !inBackground(main)) decisive = main;
  if (decisive) {
    let hedge = decisive.hedge ?? (sentenceHedge && sentenceHedge.start < decisive.cue.start ? sentenceHedge : null);
    if (!hedge && claim.rel && claim.population) hedge = claim.population; // 'some people find that X eases Y'
    if (!hedge && claim.rel && decisive.verb !== null && decisive.verb.lemma === 'help') hedge = round15CHelpedSome(text, decisive.cue); // round 15 (C): 'can help some people regain'
    result.strength = decisive.type !== 'causal' ? 'correlational' : hedge ? 'conditional' : 'direct';
    result.hedged = result.strength === 'conditional' || result.strength === 'correlational';
    result.predicate = predicateOf(text, decisive);
    if (hedge) result.cues.push(`hedge:${cueText(text, hedge)}`);
    result.cues.push(`${decisive.type === 'causal' ? 'causal' : decisive.type === 'corr' ? 'correlational' : 'comparative'}:${cueText(text, decisive.cue)}`);
    if (decisive.negated) result.cues.push(`negation`);
    // 'The app was superior to usual care', 'ultrasound is inferior to MRI': two alternatives compared on their merit,
    // with no outcome related to either, state no relation between an exposure and an outcome (an outcome or a relation
    // after it in the clause, 'superior to ibuprofen for knee pain', 'superior to placebo in lowering LDL', still does).
    // Comparatives after it spell out the ranking ('superior to the old scanner, with higher image quality and less
    // time'), and a study arm ('a control condition') is the other alternative, not an outcome.
    // 'hedged' keeps the relation's reading, so unsupported-claim treats such a sentence as before.
    if (decisive.cue.kind === K.causalAdj && ALTERNATIVES.test(cueText(text, decisive.cue)) && !rankedOutcomeAfter(text, cues, decisive.index) && !relations.some((r) => r.index > decisive!.index && r.clause === decisive!.clause && r.type !== 'cmp')) {
      result.strength = 'none';
      result.cues.push(`alternatives:${cueText(text, decisive.cue)}`);
    }
    if (inBackground(decisive)) {
      // Known before, not reported here: no claim strength. 'hedged' keeps the relation's own reading (a claim stated as
      // established knowledge is not hedged).
      const frame = cues[backgroundAt![segment[decisive.index]]];
      result.strength = 'none';
      result.cues.push(`background:${cueText(text, frame)}`);
    }
  }
  // 'Many patients believe antibiotics cure colds, but they do not': a belief reported to be corrected claims nothing.
  const asserted = claim.rel !== null || cues.some((c) => c.kind === K.abs || c.kind === K.attr);
  const rebuttal = asserted ? beliefRebuttal(text) : null;
  const corrected = asserted && (rebuttal === 'corrected' || quotedMyth(text) || round8Rebutted(text, cues) || round8Mentioned(text));
  if (claim.rel && !corrected && takenBack(text, cues, claim.rel)) {
    claim.rel = null;
    claim.reason = 'taken back';
  }
  if (claim.rel && corrected) {
    claim.rel = null;
    claim.reason = 'corrected';
  }
  if (claim.rel && round13Onset(text, cues, claim.rel.cue)) {
    claim.rel = null;
    claim.reason = 'onset';
  }
  if (claim.rel && round16LifeEventCourse(text, cues, claim.rel.cue)) {
    claim.rel = null;
    claim.reason = 'natural course';
  }
  // 'You may have heard that X cures Y, but there is no evidence for it': neither a claim nor a promise of the writer's.
  const doubted = !corrected && (claim.rel !== null || cues.some((c) => c.kind === K.abs)) && rebuttal === 'doubted';
  if (claim.rel && doubted) {
    claim.rel = null;
    claim.reason = 'doubted';
  }
  if (claim.rel) {
    result.claim = !allowed;
    if (allowed) result.notClaim = 'allowed';
    if (claim.object) result.cues.push(`outcome:${cueText(text, claim.object)}`);
    if (claim.testimonial) result.cues.push('testimonial');
    if (claim.fallback) result.cues.push('fallback');
  } else if (claim.reason) result.notClaim = claim.reason;

  // Absolute terms and attributions.
  if (!allowed && !question && !corrected) {
    for (let k = 0; k < cues.length; k++) {
      const c = cues[k];
      if (c.kind === K.abs) {
        if (doubted) continue;
        const term = readAbsolute(text, cues, k, clause, lex, result.claim);
        if (term) {
          result.absoluteTerms.push(term);
          result.cues.push(`absolute:${cueText(text, c)}`);
        }
      } else if (c.kind === K.testimonial && !doubted && c.end - c.start > 6 && text.charCodeAt(c.end - 1) === 100 /* d */) {
        // Round 13: the story phrase 'my IBS was cured' (claims-context.json) holds its cure word inside one cue.
        const term = round13CuredInStory(text, c);
        if (term) {
          result.absoluteTerms.push(term);
          result.cues.push(`absolute:${cueText(text, { kind: K.abs, start: term.start, end: term.end })}`);
        }
      } else if (c.kind === K.attr) {
        // An appeal to consensus or belief ('experts agree', 'it is widely accepted that') is vague whatever follows; an
        // unnamed source reporting a finding ('researchers found that 40% of patients …') is vague attribution only when
        // the finding is a claim or a relation ('studies show that X reduces Y').
        // Round 15 (lead): advice about arranging care ('recommend booking your scan early') is no appeal, and credits no
        // finding unless the sentence claims a benefit as well.
        const logistics = round15LogisticsAdvice(text, c);
        if (logistics && !result.claim) continue;
        if (!result.claim && round17AReputation(text, c) && !round17AReputedEffect(cues, k, clause)) continue; // round 17 (A): reputation credits only a claim
        const appeal = !logistics && ((CONSENSUS.test(text.slice(c.start, c.end)) && !R8_HEARSAY.test(text.slice(c.start, c.end)) && !round11Saying(text, c)) || isUserAttribution(text, c, lex) || round9Appeal(text, cues, k) || R11_PATTERN_APPEAL.test(text.slice(c.start, c.end)) || R14B_ENDORSING.test(text.slice(c.start, c.end)) || R15C_ADVISING.test(text.slice(c.start, c.end)));
        if ((attributedAssertion(text, cues, k, appeal, result) || round9AttributedComparison(text, cues, k)) && isVagueAttribution(text, cues, k, clause, lex)) {
          result.attributions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end) });
          result.cues.push(`attribution:${cueText(text, c)}`);
        }
      }
    }
    if (!doubted && result.absoluteTerms.length === 0) round17AEveryGoes(text, cues, result); // round 17 (A): 'Every headache melts away with …'
    // A passive report with no agent ('X is thought to work by …', 'X has been shown to lower …'): credited to nobody in
    // particular. Read here only: its hedge or booster cue keeps its part in the claim's strength ('is believed to
    // reduce' stays conditional).
    const m = result.attributions.length ? null : PASSIVE_REPORT.exec(text);
    // Like 'it is thought that', a passive of belief is an appeal whatever it reports; one of finding needs an efficacy
    // claim
    // ('Ibuprofen is known to cause stomach bleeding' is a harm, not a claim); 'is said to patients' reports no belief.
    if (m && (result.claim || PASSIVE_BELIEF.test(m[1]) || passiveFindingOfEffect(m[1], result)) && !NOT_A_VERB.test(nextWord(text, m.index + m[0].length))) {
      // Not after a negator in its clause ('No supplement has been shown to …' states absent evidence).
      let negated = false;
      for (let k = 0; k < cues.length && cues[k].start < m.index; k++) {
        if (cues[k].kind === BOUNDARY) negated = false;
        else if (cues[k].kind === K.negation) negated = true;
      }
      if (!negated && !NEGATOR.test(prevWord(text, m.index))) {
        result.attributions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        result.cues.push(`attribution:${m[0].toLowerCase().replace(/\s+/g, ' ')}`);
      }
    }
    if (!result.attributions.length && result.claim) round9GroupTells(text, result); // round 9 (B)
    if (result.attributions.length) round10NamedPlace(text, result); // round 10 (B)
    if (!result.attributions.length) round10EvidenceStrong(text, cues, result); // round 10 (B)
  }
  // Round 14 (B): a cleft that puts a treatment in focus is re-read as the plain sentence it focuses ('It was the inhaler
  // that calmed her asthma' -> 'the inhaler calmed her asthma'), so it says whatever that sentence says.
  if (!result.claim && !question && !allowed && !corrected && !doubted && result.absoluteTerms.length === 0 && !round14BInCleft) {
    const plain = round14BCleft(text, lex) ?? round15BCleftChange(text, result);
    if (plain) return plain;
  }
  return result;
}

// ---------------------------------------------------------------- round 14 (B): comparisons with the past

let r14bBetterThan: RegExp | null = null;
let r14bFeltSince: RegExp | null = null;
let r14bProgramme: RegExp | null = null;
let r14bPast: string | null = null;
let r14bBadAct: RegExp | null = null;
/** Round 14 (B): the span of the past a comparison is set against (claims-reported.json round14B.pastSpans), as a regex source. */
function round14BPastSpan(): string {
  return (r14bPast ??= `(?:(?:in|for)\\s+)?(?:${alternation(reportedData.round14B.pastSpans)})(?![a-z-])`);
}
/** Round 14 (B): a person as the subject of an act, in the words before 'for the first time in …' (group 1: the verb). */
const R14B_PERSON_ACT = /(?:i|she|he|we|they|(?:my|her|his|our|their)\s+[a-z]+)\s+(?:(?:could|was\s+able\s+to|were\s+able\s+to|managed\s+to|finally|actually)\s+)?([a-z]+)(?:\s+[a-z]+(?:['\u2019-][a-z]+)?){0,6}?\s*$/iy;

/** Round 14 (B): a treatment named in the sentence: a cue, a word of R9_TREATED, a course of claims-reported.json round14B.programmeNouns, or weeks of something. */
function round14BTreated(text: string, cues: Cue[]): boolean {
  if (treatmentCueIn(cues, 0, text.length) || R9_TREATED.test(text)) return true;
  // A course told by its length ('after six weeks of hydrotherapy', 'a month of the drops') names its treatment too.
  r14bProgramme ??= new RegExp(`\\b(?:${alternation(reportedData.round14B.programmeNouns)})(?![a-z-])|\\b(?:weeks|months|a\\s+week|a\\s+fortnight|a\\s+month|sessions)\\s+(?:of|on)\\s+[a-z]`, 'i');
  return r14bProgramme.test(text);
}

/**
 * Round 14 (B): a person's health told against the past, a testimonial's outcome (claims-reported.json round14B):
 * - the comparative twin of round 13 A's '<my X> is the best it's been in years': '<my X> is <better> than it has been in
 *   <a span of years>' ('my blood sugar is steadier than it has been in years'); 'lower' only of a measure of harm, and, as
 *   for the superlative, a state of health told so is a change for the better with or without a treatment in the sentence;
 * - '<person or part> hasn't <felt> this <good> since <a time>' ('my knees haven't felt this good since I was thirty', 'I
 *   haven't slept so well in years'), a good state never reached since: only with a treatment in the sentence (alone it may
 *   be a good day, a holiday or a mood);
 * - '<person> <act> for the first time in <years>' ('I turned my head fully for the first time in a decade'), an act
 *   regained: only with a treatment in the sentence (round 4's changeOfState reads the opener 'For the first time in years, I …').
 * Not: a worse state ('haven't felt this bad since'), prices or things ('Our prices are lower than they have been'), an act
 * with no treatment named ('For the first time in a decade, I took a holiday').
 * Gated by ' than ' and ' been ', by a negation cue with ' this ' or ' so ', and by the shared FIRST_TIME group.
 */
function round14BPast(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if (text.indexOf(' than ') >= 0 && text.indexOf(' been ') >= 0) {
    r14bBetterThan ??= new RegExp(`\\b(?:my|her|his|their|our|your)\\s+((?:[a-z0-9-]+\\s+){0,2}?[a-z0-9-]+)(?:['\\u2019]s|\\s+is|\\s+are|\\s+has\\s+been|\\s+have\\s+been|\\s+feels?)\\s+(?:(?:now|finally|much|far|definitely|easily|way)\\s+){0,2}(${alternation(reportedData.round14B.betterStates)})\\s+(?:now\\s+)?than\\s+(?:it|they|she|he|i|we)(?:['\\u2019](?:s|ve|d)|\\s+(?:has|have|had))\\s+been\\s+${round14BPastSpan()}`, 'i');
    const m = r14bBetterThan.exec(text);
    if (m) {
      const xFrom = m.index + m[0].indexOf(m[1], m[0].indexOf(' '));
      let health: boolean;
      if (m[2].toLowerCase() === 'lower') {
        r13aHarmMeasure ??= new RegExp(`(?:^|\\s)(?:${alternation(reportedData.symptoms)})$`, 'i');
        health = r13aHarmMeasure.test(m[1]);
      } else health = r13aHealth(text, cues, xFrom, xFrom + m[1].length);
      if (health && r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1)) return true;
    }
  }
  if (cues.some((c) => c.kind === K.negation) && (text.indexOf(' this ') >= 0 || text.indexOf(' so ') >= 0)) {
    r14bFeltSince ??= new RegExp(`\\b(?:i|we|she|he|they|(?:my|her|his|their|our)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:have|has|had)(?:n['\\u2019]t|\\s+not)\\s+(?:${alternation(reportedData.round14B.feltVerbs)})\\s+(?:this|so)\\s+(?:${alternation(reportedData.round14B.feltStates)})\\s+${round14BPastSpan()}`, 'i');
    const m = r14bFeltSince.exec(text);
    if (m && round14BTreated(text, cues)) {
      // The negation is the comparison's own ('haven't felt this good'): the outcome starts after it.
      const end = m.index + m[0].length;
      let k = cueIndexFrom(cues, m.index);
      const why = vetoed(text, cues, k, clause, segment, inParens);
      if (why) out.reason ??= why;
      else return storyOutcomeFound(text, cues, clause, k, m.index, end, out);
    }
  }
  if ((sentenceGates(text) & SG_FIRST_TIME) !== 0) {
    const f = FIRST_TIME.exec(text);
    if (f && f.index > 0) {
      // The person nearest the phrase: the subject tried at each word start, from the right ('After my first session I turned …').
      const from = Math.max(0, f.index - 80);
      let a: RegExpExecArray | null = null;
      let start = -1;
      const head = text.slice(0, f.index);
      for (let j = f.index - 1, words = 0; j >= from && words < 9 && !a; j--) {
        if (!isWordChar(text.charCodeAt(j)) || (j > 0 && isWordChar(text.charCodeAt(j - 1)))) continue;
        words++;
        R14B_PERSON_ACT.lastIndex = j;
        a = R14B_PERSON_ACT.exec(head);
        if (a) start = j;
      }
      r14bBadAct ??= new RegExp(`^(?:${alternation(reportedData.round14B.badActs)})$`, 'i');
      if (a && !r14bBadAct.test(a[1]) && round14BTreated(text, cues)) {
        if (r12aFound(text, cues, clause, segment, inParens, start, f.index + f[0].length, out, -1)) return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------- round 14 (B): clefts re-read as plain sentences

/**
 * Round 14 (B): the it-cleft 'It was Y that V X' ('It was the allotment that calmed my nerves, not the tablets'): group 1
 * is the focus Y, a noun phrase of at most seven words; the clause V X follows the match. Not an extraposed adjective or
 * participle ('It is likely that', 'It was found that': claims-reported.json round14B.extraposed) and not a negated focus
 * ('It wasn't the tablets that …', 'It was not …': the negation denies the credit).
 */
let r14bItCleft: RegExp | null = null;
/**
 * Round 14 (B): the pseudo-cleft 'What V X was Y' and its corrective 'What V X wasn't A; it was Y' (group 1: V X, at most
 * eight words; round 15 (B): twelve, for a post-modifier of time in X: 'What really loosened my shoulder after my frozen
 * shoulder two years ago was …'; the focus Y follows the match). A negated focus with no correction ('What helped wasn't the tablets') has
 * no focus to credit.
 */
const R14B_WHAT_CLEFT = /^[\s"'\u201c\u2018*_>(]*what\s+((?:[A-Za-z0-9'\u2019-]+\s+){0,11}?[A-Za-z0-9'\u2019-]+),?\s+(?:(?:was|is|were|are|has\s+been)\s+(?!(?:not|never|no|different|unclear|unknown|hard|still)\b)|(?:wasn['\u2019]t|was\s+not|isn['\u2019]t|is\s+not|weren['\u2019]t|aren['\u2019]t)\s+(?:[A-Za-z0-9'\u2019-]+,?\s+){0,12}?[A-Za-z0-9'\u2019-]+\s*[;,]\s*(?:but\s+)?(?:it|they)\s+(?:was|is|were|are)\s+)/i;
/** Round 14 (B): the reverse pseudo-cleft 'Y is what V X' ('Swimming is what eased my arthritis'): V X follows the match. */
const R14B_WHAT_REVERSE = /\s(?:is|was|are|were|['\u2019]s)\s+(?:(?:exactly|precisely|really|truly|honestly|just|simply|actually|definitely)\s+)?what\s+/iy;
/** Round 14 (B): an adverb between a cleft's 'that' and its verb ('that finally calmed', 'that really helped'). */
const R14B_ADVERB = /^(?:[a-z]+ly|just|finally|always|soon|eventually|actually|really|also|even|then)$/i;
/** Set while a cleft's plain sentence is classified (a cleft is re-read once). */
let round14BInCleft = false;

/** Round 14 (B): the end of the clause that starts at pos: the first comma, semicolon, colon, quote or sentence end. */
function round14BClauseEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 34 || c === 46 || c === 33 || c === 63 || c === 0x201d || c === 41) return i;
  }
  return text.length;
}

/** Round 14 (B): the start of the words of text[from, to), past spaces, quotes and emphasis. */
function round14BWordsFrom(text: string, from: number, to: number): number {
  while (from < to && !isWordChar(text.charCodeAt(from))) from++;
  return from;
}

/**
 * Round 14 (B): clefts that put the thing credited in focus, re-read as the plain sentence 'Y V X' and classified as one
 * (classifyWith): the it-cleft 'It was Y that V X', the pseudo-cleft 'What V X was Y' (and its corrective 'What V X wasn't
 * A; it was Y') and the reverse 'Y is what V X'. The cleft claims what the plain sentence claims, with its verb as the
 * predicate: the claim's relation must start in V X (for the it-cleft, in its first two words), so a cleft whose plain
 * sentence has some other claim, or none ('It was the pharmacist that told me about the side effects', 'What kept me awake
 * was the baby crying', 'It was the steroid cream that thinned my skin'), stays as it was. Tried only on a sentence that
 * is no claim and holds no absolute term, when it opens with 'It' or 'What', or holds ' what ' after a copula.
 */
function round14BCleft(text: string, lex: ClaimLexicon): ClaimClassification | null {
  let i = 0;
  while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1) | 32;
  // Pieces of the plain sentence: [start, end) of the text each, in their new order.
  let focus: [number, number] | null = null;
  let verbPhrase: [number, number] | null = null;
  let verbWords = 8;
  if (first === 105 && second === 116) { // it
    r14bItCleft ??= new RegExp(`^[\\s"'\\u201c\\u2018*_>(]*it(?:\\s+(?:was|is|has\\s+been)|['\\u2019]s)\\s+(?:(?:really|definitely|honestly|actually|only|just|finally|always)\\s+)?(?!(?:${alternation(reportedData.round14B.extraposed)})(?![a-z-]))((?:[A-Za-z0-9'\\u2019-]+\\s+){0,6}?[A-Za-z0-9'\\u2019-]+)\\s+(?:that|which|who)\\s+`, 'i');
    const m = r14bItCleft.exec(text);
    if (!m) return null;
    const y = m.index + m[0].lastIndexOf(m[1]);
    focus = [y, y + m[1].length];
    const v = m.index + m[0].length;
    verbPhrase = [v, round14BClauseEnd(text, v)];
    verbWords = 2;
  } else if (first === 119 && second === 104) { // wh(at)
    const m = R14B_WHAT_CLEFT.exec(text);
    if (!m) return null;
    const w = /what\s+/i.exec(m[0])!;
    const v = m.index + w.index + w[0].length;
    verbPhrase = [v, v + m[1].length];
    const y = m.index + m[0].length;
    focus = [y, round14BClauseEnd(text, y)];
  } else {
    const at = text.indexOf(' what ');
    if (at < 2) return null;
    // The copula and at most one adverb before ' what ' ('is what', 'was exactly what').
    R14B_WHAT_REVERSE.lastIndex = text.lastIndexOf(' ', text.lastIndexOf(' ', at - 1) - 1);
    let m = R14B_WHAT_REVERSE.exec(text);
    if (!m) {
      R14B_WHAT_REVERSE.lastIndex = text.lastIndexOf(' ', at - 1);
      m = R14B_WHAT_REVERSE.exec(text);
    }
    if (!m) return null;
    // The focus: the words before the copula, from the sentence's start or a colon or opening quote before it.
    let from = 0;
    for (let j = m.index - 1; j >= 0; j--) {
      const c = text.charCodeAt(j);
      if (c === 58 || c === 0x201c || c === 34 || c === 59) {
        from = j + 1;
        break;
      }
    }
    from = round14BWordsFrom(text, from, m.index);
    if (from >= m.index || /[,;()]/.test(text.slice(from, m.index)) || text.slice(from, m.index).split(/\s+/).length > 8) return null;
    focus = [from, m.index];
    const v = m.index + m[0].length;
    verbPhrase = [v, round14BClauseEnd(text, v)];
  }
  if (focus[1] <= focus[0] || verbPhrase[1] <= verbPhrase[0]) return null;
  // The plain sentence 'Y V X.' and where each of its characters comes from.
  const y = text.slice(focus[0], focus[1]).trimEnd();
  const vx = text.slice(verbPhrase[0], verbPhrase[1]).trimEnd();
  const plain = `${y} ${vx}.`;
  const vxAt = y.length + 1;
  const map = (p: number): number => (p < vxAt ? focus![0] + Math.min(p, y.length) : verbPhrase![0] + Math.min(p - vxAt, vx.length));
  round14BInCleft = true;
  let r: ClaimClassification;
  try {
    r = classifyWith(plain, lex);
  } finally {
    round14BInCleft = false;
  }
  if (!r.claim || !r.predicate || r.predicate.start < vxAt) return null;
  // The relation starts at V (its first words): not a claim of the focus's own or of an object clause. In the it-cleft
  // the verb follows 'that' at once, or after one adverb ('that finally calmed'); a subject there ('It is a common belief
  // that chocolate lifts mood') makes it a noun's content clause, not a cleft.
  let limit = vxAt;
  for (let w = 0; w < verbWords && limit < plain.length; w++) {
    const from = limit;
    while (limit < plain.length && isWordChar(plain.charCodeAt(limit))) limit++;
    if (verbWords === 2 && w === 0 && r.predicate.start >= limit && !R14B_ADVERB.test(plain.slice(from, limit))) return null;
    while (limit < plain.length && !isWordChar(plain.charCodeAt(limit))) limit++;
  }
  if (r.predicate.start >= limit) return null;
  const span = <T extends Span>(s: T): T => ({ ...s, start: map(s.start), end: map(s.end), text: text.slice(map(s.start), map(s.end)) });
  const p = r.predicate;
  return {
    ...r,
    predicate: { ...span(p), head: span(p.head), modal: p.modal ? span(p.modal) : null },
    hedges: r.hedges.map(span),
    absoluteTerms: r.absoluteTerms.map((t) => ({ ...span(t), rewrites: t.rewrites.map((w) => ({ ...w, start: map(w.start), end: map(w.end) })) })),
    attributions: r.attributions.map(span),
    cues: [...r.cues, 'cleft'],
  };
}

/**
 * Agentless passive reports of belief or finding ('is thought to', 'are widely believed to', 'has been shown to'): the
 * Wikipedia 'by whom?' construction. Present tense or present perfect only: 'patients were found to …' reports a study's
 * own result. 'is thought by many neurologists to' names (vaguely) its agent and is not matched.
 */
const PASSIVE_REPORT =
  /\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:widely|generally|commonly|often|also|now|long|sometimes|increasingly|traditionally|popularly|frequently|largely)\s+)?(thought|believed|said|known|considered|claimed|reported|understood|shown|proven|proved|demonstrated|found)\s+to\b/i;
const PASSIVE_BELIEF = /^(?:thought|believed|said|considered|claimed|understood)$/i;
/** Words that cannot start the infinitive after a passive report's 'to' ('is said to patients'). */
const NOT_A_VERB = /^(?:the|a|an|this|that|these|those|my|your|his|her|their|our|its|me|you|him|them|us|patients|people)$/;
const NEGATOR = /^(?:no|not|never|nothing|none|nobody)$/;

/** Adjectives that rank two alternatives ('superior to', 'inferior to'). */
const ALTERNATIVES = /^(?:superior|inferior)\b/i;
/** Impersonal frames of established knowledge ('it is well known that', 'it has long been established that'). */
const KNOWLEDGE_FRAME = /^it\s+(?:is|was|has\s+(?:long\s+)?been)\s+(?:(?:widely|generally|commonly|now|well|universally|long|firmly|clearly)\s+)?(?:known|established|accepted|recogni[sz]ed|acknowledged|understood|documented|shown|demonstrated)\b|^it\s+is\s+a\s+(?:well-known|known|proven)\s+fact/i;
/** Words before an unnamed source that place it in earlier work ('previous studies have shown'). */
const EARLIER = new Set(['previous', 'prior', 'past', 'earlier', 'older']);

/**
 * Per segment (see classifyWith), the index of its first background frame (see claims-context.json 'background';
 * impersonal knowledge frames; an unnamed source from earlier work), -1 for none; null when the sentence has none.
 */
function backgroundFrames(text: string, cues: Cue[], segment: ArrayLike<number>): number[] | null {
  let out: number[] | null = null;
  // 'Although X is known to reduce Y, half of patients stop it': a concessive clause that opens the sentence (up to its
  // comma) grants something as given; the main clause states the sentence's point when it relates something itself
  // (a main clause with no relation leaves the conceded relation as the sentence's: 'Although lower doses were
  // associated with fewer falls, some patients stopped early').
  // A parenthesis inside the concessive clause ('Although X (about 700 mg a day) is ..., ...') opens segments of its own
  // before the comma: all of them are the clause's.
  if (cues.length > 1 && cues[0].kind === BOUNDARY && concessiveOpener(text, cues[0])) {
    for (let k = 1; k < cues.length; k++) if (cues[k].kind === COMMA) {
      out = [];
      while (out.length <= segment[k - 1]) out.push(-1);
      for (let j = 0; j < k; j++) if (out[segment[j]] < 0) out[segment[j]] = j;
      break;
    }
  }
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    let frame = c.kind === K.background;
    // 'supports the concern that', 'confirmed earlier fears that': an endorsed attitude's content is the finding.
    if (frame && text.charCodeAt(c.end - 1) === 116 && endorsedBefore(text, c.start)) frame = false;
    if (!frame && c.kind === K.attr) frame = KNOWLEDGE_FRAME.test(text.slice(c.start, c.end)) || EARLIER.has(prevWord(text, c.start));
    if (!frame) continue;
    const sg = segment[k];
    if (!out) out = [];
    while (out.length <= sg) out.push(-1);
    if (out[sg] < 0) out[sg] = k;
  }
  return out;
}

/** Comparative noun phrases listed as correlational cues ('higher levels', 'a lower risk', 'increased rates'). */
const SUBJECT_COMPARATIVE = /(?:higher|lower|greater|increased|decreased|reduced|elevated|excess|heightened|smaller|larger)\s/iy;

function startsSubjectComparative(text: string, pos: number): boolean {
  SUBJECT_COMPARATIVE.lastIndex = pos;
  return SUBJECT_COMPARATIVE.test(text);
}

/** The next word after pos is 'in' (no string built). */
function nextWordIsIn(text: string, pos: number): boolean {
  let s = pos;
  while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
  return (text.charCodeAt(s) | 32) === 105 && (text.charCodeAt(s + 1) | 32) === 110 && (s + 2 >= text.length || !isWordChar(text.charCodeAt(s + 2)));
}

/** A noun phrase at pos opens its clause: the sentence's start, or a determiner, 'that' or a comma before it. */
function subjectPosition(text: string, pos: number): boolean {
  const b = prevWordBounds(text, pos);
  if (!b) return true;
  const w = text.slice(b[0], b[1]).toLowerCase();
  if (w === 'a' || w === 'an' || w === 'the' || w === 'that') return subjectPosition(text, b[0]) || w === 'that';
  return false;
}

/** Participles of estimating and reporting that can stand after 'than' ('than previously thought', 'than expected'). */
const ESTIMATE = new Set(['thought', 'reported', 'believed', 'estimated', 'expected', 'recognized', 'recognised', 'assumed', 'predicted', 'suspected', 'realized', 'realised', 'anticipated', 'known', 'documented', 'described', 'feared', 'hoped', 'projected', 'claimed']);
const ESTIMATE_FILLER = new Set(['previously', 'originally', 'once', 'commonly', 'generally', 'widely', 'first', 'initially', 'earlier', 'had', 'has', 'have', 'been', 'was', 'were', 'is', 'are', 'we', 'it', 'many', 'most', 'experts', 'doctors', 'researchers', 'scientists']);

/**
 * The comparison at cue k (c, the comparative) is set against a reference rather than a group: an earlier estimate
 * ('higher than previously thought', 'better than reported'; but a group's risk measured so, 'risk in siblings higher
 * than thought', still states the group's risk) or a norm or earlier work ('longer than the national targets', 'lower
 * than in previous studies').
 */
function againstReference(text: string, cues: Cue[], k: number, c: Cue): boolean {
  const at = thanAfter(text, c);
  if (at < 0) return false;
  if (thanEstimate(text, at) && !riskBefore(text, cues, k)) return true;
  NORM_STANDARD.lastIndex = at;
  return NORM_STANDARD.test(text);
}

/**
 * After the 'than' ending at `at`: an estimating participle, optionally after 'previously', an auxiliary or a generic
 * subject ('than previously thought', 'than experts had expected').
 */
function thanEstimate(text: string, at: number): boolean {
  let w = at;
  for (let hops = 0; hops < 4; hops++) {
    const word = nextWord(text, w);
    if (ESTIMATE.has(word)) return true;
    if (!ESTIMATE_FILLER.has(word)) return false;
    w = nextWordEnd(text, w);
  }
  return false;
}

/** The end of the 'than' that ends the comparative cue c ('better than') or is the next word ('higher than'), else -1. */
function thanAfter(text: string, c: Cue): number {
  // Nothing is built before the character test.
  if (c.end - c.start >= 4 && isThan(text, c.end - 4)) return c.end;
  let at = c.end;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  if (!isThan(text, at) || (at + 4 < text.length && isWordChar(text.charCodeAt(at + 4)))) return -1;
  return at + 4;
}

/** 'than' (any case) at i. */
function isThan(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 116 && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 97 && (text.charCodeAt(i + 3) | 32) === 110;
}

const DUE_TO = /^(?:due|owing)\s/i;

/** Nouns of counted events and of topics that 'related to' classifies ('visits related to', 'issues related to'). */
const CATEGORY_NOUN = /^(?:visits|injuries|admissions|hospitali[sz]ations|deaths|fatalities|costs|expenses|charges|claims|calls|consultations|issues|questions|matters|topics|concerns|news|information|documents|articles|searches|terms|policies|programs|programmes|services|products|items|accidents|incidents|emergencies)$/;

/** A 'risk'/'risks' cue before cue k. */
function riskBefore(text: string, cues: Cue[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    const c = cues[j];
    if (c.kind !== K.bad || c.end - c.start > 5) continue;
    const w = text.slice(c.start, c.end).toLowerCase();
    if (w === 'risk' || w === 'risks') return true;
  }
  return false;
}

/** Verbs that endorse a worry or a belief ('supports the concern that', 'confirms fears that', 'justified the belief that'). */
const ENDORSING = /^(?:support|confirm|strengthen|reinforc|corroborat|validat|justif|bolster|vindicat|verif|echo|heighten|rais)/;

/** An endorsing verb within the three words before pos (its determiner and modifiers between: 'supports the growing concern'). */
function endorsedBefore(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    if (ENDORSING.test(text.slice(b[0], b[1]).toLowerCase())) return true;
    at = b[0];
  }
  return false;
}

/** A clause-opening although/though/while at the start of the sentence (after 'even' at most). */
function concessiveOpener(text: string, c: Cue): boolean {
  const w = text.slice(c.start, c.end).toLowerCase();
  if (w !== 'although' && w !== 'though' && w !== 'while' && w !== 'whilst') return false;
  const p = prevWord(text, c.start);
  return p === '' || (p === 'even' && prevWord(text, prevWordBounds(text, c.start)![0]) === '');
}

/** Read a relation cue in context; null when the word does not state a relation here. */
function readRelation(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, lex: ClaimLexicon, scan: ScanState): Relation | null {
  const c = cues[k];
  scan.clause = clause[k];
  scan.raisingHedge = null;
  const rel: Relation = { cue: c, index: k, type: 'causal', weak: false, verb: null, hedge: null, modalStart: c.start, negated: false, clause: clause[k], relative: false };
  // A capitalised relation word inside a name is not a relation ('American Heart Association').
  if (isInsideName(text, c.start)) return null;
  switch (c.kind) {
    case K.correlational: {
      rel.type = 'corr';
      const w = cueText(text, c);
      if (CORR_NOUN.test(w)) {
        // 'the investigation of nutrient-disease associations', 'showed poor knowledge of risk factors', 'data on the
        // association': a relational noun embedded in a noun of inquiry or knowledge names what is studied or known
        // about, not a finding (a verb of having or showing takes the embedding noun as its object).
        if (relationAsTopic(text, c.start)) return null;
        // 'an association was found', 'showed a correlation': stated; 'the association between X and Y requires study': named only.
        rel.weak = verbOfHavingBefore(text, c.start) < 0 && !PASSIVE_FINDING.test(text.slice(c.end, c.end + 120));
        // 'these biomarkers are predictors of', 'is an independent risk factor for', 'may be considered a marker of': a
        // predicate nominal states the relation of its subject.
        if (rel.weak && predicateNominal(text, c.start)) rel.weak = false;
      } else if (CORR_PARTICIPLE.test(w) || /^at\b/.test(w)) {
        // 'X puts patients at risk of Y': a causative verb with an object places someone in the risk; a causal relation.
        if (w.charCodeAt(0) === 97 && w.charCodeAt(1) === 116 && w.charCodeAt(2) === 32 && causativeBefore(text, c.start)) {
          rel.type = 'causal';
          break;
        }
        // 'emergency visits related to snow shoveling', 'issues related to staffing': after a noun of counted events or
        // of topics, 'related to' names a category ('about', 'from'), not an association.
        if (w.charCodeAt(0) === 114 && w.startsWith('related') && CATEGORY_NOUN.test(prevWord(text, c.start))) return null;
        // 'X was associated with Y': stated; 'factors associated with Y' (a reduced relative): background, except in headlines.
        rel.weak = !afterCopula(text, c.start) && !sentenceIsHeadline(text);
      } else if (changedMeasureVerb(text, cues, k, lex, scan)) {
        // 'the new dressing reduced mortality by a third', 'Doses of 20 mg increased levels of vitamin D': the participle
        // that opens a phrase of a changed risk, rate or level is the finite verb of the subject before it, with the
        // measure as its object; after 'with', 'had', a determiner or a preposition it is an adjective ('patients with
        // reduced mortality', 'had increased levels of'), a difference.
        rel.type = 'causal';
      }
      break;
    }
    case K.comparative: {
      rel.type = 'cmp';
      rel.weak = true;
      // 'would produce substantial reductions in', 'caused significant reductions in': a change noun as the object of a verb
      // of producing is a change brought about, a causal relation (after 'had', 'showed' it stays a difference).
      if (endsWithInOrOf(text, c.end) && CHANGE_NOUN.test(cueText(text, c)) && producedBy(text, c.start)) {
        rel.type = 'causal';
        rel.weak = false;
        break;
      }
      if (cueText(text, c) === 'than') {
        // 'faster than', 'more severe than': a comparison; 'rather than', 'other than', 'more than half': not.
        const p = prevWord(text, c.start);
        const n = nextWord(text, c.end);
        const comparative = /(?:er|more|less|fewer|better|worse)$/.test(p) && !/^(?:rather|other|over|under|never|either|whether|neither|number)$/.test(p);
        if (!comparative || /^\d/.test(n) || NUMBER_WORD.test(n)) return null;
      }
      // 'higher than previously thought', 'longer than the national targets': set against a reference, not a group.
      if (againstReference(text, cues, k, c)) return null;
      break;
    }
    case K.causal: {
      const w = cueText(text, c);
      // 'are a cause for concern', 'a particular cause of alarm': an idiom of evaluation, not a causal link.
      if (w.endsWith(' of') && /\bcauses? of$/.test(w) && causeForConcern(text, c.end)) return null;
      // 'Keep pets away', 'Make them feel welcome': a resultative phrase (make X ADJ, keep X away) that opens the sentence
      // is an imperative, advice rather than a relation.
      if ((w.startsWith('keep ') || w.startsWith('make ')) && prevWord(text, c.start) === '') return null;
      // 'Damp is behind many asthma attacks', 'may be at the root of': a predicate after a copula ('at the root of' also
      // after any verb); 'the team behind the trial', 'the root of the aorta' are places.
      if ((w.startsWith('behind') || w.startsWith('root')) && !afterCopula(text, c.start) && !(w.startsWith('root') && atTheBefore(text, c.start))) return null;
      // 'Results from the trial show', 'the results from this cohort': the plural noun 'results' with its source, not the
      // verb ('the rash results from an allergy'): it opens the sentence or follows a determiner.
      if (w.startsWith('results ')) {
        const p = prevWord(text, c.start);
        if (p === '' || NOUN_CONTEXT.has(p)) return null;
      }
      // 'Because of founder effects, registries need to be large', 'is important because of its link to', 'rates fell,
      // perhaps because of X': a reason adjunct gives the writer's grounds for the main clause, which is what the sentence
      // asserts; the reason is not a finding of its own. Predicated ('the drop is largely because of X') it is one.
      if (w.startsWith('because ') && !afterCopula(text, c.start)) return null;
      // 'disease caused by X', 'admissions due to falls': background after a noun; stated after a copula ('is due to') or,
      // for the adjectival ones, as a sentence adverbial after a comma ('rates rose, due to …').
      // 'the difference can be explained by age', 'variation explained by hospital factors': in research writing a variable
      // that explains an outcome accounts for it statistically; an association, not a mechanism.
      if (w.startsWith('explained ')) rel.type = 'corr';
      if (CAUSAL_PARTICIPLE.test(w))
        rel.weak = !afterCopula(text, c.start) && !sentenceIsHeadline(text) && !(/^(?:due|owing)\s/.test(w) && previousNonSpace(text, c.start) === 44);
      break;
    }
    case K.causalAdj:
      // 'a useful tool for detecting', 'a helpful marker': utility of an instrument (diagnosis, prediction), not a health effect.
      if (UTILITY_ADJECTIVE.test(cueText(text, c)) && INSTRUMENT_NOUN.test(nextWord(text, c.end))) return null;
      // 'useful for the early detection of', 'would be helpful for future risk assessment', 'useful to identify': the use
      // is a task of knowing (detecting, assessing, deciding), not a health effect.
      if (UTILITY_FIRST.has(text.charCodeAt(c.start) | 32) && UTILITY_WORD.test(cueText(text, c)) && cognitiveTaskAfter(text, c.end)) return null;
      // 'is good for your heart', 'bad for you': an effect on health; 'good for beginners', 'bad for business' is not.
      if ((text.charCodeAt(c.end - 1) | 32) === 114 && /^(?:good|bad) for$/.test(cueText(text, c)) && nextWord(text, c.end) !== 'you' && !healthObjectAfter(cues, k)) return null;
      // 'Early mobilisation is crucial for recovery', 'good glucose control is central to preventing ulcers': a means
      // predicated as necessary for an outcome states that it brings the outcome about. Unpredicated ('a critical period
      // for growth') it names a time or a part; extraposed ('it is essential to check', 'it is vital for parents to')
      // it is advice; negated ('is not essential in small tumours') it denies a need. Before a bare infinitive ('is
      // essential to exclude') 'to' is the infinitive's, which the verb reading decides.
      if (NECESSITY_FIRST.has(text.charCodeAt(c.start) | 32) && NECESSITY.test(cueText(text, c)) && (!afterCopula(text, c.start) || extraposedIt(text, c.start) || NEGATOR.test(prevWord(text, c.start)) || infinitiveTo(text, c.end))) return null;
      // The strength is the research reading; on blog prose ('Sleep is vital for good health') the lexicon of benefit
      // claims decides whether it is an efficacy claim, as before.
      // Round 16 (A): predicated of people who have a complaint ('is essential for anyone living with an autoimmune
      // condition', 'is vital for people with asthma'), it states that the means helps them: an efficacy claim.
      if (NECESSITY_FIRST.has(text.charCodeAt(c.start) | 32) && NECESSITY.test(cueText(text, c))) rel.strengthOnly = !round16ANeededBySufferers(text, cues, k);
      // 'X is effective', 'may be protective': predicated. 'an effective treatment': attributive, supports only.
      rel.weak = !afterCopula(text, c.start);
      // Round 4: 'the best treatments for each patient' unpredicated names a means, it states no relation.
      if (rel.weak && isPredicatedMeans(text, c)) return null;
      // A classifying adjective used attributively names a kind of care ('preventive measures', 'therapeutic
      // hypothermia', 'curative resection', 'Level of evidence: Therapeutic'), not an evaluation of it.
      if (rel.weak && CLASSIFYING_ADJECTIVE.test(cueText(text, c)) && !sentenceIsHeadline(text)) return null;
      break;
    case K.effectNoun: {
      // 'relief' names a benefit given only as the object of a verb of giving, across its modifiers ('can provide
      // short-term relief from'); 'pain relief after surgery', 'felt relief when' name it ('provides relief' itself is a verb
      // phrase of the lexicon).
      if ((text.charCodeAt(c.start) | 32) === 114 && /^relief\b/i.test(cueText(text, c)) && !givingVerbBefore(text, c.start)) return null;
      // 'can positively impact', 'has benefited': the noun is a verb here.
      const asVerb = lex.verbs.get(cueText(text, c));
      if (asVerb && VERB_CONTEXT.has(auxiliaryBefore(text, c.start))) {
        // Read it as a verb: cue k is swapped in place (not copied: a copy per cue made long sentences quadratic).
        cues[k] = { kind: K.verb, start: c.start, end: c.end };
        try {
          return readRelation(text, cues, k, clause, lex, scan);
        } finally {
          cues[k] = c;
        }
      }
      // A relational noun used as a modifier ('effect sizes', 'efficacy endpoints') or listed among evaluation criteria
      // ('efficacy and safety', 'effectiveness and cost') names a measure, not a relation between two things.
      if (!asVerb && measureNoun(text, c.end)) return null;
      // 'the clinical impact of the findings', 'the value of this study': the effect of a piece of research is its bearing
      // on knowledge or practice, not a relation between an exposure and an outcome.
      if (!asVerb && researchAgent(text, c)) return null;
      // The object of a verb of inquiry ('to investigate the efficacy of', 'comparing the effects') or a noun inside
      // another noun phrase ('the mechanism of its effect on', 'knowledge about the consequences of') names the effect
      // as a topic; nothing states that it happened.
      if (!asVerb && verbOfHavingBefore(text, c.start) < 0 && effectAsTopic(text, c.start)) return null;
      // 'had no effect on', 'plays a key role in', 'showed benefits': stated. 'the effect of X on Y was studied': named only.
      rel.weak = verbOfHavingBefore(text, c.start) < 0;
      break;
    }
    case K.abs:
    case K.verb: {
      // An absolute term may contain the verb ('cures', 'completely cures', 'wipes out', 'works for everyone').
      const found = c.kind === K.abs ? verbInside(text, c, lex) : null;
      if (c.kind === K.abs && !found) return null;
      if (found) {
        rel.cue = found.cue;
        if (found.cue.start !== c.start) rel.modalStart = found.cue.start;
      }
      const verb = found ? found.verb : lex.verbs.get(cueText(text, c));
      if (!verb) return null;
      // Round 8 (A): 'means you can't sleep', 'means you can struggle to breathe': what a complaint takes away.
      if (verb.form !== 'ing' && verb.lemma.startsWith('mean ') && CANNOT_AFTER.test(text.slice(c.end, c.end + 16))) return null;
      // Round 8 (A): an enabling verb claims only when the good state is what it enables, right after it ('lets you drift
      // off', not 'means you can track your sleep' or 'means you can sleep badly').
      if (verb.needsObject && isEnablingLemma(verb.lemma) && !enabledOutcome(text, cues, k) && !enabledWithout(text, cues, k)) return null;
      rel.verb = verb;
      let reading: ReturnType<typeof readVerb>;
      if (found) {
        cues[k] = found.cue;
        try {
          reading = readVerb(text, cues, k, verb, scan);
        } finally {
          cues[k] = c;
        }
      } else reading = readVerb(text, cues, k, verb, scan);
      if (reading === null) return null;
      if (reading === 'cmp') {
        // Only a change verb's participle states a difference ('reduced mortality'); others are plain adjectives ('fortified cereal').
        if (!verb.change) return null;
        rel.type = 'cmp';
        rel.weak = true;
        // 'were lower than previously reported', 'rose faster than the national targets': set against an estimate or a norm.
        if (againstReference(text, cues, k, rel.cue)) return null;
        // 'yields a 10 percent drop in deaths': the noun of a change verb as the object of a verb of producing.
        if (nextWordIsIn(text, rel.cue.end) && producedBy(text, rel.cue.start)) {
          rel.type = 'causal';
          rel.weak = false;
        }
      } else if (reading === 'weak') rel.weak = true;
      if (verb.needsObject && !rel.weak && !healthObjectAfter(cues, k, text) && !lessenedSideObject(cues, k, verb) && !passiveHealthSubject(text, cues, k, verb, 'any')) return null;
      // Round 4: the acting verbs are mostly ergative ('the skin softens', 'symptoms settle and energy builds up'): they
      // claim only with the health outcome as their direct object, and a participle without one ('anemia is managed in',
      // 'were managed successfully') states no relation either.
      // Round 16 (A): giving a person a good state ('gives you more energy', 'gives a toddler more appetite'): the outcome heads the object.
      if (verb.multi && verb.head === 'give' && isRound16AGiving(verb.lemma) && !round16AGivenObject(text, cues, k)) return null;
      if (isActingLemma(verb.lemma) && !healthDirectObject(text, cues, k) && !lessenedSideObject(cues, k, verb) && !(verb.form === 'ed' && rel.type === 'causal' && !rel.weak && (treatmentTimeAfter(text, c.end) || treatmentAgentAfter(text, cues, k, verb)))) return null;
      // 'Our GPs manage long-term conditions', 'We can manage most minor illnesses over the phone', 'the NHS is tackling
      // obesity': with a person or a service as subject, managing and tackling describe care provided, not an effect.
      // So do their gerunds after a preposition ('strategies for tackling obesity', 'efficient in managing illnesses').
      if ((verb.lemma === 'manage' || verb.lemma === 'tackle') && (careProviderSubject(text, rel.cue.start) || (verb.form === 'ing' && PREPOSITIONS.has(prevWord(text, rel.cue.start))))) return null;
      // 'facilitates better understanding of', 'will aid the development of', 'support further investigation': a verb
      // whose object is knowledge or the research process describes a contribution to knowledge, not a relation
      // between an exposure and an outcome.
      if (!rel.weak && (verb.cls === 'benefit' || verb.cls === 'effect') && knowledgeObject(text, rel.cue.end)) return null;
      if (!rel.weak && inRelativeClause(text, c.start)) {
        rel.weak = true;
        rel.relative = true;
      }
      break;
    }
    default:
      return null;
  }
  // Modal right before (for the predicate span), hedge and negation look-back within the clause.
  rel.hedge = hedgeBefore(text, cues, k, clause) ?? scan.raisingHedge;
  scan.raisingHedge = null;
  rel.negated = negatedBefore(text, cues, k, clause);
  const pb = prevWordBounds(text, c.start);
  if (pb) {
    const pw = text.slice(pb[0], pb[1]).toLowerCase();
    if (pw === 'can' || pw === 'will' || HEDGE_MODALS.has(pw)) rel.modalStart = pb[0];
  }
  if (rel.hedge && rel.hedge.end <= c.start && wordsBetween(text, rel.hedge.end, c.start) <= 1) rel.modalStart = Math.min(rel.modalStart, rel.hedge.start);
  return rel;
}

/**
 * How a verb form reads here: 'causal' (a finite verb with an agent: 'X reduced Y', 'was reduced by X'),
 * 'cmp' (a change or difference without an agent: 'rates increased in 2009', 'with reduced mortality'),
 * 'weak' (a gerund or participle clause: 'by reducing inflammation'), or null (a noun, a purpose infinitive).
 */
function readVerb(text: string, cues: Cue[], k: number, verb: VerbForm, scan: ScanState): 'causal' | 'cmp' | 'weak' | null {
  const c = cues[k];
  const { head, multi } = verb;
  // A parenthesis right before the verb closes its subject ('antiviral therapy (HCV) improves'): look behind it.
  const anchor = beforeParenthetical(text, c.start);
  const prevB = prevWordBounds(text, anchor);
  let prev = prevB ? text.slice(prevB[0], prevB[1]).toLowerCase() : '';
  let aux = auxiliaryBefore(text, anchor);
  // An -s verb right after a comma ends an appositive or continues a list of predicates ('Smoking, current or past,
  // raises the rate', 'it eases pain, improves sleep'): a finite verb, not the start of a sentence.
  // Round 6: after a label's colon too ('What our serum does: brightens dull skin and fades dark spots').
  if (!prevB && verb.form === 's' && (previousNonSpace(text, c.start) === 44 || previousNonSpace(text, c.start) === 58)) prev = aux = ',';
  // A base form after an appositive or a relative clause set off by commas ('low sodium levels, known as
  // hyponatremia, increase the risk'): the finite verb of a plural subject, not an imperative.
  else if (!prevB && verb.form === 'base' && (closesAppositive(text, c.start) || closesListAppositive(text, c.start))) prev = aux = ',';
  const next = nextWord(text, c.end);
  // An adverb of manner between the verb and an intransitive continuation ('increased exponentially with', 'fell
  // steeply after') leaves the verb intransitive.
  const intransitiveNext = (): boolean => next === '' || INTRANSITIVE_NEXT.has(next) || (R15A_PARTICLES.has(next) && round15AParticleIntransitive(text, c.end)) || (INTRANSITIVE_ADVERB.has(next) && intransitiveAfterAdverb(nextWord(text, nextWordEnd(text, c.end)))) || /^\d/.test(next) || (/^[a-z]{3,}ly$/.test(next) && INTRANSITIVE_NEXT.has(nextWord(text, nextWordEnd(text, c.end))));
  const transitivity = (): 'causal' | 'cmp' => (verb.change && !multi && intransitiveNext() && !objectFollows(text, c.end, next) ? 'cmp' : 'causal');
  if (head === 'raise' && RAISE_IDIOM.test(next)) return null; // 'raises concerns', 'raise awareness'
  if (head === 'cause' && causeForConcern(text, c.end)) return null; // 'a cause for concern'
  // 'competing causes of pain', 'how doctors view the causes of obesity': a verb takes its object without 'of', so
  // 'causes of' is the plural noun; predicated ('are common causes of') it names a cause, which the phrase lexicon reads.
  if (head === 'cause' && verb.form === 's' && next === 'of' && !afterCopula(text, c.start)) return null;
  // 'helps predict risk', 'help doctors decide': the relation is the prediction or the decision, not a benefit.
  if (head === 'help' && (COGNITIVE.test(next) || (next === 'to' && COGNITIVE.test(nextWord(text, nextWordEnd(text, c.end)))))) return null;
  // Round 15 (lead): 'helps you track your symptoms', 'helps patients log their readings': a person helped with a task of
  // recording or organising, not a health outcome.
  if (head === 'help' && HELPED_PERSON.test(next) && RECORD_TASK.test(nextWord(text, nextWordEnd(text, c.end)))) return null;
  // 'can help in differentiation of', 'may aid in counseling', 'assists with risk stratification': help with a task of knowing.
  if ((head === 'help' || head === 'aid' || head === 'assist') && (next === 'in' || next === 'with' || next === 'for') && cognitiveTaskAfter(text, c.end)) return null;
  if (head === 'drop' && next === 'out') return null; // 'drop out rates'
  // Round 6: 'for clear skin', 'is clear that', 'the clear gel': after a preposition, a determiner or a copula the base form is the adjective.
  if (head === 'clear' && verb.form === 'base' && (PREPOSITIONS.has(prev) || NOUN_CONTEXT.has(prev) || COPULAS.has(prev))) return null;
  // 'our data do not support an association', 'evidence supporting the theory': evidential, not causal; 'nutritional
  // support', 'social support and functioning': the noun after an adjective.
  if (head === 'support' && (evidentialSupport(text, anchor, verb.form) || (verb.form === 'base' && NOUN_SUPPORT_MODIFIER.test(prev)))) return null;
  // Round 15: 'a friendly support group for carers', 'our support workers', 'the support line': the noun as a modifier.
  if (head === 'support' && verb.form === 'base' && SUPPORT_AS_MODIFIER.test(next)) return null;
  switch (verb.form) {
    case 'ing':
      if (AUX_BE.has(aux)) {
        // 'there is growing evidence', 'there are increasing concerns': after existential 'there' and a form of 'be',
        // the -ing word modifies the noun that follows; nothing is being grown or increased.
        if (AUX_BE.has(prev) && prevWord(text, prevB![0]) === 'there') return null;
        return transitivity(); // 'is reducing'
      }
      // After a determiner or adjective the -ing word is an adjective ('the growing literature', 'increasing age').
      if (NOUN_CONTEXT.has(prev) && !PREPOSITIONS.has(prev)) return null;
      // A gerund that opens the sentence names an activity (a subject or a title: 'Reducing falls in care homes'); the
      // relation, if any, is the predicate that follows it.
      if (!prevB && previousNonSpace(text, c.start) < 0) return null;
      // 'with increasing age', 'rises with worsening kidney function': after 'with' a change verb's -ing form names a
      // covariate that changes (as age increases), not an act of changing something.
      if (prev === 'with' && verb.change) return null;
      // 'rising costs', 'growing evidence', 'worsening mental health': the -ing form of an intransitive verb of change
      // ('worsening' too, in this position) before a bare noun phrase is an adjective describing a trend, not an act on an object
      // (after a comma it may open a participle clause: 'alcohol disrupts sleep, worsening anxiety').
      if (prevB && INTRANSITIVE_ING.test(verb.lemma) && next !== '' && !ARTICLES.has(next) && !OBJECT_PRONOUN.has(next) && !/^\d/.test(next)) return null;
      // 'has shown promise in easing pain', 'is promising for treating acne': the gerund is what the promise is about,
      // a hedged claim of its own.
      if ((prev === 'in' || prev === 'for') && PROMISE.has(prevWord(text, prevB![0]))) return 'causal';
      return 'weak'; // a gerund or participle clause: 'by reducing inflammation', '..., reducing deaths'
    case 'ed': {
      if (head === 'treat' && next === 'with') return null; // 'patients treated with X': design
      // 'Patients were treated in hospital', 'children treated at eight centres', 'injuries treated in emergency
      // departments': the passive or participle of 'treat' has the patient (or the condition) as its subject and no
      // agent; it says that care was given, not that it worked ('was effectively treated' and 'treated by X' still do).
      if (head === 'treat' && !AUX_HAVE.has(aux) && !MODAL_AUX.has(aux) && !AGENT_PREPOSITIONS.has(next) && !/ly$/.test(prev)) return null;
      if (AUX_BE.has(aux)) {
        // Passive: with an agent ('was reduced by statins', 'is prevented with vaccination') it is causal; without one
        // it describes a change ('levels were reduced in group A') or a state ('patients were treated in hospital').
        if (AGENT_PREPOSITIONS.has(next)) {
          const agent = nextWord(text, nextWordEnd(text, c.end));
          if (agent && !/^\d/.test(agent) && !AGENT_NOT.test(agent)) return 'causal';
          if ((agent === 'a' || agent === 'an') && next === 'by' && interventionAgent(text, cues, k)) return 'causal';
          // Round 11 (C): 'by a single session of our facial', 'by a course of massage': sessions of a treatment.
          if (next === 'by' && agentSessions(text, nextWordEnd(text, c.end))) return 'causal';
        }
        if ((next === 'within' || next === 'after' || next === 'in' || next === 'once' || next === 'when' || next === 'since' || looksLikeAdverb(next)) && treatmentTimeAfter(text, c.end)) return 'causal'; // round 9 (C)
        return verb.change ? 'cmp' : 'weak';
      }
      // 'had increased utilization', 'have elevated blood pressure': after 'have' a participle before a bare noun is an
      // adjective (a difference the group has); a perfect tense takes an object with a determiner ('has reduced the risk').
      if ((aux === 'had' || aux === 'have' || aux === 'having') && prev === aux && !MODAL_AUX.has(prevWord(text, prevB![0])) && verb.change && !ARTICLES.has(next) && !OBJECT_PRONOUN.has(next) && !/^\d/.test(next) && next !== '') return 'cmp';
      if (AUX_HAVE.has(aux) || MODAL_AUX.has(aux)) return transitivity();
      // 'showed increased inflammation', 'identified reduced bone density', 'face increased risk': after a verb of
      // observing or undergoing, a change participle before a noun is an adjective (a difference the group shows).
      if (verb.change && (OBSERVING.has(aux) || OBSERVED_DIFFERENCE.has(aux)) && !ARTICLES.has(next) && !OBJECT_PRONOUN.has(next) && next !== '') return 'cmp';
      if (aux === 'and' || aux === 'or') return ARTICLES.has(next) ? transitivity() : 'cmp';
      // 'A screening programme, run by nurses, markedly reduced the number of falls', 'Exercise lifted mood, lowered the
      // resting heart rate': a past form right after a comma (and any -ly adverbs) with a determiner after it is a
      // finite verb or a participle clause with its object; an adjectival participle takes no determiner ('In smokers,
      // reduced lung function was common').
      if (verb.change && aux === '' && ARTICLES.has(next) && commaBefore(text, anchor)) return transitivity();
      // Adjectival: 'with (significantly) reduced mortality'; after 'to', which takes a base form as an infinitive, a
      // participle is an adjective too ('relate to increased thickness').
      if (prev === '' || aux === '' || NOUN_CONTEXT.has(aux) || PREPOSITIONS.has(aux) || aux === 'to') return 'cmp';
      // After a noun: a past tense with an object ('X reduced mortality'), or a participle that modifies the noun
      // ('patients treated at eight units'): a transitive verb followed by a preposition has no object, so it is a participle.
      if (!verb.change && (PREPOSITIONS.has(next) || next === '') && !AGENT_PREPOSITIONS.has(next)) return 'weak';
      return transitivity();
    }
    default: {
      // base and -s forms; a base form may be the last of coordinated infinitives ('to diagnose, treat, cure or prevent').
      const chain = verb.form === 'base' && prev !== 'to' ? INFINITIVE_CHAIN.exec(text.slice(Math.max(0, c.start - 90), c.start)) : null;
      if (prev === 'to' || chain) {
        const toStart = chain ? c.start - chain[0].length : prevB![0];
        const before = auxiliaryBefore(text, toStart); // 'was found (significantly) to improve'
        if (RAISING.get(before) === 'hedge') {
          // 'appears to reduce', 'its potential to improve': the raising word is the hedge.
          const hb = prevWordBounds(text, toStart);
          if (hb) scan.raisingHedge = { kind: K.hedge, start: hb[0], end: hb[1] };
        }
        if (RAISING.has(before) || ADJECTIVE_TO.has(before)) return transitivity();
        // 'could be an important strategy to reduce', 'might be therapeutic targets to reduce', 'may provide an opportunity
        // to decrease': a noun of means predicated of the subject under a hedging modal gives the subject the purpose's
        // effect, hedged ('strategies to reduce falls are needed' stays a purpose: the noun is not predicated).
        if (MEANS_NOUN.test(before) && hedgedMeansPredicate(text, toStart)) return 'causal';
        // 'have found a new way to boost survival', 'could offer a new way to treat', 'A better way to prevent clots': a means
        // found or shown works, so the infinitive states its effect ('to find ways to', 'looked for a way to' only seek one).
        if (FOUND_MEANS.test(before) && foundMeans(text, toStart, before)) return transitivity();
        // 'has the potential to reduce', 'is likely to': a hedge cue ending in 'to'
        for (let j = k - 1; j >= 0 && cues[j].end >= toStart - 1; j--) if (cues[j].kind === K.hedge && cues[j].end >= toStart + 2) return 'causal';
        // 'Fish oil is a safe and natural way to calm', 'Yoga is one of the best ways to ease': a means predicated of the subject.
        if (PREDICATED_MEANS_NOUN.test(before) && copularMeans(text, toStart, scan)) return 'causal';
        // 'The best way to prevent flu is the vaccine', 'The most effective way to lower blood pressure is to cut down on salt'.
        if ((before === 'way' || before === 'ways') && rankedMeansSubject(text, toStart, c.end)) return 'causal';
        scan.purposeClause = scan.clause;
        return null; // purpose: 'strategies to reduce', 'used to treat'
      }
      // '... to contain costs, enhance care and improve health': coordinated with a purpose infinitive.
      if (verb.form === 'base' && scan.purposeClause === scan.clause && (aux === 'and' || aux === 'or' || /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)))) return null;
      // 'Although lower intake was associated with', 'because higher doses were used': a subordinating conjunction needs a
      // subject before its verb, so a base form right after it opens that subject (an adjective or a noun), it is not finite.
      if (SUBORDINATOR.has(prev)) return head === 'lower' ? 'cmp' : null;
      if (prev === '') return head === 'lower' ? 'cmp' : null; // sentence-initial: an imperative or an adjective ('Lower doses ...')
      // 'the reverse may be true', 'a cure for', 'the cut in funding': right after an article the word is a noun (a
      // change noun before in/of states a change: 'a decrease in'); 'the lower dose' is the comparative adjective below.
      if ((prev === 'the' || prev === 'a' || prev === 'an') && !multi && head !== 'lower') return verb.change && (next === 'in' || next === 'of') ? 'cmp' : null;
      if (head === 'lower' && verb.form === 'base' && (next === 'than' || NOUN_CONTEXT.has(prev) || PREPOSITIONS.has(prev) || AUX_BE.has(aux) || AUX_HAVE.has(aux) || OBSERVING.has(prev) || /ly$/.test(prev) || prev === 'and')) return 'cmp';
      // 'Risk increases with age', 'symptoms decline with treatment duration': covariation, a correlational relation.
      if (verb.change && !multi && next === 'with' && (verb.form === 's' || (verb.form === 'base' && !NOUN_CONTEXT.has(prev) && !PREPOSITIONS.has(prev)))) return 'cmp';
      if (NOUN_LIKE.has(head)) {
        // 'this leads to', 'these increase the risk': a pronoun subject; 'this increase', 'these changes in': a determiner.
        const pronoun = ((prev === 'this' || prev === 'that') && verb.form === 's') || ((prev === 'these' || prev === 'those') && verb.form === 'base' && !NOUN_NEXT.has(next));
        // 'Early treatment saves lives', 'a lower dose eases cramps': after a noun, the -s form of a verb whose plural noun
        // is rare ('saves', 'eases') is the finite verb of that noun phrase, not a compound noun ('treatment changes').
        // Round 6: also any such -s form with a determined object after it ('before treatment boosts the chance of').
        // Round 16 (A): 'Staying well hydrated helps your throat heal', 'Keeping warm helps': the -s form after the participle
        // that completes an opening gerund of a copular verb is the gerund's finite verb.
        const finiteAfterNoun = (verb.form === 's' && NOUN_MODIFIER.has(prev) && (RARE_PLURAL_NOUN.has(head) || OBJECT_DETERMINER.has(next))) || (verb.form === 's' && round16ACopularGerundBefore(text, c.start));
        // 'X and Y may each double the risk': a floated quantifier before a base form with a determiner after it.
        const floated = verb.form === 'base' && (prev === 'each' || prev === 'all' || prev === 'both') && OBJECT_DETERMINER.has(next);
        // 'social support', 'practical help', 'parental support': a base form right after an adjective-shaped word (-al,
        // -ic, -ive, -ous, -ary, -ful) is a noun (a finite base form needs a plural subject); not when a verb of having
        // governs it ('may have had a synergistic influence' states an effect).
        const afterAdjective = verb.form === 'base' && ADJECTIVE_SHAPED.test(prev) && verbOfHavingBefore(text, c.start) < 0;
        // Round 15 (C): a participle before it needs more than three letters: 'bed' ('a cup of tea before bed helps you sleep') is a noun.
        if (!pronoun && !finiteAfterNoun && !floated && (NOUN_CONTEXT.has(prev) || OBSERVING.has(prev) || (prev.length > 3 && /ed$/.test(prev)) || afterAdjective)) {
          // A noun: 'an increase in resistin' states a change (a difference), 'yielded results' nothing.
          return verb.change && (next === 'in' || next === 'of') ? 'cmp' : null;
        }
        if (!multi && (verb.form === 's' || next === 'of' || next === 'for') && (NOUN_NEXT.has(next) || next === '') && !(head === 'help' && (next === 'to' || next === 'with')) && !demonstrativeHealthObject(text, cues, k, head, next)) return null;
      }
      if (head === 'end' && /^(?:stage|of|point|points|organ|user|users|date|result)$/.test(next)) return null;
      if (head === 'support' && EVIDENCE_SUBJECT.test(prev)) return null; // 'these data support ...': evidential, not causal
      return transitivity();
    }
  }
}

/** Round 16 (A): an opening gerund of a copular verb and its adjective complement, up to the next word ('Staying well hydrated '). */
const R16A_COPULAR_GERUND = /^["'\u201c*_]{0,3}(?:staying|keeping|getting|being|feeling)\s+(?:(?:[a-z]+ly|well)\s+)?(?:[a-z]+ed|warm|cool|active|busy|fit|calm|dry|clean)\s+/i;
/** Round 16 (A): the opening gerund of R16A_COPULAR_GERUND ends right at `at`. */
function round16ACopularGerundBefore(text: string, at: number): boolean {
  const m = R16A_COPULAR_GERUND.exec(text);
  return m !== null && m[0].length === at;
}
/** Subordinating conjunctions: a subject follows them before any finite verb. */
const SUBORDINATOR = new Set(['although', 'though', 'whereas', 'because', 'since', 'if', 'unless', 'while', 'when', 'whether', 'once']);
/** Words shaped like adjectives by their suffix ('social', 'economic', 'supportive', 'nutritious', 'dietary', 'helpful'). */
const ADJECTIVE_SHAPED = /^[a-z]{2,}(?:al|ic|ive|ous|ary|ful)$/;
/** Nouns of means or opportunity that take a purpose infinitive ('a strategy to', 'targets to', 'an opportunity to'). */
const MEANS_NOUN = /^(?:strateg(?:y|ies)|approach(?:es)?|ways?|options?|targets?|tools?|means|methods?|interventions?|treatments?|therap(?:y|ies)|measures?|opportunit(?:y|ies)|solutions?)$/;
/** Round 4: nouns of a means that a copula predicates of an intervention ('is a gentle way to', 'is the perfect remedy to'). */
const PREDICATED_MEANS_NOUN = /^(?:ways?|means|options?|tools?|methods?|approach(?:es)?|strateg(?:y|ies)|solutions?|remed(?:y|ies)|fix|answer|aid|hack|trick|secret)$/;
/** Modifiers that deny a means its benefit ('a risky way to lose weight', 'a poor way to treat pain'). */
const DENIED_MEANS = /^(?:risky|dangerous|unsafe|poor|bad|worse|worst|terrible|unreliable|ineffective|unproven|controversial|outdated|harmful|pointless|useless|wrong|unhealthy|extreme|questionable|dubious|not|no|never|unlikely|false|misguided|lazy)$/;
/** Determiners and degree words inside the means noun phrase ('one of the most', 'a really'). */
const MEANS_FILLER = /^(?:a|an|the|one|of|another|and|or|most|more|very|really|so|truly|quite|particularly|especially|super|incredibly|remarkably|surprisingly|relatively|fairly|pretty|extremely|genuinely|simply|also|often|still|such|our|my|your|their|his|her|its|top|key)$/;
/** Adjectives without an adjective suffix that are common in means phrases ('a safe, quick and cheap way'). */
const PLAIN_ADJECTIVE = /^(?:safe|good|great|best|better|simple|simpler|simplest|easy|easier|easiest|quick|quicker|quickest|fast|faster|fastest|cheap|cheaper|cheapest|gentle|gentler|gentlest|kind|kinder|smart|proven|free|new|low|clever|sure|fun|fine|nice|calm|mild|soft|real|true|tried|tested|lovely|brilliant|perfect|ideal|wonderful|fantastic|excellent|powerful|potent|healthy|healthier|quiet|slow|steady|whole|long-term|short-term|proper|solid|sound|neat)$/;
/** Verbs of seeking or making in -ing form: 'is finding a way to', 'are looking for ways to' seek a means, they do not predicate one. */
const SEEKING_ING = /^(?:finding|looking|seeking|searching|developing|testing|exploring|trying|designing|building|creating|making|studying|investigating|evaluating|working)$/;

/**
 * Round 4: the means noun before the 'to' at toStart heads a noun phrase of adjectives, coordinated or not, that a copula
 * predicates of the subject ('Fish oil is a safe and natural way to calm', 'Yoga is one of the best ways to ease', 'Valerian
 * may be a gentle, effective option to'): the subject does what the infinitive says. A hedging modal before 'be' is the
 * claim's hedge. Not a means denied its benefit ('is a risky way to lose weight', 'is not a way to treat colds').
 */
function copularMeans(text: string, toStart: number, scan: ScanState): boolean {
  let at = toStart;
  while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
  while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--; // the noun
  for (let hops = 0; hops < 9; hops++) {
    let e = at;
    let commas = 0;
    while (e > 0 && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) if (text.charCodeAt(--e) === 44) commas++;
    if (commas > 1 || e === 0) return false;
    let b = e;
    while (b > 0 && (isWordChar(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 39 || text.charCodeAt(b - 1) === 8217)) b--;
    if (b === e) return false;
    const w = text.slice(b, e).toLowerCase().replace(/\u2019/g, "'");
    if (commas === 0 && (COPULAS.has(w) || w === "it's" || w === "they're")) {
      if (w !== 'be') return true;
      const m = prevWordBounds(text, b);
      const modal = m ? text.slice(m[0], m[1]).toLowerCase() : '';
      if (HEDGE_MODALS.has(modal)) scan.raisingHedge = { kind: K.hedge, start: m![0], end: m![1] };
      return MODAL_AUX.has(modal);
    }
    if (DENIED_MEANS.test(w) || SEEKING_ING.test(w)) return false;
    if (!MEANS_FILLER.test(w) && !PLAIN_ADJECTIVE.test(w) && !/^[a-z]+(?:al|ic|ive|ous|ful|less|able|ible|ent|ant|y|ed|est|er|ing|ish)$/.test(w) && !/^[a-z]+-[a-z-]+$/.test(w)) return false;
    at = b;
  }
  return false;
}

/** Superlatives that rank a means as the one to use ('the best way', 'the most effective way', 'one of the safest ways'). */
const RANKING_SUPERLATIVE = /^(?:best|safest|easiest|simplest|quickest|fastest|surest|cheapest|gentlest|healthiest|only|most|number|no|top)$/;
/** Words of the ranked means phrase before the superlative: 'The', 'One of the', 'By far the'. */
const RANKED_OPENER = /^(?:the|one|of|by|far|single|very|most|effective|reliable|natural|proven)$/;
/** The complement of 'is' that leaves the means unknown or denied ('is unclear', 'is not bed rest', 'is still debated'). */
const OPEN_COMPLEMENT = /^(?:not|unknown|unclear|uncertain|debated|disputed|controversial|contested|still|yet)$/;

/**
 * Round 4: 'The best way to prevent flu is the vaccine', 'One of the safest ways to ease hot flushes is HRT': a means noun
 * ranked by a superlative opens the sentence as its subject, its infinitive states what the means does, and a copula after
 * the infinitive's phrase (in the same clause) names the means: the infinitive is the claim's relation, not a purpose.
 * Not 'The best way to prevent clots is unclear' or 'is not bed rest' (an open or denied means).
 */
function rankedMeansSubject(text: string, toStart: number, verbEnd: number): boolean {
  // Before 'way': a superlative, then only opener words back to the start of the sentence.
  let at = toStart;
  while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
  while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--; // 'way'
  let superlative = false;
  for (let hops = 0; hops < 6; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) {
      // the sentence start, after an opening quote or emphasis, or after an adverbial set off by a comma
      const p = previousNonSpace(text, at);
      if (p >= 0 && p !== 44 && p !== 34 && p !== 39 && p !== 42 && p !== 95 && p !== 8220) return false;
      break;
    }
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (!superlative && RANKING_SUPERLATIVE.test(w)) superlative = true;
    else if (!RANKED_OPENER.test(w)) return false;
    at = b[0];
    if (hops === 5) return false;
  }
  if (!superlative) return false;
  // After the infinitive: a copula within ten words, before any comma or clause punctuation.
  let pos = verbEnd;
  for (let words = 0; words < 10; words++) {
    const e = nextWordEnd(text, pos);
    if (e === pos) {
      // an apostrophe inside a word ('a baby's tummy') is skipped; other punctuation ends the phrase
      if (text.charCodeAt(e) !== 39 && text.charCodeAt(e) !== 8217) return false;
      pos = e + 1;
      continue;
    }
    const w = text.slice(pos, e).trim().toLowerCase();
    if (w === 'is' || w === 'are' || w === 'remains' || w === 'remain') {
      const next = nextWord(text, e);
      return next !== '' && !OPEN_COMPLEMENT.test(next);
    }
    pos = e;
  }
  return false;
}

/** Linking verbs of a means predicate ('be', 'represent', 'provide', 'offer'). */
const MEANS_LINK = /^(?:be|represent|provide|offer|constitute|serve)$/;

/**
 * The noun phrase ending before `pos` ('an important strategy') is predicated under a hedging modal: within five words back,
 * a linking verb ('be', 'represent', 'provide', 'offer') right after may/might/could/would.
 */
function hedgedMeansPredicate(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 5; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (MEANS_LINK.test(w)) return HEDGE_MODALS.has(auxiliaryBefore(text, b[0]));
    if (PREPOSITIONS.has(w) || w === 'and' || w === 'or' || w === 'that' || w === 'which' || MODAL_AUX.has(w)) return false;
    at = b[0];
  }
  return false;
}

/** Verbs of giving whose object names a benefit given ('bring relief', 'provide fast relief'). */
const GIVING = /^(?:bring|brings|brought|bringing|provides?|provided|providing|offers?|offered|offering|gives?|gave|given|giving|delivers?|delivered|delivering|receives?|received|receiving)$/;

/** A verb of giving within the three words before pos, across its object's determiner and modifiers ('can provide short-term'). */
function givingVerbBefore(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (GIVING.test(w)) return true;
    if (PREPOSITIONS.has(w) || MODAL_AUX.has(w) || AUX_BE.has(w) || w === 'and' || w === 'or' || w === 'no') return false;
    at = b[0];
  }
  return false;
}

/** Nouns that 'support' modifies (round 15: 'a support group for carers', 'support workers', 'the support line'). */
const SUPPORT_AS_MODIFIER = /^(?:groups?|workers?|networks?|lines?|services?|staff|teams?|sessions?|hubs?|officers?|plans?|packages?|circles?|meetings?|calls?|forums?|bubbles?|animals?|dogs?|systems?|roles?|hours?|desk|centres?|centers?|volunteers?|coordinators?|stockings?|hose|tights|belts?|braces?|bandages?|pillows?|cushions?|bras?)$/;
/** Modifiers after which 'support' is the noun ('nutritional support', 'social support', 'peer support'). */
const NOUN_SUPPORT_MODIFIER = /^(?:[a-z]+al|social|peer|family|ventilatory|nutrition|decision|life|self|community|home|emotional|practical|financial|ongoing|additional|further|more|adequate|continued|strong)$/;

/**
 * 'support' whose subject is evidence ('these data (do not) support', 'results that support') or that follows an
 * evidence noun as a participle ('evidence supporting'): the evidential verb, which states no relation itself.
 */
function evidentialSupport(text: string, pos: number, form: VerbForm['form']): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (form === 'ing') return EVIDENCE_NOUN.test(w) || EVIDENCE_SUBJECT.test(w);
    if (EVIDENCE_SUBJECT.test(w) || EVIDENCE_NOUN.test(w)) return true;
    if (!(SKIPPABLE.has(w) || MODAL_AUX.has(w) || looksLikeAdverb(w) || w === 'not' || w === 'that' || w === 'which')) return false;
    at = b[0];
  }
  return false;
}

/** Nouns of a means that can be found ('a way to', 'a method to', 'a solution to'). */
const FOUND_MEANS = /^(?:ways?|methods?|means|solutions?)$/;
/** Finite verbs that report a means as found or shown ('found a new way to', 'identifies a simple method to', 'shows a way to'). */
const DISCOVERY = new Set(['found', 'finds', 'identified', 'identifies', 'discovered', 'discovers', 'uncovered', 'uncovers', 'showed', 'shows', 'shown', 'revealed', 'reveals', 'demonstrated', 'demonstrates', 'offers', 'offered', 'provides', 'provided']);
/** Of those, the verbs of finding, which report several means found too ('discovered new ways to'); 'identifies ways to' lists options. */
const FINDING = new Set(['found', 'finds', 'discovered', 'discovers', 'uncovered', 'uncovers']);
/** Base forms that show or offer a means under a modal ('could offer a new way to'); 'find' and 'identify' only seek one. */
const SHOWING_BASE = new Set(['show', 'reveal', 'demonstrate', 'offer', 'provide']);
/** A headline's noun phrase before 'way': an article or an evaluative modifier first ('A better way', 'New, cheaper way'). */
const WAY_OPENER = /^(?:a|an|the|new|novel|better|best|simple|simpler|safer|easier|cheaper|faster|quicker|smarter)\b/i;

/**
 * The means noun before the 'to' at toStart ('way', 'methods') heads a noun phrase (up to three modifiers: 'a simple,
 * cheap way') that is the object of a finite verb of discovery or showing ('have found a new way to', 'identifies a
 * simple method to'), of a base form of showing after a modal ('could offer a new way to'), or opens a headline ('A
 * better way to prevent clots', where 'a new method to restore X appears to reduce Y' names a subject): a means that works, so the infinitive states what it does. Not an object of seeking
 * ('to find a way to', 'are looking for a way to'), which names an aim; a plural only after a verb of finding
 * ('discovered new ways to'), since 'identifies ways to improve' lists options.
 */
function foundMeans(text: string, toStart: number, noun: string): boolean {
  const plural = noun !== 'means' && noun.endsWith('s');
  const wb = prevWordBounds(text, toStart);
  if (!wb) return false;
  let at = wb[0];
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return hops > 0 && noun === 'way' && WAY_OPENER.test(text.slice(at, wb[0])) && sentenceIsHeadline(text);
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (DISCOVERY.has(w)) return (!plural || FINDING.has(w)) && !MODAL_AUX.has(auxiliaryBefore(text, b[0])) && prevWord(text, b[0]) !== 'to';
    if (SHOWING_BASE.has(w)) return !plural && MODAL_AUX.has(prevWord(text, b[0]));
    if (PREPOSITIONS.has(w) || AUX_BE.has(w) || MODAL_AUX.has(w) || w === 'to' || w === 'and' || w === 'or' || w === 'that' || w === 'which') return false;
    at = b[0];
  }
  return false;
}

/** Amounts after a change verb ('rose 2-fold', 'fell 3-point'): the change itself, not an object. */
const AMOUNT_UNIT = /^(?:fold|times|point|points|percent|per|percentage|unit|units|mg|kg|g|mmhg|mmol|mm|cm|bpm)$/;
/** Words that open a noun phrase (an object) after a verb and an adverb: 'improves significantly the symptoms'. */
const OBJECT_DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'both', 'all', 'each', 'every', 'this', 'these', 'those']);

/**
 * Focus, place and degree adverbs that follow an intransitive change and never start its object ('is increasing even in
 * HMOs', 'is decreasing nationwide, but', 'are rising fastest among') when the clause ends or an intransitive
 * continuation follows them; before a noun phrase they modify the object ('reduces even mild pain').
 */
const INTRANSITIVE_ADVERB = new Set(['even', 'nationwide', 'worldwide', 'globally', 'everywhere', 'fastest', 'slowest', 'most', 'least', 'too', 'still', 'annually', 'yearly']);

/** Round 15 (A): the particles of a phrasal verb of change ('slows down', 'speeds up', 'tails off'). */
const R15A_PARTICLES = new Set(['down', 'up', 'off']);
/** Round 15 (A): the coordinators and subordinators that end a clause after a particle ('slows down and mucus starts to pool'). */
const R15A_CLAUSE_END = new Set(['and', 'or', 'but', 'while', 'whereas', 'when', 'so', 'then']);
/**
 * Round 15 (A): a phrasal verb of change whose particle ends its clause ('the belt slows down and mucus starts to pool',
 * 'the heart rate speeds up, then'): intransitive, as the bare verb before 'and' is ('slows and mucus starts'); the noun
 * after the coordinator is the subject of a new clause, not the verb's object. 'slows down the progression' keeps its object.
 */
function round15AParticleIntransitive(text: string, verbEnd: number): boolean {
  const particleEnd = nextWordEnd(text, verbEnd);
  const ch = text.charCodeAt(particleEnd);
  if (ch === 44 || ch === 59 || ch === 46 || ch === 58 || Number.isNaN(ch)) return true; // a comma, a semicolon, a full stop, a colon, the end
  return R15A_CLAUSE_END.has(nextWord(text, particleEnd));
}

function intransitiveAfterAdverb(after: string): boolean {
  return after === '' || INTRANSITIVE_NEXT.has(after);
}

/**
 * An object after a change verb, where the word after it would otherwise read as intransitive ('reduced by', 'rose
 * 20%'): a hyphenated measure used as a modifier ('lowered 24-h blood pressure', 'improves 5-year survival'), or an adverb
 * followed by a determiner ('improves significantly the symptoms').
 */
function objectFollows(text: string, end: number, next: string): boolean {
  const c0 = next.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    // '24-h', '5-year', '12-week' (a compound modifier, then the noun it modifies); not '2-fold', '3-point'.
    const dash = next.indexOf('-');
    if (dash < 1 || dash === next.length - 1) return false;
    for (let i = 0; i < dash; i++) {
      const d = next.charCodeAt(i);
      if (!((d >= 48 && d <= 57) || d === 46)) return false;
    }
    const unit = next.slice(dash + 1);
    if (!/^[a-z]+$/.test(unit) || AMOUNT_UNIT.test(unit)) return false;
    const after = nextWord(text, nextWordEnd(text, end));
    return after !== '' && !PREPOSITIONS.has(after) && !INTRANSITIVE_NEXT.has(after);
  }
  if (next.length > 4 && next.endsWith('ly')) return OBJECT_DETERMINER.has(nextWord(text, nextWordEnd(text, end)));
  return false;
}

/** Nouns that an effect noun modifies in a compound ('effect size', 'efficacy endpoint'). */
const MEASURE_HEAD = /^(?:sizes?|estimates?|profiles?|endpoints?|end-points?|measures?|measurements?|outcomes?|modifiers?|modification|scores?|variables?|parameters?|evaluations?|assessments?|analys[ie]s|data|trials?|studies|study|evidence|signals?|magnitudes?|domains?|indicators?|criteria|ratios?)$/;
/** Evaluation criteria listed with an effect noun ('efficacy and safety', 'effectiveness and cost'). */
const CRITERION = /^(?:safety|tolerability|toxicity|toxicities|costs?|cost-effectiveness|feasibility|acceptability|adherence|usability|durability|pharmacokinetics|quality|reliability|validity|accuracy|harms?|risks?|side)$/;

/** Verbs of inquiry: their object is something studied, not something found ('investigate', 'compared', 'to assess'). */
const INQUIRY_VERB = /^(?:investigat(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|compar(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)|test(?:s|ed|ing)?|measur(?:e|es|ed|ing)|quantif(?:y|ies|ied|ying)|estimat(?:e|es|ed|ing)|elucidat(?:e|es|ed|ing)|clarif(?:y|ies|ied|ying)|understand(?:s|ing)?|determin(?:e|es|ed|ing)|address(?:es|ed|ing)?|identify(?:ing)?)$/;
/** Prepositions that embed a noun phrase in another one ('the mechanism of', 'knowledge about', 'insight into'). */
const EMBEDDING_PREPOSITION = new Set(['of', 'about', 'into', 'regarding', 'concerning', 'on', 'for']);
/** Nouns of evidence before such a preposition: 'evidence for the benefits of X' reports the effect as found. */
const EVIDENCE_NOUN = /^(?:evidence|support|proof|confirmation|demonstration|data|findings|signs?)$/;

/**
 * An effect noun starting at `pos` named as a topic: within three words (its determiner and modifiers) after a verb of
 * inquiry, or after a preposition that embeds it in another noun phrase (not after a noun of evidence).
 */
function effectAsTopic(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (INQUIRY_VERB.test(w)) return true;
    if (EMBEDDING_PREPOSITION.has(w)) return !EVIDENCE_NOUN.test(prevWord(text, b[0]));
    if (COPULAS.has(w) || AUX_HAVE.has(w) || MODAL_AUX.has(w) || PREPOSITIONS.has(w)) return false;
    at = b[0];
  }
  return false;
}

/** Nouns of inquiry or knowledge that take a topic ('assessment of', 'knowledge about', 'the importance of'). */
const INQUIRY_NOUN = /^(?:knowledge|awareness|understanding|assessment|assessments|investigation|investigations|clarification|elucidation|exploration|examination|study|studies|analysis|analyses|evaluation|identification|importance|information|data)$/;
/**
 * A relational noun starting at `pos` embedded by a preposition (within its determiner and modifiers) in a noun of
 * inquiry or knowledge: 'the clarification of risk factors', 'knowledge about the link'. Not after a verb of inquiry
 * ('examined the associations of X and Y' reports a finding in press releases as often as not).
 */
function relationAsTopic(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (EMBEDDING_PREPOSITION.has(w)) return INQUIRY_NOUN.test(prevWord(text, b[0]));
    if (COPULAS.has(w) || AUX_HAVE.has(w) || MODAL_AUX.has(w) || PREPOSITIONS.has(w)) return false;
    at = b[0];
  }
  return false;
}

/** Products of research ('findings', 'results', 'this study', 'the trial'). */
const RESEARCH_PRODUCT = /^(?:findings|results|study|studies|data|research|work|trial|trials|analysis|analyses|observations?|report|review)$/;

/** An effect noun whose of-complement is a product of research ('impact of the findings', 'the value of this study'). */
function researchAgent(text: string, c: Cue): boolean {
  let at = c.end;
  if (!endsWithOf(text, c.end)) {
    if (nextWord(text, at) !== 'of') return false;
    at = nextWordEnd(text, at);
  }
  for (let hops = 0; hops < 3; hops++) {
    const w = nextWord(text, at);
    if (RESEARCH_PRODUCT.test(w)) return true;
    if (!ARTICLES.has(w) && w !== 'present' && w !== 'current' && w !== 'new') return false;
    at = nextWordEnd(text, at);
  }
  return false;
}

/** An effect noun ending at `end` that heads a compound or a list of evaluation criteria (see readRelation). */
function measureNoun(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (MEASURE_HEAD.test(next)) return true;
  if (next !== 'and' && next !== 'or') return false;
  return CRITERION.test(nextWord(text, nextWordEnd(text, end)));
}

/** Calendar time: 'since 1999', 'between 2008 and 2009', 'over the past decade', 'during a nine-year period', 'by 2030'. */
const CALENDAR_TIME = /\b(?:since\s+(?:19|20)\d\d|between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|through|until)|(?:over|during|in)\s+the\s+(?:past|last)\s+(?:decade|(?:few|several|two|three|four|five|ten|twenty|thirty|\d+)\s+(?:decades|years))|[a-z0-9]+[- ]year\s+period|by\s+20\d\d|in\s+recent\s+(?:years|decades)|over\s+\d+\s+years)\b/i;
/** Change words that describe a trend ('rose', 'a rise in', 'has declined'); not differences between groups. */
const TREND_WORD = /^(?:increas|decreas|rise|rising|risen|rose|declin|drop|fell|fall|grow|grew|doubl|tripl|halv|chang|climb|jump|surg|soar|plummet|plung|up |down )/;
/** A comparison that makes a change a difference between groups or conditions. */
const COMPARISON = /\b(?:compared|than|versus|vs|relative\s+to|whereas|while)\b/i;

/** The change relation `rel` is a trend over calendar time in its clause (see classifyWith). */
function isTrend(text: string, cues: Cue[], rel: Relation): boolean {
  if (!TREND_WORD.test(cueText(text, rel.cue))) return false;
  // The clause's extent: from the cue after the previous clause boundary to the next boundary.
  let from = 0;
  let to = text.length;
  for (let j = rel.index - 1; j >= 0; j--) if (cues[j].kind === BOUNDARY) {
    from = cues[j].end;
    break;
  }
  for (let j = rel.index + 1; j < cues.length; j++) if (cues[j].kind === BOUNDARY) {
    to = cues[j].start;
    break;
  }
  const span = text.slice(from, to);
  return (CALENDAR_TIME.test(span) || perfectChange(text, rel.cue)) && !COMPARISON.test(span);
}

/**
 * A change in the present perfect with no object ('incidence rates have increased in the U.S.', 'exposure has increased
 * even at HMOs'): the perfect places the change over a stretch of time up to now, like a calendar period. Not 'have
 * increased T4 conversion' (an adjective before a noun: a difference the group has).
 */
function perfectChange(text: string, cue: Cue): boolean {
  const aux = auxiliaryBefore(text, cue.start);
  if (aux !== 'has' && aux !== 'have') return false;
  const next = nextWord(text, cue.end);
  return next === '' || INTRANSITIVE_NEXT.has(next) || INTRANSITIVE_ADVERB.has(next);
}

/** Words of need, goal or facilitation whose object is wanted, not found ('need a better system', 'require greater support'). */
const NEED_WORD = /^(?:need|needs|needed|require|requires|required|requiring|facilitates?|facilitated|aids?|aided|allows?|enables?|ensures?|achieve|achieving|toward|towards)$/;
const COMPARATIVE_WORD = /^(?:[a-z]+er|more|less|fewer|better|worse)$/;
/**
 * A comparative adjective used attributively inside a noun phrase that is embedded by a preposition or is the object of a
 * word of need or goal, with no standard of comparison in the sentence ('students of higher secondary schools', 'need a
 * better system', 'require greater support', 'aid surgeons in better patient selection'): it qualifies what is talked
 * about, it compares no groups. Not after verbs of having or showing ('had higher rates'), not predicated ('was higher in').
 */
function attributiveComparative(text: string, rel: Relation): boolean {
  const w = cueText(text, rel.cue);
  if (!COMPARATIVE_WORD.test(w)) return false;
  const next = nextWord(text, rel.cue.end);
  if (!/^[a-z][a-z-]*$/.test(next) || PREPOSITIONS.has(next) || /ly$/.test(next) || next === 'and' || next === 'or' || next === 'to' || next === 'when' || next === 'if') return false;
  let prev = prevWord(text, rel.cue.start);
  if (prev === 'a' || prev === 'an' || prev === 'the') prev = prevWord(text, prevWordBounds(text, rel.cue.start)![0]);
  if (!(PREPOSITIONS.has(prev) && prev !== 'than') && !NEED_WORD.test(prev)) return false;
  return !COMPARISON.test(text);
}

/** What follows 'than' when the standard is a norm or earlier work (see againstReference; an expectation is thanEstimate's). */
const NORM_STANDARD = /\s+(?:(?:the\s+)?(?:recommended|conventional|current|national|international|reported|expected|common|usual|standard)\s+(?:recommendations?|thresholds?|guidelines?|levels?|values?|estimates?|targets?|cut-?offs?|limits?)|(?:in\s+)?(?:previous|prior|earlier)\s+(?:studies|reports|literature|series|cohorts)|(?:(?:previously|commonly|usually|generally|currently|originally|initially)\s+)?(?:reported|recommended|predicted|described|published|anticipated|assumed|targeted))\b/iy;

/** Words that open an appositive or a non-restrictive relative clause ('known as', 'called', 'which', 'who'). */
const APPOSITIVE_OPENER = new Set(['known', 'called', 'termed', 'named', 'which', 'who', 'including', 'such', 'especially', 'particularly', 'notably']);

/**
 * The text before pos ends with ', <appositive>,' whose first word opens an appositive or relative clause, after a
 * subject that does not start with a subordinator ('If …, call …' is advice, not an appositive).
 */
function closesAppositive(text: string, pos: number): boolean {
  let e = pos;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== 44) return false;
  let open = -1;
  for (let i = e - 2; i >= 0 && i >= e - 160; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 44) {
      open = i;
      break;
    }
    if (ch === 59 || ch === 58 || ch === 46 || ch === 40 || ch === 41) return false;
  }
  if (open <= 0) return false;
  if (!APPOSITIVE_OPENER.has(nextWord(text, open + 1))) return false;
  const first = nextWord(text, 0);
  return !/^(?:if|when|whenever|unless|although|though|while|whereas|because|since|to|for|after|before|once|as)$/.test(first);
}

/** Round 6: words that open an appositive of ingredients or features ('with CBD, lavender and lemon balm', 'containing zinc'). */
const LIST_APPOSITIVE_OPENER = new Set(['with', 'containing', 'plus', 'featuring', 'like', 'made', 'packed', 'enriched', 'infused', 'blended', 'combining', 'now', 'from']);
/** Round 6: sentence openers after which a comma-set phrase is not an appositive of the subject ('In winter, with colds about, …'). */
const NOT_A_SUBJECT = /^(?:if|when|whenever|unless|although|though|while|whereas|because|since|to|for|after|before|once|as|in|on|at|by|with|during|over|from|without|please|try|use|take|give|add|apply|keep|make|ask|check|so|and|but|then|however|also)$/;

/**
 * Round 6: the text before pos ends with an appositive of ingredients or features set off by commas, possibly a list with
 * commas of its own ('Our Night Drops, with CBD, lavender and lemon balm, help …', 'These gummies, packed with zinc,
 * vitamin C and elderberry, support …'): a base form after it is the finite verb of the plural subject before it, as
 * after 'known as …,' (closesAppositive). At most five commas back, within 160 characters, after a subject of at most
 * six words that does not open with a preposition, a subordinator or an imperative.
 */
function closesListAppositive(text: string, pos: number): boolean {
  let e = pos;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== 44) return false;
  let commas = 0;
  for (let i = e - 2; i >= 0 && i >= e - 160; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 59 || ch === 58 || ch === 46 || ch === 40 || ch === 41) return false;
    if (ch !== 44) continue;
    if (++commas > 5) return false;
    if (!LIST_APPOSITIVE_OPENER.has(nextWord(text, i + 1))) continue;
    // The subject: the words before this comma, from the start of the sentence.
    if (text.lastIndexOf(',', i - 1) >= 0 || wordsBetween(text, 0, i) > 6) return false;
    return !NOT_A_SUBJECT.test(nextWord(text, 0));
  }
  return false;
}

/** 'more than six', 'fewer than a dozen': a quantity, not a comparison. */
const NUMBER_WORD = /^(?:half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|a|an|several|once|twice)$/;
const CAUSATIVE = new Set(['put', 'puts', 'putting', 'place', 'places', 'placed', 'placing']);

/** A causative verb ('put', 'place') before pos with its object between ('puts older adults at risk'). */
function causativeBefore(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 5; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (CAUSATIVE.has(w)) return hops > 0;
    at = b[0];
  }
  return false;
}

/** Where to look back from for the word before pos: before a parenthetical that ends right before it, else pos. */
function beforeParenthetical(text: string, pos: number): number {
  let e = pos;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== 41) return pos;
  for (let i = e - 2; i >= 0 && i >= e - 120; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 41) return pos;
    if (ch === 40) return i;
  }
  return pos;
}

/** The character code of the last non-space character before pos, or -1. */
function previousNonSpace(text: string, pos: number): number {
  let e = pos;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > 0 ? text.charCodeAt(e - 1) : -1;
}

/** A change verb's past form that opens a measure phrase ('reduced mortality', 'increased levels'). */
const CHANGED_MEASURE = /^(?:reduced|increased|decreased|lowered|raised|elevated)\s/;

/** The past form opening the correlational phrase at cue k reads as a finite verb with its object (see readRelation). */
function changedMeasureVerb(text: string, cues: Cue[], k: number, lex: ClaimLexicon, scan: ScanState): boolean {
  const c = cues[k];
  // 'increased risk' is the epidemiologist's compound noun (an excess risk: 'indicate markedly increased risk', 'a minor
  // increased risk', 'have elevated risk'); the verb takes risk with a determiner ('increased the risk of').
  if ((text.charCodeAt(c.end - 1) | 32) === 107) return false;
  const first = text.charCodeAt(c.start) | 32;
  if (first !== 114 && first !== 105 && first !== 100 && first !== 108 && first !== 101) return false; // r, i, d, l, e
  const m = CHANGED_MEASURE.exec(text.slice(c.start, c.start + 10).toLowerCase());
  if (!m) return false;
  const end = c.start + m[0].length - 1;
  const verb = lex.verbs.get(text.slice(c.start, end).toLowerCase());
  if (!verb || verb.form !== 'ed') return false;
  cues[k] = { kind: K.verb, start: c.start, end };
  try {
    return readVerb(text, cues, k, verb, scan) === 'causal';
  } finally {
    cues[k] = c;
  }
}

/** The last non-space character before pos, after skipping -ly adverbs ('..., dramatically reduced'), is a comma. */
function commaBefore(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    if (previousNonSpace(text, at) === 44) return true;
    const b = prevWordBounds(text, at);
    if (!b || !looksLikeAdverb(text.slice(b[0], b[1]).toLowerCase())) return false;
    at = b[0];
  }
  return false;
}

/** The verb inside an absolute term ('completely cures' -> 'cures'), as a cue of its own. */
function verbInside(text: string, c: Cue, lex: ClaimLexicon): { cue: Cue; verb: VerbForm } | null {
  const words = [...text.slice(c.start, c.end).matchAll(/[A-Za-z][\w'-]*/g)];
  for (let i = 0; i < words.length; i++) {
    for (const len of [3, 2, 1]) {
      if (i + len > words.length) continue;
      const first = words[i];
      const last = words[i + len - 1];
      const key = text.slice(c.start + first.index!, c.start + last.index! + last[0].length).replace(/\s+/g, ' ').toLowerCase();
      const verb = lex.verbs.get(key);
      if (verb) return { cue: { kind: K.verb, start: c.start + first.index!, end: c.start + last.index! + last[0].length }, verb };
    }
  }
  return null;
}

/** A word ending in "-ly" longer than three letters ('significantly', 'highly'; not 'fly'): skipped as an adverb in look-backs. */
function looksLikeAdverb(w: string): boolean {
  return w.length > 3 && w.endsWith('ly');
}

/** A verb right after a relative pronoun ('a disease that causes pain', 'drugs which can prevent'). */
function inRelativeClause(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (w === 'which' || w === 'that' || w === 'who') return true;
    if (looksLikeAdverb(w) || SKIPPABLE.has(w) || MODAL_AUX.has(w)) {
      at = b[0];
      continue;
    }
    return false;
  }
  return false;
}

/** The auxiliary before a verb, skipping adverbs and 'not' ('was significantly reduced' -> 'was'). */
function auxiliaryBefore(text: string, pos: number): string {
  let at = pos;
  for (let hops = 0; hops < 3; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return '';
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (looksLikeAdverb(w) || SKIPPABLE.has(w)) {
      at = b[0];
      continue;
    }
    return w;
  }
  return '';
}

/** Predicated after a copula: 'is effective', 'may be highly protective', 'is an effective way', 'are the most beneficial'. */
function afterCopula(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 5; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (COPULAS.has(w)) return true;
    if (looksLikeAdverb(w) || SKIPPABLE.has(w) || PREDICATE_FILLER.has(w)) {
      at = b[0];
      continue;
    }
    return false;
  }
  return false;
}

/** Adjectives of necessity before to/for/in (lexicon: causalAdjectives), and their first letters: c, e, p, i, f, v. */
const NECESSITY = /^(?:critical|crucial|essential|pivotal|instrumental|indispensable|central|fundamental|vital)\s+(?:to|for|in)$/;
const NECESSITY_FIRST = new Set([99, 101, 112, 105, 102, 118]);

/** A cue ending in 'to' before a bare infinitive: the next word is neither an -ing form nor a determiner ('central to preventing', 'key to the'). */
function infinitiveTo(text: string, end: number): boolean {
  if ((text.charCodeAt(end - 1) | 32) !== 111) return false;
  const w = nextWord(text, end);
  return !w.endsWith('ing') && !ARTICLES.has(w);
}

/** The copula before pos has the dummy subject 'it' ('it is essential to', 'It was also crucial for'). */
function extraposedIt(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 5; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (w === "it's") return true;
    if (COPULAS.has(w)) return prevWord(text, b[0]) === 'it' || (MODAL_AUX.has(prevWord(text, b[0])) && prevWord(text, prevWordBounds(text, b[0])![0]) === 'it');
    if (looksLikeAdverb(w) || SKIPPABLE.has(w) || PREDICATE_FILLER.has(w)) {
      at = b[0];
      continue;
    }
    return false;
  }
  return false;
}

/** 'at the' right before pos ('at the root of'). */
function atTheBefore(text: string, pos: number): boolean {
  const the = prevWordBounds(text, pos);
  if (!the || text.slice(the[0], the[1]).toLowerCase() !== 'the') return false;
  const at = prevWordBounds(text, the[0]);
  return !!at && text.slice(at[0], at[1]).toLowerCase() === 'at';
}

/** Verbs that take a predicate nominal like a copula ('is considered a marker', 'represents a risk factor', 'serve as'). */
const NOMINAL_LINK = new Set(['considered', 'represent', 'represents', 'represented', 'constitute', 'constitutes', 'constituted', 'serve', 'serves', 'served', 'regarded']);

/**
 * A noun starting at `pos` is a predicate nominal: within four words after a copula or a linking verb, across its
 * determiner and modifiers ('are important predictors', 'is a strong independent marker', 'serves as a marker').
 */
function predicateNominal(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (COPULAS.has(w) || NOMINAL_LINK.has(w)) return true;
    if (w === 'as' && hops < 3) {
      at = b[0];
      continue;
    }
    if (PREPOSITIONS.has(w) || HAVING.has(w) || MODAL_AUX.has(w) || w === 'and' || w === 'or' || w === 'that' || w === 'which') return false;
    at = b[0];
  }
  return false;
}

/** Change nouns with their preposition ('reductions in', 'an increase of', 'a 10 percent drop in'). */
const CHANGE_NOUN = /^(?:reductions?|improvements?|increases?|decreases?|declines?|drops?|rises?|falls?|alterations?|changes?|elevations?)\s+(?:in|of)$/;
/** The text before `end` ends with the word 'in' or 'of' (a cheap test before the cue text is built). */
function endsWithInOrOf(text: string, end: number): boolean {
  const a = text.charCodeAt(end - 2) | 32;
  const b = text.charCodeAt(end - 1) | 32;
  return isSpaceCode(text.charCodeAt(end - 3)) && ((a === 105 && b === 110) || (a === 111 && b === 102));
}

/** The text before `end` ends with the word 'of'. */
function endsWithOf(text: string, end: number): boolean {
  return isSpaceCode(text.charCodeAt(end - 3)) && (text.charCodeAt(end - 2) | 32) === 111 && (text.charCodeAt(end - 1) | 32) === 102;
}

/** Verbs of producing: their object is what the subject brings about ('produce', 'yield', 'cause', 'induce', 'bring'). */
const PRODUCING = /^(?:produc(?:e|es|ed|ing)|yield(?:s|ed|ing)?|generat(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|caus(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|elicit(?:s|ed|ing)?|bring|brings|brought|bringing)$/;

/**
 * A verb of producing within four words before `pos`, across its object's determiner and modifiers ('yields a 10
 * percent', 'would produce substantial'); not an infinitive of purpose ('to produce a reduction in').
 */
function producedBy(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]).toLowerCase();
    if (PRODUCING.test(w)) return prevWord(text, b[0]) !== 'to';
    if (PREPOSITIONS.has(w) || COPULAS.has(w) || HAVING.has(w) || AUX_BE.has(w) || w === 'and' || w === 'or' || w === 'that' || w === 'which') return false;
    at = b[0];
  }
  return false;
}

/** Where the verb of having or showing before a noun starts ('had no effect', 'find benefit'), or -1. */
function verbOfHavingBefore(text: string, pos: number): number {
  let at = pos;
  for (let hops = 0; hops < 5; hops++) {
    const b = prevWordBounds(text, at);
    if (!b) return -1;
    if (HAVING.has(text.slice(b[0], b[1]).toLowerCase())) return b[0];
    at = b[0];
  }
  return -1;
}

function healthObjectAfter(cues: Cue[], k: number, text?: string): boolean {
  const c = cues[k];
  for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 80; j++) {
    const o = cues[j];
    if (o.kind === COMMA && text !== undefined && adjectiveComma(text, c.end, o, cues[j + 1])) continue; // round 8 (A)
    if (o.kind === BOUNDARY || o.kind === COMMA) return false;
    if (HEALTH_KINDS.has(o.kind) && o.kind !== K.side) return true;
  }
  return false;
}

/** A health outcome after a ranking adjective (see ALTERNATIVES), not the study arm it is ranked against ('a control condition'). */
function rankedOutcomeAfter(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 80; j++) {
    const o = cues[j];
    if (o.kind === BOUNDARY || o.kind === COMMA) return false;
    if (HEALTH_KINDS.has(o.kind) && o.kind !== K.side && prevWord(text, o.start) !== 'control') return true;
  }
  return false;
}

/**
 * Round 10 (C): 'eases that nagging ache', 'calms those racing thoughts': after a verb whose plural noun is rare (ease,
 * calm, heal, soothe …), 'that' or 'those' is the familiar demonstrative of blog prose before the object, not a relative
 * pronoun after a plural noun; a health outcome within the next four words confirms it.
 */
function demonstrativeHealthObject(text: string, cues: Cue[], k: number, head: string, next: string): boolean {
  if ((next !== 'that' && next !== 'those') || !RARE_PLURAL_NOUN.has(head)) return false;
  const c = cues[k];
  const limit = nextWordEnd(text, c.end) + 40;
  for (let j = k + 1; j < cues.length && cues[j].start <= limit; j++) {
    const o = cues[j];
    if (o.kind < 0) return false;
    if (HEALTH_KINDS.has(o.kind) && o.kind !== K.side) return wordsBetween(text, c.end, o.start) <= 4;
  }
  return false;
}

/** A headline or title: no sentence-final punctuation (copulas are often dropped: 'Obesity linked to dementia'). */
function isHeadline(text: string): boolean {
  return !/[.!?:]["'\u201d\u2019)\]*]*\s*$/.test(text);
}

/** isHeadline for the sentence being classified, computed once per sentence. */
function sentenceIsHeadline(text: string): boolean {
  if (facts.headline < 0) facts.headline = isHeadline(text) ? 1 : 0;
  return facts.headline === 1;
}

/** A capitalised word preceded by another capitalised word, in a sentence that is not in title case: part of a name. */
function isInsideName(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (!(c >= 65 && c <= 90) || pos === 0) return false;
  const b = prevWordBounds(text, pos);
  if (!b) return false;
  const p = text.charCodeAt(b[0]);
  if (!(p >= 65 && p <= 90) && text.slice(b[0], b[1]) !== 'of' && text.slice(b[0], b[1]) !== 'for') return false;
  // Title case ('How LDN Reduces Inflammation'): most words capitalised (counted once per sentence).
  if (facts.titleCase < 0) {
    let words = 0;
    let caps = 0;
    for (const m of text.matchAll(/[A-Za-z][\w'-]*/g)) {
      words++;
      if (m[0].charCodeAt(0) <= 90) caps++;
    }
    facts.titleCase = caps / Math.max(1, words) < 0.6 ? 0 : 1;
  }
  return facts.titleCase === 0;
}

/** A hedge governing cue k: in its clause, before it, at most five words away, with no comma, reporting verb or other verb between. */
function hedgeBefore(text: string, cues: Cue[], k: number, _clause: ArrayLike<number>): Cue | null {
  // Only hedges, correlational and reporting words and verbs matter in the look-back (facts.hedgeStop links them),
  // and it never crosses a comma or a clause boundary (facts.hedgeStop is per segment).
  const c = cues[k];
  let j = facts.hedgeStop[k];
  while (j >= 0) {
    const h = cues[j];
    if (h.kind === K.hedge || h.kind === K.population) return h.end >= wordWindowStart(text, c.start, 5) ? h : null; // at most five words before
    if (h.kind === K.verb && j === k - 1) {
      j = facts.hedgeStop[j];
      continue;
    }
    return null;
  }
  return null;
}

function negatedBefore(text: string, cues: Cue[], k: number, _clause: ArrayLike<number>): boolean {
  // The nearest negation in the segment (same clause, no comma between), at most six words before.
  const j = facts.segNeg[k];
  return (j >= 0 && cues[j].end >= wordWindowStart(text, cues[k].start, 6)) || negatedAcrossAppositive(text, cues, k);
}

/** A sentence opening with a negated subject: 'No', 'Not one', 'Neither', 'None of the', then at most four words. */
const NEGATED_SUBJECT = /^\s*["'\u201c*_]*(?:no|not\s+one|not\s+a\s+single|neither|none\s+of\s+(?:the|these|our|those))\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*$/i;
/** A negation of the appositive's own ('no needles'); 'natural or not' offers an alternative and negates nothing. */
const APPOSITIVE_NEGATION = /\b(?:no|never|none|nothing)\b|n['\u2019]t\b|(?<!\bor\s)\bnot\b/i;

/**
 * Round 12 (lead): a negated subject with an appositive set off by commas ('No hearing aid, prescribed or bought online,
 * restores hearing'; 'No supplement, however expensive, reverses arthritis'): the negation governs the verb after the
 * appositive, though a comma stands between them. An appositive with a negation of its own ('No fuss, no needles, the
 * cream clears eczema') is a list, and the verb after it is not negated.
 */
function negatedAcrossAppositive(text: string, cues: Cue[], k: number): boolean {
  let e = cues[k].start;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e < 2 || text.charCodeAt(e - 1) !== 44) return false;
  const open = text.lastIndexOf(',', e - 2);
  if (open < 0) return false;
  const appositive = text.slice(open + 1, e - 1);
  if (wordsBetween(text, open + 1, e - 1) > 6 || /[;:.!?()]/.test(appositive) || APPOSITIVE_NEGATION.test(appositive)) return false;
  return NEGATED_SUBJECT.test(text.slice(0, open));
}

/**
 * An open question, an aim or advice before the relation in its segment (up to a comma) takes it out of the claim.
 * An aim ('designed to help …', 'to test …') covers its infinitive clause only: a finite verb after it is the sentence's
 * own predicate ('A checklist designed to help doctors … reduced clots').
 */
function framedOut(text: string, cues: Cue[], k: number, segment: ArrayLike<number>, clause: ArrayLike<number>, rel: Relation): boolean {
  const finite = rel.verb !== null && (rel.verb.form === 's' || rel.verb.form === 'ed') && !rel.weak;
  const flags = facts.flags[k];
  // A named relation followed by a research-topic predicate: 'the effect of X on Y requires further study'.
  if (rel.weak && !rel.verb && flags & F_TOPIC_AFTER) return true;
  // Advice or an open question earlier in the segment; a finite verb escapes a plain aim frame ('designed to help').
  if (flags & F_ADVICE) return true;
  return (flags & (finite ? F_UNCERTAIN_NOT_AIM : F_UNCERTAIN)) !== 0;
}

/**
 * A hedging modal before a verb the lexicons do not list, with a health outcome as its object in the same clause
 * ('apples may keep strokes away', 'coughing may signal trouble'): a hedged causal relation.
 */
function modalPredicate(text: string, cues: Cue[], clause: ArrayLike<number>): Relation | null {
  for (let k = 0; k < cues.length; k++) {
    const h = cues[k];
    if (h.kind !== K.hedge || !/^(?:may|might|could)$/i.test(text.slice(h.start, h.end))) continue;
    const vEnd = nextWordEnd(text, h.end);
    const verb = text.slice(h.end, vEnd).trim().toLowerCase();
    if (!/^[a-z]{3,}$/.test(verb) || /^(?:be|have|not|also|still|only|even|well|need|want|wish|like|choose|decide|prefer|ask|try|seem|appear|become|remain|use|get|take|give|go|come|see|look|find|show|suggest|include|involve|require|depend|differ|vary|exist|occur|happen|arise|emerge|develop|experience|face|receive|undergo|benefit)$/.test(verb)) continue;
    if (k + 1 < cues.length && cues[k + 1].start < vEnd) continue; // the verb is a cue of its own
    for (let j = k + 1; j < cues.length && clause[j] === clause[k] && cues[j].start <= vEnd + 60; j++) {
      const o = cues[j];
      if (o.kind === COMMA || RELATION_KINDS.has(o.kind)) break;
      if (HEALTH_KINDS.has(o.kind)) {
        const cue: Cue = { kind: K.verb, start: vEnd - verb.length, end: vEnd };
        return { cue, index: k, type: 'causal', weak: false, verb: null, hedge: h, modalStart: h.start, negated: false, clause: clause[k], relative: false };
      }
    }
  }
  return null;
}

/** Adjectives that state a risk's size or presence ('is low', 'was comparable', 'remained higher'). */
const RISK_SIZE = new Set(['low', 'lower', 'small', 'smaller', 'high', 'higher', 'minimal', 'negligible', 'substantial', 'significant', 'considerable', 'modest', 'comparable', 'similar', 'present', 'elevated', 'increased', 'greater', 'raised', 'tiny', 'slight', 'real']);
const RISK_COPULA = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'appears', 'appeared', 'seems', 'seemed']);
const DEGREE = new Set(['very', 'quite', 'relatively', 'extremely', 'still', 'also', 'generally', 'overall', 'not', 'only', 'too', 'fairly', 'rather']);

/**
 * A risk noun as the subject of a predicate of size ('the risk is low', 'the overall risk of severe problems is small',
 * 'the risk of failure was comparable to'): a statement about the risk an exposure or a group carries, correlational.
 * The copula follows within twelve words of the noun in its clause, with no comma before it; only degree adverbs between
 * the copula and the adjective.
 */
function riskMagnitude(text: string, cues: Cue[], clause: ArrayLike<number>): Relation | null {
  if ((sentenceGates(text) & SG_RISK) === 0) return null; // 'risk' or 'Risk'
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    if (c.kind !== K.bad) continue;
    const w = text.slice(c.start, c.end).toLowerCase();
    if (w !== 'risk' && w !== 'risks') continue;
    let at = c.end;
    for (let hops = 0; hops < 12; hops++) {
      const end = nextWordEnd(text, at);
      const word = text.slice(at, end).trim().toLowerCase();
      if (word === '' || /[,;:.]/.test(text.slice(at, end))) break;
      at = end;
      if (!RISK_COPULA.has(word)) continue;
      let adj = nextWord(text, at);
      let adjEnd = nextWordEnd(text, at);
      while (DEGREE.has(adj) || looksLikeAdverb(adj)) {
        at = adjEnd;
        adj = nextWord(text, at);
        adjEnd = nextWordEnd(text, at);
      }
      if (!RISK_SIZE.has(adj)) break;
      const cue: Cue = { kind: K.correlational, start: adjEnd - adj.length, end: adjEnd };
      return { cue, index: k, type: 'corr', weak: false, verb: null, hedge: null, modalStart: cue.start, negated: false, clause: clause[k], relative: false };
    }
  }
  return null;
}

/** After the noun 'cause' (ending at `end`), optionally 'for' or 'of', a word of concern: the idiom 'a cause for concern'. */
function causeForConcern(text: string, end: number): boolean {
  let at = end;
  let w = nextWord(text, at);
  if (w === 'for' || w === 'of') {
    at = nextWordEnd(text, at);
    w = nextWord(text, at);
  }
  return CONCERN_NOUN.test(w);
}
const CONCERN_NOUN = /^(?:concern|concerns|alarm|worry|celebration|optimism|hope)$/;

/** Nouns of understanding and of the research process (see knowledgeObject); not knowledge or awareness, which education changes. */
const KNOWLEDGE_NOUN = /^(?:understanding|insights?|establishment|design|planning|research|investigations?|interpretation|utili[sz]ation)$/;
/** Modifiers skipped before such a noun ('our', 'a better', 'further'). */
const KNOWLEDGE_MODIFIER = /^(?:the|a|an|our|their|its|this|these|further|better|greater|new|deeper|current|future|clinical|scientific|public)$/;

/** The object after a verb ending at `end` is a noun of knowledge or research ('facilitates better understanding of'). */
function knowledgeObject(text: string, end: number): boolean {
  let at = end;
  for (let hops = 0; hops < 3; hops++) {
    const w = nextWord(text, at);
    if (KNOWLEDGE_NOUN.test(w)) return true;
    if (!KNOWLEDGE_MODIFIER.test(w)) return false;
    at = nextWordEnd(text, at);
  }
  return false;
}

/**
 * Verbs besides OBSERVING after which a change participle is an adjective ('identified increased markers'); verbs of
 * indication take a noun phrase as their object too ('probably reflects reduced enzyme activity', 'may signal raised
 * pressure'): the sign of a difference, not an act of reducing.
 */
const OBSERVED_DIFFERENCE = new Set(['identified', 'identify', 'identifies', 'detected', 'noted', 'face', 'faced', 'faces', 'facing', 'reflect', 'reflects', 'reflected', 'reflecting', 'indicate', 'indicates', 'indicated', 'indicating', 'mirror', 'mirrors', 'mirrored', 'signal', 'signals', 'signalled', 'signaled']);
/** Lemmas of change verbs whose -ing form before a bare noun is an adjective ('rising costs', 'worsening symptoms'). */
const INTRANSITIVE_ING = /^(?:rise|grow|decline|fall|worsen|deteriorate)$/;
/** Utility adjectives at the start of a cue ('useful', 'useful for', 'helpful', 'valuable in'). */
const UTILITY_WORD = /^(?:useful|helpful|valuable)\b/;
/** First letters of UTILITY_WORD, lower case (a cheap test before the cue text is built). */
const UTILITY_FIRST = new Set([117, 104, 118]);
/** Nouns of a task of knowing or deciding ('detection', 'risk assessment', 'differentiation', 'counselling'). */
const COGNITIVE_NOUN = /^(?:detection|identification|diagnosis|diagnoses|prediction|assessment|assessments|differentiation|distinction|discrimination|screening|stratification|selection|monitoring|evaluation|counseling|counselling|estimation|decision|decisions|decision-making|planning|understanding|interpretation|classification|triage|prognostication|staging)$/;
/** Words skipped before the task: prepositions, determiners and modifiers ('for the early', 'in future risk'). */
const TASK_MODIFIER = /^(?:in|for|to|with|the|a|an|early|earlier|future|better|more|accurate|timely|rapid|clinical|risk|treatment|patient|individual|personalized|personalised)$/;

/** A task of knowing or deciding named within four words after `pos` ('in differentiation', 'for the early detection'). */
function cognitiveTaskAfter(text: string, pos: number): boolean {
  let at = pos;
  for (let hops = 0; hops < 4; hops++) {
    const end = nextWordEnd(text, at);
    const w = nextWord(text, at);
    if (w === '') return false;
    if (COGNITIVE.test(w) || COGNITIVE_NOUN.test(w)) return true;
    if (!TASK_MODIFIER.test(w) && !ADJECTIVE_SHAPED.test(w)) return false;
    at = end;
  }
  return false;
}

/** Adjectives that classify care by its purpose (see readRelation); only predicated ('is preventive') do they state an effect. */
const CLASSIFYING_ADJECTIVE = /^(?:therapeutic|preventive|preventative|curative|restorative|prophylactic)$/i;
const UTILITY_ADJECTIVE = /^(?:useful|helpful|valuable)$/;
const INSTRUMENT_NOUN = /^(?:tools?|methods?|markers?|biomarkers?|tests?|measures?|measurements?|instruments?|pointers?|indicators?|predictors?|adjuncts?|resources?|guides?|parameters?|index|indices|approach|approaches|techniques?|screening|modality|modalities|variables?|scores?|signs?|clues?|means|way|ways|information|data|tests?)$/;

/** Deontic and need frames: the sentence recommends or calls for something rather than reporting a finding. */
const CALL_FOR_ACTION = /\b(?:(?:is|are|was|were|be|remain|remains)\s+(?:still\s+|urgently\s+|clearly\s+|therefore\s+|also\s+)?(?:needed|warranted|required|necessary|recommended|indicated)|should|must|need\s+to|needs\s+to|(?:a|an)\s+(?:clear\s+|urgent\s+|pressing\s+|great\s+)?need\s+(?:for|to)|calls?\s+for|further\s+(?:research|studies|study|investigation|investigations|work|trials|evaluation)|future\s+(?:research|studies|study|trials|work|investigations))\b/gi;

/**
 * A call for research or action (CALL_FOR_ACTION) in the clause of relation `rel`, not in a coordinated clause after
 * it ('X was more common, and clinicians should …').
 */
function callForActionIn(text: string, cues: Cue[], clause: ArrayLike<number>, rel: Relation): boolean {
  CALL_FOR_ACTION.lastIndex = 0;
  let k = 0;
  let current = 0;
  for (let m = CALL_FOR_ACTION.exec(text); m; m = CALL_FOR_ACTION.exec(text)) {
    // The clause of the match: that of the last cue that starts before it (cues and matches are in text order).
    while (k < cues.length && cues[k].start <= m.index) current = clause[k++];
    if (current > rel.clause) return false;
    if (current < rel.clause) continue;
    return m.index < rel.cue.start || !COORDINATED_CLAUSE.test(text.slice(rel.cue.end, m.index));
  }
  return false;
}
const COORDINATED_CLAUSE = /,\s*(?:and|but|so|yet|or|while|whereas)\s/i;

/** The attribution cue c is (also) matched by a pattern from claims.attributions. */
function isUserAttribution(text: string, c: Cue, lex: ClaimLexicon): boolean {
  const re = lex.userAttribution;
  if (!re) return false;
  re.lastIndex = c.start;
  const m = re.exec(text);
  return !!m && c.start + m[0].length === c.end;
}

// ---------------------------------------------------------------- reported content (round 4)

/**
 * Appeals to what everybody knows or to a popular belief ('everyone knows', 'we all know', 'as any physio will tell
 * you', 'it is no secret that', 'many parents are convinced'): vague only about health, and only with a clause after
 * them ('everyone knows someone with diabetes' knows a person).
 */
const POPULAR_APPEAL = /^(?:as\s+)?(?:everyone|everybody|we\s+all|(?:any|every)\s|it\s+is\s+(?:common|no\s)|it.s\s+(?:common|no\s)|it\s+goes|common\s+sense)|\s(?:people|parents|mums|moms|mothers|dads|fathers|women|men|athletes|runners|cyclists|lifters|gym-goers|bodybuilders|teenagers|adults|families)\s/i;
/**
 * Round 5: a quantified group of people named by what they take or use reports an outcome ('Many acupuncture patients
 * report that', 'Most people who take magnesium say'): an unnamed source like a popular appeal, vague only about health.
 */
const GROUP_REPORT = /\s(?:users|patients|clients|customers|takers|dieters|fans|devotees|sufferers|converts|who)\s/i;
let reportedState: RegExp | null = null;
/** A possessive and a state or symptom of claims-reported.json after pos ('their cycles become more regular', 'their periods got lighter'). */
function reportedStateAfter(text: string, pos: number): boolean {
  reportedState ??= new RegExp(`\\b(?:their|his|her|my|our|your)\\s+(?:[a-z-]+\\s+)?(?:${alternation(reportedData.positiveStates)}|${alternation(reportedData.symptoms)})(?![a-z-])`, 'i');
  return reportedState.test(text.slice(pos, pos + 80));
}
/** Words after 'everyone knows' that do not open a clause. */
const KNOWN_NOT_CLAUSE = /^(?:someone|somebody|anyone|anybody|everyone|people|how|what|when|where|why|who|whom|which|whether|it|them|him|her|me|you|us|about|of|in|better)$/;

/**
 * An attribution (cue k) credits an unnamed source with a health assertion: an efficacy claim or a relation, or any
 * health outcome, body part, condition or side effect after it ('research shows that screens wreck your sleep',
 * 'researchers found that one in three teenagers has acne'); an appeal to consensus or belief is vague whatever follows,
 * except a popular appeal (POPULAR_APPEAL), which needs a health assertion and a clause.
 */
let lastHealthOf: Cue[] | null = null;
let lastHealth = -1;
function attributedAssertion(text: string, cues: Cue[], k: number, appeal: boolean, result: ClaimClassification): boolean {
  const c = cues[k];
  // The last health cue of the sentence, found once per sentence (a sentence may hold many attributions).
  if (lastHealthOf !== cues) {
    lastHealthOf = cues;
    lastHealth = -1;
    for (let j = cues.length - 1; j >= 0; j--) if (HEALTH_KINDS.has(cues[j].kind)) {
      lastHealth = j;
      break;
    }
  }
  // Round 12 (lead): 'what the research says about sleep', 'here is what experts say about vitamin D': a verb of saying
  // with 'about' and a topic reports what a source is about, not what it asserts ('Studies say about half of …' approximates).
  if (nextWord(text, c.end) === 'about' && SAYS_VERB.test(text.slice(c.start, c.end)) && !APPROXIMATE_AFTER_ABOUT.test(text.slice(nextWordEnd(text, c.end), c.end + 40))) return false;
  const health = result.claim || result.strength !== 'none' || lastHealth > k || round15CDeficiency(text, cues, k); // round 15 (C): 'running low on magnesium'
  // 'Many coaches believe in rest days': a practice endorsed, vague only about health.
  if (appeal && R15C_ADVISING.test(text.slice(c.start, c.end))) return true; // round 15 (C): 'tell their patients to try' is advice, not a report of the patients
  if (GROUP_REPORT.test(text.slice(c.start, c.end))) return (result.claim || lastHealth > k || reportedStateAfter(text, c.end)) && !KNOWN_NOT_CLAUSE.test(nextWord(text, c.end));
  if (!POPULAR_APPEAL.test(text.slice(c.start, c.end))) return (appeal && nextWord(text, c.end) !== 'in') || health;
  return health && !KNOWN_NOT_CLAUSE.test(nextWord(text, c.end));
}

/** A passive of finding ('has been shown / proven / found to') that introduces a relation ('It has been shown to lower the number of spots'). */
/** Round 12 (lead): an attribution ending in a verb of saying, which may take 'about' and a topic. */
const SAYS_VERB = /\b(?:say|says|said|tell|tells|told|write|writes|wrote|think|thinks|thought)$/i;
/** 'about' as an approximation: before a number, a fraction or 'a third of'. */
const APPROXIMATE_AFTER_ABOUT = /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|half|a\s+(?:third|quarter|fifth|tenth|dozen))\b)/i;

function passiveFindingOfEffect(verb: string, result: ClaimClassification): boolean {
  return /^(?:shown|proven|proved|demonstrated|found)$/i.test(verb) && result.strength !== 'none';
}

const BELIEF_WORD = /\b(?:believes?|believed|beliefs?|notion|think|thinks|thought|assumes?|assumed|convinced|swears?|insists?|imagines?|heard|told)\b/i;
const BUT_NOT = /\bbut\s+(?:it|they|this|that|these|those|he|she|we|the\s+[a-z-]+)\s+(?:(?:do|does|did|is|are|was|were|has|have|can|will|would)(?:\s+not|n.t)|cannot|(?:is|are)\s+(?:a\s+myth|untrue|wrong|false|mistaken))\b/i;
/** Round 6: a rebuttal by the state of the evidence ('… but the evidence is weak', '… but there is little good evidence for it'). */
const BUT_WEAK_EVIDENCE = /\bbut\s+(?:(?:the|its|their)\s+)?(?:(?:scientific|clinical|actual)\s+)?(?:evidence|research|data|science|proof|studies|trials)(?:\s+(?:for|behind)\s+(?:it|this|that|them))?\s+(?:is|are|remains?|was|were)\s+(?:(?:very|still|rather|pretty|fairly|quite|far\s+from|too)\s+)?(?:weak|thin|limited|lacking|mixed|poor|scant|sparse|inconclusive|patchy|shaky|flimsy|missing|conflicting|unconvincing|small|few|tiny|preliminary|inconsistent|contradictory)\b|\bbut\s+there\s+(?:is|are)\s+(?:very\s+)?(?:little|no|not\s+much|scant|limited|weak|no\s+good)\s+(?:good\s+|solid\s+|real\s+|scientific\s+|reliable\s+)?(?:evidence|proof|research|data)\b/i;
/**
 * Round 14 (lead): a last clause that calls what came before false: 'but' or a semicolon, a pronoun for it, a copula and
 * a word of falsehood ending the sentence. A limitation is no refutation: 'but that is not true for everyone' goes on.
 */
const REFUTED_TAIL = /(?:\bbut|;)\s+(?:that|this|it|which)(?:['\u2019]s|\s+is|\s+was|\s+turns\s+out\s+to\s+be|\s+has\s+been\s+shown\s+to\s+be)\s+(?:(?:simply|just|completely|entirely|totally|absolutely|plainly|sadly|quite|utterly|also)\s+)?(?:a\s+(?:myth|misconception|falsehood|fallacy)|an?\s+(?:old\s+|popular\s+|common\s+|internet\s+)?(?:myth|misconception|wives['\u2019]\s+tale)|untrue|not\s+true|false|wrong|nonsense|rubbish|baseless|unfounded|incorrect|mistaken|not\s+the\s+case|misinformation)[\s.!"'\u201d\u2019)]*$/i;
/** Round 14 (lead): a last clause that finds no evidence for what came before ('but there is no good evidence for this'). */
const NO_EVIDENCE_FOR_IT = /\bbut\s+there\s+(?:is|was)\s+(?:no|little|not\s+a\s+shred\s+of)\s+(?:good\s+|real\s+|solid\s+|scientific\s+|reliable\s+)?(?:evidence|proof)\s+(?:for|of|behind|to\s+support|to\s+back\s+up)\s+(?:this|that|it|them|any\s+of\s+(?:this|that|it))[\s.!"'\u201d\u2019)]*$/i;
const WRONG_BELIEF = /\b(?:wrongly|mistakenly|falsely|incorrectly|erroneously)\s+(?:believe|think|assume|claim|say)/i;
/**
 * How the sentence rebuts a belief or hearsay it reports: 'corrected' ('… believe X cures Y, but it does not', 'wrongly
 * believe'), or, round 6, 'doubted' by the state of the evidence ('You may have heard that X stops Y, but the evidence is
 * weak'): the writer asserts neither. Unlike a correction, a doubt leaves the appeal itself vague ('Many physiotherapists
 * believe that it improves balance, but the evidence is mixed' still credits unnamed experts). null: no rebuttal.
 */
function beliefRebuttal(text: string): 'corrected' | 'doubted' | null {
  // Every rebuttal needs 'but' or a '-ly' adverb before the verb of belief (looked up first: most claims have neither).
  const gates = sentenceGates(text);
  const but = (gates & SG_BUT) !== 0; // 'but'
  // Round 14 (lead): a claim the same sentence then calls false, whoever made it ('X cures Y, say some influencers,
  // but that's nonsense'; 'You may have read that X cures Y, but that is a myth'; '…; this is simply not true').
  if ((but || text.includes(';')) && REFUTED_TAIL.test(text)) return 'corrected';
  if (but && NO_EVIDENCE_FOR_IT.test(text)) return 'doubted'; // '…, but there is no evidence for this'
  if (!but && (gates & SG_BELIEVE) === 0) return null; // 'ly believe', 'ly think', 'ly assume'
  const b = BELIEF_WORD.exec(text);
  if (!b) return null;
  if (WRONG_BELIEF.test(text)) return 'corrected';
  const m = BUT_NOT.exec(text);
  if (m && m.index > b.index) return 'corrected';
  const d = but ? BUT_WEAK_EVIDENCE.exec(text) : null;
  return d && d.index > b.index ? 'doubted' : null;
}

/** Attributions that appeal to consensus, belief or authority rather than report a finding. */
const CONSENSUS = /\b(?:accepted|believed?|believes|known|know|recogni[sz]ed|agreed?|agrees|acknowledged|understood|thought|say|says|said|recommend(?:s|ed)?|claim(?:s|ed)?|clear|fact|backed)\b/i;

/** An attribution ending in a verb of association ('researchers link', 'studies have tied'). */
const ATTRIBUTED_LINK = /\b(?:link(?:s|ed)?|tie[sd]?|connect(?:s|ed)?|associate[sd]?)$/i;
/** A 'to' or 'with' later in the clause: the second argument of 'ties X to Y', 'connects X with Y'. */
const LINK_SECOND_ARGUMENT = /^[^.;:!?]*?\s(?:to|with)\s/i;

const AIM = /^(?:to\s|aims?\b|aimed|goal|purpose|objectives?|designed|intended|in\s+order|with\s+the\s+aim|set\s+out|sought|planned|hopes?\b|hoped)/i;

function predicateOf(text: string, rel: Relation): Predicate {
  const c = rel.cue;
  let start = rel.modalStart;
  // 'to' alone is not part of the predicate span.
  if (text.slice(start, c.start).trim().toLowerCase() === 'to') start = c.start;
  let modal: Span | null = null;
  if (start < c.start) {
    const m = /^\S+/.exec(text.slice(start, c.start));
    if (m) modal = { start, end: start + m[0].length, text: m[0] };
  }
  // The verb of a stated effect noun: 'find benefit', 'had no effect on'.
  if (rel.cue.kind === K.effectNoun && !rel.weak) {
    const v = verbOfHavingBefore(text, c.start);
    if (v >= 0 && wordsBetween(text, v, c.start) <= 3) start = v;
  }
  // Copula before an adjectival predicate: 'is effective', 'are highly beneficial', 'is an effective (way)'.
  if (!rel.verb && rel.type === 'causal' && rel.cue.kind === K.causalAdj) {
    let at = start;
    for (let hops = 0; hops < 4; hops++) {
      const pb = prevWordBounds(text, at);
      if (!pb) break;
      const w = text.slice(pb[0], pb[1]).toLowerCase();
      if (AUX_BE.has(w)) {
        start = pb[0];
        break;
      }
      if (!(looksLikeAdverb(w) || PREDICATE_FILLER.has(w) || w === 'not')) break;
      at = pb[0];
    }
  }
  return {
    start,
    end: c.end,
    text: text.slice(start, c.end),
    head: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
    lemma: rel.verb ? rel.verb.lemma : null,
    form: rel.verb ? rel.verb.form : 'other',
    modal,
  };
}

// ---------------------------------------------------------------- efficacy claims

interface ClaimFinding {
  rel: Relation | null;
  object: Cue | null;
  population: Cue | null;
  testimonial: boolean;
  reason: string | null;
  /** Round 7 (G): found by fallbackOutcome. */
  fallback?: boolean;
}

/**
 * What a predicate needs after it to state a benefit:
 * 'any'   a health outcome of either kind ('relieves pain', 'improves sleep', 'is effective for insomnia');
 * 'bad'   something people want less of ('reduces inflammation'); a good outcome makes it a harm;
 * 'good'  something people want more of ('raises energy'); a bad outcome makes it a harm;
 * 'chain' a benefit further on ('leads to better sleep', 'plays a role in reducing pain', 'associated with lower blood pressure').
 */
type Polarity = 'any' | 'bad' | 'good' | 'chain';

let predicatedMeans: RegExp | null = null;
/** Round 4: the causal-adjective cue c is one of claims-relations.json's predicatedMeans ('the safest option for'). */
function isPredicatedMeans(text: string, c: Cue): boolean {
  predicatedMeans ??= new RegExp(`(?:${alternation(relationsData.predicatedMeans.phrases)})${WORD_END}`, 'iy');
  predicatedMeans.lastIndex = c.start;
  const m = predicatedMeans.exec(text);
  return !!m && c.start + m[0].length === c.end;
}

let benefitIdiom: RegExp | null = null;
let benefitIdiomStarts: Set<string> | null = null;
let benefitIdiomBy: Map<string, RegExp> | null = null;
/** The testimonial-kind cue c is one of claims-context.json's benefitIdioms. */
function isBenefitIdiom(text: string, c: Cue): boolean {
  if (!benefitIdiom) {
    const phrases = [...contextData.benefitIdioms.phrases, ...contextData.outcomeIdioms.phrases, ...contextData.round6Idioms.phrases, ...contextData.round7Idioms.phrases, ...contextData.round8AIdioms.phrases, ...contextData.round12CIdioms.phrases, ...contextData.round13CIdioms.phrases, ...contextData.round14CIdioms.phrases, ...contextData.round15CIdioms.phrases];
    benefitIdiom = new RegExp(`(?:${alternation(phrases)})${WORD_END}`, 'iy');
    benefitIdiomStarts = threeLetterStarts(phrases);
    // One small regex per three-letter start, its phrases in their order (V8 tries every alternative of one big regex).
    if (benefitIdiomStarts) {
      const by = new Map<string, string[]>();
      for (const f of phrases) {
        for (const k of startKeys(fragmentSource(f))!) {
          const list = by.get(k.toLowerCase());
          if (list) list.push(f);
          else by.set(k.toLowerCase(), [f]);
        }
      }
      benefitIdiomBy = new Map([...by].map(([k, list]) => [k, new RegExp(`(?:${alternation(list)})${WORD_END}`, 'iy')]));
    }
  }
  // Most testimonial cues ('tell us', 'my pain is gone') start with three letters no idiom starts with.
  const re = benefitIdiomBy ? benefitIdiomBy.get(text.slice(c.start, c.start + 3).toLowerCase()) : benefitIdiom;
  if (!re) return false;
  re.lastIndex = c.start;
  const m = re.exec(text);
  return !!m && c.start + m[0].length === c.end;
}

/** 'Clients tell us that …': a frame whose complement carries the claim; alone it claims nothing. */
const TESTIMONIAL_FRAME = /\b(?:tell|told|say|said|report|reported|write|wrote|swear|rave)\b/i;

const POSITIVE_ADVERB = /\b(?:positively|favou?rably|beneficially)\s+$/i;
const POSITIVE_ADJECTIVE = /\b(?:beneficial|positive|protective|favou?rable|therapeutic|healing|calming|soothing|helpful)\s+$/i;
/** Effect verbs whose object is where the benefit is: 'works for pain', 'does wonders for sleep'. */
const BENEFIT_CHAIN = /^(?:work|act|do|make) /;
/** 'at lower risk', 'at reduced risk': a risk that is smaller. */
const LOWER_RISK = /^at\s+(?:a\s+|the\s+)?(?:low|lower|lowest|reduced|decreased|smaller|less)\s/;
/** Adjectives that make a good-outcome noun bad ('poor outcomes', 'adverse outcomes', 'worse survival'). */
const NEGATIVE_QUALIFIER = new Set(['poor', 'poorer', 'poorest', 'worse', 'worst', 'adverse', 'bad', 'unfavorable', 'unfavourable', 'negative', 'impaired', 'reduced', 'lower', 'decreased', 'shorter', 'less']);
/** A negative qualifier among the two words before pos ('poor outcomes', 'adverse pregnancy outcomes'). */
function negativelyQualified(text: string, pos: number): boolean {
  const b = prevWordBounds(text, pos);
  if (!b) return false;
  if (NEGATIVE_QUALIFIER.has(text.slice(b[0], b[1]).toLowerCase())) return true;
  return NEGATIVE_QUALIFIER.has(prevWord(text, b[0]));
}
const DOWNWARD = /^(?:lower|reduc|decreas|less|fewer|smaller|shorter|slower|reduction|declin|lessen|alleviat|reliev|prevent|eas|protect|cut|halv|drop)/;
const UPWARD = /^(?:higher|increas|greater|more|longer|elevat|rais|boost)/;
const BETTER = /^(?:better|improv|enhanc|healthier|stronger)/;

function polarityOf(text: string, c: Cue, rel: Relation): Polarity | null {
  if (rel.verb) {
    if (rel.weak && !rel.relative) return null; // participles and gerunds support the sentence's predicate, they are not it
    switch (rel.verb.cls) {
      case 'benefit':
      case 'user':
        return 'any';
      case 'decrease':
        return 'bad';
      case 'increase':
        return 'good';
      case 'effect':
        if (POSITIVE_ADVERB.test(text.slice(Math.max(0, c.start - 24), c.start))) return 'any'; // 'can positively impact'
        if (BENEFIT_CHAIN.test(rel.verb.lemma)) return 'any';
        return /^(?:lead|result|contribute|play|give|bring|translate|pave|make)\b/.test(rel.verb.lemma) ? 'chain' : null;
    }
  }
  const t = cueText(text, c);
  if (rel.weak) return null; // 'an effective treatment', 'the benefits of': named, not claimed
  switch (c.kind) {
    case K.causalAdj:
      return /^(?:ineffective|harmful|detrimental|inferior|worse|dangerous|toxic|unhealthy|risky)/.test(t) ? null : 'any';
    case K.effectNoun:
      if (/^(?:benefit|efficacy|effectiveness|protection|the key|advantage|relief)/.test(t)) return 'any'; // 'can provide short-term relief from pain'
      if (/role|contribut/.test(t)) return 'chain';
      return POSITIVE_ADJECTIVE.test(text.slice(Math.max(0, c.start - 24), c.start)) ? 'any' : null; // 'a beneficial effect on'
    case K.correlational:
      // 'at lower risk of stroke': less of something bad; 'at high risk of', 'at risk for': exposure to a harm.
      if (t.charCodeAt(0) === 97 && t.charCodeAt(1) === 116 && t.charCodeAt(2) === 32) return LOWER_RISK.test(t) ? 'bad' : null;
      return 'chain'; // 'X is associated with lower blood pressure'
    default:
      return null;
  }
}

/** The health outcome after relation k that makes it a benefit, true for a self-standing benefit ('LDN works'), or null. */
function benefitObject(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, rel: Relation): Cue | true | null {
  const c = cues[k];
  // 'Patients (may) benefit from LDN': after a subject or a modal, 'benefit from' is the verb (the lexicon reads it as
  // the noun first, as in 'the benefit from exercise'); with an intervention after 'from' it states a benefit by itself.
  if ((c.kind === K.effectNoun || c.kind === K.verb) && /^benefits?(?: from)?$/i.test(cueText(text, c)) && benefitFromIsVerb(text, c.start) && interventionAfterFrom(text, cues, k)) return true;
  // Round 10 (C): 'help them feel calmer', 'helped me feel less anxious': a person and a state of health after 'help'.
  if (rel.verb?.lemma === 'help' && HELP_FEEL.test(text.slice(c.end, c.end + 90)) && !careProviderSubject(text, rel.modalStart ?? c.start)) return true;
  const polarity = polarityOf(text, c, rel);
  if (!polarity) return null;
  if ((c.kind === K.causalAdj || c.kind === K.verb) && forTask(text, cues, k)) return null;
  // Round 4: 'oil and dead skin cells block a hair follicle and bacteria multiply': a verb of change whose direct object
  // is a body part only ('blocks a hair follicle') changes that part; a harm in the next clause is not its object.
  if ((polarity === 'bad' || polarity === 'good') && bodyOnlyObject(text, cues, k)) return null;
  const limit = c.end + 110;
  for (let j = k + 1; j < cues.length && cues[j].start <= limit; j++) {
    let o = cues[j];
    if (o.kind === BOUNDARY || o.kind === QUESTION) break;
    if (o.kind === K.verb || o.kind === K.comparative) o = outcomeShadowed(text, o);
    // 'lowers cortisol so that you sleep more deeply', 'builds up sleep pressure so you drop off faster': the benefit is in
    // a result clause of the predicate.
    if (o.kind === K.good && polarity !== 'any' && resultClauseBetween(text, c.end, o.start) && !negativelyQualified(text, o.start)) return o;
    if (polarity === 'chain') {
      // A good outcome ('leads to remission'), or a downward word before a bad one ('lower blood pressure'); a good
      // outcome qualified as bad ('poor outcomes', 'adverse outcomes') is a harm.
      if (o.kind === K.good) return negativelyQualified(text, o.start) ? null : o;
      if (o.kind === K.bad || o.kind === K.disease) return null; // 'leads to heart disease': a harm
      if (o.kind === K.verb || o.kind === K.comparative || o.kind === K.correlational) {
        const word = cueText(text, o);
        for (let m = j + 1; m < cues.length && cues[m].start <= o.end + 60; m++) {
          const t = cues[m];
          if (t.kind === BOUNDARY) break;
          if (DOWNWARD.test(word) && (t.kind === K.bad || t.kind === K.disease || t.kind === K.side)) return t;
          if ((UPWARD.test(word) && t.kind === K.good) || (BETTER.test(word) && HEALTH_KINDS.has(t.kind) && t.kind !== K.side)) return t;
          if (HEALTH_KINDS.has(t.kind)) break;
        }
        j++;
      }
      continue;
    }
    // Round 14 (lead): a pharmacological process between the verb and the first health word names a mechanism, not an
    // outcome ('Stimulants increase the activity of dopamine', 'SSRIs block the reuptake of serotonin').
    if ((HEALTH_KINDS.has(o.kind) || o.kind === K.intervention) && MECHANISM_OF.test(text.slice(c.end, o.start))) return null;
    // Round 13: 'act on' a part of the body or a hormone names where a drug acts, its mechanism ('Tirzepatide acts on two
    // gut hormones', 'Magnesium acts on the nervous system'); on a complaint it is a benefit ('acts on joint pain').
    if (polarity === 'any' && (o.kind === K.body || o.kind === K.intervention) && rel.verb?.lemma === 'act on' && !POSITIVE_ADVERB.test(text.slice(Math.max(0, c.start - 24), c.start))) return null;
    if (polarity === 'any' && HEALTH_KINDS.has(o.kind)) return o.kind === K.side && rel.verb?.cls !== 'benefit' ? null : o;
    if (o.kind === K.intervention && (polarity === 'any' || polarity === 'good') && hormoneObject(text, o)) return o; // round 7
    if (polarity === 'bad') {
      if (o.kind === K.bad || o.kind === K.disease || o.kind === K.side) return o;
      if (o.kind === K.good && lossOfGood(text, o)) return o; // round 8 (A): 'slows memory loss', 'vision loss'
      if (o.kind === K.good) return null; // 'reduces quality of life': a harm
    }
    if (polarity === 'good') {
      if (o.kind === K.good) return o;
      if ((o.kind === K.bad || o.kind === K.disease) && withoutBefore(text, o.start)) return o; // round 9 (C): 'lets you run without leaking'
      if (o.kind === K.bad || o.kind === K.disease) return null; // 'increases the risk of': a harm
    }
  }
  // Round 5: 'Period pain is greatly reduced by a short course of treatment': the outcome is the passive's subject.
  if (rel.verb && rel.verb.form === 'ed' && !rel.weak && polarity !== 'chain') {
    const subject = passiveHealthSubject(text, cues, k, rel.verb, polarity);
    if (subject) return subject;
  }
  if (rel.verb?.cls === 'user') return nextWord(text, c.end) ? true : null;
  if (polarity === 'any' && !rel.verb) {
    // 'Acupuncture is effective', 'LDN works': a benefit predicate about an intervention named before it.
    if (facts.flags[k] & F_INTERVENTION_BEFORE) return true;
  }
  return null;
}

/**
 * Round 10 (C): after 'help', a person (a pronoun, a group, 'your child', a noun in -ers such as 'runners'), an optional
 * 'to', a verb of being or feeling and a comparative of health or a state of health ('help them feel calmer and more in
 * charge', 'helps many people feel less bloated'). Not 'about' a task after it ('helps you feel more confident about
 * booking').
 */
const HELP_FEEL = /^\s+(?:you|them|him|her|me|us|people|patients|clients|children|kids|mums|women|men|everyone|(?:many|most|some|lots\s+of)\s+(?:people|patients|clients|women|men|mums|children|kids|of\s+us|of\s+them)|(?:your|their|our|my|his|her)\s+(?:child|children|kids?|baby|babies|toddlers?|teens?|son|daughter|patients|clients)|[a-z]{3,}(?:ers|ists))\s+(?:to\s+)?(?:feel|be|stay|get|become)\s+(?:(?:a\s+(?:lot|bit|little)|much|far|so\s+much|even|noticeably)\s+)?(?:calmer|happier|lighter|stronger|steadier|brighter|sharper|fresher|fitter|healthier|more\s+(?:relaxed|rested|settled|energetic|alert|focused|positive|comfortable|in\s+control|in\s+charge|balanced|resilient|grounded|at\s+ease)|less\s+(?:anxious|stressed|tired|sore|achy|bloated|tense|overwhelmed|irritable|frazzled|wound\s+up|on\s+edge|panicky|fearful|frightened|scared|nauseous|sick|queasy|stiff|foggy|groggy|at\s+the\s+mercy|breathless|wheezy|itchy|low|down|drained|exhausted))\b(?!\s+(?:about|with|using|when|that)\b)/i;

/** Round 9 (C): 'without' (and a quantifier) right before pos: an activity done free of a complaint ('lets you run without leaking'). */
const WITHOUT_BEFORE = /\bwithout\s+(?:any\s+|much\s+|the\s+|a\s+|so\s+much\s+|as\s+much\s+|further\s+)?$/i;
function withoutBefore(text: string, pos: number): boolean {
  const i = text.lastIndexOf('without', pos);
  return i >= 0 && pos - i <= 20 && WITHOUT_BEFORE.test(text.slice(i - 1 < 0 ? 0 : i - 1, pos));
}

/** Round 8 (A): a noun of loss or decline right after a good state ('memory loss', 'vision problems', 'muscle decline'). */
const LOSS_NOUN = /^(?:loss|losses|lapses|problems|decline|impairment|deterioration|difficulties)$/;
/** Round 8 (A): the good-state cue o is the first word of a compound that names its loss ('slows memory loss'). */
function lossOfGood(text: string, o: Cue): boolean {
  return text.charCodeAt(o.end) === 32 && LOSS_NOUN.test(nextWord(text, o.end));
}

/**
 * Round 5: an adjective of merit with 'for' and a gerund of a task ('good for tracking your symptoms', 'great for
 * explaining asthma to children'): the subject suits a task, it does not bring the outcome. A gerund that is itself a
 * relation ('great for easing back pain') still states one.
 */
const ING_NOUN = new Set(['morning', 'evening', 'spring', 'being', 'wellbeing', 'well-being', 'feeling', 'ageing', 'aging', 'hearing', 'healing', 'breathing', 'swelling', 'bleeding', 'itching', 'bloating', 'snoring', 'teething', 'vomiting', 'functioning', 'sleeping', 'everything', 'anything', 'something', 'nothing', 'anyone', 'training']);
function forTask(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  if (text.charCodeAt(c.end - 1) !== 114 || text.charCodeAt(c.end - 2) !== 111 || text.charCodeAt(c.end - 3) !== 102) return false; // '...for'
  const next = nextWord(text, c.end);
  if (next.length < 5 || !next.endsWith('ing') || ING_NOUN.has(next)) return false;
  const o = k + 1 < cues.length ? cues[k + 1] : null;
  return !(o && o.start <= c.end + 2 && (o.kind === K.verb || HEALTH_KINDS.has(o.kind)));
}

/** 'so (that) you', 'so your body': a result clause's opening (sticky, tried at a found 'so'). */
const RESULT_CLAUSE = /so\s+(?:that\s+)?(?:you|your|they|their|we|i|he|she|his|her|it|its|people|children|kids|the|our|my)\s/iy;

/** Round 4: a result clause ('so that you', 'so your') opens between from and to, after a space or a comma. */
function resultClauseBetween(text: string, from: number, to: number): boolean {
  const i = text.lastIndexOf('so ', to);
  if (i <= from || i + 3 > to) return false;
  const before = text.charCodeAt(i - 1);
  if (!isSpaceCode(before) && before !== 44) return false;
  RESULT_CLAUSE.lastIndex = i;
  return RESULT_CLAUSE.test(text) && RESULT_CLAUSE.lastIndex <= to;
}

let outcomeAt: RegExp | null = null;
let outcomeStarts: Set<string> | null = null;
/**
 * A verb or change word that starts an outcome of the outcome lexicon ('speeds up healing', 'makes it easier to nod off',
 * 'so that you drop off faster', 'helps you fall asleep'): the scan keeps the verb reading at that word (relation kinds
 * win), so the benefit-object search reads the outcome there instead; any other cue is returned as it is.
 */
function outcomeShadowed(text: string, o: Cue): Cue {
  if (!outcomeAt) {
    const good = alternation([...outcomesData.good, ...outcomesData.outcomeClasses.good, ...outcomesData.round6Subject.good, ...outcomesData.round7Subject.good]);
    const bad = alternation([...outcomesData.bad, ...outcomesData.outcomeClasses.bad, ...outcomesData.round6Subject.bad, ...outcomesData.round7Subject.bad]);
    outcomeAt = new RegExp(`(?:(${good})|(${bad}))${WORD_END}`, 'iy');
    // The three-letter starts those outcomes can have, so that most verbs skip the regex.
    outcomeStarts = threeLetterStarts([...outcomesData.good, ...outcomesData.outcomeClasses.good, ...outcomesData.round6Subject.good, ...outcomesData.round7Subject.good, ...outcomesData.bad, ...outcomesData.outcomeClasses.bad, ...outcomesData.round6Subject.bad, ...outcomesData.round7Subject.bad]);
  }
  if (outcomeStarts && !outcomeStarts.has(text.slice(o.start, o.start + 3).toLowerCase())) return o;
  outcomeAt.lastIndex = o.start;
  const m = outcomeAt.exec(text);
  if (!m) return o;
  return { kind: m[1] !== undefined ? K.good : K.bad, start: o.start, end: o.start + m[0].length };
}

/** Words that end a direct object noun phrase ('a hair follicle and', 'the gut with', 'your skin, which'). */
const OBJECT_END = /^(?:and|or|but|which|that|who|in|with|by|from|for|during|after|before|so|because|while|when|as|to|into|inside|within|over|under|through|at|on|of)$/;

/**
 * Round 4: the object of cue k (the words after it up to a conjunction, a preposition or punctuation, at most six) holds a
 * body part and no outcome ('block a hair follicle and ...'); a possessive body part ('the body's inflammation') or a
 * compound with an outcome ('joint stiffness') has one.
 */
function bodyOnlyObject(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  let at = c.end;
  let end = c.end;
  for (let words = 0; words < 6; words++) {
    const e = nextWordEnd(text, at);
    if (e === at) break; // punctuation
    if (OBJECT_END.test(text.slice(at, e).trim().toLowerCase())) break;
    end = e;
    at = e;
  }
  let body = false;
  for (let j = k + 1; j < cues.length && cues[j].start < end; j++) {
    const o = cues[j];
    if (o.kind < 0) break;
    if (o.kind === K.body) {
      if (text.charCodeAt(o.end) === 39 || text.charCodeAt(o.end) === 8217) return false; // 'the body's'
      body = true;
    } else if (o.kind === K.good || o.kind === K.bad || o.kind === K.disease || o.kind === K.side || o.kind === K.verb || o.kind === K.comparative) return false;
  }
  return body;
}

/** 'benefit(s) from' at pos is a verb: not after a determiner, an adjective or a verb of having or showing ('a clear benefit from', 'showed benefit from'), nor in a relative clause ('patients who benefit from'), which picks out a group rather than claiming a benefit. */
function benefitFromIsVerb(text: string, pos: number): boolean {
  const prev = prevWord(text, pos);
  return prev !== '' && !NOUN_CONTEXT.has(prev) && !OBSERVING.has(prev) && !AUX_BE.has(prev) && prev !== 'who' && prev !== 'which';
}

const BENEFIT_DEGREE = new Set(['more', 'most', 'greatly', 'substantially', 'significantly', 'especially', 'particularly', 'considerably', 'hugely', 'enormously']);
/** 'from' right after cue k (or after a degree word), then an intervention ('massage', 'LDN', 'atorvastatin') among the next four words. */
function interventionAfterFrom(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  let from = c.end;
  if (!/\bfrom$/.test(cueText(text, c))) {
    // A degree word may come first: 'may benefit more from LDN', 'benefit greatly from massage'.
    if (BENEFIT_DEGREE.has(nextWord(text, from))) from = nextWordEnd(text, from);
    if (nextWord(text, from) !== 'from') return false;
    from = nextWordEnd(text, from);
  }
  let limit = from;
  for (let i = 0; i < 4; i++) limit = nextWordEnd(text, limit);
  for (let j = k + 1; j < cues.length && cues[j].start < limit; j++) {
    const o = cues[j];
    if (o.start < from) continue;
    if (o.kind === K.intervention || o.kind === K.drug) return true;
    if (o.kind < 0 || RELATION_KINDS.has(o.kind)) return false;
  }
  return false;
}

/** A state qualified by the time of day or the conditions ('… is better in the morning', '… at night', '… when it is warm'). */
const DAILY_VARIATION = /^\s+(?:in\s+the\s+(?:morning|evening|afternoon)s?|at\s+night|when|whenever|if|once|on\s+(?:warm|cold|dry|wet|good)\s+days)\b/i;

/**
 * Round 12 (lead): a denial of proof between a relation and its outcome ('That is an association, not proof that
 * treating hearing loss prevents dementia'): the outcome belongs to what is denied, not to the relation.
 */
const DENIED_PROOF = /\b(?:not|no)\s+(?:(?:direct|causal|clear|firm|hard|real|good)\s+)?(?:proof|evidence)\s+(?:that|of)\b/i;

function findClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], question: boolean): ClaimFinding {
  const out: ClaimFinding = { rel: null, object: null, population: null, testimonial: false, reason: null };
  if (fallbackAlone) {
    if (!question) fallbackOutcome(text, cues, clause, segment, inParens, out); // round 7 (G): measured alone
    return out;
  }
  let population: Cue | null = null;
  let testimonial = -1; // a testimonial statement ('my fatigue is gone'), which is a claim by itself
  for (let j = 0; j < cues.length; j++) {
    if (cues[j].kind === K.population) population ??= cues[j];
    else if (cues[j].kind === K.testimonial && !personChanged(text, cues, cues[j]) && !round16ThingChanged(text, cues[j])) {
      // An idiom of benefit ('takes the edge off') is a claim by itself but not a testimonial.
      if (!isBenefitIdiom(text, cues[j])) out.testimonial = true;
      if (testimonial < 0 && !TESTIMONIAL_FRAME.test(text.slice(cues[j].start, cues[j].end))) testimonial = j;
    }
  }
  out.population = population;
  if (testimonial >= 0 && developmentalMilestone(text, cues, testimonial)) {
    testimonial = -1;
    out.reason = 'milestone';
  }
  // 'Patients tell us their pain is better in the morning': a symptom that varies with the time of day or the conditions,
  // with no treatment named, is the course of the illness (round 6).
  if (testimonial >= 0 && DAILY_VARIATION.test(text.slice(cues[testimonial].end, cues[testimonial].end + 30)) && !treatmentTaken(text, cues) && !round13CCourse(text, cues[testimonial].end)) {
    testimonial = -1;
    out.reason = 'daily variation';
  }
  // Strong relations first: 'By reducing inflammation, LDN can alleviate symptoms' claims through 'can alleviate'.
  const ordered = relations.some((r) => r.weak) ? relations.filter((r) => !r.weak).concat(relations.filter((r) => r.weak)) : relations;
  for (const rel of ordered) {
    if (rel.strengthOnly) continue;
    const object = benefitObject(text, cues, rel.index, clause, rel);
    if (!object) continue;
    if (object !== true && reasonNotObject(text, rel, object)) {
      out.reason ??= 'reason';
      continue;
    }
    if (object !== true && object.start > rel.cue.end && DENIED_PROOF.test(text.slice(rel.cue.end, object.start))) {
      out.reason ??= 'negated'; // round 12 (lead): 'That is an association, not proof that X prevents dementia'
      continue;
    }
    if (object !== true && (careNotEffect(text, cues, rel, object, clause) || serviceTask(text, rel, object))) {
      out.reason ??= 'service';
      continue;
    }
    if (object !== true && object.kind === K.body && anatomySubject(text, rel)) {
      out.reason ??= 'anatomy'; // round 9 (C): 'a hammock of muscles that supports the bladder'
      continue;
    }
    if (object !== true && bodyAgentSubject(text, rel)) {
      out.reason ??= 'physiology'; // round 10 (C): 'the hormone relaxin softens the ligaments', 'your immune system fights off colds'
      continue;
    }
    if (object !== true && object.kind === K.body && round14AForceOnBody(text, rel, object)) {
      out.reason ??= 'mechanism'; // round 14 (A): 'The suction lifts the skin': a device's physical action on the body
      continue;
    }
    if (object !== true && object.kind === K.body && absorptionOnly(text, rel, object)) {
      out.reason ??= 'mechanism'; // round 9 (C): 'helps your body absorb curcumin'
      continue;
    }
    if (onlyIfCondition(text, rel)) {
      out.reason ??= 'condition'; // round 9 (C): 'only makes a difference if you're short of it'
      continue;
    }
    // The relation states a benefit. Is it claimed?
    const why = question ? 'question' : rel.negated ? 'negated' : vetoed(text, cues, rel.index, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      continue;
    }
    out.rel = rel.hedge ? rel : coordinatedHedge(text, cues, clause, rel);
    out.object = object === true ? null : object;
    out.reason = null;
    return out;
  }
  // A testimonial without a benefit verb ('My fatigue is gone', 'LDN changed my life') is a claim too.
  // Advice, a condition or a report at a distance before it takes it out, as for a relation ('Ask your GP about a gentler
  // alternative to ibuprofen').
  const testimonialVeto = testimonial >= 0 && !question ? vetoed(text, cues, testimonial, clause, segment, inParens) ?? (round16ChoreBefore(text, cues, cues[testimonial]) ? 'chore' : round16NotEveryone(text, cues[testimonial].start) ? 'negated' : null) : null;
  if (testimonialVeto) out.reason ??= testimonialVeto;
  else if (testimonial >= 0 && !question && !negatedBefore(text, cues, testimonial, clause)) {
    const t = cues[testimonial];
    // A modal just before it hedges it ('Gripe water may take the edge off colic').
    const hedge = hedgeBefore(text, cues, testimonial, clause);
    out.rel = { cue: t, index: testimonial, type: 'causal', weak: false, verb: null, hedge, modalStart: hedge && hedge.end <= t.start ? hedge.start : t.start, negated: false, clause: clause[testimonial], relative: false };
    out.reason = null;
    return out;
  }
  // Round 6: a comparison that ranks a treatment above another remedy ('X beats Y', 'nothing beats X for Y', 'works better than').
  if (!question && !out.rel && remedyComparison(text, cues, clause, segment, inParens, out)) return out;
  // Round 7: a complaint kept away ('keeps symptoms away'), a treatment's forte ('Phobias are what hypnotherapy does
  // best'), a remedy that worked where nothing else had.
  if (!question && !out.rel && round7Claim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 8 (A): a part of the day or of life made bearable in a sentence that names a complaint.
  if (!question && !out.rel && round8AClaim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 9 (A): case stories, transformations, comparisons, identities and testimonial frames.
  if (!question && !out.rel && round9AClaim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 10 (A): pseudo-clefts, testimonials, outcomes of users and comparisons.
  if (!question && !out.rel && round10AClaim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 11 (A): a superlative told by 'nothing ... like', and an equal comparison with a medicine.
  if (!question && !out.rel && round11AClaim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 12 (C): a complaint that goes away after a treatment ('The brain fog lifts within a week of quitting sugar').
  if (!question && !out.rel && round12CClearsAfter(text, cues, clause, segment, inParens, out)) return out;
  // Round 12 (C): an idiom with the vague object 'things' and a remedy or sufferers named ('the diet calms things down').
  if (!question && !out.rel && (sentenceGates(text) & SG_THINGS) !== 0 && round12CVagueThings(text, cues, clause, segment, inParens, out)) return out;
  // Round 12 (A): an imperative with a consequence clause, pseudo-clefts of resolving a complaint, a change 'from X to Y'.
  if (!question && !out.rel && round12AClaim(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 13 (A): consequences of a feeling or a future outcome, idioms of coping, 'did for my X what Y did', 'the best in years'.
  if (!question && !out.rel && round13AClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 12 (B): a superlative with a universal scope ('the most powerful medicine on the planet'), a comparison with every medicine of a class.
  if (!question && !out.rel && round12BClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 13 (C): a verb of help with its outcome after the person helped ('could help people who feel lightheaded'), a
  // harm kept from starting ('stops the skin on your heels from cracking').
  if (!question && !out.rel && round13CHelped(text, cues, clause, segment, inParens, relations, out)) return out;
  if (!question && !out.rel && round13CKeptFrom(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 13 (C): a remedy called a rescue ('they were a lifesaver for us').
  if (!question && !out.rel && round13CRescue(text, cues, clause, segment, inParens, out)) return out;
  // Round 13 (B): a comparison with a medicine ('works better than paracetamol'), 'does as much for your head as', a superlative ranked by a relative clause or 'ever made'.
  if (!question && !out.rel && round13BClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 14 (B): a person's health told against the past ('my HbA1c is lower than it has been in a decade', 'my knees
  // haven't felt this good since I was thirty', 'I turned my head fully for the first time in a decade').
  if (!question && !out.rel && round14BPast(text, cues, clause, segment, inParens, out)) return out;
  // Round 14 (C): a comparison with another treatment or test ('works better than levonorgestrel', 'picks up infections
  // earlier than a clinic visit would'); a complaint bidden goodbye ('Say goodbye to tummy troubles').
  if (!question && !out.rel && round14CComparison(text, cues, clause, segment, inParens, out)) return out;
  if (!question && !out.rel && round14CGoodbye(text, cues, clause, segment, inParens, out)) return out;
  // Round 15 (C): a complaint stopped 'in its tracks' ('stops that first wave of nausea in its tracks').
  if (!question && !out.rel && round15CInItsTracks(text, cues, clause, segment, inParens, out)) return out;
  // Round 15 (B): a superlative of efficacy with a scope of purchase or existence ('the most effective magnesium on the market').
  if (!question && !out.rel && round15BSuperlative(text, cues, clause, segment, inParens, out)) return out;
  // Round 16 (C): a remedy praised in a testimony's idiom ('Sertraline was a game changer for me', 'What saved me was a
  // good multivitamin', 'he puts that down to the jab').
  if (!question && !out.rel && (sentenceGates(text) & SG_R16C_TESTIMONY) !== 0 && round16CTestimony(text, cues, clause, segment, inParens, out)) return out;
  // Round 16 (C): coordinated comparatives with a medicine that names its purpose ('far gentler and more effective than the antidepressants').
  if (!question && !out.rel && round16CComparedWithMedicine(text, cues, clause, segment, inParens, out)) return out;
  if (!question && !out.rel) {
    // A sentence that states an association ('X is linked to Y') or describes a study's design reports research, not
    // what happened to the writer's clients or to the writer: no reported outcome or testimonial is looked for.
    let research = false;
    for (const r of relations) if (r.type === 'corr') research = true;
    for (let j = 0; j < cues.length && !research; j++) if (cues[j].kind === K.design || cues[j].kind === K.correlational) research = true;
    const reported = research ? null : reportedOutcome(text, cues) ?? changeOfState(text, cues) ?? round5Outcome(text, cues) ?? round6Outcome(text, cues) ?? round7Outcome(text, cues);
    if (reported && round16NotEveryone(text, reported.start)) out.reason ??= 'negated';
    else if (reported) claimReported(text, cues, clause, segment, inParens, reported, out);
    if (reported && reported.idiom && out.rel) out.testimonial = false;
  }
  // Round 9 (C): 'X is the ultimate brain mushroom, regrowing nerve cells': a participle after an identity.
  if (!question && !out.rel && !out.reason && participleAfterIdentity(text, cues, clause, segment, inParens, relations, out)) return out;
  // Round 12 (A): a complaint that had cleared in a story timed by sessions, when no reported outcome above read it.
  if (!question && !out.rel && !out.reason && (r9Gates & R10G_TRAIL) !== 0 && complaintIn(cues, 0, text.length) && round12AFaded(text, cues, clause, segment, inParens, out)) return out;
  // Round 14 (A): a complaint getting better as a subject, licensed by a clause, phrase or conjunct that names the treatment
  // (after the reported outcomes and stories above, which read the same outcomes with their speaker or opener).
  if (!question && !out.rel && round14AClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 16 (B): a good state rising or a complaint calmer as the subject, licensed the same way ('My stamina has soared since I started …').
  if (!question && !out.rel && ((r9Gates & (R10G_ONCE | R10G_TRAIL)) !== 0 || text.indexOf('first ') >= 0 || r16bOpenerGate(text)) && round16BClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 16 (A): a complaint bidden goodbye after a treatment conjunct; a person or a complaint done the world of good.
  if (!question && !out.rel && round16AClaim(text, cues, clause, segment, inParens, out)) return out;
  // Round 7 (G): a claim read by its parts when nothing above found one or vetoed one.
  if (!question && !out.rel && !out.reason) fallbackOutcome(text, cues, clause, segment, inParens, out);
  return out;
}

// ---------------------------------------------------------------- round 16 (A): lay idioms of benefit

/** Round 16 (A): a verb of bidding farewell at the start of a conjunct ('say goodbye to', 'wave bye-bye to', 'bid farewell to'). */
const R16A_FAREWELL = /(?:say|wave|kiss|bid)\s+(?:goodbye|good-bye|bye-bye|farewell|adieu)\s+to\s/iy;
/** Round 16 (A): bidding farewell anywhere (not sticky). */
const R16A_FAREWELL_ANY = /\b(?:say|says|said|saying|wave|waves|waved|waving|kiss|kisses|kissed|kissing|bid|bids|bade|bidding)\s+(?:goodbye|good-bye|bye-bye|farewell|adieu)\s+to\s/gi;
/**
 * Round 16 (A): the first health cue at or after `end`, within 40 characters, is a complaint or a disease; or an idiom of
 * claims-context.json that bids a listed complaint goodbye covers the farewell ('goodbye to dry eyes').
 */
function round16AComplaintAfter(cues: Cue[], end: number): boolean {
  for (const c of cues) {
    if (c.kind === K.testimonial && c.start < end && c.end > end && c.start >= end - 16) return true;
    if (c.start < end || c.kind < 0) continue;
    if (c.start >= end + 40) return false;
    if (HEALTH_KINDS.has(c.kind)) return c.kind === K.bad || c.kind === K.disease;
  }
  return false;
}
/** Round 16 (A): 'do X the world of good' (sticky at the verb; group 1 is X, a pronoun or a possessive and up to two words). */
const R16A_WORLD_OF_GOOD = /\b(?:do|does|did|done|doing)\s+((?:you|me|him|her|us|them|(?:your|my|his|her|our|their|a|the)\s+(?:[a-z'\u2019-]+\s+){0,1}?[a-z'\u2019-]+))\s+(?:the|a)\s+(?:world|power)\s+of\s+good(?![a-z-])/gi;

/**
 * Round 16 (A): two idioms of benefit that their parts place around a health word. (1) An imperative conjunct that names a
 * treatment (round 15 (A)'s licence), 'and', then bidding a complaint goodbye ('Take the drops at night and say goodbye to
 * dry eyes'): 'Do X and Y' reads 'If you do X, Y', and Y is the complaint gone; the complaint is the next health cue, within
 * 40 characters ('and say goodbye to your visitors' has none). (2) 'do X the world of good' with a treatment named before
 * it and X a person or a part, a function or a complaint of the body ('does your asthma the world of good', 'did me the
 * world of good'); 'did the team the world of good' has no health word. Gated by two indexOf ('bye', 'farewell'), then the
 * AND group of the shared substring pass and an imperative first word; and by one indexOf of 'of good'.
 */
function round16AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const farewell = text.indexOf('bye') >= 0 || text.indexOf('farewell') >= 0; // 'goodbye', 'bye-bye'
  const firstWord = farewell && (r9Gates & R10G_AND) !== 0 ? firstWordLower(text) : '';
  if (farewell && (r9Gates & R10G_AND) !== 0 && r14aImperativeKind(firstWord) !== null) {
    const s0 = firstWordStart(text);
    for (let and = text.indexOf(' and ', s0), tries = 0; and >= 0 && tries < 3; and = text.indexOf(' and ', and + 5), tries++) {
      R16A_FAREWELL.lastIndex = and + 5;
      if (!R16A_FAREWELL.test(text)) continue;
      const end = R16A_FAREWELL.lastIndex;
      if (!round16AComplaintAfter(cues, end) || !round15ALicensed(text, cues, s0, and, firstWord)) continue;
      return r14aRecord(text, cues, clause, segment, inParens, and + 5, [and + 5, end - 1, false], out, s0);
    }
  }
  // Bidding a complaint goodbye anywhere else, with a treatment named in the sentence ('Say goodbye to dry eyes with our
  // drops', 'Our gel lets you wave goodbye to cold sores'): the complaint is any of the lexicon's, as the idioms of
  // claims-context.json read only their own lists.
  if (farewell) {
    R16A_FAREWELL_ANY.lastIndex = 0;
    const m = R16A_FAREWELL_ANY.exec(text);
    if (m && round16AComplaintAfter(cues, m.index + m[0].length) && r9Treated(text, cues, 0, text.length) && round16AHedgedFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length - 1, out)) return true;
  }
  if (text.indexOf('of good') >= 0) {
    R16A_WORLD_OF_GOOD.lastIndex = 0;
    const m = R16A_WORLD_OF_GOOD.exec(text);
    if (!m) return false;
    const from = m.index + m[0].indexOf(m[1]);
    const to = from + m[1].length;
    let health = /^(?:you|me|him|her|us|them)$/i.test(m[1]);
    for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body)) health = true;
    return health && r9Treated(text, cues, 0, m.index) && round16AHedgedFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out);
  }
  return false;
}

/** Round 9 (C): a clause of identity before a comma: a subject, a copula and a noun phrase ('Lion's mane is the ultimate brain mushroom'). */
const IDENTITY_COPULA = /\b(?:is|are|was|remains)\b/i;
const IDENTITY_DETERMINER = /^\s+(?:a|an|the|one\s+of\s+the|our|your|nature['\u2019]s)\s/i;
/** The subject of a clause of identity that ends at the comma at `comma` ('Lion's mane' in 'Lion's mane is the ultimate …,'), or null. */
function identityBeforeComma(text: string, comma: number): string | null {
  if (comma > 140) return null;
  const head = text.slice(0, comma);
  if (/[,;:()]/.test(head)) return null;
  const m = IDENTITY_COPULA.exec(head);
  if (!m || m.index < 2 || m.index > 61) return null;
  if (!IDENTITY_DETERMINER.test(head.slice(m.index + m[0].length))) return null;
  return head.slice(0, m.index);
}
/**
 * Round 9 (C): a participle clause after a clause of identity ('Lion's mane is the ultimate brain mushroom, regrowing nerve
 * cells and sharpening your thinking', 'Turmeric is nature's own anti-inflammatory, calming sore joints'): with nothing
 * else in the sentence to support, the participle states what the subject does. The participle comes right after the
 * comma, its object is a health outcome, the subject names no health outcome and no body part ('The liver is a vital organ,
 * cleansing the blood'), and the usual vetoes apply. Gated by a weak -ing relation right after a comma.
 */
function participleAfterIdentity(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  for (const rel of relations) {
    if (!rel.weak || rel.negated || !rel.verb || rel.verb.form !== 'ing' || rel.relative) continue;
    let i = rel.cue.start - 1;
    while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
    if (i < 0 || text.charCodeAt(i) !== 44) continue; // a comma right before
    const subject = identityBeforeComma(text, i);
    if (subject === null) continue;
    const subjectEnd = subject.length;
    let healthSubject = false;
    for (let j = 0; j < rel.index && cues[j].start < subjectEnd; j++) if (HEALTH_KINDS.has(cues[j].kind)) healthSubject = true;
    for (const w of subject.toLowerCase().split(/\s+/)) if (ANATOMY_SUBJECT.has(w)) healthSubject = true;
    if (healthSubject) continue;
    const strong: Relation = { ...rel, weak: false };
    const object = benefitObject(text, cues, rel.index, clause, strong);
    if (!object || object === true) continue;
    if (reasonNotObject(text, strong, object) || careNotEffect(text, cues, strong, object, clause) || serviceTask(text, strong, object) || (object.kind === K.body && absorptionOnly(text, strong, object))) continue;
    const why = vetoed(text, cues, rel.index, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return false;
    }
    out.rel = strong.hedge ? strong : coordinatedHedge(text, cues, clause, strong);
    out.object = object;
    out.reason = null;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- round 6: comparisons of remedies

/** Round 6: a comparative of merit or speed ('better than', 'faster'), the cue text of a comparison of remedies. */
const REMEDY_COMPARATIVE = /^(?:better|faster|quicker)(?:\s+than)?$/i;
/** Round 7: a comparative of speed ('faster than', 'quicker than', 'more quickly than'). */
const SPEED_COMPARATIVE = /^(?:faster|quicker|more\s+quickly)/i;
/** Round 6: verbs of working before the comparative ('works better than', 'acted faster than'). */
const WORKING = /^(?:work|works|worked|working|act|acts|acted|acting|do|does|did)$/;
/** Round 8: a gerund of getting in touch before the other side's noun ('phoning the surgery', 'emailing your clinic'). */
const CONTACTED = /^\s*(?:phoning|calling|ringing|emailing|e-mailing|messaging|texting|contacting|visiting|writing\s+to|going\s+to|queuing\s+at|waiting\s+at)\s+(?:(?:the|your|our|a|their)\s+)?(?:[a-z-]+\s+)?$/i;
/** Round 6: the other side of the comparison when it names no treatment: 'better than anything (her GP gave her)'. */
const ANY_REMEDY = /^(?:anything|everything|any|all|nothing)$/;
/** Round 6: negators that make 'beat' or 'better than' a superlative ('nothing beats', 'you can't beat', 'nothing works better than'). */
const SUPERLATIVE_NEGATOR = /^(?:nothing|no|can't|can\u2019t|cannot)$/i;

/** Round 6: 'can't', 'cannot' right before 'beat' ('you can't beat ice for a sprain'). */
const CANNOT_BEFORE = /(can['\u2019]t|cannot|can\s+not)\s+$/i;
/** Round 6: a gerund among the first two words of the sentence, before pos: an activity as the subject ('Cold-water swimming …'). */
function gerundSubject(text: string, pos: number): boolean {
  let at = 0;
  for (let w = 0; w < 2; w++) {
    let s = at;
    while (s < pos && !isWordChar(text.charCodeAt(s))) s++;
    const e = nextWordEnd(text, s);
    if (e <= s || e > pos) return false;
    const word = text.slice(s, e).toLowerCase();
    if (word.length > 5 && word.endsWith('ing') && !ING_NOUN.has(word)) return true;
    at = e;
  }
  return false;
}

/**
 * Round 6: a comparison that ranks a treatment above another remedy is an efficacy claim. 'A few drops beat a late-night
 * cup of tea', 'Exercise beats antidepressants' (the other remedy as the object of 'beat'); 'nothing beats a Mediterranean
 * diet for egg and sperm health', 'you can't beat ice for a sprain' (a superlative, with 'for' and a health outcome);
 * 'the balm worked better than anything her GP gave her', 'honey works better than cough syrup' (a verb of working and
 * 'better than' with a treatment on one side and a remedy or 'anything' on the other); 'ginger is better than any travel
 * pill for motion sickness' (a copula, with 'for' and a health outcome). A purpose after the object with no health
 * outcome ('beats coffee for taste', 'on a cold day') is no claim, nor is a comparison negated in its clause.
 */
function remedyComparison(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    let beat = false;
    const first = text.charCodeAt(c.start) | 32;
    if (first !== 98 && first !== 102 && first !== 113) continue; // b, f, q: 'beat', 'better', 'faster', 'quicker'
    if (c.kind === K.verb) {
      if (c.end - c.start > 5) continue;
      const w = cueText(text, c).toLowerCase();
      if (w !== 'beat' && w !== 'beats') continue;
      beat = true;
    } else if (c.kind !== K.comparative || !REMEDY_COMPARATIVE.test(cueText(text, c))) continue;
    if (inParens[k]) continue;
    const before = prevWord(text, c.start);
    // The word before: 'beat' after a subject (or a superlative negator, or a modal of it: 'can't beat'); 'better than'
    // after a verb of working or a copula.
    const copula = !beat && COPULAS.has(before);
    if (!beat && !copula && !WORKING.test(before)) continue;
    const verbStart = beat ? c.start : prevWordBounds(text, c.start)![0];
    let negator = prevWordBounds(text, verbStart);
    const cannot = beat ? CANNOT_BEFORE.exec(text.slice(Math.max(0, verbStart - 12), verbStart)) : null;
    if (cannot) negator = [verbStart - cannot[0].length, verbStart - cannot[0].length + cannot[1].length];
    const superlative = negator !== null && (cannot !== null || SUPERLATIVE_NEGATOR.test(text.slice(negator[0], negator[1])));
    // A treatment on the subject side (an intervention before the verb in its clause, or a gerund that opens the sentence:
    // 'Cold-water swimming may work better than painkillers'), unless a superlative has none.
    // Round 7: a comparison of speed ('works faster than') needs a treatment named, not an activity ('Online booking works faster').
    let subject = superlative || (gerundSubject(text, verbStart) && !SPEED_COMPARATIVE.test(cueText(text, c)));
    let negated = false;
    for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) {
      if (cues[j].kind === K.intervention || cues[j].kind === K.drug) subject = true;
      else if (cues[j].kind === K.negation && !superlative) negated = true;
    }
    if (negated || !subject) continue;
    // The other side: an intervention or 'anything' within six words after the comparison (after 'than' for 'better').
    let from = c.end;
    if (!beat && !/than$/i.test(cueText(text, c))) {
      if (nextWord(text, from) !== 'than') continue;
      from = nextWordEnd(text, text.indexOf('than', from));
    }
    let limit = from;
    for (let w = 0; w < 6; w++) limit = nextWordEnd(text, limit);
    let other = ANY_REMEDY.test(nextWord(text, from));
    let purpose = -1;
    let health = false;
    for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) {
      const o = cues[j];
      if (o.kind === BOUNDARY || o.kind === QUESTION) break;
      // Round 8: not the surgery or the clinic one phones or visits ('than phoning the surgery'): a place, not a remedy.
      if (o.start <= limit && (o.kind === K.intervention || o.kind === K.drug) && !CONTACTED.test(text.slice(from, o.start))) other = true;
      if (o.start > from && o.kind === COMMA) break;
    }
    // A purpose phrase after the other side: 'for egg and sperm health' must name a health outcome ('for taste' does not);
    // a superlative or a copula needs one ('nothing beats a cup of tea on a cold day' ranks a comfort, not a remedy).
    const m = /\s(for|on|in|at)\s/i.exec(text.slice(from, Math.min(text.length, from + 120)));
    // Round 8: a health outcome named after the preposition ('for most back pain', 'in most cases of back pain').
    let healthNamed = false;
    if (m) {
      purpose = from + m.index;
      health = false;
      for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) if (cues[j].start > purpose && ((HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) || cues[j].kind === K.testimonial)) healthNamed = true;
      if (m[1].toLowerCase() === 'for') health = healthNamed;
      else if (!superlative && !copula) health = true; // 'beats antidepressants in most trials'
    }
    // Round 8: with a health outcome named after the comparison, the other side needs no treatment word ('Walking works
    // better than resting for back pain'); 'in the city', 'at rush hour' name none.
    if (superlative || copula ? !health : !(healthNamed || (other && (purpose < 0 || health)))) continue;
    const why = vetoed(text, cues, k, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      continue;
    }
    const start = superlative ? negator![0] : verbStart;
    const cue: Cue = { kind: c.kind, start, end: c.end };
    const hedge = hedgeBefore(text, cues, k, clause);
    out.rel = { cue, index: k, type: 'causal', weak: false, verb: null, hedge, modalStart: hedge && hedge.end <= start ? hedge.start : start, negated: false, clause: clause[k], relative: false };
    out.object = null;
    out.reason = null;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- round 7 (part A): what a treatment does

/**
 * Round 7: a hormone or messenger the body makes, which the lexicon lists as a treatment too ('testosterone gel'), is the
 * object of a verb of raising or of benefit: 'boosts testosterone', 'raises oestrogen', 'balances your hormones'.
 */
const HORMONE = /^(?:testosterone|o?estrogen|progesterone|serotonin|dopamine|melatonin|oxytocin|growth hormone|hormones?)$/i;
function hormoneObject(text: string, o: Cue): boolean {
  return o.end - o.start <= 16 && HORMONE.test(cueText(text, o));
}

/**
 * Round 7: 'Wraparound sunglasses may keep pollen out of your eyes and cut down the itching': a modal governs every verb
 * coordinated after its own ('may keep … and cut down'), not only the first. The claim's verb right after 'and' or 'or'
 * (no new subject between), with a hedge earlier in its clause and segment, takes that hedge.
 */
function coordinatedHedge(text: string, cues: Cue[], clause: ArrayLike<number>, rel: Relation): Relation {
  const before = prevWord(text, rel.cue.start);
  if (before !== 'and' && before !== 'or') return rel;
  for (let j = rel.index - 1; j >= 0 && clause[j] === clause[rel.index]; j--) {
    const h = cues[j];
    if (h.kind === COMMA || h.kind === K.negation) return rel;
    if (h.kind === K.hedge) return { ...rel, hedge: h };
  }
  return rel;
}

/** Round 7: the forms of 'keep' that open the causal phrase 'keeps X away'. */
const KEEP_FORM = /^(?:keep|keeps|kept|keeping)$/i;
/** Round 7: 'Phobias are what hypnotherapy does best' (a pseudo-cleft of a treatment's forte). */
const FORTE = /\s+(?:is|are|was|were)\s+(?:exactly\s+|precisely\s+|really\s+)?what\s+((?:[a-z]+(?:-[a-z]+)?\s+){1,3}?)(?:does|do|did|treats?|handles?)\s+best\b/iy;
/** Round 7: 'Hypnotherapy really shines with phobias', 'comes into its own for hay fever'. */
const SHINES = /\b(?:shines?|shone|excels?|excelled|comes?\s+into\s+(?:its|their)\s+own)\s+(?:for|with|in|at|against|when\s+it\s+comes\s+to)\s/iy;

/**
 * Round 7: claims whose benefit is carried by a frame around the complaint rather than by a verb with a benefit object:
 * a complaint kept away ('keeps symptoms away all day', 'may keep winter bugs away': the causal phrase 'keep X away' with
 * a bad outcome of the lexicon as X; 'keeps visitors away' is none), a condition named as what a treatment does best or
 * shines at ('Phobias are what hypnotherapy does best', 'Acupuncture really shines with tension headaches'). Each is
 * gated on a word of the frame (keep, best, shine/excel/own). A treatment that worked when nothing else had is a
 * testimonial shape, read by round7Outcome (WORKED_WHEN).
 */
function round7Claim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  // A complaint kept away: the causal phrase of the lexicon, with a bad outcome between the verb and the particle.
  for (const rel of relations) {
    const c = rel.cue;
    if (c.kind !== K.causal || rel.weak || rel.negated || (text.charCodeAt(c.start) | 32) !== 107) continue; // 'k'
    // 'keeps symptoms away': the words between the verb and the particle ('away', 'off', 'at bay').
    const from = nextWordEnd(text, c.start);
    if (!KEEP_FORM.test(text.slice(c.start, from))) continue;
    const last = prevWordBounds(text, c.end);
    if (!last) continue;
    const particle = text.slice(last[0], last[1]).toLowerCase();
    const at = particle === 'bay' ? prevWordBounds(text, last[0]) : last;
    if (!at || (particle !== 'away' && particle !== 'off' && particle !== 'bay')) continue;
    const to = at[0];
    let object: Cue | null = null;
    for (let at = from; at < to && !object; at = nextWordEnd(text, at) + 1) {
      while (at < to && !isWordChar(text.charCodeAt(at))) at++;
      const o = outcomeShadowed(text, { kind: K.verb, start: at, end: at + 1 });
      if (o.kind === K.bad && o.end <= to) object = o;
    }
    if (!object) continue;
    const why = vetoed(text, cues, rel.index, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      continue;
    }
    out.rel = rel;
    out.object = object;
    out.reason = null;
    return true;
  }
  // The frames below are the lay writer's: a sentence that states an association reports research, and is not read for them.
  for (const r of relations) if (r.type === 'corr') return false;
  // 'make brushing far less painful': make, an activity or a body part, and a complaint adjective with 'less'.
  if (lessPainful(text, cues, clause, segment, inParens, out)) return true;
  // A remedy praised by a noun, bidden goodbye, a thing of the past: sentences with no relation of their own.
  if (relations.length === 0 && remedyFrame(text, cues, clause, segment, inParens, out)) return true;
  if (differenceMade(text, cues, clause, segment, inParens, out)) return true;
  const what = (sentenceGates(text) & SG_WHAT) !== 0; // ' what '
  for (let k = 0; k < cues.length && what; k++) {
    const c = cues[k];
    if (inParens[k] || !HEALTH_KINDS.has(c.kind) || c.kind === K.side) continue;
    // 'Phobias are what hypnotherapy does best': the complaint, then the copula, 'what', a treatment and 'does best'.
    const after = c.end;
    const sp = text.indexOf(' what ', after);
    if (sp >= 0 && sp < after + 24 && text.indexOf('best', sp) > 0) {
      FORTE.lastIndex = after;
      const m = FORTE.exec(text);
      if (m && (c.kind === K.bad || c.kind === K.disease)) {
        const end = FORTE.lastIndex;
        let treatment = -1;
        for (let j = k + 1; j < cues.length && cues[j].start < end; j++) if (cues[j].kind === K.intervention || cues[j].kind === K.drug) treatment = j;
        if (treatment >= 0 && round7Found(text, cues, clause, segment, inParens, treatment, { kind: K.verb, start: m.index + m[0].search(/\S/), end }, c, out)) return true;
      }
    }
  }
  // A treatment's forte after it ('really shines with'): only in a sentence with one of the frame's words.
  if ((sentenceGates(text) & SG_FORTE) === 0) return false; // 'shin', 'shone', 'excel', ' own '
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    if (inParens[k] || (c.kind !== K.intervention && c.kind !== K.drug)) continue;
    let limit = c.end;
    for (let w = 0; w < 3; w++) limit = nextWordEnd(text, limit);
    for (let at = c.end; at < limit; at = nextWordEnd(text, at)) {
      while (at < limit && !isWordChar(text.charCodeAt(at))) at++;
      const ch = text.charCodeAt(at) | 32;
      if (ch !== 115 && ch !== 101 && ch !== 99) continue; // s, e, c: 'shines', 'excels', 'comes into its own'
      SHINES.lastIndex = at;
      const m = SHINES.exec(text);
      if (!m || m.index !== at) continue;
      const cue: Cue = { kind: K.verb, start: at, end: at + m[0].trimEnd().length };
      let object: Cue | null = null;
      for (let j = k + 1; j < cues.length && clause[j] === clause[k] && cues[j].start <= cue.end + 40; j++) {
        if (cues[j].start >= cue.end && HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) {
          object = cues[j];
          break;
        }
      }
      if (!object) continue;
      if (round7Found(text, cues, clause, segment, inParens, k, cue, object, out)) return true;
    }
  }
  return false;
}

/** Round 7: 'make brushing far less painful', 'makes injections painless': make + one to three words + a complaint lessened. */
const LESS_PAINFUL = /\b(?:make|makes|made|making)\s+(?:[a-z'-]+\s+){1,3}?(?:(?:far|much|a\s+lot|so\s+much|a\s+little|a\s+bit|slightly|considerably|noticeably)\s+)?(?:less\s+(?:painful|sore|uncomfortable|itchy|achy|stiff|tender|sensitive|irritated|inflamed|swollen)|painless|pain-free)\b/gi;
/** Round 7: a complaint made less painful by a treatment (a 'less' + complaint adjective or 'painless' in the sentence first). */
function lessPainful(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const at = (sentenceGates(text) & SG_LESS) === 0 ? -1 : text.indexOf('less');
  if (at < 0 || !/less\s+(?:painful|sore|uncomfortable|itchy|achy|stiff|tender|sensitive|irritated|inflamed|swollen)|painless|pain-free/i.test(text.slice(at > 4 ? at - 5 : 0))) return false;
  LESS_PAINFUL.lastIndex = 0;
  const m = LESS_PAINFUL.exec(text);
  if (!m) return false;
  // The treatment: an intervention or a gerund before the verb in its clause (not 'Cold weather makes joints less stiff').
  const start = m.index;
  let k = -1;
  for (let j = 0; j < cues.length && cues[j].start < start; j++) if (cues[j].kind === K.intervention || cues[j].kind === K.drug) k = j;
  if (k < 0 && !gerundSubject(text, start)) return false;
  if (k < 0) {
    k = cueIndexFrom(cues, start);
  }
  return round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start, end: start + m[0].length }, null, out);
}

/**
 * Round 7: the lay writer's frames of a remedy and a complaint, each found by one regex over the sentence after a cheap
 * word check: a remedy praised by a noun ('is a lifesaver for hay fever', 'is the answer to stubborn cravings', 'your best
 * friend against plaque', 'a must for dry eyes', 'a natural testosterone booster'), a remedy that 'works a treat' or 'did
 * the trick' for a complaint, a complaint bidden goodbye ('say goodbye to bad breath'), and a complaint become 'a thing of
 * the past'. Each needs a complaint or a good state of the lexicon in its place and a treatment named in the sentence.
 */
const REMEDY_NOUN = /\b(?:is|are|was|were|has\s+been|have\s+been|proved|proves|became|becomes)\s+(?:(?:a|an|the|your|my|our|their|his|her)\s+)?(?:(?:real|absolute|total|genuine|natural|little|secret|best|true|new|great|perfect|simple|natural)\s+)?(?:lifesavers?|life-savers?|godsends?|saviou?rs?|lifelines?|musts?|must-haves?|secret\s+weapons?|best\s+friends?|answers?|go-tos?|saving\s+graces?|blessings?|heroes|hero|([a-z]+)\s+(?:boosters?|busters?))\b/gi;
const WORKS_A_TREAT = /\b(?:works?|worked|working|did|does|do|done)\s+(?:a\s+treat|the\s+trick|the\s+job)\b/gi;
const GOODBYE = /\b(?:say|says|said|saying|kiss|kisses|kissed|wave|waves|waved|bid|bids)\s+(?:goodbye|good-bye|bye-bye|farewell)\s+to\b|\b(?:goodbye|farewell)\s+to\b/gi;
const PAST = /\b(?:is|are|will\s+be|become|becomes|became)\s+(?:a\s+thing|things)\s+of\s+the\s+past\b/gi;
/** Round 7: the words (lower case, as lay writers spell them) one of which REMEDY_NOUN needs. */
const REMEDY_NOUN_WORDS = ['lifesav', 'life-sav', 'lifeline', 'godsend', 'savio', 'a must', 'secret weapon', 'best friend', 'answer', 'go-to', 'saving grace', 'blessing', 'hero', 'booster', 'buster'];
function remedyFrame(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  // Every frame needs a health word (or a hormone named by an intervention): look at the cues before the text.
  let health0 = false;
  for (const c of cues) if (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body || c.kind === K.intervention) health0 = true;
  if (!health0) return false;
  if ((sentenceGates(text) & SG_REMEDY) === 0) return false; // none of the frames' words below
  let re: RegExp | null = null;
  if (text.indexOf(' of the past') >= 0) re = PAST;
  else if (text.indexOf('bye') >= 0 || text.indexOf('farewell') >= 0) re = GOODBYE;
  else if (text.indexOf(' a treat') >= 0 || text.indexOf(' the trick') >= 0 || text.indexOf(' the job') >= 0) re = WORKS_A_TREAT;
  else if (REMEDY_NOUN_WORDS.some((w) => text.indexOf(w) >= 0)) re = REMEDY_NOUN;
  if (!re) return false;
  // 'a blessing and a curse', 'a mixed blessing': praise taken back in the same breath.
  if (re === REMEDY_NOUN && (text.indexOf('curse') >= 0 || text.indexOf('mixed blessing') >= 0)) return false;
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return false;
  const start = m.index;
  const end = start + m[0].length;
  // The treatment: an intervention or a drug in the sentence (before the frame, or after 'goodbye to … with').
  let treatment = -1;
  let health: Cue | null = null;
  for (let j = 0; j < cues.length; j++) {
    const c = cues[j];
    if (inParens[j]) continue;
    if ((c.kind === K.intervention || c.kind === K.drug || (c.kind === K.verb && productNoun(text, c))) && treatment < 0 && (c.end <= start || re === GOODBYE)) treatment = j;
    if (re === PAST) {
      if (c.end <= start && (c.kind === K.bad || c.kind === K.disease) && !health) health = c;
    } else if (c.start >= end && !health && c.start <= end + 40 && (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body)) health = c;
  }
  // 'a natural testosterone booster', 'a real stress buster': the health word is the noun's modifier.
  if (!health && m[1] && re === REMEDY_NOUN) {
    const at = start + m[0].lastIndexOf(m[1]);
    for (const c of cues) if (c.start === at && (HEALTH_KINDS.has(c.kind) || (c.kind === K.intervention && hormoneObject(text, c)))) health = c;
  }
  if (treatment < 0 && !gerundSubject(text, start)) return false;
  if (!health || health.kind === K.side) return false;
  let k = treatment;
  if (k < 0) {
    k = cueIndexFrom(cues, start);
  }
  return round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start, end }, health, out);
}

/** Round 8 (A): plural product nouns that the lexicon reads as verbs ('drops', 'aids', 'sprays', 'supports'). */
const PRODUCT_VERB_NOUN = new Set(['drops', 'aids', 'sprays', 'supports', 'rinses', 'rubs', 'washes', 'patches', 'shots', 'boosters']);
/** Round 8 (A): words before such a noun that make it the product ('our drops', 'eye drops', 'my new aids', 'knee supports'). */
const PRODUCT_BEFORE = /^(?:our|your|my|her|his|their|these|those|the|new|eye|ear|nose|nasal|hearing|knee|back|wrist|ankle|arch|saline|herbal|homeopathic|b12|vitamin|allergy)$/;
/** Round 8 (A): verb cue c is a product noun after a determiner or a compound word ('Our drops are a must for dry eyes'). */
function productNoun(text: string, c: Cue): boolean {
  return c.end - c.start <= 8 && PRODUCT_VERB_NOUN.has(cueText(text, c).toLowerCase()) && PRODUCT_BEFORE.test(prevWord(text, c.start));
}

/** Round 7: 'makes a real (big, huge, world of) difference': the plain 'makes a difference' is an effect verb of the lexicon. */
const DIFFERENCE = /\b(?:make|makes|made|making)\s+(?:a|such\s+a)\s+(?:real|big|huge|massive|noticeable|genuine|dramatic|visible|measurable|lasting|great|significant|marked|world\s+of)\s+(?:and\s+lasting\s+)?difference\b/gi;
/**
 * Round 7: a real, big or huge difference made to a health outcome ('Regular flossing makes a huge difference to gum
 * health', 'makes a real difference in the bedroom'): the outcome of the lexicon after it in its clause; 'makes a real
 * difference to waiting times' names none.
 */
function differenceMade(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((sentenceGates(text) & SG_DIFFERENCE) === 0) return false; // 'difference'
  DIFFERENCE.lastIndex = 0;
  const m = DIFFERENCE.exec(text);
  if (!m) return false;
  const start = m.index;
  const end = start + m[0].length;
  // Who makes the difference: a treatment before the frame, or a gerund subject ('Starting your spray early'); the weather
  // or the time of year makes one too ('Cold, damp weather can make a real difference to how stiff your joints feel').
  let treated = gerundBefore(text, start);
  for (let j = 0; j < cues.length && cues[j].start < start && !treated; j++) if (cues[j].kind === K.intervention || cues[j].kind === K.drug) treated = true;
  if (!treated) return false;
  let k = -1;
  for (let j = 0; j < cues.length; j++) {
    const c = cues[j];
    if (c.start < end) {
      k = j;
      continue;
    }
    if (c.kind === BOUNDARY || c.start > end + 60) break;
    if (c.kind === K.good || c.kind === K.bad || c.kind === K.disease || c.kind === K.body) {
      if (k < 0) k = j;
      return round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start, end }, c, out);
    }
  }
  return false;
}

/** Merge of round 7: a gerund before pos, not after a form of 'be' ('A few minutes of stretching', 'find that cutting back'). */
function gerundBefore(text: string, pos: number): boolean {
  let prev = '';
  for (let at = 0; at < pos; ) {
    while (at < pos && !isWordChar(text.charCodeAt(at))) at++;
    const e = nextWordEnd(text, at);
    if (e <= at || e > pos) return false;
    const word = text.slice(at, e).toLowerCase();
    if (word.length > 5 && word.endsWith('ing') && !ING_NOUN.has(word) && !AUX_BE.has(prev)) return true;
    prev = word;
    at = e;
  }
  return false;
}

/** Round 7: records a frame's claim at cue k (the treatment) unless a negation, a question or a veto takes it out. */
function round7Found(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, k: number, cue: Cue, object: Cue | null, out: ClaimFinding): boolean {
  for (let j = 0; j < cues.length; j++) if (clause[j] === clause[k] && cues[j].kind === K.negation && cues[j].start < cue.start) return false;
  const why = vetoed(text, cues, k, clause, segment, inParens);
  if (why) {
    out.reason ??= why;
    return false;
  }
  const hedge = hedgeBefore(text, cues, k, clause);
  out.rel = { cue, index: k, type: 'causal', weak: false, verb: null, hedge, modalStart: cue.start, negated: false, clause: clause[k], relative: false };
  out.object = object;
  out.reason = null;
  return true;
}

// ---------------------------------------------------------------- round 8 (A): what a treatment does

/**
 * Round 8 (A): a causative 'make' with a part of the day, the year or of life as its object and a predicate of relief
 * ('makes mornings more bearable', 'made long flights far more comfortable', 'makes the school run less of a struggle',
 * 'makes life with eczema bearable'). Said of a treatment in a sentence that names a complaint, it claims relief of that
 * complaint; with no complaint named ('The new timetable makes mornings more bearable') it is no health claim.
 */
const MADE_BEARABLE = /\b(?:make|makes|made|making)\s+(?:(?:the|your|their|my|his|her|our|those|these)\s+)?(?:(?:early|long|winter|summer|dark|cold|hot|sleepless|school|busy|working|bad|pollen|flare-up)\s+)?(?:mornings?|nights?|evenings?|days?|winters?|summers?|flights?|bedtimes?|school\s+runs?|life|daily\s+life|everyday\s+life|work|workdays?|shifts?|journeys?|drives?|exams?|walks?|periods?|pregnancy|menopause|pollen\s+season|hay\s+fever\s+season|seasons?)(?:\s+with\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+)?\s+(?:(?:so\s+much|much|far|a\s+lot|a\s+little|a\s+bit|noticeably|really|more)\s+)?(?:more\s+(?:bearable|manageable|tolerable|comfortable)|bearable|manageable|tolerable|less\s+of\s+a\s+(?:struggle|battle|misery|ordeal|nightmare|chore)|less\s+miserable|easier\s+to\s+(?:face|get\s+through|bear|cope\s+with))(?![a-z-])/gi;
/** Round 8 (A): the words one of which MADE_BEARABLE needs. */
const MADE_BEARABLE_WORDS = ['bearable', 'manageable', 'tolerable', 'comfortable', 'less of a', 'miserable', 'easier to'];
function round8AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  if (caseStory(text, cues, clause, segment, inParens, out)) return true;
  const gates = sentenceGates(text);
  if ((gates & SG_MAKE) === 0 || (gates & SG_BEARABLE) === 0) return false; // 'mak' or 'made', and one of MADE_BEARABLE_WORDS
  for (const r of relations) if (r.type === 'corr') return false;
  let complaint = false;
  for (const c of cues) if (c.kind === K.bad || c.kind === K.disease) complaint = true;
  if (!complaint) return false;
  MADE_BEARABLE.lastIndex = 0;
  const m = MADE_BEARABLE.exec(text);
  if (!m || COURSE_SUBJECT.test(prevWord(text, m.index)) || negationBefore(text, cues, m.index)) return false;
  let k = cueIndexFrom(cues, m.index);
  return round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start: m.index, end: m.index + m[0].length }, null, out);
}

/** Round 8 (A): first words of a case story's opener (after quotes or emphasis), looked up before its regex. */
const CASE_FIRST = new Set(['within', 'after', 'in', 'since', 'ever', 'by', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'did', 'started', 'tried', 'followed', 'switched', 'used', 'took', 'began', 'swapped', 'gave']);
/**
 * Round 8 (A): the opener of a case story or a testimonial that names a treatment and a time since it: 'Within a
 * fortnight of starting the valerian', 'After six weeks of taking it', 'Three weeks of your HIIT plan', 'Three months with
 * my new aids', 'Did your core routine instead'. Group 1: the 'did your X' shape, which needs 'and' before its outcome.
 */
const CASE_OPENER = /^[\s"'\u201c\u2018*_>(]*(?:(?:within|after|in)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+)\s+(?:days?|weeks?|fortnights?|months?|sessions?|treatments?)\s+of\s+(?:starting|taking|using|doing|beginning|trying|following|switching\s+to|adding|wearing)\s+(?=(?:the|my|her|his|their|your|our|this|these|a|an)\s)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+)\s+(?:days?|weeks?|fortnights?|months?|(sessions?))\s+(?:of|with|on|into)\s+(?:your|my|the|our|her|his|their|this)\s|((?:did|started|tried|followed|switched\s+to|used|took|began|swapped\s+to|gave)\s+(?:your|the|this)\s))/i;
/**
 * Round 8 (A): more openers of a case story: since starting a treatment or since a session ('Since I started taking
 * magnesium,', 'Ever since the course,'), a time after or into a treatment ('A week after her first session'), a number
 * of sessions ('After three sessions', 'By the end of the course', 'Two sessions in and'). Group 1: the opener names the
 * treatment by a session word or by starting something; otherwise a treatment must be named before the outcome.
 */
const CASE_OPENER2 = /^[\s"'\u201c\u2018*_>(]*(?:((?:ever\s+)?since\s+(?:(?:starting|beginning|trying|switching\s+to)\s+(?=(?:the|my|her|his|their|your|our|this|these|a|an)\s)|(?:taking|using)\s|(?:i|we|she|he|they)\s+(?:(?:started|began|switched\s+to|tried)\s+(?=(?:the|my|her|his|their|your|our|this|these|a|an)\s)|(?:started|began)\s+(?:taking|using|on|with)\s))|(?:ever\s+)?since\s+(?:the|my|her|his|their|our|your)\s+(?:first\s+|last\s+)?(?:sessions?|treatments?|course|injections?|jabs?|op|operation|surgery|procedure|appointment|infusions?|drips?)\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|into)\s+(?:the|my|her|his|their|your|our)\s+(?:first\s+|second\s+|last\s+)?(?:sessions?|treatments?|course|injections?|jabs?|op|operation|surgery|procedure|appointment|infusions?|drips?|doses?)\b|(?:after|by|within)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+|the\s+(?:first|second|third|fourth|fifth|sixth|last|final))\s+(?:sessions?|treatments?|injections?|visits?|appointments?|infusions?|doses?|jabs?)\b|by\s+the\s+end\s+of\s+(?:the|my|her|his|their|our|your)\s+(?:course|programme|program|treatment|block\s+of\s+sessions)\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+)\s+(?:sessions?|treatments?|injections?)\s+in\b)|(?:ever\s+)?since\s+(?:the|my|her|his|their|our|your)\s+)/i;
/** Round 8 (A): a body part or a state feeling or looking better ('my eyes feel less gritty', 'my knee still feels brand new'). */
const CASE_PART = /(?:my|her|his|their|our)\s+(?:[a-z-]+\s+){0,2}?(?:eyes|skin|back|knees?|joints|shoulders?|neck|hips?|legs|feet|hands|gut|tummy|stomach|head|chest|sinuses|nose|throat|mouth|gums|teeth|jaw|scalp|hair|muscles|mind|energy|mood|sleep|periods?|breathing|digestion)\s+(?:(?:still|now|already|finally)\s+)?(?:feels?|looks?|is|are)\s+(?:(?:so\s+much|much|far|a\s+lot|noticeably|definitely|already|completely)\s+)?(?:less\s+[a-z-]+|better|looser|calmer|clearer|stronger|softer|smoother|brighter|lighter|easier|freer|brand\s+new|like\s+new|normal(?:\s+again)?|back\s+to\s+normal)(?![a-z-])/iy;
/** Round 8 (A): a complaint that no longer happens ('my jaw no longer clicks', 'her knee no longer locks'). */
const CASE_NO_LONGER = /(?:my|her|his|their|our|the)\s+(?:[a-z-]+\s+){0,3}?no\s+longer\s+(?:clicks?|aches?|hurts?|throbs?|itch(?:es)?|wakes?\s+(?:me|her|him|them|us)|keeps?\s+(?:me|her|him|them|us)\s+(?:up|awake)|bothers?|flares?(?:\s+up)?|bleeds?|locks?|swells?|cramps?|burns?|stings?|rings?|wheezes?|snores?|gives?\s+way|seizes?\s+up)(?![a-z-])/iy;
/** Round 8 (A): a person who sleeps through now ('my son sleeps through', 'she sleeps all night'). */
const CASE_SLEEPS = /(?:(?:my|her|his|our|their)\s+(?:little\s+)?(?:son|daughter|baby|little\s+one|toddler|child|boy|girl|husband|wife|partner|mum|dad)|she|he|i|we|they)\s+(?:now\s+|finally\s+)?(?:sleeps?|slept)\s+(?:through|soundly|all\s+night|right\s+through|like\s+a\s+(?:baby|log))(?![a-z-])/iy;
/** Round 8 (A): a measure that is down ('my waist is down two inches', 'his blood pressure is down to 125'). */
const CASE_DOWN = /(?:my|her|his|their|our)\s+(?:waist|weight|blood\s+pressure|cholesterol|hba1c|resting\s+heart\s+rate|blood\s+sugars?|pain\s+scores?)\s+(?:is|was|has\s+come|came|has\s+gone|went)\s+down(?![a-z-])/iy;
/** Round 8 (A): a measure that is better lower, fallen ('my resting heart rate dropped from 78 to 61'). */
const CASE_MEASURE = /(?:my|her|his|their|our|your)\s+(?:[a-z-]+\s+){0,2}?(?:resting\s+heart\s+rate|heart\s+rate|pulse|blood\s+pressure|cholesterol|ldl|weight|waist|hba1c|blood\s+sugars?|glucose|sugars|triglycerides|pain\s+scores?)\s+(?:(?:has|have|had)\s+)?(?:dropped|fell|fallen|come\s+down|came\s+down|gone\s+down|went\s+down|halved|plummeted|improved|settled)(?![a-z-])/iy;
/** Round 8 (A): a symptom faded or eased, with up to eight words of description between ('the hissing I'd had for eight years has faded to a whisper'). */
const CASE_FADED = /(?:the|my|her|his|their|our)\s+(?:[a-z-]+(?:['\u2019][a-z]+)?\s+){1,8}?(?:(?:has|have|had)\s+(?:all\s+but\s+|almost\s+|nearly\s+)?)?(?:faded|eased|settled|calmed\s+down|died\s+down|quietened(?:\s+down)?|gone\s+quiet|disappeared|vanished|cleared(?:\s+up)?|lifted|subsided|shrunk|shrunk\s+away|stopped|went\s+away|eased\s+off|ended)(?:\s+(?:to\s+(?:a\s+whisper|nothing|almost\s+nothing|a\s+murmur|a\s+minimum)|completely|altogether|away))?(?![a-z-])/iy;
/** Round 8 (A): a person doing well ('she was sleeping seven hours', 'I'm walking pain-free', 'waking with a clear head'). */
const CASE_DOING = /(?:(?:she|he|i|we|they)\s+(?:was|were|am|is|are)|i['\u2019]m|she['\u2019]s|he['\u2019]s|we['\u2019]re|they['\u2019]re)\s+(?:now\s+|finally\s+|already\s+)?(?:sleeping|walking|running|training|eating|breathing|moving|lifting|cycling|swimming|waking(?:\s+up)?)\s+(?:(?:a\s+full|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|miles?|km|kilometres?|kilometers?|nights?)(?:\s+a\s+night)?|soundly|properly|normally|comfortably|pain-free|through\s+the\s+night|(?:with\s+a\s+clear\s+head|clear-headed|refreshed|rested))(?![a-z-])/iy;
/** Round 8 (A): a product noun inside an outcome's span: the span starts at the treatment, not at the outcome's subject. */
const CASE_PRODUCT = /\b(?:tablets?|pills?|drops|sprays?|creams?|inhalers?|capsules?|supplements?|balms?|gels?|lozenges?|patch(?:es)?|injections?|jabs?)\b/i;
/** Round 8 (A): a report inside an outcome's span ('my clients report that their pain has eased'). */
const CASE_REPORT = /\b(?:that|reports?|reported|says?|said|tells?|told|finds?|found|notices?|noticed)\b/i;
/** Round 8 (A): another cause given right after the outcome ('because she also sleeps more', 'due to the warmer weather'), or a 'gone' that is a rise or a loss ('my weight has gone up', 'gone missing'). */
const CASE_OTHER_CAUSE = /^[\s,]*(?:(?:away|completely|altogether)\s+)?(?:because|due\s+to|as\s+a\s+result\s+of|since\s+(?:she|he|i|we|they))\b|^\s+(?:up|higher|worse|missing|flat)\b/i;
/** Round 8 (A): a negation inside an outcome ('has not faded', 'is no longer sleeping'). */
const CASE_NEGATED = /\b(?:not|never|no\s+longer|hardly|barely)\b|n['\u2019]t\b/i;
/** Round 8 (A): none of a symptom since ('I haven't had a twinge since July'). */
const CASE_NONE = /(?:i|we|she|he|they)\s+(?:haven['\u2019]t|hasn['\u2019]t|have\s+not|has\s+not|hadn['\u2019]t|had\s+not)\s+(?:had|felt|needed|taken|suffered|noticed)\s+(?:a\s+single\s+|one\s+|a\s+|an\s+|any\s+|another\s+)?/iy;
/**
 * Round 8 (A): a case story or testimonial told with the time since a treatment: the opener (CASE_OPENER) and then,
 * after 'and' or straight after the treatment, an outcome: a measure that is better lower fallen, a symptom faded or
 * eased (a complaint among its words), a person sleeping or walking well, none of a symptom since, or one of the round-6
 * fragment outcomes ('I can … again', 'back on my feet'). 'Within a fortnight of starting the valerian she was sleeping
 * seven hours', 'Three weeks of your HIIT plan and my resting heart rate dropped from 78 to 61', 'Did your core routine
 * instead and I haven't had a twinge since July'. Not: a time with no treatment ('After two weeks the rash had cleared'),
 * a harm ('my blood pressure rose'), an outcome negated or a question.
 */
function caseStory(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const s0 = firstWordStart(text);
  // Most sentences name no time of a treatment and open with no past verb of doing: looked at without slicing the text.
  const w0 = nextWordEnd(text, s0) - s0;
  const ch = text.charCodeAt(s0) | 32;
  const pastVerb = (ch === 115 && w0 === 5) || (ch === 101 && w0 === 4) || (ch === 98 && w0 === 2) || (ch === 100 && w0 === 3) || (ch === 115 && (w0 === 7 || w0 === 8)) || (ch === 116 && (w0 === 4 || w0 === 5)) || (ch === 102 && w0 === 8) || ((ch === 117 || ch === 103) && w0 === 4) || (ch === 98 && w0 === 5);
  if (!pastVerb && (sentenceGates(text) & SG_CASE_TIME) === 0) return false; // 'week', 'month', 'day', 'fortnight', 'session', 'treatment'
  if (w0 > 8 || !CASE_FIRST.has(text.slice(s0, s0 + w0).toLowerCase())) return false;
  const o1 = CASE_OPENER.exec(text);
  const o2 = o1 ? null : CASE_OPENER2.exec(text);
  const o = o1 ?? o2;
  if (!o) return false;
  const openEnd = o.index + o[0].length;
  // 'Did your X and …' needs the 'and'; the time openers may run straight on ('… of starting the valerian she was …').
  const needAnd = o1 !== null && o[2] !== undefined;
  // A time with a person or a thing ('Two weeks with my new puppy and …') is no treatment: the opener names sessions,
  // starts taking something, or the words up to the outcome address the writer's plan ('your') or name a treatment.
  const named = o[1] !== undefined || (o2 !== null && /\b(?:sessions?|treatments?|injections?|jabs?|course|programme|program|operation|surgery|procedure|appointment|infusions?|drips?|doses?|visits?|op)\b/i.test(o[0])) || /\b(?:of|within|after|in)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few|\d+)\s+[a-z]+\s+of\s+[a-z]+/i.test(o[0]) || /\byour\s+$/i.test(o[0]);
  const limit = Math.min(text.length, openEnd + 140);
  for (let at = openEnd; at < limit; at = nextWordEnd(text, at)) {
    while (at < limit && !isWordChar(text.charCodeAt(at))) at++;
    if (at >= limit) break;
    const before = text.slice(openEnd, at);
    if (/[.;:!?]/.test(before)) return false;
    if (needAnd && !/\band\s+$/i.test(before)) continue;
    let end = -1;
    let none = false;
    for (const re of [FRAGMENT_CAN, FRAGMENT_ING, FRAGMENT_BACK, FRAGMENT_FEEL, FRAGMENT_GONE, CASE_MEASURE, CASE_FADED, CASE_DOING, CASE_NONE, CASE_PART, CASE_NO_LONGER, CASE_SLEEPS, CASE_DOWN]) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m.index !== at) continue;
      let e = at + m[0].length;
      if (re === CASE_FADED || re === FRAGMENT_GONE) {
        let health = false;
        for (const c of cues) if (c.start >= at && c.end <= e && (c.kind === K.bad || c.kind === K.disease)) health = true;
        if (!health) {
          const { countSymptom } = round6Regexes();
          countSymptom.lastIndex = nextWordEnd(text, at);
          const cs = countSymptom.exec(text);
          health = !!cs && cs.index + cs[0].length <= e;
        }
        if (!health) continue;
      } else if (re === CASE_NONE) {
        const { countSymptom } = round6Regexes();
        countSymptom.lastIndex = e;
        const cs = countSymptom.exec(text);
        const c = cueFrom(cues, e);
        if (cs) e += cs[0].length;
        else if (c && (c.kind === K.bad || c.kind === K.disease) && wordsBetween(text, e, c.start) <= 1) e = c.end;
        else continue;
        if (!/^(?:\s+[a-z-]+){0,2}?\s+since\b/i.test(text.slice(e, e + 40))) continue;
        none = true;
      }
      end = e;
      break;
    }
    if (end < 0) continue;
    // The outcome's subject starts after the treatment ('Since I started the tablets my reflux …'), and is no report
    // ('my clients report that their back pain has eased' is read by the reported-speech pass).
    if (treatmentCueIn(cues, at, end) || CASE_REPORT.test(text.slice(at, end)) || CASE_PRODUCT.test(text.slice(at, end))) continue;
    // Another cause given for the change ('… have gone away because she also sleeps more').
    if (CASE_OTHER_CAUSE.test(text.slice(end, end + 40))) return false;
    if (!none && CASE_NEGATED.test(text.slice(at, end)) && !/\bno\s+longer\b/i.test(text.slice(at, end))) return false;
    let treatment = named || treatmentCueIn(cues, s0, at);
    // 'my new aids': the lexicon reads 'aids' as the verb 'aid'; after a determiner or 'new' it is the hearing aids.
    if (!treatment && /\b(?:my|new|your|her|his|the|our)\s+aids\s+and\b/i.test(text.slice(openEnd > 12 ? openEnd - 12 : 0, at))) treatment = true;
    // 'Six weeks on the plan and …', 'Since the start of my programme': a plan or a course is a treatment.
    if (!treatment && /\b(?:plan|programme|program|protocol|regime|routine|course)\b/i.test(text.slice(s0, at))) treatment = true;
    if (!treatment) return false;
    let k = cueIndexFrom(cues, at);
    if (!round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start: at, end }, null, out)) return false;
    out.testimonial = true; // a case story or a testimonial, reported as one
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- round 9 (A): case stories, comparisons, identities

/** Round 9 (A): amounts of a case story's time ('six', 'a couple of', 'a few', '12'). */
const R9_N = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a\\s+couple\\s+of|a\\s+few|\\d+)';
/** Round 9 (A): ordinals of a session ('her second session', 'my 3rd visit'). */
const R9_ORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|latest|\\d+(?:st|nd|rd|th))';
/** Round 9 (A): the words that name a session or a course of care ('session', 'adjustment', 'drip'). */
const R9_SESSION = '(?:sessions?|treatments?|appointments?|visits?|adjustments?|massages?|classes|class|injections?|infusions?|courses?|rounds?|doses?|jabs?|drips?|consultations?|fittings?|swims?|dips?|workouts?|lessons?)';
/** Round 11 (A): the tens a count of sessions may have before 'later' ('Forty sessions later, …': a course of treatment, R9_SESSION). */
const R11_TENS = '(?:thirty|forty|fifty|sixty|a\\s+dozen)';
const R9_UNIT = '(?:days?|weeks?|fortnights?|months?)';
/**
 * Round 9 (A): more openers of a case story, at the start of the sentence or of a clause after a comma or 'and': a time of,
 * on, with or into a treatment with no determiner ('Six weeks of Pitta-cooling herbs', 'Three weeks on Lion's Mane'), a
 * time after or into one ('six weeks after the shockwave'), a time later or in ('a fortnight in'), since a person joined or
 * took up something ('Since Dad joined the singing group'); these need a treatment named before the outcome. Group 1 names
 * the treatment itself: a time of seeing, joining or starting ('Within a day of seeing Helen'), a session with a possessive
 * or a count ('After her second session', 'After just two sessions'), sessions later or in ('two sessions later'), by a
 * week or a session ('by week three', 'by the third session'), since starting to take something.
 */
const R9_OPENER = new RegExp(
  '\\s*(?:and\\s+|but\\s+|then\\s+)?(?:' +
    `(?:${R9_N}|the\\s+(?:first|last|past))\\s+(?:${R9_UNIT}|years?)\\s+(?:of|on|with|into)\\s+(?!(?:the|a|an|my|our)\\s+(?:row|end|year|week|day|month|waiting|wait|list)\\b)` +
    `|${R9_N}\\s+${R9_UNIT}\\s+(?:after|into)\\s+(?:the|my|her|his|their|your|our|a|an)\\s+` +
    `|${R9_N}\\s+${R9_UNIT}\\s+(?:later|in)(?=\\s*(?:,|and\\b))` +
    `|(?:ever\\s+)?since\\s+(?:starting|beginning|taking|using|trying|switching\\s+to)\\s+` +
    `|(?:ever\\s+)?since\\s+(?:i|she|he|we|they|you|mum|dad|mom|grandma|grandad|granny|nan|(?:my|her|his|our|their)\\s+(?:[a-z-]+\\s+)?[a-z-]+|[a-z]+)\\s+(?:joined|started|began|took\\s+up|switched\\s+to|signed\\s+up\\s+(?:for|to)|enrolled\\s+(?:in|on)|(?:has|have|had)\\s+been\\s+(?:going\\s+to|seeing|coming\\s+to|attending|doing)|(?:started|began)\\s+(?:going\\s+to|seeing|coming\\s+to|attending|doing))\\s+` +
    `|(?:within|after|in)\\s+${R9_N}\\s+(?:${R9_UNIT}|${R9_SESSION})\\s+of\\s+(?:starting|beginning|taking|using|trying|switching\\s+to|going\\s+to|coming\\s+to)\\s+` +
    `|((?:within|after|in)\\s+(?:${R9_N}\\s+)?(?:${R9_UNIT}|hours?)\\s+of\\s+(?:(?:her|his|my|their|our|your|the|a)\\s+)?(?:${R9_ORD}\\s+)?(?:[a-z-]+\\s+)?${R9_SESSION}(?![a-z-])` +
    `|(?:within|after|in)\\s+${R9_N}\\s+(?:${R9_UNIT}|${R9_SESSION})\\s+of\\s+(?:seeing|visiting)\\s+(?!(?:the|a|an|her|his|my|their|our)\\s+(?:new\\s+)?(?:baby|house|flat|school|nursery|results?|rash|lump|spots?|scan|letter|film|show|sea)\\b)` +
    `|(?:after|following|since|from)\\s+(?:her|his|my|their|our|your|one|two|three|four|five|six|\\d+|a(?:\\s+single)?|one\\s+single|a\\s+couple\\s+of|a\\s+few|a\\s+handful\\s+of|several|just\\s+(?:one|two|three|four|a)|only\\s+(?:one|two|three|four|a))\\s+(?:${R9_ORD}\\s+)?(?:(?:osteo(?:pathy)?|physio|acupuncture|massage|chiro(?:practic)?|reflexology|laser|hypnotherapy|therapy|counselling|cranial|reiki|shockwave|prp|botox)\\s+)?${R9_SESSION}(?![a-z-])` +
    `|(?:${R9_N}|${R11_TENS})\\s+${R9_SESSION}\\s+(?:later|in)(?=\\s*(?:,|and\\b|[a-z]))` +
    `|by\\s+(?:(?:week|session|month|day)\\s+(?:one|two|three|four|five|six|seven|eight|\\d+)|the\\s+${R9_ORD}\\s+(?:${R9_SESSION}|week|month))(?![a-z-])` +
    `|(?:ever\\s+)?since\\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\\s+[a-z-]+|[a-z]+)\\s+(?:started|began|has\\s+been|have\\s+been|['\\u2019]s\\s+been|['\\u2019]ve\\s+been)\\s+(?:taking|using|on)\\s+` +
    `|(?:within|after|in)\\s+(?:${R9_N}\\s+)?(?:${R9_UNIT}|hours?)\\s+of\\s+(?:(?:dr|mr|mrs|ms|miss|nurse|coach)\\.?\\s+)?[a-z]+['\\u2019]s\\s+(?:${R9_ORD}\\s+)?(?:[a-z-]+\\s+)?${R9_SESSION}(?![a-z-])` + // round 10 (A): 'after a month of Leonie's classes'
    `)|(?:after|following|within)\\s+(?:just\\s+|only\\s+)?${R9_N}\\s+(?:${R9_UNIT}|years?)\\s+(?:of|on|with)\\s+(?!(?:the|a|an|my|our)\\s+(?:row|end|year|week|day|month|waiting|wait|list)\\b)` + // round 10 (A): 'After two years on the programme'
    `|(?:after|following|within)\\s+(?:just\\s+|only\\s+)?${R9_N}\\s+${R9_SESSION}\\s+of\\s+` + // round 10 (A): 'After one dose of Arnica'
    `|${R9_N}\\s+${R9_UNIT}\\s+(?:after|of)\\s+(?:starting|beginning|taking|using|trying|switching\\s+to)\\s+` + // round 10 (A): 'Two weeks after starting the cream'
    `|(?:ever\\s+)?since\\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\\s+[a-z-]+|[a-z]+)\\s+(?:${alternation(reportedData.round11A.givingUpPast)})\\s+(?:(?:the|my|her|his|their|all)\\s+)?(?:${alternation(reportedData.round11A.habits)})(?![a-z-])` + // round 11 (A): 'Since I packed in the cigarettes'
    `|thanks\\s+(?:entirely\\s+|largely\\s+|mainly\\s+)?to\\s+(?=(?:the|my|her|his|our|your|their|a|an|this|these)\\s))`, // round 10 (A): 'Thanks to the drops, Amelia now sleeps …'
  'iy',
);
/** Round 11 (A): a habit or a food given up, or a diet gone on, in a story's opener: the treatment of the story (claims-reported.json round11A). */
const R11_GIVEN_UP = new RegExp(`\\b(?:${alternation(reportedData.round11A.givingUpPast)}|${alternation(reportedData.round11A.givingUpIng)}|going)\\s+(?:(?:the|my|her|his|their|all)\\s+)?(?:${alternation(reportedData.round11A.habits)}|${alternation(reportedData.round11A.diets)})(?![a-z-])`, 'i');
/** Round 9 (A): the outcome's subject: a noun phrase with a possessive or 'the', a pronoun, or one word (a name). */
const R9_SUBJ = /(?:(?:my|her|his|their|our|the|your)\s+(?:[a-z-]+(?:['\u2019][a-z]+)?\s+){0,2}?[a-z-]+|i|she|he|we|they|you|[a-z]+)(?=\s|['\u2019])/iy;
const R9_STATE_ADJ = 'brand\\s+new|like\\s+new|as\\s+good\\s+as\\s+new|calm|calmer|clear|clearer|settled|more\\s+settled|smooth|smoother|soft|softer|thicker|fuller|stronger|healthier|happier|brighter|sharper|livelier|steadier|looser|fitter|relaxed|comfortable|content|contented|pain-free|symptom-free|itch-free|spot-free|seizure-free|migraine-free|flare-free|more\\s+(?:relaxed|alert|energetic|focused|confident|mobile|comfortable|content|settled|flexible|supple|rested|herself|himself|themselves|myself)|less\\s+(?:anxious|agitated|stressed|tense|irritable|restless|achy|stiff|itchy|sore|tired|foggy|bloated|puffy|inflamed|swollen|painful|wheezy|breathless|tearful|withdrawn|clingy|colicky|grumpy|sluggish|exhausted|fatigued|forgetful|confused)|back\\s+to\\s+normal|(?:like\\s+)?(?:herself|himself|myself|themselves|ourselves)\\s+again';
/**
 * Round 9 (A): the outcome of a case story after its subject (R9_SUBJ): a good state ('her skin was calm and clear',
 * 'he's calmer'), sleep ('slept from eleven until five', 'sleeps better'), a doing without a complaint ('was feeding from
 * both sides without a fuss', 'I'm getting through the afternoon without a third coffee'), a feat ('I ran the Cardiff
 * half'), regrowth or healing ('my crown has filled right back in'), fewer medicines ('needs far fewer of his tablets'),
 * a transformation ('was a completely different child').
 */
const R9_STATE = new RegExp(
  '(?:\\s+|(?=[\'\\u2019]))(?:(?:may|might|could|can|will|should|often|usually|generally|tend\\s+to|now|finally|even|actually|also|already|soon)\\s+){0,2}(?:' +
    `(?:is|was|are|were|be|['\\u2019]s|['\\u2019]re|['\\u2019]m|am|has\\s+been|have\\s+been|had\\s+been|feels?|felt|looks?|looked|seems?|seemed|became|become|has\\s+become|have\\s+become)\\s+(?:(?:so|much|far|a\\s+lot|noticeably|visibly|completely|totally|finally|now|already|actually|really|definitely|so\\s+much)\\s+){0,2}(?:${R9_STATE_ADJ})` +
    '|(?:sleeps?|slept|(?:is|was|are|were|[\'\\u2019]s|[\'\\u2019]re)\\s+(?:now\\s+|finally\\s+)?sleeping)\\s+(?:better|longer|deeper|more\\s+deeply|soundly|through|right\\s+through|all\\s+night|from\\s+[a-z0-9]+(?:[:.][0-9]+)?\\s+(?:until|till|to|through\\s+to)\\s+[a-z0-9]+(?:[:.][0-9]+)?|for\\s+(?:\\d+|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:straight\\s+|whole\\s+|full\\s+)?hours(?:\\s+straight)?|(?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve)\\s+hours|like\\s+a\\s+(?:baby|log))' +
    '|(?:is|was|are|were|[\'\\u2019]s|[\'\\u2019]m|am|[\'\\u2019]re)\\s+(?:now\\s+|finally\\s+|happily\\s+|already\\s+)?(?:feeding|eating|sleeping|walking|running|breathing|playing|smiling|laughing|crawling|moving|sitting|standing|training|working|concentrating|coping|managing|getting\\s+through)\\s+(?:[a-z-]+(?:[\'\\u2019][a-z]+)?\\s+){0,4}?(?:without\\s+(?:a\\s+|any\\s+|an\\s+)?[a-z-]+|well(?![a-z-])|properly|normally|happily|comfortably|easily|again(?![a-z-])|pain-free)' +
    '|(?:got|gets|get|made\\s+it)\\s+through\\s+(?:[a-z-]+(?:[\'\\u2019][a-z]+)?\\s+){1,4}?without\\s+[a-z-]+' +
    // Round 16 (lead): an everyday ability regained without a complaint or an aid ('I can walk to the shops without pain',
    // 'she was able to kneel without a twinge'), after the story's opener.
    '|(?:(?:is|are|was|were|am|[\'\\u2019]s|[\'\\u2019]m|[\'\\u2019]re)\\s+(?:now\\s+|finally\\s+)?able\\s+to\\s+)?(?:walk|run|jog|climb|kneel|bend|squat|lift|carry|grip|garden|dance|swim|cycle|drive|type|write|sit|stand|sleep|breathe|swallow|play|train|work|get\\s+up|get\\s+dressed)\\s+(?:[a-z-]+(?:[\'\\u2019][a-z]+)?\\s+){0,5}?without\\s+(?:a\\s+|any\\s+|an\\s+|the\\s+|my\\s+|her\\s+|his\\s+)?(?:single\\s+)?(?:pain|aches?|aching|discomfort|twinges?|wincing|limping|a\\s+limp|stick|crutches|frame|painkillers|inhaler|wheezing|stopping|getting\\s+breathless|getting\\s+out\\s+of\\s+breath|help)' +
    '|(?:ran|walked|cycled|swam|hiked|climbed|completed|finished|played|danced|skied)\\s+(?:the|a|an|my|her|his|their|our|\\d+|a\\s+full)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:half(?:\\s+marathon)?|half-marathon|marathon|5k|10k|parkrun|park\\s+run|race|triathlon|ultra|miles?|km|kilometres?|kilometers?|round\\s+of\\s+golf|peak|summit|mountain|fell|sportive|three\\s+peaks|hike|path|trail|route|walk|lengths?|laps?|stairs|flights?\\s+of\\s+stairs|distance|course)(?![a-z-])' +
    '|(?:has|have|had|[\'\\u2019]s|[\'\\u2019]ve)\\s+(?:all\\s+|completely\\s+|finally\\s+)?(?:(?:filled|grown|come|sprouted)\\s+(?:right\\s+|all\\s+|straight\\s+)?back(?:\\s+in)?|filled\\s+(?:right\\s+)?in|thickened(?:\\s+up)?|healed(?:\\s+up)?|cleared(?:\\s+up)?)(?![a-z-])' +
    '|(?:has|have|had|[\'\\u2019]s|[\'\\u2019]ve)\\s+(?:had|got)\\s+(?:so\\s+much\\s+|far\\s+|much\\s+|a\\s+lot\\s+|loads\\s+)?more\\s+(?:energy|stamina|focus|get-up-and-go|confidence|mobility|movement\\s+in)' +
    '|(?:has|have|had)\\s+(?:all\\s+but\\s+)?(?:calmed|settled|died|quietened|eased|simmered)\\s+(?:right\\s+)?(?:down|off)' +
    '|(?:is|was|are|were|[\'\\u2019]s|[\'\\u2019]re)\\s+(?:now\\s+|finally\\s+|happily\\s+)?sleeping\\s+(?:alone|in\\s+(?:his|her|their|my|our)\\s+own\\s+(?:bed|room|cot))' +
    '|(?:needs?|needed|takes?|took|uses?|used)\\s+(?:far\\s+|much\\s+|a\\s+lot\\s+|many\\s+)?(?:fewer|less)\\s+(?:of\\s+(?:his|her|my|their|the|your)\\s+)?(?:[a-z-]+\\s+)?(?:tablets|pills|painkillers|medication|medicines?|inhalers?|puffs|insulin|sleeping\\s+pills|antacids|steroids?)' +
    '|(?:is|was|[\'\\u2019]s|became|has\\s+become|seems?|seemed|felt|feels?)\\s+(?:like\\s+)?(?:a|an)\\s+(?:completely\\s+|totally\\s+|entirely\\s+|whole\\s+|utterly\\s+)?(?:different|new|changed|transformed|happier|calmer|brand\\s+new)\\s+(?:child|baby|boy|girl|person|woman|man|kid|toddler|teenager|lady|chap|dog|cat|horse)' +
    ')(?![a-z-])',
  'iy',
);
/** Round 9 (A): subjects that are no person or body part ('the sea was calm', 'the sky was clear'). */
const R9_NOT_SUBJECT = /^(?:the\s+)?(?:sea|sky|weather|water|road|roads|traffic|house|room|office|diary|calendar|bill|bank|account|queue|list|ward|clinic|waiting\s+room|it|that|this|there|what|which|who)$/i;
/** Round 9 (A): words that name a treatment, a course of care or an activity taken up for health. */
const R9_TREATED = /\b(?:herbs?|herbal|tablets?|pills?|capsules?|drops|sprays?|creams?|oils?|balms?|gels?|patch(?:es)?|supplements?|tinctures?|teas?|powders?|shakes?|gummies|injections?|jabs?|drips?|infusions?|therapy|therapies|physio(?:therapy)?|osteo(?:pathy)?|chiropractic|chiro|acupuncture|massage|reflexology|hypnotherapy|counselling|cbt|yoga|pilates|tai\s+chi|meditation|mindfulness|breathwork|exercises|stretches|stretching|swimming|dips?|dipping|sauna|plan|programme|program|protocol|regime|routine|course|diet|cleanse|fasting|group|club|choir|class(?:es)?|sessions?|treatments?|laser|shockwave|orthotics|insoles|brace|splint|inhaler|medication|meds|antibiotics|antidepressants?|hrt|turmeric|magnesium|melatonin|zinc|vitamins?|probiotics?|collagen|mushrooms?|cbd|prp)\b/i;
/** Round 9 (A): people named with a capital that are no treatment ('Since Dad joined'). */
const R9_KIN = /^(?:i|mum|dad|mom|grandma|grandad|granny|nan|since|after|within|and|but|then|by|in|the|my|our|her|his)$/i;

/** A treatment or drug cue that starts in text[from, to) (the case stories' and round 9's frames). */
function treatmentCueIn(cues: Cue[], from: number, to: number): boolean {
  for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.intervention || c.kind === K.drug)) return true;
  return false;
}

/** Round 9 (A): a treatment named in text[from, to): a cue, a treatment word or a product name with a capital. */
function r9Treated(text: string, cues: Cue[], from: number, to: number): boolean {
  if (treatmentCueIn(cues, from, to)) return true;
  const span = text.slice(from, to);
  if (R9_TREATED.test(span)) return true;
  // A product or a method named with a capital after the opener's first word ('Lion's Mane Daily', 'PRP').
  const words = span.match(/[A-Za-z][A-Za-z'\u2019-]*/g);
  if (!words) return false;
  for (let w = 1; w < words.length; w++) {
    const c = words[w].charCodeAt(0);
    if (c >= 65 && c <= 90 && !R9_KIN.test(words[w]) && !R9_KIN.test(words[w - 1])) return true;
  }
  return false;
}

/** Round 9 (A): records a frame's claim over text[start, end) at the cue nearest its start. */
function r9Found(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, start: number, end: number, out: ClaimFinding, story = false): boolean {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--; // the span ends at its last word
  if (cues.length === 0) {
    // A sentence with no cue at all ('After her second session Amelia slept from eleven until five'): nothing vetoes it.
    out.rel = { cue: { kind: K.verb, start, end }, index: 0, type: 'causal', weak: false, verb: null, hedge: null, modalStart: start, negated: false, clause: 0, relative: false };
    out.object = null;
    out.reason = null;
    return true;
  }
  let k = cueIndexFrom(cues, start);
  if (!story) return round7Found(text, cues, clause, segment, inParens, k, { kind: K.verb, start, end }, null, out);
  // A story's opener may hold a negation of its own ('Six weeks of herbs and no more tomatoes, and her skin ...'): only
  // a negation in the outcome or in the two words before it takes the outcome back.
  for (const c of cues) if (c.kind === K.negation && c.end <= start && c.end >= wordWindowStart(text, start, 2) && text.slice(c.end, start).indexOf(',') < 0) return false;
  for (const c of cues) if (c.kind === K.negation && c.start >= start && c.start < end && !/^(?:no\s+longer|without)/i.test(cueText(text, c))) return false;
  const why = vetoed(text, cues, k, clause, segment, inParens);
  if (why) {
    out.reason ??= why;
    return false;
  }
  return storyOutcomeFound(text, cues, clause, k, start, end, out);
}

/** Round 16 (lead): a person other than the reader right before a story's 'could' ('I could', 'she finally could'). */
const R16_STORY_PERSON = /\b(?:i|she|he|we|they)\s+(?:(?:finally|now|then|soon|even|already|actually)\s+)?$/i;
/**
 * Records an outcome read from start to end (cue k anchors its clause) as the sentence's claim, hedged by a modal before
 * it in its clause or inside it ('some children may sleep better'). Shared by the story frames (r9Found, r12aFound).
 */
function storyOutcomeFound(text: string, cues: Cue[], clause: ArrayLike<number>, k: number, start: number, end: number, out: ClaimFinding): boolean {
  let hedge = hedgeBefore(text, cues, k, clause);
  for (const c of cues) if (!hedge && c.kind === K.hedge && c.start >= start && c.start < end) hedge = c;
  // Round 16 (lead): in a story told after its opener, 'could' after a person who is not the reader is past ability
  // ('Within a week of seeing the physio I could walk without a limp'), not a hedge; 'you could' stays hypothetical.
  if (hedge && hedge.end - hedge.start === 5 && /^could$/i.test(cueText(text, hedge)) && R16_STORY_PERSON.test(text.slice(Math.max(0, hedge.start - 24), hedge.start))) hedge = null;
  out.rel = { cue: { kind: K.verb, start, end }, index: k, type: 'causal', weak: false, verb: null, hedge, modalStart: start, negated: false, clause: clause[k], relative: false };
  out.object = null;
  out.reason = null;
  return true;
}

/**
 * Round 9 (A): the words a sentence must hold before each of round 9's passes is tried (a group each: one of its words
 * is enough), found in one pass over the sentence (WideSubstringGroups, with SENTENCE_GATE_WORDS: see readGates) when
 * round9AClaim starts. STORY: the case story's
 * openers; the others, the frames of changedAfter, comparisonR9 and testimonyR9.
 */
const R9_GATE_WORDS: Record<string, string[]> = {
  STORY: ['week', 'month', 'day', 'fortnight', 'year', 'fter', 'ollowing', 'ince ', 'rom ', 'by ', 'By ', 'later', ' in,', ' in and'],
  CHANGED: ['differen', ' new ', 'changed', 'transformed'],
  MORE_FOR: [' more for '],
  WHAT: [' what '],
  BEST: ['best', 'greatest', 'finest', 'most ', 'number one', 'strongest'],
  ROUTE: ['short', 'fast', 'route', 'road', 'path', 'ticket', 'gateway', 'passport', 'key', 'secret'],
  TO: [' to '],
  REASON: ['reason'],
  AG: ['ag'],
  PACE: ['slow', 'speed', 'rate', 'pace'],
  TWICE: ['twice', 'times', ' the time', 'usual time', 'normal time'],
  AS: [' as '],
  GOOD: ['good', 'effective', 'powerful', 'helpful', 'useful', 'strong', 'potent'],
  DESCRIBE: ['descri', 'call', 'liken', 'compare'],
  BENEFIT: ['benefit', 'difference', 'result', 'improvement'],
  PRONOUN: [' me ', ' her ', ' him ', ' us ', ' them '],
  SWITCH: ['switch', 'night and day', 'magic', 'miracle', ' tap'],
  FEWER: ['usual', 'fewer', 'used to', 'instead', 'down from'],
  // Round 10 (A): a time of sessions or of starting after a case story's outcome (trailingStoryR10).
  TRAIL: ['since', 'Since', 'fter ', 'ithin ', 'ollowing '],
  NEVER: ['never'],
  LEFT: ['came', 'Came', 'walked', 'Walked', 'went', 'Went', 'hobbled', 'limped', 'strolled', 'skipped', 'danced', 'floated', 'bounced', 'stepped', 'got out', 'got home', 'Got ', 'Left ', 'left the ', 'left my ', 'left her ', 'left his ', 'left our ', 'left your ', 'left able', 'left walking', 'left running', 'left feeling', 'left pain', 'left upright', 'left skipping', 'left floating', 'left dancing', 'left a ', 'later able', 'later walking', 'later feeling', 'later pain'],
  GAVE: ['gave', 'give ', 'gives', 'given me', 'given her', 'given him', 'given us', 'given them', 'given you', 'given my', 'given our'],
  ONCE: ['once', 'when ', 'soon as', 'the moment', 'the day', 'within days', 'within a week', 'within weeks'],
  OFF: [' off '],
  THAN: ['work', 'perform'],
  MUCH: ['as much ', 'worth ', 'equivalent', 'equal to', 'as good as', 'as rest'],
  BACK: [' back '],
  AND: [' and '],
  THESE: [' these ', ' those ', ' such '],
  // Round 10 (A): caseAndPraiseR10's superlative and 'nothing' frames (read here instead of by two more scans).
  BEST10: ['best ', 'Best '],
  NOTHING: ['othing'],
};
const r9Gate = (name: string): number => 1 << Object.keys(R9_GATE_WORDS).indexOf(name);
const R9G_STORY = r9Gate('STORY');
const R9G_CHANGED = r9Gate('CHANGED');
const R9G_MORE_FOR = r9Gate('MORE_FOR');
const R9G_WHAT = r9Gate('WHAT');
const R9G_BEST = r9Gate('BEST');
const R9G_ROUTE = r9Gate('ROUTE');
const R9G_TO = r9Gate('TO');
const R9G_REASON = r9Gate('REASON');
const R9G_AG = r9Gate('AG');
const R9G_PACE = r9Gate('PACE');
const R9G_TWICE = r9Gate('TWICE');
const R9G_AS = r9Gate('AS');
const R9G_GOOD = r9Gate('GOOD');
const R9G_DESCRIBE = r9Gate('DESCRIBE');
const R9G_BENEFIT = r9Gate('BENEFIT');
const R9G_PRONOUN = r9Gate('PRONOUN');
const R9G_SWITCH = r9Gate('SWITCH');
const R9G_FEWER = r9Gate('FEWER');
const R10G_TRAIL = r9Gate('TRAIL');
const R10G_NEVER = r9Gate('NEVER');
const R10G_LEFT = r9Gate('LEFT');
const R10G_GAVE = r9Gate('GAVE');
const R10G_ONCE = r9Gate('ONCE');
const R10G_OFF = r9Gate('OFF');
const R10G_THAN = r9Gate('THAN');
const R10G_MUCH = r9Gate('MUCH');
const R10G_BACK = r9Gate('BACK');
const R10G_AND = r9Gate('AND');
const R10G_THESE = r9Gate('THESE');
const R10G_BEST = r9Gate('BEST10');
const R10G_NOTHING = r9Gate('NOTHING');
/** The gates of the sentence round9AClaim is reading (readGates). */
let r9Gates = 0;

/**
 * The words whole-sentence gates of the passes before and after round 9 look for (a group each: one of its words is
 * enough), found with R9_GATE_WORDS in one pass over the sentence the first time a pass asks (sentenceGates) instead of
 * by an indexOf each: a sentence that reaches findClaim's later passes used to scan its text with indexOf some forty
 * times. A gate that needs the word's position, or reads 'indexOf(w) > 0', still calls indexOf when its group is found.
 */
const SENTENCE_GATE_WORDS = {
  CASE_TIME: ['week', 'month', 'day', 'fortnight', 'session', 'treatment'], // caseStory
  MAKE: ['mak', 'made'], // round8AClaim, causativeChange
  BEARABLE: (): string[] => MADE_BEARABLE_WORDS,
  FORTE: ['shin', 'shone', 'excel', ' own '], // round7Claim
  WHAT: [' what '],
  THINGS: [' things '],
  IN_WITH: [' in with '],
  EVIDENCE: (): string[] => R10_EVIDENCE_WORDS,
  AND: [' and '],
  COLON: [':'],
  LESS: ['less'],
  FEELING: ['feeling'],
  BACK: ['back '],
  AGAIN: ['again'],
  I_CAN: ['I can'],
  BEST: ['best '],
  DIFFERENCE: ['difference'],
  RATE: [' rate'],
  CHANCE: ['chance', 'odds'],
  WORK: ['work'],
  MY: ['my ', 'My '],
  FIRST_TIME: ['first time'],
  SLEEPING_THROUGH: ['sleeping through'],
  // remedyFrame's frames: PAST, GOODBYE, WORKS_A_TREAT and REMEDY_NOUN.
  REMEDY: (): string[] => [' of the past', 'bye', 'farewell', ' a treat', ' the trick', ' the job', ...REMEDY_NOUN_WORDS],
  RISK: ['risk', 'Risk'],
  BUT: ['but'],
  BELIEVE: ['ly believe', 'ly think', 'ly assume'],
  LIKE: [' like ', 'such as'],
  FROM: [' from '],
  // Round 16 (C): round16CTestimony's idioms (praise of a remedy, a cleft of rescue, a good outcome put down to a remedy).
  R16C_TESTIMONY: [' ever ', 'changer', 'life-chang', 'life chang', 'life-sav', 'life sav', 'aviour', 'avior', 'salvation', 'revelation', 'saved m', ' me through', 'the difference', 'ed me out', 'turned things', 'turned it', 'fixed me', 'worked for me', 'worked best', 'helped me most', 'helped the most', 'helped most', ' down to'],
};
type SentenceGate = keyof typeof SENTENCE_GATE_WORDS;
const sentenceGate = (name: SentenceGate): number => 1 << Object.keys(SENTENCE_GATE_WORDS).indexOf(name);
const SG_CASE_TIME = sentenceGate('CASE_TIME');
const SG_MAKE = sentenceGate('MAKE');
const SG_BEARABLE = sentenceGate('BEARABLE');
const SG_FORTE = sentenceGate('FORTE');
const SG_WHAT = sentenceGate('WHAT');
const SG_THINGS = sentenceGate('THINGS');
const SG_IN_WITH = sentenceGate('IN_WITH');
const SG_EVIDENCE = sentenceGate('EVIDENCE');
const SG_AND = sentenceGate('AND');
const SG_COLON = sentenceGate('COLON');
const SG_LESS = sentenceGate('LESS');
const SG_FEELING = sentenceGate('FEELING');
const SG_BACK = sentenceGate('BACK');
const SG_AGAIN = sentenceGate('AGAIN');
const SG_I_CAN = sentenceGate('I_CAN');
const SG_BEST = sentenceGate('BEST');
const SG_DIFFERENCE = sentenceGate('DIFFERENCE');
const SG_RATE = sentenceGate('RATE');
const SG_CHANCE = sentenceGate('CHANCE');
const SG_WORK = sentenceGate('WORK');
const SG_MY = sentenceGate('MY');
const SG_FIRST_TIME = sentenceGate('FIRST_TIME');
const SG_SLEEPING_THROUGH = sentenceGate('SLEEPING_THROUGH');
const SG_REMEDY = sentenceGate('REMEDY');
const SG_RISK = sentenceGate('RISK');
const SG_BUT = sentenceGate('BUT');
const SG_BELIEVE = sentenceGate('BELIEVE');
const SG_LIKE = sentenceGate('LIKE');
const SG_FROM = sentenceGate('FROM');
const SG_R16C_TESTIMONY = sentenceGate('R16C_TESTIMONY');
/**
 * R9_GATE_WORDS's groups (low: the R9G_ and R10G_ bits) and SENTENCE_GATE_WORDS's (high: the SG_ bits), built at the first
 * call (some of the word lists are declared further down the module).
 */
let gateGroups: WideSubstringGroups | null = null;
/** The sentence whose gates readGates last found. */
let gatedText = '';
/** The gates of text: scanned once, and kept until another text asks (the cache is by value, so always right). */
function readGates(text: string): WideSubstringGroups {
  if (gateGroups === null) {
    const sentenceWords = Object.values(SENTENCE_GATE_WORDS).map((w) => (typeof w === 'function' ? w() : w));
    const r9Words = Object.values(R9_GATE_WORDS);
    if (r9Words.length > 31) throw new Error('R9_GATE_WORDS: at most 31 groups');
    // The SG_ groups start at group 31 whatever the number of R9 groups: empty groups fill the gap.
    gateGroups = new WideSubstringGroups([...r9Words, ...Array.from({ length: 31 - r9Words.length }, () => []), ...sentenceWords]);
  } else if (text === gatedText) return gateGroups;
  gateGroups.scan(text);
  gatedText = text;
  return gateGroups;
}
/** The SG_ gates of text. */
function sentenceGates(text: string): number {
  return readGates(text).high;
}
/**
 * Round 9 (A): outcomes of the round-8 case stories tried after a round-9 opener too: built at the first call (some are
 * declared further down the module) and kept.
 */
let r9Outcomes: RegExp[] | null = null;
function r9StoryOutcomes(): RegExp[] {
  return (r9Outcomes ??= [R9_STATE, FRAGMENT_CAN, FRAGMENT_ING, FRAGMENT_BACK, FRAGMENT_FEEL, CASE_MEASURE, CASE_DOING, CASE_PART, CASE_NO_LONGER, CASE_SLEEPS, CASE_DOWN, R10_STORY_STATE]);
}

/**
 * Round 9 (A): a case story or a testimonial told with the time since a treatment, in the shapes round 8 did not read
 * (R9_OPENER), with the outcomes of round 8 and the wider ones of R9_STATE: 'Six weeks of Pitta-cooling herbs, and her
 * skin was calm and clear', 'After her second session Amelia slept from eleven until five', 'Since Dad joined the singing
 * group he's calmer'. Not: a time with no treatment named ('Six weeks of rain and the river was calm'), an outcome negated,
 * another cause given, or a bad state.
 */
function storyR9(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R9G_STORY) === 0) return false;
  const s0 = firstWordStart(text);
  // Candidate openers: the sentence start and every clause start after a comma or 'and'.
  const starts = [s0];
  for (let i = text.indexOf(',', s0); i >= 0 && starts.length < 8; i = text.indexOf(',', i + 1)) starts.push(i + 1);
  for (let i = text.indexOf(' and ', s0); i >= 0 && starts.length < 12; i = text.indexOf(' and ', i + 1)) starts.push(i + 1);
  // Round 10 (A): a clause after a semicolon or a colon, past an opening quote ('…; after a month of X I was walking', 'From the clinic: "After one dose …').
  for (let i = text.indexOf(';', s0); i >= 0 && starts.length < 14; i = text.indexOf(';', i + 1)) starts.push(i + 1);
  for (let i = text.indexOf(':', s0); i >= 0 && starts.length < 16; i = text.indexOf(':', i + 1)) {
    let q = i + 1;
    while (q < text.length && (isSpaceCode(text.charCodeAt(q)) || text.charCodeAt(q) === 34 || text.charCodeAt(q) === 0x201c)) q++;
    starts.push(q);
  }
  const outcomes = r9StoryOutcomes();
  for (const p of starts) {
    R9_OPENER.lastIndex = p;
    const o = R9_OPENER.exec(text);
    if (!o || o.index !== p) continue;
    const openEnd = o.index + o[0].length;
    const limit = Math.min(text.length, openEnd + 140);
    for (let at = openEnd; at < limit; at = nextWordEnd(text, at)) {
      while (at < limit && !isWordChar(text.charCodeAt(at))) at++;
      if (at >= limit) break;
      if (/[.;:!?]/.test(text.slice(openEnd, at))) break;
      const ap = text.charCodeAt(at - 1);
      if (ap === 39 || ap === 8217) continue; // the 't' of "don't" is no subject
      let end = -1;
      for (const re of outcomes) {
        if (re === R9_STATE) {
          R9_SUBJ.lastIndex = at;
          const sm = R9_SUBJ.exec(text);
          if (!sm || R9_NOT_SUBJECT.test(sm[0])) continue;
          const subjEnd = at + sm[0].length;
          // The subject is no treatment, product or report ('the cream was calming', 'she says').
          if (treatmentCueIn(cues, at, subjEnd) || CASE_PRODUCT.test(sm[0]) || CASE_REPORT.test(sm[0])) continue;
          // A noun phrase with a determiner may run one or two words longer ('the hot flushes had calmed right down').
          let e1 = subjEnd;
          let m: RegExpExecArray | null = null;
          for (let n = 0; n < 3 && !m; n++) {
            if (n > 0) {
              if (!/^(?:my|her|his|their|our|the|your)\s/i.test(sm[0]) || !/^\s+(?!(?:i|she|he|we|they|you|it|and|or|but|then)\s)[a-z-]+(?=\s)/i.test(text.slice(e1, e1 + 30))) break;
              e1 = nextWordEnd(text, e1);
            }
            R9_STATE.lastIndex = e1;
            m = R9_STATE.exec(text);
            if (m && m.index !== e1) m = null;
          }
          if (!m) continue;
          end = e1 + m[0].length;
        } else {
          re.lastIndex = at;
          const m = re.exec(text);
          if (!m || m.index !== at) continue;
          const e = at + m[0].length;
          // Round 10 (A): a medicine given up is the outcome itself ('he no longer needs his inhaler'), not the treatment.
          if (((treatmentCueIn(cues, at, e) || CASE_PRODUCT.test(text.slice(at, e))) && !(re === R10_STORY_STATE && /\b(?:off|no\s+longer)\s/i.test(text.slice(at, e)))) || CASE_REPORT.test(text.slice(at, e))) continue;
          end = e;
        }
        break;
      }
      if (end < 0) continue;
      if (CASE_OTHER_CAUSE.test(text.slice(end, end + 40))) return false;
      const outcome = text.slice(wordWindowStart(text, at, 2), end);
      // Round 11 (A): 'barely visible', 'hardly noticeable' is a complaint faded, not a negation of the outcome.
      if (CASE_NEGATED.test(outcome) && !/\bno\s+longer\b/i.test(outcome) && !(R11_FADED.test(outcome) && !CASE_NEGATED.test(outcome.replace(R11_FADED, '')))) return false;
      if (o[1] === undefined && !r9Treated(text, cues, p, at) && !R11_GIVEN_UP.test(text.slice(p, at))) break;
      if (r9Found(text, cues, clause, segment, inParens, at, end, out, true)) {
        out.testimonial = true;
        return true;
      }
      return false;
    }
  }
  return false;
}

/** Round 11 (A): a complaint faded out of sight ('her scars are barely visible'), with no other negation. */
const R11_FADED = /\b(?:barely|hardly|scarcely)\s+(?:visible|noticeable|there)\b/i;
/** Round 9 (A): a transformation told of a person ('a completely different child', 'a new man'). */
const R9_CHANGED = /\b(?:a|an)\s+(?:completely\s+|totally\s+|entirely\s+|whole\s+|utterly\s+)?(?:different|new|changed|transformed|brand\s+new)\s+(?:child|baby|boy|girl|person|woman|man|kid|toddler|teenager|lady|chap|dog|cat|horse)\b/i;
/**
 * Round 9 (A): the treatment after a transformation ('after three sessions', 'since starting the drops', 'within a week of
 * seeing her'); round 12 (C): also a time of day or night before 'after' ('on the nights after a session').
 */
const R9_CHANGED_AFTER = new RegExp(
  `^\\s*(?:[a-z'\\u2019-]+\\s+){0,2}?(?:(?:on|in)\\s+the\\s+(?:nights?|days?|mornings?|evenings?|weeks?)\\s+(?=after\\s))?(?:(?:after|since|within|following|from)\\s+(?:(?:her|his|my|the|their|our|a|an|one|two|three|four|five|six|just|only|\\d+)\\s+){0,2}(?:${R9_ORD}\\s+)?(?:[a-z-]+\\s+)?${R9_SESSION}(?![a-z-])|(?:since|after|within\\s+(?:[a-z]+\\s+){1,3}?of)\\s+(?:starting|taking|seeing|beginning|using|trying|joining|switching\\s+to|the\\s+(?:op|operation|surgery|procedure))\\b)`,
  'i',
);
/** Round 9 (A): 'was a completely different child after three sessions': a transformation with a treatment after it. */
function changedAfter(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R9G_CHANGED) === 0) return false;
  const m = R9_CHANGED.exec(text);
  if (!m) return false;
  const end = m.index + m[0].length;
  if (!R9_CHANGED_AFTER.test(text.slice(end, end + 60))) return false;
  const verb = prevWordBounds(text, m.index);
  if (!verb || !/^(?:is|was|are|were|s|became|become|seems?|seemed)$/i.test(text.slice(verb[0], verb[1]))) return false;
  if (r9Found(text, cues, clause, segment, inParens, verb[0], end, out, true)) {
    out.testimonial = true;
    return true;
  }
  return false;
}

/** Round 9 (A): treatments and medicines on the other side of a comparison ('any painkiller', 'two years of tablets'). */
const R9_OTHER_REMEDY = /\b(?:anything|everything|any\s+(?:[a-z-]+\s+)?(?:pill|tablet|painkiller|medicine|drug|cream|treatment|therapy|remedy|supplement|injection|spray|inhaler)|tablets?|pills?|painkillers?|medication|medicines?|drugs?|antidepressants?|therapy|therapies|counselling|treatments?|physio(?:therapy)?|inhalers?|steroids?|creams?|injections?|surgery|operations?|prescriptions?|antibiotics?|supplements?|remed(?:y|ies)|sleeping\s+pills?)\b/i;
/** Round 16 (A): the reader or a part or function of the reader's ('you', 'your appetite', 'your joints'). */
const R16A_YOUR = /^(?:you|your\s+[a-z-]+)$/i;
/** Round 9 (A): a person as the subject ('She did more for me than any doctor'): a comparison of people, not of remedies. */
const R9_PERSON_SUBJECT = /^(?:i|you|he|she|we|they|who|mum|dad|mom|nobody|no-one|husband|wife|partner|friend|friends|sister|brother|mother|father|daughter|son|grandmother|grandfather|grandma|grandpa|granny|nan|aunt|uncle|teacher|coach|mentor|neighbour|neighbor|boss|colleague|doctor|gp|nurse|nurses|team|staff|everyone|someone|council|government|charity|midwife|consultant|surgeon|dentist|vet)$/i;
/** Round 9 (A): 'has done more for her depression than two years of tablets', 'did more for him than any painkiller'. */
const R9_DID_MORE = /\b(?:did|does|do|done)\s+(?:far\s+|much\s+|a\s+lot\s+|so\s+much\s+|way\s+)?more\s+for\s+/i;
/** Round 9 (A): 'has done what years of talking therapy couldn't', 'did what no tablet could'. */
const R9_DID_WHAT = /\b(?:did|does|done|achieved|managed)\s+what\s+/i;
/** Round 9 (A): the modal that ends what the other remedy could not do ('couldn't', 'never did', 'failed to'). */
const R9_COULD_NOT = /^(?:couldn['\u2019]t|could|couldn|never|didn['\u2019]t|failed|can['\u2019]t|cannot|hadn['\u2019]t)$/i;
/** Round 9 (A): drug classes and remedy nouns a treatment is called the best of ('the best antidepressant there is'). */
const R9_BEST_CLASS = '(?:antidepressants?|painkillers?|pain\\s+(?:relievers?|relief|killers?)|anti-inflammator(?:y|ies)|antihistamines?|sleeping\\s+(?:pills?|tablets?|draughts?)|sleep\\s+aids?|sedatives?|tranquill?i[sz]ers?|antibiotics?|antivirals?|antacids?|laxatives?|decongestants?|mood\\s+(?:boosters?|lifters?|enhancers?)|stress\\s+(?:relievers?|busters?)|energy\\s+boosters?|immune\\s+boosters?|anti-ageing\\s+(?:treatments?|secrets?)|anti-aging\\s+(?:treatments?|secrets?)|(?:natural\\s+)?(?:prozac|valium|viagra|xanax|botox|ibuprofen|aspirin))';
const R9_BEST_GENERAL = '(?:medicines?|remed(?:y|ies)|treatments?|therap(?:y|ies)|tonics?|protection|defen[cs]es?|prevention|preventatives?|preventives?|prescriptions?|thing|things|investment|cure|medicine)';
/**
 * Round 9 (A): 'is the best antidepressant there is', 'the single best protection against Alzheimer's', 'nature's best painkiller'.
 * Round 11 (A): the degree adverbs of a superlative after the copula, besides 'by far' and 'easily': 'hands down', 'far and
 * away' and the adverbs of sincerity ('is hands down the best thing you can do for', 'is honestly the best medicine for').
 */
const R9_BEST = new RegExp(
  `\\b(?:is|are|was|were|['\\u2019]s|remains|remain|makes?|make)\\s+(?:(?:quite|simply|probably|easily|by\\s+far|still|hands\\s+down|far\\s+and\\s+away|really|truly|genuinely|honestly|undoubtedly|definitely)\\s+)?(?:the|your|nature['\\u2019]s|my|our|their|her|his)\\s+(?:(?:single|very|one|absolute|number\\s+one)\\s+)?(?:best|greatest|finest|most\\s+(?:powerful|effective)|strongest|top|number\\s+one)\\s+(?:(?:natural|all-natural|free|drug-free|non-drug|everyday|simple|cheapest|single|kind\\s+of)\\s+)?` +
    `(?:(${R9_BEST_CLASS})|(${R9_BEST_GENERAL})(?=\\s+(?:(?:you\\s+can\\s+(?:do|give|take|have|get)\\s+|there\\s+is\\s+|(?:i|we)\\s+know\\s+)?(?:for|against|of)\\s|there\\s+is|around|going|money\\s+can\\s+buy|on\\s+the\\s+market|known\\s+to\\s+(?:man|science)|in\\s+the\\s+world)))(?![a-z-])`,
  'i',
);
/** Round 9 (A): after a best remedy, a choice or a plan that makes it advice ('the best painkiller to take in pregnancy', 'for you'). */
const R9_BEST_ADVICE = /^\s*(?:to\s+(?:take|use|choose|buy|try|start|get|ask)|for\s+(?:you|your\s+(?:child|budget|needs|situation))\b|depends|varies|will\s+depend|is\s+(?:the\s+one|whichever|different)|(?:for|of)\s+(?:the|your)\s+(?:money|budget|price)|(?:for|of)\s+(?:\w+\s+){0,2}?(?:money|budget|price|parking|booking))/i;
/** Round 9 (A): a route to a better body ('the shortcut to a stronger, drier pelvic floor', 'your fast track to deeper sleep'). */
const R9_ROUTE = /\b(?:is|are|was|['\u2019]s|remains)\s+(?:(?:simply|really|truly)\s+)?(?:the|your|a|an|our)\s+(?:(?:quickest|fastest|surest|easiest|simplest|best|real|only|true|secret|short|natural|proven)\s+)?(?:shortcut|short\s+cut|short-cut|fast\s+track|fast-track|route|road|path|pathway|ticket|gateway|passport|key|secret)\s+to\s+([^.;:!?]{1,60})/i;
/** Round 9 (A): the good-state comparatives of a route's goal ('stronger', 'drier', 'deeper'). */
const R9_BETTER_ADJ = /\b(?:stronger|healthier|better|clearer|calmer|deeper|drier|fitter|flatter|slimmer|leaner|younger|younger-looking|sharper|smoother|happier|longer|thicker|fuller|firmer|looser|lighter|fresher|brighter|pain-free|symptom-free|itch-free|spot-free|clear|glowing|radiant|restful|healthy|strong|calm|deep|happy|long)\b/i;
/** Round 9 (A): body parts, functions and states a route leads to ('pelvic floor', 'sleep', 'skin', 'heart'). */
const R9_BODY_GOAL = /^(?:skin|complexion|sleep|nights?|heart|gut|digestion|body|bones?|joints?|back|knees?|hips?|muscles?|core|pelvic|floor|bladder|mind|mood|memory|brain|immune|immunity|health|life|lifespan|healthspan|hair|scalp|teeth|gums|smile|eyes?|eyesight|vision|hearing|breathing|lungs|energy|metabolism|weight|waist|waistline|figure|periods?|cycle|hormones|fertility|pregnancy|recovery|circulation|blood|posture|feet|legs|stamina|fitness|focus|concentration|libido|ageing|aging|old\s+age)$/i;
/** Round 9 (A): 'is the reason she hardly catches colds', 'is the reason I sleep so well'. */
const R9_REASON = /\b(?:is|are|was|['\u2019]s)\s+(?:(?:the|my|her|his|our|their)\s+)?(?:(?:main|only|real|whole|sole|number\s+one|one|single\s+biggest|biggest|big)\s+)?reasons?\s+(?:why\s+|that\s+)?(?:i|she|he|we|they|you|(?:my|her|his|our|their)\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:(?:hardly|rarely|never|seldom|barely|no\s+longer|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|haven['\u2019]t|hasn['\u2019]t|do\s+not|does\s+not)\s+(?:ever\s+)?(?:catch(?:es)?|gets?|have|has|suffers?|feels?|needs?|takes?|had|get\s+ill|get\s+sick|go\s+down\s+with|goes\s+down\s+with)\b|(?:sleeps?|sleep)\s+(?:so\s+)?(?:well|soundly|better)|(?:am|is|are|['\u2019]m|['\u2019]s|['\u2019]re|feel|feels|stay|stays|keep|keeps)\s+(?:so\s+)?(?:healthy|well|fit|pain-free|calm|calmer|supple|mobile|young|energetic|strong|slim|lean|sane)\b)/i;
/** Round 9 (A): the lay words of falling ill after a credit for an absent illness ('hardly get travel sick', 'rarely catch a cold'). */
const R9_ILL = /^\s*(?:a\s+|any\s+|the\s+)?(?:[a-z-]+\s+)?(?:sick|ill|poorly|unwell|colds?|flu|coughs?|bugs?|sniffles|headaches?|migraines?|infections?|hay\s+fever|cold\s+sores?|ulcers?|cramps?|heartburn|indigestion|tired|run\s+down|hangovers?)\b/i;
/** Round 9 (A): members or patients who age more slowly ('age biologically at less than half the speed of ...'). */
const R9_AGE_SLOWER = /\bag(?:e|es|ed|ing|eing)\s+(?:biologically\s+)?(?:(?:far\s+|much\s+)?(?:more\s+slowly|slower|less\s+quickly|less\s+fast)|at\s+(?:less\s+than\s+|under\s+|about\s+|only\s+|just\s+|roughly\s+|around\s+)?(?:half|a\s+third|a\s+quarter|a\s+fraction|two-thirds|three-quarters|\d+\s*%|\d+\s+per\s*cent)\s+(?:of\s+)?(?:the\s+)?(?:speed|rate|pace))(?![a-z-])/i;
/** Round 9 (A): a recovery N times as fast ('get heel pain settled twice as fast', 'heals in half the time'). */
const R9_TIMES_FASTER = /\b(?:twice|three\s+times|four\s+times|five\s+times|\d+\s+times|\d+x)\s+(?:as\s+(?:fast|quickly|soon)|faster|quicker|sooner)\b|\bin\s+(?:half|a\s+third\s+of|a\s+fraction\s+of)\s+the\s+(?:usual\s+|normal\s+)?time\b/i;
/** Round 9 (A): recovery words that a speed of recovery needs in its clause ('settled', 'heal', 'recover'). */
const R9_RECOVERY = /\b(?:settle[sd]?|settling|heal(?:s|ed|ing)?|recover(?:s|ed|ing|y)?|clear(?:s|ed|ing)?\s+up|mend(?:s|ed|ing)?|resolve[sd]?|back\s+on\s+(?:your|their|my|her|his)\s+feet|better|relief|ease[sd]?|easing|fade[sd]?|shrinks?|shrunk|calm(?:s|ed)?\s+down|disappear(?:s|ed)?|go(?:es)?\s+away|gone|wear\s+off)\b/i;
/** Round 9 (A): 'every bit as good as minoxidil at regrowing hair', 'just as effective as ibuprofen for period pain'. */
const R9_AS_GOOD = /\b(?:(?:every\s+bit|just|quite|fully|at\s+least|easily)\s+)?as\s+(?:good|effective|powerful|strong|helpful|useful|potent)\s+as\s+/i;
/** Round 9 (A): the preposition that names the outcome after an equal comparison ('at regrowing hair', 'for itchy eczema'). */
const R9_AS_GOOD_AT = /\s(?:at|for|in|against)\s/i;
/** Round 9 (A): 'What really sends a stubborn verruca packing is ...', 'What truly moves the needle on longevity is ...': a pseudo-cleft with an idiom of beating or helping a complaint. */
const R9_CLEFT = /^[\s"'\u201c\u2018*_>(]*what\s+(?:(?:really|truly|actually|genuinely|finally|always|usually|reliably|honestly)\s+)?(?:(?:sends?|sent)\s+((?:[a-z'\u2019-]+\s+){1,4}?)packing\s+|(?:shows?|showed)\s+((?:[a-z'\u2019-]+\s+){1,4}?)the\s+door\s+|(?:kicks?|kicked)\s+((?:[a-z'\u2019-]+\s+){1,4}?)to\s+the\s+(?:kerb|curb)\s+|(?:sees?|saw)\s+off\s+((?:[a-z'\u2019-]+\s+){1,4}?)|(?:knocks?|knocked)\s+((?:[a-z'\u2019-]+\s+){1,4}?)on\s+the\s+head\s+|(?:moves?|moved|shifts?|shifted)\s+the\s+needle\s+(?:on|for)\s+((?:[a-z'\u2019-]+\s+){1,4}?)|(?:makes?|made)\s+(?:the\s+)?(?:biggest\s+|real\s+|most\s+|greatest\s+)?(?:difference|dent)\s+(?:to|for|in|with)\s+((?:[a-z'\u2019-]+\s+){1,4}?)|(?:gets?|got)\s+rid\s+of\s+((?:[a-z'\u2019-]+\s+){1,4}?)|(?:turns?|turned)\s+((?:[a-z'\u2019-]+\s+){1,4}?)around\s+|(?:works?|worked)\s+(?:best\s+|wonders\s+)?(?:for|on|against)\s+((?:[a-z'\u2019-]+\s+){1,4}?))(?:is|are|was|were)\s+(?!(?:different|unclear|not|unknown|debated|still|hard|up\s+to|a\s+matter|less\s+clear|individual|personal)\b)/i;
/** Round 9 (A): health outcomes a pseudo-cleft's idiom may act on with no cue of the lexicon ('longevity', 'ageing'). */
const R9_CLEFT_OUTCOME = /\b(?:longevity|lifespan|healthspan|ageing|aging|youth|wellbeing|well-being|vitality|health|fitness|energy|weight|fat|stamina|recovery)\b/i;

/**
 * Round 9 (A): comparisons, superlatives and identities that credit a treatment with a benefit: it did more for a
 * complaint than another remedy, did what another could not, is the best of a drug class or the best protection against a
 * disease, the shortcut to a better body, the reason a person is well, makes people age more slowly or recover twice as
 * fast, is as good as a drug at an outcome, or is what sends a complaint packing (a pseudo-cleft). Each frame is looked
 * for only after a word check.
 */
function comparisonR9(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const healthIn = (from: number, to: number): boolean => {
    for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body)) return true;
    return false;
  };
  // r9Treated reads the treatment cues first.
  const treatedBefore = (to: number): boolean => gerundSubject(text, to) || r9Treated(text, cues, 0, to);
  if ((r9Gates & R9G_MORE_FOR) !== 0) {
    const m = R9_DID_MORE.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      // 'for X than Y': X the person or the complaint helped, Y the other remedy (within the clause, 'than' in 60 characters).
      const forAt = m.index + m[0].length;
      const rest = text.slice(forAt, forAt + 130).split(/[.;:!?]/)[0];
      const than = rest.indexOf(' than ');
      const who = than > 0 && than <= 60 ? rest.slice(0, than) : '';
      const other = than > 0 ? rest.slice(than + 6) : '';
      // Round 16 (A): the reader and the reader's own function too ('does more for your appetite than most diet pills', 'did
      // more for you than any tablet'), with another remedy after 'than' as for the rest.
      const health = who !== '' && (healthIn(forAt, forAt + than) || /^(?:me|him|her|us|them|my\s+[a-z-]+|his\s+[a-z-]+|her\s+[a-z-]+)$/i.test(who.trim()) || (R16A_YOUR.test(who.trim()) && R9_OTHER_REMEDY.test(other)));
      // The span ends at 'than' ('did more for her nausea than').
      if (health && (R9_OTHER_REMEDY.test(other) || healthIn(forAt, forAt + than)) && r9Found(text, cues, clause, segment, inParens, m.index, forAt + than + 5, out)) return true;
    }
  }
  if ((r9Gates & R9G_WHAT) !== 0) {
    const m = R9_DID_WHAT.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      // 'what years of talking therapy couldn't': up to six words, then the modal that says the other could not.
      const at = m.index + m[0].length;
      const words = text.slice(at, at + 90).split(/[.;:!?]/)[0].split(/\s+/).slice(0, 8);
      let i = 1;
      while (i < words.length && i <= 6 && !R9_COULD_NOT.test(words[i])) i++;
      if (i < words.length && i <= 6) {
        const other = words.slice(0, i).join(' ');
        const end = text.indexOf(words[i], at + other.length) + words[i].length;
        if (R9_OTHER_REMEDY.test(other) && r9Found(text, cues, clause, segment, inParens, m.index, end, out)) return true;
      }
    }
  }
  if ((r9Gates & R9G_BEST) !== 0) {
    const m = R9_BEST.exec(text);
    if (m && !R9_BEST_ADVICE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      const end = m.index + m[0].length;
      // A general remedy noun needs a complaint, a body part or a good state after it ('the best protection against dementia').
      const ok = m[1] !== undefined || healthIn(end, Math.min(text.length, end + 50)) || /^\s+(?:there\s+is|around|going|money\s+can\s+buy|on\s+the\s+market|known\s+to|in\s+the\s+world)/i.test(text.slice(end, end + 30));
      // The span starts at the remedy noun phrase ('the best medicine'), as round 5's frame reports it.
      const np = m[0].search(/\s(?:the|your|nature['\u2019]s|my|our|their|her|his)\s/i) + 1;
      if (ok && r9Found(text, cues, clause, segment, inParens, m.index + np, end, out)) return true;
    }
  }
  if ((r9Gates & R9G_ROUTE) !== 0 && (r9Gates & R9G_TO) !== 0) {
    const m = R9_ROUTE.exec(text);
    const goal = m ? m[1].split(/[^A-Za-z-]+/).slice(0, 7) : [];
    if (m && goal.some((w) => R9_BETTER_ADJ.test(w)) && (goal.some((w) => R9_BODY_GOAL.test(w)) || healthIn(m.index + m[0].length - m[1].length, m.index + m[0].length)) && !R9_PERSON_SUBJECT.test(prevWord(text, m.index))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
    }
  }
  if ((r9Gates & R9G_REASON) !== 0) {
    const m = R9_REASON.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      const end = m.index + m[0].length;
      // A credit for an absent illness needs the illness ('hardly catches colds'); a good state is one by itself.
      const negated = /\b(?:hardly|rarely|never|seldom|barely|no\s+longer|n['\u2019]t|not)\b/i.test(m[0]);
      if ((!negated || healthIn(end - 12, Math.min(text.length, end + 40)) || R9_ILL.test(text.slice(end, end + 40))) && r9Found(text, cues, clause, segment, inParens, m.index, end, out)) return true;
    }
  }
  if ((r9Gates & R9G_AG) !== 0 && (r9Gates & R9G_PACE) !== 0) {
    const m = R9_AGE_SLOWER.exec(text);
    if (m && treatedBefore(m.index) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
  }
  if ((r9Gates & R9G_TWICE) !== 0) {
    const m = R9_TIMES_FASTER.exec(text);
    if (m) {
      const before = text.slice(0, m.index);
      const treated = r9Treated(text, cues, 0, m.index);
      if (treated && R9_RECOVERY.test(before.slice(-80)) && healthIn(0, m.index + m[0].length + 30) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
    }
  }
  if ((r9Gates & R9G_AS) !== 0 && (r9Gates & R9G_GOOD) !== 0) {
    const g = R9_AS_GOOD.exec(text);
    const after = g ? text.slice(g.index + g[0].length, g.index + g[0].length + 56).split(/[.;:!?]/)[0] : '';
    const prep = g ? R9_AS_GOOD_AT.exec(after) : null;
    // m[1]: the other remedy, between 'as good as' and the preposition ('minoxidil', 'cough syrup').
    const m = g && prep && prep.index > 0 ? { index: g.index, 0: g[0] + after.slice(0, prep.index + prep[0].length), 1: after.slice(0, prep.index) } : null;
    if (m) {
      const end = m.index + m[0].length;
      const next = nextWord(text, end);
      // The outcome after 'at'/'for': a complaint, a good state or a body part, or the -ing of a verb of benefit.
      const health = healthIn(end, Math.min(text.length, end + 40)) || (/ing$/.test(next) && healthIn(m.index, Math.min(text.length, end + 40)));
      if (health && (R9_OTHER_REMEDY.test(m[1]) || healthIn(m.index, end) || /\b(?:[a-z]+(?:ine|ol|ide|ate|il|en|in)|[A-Z][a-z]+)\b/.test(m[1])) && r9Found(text, cues, clause, segment, inParens, m.index, end, out)) return true;
    }
  }
  if ((text.charCodeAt(0) | 32) === 119 || /^\W*what\s/i.test(text.slice(0, 8))) {
    const m = R9_CLEFT.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      let health = healthIn(m.index, end);
      if (!health) for (let g = 1; g < m.length && !health; g++) if (m[g] !== undefined && R9_CLEFT_OUTCOME.test(m[g])) health = true;
      if (health && end < text.length - 2 && r9Found(text, cues, clause, segment, inParens, m.index + m[0].search(/what/i), end, out)) return true;
    }
  }
  return false;
}

/** Round 9 (A): the word before pos, skipping 'that' and adverbs of a reported comparison ('She says the sea', 'Tom swears the'). */
function prevWordSkipping(text: string, pos: number): string {
  let w = prevWord(text, pos);
  let at = pos;
  for (let n = 0; n < 3 && /^(?:has|have|had|s|ve|really|truly|honestly|probably|easily|simply|just|also|still|now|already|ever)$/.test(w); n++) {
    const b = prevWordBounds(text, at);
    if (!b) break;
    at = b[0];
    w = prevWord(text, at);
  }
  return w;
}

/** Round 9 (A): 'Patients describe the feeling afterwards as a reset: sharper, lighter, ten years younger'. */
const R9_DESCRIBE = /\b(?:describe|describes|described|describing|call|calls|called|liken|likens|likened|compare|compares|compared)\s+(?:the|that|this|their|the\s+whole|its)\s+(?:feeling|effects?|sensation|difference|change|results?|experience|after-effects?|aftermath|glow)\s+(?:afterwards\s+|after\s+(?:[a-z'\u2019-]+\s+){1,3}?|(?:of|from)\s+(?:[a-z'\u2019-]+\s+){1,3}?)?(?:as|to)\s+([^.;!?]{1,80})/i;
/** Round 9 (A): the good words of a described feeling ('a reset', 'sharper', 'ten years younger', 'life-changing'). */
const R9_DESCRIBED_GOOD = /\b(?:reset|reboot|recharge|sharper|lighter|younger|calmer|clearer|refreshed|energi[sz]ed|revitali[sz]ed|rejuvenated|renewed|restored|reborn|life-changing|life\s+changing|transformative|transformational|night\s+and\s+day|a\s+new\s+(?:lease|person|woman|man)|new\s+(?:person|woman|man)|weightless|euphoric|blissful|bliss|amazing|incredible|miraculous|miracle|magic|magical|fantastic|wonderful|brilliant|relief|freedom|healing|lifting\s+a\s+(?:weight|fog|cloud)|a\s+(?:weight|fog|cloud)\s+lifting|(?:like\s+)?(?:myself|herself|himself|themselves)\s+again)\b/i;
/** Round 9 (A): 'Most people feel the benefits within two weeks', 'you'll notice a real difference after your first session'. */
const R9_FEEL_BENEFIT = /\b(?:people|patients|clients|customers|users|members|women|men|parents|children|you|i|we|they|she|he|everyone|most|many)(?:\s+|(?=['\u2019]))(?:(?:usually|typically|generally|often|normally|tend\s+to|will|['\u2019]ll|should|can|could|may|might|start\s+to|begin\s+to|already|all|really)\s+){0,2}(?:feel|feels|felt|notice|notices|noticed|see|sees|saw|experience|experiences|experienced|enjoy|enjoys|get|gets)\s+(?:the\s+|a\s+|real\s+|some\s+|an\s+)?(?:(?:real|big|huge|noticeable|marked|clear|definite|positive|full|first)\s+)?(?:benefits?|difference|results?|improvement|improvements)\s+(?:(?:with|in)\s+(?:their|your|my|her|his)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?(?:within|after|in|from|by)\s+(?:(?:just|only)\s+)?(?:(?:the|their|your|my|her|his)\s+(?:first|second|third)\s+|(?:a|an|one|two|three|four|five|six|eight|twelve|\d+|a\s+few|a\s+couple\s+of)\s+)?(?:days?|weeks?|fortnights?|months?|sessions?|doses?|treatments?|nights?|uses?|applications?|visits?|appointments?|hours?)\b/i;
/** Round 9 (A): 'X got me up Snowdon without stopping', 'got her through the marathon': a performance testimonial. */
const R9_GOT_ME = /\b(?:got|gets|has\s+got|have\s+got|helped|helps|carried|carries|took|takes)\s+(?:me|her|him|us|them)\s+(?:up|round|around|to\s+the\s+top\s+of|through|over)\s+(?:(?:the|a|an|my|her|his|our|their|all)\s+)?(?:[A-Za-z'\u2019-]+\s+){0,2}?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|mountains?|hills?|peaks?|fells?|marathons?|half(?:\s+marathon)?|race|triathlon|stairs|ultras?|parkruns?|5k|10k|climbs?|summits?|routes?|trails?|rounds?|seasons?|winters?|summers?|exams?|menopause|chemo(?:therapy)?|pregnancy|labour|nights?|days?|weeks?|shifts?|flights?|recovery|term|wedding)\b/;
/** Round 9 (A): a feat done with no complaint ('without stopping once', 'with energy to spare'). */
const R9_FEAT = /^\s*(?:[a-z'\u2019-]+\s+){0,3}?(?:without\s+(?:stopping|a\s+break|a\s+rest|pain|getting\s+(?:out\s+of\s+breath|breathless|tired)|flagging|puffing|a\s+twinge|(?:a\s+single\s+|a\s+|any\s+|one\s+|my\s+|her\s+|his\s+)?[a-z-]+)|with\s+(?:energy|breath)\s+to\s+spare|in\s+record\s+time|pain-free|like\s+a\s+(?:teenager|twenty-year-old|goat))/i;
/** Round 9 (A): a simile of sudden relief ('is like flicking a switch', 'was like night and day', 'worked like magic'). */
const R9_SWITCH = /\b(?:is|was|are|were|['\u2019]s|worked|works|acted|acts)\s+(?:(?:just|almost|honestly|literally|really)\s+)?like\s+(?:(?:flicking|flipping|throwing|hitting|pressing)\s+a\s+(?:switch|button)|a\s+switch\s+(?:being|was|had\s+been)\s+(?:flicked|flipped|thrown)|someone\s+(?:flicked|flipped|turned\s+off)\s+a\s+switch|night\s+and\s+day|magic|a\s+miracle|turning\s+off\s+a\s+tap)(?![a-z-])/i;
/** Round 9 (A): another cause given after an outcome, with an adverb before it or a clause between (', probably because I've been working from home'). */
const R9_OTHER_CAUSE = /^[^.;!?]{0,25}?(?:because|due\s+to|as\s+a\s+result\s+of|thanks\s+to\s+(?:the\s+)?(?:mild|warm|weather|working|lockdown|luck|good\s+luck))\b/i;
/** Round 9 (A): 'I've had two colds this winter instead of my usual five': fewer bouts of an illness than usual. */
const R9_FEWER_BOUTS = /\b(?:had|caught|got|suffered|have\s+had|['\u2019]ve\s+had|['\u2019]ve\s+caught|have\s+caught|has\s+had|has\s+caught|['\u2019]s\s+had|only\s+had|just\s+had)\s+(?:only\s+|just\s+)?(?:one|two|three|four|a\s+single|\d+|no|half\s+as\s+many|far\s+fewer|fewer|much\s+fewer)\s+(?:[a-z-]+\s+)?(?:colds?|coughs?|infections?|migraines?|headaches?|flare-?ups?|attacks?|bugs?|sniffles|bouts?|episodes?|seizures?|cold\s+sores?|utis?|hot\s+flushes|hot\s+flashes|sick\s+days|nosebleeds?|nightmares|panic\s+attacks?|chest\s+infections?|ear\s+infections?|tonsillitis|relapses?)\s+(?:(?:this|last|all|over\s+the)\s+(?:winter|year|season|term|month|spring|autumn|summer|past\s+year)\s+)?(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|down\s+from|than)\s+(?:(?:my|her|his|their|our|the)\s+(?:usual|normal|typical|average|regular|old)|usual|before|(?:i|she|he|we|they)\s+used\s+to|last\s+(?:year|winter|season|term))/i;

/**
 * Round 9 (A): testimonial frames with no verb of benefit: a feeling after a treatment described in good words ('Patients
 * describe the feeling as a reset'), people who feel the benefits within a time, a feat a product got someone through ('got
 * me up Snowdon without stopping'), and fewer bouts of an illness than usual ('two colds this winter instead of my usual
 * five'). Each is looked for only after a word check.
 */
function testimonyR9(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R9G_DESCRIBE) !== 0) {
    const m = R9_DESCRIBE.exec(text);
    if (m && R9_DESCRIBED_GOOD.test(m[1]) && !/\b(?:pain|sting|scratch|ache|burn|pinch|discomfort|pressure|tingl|numb|cramp)/i.test(m[1].slice(0, 30))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length - m[1].length, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if ((r9Gates & R9G_BENEFIT) !== 0) {
    const m = R9_FEEL_BENEFIT.exec(text);
    if (m && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
  }
  if ((r9Gates & R9G_PRONOUN) !== 0) {
    const m = R9_GOT_ME.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      const end = m.index + m[0].length;
      if ((treatmentCueIn(cues, 0, m.index) || R9_FEAT.test(text.slice(end, end + 50))) && r9Found(text, cues, clause, segment, inParens, m.index, end, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if ((r9Gates & R9G_SWITCH) !== 0) {
    const m = R9_SWITCH.exec(text);
    // The treatment is the simile's subject, in the words before it ('Our patients say shockwave is like flicking a switch').
    if (m && r9Treated(text, cues, Math.max(0, wordWindowStart(text, m.index, 4)), m.index) && !R9_PERSON_SUBJECT.test(prevWord(text, m.index)) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
      out.testimonial = true;
      return true;
    }
  }
  if ((r9Gates & R9G_FEWER) !== 0) {
    const m = R9_FEWER_BOUTS.exec(text);
    if (m && !R9_OTHER_CAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
      out.testimonial = true;
      return true;
    }
  }
  return false;
}

/** Round 9 (A): case stories, transformations, comparisons and testimonial frames (storyR9, changedAfter, comparisonR9, testimonyR9). */
function round9AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  r9Gates = readGates(text).low;
  if (storyR9(text, cues, clause, segment, inParens, out)) return true;
  if (changedAfter(text, cues, clause, segment, inParens, out)) return true;
  for (const r of relations) if (r.type === 'corr') return false;
  if (comparisonR9(text, cues, clause, segment, inParens, out)) return true;
  return testimonyR9(text, cues, clause, segment, inParens, out);
}

// ---------------------------------------------------------------- round 10 (A): clefts, testimonials, users, comparisons

/** Round 10 (A): people named by a complaint they have ('snorers', 'insomniacs', 'asthmatics'): a health word of their own. */
const R10_SUFFERERS = /\b(?:sufferers?|snorers?|insomniacs?|asthmatics?|diabetics?|migraineurs?|arthritics?|dieters?|menopausal|postnatal|hay\s+fever|colicky|teething|injured)\b/i;
/** Round 10 (A): body parts and acts of care lay writers name in a cleft's focus with no cue of the lexicon ('loosening off the quads'). */
const R10_CARE_FOCUS = /\b(?:quads|hamstrings?|calves|glutes|it\s+band|hip\s+flexors|pelvic\s+floor|core|spine|muscles?|joints?|tendons?|ligaments?|fascia|nervous\s+system|loosening|stretching|strengthening|releasing|foam\s+rolling|rolling|icing|resting|splints?|rehab|cbt|physio|exercises?)\b/i;
/** Round 10 (A): words of recovery in what a treatment is said to offer ('a chance for the body to repair', 'time to heal'). */
const R10_RECOVERY = /\b(?:repair|repairs|heal|healing|recover|recovery|rest|restore|restoration|regenerate|reset|relief|relax|relaxation|unwind|settle|calm|rebalance|switch\s+off|rest-and-digest|renew)\b/i;
/**
 * Round 10 (A): a pseudo-cleft with an idiom of resolving a complaint and no object of health ('What sorts it out is …',
 * 'What finally got Kit sleeping through was …', 'What turned things around for our patient was …', 'What makes the
 * difference for most snorers is …', 'What did the trick was …'): the idiom may take a 'for'-phrase of the person helped
 * (commas allowed) before the copula. Group 1: a gerund of health after a person ('got Kit sleeping').
 */
const R10_CLEFT = /^[\s"'\u201c\u2018*_>(]*(?:what|the\s+(?:one\s+|only\s+|single\s+|main\s+|real\s+|first\s+)?thing\s+that)\s+(?:(?:really|truly|actually|finally|eventually|always|usually|reliably|honestly|genuinely|properly|ultimately|in\s+the\s+end)\s+)?(?:(?:sorts?|sorted)\s+(?:[a-z'\u2019-]+\s+){1,3}?out|(?:fix(?:es|ed)?|cure[sd]?|clear(?:s|ed)?|settle[sd]?|shift(?:s|ed)?|solve[sd]?|crack(?:s|ed)?)\s+(?:it|them|things|this|that)(?:\s+up)?|(?:does|did|do)\s+the\s+(?:trick|job)|(?:makes?|made)\s+(?:all\s+|a\s+)?(?:the\s+)?(?:real\s+|big\s+|biggest\s+|huge\s+|most\s+|whole\s+|world\s+of\s+)?difference|(?:turns?|turned)\s+(?:things|it|everything|me|her|him|them|us|(?:my|her|his|their|our)\s+[a-z-]+)\s+(?:a)?round|(?:gets?|got)\s+(?:[A-Za-z'\u2019-]+\s+){1,3}?((?:finally\s+)?(?:sleeping|breathing|walking|running|eating|feeding|moving|settling|smiling)(?:\s+(?:through(?:\s+the\s+night)?|again|properly|normally|easily|better|pain-free|all\s+night|at\s+night))?|back\s+on\s+(?:my|her|his|their|our|your)\s+feet|out\s+of\s+pain|off\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:painkillers|pills|tablets|steroids|inhalers?|meds|medication|crutches))|(?:keeps?|kept)\s+(?:it|them|things|(?:my|her|his|their|the)\s+[a-z-]+)\s+(?:at\s+bay|under\s+control|in\s+check)|(?:works?|worked|helps?|helped)(?:\s+(?:me|her|him|them|us|you))?(?:\s+(?:best|most|the\s+most|wonders))?|(?:cleared|cured|fixed|helped|eased|settled|sorted|calmed|healed|shifted|relieved|soothed|saved|tamed|stopped)\s+(?:my|her|his|their|our|your|the)\s+(?:[a-z'\u2019-]+\s+){0,3}?[a-z-]+(?:\s+(?:out|up|down))?)(?:,?\s+(?:for|with|in)\s+[^.;:!?"\u201d]{1,48}?)?,?\s+(?:is|was|are|were|has\s+been|turned\s+out\s+to\s+be|proved\s+to\s+be)\s+(?!(?:different|unclear|not|unknown|debated|still|hard|up\s+to|a\s+matter|less\s+clear|individual|personal|anyone['\u2019]s\s+guess)\b)/i;
/** Round 10 (A): 'What a treatment really offers is a chance for the body to repair': what a treatment gives, said to be a recovery. */
const R10_CLEFT_OFFERS = /^[\s"'\u201c\u2018*_>(]*what\s+((?:[A-Za-z'\u2019-]+\s+){1,4}?)(?:(?:really|truly|actually|genuinely|ultimately)\s+)?(?:offers?|gives?(?:\s+(?:you|your\s+body|the\s+body|people|patients|clients))?|provides?|brings?|delivers?|buys?\s+you)\s+(?:is|are)\s+([^.;:!?]{1,90})/i;

/**
 * Round 10 (A): pseudo-clefts whose idiom names no complaint ('What sorts it out is loosening off the quads', 'What
 * finally got Kit sleeping through was a magnesium powder', 'What a treatment really offers is a chance for the body to
 * repair'). The sentence must name health somewhere: a cue of health, a gerund of health in the idiom, sufferers, or a
 * treatment or an act of care in the focus. Looked for only in a sentence that starts with 'what'.
 */
function cleftR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const m = R10_CLEFT.exec(text);
  if (m) {
    const end = m.index + m[0].length;
    const focus = text.slice(end, end + 90).split(/[.;:!?]/)[0];
    let health = m[1] !== undefined || R10_SUFFERERS.test(text.slice(0, end)) || r9Treated(text, cues, end, end + focus.length) || R10_CARE_FOCUS.test(focus);
    for (const c of cues) if (!health && (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body)) health = true;
    if (health && end < text.length - 2 && r9Found(text, cues, clause, segment, inParens, m.index + m[0].search(/what/i), end, out)) return true;
  }
  const o = R10_CLEFT_OFFERS.exec(text);
  if (o && r9Treated(text, cues, o.index, o.index + o[0].length - o[2].length) && R10_RECOVERY.test(o[2]) && /\b(?:body|mind|brain|nervous\s+system|muscles?|skin|gut|joints?|tissues?|you|yourself)\b/i.test(o[2])) {
    const end = o.index + o[0].length - o[2].length;
    if (r9Found(text, cues, clause, segment, inParens, o.index + o[0].search(/what/i), end, out)) return true;
  }
  return false;
}

/** Round 10 (A): body parts and complaints that go down or behave in a case story ('his swollen knee had gone down', 'the hamstring behaved'). */
const R10_PART = '(?:knees?|ankles?|wrists?|hands?|feet|foot|fingers?|toes?|face|eyes?|eyelids?|lips?|tummy|belly|stomach|bump|bruise|lump|swelling|rash|spots|temperature|fever|glands?|tonsils|joints?|legs?|hamstrings?|calf|calves|quads|achilles|back|hip|hips|shoulders?|neck|jaw|gut|bowels?|bladder|chest|lungs|skin|scalp|eczema|psoriasis|asthma|acne|knuckles|elbows?|heels?|arches|shins?|groin|pelvis|sinuses|nose|ears?|gums)';
/**
 * Round 10 (A): more outcomes of a case story, each with its subject: a swollen part or a measure gone down ('my son's
 * swollen knee had gone down'), a personal best ('she ran a personal best'), a part that behaved or held up ('the
 * hamstring behaved all the way round'), and a good state after another adjective ('her tummy has been flat and calm').
 */
const R10_STORY_STATE = new RegExp(
  `(?:(?:(?:my|her|his|their|our|the|your)\\s+(?:[a-z-]+(?:['\\u2019][a-z]+)?\\s+){0,3}?${R10_PART}\\s+(?:(?:has|had|have|['\\u2019]s|['\\u2019]ve)\\s+(?:all\\s+|completely\\s+|right\\s+|finally\\s+)?(?:gone|come)\\s+(?:right\\s+)?down|(?:behaved|held\\s+up|held\\s+out|stayed\\s+(?:quiet|calm|settled|pain-free|clear))(?:\\s+(?:itself|themselves|perfectly|beautifully))?|(?:has|have|had)\\s+(?:been|stayed|felt|looked)\\s+[a-z-]+\\s+and\\s+(?:calm|settled|clear|comfortable|pain-free|soft|smooth|quiet|supple|strong)))` +
    `|(?:(?:my|her|his|their|our|the|your)\\s+(?:[a-z-]+(?:['\\u2019][a-z]+)?\\s+){0,2}?[a-z-]+|i|she|he|we|they)\\s+(?:is|was|are|were|['\\u2019]s|['\\u2019]re|['\\u2019]m|am)\\s+no\\s+longer\\s+(?:(?:[a-z-]+\\s+and|[a-z-]+,)\\s+)?(?:red|sore|itchy|swollen|painful|stiff|gritty|puffy|inflamed|bloated|tired|anxious|achy|tight|tender|dry|flaky|weepy|blotchy|wheezy|breathless|foggy|exhausted|depressed|low|irritable|restless|numb|tingly|hot|clammy)` +
    `|(?:(?:my|her|his|their|our)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+|i|she|he|we|they|[a-z]+)\\s+(?:no\\s+longer\\s+(?:needs?|takes?|uses?|relies\\s+on)|(?:has|have|had)\\s+(?:come|got)\\s+off|came\\s+off|got\\s+off|(?:is|was|are|were|['\\u2019]s)\\s+(?:now\\s+)?off)\\s+(?:(?:his|her|my|their|our|the|any|an|a|all)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:inhalers?|puffers?|painkillers?|steroids?|tablets|pills|meds|medications?|medicines?|insulin|antidepressants?|crutches|stick|antacids?|antihistamines?|statins?|laxatives?)` +
    `|(?:(?:my|her|his|their|our|the)\\s+|[a-z]+['\\u2019]s\\s+)(?!(?:bill|bills|price|prices|cost|costs|fee|fees|queue|list|wait|waiting|traffic|weather|sea|sky|room|house|bank|account|charge|car|class|group)\\b)(?:[a-z-]+\\s+){0,2}?[a-z-]+\\s+(?:is|was|are|were|has\\s+been|have\\s+been|seems?|seemed|looks?|looked|feels?|felt)\\s+(?:(?:much|far|noticeably|visibly|a\\s+lot|so\\s+much|already|finally)\\s+)?(?:milder|less\\s+(?:severe|frequent|intense|noticeable|painful|itchy|red|swollen|inflamed)|fainter|quieter|smaller|rarer|weaker|better|improved|under\\s+control|(?:barely|hardly|scarcely)\\s+(?:visible|noticeable|there))` +
    `|(?:my|her|his|their|our)\\s+(?:[a-z-]+\\s+)?(?:periods?|cycles?|appetite|energy|hair|eyebrows|eyelashes|sense\\s+of\\s+(?:smell|taste)|libido|voice|mobility|strength|confidence|colour|color|sparkle)\\s+(?:(?:has|have|had)\\s+)?(?:came|come|returned|started\\s+coming|grew|grown)\\s+back(?:\\s+(?:like\\s+clockwork|to\\s+normal|properly|regularly))?` +
    `|(?:my|her|his|their|our)\\s+(?:[a-z-]+\\s+)?[a-z-]+\\s+(?:has|have|had)\\s+(?:finally\\s+)?got\\s+(?:its|their|her|his|my|some)\\s+(?:colour|color|glow|shine|bounce|sparkle|spring|strength|elasticity)\\s+back` +
    `|(?:i|she|he|we|they|[a-z]+)\\s+(?:ran|set|hit|got|clocked|smashed|posted|did)\\s+(?:a\\s+|her\\s+|his\\s+|my\\s+|their\\s+|our\\s+)?(?:new\\s+)?(?:personal\\s+best|pb|personal\\s+record|season['\\u2019]s\\s+best))(?![a-z-])`,
  'iy',
);
/** Round 10 (A): a time of sessions or of starting anywhere in the sentence (R9_CHANGED_AFTER without its anchor): trailingStoryR10's first check. */
const R10_TRAIL_TIME = new RegExp(
  `\\b(?:(?:after|since|within|following|from)\\s+(?:(?:her|his|my|the|their|our|a|an|one|two|three|four|five|six|just|only|\\d+)\\s+){0,2}(?:${R9_ORD}\\s+)?(?:[a-z-]+\\s+)?${R9_SESSION}(?![a-z-])|(?:since|after|of)\\s+(?:starting|taking|seeing|beginning|using|trying|joining|switching\\s+to|the\\s+(?:op|operation|surgery|procedure)\\b)|since\\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\\s+[a-z-]+)\\s+(?:started|began|switched\\s+to|took\\s+up|joined|(?:has|have)\\s+been\\s+(?:taking|using|doing|going\\s+to|seeing|coming\\s+to))\\s)`,
  'i',
);
/** Round 10 (A): a time of starting told with its person, right after a story's outcome ('… since I started the course'). */
const R10_SINCE_STARTED = /^\s*(?:[a-z'\u2019-]+\s+){0,2}?since\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\s+[a-z-]+)\s+(?:started|began|switched\s+to|took\s+up|joined|(?:has|have)\s+been\s+(?:taking|using|doing|going\s+to|seeing|coming\s+to))\s/i;
/** Round 10 (A): clause starts of a reported case ('Sian told me her tummy …', 'says her knee …'). */
const R10_REPORT_START = /\b(?:told|tells|tell)\s+(?:me|us|her|him|them)\s+(?:that\s+)?|\b(?:says|said|reports?|reported|swears|swore|explains?|explained)\s+(?:that\s+)?/gi;

/**
 * Round 12 (C): a clause start after the reader's verb of finding or noticing with 'that' ('You might notice that you sleep
 * more deeply after a session', 'You may find that your baby sleeps longer after a session'): the complement is the
 * outcome noticed, as after 'told us' (R10_REPORT_START); the modal hedges it (claims-hedges.json round12CPopulation).
 * People served who notice ('Some parents notice that') are read by reportedOutcome. Only in trailingStoryR10, whose time
 * of sessions must already be in the sentence.
 */
const ROUND12C_NOTICE_START = /\byou\s+(?:(?:may|might|could|will|should|can|often|usually|soon|also)\s+){0,2}(?:notice|find)\s+that\s+/gi;

/**
 * Round 10 (A): a case story told with its time at the end, often reported ('Sian told me her tummy has been flat and
 * calm since her fourth session', 'my knee has been much looser since starting the exercises'): a subject and a good
 * state (round 9's outcomes) right before a time of sessions or of starting a treatment (R9_CHANGED_AFTER).
 */
function trailingStoryR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  // The time at the end must be there before any outcome is looked for (one pass over the sentence).
  if (!R10_TRAIL_TIME.test(text)) return false;
  const s0 = firstWordStart(text);
  const starts = [s0];
  for (let i = text.indexOf(',', s0); i >= 0 && starts.length < 6; i = text.indexOf(',', i + 1)) starts.push(i + 1);
  R10_REPORT_START.lastIndex = 0;
  for (let m = R10_REPORT_START.exec(text); m && starts.length < 10; m = R10_REPORT_START.exec(text)) starts.push(m.index + m[0].length);
  ROUND12C_NOTICE_START.lastIndex = 0;
  for (let m = ROUND12C_NOTICE_START.exec(text); m && starts.length < 10; m = ROUND12C_NOTICE_START.exec(text)) starts.push(m.index + m[0].length);
  for (let p of starts) {
    while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
    let end = -1;
    R9_SUBJ.lastIndex = p;
    const sm = R9_SUBJ.exec(text);
    if (sm && sm.index === p && !R9_NOT_SUBJECT.test(sm[0]) && !treatmentCueIn(cues, p, p + sm[0].length) && !CASE_PRODUCT.test(sm[0]) && !CASE_REPORT.test(sm[0])) {
      let e1 = p + sm[0].length;
      for (let n = 0; n < 3 && end < 0; n++) {
        if (n > 0) {
          if (!/^(?:my|her|his|their|our|the|your)\s/i.test(sm[0]) || !/^\s+(?!(?:i|she|he|we|they|you|it|and|or|but|then)\s)[a-z-]+(?=\s)/i.test(text.slice(e1, e1 + 30))) break;
          e1 = nextWordEnd(text, e1);
        }
        R9_STATE.lastIndex = e1;
        const m = R9_STATE.exec(text);
        if (m && m.index === e1) end = e1 + m[0].length;
      }
    }
    if (end < 0) {
      R10_STORY_STATE.lastIndex = p;
      const m = R10_STORY_STATE.exec(text);
      if (m && m.index === p) end = p + m[0].length;
    }
    if (end < 0 || !(R9_CHANGED_AFTER.test(text.slice(end, end + 60)) || R10_SINCE_STARTED.test(text.slice(end, end + 60)))) continue;
    const outcome = text.slice(wordWindowStart(text, p, 2), end);
    if (CASE_NEGATED.test(outcome) && !/\bno\s+longer\b/i.test(outcome)) continue;
    if (r9Found(text, cues, clause, segment, inParens, p, end, out, true)) {
      out.testimonial = true;
      return true;
    }
    return false;
  }
  return false;
}

/** Round 10 (A): 'My calves have never felt looser', 'I've never slept better': a present perfect of never with a comparative of health. */
const R10_NEVER_BETTER = /\b(i|we|she|he|they|(?:my|her|his|our|their)\s+(?:[a-z-]+(?:['\u2019]s)?\s+){0,2}?[a-z-]+)\s+(?:have|has|['\u2019]ve|['\u2019]s)\s+never\s+(?:felt|looked|slept|been|moved|breathed|walked|run|seemed|worked)\s+(?:so\s+(?:well|good|calm|relaxed|rested|clear|strong|supple|energetic|alive|healthy|light|loose|free|deeply|soundly|comfortable|settled)|better|looser|calmer|clearer|stronger|healthier|fitter|softer|smoother|lighter|freer|deeper|younger|more\s+(?:relaxed|rested|energetic|alive|supple|mobile|flexible|comfortable|settled|focused|soundly|deeply)|as\s+(?:well|good))(?![a-z-])(?!\s+(?:about|for\s+(?:the|my|our)\s+(?:team|job|company|business)|at\s+(?:work|school|my\s+job)|in\s+(?:photos|pictures|selfies|photographs|the\s+(?:photos|pictures))|on\s+camera))/i;
/** Round 10 (A): the body parts and functions a never-better may be said of with no treatment named ('my calves', 'her sleep'). */
const R10_BODY_SUBJ = new RegExp(`(?:${R10_PART}|hair|nails|mind|mood|sleep|energy|periods?|digestion|breathing|complexion|body|bones|muscles|posture|balance|memory|focus|concentration|stamina)$`, 'i');
/**
 * Round 10 (A): a verbless or first-person before-and-after of a visit ('Came in with a stiff back, walked out a new
 * man', 'Came out skipping', 'I left the clinic pain-free'): a verb of leaving and a state of being well.
 */
const R10_WALKED_OUT = /(?:^|[\s,;"'\u201c(])(?:came|walked|went|hobbled|limped|strolled|skipped|danced|floated|bounced|stepped|got|left)(?:\s+(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+(?:days?|weeks?|months?|sessions?)\s+later)?(?:(?=\s+(?:able|walking|running|jogging|skipping|floating|dancing|pain-free|upright))|\s+(?:out|away|home|off)(?:\s+of\s+(?:there|(?:the|my|her|his|your|our)\s+(?:[a-z-]+\s+)?(?:clinic|surgery|studio|practice|spa|salon|centre|center|session|appointment|room|class|pool|tank|pod|sauna|massage|treatment)))?|\s+(?:the|my|her|his|your|our)\s+(?:clinic|surgery|studio|practice|spa|salon|centre|center|session|appointment|room|treatment\s+room))\s+(?:feeling\s+)?(?:like\s+)?(?:a\s+(?:new|different|changed)\s+(?:man|woman|person|lady|chap|guy|girl|boy)|(?:a\s+)?brand\s+new|ten\s+(?:years|feet)\s+(?:younger|tall)|able\s+to\s+(?:reach|walk|bend|lift|turn|move|run|sleep|breathe|sit|stand|climb|touch|raise|kneel|squat|drive)|(?:skipping|floating|dancing|bouncing|walking|running|jogging|standing\s+straight)(?=\s*(?:$|[.,;!?"'\u201d)])|\s+(?:down|along|out|home|to|like|through|across|all|back|on)\b)|on\s+(?:air|cloud\s+nine)|pain-free|walking\s+tall|standing\s+(?:tall|straight)|upright|without\s+(?:a|my|her|his|the|any)\s+(?:limp|stick|crutches|pain|twinge|ache)|(?:so\s+much\s+|much\s+|far\s+)?(?:lighter|looser|taller|freer)|human\s+again|myself\s+again|herself\s+again|himself\s+again)(?![a-z-])/i;
/** Round 10 (A): 'Hypnobirthing gave me the calm, positive birth I'd hoped for', 'The cream gave her the first full night's sleep in months'. */
const R10_GAVE_ME = /\b(?:gave|gives|give|has\s+given|have\s+given)\s+(?:me|her|him|us|them|you|(?:my|our|her|his)\s+[a-z-]+)\s+(?:(?:the|a|an|my|her|his|our|their|your)\s+)?(?:(?:first|best|calm|calmer|calmest|positive|easy|easier|easiest|gentle|gentlest|smooth|smoothest|quick|quickest|peaceful|relaxed|natural|pain-free|drug-free|empowering|full|proper|good|great|decent|deep|deeper|deepest|restful|unbroken|solid|healthy|healthier|better|clear|clearer|glowing|stronger|confident|straight|straighter|whiter|brighter|unmedicated|beautiful|wonderful|amazing|dream|longest)(?:\s*,\s*|\s+and\s+|\s+)){1,3}(?:birth|labour|labor|delivery|pregnancy|night['\u2019]s\s+sleep|nights?|sleep|recovery|skin|complexion|smile|teeth|menopause|periods?|breastfeeding|run|race|season)(?![a-z-])/i;

/**
 * Round 10 (A): testimonials in first-person words with no verb of benefit: never felt better (a comparative of health
 * after 'never', said of a body part or with a treatment named), a visit left in a good state ('walked out a new man',
 * 'Came out skipping'), and a good experience given ('gave me the calm birth I'd hoped for'). Each after a word check.
 */
function testimonyR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R10G_NEVER) !== 0) {
    const m = R10_NEVER_BETTER.exec(text);
    if (m) {
      const subj = m[1].toLowerCase();
      const part = /^(?:my|her|his|our|their)\s/.test(subj) && R10_BODY_SUBJ.test(subj);
      if ((part || treatmentCueIn(cues, 0, text.length) || R9_TREATED.test(text)) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if ((r9Gates & R10G_LEFT) !== 0) {
    const m = R10_WALKED_OUT.exec(text);
    if (m) {
      let start = m.index + (/^[\s,;"'\u201c(]/.test(m[0]) ? 1 : 0);
      // The person who left starts the span when named ('She left the clinic pain-free'); a verbless one starts at the verb.
      const who = prevWordBounds(text, start);
      if (who && /^(?:i|she|he|we|they|you)$/i.test(text.slice(who[0], who[1])) && text.slice(who[1], start).trim() === '') start = who[0];
      if (r9Found(text, cues, clause, segment, inParens, start, m.index + m[0].length, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if ((r9Gates & R10G_GAVE) !== 0) {
    const m = R10_GAVE_ME.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index)) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
      out.testimonial = true;
      return true;
    }
  }
  return false;
}

/** Round 10 (A): foods and drinks a family changes (the intervention of a diet story: 'switched to uncoloured sweets'). */
const R10_FOOD = /\b(?:sweets|foods?|diet|milk|dairy|gluten|wheat|sugar|caffeine|coffee|tea|alcohol|bread|snacks|drinks|juice|fizzy|squash|formula|colourings|colorings|additives|e-numbers|sweeteners|processed|organic|fruit|veg|vegetables|protein|breakfasts?|meals?|cereal|chocolate|crisps|fish|eggs|nuts|soya|oat|oats|almond|water)\b/i;
/**
 * Round 10 (A): a complaint that stopped once a person changed something ('the meltdowns stopped once they switched to
 * uncoloured sweets', 'her headaches eased when she cut out caffeine'): a complaint (a cue) among the subject's words, a
 * verb of ending, and a change of treatment or food by a person after once/when/as soon as.
 */
const R10_STOPPED_ONCE = /\b(?:the|my|her|his|their|our|its)\s+(?:[a-z'\u2019-]+\s+){0,5}?(?:stopped|ceased|eased(?:\s+off)?|settled(?:\s+down)?|calmed\s+down|cleared(?:\s+up)?|vanished|disappeared|went\s+away|faded|died\s+down|dried\s+up|subsided|halved|improved|got\s+(?:better|easier|rarer)|became\s+(?:rarer|less\s+frequent|milder))\s+(?:(?:almost|nearly|pretty\s+much|completely|overnight|right\s+away|straight\s+away|within\s+(?:days|a\s+week|weeks))\s+)?(?:once|when|as\s+soon\s+as|the\s+moment|the\s+day|within\s+(?:days|a\s+week|weeks)\s+of\s+(?:her|him|them|me|us)\s+)\s*(?:(?:she|he|they|we|i|you|[A-Z][a-z]+)\s+(?:had\s+|finally\s+)?)?(?:switch(?:ed|ing)\s+(?:to|over\s+to)|start(?:ed|ing)|began|cut(?:ting)?\s+out|gave\s+up|giving\s+up|ditch(?:ed|ing)|dropp(?:ed|ing)|stopp(?:ed|ing)\s+(?:eating|drinking|having|giving)|swapp(?:ed|ing)(?:\s+to)?|took\s+up|tried|went\s+(?:on|onto)|added|introduced|replaced|removed|changed\s+to|moved\s+(?:on\s+)?to)\s+([^.;:!?]{1,60})/i;
/** Round 10 (A): a connective and a change of treatment or food after it: R10_STOPPED_ONCE's first check, anchored on the rarer words. */
const R10_CHANGE_AFTER = /\b(?:once|when|soon\s+as|moment|day|of\s+(?:her|him|them|me|us))\s+(?:(?:she|he|they|we|i|you|[A-Z][a-z]+)\s+(?:had\s+|finally\s+)?)?(?:switch(?:ed|ing)|start(?:ed|ing)|began|cut(?:ting)?\s+out|gave\s+up|giving\s+up|ditch(?:ed|ing)|dropp(?:ed|ing)|stopp(?:ed|ing)|swapp(?:ed|ing)|took\s+up|tried|went\s+on|added|introduced|replaced|removed|changed\s+to|moved\s+(?:on\s+)?to)\b/i;
/**
 * Round 10 (A): a treatment that took a person off a medicine ('a course of salt-room sessions had her son off his
 * inhalers by the summer', 'the plan got me off my painkillers'): have or get + a person + off + a medicine.
 */
const R10_OFF_MEDS = /\b(?:had|has|have|having|got|gets|get|getting)\s+(?:me|her|him|them|us|(?:my|her|his|their|our)\s+(?:[a-z-]+\s+)?[a-z-]+|[A-Z][a-z]+)\s+(?:(?:completely|totally|almost|nearly|right|finally)\s+)?(?:off|free\s+of|off\s+of)\s+(?:(?:his|her|my|their|our|the|all|any)\s+)?(?:[a-z-]+\s+)?(?:inhalers?|puffers?|nebuli[sz]ers?|painkillers?|steroids?|tablets|pills|meds|medications?|medicines?|insulin|antidepressants?|sleeping\s+(?:pills|tablets)|crutches|(?:walking\s+)?stick|antacids?|antihistamines?|statins?|laxatives?|oxygen|codeine|morphine|opioids?|ppis?|blood\s+pressure\s+(?:tablets|pills|meds))(?![a-z-])/i;

/**
 * Round 10 (A): reported cases with no verb of benefit: a complaint that stopped once a person changed a treatment or a
 * food, and a treatment that took a person off a medicine. Each after a word check.
 */
function reportedCaseR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R10G_ONCE) !== 0 && R10_CHANGE_AFTER.test(text)) {
    const m = R10_STOPPED_ONCE.exec(text);
    if (m) {
      const changeAt = m.index + m[0].length - m[1].length;
      let complaint = false;
      for (const c of cues) if (c.start >= m.index && c.start < changeAt && (c.kind === K.bad || c.kind === K.disease)) complaint = true;
      const object = m[1];
      if (complaint && (r9Treated(text, cues, changeAt, changeAt + object.length) || R10_FOOD.test(object)) && !/^(?:schools?|jobs?|house|home|nursery|classes|teachers?|shifts?|day\s+shifts|night\s+shifts)\b/i.test(object.replace(/^(?:the|a|an|her|his|their|our|my)\s+/i, ''))) {
        if (r9Found(text, cues, clause, segment, inParens, m.index, changeAt, out)) {
          out.testimonial = true;
          return true;
        }
      }
    }
  }
  if ((r9Gates & R10G_OFF) !== 0) {
    const m = R10_OFF_MEDS.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index)) && !/^(?:to|you|we|i|they)$/i.test(prevWord(text, m.index))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  return false;
}

/** Round 10 (A): 'work three times better than', 'works far better than', 'work twice as well as': a remedy ranked above another. */
const R10_WORKS_BETTER = /\b(?:work|works|worked|perform|performs|performed)\s+(?:(?:far|much|a\s+lot|way|so\s+much|even|significantly|noticeably|considerably|dramatically)\s+|(?:twice|three\s+times|four\s+times|five\s+times|ten\s+times|\d+\s+times|\d+x)\s+)?(?:better|faster|quicker|more\s+effectively)\s+than\s+|\b(?:work|works|worked)\s+(?:twice|three\s+times|four\s+times|five\s+times|ten\s+times|\d+\s+times)\s+as\s+(?:well|effectively|fast|quickly|hard)\s+as\s+/i;
/** Round 10 (A): the other side of a remedy comparison named by where it is bought or how cheap it is ('the boil-and-bite ones from the chemist'). */
const R10_OTHER_ONES = /\b(?:ones?|versions?|kinds?|types?|brands?)\b/i;
const R10_OTHER_SHOP = /\b(?:chemist|pharmacy|shop|supermarket|internet|online|high\s+street|amazon)\b/i;
const R10_OTHER_BOUGHT = /\b(?:cheap|cheaper|generic|shop-bought|over-the-counter|boil-and-bite|off-the-shelf|standard|ordinary|branded|supermarket|high-street)\s+(?:ones?|versions?|kinds?|brands?|[a-z-]+s)\b/i;
/** Round 10 (A): 'gives your body as much rest as four hours in bed', 'does as much good as a massage': an equal share of a benefit. */
const R10_AS_MUCH = /\b(?:gives?|gave|giving|provides?|provided|offers?|offered|does|do|did|done)\s+(?:(?:your|the)\s+(?:body|brain|mind|muscles|skin|nervous\s+system|heart|joints|gut|immune\s+system)\s+|you\s+|(?:me|her|him|us|them)\s+)?(?:(?:just|about|roughly|every\s+bit|at\s+least|nearly|almost)\s+)?as\s+much\s+(?:good|rest|sleep|relief|benefit|recovery|repair|relaxation|restoration|deep\s+rest|protection|healing|calm|pain\s+relief)\s+as\s+(?!(?:you|we|they|he|she|it|your\s+body)\s+(?:need|needs|can|could|get|gets|want|wants|like)\b)/i;
/** Round 10 (A): 'is worth four hours of sleep', 'the equivalent of a full night's sleep': a treatment equated with a time of sleep. */
const R10_WORTH_SLEEP = /\b(?:is|are|was|['\u2019]s)\s+(?:(?:worth|equivalent\s+to|the\s+equivalent\s+of|equal\s+to|as\s+good\s+as|as\s+restful\s+as|as\s+restorative\s+as)\s+(?:a|an|one|two|three|four|five|six|seven|eight|\d+)\s+(?:(?:full|whole|good|solid)\s+)?(?:hours?|nights?)(?:['\u2019]s?)?\s+(?:of\s+)?(?:sleep|rest|deep\s+sleep|kip|massage|physio)|(?:worth|equivalent\s+to|the\s+equivalent\s+of)\s+(?:a|an)\s+(?:(?:full|whole|good|proper)\s+)?night['\u2019]s\s+sleep|worth\s+(?:a|an|one|two|three|four|six|\d+)\s+(?:weeks?|months?|days?|hours?)\s+of\s+(?:stretching|physio|physiotherapy|rest|massage|therapy|yoga|pilates|painkillers|tablets|sessions|treatment|counselling|training|exercises?))(?![a-z-])/i;
/** Round 10 (A): 'gets people back to work faster than any tablet', 'got me back on the pitch': a return to an activity. */
const R10_GETS_BACK = /\b(?:gets?|got|getting|has|had)\s+(?:people|patients|you|me|her|him|them|us|runners|players|athletes|clients|workers|kids|children|mums|(?:my|her|his|their|our)\s+[a-z-]+)\s+back\s+(?:to\s+(?:work|school|sport|training|running|the\s+gym|full\s+fitness|normal(?:\s+life)?|(?:their|your|my|her|his)\s+(?:sport|training|lives|life|normal\s+routine|desk|job)|(?:the\s+)?office|the\s+pitch|the\s+golf\s+course|the\s+dance\s+floor)|(?:running|training|playing|walking|cycling|at\s+work|in\s+the\s+gym|on\s+the\s+(?:pitch|court|field|bike|road|slopes)))(?![a-z-])/i;
/** After R10_GETS_BACK's match: a clause of when, which times the return by the body's own course ('once the swelling settles'). */
const R10_BACK_ONCE = /^\s*(?:,\s*)?(?:once|when|as\s+soon\s+as)\s/i;
/** Round 10 (A): first words of an imperative that changes what a person eats, takes or does ('Take the colourings out and …'). */
const R10_IMPERATIVE = new Set(['take', 'cut', 'add', 'give', 'try', 'drop', 'ditch', 'swap', 'switch', 'stick', 'do', 'use', 'start', 'spend', 'keep', 'put', 'follow', 'stop', 'get', 'remove', 'ban', 'bin', 'lose', 'give', 'book', 'combine', 'pair', 'rub', 'apply', 'sip', 'drink', 'eat', 'walk', 'swim', 'stretch', 'massage', 'breathe']);
/** Round 10 (A): a consequence after an imperative and 'and': a changed child, a difference seen, results within a time. */
const R10_AND_CONSEQUENCE = /\band\s+(?:(?:within|in|after)\s+(?:a|one|two|three|a\s+few|\d+)\s+(?:days?|weeks?|months?),?\s+)?(?:you['\u2019]ll|you\s+will|you['\u2019]d|you\s+should|you\s+can\s+expect\s+to|(?:she|he|they)['\u2019]ll|(?:she|he|they)\s+will)\s+(?:(?:soon|quickly|really|definitely|probably|likely|already|start\s+to)\s+)?(?:(?:have|get|see|meet|find|notice)\s+(?:a|an)\s+(?:completely\s+|totally\s+|entirely\s+|whole\s+)?(?:different|new|changed|calmer|happier|transformed|brand\s+new|better-behaved|more\s+settled)\s+(?:child|kid|person|baby|boy|girl|teenager|toddler|family|dog|you|woman|man)|sleep\s+like\s+(?:a\s+)?(?:baby|log|top|the\s+dead)|(?:feel|look)\s+(?:like\s+)?(?:a\s+new\s+(?:person|woman|man)|ten\s+years\s+younger)|(?:see|notice|feel)\s+(?:(?:a|the|real|some|an)\s+)?(?:(?:big|real|huge|noticeable|marked|clear|massive|world\s+of)\s+)?(?:difference|change|results?|benefits?|improvement))(?![a-z-])/i;

/**
 * Round 10 (A): comparisons that credit a remedy with no verb of benefit: it works N times better than another remedy,
 * gives the body as much rest as hours in bed, is worth a night's sleep, gets people back to work faster than any tablet;
 * and an imperative whose consequence after 'and' is a changed child or a difference seen ('Take the colourings out and
 * you'll have a different child within a week'). Each after a word check.
 */
function comparisonR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const treatedBefore = (to: number): boolean => gerundSubject(text, to) || treatmentCueIn(cues, 0, to) || R9_TREATED.test(text.slice(0, to));
  const negatedBefore3 = (at: number): boolean => /\b(?:not|never|no|n['\u2019]t|hardly|barely)\s+(?:[a-z'\u2019-]+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at));
  if ((r9Gates & R10G_THAN) !== 0) {
    const m = R10_WORKS_BETTER.exec(text);
    if (m && !/^(?:to|at|from|of|off|for|after|before|into)$/.test(prevWord(text, m.index)) && !negatedBefore3(m.index) && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      const end = m.index + m[0].length;
      const other = text.slice(end, end + 80).split(/[.;:!?]/)[0];
      const bought = R10_OTHER_BOUGHT.test(other) || (R10_OTHER_ONES.test(other) && R10_OTHER_SHOP.test(other));
      const remedy = bought || R9_OTHER_REMEDY.test(other) || treatmentCueIn(cues, end, end + other.length) || R9_TREATED.test(other);
      // A plain 'works better than' another remedy is read by round 6's comparisons; here a degree or a remedy bought elsewhere.
      const degree = /\s(?:far|much|a\s+lot|way|so\s+much|even|significantly|noticeably|considerably|dramatically|twice|three|four|five|ten|\d+x?)\s/i.test(m[0]);
      const treatedSubject = treatmentCueIn(cues, 0, m.index) || R9_TREATED.test(text.slice(0, m.index));
      if (remedy && (degree || bought) && treatedSubject && !/^\s*(?:phoning|calling|ringing|emailing|waiting|queuing|queueing|booking|visiting|going\s+to)\b/i.test(other) && r9Found(text, cues, clause, segment, inParens, m.index, end - 1, out)) return true;
    }
  }
  if ((r9Gates & R10G_MUCH) !== 0) {
    const m = R10_AS_MUCH.exec(text) ?? R10_WORTH_SLEEP.exec(text);
    if (m && !negatedBefore3(m.index) && (treatedBefore(m.index) || /\b(?:hours?|nights?|naps?)\b/i.test(text.slice(m.index, m.index + m[0].length + 40))) && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
    }
  }
  if ((r9Gates & R10G_BACK) !== 0) {
    const m = R10_GETS_BACK.exec(text);
    if (m && !negatedBefore3(m.index) && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) {
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 60).split(/[.;:!?]/)[0];
      // 'The physio will get you back to work once the swelling settles': the return waits on the natural course (a
      // care pathway described), not on the treatment (merge of rounds 10 A and C).
      let health = false;
      for (const c of cues) if (c.kind === K.bad || c.kind === K.disease) health = true;
      const treated = treatmentCueIn(cues, 0, m.index) || R9_TREATED.test(text.slice(0, m.index));
      if (!R10_BACK_ONCE.test(after) && (treated || (/\b(?:than|as)\b/i.test(after) && R9_OTHER_REMEDY.test(after)) || (health && gerundSubject(text, m.index))) && r9Found(text, cues, clause, segment, inParens, m.index, end, out)) return true;
    }
  }
  if ((r9Gates & R10G_AND) !== 0) {
    const s0 = firstWordStart(text);
    const first = text.slice(s0, nextWordEnd(text, s0)).toLowerCase();
    if (R10_IMPERATIVE.has(first)) {
      const m = R10_AND_CONSEQUENCE.exec(text);
      // The imperative names what changes: a treatment, a food, or a complaint ('Take the colourings out').
      if (m && m.index > s0) {
        const change = text.slice(s0, m.index);
        let health = R9_TREATED.test(change) || R10_FOOD.test(change) || treatmentCueIn(cues, s0, m.index);
        for (const c of cues) if (!health && c.start < m.index && (c.kind === K.bad || c.kind === K.disease)) health = true;
        if (health && !/\b(?:left|right|turning|exit|junction|road|street|bus|train|discount|offer|price|form|number|link)\b/i.test(change) && !CASE_NEGATED.test(text.slice(m.index, m.index + m[0].length))) {
          // The imperative is the frame's condition, not advice that takes the claim back: no veto is read.
          let k = cueIndexFrom(cues, m.index + 4);
          out.rel = { cue: { kind: K.verb, start: m.index + 4, end: m.index + m[0].length }, index: k, type: 'causal', weak: false, verb: null, hedge: null, modalStart: m.index + 4, negated: false, clause: cues.length ? clause[k] : 0, relative: false };
          out.object = null;
          out.reason = null;
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * Round 10 (A): 'Relaxation work and gentle internal release could help these women': a treatment that helps people named
 * by a demonstrative (the sufferers of the sentences before), with nothing after them (no task: 'help these patients find
 * the clinic').
 */
const R10_HELP_THESE = /\b(?:help|helps|helped|benefit|benefits|benefited|benefitted)\s+(?:(?:many|most|some|all)\s+(?:of\s+)?)?(?:these|those|such)\s+(?:[a-z-]+\s+)?(?:women|men|patients|people|children|kids|babies|mums|mothers|dads|families|sufferers|clients|runners|athletes|adults|teenagers|girls|boys|couples)(?=\s*(?:[,.;:!)]|$)|\s+(?:too|as\s+well|a\s+great\s+deal|a\s+lot|enormously|hugely|greatly)\b)/i;
/** Round 10 (A): words of care a helping subject may be named by ('relaxation work', 'gentle release', 'breathing'). */
const R10_CARE_TECHNIQUE = /\b(?:relaxation|breathing|release|releases|techniques?|training|rehab|rehabilitation|support\s+groups?|counselling|hydrotherapy|acupressure|manual\s+therapy|dry\s+needling|hypnobirthing|biofeedback)\b/i;
function helpTheseR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const m = R10_HELP_THESE.exec(text);
  if (!m || R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index))) return false;
  const subject = text.slice(0, m.index);
  if (!(treatmentCueIn(cues, 0, m.index) || R9_TREATED.test(subject) || R10_CARE_TECHNIQUE.test(subject))) return false;
  let k = -1;
  for (let j = 0; j < cues.length; j++) if (cues[j].start === m.index) k = j;
  // The verb's own cue carries the claim (and its modal: 'could help' is hedged).
  if (k >= 0 && round7Found(text, cues, clause, segment, inParens, k, cues[k], null, out)) return true;
  return false;
}

/** Round 10 (A): the subject of a reported case ('A client of mine', 'One of our members', 'Another lady who came to us', 'Our youngest client'). */
const R10_CASE_SUBJECT = /^[\s"'\u201c*_>(]*(?:(?:a|one|another)\s+(?:of\s+(?:our|my)\s+)?(?:(?:young|younger|older|elderly|new|regular|recent|former|long-standing|lovely)\s+)?(?:clients?|patients?|members?|lady|ladies|gentleman|gentlemen|man|woman|mum|mums|dad|runners?|customers?|guests?|boy|girl)(?:\s+of\s+(?:mine|ours))?|our\s+(?:youngest|oldest|latest|newest|first)\s+(?:client|patient|member|guest|runner))\b/i;
/** Round 10 (A): the outcome of a reported case, with no subject of its own ('is now pain-free', 'came off her sleeping tablets', 'saw her plaques fade', 'stopped wetting the bed'). */
const R10_CASE_OUTCOME = /\b(?:(?:is|was|has\s+been)\s+(?:now\s+|finally\s+|completely\s+)?(?:pain-free|symptom-free|seizure-free|migraine-free|itch-free|flare-free|clear|off\s+(?:her|his|their|all)\s+(?:[a-z-]+\s+){0,2}?(?:tablets|pills|meds|medications?|medicines?|painkillers|inhalers?|steroids|insulin|antidepressants|crutches))|(?:came|has\s+come|got|has\s+got)\s+off\s+(?:her|his|their|all)\s+(?:[a-z-]+\s+){0,2}?(?:tablets|pills|meds|medications?|medicines?|painkillers|inhalers?|steroids|insulin|antidepressants|crutches)|(?:no\s+longer)\s+(?:needs?|takes?|uses?)\s+(?:her|his|their|any)\s+(?:[a-z-]+\s+){0,2}?(?:tablets|pills|meds|medications?|medicines?|painkillers|inhalers?|steroids|insulin|antidepressants|crutches)|saw\s+(?:her|his|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:fade|clear|disappear|vanish|shrink|heal|settle|ease|go\s+down)|stopped\s+(?:wetting\s+the\s+bed|bedwetting|snoring|stammering|stuttering|sleepwalking|grinding\s+(?:her|his|their)\s+teeth|scratching|wheezing|limping|having\s+(?:migraines|panic\s+attacks|seizures|nightmares|flare-ups|hot\s+flushes|headaches)))(?![a-z-])/i;
/** Round 10 (A): 'What most people notice first is that they sleep better', 'What our patients love most is how quickly the swelling goes down'. */
const R10_CLEFT_NOTICE = /^[\s"'\u201c\u2018*_>(]*what\s+(?:(?:most|many|our|my|the|all)\s+)?(?:of\s+(?:our|my)\s+)?(?:people|patients|clients|you|customers|guests|members|parents|mums|users|women|men|runners|families)(?:\s+|(?=['\u2019]))(?:(?:['\u2019]ll|will|usually|often|tend\s+to|always|really|first)\s+)?(?:notice|love|see|feel|report|say|find|enjoy|get|value|tell\s+us)\s+(?:(?:first|most|straight\s+away|right\s+away|within\s+(?:a|one|two|the\s+first)\s+(?:day|week|fortnight|month|session)s?)\s+)?(?:is|are|was)\s+/i;
/** Round 10 (A): 'The difference in my energy levels has been incredible', 'The change in her mood since starting the drops has been remarkable'. */
const R10_DIFFERENCE_IN = /^[\s"'\u201c*_>(]*the\s+(?:difference|change|improvement|transformation)\s+in\s+((?:[a-z'\u2019-]+\s+){1,8}?)(?:has\s+been|is|was|have\s+been)\s+(?:(?:just|truly|really|absolutely|honestly|so|quite|simply)\s+)?(?:incredible|remarkable|amazing|astonishing|unbelievable|huge|massive|enormous|dramatic|life-changing|night\s+and\s+day|staggering|phenomenal|extraordinary|brilliant|fantastic)(?![a-z-])/i;
/** Round 10 (A): 'Best decision I ever made for my knees', 'the best money I've spent on my skin'. */
const R10_BEST_DECISION = /\bbest\s+(?:decision|money|investment|purchase|buy|\u00a3\d+|\d+\s+pounds)\s+(?:i|we)(?:\s+have|['\u2019]ve)?\s+(?:ever\s+)?(?:made|spent|done|bought|taken)\s+(?:for|on)\s+(?:my|our|her|his)\s+(?:[a-z-]+\s+)?(?:knees?|back|skin|hair|joints|gut|health|sleep|feet|hips?|neck|shoulders?|teeth|eyes|mood|mind|body|heart|bones|periods|fertility|energy|breathing|acne|eczema|psoriasis|migraines|pain|asthma|digestion)(?![a-z-])/i;
/** Round 10 (A): 'Nothing has ever worked as well for my eczema': a superlative told by a negated comparison with a complaint after 'for'. */
const R10_NOTHING_AS_WELL = /\bnothing\s+(?:else\s+)?(?:(?:has|had|have)\s+)?(?:ever\s+)?(?:worked|helped|works|helps)\s+(?:as|so|this|half\s+as)\s+(?:well|quickly|fast)\s+(?:for|on|with)\s+/i;
/** Round 10 (A): 'did in three sessions what my GP couldn't do in three years', 'does what expensive serums can't'. */
const R10_DID_WHAT = /\b(?:did|does|do|has\s+done|have\s+done|achieved|managed)\s+(?:in\s+(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+(?:sessions?|weeks?|days?|months?|visits?)\s+)?what\s+((?:[a-z'\u2019-]+\s+){1,5}?)(?:couldn['\u2019]t|could\s+not|can['\u2019]t|cannot|never\s+could|failed\s+to|didn['\u2019]t|hadn['\u2019]t)(?![a-z-])/i;
/** Round 10 (A): the other side of a did-what comparison: a doctor, a hospital or a product ('my GP', 'expensive serums'). */
const R10_DID_OTHER = /\b(?:gp|gps|doctors?|consultants?|specialists?|hospitals?|surgeons?|serums?|lotions?|potions?|products?|drugs?|pills?|tablets?|creams?|medicines?|years\s+of|months\s+of|inhalers?|painkillers?|treatments?|therap(?:y|ies)|physio|surgery)\b/i;

/**
 * Round 10 (A): reported cases told of one client ('A client of mine came off her sleeping tablets after a month of
 * CBT-I'), clefts of what people notice ('What most people notice first is that they sleep better'), a change in health
 * called incredible, the best decision for a body part, nothing that worked as well for a complaint, and a remedy that did
 * what a doctor or a product could not. Each after a word check.
 */
function caseAndPraiseR10(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding, first: number): boolean {
  // a, o(ne/ur), w(hat), t(he)
  if (first === 97 || first === 111) {
    const s = R10_CASE_SUBJECT.exec(text);
    if (s) {
      const m = R10_CASE_OUTCOME.exec(text.slice(s.index + s[0].length));
      if (m) {
        const start = s.index + s[0].length + m.index;
        const end = start + m[0].length;
        const rest = text.slice(0, start) + ' ' + text.slice(end);
        // A treatment named outside the outcome (a medicine given up is no treatment), or the practice itself ('came to us').
        const treated = R9_TREATED.test(rest) || /\bcame\s+to\s+(?:us|me|see\s+(?:us|me)|the\s+clinic)\b/i.test(rest) || treatmentCueIn(cues, 0, start) || treatmentCueIn(cues, end, text.length);
        if (treated && !CASE_NEGATED.test(text.slice(start, end).replace(/no\s+longer/i, '')) && r9Found(text, cues, clause, segment, inParens, start, end, out, true)) {
          out.testimonial = true;
          return true;
        }
      }
    }
  }
  if (first === 119) {
    const m = R10_CLEFT_NOTICE.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      const focus = text.slice(end, end + 80).split(/[.;:!?]/)[0];
      let health = /\b(?:sleep(?:s|ing)?\s+(?:better|deeper|longer|through)|more\s+energy|less\s+pain|(?:clearer|calmer|softer|smoother|stronger|healthier)\s+[a-z-]+|goes?\s+down|eases?|settles?|clears?\s+up|fades?|disappears?)\b/i.test(focus);
      for (const c of cues) if (!health && c.start >= end && c.start < end + focus.length && c.kind === K.good) health = true;
      if (health && r9Found(text, cues, clause, segment, inParens, m.index + m[0].search(/what/i), end - 1, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if (first === 116) {
    const m = R10_DIFFERENCE_IN.exec(text);
    if (m && (R9_BODY_GOAL.test((m[1].trim().split(/\s+/).pop() ?? '')) || /\b(?:energy|mood|sleep|skin|pain|anxiety|stress|breathing|digestion|joints|mobility|focus|concentration|confidence|symptoms|flare-ups|bloating)\b/i.test(m[1]))) {
      const start = m.index + m[0].search(/the/i);
      if (r9Found(text, cues, clause, segment, inParens, start, m.index + m[0].length, out)) {
        out.testimonial = true;
        return true;
      }
    }
  }
  if ((r9Gates & R10G_BEST) !== 0) {
    const m = R10_BEST_DECISION.exec(text);
    if (m && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) {
      out.testimonial = true;
      return true;
    }
  }
  if ((r9Gates & R10G_NOTHING) !== 0) {
    const m = R10_NOTHING_AS_WELL.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      let health = false;
      for (const c of cues) if (c.start >= end && c.start < end + 40 && (c.kind === K.bad || c.kind === K.disease || c.kind === K.body || c.kind === K.good)) health = true;
      if (health && r9Found(text, cues, clause, segment, inParens, m.index, end - 1, out)) return true;
    }
  }
  if ((r9Gates & R9G_WHAT) !== 0) {
    const m = R10_DID_WHAT.exec(text);
    if (m && R10_DID_OTHER.test(m[1]) && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index)) && (treatmentCueIn(cues, 0, m.index) || R9_TREATED.test(text.slice(0, m.index)) || /\b(?:osteopath|chiropractor|acupuncturist|physiotherapist|herbalist|nutritionist|homeopath|reflexologist|therapist|hypnotherapist|naturopath|podiatrist|dietitian)s?\b/i.test(text.slice(0, m.index)))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
    }
  }
  return false;
}

/** Round 10 (A): clefts, testimonials, outcomes of users and comparisons (after round 9's frames; r9Gates is the sentence's). */
function round10AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  // The first letter of the sentence (past quotes and marks): w(hat) and t(he thing that) open clefts, a/o/w/t the frames of caseAndPraiseR10.
  let f0 = 0;
  while (f0 < text.length && !isWordChar(text.charCodeAt(f0))) f0++;
  const first = text.charCodeAt(f0) | 32;
  if ((first === 119 || (first === 116 && /^\W*the\s+(?:[a-z]+\s+)?thing\s+that\s/i.test(text.slice(0, 30)))) && cleftR10(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & R10G_TRAIL) !== 0 && trailingStoryR10(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & (R10G_NEVER | R10G_LEFT | R10G_GAVE)) !== 0 && testimonyR10(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & (R10G_ONCE | R10G_OFF)) !== 0 && reportedCaseR10(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & (R10G_THAN | R10G_MUCH | R10G_BACK | R10G_AND)) !== 0 && comparisonR10(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & R10G_THESE) !== 0 && (text.indexOf('help') >= 0 || text.indexOf('benefit') >= 0) && helpTheseR10(text, cues, clause, segment, inParens, out)) return true;
  if (caseAndPraiseR10(text, cues, clause, segment, inParens, out, first)) return true;
  return false;
}

// ---------------------------------------------------------------- round 11 (A): superlatives and equal comparisons

/** Round 11 (A): what the superlative 'nothing <verb> <object>' compares its object's remedy with: 'like', 'quite like', 'as well as', 'the way'. */
const R11_NOTHING_LIKE = /^[^.;:!?]{0,60}?\s(?:quite\s+|really\s+|half\s+)?(?:like|as\s+(?:well|fast|quickly|reliably)\s+as|the\s+way)\s+\S/i;
/**
 * Round 11 (A): an equal comparison of a remedy with another by a verb of working or doing ('works every bit as well as
 * metformin', 'does the same job as the tablets'). 'as well as' alone is a conjunction ('yoga as well as physio'); the
 * verb before it makes it a comparison of effect.
 */
const R11_WORKS_AS_WELL = /\b(?:works?|worked|working|performs?|performed|does|do|did|doing)\s+(?:(?:every\s+bit|just|quite|fully|at\s+least|almost|nearly|pretty\s+much|essentially|roughly|about)\s+)?as\s+well\s+as\s+|\b(?:does|do|did|doing|has\s+done|can\s+do)\s+(?:(?:exactly|essentially|pretty\s+much|much|largely|basically)\s+)?the\s+same\s+(?:job|work)\s+as\s+/i;

/**
 * Round 11 (A): a verb of working with a degree of praise or a comparative, and a group of people after 'for' ('it works
 * brilliantly for many of our members', 'might work better for people who used to smoke menthols'): the remedy named
 * before it helps that group. The degree words and the groups are those of praise and of the people a clinic serves.
 */
const R11_WORKS_FOR = /\b(?:works?|worked|working)\s+(?:(?:really|so|incredibly|absolutely|just|particularly|especially|even)\s+)?(?:brilliantly|wonderfully|beautifully|amazingly|fantastically|wonders|a\s+treat|well|better|best)\s+for\s+(?:(?:many|most|some|lots|plenty|loads|several|hundreds|thousands|(?:a|the)\s+(?:lot|majority|number))\s+of\s+)?(?:(?:our|my|the|these|those)\s+)?(?:[a-z-]+\s+)?(?:clients|patients|members|people|women|men|mums|mothers|families|children|kids|smokers|ex-smokers|users|sufferers|runners|adults|teenagers|those)(?![a-z-])/i;
/** Round 11 (A): a first-person passive of transformation said of a body part or function ('My posture has been transformed'): the passive's agent is the treatment. */
const R11_TRANSFORMED = new RegExp(`\\bmy\\s+(?:[a-z-]+\\s+)?(?:${R10_PART}|hair|nails|mind|mood|sleep|energy|periods?|digestion|breathing|complexion|body|bones|muscles|posture|balance|memory|focus|concentration|stamina|mobility|flexibility)\\s+(?:has|have|had)\\s+(?:(?:completely|totally|utterly|honestly|really|just|been\\s+completely)\\s+)?been\\s+(?:(?:completely|totally|utterly)\\s+)?transformed(?![a-z-])`, 'i');
/** Round 11 (A): a complaint that has not come back since a change ('My rosacea hasn't flared once since I started …'): a possessive subject, a negated perfect of a verb of recurrence. */
const R11_NOT_RECURRED = /\b(?:my|her|his|our|their)\s+((?:[a-z'\u2019-]+\s+){0,2}?[a-z'\u2019-]+)\s+(?:has|have)(?:\s+not|n['\u2019]t)\s+(?:(?:once|really|properly|even|ever)\s+)?(?:flared(?:\s+up)?|come\s+back|returned|played\s+up|acted\s+up|been\s+back)(?:\s+(?:once|at\s+all|again))?(?=\s+since\b)/i;

/** Round 11 (A): tools of a service that the treatment lexicon lists but that work for people in another sense ('the app works well for most members'). */
const R11_SERVICE_TOOL = /^(?:apps?|websites?|platforms?|portals?|software|tools?|services?)$/i;
/** A treatment cue from `from` to `to` that is a remedy, not a tool of a service. */
function remedyCueIn(text: string, cues: Cue[], from: number, to: number): boolean {
  for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.intervention || c.kind === K.drug) && !R11_SERVICE_TOOL.test(cueText(text, c))) return true;
  return false;
}
/**
 * Round 11 (A): a comparative correlative of dose and benefit at the start of a sentence ('More pressure means faster
 * healing', 'Longer sessions mean quicker mending'): more of the treatment is said to bring more of a good outcome, named by
 * a verb of recovery as a noun right after the comparative (an outcome noun, 'means deeper sleep', is the lexicon's relation).
 */
const R11_MORE_MEANS = /(?:more|extra|higher|longer|deeper|daily|regular)\s+(?:[a-z-]+\s+){0,3}?(?:means?|meant)\s+(?:(?:much|far|a\s+lot|even)\s+)?(?:faster|quicker|speedier|better|stronger)\s+/iy;
/** Round 11 (A): imperatives of building or training a capacity, besides R10_IMPERATIVE's of changing what a person eats, takes or does. */
const R11_IMPERATIVE = new Set(['build', 'train', 'practise', 'practice', 'strengthen', 'retrain', 'learn', 'improve', 'raise', 'boost', 'stretch', 'loosen', 'release', 'fix', 'sort', 'correct']);
let r11Clears: RegExp | null = null;
/**
 * Round 11 (A): 'Build your CO2 tolerance and anxiety stops running the show', 'Strengthen your glutes and the knee pain
 * settles': an imperative (the sentence's first word) and, after 'and', a complaint of the lexicon (with at most a
 * determiner or two words before it) and a verb of clearing of claims-reported.json: the consequence credits what the reader
 * is told to do. Not a negated consequence, nor a clause of waiting ('Wait a week and the rash fades': no imperative of
 * doing).
 */
function imperativeAndClears(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const s0 = firstWordStart(text);
  const first = text.slice(s0, nextWordEnd(text, s0)).toLowerCase();
  if (!R10_IMPERATIVE.has(first) && !R11_IMPERATIVE.has(first)) return false;
  const and = text.indexOf(' and ', s0);
  if (and < 0) return false;
  const from = and + 5;
  let limit = from;
  for (let w = 0; w < 3; w++) limit = nextWordEnd(text, limit);
  for (const c of cues) {
    if (c.start < from) continue;
    if (c.start > limit) break;
    if (c.kind !== K.bad && c.kind !== K.disease) continue;
    r11Clears ??= new RegExp(`\\s+(?:${alternation(reportedData.clearVerbs)})(?![a-z-])`, 'y');
    r11Clears.lastIndex = c.end;
    const m = r11Clears.exec(text);
    if (!m || CASE_NEGATED.test(text.slice(from, c.end + m[0].length))) return false;
    return r9Found(text, cues, clause, segment, inParens, c.start, c.end + m[0].length, out);
  }
  return false;
}

// ---------------------------------------------------------------- round 12 (C): a complaint gone after a treatment

/** Round 12 (C): what may stand before the complaint in the subject: a determiner or a possessive and up to two words. */
const ROUND12C_SUBJ_LEAD = /^(?:(?:the|your|my|his|her|their|our|that|those|this|these|any)\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** Round 12 (C): a time after surgery, an illness or an event: recovery, not a remedy ('within a week of the operation'). */
const ROUND12C_NOT_REMEDY = /^(?:the|your|her|his|their|my|an?)\s+(?:[a-z-]+\s+)?(?:op|operation|surgery|procedure|birth|delivery|injury|accident|infection|illness|bug|virus|flu|cold|fall|trimester|period)\b/i;
/** Round 12 (C): the verbs of giving up among round12CTime's acts (claims-reported.json round11A.givingUpIng). */
const ROUND12C_GIVING_UP = new RegExp(`^(?:${alternation(reportedData.round11A.givingUpIng)})$`, 'i');
/** Round 12 (C): a medicine named after an act of giving up ('stopping the antibiotics', 'coming off the pill'). */
const ROUND12C_MEDICINE = /\b(?:tablets?|pills?|antibiotics?|medications?|medicines?|meds|drugs?|steroids?|inhalers?|injections?|statins?|antidepressants?|painkillers?|hrt)\b/i;
let round12CClears: RegExp | null = null;
let round12CTime: RegExp | null = null;
/**
 * Round 12 (C): a complaint as the subject of a verb of going away, in the present (or after a modal), with the time of a
 * treatment right after it ('The afternoon slump melts away after a bottle of our brew', 'Your brain fog lifts within two
 * weeks of quitting sugar', 'Period pain may ease after a course of acupuncture'): stated of every time the treatment is
 * taken, it credits the treatment as 'X clears the fog' does. The complaint is the sentence's first cue, with at most a
 * determiner and two words before it; the verbs are claims-reported.json's verbs of clearing (and round12C's); the time is
 * 'after' or 'within' + a dose or a stretch of time + 'of' + an act of taking something up or giving it up ('of starting',
 * 'of quitting'), the practice's own product ('our', 'this'), or after a dose a treatment the sentence names (a cue, a
 * treatment word, a product with a capital). Not a time with no treatment ('fades after a few days'), a stretch of getting
 * used to a device ('within a week of a new brace'), a medicine stopped ('within days of stopping the antibiotics': a side
 * effect going), nor a recovery from surgery or an illness. Gated by round 10's TRAIL
 * group of the shared substring pass ('fter ', 'ithin ').
 */
function round12CClearsAfter(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R10G_TRAIL) === 0) return false;
  let c: Cue | null = null;
  for (const x of cues) {
    if (x.kind < 0) continue;
    c = x;
    break;
  }
  if (!c || (c.kind !== K.bad && c.kind !== K.disease)) return false;
  if (!ROUND12C_SUBJ_LEAD.test(text.slice(firstWordStart(text), c.start))) return false;
  round12CClears ??= new RegExp(
    `\\s+(?:(?:may|might|can|could|will|should|often|usually|generally|tends?\\s+to|just|simply|quickly|soon|gradually|completely|really|literally|noticeably)\\s+){0,2}(?:${alternation([...reportedData.clearVerbs, ...reportedData.round12C.clearVerbs])})(?![a-z-])`,
    'iy',
  );
  round12CClears.lastIndex = c.end;
  const v = round12CClears.exec(text);
  if (!v) return false;
  const end = c.end + v[0].length;
  round12CTime ??= new RegExp(
    `\\s+(?:(?:usually|often|typically|just|only|soon)\\s+)?(?:after|within)\\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|just|only|a\\s+single|your|her|his|their|my|the|first|second|third)\\s+){0,3}(?:(${alternation(reportedData.round12C.doses)})|${alternation(reportedData.round12C.stretches)})\\s+of\\s+(?:(${alternation([...reportedData.round12C.starting, ...reportedData.round11A.givingUpIng])})(?![a-z-])|(?=[a-z0-9]))`,
    'iy',
  );
  round12CTime.lastIndex = end;
  const t = round12CTime.exec(text);
  if (!t) return false;
  const rest = t.index + t[0].length;
  const to = Math.min(text.length, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, nextWordEnd(text, rest)))));
  // A medicine stopped or come off ('within days of stopping the antibiotics'): its side effect going, not a remedy.
  if (t[2] && ROUND12C_GIVING_UP.test(t[2]) && (treatmentCueIn(cues, rest, to) || ROUND12C_MEDICINE.test(text.slice(rest, to)))) return false;
  if (!t[2]) {
    // No act of starting or giving up: the practice's own product ('our', 'this'), or after a dose a treatment named.
    if (ROUND12C_NOT_REMEDY.test(text.slice(rest, rest + 40))) return false;
    const own = /^(?:our|this|these)\s/i.test(text.slice(rest, rest + 6));
    if (!own && !(t[1] && r9Treated(text, cues, rest, to))) return false;
  }
  return r9Found(text, cues, clause, segment, inParens, c.start, end, out, true);
}

let round12CThings: RegExp | null = null;
/** Round 12 (C): people named by their complaint or as its sufferers, after 'for' ('for some snorers', 'for migraine sufferers'). */
const ROUND12C_SUFFERERS = /^\s+for\s+(?:(?:some|many|most|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+)?(?:[a-z-]+\s+)?(?:snorers|sufferers|insomniacs|asthmatics|migraineurs|diabetics|runners\s+with|people\s+with|patients\s+with)(?![a-z-])/i;
/**
 * Round 12 (C): an idiom of relief with the vague object 'things' ('calms things down', 'loosen things up', 'could speed
 * things up'; claims-context.json round12CThings): in a health post 'things' stands for the complaint or the recovery
 * the post is about, so the idiom claims when the sentence names the remedy before it (a treatment cue or word), people
 * by their complaint after it ('for some snorers', 'for people with'), or a population hedge and a complaint before it
 * ('Some members with sciatica find that'). A manager, a receptionist or online booking that speeds things up names
 * none of them. Gated by ' things ' (one indexOf).
 */
function round12CVagueThings(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  round12CThings ??= new RegExp(`\\b(?:${alternation(contextData.round12CThings.phrases)})(?![a-z-])`, 'i');
  const m = round12CThings.exec(text);
  if (!m) return false;
  const start = m.index;
  const end = start + m[0].length;
  let licensed = treatmentCueIn(cues, 0, start) || R9_TREATED.test(text.slice(0, start)) || ROUND12C_SUFFERERS.test(text.slice(end, end + 60));
  if (!licensed) {
    // The population hedge names its people by a complaint ('Some members with sciatica find'): a complaint cue before the
    // idiom, or 'with' or 'who suffer' inside the hedge's own span (which may hold the complaint's word).
    for (const c of cues) if (c.start < start && c.kind === K.population && (complaintIn(cues, 0, start) || /\s(?:with|suffer)/i.test(cueText(text, c)))) licensed = true;
  }
  return licensed && round16AHedgedFound(text, cues, clause, segment, inParens, start, end, out);
}

/**
 * Round 16 (A): records an idiom's claim over text[start, end) as the story frames do (a negation counts in the two words
 * before it or inside it, so 'For cases that haven't shifted, shockwave might speed things along' is read), hedged by a
 * modal right before it even when the modal is the clause's last cue ('might speed things along').
 */
function round16AHedgedFound(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, start: number, end: number, out: ClaimFinding): boolean {
  if (!r9Found(text, cues, clause, segment, inParens, start, end, out, true)) return false;
  for (const c of cues) if (!out.rel!.hedge && c.kind === K.hedge && c.end <= start && wordsBetween(text, c.end, start) <= 1) out.rel!.hedge = c;
  return true;
}

/** A negation cue in the sentence ('not', "n't", 'never'). */
function hasNegationCue(cues: Cue[]): boolean {
  for (const c of cues) if (c.kind === K.negation) return true;
  return false;
}

/** A complaint of the lexicon (a bad outcome or a disease) among the cues from `from` to `to`. */
function complaintIn(cues: Cue[], from: number, to: number): boolean {
  for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.bad || c.kind === K.disease)) return true;
  return false;
}

/**
 * Round 11 (A): two frames of comparison that credit a remedy with no relation of their own.
 * - The superlative 'Nothing <verb of benefit> <health object> like <remedy>' ('Nothing settles a colicky baby like a warm
 *   bath'): the negative subject ranks the remedy above all others, it does not deny the benefit. The relation is the
 *   lexicon's own (its object a health outcome, read by benefitObject), found negated only by 'nothing' before it, and
 *   a 'like' (or 'as well as', 'the way') after it in its clause.
 * - An equal comparison with a medicine by a verb of working ('Inositol works every bit as well as metformin', 'Berberine
 *   does the same job as metformin'): a treatment before the verb, a medicine or a remedy right after the comparison.
 * Gated by two groups of the shared substring pass ('othing', ' as ').
 */
function round11AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  if ((r9Gates & R10G_NOTHING) !== 0) {
    for (const rel of relations) {
      if (!rel.negated || rel.type !== 'causal' || rel.relative) continue;
      let before = prevWordBounds(text, rel.modalStart);
      if (before && /^(?:else|ever|really|quite)$/i.test(text.slice(before[0], before[1]))) before = prevWordBounds(text, before[0]);
      if (!before || text.slice(before[0], before[1]).toLowerCase() !== 'nothing') continue;
      const positive: Relation = { ...rel, negated: false };
      const object = benefitObject(text, cues, rel.index, clause, positive);
      if (!object) continue;
      if (!R11_NOTHING_LIKE.test(text.slice(rel.cue.end, rel.cue.end + 120))) continue;
      const why = vetoed(text, cues, rel.index, clause, segment, inParens);
      if (why) {
        out.reason ??= why;
        continue;
      }
      out.rel = { ...positive, hedge: null, modalStart: before[0], cue: { kind: rel.cue.kind, start: before[0], end: rel.cue.end } };
      out.object = object === true ? null : object;
      out.reason = null;
      return true;
    }
  }
  // One look for the comparison's own words first ('as well as' is also a common conjunction of abstracts).
  if ((r9Gates & R9G_AS) !== 0 && (text.indexOf('as well as') >= 0 || text.indexOf('same job') >= 0 || text.indexOf('same work') >= 0)) {
    const m = R11_WORKS_AS_WELL.exec(text);
    if (m && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index)) && !/\b(?:not|never|no|n['\u2019]t|hardly|barely)\s+(?:[a-z'\u2019-]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      const end = m.index + m[0].length;
      const other = text.slice(end, end + 50).split(/[.;:!?,]/)[0];
      const remedy = treatmentCueIn(cues, end, end + other.length) || R9_OTHER_REMEDY.test(other);
      const treated = treatmentCueIn(cues, 0, m.index) || R9_TREATED.test(text.slice(0, m.index)) || gerundSubject(text, m.index);
      if (remedy && treated && r9Found(text, cues, clause, segment, inParens, m.index, end - 1, out)) return true;
    }
  }
  // An imperative whose consequence after 'and' is a complaint that clears ('Strengthen your core and the back pain eases').
  if ((r9Gates & R10G_AND) !== 0 && imperativeAndClears(text, cues, clause, segment, inParens, out)) return true;
  // A comparative correlative of dose and benefit opens the sentence ('More pressure means faster healing').
  const s0 = firstWordStart(text);
  const f = text.charCodeAt(s0) | 32;
  if (f === 109 || f === 101 || f === 104 || f === 108 || f === 100 || f === 114) { // m(ore), e(xtra), h(igher), l(onger), d(eeper, aily), r(egular)
    R11_MORE_MEANS.lastIndex = s0;
    const m = R11_MORE_MEANS.exec(text);
    if (m && !CASE_NEGATED.test(m[0])) {
      const end = m.index + m[0].length;
      let k = -1;
      for (let j = 0; j < cues.length; j++) if (cues[j].start === end) k = j;
      // The outcome is a verb of recovery as a noun ('faster healing'); the lexicon's 'means' reads outcome nouns ('means deeper sleep').
      const c = k >= 0 ? cues[k].kind : -9;
      // What heals, when named after 'of', must be the body's ('faster healing of the tendon'), not 'of the economy'.
      const of = k >= 0 ? /^\s+of\s+[^.;:!?,]*/i.exec(text.slice(cues[k].end, cues[k].end + 80)) : null;
      const healthOf = of === null || cues.some((q) => q.start >= cues[k].end && q.start < cues[k].end + of[0].length && HEALTH_KINDS.has(q.kind));
      if (c === K.verb && healthOf && r9Found(text, cues, clause, segment, inParens, m.index, cues[k].end, out)) return true;
    }
  }
  if ((r9Gates & R10G_THAN) !== 0 && text.indexOf(' for ') >= 0) {
    const m = R11_WORKS_FOR.exec(text);
    // A treatment named before the verb in the sentence ('the combined pill ..., and it works brilliantly for many of our
    // members'), not a negation just before it.
    if (m && remedyCueIn(text, cues, 0, m.index) && !R9_PERSON_SUBJECT.test(prevWordSkipping(text, m.index)) && !/\b(?:not|never|no|n['\u2019]t|hardly|barely)\s+(?:[a-z'\u2019-]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      if (r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out)) return true;
    }
  }
  if ((r9Gates & R9G_CHANGED) !== 0 && text.indexOf('transformed') >= 0) {
    const m = R11_TRANSFORMED.exec(text);
    if (m && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, true)) {
      out.testimonial = true;
      return true;
    }
  }
  // A negation cue and 'since' first (the TRAIL group also holds 'after' and 'within', common words of abstracts).
  if ((r9Gates & R10G_TRAIL) !== 0 && hasNegationCue(cues) && (text.indexOf(' since') >= 0)) {
    const m = R11_NOT_RECURRED.exec(text);
    // The complaint is one of the lexicon's (a cue inside the subject); the change is a treatment taken ('since I started my
    // LED sessions'), not a new job.
    if (m && complaintIn(cues, m.index, m.index + m[0].length) && R10_TRAIL_TIME.test(text) && (treatmentCueIn(cues, m.index + m[0].length, text.length) || R9_TREATED.test(text.slice(m.index + m[0].length)))) {
      const start = m.index;
      const end = m.index + m[0].length;
      // The negation is the outcome itself: the claim is read past it.
      let k = cueIndexFrom(cues, start);
      const why = vetoed(text, cues, k, clause, segment, inParens);
      if (why) out.reason ??= why;
      else {
        out.rel = { cue: { kind: K.verb, start, end }, index: k, type: 'causal', weak: false, verb: null, hedge: null, modalStart: start, negated: false, clause: clause[k], relative: false };
        out.object = null;
        out.reason = null;
        out.testimonial = true;
        return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------- round 12 (A): consequences, clefts and changes of state

/** Round 12 (A): first words of an imperative of round 10, 11 or 12 (claims-reported.json round12A.imperatives: posture, wearing, routine). */
const R12A_IMPERATIVE = new Set<string>(reportedData.round12A.imperatives);
/** Round 12 (A): a complaint's verb of clearing, after an optional adverb ('the bloating just disappears', 'the slump simply melts away'). */
let r12aClears: RegExp | null = null;
/**
 * Round 12 (A): an imperative with a consequence clause ('Do X and Y clears'), read more widely than imperativeAndClears:
 * - the imperative may follow a lead-in and a colon ('The trick is routine: sit by the lamp every morning and …');
 * - its verb may be one of posture, wearing or routine ('Sit', 'Wear', 'Sleep', 'Avoid'; claims-reported.json round12A);
 * - the consequence's subject may run to four words before its complaint ('and the endo belly bloating'), or be a body part
 *   with a possessive ('and your skin clears up');
 * - the complaint may be placed by a phrase ('the tingling in your fingers'), an adverb may come between the subject and
 *   the verb of clearing ('just disappears', 'simply melts away'), and the verbs
 *   of clearing include idioms of melting and ebbing away.
 * The imperative is the consequence's condition, not advice that takes the claim back (isImperative's veto is not read);
 * the consequence must not be negated, and an advice cue, a condition or a distancing frame still vetoes it.
 */
function round12AImperative(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  let s0 = firstWordStart(text);
  let first = text.slice(s0, nextWordEnd(text, s0)).toLowerCase();
  const imperative = (w: string): boolean => R10_IMPERATIVE.has(w) || R11_IMPERATIVE.has(w) || R12A_IMPERATIVE.has(w);
  if (!imperative(first)) {
    // A lead-in of at most eight words and a colon ('The secret really is routine: sit …').
    const colon = (sentenceGates(text) & SG_COLON) === 0 ? -1 : text.indexOf(':');
    if (colon < 0 || colon > 60) return false;
    s0 = colon + 1;
    while (s0 < text.length && !isWordChar(text.charCodeAt(s0))) s0++;
    first = text.slice(s0, nextWordEnd(text, s0)).toLowerCase();
    if (!imperative(first)) return false;
  }
  r12aClears ??= new RegExp(`(?:\\s+(?:in|on|around|under|behind)\\s+(?:your|my|her|his|their|the)\\s+(?:[a-z-]+\\s+)?[a-z-]+)?\\s+(?:(?:${alternation(reportedData.round12A.consequenceAdverbs)})\\s+)?(?:${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)})(?![a-z-])`, 'iy');
  for (let and = text.indexOf(' and ', s0), tries = 0; and >= 0 && tries < 3; and = text.indexOf(' and ', and + 5), tries++) {
    const from = and + 5;
    let limit = from;
    for (let w = 0; w < 5; w++) limit = nextWordEnd(text, limit);
    for (const c of cues) {
      if (c.start < from) continue;
      if (c.start > limit || c.kind === BOUNDARY || c.kind === COMMA || c.kind === QUESTION) break;
      // A complaint, or a body part owned by the reader or a person ('your skin', 'her gut').
      if (c.kind !== K.bad && c.kind !== K.disease && !(c.kind === K.body && /^(?:your|my|her|his|their|our)$/i.test(prevWord(text, c.start)))) continue;
      r12aClears.lastIndex = c.end;
      const m = r12aClears.exec(text);
      if (!m) continue;
      const end = c.end + m[0].length;
      if (CASE_NEGATED.test(text.slice(from, end))) return false;
      return r12aFound(text, cues, clause, segment, inParens, c.start, end, out, s0);
    }
  }
  return false;
}

/**
 * Round 12 (A): the claim of a frame found from `start` to `end` (as r9Found), with its vetoes. `imperative`: where the
 * frame's imperative starts (-1: none); the imperative is the frame's condition, so neither the veto of an imperative
 * sentence nor an advice cue that is the imperative's own verb ('Avoid wheat and …') is read (another advice cue before the
 * frame still vetoes it: 'Ask your GP first: sit …').
 */
function r12aFound(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, start: number, end: number, out: ClaimFinding, imperative: number): boolean {
  if (cues.length === 0) return r9Found(text, cues, clause, segment, inParens, start, end, out);
  let k = cueIndexFrom(cues, start);
  for (let j = 0; j < cues.length; j++) if (clause[j] === clause[k] && cues[j].kind === K.negation && cues[j].start < start) return false;
  const why = vetoed(text, cues, k, clause, segment, inParens);
  if (why && !(imperative >= 0 && why === 'advice' && !cues.some((c) => c.kind === K.advice && c.start < start && c.start !== imperative))) {
    out.reason ??= why;
    return false;
  }
  return storyOutcomeFound(text, cues, clause, k, start, end, out);
}

/** Round 12 (A): the verb phrase of a pseudo-cleft of resolving: a verb of claims-reported.json round12A.cleftVerbs, its object (a possessive, a name's or none, then at most four words) and a particle. */
const R12A_CLEFT_VP = `(?:(?:really|truly|actually|finally|eventually|always|honestly|genuinely|properly|ultimately)\\s+)?(?:${alternation(reportedData.round12A.cleftVerbs)})\\s+((?:(?:my|her|his|their|our|your|the|[a-z]+['\\u2019]s)\\s+)?(?:[a-z'\\u2019-]+\\s+){0,3}?[a-z'\\u2019-]+)(?:\\s+(?:${alternation(reportedData.round12A.cleftParticles)}))?`;
/** Round 13 (A): R12A_CLEFT_VP whose object's adjectives may be coordinated by a comma ('what fixed my dry, tired skin'). */
const R13A_CLEFT_VP = `(?:(?:really|truly|actually|finally|eventually|always|honestly|genuinely|properly|ultimately)\\s+)?(?:${alternation(reportedData.round12A.cleftVerbs)})\\s+((?:(?:my|her|his|their|our|your|the|[a-z]+['\\u2019]s)\\s+)?(?:[a-z'\\u2019-]+,?\\s+){0,3}?[a-z'\\u2019-]+)(?:\\s+(?:${alternation(reportedData.round12A.cleftParticles)}))?`;
/**
 * Round 12 (A): a pseudo-cleft 'What <resolved> <complaint> was <focus>' that opens the sentence or follows a colon ('Her
 * advice was simple: what settled my reflux was …'), with an adverbial of time after the object ('what shifted her grief
 * after her mother died'), and the corrective cleft 'what <resolved> X wasn't A, it was B' (the focus is B: the negation
 * denies A, not the resolving). Group 1: the frame up to its copula; group 2: the object. Round 13 (A): the object's
 * adjectives may be coordinated by a comma ('what fixed my dry, tired skin'), and the adverbial of time and the denied
 * alternative are read word by word (each white-space run once: a lazy span of any characters between white-space
 * separators backtracked polynomially on runs of tabs).
 */
const R12A_CLEFT = new RegExp(`(?:^[\\s"'\\u201c\\u2018*_>(]*|:\\s*["'\\u201c\\u2018]?)(what\\s+${R13A_CLEFT_VP}(?:\\s+(?:after|when|since|during|for|in|with)\\s+(?:[^\\s.;:!?,"\\u201d]+\\s+){0,7}?[^\\s.;:!?,"\\u201d]+)?),?\\s+(?:(?:is|was|are|were|has\\s+been)\\s+(?!(?:not|different|unclear|unknown|debated|still|hard|up\\s+to|a\\s+matter|less\\s+clear|individual|personal|anyone['\\u2019]s\\s+guess)\\b)|(?:wasn['\\u2019]t|was\\s+not|isn['\\u2019]t|is\\s+not|weren['\\u2019]t|aren['\\u2019]t)\\s+(?:[^\\s.;:!?]+\\s+){0,13}?[^\\s.;:!?,]+(?:,\\s*(?:but\\s+)?(?:it|they)\\s+(?:was|were|is|are)|,?\\s+but)\\s)`, 'i');
/** Round 12 (A): a body part of a case story (R10_PART) in a cleft's object ('what sorted Dev's numb fingers'). */
const R12A_PART = new RegExp(`\\b${R10_PART}\\b`, 'i');
/** Round 12 (A): the reverse pseudo-cleft '<treatment> is what <resolved> <complaint>' ('Cutting out dairy is what finally calmed my skin down'), ending its clause. Group 1: the object. */
const R12A_CLEFT_REVERSE = new RegExp(`\\b(?:is|was|are|were|['\\u2019]s)\\s+(?:(?:exactly|precisely|really|truly|honestly|just|simply|actually)\\s+)?what\\s+${R12A_CLEFT_VP}(?=\\s*(?:[.!?"\\u201d,;)]|$))`, 'i');
/**
 * Round 12 (A): pseudo-clefts of resolving a complaint that round 10's cleftR10 does not read: after a colon, with a named
 * possessor ('What sorted Dev's wrist was …'), corrective ('… wasn't the pills, it was …') and reversed ('Yoga is what
 * calmed my flares down': its subject a treatment, a gerund or a diet gone on). The sentence must name health: a cue of
 * health, a body part in the object, or a treatment in the focus or the subject. Gated by ' what ' or a first letter w.
 */
function round12ACleft(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const m = R12A_CLEFT.exec(text);
  if (m) {
    const what = m.index + m[0].length - m[0].slice(m[0].search(/what/i)).length;
    const end = m.index + m[0].length;
    const focus = text.slice(end, end + 90).split(/[.;:!?]/)[0];
    // A treatment in the focus, or in the alternative a corrective cleft denies ('wasn't years of talking therapy').
    let health = R12A_PART.test(m[2]) || r9Treated(text, cues, what + m[1].length, end + focus.length) || R10_CARE_FOCUS.test(focus);
    for (const c of cues) if (!health && c.start >= what && (c.kind === K.bad || c.kind === K.disease || c.kind === K.good || c.kind === K.body)) health = true;
    if (health && end < text.length - 2 && r12aFound(text, cues, clause, segment, inParens, what, what + m[1].length, out, -1)) return true;
  }
  const r = R12A_CLEFT_REVERSE.exec(text);
  if (r && r.index > 0) {
    const subject = text.slice(0, r.index);
    const treated = r9Treated(text, cues, 0, r.index) || gerundSubject(text, r.index) || R11_GIVEN_UP.test(subject);
    let health = R12A_PART.test(r[1]);
    for (const c of cues) if (!health && (c.kind === K.bad || c.kind === K.disease || c.kind === K.body)) health = true;
    if (treated && health && !CASE_NEGATED.test(subject.slice(-12)) && r12aFound(text, cues, clause, segment, inParens, r.index, r.index + r[0].length, out, -1)) return true;
  }
  return false;
}

/**
 * Round 12 (A): a change of state told as 'went from X to Y' of a person ('Since joining the class, Ken has gone from needing
 * a walking stick to strolling to the shops', 'he went from limping down the stairs to playing a full match'): the 'from'
 * side names an impairment or an aid needed (claims-reported.json round12A: limitations, aids), the 'to' side an activity
 * (a gerund) that is not one; the sentence names a treatment or a time of starting one. Gated by ' from ' and ' to '.
 */
let r12aFromTo: RegExp | null = null;
let r12aLimitations: string | null = null;
/** The verbs of a from-to change ('went from'). */
const R12A_FROM_VERB = new Set(['went', 'gone', 'go', 'goes', 'going']);
/** Words between the subject of a from-to change and its verb ('Ken has now gone from'). */
const R12A_FROM_AUX = /^(?:has|have|had|s|now|since|already|really|honestly|just)$/i;
/** A person as the subject of the change: a pronoun or a noun of family or care (a capitalised name is one too). */
const R12A_PERSON = /^(?:i|he|she|we|they|you|son|daughter|husband|wife|partner|dad|mum|mom|mother|father|patient|client|member|runner|player|boy|girl|baby|toddler|grandad|grandma|nan)$/i;
/** Capitalised words before a change that are no person ('Prices have gone from …', 'Our Clinic went from …'). */
const R12A_NOT_PERSON = /^(?:it|this|that|prices?|costs?|clinic|service|practice|team|company|business|shop|waiting|list|times?|numbers?|sales|rates?|our|the)$/i;
function round12AFromTo(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  // One look at the word before each ' from ' before the pattern is run.
  let at = text.indexOf(' from ');
  while (at >= 0 && !R12A_FROM_VERB.has(prevWord(text, at + 1))) at = text.indexOf(' from ', at + 6);
  if (at < 0) return false;
  const lim = r12aLimitations ??= alternation(reportedData.round12A.limitations);
  r12aFromTo ??= new RegExp(`\\b(?:went|gone|go|goes|going)\\s+from\\s+(?:(?:${lim})(?![a-z-])|(?:needing|relying\\s+on|dependent\\s+on|depending\\s+on)\\s+(?:(?:a|an|the|two|her|his|my|their|daily|strong)\\s+)?(?:${alternation(reportedData.round12A.aids)})(?![a-z-]))[^.;:!?]{0,60}?\\s+to\\s+(?:(?:now|finally|happily|comfortably|easily|confidently)\\s+)?([a-z]+ing)(?![a-z-])`, 'i');
  const m = r12aFromTo.exec(text);
  if (!m || new RegExp(`^(?:${lim})$`, 'i').test(m[1]) || /^(?:needing|relying|depending|using|taking)$/i.test(m[1])) return false;
  return personFromToFound(text, cues, clause, segment, inParens, m, out);
}

/**
 * Rounds 12 and 13 (A): a 'went from X to Y' story (match m) told of a person ('he', 'Ken', 'my son'), not of prices or a
 * service ('the clinic went from …'), in a sentence that names a treatment or a time on one: recorded as the claim.
 */
function personFromToFound(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, m: RegExpExecArray, out: ClaimFinding): boolean {
  let b = prevWordBounds(text, m.index);
  for (let n = 0; n < 3 && b && R12A_FROM_AUX.test(text.slice(b[0], b[1])); n++) b = prevWordBounds(text, b[0]);
  const subject = b ? text.slice(b[0], b[1]) : '';
  if (!(/^[A-Z][a-z]+$/.test(subject) || R12A_PERSON.test(subject)) || R12A_NOT_PERSON.test(subject)) return false;
  if (!(treatmentCueIn(cues, 0, text.length) || R9_TREATED.test(text) || R10_TRAIL_TIME.test(text))) return false;
  return r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1);
}

/**
 * Round 12 (A): a before-and-after told by two verbs of motion ('I came in with a migraine and walked out clear-headed',
 * 'She limped in with a frozen shoulder and left smiling'): arriving 'in with' a complaint of the lexicon, then leaving
 * 'out', 'away' or 'home' in a good state (claims-reported.json round12A.leftWell); leaving with a prescription or still
 * in pain is no outcome. Gated by ' in with '.
 */
let r12aCameIn: RegExp | null = null;
function round12ACameIn(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r12aCameIn ??= new RegExp(`\\b(?:came|come|comes|walked|hobbled|limped|shuffled|arrived|staggered|crawled)\\s+in\\s+with\\s+([^.;:!?]{1,60}?)\\s+and\\s+(?:(?:then\\s+|just\\s+)?)(?:walked|went|left|skipped|danced|floated|strolled|bounced|came|drove|cycled|ran|sailed)(?:\\s+(?:out|away|home|off))?\\s+(?:(?:feeling|completely|totally|utterly|so|much|far)\\s+)?(?:${alternation(reportedData.round12A.leftWell)})(?![a-z-])`, 'i');
  const m = r12aCameIn.exec(text);
  if (!m) return false;
  const inWith = m.index + m[0].indexOf(m[1]);
  if (!complaintIn(cues, inWith, inWith + m[1].length)) return false;
  return r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1);
}

/**
 * Round 12 (A): a treatment as the subject of an idiom of resolving with a pronoun object ('four sessions of shockwave
 * sorted it out', 'the drops cleared it up', 'a week of physio did the trick'), in a sentence that names the complaint
 * before it ('After two years of heel pain, …'): the pronoun stands for that complaint. The treatment is named at most
 * three words before the idiom (a cue, or a count of sessions 'of' something); not negated, not a question.
 */
const R12A_SORTED_IT = /\b(?:sorted|sorts|fixed|fixes|cleared|clears|settled|settles|cured|cures|shifted|shifts|knocked|knocks|did|does)\s+(?:(it|them|things)|the\s+(?:trick|job)|(?:my|her|his|their|your|our|the)\s+)/i;
/** Round 12 (A): a count of sessions of a care just before the idiom ('three sessions of cupping'). */
const R12A_SESSIONS_OF = new RegExp(`\\b${R9_SESSION}\\s+of\\s+[a-z-]+\\s*$`, 'i');
function round12ASortedIt(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding, fixed = false): boolean {
  const m = R12A_SORTED_IT.exec(text);
  if (!m) return false;
  const v = m[0].toLowerCase();
  const trick = /\bthe\s+(?:trick|job)$/.test(v);
  // 'did' and 'does' resolve only as 'did the trick' or 'did the job'; 'the trick' only after them.
  if (trick !== (v.startsWith('did') || v.startsWith('does'))) return false;
  let end = m.index + m[0].length;
  if (m[1] !== undefined || trick) {
    // A pronoun (or 'the trick') stands for a complaint named before ('After two years of heel pain, … sorted it out').
    if (!complaintIn(cues, 0, m.index)) return false;
    const particle = /^\s+(?:out|up|down|on\s+the\s+head|for\s+good|once\s+and\s+for\s+all)(?![a-z-])/i.exec(text.slice(end, end + 30));
    if (particle) end += particle[0].length;
  } else {
    // A possessive noun phrase holding a complaint ('sorted my heel pain out').
    let k = -1;
    for (const c of cues) if (c.start >= end && c.start < end + 30 && (c.kind === K.bad || c.kind === K.disease)) { k = c.end; break; }
    // Round 16 (A): a verb of fixing with its particle split off by a good state or a part of the body ('sorted my mood
    // out', 'fixed my back up'): the particle completes a repair, so any health object will do.
    if (k < 0 && (v.startsWith('sort') || v.startsWith('fix'))) k = round16AFixedObject(text, cues, end);
    if (k < 0 || /[,.;:!?]/.test(text.slice(end, k))) return false;
    end = k;
  }
  const subjectFrom = wordWindowStart(text, m.index, 3);
  const subject = text.slice(subjectFrom, m.index);
  if (!(treatmentCueIn(cues, subjectFrom, m.index) || R12A_SESSIONS_OF.test(subject) || (fixed && R9_TREATED.test(subject)))) return false;
  if (CASE_NEGATED.test(subject)) return false;
  return r12aFound(text, cues, clause, segment, inParens, m.index, end, out, -1);
}

/** Round 16 (A): the end of 'out' or 'up' right after a good state or a part of the body within 30 characters of from, or -1. */
function round16AFixedObject(text: string, cues: Cue[], from: number): number {
  for (const c of cues) {
    if (c.start < from) continue;
    if (c.start >= from + 30 || c.kind < 0) return -1;
    if (c.kind !== K.good && c.kind !== K.body) continue;
    const p = /^\s+(?:out|up)(?![a-z-])/i.exec(text.slice(c.end, c.end + 8));
    return p ? c.end + p[0].length : -1;
  }
  return -1;
}

/**
 * Round 12 (A): the writer's patients back at an activity within a number of sessions ('Most of our runners are back
 * training within four sessions', 'many of our clients are back at work after two treatments'): a return to an activity
 * timed by sessions of care reports the care's outcome (timed by weeks alone it is the natural course). Gated by ' back '.
 */
const R12A_BACK_WITHIN = new RegExp(`\\b(?:(?:most|many|all|some|nearly\\s+all|almost\\s+all|the\\s+majority|lots|plenty)\\s+of\\s+)?(?:our|my)\\s+(?:[a-z-]+\\s+){0,3}?(?:patients|clients|members|runners|players|athletes|golfers|customers)(?:\\s+with\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)?\\s+(?:are|were|get|got|['\\u2019]re)\\s+back\\s+(?:on\\s+(?:court|the\\s+(?:court|pitch|field|bike|road|slopes|course|mat))|on\\s+(?:their|her|his)\\s+feet|at\\s+work|to\\s+(?:work|sport|training|running|golf|tennis|the\\s+gym|normal)|running|training|playing|swimming|cycling|lifting|climbing|dancing|riding)\\s+(?:(?:within|after|in)\\s+(?:just\\s+|only\\s+)?${R9_N}|by\\s+the\\s+${R9_ORD})\\s+(?:[a-z-]+\\s+)?${R9_SESSION}(?![a-z-])`, 'i');
function round12ABackWithin(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const m = R12A_BACK_WITHIN.exec(text);
  if (!m || CASE_NEGATED.test(m[0])) return false;
  return r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1);
}

/**
 * Round 12 (A): a complaint that had cleared, told in a story timed by sessions ('After her third bath, Rosa told us the
 * ringing in her ears had faded', 'After the second float his back pain had eased'): a complaint of the lexicon with a
 * possessive or 'the', optionally placed by a phrase ('in her ears'), then a verb of clearing in the past or the perfect;
 * the sentence counts its sessions by an ordinal ('after her third bath': a session noun of R9_SESSION or of
 * claims-reported.json round12A.sessions). A time alone ('Within two weeks her rash had faded') is the natural course, and
 * a time of starting is read by the story passes (starting school is no treatment). Read after the reported outcomes (their
 * readings of a possessed complaint come first), gated by the TRAIL group ('since', 'after', …) and a complaint cue.
 */
let r12aFadedVerb: RegExp | null = null;
let r12aOrdinalSession: RegExp | null = null;
function round12AFaded(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r12aFadedVerb ??= new RegExp(`(?:\\s+(?:in|on|around|behind)\\s+(?:your|my|her|his|their|our|the)\\s+(?:[a-z-]+\\s+)?[a-z-]+)?\\s+(?:(?:had|has|have)\\s+(?:now\\s+|finally\\s+|completely\\s+|all\\s+but\\s+)?)?(?:${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)})(?![a-z-])`, 'iy');
  for (const c of cues) {
    if (c.kind !== K.bad && c.kind !== K.disease) continue;
    if (!/^(?:my|her|his|their|our|your|the)$/.test(prevWord(text, c.start))) continue;
    r12aFadedVerb.lastIndex = c.end;
    const m = r12aFadedVerb.exec(text);
    if (!m) continue;
    const end = c.end + m[0].length;
    if (CASE_NEGATED.test(text.slice(c.start, end))) return false;
    r12aOrdinalSession ??= new RegExp(`\\b(?:after|following|since|by)\\s+(?:her|his|my|their|our|the)\\s+${R9_ORD}\\s+(?:[a-z-]+\\s+)?(?:${R9_SESSION}|${alternation(reportedData.round12A.sessions)})(?![a-z-])`, 'i');
    if (!r12aOrdinalSession.test(text)) return false;
    return r12aFound(text, cues, clause, segment, inParens, c.start, end, out, -1);
  }
  return false;
}

/**
 * Round 12 (A): stories and consequences (issue #3, round 12, part A): an imperative with a consequence clause, pseudo-clefts
 * of resolving a complaint, a change of state told 'from X to Y', a before-and-after told 'came in with X and walked out
 * Y', patients back at an activity within a number of sessions, and a treatment that 'sorted it out' (round12AFaded, a
 * complaint cleared in a story timed by sessions, is read later, after the reported outcomes). Each gated by words
 * already found (the imperative's first word or a colon, the shared substring pass's ' what ', ' from ', ' back ', the
 * cues of a complaint and a treatment) or by one indexOf (' in with ').
 */
function round12AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, _relations: Relation[], out: ClaimFinding): boolean {
  if ((r9Gates & R10G_AND) !== 0 && round12AImperative(text, cues, clause, segment, inParens, out)) return true;
  if (((r9Gates & R9G_WHAT) !== 0 || firstWordLower(text) === 'what') && round12ACleft(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & R9G_STORY) !== 0 && (sentenceGates(text) & SG_FROM) !== 0 && (r9Gates & R9G_TO) !== 0 && round12AFromTo(text, cues, clause, segment, inParens, out)) return true;
  if ((sentenceGates(text) & SG_IN_WITH) !== 0 && round12ACameIn(text, cues, clause, segment, inParens, out)) return true;
  if ((r9Gates & R10G_BACK) !== 0 && round12ABackWithin(text, cues, clause, segment, inParens, out)) return true;
  // A complaint and a treatment named (the cues are already read) before the idiom is looked for.
  let complaint = false;
  let treatment = false;
  let fine = false;
  for (const c of cues) {
    if (c.kind === K.bad || c.kind === K.disease) complaint = true;
    else if (c.kind === K.intervention || c.kind === K.drug) treatment = true;
    else if (c.kind === K.good || c.kind === K.body) fine = true;
  }
  // Round 16 (A): or a good state or a part of the body, for a verb of fixing with its particle ('sorted my mood out'; one
  // indexOf of 'sorted' or 'fixed' and their -s forms' stems).
  // The treatment may be named by a lay product noun ('Placenta capsules sorted my mood out'), as round 9's stories name it.
  if (!complaint && fine && (text.indexOf('sort') >= 0 || text.indexOf('fixe') >= 0) && (treatment || R9_TREATED.test(text))) return round12ASortedIt(text, cues, clause, segment, inParens, out, true);
  if (complaint && treatment && round12ASortedIt(text, cues, clause, segment, inParens, out)) return true;
  return false;
}

// ---------------------------------------------------------------- round 13 (A): consequences, coping idioms, before and after

/** Round 13 (A): verbs of coming to, joining or booking a service that open an imperative (claims-reported.json round13A.imperatives). */
const R13A_IMPERATIVE = new Set<string>(reportedData.round13A.imperatives);
/** Round 13 (A): the consequence after an imperative's 'and' (sticky, at the word after 'and'). Group 1: a feeling; group 2: a predicate. */
let r13aConsequence: RegExp | null = null;
/**
 * Round 13 (A): an imperative with a consequence clause in two shapes round 12 did not read, after any imperative of rounds
 * 10 to 13 (a verb of coming to or booking a service among them: 'Come along on a Friday and …', 'Join the group and …'):
 * - the consequence's complaint is a feeling named by symptom states ('and that heavy, sluggish feeling simply lifts', 'and
 *   the achy, stiff sensation eases'): symptom states (claims-reported.json symptomStates) before a head noun of feeling
 *   (round13A.feelings), then a verb of clearing;
 * - the consequence is the reader's (or a person's) future outcome, a predicate of the reported outcomes ('and you'll sleep
 *   like a log', 'and you'll feel like a new person'; claims-reported.json predicates); a bare comparative ('you'll have
 *   more') names no outcome, and 'feel better about' an attitude: neither is read. The imperative must be care: a verb of
 *   coming to or booking a service, or a treatment named in it (round 10: 'Swap the bus for the bike …' is a commute).
 * As in round 12, the imperative is the consequence's condition, not advice that takes it back; a negated consequence
 * ('and you won't sleep any better') does not match. Gated by the AND group and the imperative's first word.
 */
function round13AImperative(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding, firstWord: string): boolean {
  let s0 = firstWordStart(text);
  let first = firstWord;
  const imperative = (w: string): boolean => R10_IMPERATIVE.has(w) || R11_IMPERATIVE.has(w) || R12A_IMPERATIVE.has(w) || R13A_IMPERATIVE.has(w);
  if (!imperative(first)) {
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 60) return false;
    s0 = colon + 1;
    while (s0 < text.length && !isWordChar(text.charCodeAt(s0))) s0++;
    first = text.slice(s0, nextWordEnd(text, s0)).toLowerCase();
    if (!imperative(first)) return false;
  }
  r13aConsequence ??= new RegExp(
    `(?:the|that|this|those|these|your|all\\s+that)\\s+((?:(?:${alternation(reportedData.symptomStates)})(?:,\\s*|\\s+and\\s+|\\s+)){1,3}(?:${alternation(reportedData.round13A.feelings)}))(?:\\s+(?:in|on|around|behind|at|after)\\s+(?:your|my|her|his|their|the)\\s+(?:[a-z-]+\\s+)?[a-z-]+)?(?:\\s+(?:${alternation(reportedData.round12A.consequenceAdverbs)}))?\\s+(?:${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)})(?![a-z-])` +
    `|(?:you['\\u2019]ll|you\\s+will|(?:she|he|they)['\\u2019]ll|(?:she|he|they)\\s+will)\\s+(?:(?:soon|probably|likely|definitely|really|quickly|actually)\\s+)?(${alternation([...reportedData.predicates, ...reportedData.round6Predicates.phrases])})(?![a-z-])`,
    'iy',
  );
  for (let and = text.indexOf(' and ', s0), tries = 0; and >= 0 && tries < 3; and = text.indexOf(' and ', and + 5), tries++) {
    r13aConsequence.lastIndex = and + 5;
    const m = r13aConsequence.exec(text);
    if (!m) continue;
    // 'you'll have more', 'you'll get better': a comparative with no outcome named after it.
    if (m[2] !== undefined && reportedRegexes().comparative.test(m[2])) continue;
    // 'you'll feel better about the plan': an attitude, not an outcome.
    if (m[2] !== undefined && /^\s+about\b/i.test(text.slice(and + 5 + m[0].length, and + 5 + m[0].length + 8))) continue;
    // A future outcome credits what the imperative does only when it is care: a verb of coming to or booking the writer's
    // service ('Come along …', 'Book …'), or a treatment named in the imperative ('Try the magnesium spray …'); a change of
    // commute ('Swap the bus for the bike and you'll feel like a new person') is no treatment.
    if (m[2] !== undefined && !(R13A_IMPERATIVE.has(first) || first === 'book' || treatmentCueIn(cues, s0, and) || R9_TREATED.test(text.slice(s0, and)))) continue;
    return r12aFound(text, cues, clause, segment, inParens, and + 5, and + 5 + m[0].length, out, s0);
  }
  return false;
}

/**
 * Round 13 (A): the claim of a frame found from `start` to `end`, as r12aFound but with no look for a negation before the
 * frame: in a comparison 'none of the creams did for my skin what this oil has done' the negation is the standard of the
 * comparison, not a denial of the benefit.
 */
function r13aFoundPastNegation(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, start: number, end: number, out: ClaimFinding): boolean {
  if (cues.length === 0) return r9Found(text, cues, clause, segment, inParens, start, end, out);
  let k = cueIndexFrom(cues, start);
  const why = vetoed(text, cues, k, clause, segment, inParens);
  if (why && why !== 'negated') {
    out.reason ??= why;
    return false;
  }
  const hedge = hedgeBefore(text, cues, k, clause);
  out.rel = { cue: { kind: K.verb, start, end }, index: k, type: 'causal', weak: false, verb: null, hedge, modalStart: start, negated: false, clause: clause[k], relative: false };
  out.object = null;
  out.reason = null;
  return true;
}

/** Round 13 (A): the person carried through a hard time, and the idiom of carrying ('pulled him through'). */
const R13A_CARRIED = `(?:me|him|her|them|us|you|(?:my|our|her|his|their)\\s+[a-z-]+)\\s+(?:right\\s+)?through`;
let r13aThrough: RegExp | null = null;
let r13aOnlyReason: RegExp | null = null;
/** Round 13 (A): supports of a person's own life that are no care ('my faith got me through', 'the kids kept me going'). */
const R13A_NOT_CARE = /^(?:faith|god|prayer|prayers|family|friends|friend|love|humour|humor|luck|work|job|kids|children|dog|cat|church|husband|wife|partner|mum|dad|mother|father|sister|brother)$/i;
/**
 * Round 13 (A): idioms that credit something with carrying a person through a hard time: '<X> pulled / got / saw / carried
 * <person> through <a hard time>' ('the choir pulled her through the darkest winter of her life', 'the tablets got me through
 * the flare'), and '<X> was the only reason <person> survived / got through / coped' ('the drops were the only reason I
 * coped that summer', 'the walking group was the only thing that kept me going'). The hard time is an adjective of hardship
 * or a superlative with a span of time (claims-reported.json round13A: hardAdjectives, hardTimes) or a complaint of the
 * lexicon; the subject is no person (R9_PERSON_SUBJECT, R12A_PERSON) and no support of a person's own life (faith, family,
 * a pet): those carry a person through without being a treatment. Gated by a person right before ' through ' and by
 * 'only reason' or 'only thing that'.
 */
function round13AThrough(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const notCarer = (at: number): boolean => {
    const b = prevWordBounds(text, at);
    if (!b) return false;
    const w = text.slice(b[0], b[1]);
    return !(R9_PERSON_SUBJECT.test(w) || R12A_PERSON.test(w) || R13A_NOT_CARE.test(w) || (/^[A-Z][a-z]+$/.test(w) && b[0] > firstWordStart(text) && !treatmentCueIn(cues, b[0], b[1])));
  };
  if (text.indexOf(' through ') >= 0) {
    // Group 1: a hard time of the lists; without it the match ends after 'through' and a complaint must follow.
    r13aThrough ??= new RegExp(`\\b(?:${alternation(reportedData.round13A.throughVerbs)})\\s+${R13A_CARRIED}\\s+(?:((?:(?:the|a|an|that|those|these|some|my|his|her|their|our|your)\\s+)?(?:(?:really|very|truly|so|pretty)\\s+)?(?:${alternation(reportedData.round13A.hardAdjectives)})\\s+(?:[a-z-]+\\s+)?(?:${alternation(reportedData.round13A.hardTimes)})(?:\\s+of\\s+(?:my|his|her|their|our|your)\\s+(?:life|lives))?)(?![a-z-])|(?=[a-z]))`, 'gi');
    r13aThrough.lastIndex = 0;
    for (let m = r13aThrough.exec(text); m; m = r13aThrough.exec(text)) {
      let end = m.index + m[0].length;
      if (m[1] === undefined) {
        // A complaint of the lexicon within two words after 'through' ('got me through the flare', 'through her grief').
        let hit = -1;
        const limit = nextWordEnd(text, nextWordEnd(text, end));
        for (const c of cues) if (c.start >= end && c.start <= limit && (c.kind === K.bad || c.kind === K.disease)) { hit = c.end; break; }
        if (hit < 0) continue;
        end = hit;
      }
      if (!notCarer(m.index) || CASE_NEGATED.test(text.slice(wordWindowStart(text, m.index, 2), m.index))) continue;
      if (r12aFound(text, cues, clause, segment, inParens, m.index, end, out, -1)) return true;
    }
  }
  if (text.indexOf(' only ') >= 0) {
    r13aOnlyReason ??= new RegExp(`\\b(?:is|was|are|were|['\\u2019]s|['\\u2019]re)\\s+(?:(?:honestly|genuinely|literally|really|probably)\\s+)?the\\s+only\\s+(?:reason\\s+(?:that\\s+|why\\s+)?(?:i|she|he|we|they|you|(?:my|our|her|his|their)\\s+[a-z-]+)\\s+(?:${alternation(reportedData.round13A.coped)})|thing\\s+that\\s+(?:got|kept|pulled|saw)\\s+(?:me|him|her|them|us)\\s+(?:going|through|sane))(?![a-z-])`, 'i');
    const m = r13aOnlyReason.exec(text);
    // A pronoun subject ('That was the only reason she coped') points back at a reason of the text before, not at a remedy.
    if (m && notCarer(m.index) && !/^(?:that|this|it|which|what|there)$/i.test(prevWord(text, m.index)) && !CASE_NEGATED.test(text.slice(wordWindowStart(text, m.index, 2), m.index + 4)) && r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1)) return true;
  }
  return false;
}

/**
 * Round 13 (A): a comparison told as 'did for my X what Y did' ('none of the creams did for my skin what this oil has done',
 * 'no painkiller ever did for my back what swimming did'): the what-clause's subject Y is credited with a benefit to the
 * speaker's X that nothing else gave. X must be health (a cue of the body, a complaint or a good state, or a state or a
 * symptom of claims-reported.json as the whole noun phrase), Y no person ('what my GP did'). The negation of the main clause is the comparison's
 * standard, not a denial. Gated by the WHAT group and a verb of doing right before ' for '.
 */
let r13aDidFor: RegExp | null = null;
let r13aHealthNoun: RegExp | null = null;
function r13aHealth(text: string, cues: Cue[], from: number, to: number): boolean {
  for (const c of cues) if (c.start >= from && c.start < to && (c.kind === K.body || c.kind === K.bad || c.kind === K.disease || c.kind === K.good)) return true;
  // A state or a symptom of the lists is the whole noun phrase ('my energy', 'my blood pressure'), not a head modified by
  // another domain ('my bank balance').
  r13aHealthNoun ??= new RegExp(`^(?:${alternation(reportedData.positiveStates)}|${alternation(reportedData.symptoms)})$`, 'i');
  return r13aHealthNoun.test(text.slice(from, to));
}
function round13ADidFor(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r13aDidFor ??= /\b(?:did|does|do|has\s+done|have\s+done|had\s+done)\s+for\s+(?:my|her|his|their|your|our)\s+((?:[a-z'\u2019-]+\s+){0,2}?[a-z'\u2019-]+)\s+what\s+((?:[a-z0-9'\u2019-]+\s+){0,4}?([a-z0-9'\u2019-]+))\s+(?:(?:has|have|had)\s+)?(?:done|did|does|do)(?![a-z-])/i;
  const m = r13aDidFor.exec(text);
  if (!m) return false;
  const xFrom = m.index + m[0].indexOf(m[1]);
  if (!r13aHealth(text, cues, xFrom, xFrom + m[1].length)) return false;
  // Y no person: its head ('what my GP did') or its first word ('what I could never do') is none.
  const yFirst = /^[a-z0-9'\u2019-]+/i.exec(m[2]);
  if (R9_PERSON_SUBJECT.test(m[3]) || R12A_PERSON.test(m[3]) || (yFirst && (R9_PERSON_SUBJECT.test(yFirst[0]) || R12A_PERSON.test(yFirst[0])))) return false;
  return r13aFoundPastNegation(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out);
}

/**
 * Round 13 (A): a health state compared with the years before it, '<my X> is the best it's been in years' ('my blood
 * pressure's the best it's been in years', 'her sleep is the deepest … ', 'my cholesterol is the lowest it has been for a
 * decade'): a superlative of a good state (claims-reported.json round13A.bestStates) of a possessed state or measure of
 * health, told against a span of years, reports a change for the better (a testimonial's outcome). 'Lowest' is a gain
 * only of a measure of harm (claims-reported.json symptoms: blood pressure, weight, pain), not of a mood. Gated by
 * ' been in ' or ' been for '.
 */
let r13aBestInYears: RegExp | null = null;
let r13aHarmMeasure: RegExp | null = null;
function round13ABestInYears(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r13aBestInYears ??= new RegExp(`\\b(?:my|her|his|their|our|your)\\s+((?:[a-z0-9-]+\\s+){0,2}?[a-z0-9-]+)(?:['\\u2019]s|['\\u2019]re|\\s+is|\\s+are|\\s+was|\\s+were|\\s+has\\s+been|\\s+have\\s+been)\\s+(?:(?:now|finally|easily|probably)\\s+)?(?:the\\s+)?(${alternation(reportedData.round13A.bestStates)})\\s+(?:it|they|she|he|i)(?:['\\u2019]s|['\\u2019]ve|['\\u2019]d|\\s+has|\\s+have|\\s+had)\\s+been\\s+(?:in|for)\\s+(?:years|ages|decades|a\\s+decade|a\\s+long\\s+time|forever|(?:over\\s+|more\\s+than\\s+)?(?:a|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\\d+)\\s+(?:years|decades))(?![a-z-])`, 'i');
  const m = r13aBestInYears.exec(text);
  if (!m) return false;
  const xFrom = m.index + m[0].indexOf(m[1], m[0].indexOf(' '));
  if (m[2].toLowerCase() === 'lowest') {
    r13aHarmMeasure ??= new RegExp(`(?:^|\\s)(?:${alternation(reportedData.symptoms)})$`, 'i');
    if (!r13aHarmMeasure.test(m[1])) return false;
  } else if (!r13aHealth(text, cues, xFrom, xFrom + m[1].length)) return false;
  return r12aFound(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out, -1);
}

/**
 * Round 13 (A): a change of a complaint's frequency told 'from X to Y' ('went from a migraine every weekend to maybe one a
 * month', 'she's gone from three flare-ups a week to none'): the 'from' side a complaint (a cue of the lexicon or a counted
 * symptom of claims-testimonials.json) with a unit of frequency, the 'to' side a count over a longer unit or none at all
 * (claims-reported.json round13A.frequencies). Of a person, in a sentence that names a treatment or a time of one, as
 * round12AFromTo. Gated by ' from ' and ' to '.
 */
let r13aFromFreq: RegExp | null = null;
let r13aCountSymptom: RegExp | null = null;
/** Round 13 (A): the rank of a unit of frequency (a day and a night are one rank). */
const R13A_FREQ_RANK: Record<string, number> = { day: 0, daily: 0, night: 0, nightly: 0, morning: 0, evening: 0, week: 1, weekly: 1, weekend: 1, fortnight: 2, month: 3, monthly: 3, year: 4 };
function round13AFromTo(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  let at = text.indexOf(' from ');
  while (at >= 0 && !R12A_FROM_VERB.has(prevWord(text, at + 1))) at = text.indexOf(' from ', at + 6);
  if (at < 0) return false;
  const f = alternation(reportedData.round13A.frequencies);
  r13aFromFreq ??= new RegExp(`\\b(?:went|gone|go|goes|going)\\s+from\\s+((?:[a-z0-9'\\u2019-]+\\s+){0,3}?[a-z0-9'\\u2019-]+)\\s+(?:(?:every|each|a|an|per)\\s+(?:single\\s+)?(${f})|(daily|nightly|weekly))\\s+to\\s+(?:(?:maybe|perhaps|about|around|roughly|just|only|at\\s+most)\\s+)?(?:(?:one|two|three|a\\s+couple|one\\s+or\\s+two|a\\s+few|the\\s+odd\\s+one)\\s+(?:(?:every|each|a|an|per)\\s+(?:single\\s+)?(${f})|(monthly))|(none|zero|nothing|hardly\\s+any|barely\\s+any|almost\\s+none|none\\s+at\\s+all))(?![a-z-])`, 'i');
  const m = r13aFromFreq.exec(text);
  if (!m) return false;
  const from = R13A_FREQ_RANK[(m[2] ?? m[3]).toLowerCase()];
  if (m[6] === undefined && !(R13A_FREQ_RANK[(m[4] ?? m[5]).toLowerCase()] > from)) return false;
  const xFrom = m.index + m[0].indexOf(m[1]);
  r13aCountSymptom ??= new RegExp(`(?:^|\\s)(?:${alternation(testimonialData.countSymptoms)})$`, 'i');
  if (!complaintIn(cues, xFrom, xFrom + m[1].length) && !r13aCountSymptom.test(m[1])) return false;
  return personFromToFound(text, cues, clause, segment, inParens, m, out);
}

/**
 * Round 13 (A): an arrival with a complaint, then its rarity 'now' ('I came in with flare-ups every week and now I barely
 * get them', 'he walked in with daily headaches and these days he hardly has one'): the before-and-after of round12ACameIn
 * told by an adverb of rarity or absence (claims-reported.json round13A.rarely) and a verb of having with a pronoun for
 * the complaint. Gated by ' in with '.
 */
let r13aCameInNow: RegExp | null = null;
function round13ACameInNow(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r13aCameInNow ??= new RegExp(`\\b(?:came|come|comes|walked|hobbled|limped|shuffled|arrived|staggered|crawled)\\s+in\\s+with\\s+((?:[a-z0-9'\\u2019-]+\\s+){0,7}?[a-z0-9'\\u2019-]+),?\\s+and\\s+(?:now|these\\s+days|nowadays)\\s+(?:(?:i|she|he|they|we)\\s+)?(?:${alternation(reportedData.round13A.rarely)})\\s+(?:get|gets|have|has|notice|notices|feel|feels|suffer\\s+from|suffers\\s+from|need|needs)\\s+(?:them|it|one|any|those|that)(?![a-z-])`, 'i');
  const m = r13aCameInNow.exec(text);
  if (!m) return false;
  const inWith = m.index + m[0].indexOf(m[1]);
  if (!complaintIn(cues, inWith, inWith + m[1].length)) return false;
  return r13aFoundPastNegation(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out);
}

/**
 * Round 13 (A): a before-and-after told across two clauses whose second elides the counted noun ('Before the sessions she
 * screamed every night; after three, she slept through', 'Before her physio appointments the knee locked daily; after
 * two, the clicking stopped'): the first clause opens the sentence with 'Before' and a session of care (R9_SESSION or
 * claims-reported.json round12A.sessions), the second opens after a semicolon or a comma with 'after' and a bare count
 * or ordinal, then a subject and a predicate of the reported outcomes ('slept through') or a complaint's verb of clearing.
 * A worse or unchanged state names no predicate and stays silent. Gated by the sentence's first word 'before'.
 */
let r13aBefore: RegExp | null = null;
let r13aAfterCount: RegExp | null = null;
function round13ABeforeAfter(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r13aBefore ??= new RegExp(`^[\\s"'\\u201c\\u2018*_>(]*before\\s+(?:the|her|his|my|our|their|these|those)\\s+(?:[a-z-]+\\s+){0,2}?(?:${R9_SESSION}|${alternation(reportedData.round12A.sessions)})(?![a-z-])`, 'i');
  if (!r13aBefore.test(text)) return false;
  r13aAfterCount ??= new RegExp(`[;,]\\s*(?:(?:but|and|then)\\s+)?after\\s+(?:(?:just|only)\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|a\\s+few|a\\s+couple|the\\s+(?:first|second|third|fourth|fifth|sixth|last))\\s*,?\\s+((?:i|she|he|they|we|(?:my|her|his|our|their|the)\\s+(?:[a-z-]+\\s+)?[a-z-]+)\\s+(?:(${alternation([...reportedData.predicates, ...reportedData.round6Predicates.phrases])})|(?:${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)})))(?![a-z-])`, 'gi');
  r13aAfterCount.lastIndex = 0;
  const m = r13aAfterCount.exec(text);
  if (!m) return false;
  const start = m.index + m[0].indexOf(m[1]);
  // A verb of clearing needs a complaint as its subject ('the crying stopped'), not a person ('she stopped').
  if (m[2] === undefined && !complaintIn(cues, start, start + m[1].length)) return false;
  if (m[2] !== undefined && reportedRegexes().comparative.test(m[2])) return false;
  if (CASE_NEGATED.test(m[1])) return false;
  return r12aFound(text, cues, clause, segment, inParens, start, start + m[1].length, out, -1);
}

/** Round 13 (A): a person right before ' through ' ('pulled him through', 'got my dad through', 'saw her right through'). */
const R13A_THROUGH_OBJECT = /^(?:me|him|her|them|us|you|right)$/;
function r13aCarriedThrough(text: string): boolean {
  for (let at = text.indexOf(' through '); at >= 0; at = text.indexOf(' through ', at + 9)) {
    const b = prevWordBounds(text, at + 1);
    if (!b) continue;
    if (R13A_THROUGH_OBJECT.test(text.slice(b[0], b[1]))) return true;
    if (/^(?:my|our|her|his|their)$/i.test(prevWord(text, b[0]))) return true;
  }
  return false;
}
/** Round 13 (A): 'did for', 'done for', 'does for' or 'do for' in the sentence (a look at the word before each ' for '). */
function r13aDidForGate(text: string): boolean {
  for (let at = text.indexOf(' for '); at >= 0; at = text.indexOf(' for ', at + 5)) {
    const w = prevWord(text, at + 1);
    if (w === 'did' || w === 'done' || w === 'does' || w === 'do') return true;
  }
  return false;
}

/**
 * Round 13 (A): stories, testimonials and consequences (issue #3, round 13, part A): an imperative with a consequence of a
 * feeling cleared or a future outcome, idioms of carrying a person through a hard time, 'did for my X what Y did', a
 * health state 'the best it's been in years', a complaint's frequency changed 'from X to Y', an arrival with a
 * complaint now rare, and a before-and-after whose second clause elides its count's noun. Each gated by words already found (the AND, WHAT and STORY groups of the shared substring pass, the
 * imperative's first word) or by one indexOf of a rarer string.
 */
function round13AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  // The sentence's first word, read once for the imperative and the before-and-after.
  const firstWord = firstWordLower(text);
  if ((r9Gates & R10G_AND) !== 0 && round13AImperative(text, cues, clause, segment, inParens, out, firstWord)) return true;
  // 'through' after a person carried ('pulled him through'), 'only reason' or 'only thing that': words of abstracts
  // ('through a pathway', 'the only study') are passed over by a look at the word before 'through'.
  if (r13aCarriedThrough(text) || text.indexOf('only reason') >= 0 || text.indexOf('only thing that') >= 0) {
    if (round13AThrough(text, cues, clause, segment, inParens, out)) return true;
  }
  if ((r9Gates & R9G_WHAT) !== 0 && r13aDidForGate(text) && round13ADidFor(text, cues, clause, segment, inParens, out)) return true;
  if ((text.indexOf(' been in ') >= 0 || text.indexOf(' been for ') >= 0) && round13ABestInYears(text, cues, clause, segment, inParens, out)) return true;
  // The gates of their round-12 twins (round12AFromTo, round12ACameIn), read from the shared substring pass.
  if ((r9Gates & R9G_STORY) !== 0 && (sentenceGates(text) & SG_FROM) !== 0 && (r9Gates & R9G_TO) !== 0 && round13AFromTo(text, cues, clause, segment, inParens, out)) return true;
  if ((sentenceGates(text) & SG_IN_WITH) !== 0 && round13ACameInNow(text, cues, clause, segment, inParens, out)) return true;
  if (firstWord === 'before' && round13ABeforeAfter(text, cues, clause, segment, inParens, out)) return true;
  return false;
}

// ---------------------------------------------------------------- round 14 (A): outcomes as subjects, licensed by a treatment

/**
 * Round 14 (A): the predicate of a complaint getting better (claims-reported.json round14A): auxiliaries and adverbs, then
 * a verb of improvement with its particle (the shared verbs of clearing, round 12's, and round14A.improveVerbs) or a
 * verb of permanence ('has never come back'). Group 1: the permanence verb when it is one. Built at the first call.
 */
let r14aPredicate: RegExp | null = null;
function r14aPredicateRe(): RegExp {
  return (r14aPredicate ??= new RegExp(
    `(?:^|\\s)(?:(?:${alternation(reportedData.round14A.auxiliaries)})\\s+){0,3}(?:(${alternation(reportedData.round14A.permanence)})|${alternation(reportedData.round14A.improveVerbs)}|${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)}|${alternation(reportedData.round12C.clearVerbs)})(?:\\s+right\\s+(?:down|up|off))?(?![a-z'\\u2019-])`,
    'gi',
  ));
}
/** Round 14 (A): the complaint heads of round14A and the nouns in -ness of the one-word symptom states ('heavy' -> 'heaviness'); not states in -ed. */
let r14aHeads: RegExp | null = null;
function r14aHeadsRe(): RegExp {
  if (r14aHeads) return r14aHeads;
  const ness: string[] = [];
  for (const s of reportedData.symptomStates) if (/^[a-z]+$/.test(s) && !s.endsWith('ed')) ness.push(s.endsWith('y') ? `${s.slice(0, -1)}iness` : `${s}ness`);
  return (r14aHeads = new RegExp(`\\b(?:${alternation(reportedData.round14A.complaintHeads)}|${ness.join('|')})(?![a-z-])`, 'i'));
}
let r14aSite: RegExp | null = null;
/** Round 14 (A): a possessive before a body part ('my knee', "our nephew's skinned knee"). */
const R14A_POSSESSIVE = /\b(?:my|your|his|her|their|our)\s|[a-z]['\u2019]s\s/i;
/**
 * Round 14 (A): the outcome's subject is a complaint: a complaint of the lexicon (a bad outcome or a disease), a head noun of
 * a complaint or a symptom state's noun ('the mental noise', 'Achilles trouble', 'the heaviness in your shoulders'), or a
 * body part with a possessive ('my knee', 'their stiff hands'); a vague head ('the fog', 'the trouble') needs a body part,
 * a word of the mind or a body system, or a complaint named before it ('Our long COVID clients say the fog lifts'). A
 * person, a device, the weather or a queue is none, nor a
 * complaint at the treatment's own site (round14A.siteOfTreatment).
 */
function r14aComplaintSubject(text: string, cues: Cue[], from: number, to: number): boolean {
  if (to <= from) return false;
  // A complaint at the treatment's own site ('the soreness at the site', 'the redness around the needle marks'): a side effect.
  r14aSite ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.siteOfTreatment)})(?![a-z-])`, 'i');
  if (r14aSite.test(text.slice(from, to))) return false;
  let body = false;
  for (const c of cues) {
    if (c.start < from || c.start >= to) continue;
    if (c.kind === K.bad || c.kind === K.disease) return true;
    if (c.kind === K.body) body = true;
  }
  const span = text.slice(from, to);
  if (r14aHeadsRe().test(span)) return true;
  // A vague head ('trouble', 'noise') with a body part or a word of the mind or a body system ('Achilles trouble', 'mental noise').
  r14aVague ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.vagueHeads)})(?![a-z-])`, 'i');
  r14aVagueModifier ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.vagueModifiers)})(?![a-z-])`, 'i');
  if (r14aVague.test(span) && (body || r14aVagueModifier.test(span) || complaintIn(cues, 0, from))) return true;
  return body && R14A_POSSESSIVE.test(span);
}
let r14aVague: RegExp | null = null;
let r14aVagueModifier: RegExp | null = null;
let r14aLicenceNoun: RegExp | null = null;
let r14aNotLicence: RegExp | null = null;
let r14aNotLicenceNoun: RegExp | null = null;
let r14aStopping: RegExp | null = null;
let r14aDoing: RegExp | null = null;
/**
 * Round 14 (A): text[from, to) names a treatment: a treatment cue or word (r9Treated: 'the magnesium', 'our balm', a product
 * with a capital), a dose, a session or a treatment's device ('the right dose', 'a single session', 'the cups'), the act of
 * taking, using, applying or wearing something ('started wearing his boots', 'the gel goes on'), or a span of an activity
 * ('an hour of potting on'). Not when the span is the course of an illness or a side effect going: getting used to a
 * medicine, its wearing off, rest, waiting, time alone, a person stopping or coming off something.
 */
function r14aLicensed(text: string, cues: Cue[], from: number, to: number): boolean {
  if (r14aCourse(text.slice(from, to))) return false;
  if (r9Treated(text, cues, from, to)) return true;
  const span = text.slice(from, to);
  r14aLicenceNoun ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.licenceNouns)}|${alternation(reportedData.round14A.usingVerbs)})(?![a-z-])`, 'i');
  if (r14aLicenceNoun.test(span)) return true;
  // A span of an activity ('after an hour of potting on', 'within minutes of humming'): the activity is what was done.
  r14aDoing ??= new RegExp(`^\\s*(?:(?:a|an|one|two|three|four|five|ten|twenty|thirty|forty|\\d+|a\\s+few|half\\s+an|a\\s+couple\\s+of)\\s+)?(?:minutes?|hours?|days?|weeks?|evenings?|mornings?)\\s+of\\s+(?!(?:${alternation(reportedData.round14A.restActivities)})(?![a-z-]))[a-z]+ing(?![a-z-])`, 'i');
  return r14aDoing.test(span);
}

/** Round 14 (A): the span is the course of an illness, a recovery or a side effect going (round14A.notLicence, notLicenceNouns, stoppingVerbs). */
function r14aCourse(span: string): boolean {
  r14aNotLicence ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.notLicence)})(?![a-z-])`, 'i');
  if (r14aNotLicence.test(span)) return true;
  // An operation, a birth or a plaster with its determiner ('within a week of the operation', 'under the plaster').
  r14aNotLicenceNoun ??= new RegExp(`\\b(?:the|a|an|your|my|his|her|their)\\s+(?:${alternation(reportedData.round14A.notLicenceNouns)})(?![a-z-])`, 'i');
  if (r14aNotLicenceNoun.test(span)) return true;
  r14aStopping ??= new RegExp(`\\b(?:i|you|we|they|he|she|(?:your|my|his|her|their|our)\\s+(?:child|baby|son|daughter|body))\\s+(?:(?:have|has|had|finally|just)\\s+)?(?:${alternation(reportedData.round14A.stoppingVerbs)})(?![a-z-])`, 'i');
  return r14aStopping.test(span);
}
/** Round 14 (A): the subordinators and prepositions of a licence (round14A.conjunctions) after a space; group 1, the word. */
let r14aConjunction: RegExp | null = null;
/** Round 14 (A): the adverbials allowed between the predicate and its licence ('right down overnight', 'in three days'). */
const R14A_GAP = /(?:\s+(?:right|away|off|up|down|over|completely|quickly|fast|overnight|almost|nearly|straight|immediately|instantly|again|by\s+(?:morning|lunchtime|bedtime|the\s+evening|the\s+next\s+day)|in\s+(?:a|an|one|two|three|four|five|six|seven|a\s+few|a\s+couple\s+of|\d+)\s+(?:minutes?|hours?|days?|weeks?|nights?))){0,3}\s+/iy;
/** Round 14 (A): words that end a subject read backwards: a verb of saying or finding, a conjunction, a relative. */
const R14A_SUBJECT_STOP = /^(?:say|says|said|saying|tell|tells|told|find|finds|found|notice|notices|noticed|report|reports|reported|swear|swears|watch|watching|watched|see|seeing|saw|seen|is|are|was|were|that|but|so|because|if|then|when|while|as|which|who|us|me)$/i;
/** Round 14 (A): an object after the verb (a determiner or a pronoun): the verb is transitive, not the complaint's ('lifts the skin'). */
const R14A_OBJECT_NEXT = /^\s+(?:the|a|an|your|my|his|her|their|our|this|that|these|those|you|me|him|them|us|it)\s/i;

/** Round 14 (A): quotes, brackets, emphasis and a comma around a word. */
const R14A_WRAP = '"\'\u201c\u201d\u2018\u2019()*_,';
/** Round 14 (A): the start of the subject that ends at `to`: at most `max` words back to `floor`, stopped by R14A_SUBJECT_STOP or punctuation (a comma only when `commas` is false). */
function r14aSubjectStart(text: string, floor: number, to: number, max: number, commas: boolean): number {
  let start = to;
  let i = to;
  for (let n = 0; n < max; n++) {
    while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > floor && !isSpaceCode(text.charCodeAt(j - 1))) j--;
    if (j >= i) break;
    const word = text.slice(j, i);
    // The word without the quotes, brackets and emphasis around it (read character by character: no regex).
    let a = 0;
    let b = word.length;
    while (a < b && R14A_WRAP.indexOf(word[a]) >= 0) a++;
    while (b > a && R14A_WRAP.indexOf(word[b - 1]) >= 0) b--;
    const bare = word.slice(a, b);
    // 'and' ends the subject unless the subject may be a list ('the grumbles, bloating and wind').
    if (R14A_SUBJECT_STOP.test(bare) || (!commas && bare.toLowerCase() === 'and') || /[;:!?.]$/.test(word) || (!commas && word.endsWith(','))) break;
    start = j;
    i = j;
  }
  return start;
}

/** Round 14 (A): the last predicate of improvement in text[from, to); [start, end, permanence] or null. */
function r14aPredicateIn(text: string, from: number, to: number): [number, number, boolean] | null {
  const re = r14aPredicateRe();
  re.lastIndex = from;
  let found: [number, number, boolean] | null = null;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    found = [isSpaceCode(text.charCodeAt(m.index)) ? m.index + 1 : m.index, end, !!m[1]];
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return found;
}

/** Round 14 (A): the text of the sentence whose claim a verb of permanence made (the absolute entry r10NeverAgain reads it). */
let r14aPermanentText = '';
/** Round 14 (A): where the imperative of that sentence's treatment conjunct starts (-1: none): its verb is the claim's condition, not advice. */
let r14aPermanentImperative = -1;

/** Round 14 (A): records the claim of subject + predicate over [start, end) unless negated (permanence is the claim, not a negation). */
function r14aRecord(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, start: number, pred: [number, number, boolean], out: ClaimFinding, imperative: number): boolean {
  const end = pred[1];
  if (!pred[2] && CASE_NEGATED.test(text.slice(start, end))) return false;
  if (pred[2] && CASE_NEGATED.test(text.slice(start, pred[0]))) return false;
  if (pred[2]) {
    // The negation of permanence is the outcome itself: read past it, as R11_NOT_RECURRED does.
    let k = cueIndexFrom(cues, start);
    const why = vetoed(text, cues, k, clause, segment, inParens);
    if (why && !(imperative >= 0 && why === 'advice')) {
      out.reason ??= why;
      return false;
    }
    r14aPermanentText = text;
    r14aPermanentImperative = imperative;
    return storyOutcomeFound(text, cues, clause, k, start, end, out);
  }
  return r12aFound(text, cues, clause, segment, inParens, start, end, out, imperative);
}

/**
 * Round 14 (A), after: a complaint as the subject of a verb of improvement, then a subordinate clause or phrase of time or
 * circumstance that names the treatment ('The wheeze quietens within minutes of the first puff', 'Back spasms loosen up
 * after one session with our osteopath', 'The graze closed up under a honey dressing'). Only adverbials may come between
 * the predicate and the licence ('settles right down overnight'), so a transitive verb ('The suction lifts the skin') is
 * not read. Without a treatment in the licence ('after a week', 'once the fever breaks') it is the course of the illness.
 */
function round14AAfter(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r14aConjunction ??= new RegExp(`\\s(${alternation(reportedData.round14A.conjunctions)})\\s+`, 'gi');
  const re = r14aConjunction;
  re.lastIndex = 0;
  for (let m = re.exec(text), tries = 0; m && tries < 4; m = re.exec(text), tries++) {
    const q = m.index + 1;
    const from = m.index + m[0].length;
    // The licence runs to the end of its clause, at most twelve words.
    let to = from;
    for (let w = 0; w < 12 && to < text.length; w++) {
      const next = nextWordEnd(text, to);
      if (next <= to) break;
      to = next;
      const ch = text.charCodeAt(to);
      if (ch === 44 || ch === 59 || ch === 46 || ch === 33 || ch === 63 || ch === 58) break;
    }
    // The predicate in the clause before the conjunction, with only adverbials after it (read in the last 80 characters
    // first: the predicate ends a few words before its licence), then the licence.
    let floor = q;
    while (floor > 0 && floor > q - 80 && ',;:('.indexOf(text[floor - 1]) < 0) floor--;
    const pred = r14aPredicateIn(text, floor, q);
    if (!pred) continue;
    R14A_GAP.lastIndex = pred[1];
    const gap = R14A_GAP.exec(text);
    if (!gap || pred[1] + gap[0].length !== q) continue;
    if (!r14aLicensed(text, cues, from, to)) continue;
    while (floor > 0 && ',;:('.indexOf(text[floor - 1]) < 0) floor--;
    const start = r14aSubjectStart(text, floor, pred[0], 6, false);
    if (start >= pred[0] || !r14aComplaintSubject(text, cues, start, pred[0])) continue;
    // Round 15 (lead): a complaint that usually or tends to settle after the first weeks of a treatment ('The dryness usually
    // eases after the first month of treatment') is a side effect wearing off as the body adapts, leaflet reassurance.
    if (R15_ADAPTING.test(text.slice(start, pred[1])) && R15_FIRST_SPAN.test(text.slice(q, to))) continue;
    return r14aRecord(text, cues, clause, segment, inParens, start, pred, out, -1);
  }
  return false;
}
/**
 * Round 15 (lead): an imperative conjunct that moves a thing with a phrasal verb ('Take the bins out every night', 'Put the
 * toys away each evening') is a chore, not a treatment applied, unless it names a treatment ('Take the drops out of the
 * fridge'): no licence for the consequence after 'and'.
 */
function r15ChoreConjunct(text: string, cues: Cue[], s0: number, and: number, left: string): boolean {
  return R15_CHORE_PARTICLE.test(left) && !r9Treated(text, cues, s0, and);
}
/**
 * Round 16 (lead): the same chore before a result stated as a testimonial cue ('Put the toys away each evening and you'll
 * sleep better'): the sentence opens with an imperative whose conjunct before the cue's 'and' is a chore
 * (r15ChoreConjunct), so the result is not credited to a treatment; putting screens away is sleep hygiene and still
 * licenses it. Read only for a testimonial cue after ' and '.
 */
function round16ChoreBefore(text: string, cues: Cue[], t: Cue): boolean {
  const s0 = firstWordStart(text);
  const and = text.lastIndexOf(' and ', t.start);
  if (and <= s0 || r14aImperativeKind(firstWordLower(text)) === null) return false;
  const left = text.slice(s0, and);
  // Putting screens away is a habit of sleep hygiene, not a chore ('Put the phone away an hour before bed and …').
  return !R16_SCREENS.test(left) && r15ChoreConjunct(text, cues, s0, and, left);
}
const R16_SCREENS = /\b(?:phones?|screens?|laptops?|devices?|gadgets?|tv|television|tablet\s+computers?|ipads?)\b/i;
/**
 * Round 16 (lead): a negated universal subject ('Not everyone who tries the diet sees their blood sugar fall', 'Not all
 * women who take it notice their flushes ease') denies that the outcome comes to all: a caution, not a testimony. Only
 * while the testimony is still in that first clause (a 'but' after it starts a clause of its own).
 */
const R16_NOT_ALL = /^[\s"'\u201c*_]*not\s+(?:every(?:one|body)?|all)\b/i;
function round16NotEveryone(text: string, at: number): boolean {
  if (!R16_NOT_ALL.test(text)) return false;
  const but = text.search(/\sbut\s/i);
  return but < 0 || but > at;
}
/** Round 15 (lead): an imperative, its object (at most three words) and a particle of moving a thing. */
const R15_CHORE_PARTICLE = /^[a-z]+\s+(?:(?:the|your|a|an|those|these|all\s+the|our)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:out|away|back|round|over|outside|downstairs|upstairs)\b/i;
/** Round 15 (lead): a generic frequency on the complaint's predicate, and a licence that counts the first span of a course. */
const R15_ADAPTING = /\b(?:usually|normally|typically|generally|often|mostly|tends?\s+to|will\s+usually|should)\b/i;
const R15_FIRST_SPAN = /^(?:after|within|by|over|in)\s+(?:the\s+)?(?:first|initial|opening)\s+(?:(?:few|two|three|four|six|couple\s+of)\s+)?(?:days?|weeks?|fortnight|months?|doses?)\b/i;

/** Round 14 (A): a licence that opens the sentence ('Since he started wearing his boots, …'; round14A.conjunctions). */
let r14aOpener: RegExp | null = null;
/**
 * Round 14 (A), before: a subordinate clause of time that names a treatment opens the sentence and a complaint getting better
 * follows its comma ('Since starting the drops, my anxiety has settled down', 'Since he started wearing his boots, the ulcer
 * has never come back'). 'Once the fever breaks, the aches ease' names none.
 */
function round14ABefore(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const s0 = firstWordStart(text);
  r14aOpener ??= new RegExp(`(?:${alternation(reportedData.round14A.conjunctions)})\\s+`, 'iy');
  r14aOpener.lastIndex = s0;
  const m = r14aOpener.exec(text);
  if (!m) return false;
  const from = s0 + m[0].length;
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma - from > 90) return false;
  if (!r14aLicensed(text, cues, from, comma)) return false;
  let to = comma + 1;
  while (to < text.length && ',;:.!?'.indexOf(text[to]) < 0) to++;
  const pred = r14aPredicateIn(text, comma + 1, to);
  if (!pred || (!pred[2] && R14A_OBJECT_NEXT.test(text.slice(pred[1], pred[1] + 8)))) return false;
  const start = r14aSubjectStart(text, comma + 1, pred[0], 6, false);
  if (start >= pred[0] || !r14aComplaintSubject(text, cues, start, pred[0])) return false;
  return r14aRecord(text, cues, clause, segment, inParens, start, pred, out, -1);
}

const R14A_QUANTITY = /^(?:just|only|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a|an|few|several|\d+)$/i;
/** Round 14 (A): a finite verb in a noun-phrase conjunct ('Two hundred patients were randomised'): then it is no treatment phrase. */
const R14A_FINITE = /\b(?:is|are|was|were|has|have|had|did|do|does|received|took|got|given|showed|underwent|[a-z]+ed)\b/i;
let r14aApply: Set<string> | null = null;
let r14aRegimen: RegExp | null = null;
/**
 * Round 14 (A): how the sentence's first word opens an imperative: 'applies' (a verb of applying or taking a remedy,
 * round14A.applyImperatives), 'imperative' (another imperative of rounds 10 to 12), or null. Read by rounds 14 and 15's
 * conjunct passes before any text is sliced.
 */
function r14aImperativeKind(firstWord: string): 'applies' | 'imperative' | null {
  r14aApply ??= new Set<string>(reportedData.round14A.applyImperatives);
  if (r14aApply.has(firstWord)) return 'applies';
  return R10_IMPERATIVE.has(firstWord) || R11_IMPERATIVE.has(firstWord) || R12A_IMPERATIVE.has(firstWord) ? 'imperative' : null;
}
/** Round 14 (A): a regimen named in a conjunct ('every evening', 'twice a day'; round14A.regimen). */
function r14aRegimenRe(): RegExp {
  r14aRegimen ??= new RegExp(`\\b(?:${alternation(reportedData.round14A.regimen)})(?![a-z-])`, 'i');
  return r14aRegimen;
}
let r14aFuture: RegExp | null = null;
let r14aHealed: RegExp | null = null;
/**
 * Round 14 (A), and: a conjunct that names a treatment, coordinated by 'and' before the outcome ('Just two drops in the bath
 * and the itching calms right down', 'Four weeks of the collagen and my knee finally loosened up', 'Rinse with salt water
 * twice a day and the swelling goes down', 'Apply it at night, leave it on, and the flaking clears up'). The conjunct is a
 * noun phrase of a quantity and a treatment, dose or session (no finite verb), or an imperative (one or a chain) whose verb
 * applies or takes a remedy or whose words name a treatment or a regimen ('every evening'). The outcome is a complaint
 * getting better, a wound ('it') healing, or the reader's future outcome ('you'll drift off faster').
 */
function round14AAnd(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding, firstWord: string): boolean {
  const s0 = firstWordStart(text);
  const kind = r14aImperativeKind(firstWord);
  const applies = kind === 'applies';
  const imperative = kind !== null;
  if (!imperative && !R14A_QUANTITY.test(firstWord)) return false;
  for (let and = text.indexOf(' and ', s0), tries = 0; and >= 0 && tries < 3; and = text.indexOf(' and ', and + 5), tries++) {
    const left = text.slice(s0, and);
    if (left.length > 120) return false;
    let licensed: boolean;
    if (imperative) {
      // A verb of applying with its object is the licence itself ('Dab a thin layer on …, cover it with a plaster, and …');
      // otherwise a treatment or a regimen named, and no course of an illness.
      licensed = (applies && /\s[a-z]/i.test(left)) || ((r9Treated(text, cues, s0, and) || r14aRegimenRe().test(left)) && !r14aCourse(left));
      if (licensed && r15ChoreConjunct(text, cues, s0, and, left)) licensed = false;
    } else licensed = !R14A_FINITE.test(left) && r14aLicensed(text, cues, s0, and);
    if (!licensed) continue;
    const from = and + 5;
    let to = from;
    while (to < text.length && ';:.!?'.indexOf(text[to]) < 0) to++;
    if (to - from > 120) continue;
    const right = text.slice(from, to);
    // The reader's future outcome ('and you'll drift off faster').
    r14aFuture ??= new RegExp(`^(?:you['\\u2019]ll|you\\s+will|(?:she|he|they)['\\u2019]ll|(?:she|he|they)\\s+will)\\s+(?:(?:soon|quickly|really|definitely|probably|start\\s+to|find\\s+you)\\s+)?(?:${alternation(reportedData.round14A.futureOutcomes)}|${alternation(reportedData.predicates)})(?![a-z-])`, 'i');
    const f = r14aFuture.exec(right);
    if (f) return r14aRecord(text, cues, clause, segment, inParens, from, [from, from + f[0].length, false], out, imperative ? s0 : -1);
    // A wound healing, told by a pronoun ('and it finally healed over').
    r14aHealed ??= new RegExp(`^(?:it|they)\\s+(?:(?:${alternation(reportedData.round14A.auxiliaries)})\\s+){0,2}(?:${alternation(reportedData.round14A.healVerbs)})(?![a-z-])`, 'i');
    const h = r14aHealed.exec(right);
    if (h) return r14aRecord(text, cues, clause, segment, inParens, from, [from, from + h[0].length, false], out, imperative ? s0 : -1);
    const pred = r14aPredicateIn(text, from, to);
    if (!pred || (!pred[2] && R14A_OBJECT_NEXT.test(text.slice(pred[1], pred[1] + 8)))) continue;
    const start = r14aSubjectStart(text, from, pred[0], 10, true);
    if (start >= pred[0] || !r14aComplaintSubject(text, cues, start, pred[0])) continue;
    return r14aRecord(text, cues, clause, segment, inParens, start, pred, out, imperative ? s0 : -1);
  }
  return false;
}

/**
 * Round 14 (A): a complaint as the subject of a verb of improvement (claims-reported.json round14A), licensed by a clause, a
 * phrase or a conjunct that names the treatment: after it ('… eases off after a single session'), opening the sentence
 * ('Since he started wearing …, the ulcer has never come back') or coordinated before it ('Just one gummy a day and …').
 * Gated by words the shared substring pass already found (the ONCE, TRAIL and AND groups), the first word (an imperative,
 * a quantity or a subordinator), or one indexOf of ' under '.
 */
function round14AClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const firstWord = firstWordLower(text);
  if ((r9Gates & R10G_AND) !== 0 && round14AAnd(text, cues, clause, segment, inParens, out, firstWord)) return true;
  if ((r9Gates & R10G_AND) !== 0 && round15AAndOutcome(text, cues, clause, segment, inParens, out, firstWord)) return true; // round 15 (A)
  if (R14A_OPENERS.has(firstWord) && (firstWord !== 'the' || R14A_THE_MOMENT.test(text)) && round14ABefore(text, cues, clause, segment, inParens, out)) return true;
  if (((r9Gates & (R10G_ONCE | R10G_TRAIL)) !== 0 || text.indexOf(' under ') >= 0) && round14AAfter(text, cues, clause, segment, inParens, out)) return true;
  return false;
}
/** Round 14 (A): the first words of the licences that may open a sentence (round14A.conjunctions). */
/** Round 14 (A): 'The moment', 'The minute', 'The second' opening a sentence (the only licences that open with 'the'). */
const R14A_THE_MOMENT = /^\W*the\s+(?:moment|minute|second)\s/i;
const R14A_OPENERS = new Set<string>(reportedData.round14A.conjunctions.map((c: string) => c.split(' ')[0]));

// ---------------------------------------------------------------- round 16 (B): a good state rising, licensed by a treatment

/** Round 16 (B): what may stand before the outcome in its subject: a determiner or a possessive and up to two words ('their pre-exam', "my son's"). */
const R16B_LEAD = /^(?:(?:the|your|my|his|her|their|our|that|this|those|these)\s+|[a-z]+['\u2019]s\s+)?(?:[a-z'\u2019-]+\s+){0,2}$/i;
let r16bRising: RegExp | null = null;
let r16bBetter: RegExp | null = null;
let r16bClearing: RegExp | null = null;
let r16bLicence: RegExp | null = null;
/** Round 16 (B): auxiliaries and adverbs between the subject and its verb (round14A.auxiliaries), then the verb group `verbs`, sticky. */
function r16bVerbRe(verbs: string): RegExp {
  return new RegExp(`\\s+(?:(?:${alternation(reportedData.round14A.auxiliaries)})\\s+){0,3}(?:${verbs})(?![a-z'\\u2019-])`, 'iy');
}
/**
 * Round 16 (B): the licence after a predicate that ends at `end`: adverbials (R14A_GAP), then a subordinator or preposition of
 * round14A.conjunctions or a first span of a treatment (round16B.firstSpans), then a clause (at most twelve words) that names
 * the treatment (r14aLicensed: not the course of an illness, rest or a side effect going).
 */
function r16bLicensedAfter(text: string, cues: Cue[], end: number): boolean {
  R14A_GAP.lastIndex = end;
  const gap = R14A_GAP.exec(text);
  if (!gap) return false;
  r16bLicence ??= new RegExp(`(?:${alternation([...reportedData.round14A.conjunctions, ...reportedData.round16B.firstSpans])})\\s+`, 'iy');
  r16bLicence.lastIndex = end + gap[0].length;
  const m = r16bLicence.exec(text);
  if (!m) return false;
  const from = m.index + m[0].length;
  // The clause runs to the next mark of punctuation, at most twelve words (read character by character: "they're" is one word).
  let to = from;
  for (let spaces = 0; to < text.length; to++) {
    const ch = text.charCodeAt(to);
    if (ch === 44 || ch === 59 || ch === 46 || ch === 33 || ch === 63 || ch === 58) break;
    if (isSpaceCode(ch) && ++spaces >= 12) break;
  }
  return r14aLicensed(text, cues, from, to);
}
/** Round 16 (B): the sentence opens with 'With' or 'On' (its first letter, then the word): one of round16B.openers. */
function r16bOpenerGate(text: string): boolean {
  const c = text.charCodeAt(firstWordStart(text)) | 32;
  return (c === 119 || c === 111) && (reportedData.round16B.openers as string[]).includes(firstWordLower(text));
}
/**
 * Round 16 (B): an outcome as the subject, a verb of its kind right after it, and a licence that names the treatment
 * (claims-reported.json round16B): a good state rising or returning ('Her energy went through the roof once she started
 * the iron tablets', 'His appetite picked up within days of starting the zinc drops', 'My focus jumped in the first week
 * of taking the capsules'); a good state or a complaint calmer, steadier or under control ('Their nerves are much steadier
 * when they're on the drops'); a vague head of the mind clearing ('The fog lifts after just one session'), which only a
 * treatment in the licence tells from the weather. The licence follows the predicate (r16bLicensedAfter) or opens the
 * sentence before a comma ('Since I started the beetroot shots, my stamina has soared'), or, after an opening 'With' or
 * 'On' that names the treatment itself, a complaint clears ('With the new cream, her breakouts cleared in a month'; a
 * complaint clearing after its licence is round 14 (A)'s reading). Without a licence it is the natural course ('Your
 * child's appetite picks up again after a growth spurt'), and a subject that is no outcome ('Sales picked up after
 * Christmas') is never read. Gated by the ONCE and TRAIL groups of the shared substring pass, one indexOf of 'first ' or
 * the first word ('With', 'On'; r16bOpenerGate), then by an outcome cue (or one indexOf of a head of round16B.goodHeads or
 * vagueClearing) with a verb of its kind right after it.
 */
function round16BClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  const R = reportedData.round16B;
  r16bRising ??= r16bVerbRe(`${alternation(R.risingVerbs)}|${alternation(R.steadyingVerbs)}|${alternation(reportedData.returnVerbs)}|${alternation(R.betterStates)}`);
  r16bBetter ??= r16bVerbRe(`${alternation(R.betterStates)}|${alternation(R.steadyingVerbs)}`);
  r16bClearing ??= r16bVerbRe(`${alternation(reportedData.round14A.improveVerbs)}|${alternation(reportedData.clearVerbs)}|${alternation(reportedData.round12A.clearVerbs)}|${alternation(reportedData.round12C.clearVerbs)}`);
  // Candidate subjects: [start, end, kind]; good-state and complaint cues first, then the heads the cues do not hold.
  const found: [number, number, 'good' | 'bad' | 'vague'][] = [];
  for (const c of cues) {
    if (c.kind === K.good) found.push([c.start, c.end, 'good']);
    else if (c.kind === K.bad) found.push([c.start, c.end, 'bad']);
  }
  for (const head of R.goodHeads as string[]) {
    const at = text.indexOf(head);
    if (at > 0 && !found.some((f) => f[0] <= at && f[1] > at)) found.push([at, at + head.length, 'good']);
  }
  for (const head of R.vagueClearing as string[]) {
    const at = text.indexOf(head);
    if (at > 0) found.push([at, at + head.length, 'vague']);
  }
  if (found.length === 0) return false;
  const s0 = firstWordStart(text);
  // An opening licence ('Since I started the beetroot shots, ', 'With the new cream, '): its comma is where the subject starts.
  let opened = -1;
  let openedBy = '';
  const first = firstWordLower(text);
  if (R14A_OPENERS.has(first)) {
    r14aOpener ??= new RegExp(`(?:${alternation(reportedData.round14A.conjunctions)})\\s+`, 'iy');
    r14aOpener.lastIndex = s0;
    const m = r14aOpener.exec(text);
    const comma = m ? text.indexOf(',', s0 + m[0].length) : -1;
    if (m && comma > 0 && comma - s0 < 100 && r14aLicensed(text, cues, s0 + m[0].length, comma)) opened = comma + 1;
  } else if ((R.openers as string[]).includes(first)) {
    // 'With' and 'On' name the treatment itself ('With the new cream, ', 'On the gluten-free diet, '): a treatment word, no course.
    const from = s0 + first.length;
    const comma = text.indexOf(',', from);
    if (comma > 0 && comma - s0 < 80 && r9Treated(text, cues, from, comma) && !r14aCourse(text.slice(from, comma))) {
      opened = comma + 1;
      openedBy = first;
    }
  }
  for (const [start, end, kind] of found) {
    // The word boundary before the head and its lead: a determiner or possessive and at most two words, back to a stop.
    if (start > 0 && /[a-z0-9-]/i.test(text[start - 1])) continue;
    const subject = r14aSubjectStart(text, Math.max(0, opened), start, 3, false);
    if (!R16B_LEAD.test(text.slice(subject, start))) continue;
    const afterOpener = opened >= 0 && subject >= opened && text.slice(opened, subject).trim() === '';
    // A complaint clearing is round 14 (A)'s reading; here only after the openers it does not read ('With', 'On').
    const verbs: RegExp = kind === 'good' ? r16bRising : kind === 'vague' || (afterOpener && openedBy) ? r16bClearing : r16bBetter;
    verbs.lastIndex = end;
    let v = verbs.exec(text);
    if (!v && kind === 'bad' && verbs === r16bClearing) {
      r16bBetter.lastIndex = end;
      v = r16bBetter.exec(text);
    }
    if (!v) continue;
    const predEnd = end + v[0].length;
    if (!afterOpener && !r16bLicensedAfter(text, cues, predEnd)) continue;
    if (r14aRecord(text, cues, clause, segment, inParens, subject, [subject, predEnd, false], out, -1)) return true;
  }
  return false;
}

/** Round 14 (A): the physical forces and verbs of round14A.forces and forceVerbs, built at the first call. */
let r14aForce: Set<string> | null = null;
let r14aForceVerb: Set<string> | null = null;
/**
 * Round 14 (A): a physical force as the subject ('The suction', 'the vacuum', 'gravity') of a verb of moving matter
 * ('lifts', 'pulls', 'draws') whose object is a body part with nothing but a determiner before it ('the skin'): it
 * describes what a device does to the body, not a benefit. 'This serum lifts sagging skin' (a product, and a complaint's
 * adjective) stays a claim.
 */
function round14AForceOnBody(text: string, rel: Relation, object: Cue): boolean {
  r14aForceVerb ??= new Set<string>(reportedData.round14A.forceVerbs);
  if (!r14aForceVerb.has(cueText(text, rel.cue).toLowerCase())) return false;
  r14aForce ??= new Set<string>(reportedData.round14A.forces);
  if (!r14aForce.has(prevWord(text, rel.cue.start).toLowerCase())) return false;
  return /^\s+(?:(?:the|your|a)\s+)?$/i.test(text.slice(rel.cue.end, object.start));
}

// ---------------------------------------------------------------- round 15 (A): consequences of a treatment conjunct

/** Round 15 (A): the classes of claims-reported.json round15A, built at the first call. */
let r15aFuture: RegExp | null = null;
let r15aGone: RegExp | null = null;
let r15aHeads: RegExp | null = null;
let r15aFeeling: RegExp | null = null;
let r15aStates: RegExp | null = null;
/** Round 15 (A): the one-word symptom states of claims-reported.json ('heavy', 'stiff', 'anxious') and the lay 'bunged-up' kind. */
function r15aStatesRe(): RegExp {
  return (r15aStates ??= new RegExp(`\\b(?:${alternation([...reportedData.symptomStates, ...reportedData.round15A.layStates])})(?![a-z-])`, 'i'));
}
let r15aCourse: RegExp | null = null;
let r15aSpan: RegExp | null = null;
let r15aSymptom: RegExp | null = null;
/** Round 15 (A): the text of the sentence whose claim a consequence clause made (the absolute entries of round 15 (A) read it). */
let r15aConsequenceText = '';
/** Round 15 (A): 'you'll', 'you will', 'she'll' … at the start of a consequence clause, with an adverb or two. */
const R15A_READER = '^(?:you[\'\\u2019]ll|you\\s+will|(?:she|he|they)[\'\\u2019]ll|(?:she|he|they)\\s+will)\\s+(?:(?:soon|quickly|really|definitely|probably|easily|happily|finally)\\s+)?';

/**
 * Round 15 (A): the subject of a consequence is a complaint the round 14 (A) lists do not name: a cosmetic complaint
 * (round15A.complaintHeads: 'your cellulite'), a feeling with a symptom state before it ('that heavy, bunged-up feeling',
 * 'the sick sensation'), or a body part pointed at by a demonstrative with a symptom state ('that stiff back').
 */
function round15AComplaintSubject(text: string, cues: Cue[], from: number, to: number): boolean {
  if (to <= from) return false;
  const span = text.slice(from, to);
  r15aHeads ??= new RegExp(`\\b(?:${alternation(reportedData.round15A.complaintHeads)})(?![a-z-])`, 'i');
  if (r15aHeads.test(span)) return true;
  if (!r15aStatesRe().test(span)) return false;
  r15aFeeling ??= new RegExp(`\\b(?:${alternation(reportedData.round15A.feelingHeads)})\\s*$`, 'i');
  if (r15aFeeling.test(span)) return true;
  if (!/^(?:that|those|this|these)$/.test(prevWord(text, from))) return false;
  for (const c of cues) if (c.start >= from && c.end <= to && c.kind === K.body) return true;
  return false;
}

/**
 * Round 15 (A): the first conjunct (text[s0, and)) names a treatment: round 14 (A)'s licence (an imperative that applies a
 * remedy or names a treatment or a regimen; a noun phrase of a quantity of a treatment, a dose or a session), an imperative
 * whose object is a course of sessions ('Book a course of six'), or a span of an activity named by a noun with a regimen
 * ('Ten minutes of gentle twists each morning'). Not the course of an illness, rest or waiting.
 */
function round15ALicensed(text: string, cues: Cue[], s0: number, and: number, firstWord: string): boolean {
  const left = text.slice(s0, and);
  if (left.length > 120 || r14aCourse(left)) return false;
  const kind = r14aImperativeKind(firstWord);
  const applies = kind === 'applies';
  const imperative = kind !== null;
  if (imperative) {
    if (r15ChoreConjunct(text, cues, s0, and, left)) return false;
    if ((applies && /\s[a-z]/i.test(left)) || r9Treated(text, cues, s0, and) || r14aRegimenRe().test(left)) return true;
    r15aCourse ??= new RegExp(`\\b(?:${alternation(reportedData.round15A.courseNouns)})(?![a-z-])`, 'i');
    return r15aCourse.test(left);
  }
  if (!R14A_QUANTITY.test(firstWord) || R14A_FINITE.test(left)) return false;
  if (r14aLicensed(text, cues, s0, and)) return true;
  r15aSpan ??= new RegExp(`^\\s*(?:(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|\\d+|a\\s+few|half\\s+an|a\\s+couple\\s+of)\\s+)?(?:minutes?|hours?)\\s+(?:of|on)\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(reportedData.round15A.spanNouns)})(?![a-z-])`, 'i');
  return r15aSpan.test(left) && r14aRegimenRe().test(left);
}

/**
 * Round 15 (A): the consequence clause after a conjunct that names a treatment ('Do X and Y' reads 'If you do X, Y': Y is
 * promised). Y is the reader's good state reached ('and you'll sleep right through till morning', 'and you'll sail through
 * the season'), the reader's span without a single complaint ('you'll get through the winter without a single flare-up'),
 * a complaint gone ('and your cellulite is gone for good', 'and that stiff back will be a thing of the past'), or a
 * complaint of round15AComplaintSubject getting better ('and that heavy feeling lifts by lunchtime'). Round 14 (A)'s
 * round14AAnd reads the complaints of its own lists first. Gated as it is (the AND group, an imperative or a quantity
 * first); 'Fill in the form and your appointment is booked' names no treatment, 'Book a course of six and your sixth
 * session is free' no complaint.
 */
function round15AAndOutcome(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding, firstWord: string): boolean {
  // The first word is an imperative or a quantity (looked up before any text is sliced, as round14AAnd does).
  if (r14aImperativeKind(firstWord) === null && !R14A_QUANTITY.test(firstWord)) return false;
  const s0 = firstWordStart(text);
  for (let and = text.indexOf(' and ', s0), tries = 0; and >= 0 && tries < 3; and = text.indexOf(' and ', and + 5), tries++) {
    if (!round15ALicensed(text, cues, s0, and, firstWord)) continue;
    const from = and + 5;
    let to = from;
    while (to < text.length && ';:.!?'.indexOf(text[to]) < 0) to++;
    if (to - from > 120) continue;
    const right = text.slice(from, to);
    if (/\b(?:if|unless|whether|until)\s/i.test(right)) continue;
    const imperative = R14A_QUANTITY.test(firstWord) ? -1 : s0;
    // The reader's good state reached, or a span without a single complaint.
    r15aFuture ??= new RegExp(`${R15A_READER}(?:${alternation(reportedData.round15A.goodStates)})(?![a-z-])`, 'i');
    const f = r15aFuture.exec(right);
    const single = f ? null : round15AWithoutSingle(text, cues, from, to);
    if (f || single) {
      if (!f && !new RegExp(R15A_READER, 'i').test(right)) continue;
      const end = f ? from + f[0].length : single![1];
      if (r14aRecord(text, cues, clause, segment, inParens, from, [from, end, false], out, imperative)) {
        r15aConsequenceText = text;
        return true;
      }
      continue;
    }
    // A complaint gone, or a complaint named by round15AComplaintSubject getting better.
    r15aGone ??= new RegExp(`(?:^|\\s)(?:${alternation(reportedData.round15A.gonePredicates)})(?![a-z-])`, 'i');
    const g = r15aGone.exec(right);
    let pred: [number, number, boolean] | null = null;
    if (g) {
      const at = from + g.index + (isSpaceCode(right.charCodeAt(g.index)) ? 1 : 0);
      pred = [at, from + g.index + g[0].length, false];
    } else {
      pred = r14aPredicateIn(text, from, to);
      if (!pred || pred[2] || R14A_OBJECT_NEXT.test(text.slice(pred[1], pred[1] + 8))) continue;
    }
    const start = r14aSubjectStart(text, from, pred[0], 10, true);
    if (start >= pred[0]) continue;
    if (!round15AComplaintSubject(text, cues, start, pred[0]) && !(g && r14aComplaintSubject(text, cues, start, pred[0]))) continue;
    if (r14aRecord(text, cues, clause, segment, inParens, start, pred, out, imperative)) {
      r15aConsequenceText = text;
      return true;
    }
  }
  return false;
}

/**
 * Round 15 (A): text[at] is in the consequence clause of a conjunct that names a treatment (round15ALicensed) and the clause
 * up to it names a complaint ('Six weeks on our programme and your anxiety will be a thing of the past'), whichever pass made
 * the sentence's claim. Read only for a term ('a thing of the past').
 */
function round15AConsequenceAt(text: string, cues: Cue[], at: number): boolean {
  const and = text.lastIndexOf(' and ', at);
  if (and < 0) return false;
  const firstWord = firstWordLower(text);
  if (r14aImperativeKind(firstWord) === null && !R14A_QUANTITY.test(firstWord)) return false;
  if (/\b(?:if|unless|whether|until)\s/i.test(text.slice(and + 5, at))) return false;
  if (!round15ALicensed(text, cues, firstWordStart(text), and, firstWord)) return false;
  return complaintIn(cues, and + 5, at) || r14aComplaintSubject(text, cues, and + 5, at) || round15AComplaintSubject(text, cues, and + 5, at);
}

/** Round 15 (A): 'without a single <complaint>' in text[from, to) (a complaint cue or round15A.symptomNouns); [start, end] or null. */
function round15AWithoutSingle(text: string, cues: Cue[], from: number, to: number): [number, number] | null {
  const w = text.indexOf('without ', from);
  if (w < 0 || w >= to) return null;
  r15aSymptom ??= new RegExp(`without\\s+(?:a|one|even\\s+one)\\s+(?:single\\s+)?(?:[a-z-]+\\s+)?(?:${alternation(reportedData.round15A.symptomNouns)})(?![a-z-])`, 'iy');
  r15aSymptom.lastIndex = w;
  const m = r15aSymptom.exec(text);
  if (m && w + m[0].length <= to) return [w, w + m[0].length];
  // A complaint of the lexicon right after 'without a single' ('without a single migraine attack').
  const rest = /^without\s+(?:a|one)\s+single\s+/i.exec(text.slice(w, w + 30));
  if (!rest) return null;
  for (const c of cues) if (c.start === w + rest[0].length && (c.kind === K.bad || c.kind === K.disease)) return [w, c.end];
  return null;
}

/**
 * Round 15 (A): the conditions of claims-absolute.json round15A's terms. r15AConsequence: the term is said in the
 * consequence clause that round15AAndOutcome read as a claim ('and you'll sail through June without a single sneeze').
 */
function round15ARequires(text: string, cues: Cue[], k: number, req: string): boolean {
  if (req === 'r15AConsequence') return r15aConsequenceText === text;
  if (text.indexOf('?') >= 0) return false;
  const c = cues[k];
  if (req === 'r15AEveryResolves') return round15AEveryResolves(text, cues, c);
  if (req === 'r15AMeansNever') return round15AMeansNever(text, cues, c);
  if (req === 'r15ACureNoun') return round15ACureNoun(text, cues, c);
  return false;
}

/**
 * Round 15 (A): 'so' (or 'and so') after a comma or a semicolon: the universal after it opens a clause of consequence
 * ('Music reaches parts of the brain dementia spares, so everyone who joins in comes alive'), as a subject opening the
 * sentence does.
 */
const R15A_SO_CLAUSE = /[,;]\s+(?:and\s+)?so\s+$/i;
/** Round 15 (A): 'every' or 'each' and at most five words before the end of a span: the universal's subject follows it. */
const R15A_EVERY = /(?:^|\s)(?:every|each)\s+((?:[a-z'\u2019-]+\s+){1,5})$/i;
/**
 * Round 15 (A), r15AEveryResolves: a universal over cases of a complaint resolving ('every frozen shoulder eventually
 * thaws', 'each flare eventually settles'), with a treatment: a phrase after the predicate that names one ('with the right
 * exercises', 'on our programme') or a phrase that opens the sentence before the universal ('With the right cream, every
 * patch of eczema eventually clears'). Without one ('on its own', 'usually within a week') it is the natural course.
 */
function round15AEveryResolves(text: string, cues: Cue[], c: Cue): boolean {
  let from = c.start;
  while (from > 0 && ',;:('.indexOf(text[from - 1]) < 0) from--;
  const m = R15A_EVERY.exec(text.slice(from, c.start));
  if (!m) return false;
  const subjectStart = c.start - m[1].length;
  if (!complaintIn(cues, subjectStart, c.start) && !r14aComplaintSubject(text, cues, subjectStart, c.start) && !round15AComplaintSubject(text, cues, subjectStart, c.start) && !round15AStateOfBody(text, cues, subjectStart, c.start)) return false;
  // A treatment after the predicate, in a phrase of means or circumstance, to the end of the clause.
  const after = /^\s+(?:with|on|after|using|through|under|thanks\s+to)\s+/i.exec(text.slice(c.end, c.end + 16));
  if (after) {
    const s = c.end + after[0].length;
    let e = s;
    while (e < text.length && ',;:.!?('.indexOf(text[e]) < 0) e++;
    if (r14aLicensed(text, cues, s, e)) return true;
  }
  // A treatment in a phrase that opens the sentence ('With the right cream, every …').
  if (from > 0 && text[from - 1] === ',') {
    const open = /^\W*(?:with|on|after|using|through|thanks\s+to)\s+/i.exec(text);
    if (open && open[0].length < from && r14aLicensed(text, cues, open[0].length, from - 1)) return true;
  }
  return false;
}

/**
 * Round 15 (A), r15ACureNoun: a cure as a noun with praise before it ('nature's own hay fever cure', 'the ultimate cure for
 * eczema'): a complaint in the compound or in a 'for' phrase right after it, and a copula or a colon before the praise
 * (a predicate: 'X is nature's own …'), not a subject ('The perfect cure for acne does not exist' is denied by its verb).
 */
function round15ACureNoun(text: string, cues: Cue[], c: Cue): boolean {
  if (!/(?:^|\s)(?:is|are|was|were|['\u2019]s|remains?|becomes?|as)\s+(?:(?:simply|just|really|truly|still)\s+)?(?:the\s+|a\s+|an\s+|your\s+|our\s+)?$/i.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
  // The term ends before the compound ('nature's own' + 'hay fever cure'): the complaint is a cue of its own.
  // 'ultimate cure for' holds its preposition: the complaint follows it.
  let to = c.end + 30;
  if (!/(?:for|against)$/i.test(text.slice(c.start, c.end))) {
    const cure = /^\s+(?:[a-z-]+\s+){0,3}?cures?(?![a-z-])/i.exec(text.slice(c.end, c.end + 60));
    if (!cure) return false;
    to = c.end + cure[0].length;
  }
  const next = cueIndexFrom(cues, c.end);
  if (next >= cues.length) return false;
  const o = cues[next];
  return o.start < to && (o.kind === K.bad || o.kind === K.disease || o.kind === K.side);
  return false;
}

/** Round 15 (A): a symptom state and a body part in text[from, to) ('stiff knee', 'sore back'): a complaint. */
function round15AStateOfBody(text: string, cues: Cue[], from: number, to: number): boolean {
  if (!r15aStatesRe().test(text.slice(from, to))) return false;
  for (const o of cues) if (o.start >= from && o.end <= to && o.kind === K.body) return true;
  return false;
}

/** Round 15 (A): a gerund opening the sentence, its phrase (group 1) and 'means', a person and 'will' before the term. */
const R15A_MEANS = /^\W*([a-z]+ing\s+(?:[a-z'\u2019-]+\s+){0,8}?)means\s+(?:that\s+)?(?:you|your\s+(?:[a-z-]+\s+){0,2}[a-z-]+|(?:my|his|her|their|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|(?:she|he|they|we|i))\s*(?:will|['\u2019]ll|can|should)\s+$/i;
/**
 * Round 15 (A), r15AMeansNever: 'never feel' as the consequence of a treatment named by a gerund phrase ('Taking the
 * probiotic every morning means you'll never feel bloated again', 'Keeping to the same routine means your loved one will
 * never feel anxious'): the phrase names a treatment, a routine or a regimen, and a symptom state or a complaint follows.
 */
function round15AMeansNever(text: string, cues: Cue[], c: Cue): boolean {
  const m = R15A_MEANS.exec(text.slice(0, c.start));
  if (!m) return false;
  const s = text.indexOf(m[1]);
  const e = s + m[1].length;
  if (!r14aLicensed(text, cues, s, e) && !r14aRegimenRe().test(m[1])) return false;
  const after = text.slice(c.end, c.end + 30);
  if (/^\s*(?:[a-z-]+\s+)?(?:about|that|like|when)\b/i.test(after)) return false;
  const w = nextWordEnd(text, c.end);
  // 'tired of the view', 'anxious about the dentist': a state with an object is no complaint.
  if (/^(?:of|about|for|that|when|like)$/.test(nextWord(text, w))) return false;
  if (r15aStatesRe().test(text.slice(c.end, w))) return true;
  for (const o of cues) if (o.start >= c.end && o.start < w + 1 && (o.kind === K.bad || o.kind === K.disease)) return true;
  return false;
}

// ---------------------------------------------------------------- round 5: care and services, not effects

/**
 * Head nouns that a health word only classifies ('the diabetes clinic', 'a flu jab', 'your blood pressure review', 'your
 * health records', 'sleep data'): the health word names a service, a record or an institution, not the outcome.
 */
const CLASSIFIED_HEAD = new Set([
  'clinic', 'clinics', 'service', 'services', 'team', 'teams', 'nurse', 'nurses', 'ward', 'wards', 'unit', 'units', 'review', 'reviews',
  'appointment', 'appointments', 'jab', 'jabs', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'test', 'tests', 'check', 'checks',
  'check-up', 'check-ups', 'screening', 'research', 'charity', 'charities', 'trial', 'trials', 'study', 'studies', 'group', 'groups',
  'leaflet', 'leaflets', 'helpline', 'specialist', 'specialists', 'consultant', 'consultants', 'department', 'centre', 'center', 'form',
  'forms', 'referral', 'referrals', 'records', 'record', 'data', 'information', 'notes', 'diary', 'diaries', 'app', 'apps', 'tracker',
  'questionnaire', 'survey', 'register', 'registry', 'nurse-led', 'pathway', 'guidelines', 'guidance', 'awareness', 'fundraiser',
  'appeal', 'campaign', 'conference', 'course', 'courses', 'class', 'classes', 'workshop', 'workshops', 'webinar', 'equipment', 'budget',
]);
/** Tasks a helper helps with that are not health outcomes: organising, paying, booking, finding, deciding ('helps you book', 'helping to recruit'). */
const HELP_TASK = new Set([
  'recruit', 'fund', 'raise', 'buy', 'pay', 'book', 'fill', 'order', 'plan', 'organise', 'organize', 'run', 'arrange', 'complete',
  'register', 'apply', 'access', 'navigate', 'tailor', 'rule', 'choose', 'decide', 'find', 'spot', 'understand', 'identify', 'work',
  'sort', 'claim', 'collect', 'build', 'write', 'answer', 'prepare', 'improve', 'care',
]);
/** Words after 'find'/'improve' that make it a health outcome after all ('find relief', 'improve your sleep' is read by its object). */
const TASK_HEALTH_NEXT = /^(?:relief|comfort|calm|balance|peace|rest|sleep|energy)$/;
/** People as the object of a verb of care ('supports people with …', 'treats 2,000 children with asthma'). */
const CARED_FOR = /^(?:people|patients|children|kids|families|carers|caregivers|women|men|adults|parents|teenagers|babies|those|anyone|everyone|mums|veterans|students|residents|members|clients|pupils|survivors|athletes|players|runners|couples|teens|infants|toddlers|girls|boys|workers|staff|pensioners)$/;
const CARE_VERB = /^(?:support|supports|supported|supporting|treat|treats|treated|treating)$/i;
/** Words between a verb of care and its people ('around 2,000', 'young', 'the', 'local'). */
const CARE_MODIFIER = /^(?:the|our|your|their|local|young|older|many|more|over|around|about|nearly|almost|some|all|any|thousands|hundreds|of|new|vulnerable|elite|amateur|professional|injured|pregnant|elderly|disabled|bereaved|\d[\d,]*)$/;

/**
 * Round 5: a benefit verb whose health outcome is only a classifier of a service noun ('helps you book a flu jab', 'protects
 * your health records', 'improve our diabetes service'), 'help' with a task that is not a health outcome ('helping to recruit
 * people with diabetes', 'helps us understand how people with arthritis …'), or a verb of care with people as its object
 * ('supports carers of people with dementia', 'treats 2,000 children with asthma a year') describes a service, not an effect.
 */
function careNotEffect(text: string, cues: Cue[], rel: Relation, object: Cue, clause: ArrayLike<number>): boolean {
  const head = nextWord(text, object.end);
  if (CLASSIFIED_HEAD.has(head) && !outcomeLaterInClause(text, cues, object, clause)) return true;
  const v = rel.cue;
  // Only 'help', 'support' and 'treat' go on (looked up by their first letter before any string is made).
  const ch = text.charCodeAt(v.start) | 32;
  if (ch !== 104 && ch !== 115 && ch !== 116) return false;
  const first = text.slice(v.start, nextWordEnd(text, v.start)).toLowerCase();
  const help = first === 'help' || first === 'helps' || first === 'helped' || first === 'helping';
  if (!help && !CARE_VERB.test(first)) return false;
  // The first four words between the verb and its outcome.
  const words = text.slice(v.end, object.start).toLowerCase().match(/[a-z0-9][a-z0-9,'-]*/g);
  if (!words) return false;
  for (let n = 0; n < 4 && n < words.length; n++) {
    const word = words[n];
    if (help) {
      // A task verb ('helps the hospital plan', 'help us raise', 'helping to recruit').
      if (HELP_TASK.has(word)) return !TASK_HEALTH_NEXT.test(words[n + 1] ?? nextWord(text, object.start - 1)) && (word !== 'improve' || CLASSIFIED_HEAD.has(head));
      // People named by their condition, then the task after it ('help patients with long-term conditions plan their care').
      if (CARED_FOR.test(word) && words[n + 1] === 'with' && words.length - n <= 4) return HELP_TASK.has(head) && head !== 'improve';
    } else {
      if (CARED_FOR.test(word)) return true;
      if (!CARE_MODIFIER.test(word)) return false;
    }
  }
  return false;
}

/**
 * Round 5: a benefit that the sentence takes back with 'but' and its opposite, where no treatment is named: 'Alcohol makes it
 * easier to fall asleep but harder to stay asleep', 'Caffeine may perk you up but it disrupts your sleep'. The sentence
 * describes a harm, not an efficacy claim ('Melatonin helps you fall asleep but does not help you stay asleep' names a
 * treatment and keeps its claim).
 */
const TAKEN_BACK = /\bbut\s+(?:(?:it|they|this|that)\s+)?(?:(?:also|then|later|actually|can|may|will|often|usually|tends\s+to)\s+){0,2}(?:makes?\s+(?:it\s+)?)?(?:harder|more\s+difficult|worse|disrupts?|disturbs?|ruins?|wrecks?|worsens?|fragments?)\b/i;
function takenBack(text: string, cues: Cue[], rel: Relation): boolean {
  if ((sentenceGates(text) & SG_BUT) === 0) return false; // 'but'
  for (const c of cues) if (c.kind === K.intervention || c.kind === K.drug) return false;
  const m = TAKEN_BACK.exec(text.slice(rel.cue.end));
  return m !== null;
}

/**
 * Round 5: a child's developmental milestone reached at an age ('Our baby slept through the night for the first time at six
 * months', 'My daughter slept through the night at four months'), with no treatment named and no change since one, is
 * natural development, not a testimonial.
 */
const MILESTONE_AGE = /\b(?:at|by)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?:weeks?|months?|years?)(?:\s+old)?\b|\bfor\s+the\s+first\s+time\b/i;
const CHANGE_SINCE = /\b(?:since|after|once|now|again|finally)\b/i;
function developmentalMilestone(text: string, cues: Cue[], t: number): boolean {
  if (!/^(?:sleeps|slept|sleep)\s+through\s+the\s+night$/i.test(cueText(text, cues[t]))) return false;
  return !treatmentTaken(text, cues) && MILESTONE_AGE.test(text) && !CHANGE_SINCE.test(text);
}

/**
 * Round 5: a quantified group of patients or people not marked as the writer's (no possessive, no qualifier) who 'feel
 * better', 'get better' or 'recover' within a time, in a sentence that names no treatment: the natural course of an
 * illness ('Most patients feel better within a week'), not an outcome the writer reports.
 */
const NATURAL_COURSE = /^(?:feel|feels|felt|get|gets|got|start|starts)?\s*(?:(?:feeling|much|a\s+lot|a\s+little)\s+)?(?:better|recover|recovers|recovered)\b/i;
const WITHIN_TIME = /^\s+(?:within|in|after|by|over)\s+(?:a|an|one|two|three|four|five|six|seven|ten|a\s+few|a\s+couple\s+of|\d+|the\s+(?:first|next|following))\b/i;
function naturalCourse(text: string, cues: Cue[], noun: string, predicate: string, pEnd: number): boolean {
  if (!/^(?:patients|people)$/i.test(noun) || !NATURAL_COURSE.test(predicate)) return false;
  return !treatmentTaken(text, cues) && !TREATMENT_WORD.test(text) && !/\b(?:starting|taking|using|beginning)\b/i.test(text) && WITHIN_TIME.test(text.slice(pEnd, pEnd + 40));
}

/** An intervention or drug named in the sentence, not in a 'without'/'no' phrase ('without any sleep training'). */
function treatmentTaken(text: string, cues: Cue[]): boolean {
  for (const c of cues) if ((c.kind === K.intervention || c.kind === K.drug) && !/\b(?:without|no|not)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, c.start - 30), c.start))) return true;
  return false;
}

/**
 * Round 5: a claim quoted and then called a myth in the same sentence ('"Vitamin C cures colds" is one of the most persistent
 * health myths'): a misconception reported to be corrected, like 'Many patients believe …, but they do not'.
 */
const QUOTED_MYTH = /^\s*["\u201c][^"\u201d]{3,200}["\u201d]\s+(?:is|are|was|remains)\s+(?:(?:one|some)\s+of\s+)?(?:(?:a|an|the|most|more|still|just|simply|another|common|persistent|popular|stubborn|old|widespread|health|medical|biggest|oldest|enduring|[a-z]+est)\s+){0,4}(?:myths?|misconceptions?|nonsense|fallacy|fallacies|falsehoods?|untrue|false|wrong)\b/i;
function quotedMyth(text: string): boolean {
  return (text.charCodeAt(0) === 34 || text.charCodeAt(0) === 0x201c || /^\s/.test(text)) && QUOTED_MYTH.test(text);
}

/** Another health outcome after the object in its clause that does not classify a service noun. */
function outcomeLaterInClause(text: string, cues: Cue[], object: Cue, clause: ArrayLike<number>): boolean {
  let k = cues.indexOf(object);
  if (k < 0) return false;
  for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) {
    const c = cues[j];
    if ((c.kind === K.bad || c.kind === K.disease || c.kind === K.good) && !CLASSIFIED_HEAD.has(nextWord(text, c.end))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- reported outcomes and testimonials (round 4)

/** The regexes of claims-reported.json, built on first use. */
let reportedRes: { group: RegExp; predicate: RegExp; comparative: RegExp } | null = null;
let symptomAt: RegExp | null = null;
/** A symptom of claims-reported.json after whitespace, sticky at lastIndex ('fewer night sweats'), built on first use. */
function symptomAtRe(): RegExp {
  return (symptomAt ??= new RegExp(`\\s+(?:${alternation(reportedData.symptoms)})(?![a-z-])`, 'iy'));
}
let receiverNoun = /^$/;
function reportedRegexes(): { group: RegExp; predicate: RegExp; comparative: RegExp } {
  if (reportedRes) return reportedRes;
  const g = reportedData.groups;
  const group = new RegExp(
    `\\b(?:(${alternation(g.quantifiers)})\\s+(?:of\\s+)?)?(?:(our|my|the)\\s+)?(?:([a-z]+(?:-[a-z]+)?)\\s+)?(${alternation([...g.receivers, ...reportedData.round9C.receivers])}|${alternation(g.people)})\\b(?:\\s+(${alternation(g.qualifiers)})\\b)?`,
    'gi',
  );
  const owner = "(?:their|her|his|my|our)\\s+(?:[a-z'\u2019-]+\\s+){0,2}?";
  // 'their back pain has eased', 'their energy has come back': a perfect auxiliary before the verb.
  const aux = '(?:(?:has|have|had)\\s+(?:now\\s+|finally\\s+|completely\\s+|really\\s+)?)?';
  // 'no longer need insulin', 'come off their blood pressure tablets': a medicine no longer needed.
  const meds = `(?:no\\s+longer\\s+(?:need|needs|take|takes|use|uses|rely\\s+on)|(?:come|comes|came|get|gets|got)\\s+off)\\s+(?:(?:their|any|all\\s+their)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${alternation(reportedData.medications)})`;
  const predicate = new RegExp(
    `\\b(?:${alternation([...reportedData.predicates, ...reportedData.round6Predicates.phrases, ...reportedData.round9C.phrases, ...reportedData.round15A.groupStates])}|${meds}|${owner}(?:${alternation(reportedData.positiveStates)})\\s+${aux}(?:${alternation(reportedData.returnVerbs)})|${owner}(?:${alternation(reportedData.symptoms)})\\s+${aux}(?:${alternation(reportedData.clearVerbs)}))(?![a-z-])`,
    'g', // lower case: the predicate comes after its group, never first in the sentence (and case-sensitive matching is faster)
  );
  receiverNoun = new RegExp(`^(?:${alternation([...g.receivers, ...reportedData.round9C.receivers])})$`, 'i');
  return (reportedRes = { group, predicate, comparative: /^(?:ha[sdv]e?|get|gets|got|notice[sd]?|reports?|reported|enjoy[sed]*|experience[sd]?)\s.*\b(?:fewer|less|more|better)$/i });
}

/**
 * Words between a group and its predicate that take the report out: negation, a condition, time before the outcome; an
 * of-phrase that makes the group a modifier ('Patients of doctors who are more empathic have better outcomes').
 */
const REPORTED_BLOCK = /^\s*of\b|\b(?:not|never|no|rarely|seldom|hardly|barely|if|unless|when|until|before|should|must|need|needs|want|wants|expect|expects|hope|hopes|try|tries|worry|worries|fear|fears)\b|n['\u2019]t\b|[.;:?!]/i;
const GROUP_NOT_RECEIVING = /^(?:with|who\s+(?:have|has|had|suffer|live)|suffering|living|affected|diagnosed|at)$/;

/** Span of an outcome reported of a group that receives the service ('Most clients lose weight', 'people on the course fall asleep sooner'). */
interface Reported {
  start: number;
  end: number;
  groupStart: number;
  /** Round 5: a claim by its construction, not a testimonial ('makes flushes less frequent'). */
  idiom?: boolean;
}

/**
 * An outcome reported of a group that receives the service: a quantified or possessive group of clients or patients,
 * or people with a qualifier that says they receive it ('people on the course', 'the women I see'), then in the same
 * clause a predicate of improvement (claims-reported.json). People named by a condition ('people with a cold feel
 * better within a week') are a disease population: natural history, not a reported outcome.
 */
function reportedOutcome(text: string, cues: Cue[], own?: RegExp): Reported | null {
  const { group, predicate: shared, comparative } = reportedRegexes();
  const predicate = own ?? shared; // round 7 (B): the round-7 predicates, tried apart (see round7Outcome)
  predicate.lastIndex = 0;
  let side = -1; // 'Most patients feel better once the nausea wears off': an outcome of a side effect, not of the service.
  reportedPredicateSeen = false;
  for (let p = predicate.exec(text); p; p = predicate.exec(text)) {
    reportedPredicateSeen = true;
    if (side < 0) {
      side = 0;
      for (const c of cues) if (c.kind === K.side) side = 1;
    }
    if (side === 1) return null;
    const pEnd = predicateEnd(text, cues, p, comparative);
    if (pEnd < 0) continue;
    // The group: within the 160 characters before the predicate (at most eight words between, checked below).
    group.lastIndex = Math.max(0, p.index - 160);
    let best: Reported | null = null;
    for (let g = group.exec(text); g && g.index < p.index; g = group.exec(text)) {
      const gEnd = g.index + g[0].length;
      if (gEnd > p.index) break;
      if (p.index - gEnd > 120) continue;
      const [, quantifier, determiner, , noun, qualifier] = g;
      const receiver = receiverNoun.test(noun);
      const possessive = determiner !== undefined && determiner.toLowerCase() !== 'the';
      // People with no qualifier receive the service when the sentence names a treatment they take ('Many women find
    // their joint pain disappears on HRT'), not one they go without ('… without treatment').
    const ok = qualifier !== undefined || possessive || (receiver && (quantifier !== undefined || g.index === 0 || determiner === undefined)) || treatmentNamed(text, cues, gEnd) || treatmentAdjunct(text, gEnd);
      if (!ok || (!qualifier && GROUP_NOT_RECEIVING.test(nextWord(text, gEnd)))) continue;
      if (!qualifier && !possessive && naturalCourse(text, cues, noun, p[0], pEnd)) continue;
      const between = text.slice(gEnd, p.index);
      if (REPORTED_BLOCK.test(between) || wordsBetween(text, gEnd, p.index) > 8) continue;
      best = { start: p.index, end: pEnd, groupStart: g.index };
    }
    if (best) return best;
    predicate.lastIndex = p.index + p[0].length;
  }
  return null;
}

/** Round 5: a time adjunct of a session or course of treatment ('on the nights after a session', 'after each class'). */
const SESSION_ADJUNCT = /\b(?:after|following|since)\s+(?:a|an|each|every|the|their|our|my|your|one|two|three|four|five|a\s+few|several)\s+(?:[a-z]+\s+){0,2}?(?:sessions?|treatments?|classes|class|courses?)\b/gi;
function treatmentAdjunct(text: string, pos: number): boolean {
  if (text.indexOf('ss', pos) < 0 && text.indexOf('treatment', pos) < 0 && text.indexOf('course', pos) < 0) return false;
  SESSION_ADJUNCT.lastIndex = pos;
  return SESSION_ADJUNCT.test(text);
}

/** The first cue that starts at or after pos, or null. */
function cueFrom(cues: Cue[], pos: number): Cue | null {
  for (const c of cues) if (c.start >= pos) return c;
  return null;
}

/** An intervention or drug named after pos, not right after 'without' or 'no' ('on HRT', 'after acupuncture'). */
function treatmentNamed(text: string, cues: Cue[], pos: number): boolean {
  for (const c of cues) {
    if (c.start < pos || (c.kind !== K.intervention && c.kind !== K.drug)) continue;
    const prev = prevWord(text, c.start);
    if (prev !== 'without' && prev !== 'no' && prev !== 'any') return true;
  }
  return false;
}

/**
 * The end of predicate match p, or -1: 'have fewer flare-ups', 'more energy' take the health outcome right after them,
 * of the polarity the comparative wants (fewer/less: a bad one; more/better: a good one or a body part).
 */
function predicateEnd(text: string, cues: Cue[], p: RegExpExecArray, comparative: RegExp): number {
  const end = p.index + p[0].length;
  if (!comparative.test(p[0])) return end;
  const want = /(?:fewer|less)$/i.test(p[0]) ? 'bad' : 'good';
  const limit = nextWordEnd(text, nextWordEnd(text, end));
  for (const c of cues) {
    if (c.start < end) continue;
    if (c.start > limit) break;
    if (want === 'bad' ? c.kind === K.bad || c.kind === K.disease : c.kind === K.good || c.kind === K.body) return c.end;
    break;
  }
  // A symptom the outcome lexicon does not list ('fewer night sweats').
  if (want === 'bad') {
    const at = symptomAtRe();
    at.lastIndex = end;
    const m = at.exec(text);
    if (m) return end + m[0].length;
  }
  return -1;
}

/** Word classes of first-person testimonials of a change of state (claims-reported.json), built on first use. */
let changeRes: { symptom: RegExp; medication: RegExp; activity: Set<string> } | null = null;
function changeRegexes(): { symptom: RegExp; medication: RegExp; activity: Set<string> } {
  if (changeRes) return changeRes;
  return (changeRes = {
    // A symptom state or verb, or needing a medicine ('feel heavy', 'ache', 'need my inhaler'), as a whole word.
    symptom: new RegExp(`\\b(?:${alternation(reportedData.symptomStates)}|${alternation(reportedData.symptomVerbs)})(?![a-z-])|\\b(?:need|take|use|reach\\s+for|rely\\s+on)\\s+(?:(?:my|the|a|an|any|her|his|our|their)\\s+)?(?:[a-z-]+\\s+)?(?:${alternation(reportedData.medications)})(?![a-z-])`, 'i'),
    medication: new RegExp(`\\bwithout\\s+(?:a\\s+single|any|needing\\s+(?:a|any|my|the))\\s+(?:[a-z]+(?:-[a-z]+)?\\s+)?(?:${alternation(reportedData.medications)})(?![a-z-])`, 'i'),
    activity: new Set(reportedData.activities),
  });
}
let firstOwner: RegExp | null = null;
let medicationWord: RegExp | null = null;
/** A medicine named at pos ('inhaler', 'painkillers'), at most one modifier before it. */
function medicationAt(text: string, pos: number): boolean {
  medicationWord ??= new RegExp(`(?:[a-z-]+\\s+)?(?:${alternation(reportedData.medications)})(?![a-z-])`, 'iy');
  medicationWord.lastIndex = pos;
  return medicationWord.test(text);
}
/** `word` occurs in text at the start of a word (indexOf, then a look at the character before: 'my ' but not 'anatomy '). */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) return true;
  return false;
}
/** A negated auxiliary whose clause may end in 'any more' ('don't feel heavy … any more'). */
const NEGATED_AUX = /\b(?:do|does|did|will|can|would)(?:\s+not|n['\u2019]t)(?![a-z])/gi;
const NO_LONGER = /\bno\s+longer\b/gi;
const ANY_MORE = /\bany\s?more\b(?!\s+than\b)/i;
/** First person ('I', 'my', 'we', 'our') or a third person opened by 'Since' ('Since she began the drops, her eyes …'). */
const FIRST_PERSON = /\b(?:i|my|we|our)\b/i;
/** Round 11 (A): the first person as an object ('spent two hours with us', 'for me'), or as a subject. */
const FIRST_PERSON_OBJECT = /\b(?:i|my|we|our|us|me)\b/i;
/** Round 11 (A): a gerund of an activity of claims-reported.json ('feeding', 'walking', 'sitting'), as the subject of a symptom. */
function gerundOfActivity(word: string, activity: Set<string>): boolean {
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return activity.has(stem) || activity.has(stem + 'e') || (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && activity.has(stem.slice(0, -1)));
}
const SINCE_STARTING = /\bsince\s+(?:(?:i|we|she|he|they|my\s+[a-z]+)\s+(?:have\s+been\s+|'ve\s+been\s+|has\s+been\s+|started|began|switched|joined|signed)|starting|beginning|switching|taking|using|doing)\b/i;
const NOW_I_CAN = /\b(?:now,?\s+i\s+can|i\s+can\s+now|these\s+days,?\s+i\s+can|nowadays,?\s+i\s+can)\s+(?:(?:actually|finally|even|easily|happily|comfortably|also)\s+)?([a-z]+)/i;
const FIRST_TIME = /\bfor\s+the\s+first\s+time\s+in\s+(?:years|months|ages|decades|forever|a\s+(?:decade|long\s+time)|(?:my|her|his|their)\s+(?:adult\s+)?life|\d+\s+years)\b/i;
/** Subjects that make 'for the first time in years' a person's experience. */
const PERSON_SUBJECT = /\b(?:i|she|he|we|they|my\s+[a-z]+|her\s+[a-z]+|his\s+[a-z]+)\s+(?:could\s+|was\s+able\s+to\s+|managed\s+to\s+|finally\s+)?([a-z]+)/i;
/** 'I haven't had a single migraine since …', 'she has not needed her inhaler since': none of a symptom since a change. */
const NOT_HAD = /\b(?:i|we|she|he|they)(?:\s+(?:have|has|had)(?:\s+not|n['\u2019]t)|['\u2019]ve\s+not)\s+(?:had|needed|used|taken)\s+(?:a\s+single|one|any|another|a|an|her|his|my|their)\s+/gi;
/** 'I was sleeping through the night again': a first-person progressive of sleeping through. */
const SLEEPING_THROUGH = /\bi\s+(?:was|am|['\u2019]m)\s+(?:finally\s+|now\s+|back\s+to\s+)?sleeping\s+through\b/i;
const WORSE_STATE = /\b(?:awful|terrible|dreadful|horrible|worse|rough|ill|unwell)\b/i;

/**
 * A first-person testimonial of a change of state: a symptom that has stopped ('my legs don't feel heavy on Monday
 * mornings any more', 'my knees no longer ache'), an activity regained ('Now I can wear my jeans', 'For the first time
 * in years I slept …'), a medicine done without ('… without a single tablet'). The words that carry it are classes of
 * claims-reported.json (symptom states and verbs, medicines, activities). Not: a good state lost ('I don't sleep well any
 * more'), history or logistics ('I do not work weekends any more', 'Now I can tell you'), a side effect, the natural
 * course of a symptom in the third person ('The rash does not itch any more once it scabs').
 */
function changeOfState(text: string, cues: Cue[]): Reported | null {
  // The words each form needs, looked up first (most sentences have none of them).
  // 'any more', 'no longer' and 'without' need a negation cue ("don't", 'not', 'no longer', 'without').
  let negation = false;
  for (const c of cues) if (c.kind === K.negation) {
    negation = true;
    break;
  }
  const anyMore = negation && (hasWord(text, 'any more') || hasWord(text, 'anymore'));
  const noLonger = negation && hasWord(text, 'no longer');
  const without = negation && (text.indexOf('without a') >= 0 || text.indexOf('without needing') >= 0);
  const gates = sentenceGates(text);
  const mine = (gates & SG_MY) !== 0 && (hasWord(text, 'my ') || hasWord(text, 'My '));
  const iCan = (gates & SG_I_CAN) !== 0; // 'I can'
  const firstTime = (gates & SG_FIRST_TIME) !== 0; // 'first time'
  const notHad = negation && hasWord(text, 'since');
  const sleeping = (gates & SG_SLEEPING_THROUGH) !== 0; // 'sleeping through'
  if (!anyMore && !noLonger && !iCan && !firstTime && !without && !mine && !notHad && !sleeping) return null;
  // Round 11 (A): an activity of the writer's as the subject of a symptom that stopped ('by the next morning feeding didn't
  // hurt any more'), in a sentence told in the first person ('with us', 'for me').
  const activitySubject = anyMore && FIRST_PERSON_OBJECT.test(text);
  if (!FIRST_PERSON.test(text) && !SINCE_STARTING.test(text) && !(firstTime && FIRST_TIME.test(text)) && !activitySubject) return null;
  for (const c of cues) if (c.kind === K.side) return null;
  const { symptom, medication, activity } = changeRegexes();
  const since = SINCE_STARTING.test(text);
  // A symptom that stopped: a negated auxiliary with 'any more' in the next 80 characters, or 'no longer'.
  for (const re of [NEGATED_AUX, NO_LONGER]) {
    if (!(re === NEGATED_AUX ? anyMore : noLonger)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const from = m.index + m[0].length;
      const window = text.slice(from, Math.min(text.length, from + 80)).split(/[.;:!?"\u201d]/)[0];
      let end: number;
      if (re === NEGATED_AUX) {
        const a = ANY_MORE.exec(window);
        if (!a) continue;
        end = from + a.index + a[0].length;
      } else end = from + Math.min(window.length, (/^(?:\s+\S+){1,3}/.exec(window) ?? [''])[0].length);
      const middle = text.slice(from, end);
      const s = symptom.exec(middle);
      if (!s) continue;
      // The subject: first person within the five words before, or a 'Since … started' opener in the sentence.
      const before = text.slice(wordWindowStart(text, m.index, 5), m.index);
      if (!FIRST_PERSON.test(before) && !since && !(activitySubject && gerundOfActivity(prevWord(text, m.index), activity))) continue;
      if (re === NO_LONGER) end = from + s.index + s[0].length;
      // 'I don't take painkillers any more because they upset my stomach': a reason for stopping, not a benefit.
      if (/^[^.;:!?]*\bbecause\b/i.test(text.slice(end, end + 120))) continue;
      return { start: m.index, end, groupStart: m.index };
    }
  }
  // 'Since starting acupuncture, my migraines have become much less frequent', 'my reflux has settled': a symptom of
  // mine that has cleared (perfect or past; the present only after a 'Since …' opener: 'my pain eases when I lie down').
  if (mine) {
    firstOwner ??= new RegExp(`\\bmy\\s+(?:[a-z'\u2019-]+\\s+){0,2}?(?:${alternation(reportedData.symptoms)})\\s+((?:(?:has|have|had)\\s+(?:now\\s+|finally\\s+|completely\\s+|really\\s+)?)?)(?:${alternation(reportedData.clearVerbs)})(?![a-z-])`, 'i');
    const o = firstOwner.exec(text);
    if (o && (o[1] || since || /(?:ed|went|fell|came|became)(?:\s+(?:up|down|away|off))?$/i.test(o[0])) && !OUTGROWN.test(text) && !/^[^.;:!?]*\bbecause\b/i.test(text.slice(o.index + o[0].length, o.index + o[0].length + 120))) return { start: o.index, end: o.index + o[0].length, groupStart: o.index };
  }
  // None of a symptom or medicine since a change: 'I haven't had a single migraine since I started the drops'.
  if (notHad) {
    NOT_HAD.lastIndex = 0;
    for (let m = NOT_HAD.exec(text); m; m = NOT_HAD.exec(text)) {
      const end = m.index + m[0].length;
      const next = cueFrom(cues, end);
      const at = symptomAtRe();
      at.lastIndex = end - 1;
      const outcome = (next !== null && next.start <= nextWordEnd(text, end) && (next.kind === K.bad || next.kind === K.disease)) || at.test(text) || medicationAt(text, end);
      if (outcome) return { start: m.index, end: nextWordEnd(text, end), groupStart: m.index };
    }
  }
  const st = sleeping ? SLEEPING_THROUGH.exec(text) : null;
  if (st) return { start: st.index, end: st.index + st[0].length, groupStart: st.index };
  // An activity regained: 'Now I can wear …', 'I can now climb …'.
  const n = iCan ? NOW_I_CAN.exec(text) : null;
  // Not a verb of guiding or handling with a person as its object ('Now I can walk you through the process').
  if (n && activity.has(n[1].toLowerCase()) && !/^(?:you|your|them|him|her|us|everyone|people|patients|clients)$/.test(nextWord(text, n.index + n[0].length))) return { start: n.index, end: n.index + n[0].length, groupStart: n.index };
  // 'For the first time in years, I slept …': a person doing an activity or with a health outcome after it.
  const f = firstTime ? FIRST_TIME.exec(text) : null;
  if (f) {
    const rest = text.slice(f.index + f[0].length);
    const p = PERSON_SUBJECT.exec(rest);
    const verb = p ? p[1].toLowerCase().replace(/(?:ed|s)$/, '') : '';
    const past = p ? p[1].toLowerCase() : '';
    const health = cues.some((c) => c.start >= f.index + f[0].length && HEALTH_KINDS.has(c.kind));
    if (p && p.index < 20 && (health || activity.has(verb) || activity.has(past) || /^(?:slept|ran|swam|rode|woke|ate|sat|stood|held|felt)$/.test(past))) return { start: f.index, end: f.index + f[0].length, groupStart: f.index };
  }
  // A medicine done without: 'I was sleeping through without a single sleeping pill'.
  const w = without ? medication.exec(text) : null;
  if (w && FIRST_PERSON.test(text.slice(0, w.index)) && !WORSE_STATE.test(text)) return { start: w.index, end: w.index + w[0].length, groupStart: w.index };
  return null;
}

/** Makes a reported outcome the claim of `out` (vetoes and hedges as for a testimonial). */
function claimReported(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, r: Reported, out: ClaimFinding): void {
  // The last cue before the end of the predicate stands for it in the veto look-back ('If most clients lose weight, …').
  let k = -1;
  while (k + 1 < cues.length && cues[k + 1].start < r.end) k++;
  if (k >= 0) {
    const why = vetoed(text, cues, k, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return;
    }
  } else if (isImperative(text)) return;
  // A modal between the group and the predicate ('most clients may lose weight') or a population hedge ('some patients notice').
  let hedge: Cue | null = null;
  for (const c of cues) {
    if (c.start >= r.start) break;
    if ((c.kind === K.hedge || c.kind === K.population) && c.end > r.groupStart) hedge = c;
  }
  const cue: Cue = { kind: K.testimonial, start: r.start, end: r.end };
  // 'men who used a sauna had fewer heart attacks than men who …': groups compared, an association.
  const type = /^[^.;:?!]*\bthan\b/i.test(text.slice(r.end)) && !ownComparison(text, r) ? 'corr' : 'causal';
  out.rel = { cue, index: k, type, weak: false, verb: null, hedge, modalStart: hedge && hedge.kind === K.hedge ? hedge.start : r.start, negated: false, clause: k >= 0 ? clause[k] : 0, relative: false };
  out.testimonial = true;
  out.reason = null;
}

/** A sentence-opening 'Whether … or …,': the alternatives are conceded (no matter which), not asked about. */
function concessiveWhether(text: string, h: Cue): boolean {
  if (!/^whether$/i.test(text.slice(h.start, h.end)) || /\S/.test(text.slice(0, h.start).replace(/["'\u201c*_]/g, ''))) return false;
  // 'Whether you live with long COVID, chronic fatigue or weight gain, …': a comma after the 'or'.
  const or = text.slice(h.end).search(/\sor\s/i);
  return or >= 0 && text.indexOf(',', h.end + or) > 0;
}

/** Context that makes a benefit statement something other than a claim. */
function vetoed(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>): string | null {
  const c = cues[k];
  if (inParens[k]) return 'parenthetical';
  // The earliest cue before k that vetoes the claim decides the reason (see SentenceFacts for the precomputed firsts).
  let first = -1;
  let reason: string | null = null;
  const consider = (j: number, why: string): void => {
    if (j >= 0 && j < k && (first < 0 || j < first)) {
      first = j;
      reason = why;
    }
  };
  const cl = clause[k];
  // An open question or a claim reported at a distance, anywhere before: 'It is unclear whether …', 'Proponents claim …'.
  if (facts.firstDoubt >= 0) consider(facts.firstDoubt, cues[facts.firstDoubt].kind === K.uncertainty ? 'uncertain' : 'distancing');
  // Advice, history, a study's design or a side effect earlier in the clause.
  const v = facts.clauseVeto[cl];
  if (v >= 0) {
    const kind = cues[v].kind;
    consider(v, kind === K.advice ? 'advice' : kind === K.history ? 'history' : kind === K.design ? 'design' : 'side effect');
  }
  // 'If a supplement upsets your stomach, ...': the if-clause runs to the first comma.
  consider(facts.segCond[segment[k]], 'conditional');
  // A definition naming what a drug is used, approved, indicated or prescribed for.
  const d = facts.clauseDef[cl];
  if (d >= 0 && d < k && definitionWordBetween(text, cues[d].start, c.start)) consider(d, 'definition');
  consider(facts.clauseLog[cl], 'logistics');
  // 'No trial has shown that X protects against Y': 'no' with a reporting word or attribution after it.
  if (facts.firstNo >= 0 && facts.lastReport[k] > facts.firstNo) consider(facts.firstNo, 'negated');
  if (reason) return reason;
  if (isImperative(text)) return 'advice';
  return null;
}

/** /used|approved|indicated|prescribed/ inside text[from, to) (matches found once per sentence). */
function definitionWordBetween(text: string, from: number, to: number): boolean {
  if (!facts.definitionWords) {
    facts.definitionWords = [];
    for (const m of text.matchAll(/used|approved|indicated|prescribed/gi)) facts.definitionWords.push(m.index!, m.index! + m[0].length);
  }
  const w = facts.definitionWords;
  for (let i = 0; i < w.length; i += 2) if (w[i] >= from) return w[i + 1] <= to;
  return false;
}

const IMPERATIVE = /^\s*["'\u201c*_]*(?:take|try|use|add|check|ask|talk|speak|avoid|consider|start|stop|keep|make|give|let|see|call|tell|drink|eat|choose|remember|discuss|look|find|get|book|contact|reach|schedule|read|learn|do not|don't|never)\b/i;

function isImperative(text: string): boolean {
  return IMPERATIVE.test(text);
}

// ---------------------------------------------------------------- absolute terms

function readAbsolute(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, lex: ClaimLexicon, claim: boolean): AbsoluteTerm | null {
  const c = cues[k];
  let entry: AbsoluteEntry | null = null;
  for (const e of lex.absolute) {
    e.re.lastIndex = c.start;
    const m = e.re.exec(text);
    if (m && c.start + m[0].length === c.end) {
      entry = e;
      break;
    }
  }
  if (!entry) return null;
  if (absoluteNotMeant(text, cues, k, entry)) return null;
  if (cureRateNoun(text, c)) return null; // round 6
  if (entry.category === 'totality' && entry.verb && agentRemoved(text, c)) return null; // round 7 (B)
  // Negated, doubted or reported at a distance: 'No treatment cures lupus', 'products that claim to cure'.
  if (facts.firstDoubt >= 0 && facts.firstDoubt < k) return null;
  const adviceOrCondition = facts.clauseAdvCond[clause[k]];
  if (adviceOrCondition >= 0 && adviceOrCondition < k && r15aConsequenceText !== text && !((entry.requires === 'r16CBodyNever' || entry.requires === 'r17ACuredKind') && round13BConsequence(text, cues, c.start))) return null; // round 15 (A): the imperative of 'Do X and Y' is Y's condition, not advice; round 16 (C) too
  const neg = facts.clauseNeg[k];
  if (neg >= 0 && cues[neg].end >= wordWindowStart(text, c.start, 6) && !round9NegationOutOfScope(text, cues, neg, k, entry)) return null; // at most six words before
  if (/^\s*(?:no|nothing|none|not)\b/i.test(text) && k > 0 && cues[0].kind === K.negation && !R8_NO_MORE.test(text) && entry.requires !== 'r9SafetyListed' && entry.requires !== 'r11NothingHarms' && entry.requires !== 'r13BNoneRelapsed') return null; // round 8 (B): 'No more back pain, guaranteed'
  let object: Cue | null = null;
  for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 80; j++) {
    const o = cues[j];
    if (o.kind === BOUNDARY || o.kind === COMMA) break;
    if (HEALTH_KINDS.has(o.kind) && (o.kind !== K.side || (entry.category === 'cure' && round11CuredSideObject(text, c.end, o)))) {
      object = o;
      break;
    }
  }
  if (entry.requires === 'healthObject' && !object) return curedPerson(text, cues, k, entry) ?? round13CuredComplaint(text, cues, k, entry) ?? round9Object(text, cues, k, entry, lex) ?? round13BCuredPronoun(text, cues, k, entry); // round 13 (B): 'they'll cure it'
  if (entry.requires === 'claim' && !claim && !permanentOutcome(text, cues, k, clause) && !round8PronounRemoval(text, cues, k) && !round9HeldInPlace(text, cues, k, clause) && !round12BRemovedForGood(text, cues, k, clause) && !(c.end - c.start > 9 && text.charCodeAt(c.start) === 110 /* n */ && round17ARequires(text, cues, k, clause, 'r17ARecurrence')) && !(text.charCodeAt(c.start) === 102 /* f */ && round17AKeptForLife(text, cues, k, clause))) return null; // round 17 (A): 'the feeding pain never came back', 'keep your teeth for life'
  if (entry.requires === 'condition' && !conditionObject(text, c, object)) return curedPerson(text, cues, k, entry);
  if (entry.requires === 'removal' && !removalBefore(text, cues, k, clause) && !round8SwitchedOff(text, cues, k) && !round9TestimonialGone(text, cues, k)) return null;
  if (entry.requires === 'healthSentence' && !healthSentence(text, cues, c)) return null;
  if (entry.requires === 'treatmentSafety' && !treatmentSafety(text, cues, c)) return null; // round 7
  if (entry.category === 'totality' && entry.requires === null && R8_BODY_AGENT.test(text.slice(0, c.start))) return null; // round 8 (B): 'your liver removes all toxins'
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r8') && !round8Requires(text, cues, k, clause, entry.requires as Round8Requires)) return null; // round 8 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r9') && !round9Requires(text, cues, k, entry.requires as Round9Requires, claim)) return null; // round 9 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r10') && !round10Requires(text, cues, k, clause, entry.requires as Round10Requires, claim)) return null; // round 10 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r11') && !round11Requires(text, cues, k, clause, entry.requires as Round11Requires, claim)) return null; // round 11 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r12') && !round12BRequires(text, cues, k, entry.requires as Round12Requires)) return null; // round 12 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r13B') && !round13BRequires(text, cues, k, clause, entry.requires as Round13BRequires)) return null; // round 13 (B)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r14C') && !round14CRequires(text, cues, k, entry.requires as Round14CRequires)) return null; // round 14 (C)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r15A') && !round15ARequires(text, cues, k, entry.requires)) return null; // round 15 (A)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r16C') && !round16CRequires(text, cues, k, clause, entry.requires as Round16CRequires)) return null; // round 16 (C)
  if (entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r17A') && !round17ARequires(text, cues, k, clause, entry.requires as Round17ARequires)) return null; // round 17 (A)
  if (entry.requires === 'healthSubject' && r15aConsequenceText !== text) { // round 15 (A): a complaint of round15AComplaintSubject in a consequence
    // 'my joint pain is completely gone': a health outcome (not a side effect) at most three words before the term.
    const p = k > 0 ? cues[k - 1] : null;
    if (!p || !HEALTH_KINDS.has(p.kind) || p.kind === K.side || p.end < wordWindowStart(text, c.start, 3)) return null;
    if (NATURAL_FREQUENCY.test(text.slice(p.end, c.start))) return null; // round 6
  }
  const span = entry.requires !== null && entry.requires.charCodeAt(0) === 114 && entry.requires.startsWith('r12') ? round12BSpan(text, c, entry) : c; // round 12 (B)
  return absoluteTerm(text, span, entry.category, absoluteRewrites(text, span, entry, object, lex));
}

/**
 * Round 6: 'a high cure rate for acne', 'cure rates of 90%': 'cure' as the first half of the compound noun 'cure rate' names
 * a statistic (an outcome measure, like 'response rate'), it promises nothing; the claim reading still reads the sentence.
 */
function cureRateNoun(text: string, c: Cue): boolean {
  return c.end - c.start === 4 && /^cure$/i.test(cueText(text, c)) && /^\s+rates?\b/i.test(text.slice(c.end, c.end + 8));
}

/**
 * Round 6: 'Bruising is usually completely gone within two weeks', 'the swelling is normally completely gone by then': an
 * adverb of usual course between a health subject and a state of being gone describes natural history, not a result.
 */
const NATURAL_FREQUENCY = /\b(?:usually|normally|typically|generally|often|mostly)\b/i;

/** The absolute term at cue c: its span, category, the category's message and the rewrites offered. */
function absoluteTerm(text: string, c: Cue, category: AbsoluteCategory, rewrites: Rewrite[]): AbsoluteTerm {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), category, reason: (absoluteData.messages as Record<string, string>)[category], rewrites };
}

/** Injuries that heal by themselves: 'heals cuts', 'heals the wound' describe repair, not a cure. */
/** Round 14 (lead): a pharmacological process named between a verb and its object ('increase the activity of'). */
const MECHANISM_OF = /^\s+(?:the\s+)?(?:activity|actions?|release|re-?uptake|uptake|breakdown|binding|signall?ing|transport|absorption|metabolism)\s+of\s+(?:the\s+)?(?:brain['\u2019]s\s+|body['\u2019]s\s+)?$/i;
const INJURY_OBJECT = /^(?:(?:minor|small|little|shallow|superficial|deep|open|fresh|old|new|slow-healing|stubborn|chronic|acute|painful|leg|foot|pressure|mouth|surgical|kitchen|sports?)\s+){0,2}(?:wounds?|cuts?|burns?|sunburn|scars?|bruis|injur|fractur|ulcers?|blisters?|grazes?|sores?|damage|tissue|sprains?|strains?|skin|muscles?|bones?)/i;
/** Words that end a verb's object phrase before it starts ('helps wounds heal and eases pain', 'heal faster in children'). */
const NOT_IN_OBJECT = /^(?:and|or|but|to|in|on|within|after|over|by|with|faster|quicker|quickly|itself|themselves|naturally|well|properly|up|fully|completely|of|for|from|at|time|than)$/;

/**
 * Round 4: 'heals a leaky gut', 'healed my eczema': 'heal' with a named condition or symptom as its object (within three words,
 * across determiners and modifiers) promises a cure; a wound, a cut or a burn heals by itself, and 'helps the wound heal' has no
 * object after the verb.
 */
function conditionObject(text: string, c: Cue, object: Cue | null): boolean {
  if (!object || (object.kind !== K.bad && object.kind !== K.disease)) return false;
  if (INJURY_OBJECT.test(text.slice(object.start, object.end))) return false;
  let at = c.end;
  for (let words = 0; at < object.start; words++) {
    const e = nextWordEnd(text, at);
    if (e > object.start || words >= 3) return e > object.start && words <= 3;
    if (NOT_IN_OBJECT.test(text.slice(at, e).trim().toLowerCase())) return false;
    at = e;
  }
  return true;
}

// Round 5: absolute words that are not about a health outcome.

/** What a clinic guarantees that is a service, not a result ('We guarantee a same-day appointment'). */
const SERVICE_GUARANTEED = /^:?(?:\s+(?:a|an|the|your|our|you|every|all|free|same-day|next-day|prompt|quick|fast|full|personal|confidential|written|one-to-one))*\s+(?:appointments?|slots?|reply|replies|response|responses|call(?:back)?s?|places?|refunds?|prices?|confidentiality|privacy|delivery|discounts?|seats?|parking|availability|quotes?|consultations?|visits?|viewings?|bookings?|answers?|follow-ups?)\b/i;
/** Round 8: a product's warranty: against damage, parts and labour ('guaranteed against breakage', 'for five years, parts and labour'). */
const WARRANTY_TERMS = /^(?:\s+for\s+(?:a|one|two|three|four|five|six|ten|twelve|\d+)\s+(?:full\s+)?(?:years?|months?))?,?\s+(?:against\s+(?:[a-z-]+\s+){0,2}?(?:wear|breakage|breaks|defects?|faults?|scratches|theft)|(?:for\s+)?parts\s+and\s+labou?r)\b/i;
/** Round 8: a guarantee that runs for a period ('guaranteed for two years'), a warranty when no health outcome is named. */
const WARRANTY_PERIOD = /^\s+for\s+(?:a|one|two|three|four|five|six|ten|twelve|\d+)\s+(?:full\s+)?(?:years?|months?)\b/i;
/** Round 8: what a guarantee of a period can be of besides a product ('Results guaranteed for six months'). */
const GUARANTEED_RESULT = /\b(?:results?|outcomes?|relief|improvements?|success|benefits?|effects?)\b/i;
/** Food that is cured, not a person ('cured meats', 'cured ham'). */
const CURED_FOOD = /^\s+(?:meats?|ham|hams|bacon|salmon|fish|sausages?|pork|beef|chorizo|salami|foods?|olives)\b/i;
/** Round 7: a clause of a trigger after 'every time' (a subject, and no verb of taking or using a treatment). */
const TRIGGER_CLAUSE = /^\s+(?:you|you're|you\u2019re|i|i'm|i\u2019m|we|we're|they|they're|she|he|your|my|their)\s(?![^.,;:!?]*\b(?:take|takes|took|taking|use|uses|used|using|apply|applies|applied|try|tries|tried|it|them|one|dose|session|treatment)\b)/i;
/** Round 12 (lead): the writer's wish in the five words before an absolute term ('I hope you never', 'we wish everyone'). */
const WISH_BEFORE = /\b(?:i|we)\s+(?:(?:really|do|just|all|sincerely)\s+)?(?:hope|wish)\b/i;
/** A sentence that opens with a negative quantifier: 'Few treatments are completely free of side effects'. */
const FEW_OPENER = /^\s*["'\u201c*_]*(?:very\s+)?(?:few|hardly\s+any|not\s+all|not\s+every|not\s+many)\s/i;

/**
 * Round 5: an absolute word that is not about a health outcome: a service guaranteed ('We guarantee a same-day
 * appointment'), cured food ('Cured meats are linked to bowel cancer'), or a sentence that denies it of most members of a
 * class ('Few treatments are completely free of side effects').
 */
function absoluteNotMeant(text: string, cues: Cue[], k: number, entry: AbsoluteEntry): boolean {
  const c = cues[k];
  if (entry.category === 'guarantee' && SERVICE_GUARANTEED.test(text.slice(c.end, c.end + 80))) return true;
  // Round 8: a product's warranty ('Our insoles are guaranteed for a year against wear and tear').
  if (entry.category === 'guarantee' && /guarantee/i.test(cueText(text, c))) {
    const after = text.slice(c.end, c.end + 80);
    if (WARRANTY_TERMS.test(after)) return true;
    if (WARRANTY_PERIOD.test(after) && !cues.some((o) => o.kind === K.good || o.kind === K.bad || o.kind === K.disease || o.kind === K.body) && !GUARANTEED_RESULT.test(text)) return true;
    if (round11Warranty(text, c)) return true; // round 11 (B): 'a ten-year manufacturer's guarantee'
    if (guaranteeLabel(text, cues, c)) return true; // round 12 (lead): 'Prices and guarantees'
    if (round16CGoodsShipped(text, c)) return true; // round 16 (C): 'we guarantee every pouch arrives sealed'
  }
  if (entry.category === 'cure' && /^cured$/i.test(cueText(text, c)) && CURED_FOOD.test(text.slice(c.end, c.end + 30))) return true;
  // Round 12 (lead): a wish is no promise ('I hope you never catch a cold again', 'We wish every patient a pain-free winter').
  if (WISH_BEFORE.test(text.slice(wordWindowStart(text, c.start, 5), c.start))) return true;
  // Round 7: 'stop reaching for the biscuit tin every time you're stressed': 'every time' opening a clause of a trigger
  // is a conjunction; 'works every time I take it' (a clause of taking the treatment) is still totality.
  if (entry.category === 'totality' && (text.charCodeAt(c.start) | 32) === 101 && TRIGGER_CLAUSE.test(text.slice(c.end, c.end + 60)) && /^every\s+(?:single\s+)?time/i.test(cueText(text, c))) return true;
  return k > 0 && FEW_OPENER.test(text);
}

/**
 * Round 12 (lead): the noun 'guarantee' in a short heading or label with no verb and no health word ('Prices and
 * guarantees', 'Our guarantee', 'Delivery, returns and guarantees'): a section's title, which promises nothing until the
 * text under it says what is guaranteed.
 */
function guaranteeLabel(text: string, cues: Cue[], c: Cue): boolean {
  if (!/^guarantees?$/i.test(cueText(text, c)) || wordsBetween(text, 0, text.length) > 6 || GUARANTEE_LABEL_NOT.test(text)) return false;
  for (const o of cues) if (HEALTH_KINDS.has(o.kind) || (RELATION_KINDS.has(o.kind) && o.kind !== K.abs)) return false;
  return true;
}
/** What turns a label into a promise: a subject before 'guarantee(s)' as a verb, or the result it is of. */
const GUARANTEE_LABEL_NOT = /\b(?:we|i|it|this|that|they|which|who|you|results?|relief|success|outcomes?)\b/i;

// Round 5: absolute language the lexicon's own conditions did not reach.

/** Words before a state that make it a state of something other than a person ('your data is protected'). */
const NOT_A_PERSON = /\b(?:data|information|records?|details|privacy|identity|account|files|photos|passwords?|membership|warranty|price|prices|rate|fees?)\b/i;
/** A state of protection or recovery, as the last words before a permanence phrase ('protected for life', 'immune', 'eczema-free'). */
const PROTECTED_STATE =
  /\b(?:protected|immune|immunised|immunized|cured|healed|(?:pain|symptom|itch|eczema|acne|spot|migraine|headache|seizure|fit|flare|relapse|allergy|asthma|smoke|cancer|disease|illness|infection|reflux|anxiety|panic|pregnancy)-free)(?:\s+(?:against|from)(?:\s+[a-z'-]+){1,3})?\s*$/i;
/** Permanence after a noun ('lifelong immunity'), not an adverb: its scope is the noun, not a state before it. */
const PERMANENT_NOUN = /^(?:lifelong|life-long|permanent)\s/i;

/**
 * A permanence phrase ('for life', 'for good', 'forever', 'lifelong immunity') in a sentence that the claim reading
 * does not take as an efficacy claim still promises a permanent health outcome when it follows a state of protection
 * or recovery ('you are protected for life', 'she has been eczema-free for good'), names lifelong immunity or
 * protection, or ends a removal or keeping predicate with a health object ('keeps the weight off for good'). Natural
 * immunity after an illness ('Once you have had measles, you are immune for life': a condition named before it and no
 * treatment) is natural history.
 */
function permanentOutcome(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  const c = cues[k];
  if (PERMANENT_NOUN.test(cueText(text, c))) return treated(text, cues);
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  if (PROTECTED_STATE.test(before)) return treated(text, cues) && !NOT_A_PERSON.test(before);
  if (NEVER_BACK.test(cueText(text, c))) return ownSymptomBefore(text, cues, k) || treatedSymptomBefore(text, cues, k);
  return removalBefore(text, cues, k, clause) || round7Permanence(text, cues, k);
}

const NEVER_BACK = /^never\s+(?:come|comes|came|return|returns|returned)\b/i;
/**
 * 'Her eczema has never come back', 'my migraines never returned': a symptom of the writer or of someone they know (a
 * possessive before it) that never came back is a testimonial of permanence; 'the rash never comes back' is not.
 */
function ownSymptomBefore(text: string, cues: Cue[], k: number): boolean {
  const p = k > 0 ? cues[k - 1] : null;
  if (!p || (p.kind !== K.bad && p.kind !== K.disease) || p.end < wordWindowStart(text, cues[k].start, 3)) return false;
  return /\b(?:my|her|his|our|their|your)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, p.start - 40), p.start));
}

/** Words that name a treatment or a vaccination where the intervention lexicon has none ('two doses', 'the jab', 'once vaccinated'). */
const TREATMENT_WORD =
  /\b(?:vaccin[a-z]*|jabs?|doses?|shots?|boosters?|immuni[sz](?:ed|ation|ations)|injections?|courses?|treatments?|programmes?|programs?|therap(?:y|ies)|implants?|coil|sessions?|surgery|operation|tablets?|pills?|creams?|drops|supplements?|remed(?:y|ies)|diet|plan)\b/i;
/** The sentence names a treatment (an intervention or drug cue, or a treatment word). */
function treated(text: string, cues: Cue[]): boolean {
  for (const c of cues) if (c.kind === K.intervention || c.kind === K.drug) return true;
  return TREATMENT_WORD.test(text);
}

/**
 * A removal or keeping predicate, then a health outcome as its object, then the term at the end of the clause: 'took my
 * back pain away completely', 'keeps the weight off for good', 'sorted out my heel pain once and for all'. Intransitive
 * natural history ('the rash clears up completely') has the outcome before the verb, not after it.
 */
const REMOVAL_VERB =
  /\b(?:(?:take|takes|taking|taken|took|keep|keeps|keeping|kept|knock|knocks|knocked|chase|chased|chases|kick|kicks|kicked|send|sends|sent|drive|drives|drove|driven)(?:\s+[a-z-]+){0,5}?\s+(?:away|off|out(?!\s+of\b)|at\s+bay)|(?:get|gets|got|getting|gotten)\s+rid\s+of|clear|clears|cleared|clearing|fix|fixes|fixed|fixing|sort|sorts|sorted|sorting|banish|banishes|banished|beat|beats|beaten|resolve|resolves|resolved|solve|solves|solved|stop|stops|stopped|end|ends|ended|cure|cures|cured|heal|heals|healed|erase|erases|erased|erasing)\b/gi;
function removalBefore(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  const c = cues[k];
  // The health object: the last condition or symptom cue before the term in its clause, within eight words of it (or a
  // keeping predicate read with its object, 'keeps colds away').
  let object = -1;
  for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) {
    const kind = cues[j].kind;
    if (kind === COMMA) break;
    if (kind === K.bad || kind === K.disease || ((kind === K.causal || kind === K.verb) && cues[j].end + 2 >= c.start && KEEPING.test(cueText(text, cues[j])))) {
      object = j;
      break;
    }
  }
  if (object < 0 || wordsBetween(text, cues[object].end, c.start) > 8) return false;
  if (cues[object].kind === K.causal || cues[object].kind === K.verb) return !isImperative(text);
  // The verb: starts in the twelve words before the object and ends before the term (a particle may follow the object:
  // 'took my pain away').
  const from = wordWindowStart(text, cues[object].start, 12);
  const span = text.slice(from, c.start);
  REMOVAL_VERB.lastIndex = 0;
  let verbEnd = -1;
  for (let m = REMOVAL_VERB.exec(span); m && m.index < cues[object].start - from; m = REMOVAL_VERB.exec(span)) verbEnd = from + m.index + m[0].length;
  if (verbEnd < 0) return false;
  // No clause boundary between the verb and its object.
  for (let j = object - 1; j >= 0 && cues[j].start >= from; j--) if (cues[j].kind === BOUNDARY && cues[j].start < cues[object].start && cues[j].start >= verbEnd - 1) return false;
  return !isImperative(text);
}
/** A keeping predicate read with its object as one cue ('keeps colds away', 'keep the cramps at bay'). */
const KEEPING = /^(?:keep|keeps|kept|keeping)\s.*\s(?:away|off|at\s+bay)$/i;

/** Object pronouns and people in someone's care as the object of 'cure'/'heal' ('cured me', 'healed my son'). */
const PERSON_OBJECT = /\s+(?:me|him|her|us|them|you|(?:my|his|her|our|your|their)\s+(?:son|daughter|husband|wife|partner|mum|mom|mother|dad|father|child|children|kids|baby|boy|girl|brother|sister|friend|grandson|granddaughter|patients?|clients?))(?=\s*(?:[.,;:!?)]|$)|\s+(?:completely|totally|fully|entirely|for|in|within|after|of|and|but|forever|permanently|overnight|too|again|now|at|when|with|without)\b)/iy;
/** A person as the subject of a passive or a state: 'I was (completely) cured', 'she is healed', 'we feel cured'. */
const PERSON_STATE = /\b(?:i|you|he|she|we|they)\s+(?:am|'m|\u2019m|is|'s|\u2019s|are|'re|\u2019re|was|were|have\s+been|has\s+been|had\s+been|feel|feels|felt|will\s+be|got|get)\s+(?:(?:now|completely|totally|fully|finally|basically|officially|100%|truly|entirely)\s+)?$/i;

/**
 * Round 5: 'cure' and 'heal' with a person as their object ('acupuncture cured me completely', 'Reiki healed my son') or
 * a person as the subject of their passive ('I was completely cured'): the person is the one cured, and the cure is
 * promised as surely as with a named condition. 'cured ham' and 'the bacon is cured' have no person.
 */
function curedPerson(text: string, cues: Cue[], k: number, entry: AbsoluteEntry): AbsoluteTerm | null {
  const c = cues[k];
  const w = cueText(text, c).toLowerCase();
  if (!/^(?:cur|heal)[a-z]*$/.test(w)) return null;
  PERSON_OBJECT.lastIndex = c.end;
  const passive = w.endsWith('ed') && PERSON_STATE.test(text.slice(Math.max(0, c.start - 40), c.start));
  if (!passive && !PERSON_OBJECT.test(text)) return null;
  // The verb's form picks the hedged rewrite; a modal before it joins the replaced span ('will cure you' -> 'may help you').
  const pb = prevWordBounds(text, c.start);
  const pw = pb ? text.slice(pb[0], pb[1]).toLowerCase() : '';
  let start = c.start;
  let replacement = 'may help';
  if (passive) replacement = 'much better';
  else if (w.endsWith('ed')) replacement = 'helped';
  else if (w.endsWith('ing')) replacement = 'helping';
  else if (pw === 'to') replacement = 'help';
  else if (/^(?:can|will|could|would|does|do|may|might|must|shall)$/.test(pw)) start = pb![0];
  return absoluteTerm(text, c, entry.category, [{ start, end: c.end, text: matchCase(text.slice(start, c.end), replacement) }]);
}

/**
 * Round 13: a passive cure with the complaint as its subject ('my IBS was cured', 'her eczema has been healed', 'his
 * back pain got cured'): 'cured' or 'healed' right after a form of 'be' or 'get', with a health outcome (a condition, a
 * symptom, a body part; a side effect only when owned: 'my nausea') ending at most three words before that verb. As cure
 * language as 'cured my IBS'. The rewrite states the change without the promise ('my IBS was much better').
 */
const R13_PASSIVE_AUX = /(?:^|\s)(?:was|were|is|are|been|be|being|got|gets|get|getting)\s+(?:(?:now|finally|basically|officially|truly|actually|just)\s+)?$/i;
function round13CuredComplaint(text: string, cues: Cue[], k: number, entry: AbsoluteEntry): AbsoluteTerm | null {
  const c = cues[k];
  if (!/^(?:cured|healed)$/i.test(cueText(text, c))) return null;
  const aux = R13_PASSIVE_AUX.exec(text.slice(Math.max(0, c.start - 40), c.start));
  if (!aux) return null;
  const auxStart = c.start - aux[0].length + (aux[0].charCodeAt(0) <= 32 ? 1 : 0);
  const p = k > 0 ? cues[k - 1] : null;
  if (!p || !HEALTH_KINDS.has(p.kind) || p.end > auxStart || p.end < wordWindowStart(text, auxStart, 3)) return null;
  if (p.kind === K.side && !/\b(?:my|his|her|their|your|our)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(Math.max(0, p.start - 30), p.start))) return null;
  return absoluteTerm(text, c, entry.category, [{ start: c.start, end: c.end, text: matchCase(cueText(text, c), 'much better') }]);
}

/**
 * Round 13: how long a treatment takes to act, said with an impersonal 'it' ('It usually takes six to twelve weeks to
 * notice a difference', 'It can take a month before you feel the benefit', 'It may take a few weeks for the tablets to
 * start working'): patient information about onset, not a claim, when what is awaited names no health outcome (a
 * difference, the benefit, working). 'It takes two weeks for LDN to ease the pain' names one and stays a claim.
 */
const R13_ONSET = /^\s*["'\u201c*_]*it\s+(?:(?:can|may|might|will|could|does|often|usually|normally|typically|generally|commonly|sometimes|also)\s+){0,2}(?:takes?|took)\s+(?:(?:up\s+to|at\s+least|around|about|roughly|several|a\s+few|some|a\s+couple\s+of|between|anything\s+from|a|an|one|two|three|four|five|six|eight|ten|twelve|\d+|to|and|or)\s+){0,6}(?:days?|weeks?|months?|years?|sessions?|treatments?|doses?|courses?)\s+(?:or\s+(?:so|more|longer)\s+)?(?:for\s+(?:[a-z-]+\s+){1,4}?)?(?:to|before)\s/i;
function round13Onset(text: string, cues: Cue[], cue: Cue): boolean {
  if ((text.charCodeAt(firstWordStart(text)) | 32) !== 105) return false; // 'I' or 'i': 'It'
  const m = R13_ONSET.exec(text);
  if (!m || cue.start < m.index + m[0].length) return false;
  for (const o of cues) if (o.start >= m.index + m[0].length && (o.kind === K.good || o.kind === K.bad || o.kind === K.disease || o.kind === K.body)) return false;
  return true;
}

let r16Course: RegExp | null = null;
/**
 * Round 16 (lead): the natural course of a complaint, timed by a stage of life or a bodily event (claims-context.json
 * round16LeadCourse) and not by a treatment: 'Her hot flushes eased off after the menopause', 'Headaches often ease when
 * the blood sugar comes back up', 'I slept through the night for the first time in years after the baby finally
 * settled'. The anchor follows the claim's cue and the sentence names no treatment (treatmentTaken): what improved it was
 * the body or life. 'My hot flushes eased off after a month on HRT' names one and stays a claim. Read only when a claim
 * was found.
 */
function round16LifeEventCourse(text: string, cues: Cue[], cue: Cue): boolean {
  r16Course ??= new RegExp(
    `\\b(?:after|once|when|as\\s+soon\\s+as|since|by)\\s+(?:(?:the|my|her|his|their|your|our)\\s+)?(?:${alternation(contextData.round16LeadCourse.events)})(?![a-z-])`,
    'i',
  );
  if (!r16Course.test(text.slice(cue.end)) || treatmentTaken(text, cues) || R9_TREATED.test(text)) return false;
  // A medicine named by its ending ('Citalopram was my saviour after the birth'; claims-outcomes.json suffixes.drug and
  // round14CCompare.drugStems) is a treatment too.
  r16DrugWord ??= new RegExp(`\\b[a-z]{3,}(?:${[...outcomesData.suffixes.drug, ...outcomesData.round14CCompare.drugStems].join('|')})\\b`, 'i');
  return !r16DrugWord.test(text);
}
let r16DrugWord: RegExp | null = null;

/** Round 13: 'my IBS was cured' read as one story cue (claims-context.json testimonial): its last word is cure language. */
const R13_STORY_CURED = /^(?:my|her|his|their)(?:\s+[a-z-]+){1,2}\s+(?:is|are|was|were)\s+(cured)$/i;
function round13CuredInStory(text: string, c: Cue): AbsoluteTerm | null {
  const m = R13_STORY_CURED.exec(cueText(text, c));
  if (!m || CURED_FOOD.test(` ${cueText(text, c).split(/\s+/)[1]}`)) return null; // 'his ham was cured'
  const start = c.end - m[1].length;
  return absoluteTerm(text, { kind: K.abs, start, end: c.end }, 'cure', [{ start, end: c.end, text: matchCase(m[1], 'much better') }]);
}

function absoluteRewrites(text: string, c: Cue, entry: AbsoluteEntry, object: Cue | null, lex: ClaimLexicon): Rewrite[] {
  const out: Rewrite[] = [];
  const matched = text.slice(c.start, c.end);
  let templates: string[];
  let start = c.start;
  if (entry.verb) {
    // The verb's form picks the template; a modal before it joins the replaced span ('can cure' -> 'may ease').
    const w = matched.toLowerCase();
    let form = /ed$/.test(w.split(/\s+/)[0]) || /^(?:got|wiped)\b/.test(w) ? 'past' : /ing$/.test(w.split(/\s+/)[0]) ? 'ing' : 'present';
    const pb = prevWordBounds(text, c.start);
    const pw = pb ? text.slice(pb[0], pb[1]).toLowerCase() : '';
    if (form === 'present') {
      if (pw === 'to') form = 'base';
      else if (/^(?:can|will|could|would|does|do|may|might|must|shall)$/.test(pw)) start = pb![0];
    }
    templates = entry.rewrites[form] ?? entry.rewrites.present ?? [];
  } else templates = entry.rewrites.any ?? [];
  let objectText = '';
  let objectEnd = c.end;
  if (object) {
    // The object noun phrase: from the end of the trigger to the end of the outcome word.
    objectText = text.slice(c.end, object.end).replace(/\s+/g, ' ').trim();
    objectEnd = object.end;
  }
  const fn = object ? lex.functions.get(text.slice(object.start, object.end).replace(/\s+/g, ' ').toLowerCase()) : undefined;
  const tail = matched
    .replace(/^\S+\s+/, '')
    .replace(/^(?:(?:all|every|100 ?%|99(?:\.9+)? ?%|of|the|your|harmful|bad)\s+)+/i, '');
  const seen = new Set<string>();
  for (const t of templates) {
    if (t.includes('{function}') && !fn) continue;
    if (t.includes('{object}') && !objectText) continue;
    const usesObject = t.includes('{object}') || t.includes('{function}');
    const lead = leadBeforeNegation(matched);
    let s = t.replace('{function}', fn ?? '').replace('{object}', objectText).replace('{tail}', tail).replace('{lead}', lead);
    let rs = start;
    let re = usesObject ? objectEnd : c.end;
    if (s === '') {
      // Removal: take one adjacent space with the word.
      if (rs > 0 && text[rs - 1] === ' ') rs--;
      else if (text[re] === ' ') re++;
    }
    s = matchCase(text.slice(rs, re).trimStart(), s);
    const key = `${rs}:${re}:${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: rs, end: re, text: s });
  }
  return out;
}

function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (/^[A-Z][a-z]/.test(original) || (/^[A-Z]$/.test(original[0] ?? '') && original.length === 1)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

// ---------------------------------------------------------------- attribution

function isVagueAttribution(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, lex: ClaimLexicon): boolean {
  const c = cues[k];
  // 'this study found', 'our research shows', 'the Nurses' Health Study found' name their source.
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (lex.specific.test(before)) return false;
  // Part of a name mid-sentence: 'the American College of Surgeons confirm', 'Jefferson Hospital surgeons found'.
  if (isCapitalisedMidSentence(text, c.start)) return false;
  const pw = prevWordBounds(text, c.start);
  if (pw && isCapitalisedMidSentence(text, pw[0])) return false;
  // 'what the research says', 'how experts decide': an indirect question, not an attribution.
  if (/^(?:what|how|whether|why|when|if|where|which)$/.test(prevWord(text, c.start))) return false;
  const neg = facts.clauseNeg[k];
  if (neg >= 0 && cues[neg].end >= wordWindowStart(text, c.start, 3)) return false; // a negation at most three words before
  // 'studies have not shown' is matched as a phrase only without the negation; 'no studies' is excluded above.
  return true;
}

/** The word at pos starts with a capital letter and is not the first word of the sentence. */
function isCapitalisedMidSentence(text: string, pos: number): boolean {
  const ch = text.charCodeAt(pos);
  return ch >= 65 && ch <= 90 && /[A-Za-z0-9]/.test(text.slice(0, pos)) && !R11_NOTE_LABEL.test(text.slice(0, pos));
}
/**
 * Round 11 (B): a letter's or a post's label before the first word ('P.S.', 'P.P.S.', 'N.B.', 'Note:', 'Update:') opens the
 * sentence that follows it: the capital after it is a sentence's first letter, not part of a name ('P.S. Scientists have known').
 */
const R11_NOTE_LABEL = /^\s*["'\u201c*_]*(?:p\.?\s?p\.?\s?s|p\.?\s?s|n\.?\s?b|note|update|edit|tip|fyi)[.:\u2013\u2014-]?\s*$/i;

// ---------------------------------------------------------------- documents

const analysisCache = new WeakMap<ParsedDocument, { key: string; infos: ClaimInfo[] }>();

/** The claims settings as a string, once per settings object (three rules ask for the analysis of each draft). */
const settingsKeys = new WeakMap<object, string>();
function settingsKey(settings: ResolvedConfig['claims']): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) settingsKeys.set(settings, (key = JSON.stringify(settings)));
  return key;
}

/**
 * Analyse every prose sentence of a document. Returns one entry per sentence that states a relation, makes a claim,
 * or uses absolute or attribution language (other sentences are left out). Reference lists and footnote definitions
 * are not read (a cited title is not a claim). Cached per document and claims configuration.
 */
export function analyzeClaims(doc: ParsedDocument, config: ResolvedConfig): ClaimInfo[] {
  const settings = config.claims;
  const key = settingsKey(settings);
  const hit = analysisCache.get(doc);
  if (hit && hit.key === key) return hit.infos;
  const lex = lexiconFor(settings);
  const infos: ClaimInfo[] = [];
  const referenceBlocks = referenceBlockIndexes(doc);
  const skipped = new Set<ProseBlock>(doc.blocks.filter((b, i) => referenceBlocks.has(i) || b.containers.includes('footnoteDefinition')));
  let structure: StructureReader | null = null;
  let claimBlock: ProseBlock | null = null; // the block of the last sentence read as a claim
  for (const s of doc.sentences) {
    if (skipped.has(s.block)) continue;
    // Round 13: a speaker's label before the sentence (a forum handle, a name in a chat or an interview) is read apart.
    const label = speakerLabelEnd(s.text);
    let c = classifyRemembered(label ? s.text.slice(label) : s.text, lex);
    let off = s.start + label;
    // Round 5: a benefit fragment in a list or table, a 'Label: benefits' line, a change in a testimonial quote.
    if (!c.claim && !c.absoluteTerms.length && !c.attributions.length && structureCandidate(s)) {
      structure ??= new StructureReader(doc, (t) => classifyRemembered(t, lex));
      const read = structure.read(s, c);
      if (read) {
        c = read;
        off = s.start; // read from the whole sentence
      }
    }
    // Round 14 (lead): a testimony whose treatment was named before it (see discourseReading).
    if (!c.claim && !c.absoluteTerms.length && !c.attributions.length) {
      const read = discourseReading(s, claimBlock, lex);
      if (read) {
        c = read.c;
        off = read.off;
      }
    }
    if (c.claim || c.absoluteTerms.length) claimBlock = s.block;
    if (c.strength === 'none' && !c.claim && !c.absoluteTerms.length && !c.attributions.length) continue;
    const citations = citationsFor(s, settings.citationScope);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + off, end: x.end + off });
    infos.push({
      ...c,
      start: s.start,
      end: s.end,
      text: s.text,
      hedges: c.hedges.map(shift),
      predicate: c.predicate ? { ...shift(c.predicate), head: shift(c.predicate.head), modal: c.predicate.modal ? shift(c.predicate.modal) : null } : null,
      absolute: c.absoluteTerms.length > 0,
      absoluteTerms: c.absoluteTerms.map((t) => ({ ...shift(t), rewrites: t.rewrites.map(shift) })),
      attributions: c.attributions.map(shift),
      supported: citations.length > 0,
      citations,
      heading: s.block.kind === 'heading',
      allowed: c.notClaim === 'allowed' || isAllowed(s.text, lex),
    });
  }
  analysisCache.set(doc, { key, infos });
  return infos;
}

/**
 * Round 14 (lead): the discourse licence of a testimony. Stories about a treatment often name it once and then tell the
 * outcome in sentences of their own ('I bought the serum in March. After six weeks my rosacea had calmed right down.'),
 * which read alone are the natural course of a complaint, and the classifier keeps those silent on purpose. Inside a
 * testimony (a block quote, or a sentence opening with a quotation mark) or after a claim in the same paragraph, a
 * personal account of a complaint (a personal pronoun or possessive: 'my', 'his', 'your', 'we'…; not a habit, a season or
 * a time of life: 'As a child my eczema usually cleared in the summer'; not an outcome that did not last; not in a block that
 * asks a question) is read as if it began 'Since starting the treatment, ': if that reading is a claim, the sentence is reported, with the spans of its
 * own words (a span inside the supplied words is dropped, so a quick fix never edits outside the sentence).
 */
const DISCOURSE_PREFIX = 'Since starting the treatment, ';
/** A personal account: a first, second or third person pronoun or possessive as a word. */
const PERSONAL = /\b(?:i|i'[a-z]+|i\u2019[a-z]+|my|me|we|our|us|you|your|he|his|him|she|her|they|their|them)\b/i;
const OPENING_QUOTE = /^["\u201c]/;
/** An outcome that did not last ('cleared for a while', 'then the rash came back'): an episode, not a treatment's result. */
const TEMPORARY = /\b(?:for\s+a\s+(?:while|bit|time|few\s+(?:days|weeks|months))|temporarily|briefly|only\s+for\s+a|then\s+(?:[a-z']+\s+){0,3}(?:came|come|comes)\s+back|then\s+(?:[a-z']+\s+){0,3}returned)\b/i;
/** A habit, a season or a time of life: the natural course, not an outcome after a treatment ('As a child my eczema usually cleared in the summer'). */
const HABITUAL = /\b(?:usually|normally|typically|generally|often|sometimes|tends?\s+to|tended\s+to|used\s+to|would\s+always|as\s+an?\s+(?:child|kid|teenager|teen|baby|toddler|student)|when\s+(?:i|he|she|we)\s+was\s+(?:little|young|small|a\s+child)|every\s+(?:summer|winter|spring|autumn|year)|in\s+(?:the\s+)?(?:summer|winter|spring|autumn)(?:time)?\b)/i;

function discourseReading(s: Sentence, claimBlock: ProseBlock | null, lex: ClaimLexicon): { c: ClaimClassification; off: number } | null {
  const quote = OPENING_QUOTE.test(s.text) ? 1 : 0;
  // Round 15 (B): also inside a quotation opened earlier in the block, in a section of testimonies, or after an opening
  // 'Since she started X,' that names the treatment (see round15BLicence).
  if (s.block.kind === 'heading' || !(claimBlock === s.block || quote || s.block.containers.includes('blockquote') || round15BLicence(s, lex))) return null;
  const body = s.text.slice(quote);
  if (body.length < 12 || /\?[\s"'\u201d\u2019]*$/.test(body) || !PERSONAL.test(body) || HABITUAL.test(body) || TEMPORARY.test(body)) return null;
  // A block that asks something is a reader's letter or a question, not a testimony ('> My skin cleared last year. Could
  // diet be the reason?').
  if (s.block.text.includes('?')) return null;
  // Round 15 (B): an opening 'since' clause that names no start of a treatment credits something else, a move or a stage
  // of life ('Since we moved house, my sleep has been much better'; 'Since she started school, …').
  if (R15B_SINCE_CLAUSE.test(body) && !round15BSinceEnd(body, false, lex)) return null;
  const first = body.charCodeAt(0);
  // 'I' stays a capital; other openers are lower-cased to follow the supplied clause.
  // Round 15 (B): an opening clause of starting a treatment is set aside before the account is read (round15BReading).
  if (round15BSinceEnd(body, false, lex) > 0) return round15BReading(s, body, quote, lex);
  const lowered = first >= 65 && first <= 90 && !/^I\b/.test(body) ? body[0].toLowerCase() + body.slice(1) : body;
  const c = classifyRemembered(DISCOURSE_PREFIX + lowered, lex);
  if (!c.claim && !c.absoluteTerms.length) return round15BReading(s, body, quote, lex);
  const own = (x: { start: number }): boolean => x.start >= DISCOURSE_PREFIX.length;
  if (c.predicate && !own(c.predicate)) return null;
  const absoluteTerms = c.absoluteTerms.filter(own).map((t) => ({ ...t, rewrites: t.rewrites.filter(own) }));
  if (!c.claim && !absoluteTerms.length) return null;
  return { c: { ...c, absoluteTerms, hedges: c.hedges.filter(own), attributions: c.attributions.filter(own), cues: [...c.cues, 'discourse'] }, off: s.start + quote - DISCOURSE_PREFIX.length };
}

// ---------------------------------------------------------------- round 15 (B): testimonies told after their treatment

/**
 * Round 15 (B): three more licences of the discourse reading (discourseReading) besides a block quote, a quoted sentence
 * and a claim before it in the paragraph:
 * - a sentence inside a quotation opened by an earlier sentence of its block ('"I came the week after Dad was diagnosed.
 *   Within a few months I'd stopped feeling like …"'): the whole quotation is the testimony, not only its first sentence;
 * - a section of testimonies: its heading names people who use a service and a verb of saying ('What our regulars say',
 *   'WHAT MEMBERS SAY') or the testimonies themselves ('Reviews', 'In their own words') (claims-testimonials.json round15B);
 * - an opening clause of starting that names the treatment ('Since she started rinsing after each school day, …'), unless
 *   what was started is a stage of life or a habit (round15B.notStarted: 'Since she started school, …').
 */
function round15BLicence(s: Sentence, lex: ClaimLexicon): boolean {
  return round15BInQuotation(s) || round15BSectionRe().test(s.block.section) || round15BSinceEnd(s.text.slice(OPENING_QUOTE.test(s.text) ? 1 : 0), true, lex) > 0;
}

/** Inside a quotation opened before the sentence in its block: a curly opening mark not closed yet, or an odd number of straight ones. */
function round15BInQuotation(s: Sentence): boolean {
  const before = s.block.text.slice(0, Math.max(0, s.start - s.block.start));
  const open = before.lastIndexOf('\u201c');
  if (open >= 0 && open > before.lastIndexOf('\u201d')) return true;
  let n = 0;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

let r15bSection: RegExp | null = null;
function round15BSectionRe(): RegExp {
  const t = testimonialData.round15B;
  return (r15bSection ??= new RegExp(
    `\\b(?:(?:${alternation(t.sectionPeople)})\\s+(?:say|said|tell\\s+us|told\\s+us|think|are\\s+saying|have\\s+said)(?![a-z-])|(?:${alternation(t.sectionWords)})(?![a-z-]))`,
    'i',
  ));
}

/** 'Since she started', 'Ever since I began', 'Since we switched to': the clause of starting, up to what was started. */
const R15B_SINCE = /^(?:ever\s+)?since\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\s+[a-z]+)\s+(?:(?:first|finally)\s+)?(?:started|began|switched\s+to|(?:has|have|had)\s+been\s+(?:taking|using|doing|having|on))(?:\s+|(?=,))/i;
/** An opening 'since' clause with a subject of its own ('Since we moved house', 'Since she started school'). */
const R15B_SINCE_CLAUSE = /^(?:ever\s+)?since\s+(?:i|she|he|we|they|you|(?:my|her|his|our|their)\s+[a-z]+)\s+[a-z]/i;
let r15bNotStarted: RegExp | null = null;
/**
 * The end of an opening 'Since <person> started <a treatment>,' (after its comma and white space), or 0. `named`: the
 * treatment must be named in it (not 'Since I started,' nor 'Since she started wearing them,').
 */
function round15BSinceEnd(body: string, named: boolean, lex: ClaimLexicon): number {
  const c0 = body.charCodeAt(0);
  if (c0 !== 83 && c0 !== 115 && c0 !== 69 && c0 !== 101) return 0; // 'S', 's', 'E', 'e'
  const m = R15B_SINCE.exec(body);
  if (!m) return 0;
  r15bNotStarted ??= new RegExp(`^(?:${alternation(testimonialData.round15B.notStarted)})(?![a-z-])`, 'i');
  const what = body.slice(m[0].length);
  if (what.charCodeAt(0) === 44 /* , */) return named ? 0 : m[0].length + /^,\s*/.exec(what)![0].length;
  // A stage of life, or a pronoun that leaves the treatment to the sentences before ('Since she started wearing them').
  if (r15bNotStarted.test(what) || (named && /^(?:[a-z]+ing\s+)?(?:it|them|this|that|those|these)\b/i.test(what))) return 0;
  // The clause ends at its comma, at most ten words on.
  const comma = /^(?:[a-z0-9'\u2019-]+\s+){0,9}?[a-z0-9'\u2019-]+,\s+/i.exec(what);
  if (!comma) return 0;
  // Taking, using or getting something names a treatment only with one named ('taking the bus' is none; round 14 (A)).
  if (/^(?:taking|using|having|getting|catching|doing)\s/i.test(what)) {
    const from = m[0].length;
    const to = from + comma[0].length;
    if (!r14aLicensed(body, scan(body, lex), from, to)) return 0;
  }
  return m[0].length + comma[0].length;
}

/**
 * An opening phrase of time, up to its comma or to the subject of the clause after it ('After two years of creams that did
 * nothing, ', 'Within a few months of coming here ' before 'I'd stopped …').
 */
const R15B_TIME_OPENER = /^(?:after|within|in|over)\s+(?:[a-z0-9'\u2019-]+\s+){0,11}?[a-z0-9'\u2019-]+(?:,\s+|\s+(?=(?:i|i['\u2019][a-z]+|she|he|we|they|my|her|his|our|their)\s))/i;

let r15bFrames: RegExp[] | null = null;
/**
 * Round 15 (B): a personal account told after its treatment that the classifier keeps silent alone, each a change for the
 * better in a testimony:
 * - a part of the body or a function in a good state ('My digestion has been brilliant ever since', 'her skin is clear');
 * - fewer episodes of a complaint ('she's had far fewer sinus infections', 'I've had hardly any flares');
 * - a complaint's frequency brought down ('They're down to one a month'; 'they' or 'it' stands for a complaint named
 *   earlier in the block);
 * - a measure of the body come down ('my blood pressure has come right down');
 * - a feeling of distress stopped, after an opening phrase of time ('Within a few months I'd stopped feeling like I was drowning');
 * - a person made to do again by the treatment, a causative 'have' ('had me sleeping through the night').
 */
function round15BFrameRes(): RegExp[] {
  if (r15bFrames) return r15bFrames;
  const t = testimonialData.round15B;
  const count = alternation(testimonialData.countSymptoms);
  const symptoms = alternation(reportedData.symptoms);
  return (r15bFrames = [
    new RegExp(
      `\\b(?:my|her|his|our|their|your)\\s+(?:[a-z'\\u2019-]+\\s+){0,2}?(?:${alternation(t.bodies)}|${alternation(reportedData.positiveStates)})(?:\\s+(?:has|have|had)\\s+|['\\u2019]s\\s+|\\s+)(?:been|felt|feels?|is|are|was|were|seems?|seemed|stayed|stays?|looks?|looked)\\s+(?:(?:so|really|absolutely|just|totally|completely|perfectly|pretty|much|far|a\\s+lot|amazingly|incredibly|fully)\\s+)?(?:${alternation(t.goodStates)})(?![a-z-])`,
      'i',
    ),
    new RegExp(
      `\\b(?:had|have|has|get|gets|got|getting|suffered|suffer|suffers)\\s+(?:(?:far|much|a\\s+lot|way|many|significantly|noticeably)\\s+)?(?:fewer|less|hardly\\s+any|barely\\s+any)\\s+(?:[a-z-]+\\s+){0,2}(?:${count}|${symptoms})(?![a-z-])`,
      'i',
    ),
    new RegExp(
      `\\b(?:(they|it|these|those)|(?:my|her|his|our|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:${count}))(?:['\\u2019](?:re|s)|\\s+(?:are|is|were|was|have\\s+come|has\\s+come|came|have\\s+gone|has\\s+gone|went))\\s+(?:now\\s+)?down\\s+to\\s+(?:just\\s+|only\\s+|about\\s+)?(?:one|two|three|four|a\\s+couple|a\\s+handful|once|twice|\\d+)\\s+(?:or\\s+(?:two|three|so)\\s+)?(?:a|per|every|each)\\s+(?:(?:couple\\s+of|few)\\s+)?(?:days?|weeks?|fortnights?|months?|years?|terms?|seasons?)(?![a-z-])`,
      'i',
    ),
    new RegExp(
      `\\b(?:my|her|his|our|their|your)\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(t.measures)})(?:\\s+(?:has|have|had)\\s+|['\\u2019]s\\s+|\\s+)(?:come|came|gone|went|dropped|fallen|fell)\\s+(?:(?:right|way|all\\s+the\\s+way|right\\s+back|back)\\s+)?down(?![a-z-])`,
      'i',
    ),
    /\b(?:i|she|he|we|they)(?:['\u2019]d|['\u2019]ve|['\u2019]s|\s+had|\s+have|\s+has)?\s+(?:(?:finally|completely|just)\s+)?stopped\s+feeling\s+(?:like|as\s+if|as\s+though)\s/i,
    /\b(?:had|has|have|got|gets)\s+(?:me|her|him|us|them)\s+(?:back\s+)?(?:sleeping|walking|running|swimming|cycling|breathing|dancing|eating|training|gardening|playing)\s+(?:again|through\s+the\s+night|like\s+a\s+(?:baby|log)|properly|normally|pain-free)(?![a-z-])/i,
  ]);
}

/**
 * Round 15 (B): the discourse reading when 'Since starting the treatment, ' + the sentence is no claim: an opening clause
 * of starting or of time is set aside and the rest read with the prefix again ('After two years of creams that did
 * nothing, my skin cleared in five months'), else the frames of round15BFrameRes are looked for in the rest.
 */
function round15BReading(s: Sentence, body: string, quote: number, lex: ClaimLexicon): { c: ClaimClassification; off: number } | null {
  let at = round15BSinceEnd(body, false, lex);
  if (!at) {
    const m = R15B_TIME_OPENER.exec(body);
    if (m) at = m[0].length;
  }
  const rest = body.slice(at);
  if (at > 0 && rest.length >= 8) {
    const lowered = /^I\b/.test(rest) ? rest : rest[0].toLowerCase() + rest.slice(1);
    const c = classifyRemembered(DISCOURSE_PREFIX + lowered, lex);
    const own = (x: { start: number }): boolean => x.start >= DISCOURSE_PREFIX.length;
    if (c.claim && c.predicate && own(c.predicate)) {
      return {
        c: { ...c, absoluteTerms: c.absoluteTerms.filter(own).map((t) => ({ ...t, rewrites: t.rewrites.filter(own) })), hedges: c.hedges.filter(own), attributions: c.attributions.filter(own), cues: [...c.cues, 'discourse'] },
        off: s.start + quote + at - DISCOURSE_PREFIX.length,
      };
    }
  }
  const frames = round15BFrameRes();
  for (let f = 0; f < frames.length; f++) {
    const m = frames[f].exec(rest);
    if (!m) continue;
    // 'They're down to one a month': the pronoun stands for a complaint named before it in the block.
    if (f === 2 && m[1] && !round15BComplaintBefore(s)) continue;
    // 'I'd stopped feeling like a burden' is told of a treatment only after an opening phrase of time or of starting one
    // ('Within weeks of joining the group, …'); alone it follows any change of life.
    if (f === 4 && at === 0) continue;
    const start = m.index;
    const end = m.index + m[0].trimEnd().length;
    const span = { start, end, text: rest.slice(start, end) };
    // A hedge of the account before it ('Some of you tell me your energy is better', 'may'), a population hedge above all,
    // makes it a hedged claim; a comparative ('far fewer') is no hedge here.
    const hedges: Span[] = [];
    for (const h of scan(rest.slice(0, start), lex)) if (h.kind === K.hedge || h.kind === K.population) hedges.push({ start: h.start, end: h.end, text: rest.slice(h.start, h.end) });
    if (!hedges.length && /^some\s+of\s+(?:you|us|them)\b/i.test(rest)) hedges.push({ start: 0, end: 11, text: rest.slice(0, 11) });
    const hedged = hedges.length > 0;
    return {
      c: {
        strength: hedged ? 'conditional' : 'direct',
        claim: true,
        cues: ['discourse', `testimonial:${rest.slice(start, end).toLowerCase()}`],
        hedged,
        hedges,
        predicate: { ...span, head: { ...span }, lemma: null, form: 'other', modal: null },
        absoluteTerms: [],
        attributions: [],
        notClaim: null,
      },
      off: s.start + quote + at,
    };
  }
  return null;
}

let r15bComplaint: RegExp | null = null;
/** A countable complaint ('migraines', 'flare-ups') named in the block before the sentence. */
function round15BComplaintBefore(s: Sentence): boolean {
  r15bComplaint ??= new RegExp(`\\b(?:${alternation(testimonialData.countSymptoms)})(?![a-z-])`, 'i');
  return r15bComplaint.test(s.block.text.slice(0, Math.max(0, s.start - s.block.start)));
}

/**
 * Round 13: a speaker's label opening a sentence of a forum thread, a chat or an interview ('dadof3_leeds: A cold flannel
 * works wonders', 'Dr Amy Shaw: Studies show …', 'Q: Does it hurt?'): a handle (one token of letters, digits, '_', '.',
 * '-' or an apostrophe) or one to three capitalised words, a colon, then white space and a capital letter (after an
 * optional quotation mark). The sentence proper starts there: its first word is not a capital mid-sentence, and its
 * openers (an imperative, a story, an attribution) are at its start. A lower-case remainder ('Benefits: less pain') is a
 * labelled fragment, read whole (see claims-structure.ts). Returns the label's length with its white space, or 0.
 */
const SPEAKER_LABEL = /^[ \t]*(?:[A-Za-z][\w.'\u2019-]{0,29}|[A-Z][\w.'\u2019-]{0,29}(?: [A-Z][\w.'\u2019-]{0,29}){1,2}):[ \t]+(?=["'\u201c\u2018]?[A-Z])/;
function speakerLabelEnd(text: string): number {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 96) return 0;
  const m = SPEAKER_LABEL.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The part of an absolute phrase before its "no"/"zero" ("… has absolutely no side effects" → "… has"): what
 * `replace(/\s+(?:absolutely\s+)?(?:no|zero)\b[\s\S]*$/i, '')` gave, found in linear time (a white-space run is
 * entered once, at its last character, instead of once per character).
 */
export function leadBeforeNegation(matched: string): string {
  const m = /\s(?:absolutely\s+)?(?:no|zero)\b/i.exec(matched);
  return m ? matched.slice(0, m.index).trimEnd() : matched;
}

/**
 * Where the first `[^label]:` starts (label: at least one character other than "]"), or -1: what
 * `/\[\^[^\]]+\]:/` found, in linear time (a label ends at the first "]", whatever starts inside it).
 */
export function footnoteDefinitionAt(text: string): number {
  for (let i = text.indexOf('[^'); i >= 0; ) {
    const close = text.indexOf(']', i + 2);
    if (close < 0) return -1;
    if (close > i + 2 && text.charCodeAt(close + 1) === 58 /* : */) return i;
    i = text.indexOf('[^', close === i + 2 ? i + 1 : close + 1);
  }
  return -1;
}

/**
 * Classifications of recent sentences, per lexicon. While a draft is edited (language server), all but the
 * sentence being typed are unchanged between lints: their classification is looked up, not recomputed.
 * Bounded: the table starts over when full. Results are shared, so they are never mutated (analyzeClaims
 * copies what it shifts).
 */
const remembered = new WeakMap<ClaimLexicon, Remembered<ClaimClassification>>();

function classifyRemembered(text: string, lex: ClaimLexicon): ClaimClassification {
  let table = remembered.get(lex);
  if (!table) remembered.set(lex, (table = new Remembered()));
  return table.recall(text, () => classifyWith(text, lex));
}

function isAllowed(text: string, lex: ClaimLexicon): boolean {
  if (!lex.allow.length) return false;
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return lex.allow.some((a) => t.includes(a));
}

/** Citations that support a sentence: in the sentence, or anywhere in its block when the scope is 'paragraph'. */
export function citationsFor(s: Sentence, scope: 'sentence' | 'paragraph' = 'sentence'): Citation[] {
  if (scope === 'paragraph') return s.block.citations;
  return s.block.citations.filter((c) => s.start <= c.start && c.start < s.citationEnd);
}

// ---------------------------------------------------------------- fixes

export const CITATION_PLACEHOLDER = 'TODO: add a source (DOI, PMID or URL)';
const ENTRY_LINE = /^\s*(?:\[\d+\]|\d+[.)])\s/;

/**
 * "Insert citation placeholder" for the sentence ending at `at`: Markdown gets a footnote reference [^n] right after
 * the sentence and a definition
 * `[^n]: TODO: add a source (DOI, PMID or URL)` at the end of the document; plain text gets a [n] marker and an entry
 * under a References heading (added when missing). n is unused; line endings follow the document.
 */
export function citationPlaceholderFix(doc: ParsedDocument, at: number): Fix {
  const plan = placeholderPlan(doc);
  // Markdown: right after an escaping backslash ('proves\ ') the marker would read '\[^n]', a literal bracket that cites
  // nothing. Insert it before that backslash, which keeps escaping (or breaking the line after) what it did before.
  if (doc.kind === 'markdown') {
    let slashes = 0;
    while (at - slashes > 0 && plan.source.charCodeAt(at - slashes - 1) === 92) slashes++;
    if (slashes % 2 === 1) at--;
  }
  const n = String(plan.first);
  const marker = plan.marker.replace('#', n);
  const list = plan.lead + plan.entry.replace('#', n) + plan.tail;
  const edits: TextEdit[] = [{ start: at, end: at, newText: marker }];
  if (plan.listAt === at) edits[0].newText += list;
  else edits.push({ start: plan.listAt, end: plan.listAt, newText: list });
  const { source: _source, ...fields } = plan;
  return { title: `Insert citation placeholder ${marker}`, edits, series: { id: 'citation-placeholder', at, ...fields } };
}

/**
 * Where the next citation placeholder goes: its number, its marker after the sentence (`[^#]` or `[#]`, `#` standing for
 * the number) and its entry in the list of definitions or references (written as lead + entries joined by sep + tail,
 * so that "Fix all" can write several at once).
 */
type PlaceholderPlan = Omit<FixSeries, 'id' | 'at'> & {
  /** The document's text (so that a fix reads the document only through its plan). */
  source: string;
};

const placeholderPlans = new WeakMap<ParsedDocument, PlaceholderPlan>();

/** The next unused number and where its definition goes: computed once per document, whatever the number of claims. */
function placeholderPlan(doc: ParsedDocument): PlaceholderPlan {
  const cached = placeholderPlans.get(doc);
  if (cached) return cached;
  const { eol, text } = doc;
  let plan: PlaceholderPlan;
  if (doc.kind === 'markdown') {
    // Footnote definition at the end of the document, after the other definitions if the document ends with them.
    const used = new Set<string>();
    let max = 0;
    for (const { key: label } of footnoteMarkers(text)) {
      used.add(label.toLowerCase());
      if (/^\d{1,6}$/.test(label)) max = Math.max(max, Number(label));
    }
    let n = max + 1;
    while (used.has(String(n))) n++;
    const trimmed = text.trimEnd();
    const lastLine = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1);
    const afterFootnote = (lastLine.startsWith('[^') && footnoteDefinitionAt(lastLine) === 0) || (/^(?: {4}|\t)/.test(lastLine) && footnoteDefinitionAt(trimmed.slice(-2000)) >= 0);
    const endsWithEol = /(?:\r?\n|\r)$/.test(text);
    const lead = text.length === 0 ? '' : (endsWithEol ? '' : eol) + (afterFootnote ? '' : eol);
    const entry = `[^#]: ${CITATION_PLACEHOLDER}`;
    plan = { first: n, marker: '[^#]', listAt: text.length, lead, entry, sep: eol, tail: eol, source: text };
    // A draft that ends inside a block never closed (a fence or an HTML comment running to the end) would swallow
    // the definition: try the last block with it appended, and if it is not read as a definition, put it before.
    const last = doc.tree?.children[doc.tree.children.length - 1];
    const lastStart = last?.position?.start.offset;
    if (last && (last.type === 'code' || last.type === 'html') && lastStart !== undefined && (last.position?.end.offset ?? 0) >= trimmed.length) {
      const probe = parseMarkdownTree(text.slice(lastStart) + lead + entry.replace('#', String(n)) + eol);
      if (!probe.children.some((c) => c.type === 'footnoteDefinition')) {
        plan = { ...plan, listAt: lastStart, lead: eol, tail: eol + eol };
      }
    }
  } else {
    // Plain text: a numbered entry under the References heading (added when missing).
    let max = 0;
    for (const b of doc.blocks) for (const c of b.citations) if (c.kind === 'numeric') for (const k of c.keys) max = Math.max(max, Number(k) || 0);
    let n = max + 1;
    const entry = `[#] ${CITATION_PLACEHOLDER}`;
    // The references heading: a heading block, or the first line of a paragraph whose entries follow it with no blank
    // line ('References' then 'NICE (2017). Endometriosis …' on the next line), as the reference rules read it too.
    const firstLineEnd = (b: ProseBlock): number => {
      const i = b.text.search(/\r?\n|\r/);
      return i < 0 ? b.text.length : i;
    };
    const inlineHeading = (b: ProseBlock): boolean =>
      b.kind === 'paragraph' && !b.containers.includes('listItem') && firstLineEnd(b) < b.text.length && pseudoReferenceHeading(b.text.slice(0, firstLineEnd(b)), false) !== null;
    const headingIndex = doc.blocks.findIndex((b) => (b.kind === 'heading' && referenceHeadingName(b.text) !== null) || inlineHeading(b));
    if (headingIndex >= 0) {
      // After the last entry of the references section (a closing note after the list stays last), else after its last
      // block. Entries are read in the source, where a block's list marker ('7.') is still there; a short entry line
      // ('[1] Smith 2020') reads like a heading in plain text, and it still belongs to the list.
      const heading = doc.blocks[headingIndex];
      const sourceLine = (b: { start: number; end: number }): string => text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.end);
      let last = heading;
      let firstEntry: typeof heading | null = null;
      let lastEntry: typeof heading | null = null;
      // Entries in the heading's own paragraph: its lines after the first, one entry a line; the style is its last line's.
      const inline = heading.kind !== 'heading';
      if (inline) firstEntry = lastEntry = heading;
      for (let i = headingIndex + 1; i < doc.blocks.length && (doc.blocks[i].kind !== 'heading' || ENTRY_LINE.test(doc.blocks[i].text)); i++) {
        last = doc.blocks[i];
        if (ENTRY_LINE.test(sourceLine(last))) {
          firstEntry ??= last;
          lastEntry = last;
        }
      }
      // Numbered after the list's entries too, cited or not ('2. Jones K.' never cited: the first new one is 3).
      const headingEnd = inline ? heading.start + firstLineEnd(heading) : heading.end;
      for (const m of text.slice(headingEnd, last.end).matchAll(/^[ \t]*(?:\[(\d{1,6})\]|(\d{1,6})[.)])[ \t]/gm)) n = Math.max(n, Number(m[1] ?? m[2]) + 1);
      if (lastEntry) last = lastEntry;
      // One entry a line when the entries have no blank line between them.
      const listStart = firstEntry === heading ? headingEnd : firstEntry?.start ?? 0;
      const listStyle = firstEntry !== null && !/\S\s*(?:\r?\n|\r)\s*(?:\r?\n|\r)/.test(text.slice(listStart, last.end));
      // The new entries number the way the last one does ('7. Bolland MJ …' -> '8. TODO: …').
      const lastEntryLine = lastEntry === heading ? text.slice(Math.max(text.lastIndexOf('\n', heading.end - 1), text.lastIndexOf('\r', heading.end - 1)) + 1, heading.end) : lastEntry ? sourceLine(lastEntry) : '';
      const style = lastEntry ? /^[ \t]*\d+([.)])[ \t]/.exec(lastEntryLine) : null;
      plan = { first: n, marker: '[#]', listAt: last.end, lead: listStyle ? eol : eol + eol, entry: style ? `#${style[1]} ${CITATION_PLACEHOLDER}` : entry, sep: eol, tail: '', source: text };
    } else {
      // After the last text (trailing blank lines stay where they are).
      const at = text.trimEnd().length;
      plan = { first: n, marker: '[#]', listAt: at, lead: `${at ? eol + eol : ''}References${eol}${eol}`, entry, sep: eol, tail: '', source: text };
    }
  }
  placeholderPlans.set(doc, plan);
  return plan;
}

/** "Hedge: 'reduces' -> 'may reduce'" for a direct verb claim; null when the predicate has no simple hedged form. */
export function hedgeFix(info: Pick<ClaimInfo, 'predicate' | 'strength' | 'hedged'>, text: string): Fix | null {
  const p = info.predicate;
  // Direct, or stated as established knowledge ('it is well known that X cures Y': strength none, not hedged).
  if (!p || (info.strength !== 'direct' && !(info.strength === 'none' && !info.hedged))) return null;
  let start = p.head.start;
  let replacement: string | null = null;
  const modal = p.modal?.text.toLowerCase();
  if (p.lemma) {
    if (modal === 'can' || modal === 'will' || modal === 'would') {
      start = p.modal!.start;
      replacement = `may ${text.slice(p.head.start, p.head.end)}`;
    } else if (p.form === 's' || (p.form === 'base' && prevWord(text, p.head.start) !== 'to')) {
      // Not after 'to': 'is known to relieve' has no modal slot ('known to may relieve' is not English).
      replacement = `may ${p.lemma}`;
    }
    else if (p.form === 'ed') replacement = `may have ${text.slice(p.head.start, p.head.end)}`;
  } else {
    const copula = /^(is|are|was|were)\s+/i.exec(p.text);
    if (copula) {
      start = p.start;
      replacement = `${/^(?:was|were)$/i.test(copula[1]) ? 'may have been' : 'may be'} ${p.text.slice(copula[0].length)}`;
    }
  }
  if (!replacement) return null;
  const original = text.slice(start, p.head.end);
  if (/^[A-Z]/.test(original)) replacement = replacement[0].toUpperCase() + replacement.slice(1);
  return { title: `Hedge: '${original.replace(/\s+/g, ' ')}' \u2192 '${replacement}'`, edits: [{ start, end: p.head.end, newText: replacement }] };
}

// ---------------------------------------------------------------- round 5: constructions of blog prose

/** Round 5: claims found by their construction when no relation or reported outcome states one (see each function). */
function round5Outcome(text: string, cues: Cue[]): Reported | null {
  // Cheap looks first (most sentences have none of the words): a health outcome among the cues, a medicine noun at a
  // cue, a capital 'I' in the text.
  let health = false;
  let medicine = false;
  for (const c of cues) {
    if (c.kind < 0) continue;
    if (HEALTH_KINDS.has(c.kind)) health = true;
    // A medicine noun is an intervention or drug cue, or a good or bad outcome before a noun of relief ('mood booster',
    // 'sleep aid', 'stress reliever').
    if (!medicine && MEDICINE_FIRST.has(text.charCodeAt(c.start) | 32) && (c.kind === K.intervention || c.kind === K.drug || ((c.kind === K.good || c.kind === K.bad) && text.charCodeAt(c.end) === 32 && RELIEF_FIRST.has(text.charCodeAt(c.end + 1) | 32)))) {
      MEDICINE_HEAD.lastIndex = c.start;
      medicine = MEDICINE_HEAD.test(text);
    } else if (!medicine && c.kind === K.causalAdj) medicine = text.lastIndexOf('medicine', c.end) >= c.start; // 'best medicine for'
  }
  const w = health || medicine || text.indexOf('I') >= 0 ? round5Words(text) : 0;
  const r = (health && w & W_MAKE ? causativeChange(text, cues) : null) ?? (health && w & W_MEAN ? meansOutcome(text, cues) : null) ?? (medicine ? medicineMetaphor(text, cues) : null);
  if (r) return r;
  if (health && w & W_SEE && w & (W_I | W_WE | W_YOU)) {
    const fp = w & (W_I | W_WE) ? nextWholeWord(text, FIRST_PERSON_WORDS, 0) : -1;
    const you = w & W_YOU ? nextWholeWord(text, YOU_WORDS, 0) : -1;
    const seen = (fp >= 0 ? practitionerSees(text, cues, fp) : null) ?? (you >= 0 ? practitionerSees(text, cues, you, true) : null);
    if (seen) return seen;
  }
  if (health && w & W_SINCE) {
    const since = sinceOwnerCleared(text);
    if (since) return since;
  }
  if (w & W_I && w & W_MEASURE) return measuredTestimonial(text, cues, nextWholeWord(text, FIRST_PERSON_WORDS, 0));
  return AFTER_START.has(text.charCodeAt(0)) ? afterFragment(text) : null;
}

const W_MAKE = 1;
const W_MEAN = 2;
const W_SEE = 4;
const W_I = 8;
const W_WE = 16;
const W_YOU = 32;
const W_SINCE = 64;
const W_MEASURE = 128;
/**
 * One regex pass over text: which of the round-5 constructions' words it holds (a superset: 'make', 'mean', the verbs of
 * perception, 'since', the measured-change words, 'we', 'you', 'I'). Cheaper than an indexOf per word.
 */
function round5Words(text: string): number {
  let w = 0;
  R5_WORDS.lastIndex = 0;
  for (let m = R5_WORDS.exec(text); m; m = R5_WORDS.exec(text)) {
    if (m[1]) w |= W_MAKE;
    else if (m[2]) w |= W_MEAN;
    else if (m[3]) w |= W_SEE;
    else if (m[4]) w |= W_SINCE;
    else if (m[5]) w |= W_MEASURE;
    else if (m[6]) w |= W_WE;
    else if (m[7]) w |= W_YOU;
    else w |= W_I;
  }
  return w;
}
const R5_WORDS = /\b(?:(ma(?:ke|kes|de|king)\b)|(mean)|(see|saw|watch|notic|observ)|([Ss]ince\b)|(lighter|smaller|slimmer|lost|dropped|shed|down|stopped|quit|off\s)|(we|We)\b|(you|You)\b|(I)(?![A-Za-z0-9]))/g;

/** 'means' or 'meant' as a verb, then up to three words to the outcome ('means you drift off faster', 'means fewer coughs'). */
const MEANS_VERB = /\b(?:means|meant|mean(?=\s+(?:fewer|less|lower|more|better|healthier|stronger|you|your)\s))\s+(?:that\s+)?/g;
const MEANS_LESS = /^(?:fewer|less|lower|shorter|milder)$/i;
const MEANS_MORE = /^(?:more|better|healthier|stronger|fitter|deeper|longer|faster|sooner|quicker|easier|calmer|clearer|brighter|improved)$/i;

/**
 * Round 5: 'X means' + a better health outcome states that X brings it: less of a harm ('means fewer night-time coughs',
 * 'means less pain'), more of a good outcome ('means healthier gums in weeks', 'means you drift off faster'). A harm
 * ('means more hot flushes') and a good outcome lost ('means fewer years of life') are not benefits.
 */
function meansOutcome(text: string, cues: Cue[]): Reported | null {
  if (text.indexOf('mean') < 0) return null;
  MEANS_VERB.lastIndex = 0;
  for (let m = MEANS_VERB.exec(text); m; m = MEANS_VERB.exec(text)) {
    const after = m.index + m[0].length;
    if (ARTICLES.has(prevWord(text, m.index))) continue; // 'the mean more than doubled'
    for (const o of cues) {
      if (o.start < after) continue;
      if (o.kind < 0 || wordsBetween(text, after, o.start) > 3) break;
      if (!HEALTH_KINDS.has(o.kind) || o.kind === K.side) continue;
      const before = text.slice(after, o.start).trim().split(/\s+/);
      const adj = before.find((w) => MEANS_LESS.test(w) || MEANS_MORE.test(w)) ?? '';
      const next = nextWord(text, o.end);
      const better = o.kind === K.good || o.kind === K.body ? MEANS_MORE.test(adj) || MEANS_MORE.test(next) : MEANS_LESS.test(adj);
      if (!better || negationBefore(text, cues, m.index)) break;
      return { start: m.index, end: MEANS_MORE.test(next) && !MEANS_MORE.test(adj) ? nextWordEnd(text, o.end) : o.end, groupStart: 0, idiom: true };
    }
  }
  return null;
}

let sinceOwner: RegExp | null = null;
/**
 * Round 5: after a 'Since …' opener of starting a treatment, a third person's symptom that has cleared ('Since switching
 * to the new formula, her colic has settled', 'Since starting the drops, his eczema has cleared up'), like the first
 * person's in changeOfState.
 */
function sinceOwnerCleared(text: string): Reported | null {
  if (!SINCE_STARTING.test(text)) return null;
  sinceOwner ??= new RegExp(`\\b(?:her|his|their|our)\\s+(?:[a-z'\u2019-]+\\s+){0,2}?(?:${alternation(reportedData.symptoms)})\\s+(?:(?:has|have|had)\\s+(?:now\\s+|finally\\s+|completely\\s+|really\\s+)?)?(?:${alternation(reportedData.clearVerbs)})(?![a-z-])`, 'i');
  const o = sinceOwner.exec(text);
  if (!o || /^[^.;:!?]*\bbecause\b/i.test(text.slice(o.index + o[0].length, o.index + o[0].length + 120))) return null;
  return { start: o.index, end: o.index + o[0].length, groupStart: o.index };
}

/** First letters of the relief nouns after an outcome in MEDICINE_HEAD ('booster', 'lifter', 'stabiliser', 'reliever', 'aid'). */
const RELIEF_FIRST = new Set([...'blsra'].map((ch) => ch.charCodeAt(0)));
/** First letters (lower case) of MEDICINE_HEAD's words. */
const MEDICINE_FIRST = new Set([...'maptsdbvo'].map((ch) => ch.charCodeAt(0)));
/** First characters of a before/after fragment ('After:', 'Now:', 'Today:', 'These days:', or markup before them). */
const AFTER_START = new Set([65, 97, 78, 110, 84, 116, 42, 95, 62, 34, 0x201c, 32]);
/** A medicine noun at a cue ('medicine', 'antibiotic', 'painkiller', 'mood booster', 'sleep aid'), sticky. */
const MEDICINE_HEAD = /(?:medicine|pills?\b|tablets?\b|antidepress|painkill|pain\s+reliev|tranquil|sleeping\s+pill|sleep\s+aid|anti-inflamm|antibiotic|antihistamine|mood\s+(?:boost|lift|stabil)|stress\s+reliev|decongest|appetite\s+suppress|multivitamin|botox|viagra|prozac|valium|ozempic)/iy;

const AMOUNT = "(?:(?:over|nearly|almost|about|around|more\\s+than|just\\s+over|a\\s+whole|an\\s+incredible|a\\s+massive)\\s+)?(?:\\d+(?:\\.\\d+)?\\s?|a\\s+|one\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|seven\\s+|eight\\s+|nine\\s+|ten\\s+|twelve\\s+|twenty\\s+|half\\s+a\\s+|a\\s+couple\\s+of\\s+)";
/**
 * A first-person measured body change: 'I am four stone lighter', "I've dropped two dress sizes", 'I have lost 8 kg',
 * "I'm down to a size 12"; a medicine stopped or come off: 'I have stopped reaching for painkillers', "I'm off my blood
 * pressure tablets" (the medicine is checked after the match, see measuredTestimonial).
 */
const FIRST_PERSON_CHANGE = new RegExp(
  `(?:i|we)(?:['\u2019](?:m|ve)|\\s+(?:am|are|was|were|have|had))?(?:\\s+(?:now|finally|already|since|completely|even|officially|just))?\\s+(?:(?:lost|dropped|shed)\\s+${AMOUNT}(?:stone|stones|st|kg|kilos?|kilograms?|pounds|lbs?|dress\\s+sizes?|clothes\\s+sizes?|sizes|inches|cm|%|percent)(?![a-z])|${AMOUNT}(?:stone|stones|st|kg|kilos?|kilograms?|pounds|lbs?|dress\\s+sizes?|sizes)\\s+(?:lighter|down|smaller|slimmer)|down\\s+(?:to\\s+)?(?:a\\s+)?(?:dress\\s+)?size\\s+\\d+|(?:(?:stopped|quit)\\s+(?:needing|reaching\\s+for|relying\\s+on)\\s+(?:(?:my|the|any|all\\s+my|all\\s+the)\\s+)?|(?:(?:come|came|got)\\s+)?off\\s+(?:my|all\\s+my)\\s+)(?=[a-z]))`,
  'iy',
);
/** A before/after fragment with a body measure ('After: size 12'). */
function afterFragment(text: string): Reported | null {
  const a = AFTER_FRAGMENT.exec(text);
  return a ? { start: a.index, end: a.index + a[0].length, groupStart: 0 } : null;
}

/** The words a measured change needs (one look before the full pattern). */
const MEASURED_WORD = /lighter|smaller|slimmer|lost|dropped|shed|down|stopped|quit|off\s/;
/** A before/after fragment with a body measure: 'After: size 12', 'Now: 11 stone'. */
const AFTER_FRAGMENT = /^[\s*_>"\u201c]*(?:after|now|today|these\s+days)\s*[:\u2013\u2014-]\s*(?:a\s+)?(?:size\s+\d+|\d+(?:\.\d+)?\s?(?:kg|kilos|st|stone|lbs?|pounds)(?![a-z]))/i;
/** Weight lost or a medicine stopped through illness or a harm, not a treatment. */
const HARM_REASON = /\b(?:because|due\s+to|side\s+effects?|made\s+me|gave\s+me|ill|illness|sick|sickness|hospital|chemo|chemotherapy|cancer|flu|covid|stress|grief|unwell|worry|infection|pregnan(?:t|cy)|but\s+(?:it|they|my|the))\b/i;

/**
 * Round 5: testimonials of a measured change: a first-person body change measured in stones, kilos or dress sizes ('Eight
 * months on the programme and I am four stone lighter'), a medicine the writer no longer needs ('I have stopped reaching
 * for painkillers', "I'm off my blood pressure tablets"), a before/after fragment ('After: size 12'). Not weight lost or
 * a medicine stopped through illness or a side effect ('I lost a stone when I had flu', 'I stopped taking it because of
 * the nausea').
 */
function measuredTestimonial(text: string, cues: Cue[], fp: number): Reported | null {
  if (!MEASURED_WORD.test(text)) return afterFragment(text);
  for (let at = fp; at >= 0; at = nextWholeWord(text, FIRST_PERSON_WORDS, at + 1)) {
    FIRST_PERSON_CHANGE.lastIndex = at;
    const m = FIRST_PERSON_CHANGE.exec(text);
    if (!m) continue;
    let end = m.index + m[0].length;
    if (/\s$/.test(m[0]) || /(?:my|the|any|all)$/i.test(m[0])) {
      // A medicine must follow ('off my inhaler', 'stopped taking the tablets'), not 'off work' or 'stopped taking it'.
      if (!medicationAt(text, end)) continue;
      end = medicationWord!.lastIndex;
    }
    if (HARM_REASON.test(text) || negationBefore(text, cues, m.index + 1)) continue;
    for (const c of cues) if (c.kind === K.side) return null;
    return { start: m.index, end, groupStart: m.index };
  }
  return afterFragment(text);
}

/** A first-person verb of perception ('we see', 'I have often watched', "we've noticed"), then white space. */
const PRACTITIONER_SEE = /(?:(?:we|i)(?:['\u2019]ve)?|you['\u2019]ll|you\s+will|you\s+should)\s+(?:(?:soon|quickly|probably|likely|start\s+to|begin\s+to)\s+)?(?:(?:often|regularly|routinely|usually|frequently|consistently|always|repeatedly|have|also|now|typically|commonly|then|all|time\s+and\s+again)\s+){0,3}(?:see|saw|seen|watch|watched|notice|noticed|observe|observed)\s+/iy;
/** A bare verb of a symptom lessening or clearing after its subject (sticky, adverbs and up to two words between). */
const SEEN_EASE = /(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?\s+(?:(?:noticeably|quickly|dramatically|significantly|steadily|gradually|markedly|really|visibly|start\s+to|begin\s+to)\s+)?(?:ease\s+off|ease|improve|clear\s+up|clear|settle\s+down|settle|subside|fade|disappear|lift|come\s+down|go\s+down|drop|fall|heal|resolve|vanish|calm\s+down|go\s+away|melt\s+away|shrink|lessen|soften|loosen)(?![a-z-])/iy;
/** A bare verb of a good state returning or improving (sticky). */
const SEEN_RETURN = /(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?\s+(?:(?:noticeably|quickly|dramatically|significantly|steadily|gradually|markedly|really|visibly|start\s+to|begin\s+to)\s+)?(?:improve|return|come\s+back|pick\s+up|recover|rise|increase|get\s+better|deepen|lengthen)(?![a-z-])/iy;
/** People in the writer's care right after the verb of perception ('we see many clients …', "I've watched so many women …"). */
const SEEN_PEOPLE = /(?:(?:my|our|many|most|so\s+many|countless|lots\s+of|plenty\s+of|hundreds\s+of|dozens\s+of|many\s+of\s+(?:my|our))\s+)?(?:clients|patients|people|women|men|children|kids|mums|runners|athletes|regulars|members)\s+/iy;
/** The natural course: a symptom that eases by itself ('we see back pain ease on its own within six weeks'). */
const BY_ITSELF = /\b(?:by\s+itself|by\s+themselves|on\s+its\s+own|on\s+their\s+own|without\s+(?:any\s+)?treatment|naturally|with\s+time|in\s+time|over\s+time)\b/i;

/**
 * Round 5: a practitioner's observation of an outcome: a first-person verb of perception, then a health outcome and a
 * bare verb of its lessening or return ('In the clinic we see chronic back pain ease within three sessions', 'I often
 * watch clients\' sleep improve'), or people in the writer's care and a predicate of improvement ('we see many clients
 * lose weight'). Not negated, not a symptom easing by itself, not a harm ('we see their energy drop').
 */
function perceptionWord(text: string): boolean {
  return text.indexOf('see') >= 0 || text.indexOf('saw') >= 0 || text.indexOf('watch') >= 0 || text.indexOf('notice') >= 0 || text.indexOf('observ') >= 0;
}

function practitionerSees(text: string, cues: Cue[], fp: number, once = false): Reported | null {
  for (let at = fp; at >= 0; at = once ? -1 : nextWholeWord(text, FIRST_PERSON_WORDS, at + 1)) {
    PRACTITIONER_SEE.lastIndex = at;
    const m = PRACTITIONER_SEE.exec(text);
    if (!m) continue;
    const after = m.index + m[0].length;
    let end = -1;
    SEEN_PEOPLE.lastIndex = after;
    const people = SEEN_PEOPLE.exec(text);
    if (people) {
      const { predicate } = reportedRegexes();
      predicate.lastIndex = after + people[0].length;
      const p = predicate.exec(text);
      if (p && p.index === after + people[0].length) end = predicateEnd(text, cues, p, reportedRegexes().comparative);
    }
    if (end < 0) {
      const o = cueFrom(cues, after);
      if (!o || !HEALTH_KINDS.has(o.kind) || wordsBetween(text, after, o.start) > 4) continue;
      const re = o.kind === K.good ? SEEN_RETURN : SEEN_EASE;
      re.lastIndex = o.end;
      const v = re.exec(text);
      if (!v) continue;
      end = o.end + v[0].length;
    }
    if (negationBefore(text, cues, m.index + m[0].length) || BY_ITSELF.test(text.slice(end))) continue;
    return { start: m.index, end, groupStart: 0, idiom: once };
  }
  return null;
}

const MEDICINE_CLASS = '(?:antidepressants?|painkillers?|pain\\s+relievers?|tranquilli[sz]ers?|sleeping\\s+pills?|sleep\\s+aids?|anti-inflammator(?:y|ies)|antibiotics?|antihistamines?|mood\\s+(?:boosters?|lifters?|stabili[sz]ers?)|stress\\s+relievers?|decongestants?|appetite\\s+suppressants?|multivitamins?|botox|viagra|prozac|valium|ozempic)';
/**
 * An activity or food equated with a medicine after a copula: 'is the best medicine (there is) for low mood', 'is a
 * powerful medicine', "is nature's own antidepressant", 'is a natural painkiller'. Not a medicine noun that modifies
 * another ('the best medicine cabinet', 'a free medicine delivery service').
 */
const MEDICINE_METAPHOR = new RegExp(
  `\\b(?:is|are|remains|remain|['\u2019]s)\\s+(?:(?:truly|really|still|simply|often|also|perhaps|probably|arguably|possibly)\\s+)?((?:the\\s+(?:best|finest|greatest|cheapest|oldest|original)|a\\s+(?:great|powerful|wonderful|real|brilliant|fantastic|free|potent)|an\\s+(?:excellent|amazing|underrated))\\s+(?:natural\\s+|free\\s+|form\\s+of\\s+)?medicine|nature['\u2019]s\\s+(?:own\\s+)?(?:medicine|${MEDICINE_CLASS}|(?:[a-z]+\\s+)?(?:pills?|tablets?))|(?:a|an)\\s+(?:natural|free|all-natural)\\s+${MEDICINE_CLASS})(?![a-z-])(?!\\s+(?:cabinets?|cupboards?|box|boxes|chests?|bottles?|schools?|students?|delivery|service|services|reviews?|use|shortages?|prices?|costs?|safety|management|information|leaflets?|labels?|names?|doses?))`,
  'i',
);

/**
 * Round 5: a metaphorical equation of an activity or food with a medicine ('Staying active is the best medicine there
 * is for low mood', 'Laughter is the best medicine', "Honey is nature's antibiotic"): a claim of benefit by itself. Not
 * negated ('Antibiotics are not the best medicine for a cold'); questions and advice are vetoed as for a testimonial.
 */
function medicineMetaphor(text: string, cues: Cue[]): Reported | null {
  const m = MEDICINE_METAPHOR.exec(text);
  if (!m || negationBefore(text, cues, m.index + m[0].length - m[1].length)) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: m.index + m[0].length, groupStart: 0, idiom: true };
}

/** The start of the next of `words` as a whole word at or after from, or -1 (indexOf, no regex). */
function nextWholeWord(text: string, words: readonly string[], from: number): number {
  let best = -1;
  for (const w of words) {
    let i = text.indexOf(w, from);
    while (i >= 0 && ((i > 0 && isWordChar(text.charCodeAt(i - 1))) || (i + w.length < text.length && isWordChar(text.charCodeAt(i + w.length))))) i = text.indexOf(w, i + 1);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
/** The first person ('I', 'we'), for a testimonial or a practitioner's observation. */
const FIRST_PERSON_WORDS = ['I', 'we', 'We'];
/** The reader addressed ('you'll notice …'), for a promised observation. */
const YOU_WORDS = ['you', 'You'];

/** A negation cue in the clause before pos, at most six words before it. */
function negationBefore(text: string, cues: Cue[], pos: number): boolean {
  let neg: Cue | null = null;
  for (const c of cues) {
    if (c.start >= pos) break;
    if (c.kind === BOUNDARY) neg = null;
    else if (c.kind === K.negation) neg = c;
  }
  return neg !== null && neg.end >= wordWindowStart(text, pos, 6);
}

const MAKE_FORM = /\b(?:make|makes|made|making)\s+/g;
/**
 * What a causative 'make' says of a symptom after it: less of it ('less frequent', 'milder', 'shorter', 'fewer and further
 * between'), easier to live with ('easier to manage', 'more bearable'), or gone ('go away', 'settle'). Sticky at the end
 * of the symptom, up to three words between ('make the pain in your knees easier to bear').
 */
const MADE_MILDER = /(?:\s+[a-z]+(?:-[a-z]+)?){0,3}?\s+(?:(?:much|far|a\s+lot|a\s+little|a\s+bit|slightly|noticeably|significantly|so\s+much)\s+)?(?:less\s+(?:frequent|severe|intense|painful|itchy|noticeable|troublesome|disruptive|bothersome|debilitating|intrusive|distressing|overwhelming|annoying|uncomfortable|sore|inflamed|swollen|stiff|heavy|common|likely|of\s+a\s+(?:problem|burden|struggle|worry))|fewer\s+and\s+(?:further|farther)\s+between|(?:easier|simpler)\s+to\s+(?:manage|bear|cope\s+with|live\s+with|control|handle|tolerate|deal\s+with|shift|settle)|more\s+(?:bearable|manageable|tolerable|controllable)|bearable|manageable|tolerable|milder|shorter(?:-lived)?|rarer|go\s+away|disappear|subside|settle|fade|clear\s+up|feel\s+(?:better|comfortable|normal|lighter|looser|easier|calmer|softer|smoother)(?:\s+again)?)(?![a-z-])/iy;
/** What a causative 'make' says of a good state after it ('makes breathing easier', 'make sleep deeper'). */
const MADE_BETTER = /(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?\s+(?:(?:much|far|a\s+lot|noticeably)\s+)?(?:easier|deeper|longer|more\s+(?:restful|refreshing|regular|comfortable)|stronger|better|feel\s+(?:better|comfortable|normal|stronger|looser|healthier|younger)(?:\s+again)?)(?![a-z-])/iy;
/** Subjects of a causative that are the natural course, not a treatment ('Age makes flushes less frequent'). */
const COURSE_SUBJECT = /^(?:time|age|ageing|aging|years|menopause|pregnancy|nature)$/;

/**
 * Round 5: a causative of a symptom's change, 'make' + a health outcome + a comparative or a verb of ending ('might make
 * flushes less frequent', 'make night sweats easier to manage', 'makes the pain go away', 'makes breathing easier'). Not
 * negated ('nothing makes the pain easier to bear'), not with time or age as subject, not a harm made worse.
 */
function causativeChange(text: string, cues: Cue[]): Reported | null {
  if ((sentenceGates(text) & SG_MAKE) === 0) return null; // 'mak' or 'made'
  MAKE_FORM.lastIndex = 0;
  for (let m = MAKE_FORM.exec(text); m; m = MAKE_FORM.exec(text)) {
    const after = m.index + m[0].length;
    const o = cueFrom(cues, after);
    if (!o || !HEALTH_KINDS.has(o.kind) || wordsBetween(text, after, o.start) > 3) continue;
    // A symptom coordinated with another ('hot flushes and night sweats'): the change follows the last.
    let end = o.end;
    for (const c of cues) if (c.start > end && HEALTH_KINDS.has(c.kind) && c.kind === o.kind && /^\s+(?:and|or)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(end, c.start))) end = c.end;
    const re = o.kind === K.good ? MADE_BETTER : MADE_MILDER;
    re.lastIndex = end;
    const change = re.exec(text);
    if (!change) continue;
    if (negationBefore(text, cues, m.index) || COURSE_SUBJECT.test(prevWord(text, m.index))) continue;
    return { start: m.index, end: end + change[0].length, groupStart: 0, idiom: true };
  }
  return null;
}

// ---------------------------------------------------------------- round 6: testimonials, fragments and reports

/** The patterns of claims-testimonials.json, built on first use. */
let round6Res: { fragment: RegExp; leftFeeling: RegExp; countSymptom: RegExp } | null = null;
function round6Regexes(): { fragment: RegExp; leftFeeling: RegExp; countSymptom: RegExp } {
  if (round6Res) return round6Res;
  const t = testimonialData;
  return (round6Res = {
    // 'Two weeks on the oil', 'Three drips in the fortnight before the marathon', 'Six sessions of acupuncture': an
    // amount of a treatment, or a time on, of or with one, opening the sentence (after quotes or emphasis).
    fragment: new RegExp(`^[\\s"'\\u201c\\u2018*_>(]*(?:(?:just|only|barely|after|within)\\s+)?(?:${alternation(t.numbers)})\\s+(?:(?:more|short|quick|little|daily|weekly|[a-z0-9]+-(?:minute|hour|day|week|month))\\s+)?(?:(?:${alternation(t.doses)})(?![a-z-])|(?:${alternation(t.times)})\\s+(?:on|of|with|using|taking|doing)\\s|(?:${alternation(t.times)})\\s+in(?=\\s*,?\\s+and\\s))|^[\\s"'\\u201c\\u2018*_>(]*(?:week|day|night|month|session)\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|\\d+)(?:\\s+of\\s+(?:the|my|our|a|an)\\s+(?:[a-z-]+\\s+)?[a-z-]+)?(?=\\s*,?\\s+and\\s)`, 'i'),
    // 'I walked out feeling like a new person', 'you'll leave the clinic feeling ten years younger'.
    leftFeeling: new RegExp(`\\b(?:i|we|she|he|they|you|you['\\u2019]ll|you\\s+will|most\\s+people|clients|guests|patients)\\s+(?:(?:always|usually|often|just|literally|actually)\\s+)?(?:walked|walk|walks|came|come|comes|left|leave|leaves|went|go|skipped|skip|bounced|bounce|floated|float|strolled|stepped|got\\s+up|get\\s+up|hopped\\s+off|climbed\\s+off)(?:\\s+(?:out|off|home|away|up))?(?:\\s+(?:(?:out\\s+of|off|from)\\s+)?(?:the|my|your|our|each|every)\\s+(?:[a-z-]+\\s+)?(?:clinic|salon|spa|studio|lounge|session|room|surgery|practice|chair|appointment|class|treatment|centre|center|table|couch|bed|pool|sauna))?\\s+feeling\\s+(?:${alternation(t.transformations)})(?![a-z-])`, 'i'),
    countSymptom: new RegExp(`(?:[a-z-]+\\s+){0,2}?(?:${alternation(t.countSymptoms)})(?![a-z-])`, 'iy'),
  });
}

/** After the 'and' of a fragment: an outcome (none of a symptom, an ability regained, back on one's feet, a symptom gone). */
const FRAGMENT_NONE = /(?:not\s+(?:(?:a\s+)?single|one|even\s+(?:a|one)|a|once\s+a)|no\s+(?:more|further|other)|never\s+(?:a|another|one)|zero)\s+/iy;
const FRAGMENT_CAN = /(?:i|we|she|he|they|you|my\s+[a-z-]+|her\s+[a-z-]+|his\s+[a-z-]+)\s+(?:can|could|am\s+able\s+to|was\s+able\s+to|['\u2019]m\s+able\s+to|managed\s+to)\s+(?:(?:now|finally|actually|even|easily|happily|comfortably|also)\s+)?(?!not\b|never\b|barely\b|hardly\b|only\b|just\s+about\b)(?:finally\s+[a-z-]+|(?:[a-z-]+\s+){0,6}?[a-z-]+\s+again)(?![a-z-])/iy;
const FRAGMENT_ING = /(?:i['\u2019]m|i\s+am|i\s+was|we['\u2019]re|we\s+were|she['\u2019]s|he['\u2019]s|she\s+was|he\s+was|they['\u2019]re|they\s+were)\s+(?:(?:finally|now|actually)\s+)?(?:sleeping|walking|running|swimming|cycling|training|dancing|eating|breathing|working\s+out|climbing|playing|lifting|gardening|laughing)\s+(?:(?:[a-z-]+\s+){0,4}?again|through\s+the\s+night|like\s+a\s+(?:baby|log))(?![a-z-])/iy;
const FRAGMENT_BACK = /(?:(?:my|her|his|our|their)\s+(?:little\s+|eldest\s+|youngest\s+)?[a-z-]+\s+(?:is|was|['\u2019]s)|i['\u2019]m|i\s+am|i\s+was|you['\u2019]ll\s+be|you\s+will\s+be|you['\u2019]re|she['\u2019]s|he['\u2019]s|she\s+was|he\s+was|we['\u2019]re|we\s+were|they['\u2019]re|they\s+were|they['\u2019]ll\s+be|she['\u2019]ll\s+be|he['\u2019]ll\s+be)\s+(?:(?:completely|totally|fully|finally|now|right|well|already)\s+)?(?:back\s+on\s+(?:my|your|her|his|our|their)\s+feet|back\s+to\s+(?:normal|(?:my|your|her|his|our|their)\s+(?:old\s+|usual\s+|normal\s+)?(?:self|selves|best|running|training|sport|game)|full\s+(?:health|fitness|strength)|running|training|the\s+gym)|back\s+(?:running|training|walking|swimming|cycling|dancing|playing|riding|climbing|hiking|lifting|skiing|surfing)(?!\s+(?:the|a|an|my|our|his|her|their|this|that|your)\b)|pain-free|symptom-free|itch-free|migraine-free|fighting\s+fit|right\s+as\s+rain|as\s+good\s+as\s+new|good\s+as\s+new|a\s+new\s+(?:woman|man|person))(?![a-z-])/iy;
const FRAGMENT_FEEL = /(?:i|we|she|he|they|you)\s+(?:feel|felt|['\u2019]ll\s+feel|will\s+feel)\s+(?:like\s+(?:a\s+new\s+(?:woman|man|person)|a\s+different\s+person|myself\s+again|new)|brand\s+new|human\s+again|(?:ten|five|twenty|\d+)\s+years\s+younger|(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?(?:better|lighter|calmer|stronger|fitter|healthier)(?!\s+(?:informed|prepared|equipped|about|off)))(?![a-z-])/iy;
const FRAGMENT_GONE = /(?:my|her|his|our|their|the)\s+(?:[a-z-]+\s+){1,5}?(?:(?:is|are|was|were|had|has|have)\s+)?(?:(?:completely|totally|all|almost|nearly|practically|already)\s+)?(?:gone|vanished|cleared|disappeared|settled|under\s+control|a\s+thing\s+of\s+the\s+past|a\s+distant\s+memory|history|non-?existent|never\s+(?:looked|felt|been)\s+(?:better|healthier|clearer|stronger|calmer))(?![a-z-]|\s+(?:up|higher|missing)\b)/iy; // round 8 (A): not 'gone up'
/** A finite clause inside the opener: not a fragment ('Two weeks on the oil I was sure it would work, and …'). */
const FRAGMENT_FINITE = /\b(?:i|you|we|he|she|they|it|is|was|are|were|has|have|had|will|would|did|does|do|can|could|still)\b|[.;:!?]/i;

/**
 * Round 6: a verbless testimonial, an amount of a treatment or a time on one "and" an outcome ('Two weeks on the oil and
 * I can go round the supermarket again', 'Three drips before the race, and not a single cramp', 'Forty minutes on the
 * sofa and you'll be back on your feet'). Not: none of something that is not a symptom ('and not a single visitor'), a
 * state that did not change ('and I still can't sleep'), time alone ('A week and the rash was gone': natural course).
 */
function doseFragment(text: string, cues: Cue[]): Reported | null {
  const { fragment } = round6Regexes();
  const o = fragment.exec(text);
  if (!o) return null;
  const openEnd = o.index + o[0].length;
  for (let a = text.indexOf(' and ', openEnd); a >= 0 && a - openEnd <= 120; a = text.indexOf(' and ', a + 1)) {
    if (FRAGMENT_FINITE.test(text.slice(openEnd, a))) return null;
    let at = a + 5;
    while (at < text.length && text.charCodeAt(at) === 32) at++;
    let end = -1;
    FRAGMENT_NONE.lastIndex = at;
    const none = FRAGMENT_NONE.exec(text);
    if (none) {
      const from = at + none[0].length;
      const { countSymptom } = round6Regexes();
      countSymptom.lastIndex = from;
      const s = countSymptom.exec(text);
      const c = cueFrom(cues, from);
      if (s) end = from + s[0].length;
      else if (c && (c.kind === K.bad || c.kind === K.disease) && wordsBetween(text, from, c.start) <= 2) end = c.end;
    } else {
      for (const re of [FRAGMENT_CAN, FRAGMENT_ING, FRAGMENT_BACK, FRAGMENT_FEEL, FRAGMENT_GONE]) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        // A symptom gone: the noun before the verb is a health outcome.
        if (re === FRAGMENT_GONE) {
          let health = false;
          const never = /never\s+(?:looked|felt|been)/i.test(m[0]);
          for (const c of cues) if (c.start >= at && c.end <= at + m[0].length && (c.kind === K.bad || c.kind === K.disease || (never && (c.kind === K.good || c.kind === K.body)))) health = true;
          if (!health) continue;
        }
        end = at + m[0].length;
        break;
      }
    }
    if (end > 0) return { start: at, end, groupStart: at };
  }
  return null;
}

/** Round 6: leaving a session transformed ('I walked out feeling like a new person', 'You'll leave feeling ten years younger'). */
function leftFeeling(text: string): Reported | null {
  const m = round6Regexes().leftFeeling.exec(text);
  if (!m) return null;
  // Not negated in the words before ('I never walked out feeling better').
  if (/\b(?:never|not|n['\u2019]t)\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].indexOf(' ') + 1))) return null;
  return { start: m.index, end: m.index + m[0].length, groupStart: m.index };
}

/**
 * Round 6: 'made all the difference' (or 'a huge difference') with its result spelled out after a colon or a dash ('The
 * acupuncture made all the difference: I was pregnant by the summer'): the result is a health or fertility outcome.
 * With a health object ('made all the difference to my back pain') the relation reader already finds it.
 */
const MADE_DIFFERENCE = /\b(?:made|makes|make|has\s+made|have\s+made)\s+(?:all\s+the|a\s+(?:huge|big|real|massive|tremendous|enormous|world\s+of|noticeable)|such\s+a|the\s+world\s+of|so\s+much\s+of\s+a|an\s+incredible|an\s+enormous)\s+difference\s*(?::|\u2013|\u2014|--|-\s|;)\s*/i;
const DIFFERENCE_RESULT = /\b(?:(?:i|she|he|we|they)\s+(?:can|could)\s+(?:now\s+|finally\s+|actually\s+)?(?:walk|run|jog|climb|sleep|breathe|swim|dance|cycle|bend|kneel|lift|carry|play|exercise|train|eat|concentrate|focus)|(?:sleeps?|slept)\s+(?:through|until|till|better|longer|well)|born|pregnant|pregnancy|conceived|positive\s+test|heartbeat|baby|twins|pain-free|symptom-free|sleep(?:ing)?\s+through|healed|recovered|no\s+more\s+(?:[a-z-]+\s+)?(?:wheez[a-z]*|cough[a-z]*|pain|aches?|cramps?|migraines?|headaches?|flare-ups?|itch[a-z]*|bloating|reflux|heartburn|nausea|panic\s+attacks?|night\s+sweats|hot\s+flushes|snoring|spots|breakouts|sleepless\s+nights))\b/i;
function madeDifference(text: string, cues: Cue[]): Reported | null {
  const m = MADE_DIFFERENCE.exec(text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const rest = text.slice(from, from + 160);
  let health = DIFFERENCE_RESULT.test(rest);
  if (!health) for (const c of cues) if (c.start >= from && c.start < from + 160 && (c.kind === K.good || c.kind === K.bad || c.kind === K.disease)) health = true;
  if (!health || negationBefore(text, cues, m.index)) return null;
  return { start: m.index, end: m.index + m[0].search(/difference/i) + 10, groupStart: m.index };
}

/**
 * Round 6: a comparison that is not between groups in a study: the same people before ('they catch fewer colds than they
 * used to', 'than before'), or users and non-users as the writer sees them in practice ('In my clinic, babies whose
 * parents use an emollient have fewer flare-ups than those who …'): a claim of efficacy, not an association.
 */
const THAN_BEFORE = /^[^.;:?!]*?\bthan\s+(?:(?:they|i|we|she|he|you)\s+(?:used\s+to|did\s+before|had\s+before|ever\s+(?:did|had))|(?:ever\s+)?before\b|last\s+(?:year|winter|summer|month|season|time)\b|in\s+previous\s+(?:years|winters))/i;
const PRACTITIONER_FRAME = /\b(?:in\s+(?:my|our)\s+(?:own\s+)?(?:clinic|clinics|practice|surgery|experience|consulting\s+room|salon|studio|classes|work)|(?:i|we)\s+(?:(?:often|regularly|routinely|always|consistently)\s+)?(?:see|find|notice|have\s+found|have\s+seen|have\s+noticed))\b/i;
function ownComparison(text: string, r: Reported): boolean {
  if (text.indexOf('than', r.end) < 0) return false;
  return THAN_BEFORE.test(text.slice(r.end)) || PRACTITIONER_FRAME.test(text.slice(0, r.groupStart)) || (R10_OWN_GROUP.test(text.slice(r.groupStart, r.groupStart + 40)) && !R10_PAST_PREDICATE.test(text.slice(r.start, r.start + 16)));
}
/** Round 10 (A): a predicate in the past ('had fewer panic attacks than those who did not'): an observation of two groups, still an association. */
const R10_PAST_PREDICATE = /^(?:had|were|was|did|got|felt|saw|took|caught|came|went|slept|lost|[a-z]+ed)\b/i;
/** Round 10 (A): the people a clinic or a shop serves, compared with others ('Clients who book monthly are back running sooner than those who …'): the writer's own practice, not a study's groups. */
const R10_OWN_GROUP = /^(?:(?:most|many|all|some|our|my)\s+(?:of\s+)?(?:our\s+|my\s+)?)?(?:regular\s+)?(?:clients|guests|members|customers|regulars|floaters|dippers)\b/i;

/**
 * Round 6: an outcome reported in someone's words, the reporter being a proportion ('four out of five say', 'nine in
 * ten of our customers tell us'), one reviewer or customer ('One reviewer on our Facebook page wrote that'), or a group
 * of service users with a relative clause ('Guests who come in every month tell us'); the report is a predicate of
 * improvement of claims-reported.json ('their pain is easier', 'they catch far fewer colds') or a treatment that worked
 * better than others ('the balm worked better than anything her GP had given her').
 */
let reporterRe: RegExp | null = null;
function reporterRegex(): RegExp {
  const t = testimonialData;
  return (reporterRe ??= new RegExp(
    `\\b(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:in|out\\s+of)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\\s+hundred|\\d+)|\\d+\\s?%|nearly\\s+all|almost\\s+all|the\\s+(?:vast\\s+)?majority)(?:\\s+(?:of\\s+)?(?:them|you|us|those|our\\s+[a-z-]+|the\\s+[a-z-]+|[a-z-]+))?|(?:one|a|another|our|my)\\s+(?:(?:happy|satisfied|recent|regular|lovely|long-standing|loyal|verified)\\s+)?(?:${alternation(t.reporter)})(?:\\s+(?:on|from|in|at|of)\\s+(?:[a-z-]+\\s+){1,4}?[a-z-]+)?|(?:${alternation(t.reporters)})\\s+who\\s+(?:[a-z-]+\\s+){0,6}?[a-z-]+)\\s*,?\\s+(?:(?:often|always|regularly|keep|repeatedly|also)\\s+)?(?:say|says|said|tell\\s+us|tell\\s+me|tells\\s+us|told\\s+us|told\\s+me|report|reports|reported|write|writes|wrote|agree|agreed|posted|emailed|commented|messaged|saw|see|noticed|notice|experienced|enjoyed)\\s+(?:(?:to\\s+say\\s+)?that\\s+)?`,
    'gi',
  ));
}
const BODY_BETTER = /\b(?:(?:their|her|his|my|our|your)\s+(?:[a-z-]+\s+)?(?:skin|hair|nails|joints?|knees?|back|neck|shoulders?|muscles?|legs|feet|gut|tummy|stomach|digestion|energy|sleep|mood|breathing|eyes|teeth|gums|complexion|face|body|mind|head|periods?|cycles?)\s+(?:felt|feels|feel|looked|looks|look|was|were|is|are|became|becomes|got|gets|has\s+been|have\s+been)\s+(?:(?:much|far|so\s+much|a\s+lot|noticeably|visibly|really|so|more)\s+)?|(?:clearer|smoother|firmer|calmer|brighter|healthier|stronger|thicker|deeper|better|improved)\s+(?:[a-z-]+\s+)?(?=skin|hair|nails|sleep|digestion|mood|energy|breathing|joints|complexion)|(?:less|fewer)\s+(?=redness|breakouts|spots|wrinkles|lines|bloating|cravings|aches|stiffness|flare-ups|headaches|hot\s+flushes))(?:firmer|smoother|softer|clearer|brighter|plumper|calmer|stronger|healthier|younger|thicker|looser|lighter|better|fresher|deeper|more\s+(?:hydrated|supple|radiant|even|comfortable|relaxed|rested|energetic|flexible|mobile|regular)|less\s+(?:red|dry|itchy|puffy|tight|stiff|sore|achy|bloated|inflamed|oily|tired|tense|foggy)|skin|hair|nails|sleep|digestion|mood|energy|breathing|joints|complexion|redness|breakouts|spots|wrinkles|lines|bloating|cravings|aches|stiffness|flare-ups|headaches|hot\s+flushes)(?![a-z-])/gi;
const WORKED_BETTER = /\b(?:it|they|the\s+[a-z-]+|this\s+[a-z-]+|our\s+[a-z-]+|these\s+[a-z-]+|your\s+[a-z-]+)\s+(?:(?:has|have|had)\s+)?(?:worked|works|work)\s+(?:(?:so\s+much|much|far|a\s+lot|way|even)\s+)?(?:better\s+than\s+(?:anything|any\s+other|everything|any\s+of|(?:the|her|his|their|my|any)\s+(?:[a-z-]+\s+){0,2}?(?:tablets?|pills?|creams?|steroids?|painkillers?|medications?|medicines?|inhalers?|prescriptions?|drugs?|treatments?|gp|doctor|antihistamines?|sleeping\s+pills?|remed(?:y|ies)|sprays?|ointments?|lotions?))|wonders|miracles|a\s+treat|like\s+(?:magic|a\s+charm|a\s+dream)|brilliantly)(?![a-z-])/iy;
function reportedSpeech(text: string, cues: Cue[]): Reported | null {
  const re = reporterRegex();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index + m[0].length;
    // The report: a predicate of improvement within six words of the reporting verb, with nothing that blocks it between.
    const { predicate, comparative } = reportedRegexes();
    predicate.lastIndex = from;
    const p = predicate.exec(text);
    if (p && wordsBetween(text, from, p.index) <= 6 && !REPORTED_BLOCK.test(text.slice(from, p.index))) {
      const pEnd = predicateEnd(text, cues, p, comparative);
      if (pEnd > 0 && !DAILY_VARIATION.test(text.slice(pEnd, pEnd + 30))) return { start: p.index, end: pEnd, groupStart: m.index };
    }
    // A body part or state reported better ('their skin felt firmer', 'saw clearer skin').
    BODY_BETTER.lastIndex = from;
    const b = BODY_BETTER.exec(text);
    if (b && wordsBetween(text, from, b.index) <= 3 && !REPORTED_BLOCK.test(text.slice(from, b.index))) return { start: b.index, end: b.index + b[0].length, groupStart: m.index };
    // A treatment that worked better than others, in a sentence about health or treatment.
    for (let at = from; at < Math.min(text.length, from + 40); at = nextWordEnd(text, at) + 1) {
      WORKED_BETTER.lastIndex = at;
      const w = WORKED_BETTER.exec(text);
      if (!w) continue;
      let health = /\b(?:gp|doctor|pharmacist|consultant|dermatologist|prescribed|prescription)\b/i.test(text.slice(at, at + w[0].length + 80));
      for (const c of cues) if (c.kind === K.good || c.kind === K.bad || c.kind === K.disease || c.kind === K.intervention || c.kind === K.drug) health = true;
      if (health && !REPORTED_BLOCK.test(text.slice(from, at))) return { start: at, end: at + w[0].length, groupStart: m.index };
      break;
    }
  }
  return null;
}

/**
 * Round 6: a better chance given ('gives women over 40 a better chance of a live birth', 'offers couples the best possible
 * chance'): a claim when the chance is of a health or fertility outcome, or, with no of-phrase, when the sentence is
 * about fertility treatment ('freezing the embryos … gives women a better chance'). Not a chance of an appointment.
 */
const BETTER_CHANCE = /\b(?:gives?|gave|giving|offers?|offered|offering)\s+(?:you|her|him|them|us|me|(?:[a-z-]+\s+)?(?:women|men|couples|patients|people|babies|children|athletes|runners|smokers)|(?:your|our|their)\s+[a-z-]+|(?:older|younger)\s+(?:women|men|patients|couples)|(?:women|men|patients|couples|people)\s+(?:over|under|aged|in\s+their)\s+[0-9a-z]+)\s+(?:a\s+|the\s+|their\s+|your\s+)?(?:(?:much|far|significantly|substantially|far)\s+)?(?:better|higher|greater|bigger|best(?:\s+possible)?|fighting|real)\s+(?:chance|chances|odds|shot|prospects?)(?![a-z-])/i;
const CHANCE_OF_HEALTH = /^\s+(?:of|at|for)\s+(?:(?:a|an|the|your|their|her|successful|healthy|full|quick|quicker|faster|long-term|natural)\s+){0,3}(?:conceiving|conception|pregnancy|pregnancies|getting\s+pregnant|falling\s+pregnant|baby|babies|live\s+birth|birth|success|successful|recovery|recovering|survival|surviving|remission|beating|healing|cure|walking|staying\s+well|quitting|stopping\s+smoking|implantation|transfer|cycle|outcome)\b/i;
const FERTILITY_CONTEXT = /\b(?:embryos?|eggs?|ivf|icsi|sperm|fertility|pregnan[a-z]*|conceiv[a-z]*|transfers?|implantation|ovulat[a-z]*|miscarriage)\b/i;
/** A habit given up or a change made as the subject ('Stopping smoking gives …', 'Losing a little weight gives …'). */
const HABIT_GIVEN_UP = /^\s*(?:stopping|quitting|giving\s+up|cutting\s+(?:out|down\s+on)|losing)\s/i;
function betterChance(text: string, cues: Cue[]): Reported | null {
  const m = BETTER_CHANCE.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 80);
  let ok = CHANCE_OF_HEALTH.test(after);
  if (!ok && !/^\s+(?:of|at|for|to)\b/i.test(after)) {
    // A chance of nothing named: the sentence must be about health (fertility, a symptom, a treatment, a habit given up).
    ok = FERTILITY_CONTEXT.test(text) || HABIT_GIVEN_UP.test(text);
    if (!ok) for (const c of cues) if (c.kind === K.bad || c.kind === K.disease || c.kind === K.intervention || c.kind === K.drug) ok = true;
  }
  if (!ok || negationBefore(text, cues, m.index)) return null;
  return { start: m.index, end, groupStart: m.index, idiom: true };
}

/**
 * Round 6: a success rate compared with an average or with other clinics ('Our live birth rate is 48%, well above the
 * national average', 'our cure rates are among the highest in the country'): a claim of superior efficacy. A harm rate
 * (complications, infections, relapse) claims the same when it is below. Not a price, a waiting time or the average itself.
 */
let successRateRe: RegExp | null = null;
const SURVEY_WORD = /\b(?:survey|surveys|questionnaire|questionnaires|poll|polls|feedback)\b/i;
function successRate(text: string): Reported | null {
  const r = testimonialData.outcomeRates;
  successRateRe ??= new RegExp(
    `\\b(?:our|my|the\\s+clinic['\u2019]s|the\\s+unit['\u2019]s|the\\s+practice['\u2019]s|its|their)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:(${alternation(r.good)})|(${alternation(r.bad)}))\\s+rates?\\b[^.;:!?]{0,100}?\\b(?:(well\\s+above|above|higher\\s+than|better\\s+than|double|twice|(?:among|one\\s+of)\\s+the\\s+(?:highest|best)|beats?|outperforms?|exceeds?|ahead\\s+of)|(well\\s+below|below|lower\\s+than|half|(?:among|one\\s+of)\\s+the\\s+lowest))\\b[^.;:!?]{0,40}?\\b(average|(?:other|most|many)\\s+(?:clinics|centres|centers|hospitals|practices|providers|units)|in\\s+the\\s+(?:country|uk|us|region|area|city|world)|nationally|national\\s+(?:figures?|rates?)|sector|industry)\\b`,
    'i',
  );
  const m = successRateRe.exec(text);
  // Not the response rate of a survey or a poll ('Our response rate to the survey was above the national average').
  if (!m || SURVEY_WORD.test(m[0])) return null;
  // A good rate above, or a harm rate below.
  if ((m[1] !== undefined) !== (m[3] !== undefined)) return null;
  if (/\b(?:not|never|no)\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
  // The trigger is the comparison ('well above the national average'); no negation between the rate and it.
  const cmp = m[3] ?? m[4];
  const at = text.indexOf(cmp, m.index + m[0].toLowerCase().indexOf(' rate'));
  if (at < 0 || /\b(?:not|never|no)\b|n['\u2019]t\b/i.test(text.slice(m.index, at))) return null;
  return { start: at, end: m.index + m[0].length, groupStart: m.index, idiom: true };
}

/** Whether the last reportedOutcome call found a predicate of improvement anywhere in its sentence (set there, read by round6Outcome). */
let reportedPredicateSeen = false;
/** The words a reporter or a compared rate needs, looked up before the full patterns. */
const REPORTER_WORD = /out of|in (?:two|three|four|five|six|seven|eight|nine|ten|twenty)\b|%|majority|all\s|review|custom|client|patient|guest|member|buyer|user|mum|dad|reader|regular|mother|father|parent|shopper|runner|athlete|famil|owner|follower|subscriber/i;
const COMPARED_WITH_OTHERS = /average|highest|lowest|best|clinics|centres|centers|hospitals|practices|providers|units|country|nationally|national|sector|industry/;
const REPORTING_WORD = /\b(?:say|says|said|tell|tells|told|write|writes|wrote|report(?:s|ed)?\s+(?:that|their|they|her|his|feeling|less|more|fewer|better)|agree|agreed|posted|emailed|commented|messaged|saw|noticed|experienced|enjoyed)\b/;
/**
 * Round 6: 'requires: healthSentence' (a guarantee adjective, 'foolproof', 'sure-fire'): the sentence is about health or
 * treatment (a health outcome, an intervention, a drug or a fertility word in it), and the guarantee is not of a task
 * ('a foolproof way to remember your tablets', 'a sure-fire recipe').
 */
const GUARANTEED_TASK = /^\s*(?:[a-z-]+\s+){0,3}?(?:remember|remembering|reminders?|recipes?|book|booking|order|ordering|track|tracking|organi[sz]e|cook|cooking|bake|baking|pack|packing|store|storing|find|finding|get\s+(?:an?\s+)?(?:appointment|slot|parking)|signs?|symptoms?|indicators?|clues?|giveaways?|test|tests)\b/i;
function healthSentence(text: string, cues: Cue[], c: Cue): boolean {
  if (GUARANTEED_TASK.test(text.slice(c.end, c.end + 60))) return false;
  for (const o of cues) if (o.kind === K.good || o.kind === K.bad || o.kind === K.disease || o.kind === K.body || o.kind === K.intervention || o.kind === K.drug) return true;
  return FERTILITY_CONTEXT.test(text);
}

/**
 * Round 7: 'requires: treatmentSafety' ('harmless', 'risk-free'): total safety is promised of a treatment, not of a finding,
 * a condition or a side effect. Careful writers reassure with these words ('Most moles are harmless', 'A heart murmur in a
 * child is often harmless', 'Iron can turn your stools black, which is harmless'); a promoter says them of the product
 * ('This tea is harmless', 'a harmless natural remedy', 'Our supplement is completely harmless'). Attributive: the noun
 * after the term is a treatment. Predicative: the subject is a pronoun, a demonstrative or possessive phrase ('this tea',
 * 'our drops'), or a treatment named before any preposition; a sentential 'which' (', which is harmless') points back at
 * an event, not at a treatment. Elsewhere ('completely risk-free') the term keeps its reading.
 */
const SAFETY_COPULA = /\b(?:is|are|was|were|be|been|seems?|looks?|remains?|['\u2019]s)\s+(?:[a-z]+ly\s+|quite\s+|very\s+|so\s+|still\s+|also\s+|often\s+|not\s+)*(?:(?:[a-z-]+,?\s+){1,3}?(?:and|or)\s+)?(?:(?:a|an)\s+(?:[a-z-]+,?\s+){0,2}?)?$/i;
/**
 * Treatment nouns a promoter calls harmless beyond TREATMENT_WORD and PRODUCT_NOUN (round 7, B) ('Laser hair removal is
 * risk-free', 'Botox is harmless'); the three are read together by isSafeHolder.
 */
const SAFE_HOLDER = /\b(?:procedures|laser|botox|fillers?|removal|peels?|antibiotics?|herbs?|teas?|products?|medicines?|medications?|drugs?|vitamins?|minerals?|tinctures?|formulas?|capsule|powders?|shakes?|drips?|infusions?|detox|cleanse|fasting|cupping|needling|massage|hypnosis|needles)\b/i;
function isSafeHolder(words: string): boolean {
  return TREATMENT_WORD.test(words) || PRODUCT_NOUN.test(words) || SAFE_HOLDER.test(words);
}
const SUBJECT_CONJUNCTION = /\b(?:and|but|so|because|while|although|though|since|as)\s/gi;
const ARTICLE_BEFORE = new Set(['a', 'an', 'the', 'this', 'our', 'your', 'their', 'its', 'and']);
/** The subject of the clause that ends at the end of head: after its last ',', ';', ':' or '(' and its last conjunction. */
function clauseSubject(head: string): string {
  let from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('(')) + 1;
  SUBJECT_CONJUNCTION.lastIndex = from;
  for (let m = SUBJECT_CONJUNCTION.exec(head); m; m = SUBJECT_CONJUNCTION.exec(head)) from = m.index + m[0].length;
  return head.slice(from).trim();
}
const OWNED_SUBJECT = /^(?:it|they|this|these|that|those|(?:this|these|that|those|our|my|your|the\s+whole|each|every)\s+[^\s].*)$/i;
const SUBJECT_PREPOSITION = /\s(?:in|on|of|after|from|with|during|at|under|around|near|behind|inside|over|before|for)\s/i;
const SAFE_THING = /^(?:[,\s]+(?:and\s+)?[a-z-]+)?\s+(?:[a-z-]+\s+){0,2}?(?:alternatives?|options?|remed(?:y|ies)|treatments?|therap(?:y|ies)|methods?|ways?|products?|supplements?|formulas?|solutions?|cures?|procedures?|approach(?:es)?|choices?|programmes?|programs?|tablets?|pills?|creams?|drops|herbs?|injections?|fillers?)\b/i;
/** A treatment noun among the three words after the term ('a harmless, natural antibiotic'). */
function safeThingAfter(text: string, end: number): boolean {
  if (SAFE_THING.test(text.slice(end, end + 60))) return true;
  const words = /^[,\s]*(?:[a-z-]+[,\s]+){0,2}[a-z-]+/i.exec(text.slice(end, end + 50));
  return words !== null && isSafeHolder(words[0]);
}
/**
 * Round 15: a bare safety word before a noun that is no treatment ('the immune system treats harmless dust as an invader',
 * 'harmless bacteria') describes that thing; 'harmless for children', 'harmless, gentle and natural', 'a risk-free
 * remedy' and a treatment after it keep the promise.
 */
const R15_NOT_A_THING = /^(?:and|or|but|nor|to|for|in|on|at|with|when|if|as|even|because|so|than|unlike|compared|since|while|too|enough|by|from|during|over|yet|whatever|whichever|however|whether|unless|until|provided|of|is|are|was|were|be|been|being|'s|\u2019s)$/i;
function round15OtherThingSafe(text: string, cues: Cue[], c: Cue): boolean {
  const next = /^\s+([a-z][a-z-]*)\b/.exec(text.slice(c.end, c.end + 40));
  if (!next || R15_NOT_A_THING.test(next[1]) || safeThingAfter(text, c.end)) return false;
  const o = cueFrom(cues, c.end);
  return !(o !== null && o.start - c.end < 30 && (o.kind === K.intervention || o.kind === K.drug));
}
function treatmentSafety(text: string, cues: Cue[], c: Cue): boolean {
  if (round11SafeForAll(text, cues, c)) return true; // round 11 (B): 'harmless at any age'
  const b0 = Math.max(0, c.start - 160);
  const before = text.slice(b0, c.start);
  const copula = SAFETY_COPULA.exec(before);
  if (!copula) {
    // Attributive: 'a harmless remedy', 'a harmless, natural remedy'; elsewhere ('completely risk-free') the term stands.
    const lead = before.trimEnd().replace(/,$/, '').trimEnd();
    if (!ARTICLE_BEFORE.has(lead.slice(lead.lastIndexOf(' ') + 1).toLowerCase())) return !round15OtherThingSafe(text, cues, c);
    if (safeThingAfter(text, c.end)) return true;
    const next = cueFrom(cues, c.end);
    return next !== null && next.start - c.end < 30 && (next.kind === K.intervention || next.kind === K.drug);
  }
  const attributive = /\b(?:a|an)\s+(?:[a-z-]+,?\s+){0,2}?$/i.test(copula[0]);
  if (attributive && safeThingAfter(text, c.end)) return true;
  const head = before.slice(0, copula.index).trimEnd();
  if (/,\s*which$/i.test(head)) return false;
  const raw = clauseSubject(head).replace(/^["'\u201c*_]+/, '');
  if (!raw) return true;
  const from = b0 + head.length - raw.length;
  if (OWNED_SUBJECT.test(raw)) {
    // 'Our supplement', 'this tea', 'it': the product; 'Your rash', 'this swelling' name a complaint or a body part.
    for (const o of cues) {
      if (o.start >= from + raw.length) break;
      if (o.start >= from && (o.kind === K.bad || o.kind === K.disease || o.kind === K.side || o.kind === K.body)) return false;
    }
    return true;
  }
  // The head of the subject: its words before the first preposition ('Headaches after the jab' -> 'Headaches').
  const pm = SUBJECT_PREPOSITION.exec(raw);
  const headText = pm ? raw.slice(0, pm.index) : raw;
  if (isSafeHolder(headText)) return true;
  for (const o of cues) {
    if (o.start >= from + headText.length) break;
    if (o.start >= from && (o.kind === K.intervention || o.kind === K.drug)) return true;
  }
  return false;
}

/**
 * Round 6: a second verb of ending or calming whose pronoun object is a symptom named before it in the sentence ('gets to
 * the root of the pain and switches it off', 'calms the itch and stops it in its tracks'): the pronoun carries the
 * health object. Not after a negator ('nothing switches it off'), not a harm ('stops it working').
 */
const PRONOUN_ENDED = /\band\s+(?:then\s+)?(?:(?:switch(?:es|ed)?|turns?|turned|shuts?|knocks?|knocked|calms?|calmed|clears?|cleared|dials?|dialled|dialed|settles?|settled)\s+(?:it|them)\s+(?:off|down|out|up)|(?:keeps?|kept)\s+(?:it|them)\s+(?:away|at\s+bay|under\s+control)|(?:stops?|stopped)\s+(?:it|them)\s+(?:in\s+(?:its|their)\s+tracks|dead|coming\s+back|from\s+coming\s+back|returning|spreading|flaring(?:\s+up)?)|(?:gets?|got)\s+rid\s+of\s+(?:it|them)|(?:banish(?:es|ed)?|eases?|eased|soothes?|soothed|relieves?|relieved|melts?|melted)\s+(?:it|them)(?:\s+away)?)(?![a-z-])/i;
function pronounEnded(text: string, cues: Cue[]): Reported | null {
  const m = PRONOUN_ENDED.exec(text);
  if (!m) return null;
  let antecedent = false;
  for (const c of cues) if (c.end <= m.index && (c.kind === K.bad || c.kind === K.disease)) antecedent = true;
  if (!antecedent || negationBefore(text, cues, m.index)) return null;
  const at = m.index + m[0].search(/\s/) + 1;
  let start = at;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  if (/^then\s/i.test(text.slice(start))) start = nextWordEnd(text, start) + 1;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  return { start, end: m.index + m[0].length, groupStart: start, idiom: true };
}

/**
 * Round 6 (precision): a health outcome that is the reason for the action, not its object ('I stopped taking my statins
 * because of muscle pain', 'They stopped running due to knee pain'), and a stopped activity or treatment ('stopped using
 * the inhaler after the cough cleared', 'we stopped the trial because of liver damage'): a treatment given up, not a
 * symptom stopped. A symptom as the gerund ('stops itching') or the direct object ('stopped my cramps') is still one.
 */
const REASON_BEFORE = /\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+account\s+of|for\s+fear\s+of|because)\b/i;
const STOPPED_VERB = /^(?:stop|quit|cease|discontinue|halt|abandon)$/;
const STOPPED_THING = /^\s+(?:(?:the|my|her|his|their|our|your|a|an|all|any)\s+)?(?:[a-z-]+\s+){0,2}?(?:trials?|study|studies|tablets?|pills?|medications?|medicines?|meds|drugs?|treatments?|injections?|jabs?|inhalers?|statins?|antidepressants?|antibiotics?|steroids?|creams?|hrt|course|therapy|supplements?|programme|program|diet)\b/i;
function reasonNotObject(text: string, rel: Relation, object: Cue): boolean {
  const end = rel.cue.end;
  if (object.start <= end) return false;
  const between = text.slice(end, object.start);
  if (between.length > 160) return false;
  if (REASON_BEFORE.test(between)) return true;
  if (!rel.verb || !STOPPED_VERB.test(rel.verb.lemma)) return false;
  // 'stopped taking …', 'quit going to …': a gerund that is not the symptom itself ('stops itching').
  const next = nextWord(text, end);
  if (/^[a-z]+ing$/.test(next) && object.start > end + 1 + next.length) return true;
  return STOPPED_THING.test(between);
}

/**
 * Round 6 (precision): 'my X stopped / eased / lifted' with a person as X ('My husband stopped smoking', 'My mum eased into
 * retirement', 'My GP stopped my tablets'): a person's action, not a symptom that cleared, unless what the person stopped
 * is a symptom or a health behaviour after a treatment or a time ('Within a month my son stopped wetting the bed').
 */
const POSSESSED_PERSON = /^(?:my|her|his|their|our)\s+(?:(?:little|eldest|youngest|older|younger|elderly|late|new|old|best)\s+)?(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|child|children|kids?|baby|boy|girl|brother|sister|friends?|gp|doctor|pharmacist|nurse|consultant|boss|family|grandson|granddaughter|grandma|grandad|granny|gran|nan|grandmother|grandfather|colleagues?|neighbou?rs?|parents|team|therapist|physio|dentist|midwife|teacher|dog|cat|toddler|teenager|aunt|uncle|cousin|fianc\w*|boyfriend|girlfriend|surgeon|specialist|manager)\s+(\w+)/i;
const STOPPED_HEALTH = /^\s+(?:smoking|snoring|drinking|wheezing|wetting|scratching|coughing|vomiting|bingeing|binging|overeating|sleepwalking|grinding|biting|sneezing|itching|limping|stammering|stuttering|comfort\s+eating|self-harming|having\s+(?:fits|seizures|panic\s+attacks|nightmares|night\s+terrors|migraines|headaches|nosebleeds|tantrums))\b/i;
/**
 * Round 16 (lead): a possessed thing that is better or gone ('My car is gone', 'Their garden is better than ours', 'My
 * pension is better now than it has been in years') is a testimony only when the thing is a health outcome or a part of
 * the body: a word of the outcome lexicons (claims-outcomes.json: every good, bad, body and disease list) or a disease
 * ending. Read only for a testimonial cue of the shape '<possessive> <one or two words> <be> ...'.
 */
const R16_POSSESSED = /^(?:my|her|his|their|our|your)\s+([a-z'\u2019-]+)(?:\s+([a-z'\u2019-]+))?\s+(?:is|are|was|were|has\s+been|have\s+been)\s/i;
let r16HealthWord: RegExp | null = null;
function round16ThingChanged(text: string, c: Cue): boolean {
  const m = R16_POSSESSED.exec(text.slice(c.start, c.end));
  if (!m) return false;
  if (r16HealthWord === null) {
    const terms: string[] = [];
    const walk = (o: unknown, key: string): void => {
      if (Array.isArray(o)) {
        if (key === 'good' || key === 'bad' || key === 'body' || key === 'terms' || key === 'disease') for (const t of o) if (typeof t === 'string') terms.push(t);
      } else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) if (k !== 'suffixes') walk(v, k);
    };
    walk(outcomesData, '');
    r16HealthWord = new RegExp(`^(?:${alternation(terms)})$`, 'i');
  }
  const words = m[2] ? [m[1], m[2], `${m[1]} ${m[2]}`] : [m[1]];
  for (const w of words) if (r16HealthWord.test(w) || R16_DISEASE_ENDING.test(w)) return false;
  return true;
}
const R16_DISEASE_ENDING = new RegExp(`(?:${outcomesData.suffixes.disease.join('|')})$`, 'i');
function personChanged(text: string, cues: Cue[], c: Cue): boolean {
  const m = POSSESSED_PERSON.exec(text.slice(c.start, c.end));
  if (!m) return false;
  // A health behaviour stopped after a treatment or a time on one ('After six sessions my husband stopped snoring').
  return !(m[1].toLowerCase() === 'stopped' && STOPPED_HEALTH.test(text.slice(c.end, c.end + 40)) && (treatmentTaken(text, cues) || /\b(?:after|within|since|thanks\s+to)\b/i.test(text)));
}

/**
 * Round 6: review shapes without a named treatment as subject. A review line opened by a past verb of benefit with a
 * possessed health outcome as its object ('Cleared my eczema in two weeks!', 'Sorted out my sleep'); none of a symptom
 * since a start ('Not a single flare-up since I started the balm'); a return to an activity after a treatment or sessions
 * ('I'm back to running after six sessions'); the best thing done for a health outcome ('the best thing I've done for my
 * anxiety'). Not: a diary or a booking cleared, none since a year ('Not a single case since 2010'), back at work on
 * Monday, the best thing for a career.
 */
const REVIEW_VERBS = new Set(['cleared', 'fixed', 'sorted', 'calmed', 'eased', 'soothed', 'ended', 'banished', 'healed', 'cured', 'transformed', 'settled', 'relieved', 'reduced', 'improved', 'tamed', 'shifted', 'helped', 'stopped', 'killed', 'zapped', 'cleared', 'boosted', 'restored', 'saved', 'changed', 'got', 'took', 'knocked']);
const REVIEW_NOT_OUTCOME = /^(?:hygiene|routine|routines|habits?|schedule|medications?|meds|tablets|pills|intake|diary|plan|regime|budget|insurance|cover|leave|pattern|patterns|tracker|score|scores)$/;
const REVIEW_FRAGMENT = /[a-z]+(?:\s+(?:out|up|rid\s+of|away|down))?\s+(?:my|her|his|our|their|the)\s+/iy;
function reviewFragment(text: string, cues: Cue[], w: string): Reported | null {
  let i = 0;
  while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
  REVIEW_FRAGMENT.lastIndex = i;
  const m = REVIEW_FRAGMENT.exec(text);
  if (!m) return null;
  if ((w === 'got' || w === 'took' || w === 'knocked') && !/^[a-z]+\s+(?:rid\s+of|away|out)\s/i.test(m[0])) return null;
  const from = i + m[0].length;
  const c = cueFrom(cues, from);
  if (!c || !(c.kind === K.bad || c.kind === K.disease || c.kind === K.good) || wordsBetween(text, from, c.start) > 2) return null;
  // A health word that only classifies a noun: 'Improved my sleep hygiene', 'Reduced my pain medication'.
  const head = nextWord(text, c.end);
  if (CLASSIFIED_HEAD.has(head) || REVIEW_NOT_OUTCOME.test(head)) return null;
  return { start: i, end: c.end, groupStart: i };
}
const NONE_SINCE = /^[\s"'\u201c\u2018*_>(]*(?:not\s+(?:a\s+single|one|once\s+a)|no\s+more|zero)\s+/i;
const SINCE_START = /^[^.;:!?]{0,60}?\bsince\s+(?:(?:i|we|she|he|they)\s+(?:started|began|switched|tried|joined|had|took|came)|(?:my|our|her|his|their|the)\s+(?:first|last|second|third|[a-z-]+\s+)?(?:session|sessions|treatment|course|appointment|visit|drip|injection|jab|operation|surgery|adjustment|massage|class)|starting|beginning|taking|using|switching|trying|the\s+(?:[a-z-]+\s+)?(?:drops|balm|cream|oil|tablets|course|diet|programme|plan))\b/i;
function noneSince(text: string, cues: Cue[]): Reported | null {
  const m = NONE_SINCE.exec(text);
  if (!m) return null;
  const from = m[0].length;
  const { countSymptom } = round6Regexes();
  countSymptom.lastIndex = from;
  const s = countSymptom.exec(text);
  let end = s ? from + s[0].length : -1;
  if (end < 0) {
    const c = cueFrom(cues, from);
    if (c && (c.kind === K.bad || c.kind === K.disease) && wordsBetween(text, from, c.start) <= 2) end = c.end;
  }
  if (end < 0 || !SINCE_START.test(text.slice(end))) return null;
  let start = 0;
  while (start < text.length && !isWordChar(text.charCodeAt(start))) start++;
  return { start, end, groupStart: start };
}
const BACK_TO = /\b(?:i['\u2019]m|i\s+am|i\s+was|she['\u2019]s|she\s+is|she\s+was|he['\u2019]s|he\s+is|he\s+was|we['\u2019]re|we\s+were|they['\u2019]re|they\s+were|(?:my|her|his|our)\s+(?:son|daughter|husband|wife|partner|mum|dad|boy|girl|little\s+one)\s+is)\s+(?:(?:finally|now|already|fully|completely|even)\s+)?back\s+(?:to|at|on|in)\s+(?:running|training|work|the\s+gym|(?:my|her|his|our|their)\s+(?:old\s+|normal\s+|usual\s+)?(?:self|best|routine|running|training|yoga|football|golf|tennis|garden|bike)|normal|full\s+(?:fitness|strength|health)|the\s+(?:pitch|court|track|pool|saddle|slopes|bike|dance\s+floor)|playing|dancing|cycling|swimming|walking|hiking|lifting|climbing|school|nursery)(?![a-z-])/i;
const AFTER_TREATMENT = /\b(?:after|following|since|thanks\s+to|within)\s+(?:(?:just|only)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|ten|a\s+few|several|\d+|the|my|her|his|our|their)\s+(?:[a-z-]+\s+){0,2}?(?:sessions?|treatments?|classes|courses?|injections?|drips?|infusions?|adjustments?|massages?|appointments?|visits?)\b|\bthanks\s+to\b/i;
function backTo(text: string, cues: Cue[]): Reported | null {
  const m = BACK_TO.exec(text);
  if (!m || !(AFTER_TREATMENT.test(text) || treatmentTaken(text, cues)) || negationBefore(text, cues, m.index)) return null;
  return { start: m.index, end: m.index + m[0].length, groupStart: m.index };
}
const BEST_THING = /\b(?:the\s+)?best\s+(?:thing|decision|money|investment|purchase|\u00a3\d+)\s+(?:i|we|she|he)(?:['\u2019]ve|\s+have|['\u2019]d|\s+had)?\s+(?:ever\s+)?(?:done|tried|bought|spent|made|taken|booked)\s+for\s+(?:my|our|her|his|their)\s+/i;
function bestThing(text: string, cues: Cue[]): Reported | null {
  const m = BEST_THING.exec(text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const c = cueFrom(cues, from);
  if (!c || !HEALTH_KINDS.has(c.kind) || c.kind === K.side || wordsBetween(text, from, c.start) > 2) return null;
  return { start: m.index, end: c.end, groupStart: m.index };
}

/** Round 6: 'I can sleep on my side again': an ability regained, in the first person (not a booking or a try again). */
const CAN_AGAIN = /\bI\s+can\s+(?:finally\s+|actually\s+|even\s+|happily\s+)?(?!(?:not|never|no|hardly|barely|only|just|try|book|call|come|start|apply|ask|test|do|see|go|visit|return|use|order|be|get|have|shower|bathe|drive|fly|pay|afford|find|speak|talk|meet|check|send|post|email|phone|write|log|sign|renew|claim|vote)\b)(?:[a-z-]+\s+){0,4}?[a-z-]+\s+again\b/;
/** 'I can travel again now that the pandemic is over': the world changed, not the writer's health. */
const CAN_AGAIN_OUTSIDE = /\bnow\s+that\b|\breopen|\bis\s+over\b|\blockdown|\bpandemic|\bstrike|\brepaired|\bfixed\b|\bback\s+in\s+stock|\bpaid\s+off/i;
function canAgain(text: string): Reported | null {
  const m = CAN_AGAIN.exec(text);
  if (!m || CAN_AGAIN_OUTSIDE.test(text)) return null;
  // The trigger is 'I can' and its verb, as the structure reader and 'These days I can run' report it.
  const verb = /^I\s+can\s+(?:(?:finally|actually|even|happily)\s+)?[a-z-]+/.exec(m[0])!;
  return { start: m.index, end: m.index + verb[0].length, groupStart: m.index };
}

/** First words that can open a dose fragment ('Two weeks on …', 'Just three sessions …'), looked up before its regex. */
const FRAGMENT_FIRST = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'ninety', 'half', 'just', 'only', 'barely', 'after', 'within', 'week', 'day', 'night', 'month', 'session']);
/** Where the sentence's first word starts: after opening quotes, brackets or emphasis (the text's length if it has none). */
function firstWordStart(text: string): number {
  let i = 0;
  while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
  return i;
}
/** The sentence's first word, lower case, after opening quotes, brackets or emphasis. */
function firstWordLower(text: string): string {
  const i = firstWordStart(text);
  let j = i;
  while (j < text.length && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
  return text.slice(i, j).toLowerCase();
}
/**
 * Round 6: testimonials without a benefit verb, each looked for only when its words are there (indexOf): a dose
 * fragment ('and' after an amount opening the sentence), leaving a session 'feeling' transformed, 'made all the difference'.
 */
function round6Outcome(text: string, cues: Cue[]): Reported | null {
  // Each indexOf is a pass over the sentence: the cue kinds and the first word decide first which passes can apply.
  let symptom = false;
  let health = false;
  let state = false; // a good outcome or a body part: 'their skin felt firmer'
  for (const c of cues) {
    if (c.kind === K.bad || c.kind === K.disease) symptom = true;
    else if (c.kind === K.good || c.kind === K.body) state = true;
    else if (c.kind === K.intervention || c.kind === K.drug) health = true;
  }
  let r: Reported | null = null;
  const w = firstWordLower(text);
  const opener = FRAGMENT_FIRST.has(w) || (w.length > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);
  // The gates' words found in one pass (sentenceGates): indexOf only where a word was found, for its position.
  const gates = sentenceGates(text);
  const and = (opener || symptom) && (gates & SG_AND) !== 0 && text.indexOf(' and ') > 0;
  if (and && opener) r = doseFragment(text, cues);
  if (!r && REVIEW_VERBS.has(w)) r = reviewFragment(text, cues, w);
  else if (!r && (w === 'not' || w === 'no' || w === 'zero') && text.indexOf('since') > 0) r = noneSince(text, cues);
  if (r) return r;
  if ((gates & SG_FEELING) !== 0 && text.indexOf('feeling') > 0) r = leftFeeling(text);
  if (!r && (gates & SG_BACK) !== 0 && text.indexOf('back ') > 0) r = backTo(text, cues);
  if (!r && (gates & SG_AGAIN) !== 0 && (gates & SG_I_CAN) !== 0 && text.indexOf('again') > 0) r = canAgain(text);
  if (!r && (symptom || state) && (gates & SG_BEST) !== 0) r = bestThing(text, cues);
  if (!r && (gates & SG_DIFFERENCE) !== 0 && text.indexOf('difference') > 0) r = madeDifference(text, cues);
  if (!r && and && symptom && (text.indexOf(' it') > 0 || text.indexOf(' them') > 0)) r = pronounEnded(text, cues);
  // A report needs a predicate of improvement (reportedOutcome has just looked for one), a treatment that 'worked', or a
  // proportion who saw a body part or state better.
  if (!r && (reportedPredicateSeen || ((symptom || health || state || text.indexOf('GP') >= 0) && (((gates & SG_WORK) !== 0 && text.indexOf('work') > 0) || (state && (text.indexOf('%') > 0 || text.indexOf(' out of ') > 0 || text.indexOf(' in ten') > 0 || text.indexOf(' said') > 0))))) && REPORTING_WORD.test(text) && REPORTER_WORD.test(text)) r = reportedSpeech(text, cues);
  if (!r && (gates & SG_RATE) !== 0 && text.indexOf(' rate') > 0 && COMPARED_WITH_OTHERS.test(text)) r = successRate(text);
  if (!r && (gates & SG_CHANCE) !== 0 && (text.indexOf('chance') > 0 || text.indexOf('odds') > 0) && (text.indexOf('giv') > 0 || text.indexOf('gave') > 0 || text.indexOf('offer') > 0)) r = betterChance(text, cues);
  return r;
}

// ---------------------------------------------------------------- round 7 (part B): permanence and removal

/**
 * Round 7 (B): 'the twinges never come back', 'the itching never returns' after a treatment named in the sentence ('after
 * a month of our paste', 'once the cream has done its work'): a symptom (a health outcome right before the phrase) whose
 * return a treatment is said to prevent for ever. Without a treatment it is the course of the illness ('Chickenpox spots
 * scab over and never come back'); a possessive before the symptom is read by ownSymptomBefore.
 */
function treatedSymptomBefore(text: string, cues: Cue[], k: number): boolean {
  const p = k > 0 ? cues[k - 1] : null;
  if (!p || (p.kind !== K.bad && p.kind !== K.disease) || p.end < wordWindowStart(text, cues[k].start, 3)) return false;
  if (NATURAL_FREQUENCY.test(text.slice(p.end, cues[k].start))) return false;
  for (let j = 0; j < k - 1; j++) if (cues[j].kind === K.side) return false;
  return (treated(text, cues) || PRODUCT_NOUN.test(text)) && !isImperative(text);
}
/** Products a shop or a practice sells that the treatment words lack ('our own-brand paste', 'the gel', 'a nasal rinse'). */
const PRODUCT_NOUN = /\b(?:(?:tooth)?paste|gels?|sprays?|mouthwash(?:es)?|rinses?|serums?|lotions?|ointments?|balms?|oils?|sealants?|varnish|fillings?|aligners?|retainers?|patches|lozenges|capsules|gummies|inhalers?|plan|protocol|procedure|grommets|implants?|splints?|(?:mouth|night|gum)\s+guards?)\b/i;

/** A habit or an addiction ended, right before a permanence phrase ('breaks the habit', 'kicked the cigarettes', 'quit'). */
const HABIT_ENDED = /\b(?:break|breaks|broke|broken|breaking|kick|kicks|kicked|kicking|beat|beats|beaten|beating|quit|quits|quitting|stop|stops|stopped|stopping|give\s+up|gives\s+up|gave\s+up|given\s+up|giving\s+up|ditch|ditches|ditched|ditching|crack|cracks|cracked|cracking)(?:\s+(?:(?:the|your|my|their|her|his|our|a|that|this)\s+)?(?:[a-z-]+\s+){0,2}?(habit|habits|addiction|addictions|smoking|cigarettes?|cigs|fags|nicotine|vaping|vapes?|drinking|alcohol|booze|cravings|comfort\s+eating|snacking|bingeing|binge\s+eating|nail-biting|nail\s+biting|sugar))?\s+$/i;
/** A smoking or drinking word: 'quit' alone ends a habit only in a sentence about one ('Our stop-smoking course helps you quit for good'). */
const HABIT_WORD = /\b(?:smok[a-z]*|cigarettes?|nicotine|vap(?:e|es|ing)|drink(?:ing|er|ers)?|alcohol|booze|addiction|habit)\b/i;
/** A state of being gone that stays so ('it stays gone', 'has stayed gone'): the subject is a symptom named before it. */
const STAYS_GONE = /^(?:stay|stays|stayed|staying)\s+gone$/i;

/**
 * Round 7 (B): permanence phrases the claim reading did not reach. A habit or an addiction ended for ever by a treatment
 * named in the sentence ('My one-day programme breaks the habit for good', 'Hypnotherapy helped me kick the cigarettes for
 * good', 'Our course helps you quit for good'); a symptom, gone after a treatment, that 'stays gone' ('A fear of heights is
 * often gone after one session, and it stays gone'). Not without a treatment ('Some people quit smoking for good on their
 * first try', 'The rash clears within a week and stays gone'), not a clinic closed for good, not advice.
 */
function round7Permanence(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  const term = cueText(text, c);
  if (STAYS_GONE.test(term)) {
    let symptom = false;
    for (let j = 0; j < k; j++) {
      if (cues[j].kind === K.side) return false;
      if (cues[j].kind === K.bad || cues[j].kind === K.disease) symptom = true;
    }
    return symptom && treated(text, cues) && !isImperative(text) && !NATURAL_FREQUENCY.test(text.slice(Math.max(0, c.start - 30), c.start));
  }
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  const h = HABIT_ENDED.exec(before);
  if (!h) return false;
  if (h[1] === undefined && !HABIT_WORD.test(text)) return false;
  return treated(text, cues) && !isImperative(text) && !/^\s*(?:breaking|quitting|stopping|kicking|giving\s+up)\b/i.test(text);
}

/**
 * Round 7 (B): what a removal verb ('gets rid of', 'eliminates', 'wipes out', 'banishes') takes away when it is a cause of a
 * complaint, not the complaint itself: microbes, plaque, toxins, allergens ('gets rid of the bacteria hiding in the
 * pockets', 'eliminates odour-causing bacteria'). Removing a cause is a plain claim of effect (unsupported-claim reads it);
 * without a totality word ('all', 'every', '99%') it promises no cure, as 'kills bacteria' does not. A complaint removed
 * ('banish bad breath', 'gets rid of cold sores') stays a promise of totality.
 */
const AGENT_REMOVED = /\s+(?:(?:the|those|these|that|your|any|excess|harmful|bad|nasty|surface|trapped|hidden|stubborn|built-up|unwanted|extra|dead|oral|mouth|gut|airborne|household|[a-z]+-causing)\s+){0,3}(?:bacteria|bacterium|germs|microbes|viruses|pathogens|plaque|tartar|biofilm|toxins|impurities|debris|food\s+particles|free\s+radicals|allergens|pollen|dust\s+mites|mites|dead\s+skin\s+cells|dead\s+skin)(?![a-z-])/iy;
function agentRemoved(text: string, c: Cue): boolean {
  AGENT_REMOVED.lastIndex = c.end;
  return AGENT_REMOVED.test(text);
}

// ---------------------------------------------------------------- round 7 (part B): professions as unnamed sources

/** Round 7 (B): professions named as unnamed sources (claims-attributions.json round7Professions), plain lower-case words. */
const PROFESSIONS = new Set(attributionData.round7Professions.words);
/** The shortest profession word ('opticians'): shorter words are not looked up. */
const PROFESSION_MIN = Math.min(...attributionData.round7Professions.words.map((w) => w.length));

/**
 * Round 7 (B): a profession as an unnamed source ('Neuroscientists have found that', 'Immunologists say', 'Many
 * hypnotherapists believe'), read by the scanner at a word no lexicon entry matched: a plural (ending in s) listed in
 * round7Professions, then an attribution verb. The end of the attribution, or -1. A Set lookup instead of lexicon
 * patterns: the words share their first letters with frequent words ('the', 'bio', 'gen', 'imm') whose buckets every
 * sentence tries.
 */
function professionSource(text: string, i: number, j: number, lex: ClaimLexicon): number {
  if (j - i < PROFESSION_MIN || text.charCodeAt(j - 1) !== 115 || !PROFESSIONS.has(text.slice(i, j).toLowerCase())) return -1;
  lex.attributionVerbs.lastIndex = j;
  const v = lex.attributionVerbs.exec(text);
  return v ? j + v[0].length : -1;
}

// ---------------------------------------------------------------- round 7 (part B): testimonials and case stories

/**
 * Round 7 (B): the sentence places the outcome after a treatment: a session, course or visit before it ('After three sessions
 * with Claire', 'By our fourth session'), a 'since' opener of starting one, 'thanks to', a treatment or product named.
 */
const BY_SESSION = /\b(?:by|after|within|at)\s+(?:(?:our|her|his|their|my|your|the)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|\d+(?:st|nd|rd|th))\s+(?:session|appointment|visit|treatment|class|consultation|week\s+of\s+treatment)\b/i;
/** Round 7 (B): a child's symptom gone with age, not a treatment ('when he outgrew his asthma', 'as she got older'). */
const OUTGROWN = /\b(?:outgr[eo]w[a-z]*|gr[eo]w[a-z]*\s+out\s+of|as\s+(?:he|she|they|i|we)\s+(?:got|grew)\s+older|with\s+age|by\s+itself|on\s+its\s+own|of\s+its\s+own\s+accord)\b/i;
function afterTreatment(text: string, cues: Cue[]): boolean {
  return AFTER_TREATMENT.test(text) || BY_SESSION.test(text) || SINCE_STARTING.test(text) || treatmentTaken(text, cues) || TREATMENT_WORD.test(text) || PRODUCT_NOUN.test(text);
}

/** People whose outcome a testimonial or a case story reports: the writer, a third person, someone of the writer's. */
const R7_PERSON = "(?:i|we|she|he|they|my\\s+(?:(?:little|eldest|youngest|elder|younger|two|three)\\s+)?(?:son|daughter|husband|wife|partner|mum|mom|dad|child|children|kids|boy|boys|girl|girls|baby|toddler|teenager|twins|little\\s+one))";
/** Round 7 (B): 'my back pain is finally manageable', 'his eczema is now under control': a possessed symptom in a better state. */
let ownStateRe: RegExp | null = null;
/** Round 7 (B): 'my mouth has never felt healthier', "I've never slept better": the best state ever, a booster, not a negation. */
const NEVER_BETTER = /\b(?:i|we|my\s+(?:[a-z'\u2019-]+\s+)?(?:mouth|teeth|gums|skin|hair|nails|joints|knees|back|neck|shoulders|hips|feet|legs|gut|tummy|stomach|digestion|sleep|energy|mood|mind|head|body|eyes|breathing|chest|periods?|heart|health|face|complexion|eczema|asthma|acne|psoriasis|rosacea|ibs|arthritis|migraines|sinuses|hay\s+fever)|our\s+(?:son|daughter|children|kids|boys|girls|baby))(?:\s+(?:have|has)|['\u2019]ve)\s+never\s+(?:(?:felt|looked|been|slept|breathed|moved|run|eaten|worked|functioned)\s+)(?:(?:so\s+much|much|any|this|so)\s+)?(?:better|healthier|fitter|stronger|calmer|clearer|younger|happier|brighter|smoother|softer|cleaner|fresher|freer|easier|more\s+(?:energetic|rested|relaxed|alive|comfortable|confident|supple|mobile|regular|settled)|good|well|healthy|strong|calm|clear|rested|relaxed|energetic|comfortable|smooth)(?![a-z-])(?!\s+(?:about|informed|prepared|equipped|placed|qualified|off|at\s+work|in\s+(?:my|our|the)\s+(?:job|career|work|life\s+choices)))/i;
/** Round 7 (B): 'neither of my boys has needed a filling', "my son hasn't needed his inhaler": a treatment of illness no longer needed. */
const NONE_NEEDED = new RegExp(
  `\\b(?:(?:neither|none|not\\s+one)\\s+of\\s+(?:my|our|her|his|their)\\s+(?:[a-z-]+\\s+)?(?:children|kids|boys|girls|sons|daughters|twins|family|patients|clients)\\s+(?:has|have)\\s+(?:ever\\s+)?|${R7_PERSON}\\s+(?:(?:has|have)(?:\\s+not|n['\u2019]t)\\s+|(?:has|have)\\s+never\\s+|['\u2019]ve\\s+(?:not|never)\\s+|never\\s+))(?:needed|had|required|used|taken)\\s+(?:(?:a|an|any|a\\s+single|one|another|his|her|their|my|our)\\s+)?(?:[a-z-]+\\s+)?(?:fillings?|extractions?|antibiotics?|inhalers?|puffers?|steroids?|steroid\\s+creams?|painkillers?|calpol|paracetamol|ibuprofen|nebuli[sz]ers?|operations?|surgery|stitches|root\\s+canals?|crowns?|braces?|days?\\s+off\\s+(?:school|nursery|sick)|time\\s+off\\s+sick|sick\\s+days?|hospital\\s+(?:stays?|admissions?|visits?)|admissions?|${alternation(testimonialData.countSymptoms)}|ear\\s+infections?|chest\\s+infections?|colds?|coughs?|seizures?|fits)(?![a-z-])`,
  'i',
);
/** Round 7 (B): a first-person or third-person outcome of sleep after a treatment ('I sleep right through', 'she now sleeps like a log'). */
const PERSON_SLEEPS = new RegExp(`\\b${R7_PERSON}\\s+(?:(?:has|have|had)\\s+)?(?:(?:now|finally|actually|always|usually|even|also|just)\\s+)?(?:sleep|sleeps|slept)\\s+(?:(?:right|straight|all\\s+the\\s+way)\\s+through|through\\s+(?:the|every|each)\\s+night|like\\s+a\\s+(?:baby|log|top)|soundly|(?:so\\s+much\\s+|much\\s+|far\\s+|a\\s+lot\\s+)?better|(?:seven|eight|nine|\\d+)\\s+hours)(?![a-z-])`, 'i');
/** Round 7 (B): leaving a session changed ('I walked out of the studio a non-smoker', 'came home pain-free'). */
const WALKED_OUT = /\b(?:i|we|she|he|they|you(?:['\u2019]ll|\s+will)?)\s+(?:walked|walk|walks|came|come|comes|left|leave|leaves|went|go|got\s+up|skipped)(?:\s+(?:out|off|home|away))?(?:\s+(?:(?:of|from)\s+)?(?:[a-z'\u2019-]+\s+){1,3}?(?:studio|clinic|salon|room|surgery|practice|session|appointment|office|centre|center|spa|class|chair|couch|treatment))?\s+(?:a\s+(?:non-smoker|nonsmoker|new\s+(?:woman|man|person)|different\s+person)|an\s+ex-smoker|smoke-free|pain-free|symptom-free|(?:completely\s+|totally\s+)?free\s+of\s+(?:pain|cravings|anxiety|the\s+cravings|the\s+pain))(?![a-z-])/i;
/** Round 7 (B): a person changed or free of a complaint after a treatment ("I'm a new woman since starting HRT", 'she has been seizure-free since the diet'). */
const NEW_PERSON = new RegExp(`\\b${R7_PERSON}(?:['\u2019]m|['\u2019]s|['\u2019]re|\\s+am|\\s+is|\\s+are|\\s+was|\\s+were|\\s+(?:has|have)\\s+been|['\u2019]ve\\s+been|\\s+feel|\\s+feels|\\s+felt)\\s+(?:(?:now|finally|completely|totally|basically|like|virtually|almost|practically|already)\\s+)?(?:a\\s+(?:new|different|changed)\\s+(?:woman|man|person|girl|boy|child)|[a-z]+-free|free\\s+(?:of|from)\\s+(?:pain|symptoms|seizures|fits|migraines|headaches|cravings|eczema|flare-ups|panic\\s+attacks))(?![a-z-])`, 'i');
/** Round 7 (B): none of a habit since ('I haven't touched one since', 'she hasn't smoked since her session'). */
const HABIT_NOT_SINCE = /\b(?:i|we|she|he|they)(?:\s+(?:have|has)(?:\s+not|n['\u2019]t)|['\u2019]ve\s+not|\s+(?:have|has)\s+never)\s+(?:touched|smoked|had|lit|wanted|craved|bought|needed|reached\s+for|taken|used)(?:\s+(?:(?:a|one|another|a\s+single|any|my)\s+)?(?:cigarettes?|cigs?|fags?|vapes?|drinks?|drop|puffs?|one|alcohol|painkillers?|tablets?|pills?|inhalers?|puffers?|antihistamines?|sleeping\s+pills?|paracetamol|ibuprofen|antacids?|laxatives?))?\s+since\b/i;
/** Round 7 (B): a treatment that worked where others had failed ('worked when nothing else had', 'the only thing that has helped'). */
const WORKED_WHEN = /\b(?:(?:worked|works|helped|helps|did\s+the\s+trick)\s+(?:for\s+(?:me|us|him|her|them|my\s+[a-z-]+)\s+)?(?:when|where)\s+(?:nothing|everything|all)\s+else\s+(?:(?:had|has)\s+)?(?:failed|had|did|didn['\u2019]t|hadn['\u2019]t)?|(?:the\s+)?(?:only|first)\s+(?:thing|treatment|remedy|one)\s+(?:that\s+)?(?:has\s+|have\s+|had\s+|ever\s+|actually\s+|really\s+){0,2}(?:worked|helped))(?![a-z-])/i;
/** Round 7 (B): a good activity resumed in a case story ('she was commuting to Bath again', 'he could play football again'). */
const RESUMED = new RegExp(`\\b${R7_PERSON}\\s+(?:was|were|is|are|['\u2019]s|['\u2019]m|am|had\\s+been|has\\s+been|could|can|was\\s+able\\s+to|were\\s+able\\s+to)\\s+(?:(?:finally|already|actually|happily|even|back)\\s+)?([a-z-]+)\\s+(?:[a-z'\u2019-]+\\s+){0,4}?again\\b`, 'i');
/** Round 7 (B): feeling oneself again after a treatment, in a case story ('she felt like herself for the first time in years'). */
const FELT_HERSELF = /\b(?:felt|feel|feels|feeling)\s+(?:like\s+)?(?:herself|himself|myself|themselves|ourselves|normal|human)\s+(?:again|for\s+the\s+first\s+time\s+in\s+(?:years|months|ages|a\s+long\s+time|a\s+decade|\d+\s+years))\b/i;
/** Round 7 (B): activities a case story reports resumed, as -ing forms or bare verbs ('commuting', 'play'). */
const RESUMED_ACTIVITY = /^(?:commut|driv|drive|travel|fly|flying|work|working|go|going|socialis|socializ|shop|shopping|swim|run|running|walk|walking|cycl|ride|riding|danc|dance|play|playing|sing|singing|train|training|garden|hik|climb|eat|eating|sleep|sleeping|enjoy|enjoying|laugh|laughing|exercis|lift|lifting|cook|cooking|read|reading|study|studying|drive|sail|golf|ski|skiing|teach|teaching|paint|painting|knit|knitting|travell|holiday|fly)/;
/** Round 7 (B): a first season or time without a symptom ('her first summer in a decade without streaming eyes'). */
const FIRST_WITHOUT = /\b(?:first|first\s+ever)\s+(?:summer|winter|spring|autumn|season|pollen\s+season|hay\s+fever\s+season|christmas|holiday|night|week|weekend|month|year|term|exam\s+season|period|cycle|flight|birthday)\s+(?:(?:in|for)\s+(?:a\s+decade|a\s+long\s+time|ages|years|months|living\s+memory|\d+\s+years|(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years)\s+)?(?:without|free\s+(?:of|from)|with\s+no)\s+(?:(?:a|an|any|a\s+single)\s+)?/iy;

/**
 * Round 7 (B): testimonials and case stories in the shapes reviews and practitioners write them, each looked for only when
 * its words are there: a possessed symptom now better ('my back pain is finally manageable'), the best state ever ('my
 * mouth has never felt healthier'), a treatment no longer needed ('neither of my boys has needed a filling'), sleeping
 * through after sessions, walking out of a session a non-smoker, a treatment that worked when nothing else had, an
 * activity resumed 'again' or feeling oneself again after a session ('By our fourth session she was commuting again'), a
 * first season without a symptom. Each needs a treatment or a session in the sentence (except 'finally' / 'now' with
 * the writer's own symptom): without one it is the course of an illness or a life event.
 */
/**
 * Round 7 (B): the words the round-7 passes need, noted by the scanner at each word no lexicon entry matched (a table
 * lookup on the first letter, then the word), so that round7Outcome costs almost nothing on a sentence with none of them.
 */
let round7Seen = 0;
const R7_REPORTED = 1;
const R7_AGAIN = 2;
const R7_FIRST = 4;
const R7_ELSE = 8;
const R7_FREE = 16;
const R7_AMAZED = 32;
const R7_OWNER = 64;
const R7_NEVER = 128;
const R7_SINCE = 256;
const R7_NEEDED = 512;
const R7_STATE = 1024;
const R7_NEW = 2048;
const R7_WORD_BITS = new Map<string, number>([
  ['again', R7_AGAIN], ['younger', R7_REPORTED], ['learn', R7_REPORTED], ['learns', R7_REPORTED], ['learned', R7_REPORTED], ['learnt', R7_REPORTED],
  ['healthier', R7_REPORTED], ['clearer', R7_REPORTED], ['stronger', R7_REPORTED], ['pinker', R7_REPORTED], ['firmer', R7_REPORTED], ['calmer', R7_REPORTED], ['smoother', R7_REPORTED],
  ['first', R7_FIRST], ['else', R7_ELSE], ['only', R7_ELSE], ['smoker', R7_FREE], ['non-smoker', R7_FREE], ['nonsmoker', R7_FREE], ['ex-smoker', R7_FREE],
  ['amazed', R7_AMAZED], ['surprised', R7_AMAZED], ['astonished', R7_AMAZED], ['delighted', R7_AMAZED], ['thrilled', R7_AMAZED], ['relieved', R7_AMAZED],
  ['stunned', R7_AMAZED], ['shocked', R7_AMAZED], ['pleased', R7_AMAZED],
  ['my', R7_OWNER], ['our', R7_OWNER], ['her', R7_OWNER], ['his', R7_OWNER], ['their', R7_OWNER], ['never', R7_NEVER], ['since', R7_SINCE],
  ['manageable', R7_STATE], ['bearable', R7_STATE], ['tolerable', R7_STATE], ['control', R7_STATE], ['milder', R7_STATE], ['history', R7_STATE],
  ['non-existent', R7_STATE], ['past', R7_STATE], ['improved', R7_STATE], ['easier', R7_STATE], ['better', R7_STATE],
  ['new', R7_NEW], ['different', R7_NEW], ['changed', R7_NEW],
  ['needed', R7_NEEDED], ['required', R7_NEEDED], ['had', R7_NEEDED], ['used', R7_NEEDED], ['taken', R7_NEEDED],
]);
/** For each first letter (lower case), the lengths of the words above that start with it, as bits (1 << length). */
const R7_SHAPES = new Int32Array(128);
for (const word of R7_WORD_BITS.keys()) R7_SHAPES[word.charCodeAt(0)] |= 1 << word.length;
/**
 * The words above by first letter and length (at (letter << 5) | length), with their bits: the scanner calls
 * noteRound7Word at about five words a sentence, and comparing them in place (wordAt) spares a lower-cased copy of each
 * and its hash. The words are lower-case ASCII, so a word of the text lower-cases to one of them exactly when wordAt
 * finds it there (no character lower-cases to more than one ASCII character).
 */
const R7_BY_SHAPE: ([string, number][] | undefined)[] = new Array(128 * 32).fill(undefined);
for (const [word, bit] of R7_WORD_BITS) (R7_BY_SHAPE[(word.charCodeAt(0) << 5) | word.length] ??= []).push([word, bit]);
function noteRound7Word(text: string, i: number, j: number): void {
  if (j - i > 5 && text.charCodeAt(j - 5) === 45 && (text.charCodeAt(j - 4) | 32) === 102 && wordAt(text, j - 3, 'ree')) {
    round7Seen |= R7_FREE; // 'pain-free', 'smoke-free'
    return;
  }
  if (j - i > 30) return;
  const c1 = lower(text.charCodeAt(i));
  const words = c1 < 128 ? R7_BY_SHAPE[(c1 << 5) | (j - i)] : undefined;
  if (words === undefined) return;
  for (const [word, bit] of words)
    if (wordAt(text, i, word)) {
      round7Seen |= bit;
      return;
    }
}

function round7Outcome(text: string, cues: Cue[]): Reported | null {
  // The cue kinds and one pass for the words decide which passes can apply (most sentences reach here with none of them).
  let symptom = false;
  let negation = false;
  let sleep = false;
  let comparative = false;
  for (const c of cues) {
    if (c.kind === K.bad || c.kind === K.disease) symptom = true;
    else if (c.kind === K.negation) {
      negation = true;
      if ((text.charCodeAt(c.start) | 32) === 110 && (text.charCodeAt(c.start + 2) | 32) === 118) round7Seen |= R7_NEVER; // 'never'
    } else if (c.kind === K.good && (text.charCodeAt(c.start) | 32) === 115 && (text.charCodeAt(c.start + 2) | 32) === 101) sleep = true; // 'sleep', 'slept'
    else if (c.kind === K.comparative || c.kind === K.good || c.kind === K.body) {
      comparative = true; // 'with healthier gums', 'calmer skin'
      if (c.kind === K.comparative) round7Seen |= R7_STATE; // 'better', 'easier'
    }
  }
  const w = round7Seen;
  if (w === 0 && !sleep) return null;
  let m: RegExpExecArray | null = null;
  const result = (re: RegExp, idiom = false): Reported | null => {
    m = re.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length, groupStart: m.index, idiom } : null;
  };
  let r: Reported | null = null;
  if (w & R7_REPORTED || (comparative && text.indexOf(' with ') > 0)) {
    round7Predicate ??= new RegExp(`\\b(?:${alternation(reportedData.round7Predicates.phrases)})(?![a-z-])`, 'gi');
    r = reportedOutcome(text, cues, round7Predicate);
  }
  if (!r && symptom && w & R7_AMAZED) r = amazedReport(text, cues);
  // 'my back pain is finally manageable'.
  if (!r && symptom && w & R7_OWNER && w & R7_STATE) r = ownStateBetter(text, cues);
  if (!r && negation) {
    if (w & R7_NEVER) {
      r = result(NEVER_BETTER);
      if (r && !afterTreatment(text, cues)) r = null;
    }
    if (!r && w & R7_NEEDED) {
      r = result(NONE_NEEDED);
      if (r && !(afterTreatment(text.slice(0, r.start), cues.filter((c) => c.end <= r!.start)) || SINCE_START.test(text.slice(r.end)) || PRODUCT_NOUN.test(text.slice(r.end)) || /\b(?:best\s+thing|thanks\s+to)\b/i.test(text))) r = null;
    }
    if (!r && w & R7_SINCE) {
      r = result(HABIT_NOT_SINCE);
      if (r && !(afterTreatment(text, cues) || SINCE_START.test(text.slice(r.end - 6)))) r = null;
    }
    if (!r && w & R7_FIRST) r = firstWithout(text, cues);
  }
  if (!r && sleep) {
    r = result(PERSON_SLEEPS);
    if (r && !afterTreatment(text, cues)) r = null;
  }
  if (!r && w & R7_FREE) r = result(WALKED_OUT);
  if (!r && w & (R7_FREE | R7_NEW)) {
    r = result(NEW_PERSON);
    if (r && !(afterTreatment(text, cues) || SINCE_STARTING.test(text))) r = null;
  }
  if (!r && (w & (R7_ELSE | R7_FIRST) || (negation && text.indexOf(' else') > 0)) && (text.indexOf('work') > 0 || text.indexOf('help') > 0 || text.indexOf('trick') > 0)) {
    r = result(WORKED_WHEN);
    if (r && !(afterTreatment(text, cues) || symptom)) r = null;
  }
  if (!r && w & R7_AGAIN && (BY_SESSION.test(text) || AFTER_TREATMENT.test(text))) {
    const a = RESUMED.exec(text);
    if (a && RESUMED_ACTIVITY.test(a[1].toLowerCase()) && !negationBefore(text, cues, a.index + a[0].length)) r = { start: a.index, end: a.index + a[0].length, groupStart: a.index };
  }
  if (!r && w & R7_FIRST && (BY_SESSION.test(text) || AFTER_TREATMENT.test(text))) r = result(FELT_HERSELF);
  if (!r) return null;
  // Not a side effect.
  for (const c of cues) if (c.kind === K.side) return null;
  return r;
}

// ---------------------------------------------------------------- round 7 (part B): practitioners' and staff reports

let round7Predicate: RegExp | null = null;
let amazedRe: RegExp | null = null;
/** People a practice or a shop serves, for an emotive report without a named treatment. */
const SERVED = /\b(?:clients|patients|customers|members|regulars|guests|users|mums|parents|people\s+(?:i|we)\s+see)\b/i;

/**
 * Round 7 (B): outcomes that practitioners and staff report of the people they serve, in words the shared predicates
 * lack: users of a product who 'turn up to their next check-up with healthier gums', clients who 'feel ten years younger',
 * anxious clients who 'learn to settle themselves' or 'to cope with their panic' (claims-reported.json round7Predicates,
 * read with a group of receivers before them as reportedOutcome reads its own); and an emotive report frame whose
 * complement is a symptom gone ('Clients are often amazed that the cravings simply aren't there', 'were surprised how
 * quickly their pain eased'). Each is looked for only when its words are there (round7Outcome reads them): the first with
 * reportedOutcome and the predicates as its parameter, the second here.
 */
function amazedReport(text: string, cues: Cue[]): Reported | null {
  amazedRe ??= new RegExp(
    `\\b(?:are|were|am|was|is|get|got|['\u2019]re|['\u2019]m)\\s+(?:(?:often|usually|always|sometimes|genuinely|really|so|honestly|quite|all)\\s+)?(?:amazed|surprised|astonished|delighted|thrilled|relieved|stunned|shocked|pleased)\\s+(?:(?:to\\s+(?:find|discover|notice|see|realise|realize)(?:\\s+that)?|that|by\\s+how|at\\s+how|how)\\s+)(?:(?:quickly|fast|soon|much|easily)\\s+)?(?:(?:the|their|her|his|my|our|your)\\s+)(?:[a-z'\u2019-]+\\s+)?(?:${alternation(reportedData.symptoms)}|${alternation(testimonialData.countSymptoms)})\\s+(?:(?:simply|just|completely|totally|really|have|has|had|are|is|were|was)\\s+){0,2}(?:(?:aren['\u2019]t|isn['\u2019]t|are\\s+not|is\\s+not|weren['\u2019]t|wasn['\u2019]t)\\s+there(?:\\s+any\\s*more)?|gone|disappeared|vanished|eased|stopped|settled|lifted|faded|cleared(?:\\s+up)?|calmed\\s+down|went\\s+away|go\\s+away|goes\\s+away|improved|(?:so\\s+much\\s+|much\\s+|far\\s+)?better|easier|under\\s+control)(?![a-z-])`,
    'i',
  );
  const m = amazedRe.exec(text);
  if (!m || negationBefore(text, cues, m.index + 1)) return null;
  if (!SERVED.test(text) && !afterTreatment(text, cues) && !FIRST_PERSON.test(text.slice(0, m.index))) return null;
  return { start: m.index, end: m.index + m[0].length, groupStart: m.index };
}

function ownStateBetter(text: string, cues: Cue[]): Reported | null {
  ownStateRe ??= new RegExp(
    `\\b(my|our|her|his|their)\\s+(?:[a-z'\u2019-]+\\s+){0,2}?(?:${alternation(reportedData.symptoms)}|${alternation(testimonialData.countSymptoms)})\\s+(?:is|are|has\\s+been|have\\s+been|feels?|seems?)\\s+(?:(finally|now|at\\s+last|already)\\s+)?(?:(?:so\\s+much|much|far|a\\s+lot|completely|totally|really|definitely|noticeably)\\s+)?(?:manageable|bearable|tolerable|under\\s+control|better|easier|calmer|milder|improved|non-existent|a\\s+thing\\s+of\\s+the\\s+past|history|more\\s+(?:manageable|bearable|settled))(?![a-z-])`,
    'i',
  );
  const o = ownStateRe.exec(text);
  if (!o) return null;
  const end = o.index + o[0].length;
  if (DAILY_VARIATION.test(text.slice(end, end + 30)) || negationBefore(text, cues, end)) return null;
  // The writer's own symptom with 'finally' / 'now' reports a change; otherwise the sentence names a treatment.
  const first = /^(?:my|our)$/i.test(o[1]);
  if (!((first && o[2]) || afterTreatment(text, cues))) return null;
  return { start: o.index, end, groupStart: o.index };
}

function firstWithout(text: string, cues: Cue[]): Reported | null {
  for (let i = text.indexOf('first'); i >= 0; i = text.indexOf('first', i + 1)) {
    FIRST_WITHOUT.lastIndex = i;
    const f = FIRST_WITHOUT.exec(text);
    if (!f) continue;
    const from = i + f[0].length;
    const c = cueFrom(cues, from);
    let end = c && (c.kind === K.bad || c.kind === K.disease) && wordsBetween(text, from, c.start) <= 2 ? c.end : -1;
    if (end < 0) {
      const { countSymptom } = round6Regexes();
      countSymptom.lastIndex = from;
      const s = countSymptom.exec(text);
      if (s) end = from + s[0].length;
    }
    if (end < 0) {
      // 'without streaming eyes', 'without a runny nose': a symptom adjective and a body part.
      const s = /(?:streaming|itchy|watery|running|runny|blocked|puffy|sore|red|swollen|aching|stiff|dry)\s+(?:eyes|nose|throat|joints|knees|back|skin|sinuses)\b/iy;
      s.lastIndex = from;
      if (s.test(text)) end = s.lastIndex;
    }
    if (end < 0 || !(afterTreatment(text, cues) || /\bthanks\s+to\b/i.test(text))) continue;
    return { start: i, end, groupStart: i };
  }
  return null;
}

// ---------------------------------------------------------------- round 7 (part B): precision, services

/**
 * Round 7 (B): 'help' + people named by a condition + a task of organising whose object is a service or its paperwork
 * ('Our nurses help patients with diabetes manage their foot care appointments', 'help people with cancer keep on top of
 * their paperwork', 'help patients with dementia remember their appointment times'): the condition names who is helped,
 * the help is with logistics, not a health outcome. 'help patients with diabetes manage their blood sugar' keeps its claim.
 */
const SERVICE_TASK = /^\s+(?:to\s+)?(?:manage|keep\s+track\s+of|keep\s+on\s+top\s+of|stay\s+on\s+top\s+of|keep\s+up\s+with|remember|attend|get\s+to|make\s+it\s+to|travel\s+to|book|organi[sz]e|arrange|sort\s+out|fill\s+in|fill\s+out|apply\s+for|renew|order|collect|pay\s+for|pay|plan|schedule|reschedule|cancel|prepare\s+for|navigate|understand|read|find|access|claim)\s+(?:(?:their|your|his|her|our|the|all|any|every)\s+)?(?:[a-z-]+\s+){0,3}?(?:appointments?|paperwork|forms?|prescriptions?|refills?|reminders?|bookings?|bills?|benefits?|claims?|transport|referrals?|letters?|records?|check-ups?|reviews?|diar(?:y|ies)|calendars?|budgets?|insurance|finances|money|visits?|times|schedules?|admin|deliveries|sessions|results|leaflets?|allowances?|grants?|badges?|applications?|housing|jobs?|work|school)(?![a-z-])/i;
function serviceTask(text: string, rel: Relation, object: Cue): boolean {
  const ch = text.charCodeAt(rel.cue.start) | 32;
  if (ch !== 104 || !/^help/i.test(text.slice(rel.cue.start, rel.cue.start + 4))) return false;
  if (!/\bwith\s+(?:[a-z'-]+\s+)?$/i.test(text.slice(Math.max(0, object.start - 30), object.start))) return false;
  return SERVICE_TASK.test(text.slice(object.end, object.end + 120));
}

/** Round 9 (C): body parts, tissues and organs that hold, cushion or protect other parts of the body. */
const ANATOMY_SUBJECT = new Set(['muscle', 'muscles', 'ligament', 'ligaments', 'tendon', 'tendons', 'bone', 'bones', 'cartilage', 'fascia', 'floor', 'hammock', 'sling', 'disc', 'discs', 'spine', 'skeleton', 'ribs', 'ribcage', 'pelvis', 'skin', 'liver', 'kidney', 'kidneys', 'lungs', 'heart', 'tears', 'saliva', 'mucus', 'lining', 'membrane', 'membranes', 'tissue', 'tissues', 'cuff', 'joint', 'joints', 'arch', 'arches', 'gland', 'glands', 'nerves', 'brain', 'eyelids', 'eyelashes', 'lashes', 'enamel', 'gums', 'cilia', 'valves', 'sphincter']);
/** Round 9 (C): words before an anatomy subject that make it the result of training or care ('strong glutes protect your back'). */
const TRAINED_STATE = /^(?:strong|stronger|strengthened|healthy|healthier|fit|fitter|toned|trained|well-trained|conditioned|flexible|supple|relaxed)$/;
/** Round 9 (C): determiners and possessives that may open an anatomy subject ('Your pelvic floor', 'The ligaments'). */
const ANATOMY_OPENER = /^(?:the|your|our|a|an|its|their|his|her|my|these|those|this|that|each|every)$/;
/**
 * Round 9 (C): the benefit verb's subject is a part of the body and its object another part ('Your pelvic floor is a hammock
 * of muscles that supports the bladder', 'The liver detoxifies the blood', 'Tears protect the eyes'): the sentence describes
 * anatomy, not a treatment. The subject is the antecedent of 'that'/'which' right before the verb, or a short noun phrase
 * that opens the sentence (up to three words before its head, the first a determiner or a possessive). A word of training
 * or care before it ('Strong glutes protect your lower back') keeps the claim. Gated by a body-part object.
 */
function anatomySubject(text: string, rel: Relation): boolean {
  if (!rel.verb) return false;
  let b = prevWordBounds(text, rel.cue.start);
  if (b && /ly$/.test(text.slice(b[0], b[1]))) b = prevWordBounds(text, b[0]); // 'that gently supports'
  if (!b) return false;
  let head = text.slice(b[0], b[1]).toLowerCase();
  if (head === 'that' || head === 'which') {
    b = prevWordBounds(text, b[0]);
    if (!b) return false;
    head = text.slice(b[0], b[1]).toLowerCase();
    if (!ANATOMY_SUBJECT.has(head)) return false;
  } else {
    if (!ANATOMY_SUBJECT.has(head)) return false;
    // A short noun phrase that opens the sentence: up to three words before the head.
    let at = b[0];
    let first = '';
    for (let n = 0; n < 4; n++) {
      const p = prevWordBounds(text, at);
      if (!p) break;
      if (n === 3) return false;
      first = text.slice(p[0], p[1]).toLowerCase();
      if (TRAINED_STATE.test(first)) return false;
      at = p[0];
    }
    for (let i = 0; i < at; i++) if (!isSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 8220) return false;
    if (first && !ANATOMY_OPENER.test(first)) {
      // The opener may be the second word ('Healthy ...' was refused above): only a determiner or an anatomy word opens it.
      if (!ANATOMY_SUBJECT.has(first) && !/^(?:pelvic|rotator|immune|spinal|abdominal|core|back|neck|knee|hip|ankle|foot|heel|tear|skin|gut|tooth|bladder)$/.test(first)) return false;
    }
    return true;
  }
  const before = prevWord(text, b[0]);
  return !TRAINED_STATE.test(before);
}

/** Round 10 (C): the body's own agents as a subject head ('hormones', 'your immune system', 'your body', 'endorphins'). */
const BODY_AGENT = new Set(['hormone', 'hormones', 'enzyme', 'enzymes', 'antibody', 'antibodies', 'endorphins', 'neurotransmitters', 'body', 'system', 'painkillers', 'chemicals', 'cells']);
/** Round 10 (C): a class noun before a name in apposition ('the hormone relaxin', 'the enzyme lactase'). */
const BODY_AGENT_CLASS = new Set(['hormone', 'enzyme', 'neurotransmitter']);
/** Round 10 (C): the words before 'system' and 'cells' that make them the body's own ('immune system', 'white blood cells'). */
const BODY_AGENT_MODIFIER = /^(?:immune|nervous|lymphatic|endocrine|digestive|hormonal|blood|white|killer|stem|natural|own|body's|body\u2019s|s)$/;
/** Round 10 (C): words that may open the clause right before the subject ('and', 'as', 'while', 'so'). */
const BODY_AGENT_OPENER = /^(?:and|as|when|whenever|while|whilst|because|since|so|but|then|where|until|once|whereas|meanwhile|naturally|also|meantime)$/;
const BODY_AGENT_PREPOSITION = /^(?:during|in|after|before|throughout|through|over|at|by|with|under|across)$/;
const BODY_AGENT_DETERMINER = /^(?:the|your|our|a|an|its|their|his|her|my|these|those|this|every|each)$/;
/**
 * Round 10 (C): the subject of the benefit verb is one of the body's own agents (a hormone, an enzyme, antibodies, endorphins,
 * the immune or nervous system, the body itself): 'the hormone relaxin softens the ligaments', 'Your immune system fights off
 * most colds', 'Your body repairs muscle while you sleep' describe physiology, not a treatment. The subject opens its clause
 * (the sentence, a comma, 'and', 'as', 'while' or a short prepositional phrase before it, 'During pregnancy the hormone
 * relaxin …'); after a verb ('helps your body fight colds') it is that verb's object and the claim is the verb's. A word of
 * training or care before it ('a stronger immune system') keeps the claim. Read only when a relation already has its object.
 */
function bodyAgentSubject(text: string, rel: Relation): boolean {
  let b = prevWordBounds(text, rel.modalStart ?? rel.cue.start);
  if (b && /ly$/i.test(text.slice(b[0], b[1]))) b = prevWordBounds(text, b[0]); // 'naturally eases'
  if (!b) return false;
  const head = text.slice(b[0], b[1]).toLowerCase();
  let at = b[0];
  let agent = BODY_AGENT.has(head);
  if (head === 'system' || head === 'cells' || head === 'painkillers' || head === 'chemicals') {
    // Only the body's own: 'immune system', 'white blood cells', 'natural painkillers', 'the body's own chemicals'.
    agent = BODY_AGENT_MODIFIER.test(prevWord(text, b[0]));
  }
  if (!agent) {
    // A name in apposition after its class noun ('the hormone relaxin').
    const p = prevWordBounds(text, b[0]);
    if (!p || !BODY_AGENT_CLASS.has(text.slice(p[0], p[1]).toLowerCase()) || !/^(?:the|a|this|your|its)$/.test(prevWord(text, p[0]))) return false;
    at = p[0];
  }
  // The rest of the noun phrase: up to three words back to its determiner (none at the sentence start).
  for (let n = 0; n < 4; n++) {
    const p = prevWordBounds(text, at);
    if (!p) return true; // the clause starts here
    const w = text.slice(p[0], p[1]).toLowerCase();
    if (TRAINED_STATE.test(w) || /^(?:stronger|healthier|fitter|boosted|supported|primed)$/.test(w)) return false;
    if (BODY_AGENT_DETERMINER.test(w)) {
      const q = prevWordBounds(text, p[0]);
      if (!q) return true;
      const before = text.slice(q[0], q[1]).toLowerCase();
      if (BODY_AGENT_OPENER.test(before)) return true;
      // A short prepositional phrase that opens the sentence ('During pregnancy the hormone …', 'In labour your body …').
      const r = prevWordBounds(text, q[0]);
      if (r === null || !BODY_AGENT_PREPOSITION.test(text.slice(r[0], r[1]).toLowerCase())) return false;
      const t = prevWordBounds(text, r[0]); // 'Later in pregnancy the hormone …'
      return t === null || (/^(?:later|early|earlier|late|and|but|so|then)$/i.test(text.slice(t[0], t[1])) && prevWordBounds(text, t[0]) === null);
    }
    if (BODY_AGENT_OPENER.test(w)) return true;
    at = p[0];
  }
  return false;
}

/** Round 9 (C): verbs of taking in or making a substance, after 'help' and the body ('helps your body absorb iron'). */
const ABSORB = /^(?:absorb|absorbs|take\s+up|take\s+in|use|utili[sz]e|process|store|convert|make|produce|synthesi[sz]e|metaboli[sz]e)\b/i;
/**
 * Round 9 (C): 'help' with the body as its object and a verb of taking in or making a substance ('A pinch of black pepper
 * helps your body absorb curcumin', 'Fat helps the body take up vitamin D'): absorption is a mechanism, not a health
 * outcome. A health outcome after the substance is read by the other relations of the sentence.
 */
function absorptionOnly(text: string, rel: Relation, object: Cue): boolean {
  if (rel.verb?.lemma !== 'help') return false;
  let i = object.end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (!ABSORB.test(text.slice(i, i + 16))) return false;
  // The substance, then no health outcome in the clause ('helps your body absorb calcium for stronger bones' keeps its claim
  // through 'stronger bones' only if another relation reads it).
  return true;
}

/** Round 9 (C): a condition on a person after the verb ('if you're short of it', 'when you are low in iron', 'unless you lack'). */
const PERSON_CONDITION = /^[^.;:!?]{0,40}?\b(?:if|when|unless)\s+(?:you|you're|you\u2019re|your|someone|someone's|people|they|they're|their|a\s+person|the\s+person)\b/i;
/**
 * Round 9 (C): 'only' before the relation and a condition on the person after it ('Biotin only makes a difference if you're
 * short of it', 'Iron tablets only help when you are low in iron', 'Physio only works if you do the exercises'): a
 * restrictive condition limits the benefit to a group, as advice does; the writer says it does not help most readers.
 */
function onlyIfCondition(text: string, rel: Relation): boolean {
  const from = rel.modalStart ?? rel.cue.start;
  const at = text.lastIndexOf('only', from);
  if (at < 0 || from - at > 12) return false;
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  if (!/^\s+(?:(?:really|truly|ever|actually|[a-z]+ly)\s+)?$/i.test(text.slice(at + 4, from))) return false; // 'only (really) helps'
  return PERSON_CONDITION.test(text.slice(rel.cue.end, rel.cue.end + 80));
}

// ---------------------------------------------------------------- round 7 (G): the fallback

/**
 * Round 7 (G): a claim read by its parts, for sentences in which no listed verb, idiom, testimonial or reported outcome
 * found one (and none was vetoed): an intervention as the subject of its clause, a lexical verb, a health outcome and an
 * improvement marker in the same clause ('Our shockwave therapy gets the blood flowing again', 'The nasal spray leaves
 * your nose clear', 'A softer brush makes brushing less painful'). The marker's class decides which outcome it improves
 * (claims-fallback.json): a particle of riddance or 'down' a complaint, of return or 'up' a good state or body function,
 * 'less'/'fewer' a complaint right after it, a comparative of health a body part, good state or person before it (or the
 * outcome right after it), a result state after a causative verb. Neutral verbs ('is', 'costs', 'contains'), verbs of
 * harm ('causes', 'triggers'), particle verbs of harm or of no effect ('sets off', 'breaks out', 'gets you down',
 * 'holds you back'), a negation before the marker in its clause and the usual vetoes (advice, condition, design, history,
 * logistics, doubt) take it out; so do cues of research or report anywhere in the sentence (see FALLBACK_SENTENCE_VETO).
 * The subject is an intervention or drug cue, a product noun, a name the lexicons do not know or 'it' right before a
 * finite verb, or an opening gerund. Gated: a sentence pays a look at its few cues, then one pass over its characters for
 * a marker word; only then are its words read. It returns at the first marker it can confirm (at most eight tried).
 * Measured alone and in the full classifier by bench/claims-fallback.ts.
 */
type FallbackClass = 'riddance' | 'return' | 'less' | 'better' | 'result' | 'evaluative' | 'prevent';
interface FallbackWord {
  s: number;
  e: number;
  w: string;
  /** Index of the last cue that starts at or before the word (-1: none). */
  k: number;
}
let fallbackTables: {
  marker: Map<string, FallbackClass>;
  more: Set<string>;
  complaint: Set<string>;
  good: Set<string>;
  body: Set<string>;
  person: Set<string>;
  product: Set<string>;
  /** Lifestyle changes as subjects ('A short nap …', 'A cold shower …'). */
  lifestyle: Set<string>;
  neutral: Set<string>;
  harm: Set<string>;
  particleHarm: Map<string, Set<string>>;
  /** Measures before 'of' in a subject ('a cup of', 'a few drops of'). */
  measure: Set<string>;
  /** Longest entry of the phrase lists, in words. */
  maxWords: number;
  /** Marker words by first letter and length: bit (length - 1) of entry (first letter - 'a'). */
  hint: Uint32Array;
  /** Marker words and the states graded by 'more'. */
  hintWords: Set<string>;
  /** First words of the entries of several words. */
  heads: Set<string>;
} | null = null;
function fallbackData(): NonNullable<typeof fallbackTables> {
  if (fallbackTables) return fallbackTables;
  const marker = new Map<string, FallbackClass>();
  for (const [cls, words] of Object.entries(fallbackLexicon.markers)) for (const w of words) marker.set(w, cls as FallbackClass);
  for (const w of [...fallbackLexicon.round9C.result, ...fallbackLexicon.round9C.resolved]) if (!marker.has(w)) marker.set(w, 'result'); // round 9 (C): 'keeps your memory razor-keen', 'gets back pain settled'
  for (const w of R10_RIDDANCE_IDIOM.keys()) if (!marker.has(w)) marker.set(w, 'riddance'); // round 10 (C): 'gives colds the boot', 'puts reflux to bed'
  let maxWords = 1;
  const heads = new Set<string>();
  const set = (xs: string[]): Set<string> => {
    for (const x of xs) {
      const parts = x.split(' ');
      maxWords = Math.max(maxWords, parts.length);
      if (parts.length > 1) heads.add(parts[0]);
    }
    return new Set(xs);
  };
  const particleHarm = new Map<string, Set<string>>();
  for (const [p, verbs] of Object.entries(fallbackLexicon.particleHarm)) particleHarm.set(p, new Set(verbs as string[]));
  return (fallbackTables = {
    marker,
    more: new Set([...fallbackLexicon.moreStates, ...fallbackLexicon.round9C.moreStates]), // round 9 (C): 'more comfortable'
    complaint: set(fallbackLexicon.complaints),
    good: set([...fallbackLexicon.goodStates, ...fallbackLexicon.round9C.activities]), // round 9 (C): 'makes sex more comfortable'
    body: set([...fallbackLexicon.bodyParts, ...fallbackLexicon.round9C.bodyParts]), // round 9 (C): 'keeps your mind sharp'
    person: new Set(fallbackLexicon.persons),
    product: set(fallbackLexicon.products),
    lifestyle: set(fallbackLexicon.lifestyle),
    neutral: new Set(fallbackLexicon.neutralVerbs),
    harm: new Set(fallbackLexicon.harmVerbs),
    particleHarm,
    measure: new Set(fallbackLexicon.measureNouns),
    maxWords,
    heads,
    hint: markerHint([...marker.keys(), ...fallbackLexicon.moreStates, ...fallbackLexicon.round9C.moreStates]),
    hintWords: new Set([...marker.keys(), ...fallbackLexicon.moreStates, ...fallbackLexicon.round9C.moreStates]),
  });
}

/** Cue kinds that keep the fallback out of a sentence (by kind). */
const FALLBACK_SENTENCE_VETO = ((): Uint8Array => {
  const t = new Uint8Array(KINDS.length);
  for (const k of ['side', 'design', 'correlational', 'history', 'definition', 'uncertainty', 'topic', 'distancing', 'background', 'comparative', 'effectNoun', 'causalAdj', 'epistemic', 'reporting', 'attr', 'attrSource', 'advice', 'conditional'] as const) t[K[k]] = 1;
  return t;
})();

/** Markers that are words of an idiom, by the word before them. */
const FALLBACK_IDIOM_PREV = new Map<string, RegExp>([
  ['control', /^under$/i],
  ['check', /^in$/i],
  ['way', /^(?:its|their|his|her)$/i],
  ['head', /^the$/i],
  ['kerb', /^the$/i],
  ['curb', /^the$/i],
  ...fallbackLexicon.markers.prevent.map((w): [string, RegExp] => [w, /^from$/i]),
  // Round 9 (C): the adjectives of comfort only after 'more'; 'young' and 'working' (common in research prose) only after
  // their object ('keeps you young', 'keeps your joints working').
  ...fallbackLexicon.round9C.moreStates.map((w): [string, RegExp] => [w, /^more$/i]),
  ['young', /^(?:you|me|him|her|them|us|yourself|myself|herself|himself|themselves)$/i],
  ['working', /^(?:joints|knees|hips|back|body|muscles|heart|brain|bowels|gut|kidneys|liver|legs|feet|hands|eyes|ears|lungs|bladder|memory|mind)$/i],
]);

/** The first-letter and length table of hasMarkerWord. */
function markerHint(words: string[]): Uint32Array {
  const t = new Uint32Array(26);
  for (const w of words) t[w.charCodeAt(0) - 97] |= 1 << (Math.min(w.length, 32) - 1);
  return t;
}

/**
 * Whether the text has a marker word (letters only, any case; a '-free' compound has 'free'): one pass over the characters,
 * a word sliced and looked up only when a marker of its first letter has its length.
 */
function hasMarkerWord(text: string, T: NonNullable<typeof fallbackTables>): boolean {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const s = i;
    const bits = T.hint[c - 97];
    while (i < len && isLetterCode(text.charCodeAt(i))) i++;
    const l = i - s;
    if (bits && l <= 32 && bits & (1 << (l - 1)) && (s === 0 || !isWordChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45) && (i === len || !isWordChar(text.charCodeAt(i)))) {
      const w = text.slice(s, i).toLowerCase();
      if (!T.hintWords.has(w)) continue;
      // A marker of an idiom only after its word ('under control', 'in check', 'on their way', 'on the head', 'to the kerb').
      const prev = FALLBACK_IDIOM_PREV.get(w);
      if (!prev) return true;
      let e = s;
      while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
      let b = e;
      while (b > 0 && isLetterCode(text.charCodeAt(b - 1))) b--;
      if (b < e && prev.test(text.slice(b, e))) return true;
    }
  }
  return false;
}

/** Words (letters, digits, inner hyphens and apostrophes), lower-cased, each with its cue (see FallbackWord.k), reused between calls. */
const fallbackWords: FallbackWord[] = [];
function readFallbackWords(text: string, cues: Cue[]): number {
  let n = 0;
  let i = 0;
  let k = -1;
  const len = text.length;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      i++;
      continue;
    }
    const s = i;
    let curly = false;
    while (i < len) {
      c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) i++;
      else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < len && isLetterCode(text.charCodeAt(i + 1))) {
        if (c === 0x2019) curly = true;
        i++;
      } else break;
    }
    let w = text.slice(s, i).toLowerCase();
    if (curly) w = w.replace(/\u2019/g, "'");
    while (k + 1 < cues.length && cues[k + 1].start <= s) k++;
    if (n < fallbackWords.length) {
      const o = fallbackWords[n];
      o.s = s;
      o.e = i;
      o.w = w;
      o.k = k;
    } else fallbackWords.push({ s, e: i, w, k });
    n++;
  }
  return n;
}
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const FALLBACK_AUX = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should', 'does', 'do', 'did', 'really', 'also', 'actually', 'just', 'even', 'often', 'usually', 'genuinely', 'quickly', 'gently', 'soon']);
/** Words before a subject that make it something other than the head of its clause's subject. */
const FALLBACK_NOT_SUBJECT = new Set(['of', 'from', 'with', 'without', 'after', 'before', 'for', 'in', 'on', 'at', 'about', 'than', 'like', 'to', 'by', 'into', 'during', 'over', 'under', 'between', 'if', 'when', 'whenever', 'unless', 'until', 'while', 'once', 'as', 'because', 'since', 'although', 'though', 'whether', 'no', 'not', 'without', 'stop', 'stopping', 'avoid', 'avoiding', 'skip', 'skipping', 'missing', 'quitting', 'forgetting', 'ignoring', 'neglecting', 'overdoing', 'skimping', 'losing', 'try', 'use', 'take', 'ask', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'what', 'which', 'who', 'how', 'why']);
/** Intensifiers between 'less'/'more' and what they grade. */
const FALLBACK_GRADE = new Set(['far', 'much', 'a', 'lot', 'so', 'even', 'way', 'little', 'bit', 'noticeably', 'visibly', 'significantly', 'considerably', 'dramatically', 'less', 'more']);

/** Round 7 (G) debug switch: run the fallback alone (no specific rule), to measure it (bench/claims-fallback.ts). */
let fallbackAlone = false;
export function setFallbackAlone(on: boolean): void {
  fallbackAlone = on;
}

/** The phrase of `set` that starts at word index i, or -1: its last word's index. */
function phraseStartingAt(words: FallbackWord[], i: number, set: Set<string>, maxWords: number, hi: number): number {
  let phrase = words[i].w;
  let best = set.has(phrase) ? i : -1;
  if (!fallbackTables!.heads.has(phrase)) return best; // no entry of several words starts with it
  for (let j = i + 1; j < hi && j < i + maxWords; j++) {
    phrase = `${phrase} ${words[j].w}`;
    if (set.has(phrase)) best = j;
  }
  return best;
}

function fallbackOutcome(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  // Gate 1 (the cues, a few per sentence): no side effect, study design, association, group comparison, effect noun, effect
  // adjective, history, definition, open question, report of research or of belief, advice, condition or claim reported at a
  // distance anywhere in the sentence: the fallback reads only plain statements (and research prose pays almost nothing).
  for (const c of cues) if (c.kind >= 0 && FALLBACK_SENTENCE_VETO[c.kind]) return false;
  // Gate 2: a marker word (one pass over the characters: a table of first letters and lengths, then a Set lookup).
  const T = fallbackData();
  if (!hasMarkerWord(text, T)) return false;
  const n = readFallbackWords(text, cues);
  const words = fallbackWords;
  let tries = 0;
  for (let m = 1; m < n; m++) {
    const w = words[m].w;
    let cls = T.marker.get(w);
    if (!cls && w.endsWith('-free') && T.complaint.has(w.slice(0, -5))) cls = 'result';
    else if (!cls && words[m - 1].w === 'more' && T.more.has(w)) cls = 'better';
    // 'in check', 'under control': the noun is a marker only in its idiom ('keeps blood sugar in check').
    if ((w === 'check' && words[m - 1].w !== 'in') || (w === 'control' && words[m - 1].w !== 'under')) continue;
    // 'sends colds on their way', 'kicks cravings to the kerb', 'knocks the pain on the head'.
    if ((w === 'way' && !(m > 1 && /^(?:its|their|his|her)$/.test(words[m - 1].w) && words[m - 2].w === 'on')) || ((w === 'kerb' || w === 'curb' || w === 'head') && !(m > 1 && words[m - 1].w === 'the' && words[m - 2].w === (w === 'head' ? 'on' : 'to')))) continue;
    // Round 10 (C): 'gives colds the boot', 'puts reflux to bed', 'kicks back pain into touch'.
    if (R10_RIDDANCE_IDIOM.has(w) && words[m - 1].w !== R10_RIDDANCE_IDIOM.get(w)) continue;
    if (cls === 'prevent' && words[m - 1].w !== 'from') continue;
    if (!cls) continue;
    if (fallbackAt(text, cues, clause, segment, inParens, words, n, m, cls, T, out)) return true;
    if (++tries === 8) break; // each try reads the clause's cues: a bounded number keeps the sentence linear
  }
  return false;
}

function fallbackAt(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, words: FallbackWord[], n: number, m: number, cls: FallbackClass, T: NonNullable<typeof fallbackTables>, out: ClaimFinding): boolean {
  const mw = words[m];
  const km = mw.k;
  // The marker inside a health cue is part of its name ('back pain', 'clear skin' as a cue).
  if (km >= 0 && cues[km].end > mw.s && cues[km].kind >= K.good && cls !== 'prevent') return false;
  const cl = km >= 0 ? clause[km] : 0;
  // The clause's (or segment's) start: the end of the last boundary or comma cue before the marker.
  let from = 0;
  for (let j = km; j >= 0; j--) if (cues[j].kind === BOUNDARY || cues[j].kind === COMMA) {
    from = cues[j].end;
    break;
  }
  // Negation, hedges and cues between the clause start and the marker.
  let hedge: Cue | null = null;
  for (let j = km; j >= 0 && cues[j].start >= from; j--) {
    const c = cues[j];
    if (c.kind === K.negation || c.kind === K.uncertainty || c.kind === K.conditional || c.kind === K.distancing || c.kind === K.topic) return false;
    if (c.kind === K.hedge || (c.kind === K.population && !hedge)) hedge = c;
  }
  // The subject: the first intervention, drug, product or opening gerund of the segment, heading its noun phrase.
  let first = 0;
  while (first < m && words[first].s < from) first++;
  let subj = -1; // word index of the subject's last word
  let subjStart = -1;
  for (let i = first; i < m && i <= first + 6; i++) {
    const w = words[i];
    const kc = w.k;
    const c = kc >= 0 && cues[kc].end > w.s ? cues[kc] : null;
    if (c && (c.kind === K.intervention || c.kind === K.drug)) {
      subjStart = i;
      subj = i;
      while (subj + 1 < m && words[subj + 1].s < c.end) subj++;
      // A compound head after it ('fluoride gel', 'probiotic yoghurt', 'gum after meals' stops at 'after'): product nouns, or up
      // to two words that cannot be its verb.
      for (let extra = 0; subj + 1 < m && (fallbackProductNext(words, subj + 1, m, T) || (extra < 2 && fallbackNounLike(words[subj + 1].w, T) && !/s$/.test(words[subj].w))); extra++) subj++;
      break;
    }
    let p = phraseStartingAt(words, i, T.product, T.maxWords, m);
    if (p < 0) p = phraseStartingAt(words, i, T.lifestyle, T.maxWords, m);
    if (p >= 0) {
      subjStart = i;
      subj = p;
      break;
    }
    // Round 10 (C): 'They (also) keep your muscles strong', 'Both leave your skin calmer': a plural pronoun opening the clause
    // right before a causative verb (across auxiliaries and adverbs) stands for the products the paragraph is about.
    if (i === first && (w.w === 'they' || w.w === 'both') && !c && fallbackCausativeAt(words, i + 1, m)) {
      subjStart = i;
      subj = i;
      break;
    }
    // A name the lexicons do not know ('TRT puts …', 'Fexofenadine keeps …') or 'it' opening the clause, right before a
    // finite verb: an unnamed product or the treatment the paragraph is about.
    if (i === first && i + 1 < m && !c && (w.w === 'it' || w.w === 'this' || w.w === 'these' || (/^[A-Z]/.test(text[w.s]) && !FALLBACK_NOT_SUBJECT.has(w.w) && !ARTICLES.has(w.w) && !OBJECT_PRONOUN.has(w.w) && !NUMBER_WORD.test(w.w) && !MONTH_OR_DAY.test(w.w) && !/^(?:i|we|you|he|she|they|there|here|some|many|most|people|patients|clients|everyone)$/.test(w.w))) && (/(?:s|ed)$/.test(words[i + 1].w) || FALLBACK_AUX.has(words[i + 1].w) || IRREGULAR_PAST.has(words[i + 1].w) || words[i + 1].w === 'had' || (w.w === 'these' && FALLBACK_CAUSATIVE.has(words[i + 1].w))) && !/ss$/.test(words[i + 1].w) && !T.product.has(words[i + 1].w)) {
      subjStart = i;
      subj = i;
      break;
    }
    if (i <= first + 2 && /ing$/.test(w.w) && w.w.length > 5 && !ING_NOUN.has(w.w) && !FALLBACK_NOT_SUBJECT.has(w.w) && !(c && c.kind >= K.good) && (i === first || !ARTICLES.has(words[i - 1].w))) {
      // An opening gerund and its object, up to the verb: 'Walking after dinner keeps …', 'Cutting out sugar gets …'.
      subjStart = i;
      subj = i;
      break;
    }
    // 'A cup of ginger tea', 'a few drops of lavender oil': a measure of the subject.
    if (w.w === 'of' && i > first && T.measure.has(words[i - 1].w)) continue;
    if (FALLBACK_NOT_SUBJECT.has(w.w) && !(i > first && (w.w === 'that' || w.w === 'and'))) return false;
    if (c && c.kind >= K.good && c.kind !== K.intervention && c.kind !== K.drug) {
      // A health word before the subject is its modifier only when the next word continues the noun phrase.
      continue;
    }
  }
  if (subj < 0) return false;
  // Coordinated subjects ('Zinc and magnesium', 'a soft brush and a fluoride gel'): the second one and its compound.
  if (subj + 2 < m && (words[subj + 1].w === 'and' || words[subj + 1].w === 'or')) {
    let j = subj + 2;
    if (ARTICLES.has(words[j].w) && j + 1 < m) j++;
    // Up to two modifiers before the second head ('and a fluoride gel', 'and lukewarm salt water').
    let kc = -1;
    for (let t = 0; t < 3 && j < m; t++, j++) {
      kc = words[j].k;
      if ((kc >= 0 && cues[kc].end > words[j].s && (cues[kc].kind === K.intervention || cues[kc].kind === K.drug)) || T.product.has(words[j].w)) break;
      if (!fallbackNounLike(words[j].w, T)) j = m;
    }
    if (j < m && ((kc >= 0 && cues[kc].end > words[j].s && (cues[kc].kind === K.intervention || cues[kc].kind === K.drug)) || T.product.has(words[j].w))) {
      subj = j;
      while (subj + 1 < m && words[subj + 1].s < (kc >= 0 ? cues[kc].end : 0)) subj++;
      for (let extra = 0; subj + 1 < m && (fallbackProductNext(words, subj + 1, m, T) || (extra < 2 && fallbackNounLike(words[subj + 1].w, T) && !/s$/.test(words[subj].w))); extra++) subj++;
    }
  }
  // The words between the subject and the marker: the predicate (at most nine words, for the verb and its object).
  if (m - subj < 2 || m - subj > 10) return false;
  let v = subj + 1;
  // A gerund subject runs to the first word that can be its verb: skip its object (up to four words).
  if (words[subjStart].w.endsWith('ing') && subjStart === subj) {
    let j = subj + 1;
    while (j < m && j <= subj + 6 && (T.product.has(words[j].w) || (!FALLBACK_AUX.has(words[j].w) && !IRREGULAR_PAST.has(words[j].w) && !FALLBACK_CAUSATIVE.has(words[j].w) && !(/(?:s|ed)$/.test(words[j].w) && !/ss$/.test(words[j].w) && !FALLBACK_NOUN_BEFORE.test(words[j - 1].w))))) j++;
    if (j >= m || j > subj + 6) return false;
    v = j;
  }
  // Post-modifiers of the subject ('gum after meals', 'drops at bedtime'): a preposition and up to three words.
  if (PREPOSITIONS.has(words[v].w)) {
    let j = v + 1;
    while (j < m && j <= v + 3 && !/(?:s|ed)$/.test(words[j].w) && !FALLBACK_AUX.has(words[j].w) && !IRREGULAR_PAST.has(words[j].w)) j++;
    if (j < m && /s$/.test(words[j].w) && j + 1 < m && /(?:s|ed)$/.test(words[j + 1].w)) j++; // 'after meals protects'
    v = j;
  }
  while (v < m && FALLBACK_AUX.has(words[v].w)) v++;
  if (v >= m) return false;
  // Round 10 (C): 'Candesartan is the gentlest of the four and switches migraines off': after a copula clause, 'and' and a
  // second finite verb before the marker: that verb is the subject's predicate.
  if (cls !== 'evaluative' && COPULA_VERB.has(words[v].w)) v = coordinatedPredicate(words, v, m, T) ?? v;
  const verb = words[v].w;
  // Causative 'have' ('had my knees working again') is not the neutral 'has'.
  if (cls === 'evaluative') {
    // 'is a godsend for', 'has been a lifesaver for', 'did the trick for': a copula or 'do' before the noun, in at most five
    // words after the subject.
    let copula = -1;
    for (let j = subj + 1; j < m && j <= subj + 5; j++) if (copula < 0 && /^(?:is|are|was|were|be|been|has|have|had|does|do|did|proved|proves|remains|became|becomes|'s)$/.test(words[j].w)) copula = j;
    if (copula < 0 || m - subj > 6) return false;
    v = copula;
  } else if ((T.neutral.has(verb) && !(/^(?:had|has|have)$/.test(verb) && words[m - 1].w.endsWith('ing') && m - v >= 3)) || T.harm.has(verb)) return false;
  const particleHarm = T.particleHarm.get(mw.w);
  for (let j = v; j < m; j++) {
    const w = words[j].w;
    if (T.harm.has(w)) return false;
    if (particleHarm && particleHarm.has(w)) return false;
  }
  // The outcome the marker improves.
  let ok = false;
  const healthAt = (i: number): number => {
    // The kind of the health cue covering word i (or -1); the fallback's own word lists count too (complaint: bad).
    const kc = words[i].k;
    if (kc >= 0 && cues[kc].end > words[i].s && HEALTH_KINDS.has(cues[kc].kind) && cues[kc].kind !== K.side) return cues[kc].kind;
    return -1;
  };
  const isBad = (i: number, hi: number): boolean => {
    const k = healthAt(i);
    return k === K.bad || k === K.disease || phraseStartingAt(words, i, T.complaint, T.maxWords, hi) >= 0 || (words[i].w.endsWith('-free') && T.complaint.has(words[i].w.slice(0, -5)));
  };
  const isGood = (i: number, hi: number, body: boolean): boolean => {
    const k = healthAt(i);
    return k === K.good || (body && k === K.body) || phraseStartingAt(words, i, T.good, T.maxWords, hi) >= 0 || (body && phraseStartingAt(words, i, T.body, T.maxWords, hi) >= 0);
  };
  const endOfClause = (() => {
    let e = text.length;
    for (let j = km + 1; j < cues.length; j++) if (cues[j].kind === BOUNDARY || cues[j].kind === COMMA) {
      e = cues[j].start;
      break;
    }
    return e;
  })();
  let hi = m + 1;
  while (hi < n && hi <= m + 5 && words[hi].s < endOfClause) hi++;
  if (cls === 'riddance') {
    // 'keeps symptoms away', 'takes the sting out of a pollen day', 'keeps blood sugar down': a complaint between the verb
    // and the marker, or (for 'out of') right after it; none of a good state ('knocks the energy out of you').
    let bad = false;
    let good = false;
    for (let i = v + 1; i < m; i++) {
      if (isBad(i, m)) bad = true;
      else if (isGood(i, m, false)) good = true;
    }
    if (!bad && mw.w === 'out' && m + 1 < n && words[m + 1].w === 'of') for (let i = m + 2; i < hi; i++) if (isBad(i, hi)) bad = true;
    // The particle before its object ('melts away stubborn belly fat', 'dials down the food noise', 'takes the edge off
    // the redness'): a complaint in the next four words, through determiners and adjectives, none of a good state.
    if (!bad && mw.w !== 'gone') {
      let i = m + 1;
      if (i < hi && (words[i].w === 'of' || words[i].w === 'on')) i = hi; // 'cut down on sugar', 'out of the box'
      else if (i < hi && words[i].w === 'from' && mw.w !== 'away') i++; // 'talks you down from a panic attack'
      for (; i < hi && !bad; i++) {
        if (isGood(i, hi, false)) break;
        if (isBad(i, hi)) bad = true;
        else if (PREPOSITIONS.has(words[i].w) || words[i].w === 'and') break;
      }
    }
    // 'takes the stress out of booking an appointment': relief from a chore of logistics is a service, not a health outcome.
    if (bad && !good) {
      ok = true;
      for (let j = km + 1; j < cues.length && cues[j].start < endOfClause; j++) if (cues[j].kind === K.logistics) ok = false;
    }
  } else if (cls === 'return') {
    // 'gets the blood flowing again', 'puts the spark back into your sex life', 'perks your energy up': a good state or body
    // function, never a complaint ('brings the pain back').
    let good = false;
    let bad = false;
    for (let i = v + 1; i < hi; i++) {
      if (i === m) continue;
      if (isBad(i, hi)) bad = true;
      else if (isGood(i, hi, mw.w !== 'up')) good = true;
    }
    // 'back' as a noun: 'my back', 'lower back', 'back muscles'.
    const prev = words[m - 1].w;
    if (mw.w === 'back' && /^(?:my|your|his|her|their|our|the|lower|upper|bad|sore|stiff|a)$/.test(prev)) return false;
    ok = good && !bad;
  } else if (cls === 'less') {
    // 'makes brushing far less painful', 'fewer migraines', 'milder hay fever': a complaint right after it.
    let i = m + 1;
    while (i < n && i <= m + 3 && FALLBACK_GRADE.has(words[i].w)) i++;
    ok = i < n && words[i].s < endOfClause && isBad(i, Math.min(n, i + T.maxWords));
    // 'Our parking app makes visits far less stressful': a service or a chore made easier, not a health outcome.
    for (let j = v + 1; j < m && ok; j++) if (FALLBACK_SERVICE.has(words[j].w)) ok = false;
  } else if (cls === 'prevent') {
    // 'keeps my hips from aching', 'stops your nose from streaming': a verb of keeping from with its object before 'from'.
    ok = /^(?:keep|keeps|kept|keeping|stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|save|saves|saved)$/.test(verb) && m - v >= 3;
    // Round 15: an -ing verb that things do too ('stops the tiles from cracking', 'keeps the paint from peeling'; round 13
    // C's bodyHarmGerunds) needs a person, an owner or a part of the body in the object ('stops your heels from cracking').
    if (ok && R13C_BODY_HARM_WORDS.has(mw.w)) {
      let owned = false;
      for (let j = v + 1; j < m - 1 && !owned; j++) owned = T.person.has(words[j].w) || /^(?:my|your|his|her|their|our)$/.test(words[j].w) || isGood(j, m - 1, true);
      ok = owned;
    }
  } else if (cls === 'evaluative') {
    // 'for', 'against', 'to' or 'with' right after the noun, then an outcome in the next four words ('a godsend for bruises',
    // 'my secret weapon against morning sickness', 'a lifesaver for my sleep'); nothing of harm ('a blessing and a curse').
    if (m + 1 < n && /^(?:for|against|to|with)$/.test(words[m + 1].w) && !/\bcurse\b/i.test(text)) {
      for (let i = m + 2; i < hi + 1 && i < n && !ok; i++) if (isBad(i, Math.min(n, i + T.maxWords)) || isGood(i, Math.min(n, i + T.maxWords), false)) ok = true;
    }
  } else if (mw.w.endsWith('-free')) {
    // 'keeps you pain-free', 'leaves your skin itch-free': the compound names the complaint gone.
    ok = FALLBACK_CAUSATIVE.has(verb);
  } else {
    // 'leaves your skin softer', 'makes you calmer', 'keeps your gums healthier' (a body part, good state or person in the
    // three words before it), 'healthier gums', 'better sleep' (the outcome right after a comparative), 'free of pain'.
    // Before a noun the comparative is attributive ('a better chance of a slot'): the noun must be the outcome.
    const attributive = m + 1 < n && words[m + 1].s < endOfClause && !PREPOSITIONS.has(words[m + 1].w) && !/^(?:and|or|but|so|too|than|again|every|each|all|day|night|week|month|year|now|already|still|overall|fast|quickly|straight|well|right|long)$/.test(words[m + 1].w) && !/ly$/.test(words[m + 1].w);
    if (attributive) ok = cls === 'better' && isGood(m + 1, Math.min(n, m + 1 + T.maxWords), true);
    else for (let i = Math.max(v + 1, m - 3); i < m && !ok; i++) if (isGood(i, m, true) || T.person.has(words[i].w)) ok = true;
    if (ok && mw.w === 'free') ok = m + 2 < n && /^(?:of|from)$/.test(words[m + 1].w) && isBad(m + 2, Math.min(n, m + 2 + T.maxWords));
    // No complaint in between ('leaves your skin drier and redder' is no improvement; 'keeps the itch clear' is unclear).
    for (let i = v + 1; i < m && ok; i++) if (isBad(i, m)) ok = false;
    // Round 9 (C): a complaint resolved ('gets back pain settled', 'got my wrist pain sorted'): the complaint right before the state.
    if (!ok && cls === 'result' && RESOLVED_STATE.has(mw.w) && m - 1 > v && isBad(m - 1, m)) ok = true;
    // A result state needs a causative verb ('keeps your skin clear', 'leaves you rested').
    if (ok && cls === 'result') {
      ok = false;
      for (let i = v; i < m && !ok; i++) if (FALLBACK_CAUSATIVE.has(words[i].w)) ok = true;
    }
  }
  if (!ok) return false;
  // The usual vetoes, read at the marker (as for a reported outcome).
  if (km >= 0) {
    const why = vetoed(text, cues, km, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return false;
    }
  } else if (isImperative(text)) return false;
  // The cue runs from the verb to the marker, or to the complaint that 'less'/'fewer' grades ('less itchy').
  let end = mw.e;
  if (cls === 'less') {
    let i = m + 1;
    while (i < n && i <= m + 3 && FALLBACK_GRADE.has(words[i].w)) i++;
    if (i < n) end = words[Math.max(i, phraseStartingAt(words, i, T.complaint, T.maxWords, n))].e;
  }
  const cue: Cue = { kind: K.testimonial, start: words[v].s, end };
  if (!hedge) hedge = hedgeBefore(text, cues, km >= 0 ? km : 0, clause);
  if (hedge && hedge.start >= mw.s) hedge = null;
  out.rel = { cue, index: km, type: 'causal', weak: false, verb: null, hedge, modalStart: hedge && hedge.kind === K.hedge ? hedge.start : cue.start, negated: false, clause: cl, relative: false };
  out.reason = null;
  out.fallback = true;
  return true;
}
/**
 * Round 10 (C): nouns that end an idiom of riddance after the complaint, with the word that must precede them ('gives
 * colds the boot', 'puts reflux to bed', 'kicks back pain into touch'): read by the fallback as 'sends colds packing' is
 * ('shows X the door' is a verb of round 9, since 'shows' is a reporting verb the fallback does not read).
 */
const R10_RIDDANCE_IDIOM = new Map([['boot', 'the'], ['bed', 'to'], ['touch', 'into']]);
/** Round 10 (C): the copulas a coordinated predicate may follow ('is the gentlest of the four and switches …'). */
const COPULA_VERB = new Set(['is', 'are', 'was', 'were', "'s"]);
/**
 * Round 10 (C): the word index of a finite verb right after 'and' between v and the marker m (at most seven words on), or
 * null. Round 11 (C): or right after 'that' or 'which' opening a relative clause on the copula's complement ('Oregano oil is
 * an antifungal that knocks thrush out'): the complement is the subject, so its relative clause predicates of the subject.
 */
function coordinatedPredicate(words: FallbackWord[], v: number, m: number, T: NonNullable<typeof fallbackTables>): number | null {
  for (let j = v + 2; j < m - 1 && j <= v + 7; j++) {
    if (words[j].w !== 'and' && words[j].w !== 'that' && words[j].w !== 'which') continue;
    const w = words[j + 1].w;
    if (T.neutral.has(w) || T.harm.has(w) || FALLBACK_AUX.has(w)) return null;
    return (/[^s]s$/.test(w) && !/(?:ous|ss|is|us)$/.test(w)) || IRREGULAR_PAST.has(w) || FALLBACK_CAUSATIVE.has(w) ? j + 1 : null;
  }
  return null;
}
/** Round 10 (C): a causative verb at word j, or after up to two auxiliaries or adverbs ('also keep', 'really do keep'), before m. */
function fallbackCausativeAt(words: FallbackWord[], j: number, m: number): boolean {
  for (let t = 0; t < 3 && j < m; t++, j++) {
    if (FALLBACK_CAUSATIVE.has(words[j].w)) return true;
    if (!FALLBACK_AUX.has(words[j].w)) return false;
  }
  return false;
}
/** Round 9 (C): states of a complaint resolved (claims-fallback.json round9C.resolved). */
const RESOLVED_STATE = new Set(['settled', 'sorted', 'healed']);
/** Names of months and days: a capitalised word that is no product ('Winter brings …' is not read, 'June keeps …' neither). */
const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter|christmas|easter)$/;

/** A product noun at word i that continues the subject ('probiotic yoghurt'), not a verb before its object ('massage shakes off'). */
function fallbackProductNext(words: FallbackWord[], i: number, m: number, T: NonNullable<typeof fallbackTables>): boolean {
  if (!T.product.has(words[i].w)) return false;
  const after = i + 1 < m ? words[i + 1].w : words[m].w;
  return !(ARTICLES.has(after) || OBJECT_PRONOUN.has(after) || T.marker.has(after) || T.complaint.has(after));
}

/** A word after a subject noun that continues its noun phrase rather than starting the predicate. */
function fallbackNounLike(w: string, T: NonNullable<typeof fallbackTables>): boolean {
  return !/(?:s|ed|ly)$/.test(w) && !FALLBACK_AUX.has(w) && !IRREGULAR_PAST.has(w) && !FALLBACK_CAUSATIVE.has(w) && !T.neutral.has(w) && !T.harm.has(w) && !PREPOSITIONS.has(w) && !T.marker.has(w) && !/^(?:and|or|but|that|which|who|to|not|no|never)$/.test(w);
}
/** A word before which a word in -s or -ed is a noun or participle, not the verb ('thirty minutes', 'a few kilos', 'your'). */
const FALLBACK_NOUN_BEFORE = /^(?:\d+|a|an|the|few|several|many|some|more|less|fewer|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|my|your|his|her|our|their|its|of|for|in|on|at|with|from|by|after|before|and|or)$/;
/** Merge of round 7: services and chores that a product makes 'less stressful' ('makes visits far less stressful'). */
const FALLBACK_SERVICE = new Set(['visit', 'visits', 'appointment', 'appointments', 'booking', 'bookings', 'parking', 'queue', 'queues', 'queueing', 'queuing', 'waiting', 'wait', 'waits', 'paperwork', 'form', 'forms', 'admin', 'process', 'travel', 'trips', 'trip', 'journeys', 'journey', 'commute', 'commutes', 'shopping', 'checkout', 'payment', 'payments', 'renewals', 'refills', 'orders', 'ordering', 'delivery', 'deliveries', 'check-in', 'registration']);
const FALLBACK_CAUSATIVE = new Set(['keep', 'keeps', 'kept', 'keeping', 'leave', 'leaves', 'left', 'leaving', 'make', 'makes', 'made', 'making', 'get', 'gets', 'got', 'getting', 'help', 'helps', 'helped', 'set', 'sets', 'render', 'renders', 'rendered', 'restore', 'restores', 'restored', 'bring', 'brings', 'brought', 'return', 'returns', 'returned']);
const IRREGULAR_PAST = new Set(['kept', 'put', 'got', 'made', 'left', 'took', 'brought', 'sent', 'gave', 'set', 'let', 'cut', 'knocked', 'felt', 'did', 'can', 'will', 'may', 'might', 'could', 'would']);

// ---------------------------------------------------------------- round 8 (part B): absolute language in lay words

/**
 * Round 8 (B): the conditions of the absolute terms added in round 8 (claims-absolute.json, 'requires' starting with 'r8').
 * - r8Recurrence: 'keeps diabetes from ever coming back', 'stops the cold sores from ever returning': a verb of keeping,
 *   stopping or preventing before the term, a complaint (or a pronoun standing for one) as its object, in a sentence that is
 *   not advice.
 * - r8TreatedSymptom: 'your back pain is gone, never to return': a complaint before the term (no side effect) in a sentence
 *   that names a treatment.
 * - r8TreatmentObject: 'you'll never need reading glasses again': what is never needed again is a treatment, a medicine or
 *   an aid ('you'll never need to book again' is logistics).
 * - r8GuaranteedOutcome: 'the capsules make sure you never lose your sight': a health outcome after the guarantee, in a
 *   sentence that is not advice or a purpose ('Make sure you never skip a dose', 'To make sure you never run out, …').
 * - r8BodyRemoval, r8Safety, r8SafetyTreatment: see R8_HOUSEHOLD, R8_BODY_AGENT, R8_STUDY_REPORT and R8_USE_GERUND.
 * - r8Infallible: 'this plan cannot fail' in a health sentence, without a body part or complaint as the subject.
 * - r8TreatedHealthObject: 'with this diet you'll never get cancer': a condition after the term and a treatment named.
 * - r8NotImperative: the sentence is not advice.
 * - r8LastingBenefit: the effects or benefits of a treatment (no complaint or side effect named in the phrase) last forever.
 * - r8SafeSubject: 'it can't do you any harm' said of a pronoun or a treatment, not of an activity.
 */
type Round8Requires = 'r8Recurrence' | 'r8TreatedSymptom' | 'r8TreatmentObject' | 'r8GuaranteedOutcome' | 'r8BodyRemoval' | 'r8Safety' | 'r8SafetyTreatment' | 'r8Infallible' | 'r8TreatedHealthObject' | 'r8NotImperative' | 'r8SafeSubject' | 'r8LastingBenefit';
function round8Requires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round8Requires): boolean {
  const c = cues[k];
  switch (req) {
    case 'r8Recurrence': {
      if (isImperative(text) || /^\s*to\s/i.test(text)) return false;
      const before = text.slice(Math.max(0, c.start - 100), c.start);
      const m = R8_KEEP_FROM.exec(before);
      if (!m) return false;
      const from = c.start - before.length + m.index;
      if (R8_PRONOUN_LAST.test(before)) return symptomIn(cues, 0, c.start);
      return symptomIn(cues, from, c.start);
    }
    case 'r8TreatedSymptom':
      for (let j = 0; j < k; j++) if (cues[j].kind === K.side) return false;
      return symptomIn(cues, 0, c.start) && treated(text, cues) && !isImperative(text);
    case 'r8TreatmentObject': {
      const after = text.slice(c.end, c.end + 60);
      const again = after.search(/\bagain\b/i);
      const span = again >= 0 ? after.slice(0, again) : after;
      if (R8_AID.test(span) || TREATMENT_WORD.test(span)) return true;
      for (let j = k + 1; j < cues.length && cues[j].start < c.end + span.length; j++) if (cues[j].kind === K.drug || cues[j].kind === K.intervention) return true;
      return false;
    }
    case 'r8GuaranteedOutcome': {
      if (isImperative(text) || /^(?:to|please)$/i.test(prevWord(text, c.start))) return false;
      if (SERVICE_GUARANTEED.test(text.slice(c.end, c.end + 80))) return false;
      for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 70; j++) {
        if (cues[j].kind === BOUNDARY) return false;
        if (HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) return true;
      }
      return false;
    }
    case 'r8Safety':
      return !isImperative(text) && !R8_STUDY_REPORT.test(text);
    case 'r8SafetyTreatment': {
      // 'There is no downside to taking magnesium', not 'no downside to booking early'.
      const after = text.slice(c.end, c.end + 40);
      if (/^\s+to\s/i.test(after) && !R8_USE_GERUND.test(after)) return false;
      return !isImperative(text) && !R8_STUDY_REPORT.test(text) && (treated(text, cues) || isSafeHolder(text) || cues.some((o) => o.kind === K.good || o.kind === K.bad || o.kind === K.disease));
    }
    case 'r8Infallible': {
      // 'This detox plan cannot fail', not 'your kidneys can fail' (a body part or a complaint before the term).
      for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) if (cues[j].kind === K.body || cues[j].kind === K.bad || cues[j].kind === K.disease) return false;
      return healthSentence(text, cues, c) && !isImperative(text);
    }
    case 'r8TreatedHealthObject': {
      // 'With this diet you'll never get cancer': a condition after the term, a treatment named, no advice.
      let object = false;
      for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 40; j++) if (cues[j].kind === K.bad || cues[j].kind === K.disease) object = true;
      return object && treated(text, cues) && !isImperative(text);
    }
    case 'r8LastingBenefit': {
      // 'The benefits of our posture course last a lifetime', not 'The effects of the stroke last forever'. The term starts at
      // the verb (a bucket of 'last'/'stay' is rarely tried; 'effects of', 'results of' are everywhere in papers); its
      // subject is read back from it.
      const from = Math.max(0, c.start - 90);
      const m = R8_BENEFIT_SUBJECT.exec(text.slice(from, c.start));
      if (!m || /\bside\s+$/i.test(text.slice(Math.max(0, from + m.index - 6), from + m.index))) return false;
      for (const o of cues) if (o.start >= from + m.index && o.start < c.start && (o.kind === K.side || o.kind === K.bad || o.kind === K.disease)) return false;
      return treated(text, cues) || isSafeHolder(text.slice(from + m.index, c.start));
    }
    case 'r8NotImperative':
      return !isImperative(text);
    case 'r8SafeSubject': {
      // 'Completely natural, so it can't do you any harm', 'This tea can't do any harm'; not 'A short walk can't do you any harm'.
      const raw = clauseSubject(text.slice(Math.max(0, c.start - 120), c.start)).replace(/^["'\u201c*_]+/, '');
      if (/^(?:it|they|this|these)$/i.test(raw)) return !isImperative(text);
      return isSafeHolder(raw) && !isImperative(text);
    }
    case 'r8BodyRemoval':
      return !isImperative(text) && !R8_HOUSEHOLD.test(text) && !R8_BODY_AGENT.test(text.slice(0, cues[k].start));
  }
  return false;
}
/**
 * Round 8 (B): total safety reported of a study's arms or participants ('the trial reported zero side effects in either
 * group') is a finding, not a promise.
 */
/** The subject of 'last forever': a treatment's effects, benefits, relief or results, and an 'of'/'from' phrase of up to four words. */
const R8_BENEFIT_SUBJECT = /\b(?:effects?|benefits?|relief|results)(?:\s+(?:of|from)(?:\s+[a-z'\u2019-]+){1,4}?)?\s+(?:(?:will|can|should|may|do|does|often|usually)\s+)?$/i;
const R8_USE_GERUND = /^\s+to\s+(?:taking|using|trying|having|adding|starting|wearing|drinking|eating|giving|applying|switching\s+to|swapping\s+to)\b/i;
const R8_STUDY_REPORT = /\b(?:trials?|study|studies|placebo|participants|volunteers|cohort|arms?|reported|recorded|observed)\b/i;
/** A complaint (condition or symptom cue) that starts in [from, to). */
function symptomIn(cues: Cue[], from: number, to: number): boolean {
  for (const o of cues) {
    if (o.start >= to) break;
    if (o.start >= from && (o.kind === K.bad || o.kind === K.disease)) return true;
  }
  return false;
}
/** A verb of keeping, stopping or preventing and at most six words of object before 'from ever …'. */
const R8_KEEP_FROM = /\b(?:keep|keeps|kept|keeping|stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|block|blocks|blocked|blocking|protect|protects|protected|protecting|save|saves|saved)\s+(?:[a-z'\u2019-]+\s+){0,6}$/i;
/** The object of 'keeps … from ever coming back' is a pronoun ('keeps it from ever coming back'). */
const R8_PRONOUN_LAST = /\b(?:it|them|this|these|that|those)\s+$/i;
/** Aids and medicines a promise says you will never need again ('never need reading glasses again'). */
const R8_AID =
  /\b(?:glasses|specs|spectacles|lenses|readers|inhalers?|puffers?|pain\s*killers?|paracetamol|ibuprofen|aspirin|antacids?|medications?|medicines?|meds|insulin|injections?|jabs?|hearing\s+aids?|aids|crutches|sticks?|splints?|braces?|sleeping\s+pills?|laxatives?|antihistamines?|steroids?|antibiotics?|nasal\s+sprays?|dentures?|fillings?|surgery|operations?|doctors?|dentists?|gps?|opticians?|physios?|chiropractors?|specialists?|hospital|prescriptions?|pills?|tablets?|drugs?)\b/i;

/**
 * Round 8 (B): a permanence phrase after a removal verb whose object is a pronoun standing for a complaint named earlier in
 * the sentence ('Six years of bloating, and her blend cleared them up for ever', 'my migraines were awful until the
 * drops sorted them out for good'). Not advice ('Clear it up for good with …'), not after a side effect.
 */
const R8_PRONOUN_REMOVAL =
  /\b(?:clear|clears|cleared|clearing|sort|sorts|sorted|fix|fixes|fixed|take|takes|took|taken|knock|knocks|knocked|kick|kicks|kicked|send|sends|sent|chase|chased|drive|drove|banish|banished|banishes|cure|cured|cures|heal|healed|heals|stop|stopped|stops|end|ended|ends|beat|beats|solve|solved|resolve|resolved|shift|shifted|zap|zapped|got\s+rid\s+of|get\s+rid\s+of|gets\s+rid\s+of)\s+(?:it|them)(?:\s+(?:up|away|out|off|for\s+(?:me|her|him|us|them)))?\s*(?:,\s*)?$/i;
function round8PronounRemoval(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  if (!R8_PRONOUN_REMOVAL.test(text.slice(Math.max(0, c.start - 60), c.start))) return round8SwitchedOff(text, cues, k);
  for (let j = 0; j < k; j++) if (cues[j].kind === K.side) return false;
  return symptomIn(cues, 0, c.start) && !isImperative(text);
}

/**
 * Round 8 (B): the totality of a removal ('kills every germ it meets', 'flushes every last toxin') is a promise about the body
 * except in the kitchen, the laundry or the bathroom ('Boiling kills every germ in the water', 'a hot wash kills every last
 * dust mite in the bedding').
 */
/** The body's own organs as the whole subject that removes ('Your liver and kidneys clear every toxin'): physiology, not a product. */
const R8_BODY_AGENT = /^\s*["'\u201c*_]*(?:(?:your|the|our|a\s+healthy|healthy)\s+)?(?:body's\s+own\s+)?(?:kidneys?|liver|lungs|immune\s+system|white\s+blood\s+cells|antibodies|stomach\s+acid|saliva|tears|lymph(?:atic)?\s+system)(?:\s+and\s+(?:your\s+|the\s+)?(?:kidneys?|liver|lungs|immune\s+system|skin|gut))?\s+(?:(?:already|naturally|normally|usually|constantly|quietly|do|does|will|can)\s+)*$/i;
const R8_HOUSEHOLD = /\b(?:kitchen|worktops?|counters?|surfaces?|chopping\s+boards?|fridge|toilets?|bathroom|floors?|laundry|washing\s+machine|bedding|sheets|pillowcases|towels|dishes|dishwasher|water|chicken|meat|food|foods|cooking|boiling|bleach|disinfectant|hoover|vacuum|carpets?|sponges?|cloths?|toothbrush\s+holder)\b/i;

/**
 * Round 8 (B): a complaint switched off, turned down or silenced, then a totality or permanence word ('switches the
 * whistling off completely', 'turned off my cravings for good', 'silences the ringing completely'): the complaint is a
 * condition or symptom cue or a word of noise or craving (round8.complaints in claims-absolute.json); the sentence is no
 * advice ('Switch the fan off completely at night'). 'I switch off completely on holiday' switches off no complaint.
 */
const R8_SWITCH_OFF =
  /\b(?:switch|switches|switched|switching|turn|turns|turned|turning|shut|shuts|shutting|tune|tunes|tuned|tuning|dial|dials|dialled|dialed|silence|silences|silenced|silencing|mute|mutes|muted|muting|block|blocks|blocked|blocking|drown|drowns|drowned|drowning|quieten|quietens|quietened|calm|calms|calmed)\s+(?:(?:off|out|down)\s+)?(?:(?:the|that|your|my|her|his|their|our|this|those|these|all\s+the|any)\s+)?(?:[a-z'\u2019-]+\s+){0,2}?([a-z-]+)(?:\s+(?:off|out|down))?\s*(?:,\s*)?$/i;
const R8_COMPLAINTS = new Set(absoluteData.round8.complaints);
function round8SwitchedOff(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  const from = Math.max(0, c.start - 70);
  const m = R8_SWITCH_OFF.exec(text.slice(from, c.start));
  if (!m || isImperative(text)) return false;
  const noun = m[1].toLowerCase();
  if (R8_COMPLAINTS.has(noun)) return true;
  const at = from + m.index + m[0].lastIndexOf(m[1]);
  for (let j = k - 1; j >= 0 && cues[j].end > from; j--) if ((cues[j].kind === K.bad || cues[j].kind === K.disease) && cues[j].end === at + m[1].length) return true;
  return false;
}

/**
 * Round 8 (B): a product's or a seller's own claim reported and rebutted in one sentence by the absence of evidence ('X blends
 * say they boost inner-ear circulation, but nobody has shown that they do anything', 'The makers claim it melts fat, but no
 * trial has tested it', '… are marketed as a cure, but there is no good evidence'): the writer asserts neither. A verb of
 * saying, claiming, promising or marketing comes before the 'but'. 'nobody has shown why' or 'how' doubts the mechanism, not
 * the claim. Looked up only in sentences with 'but' and 'no'; a sentence with an unnamed source keeps its reading.
 */
const R8_SELLER_SAYS = /\b(?:say|says|said|claim|claims|claimed|promise|promises|promised|advertise|advertises|advertised|boast|boasts|boasted|(?:is|are|were|was)\s+(?:sold|marketed|billed|advertised|promoted|touted)\s+as|swear|swears)\b/i;
const R8_BUT_NO_EVIDENCE =
  /\bbut\s+(?:(?:nobody|no\s+one|no\s+(?:good\s+|proper\s+|independent\s+|large\s+|published\s+|reliable\s+|real\s+)?(?:study|studies|trial|trials|research|scientist|scientists|researcher|researchers))\s+(?:has|have|had)\s+(?:yet\s+|actually\s+|ever\s+|really\s+|properly\s+)?(?:shown|proven|proved|found|demonstrated|tested|confirmed)(?!\s+(?:why|how)\b)|there\s+(?:is|are|was)\s+(?:no|zero)\s+(?:good\s+|real\s+|reliable\s+|independent\s+|solid\s+|scientific\s+)?(?:evidence|proof)|there['\u2019]s\s+(?:no|zero)\s+(?:good\s+|real\s+|reliable\s+|independent\s+|solid\s+|scientific\s+)?(?:evidence|proof))\b/i;
function round8Rebutted(text: string, cues: Cue[]): boolean {
  const but = (sentenceGates(text) & SG_BUT) === 0 ? -1 : text.indexOf('but ');
  if (but < 0 || text.indexOf('no', but) < 0) return false;
  const r = R8_BUT_NO_EVIDENCE.exec(text);
  if (!r) return false;
  const s = R8_SELLER_SAYS.exec(text);
  if (s === null || s.index > r.index) return false;
  // An unnamed source that says it ('Many parents say …, but no trial has confirmed it') keeps its vague attribution.
  for (const c of cues) if (c.kind === K.attr && c.start < r.index) return false;
  return true;
}

/**
 * Round 8 (B): hearsay that is vague only about health, like a popular appeal ('Some say that garlic prevents colds',
 * 'I read online that …', 'It is said that honey heals wounds'), not whatever follows ('Some say the NHS is underfunded').
 */
const R8_HEARSAY = /^(?:(?:some|many|others)\s+(?:would\s+)?(?:say|believe|claim|argue|insist|swear)|i(?:['\u2019]ve|\s+have)?\s+(?:read|seen|heard)\s|it(?:\s+is|['\u2019]s)\s+(?:[a-z]+\s+)?(?:said|claimed|argued|rumou?red|suggested|reported)\s)/i;

/**
 * Round 8 (B): claim language mentioned to warn against it, not used: a claim named as a myth or as nonsense ('Claims that
 * detox teas flush every last toxin from your body are nonsense', 'The idea that zinc makes you immune to colds is a
 * myth'), a warning to the reader about products that promise it ('Beware of products promising zero side effects',
 * 'Watch out for adverts that promise you'll never need glasses again'), and words quoted as examples ('Words like
 * "miracle" and "can't fail" are red flags', 'Labels like "zero side effects" should make you suspicious'). Careful
 * writers teach readers to spot absolute language this way.
 */
const R8_CLAIM_SUBJECT = /^\s*["'\u201c*_]*(?:the\s+)?(?:(?:popular|common|old|persistent|widespread|online|marketing|advertising|wild|bold|outlandish|usual)\s+)?(?:claims?|ideas?|notions?|beliefs?|promises?|suggestions?|talk|stories|assertions?)\s+(?:that|of)\s/i;
const R8_MYTH_PREDICATE = /\b(?:is|are|was|were|remains?)\s+(?:(?:a|an|the|just|simply|pure|complete|total|utter|absolute|another|still|all|largely|mostly|frankly)\s+)*(?:myths?|nonsense|rubbish|hype|fiction|untrue|false|wrong|misleading|unfounded|baseless|exaggerated|overblown|unproven|red\s+flags?|warning\s+signs?)\b/i;
const R8_WARNING_OPENER = /^\s*["'\u201c*_]*(?:(?:so|but|and|please|always)\s+)?(?:beware|be\s+(?:very\s+)?(?:wary|sceptical|skeptical|suspicious|careful|cautious)|watch\s+out|look\s+out|steer\s+clear)(?:\s+(?:of|for|with|about))?\s+(?:(?:any|anything|all|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:products?|supplements?|remed(?:y|ies)|creams?|pills?|teas?|adverts?|ads|advertisements|websites?|sites|sellers?|brands?|labels?|claims?|promises?|anyone|anybody|clinics?|practitioners?|companies|influencers|posts|packaging|marketing|anything)\b/i;
const R8_QUOTED_WORDS = /\b(?:words?|phrases?|terms?|labels?|claims?|promises?|buzzwords?|slogans?)\s+(?:like|such\s+as)\s+["'\u201c]/i;
function round8Mentioned(text: string): boolean {
  // Anchored patterns first (they fail at the first words of almost every sentence); the unanchored one only after a
  // substring look-up ('like', 'such as').
  if (R8_WARNING_OPENER.test(text)) return true;
  if ((sentenceGates(text) & SG_LIKE) !== 0 && R8_QUOTED_WORDS.test(text)) return true; // ' like ' or 'such as'
  return R8_CLAIM_SUBJECT.test(text) && R8_MYTH_PREDICATE.test(text);
}

/** Round 8 (B): 'No more X' opens a promise that X is gone ('No more back pain, guaranteed'), not a negation; 'no more than' is a limit. */
const R8_NO_MORE = /^\s*no\s+more\b(?!\s+than\b)/i;

// ---------------------------------------------------------------- round 9 (part B): unnamed sources in other words

/**
 * Round 9 (B): attributions that appeal to a consensus forming ('Doctors are increasingly recognising that', 'Dermatologists
 * are now acknowledging that', 'what modern science is only now confirming', 'it is well known among midwives that') are
 * vague whatever they credit, like 'it is widely accepted that'; a profession that 'swears by' a method ('Many
 * podiatrists swear by filing the nail down') endorses it when a method, a treatment or a health word follows (not 'swear
 * by comfortable clogs').
 */
const R9_APPEAL = /\b(?:recogni[sz]ing|acknowledging|accepting|consensus|and\s+(?:they|she|he|you)(?:'ll|\u2019ll|\s+will|\s+would)|waking\s+up\s+to|coming\s+(?:round|around)\s+to|what\s+(?:[a-z]+\s+)?(?:science|research|medicine|researchers|scientists|doctors|studies)\s)/i;
const R9_NEEDS_THAT = /^(?:recogni[sz]ing|acknowledging|accepting)$/i;
const R9_CONFIRMS = /\b(?:back(?:s|ed)?(?:\s+up)?|confirm(?:s|ed)?|prove(?:s|d|n)?|support(?:s|ed)?|show(?:s|ed|n)?)$/i;
const R9_WHAT_ALWAYS = /^\s+what\s+(?:[a-z-]+\s+){1,3}?(?:(?:have|has|had)\s+)?(?:always|long)\s+(?:known|said|believed|taught|held|told\s+us|sworn\s+by)\b/i;
const R9_SWEAR_BY = /\bswear(?:s)?\s+by$/i;
const R9_METHOD_AFTER = /^\s+(?:[a-z]+ing|(?:a|an|the|their|regular|daily|gentle)\s+(?:[a-z-]+\s+)?(?:[a-z]+ing|course|session|programme|program|regime|routine|technique|method))\b/i;
function round9Appeal(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  const span = text.slice(c.start, c.end);
  const a = R9_APPEAL.exec(span);
  // 'recognising long covid as a condition', 'recognising the signs earlier': a view or a practice, not an appeal, without 'that'.
  if (a) return !R9_NEEDS_THAT.test(a[0]) || /\bthat$/i.test(span) || nextWord(text, c.end) === 'that';
  // 'Science now backs up what grandmothers always said': a finding credited with confirming a tradition.
  if (R9_CONFIRMS.test(span) && R9_WHAT_ALWAYS.test(text.slice(c.end, c.end + 80))) return true;
  if (!R9_SWEAR_BY.test(span) || POPULAR_APPEAL.test(span) || GROUP_REPORT.test(span)) return false;
  if (R9_METHOD_AFTER.test(text.slice(c.end, c.end + 60))) return true;
  for (let j = k + 1; j < cues.length; j++) if (cues[j].kind === K.intervention || cues[j].kind === K.drug) return true;
  return false;
}

/**
 * Round 9 (B): an unnamed source credited with a comparison of efficacy ('There is some evidence that tea tree oil works as
 * well as benzoyl peroxide', 'research suggests that X works better than Y'): a treatment set level with or above another
 * one asserts what the treatment does, like a claim. A treatment must be named after the source ('works as well as the
 * old route' is no health assertion).
 */
const R9_EFFICACY_COMPARISON = /\b(?:works?|worked|working|is|are|was|were|does|do|did)\s+(?:(?:just|nearly|almost|about|roughly|every\s+bit|at\s+least|every\s+bit)\s+)?(?:as\s+(?:well|good|effective|effectively|powerful|strong)\s+as|better\s+than|as\s+well\s+as)\b|\b(?:outperforms?|outperformed|beats|beat|rivals?|rivalled|matches|matched)\s/i;
function round9AttributedComparison(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  if (cues[k].kind !== K.attr) return false;
  const after = text.slice(c.end, c.end + 120); // a window: a sentence may hold many attributions
  const m = R9_EFFICACY_COMPARISON.exec(after);
  if (!m) return round12BAttributedComparison(text, cues, k, -1); // round 12 (B)
  const at = c.end + m.index;
  for (let j = k + 1; j < cues.length && cues[j].start < at; j++) {
    if (cues[j].kind === BOUNDARY || cues[j].kind === K.negation) return false;
    if (cues[j].kind === K.intervention || cues[j].kind === K.drug) return true;
  }
  return round12BAttributedComparison(text, cues, k, at); // round 12 (B)
}

/**
 * Round 9 (B): a group of people named only by what they do, as the subject of 'will tell you (that)' or 'swear (that|by)'
 * before an efficacy claim ('Trekking guides in the Andes will tell you that', 'Old boxing coaches swear that', 'Seasoned
 * midwives would tell you that'): an unnamed source like 'many doctors say'. The subject is a bare plural at the start of
 * the sentence (no determiner or possessive: 'Your GP will tell you that' names the reader's doctor) whose head is a
 * person noun (-ers, -ists, -ians, -ors ..., or a listed one), with at most one place phrase; what is told is a claim,
 * not a question ('will tell you whether'). The people a practice serves ('Patients swear that', 'Our clients will tell
 * you') report their own outcome: a testimonial, not a source. Gated on the words 'tell you' and 'swear'.
 */
const R9_GROUP_TELLS = /^\s*["'\u201c*_]*(?:(?:most|many|all|plenty\s+of|lots\s+of|experienced|seasoned|old|older|veteran)\s+)?((?:[A-Za-z][a-z'-]*\s+){0,2}?([A-Za-z][a-z-]*s))(?:\s+(?:in|from|on|at|of|across|around|up)\s+(?:the\s+)?[A-Za-z][a-z-]*(?:\s+[A-Z][a-z-]*)?)?\s+(?:(?:will|would|can|could)\s+|['\u2019]ll\s+)?(?:all\s+|happily\s+|gladly\s+|readily\s+|soon\s+|quickly\s+)?(?:tell\s+you(?:\s+that)?|swear(?:\s+that|\s+by)?)(?=\s)/i;
const R9_NOT_GROUP_START = /^(?:the|a|an|our|your|my|his|her|their|its|this|these|those|that|we|they|you|i|he|she|it|some|any|every|each|no|if|when|as|so|and|but|or|results|tests|scans|labels|numbers|symptoms|signs|readings|guidelines|instructions|leaflets|charts|apps|devices|monitors)$/i;
const R9_PERSON_HEAD = /(?:ers|ists|ians|ors|ants|ents|ives|ies)$|^(?:guides|mums|moms|dads|nurses|coaches|athletes|locals|monks|yogis|elders|pros|vets|sherpas|chefs|folks|people|parents|women|men|medics|gps|docs|physios|players|grandmas|grannies|nans|nannas|experts)$/i;
const R9_NOT_PERSON_HEAD = /^(?:patients|clients|customers|users|members|sufferers|readers|followers|subscribers|buyers|shoppers|participants|guests|residents|parents|families|results|numbers|letters|papers|charts|monitors|meters|centres|centers|counters|markers|sensors|readers|computers|trackers|timers|filters|labels|headers|leaflets|posters|boosters|inhalers|injectors|supplies|studies|stories|diaries|bodies|allergies|injuries|babies|others)$/i;
const R9_TOLD_NOT_CLAIM = /^\s+(?:whether|if|how|when|what|which|why|where|about|more|so)\b/i;
function round9GroupTells(text: string, result: ClaimClassification): void {
  if (text.indexOf('tell you') < 0 && text.indexOf('swear') < 0) return;
  const m = R9_GROUP_TELLS.exec(text);
  if (!m) return;
  const first = /^[A-Za-z][a-z'-]*/.exec(m[1]);
  if (!first || R9_NOT_GROUP_START.test(first[0]) || !R9_PERSON_HEAD.test(m[2]) || R9_NOT_PERSON_HEAD.test(m[2])) return;
  const end = m.index + m[0].length;
  if (R9_TOLD_NOT_CLAIM.test(text.slice(end, end + 12))) return;
  if (result.predicate && result.predicate.start < end) return;
  const start = m.index + m[0].length - m[0].trimStart().replace(/^["'\u201c*_]+/, '').length;
  result.attributions.push({ start, end, text: text.slice(start, end) });
  result.cues.push(`attribution:${text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')}`);
}

// ---------------------------------------------------------------- round 9 (part B): absolute language in lay words

/** The absolute terms: the lexicon's own, then round 9 (B)'s (claims-absolute.json round9B.terms). */
function absoluteTermList(): typeof absoluteData.terms {
  return [...absoluteData.terms, ...(absoluteData.round14C.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round9B.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round10B.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round11B.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round12B.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round13B.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round15A.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round16C.terms as unknown as typeof absoluteData.terms), ...(absoluteData.round17A.terms as unknown as typeof absoluteData.terms)]; // rounds 10 to 13 (B) too; round 14 (C)'s specific terms before round 9's ('every one of them leaves' before 'every one of')
}

/**
 * Round 9 (B): a negation before an absolute term that does not govern it: a coordinated clause with its own subject
 * between them ('there's no scar, and the new hair is guaranteed to last'), or the list of absences the term belongs to
 * ('with no tablets and no side effects', 'No needles, no side effects').
 */
function round9NegationOutOfScope(text: string, cues: Cue[], neg: number, k: number, entry: AbsoluteEntry): boolean {
  if (entry.requires === 'r9SafetyListed' || entry.requires === 'r13BNoneRelapsed') return true; // round 13 (B): the negation is the universal itself
  if (entry.requires === 'r14CDeniedHarm') return true; // round 14 (C): the negation is the denial ('isn't addictive at all')
  if (entry.requires !== null && entry.requires.startsWith('r10') && cues[neg].start >= cues[k].end) return true; // round 10 (B): 'every toxin your liver can't cope with'
  if (entry.category === 'safety' && R9_ABSENCE_LIST.test(text.slice(Math.max(0, cues[k].start - 80), cues[k].start))) return true;
  return R9_NEW_CLAUSE.test(text.slice(cues[neg].end, cues[k].start));
}
const R9_NEW_CLAUSE = /,\s*(?:and|but|so|while|whereas)\s+(?:the|my|your|our|his|her|their|this|these|it|they|she|he|i|we|you)\s/i;

/**
 * Round 9 (B): the conditions of the round 9 absolute terms (claims-absolute.json round9B).
 * - r9SafetyListed: 'no side effects' as one item of a list of absences ('with no tablets and no side effects', 'No needles,
 *   no downtime, no side effects') or as a slogan; not a study's finding, advice or a question.
 * - r9SafeSubject: 'it doesn't cause any side effects', 'this balm never gives you side effects': total safety as a
 *   negated verb, said of a pronoun or a treatment, not hedged ('in most people') and not of a finding.
 * - r9FreeOf: 'your body is completely free of toxins', 'I've been totally free of migraines since': a person or the body
 *   completely free of a complaint or of toxins after a treatment; not a product's composition ('free of gluten'), a
 *   condition ('until you are completely free of symptoms') or natural history.
 * - r9WholeBody: 'recharging every cell in your body': a verb of renewal before the whole body, of a treatment.
 * - r9EveryPerson: 'halts decline in every resident who takes part', 'Everyone who tries it sleeps better': the claim of the
 *   sentence made of every person treated; not hedged, not a population named by its condition ('in all patients with
 *   diabetes').
 * - r9NoFoothold: 'makes your body a place where illness can't take hold': total protection as a figure of speech, after
 *   'where' or 'so (that)' in a sentence of making or of a treatment.
 * - r9Ageing: 'turns back your biological clock', 'takes ten years off your age': reversal of ageing, not advice.
 * - r9ResolvedForGood: 'settled for good after three sessions': a resolved state made permanent after a treatment.
 * - r9FullRelief: 'gives complete relief from migraines': a complaint after it, no proportion of people before it ('Some
 *   women get complete relief from hot flushes') and not advice.
 * - r9Promise: 'We promise you'll sleep better', 'will definitely clear your acne': a health outcome or a claim after the
 *   promise in its clause, not a question or advice ('We promise to call you back', 'We promise your details stay private').
 */
type Round9Requires = 'r9SafetyListed' | 'r9SafeSubject' | 'r9FreeOf' | 'r9WholeBody' | 'r9EveryPerson' | 'r9NoFoothold' | 'r9Ageing' | 'r9ResolvedForGood' | 'r9FullRelief' | 'r9Promise';
const R9_ABSENCE_LIST = /\b(?:with\s+no|without|no)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:and\s+(?:with\s+)?|or\s+|,\s*(?:and\s+)?)$/i;
const R9_SLOGAN_END = /^\s*(?:[,;.!\u2014\u2013)]|-\s|and\s+no\b|or\s+no\b|$)/i;
const R9_HEDGED_TAIL = /^\s+(?:in|for)\s+(?:most|the\s+majority\s+of|many)\b|^\s+(?:usually|normally|for\s+most)\b|^\s+that\s+(?:we|i|anyone|doctors)\s+(?:know|are\s+aware|have\s+seen)\s+of\b|^,?\s+as\s+far\s+as\s+(?:we|i)\s+know\b/i;
const R9_TOXIN = /^\s+(?:(?:all|any|the|your|those|harmful|nasty)\s+){0,2}(?:toxins?|toxic|impurities|waste|sludge|parasites?|heavy\s+metals|germs|bacteria|viruses|candida|mould|mold|plaque|tartar|nits|lice|dandruff|mucus|phlegm|inflammation|congestion)\b/i;
const R9_PERSON_OR_BODY = /\b(?:you|you're|you\u2019re|your|i|i'm|i\u2019m|i've|i\u2019ve|me|my|she|he|her|his|we|our|they|their|them|body|skin|gut|system|blood|liver|scalp|mouth|teeth|lungs)\b/i;
const R9_CONDITION_BEFORE = /\b(?:until|till|before|once|when|unless|if|must|should|need\s+to|needs\s+to|make\s+sure|check)\b/i;
const R9_AFTER_PROGRAMME = /^\s*["'\u201c*_]*(?:after|following|with|thanks\s+to)\s+(?:a|an|one|the|our|your|my|this|her|his)\s+(?:full|complete|whole|proper|single|week-long|month-long|[a-z]+-day|[a-z]+-week)\s/i;
const R9_CLEANSE = /\b(?:detox(?:es|ing)?|cleanses?|cleansing|fasts?|fasting|retreats?|flush(?:es)?|protocols?|regimes?)\b/i;
const R9_RENEWAL_BEFORE = /\b(?:recharg|rejuvenat|nourish|heal|repair|detox|cleans|energi[sz]|revitali[sz]|regenerat|renew|oxygenat|hydrat|restor|flood|strengthen|protect|boost|reviv|refresh|rebalanc|purif|supercharg|rebuild|reprogram|reawaken|transform)[a-z]*\s+(?:[a-z-]+\s+){0,3}$/i;
const R9_NATURAL_AGENT = /^(?:(?:your|the|our|a|healthy)\s+)?(?:blood(?:stream)?|heart|oxygen|water|food|sleep|lungs|liver|kidneys|body|cells?|hormones?|nutrients|vitamins?|minerals?|insulin|glucose)\b/i;
const R9_EVERY_OBJECT_PREP = new Set(['in', 'for', 'with', 'among', 'to', 'helped', 'helps', 'help', 'on']);
const R9_POPULATION_TAIL = /^\s+(?:with|who\s+(?:has|have|is|are|had)|aged|over|under|at\s+risk|on\s+(?:the\s+)?waiting|born)\b/i;
const R9_EVERY_SUBJECT_TAIL = /^\s+(?:who|that)\b/i;
const R9_PROPORTION_BEFORE = /\b(?:some|many|most|few|a\s+few|several|half|a\s+third|a\s+quarter|one\s+in|per\s*cent|percent|%)\b/i;
const R9_FOOTHOLD_BEFORE = /\b(?:where|so(?:\s+that)?|which\s+means|meaning)\s+$/i;
const R9_MAKING = /\b(?:make|makes|made|making|turn|turns|turned|turning|create|creates|created|creating|build|builds|built|building|leave|leaves|left|leaving)\b/i;
const R9_RESOLVED_LEFT = /\b(?:natural(?:ly)?|on\s+(?:its|their)\s+own|by\s+itself|by\s+themselves|with\s+age|as\s+(?:he|she|they)\s+grow)\b/i;
function round9Requires(text: string, cues: Cue[], k: number, req: Round9Requires, claim: boolean): boolean {
  const c = cues[k];
  switch (req) {
    case 'r9SafetyListed': {
      if (isImperative(text) || R8_STUDY_REPORT.test(text)) return false;
      const before = text.slice(Math.max(0, c.start - 80), c.start);
      if (R9_ABSENCE_LIST.test(before)) return true;
      return /^\s*["'\u201c*_]*$/.test(text.slice(0, c.start)) && R9_SLOGAN_END.test(text.slice(c.end, c.end + 6));
    }
    case 'r9SafeSubject': {
      if (isImperative(text) || R8_STUDY_REPORT.test(text) || R9_HEDGED_TAIL.test(text.slice(c.end, c.end + 30))) return false;
      const raw = clauseSubject(text.slice(Math.max(0, c.start - 120), c.start)).replace(/^["'\u201c*_]+/, '');
      if (/^(?:it|they|this|these|this\s+one)$/i.test(raw)) return true;
      if (isSafeHolder(raw)) return true;
      for (let j = k - 1; j >= 0 && cues[j].start >= c.start - raw.length - 1; j--) if (cues[j].kind === K.intervention || cues[j].kind === K.drug) return true;
      return false;
    }
    case 'r9FreeOf': {
      if (isImperative(text)) return false;
      const after = text.slice(c.end, c.end + 50);
      let object = R9_TOXIN.test(after);
      for (let j = k + 1; !object && j < cues.length && cues[j].start <= c.end + 30; j++) {
        if (cues[j].kind === BOUNDARY || cues[j].kind === COMMA) break;
        if (cues[j].kind === K.bad || cues[j].kind === K.disease) object = true;
      }
      if (!object) return false;
      const before = text.slice(Math.max(0, c.start - 80), c.start);
      if (!R9_PERSON_OR_BODY.test(before) || R9_CONDITION_BEFORE.test(before) || NATURAL_FREQUENCY.test(before)) return false;
      return treated(text, cues) || afterTreatment(text, cues) || R9_AFTER_PROGRAMME.test(text) || R9_CLEANSE.test(text);
    }
    case 'r9WholeBody': {
      if (isImperative(text)) return false;
      if (!R9_RENEWAL_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))) return round12BRenewedAfter(text, cues, c) || round16CRenewsAfter(text, cues, c); // round 12 (B): a passive of renewal after it; round 16 (C): an active one
      const subject = clauseSubject(text.slice(0, c.start)).replace(/^["'\u201c*_]+/, '');
      if (R9_NATURAL_AGENT.test(subject) || R8_BODY_AGENT.test(subject + ' ')) return false;
      return treated(text, cues) || isSafeHolder(text) || R9_CLEANSE.test(text) || /^(?:our|this|these)\s/i.test(subject);
    }
    case 'r9EveryPerson': {
      if (!claim) return round12BEverySpared(text, cues, k) || round13BEveryResult(text, cues, k); // rounds 12 and 13 (B): 'Every patient we've treated has avoided surgery', 'Every single client sees a difference'
      if (isImperative(text)) return false;
      for (const o of cues) if (o.kind === K.hedge) return false;
      if (R9_POPULATION_TAIL.test(text.slice(c.end, c.end + 30))) return false;
      const pw = prevWord(text, c.start);
      if (R9_EVERY_OBJECT_PREP.has(pw)) return true;
      if (round16CFrontedEvery(text, c) || round16CServiceEvery(text, c)) return true; // round 16 (C): 'With our drops, every child sleeps through the night', 'Every patient gets their energy back'
      return (/^\s*["'\u201c*_]*$/.test(text.slice(0, c.start)) || R15A_SO_CLAUSE.test(text.slice(Math.max(0, c.start - 12), c.start))) && R9_EVERY_SUBJECT_TAIL.test(text.slice(c.end, c.end + 6)); // round 15 (A): or opening a clause of consequence
    }
    case 'r9NoFoothold': {
      if (isImperative(text)) return false;
      if (!R9_FOOTHOLD_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
      return treated(text, cues) || R9_MAKING.test(text.slice(0, c.start));
    }
    case 'r9Ageing':
      return !isImperative(text) && !/^\s*to\s/i.test(text);
    case 'r9FullRelief': {
      if (isImperative(text) || R9_PROPORTION_BEFORE.test(text.slice(0, c.start)) || /^(?:for|need|needs|needed)$/.test(prevWord(text, c.start))) return false;
      for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 40; j++) {
        if (cues[j].kind === BOUNDARY || cues[j].kind === COMMA) return false;
        if (cues[j].kind === K.bad || cues[j].kind === K.disease) return true;
      }
      return false;
    }
    case 'r9Promise': {
      if (isImperative(text)) return false;
      for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 70; j++) {
        if (cues[j].kind === BOUNDARY) return false;
        if ((HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) || cues[j].kind === K.testimonial) return true;
      }
      return false;
    }
    case 'r9ResolvedForGood': {
      if (isImperative(text)) return false;
      const before = text.slice(0, c.start);
      if (NATURAL_FREQUENCY.test(before) || R9_RESOLVED_LEFT.test(text)) return false; // 'most patients' keeps the promise of permanence
      for (let j = 0; j < k; j++) if (cues[j].kind === K.side) return false;
      return treated(text, cues) || afterTreatment(text, cues);
    }
  }
  return false;
}

/**
 * Round 9 (B): the object of a term that requires a health object, read where the outcome lexicons have none: ageing
 * after a verb of reversal ('reverses your biological age', 'reversing the ageing process', 'turn back the clock on
 * ageing'), and what bites, stings or infects after total protection ('complete protection from bites', 'full protection
 * against mosquitoes'); not advice ('For complete protection from the sun, wear a hat') or a need ('you need two doses for
 * full protection').
 */
const R9_AGEING_OBJECT = /^\s+(?:(?:the|your|my|her|his|their|our|its)\s+)?(?:(?:biological|cellular|metabolic|skin['\u2019]?s?|body['\u2019]s|brain['\u2019]s|real|true|inner|epigenetic)\s+)?(?:age|ageing|aging|signs\s+of\s+(?:ageing|aging|age)|(?:ageing|aging)\s+process|biological\s+clock|years)\b/i;
const R9_HARM_OBJECT = /^\s+(?:[a-z-]+\s+){0,2}?(?:bites|stings|mosquito(?:es|s)?|mozzies|midges|ticks|bugs|insects|germs|bacteria|viruses|parasites|lice|nits|fleas|worms|uv|sunburn|allergens|pollen)\b/i;
function round9Object(text: string, cues: Cue[], k: number, entry: AbsoluteEntry, lex: ClaimLexicon): AbsoluteTerm | null {
  const c = cues[k];
  if (isImperative(text) || /^(?:for|need|needs|needed)$/.test(prevWord(text, c.start))) return null;
  if (R9_PROPORTION_BEFORE.test(text.slice(0, c.start))) return null; // 'Some repellents give complete protection from bites'
  const after = text.slice(c.end, c.end + 60);
  const word = cueText(text, c).toLowerCase();
  if (entry.category === 'cure' && (/^revers/.test(word) || /clock\s+on$/.test(word))) {
    if (!R9_AGEING_OBJECT.test(after)) return null;
  } else if (entry.category === 'totality' && /protection\s+(?:against|from)$/.test(word)) {
    if (!R9_HARM_OBJECT.test(after)) return null;
  } else return null;
  return absoluteTerm(text, c, entry.category, absoluteRewrites(text, c, entry, null, lex));
}

/**
 * Round 9 (B): a permanence phrase ('for life', 'for good', 'forever') ending a predicate of holding or stopping with a
 * health word as its object ('holds your hairline where it is for life', 'keeps the joints moving for good', 'freezes hair
 * loss for good'), in a sentence of a treatment or of a product named at its start; not advice, not after a health word
 * as the subject ('Diabetes keeps you on insulin for life'), not a side effect.
 */
const R9_HOLD_VERB = /\b(?:hold|holds|held|holding|keep|keeps|kept|keeping|lock|locks|locked|locking|freeze|freezes|froze|frozen|freezing|halt|halts|halted|halting|stop|stops|stopped|preserve|preserves|preserved|protect|protects|protected|maintain|maintains|maintained)\s/gi;
const R9_PERMANENT_WORDS = /^(?:for\s+life|forever|for\s+ever|for\s+good|permanently|for\s+the\s+rest)/i;
const R9_PRODUCT_START = /^\s*["'\u201c*_]*(?:our\s+|this\s+|the\s+)?[A-Z][a-zA-Z0-9+-]*\s/;
function round9HeldInPlace(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  const c = cues[k];
  if (!R9_PERMANENT_WORDS.test(cueText(text, c)) || isImperative(text)) return false;
  const from = Math.max(0, c.start - 90);
  const span = text.slice(from, c.start);
  R9_HOLD_VERB.lastIndex = 0;
  const m = R9_HOLD_VERB.exec(span);
  if (!m) return false;
  const verb = from + m.index;
  // 'so protect your ears for life', 'and keep them moving for life': a base form after a conjunction is advice.
  if (!/(?:s|ed|ing|held|kept|froze|frozen)\s$/i.test(m[0]) && /^(?:so|and|then|please|always|just|to)$/.test(prevWord(text, verb))) return false;
  let object = false;
  for (let j = 0; j < k; j++) {
    const o = cues[j];
    if (clause[j] !== clause[k]) continue;
    if (o.kind === K.side) return false;
    if (o.start < verb && (o.kind === K.bad || o.kind === K.disease || o.kind === K.body)) return false;
    if (o.start > verb && HEALTH_KINDS.has(o.kind)) object = true;
  }
  if (!object) return false;
  return treated(text, cues) || R9_PRODUCT_START.test(text) || isSafeHolder(text.slice(0, verb));
}

/**
 * Round 9 (B): a totality adverb right after a testimonial of a complaint gone ('My migraines have vanished completely
 * since I started …', 'her eczema cleared up completely after …'): the testimonial cue holds the complaint the removal
 * check looks for.
 */
const R9_GONE_END = /(?:vanished|disappeared|gone|cleared(?:\s+up)?|went\s+away|gone\s+away|stopped|faded(?:\s+away)?|healed|settled(?:\s+down)?)$/i;
function round9TestimonialGone(text: string, cues: Cue[], k: number): boolean {
  const p = k > 0 ? cues[k - 1] : null;
  if (!p || p.kind !== K.testimonial || cues[k].start - p.end > 2) return false;
  return R9_GONE_END.test(cueText(text, p));
}

// ---------------------------------------------------------------- round 10 (B)

/**
 * Round 10 (B): unnamed evidence as the subject of a strength predicate ('The evidence that X prevents Y, in adults and
 * children alike, is strong', 'The science behind X is now overwhelming', 'The research on X is rock-solid'): like 'there is
 * strong evidence that', it credits a claim to evidence the reader cannot check. The predicate is the last copula of the
 * clause (not one inside the that-clause: 'The evidence that X is good for you is weak' is no appeal), not negated, and the
 * sentence makes a health assertion after the subject. Gated on the words evidence, research, science, data and proof.
 */
const R10_EVIDENCE_WORDS = ['evidence', 'research', 'science', 'data', 'proof'];
const R10_EVIDENCE_HEAD = /(?:^|[\s"'\u201c*_(])(the\s+(?:(?:scientific|clinical|medical|research|published|trial|available|current|latest|real-world)\s+)?)$/i;
const R10_EVIDENCE_TAIL = /\s+(?:that|for|behind|on|in\s+favou?r\s+of|supporting)(?=\s)/y;
const R10_CLAUSE_END = /;|,\s*(?:and|but|so|though|although|while|whereas|yet)\s|\s(?:but|although|though|whereas)\s/g;
const R10_COPULA = /\s(?:is|are|was|were|has\s+been|have\s+been|remains|remain|looks|seems|(isn|aren|wasn|weren)['\u2019]t|is\s+(not)|are\s+(not))\s/g;
const R10_WEAK = /(?:(?:still|very|rather|pretty|fairly|quite|far\s+too|too|at\s+best|frankly|mostly|largely|so\s+far)\s+)?(?:weak|thin|limited|poor|lacking|mixed|patchy|inconclusive|shaky|flimsy|scant|sparse|missing|conflicting|unconvincing|preliminary|inconsistent|contradictory|anecdotal|low[- ]quality|unclear|unproven|non-?existent|slim|slight|modest|tiny|small|not\s+(?:(?:that|very|so|particularly|terribly|yet|as)\s+)?(?:strong|good|convincing|clear|conclusive|great|robust|solid|compelling|there|enough|impressive|persuasive)|far\s+from\s+(?:strong|clear|convincing|conclusive|settled)|nowhere\s+near\s+(?:strong|good|convincing|enough))(?![a-z-])/iy;
const R10_STRONG = /(?:(?:now|really|very|pretty|quite|extremely|incredibly|remarkably|simply|absolutely|frankly|genuinely|overwhelmingly|increasingly|already|by\s+now)\s+)?(?:strong|stronger\s+than\s+ever|overwhelming|compelling|convincing|solid|robust|clear|conclusive|clear-cut|undeniable|irrefutable|indisputable|impressive|excellent|good|powerful|unambiguous|beyond\s+(?:doubt|question|dispute)|rock-solid|watertight|persuasive|settled|hard\s+to\s+(?:ignore|argue\s+with|dismiss))(?![a-z-])/iy;
const R10_OPEN_BEFORE = /\b(?:whether|if|how|no|nor|not|without)\s+$/i;
function round10EvidenceStrong(text: string, cues: Cue[], result: ClaimClassification): void {
  // Either way below needs a claim or a health cue: looked for first, since most sentences have neither and the five
  // scans for the nouns cost more than the loop over the cues.
  let healthCue = result.claim;
  for (let j = 0; !healthCue && j < cues.length; j++) if (HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) healthCue = true;
  if (!healthCue || (sentenceGates(text) & SG_EVIDENCE) === 0) return; // none of R10_EVIDENCE_WORDS: no subject below
  // The subject: 'the (adjective) evidence/research/... that/for/behind/on', found from the noun (its first occurrence).
  let start = -1;
  let end = -1;
  for (const w of R10_EVIDENCE_WORDS) {
    const at = text.indexOf(w);
    if (at < 4) continue;
    R10_EVIDENCE_TAIL.lastIndex = at + w.length;
    if (!R10_EVIDENCE_TAIL.test(text)) continue;
    const head = R10_EVIDENCE_HEAD.exec(text.slice(Math.max(0, at - 40), at));
    if (!head) continue;
    start = at - head[1].length;
    end = R10_EVIDENCE_TAIL.lastIndex;
    break;
  }
  if (start < 0) return;
  if (R10_OPEN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return;
  // The clause: from the subject to the next clause boundary (or the end).
  R10_CLAUSE_END.lastIndex = end;
  const b = R10_CLAUSE_END.exec(text);
  const stop = b ? b.index : text.length;
  let copula = -1;
  let negated = false;
  R10_COPULA.lastIndex = end;
  for (let c = R10_COPULA.exec(text); c && c.index < stop; c = R10_COPULA.exec(text)) {
    copula = c.index + c[0].length;
    negated = c[1] !== undefined || c[2] !== undefined || c[3] !== undefined;
  }
  if (copula < 0) return;
  R10_STRONG.lastIndex = copula;
  R10_WEAK.lastIndex = copula;
  if (negated || R10_WEAK.test(text)) {
    // 'The evidence that X prevents Y is weak', '... isn't convincing': the claim inside is doubted, not made.
    if (result.claim && (negated ? R10_STRONG.test(text) : true)) {
      result.claim = false;
      result.notClaim = 'doubted';
    }
    return;
  }
  if (!R10_STRONG.test(text)) return;
  let health = result.claim;
  for (let j = 0; !health && j < cues.length; j++) if (cues[j].start >= end && cues[j].start < copula && HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) health = true;
  if (!health) return;
  for (const c of cues) if (c.kind === K.negation && c.start < copula && c.end > start - 12) return;
  result.attributions.push({ start, end, text: text.slice(start, end) });
  result.cues.push(`attribution:${text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')}`);
}

/**
 * Round 10 (B): the conditions of the round 10 absolute terms (claims-absolute.json round10B). None holds in advice, a
 * question, after a proportion of people ('in most people it won't come back') or with a side effect before the term.
 * - r10NeverAgain: 'they'll never trouble you again', 'your headaches will never bother you again': a treatment, a course
 *   or sessions named in the sentence ('Three sessions with us and …'), no hope or hedge before, no condition after.
 * - r10Recurrence: 'the pain won't come back', 'the cold sores never return': a complaint (or a pronoun for one) as the
 *   subject, after a treatment; not natural history ('Once the rash clears, it won't come back' names no treatment).
 * - r10LastEver: 'the last diet you'll ever need': a health sentence, after 'the'.
 * - r10DetoxAll: 'sweats out metals, plastics and every toxin': a verb of drawing out or cleansing within twelve words
 *   before, in the clause; not the body's own organs, not the kitchen or the laundry.
 * - r10Unfailing: 'has never once failed to settle pelvic pain', 'has yet to fail a migraine sufferer': a health outcome
 *   after the term in its clause, or a treatment in a health sentence.
 * - r10SurePromise: 'you're bound to feel better', 'sure to see results': a good outcome (or results, a difference) after.
 * - r10SafeAlternative: 'free of the side effects that come with HRT', 'all the benefits without the risks': said of a
 *   treatment or product, not a person's course ('until you are free of the side effects').
 * - r10SafeForAll: 'safe for absolutely everyone', 'safe at any age': said of a treatment, a product or a pronoun.
 */
type Round10Requires = 'r10NeverAgain' | 'r10Recurrence' | 'r10LastEver' | 'r10DetoxAll' | 'r10Unfailing' | 'r10SurePromise' | 'r10SafeAlternative' | 'r10SafeForAll' | 'r10Scope' | 'r10WhateverHelps' | 'r10SafetyRecord' | 'r10Certain' | 'r10Hundred';
const R10_CARE_PROVIDER = /\b(?:we|i|gps?|doctors?|nurses?|pharmacists?|clinicians?|team|teams|practice|surgery|staff|specialists?|consultants?|physios?|physiotherapists?|midwives|clinic|clinics|hospital|hospitals|pharmacy|pharmacies|service|services|nhs|dentists?|therapists?|practitioners?)\b/i;
const R10_SCOPE_VERB = /(?:ailment|condition|complaint|problem|illness|disease|symptom|issue|worry|treat|cure|fix|heal|help|ease|relieve|sort|handle|tackle|shift)/i;
const R10_HELPS_AFTER = /^,?\s+((?:[a-z'\u2019-]+\s+){1,4}?)(?:will|['\u2019]ll|can|is\s+sure\s+to|is\s+bound\s+to|always)\s+(?:help|work|ease|bring\s+relief|make\s+a\s+difference|sort\s+it)/i;
const R10_HOPE_BEFORE = /\b(?:hope|hopefully|hoping|wish|pray|fingers\s+crossed|may|might|could|probably|likely|chance|unlikely|should)\b/i;
const R10_CONDITION_AFTER = /^[^.;:!?]*?\b(?:if|unless|as\s+long\s+as|provided|so\s+long\s+as)\s/i;
const R10_DETOX_VERB = /\b(?:sweat|sweats|sweated|sweating|flush|flushes|flushed|flushing|detox(?:es|ed|ing)?|cleans(?:e|es|ed|ing)|draw|draws|drew|drawing|pull|pulls|pulled|pulling|purg(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|clear|clears|cleared|clearing|remov(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|expel(?:s|led|ling)?|leach(?:es|ed|ing)?|rids?|ridding|strip(?:s|ped|ping)?|wash(?:es|ed|ing)?|purif(?:y|ies|ied|ying)|neutrali[sz](?:e|es|ed|ing)|mop(?:s|ped|ping)?|soak(?:s|ed|ing)?|absorb(?:s|ed|ing)?|binds?|binding|chelat(?:e|es|ed|ing)|zap(?:s|ped|ping)?|kill(?:s|ed|ing)?|destroy(?:s|ed|ing)?)\b/i;
const R10_IMPOSSIBLE = /\b(?:impossible|no\s+way|unable|can['\u2019]t|cannot|can\s+not|never|myth|claim|claims|claimed|supposedly|allegedly)\b/i;
const R10_SURE_SUBJECT = /\b(?:you['\u2019]re|you\s+are|you['\u2019]ll\s+be|you\s+will\s+be|they['\u2019]re|they\s+are|she['\u2019]s|he['\u2019]s|(?:everyone|everybody)\s+is|you['\u2019]re\s+all|you\s+are\s+all)\s+(?:almost\s+|all\s+but\s+|just\s+|absolutely\s+|100%\s+)?$/i;
const R10_GOOD_RESULT = /^\s+(?:[a-z-]+\s+){0,3}?(?:better|easier|more\s+easily|freely|soundly|deeply|like\s+a\s+(?:baby|log)|through\s+the\s+night|pain-free|results?|a\s+difference|the\s+difference|an\s+improvement|improvements?|benefits?|relief|calmer|stronger|younger|lighter|slimmer|fitter|healthier|great|amazing|fantastic|brand\s+new)\b/i;
const R10_SAFE_HOLDER = /\b(?:exercises?|class(?:es)?|poses?|yoga|pilates|massage|stretch(?:es|ing)?|workouts?|routines?|spray|balm|cream|oil|tea|gummies|drops|tincture|remed(?:y|ies)|formula|product|range|programme|program|treatment|therapy|session|it|they|this|these)\b/i;
function round10Requires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round10Requires, claim: boolean): boolean {
  const c = cues[k];
  // 'Rest up and you're bound to feel better': a certainty after an imperative is still a promise.
  // Round 14 (A): unless the imperative is a treatment conjunct whose consequence made the claim ('Use the spacer every night and …').
  if ((req !== 'r10SurePromise' && isImperative(text) && !(text === r14aPermanentText && r14aPermanentImperative >= 0)) || R9_PROPORTION_BEFORE.test(text.slice(0, c.start))) return false;
  for (let j = 0; j < k; j++) if (cues[j].kind === K.side) return false;
  switch (req) {
    case 'r10NeverAgain':
      if (R10_HOPE_BEFORE.test(text.slice(0, c.start)) || R10_CONDITION_AFTER.test(text.slice(c.end))) return false;
      // Round 14 (A): or the sentence's claim is a complaint's permanence licensed by a treatment ('Do calf raises every evening and …').
      return treated(text, cues) || afterTreatment(text, cues) || R9_TREATED.test(text) || (claim && text === r14aPermanentText);
    case 'r10Recurrence': {
      if (R10_HOPE_BEFORE.test(text.slice(0, c.start)) || R10_CONDITION_AFTER.test(text.slice(c.end))) return false;
      let complaint = /\b(?:it|they|them)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
      for (let j = k - 1; !complaint && j >= 0 && clause[j] === clause[k]; j--) if (cues[j].kind === K.bad || cues[j].kind === K.disease) complaint = true;
      return complaint && (treated(text, cues) || afterTreatment(text, cues) || R9_TREATED.test(text));
    }
    case 'r10LastEver':
      return prevWord(text, c.start) === 'the' && (healthSentence(text, cues, c) || treated(text, cues));
    case 'r10DetoxAll': {
      const from = wordWindowStart(text, c.start, 12);
      for (let j = k - 1; j >= 0 && cues[j].end > from; j--) if (cues[j].kind === BOUNDARY) return false;
      if (!R10_DETOX_VERB.test(text.slice(from, c.start)) || R10_IMPOSSIBLE.test(text.slice(0, c.start))) return false;
      return !R8_HOUSEHOLD.test(text) && !R8_BODY_AGENT.test(clauseSubject(text.slice(0, c.start)) + ' ');
    }
    case 'r10Unfailing': {
      for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) if (HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) return true;
      return (treated(text, cues) || R9_TREATED.test(text)) && healthSentence(text, cues, c);
    }
    case 'r10SurePromise': {
      // 'You're bound to …', 'Everyone is sure to …': certainty said of the reader or of the people treated.
      if (!R10_SURE_SUBJECT.test(text.slice(Math.max(0, c.start - 24), c.start))) return false;
      for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) {
        if (cues[j].kind === K.bad || cues[j].kind === K.side || cues[j].kind === K.negation) return false;
        if (cues[j].kind === K.good) return true;
      }
      return R10_GOOD_RESULT.test(text.slice(c.end, c.end + 40));
    }
    case 'r10SafeAlternative': {
      const before = text.slice(Math.max(0, c.start - 80), c.start);
      if (R9_CONDITION_BEFORE.test(before) || R8_STUDY_REPORT.test(text)) return false;
      return claim || treated(text, cues) || isSafeHolder(text) || R10_SAFE_HOLDER.test(text.slice(0, c.start));
    }
    case 'r10Scope': {
      // 'It works on every type of headache', 'helps with any ailment': of a treatment or a pronoun, not of a clinic or its staff
      // ('We treat all kinds of foot problems' describes a service).
      const subject = clauseSubject(text.slice(0, c.start));
      if (R10_CARE_PROVIDER.test(subject)) return false;
      if (!(treated(text, cues) || isSafeHolder(subject) || R10_SAFE_HOLDER.test(subject) || R10_SAFE_HOLDER.test(cueText(text, c)))) return false;
      if (R10_SCOPE_VERB.test(cueText(text, c).replace(/^\S+\s+/, ''))) return true;
      for (let j = k + 1; j < cues.length && cues[j].start <= c.end + 60; j++) if (HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) return true;
      return false;
    }
    case 'r10WhateverHelps': {
      // 'Whatever your symptoms, our remedy will help': a treatment (not a clinic or its staff) that will help whatever the complaint.
      const m = R10_HELPS_AFTER.exec(text.slice(c.end, c.end + 80));
      return m !== null && !R10_CARE_PROVIDER.test(m[1]) && (isSafeHolder(m[1]) || R10_SAFE_HOLDER.test(m[1]));
    }
    case 'r10SafetyRecord':
      if (R8_STUDY_REPORT.test(text)) return false;
      return /\bof\s+(?:our|my)\s/i.test(cueText(text, c)) || treated(text, cues) || isSafeHolder(text.slice(0, c.start)) || R10_SAFE_HOLDER.test(text.slice(0, c.start));
    case 'r10Hundred':
      // '100 per cent effective', 'works for ten out of ten clients': the figure spelled out, in a health sentence or a claim, not a
      // study's report ('the vaccine was 100 per cent effective in the trial' is a finding).
      return (claim || healthSentence(text, cues, c) || treated(text, cues)) && !R8_STUDY_REPORT.test(text);
    case 'r10Certain':
      // 'There is no doubt that this tea lowers blood pressure': certainty about an efficacy claim overstates the evidence.
      return claim;
    case 'r10SafeForAll':
      return treated(text, cues) || isSafeHolder(text.slice(0, c.start)) || R10_SAFE_HOLDER.test(text.slice(0, c.start)) || R10_SAFE_HOLDER.test(cueText(text, c));
  }
  return false;
}

/**
 * Round 10 (B): a source whose post-modifier names an institution or a person ('Research carried out at Oxford University
 * shows', 'Studies led by Professor Patel found') names its source: only an unnamed one ('Studies done in several
 * countries', 'Experts from top universities') is vague. Looked at only in attributions that hold ' at ', ' by ' or ' from '.
 */
const R10_NAMED_AFTER = /\s(?:at|by|from)\s+(?:the\s+)?[A-Z][A-Za-z]/;
function round10NamedPlace(text: string, result: ClaimClassification): void {
  for (let i = result.attributions.length - 1; i >= 0; i--) {
    const a = result.attributions[i];
    if (a.text.indexOf(' at ') < 0 && a.text.indexOf(' by ') < 0 && a.text.indexOf(' from ') < 0) continue;
    if (!R10_NAMED_AFTER.test(a.text)) continue;
    result.attributions.splice(i, 1);
    const tag = `attribution:${text.slice(a.start, a.end)}`;
    const j = result.cues.indexOf(tag);
    if (j >= 0) result.cues.splice(j, 1);
  }
}

// ---------------------------------------------------------------- round 11 (B)

/**
 * Round 11 (B): a side-effect noun owned by a person ('cured my daughter's milk allergy', 'cured his nausea') names that
 * person's complaint, not a drug's side effect: as the object of a cure verb it is cure language. The owner is a possessive
 * determiner, with at most one possessor noun and two modifiers after it ('my daughter's milk allergy').
 */
const R11_OWNED = /^\s+(?:my|your|his|her|their|our)\s+(?:[a-z-]+['\u2019]s\s+)?(?:[a-z-]+\s+){0,2}$/i;
/**
 * Round 11 (lead): a word that is also a side effect is what a cure verb cures when it is the verb's direct object, with
 * at most a determiner and one modifier between them ('cures allergies', 'cures your nausea', 'cure a bad headache'): as
 * cure language, that is as absolute as 'cures hay fever'.
 */
const R11_CURED_DIRECTLY = /^\s+(?:(?:the|a|an|this|that|these|those|most|many|any)\s+)?(?:[a-z-]+\s+)?$/i;
function round11CuredSideObject(text: string, from: number, o: Cue): boolean {
  if (o.start - from >= 60) return false;
  const between = text.slice(from, o.start);
  return R11_OWNED.test(between) || R11_CURED_DIRECTLY.test(between);
}

/**
 * Round 11 (B): 'a ten-year manufacturer's guarantee', 'a lifetime guarantee', 'the maker's guarantee': the noun 'guarantee'
 * after a period compound or a maker's possessive is a product's warranty (round 13: with up to two modifiers between,
 * 'a three-year parts-and-labour guarantee'). One that goes on to say what it guarantees ('a
 * lifetime guarantee that your pain won't return', 'a two-year guarantee of results') still promises an outcome. Round 15:
 * a container, device or delivery before it ('That's our bottle guarantee', 'our price-match guarantee') is one too.
 */
const R11_WARRANTY_BEFORE = /(?:\b(?:bottle|jar|pot|tub|kit|device|machine|mat|lamp|pump|lid|case|battery|charger|nozzle|packaging|delivery|postage|shipping|price|price-match|hardware)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)[- ](?:year|month|week|day)|\blife-?time|\b(?:manufacturer|maker|supplier|retailer|seller)s?['\u2019]s?)(?:\s+(?:[a-z]+['\u2019]s?|full|limited|extended|parts-and-labou?r|no-quibble|no-questions-asked|manufacturer|maker|breakage|accidental-damage|damage|repair|replacement)){0,2}\s+$/i;
const R11_GUARANTEE_OF = /^\s+(?:that|of|on\s+(?:results|your)|you|your)\b/i;
function round11Warranty(text: string, c: Cue): boolean {
  if (!/^guarantees?$/i.test(cueText(text, c))) return false;
  return R11_WARRANTY_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) && !R11_GUARANTEE_OF.test(text.slice(c.end, c.end + 16));
}

/** Round 11 (B): phrases of universal scope over the people treated ('at any age', 'from toddlers to grandparents'). */
const R11_PEOPLE_SCOPE = new RegExp(`^,?\\s+(?:${absoluteData.round11B.peopleScopes.map((f) => f.replace(/ /g, '\\s+')).join('|')})(?![a-z-])`, 'i');
/**
 * Round 11 (B): a safety word followed by a universal scope over the people treated ('the reset is harmless at any age',
 * 'risk-free for everyone'): what is given to people of every age is a treatment, so the safety is promised of it; a complaint,
 * a condition or a side effect before it ('A bruise is harmless at any age') is reassurance about natural history.
 */
function round11SafeForAll(text: string, cues: Cue[], c: Cue): boolean {
  if (!R11_PEOPLE_SCOPE.test(text.slice(c.end, c.end + 80))) return false;
  // 'A heart murmur is harmless at any age': an indefinite subject states a fact about a kind of thing, not about a product.
  if (/^["'\u201c*_]*an?\s/i.test(clauseSubject(text.slice(0, c.start)))) return false;
  for (const o of cues) {
    if (o.start >= c.start) break;
    if (o.kind === K.bad || o.kind === K.disease || o.kind === K.side) return false;
  }
  return true;
}

/**
 * Round 11 (B): the conditions of the round 11 absolute terms (claims-absolute.json round11B). None holds in advice or after a
 * proportion of people ('in most people').
 * - r11NothingHarms: 'Nothing we do in a session can hurt you': a negative universal over what the practitioner does, as the
 *   subject of harm, at the start of its clause, with no condition after ('unless you push too hard').
 * - r11EveryComplaint: 'took away every single craving', 'eased all my aches': relief over every instance of a complaint (a
 *   condition or symptom cue, or a word of noise or craving, within three words of the quantifier), not of a good state ('took
 *   away all my energy').
 * - r11ComplaintGone: 'the brain fog that hung over me for years has completely lifted': a complaint before the term in its
 *   clause, owned by someone ('my', 'over me') or long-standing ('for years'), not its usual course ('usually').
 * - r11Regardless: 'Every wound heals faster under pressure, however old it is': a benefit (a claim, or a relation with a
 *   health outcome) promised whatever the severity of the case; not advice ('However bad it gets, see your GP').
 * - r11NeverLost: 'one course, and your skin never loses that bounce again': a part of the body or a good state before the
 *   term, after a treatment, no hope before it.
 */
type Round11Requires = 'r11NothingHarms' | 'r11EveryComplaint' | 'r11ComplaintGone' | 'r11Regardless' | 'r11NeverLost';
/** A proportion of the people treated ('most of our clients', 'some people', 'one in ten'), not 'what clients love most'. */
const R11_PROPORTION = /\b(?:some|many|most|few|several|half|a\s+third|a\s+quarter)\s+(?:of\s+(?:the|our|my|your|these|those)\s+)?(?:[a-z-]+\s+)?(?:people|patients|clients|women|men|children|kids|users|members|sufferers|adults|cases)\b|\b(?:some|many|most|few)\s+of\s+(?:them|us|you)\b|\bone\s+in\s+(?:\d+|[a-z]+)\b|\d\s*(?:%|per\s*cent|percent)/i;
/** The concession's subject after 'however old', 'no matter how stubborn': the case ('it', 'your eczema'), not the reader ('you are'). */
const R11_CASE_SUBJECT = /^\s+(?:(?:it|they|the\s+[a-z-]+|your\s+(?:[a-z-]+\s+)?[a-z-]+|the\s+(?:[a-z-]+\s+)?[a-z-]+)\s+(?:is|are|was|were|has\s+been|have\s+been|gets|get|seems|seem|looks|look)\b|[,.;!]|$)/i;
/** Relation words that are healing by themselves ('heals faster', 'works', 'clears'). */
const R11_HEALING = /^(?:heal|cure|recover|mend|clear|eas|reliev|improv|repair|work|settl|soothe|calm|fade)/i;
const R11_EVEN_IF = /\beven\s+if\b/gi;
const R11_CLAUSE_OPEN = /(?:^|[,:;.!]|\band|\bbut|\bso|\bbecause)\s*["'\u201c*_]*$/i;
const R11_QUANTIFIER = /\s+(?:each\s+and\s+every|every\s+(?:single\s+|last\s+)?|all\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|her\s+|his\s+|their\s+|our\s+)?)/iy;
const R11_WORDS = /[a-z-]+/gi;
const R11_OWNER = /\b(?:my|me|i|i['\u2019]d|i['\u2019]ve|her|his|him|our|us|their|them)\b|\bfor\s+(?:years|months|decades|ages|so\s+long)\b/i;
const R11_ADVICE_AFTER = /^[^,]*,\s*(?:see|ask|talk|speak|call|contact|book|tell|get|check|don['\u2019]t|do\s+not|never|always|keep|stop)\b/i;
function round11Requires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round11Requires, claim: boolean): boolean {
  const c = cues[k];
  if (isImperative(text) || R11_PROPORTION.test(text.slice(0, c.start))) return false;
  switch (req) {
    case 'r11NothingHarms':
      // 'even if you're a beginner' concedes a case the promise covers; 'if' or 'unless' alone limits it.
      return R11_CLAUSE_OPEN.test(text.slice(Math.max(0, c.start - 12), c.start)) && !R10_CONDITION_AFTER.test(text.slice(c.end).replace(R11_EVEN_IF, 'even'));
    case 'r11EveryComplaint': {
      R11_QUANTIFIER.lastIndex = c.end;
      if (!R11_QUANTIFIER.test(text)) return false;
      const from = R11_QUANTIFIER.lastIndex;
      for (let j = k + 1; j < cues.length && cues[j].start < from + 40; j++) {
        const o = cues[j];
        if (o.kind === BOUNDARY || o.kind === COMMA || o.kind === K.good || o.kind === K.side || o.kind === K.negation) return false;
        if (o.kind === K.bad || o.kind === K.disease) return wordsBetween(text, from, o.start) <= 2;
      }
      R11_WORDS.lastIndex = from;
      for (let w = 0; w < 3; w++) {
        const m = R11_WORDS.exec(text);
        if (!m || m.index > from + 40) return false;
        if (R8_COMPLAINTS.has(m[0].toLowerCase())) return true;
      }
      return false;
    }
    case 'r11ComplaintGone': {
      let complaint = -1;
      for (let j = k - 1; j >= 0 && cues[j].kind !== BOUNDARY && cues[j].kind !== COMMA; j--) if (cues[j].kind === K.bad || cues[j].kind === K.disease) complaint = j;
      if (complaint < 0) return false;
      const span = text.slice(cues[complaint].start - Math.min(cues[complaint].start, 40), c.start);
      return R11_OWNER.test(span) && !NATURAL_FREQUENCY.test(text.slice(cues[complaint].end, c.start));
    }
    case 'r11Regardless': {
      if (R11_ADVICE_AFTER.test(text.slice(c.end)) || !R11_CASE_SUBJECT.test(text.slice(c.end, c.end + 60))) return false;
      let relation = false;
      let health = false;
      for (const o of cues) {
        if (o.kind === K.advice) return false;
        // A healing verb read as an absolute term of its own ('heals', which needs a named condition) still states the benefit.
        if (o.kind === K.comparative || o.kind === K.causal || o.kind === K.verb || o.kind === K.causalAdj || (o.kind === K.abs && o !== c && R11_HEALING.test(cueText(text, o)))) {
          relation = true;
          if (R11_HEALING.test(cueText(text, o))) health = true;
        } else if (o.kind === K.bad || o.kind === K.disease || o.kind === K.body || o.kind === K.good) health = true;
      }
      return claim || (relation && health);
    }
    case 'r11NeverLost': {
      if (R10_HOPE_BEFORE.test(text.slice(0, c.start))) return false;
      let part = false;
      for (let j = k - 1; j >= 0 && !part; j--) if (cues[j].kind === K.body || cues[j].kind === K.good) part = true;
      return part && (treated(text, cues) || afterTreatment(text, cues) || R9_TREATED.test(text));
    }
  }
  return false;
}

/**
 * Round 11 (B): a group that says or claims something about itself ('School nurses have long said that they need more funding',
 * 'Midwives say their rotas are stretched') reports its own situation, not a finding: the verb of saying is an appeal to a
 * vague source only when what is said is not about the speakers. With a health assertion after it the attribution still
 * stands ('Nurses say that they see fewer colds since the flu jab': a claim). Belief and knowledge ('experts agree that
 * they ...') stay appeals.
 */
const R11_SAYING = /\b(?:say|says|said|saying|claim|claims|claimed|told\s+us|tell\s+us|tells\s+us|telling\s+us)(?:\s+that)?$/i;
const R11_SELF_COMPLEMENT = /^\s+(?:that\s+)?(?:they|they['\u2019](?:re|ve|d|ll)|their|we|we['\u2019](?:re|ve|d|ll)|our)\s/i;
function round11Saying(text: string, c: Cue): boolean {
  return R11_SELF_COMPLEMENT.test(text.slice(c.end, c.end + 20)) && R11_SAYING.test(text.slice(c.start, c.end));
}
/** Round 11 (B): recognition of a pattern or link said of what came before ('Thousands of naturopaths recognise the pattern'): an appeal. */
/**
 * Round 15 (lead): a verb of recommending or advising followed by a gerund of logistics ('Many midwives now recommend
 * booking your scan early'): advice about arranging care (claims-attributions.json round15.logisticsGerunds), no appeal.
 */
const R15_RECOMMEND_END = /(?:recommend|recommends|recommended|recommending|advise|advises|advised|advising|suggest|suggests|suggested|suggesting)$/i;
let r15LogisticsAfter: RegExp | null = null;
function round15LogisticsAdvice(text: string, c: Cue): boolean {
  if (!R15_RECOMMEND_END.test(text.slice(c.start, c.end))) return false;
  r15LogisticsAfter ??= new RegExp(`\\s+(?:${attributionData.round15.logisticsGerunds.map((g: string) => g.replace(/ /g, '\\s+')).join('|')})(?![a-z-])`, 'iy');
  r15LogisticsAfter.lastIndex = c.end;
  return r15LogisticsAfter.test(text);
}
/** Round 14 (B): a progressive of endorsement ('are now recommending', claims-attributions.json round14B): an appeal, as 'recommend' is. */
const R14B_ENDORSING = /\b(?:recommending|endorsing|backing)$/i;
const R11_PATTERN_APPEAL = /\b(?:recogni[sz]e[sd]?|see|sees|saw|know|knows)\s+(?:the|this|that)\s+(?:(?:very\s+)?same\s+)?(?:pattern|link|connection)$/i;

// ---------------------------------------------------------------- round 12 (B): totality, permanence, ranking

/** Round 12 (B): an alternation of lexicon phrases as a group, each phrase ending on a word boundary. */
function round12BWords(list: readonly string[]): string {
  return `(?:${alternation(list)})(?![a-z-])`;
}
const R12_DATA = absoluteData.round12B;
const R12_RANK = outcomesData.round12B;
/** Round 12 (B): hedges, wishes and conditions before an injury never had again ('I hope you never break a bone again'). */
const R12_WISH_BEFORE = /\b(?:hope|hopefully|hoping|wish|pray|fingers\s+crossed|may|might|could|should|if|unless|so\s+that|to\s+make\s+sure|try|trying)\b/i;
/** Round 12 (B): words before a universal over diseases that take the universality back ('almost every', 'not all'). */
const R12_NOT_UNIVERSAL = /\b(?:almost|nearly|virtually|practically|not|no|if|whether|why|how)\s+$/i;
/** Round 12 (B): the ensured outcome: every case of a condition caught or prevented, or none of it missed. */
let r12Ensured: RegExp | null = null;
/** Round 12 (B): a giving verb right before 'all the ... your body needs' ('delivers', 'gives you'), its end at the term. */
let r12Giving: RegExp | null = null;
let r12ProductUnit: RegExp | null = null;
let r12FoodSubject: RegExp | null = null;

/**
 * Round 12 (B): the conditions of the round 12 absolute terms (claims-absolute.json round12B). None holds in advice.
 * - r12NeverInjured: 'With the right exercise plan, you will never break a bone again': an injury never had again, with a
 *   part of the body as its object (a bone, your back) in a sentence that names a treatment; not a wish or a condition ('I
 *   hope you never break a bone again', 'so that you never hurt your back again').
 * - r12EveryDisease: 'Every single chronic disease can be prevented with the right plate': a universal over diseases with a
 *   passive of prevention or cure; not when the universality is taken back ('almost every', 'not all') or is over a set named
 *   before ('All of these diseases'). The term is the quantifier alone (the rest a lookahead), so that the disease and the
 *   verb stay cues of their own: taken back, the sentence is still read as a claim ('Almost every infection can be prevented
 *   by washing your hands'). Likewise r12AllItNeeds's term is 'all the' or 'everything'.
 * - r12EnsuresEvery: 'ensures that every case of hidden high blood pressure is caught early': a verb of making certain whose
 *   complement is every case of a condition (a complaint of the lexicon after 'of') caught, detected or prevented, or no
 *   case missed; not a purpose ('to make sure that every case of measles is found') or a report ('is reported').
 * - r12AllItNeeds: 'Every bottle delivers all the probiotics your body needs in a day': a product (a unit of one, or a
 *   product noun as the subject) that gives all the body needs; not food or a diet ('A balanced diet gives you all the
 *   vitamins your body needs', 'Breast milk provides everything your baby needs').
 */
type Round12Requires = 'r12NeverInjured' | 'r12EveryDisease' | 'r12EnsuresEvery' | 'r12AllItNeeds';
function round12BRequires(text: string, cues: Cue[], k: number, req: Round12Requires): boolean {
  const c = cues[k];
  if (isImperative(text)) return false;
  switch (req) {
    case 'r12NeverInjured': {
      if (R12_WISH_BEFORE.test(text.slice(0, c.start))) return false;
      const again = text.indexOf('again', c.end);
      let part = false;
      for (let j = k + 1; j < cues.length && cues[j].start < again; j++) if (cues[j].kind === K.body) part = true;
      return part && (treated(text, cues) || R9_TREATED.test(text));
    }
    case 'r12EveryDisease':
      // 'All of these diseases can be prevented by vaccination' describes a set named before, not every disease.
      return !R12_NOT_UNIVERSAL.test(text.slice(Math.max(0, c.start - 12), c.start)) && !/^\s+(?:of\s+)?(?:these|those|the|its|their|such)\s/i.test(text.slice(c.end, c.end + 12));
    case 'r12EnsuresEvery': {
      if (/^(?:to|help|helps|helping|will|would|can|could|must|should)$/i.test(prevWord(text, c.start))) return false;
      r12Ensured ??= /\s+(?:that\s+)?(?:(every|each|all)|no)(?:\s+single)?\s+[a-z-]+\s+of\s+(?:[a-z0-9-]+\s+){1,10}?(?:is|are|gets|get|will\s+be|can\s+be)\s+(?:[a-z]+ly\s+)?(?:(caught|detected|spotted|picked\s+up|found|prevented|cured|stopped)|missed|overlooked)(?![a-z-])/iy;
      r12Ensured.lastIndex = c.end;
      const m = r12Ensured.exec(text);
      if (!m || (m[1] === undefined) !== (m[2] === undefined)) return false; // every ... caught; no ... missed
      const end = c.end + m[0].length;
      for (let j = k + 1; j < cues.length && cues[j].start < end; j++) if (cues[j].kind === K.bad || cues[j].kind === K.disease) return true;
      return false;
    }
    case 'r12AllItNeeds': {
      r12Giving ??= new RegExp(`(?:^|\\s)(?:${alternation(R12_DATA.givingVerbs)})\\s+(?:(?:[a-z-]+\\s+){0,2}?)$`, 'i');
      const before = text.slice(Math.max(0, c.start - 60), c.start);
      const g = r12Giving.exec(before);
      if (!g) return false;
      const subject = clauseSubject(text.slice(0, c.start - before.length + g.index));
      r12FoodSubject ??= new RegExp(`\\b${round12BWords(R12_DATA.foodSubjects)}`, 'i');
      if (r12FoodSubject.test(subject)) return false;
      r12ProductUnit ??= new RegExp(`\\b${round12BWords(R12_DATA.productUnits)}`, 'i');
      if (r12ProductUnit.test(subject) || isSafeHolder(subject)) return true;
      for (let j = 0; j < k; j++) if ((cues[j].kind === K.intervention || cues[j].kind === K.drug) && cues[j].start >= c.start - before.length - subject.length) return true;
      return false;
    }
  }
  return false;
}

/**
 * Round 12 (B): the span reported for a term whose cue is only its first words, the rest a lookahead (r12EveryDisease,
 * r12AllItNeeds): the whole phrase the lookahead read ('Every single chronic disease can be prevented', 'all the probiotics
 * your body needs'), so that the message and the rewrite cover it.
 */
const r12Spans = new Map<RegExp, RegExp>();
function round12BSpan(text: string, c: Cue, entry: AbsoluteEntry): Cue {
  if (entry.requires !== 'r12EveryDisease' && entry.requires !== 'r12AllItNeeds') return c;
  let re = r12Spans.get(entry.re);
  if (!re) {
    re = new RegExp(entry.re.source.replace('(?=', '(?:'), 'iy');
    r12Spans.set(entry.re, re);
  }
  re.lastIndex = c.start;
  const m = re.exec(text);
  return m ? { kind: c.kind, start: c.start, end: c.start + m[0].length } : c;
}

/**
 * Round 12 (B): 'Every patient who completes our plan stays out of the operating theatre', 'Every patient we've treated for
 * Achilles pain has avoided surgery': care avoided (claims-absolute.json round12B sparedVerbs and sparedCare), said of every
 * person treated (a universal subject at the start of the sentence, with a relative clause or a reduced one, 'we've
 * treated'), is totality even where the lexicons read no claim. Not inside the relative clause ('Every patient who avoided
 * surgery was followed up'), not a purpose ('how to avoid surgery'), not hedged or of a population named by its condition.
 */
let r12Spared: RegExp | null = null;
const R12_REDUCED_RELATIVE = /^\s+(?:we|i|you|they)(?:['\u2019]ve|\s+have|\s+had|['\u2019]d)?\s+(?:ever\s+|already\s+|since\s+)?(?:treated|treat|seen|see|helped|help|worked\s+with|work\s+with|looked\s+after|cared\s+for|operated\s+on|taught|coached|fitted)\b/i;
const R12_NOT_SPARED_BEFORE = /^(?:who|that|to|not|avoid|whether|if|can|could|might|may)$/i;
function round12BEverySpared(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  if (isImperative(text) || !/^\s*["'\u201c*_]*$/.test(text.slice(0, c.start))) return false;
  const tail = text.slice(c.end, c.end + 40);
  if (!R9_EVERY_SUBJECT_TAIL.test(tail) && !R12_REDUCED_RELATIVE.test(tail)) return false;
  for (const o of cues) if (o.kind === K.hedge) return false;
  r12Spared ??= new RegExp(`\\b(?:${alternation(R12_DATA.sparedVerbs)})\\s+(?:[a-z-]+\\s+)?(?:${alternation(R12_DATA.sparedCare)})(?![a-z-])`, 'gi');
  r12Spared.lastIndex = c.end;
  const m = r12Spared.exec(text);
  if (!m) return false;
  let pw = prevWord(text, m.index);
  if (/^(?:has|have|had)$/i.test(pw)) pw = prevWord(text, m.index - pw.length - 1);
  if (R12_NOT_SPARED_BEFORE.test(pw)) return false;
  for (const o of cues) if (o.kind === K.negation && o.start < m.index && o.start >= c.end && !/^never/i.test(cueText(text, o))) return false;
  return true;
}

/**
 * Round 12 (B): 'By the end of a 60-minute bath, every cell in your body has been brought back into balance': the whole
 * body as the subject of a passive of renewal (claims-absolute.json round12B renewed) after a session or a treatment named
 * in the sentence (a treatment word, or a session measured in minutes, hours or days: 'a 60-minute bath'). Physiology with no
 * session is no promise ('Every cell in your body is renewed every few years').
 */
let r12Renewed: RegExp | null = null;
const R12_SESSION = /\b(?:a|an|one|your|our|the|each|every|this|that)\s+(?:\d+|[a-z]+)[- ](?:minute|min|hour|day|week|night)\s+[a-z-]+/i;
function round12BRenewedAfter(text: string, cues: Cue[], c: Cue): boolean {
  r12Renewed ??= new RegExp(`\\s+(?:is|are|gets|get|has\\s+been|have\\s+been|had\\s+been|will\\s+be|was|were)\\s+(?:(?:fully|completely|gently|totally|deeply|all|now)\\s+)?${round12BWords(R12_DATA.renewed)}`, 'iy');
  r12Renewed.lastIndex = c.end;
  if (!r12Renewed.test(text)) return false;
  return treated(text, cues) || R9_TREATED.test(text) || R12_SESSION.test(text.slice(0, c.start));
}

/**
 * Round 12 (B): 'Excision surgery removes the disease for good': a permanence term ('for good', 'forever', 'permanently')
 * ending a predicate of removal (claims-absolute.json round12B removalVerbs) whose object is a condition or a complaint of
 * the lexicon, in its clause, in a sentence that names a treatment. An organ removed for good is no promise ('Surgery removes
 * the gallbladder for good').
 */
let r12Removal: RegExp | null = null;
function round12BRemovedForGood(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  const c = cues[k];
  if (!R9_PERMANENT_WORDS.test(cueText(text, c)) || isImperative(text)) return false;
  let object = -1;
  for (let j = k - 1; j >= 0 && clause[j] === clause[k] && cues[j].kind !== COMMA; j--) {
    if (cues[j].kind === K.bad || cues[j].kind === K.disease) {
      object = j;
      break;
    }
  }
  if (object < 0 || wordsBetween(text, cues[object].end, c.start) > 2) return false;
  r12Removal ??= new RegExp(`(?:^|\\s)${round12BWords(R12_DATA.removalVerbs)}\\s+(?:[a-z'\u2019-]+\\s+){0,3}?$`, 'i');
  if (!r12Removal.test(text.slice(Math.max(0, cues[object].start - 50), cues[object].start))) return false;
  return treated(text, cues) || R9_TREATED.test(text);
}

/**
 * Round 12 (B): two frames that rank a remedy above all others (claims-outcomes.json round12B), read after round 11 (A)'s.
 * - A superlative with a universal scope: 'Plants are the most powerful medicine on the planet', 'Tai chi is the best
 *   exercise there is for preventing falls', 'the most effective light box you can buy': a copula, the superlative, a head
 *   noun and a scope that makes the rank universal ('there is', 'on the planet', 'you can buy'). A remedy noun needs
 *   nothing more; an activity needs a health purpose after the scope ('for preventing falls'); a product needs a
 *   superlative of efficacy or a health purpose. Not advice ('the best exercise there is for you is the one you enjoy').
 *   Gated by round 9's BEST group of the shared substring pass.
 * - A comparison with every medicine of a class: 'the deep gong tones send you into a more restful sleep than any pill
 *   ever could': a comparative with a good state (or 'less'/'fewer' with a complaint) before 'than any' and a medicine
 *   class after it. Gated by a comparative cue 'than'.
 */
let r12Best: RegExp | null = null;
let r12Heads: { remedy: RegExp; activity: RegExp; product: RegExp; efficacy: RegExp } | null = null;
let r12ThanAny: RegExp | null = null;
const R12_LESS = /^(?:less|fewer|lower)$/i;
const R12_LESS_COMPLAINT = /^(?:less|fewer)\s+([a-z-]+)\s+than$/i;
/** Round 12 (B): a comparative right before a state ('more', 'better', 'deeper'), not a word that only ends in -er. */
const R12_COMPARATIVE = /^(?:more|better|less|fewer|lower|[a-z]+er)$/i;
const R12_NOT_COMPARATIVE = /^(?:after|never|over|under|other|ever|whether|rather|together|water|summer|winter|dinner|later|per|her|their|your|our|proper)$/i;
function round12BClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if ((r9Gates & R9G_BEST) !== 0) {
    // Read from the copula: a regex led by 'the' alone cost PubMed 3% of its instructions ('the' is in most of its sentences).
    r12Best ??= new RegExp(`\\b(?:is|are|was|were|['\\u2019]s|remains|remain)\\s+(?:(?:quite|simply|probably|easily|by\\s+far|still|hands\\s+down|really|truly|genuinely|honestly|undoubtedly|definitely)\\s+)?\\bthe\\s+(?:(?:single|very|absolute)\\s+)?(${alternation(R12_RANK.superlatives)})\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:${alternation(R12_RANK.scopes)})(?![a-z-])`, 'gi');
    r12Best.lastIndex = 0;
    for (let m = r12Best.exec(text); m; m = r12Best.exec(text)) {
      const end = m.index + m[0].length;
      if (R9_BEST_ADVICE.test(text.slice(end, end + 40))) continue;
      r12Heads ??= {
        remedy: new RegExp(`(?:^|\\s)${round12BWords([...R12_RANK.remedyHeads, ...outcomesData.round14CCompare.remedyHeads])}$`, 'i'), // round 14 (C): 'antibacterial'
        activity: new RegExp(`(?:^|\\s)${round12BWords(R12_RANK.activityHeads)}$`, 'i'),
        product: new RegExp(`(?:^|\\s)${round12BWords(R12_RANK.productHeads)}$`, 'i'),
        efficacy: new RegExp(`^${round12BWords(R12_RANK.efficacySuperlatives)}`, 'i'),
      };
      const head = m[2];
      let purpose = false;
      if (/^\s+(?:for|against)\s/i.test(text.slice(end, end + 10))) {
        for (const o of cues) if (o.start >= end && o.start < end + 60 && HEALTH_KINDS.has(o.kind) && o.kind !== K.side) purpose = true;
      }
      const ok = r12Heads.remedy.test(head) || ((r12Heads.activity.test(head) || r12Heads.product.test(head)) && purpose) || (r12Heads.product.test(head) && r12Heads.efficacy.test(m[1]));
      if (ok && r9Found(text, cues, clause, segment, inParens, m.index + m[0].search(/\sthe\s/i) + 1, end, out)) return true;
      break;
    }
  }
  for (let j = 0; j < cues.length; j++) {
    const t = cues[j];
    // A comparative cue ending in 'than': 'than' alone, or with a complaint after 'less' ('less pain than').
    if (t.kind !== K.comparative || t.end - t.start < 4 || (text.charCodeAt(t.end - 4) | 32) !== 116 || !/than$/i.test(cueText(text, t))) continue;
    r12ThanAny ??= new RegExp(`\\s+(?:any|every)\\s+(?:other\\s+)?(?:[a-z-]+\\s+)?${round12BWords(R12_RANK.medicines)}`, 'iy');
    r12ThanAny.lastIndex = t.end;
    const m = r12ThanAny.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (t.end - t.start > 4) {
      const w = R12_LESS_COMPLAINT.exec(cueText(text, t));
      if (w && R8_COMPLAINTS.has(w[1].toLowerCase()) && r9Found(text, cues, clause, segment, inParens, t.start, end, out)) return true;
      continue;
    }
    // The compared state, in the clause before 'than' and at most four words before it: a good state after a comparative
    // ('a more restful sleep', 'a brighter mood'), or a complaint after 'less'/'fewer'.
    for (let i = j - 1; i >= 0 && clause[i] === clause[j] && cues[i].end >= wordWindowStart(text, t.start, 4); i--) {
      const o = cues[i];
      if (o.kind === K.negation) break;
      const pw = prevWord(text, o.start);
      const comparative = R12_COMPARATIVE.test(pw) && !R12_NOT_COMPARATIVE.test(pw);
      if ((o.kind === K.good && comparative && !R12_LESS.test(pw)) || ((o.kind === K.bad || o.kind === K.disease) && R12_LESS.test(pw))) {
        if (r9Found(text, cues, clause, segment, inParens, o.start - pw.length - 1, end, out)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Round 12 (B): after an unnamed source, two comparisons that assert what a treatment does (read with round 9 (B)'s
 * comparison of efficacy):
 * - the treatment named by a gerund right before the verb of the comparison ('Studies show that night splinting works as well
 *   as steroid injections'), where the lexicons name no treatment;
 * - people named by a treatment they use, compared by a copula and 'less'/'more' ('Research has found that people who wear
 *   hearing aids are less lonely'; claims-outcomes.json round12B groups and useVerbs): users set against non-users.
 */
let r12Users: RegExp | null = null;
function round12BAttributedComparison(text: string, cues: Cue[], k: number, at: number): boolean {
  const c = cues[k];
  if (at >= 0) {
    // The gerund right before the verb, and a remedy after the comparison ('as well as steroid injections', not 'as cycling').
    const w = prevWord(text, at).toLowerCase();
    if (w.length > 5 && w.endsWith('ing') && !ING_NOUN.has(w)) {
      const end = text.indexOf(' as ', at + 8) + 4;
      const other = end > 4 ? text.slice(end, end + 50).split(/[.;:!?,]/)[0] : '';
      return other !== '' && (treatmentCueIn(cues, end, end + other.length) || R9_OTHER_REMEDY.test(other));
    }
  }
  r12Users ??= new RegExp(`^\\s+(?:that\\s+)?(?:${alternation(R12_RANK.groups)})\\s+who\\s+(?:regularly\\s+|routinely\\s+|already\\s+)?(?:${alternation(R12_RANK.useVerbs)})(?:s|d)?\\s+((?:[^\\s.;:!?]+\\s+){0,7}?[^\\s.;:!?]+)\\s+(?:are|were|feel|felt|become|became|tend\\s+to\\s+be)\\s+(?:(?:much|far|significantly|a\\s+lot|generally)\\s+)?(?:less|more)\\s+[a-z-]+`, 'i');
  const m = r12Users.exec(text.slice(c.end, c.end + 140));
  if (!m) return false;
  const from = c.end + m[0].indexOf(m[1]);
  return treatmentCueIn(cues, from, from + m[1].length);
}

// ---------------------------------------------------------------- round 13 (C): hedged frames of help, harms kept away

/** Round 13 (C): the classes of round13CHelped's frames (claims-relations.json round13CHelp). */
const R13C = relationsData.round13CHelp;
/** The first words of round 13 C's bodyHarmGerunds ('cracking', 'drying' of 'drying out'), for the fallback's keeping-from frame. */
const R13C_BODY_HARM_WORDS: ReadonlySet<string> = new Set((R13C.bodyHarmGerunds as string[]).map((g) => g.split(' ')[0]));
/** Round 13 (C): claims-fallback.json's complaints, the longest first, as one alternation. */
const R13C_COMPLAINTS = alternation([...fallbackLexicon.complaints].sort((a, b) => b.length - a.length));
/** Round 13 (C): people who help as their work or out of kindness ('Carers help people who feel lonely'). */
const R13C_HELPERS = new Set(R13C.helpers);
let r13cWho: RegExp | null = null;
/** Round 13 (C): at most three words between 'help' and 'feel' ('help some people feel less …'). */
const R13C_BEFORE_FEEL = /^(?:\s+[a-z0-9-]+){0,3}$/i;
let r13cAbsorb: RegExp | null = null;
let r13cFeelLess: RegExp | null = null;
/**
 * Round 13 (C): a verb of help whose outcome comes only after the person helped, in three frames (the person slot, then
 * the outcome slot):
 * - people named by a complaint in a relative clause: 'help' + a group + 'who' + a verb of having + a complaint ('could
 *   help people who feel lightheaded', 'may help children who get carsick'); 'people who are tired of waiting' is no
 *   complaint ('of', 'with', 'about' after it);
 * - the goodness of food absorbed: 'help' + a person or the body + 'absorb' + the nutrients in general ('help you absorb
 *   more of the nutrients in your food'), or a named nutrient with the food it comes from ('absorb iron from your food');
 *   'helps your body absorb curcumin' (the remedy's own absorption) stays a mechanism;
 * - a complaint felt less: 'help' + a person + 'feel less' + up to five words + a complaint ('can help some people feel
 *   less caught up in the fear of a block').
 * The complaint is claims-fallback.json's. The relation keeps its modal ('could help' is info). Gated by a relation of
 * 'help' that found no object (computed already).
 */
function round13CHelped(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  for (const rel of relations) {
    if (rel.verb?.lemma !== 'help' || rel.negated || rel.type !== 'causal') continue;
    if (R13C_HELPERS.has(prevWord(text, rel.modalStart).toLowerCase())) continue; // 'Carers help people who feel lonely': care
    r13cWho ??= new RegExp(
      `\\s+(?:(?:some|many|a\\s+few|older|younger|those)\\s+)?(?:${alternation(R13C.groups)})\\s+who\\s+(?:${alternation(R13C.having)})\\s+(?:(?:a\\s+bit|quite|very|really|so|easily|a\\s+little)\\s+)?(?:${R13C_COMPLAINTS})(?![a-z-])(?!\\s+(?:of|with|about|at|for)\\b)`,
      'iy',
    );
    r13cAbsorb ??= new RegExp(
      `\\s+(?:you|your\\s+body|the\\s+body|people|them|him|her|us|me|children|kids|your\\s+(?:gut|baby|child))\\s+(?:to\\s+)?(?:${alternation(R13C.absorbing)})\\s+(?:(?:more|much\\s+more|far\\s+more|better|all)\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+)?(?:(?:${alternation(R13C.nutrients)})(?![a-z-])|(?:${alternation(R13C.namedNutrients)})\\s+(?:from|in|out\\s+of)\\s+(?:(?:your|the|their|our|everyday|a|every)\\s+)?(?:${alternation(R13C.foods)})(?![a-z-]))`,
      'iy',
    );
    // Read from 'feel' (found by indexOf, at most three words after 'help'), so that the words before it are not a free span.
    r13cFeelLess ??= new RegExp(
      `feel\\s+(?:(?:far|much|a\\s+lot|a\\s+bit|a\\s+little)\\s+)?less\\s+(?:[a-z0-9-]+\\s+){0,5}?(?:${R13C_COMPLAINTS})(?![a-z-])`,
      'iy',
    );
    let end = -1;
    for (const re of [r13cWho, r13cAbsorb]) {
      re.lastIndex = rel.cue.end;
      const m = re.exec(text);
      if (m) {
        end = m.index + m[0].length;
        break;
      }
    }
    const feel = end < 0 ? text.indexOf(' feel ', rel.cue.end) : -1;
    if (feel >= 0 && R13C_BEFORE_FEEL.test(text.slice(rel.cue.end, feel))) {
      r13cFeelLess.lastIndex = feel + 1;
      const m = r13cFeelLess.exec(text);
      if (m) end = m.index + m[0].length;
    }
    if (end < 0) continue;
    // The frame stays in the relation's clause (no stop, colon or semicolon inside).
    if (/[.;:!?]/.test(text.slice(rel.cue.end, end))) continue;
    const why = vetoed(text, cues, rel.index, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return false;
    }
    out.rel = rel.hedge ? rel : coordinatedHedge(text, cues, clause, rel);
    out.object = null;
    out.reason = null;
    return true;
  }
  return false;
}

let r13cKeptFrom: RegExp | null = null;
/**
 * Round 13 (C): a harm kept from starting: a verb of stopping or preventing + its object + 'from' + the -ing verb of a
 * complaint ('stops the skin on your heels from cracking', 'prevents eczema from flaring up', 'stopped his knee from
 * locking up'): claims-relations.json round13CHelp harmGerunds; the -ing verbs that also happen to things (cracking,
 * peeling, swelling: bodyHarmGerunds) only with a part of the body in the object ('stops the paint from peeling' names
 * none). The object is read word by word, six words at most. Gated by a relation of stopping or preventing that found no
 * object (computed already).
 */
function round13CKeptFrom(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, relations: Relation[], out: ClaimFinding): boolean {
  for (const rel of relations) {
    const lemma = rel.verb?.lemma;
    if ((lemma !== 'stop' && lemma !== 'prevent') || rel.negated || rel.type !== 'causal') continue;
    r13cKeptFrom ??= new RegExp(
      `\\s+((?:[a-z0-9-]+\\s+){1,6}?)from\\s+(?:(?:getting|becoming)\\s+)?(?:(${alternation(R13C.harmGerunds)})|(${alternation(R13C.bodyHarmGerunds)}))(?![a-z-])`,
      'iy',
    );
    r13cKeptFrom.lastIndex = rel.cue.end;
    const m = r13cKeptFrom.exec(text);
    if (!m) continue;
    if (m[3]) {
      // A -ing verb that things do too: a part of the body in the object.
      const body = fallbackData().body;
      let found = false;
      for (const w of m[1].toLowerCase().split(/\s+/)) if (body.has(w)) found = true;
      if (!found) continue;
    }
    const why = vetoed(text, cues, rel.index, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return false;
    }
    const end = m.index + m[0].length;
    out.rel = { ...(rel.hedge ? rel : coordinatedHedge(text, cues, clause, rel)), cue: { kind: rel.cue.kind, start: rel.cue.start, end } };
    out.object = null;
    out.reason = null;
    return true;
  }
  return false;
}

/**
 * Round 13 (C): a 'once' or 'when' clause that times a course of something done ('once they've been walking with us for a
 * month', 'once you have been taking it for a few weeks', 'once you start using it'), not the time of day or the
 * conditions: the outcome before it is the course's, so the daily-variation reading (DAILY_VARIATION) does not apply.
 */
const R13C_COURSE = /^\s+(?:once|when)\s+(?:you|you've|you\u2019ve|they|they've|they\u2019ve|we|we've|we\u2019ve|she|she's|she\u2019s|he|he's|he\u2019s|i|i've|i\u2019ve)\s+(?:(?:have|has)\s+)?(?:been\s+[a-z]+ing\s+(?:[a-z0-9-]+\s+){0,4}?for\s+(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several|\d+)\s+(?:[a-z-]+\s+)?(?:days?|weeks?|months?|years?|sessions?)|(?:start|started|begin|began|get|got)\s+(?:[a-z]+ing|into\s+(?:the\s+)?(?:habit|routine|swing))|(?:done|finished|completed|had)\s+(?:a|the|your|their|two|three|four|five|six)\s+(?:[a-z-]+\s+)?(?:course|sessions?|weeks?|months?))/i;
function round13CCourse(text: string, at: number): boolean {
  return R13C_COURSE.test(text.slice(at, at + 120));
}

let r13cRescue: RegExp | null = null;
let r13cRemedy: RegExp | null = null;
/**
 * Round 13 (C): a remedy called a rescue ('Loads of you swear by anti-wind drops, and they were a lifesaver for us', 'The
 * cream has been an absolute godsend'): a copula, 'a' or 'an' and a noun of rescue (claims-context.json round13CRescue),
 * after a remedy named in the sentence (a drug cue, or one of round13CRescue's remedies; not any intervention cue, which
 * takes in apps and classes): praise of what it did, as 'a game changer for my eczema' is. A bus, a mum, a helpline, an
 * app or a meal plan called a lifesaver names no remedy. Gated by
 * 'saver' or 'godsend' (two indexOf of rare words).
 */
function round13CRescue(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if (text.indexOf('saver') < 0 && text.indexOf('godsend') < 0) return false;
  r13cRescue ??= new RegExp(
    `\\b(?:is|was|were|are|has\\s+been|have\\s+been|had\\s+been|(?:'s|\u2019s)(?:\\s+been)?)\\s+(?:(?:a|an)\\s+(?:(?:absolute|real|total|complete|true|little|bit\\s+of\\s+a)\\s+)?)(?:${alternation(contextData.round13CRescue.nouns)})(?![a-z-])`,
    'i',
  );
  const m = r13cRescue.exec(text);
  if (!m) return false;
  r13cRemedy ??= new RegExp(`\\b(?:${alternation(contextData.round13CRescue.remedies)})(?![a-z-])`, 'i');
  let drug = false;
  for (const c of cues) if (c.kind === K.drug && c.start < m.index) drug = true;
  if (!drug && !r13cRemedy.test(text.slice(0, m.index))) return false;
  return r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out);
}

// ---------------------------------------------------------------- round 13 (B): permanence, totality, ranking, comparison

const R13_DATA = absoluteData.round13B;
const R13_RANK = outcomesData.round13B;

/**
 * Round 13 (B): the consequence clause of a conditional imperative ('Stick with our plan and the weight stays off for life',
 * 'Drink one before your run and cramps are a thing of the past'): an imperative opens the sentence or the clause after a
 * colon or a dash (claims-absolute.json round13B imperativeVerbs), and the text at `at` follows its last ' and ', which starts
 * a clause with a subject of its own (a determiner or a pronoun: consequenceSubjects, or a complaint). 'Do X and Y' reads as
 * 'If you do X, Y': what Y says is promised. A second imperative ('Take it daily and see your GP yearly') has no subject;
 * a condition inside the consequence ('and if the pain stays away') is no promise.
 */
let r13Imperative: RegExp | null = null;
let r13ConsequenceSubject: RegExp | null = null;
function round13BConsequence(text: string, cues: Cue[], at: number): boolean {
  const and = text.lastIndexOf(' and ', at);
  if (and < 0) return false;
  let from = 0;
  for (let i = and; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 58 || ch === 8212 || ch === 8211 || ch === 59) { // : — – ;
      from = i + 1;
      break;
    }
  }
  r13Imperative ??= new RegExp(`^\\s*["'\\u201c*_]*(?:(?:just|simply|so|then|now)\\s+)?(?:${alternation(R13_DATA.imperativeVerbs)})(?![a-z-])`, 'i');
  if (!r13Imperative.test(text.slice(from, and))) return false;
  const after = text.slice(and + 5, at);
  if (/\b(?:if|unless|whether|when|until)\s/i.test(after)) return false;
  r13ConsequenceSubject ??= new RegExp(`^(?:${alternation(R13_DATA.consequenceSubjects)})(?![a-z-])`, 'i');
  if (r13ConsequenceSubject.test(after.replace(/\u2019/g, "'"))) return true;
  for (const c of cues) if (c.start === and + 5 && (c.kind === K.bad || c.kind === K.disease)) return true;
  return false;
}

/**
 * Round 13 (B): the complaint a permanence predicate is said of: a complaint (or a disease after a possessive) ending in the
 * four words before the term, in its clause, not a side effect; or a pronoun right before it with a complaint earlier in the
 * sentence ('Once the weight is off, it stays off for life'). Returns the complaint's cue index, or -1.
 */
function round13BComplaintSubject(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): number {
  const c = cues[k];
  const from = wordWindowStart(text, c.start, 4);
  for (let j = k - 1; j >= 0 && clause[j] === clause[k] && cues[j].end >= from; j--) {
    const o = cues[j];
    if (o.kind === COMMA || o.kind === K.side || o.kind === K.negation) return -1;
    if (o.kind === K.bad) return j;
    if (o.kind === K.disease) return /\b(?:my|your|her|his|our|their)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, o.start - 30), o.start)) ? j : -1;
  }
  if (/^(?:it|they|these|those)$/.test(prevWord(text, c.start))) {
    for (let j = k - 1; j >= 0; j--) if (cues[j].kind === K.bad || (cues[j].kind === K.disease && j < k)) return j;
  }
  return -1;
}

/**
 * Round 13 (B): the conditions of the round 13 absolute terms (claims-absolute.json round13B). None holds after a hope or a
 * hedge ('Hopefully cramps will soon be a thing of the past'), with a condition after it, or in a question.
 * - r13BThingOfPast: 'Drink one before your run and cramps are a thing of the past': a complaint as the subject
 *   (round13BComplaintSubject) in the consequence of a conditional imperative. Stated, it stays an outcome claim (round 7).
 * - r13BStaysAway: 'Stick with our plan and the weight stays off for life', 'With our probiotic, the bloating stays away
 *   forever': a complaint as the subject and a treatment named, the consequence of a conditional imperative, or a complaint of
 *   the writer's or the reader's ('my migraines have stayed away for good'). A disease of history has no possessive.
 * - r13BUnfailing: 'they work every time', 'these drops work every time': a remedy or a pronoun as the subject, in a sentence
 *   that names a treatment; not a person who works ('I go to work every time', 'The nurses work every time they are asked').
 * - r13BNoneRelapsed: 'Nobody who has joined the group has ever gone back to feeling lonely', 'None of our clients who finished
 *   the course has ever relapsed': a negative universal over people at the start of the sentence, a relative clause of taking
 *   part in a course (noneRelapsedCourses; not of catching an illness: 'No one who has had measles has ever had it again' is
 *   immunity), and a relapse into a health state after the term: relapsing itself, a complaint, a habit, a treatment needed
 *   again or 'feeling' and a state. The negation is the universal, so it does not take the term back.
 */
let r13NoneWho: RegExp | null = null;
/** Round 13 (B): a habit relapsed into ('gone back to smoking'), from round 11 (A)'s habits (claims-reported.json round11A). */
const R13_HABIT = new RegExp(`^\\s+(?:the\\s+|my\\s+|their\\s+|his\\s+|her\\s+)?(?:${alternation(reportedData.round11A.habits)})(?![a-z-])`, 'i');
type Round13BRequires = 'r13BThingOfPast' | 'r13BStaysAway' | 'r13BUnfailing' | 'r13BNoneRelapsed';
type Round14CRequires = 'r14CProofAdjective' | 'r14CDeniedHarm';
function round13BRequires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round13BRequires): boolean {
  const c = cues[k];
  const before = text.slice(0, c.start);
  if (R10_HOPE_BEFORE.test(before) || R10_CONDITION_AFTER.test(text.slice(c.end)) || text.indexOf('?') >= 0) return false;
  for (let j = 0; j < k; j++) if (cues[j].kind === K.side || cues[j].kind === K.hedge) return false;
  switch (req) {
    case 'r13BThingOfPast':
      // The term is 'a thing of the past'; its copula is the word before, or two with an adverb ('are now', 'will soon be').
      if (!/(?:^|\s)(?:is|are|was|were|be|become|becomes|became|['\u2019]s|['\u2019]re)\s+(?:(?:now|soon|quickly|simply|just|already|officially)\s+)?$/i.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
      // Stated, 'a thing of the past' is an outcome claim (round 7: 'With our gel, sensitive teeth are a thing of the past');
      // as the consequence of the reader's action it is promised for good.
      return (round13BComplaintSubject(text, cues, k, clause) >= 0 && round13BConsequence(text, cues, c.start)) || r15aConsequenceText === text || round15AConsequenceAt(text, cues, c.start); // round 15 (A): a consequence of a treatment conjunct
    case 'r13BStaysAway': {
      const s = round13BComplaintSubject(text, cues, k, clause);
      if (s < 0) return false;
      if (/\b(?:my|your|her|his|our|their)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, cues[s].start - 30), cues[s].start))) return true;
      if (round13BConsequence(text, cues, c.start)) return true;
      return !isImperative(text) && (treated(text, cues) || R9_TREATED.test(text));
    }
    case 'r13BNoneRelapsed': {
      r13NoneWho ??= new RegExp(`^\\s*["'\\u201c*_]*(?:nobody|no\\s+one|no-one|not\\s+one|none)(?:\\s+of\\s+(?:our|my|the|her|his|their)\\s+[a-z-]+)?\\s+(?:who|that)\\s+(?:has|have|had|['\\u2019]s|['\\u2019]ve)?\\s*(?:ever\\s+)?(?:${alternation(R13_DATA.noneRelapsedCourses)})(?![a-z-])`, 'i');
      // The term starts at 'ever'; 'has' or 'have' before it is part of the relapse ('has ever gone back to').
      if (!/(?:has|have|had|['\u2019]s|['\u2019]ve)\s+$/i.test(before.slice(-8)) || !r13NoneWho.test(before) || /^\s+(?:yet|so\s+far|to\s+date)\b/i.test(text.slice(c.end, c.end + 12))) return false; // 'has relapsed yet' is provisional
      if (/relapsed$/i.test(cueText(text, c))) return true;
      const after = text.slice(c.end, c.end + 40);
      if (/^\s+feeling\s+[a-z-]+/i.test(after) || R13_HABIT.test(after)) return true;
      for (let j = k + 1; j < cues.length && cues[j].start < c.end + 40; j++) if (cues[j].kind === K.bad || cues[j].kind === K.disease || cues[j].kind === K.intervention || cues[j].kind === K.drug) return true;
      return false;
    }
    case 'r13BUnfailing': {
      const pw = prevWord(text, c.start);
      if (/^(?:to|at|from|i|we|you|he|she|who|people|staff|nurses|doctors)$/.test(pw)) return false;
      if (!/^(?:they|these|those|both|all|drops|remedies|tablets|pills|granules|sprays|creams|oils|teas)$/.test(pw) && !treatmentCueIn(cues, wordWindowStart(text, c.start, 3), c.start)) return false;
      return treated(text, cues) || R9_TREATED.test(text);
    }
  }
  return false;
}

/**
 * Round 13 (B): 'Stick with the wraps and they'll cure it', 'These drops will cure it in a week': 'cure' with a pronoun as its
 * object (it, them, this, that; not 'itself') where the lexicons see no health object, in a sentence that names a treatment
 * (a treatment word or cue) or in the consequence of a conditional imperative. A pronoun cured is the complaint the writer
 * spoke of; cured meat ('Salt will cure it in a fortnight') names no treatment, and the imperative 'Cure it with salt' is the
 * opening verb, not a consequence.
 */
/** Round 13 (B): a denial or a pretence before a promise ('nobody is pretending that ... will cure it', 'don't believe anyone who says'). */
const R13_DENIED_BEFORE = /\b(?:pretend|pretends|pretending|claim|claims|claiming|believe|promise\s+(?:you\s+)?that\s+nothing|myth)\b/i;
function round13BCuredPronoun(text: string, cues: Cue[], k: number, entry: AbsoluteEntry): AbsoluteTerm | null {
  const c = cues[k];
  const w = cueText(text, c).toLowerCase();
  if (w !== 'cure' && w !== 'cures' || !/^\s+(?:it|them|this|that)(?![a-z'\u2019-])/i.test(text.slice(c.end, c.end + 8))) return null;
  if (R10_HOPE_BEFORE.test(text.slice(0, c.start)) || R13_DENIED_BEFORE.test(text.slice(0, c.start)) || text.indexOf('?') >= 0) return null;
  for (let j = 0; j < k; j++) if (cues[j].kind === K.negation) return null; // 'nobody here is pretending a bit of sanding will cure it'
  const pw = prevWord(text, c.start);
  if (!/^(?:will|ll|definitely|always|really|honestly|truly|completely|totally|soon|they|it)$/.test(pw) && w !== 'cures') return null;
  if (!round13BConsequence(text, cues, c.start) && (isImperative(text) || !(treated(text, cues) || R9_TREATED.test(text)))) return null;
  return absoluteTerm(text, c, entry.category, [{ start: c.start, end: c.end, text: matchCase(cueText(text, c), w === 'cures' ? 'helps with' : 'help with') }]);
}

/**
 * Round 13 (B): 'Every single client sees a difference within a month', 'Everyone who finishes the course comes out walking
 * taller': a universal over people at the start of the sentence (round 9's r9EveryPerson term) whose predicate is a result
 * seen or felt (claims-absolute.json round13B resultVerbs and resultSeen: 'sees a difference', 'notices results') or leaving
 * a course better off (cameOut, then a comparative or a good state: 'comes out speaking more confidently'). With no relative
 * clause the people must be those of a service (servicePeople: clients, customers, patients): 'Every woman notices a change
 * in her skin' is physiology. Not a difference in money or service ('sees a difference in price'), not hedged.
 */
let r13Result: RegExp | null = null;
let r13CameOut: RegExp | null = null;
let r13Service: RegExp | null = null;
let r13NotHealth: RegExp | null = null;
function round13BEveryResult(text: string, cues: Cue[], k: number): boolean {
  const c = cues[k];
  if (isImperative(text) || text.indexOf('?') >= 0 || !/^\s*["'\u201c*_]*$/.test(text.slice(0, c.start))) return false;
  for (const o of cues) if (o.kind === K.hedge || o.kind === K.negation || o.kind === K.side) return false;
  const relative = R9_EVERY_SUBJECT_TAIL.test(text.slice(c.end, c.end + 6));
  if (!relative) {
    r13Service ??= new RegExp(`(?:${alternation(R13_DATA.servicePeople)})$`, 'i');
    if (!r13Service.test(cueText(text, c))) return false;
  }
  const tail = text.slice(c.end, c.end + 160);
  r13Result ??= new RegExp(`\\s(?:${alternation(R13_DATA.resultVerbs)})\\s+(?:${alternation(R13_DATA.resultSeen)})(?![a-z-])`, 'i');
  const m = r13Result.exec(tail);
  if (m) {
    r13NotHealth ??= new RegExp(`^\\s+(?:in|to)\\s+(?:(?:the|their|your|our|my)\\s+)?(?:${alternation(R13_DATA.notHealthDifference)})(?![a-z-])`, 'i');
    // With a relative clause the result is the main verb's, after it ('Everyone who sees a difference tells a friend' is not).
    if (relative && !/\b(?:who|that)\s+(?:[a-z'\u2019-]+\s+){1,12}$/i.test(tail.slice(0, m.index + 1))) return false;
    return !r13NotHealth.test(tail.slice(m.index + m[0].length));
  }
  if (!relative) return false;
  r13CameOut ??= new RegExp(`\\s(?:${alternation(R13_DATA.cameOut)})\\s+(?:(?:[a-z]+ing|feeling|looking)\\s+)?(?:(?:more|far\\s+more|much\\s+more)\\s+[a-z]+|better|stronger|fitter|calmer|happier|healthier|taller|lighter|brighter|freer|more\\s+confident|pain-free|symptom-free|transformed|a\\s+new\\s+(?:person|man|woman))(?![a-z-])`, 'i');
  return r13CameOut.test(tail);
}

/**
 * Round 13 (B): two comparisons with a medicine and a superlative with a relative or 'ever made' scope (claims-outcomes.json
 * round13B), read after round 12 (B)'s. Each is an efficacy claim with no source.
 * - A comparison with a medicine: a comparative cue ending in 'than' with a medicine after it (a class of round 12, or one
 *   named: namedMedicines, after a quantity: 'a couple of paracetamol') and an efficacy predicate before it: 'works better
 *   than', 'does far more than', or a copula ('is better than', 'are more effective than') with a health purpose in the
 *   sentence ('better than Calpol for sore gums'). Not a person as the subject, not negated, not a condition or a cost.
 * - An equal comparison of what something does for health: 'does as much for your head as the woodwork itself', 'do as much
 *   good for your heart as a run': 'do as much (good) for' with a health word after 'for' (a cue, or healthSenses: the head,
 *   the mind). Gated by one indexOf of 'as much'.
 * - A superlative whose scope is 'ever made' (madeScopes) or a relative clause of someone who ranks ('the best thing we've
 *   found for long-run recovery', 'the single most effective thing you can stir into your coffee for your skin'): a remedy head
 *   alone with 'ever made'; any of round 12's heads with a health purpose after the relative clause. Gated by round 9's BEST group.
 */
let r13Medicine: RegExp | null = null;
let r13Times: RegExp | null = null;
let r13Compared: RegExp | null = null;
let r13AsMuch: RegExp | null = null;
let r13Best: RegExp | null = null;
let r13HealthSense: RegExp | null = null;
const R13_REPORTED = /\b(?:wrote|writes|say|says|said|saying|told|tells|tell|report|reports|reported|swear|swears|swore|explain|explains|explained)\b/i;
const R13_NOT_BEFORE = /\b(?:not|never|no|n['\u2019]t|hardly|barely|if|whether|unless)\s+(?:[a-z'\u2019-]+\s+){0,3}$/i;
function round13BClaim(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  for (let j = 0; j < cues.length; j++) {
    const t = cues[j];
    if (t.kind !== K.comparative || t.end - t.start < 4 || (text.charCodeAt(t.end - 4) | 32) !== 116 || !/than$/i.test(cueText(text, t))) continue;
    // A multiplier before the comparative with a verb of an effect on the body: 'hydrates you three times faster than water alone'.
    if (text.charCodeAt(t.start - 2) === 115 && /times\s$/.test(text.slice(t.start - 6, t.start)) && /^(?:faster|better|quicker|more)\b/i.test(cueText(text, t))) {
      r13Times ??= new RegExp(`(?:^|\\s)(?:${alternation(R13_RANK.bodyEffectVerbs)})\\s+(?:(?:you|your\\s+[a-z-]+|the\\s+body|it|them)\\s+)?(?:up\\s+to\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\\s+hundred|\\d+(?:\\.\\d+)?)\\s+times\\s+$`, 'i');
      const head = text.slice(Math.max(0, t.start - 70), t.start);
      const v = r13Times.exec(head);
      if (v) {
        const at = t.start - head.length + v.index + (/^\s/.test(v[0]) ? 1 : 0);
        let subjectIll = false;
        for (let i = 0; i < j && cues[i].start < at; i++) if (clause[i] === clause[j] && (cues[i].kind === K.bad || cues[i].kind === K.disease || cues[i].kind === K.negation)) subjectIll = true;
        if (!subjectIll && !R13_NOT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && r9Found(text, cues, clause, segment, inParens, at, t.end, out)) return true;
      }
    }
    r13Medicine ??= new RegExp(`\\s+(?:(?:${alternation(R13_RANK.quantities)})\\s+){0,2}(?:[a-z-]+\\s+)?(?:${alternation([...R12_RANK.medicines, ...R13_RANK.namedMedicines])})(?![a-z-])`, 'iy');
    r13Medicine.lastIndex = t.end;
    const m = r13Medicine.exec(text);
    if (!m) continue;
    const end = t.end + m[0].length;
    r13Compared ??= /(?:^|\s)(?:(work|works|worked|working)\s+(?:(?:far|much|a\s+lot|way|even|so\s+much)\s+)?(?:better|faster|quicker|more\s+quickly)|(does|do|did|done|doing)\s+(?:(?:far|much|a\s+lot|way|so\s+much)\s+)?more(?:\s+good)?|(is|are|was|were|['\u2019]s|['\u2019]re)\s+(?:(?:far|much|a\s+lot|way|even|honestly|genuinely)\s+)?(?:better|more\s+effective|stronger|more\s+powerful|more\s+soothing))\s+than$/i;
    const head = text.slice(Math.max(0, t.end - 60), t.end);
    const v = r13Compared.exec(head);
    if (!v) continue;
    const at = t.end - head.length + v.index + (v[0].charCodeAt(0) === 32 ? 1 : 0);
    // Reported speech is read by the reported-outcome frames, with the report's subject ('One reader wrote that the drops ...').
    if (R13_REPORTED.test(text.slice(0, at))) continue;
    if (R13_NOT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || R9_PERSON_SUBJECT.test(prevWordSkipping(text, at))) continue;
    if (v[3] !== undefined) {
      // A copula: the health purpose is in the sentence ('for sore gums', 'For a tension headache, ...').
      let purpose = false;
      for (const o of cues) if ((o.kind === K.bad || o.kind === K.disease || o.kind === K.good || o.kind === K.body) && (o.end <= at || o.start >= end)) purpose = true;
      if (!purpose) continue;
    }
    if (r9Found(text, cues, clause, segment, inParens, at, end, out)) return true;
  }
  if ((r9Gates & R10G_MUCH) !== 0 && text.indexOf('as much ') >= 0) {
    r13AsMuch ??= /\b(?:do|does|did|done|doing)\s+(?:just\s+)?as\s+much\s+(?:good\s+)?for\s+((?:[a-z'\u2019-]+\s+){0,3}?[a-z'\u2019-]+)\s+as\s/i;
    const m = r13AsMuch.exec(text);
    if (m && !R13_NOT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const from = m.index + m[0].indexOf(m[1], m[0].indexOf(' for ') + 4);
      let health = false;
      for (const o of cues) if (o.start >= from && o.start < from + m[1].length && HEALTH_KINDS.has(o.kind) && o.kind !== K.side) health = true;
      r13HealthSense ??= new RegExp(`(?:^|\\s)(?:${alternation(R13_RANK.healthSenses)})$`, 'i');
      // A modal right before the verb hedges the comparison ('might do as much for your head as'): the span starts at it.
      let modal: Cue | null = null;
      for (const o of cues) if (o.kind === K.hedge && o.end <= m.index && o.end >= wordWindowStart(text, m.index, 1)) modal = o;
      if ((health || r13HealthSense.test(m[1])) && r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length - 4, out)) {
        if (modal && out.rel && !out.rel.hedge) out.rel.hedge = modal;
        return true;
      }
    }
  }
  // Gated by round 9's BEST group and one of the scope's own words (most PubMed sentences with 'most ' have neither).
  if ((r9Gates & R9G_BEST) !== 0 && (text.indexOf(' ever ') >= 0 || text.indexOf('you') >= 0 || text.indexOf(' we') >= 0 || text.indexOf('We ') >= 0 || text.indexOf('I ') >= 0 || text.indexOf("I'") >= 0 || text.indexOf('I\u2019') >= 0 || text.indexOf('anyone') >= 0 || text.indexOf('money') >= 0)) {
    r13Best ??= new RegExp(`\\b(?:is|are|was|were|['\\u2019]s|remains|remain)\\s+(?:(?:quite|simply|probably|easily|by\\s+far|still|hands\\s+down|really|truly|genuinely|honestly|undoubtedly|definitely)\\s+)?\\bthe\\s+(?:(?:single|very|absolute)\\s+)?(?:${alternation(R12_RANK.superlatives)})\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:ever\\s+(${alternation(R13_RANK.madeScopes)})(?![a-z-])|(?:that\\s+)?(?:${alternation(R13_RANK.rankersSubjects)})(?:['\\u2019]ve|\\s+have|\\s+can|\\s+could|\\s+will|['\\u2019]ll)?\\s+(?:ever\\s+)?(?:[a-z-]+\\s+){1,5}?(?=for\\s))`, 'gi');
    r13Best.lastIndex = 0;
    const m = r13Best.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      r12Heads ??= {
        remedy: new RegExp(`(?:^|\\s)${round12BWords([...R12_RANK.remedyHeads, ...outcomesData.round14CCompare.remedyHeads])}$`, 'i'), // round 14 (C): 'antibacterial'
        activity: new RegExp(`(?:^|\\s)${round12BWords(R12_RANK.activityHeads)}$`, 'i'),
        product: new RegExp(`(?:^|\\s)${round12BWords(R12_RANK.productHeads)}$`, 'i'),
        efficacy: new RegExp(`^${round12BWords(R12_RANK.efficacySuperlatives)}`, 'i'),
      };
      const head = m[1];
      let ok = false;
      if (m[2] !== undefined) ok = r12Heads.remedy.test(head);
      else if (!R9_BEST_ADVICE.test(text.slice(end, end + 40)) && (r12Heads.remedy.test(head) || r12Heads.activity.test(head) || r12Heads.product.test(head))) {
        for (const o of cues) if (o.start >= end && o.start < end + 50 && HEALTH_KINDS.has(o.kind) && o.kind !== K.side) ok = true;
      }
      if (ok && r9Found(text, cues, clause, segment, inParens, m.index + m[0].search(/\sthe\s/i) + 1, end, out)) return true;
    }
  }
  return false;
}
// ---------------------------------------------------------------- round 14 (C): comparisons with a treatment or a test

/** Round 14 (C): the comparatives of a comparison of treatments or tests, right before 'than'. */
const R14C_COMPARATIVE = /(?:^|\s)(?:better|faster|quicker|quickly|sooner|earlier|effectively|accurately|reliably|often)$/i;
/** Round 14 (C): a determiner or a pronoun after '-proof' makes it a verb ('injury-proof your hamstrings'). */
const R14C_PROOF_VERB = /^\s+(?:your|their|his|her|my|our|the|you|them|yourself|yourselves|a|an|every|each)(?![a-z-])/i;
/** Round 14 (C): a negation right before a harm ('isn't addictive at all', 'are not habit-forming whatsoever'). */
const R14C_DENIED = /(?:^|\s)(?:isn['\u2019]t|is\s+not|aren['\u2019]t|are\s+not|wasn['\u2019]t|was\s+not|won['\u2019]t\s+be|will\s+not\s+be|not|never)\s+(?:(?:at\s+all|remotely|even\s+slightly|in\s+any\s+way)\s+)?$/i;
/**
 * Round 14 (C): the conditions of claims-absolute.json round14C's terms: a '-proof' compound used as an adjective (no
 * determiner or pronoun after it), and a harm denied by a negation right before it ('isn't addictive at all'), in a sentence
 * that names a treatment (treatmentSafety).
 */
function round14CRequires(text: string, cues: Cue[], k: number, req: Round14CRequires): boolean {
  const c = cues[k];
  if (req === 'r14CProofAdjective') return !R14C_PROOF_VERB.test(text.slice(c.end, c.end + 14));
  return R14C_DENIED.test(text.slice(Math.max(0, c.start - 30), c.start)) && treatmentSafety(text, cues, c);
}

/** Round 14 (C): the classes of round14CComparison (claims-outcomes.json round14CCompare). */
const R14C = outcomesData.round14CCompare;
let r14cWorksThan: RegExp | null = null;
let r14cAsWell: RegExp | null = null;
let r14cMedicine: Set<string> | null = null;
let r14cSource: RegExp | null = null;
let r14cTest: RegExp | null = null;
/** Round 14 (C): determiners and quantities before the other side of a comparison ('than a couple of', 'as the'). */
const R14C_DETERMINER = /^(?:the|a|an|any|your|our|their|my|his|her|some|two|regular|ordinary|standard|usual|normal|conventional|prescription|over-the-counter|shop-bought|expensive|strong|couple|of|just|plain|old-fashioned|traditional)$/i;
/** Round 14 (C): a person or an institution right before the verb of working is no treatment ('She works better than'). */
const R14C_THING_PRONOUN = /^(?:they|it|these|those|this|that)$/i;
/** Round 14 (C): a verb of reporting in the words right before the comparison ('One reader wrote that the drops worked better than'). */
const R14C_REPORTED_BEFORE = /\b(?:wrote|writes|say|says|said|told|tells|tell|reported|reports|swear|swears|swore)\s+(?:that\s+)?(?:[a-z'\u2019-]+\s+){0,4}$/i;
/** Round 14 (C): a word that ends in a generic drug name's stem, three letters longer than the stem ('levonorgestrel'). */
function round14CDrugStem(word: string): boolean {
  const w = word.toLowerCase();
  for (const stem of R14C.drugStems) if (w.length >= stem.length + 3 && w.endsWith(stem)) return true;
  return false;
}
/**
 * Round 14 (C): the other side of a comparison, read from `from` (right after 'than' or 'as well as'): after up to three
 * determiners or quantities, a medicine (round 12 (B)'s classes, round 13 (B)'s named medicines, a word with a drug
 * stem, a drug or an intervention cue), what one gets from a source of medicine ('the stuff from the chemist'), a
 * prescriber's treatment ('the dentist's bleaching trays'), or, for a comparison of finding a condition, a test or a
 * visit ('a clinic visit'). Returns the end of the other side, or -1.
 */
function round14COther(text: string, cues: Cue[], from: number, detection: boolean): number {
  let at = from;
  for (let w = 0; w < 4; w++) {
    let s = at;
    while (s < text.length && isSpaceCode(text.charCodeAt(s))) s++;
    const e = nextWordEnd(text, s);
    if (e <= s) return -1;
    const word = text.slice(s, e).replace(/[\u2019']s$/, '');
    const lower = word.toLowerCase();
    r14cMedicine ??= new Set([...R12_RANK.medicines, ...R13_RANK.namedMedicines].map((x) => x.toLowerCase()));
    if (r14cMedicine.has(lower) || round14CDrugStem(lower)) return e;
    for (const c of cues) if (c.start === s && (c.kind === K.drug || c.kind === K.intervention)) return c.end;
    r14cSource ??= new RegExp(`(?:(?:${alternation(R14C.sourceNouns)})\\s+(?:(?:you|we|they)\\s+(?:get|buy|got|bought)\\s+)?from\\s+(?:${alternation(R14C.sources)})|(?:${alternation(R14C.prescribers)})(?:['\\u2019]s|s['\\u2019])\\s+(?:[a-z-]+\\s+)?[a-z-]+|(?:${alternation(R14C.sourceNouns)})\\s+(?:your|the|a)\\s+(?:${alternation(R14C.prescribers)})\\s+(?:gives?|gave|prescribes?|prescribed|hands?\\s+out|sells?)(?![a-z-]))(?![a-z-])`, 'iy');
    r14cSource.lastIndex = s;
    const m = r14cSource.exec(text);
    if (m) return s + m[0].length;
    if (detection) {
      r14cTest ??= new RegExp(`(?:${alternation(R14C.tests)})(?![a-z-])`, 'iy');
      r14cTest.lastIndex = s;
      const t = r14cTest.exec(text);
      if (t) return s + t[0].length;
    }
    if (!R14C_DETERMINER.test(lower)) return -1;
    at = e;
  }
  return -1;
}
/**
 * Round 14 (C): a comparison with another treatment or test is an efficacy claim: a verb of working ranked by a
 * comparative ('Ulipristal works better than levonorgestrel', 'acts faster than'), set level with another treatment ('works
 * just as well as ulipristal', 'They work as well as the stuff from the chemist'), or a verb of finding a condition ranked
 * in time or accuracy ('Our test kits pick up infections earlier than a clinic visit would'); the other side must be a
 * treatment, a medicine's source or (for finding) a test or a visit (round14COther): 'The new toothbrush works better than
 * the old one', 'Our app works faster than calling the surgery' name none. Not negated, conditional or asked ('whether it
 * works as well as the pill'), not reported ('One reader wrote that ...'), not a person as the subject. Gated by a comparative cue ending in 'than' (already found) or
 * by round 9's AS group and one indexOf of 'as well as'.
 */
function round14CComparison(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  for (let j = 0; j < cues.length; j++) {
    const t = cues[j];
    if (t.kind !== K.comparative || t.end - t.start < 4 || (text.charCodeAt(t.end - 4) | 32) !== 116 || !/than$/i.test(cueText(text, t))) continue;
    // The comparative before 'than' is one of speed, merit or time ('higher than', 'more than' in abstracts are not read).
    if (!R14C_COMPARATIVE.test(t.end - t.start > 4 ? cueText(text, t).slice(0, -5) : prevWord(text, t.start))) continue;
    r14cWorksThan ??= new RegExp(`(?:^|\\s)(?:(?:work|works|worked|working|act|acts|acted|acting)\\s+(?:(?:far|much|a\\s+lot|way|even|so\\s+much|slightly|a\\s+bit|twice\\s+as)\\s+)?(?:better|faster|quicker|more\\s+quickly|sooner|more\\s+effectively)|((?:${alternation(R14C.detectionVerbs)})\\s+(?:[a-z'\\u2019-]+\\s+){0,4}?(?:${alternation(R14C.detectionComparatives)})))\\s+than$`, 'i');
    const head = text.slice(Math.max(0, t.end - 90), t.end);
    const v = r14cWorksThan.exec(head);
    if (!v) continue;
    const at = t.end - head.length + v.index + (isSpaceCode(v[0].charCodeAt(0)) ? 1 : 0);
    if (round14CFound(text, cues, clause, segment, inParens, at, t.end, v[1] !== undefined, out)) return true;
  }
  if ((r9Gates & R9G_AS) !== 0) {
    // Read back from each 'as well as' (found by indexOf) over the 40 characters before it, not over the sentence.
    for (let p = text.indexOf('as well as'); p >= 0; p = text.indexOf('as well as', p + 10)) {
      r14cAsWell ??= /(?:^|\s)(?:work|works|worked|working|act|acts|acted|do|does|did)\s+(?:(?:just|every\s+bit|equally|almost|nearly|about|at\s+least|pretty\s+much)\s+)?$/i;
      const head = text.slice(Math.max(0, p - 40), p);
      const m = r14cAsWell.exec(head);
      if (!m) continue;
      const at = p - head.length + m.index + (isSpaceCode(m[0].charCodeAt(0)) ? 1 : 0);
      if (round14CFound(text, cues, clause, segment, inParens, at, p + 10, false, out)) return true;
    }
  }
  return false;
}
/** Round 14 (C): the other side and the subject of a comparison read from `at` (the verb) to `end` (after 'than' or 'as well as'). */
function round14CFound(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, at: number, end: number, detection: boolean, out: ClaimFinding): boolean {
  const otherEnd = round14COther(text, cues, end, detection);
  if (otherEnd < 0) return false;
  if (R13_NOT_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false; // 'does not work better than', 'whether it works as well as'
  if (R14C_REPORTED_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return false; // reported speech is read by the reported-outcome frames, with the report's subject
  const subject = prevWordSkipping(text, at);
  if (R9_PERSON_SUBJECT.test(subject) && !R14C_THING_PRONOUN.test(subject)) return false;
  return r9Found(text, cues, clause, segment, inParens, at, otherEnd, out);
}

let r14cGoodbye: RegExp | null = null;
/**
 * Round 14 (C): a complaint bidden goodbye ('Say goodbye to tummy troubles for good!', 'Wave goodbye to cold sores'): 'goodbye
 * to' (or 'bye-bye', 'farewell') with a complaint or a condition (a bad or disease cue) within its next four words. The
 * benefit idioms list the complaints they knew; here the slot is the lexicon's whole class. A room, a habit or a person
 * bidden goodbye names none. Gated by one indexOf of 'bye' (or 'farewell').
 */
function round14CGoodbye(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if (text.indexOf('bye') < 0 && text.indexOf('arewell') < 0) return false;
  r14cGoodbye ??= /\b(?:(?:say|says|said|saying|wave|waves|waved|waving|kiss|kisses|kissed|kissing|bid|bids)\s+)?(?:goodbye|good-bye|bye-bye|farewell)\s+to(?=\s)/gi;
  r14cGoodbye.lastIndex = 0;
  const m = r14cGoodbye.exec(text);
  if (!m) return false;
  const from = m.index + m[0].length;
  let limit = from;
  for (let w = 0; w < 4; w++) limit = nextWordEnd(text, limit);
  for (const c of cues) {
    if (c.start < from || c.start > limit) continue;
    if (c.kind === BOUNDARY || c.kind === COMMA) break;
    if (c.kind === K.bad || c.kind === K.disease) return r9Found(text, cues, clause, segment, inParens, m.index, c.end, out);
  }
  return false;
}

// ---------------------------------------------------------------- round 15 (C): help, hedges and vague sources

let r15cHelpedSome: RegExp | null = null;
/**
 * Round 15 (C): the people a verb of help counts right after it ('can help some people regain rotation', 'MLD can even
 * help some clients shake off a cold'): the help is claimed for some of them only, as 'in some people' is, and as the
 * absolute-claim fix rewrites 'works for everyone' ('helps some people'). A quantifier of part (some, many, a few,
 * certain) and a group of people (claims-hedges.json round15CPopulation.helpedGroups) right after the verb: the returned
 * cue hedges the claim (info). Read only when the claim's verb is 'help' (no new scan).
 */
function round15CHelpedSome(text: string, verb: Cue): Cue | null {
  const H = hedgesData.round15CPopulation.helpedGroups;
  r15cHelpedSome ??= new RegExp(`\\s+(?:${alternation(H.quantifiers)})\\s+(?:${alternation(H.groups)})(?![a-z-])`, 'iy');
  r15cHelpedSome.lastIndex = verb.end;
  const m = r15cHelpedSome.exec(text);
  if (!m) return null;
  const start = verb.end + m[0].length - m[0].trimStart().length;
  return { kind: K.population, start, end: verb.end + m[0].length };
}

/** Round 15 (C): an attribution whose verb is advice to try a treatment ('Doctors everywhere now tell their patients to try'). */
const R15C_ADVISING = /\bto\s+(?:try|use|take|start|switch\s+to|give|get|have)$/i;
let r15cDeficiency: RegExp | null = null;
/**
 * Round 15 (C): an unnamed source's finding of a shortage ('Studies show that most adults are running low on magnesium
 * without knowing it'): a phrase of deficiency (claims-attributions.json round15C.deficiency) right before a nutrient or
 * medicine cue after the attribution, within its clause. Read only for an attribution with no health content otherwise.
 */
function round15CDeficiency(text: string, cues: Cue[], k: number): boolean {
  for (let j = k + 1; j < cues.length; j++) {
    const o = cues[j];
    if (o.kind === BOUNDARY) return false;
    if (o.kind !== K.intervention && o.kind !== K.drug) continue;
    r15cDeficiency ??= new RegExp(`(?:^|\\s)(?:${alternation(attributionData.round15C.deficiency)})\\s+$`, 'i');
    if (r15cDeficiency.test(text.slice(Math.max(cues[k].end, o.start - 24), o.start))) return true;
  }
  return false;
}

let r15cTracks: RegExp | null = null;
/**
 * Round 15 (C): a complaint stopped in its tracks ('Eating a dry biscuit stops that first wave of nausea in its tracks',
 * 'Ice stops the swelling in its tracks'): a verb of stopping, up to six words, and 'in its/their tracks', with a
 * complaint, a condition or a symptom the side-effect lexicon lists among the words between. 'stop' alone needs a
 * health object and does not take a side effect ('stop the tablets if nausea ...'); the idiom is a benefit. A person
 * stopped ('stops you in your tracks'), a match or a storm name no complaint. Gated by one indexOf of ' tracks'.
 */
function round15CInItsTracks(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if (text.indexOf(' tracks') < 0) return false;
  r15cTracks ??= /\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting)\s+(?:[a-z'\u2019-]+\s+){1,6}?in\s+(?:its|their)\s+tracks(?![a-z-])/gi;
  r15cTracks.lastIndex = 0;
  for (let m = r15cTracks.exec(text); m; m = r15cTracks.exec(text)) {
    const end = m.index + m[0].length;
    for (const c of cues) {
      if (c.start < m.index || c.end > end) continue;
      if (c.kind === K.bad || c.kind === K.side || c.kind === K.disease) return r9Found(text, cues, clause, segment, inParens, m.index, end, out);
    }
  }
  return false;
}

/**
 * Round 15 (B): a superlative of efficacy that ranks what the subject is against everything on sale or in existence: 'Our
 * blend is the most effective magnesium on the market', 'MLD is the most powerful detox there is', 'ClearTide is the most
 * effective saline rinse you can buy' (a copula, 'the most effective', 'most powerful' or 'most potent', a noun phrase of
 * one to three words, then a scope of purchase or of existence). The scope makes it a ranking of products whatever the
 * noun ('magnesium', 'detox'), which round 9's and round 12's superlatives read only for remedy nouns. Not of a part of
 * the body ('The heart is the most powerful muscle there is') nor a machine, a plan or a way (round15B.notRemedies: 'the most
 * powerful model on the market'); a question or a negation is vetoed as for round 9's frames.
 * Gated by ' most ' followed by one of the three adjectives.
 */
const R15B_SUPERLATIVE = /\b(?:is|are|was|were|['\u2019]s|remains|remain)\s+(?:(?:quite|simply|easily|by\s+far|honestly|truly|really|still|probably|undoubtedly|definitely)\s+)?(?:(?:one\s+of\s+)?the|our)\s+(?:(?:single|very)\s+)?most\s+(?:effective|powerful|potent)\s+((?:[a-z0-9'\u2019-]+\s+){0,2}?[a-z0-9'\u2019-]+)\s+(?:on\s+the\s+(?:market|planet|high\s+street|shelves)|(?:that\s+)?(?:you|money)\s+can\s+(?:buy|get)|there\s+is|available(?![a-z-])|in\s+the\s+shops|out\s+there)(?![a-z-])/gi;
let r15bNotRemedy: RegExp | null = null;
function round15BSuperlative(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  let gate = false;
  for (let i = text.indexOf(' most '); i >= 0 && !gate; i = text.indexOf(' most ', i + 5)) {
    const c = text.charCodeAt(i + 6) | 32;
    gate = c === 101 /* e */ || c === 112 /* p */;
  }
  if (!gate) return false;
  R15B_SUPERLATIVE.lastIndex = 0;
  const m = R15B_SUPERLATIVE.exec(text);
  if (!m) return false;
  const np = m.index + m[0].lastIndexOf(m[1]);
  for (const c of cues) if (c.kind === K.body && c.start >= np && c.start < np + m[1].length) return false;
  // A machine, a plan or a way ranked ('the most powerful model on the market', 'the most effective way there is').
  r15bNotRemedy ??= new RegExp(`(?:^|\\s)(?:${alternation(testimonialData.round15B.notRemedies)})$`, 'i');
  if (r15bNotRemedy.test(m[1])) return false;
  const start = m.index + m[0].search(/most\s/i);
  return r9Found(text, cues, clause, segment, inParens, start, m.index + m[0].length, out);
}

let r15bCleftChange: RegExp | null = null;
/**
 * Round 15 (B): a pseudo-cleft whose verb is a change for the better of a person's health or of a function ('What
 * transformed my sleep wasn't another pill, it was a wind-down routine', 'What turned my digestion around was …'): the
 * plain sentence ('a routine transformed my sleep') is no claim of the lexicon, since 'transform' acts on cells and
 * markets as well, but with a possessive and a part of the body or a function as its object (claims-testimonials.json
 * round15B.bodies, claims-reported.json positiveStates) the cleft credits its focus with the change. Not with a neutral
 * verb ('What changed my sleep was the new baby'), nor a negated focus with no correction ('What transformed my skin
 * wasn't the cream'). Tried only where round 14's cleft reading was (a sentence that opens with 'What' and is no claim).
 */
function round15BCleftChange(text: string, result: ClaimClassification): ClaimClassification | null {
  if (!/^[\s"'\u201c\u2018*_>(]*what\s/i.test(text)) return null;
  r15bCleftChange ??= new RegExp(
    `^[\\s"'\\u201c\\u2018*_>(]*what\\s+(?:(?:really|truly|finally|actually|genuinely|completely|totally)\\s+)?(transformed|transforms|turned\\s+(?:my|her|his|our|their|your)\\s+(?:own\\s+)?(?:${alternation(testimonialData.round15B.bodies)}|${alternation(reportedData.positiveStates)})\\s+around|revolutioni[sz]ed|saved)\\s+(?:(?:my|her|his|our|their|your)\\s+(?:own\\s+)?(?:${alternation(testimonialData.round15B.bodies)}|${alternation(reportedData.positiveStates)})\\s+)?(?:(?:was|is|were)\\s+(?!(?:not|never|no|different|unclear|unknown|hard|still)\\b)[a-z]|(?:wasn['\\u2019]t|was\\s+not|isn['\\u2019]t|is\\s+not)\\s+(?:[a-z0-9'\\u2019-]+\\s+){0,8}?[a-z0-9'\\u2019-]+\\s*[;,]\\s*(?:but\\s+)?it\\s+(?:was|is)\\s)`,
    'i',
  );
  const m = r15bCleftChange.exec(text);
  if (!m) return null;
  // 'turned X around' holds its object; 'transformed' needs one after it.
  if (!/^turned/i.test(m[1]) && !/\s(?:my|her|his|our|their|your)\s/i.test(m[0])) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const head = { start, end: start + m[1].length, text: m[1] };
  return { ...result, strength: 'direct', claim: true, cues: [...result.cues, `causal:${m[1].toLowerCase()}`, 'cleft'], predicate: { ...head, head: { ...head }, lemma: null, form: 'ed', modal: null }, notClaim: null };
}

// ---------------------------------------------------------------- round 16 (C): lay absolutes of totality and permanence

const R16C_DATA = absoluteData.round16C;
type Round16CRequires = 'r16CProtected' | 'r16CNoneUnhelped' | 'r16CBodyNever';

/**
 * Round 16 (C): a guarantee of goods on their way ('we guarantee every pouch arrives sealed and fresh', 'We guarantee your
 * order will be dispatched within a day'): the guarantee's object is a parcel or a unit of the product (claims-absolute.json
 * round16C goods) and its predicate one of delivery (shipped), a promise of logistics, as a guaranteed appointment is.
 */
let r16cShipped: RegExp | null = null;
function round16CGoodsShipped(text: string, c: Cue): boolean {
  r16cShipped ??= new RegExp(`^:?\\s+(?:that\\s+)?(?:(?:every|each|all|your|our|the|any|a)\\s+)?(?:(?:single|last|new|online)\\s+)?(?:${alternation(R16C_DATA.goods)})\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(R16C_DATA.shipped)})(?![a-z-])`, 'i');
  return r16cShipped.test(text.slice(c.end, c.end + 90));
}

/**
 * Round 16 (C): a universal subject after a fronted phrase that names how the result came ('With our chewable drops, every
 * child sleeps through the night', 'After three sessions, every client reported less pain'): the phrase opens the sentence
 * with a word of round16C frontedTreatments, names a treatment (a drug or intervention cue or a treatment word), and ends
 * with a comma right before the term. Read only for round 9's r9EveryPerson, which needs the sentence to be a claim.
 */
let r16cFronted: RegExp | null = null;
function round16CFrontedEvery(text: string, c: Cue): boolean {
  r16cFronted ??= new RegExp(`^\\s*["'\\u201c*_]*(?:${alternation(R16C_DATA.frontedTreatments)})\\s+(?:[a-z0-9'\\u2019-]+\\s+){0,6}?[a-z0-9'\\u2019-]+,\\s*$`, 'i');
  const before = text.slice(0, c.start);
  return before.length < 90 && r16cFronted.test(before) && R9_TREATED.test(before);
}

/**
 * Round 16 (C): a universal over the people of a service as the subject of a claim, with no relative clause: 'Every patient
 * gets their energy back in the end', 'All of our clients sleep better after the first session': the term opens the sentence
 * and ends with one of round 13 (B)'s servicePeople (clients, customers, patients), whom a service treated. 'Every child
 * sleeps through in the end' (no service named) is development; the claim itself is r9EveryPerson's condition.
 */
let r16cService: RegExp | null = null;
function round16CServiceEvery(text: string, c: Cue): boolean {
  r16cService ??= new RegExp(`(?:${alternation(R13_DATA.servicePeople)})$`, 'i');
  return /^\s*["'\u201c*_]*$/.test(text.slice(0, c.start)) && r16cService.test(cueText(text, c));
}

/**
 * Round 16 (C): the conditions of round 16 (C)'s absolute terms (claims-absolute.json round16C). None holds in a question or
 * after a hedge in the sentence.
 * - r16CProtected: 'you're fully protected within a fortnight', 'your baby is completely immune to measles': total
 *   protection in a sentence that names a treatment (a jab, a course, a spray); not 'immune to criticism', not the
 *   physiology of an untreated body ('a newborn is not fully protected' is negated already).
 * - r16CNoneUnhelped: 'there's no arthritis that a good walk can't improve': a double negative of totality, with a
 *   health word (a complaint, a disease, a body part or a function: 'no sleep problem') between 'no' and 'that'; not
 *   'there's no pill that can't be crushed'.
 * - r16CBodyNever: 'Keep moving and your joints will never seize up', 'With the gum shield your jaw will never lock again':
 *   a body part or a complaint of the reader's or the writer's (a possessive, or 'the') in the three words before the term,
 *   and either the consequence of a conditional imperative (round 13 (B)) or a treatment named in the sentence.
 */
function round16CRequires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round16CRequires): boolean {
  const c = cues[k];
  if (text.indexOf('?') >= 0) return false;
  for (let j = 0; j < k; j++) if (cues[j].kind === K.hedge || cues[j].kind === K.side) return false;
  switch (req) {
    case 'r16CProtected':
      if (R10_HOPE_BEFORE.test(text.slice(0, c.start))) return false;
      return treated(text, cues) || R9_TREATED.test(text);
    case 'r16CNoneUnhelped': {
      const that = text.slice(c.end, c.end + 60).search(/\s(?:that|which)\s/i);
      if (that < 0) return false;
      for (let j = k + 1; j < cues.length && cues[j].start < c.end + that; j++) if (HEALTH_KINDS.has(cues[j].kind) && cues[j].kind !== K.side) return true;
      return false;
    }
    case 'r16CBodyNever': {
      const from = wordWindowStart(text, c.start, 3);
      let body = false;
      for (let j = k - 1; j >= 0 && cues[j].end >= from && clause[j] === clause[k]; j--) if (cues[j].kind === K.body || cues[j].kind === K.bad || cues[j].kind === K.disease) body = true;
      if (!body || !/\b(?:your|my|his|her|their|our|the)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(from, c.start))) return false;
      return round13BConsequence(text, cues, c.start) || round15AConsequenceAt(text, cues, c.start) || (!isImperative(text) && (treated(text, cues) || R9_TREATED.test(text)));
    }
  }
  return false;
}

/**
 * Round 16 (C): 'Every cell in your body recharges the moment your feet touch the mat', 'every organ regenerates on the
 * cleanse': round 9's whole body (r9WholeBody) as the subject of an active verb of renewal (claims-absolute.json round16C
 * renewing), as round 12 (B)'s passive 'is renewed' is; after a treatment named in the sentence or in a clause of
 * immediate consequence (immediacy: 'the moment', 'as soon as') after the verb. 'Every cell in your body contains DNA' renews nothing.
 */
let r16cRenewing: RegExp | null = null;
let r16cImmediacy: RegExp | null = null;
function round16CRenewsAfter(text: string, cues: Cue[], c: Cue): boolean {
  r16cRenewing ??= new RegExp(`\\s+(?:(?:fully|completely|gently|totally|deeply|instantly|literally|actually)\\s+)?(?:${alternation(R16C_DATA.renewing)})(?![a-z-])`, 'iy');
  r16cRenewing.lastIndex = c.end;
  if (!r16cRenewing.test(text)) return false;
  if (treated(text, cues) || R9_TREATED.test(text)) return true;
  r16cImmediacy ??= new RegExp(`\\b(?:${alternation(R16C_DATA.immediacy)})\\s`, 'i');
  return r16cImmediacy.test(text.slice(r16cRenewing.lastIndex, r16cRenewing.lastIndex + 40));
}

// ---------------------------------------------------------------- round 16 (C): testimonies in lay idioms

const R16C_T = testimonialData.round16C;

/** Round 16 (C): a remedy in text[from, to): a drug or intervention cue, a treatment word (round 9's R9_TREATED, round16C remedies) or a word with a drug stem. */
let r16cRemedy: RegExp | null = null;
function round16CRemedyIn(text: string, cues: Cue[], from: number, to: number): boolean {
  r16cRemedy ??= new RegExp(`\\b(?:${alternation(R16C_T.remedies)})(?![a-z-])`, 'i');
  const span = text.slice(from, to);
  if (treatmentCueIn(cues, from, to) || R9_TREATED.test(span) || r16cRemedy.test(span)) return true;
  for (const w of span.match(/[A-Za-z]+/g) ?? []) if (round14CDrugStem(w)) return true; // 'Sertraline', 'omeprazole' (round 14 (C)'s drug stems)
  return false;
}

/**
 * Round 16 (C): the praise of a testimony in lay idioms (claims-testimonials.json round16C), said of a remedy; each is an
 * efficacy claim with no source, as 'a game changer for my eczema' is (round 13 (C)'s rescue nouns are a lifesaver and a godsend).
 * - A praise noun or adjective after a copula, with a remedy in the eight words before it: 'Sertraline was a game changer
 *   for me', 'This pillow spray has been my saviour', 'For me, the sleep clinic was life-changing'. A booking system, a bus
 *   or a rota praised names no remedy; 'was not a game changer' has no copula right before the praise.
 * - A cleft of rescue with a remedy in focus: 'What saved me was a good postnatal multivitamin', 'the thing that got me
 *   through was the TENS machine': the idiom, at most six words, the copula, and a remedy in the words after it.
 * - A good outcome put down to a remedy: 'he puts that down to finally having the jab', 'She puts her clear skin down to
 *   the zinc': 'put ... down to' with a remedy after it; the object is a pronoun after a complaint denied earlier ('hadn't
 *   ended up in bed with flu') or a good state, or a possessive phrase with a good or bodily word. A complaint put down to
 *   a remedy ('puts her headaches down to the new pill') is a side effect; the delay put down to drivers names no remedy.
 * Gated by the sentence gate R16C_TESTIMONY (one shared substring pass).
 */
let r16cPraise: RegExp | null = null;
let r16cCleft: RegExp | null = null;
let r16cCredit: RegExp | null = null;
function round16CTestimony(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  r16cPraise ??= new RegExp(`\\b(?:is|was|were|are|has\\s+been|have\\s+been|had\\s+been|(?:'s|\u2019s)\\s+been|(?:'s|\u2019s))\\s+(?:(?:honestly|truly|really|just|simply|literally|absolutely|nothing\\s+short\\s+of)\\s+)?(?:${alternation([...R16C_T.praiseNouns, ...R16C_T.praiseAdjectives])})(?![a-z-])`, 'i');
  // Each form is tried only when one of its own words occurs (the gate is shared by the three).
  const p = text.indexOf('chang') >= 0 || text.indexOf('avio') >= 0 || text.indexOf('salvation') >= 0 || text.indexOf('revelation') >= 0 || text.indexOf('life') >= 0 ? r16cPraise.exec(text) : null;
  if (p && round16CRemedyIn(text, cues, wordWindowStart(text, p.index, 8), p.index)) {
    let negated = false;
    for (const c of cues) if (c.kind === K.negation && c.end <= p.index && c.end >= wordWindowStart(text, p.index, 4)) negated = true;
    if (!negated && r9Found(text, cues, clause, segment, inParens, p.index, p.index + p[0].length, out)) return true;
  }
  r16cCleft ??= new RegExp(`\\b(?:what\\s+|the\\s+(?:one\\s+|only\\s+|main\\s+|real\\s+)?thing\\s+(?:that\\s+)?)(?:(?:really|honestly|actually|finally|eventually|truly|ultimately|properly)\\s+)?(?:${alternation(R16C_T.cleftIdioms)})\\s+(?:[a-z0-9'\u2019-]+\\s+){0,6}?(?:was|were|is)\\s`, 'i');
  const c = text.indexOf('hat ') >= 0 || text.indexOf('thing ') >= 0 ? r16cCleft.exec(text) : null; // 'what', 'the thing that'
  if (c && round16CRemedyIn(text, cues, c.index + c[0].length, c.index + c[0].length + 60) && r9Found(text, cues, clause, segment, inParens, c.index, c.index + c[0].length, out)) return true;
  r16cCredit ??= new RegExp(`\\b(?:${alternation(R16C_T.creditVerbs)})\\s+(?:(?:that|it|this)\\s+|(?:his|her|my|their|our|your)\\s+(?:[a-z-]+\\s+){1,3}?)down\\s+to\\s`, 'i');
  const d = text.indexOf(' down to') >= 0 ? r16cCredit.exec(text) : null;
  if (d) {
    const end = d.index + d[0].length;
    if (!round16CRemedyIn(text, cues, end, end + 50)) return false;
    const objectAt = text.indexOf(' ', d.index) + 1;
    let good = false;
    for (let j = 0; j < cues.length; j++) {
      const o = cues[j];
      if (o.start >= objectAt && o.start < end) {
        if (o.kind === K.bad || o.kind === K.side || o.kind === K.disease) return false; // a complaint put down to it: a side effect
        if (o.kind === K.good || o.kind === K.body) good = true;
      }
      // A pronoun: a complaint denied before it ('he hadn't ended up in bed with flu'), or a good state.
      if (o.end <= d.index && (o.kind === K.good || ((o.kind === K.bad || o.kind === K.disease) && j > 0 && cues.slice(0, j).some((n) => n.kind === K.negation && n.end >= wordWindowStart(text, o.start, 8))))) good = true;
    }
    if (!good) return false;
    // The denial that licenses the pronoun is the complaint's, not this clause's: read the frame's own vetoes only.
    const k = cueIndexFrom(cues, d.index);
    const why = vetoed(text, cues, k, clause, segment, inParens);
    if (why) {
      out.reason ??= why;
      return false;
    }
    return storyOutcomeFound(text, cues, clause, k, d.index, end - 1, out);
  }
  return round16CEverRanked(text, cues, clause, segment, inParens, out);
}

/**
 * Round 16 (C): a remedy ranked above everything the speaker has known: 'Craniosacral therapy is the most powerful healing
 * tool I have ever come across', 'Reflexology is the best thing I've ever tried for my migraines': a copula, 'the', a
 * superlative (round 12 (B)'s), a noun phrase, and a relative of the speaker's experience with 'ever' (claims-testimonials.json
 * round16C experienceVerbs); the subject is a remedy (round16CRemedyIn) or the head one of round 12 (B)'s remedy heads. A
 * scanner or a nurse ranked so names no remedy ('the best scanner we have ever had'). Read inside round16CTestimony (gate ' ever ').
 */
let r16cEver: RegExp | null = null;
let r16cRemedyHead: RegExp | null = null;
function round16CEverRanked(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  if (text.indexOf(' ever ') < 0) return false;
  r16cEver ??= new RegExp(`\\b(?:is|are|was|were|['\\u2019]s|remains|has\\s+been)\\s+(?:(?:quite|simply|probably|easily|by\\s+far|still|hands\\s+down|really|truly|genuinely|honestly|undoubtedly|definitely)\\s+)?the\\s+(?:(?:single|very|absolute)\\s+)?(?:${alternation(R12_RANK.superlatives)})\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:that\\s+)?(?:i|we|you)(?:['\\u2019]ve|\\s+have|['\\u2019]d|\\s+had)?\\s+ever\\s+(?:${alternation(R16C_T.experienceVerbs)})(?![a-z-])`, 'i');
  const m = r16cEver.exec(text);
  if (!m) return false;
  r16cRemedyHead ??= new RegExp(`(?:^|\\s)(?:${alternation([...R12_RANK.remedyHeads, ...R16C_T.remedies])})$`, 'i');
  if (!r16cRemedyHead.test(m[1]) && !round16CRemedyIn(text, cues, wordWindowStart(text, m.index, 8), m.index)) return false;
  for (const c of cues) if (c.kind === K.negation && c.end <= m.index && c.end >= wordWindowStart(text, m.index, 4)) return false;
  return r9Found(text, cues, clause, segment, inParens, m.index, m.index + m[0].length, out);
}

/**
 * Round 16 (C): 'In my experience it is far gentler and more effective than the antidepressants', 'Hypnotherapy is kinder
 * and more effective than sleeping tablets': two comparatives joined by 'and', the second of efficacy, then 'than' and a
 * medicine class that names its own purpose (claims-testimonials.json round16C purposeMedicines: antidepressants, painkillers,
 * sleeping tablets), so that no complaint needs naming. Not after a person ('she is calmer and better than ...'), not
 * negated or reported (round 13 (B)'s checks). Read at a comparative cue that ends in 'than'.
 */
let r16cCoordinated: RegExp | null = null;
let r16cPurposeMedicine: RegExp | null = null;
function round16CComparedWithMedicine(text: string, cues: Cue[], clause: ArrayLike<number>, segment: ArrayLike<number>, inParens: ArrayLike<number>, out: ClaimFinding): boolean {
  for (let j = 0; j < cues.length; j++) {
    const t = cues[j];
    if (t.kind !== K.comparative || t.end - t.start < 4 || (text.charCodeAt(t.end - 4) | 32) !== 116 || !/than$/i.test(cueText(text, t))) continue;
    r16cPurposeMedicine ??= new RegExp(`\\s+(?:(?:the|any|your|their|most|many|standard|usual|prescription|strong|regular)\\s+){0,2}(?:${alternation(R16C_T.purposeMedicines)})(?![a-z-])`, 'iy');
    r16cPurposeMedicine.lastIndex = t.end;
    const m = r16cPurposeMedicine.exec(text);
    if (!m) continue;
    r16cCoordinated ??= /(?:^|\s)(?:is|are|was|were|['\u2019]s|['\u2019]re)\s+(?:(?:far|much|a\s+lot|way|even|honestly|genuinely|so\s+much)\s+)?[a-z]+(?:er|ier)\s+and\s+(?:(?:far|much|a\s+lot|way|even|so\s+much)\s+)?(?:more\s+effective|better|stronger|more\s+powerful|more\s+helpful)\s+than$/i;
    const head = text.slice(Math.max(0, t.end - 80), t.end);
    const v = r16cCoordinated.exec(head);
    if (!v) continue;
    const at = t.end - head.length + v.index + (v[0].charCodeAt(0) === 32 ? 1 : 0);
    if (R13_REPORTED.test(text.slice(0, at)) || R13_NOT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || R9_PERSON_SUBJECT.test(prevWordSkipping(text, at))) continue;
    if (r9Found(text, cues, clause, segment, inParens, at, t.end + m[0].length, out)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- round 17 (A)

/**
 * Round 17 (A): what a reputation frame credits is an effect ('as an effective treatment for tennis elbow', 'to prevent
 * spina bifida', 'the best treatment for insomnia'): a relation cue (a causal verb or adjective, an effect noun or a verb
 * of change) and a health outcome after the frame, in its clause. The frame stands between the subject and its predicate,
 * so the sentence's claim reading may not have found the claim itself.
 */
function round17AReputedEffect(cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  let relation = false;
  let health = false;
  for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) {
    const kind = cues[j].kind;
    if (kind === K.negation) return false;
    if (kind === K.causal || kind === K.causalAdj || kind === K.effectNoun || kind === K.verb) relation = true;
    else if (HEALTH_KINDS.has(kind) && kind !== K.side) health = true;
  }
  return relation && health;
}
/**
 * Round 17 (A): a reputation frame of claims-attributions.json round17A ('is widely recognised as', 'has long been
 * considered'): a passive of regard with an adverb of extent credits unnamed people at large. It classifies or praises
 * as often as it claims ('is widely regarded as a leading expert', 'is widely recognised as a common condition'), so the
 * cue counts only in a sentence that makes an efficacy claim or before an effect (round17AReputedEffect). Read only for attribution cues, at the cue's own words.
 */
let r17aReputation: RegExp | null = null;
function round17AReputation(text: string, c: Cue): boolean {
  r17aReputation ??= new RegExp(`(?:${alternation(attributionData.round17A.phrases)})`, 'iy');
  r17aReputation.lastIndex = c.start;
  return r17aReputation.test(text) && r17aReputation.lastIndex === c.end;
}

/**
 * Round 17 (A): the conditions of round 17 (A)'s absolute terms (claims-absolute.json round17A). None holds in a question,
 * after a hedge, a proportion of people or a side effect, or in advice.
 * - r17ARecurrence: 'the pain doesn't come back', 'they have never come back', 'the cravings never come back': a complaint
 *   (a complaint cue in the clause before the term, or 'it'/'they' right before it) as the subject, licensed by a treatment
 *   named in the sentence or by a fronted 'once' clause that names no complaint and no illness had (a state reached, not
 *   the complaint's own course: 'Once you're fat-adapted, …' but not 'Once the rash clears, …' nor 'Once you've had
 *   chickenpox, …'); not bounded in time after it
 *   ('doesn't come back for a few months', '… until the spring'), nor under a condition ('if', 'unless').
 * - r17ABeats: 'always beats an injection', 'always outperforms a steroid cream': a treatment as the rival after the term
 *   (a drug or intervention cue, round 9's treatment words or round17A rivals), and a treatment before it or a health
 *   sentence; not 'always beats the waiting-list targets', 'my heart always beats faster'.
 * - r17AEveryLevel: 'Reiki heals on every level', 'Yoga benefits you on every level': 'on' or 'at' right before the term and
 *   a verb of healing (levelHealing) or of benefit (levelGeneral, of a treatment) at most two words before that; not a care
 *   provider's support, a building's floors or 'wrong on every level'.
 * - r17ACuredKind: 'gout becomes a disease we can cure', 'psoriasis is now curable': a complaint or a disease before the
 *   term in its clause (the subject of the copula); also as the consequence of a conditional imperative ('Take X, and …').
 */
type Round17ARequires = 'r17ARecurrence' | 'r17ABeats' | 'r17ACuredKind' | 'r17AEveryLevel';
let r17aLevelVerb: RegExp | null = null;
let r17aRivals: RegExp | null = null;
const R17A_BOUNDED = /^\s+(?:again\s+|since\s+)?(?:for\s+(?:a|an|the|about|around|over|up\s+to|at\s+least|another|several|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|many|a\s+few)\b|until\b|till\b|within\b|straight\s+away|right\s+away|as\s+long\s+as|in\s+(?:most|many|some)\b|quite\s+as|the\s+same)/i;
const R17A_FRONTED = /^\W*(?:once|now\s+that)\s+((?:[a-z0-9'\u2019-]+\s+){0,10}?[a-z0-9'\u2019-]+),\s/i;
/** An illness had or caught in the 'once' clause: immunity or the natural course, not a treated state. */
const R17A_ILLNESS_HAD = /\b(?:had|caught|got|gotten|recovered\s+from|got\s+over|get\s+over)\b/i;
function round17ARequires(text: string, cues: Cue[], k: number, clause: ArrayLike<number>, req: Round17ARequires): boolean {
  const c = cues[k];
  if (text.indexOf('?') >= 0 || (isImperative(text) && !(req === 'r17ACuredKind' && round13BConsequence(text, cues, c.start)))) return false; // 'Do X, and gout becomes a disease we can cure'
  for (let j = 0; j < k; j++) if (cues[j].kind === K.hedge || cues[j].kind === K.side) return false;
  const before = text.slice(0, c.start);
  if (R9_PROPORTION_BEFORE.test(before) || R10_HOPE_BEFORE.test(before)) return false;
  switch (req) {
    case 'r17ARecurrence': {
      if (R10_CONDITION_AFTER.test(text.slice(c.end)) || R17A_BOUNDED.test(text.slice(c.end, c.end + 40))) return false;
      if (/\b(?:if|unless|when|whether)\s+(?:[a-z'\u2019-]+\s+){0,6}?$/i.test(text.slice(Math.max(0, c.start - 60), c.start))) return false;
      let complaint = /\b(?:it|they)\s+(?:(?:has|have|had)\s+)?$/i.test(text.slice(Math.max(0, c.start - 14), c.start));
      let at = -1;
      for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) {
        if (cues[j].kind === K.bad || cues[j].kind === K.disease) {
          complaint = true;
          at = cues[j].start;
        }
      }
      if (!complaint) return false;
      // A treatment named (not any change of life after 'since': 'Since he started his new job, …' is round 14 (A)'s to read).
      if (treated(text, cues) || R9_TREATED.test(text)) return true;
      // A fronted clause of a state reached, naming no complaint, before the complaint's clause.
      const m = R17A_FRONTED.exec(text);
      if (!m || m[0].length > c.start || (at >= 0 && at < m[0].length)) return false;
      return !complaintIn(cues, 0, m[0].length) && !R17A_ILLNESS_HAD.test(m[1]);
    }
    case 'r17ABeats': {
      // The rival: a treatment after the term, in its clause; and a health sentence or a treatment before it.
      let end = c.end;
      for (let j = k + 1; j < cues.length && clause[j] === clause[k]; j++) end = cues[j].end;
      end = Math.max(end, Math.min(text.length, c.end + 40));
      const after = text.slice(c.end, end);
      r17aRivals ??= new RegExp(`^\\s+(?:(?:a|an|the|any|your|their|most|all|every|other|regular|repeated|strong|prescription|steroid|cortisone)\\s+){0,3}(?:${alternation(absoluteData.round17A.rivals)})(?![a-z-])`, 'i');
      if (!treatmentCueIn(cues, c.end, end) && !R9_TREATED.test(after) && !r17aRivals.test(after)) return false;
      return treatmentCueIn(cues, 0, c.start) || R9_TREATED.test(before) || healthSentence(text, cues, c);
    }
    case 'r17AEveryLevel': {
      // 'on' or 'at' right before, and a verb of healing (or of benefit, of a treatment) at most two words before that.
      r17aLevelVerb ??= new RegExp(`\\b(?:(${alternation(absoluteData.round17A.levelHealing)})|${alternation(absoluteData.round17A.levelGeneral)})\\s+(?:[a-z'\u2019-]+\\s+){0,2}?(?:on|at)\\s+$`, 'i');
      const m = r17aLevelVerb.exec(text.slice(Math.max(0, c.start - 60), c.start));
      if (!m) return false;
      const subject = clauseSubject(before);
      if (R10_CARE_PROVIDER.test(subject)) return false;
      return m[1] !== undefined || treated(text, cues) || R9_TREATED.test(text) || isSafeHolder(subject);
    }
    case 'r17ACuredKind': {
      // A complaint or a disease as the subject, in the clause before the term.
      for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) if (cues[j].kind === K.bad || cues[j].kind === K.disease) return true;
      return false;
    }
  }
  return false;
}

/**
 * Round 17 (A): totality over every case of a complaint going, with a treatment ('Every headache melts away with two drops
 * of peppermint', 'With this cream, every cold sore heals in a day'): 'every' or 'each', at most five words that hold a
 * complaint, an optional adverb and a present-tense idiom of going or resolving (claims-absolute.json round17A everyGoing),
 * licensed as round 15 (A)'s 'every frozen shoulder eventually thaws with …' is (round15AEveryResolves: a treatment in a
 * phrase after the verb or opening the sentence). Gated by indexOf of 'very ' and 'ach ', checked as the words 'every' and
 * 'each'; read only in a sentence with no absolute term yet.
 */
let r17aEveryGoes: RegExp | null = null;
function round17AEveryGoes(text: string, cues: Cue[], result: ClaimClassification): void {
  for (const [probe, back] of [['very ', 1], ['ach ', 1]] as const) {
    for (let i = text.indexOf(probe); i >= 0; i = text.indexOf(probe, i + 1)) {
      const s = i - back;
      if (s < 0 || (text.charCodeAt(s) | 32) !== 101 /* e */ || (s > 0 && isWordChar(text.charCodeAt(s - 1)))) continue;
      r17aEveryGoes ??= new RegExp(`(?:every|each)(?:\\s+single)?\\s+((?:[a-z0-9-]+\\s+){1,5}?)(?:(?:just|simply|quickly|soon|gently|always|usually|then)\\s+)?(${alternation(absoluteData.round17A.everyGoing)})(?![a-z-])`, 'iy');
      r17aEveryGoes.lastIndex = s;
      const m = r17aEveryGoes.exec(text);
      if (!m) continue;
      const end = s + m[0].length;
      const verb: Cue = { kind: K.abs, start: end - m[2].length, end };
      if (!complaintIn(cues, s, verb.start) || !round15AEveryResolves(text, cues, verb)) continue;
      for (const c of cues) if (c.start < s && (c.kind === K.negation || c.kind === K.hedge || c.kind === K.side)) return;
      if (R9_PROPORTION_BEFORE.test(text.slice(0, s))) return;
      const span: Cue = { kind: K.abs, start: s, end };
      result.absoluteTerms.push(absoluteTerm(text, span, 'totality', [{ start: s, end: s + m[0].indexOf(m[1]) , text: 'Many a ' }]));
      result.cues.push(`absolute:${cueText(text, span)}`);
      return;
    }
  }
}

/**
 * Round 17 (A): permanence of keeping a body part ('With regular hygiene visits, you will keep your natural teeth for life',
 * 'Take the drops and you'll keep your eyesight for good'): the first list's 'for life', 'for good' or 'forever' (k) after a
 * verb of keeping (claims-absolute.json round17A keepingVerbs), a possessive and at most two words before a body part or a
 * good function, in the clause; licensed by a treatment named, a fronted 'with' phrase of means or the consequence of a
 * conditional imperative. Not in a question, after a hedge, a negation or a proportion of people.
 */
let r17aKeeping: RegExp | null = null;
let r17aKeptParts: RegExp | null = null;
function round17AKeptForLife(text: string, cues: Cue[], k: number, clause: ArrayLike<number>): boolean {
  const c = cues[k];
  if (text.indexOf('?') >= 0) return false;
  r17aKeeping ??= new RegExp(`\\b(?:${alternation(absoluteData.round17A.keepingVerbs)})\\s+(?:your|their|his|her|my|our|the|a\\s+child['\u2019]s|your\\s+child['\u2019]s)\\s+((?:[a-z'\u2019-]+\\s+){0,3}?)[a-z'\u2019-]+\\s+$`, 'i');
  const from = wordWindowStart(text, c.start, 7);
  const m = r17aKeeping.exec(text.slice(from, c.start));
  if (!m) return false;
  const objectStart = from + m.index;
  let part = false;
  for (let j = k - 1; j >= 0 && cues[j].end > objectStart; j--) {
    if (clause[j] !== clause[k]) return false;
    const kind = cues[j].kind;
    if (kind === K.negation || kind === K.hedge || kind === K.side || kind === K.bad || kind === K.disease) return false;
    if (kind === K.body || kind === K.good) part = true;
  }
  r17aKeptParts ??= new RegExp(`(?:^|\\s)(?:${alternation(absoluteData.round17A.keptParts)})\\s+$`, 'i');
  if (!part && !r17aKeptParts.test(text.slice(objectStart, c.start))) return false;
  for (let j = 0; j < k; j++) if (cues[j].kind === K.hedge || cues[j].kind === K.negation) return false;
  if (R9_PROPORTION_BEFORE.test(text.slice(0, c.start)) || R10_HOPE_BEFORE.test(text.slice(0, c.start))) return false;
  if (round13BConsequence(text, cues, c.start) || treated(text, cues) || R9_TREATED.test(text)) return true;
  return /^\W*with\s+(?:[a-z0-9'\u2019-]+\s+){0,6}?[a-z0-9'\u2019-]+,\s/i.test(text);
}

