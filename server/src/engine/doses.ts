// Dose mentions: every dose in a draft read the way a pharmacist reads it, normalised with UCUM,
// attributed to a drug and matched with the range that applies. Used by dose-range, hover and the review report.
//
// Reading a dose, left to right in a sentence's prose text (code, URLs and markup are already blanked):
//   [prefix]  amount [unit] [connector amount] unit [denominators] [route] [frequency]
//   "up to"   6                                 mg
//   "between" 0.25        "and"     3           mg
//             20                                mg  /day
//             2.5                               mg                 orally, twice a day
// A unit is required. A denominator that makes a concentration or a lab value (mg/mL, mg/dL, µg/g) ends the
// candidate: it is not a dose. Phrase lists are matched with tries and the remaining regular expressions are sticky
// matches with bounded runs (each checked with recheck in the tests), so reading is linear in the sentence length.

import { Remembered } from './memo';
import type { ParsedDocument, ProseBlock, Sentence } from './types';
import type { DrugRangeSetting, RangeSetting, ResolvedConfig } from './config';
import unitsData from '../data/doses-units.json';
import wordsData from '../data/doses-words.json';
import drugsData from '../data/doses-drugs.json';

export type DoseBasis = 'per dose' | 'per day';

export interface DoseRange {
  min: number;
  max: number;
  /** Unit of min and max as configured ("mg", "mcg", "mg/kg"). */
  unit: string;
  basis: DoseBasis;
  /** "default range" or "range for naltrexone". */
  source: string;
  /** Where the range comes from: the default range or a configured drug. */
  kind: 'default' | 'drug';
}

export interface DoseMention {
  start: number;
  end: number;
  /** As written, e.g. "25–75 mg" (whitespace runs collapsed). */
  text: string;
  /** Normalised bounds in `unit` (min === max for a single dose), on `basis`. */
  min: number;
  max: number;
  /** Normalised unit: "mg", or a basis unit such as "mg/kg", "mg/m2"; also "IU", "mL", "drops", rates "mg/h". */
  unit: string;
  /** 'per day' when a daily frequency is written (20 mg/day, 25 mg daily, 2 mg twice a day); min/max are then per-day totals. */
  basis: DoseBasis;
  /** Drug the dose was attributed to, or null. */
  drug: string | null;
  /** Range applied, with where it came from, or null when none applies (see `note`). */
  range: DoseRange | null;
  inRange: boolean | null;

  /** UCUM code of `unit` ("mg", "mg/kg", "[iU]"). */
  ucum: string;
  /** Amount per dose, normalised (for a rate such as mcg/h, the rate); null when it cannot be known. */
  perDose: { min: number; max: number } | null;
  /** Amount per day, normalised; null for weekly, every-other-day and monthly doses. A dose without a frequency counts as one dose a day. */
  perDay: { min: number; max: number } | null;
  /** Doses per day as written ("twice a day" → 2); null when none is written. */
  dosesPerDay: { min: number; max: number } | null;
  /** The frequency as written ("twice a day", "/day", "weekly"), or null. */
  frequency: string | null;
  /** Values and unit as written (for a range with two units, the unit of the upper value). */
  written: { min: number; max: number; unit: string };
  /** "up to 6 mg" → 'max', "at least 2 mg" → 'min'; strict for "less than", "more than". */
  bound: { kind: 'min' | 'max'; strict: boolean } | null;
  /** Source range of the amounts and unit only (what "Write as N mg" replaces); null when it cannot be rewritten. */
  quantity: { start: number; end: number } | null;
  /** True when the amount or unit is written in a form worth rewriting: mcg, g, ng, spelled-out, ".5", "0,5", "½". */
  unusual: boolean;
  /** For an unusual mass dose, the quantity rewritten in mg ("0.5 mg", "0.5 to 1 mg"), to replace `quantity`. */
  inMilligrams: string | null;
  /** Another item shares the unit written after the last item ("30.6 and 114 g"). */
  sharedUnit: boolean;
  /** How the drug was found. */
  attribution: 'sentence' | 'table row' | 'table header' | 'paragraph' | 'section' | 'main drug' | 'none';
  /** The drug's name as written near the dose, when it was named (not for main-drug attribution). */
  drugText: string | null;
  /** How the attributed drug relates to the document's main drug. */
  relation: 'main' | 'same substance' | 'other' | null;
  /** Why no range applies, or why the dose could not be compared with it. */
  note: string | null;
}

// ---------------------------------------------------------------- small helpers

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// Phrase lists (units, denominators, routes, frequencies, prefixes) are matched with a character trie rather than a
// regular-expression alternation: each match walks at most the longest phrase, so reading stays linear by construction.
// A space in a phrase matches a run of 1–6 whitespace characters (markup blanked to spaces may widen a gap).

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: null };
}

function isSpaceChar(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f';
}

function trieAdd<T>(root: TrieNode<T>, form: string, value: T, reverse = false): void {
  let key = norm(form);
  if (reverse) key = [...key].reverse().join('');
  let n = root;
  for (const ch of key) {
    let nx = n.next.get(ch);
    if (!nx) {
      nx = newTrie<T>();
      n.next.set(ch, nx);
    }
    n = nx;
  }
  (n.values ??= []).push(value);
}

/** Longest phrase starting at i (case-insensitive) whose next character passes `tailOk`. */
function trieMatch<T>(root: TrieNode<T>, s: string, i: number, tailOk: (c: string | undefined) => boolean): { end: number; values: T[] } | null {
  let n = root;
  let j = i;
  let best: { end: number; values: T[] } | null = null;
  for (;;) {
    if (n.values && j > i && tailOk(s[j])) best = { end: j, values: n.values };
    if (j >= s.length) break;
    const c = s[j];
    if (isSpaceChar(c)) {
      const sp = n.next.get(' ');
      if (!sp) break;
      let k = j;
      while (k < s.length && k - j < 6 && isSpaceChar(s[k])) k++;
      if (isSpaceChar(s[k])) break;
      n = sp;
      j = k;
      continue;
    }
    const nx = n.next.get(c.toLowerCase());
    if (!nx) break;
    n = nx;
    j++;
  }
  return best;
}

/** Longest phrase ending at i (after up to 6 spaces), built with `reverse`; a phrase starting with a letter must start a word. */
function trieMatchBefore<T>(root: TrieNode<T>, s: string, i: number): { start: number; values: T[] } | null {
  let j = i;
  while (j > 0 && i - j < 6 && isSpaceChar(s[j - 1])) j--;
  let n = root;
  let best: { start: number; values: T[] } | null = null;
  for (;;) {
    if (n.values && j < i && !(isLetter(s[j]) && isLetter(s[j - 1]))) best = { start: j, values: n.values };
    if (j <= 0) break;
    const c = s[j - 1];
    if (isSpaceChar(c)) {
      const sp = n.next.get(' ');
      if (!sp) break;
      let k = j;
      while (k > 0 && j - k < 6 && isSpaceChar(s[k - 1])) k--;
      if (isSpaceChar(s[k - 1])) break;
      n = sp;
      j = k;
      continue;
    }
    const nx = n.next.get(c.toLowerCase());
    if (!nx) break;
    n = nx;
    j--;
  }
  return best;
}

const notLetter = (c: string | undefined): boolean => !isLetter(c);
const notLetterOrDigit = (c: string | undefined): boolean => !isLetter(c) && !isDigit(c);

function norm(s: string): string {
  return s.toLowerCase().replace(/[\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function matchAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Skip whitespace between parts of one dose: at most `max` characters, or one line break with indentation. */
function gap(s: string, i: number, max = 3): number {
  let j = i;
  let newlines = 0;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r' || s[j] === '\u00a0' || s[j] === '\u202f')) {
    if (s[j] === '\n') newlines++;
    j++;
  }
  if (newlines > 1) return -1;
  if (j - i > max && newlines === 0) return -1;
  if (j - i > 24) return -1;
  return j;
}

function isLetter(c: string | undefined): boolean {
  return !!c && /[A-Za-z\u00b5\u03bc\u00c0-\u024f]/.test(c);
}

function isDigit(c: string | undefined): boolean {
  return !!c && c >= '0' && c <= '9';
}

/** Drop floating-point noise from unit conversion (0.0009999999999999998 → 0.001). */
function round(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e9) return Math.round(v * 1e9) / 1e9;
  return Number(v.toPrecision(12));
}

// Created on first need: building an Intl.NumberFormat costs ~20 ms, a tenth of the CLI's start-up.
let numberFormat: Intl.NumberFormat | undefined;

/** 0.5, 4.5, 1,000 (commas from 1,000 up, as ISMP advises for doses). */
export function formatDoseNumber(v: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: true });
  return numberFormat.format(round(v));
}

function formatPair(min: number, max: number): string {
  return min === max ? formatDoseNumber(min) : `${formatDoseNumber(min)}–${formatDoseNumber(max)}`;
}

// ---------------------------------------------------------------- data

interface UnitEntry {
  ucum: string;
  kind: 'mass' | 'arbitrary' | 'volume';
  display: string;
  unusual: boolean;
  needsContext: boolean;
  digitsOnly: boolean;
}

interface UnitsJson {
  units: { ucum: string; kind: string; display: string; forms?: string[]; exact?: string[]; unusual?: boolean; unusualForms?: string[]; needsContext?: boolean; digitsOnly?: string[] }[];
  denominators: { kind: string; ucum?: string; forms: string[] }[];
  routes: string[];
}

interface WordsJson {
  numberWords: Record<string, number>;
  tensWords: Record<string, number>;
  scaleWords: Record<string, number>;
  fractionWords: Record<string, number>;
  unicodeFractions: Record<string, number>;
  frequencies: { perDay?: number | number[]; period?: string; forms: string[] }[];
  prefixes: { bound?: string; range?: boolean; perDay?: boolean; increment?: boolean; forms: string[] }[];
  rangeConnectors: string[];
}

interface DrugsJson {
  forms: { name: string; aliases: string[]; substance: string }[];
  drugs: string[];
  supplements: string[];
  caseSensitive: string[];
  nutrients: string[];
  foods: string[];
  stems: string[];
  stemExceptions: string[];
  preparationVerbs: string[];
}

const U = unitsData as unknown as UnitsJson;
const W = wordsData as unknown as WordsJson;
const D = drugsData as unknown as DrugsJson;

/** Unit forms; `exact` forms only match as written. */
const UNIT_TRIE = newTrie<{ entry: UnitEntry; exact: string | null }>();
for (const u of U.units) {
  const make = (form: string): UnitEntry => ({
    ucum: u.ucum,
    kind: u.kind as UnitEntry['kind'],
    display: u.display,
    unusual: !!u.unusual || !!u.unusualForms?.includes(form),
    needsContext: !!u.needsContext,
    digitsOnly: !!u.digitsOnly?.includes(form),
  });
  for (const f of u.forms ?? []) trieAdd(UNIT_TRIE, f, { entry: make(f), exact: null });
  for (const f of u.exact ?? []) trieAdd(UNIT_TRIE, f, { entry: make(f), exact: f });
}
/** A sentence without any of these holds no dose (a cheap superset of the unit forms). */
const UNIT_HINT_RE = /(?<![A-Za-z\u00b5\u03bc])(?:m[gl]|mcg|[\u00b5\u03bcu]g|ng|gm|gram|g(?![A-Za-z])|milli|micro|nano|drop|gtt|unit|iu|i\.u|ui|u(?![A-Za-z])|international)/i;

const DENOM_TRIE = newTrie<{ kind: string; ucum?: string }>();
for (const d of U.denominators) for (const f of d.forms) trieAdd(DENOM_TRIE, f, { kind: d.kind, ucum: d.ucum });
const ROUTE_TRIE = newTrie<true>();
for (const r of U.routes) trieAdd(ROUTE_TRIE, r, true);

const FREQ_TRIE = newTrie<{ perDay: [number, number] | null; period: string | null }>();
for (const f of W.frequencies) {
  const perDay: [number, number] | null = f.perDay === undefined ? null : Array.isArray(f.perDay) ? [f.perDay[0], f.perDay[1]] : [f.perDay, f.perDay];
  for (const form of f.forms) trieAdd(FREQ_TRIE, form, { perDay, period: f.period ?? null });
}
/** "5 times a day", "3x/day", "every 6 hours", "q8h" beyond the listed forms. */
const FREQ_TIMES_RE = /(\d{1,2}|one|two|three|four|five|six)\s{0,3}(?:x|\u00d7|times)\s{0,3}(?:(?:a|per|each|every)\s{1,3}|\/\s{0,2})?(?:day|daily)(?![A-Za-z])/iy;
const FREQ_EVERY_RE = /(?:every\s{1,3}(\d{1,2})\s{0,3}(?:h|hrs?|hours?)|q\s?(\d{1,2})\s?h)(?![A-Za-z])/iy;

interface PrefixInfo { bound?: 'min' | 'max'; strict?: boolean; range?: boolean; perDay?: boolean; increment?: boolean }
const STRICT_BOUNDS = new Set(['less than', 'fewer than', 'below', '<', 'more than', 'greater than', 'over', 'above', 'exceeding', 'in excess of', '>']);
const PREFIX_TRIE = newTrie<PrefixInfo>();
for (const p of W.prefixes) {
  for (const form of p.forms) {
    const key = norm(form);
    const info: PrefixInfo = p.bound
      ? { bound: p.bound as 'min' | 'max', strict: STRICT_BOUNDS.has(key) }
      : p.range
        ? { range: true }
        : p.increment
          ? { increment: true }
          : { perDay: true };
    trieAdd(PREFIX_TRIE, form, info, true);
  }
}

const CONNECTOR_RE = (() => {
  const symbols = W.rangeConnectors.filter((c) => !/[a-z]/i.test(c)).map(escapeRe).join('|');
  const words = W.rangeConnectors.filter((c) => /[a-z]/i.test(c)).map(escapeRe).join('|');
  return new RegExp(`\\s{0,2}(?:${symbols})\\s{0,2}|\\s{1,3}(?:${words})\\s{1,3}`, 'iy');
})();
const AND_RE = /\s{1,3}(?:and|&)\s{1,3}/iy;
const PLUSMINUS_RE = /\s{0,2}(?:\u00b1|\+\/-|\+\/\u2212|\+-)\s{0,2}/y;
const LIST_SEP_RE = /\s{0,2},\s{0,3}(?:(and|or|&)\s{1,3})?|\s{1,3}(and|or|&)\s{1,3}/iy;

const FRACTION_CHARS = new Map<string, number>(Object.entries(W.unicodeFractions));
const FRACTION_CLASS = [...FRACTION_CHARS.keys()].join('');
const NUMBER_WORDS = new Map<string, number>([...Object.entries(W.numberWords), ...Object.entries(W.tensWords)]);

/** Where an amount may start: a digit run, a naked decimal, a fraction sign, or a number word. */
const CANDIDATE_RE = new RegExp(
  `(?<![\\d.,\\u00b7])\\d|(?<![\\d])\\.\\d|[${FRACTION_CLASS}]|(?<![A-Za-z])(?:${[...NUMBER_WORDS.keys(), 'half', 'a half', 'a quarter', 'one half', 'one quarter', 'three quarters', 'a hundred', 'a thousand'].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s{1,6}')).join('|')})(?![A-Za-z])`,
  'gi',
);

// ---------------------------------------------------------------- UCUM

interface UcumUtils {
  convertUnitTo(from: string, value: number, to: string): { status: string; toVal: number | null };
}
let ucum: UcumUtils | null = null;
function ucumUtils(): UcumUtils {
  if (!ucum) {
    // The package ships CommonJS without type declarations; its unit table (a JSON file) is bundled by esbuild.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } };
    ucum = mod.UcumLhcUtils.getInstance();
  }
  return ucum;
}

const factorCache = new Map<string, number | null>();
/** Factor that converts a value in UCUM unit `from` to `to`, or null when they are not commensurable. Cached per unit pair. */
export function ucumFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const key = `${from}\u0000${to}`;
  let f = factorCache.get(key);
  if (f === undefined) {
    try {
      const r = ucumUtils().convertUnitTo(from, 1, to);
      f = r.status === 'succeeded' && typeof r.toVal === 'number' && Number.isFinite(r.toVal) ? r.toVal : null;
    } catch {
      f = null;
    }
    factorCache.set(key, f);
  }
  return f;
}

/** Normalised unit for each kind: mass → mg; IU stays IU; volumes → mL; drops stay drops. */
function targetFor(entry: UnitEntry): { ucum: string; display: string } {
  if (entry.kind === 'mass') return { ucum: 'mg', display: 'mg' };
  if (entry.ucum === '[drp]') return { ucum: '[drp]', display: 'drops' };
  if (entry.kind === 'volume') return { ucum: 'mL', display: 'mL' };
  return { ucum: '[iU]', display: 'IU' };
}

// ---------------------------------------------------------------- reading amounts

interface Amount {
  value: number;
  start: number;
  end: number;
  words: boolean;
  unusual: boolean;
}

/** Characters before an amount that mean it is not one: part of a word or code (B12, COVID-19), money, a date or a time. */
function startsAmount(s: string, i: number): boolean {
  const p = s[i - 1];
  if (p === undefined) return true;
  if (isLetter(p) || isDigit(p) || p === '_' || p === '#' || p === ':' || p === '^' || p === '@' || p === '=' || p === '\\') return false;
  if (p === '/' && isDigit(s[i - 2])) return false;
  if (/[-\u2010\u2011\u2013\u2014\u2212]/.test(p) && (isLetter(s[i - 2]) || isDigit(s[i - 2]))) return false;
  let j = i - 1;
  while (j >= 0 && (s[j] === ' ' || s[j] === '\u00a0') && i - j <= 2) j--;
  if (j >= 0 && /[$\u20ac\u00a3\u00a5\u20b9]/.test(s[j])) return false;
  return true;
}

const INT_RE = /\d+/y;
const GROUPS_RE = /(?:,\d{3})+(?![\d])/y;
const DEC_RE = /\.\d+/y;
const COMMA_DEC_RE = /,(\d{1,2})(?![\d,])/y;
const LIST_AFTER_RE = /\s{0,2}(?:,|and\b|or\b|&)\s{0,3}\d/iy;
const FRAC_RE = /(\d{1,3})\s{0,1}[/\u2044](\d{1,3})(?![\d/\u2044])/y;
const AND_FRACTION_RE = /\s{1,3}and\s{1,3}(?:a|one)[\s-]{1,3}(half|quarter)(?![A-Za-z])/iy;

function readAmount(s: string, i: number): Amount | null {
  const c = s[i];
  const fraction = FRACTION_CHARS.get(c);
  if (fraction !== undefined) return { value: fraction, start: i, end: i + 1, words: false, unusual: true };
  if (c === '.') {
    const m = matchAt(DEC_RE, s, i);
    if (!m || s[i + m[0].length] === '.') return null;
    return { value: Number(`0${m[0]}`), start: i, end: i + m[0].length, words: false, unusual: true };
  }
  if (!isDigit(c)) return readWordAmount(s, i);
  // A simple fraction "1/2".
  const fr = matchAt(FRAC_RE, s, i);
  if (fr && !/\s/.test(fr[0]) && Number(fr[1]) < Number(fr[2]) && Number(fr[2]) <= 16) {
    return { value: Number(fr[1]) / Number(fr[2]), start: i, end: i + fr[0].length, words: false, unusual: true };
  }
  const int = matchAt(INT_RE, s, i)!;
  let end = i + int[0].length;
  let text = int[0];
  let unusual = false;
  if (text.length > 1 && text[0] === '0') return null; // "007", "05": not a dose as written
  const groups = text.length <= 3 ? matchAt(GROUPS_RE, s, end) : null;
  if (groups) {
    text += groups[0].replace(/,/g, '');
    end += groups[0].length;
  } else if (s[end] === ',') {
    const cd = matchAt(COMMA_DEC_RE, s, end);
    // "0,5 mg" is a decimal comma; "1,2 and 3 mg" is a list.
    if (cd && !matchAt(LIST_AFTER_RE, s, end + cd[0].length)) {
      text += `.${cd[1]}`;
      end += cd[0].length;
      unusual = true;
    }
  }
  if (s[end] === '.' && isDigit(s[end + 1]) && !text.includes('.')) {
    const dec = matchAt(DEC_RE, s, end)!;
    text += dec[0];
    end += dec[0].length;
    if (s[end] === '.' && isDigit(s[end + 1])) return null; // 1.2.3: a version or a date
  }
  let value = Number(text);
  // Mixed numbers: 1½, 1 ½, 1 1/2, 1 and a half.
  const after = s[end] === ' ' ? end + 1 : end;
  const trailing = FRACTION_CHARS.get(s[after]);
  if (trailing !== undefined) {
    value += trailing;
    end = after + 1;
    unusual = true;
  } else if (s[end] === ' ' && Number.isInteger(value)) {
    const mixed = matchAt(FRAC_RE, s, end + 1);
    if (mixed && Number(mixed[1]) < Number(mixed[2]) && Number(mixed[2]) <= 16) {
      value += Number(mixed[1]) / Number(mixed[2]);
      end = end + 1 + mixed[0].length;
      unusual = true;
    } else {
      const af = matchAt(AND_FRACTION_RE, s, end);
      if (af) {
        value += af[1].toLowerCase() === 'half' ? 0.5 : 0.25;
        end += af[0].length;
        unusual = true;
      }
    }
  }
  if (!Number.isFinite(value)) return null;
  return { value, start: i, end, words: false, unusual };
}

const WORD_RE = /[A-Za-z]+/y;
const WORD_SEP_RE = /[\s-]{1,3}/y;

/** Spelled-out amounts: "seven", "twenty-five", "one hundred and fifty", "two and a half", "half a", "a quarter of a". */
function readWordAmount(s: string, i: number): Amount | null {
  const words: { w: string; start: number; end: number }[] = [];
  let j = i;
  while (words.length < 12) {
    const m = matchAt(WORD_RE, s, j);
    if (!m) break;
    words.push({ w: m[0].toLowerCase(), start: j, end: j + m[0].length });
    const sep = matchAt(WORD_SEP_RE, s, j + m[0].length);
    if (!sep || s.slice(j + m[0].length, j + m[0].length + sep[0].length).includes('\n\n')) break;
    j = j + m[0].length + sep[0].length;
  }
  let k = 0;
  const at = (n: number): string | undefined => words[k + n]?.w;
  let value = 0;
  let current = 0;
  let any = false;
  // Leading fractions: "half (a)", "a half", "one half", "a quarter (of a)", "three quarters (of a)".
  const lead = (): boolean => {
    if (at(0) === 'half') {
      value = 0.5;
      k += 1;
      return true;
    }
    if ((at(0) === 'a' || at(0) === 'one') && (at(1) === 'half' || at(1) === 'quarter' || at(1) === 'third')) {
      value = W.fractionWords[at(1)!];
      k += 2;
      return true;
    }
    if (at(0) === 'three' && at(1) === 'quarters') {
      value = 0.75;
      k += 2;
      return true;
    }
    return false;
  };
  if (lead()) {
    any = true;
    if (at(0) === 'of' && (at(1) === 'a' || at(1) === 'an')) k += 2;
    else if (at(0) === 'a' || at(0) === 'an') k += 1;
  } else {
    if (at(0) === 'a' && (at(1) === 'hundred' || at(1) === 'thousand')) {
      current = 1;
      k += 1;
    }
    for (; k < words.length; k++) {
      const w = words[k].w;
      const n = NUMBER_WORDS.get(w);
      if (n !== undefined) {
        // "twenty five" / "twenty-five" but not "five five".
        if (any && current % 10 !== 0 && n < 100) break;
        if (any && current % 100 !== 0 && n >= 10) break;
        current += n;
        any = true;
      } else if (w === 'hundred' && (any || current)) {
        current = (current || 1) * 100;
        any = true;
      } else if (w === 'thousand' && (any || current)) {
        value += (current || 1) * 1000;
        current = 0;
        any = true;
      } else if (w === 'and' && any && NUMBER_WORDS.has(at(1) ?? '') && current % 100 === 0 && current > 0) {
        continue; // "one hundred and fifty"
      } else break;
    }
    value += current;
    if (!any) return null;
    // "two and a half", "one and one half", "two and three quarters"
    if (at(0) === 'and' && (at(1) === 'a' || at(1) === 'one') && (at(2) === 'half' || at(2) === 'quarter')) {
      value += at(2) === 'half' ? 0.5 : 0.25;
      k += 3;
    } else if (at(0) === 'and' && at(1) === 'three' && at(2) === 'quarters') {
      value += 0.75;
      k += 3;
    }
  }
  if (k === 0 || !words[k - 1]) return null;
  return { value, start: i, end: words[k - 1].end, words: true, unusual: true };
}

// ---------------------------------------------------------------- reading units and what follows

interface UnitRead {
  entry: UnitEntry;
  start: number;
  end: number;
  text: string;
}

function readUnit(s: string, i: number, afterWords: boolean): UnitRead | null {
  let j = gap(s, i);
  if (j < 0) return null;
  // "20-mg daily", "450-mg"
  if (j === i && (s[j] === '-' || s[j] === '\u2010' || s[j] === '\u2011') && isLetter(s[j + 1])) j++;
  const m = trieMatch(UNIT_TRIE, s, j, (c) => !isLetter(c));
  if (!m) return null;
  const text = s.slice(j, m.end);
  const found = m.values.find((v) => v.exact === null || v.exact === text);
  if (!found) return null;
  if (afterWords && found.entry.digitsOnly) return null;
  // "4 U.S. states", "2 g.o.d.": an abbreviation goes on, so this is not a unit.
  if (!text.endsWith('.') && s[j + text.length] === '.' && isLetter(s[j + text.length + 1])) return null;
  return { entry: found.entry, start: j, end: j + text.length, text };
}

interface Denominators {
  end: number;
  /** "/kg", "/m2", "/h", "/kg/h". */
  suffix: string;
  concentration: boolean;
  day: boolean;
  week: boolean;
  text: string;
}

const DENOM_SEP_RE = /\s{0,2}\/\s{0,2}|\s{1,2}per\s{1,2}(?:each\s{1,2}|a\s{1,2})?|\s{0,2}[\u00b7.]\s{0,1}(?=[A-Za-z])|\s{1,2}(?=(?:kg|m|d|day|h)\s?(?:-|\u2212|\u207b|\^-))/iy;
const EXPONENT_RE = /(?:\^?\s?(?:-|\u2212)\s?([12])|\u207b([\u00b9\u00b2]))/y;
const NUMBER_BEFORE_DENOM_RE = /\d+(?:\.\d+)?\s{0,2}/y;

function readDenominators(s: string, i: number): Denominators {
  const out: Denominators = { end: i, suffix: '', concentration: false, day: false, week: false, text: '' };
  let j = i;
  for (let n = 0; n < 3; n++) {
    const sep = matchAt(DENOM_SEP_RE, s, j);
    if (!sep) break;
    let k = j + sep[0].length;
    const slash = sep[0].includes('/');
    const num = slash || /per/i.test(sep[0]) ? matchAt(NUMBER_BEFORE_DENOM_RE, s, k) : null;
    if (num) k += num[0].length;
    const m = trieMatch(DENOM_TRIE, s, k, notLetter);
    if (!m) break;
    const d = m.values[0];
    k = m.end;
    const exp = matchAt(EXPONENT_RE, s, k);
    if (exp) k += exp[0].length;
    else if (!slash && !/per/i.test(sep[0])) break; // "mg kg" without "/", "per" or "-1" is not a basis
    if (num && d.kind !== 'volume' && d.kind !== 'mass') break; // "mg/3 days": not a unit
    if (d.kind === 'volume' || d.kind === 'mass') {
      out.concentration = true;
      out.end = k;
      return out;
    }
    if (d.kind === 'weight' && !out.suffix.includes('/kg')) out.suffix += '/kg';
    else if (d.kind === 'area' && !out.suffix.includes('/m2')) out.suffix += '/m2';
    else if (d.kind === 'hour') out.suffix += '/h';
    else if (d.kind === 'minute') out.suffix += '/min';
    else if (d.kind === 'day') out.day = true;
    else if (d.kind === 'week') out.week = true;
    out.text += s.slice(j, k);
    j = k;
    out.end = k;
  }
  // "mg%" is an old concentration unit (mg per 100 mL).
  if (s[out.end] === '%') out.concentration = true;
  return out;
}

interface FrequencyRead {
  end: number;
  perDay: [number, number] | null;
  period: string | null;
  text: string;
}

function readFrequency(s: string, i: number): FrequencyRead | null {
  let j = gap(s, i);
  if (j < 0) return null;
  if (s[j] === ',') {
    j = gap(s, j + 1);
    if (j < 0) return null;
  }
  for (let r = 0; r < 3; r++) {
    const f = frequencyAt(s, j);
    if (f) return f;
    const route = trieMatch(ROUTE_TRIE, s, j, notLetter);
    if (!route) return null;
    j = gap(s, route.end);
    if (j < 0) return null;
    if (s[j] === ',') {
      j = gap(s, j + 1);
      if (j < 0) return null;
    }
  }
  return null;
}

function frequencyAt(s: string, j: number): FrequencyRead | null {
  const m = trieMatch(FREQ_TRIE, s, j, notLetterOrDigit);
  if (m) return { end: m.end, perDay: m.values[0].perDay, period: m.values[0].period, text: s.slice(j, m.end) };
  const t = matchAt(FREQ_TIMES_RE, s, j);
  if (t) {
    const n = NUMBER_WORDS.get(t[1].toLowerCase()) ?? Number(t[1]);
    if (n >= 1 && n <= 24) return { end: j + t[0].length, perDay: [n, n], period: null, text: t[0] };
  }
  const e = matchAt(FREQ_EVERY_RE, s, j);
  if (e) {
    const h = Number(e[1] ?? e[2]);
    if (h >= 1 && h <= 24) return { end: j + e[0].length, perDay: [24 / h, 24 / h], period: null, text: e[0] };
  }
  return null;
}

function readPrefix(s: string, i: number): { start: number; info: PrefixInfo[]; text: string } | null {
  const m = trieMatchBefore(PREFIX_TRIE, s, i);
  if (!m) return null;
  return { start: m.start, info: m.values, text: s.slice(m.start, i).trim() };
}

// ---------------------------------------------------------------- one dose

interface RawDose {
  start: number;
  end: number;
  amounts: [Amount, Amount];
  units: [UnitRead | null, UnitRead];
  /** Range connector as written (between the end of the first amount or unit and the second amount). */
  connector: { start: number; end: number } | null;
  denominators: Denominators;
  frequency: FrequencyRead | null;
  bound: DoseMention['bound'];
  perDayPrefix: boolean;
  sharedUnit: boolean;
  plusMinus: boolean;
}

/** Read the dose (or doses, for a list) starting at amount position i. Returns the doses and where reading stopped. */
function readDoses(s: string, i: number, firstPreparation: () => number): { doses: RawDose[]; end: number } | null {
  const preparedBefore = (_s: string, at: number): boolean => firstPreparation() < at;
  const a1 = readAmount(s, i);
  if (!a1) return null;
  const prefix = readPrefix(s, a1.start);
  if (prefix?.info.some((p) => p.increment)) {
    // "increase by 0.5 mg": a change of dose, not a dose. Skip the amount and its unit.
    const u = readUnit(s, a1.end, a1.words);
    return u ? { doses: [], end: u.end } : null;
  }
  const rangePrefix = !!prefix?.info.some((p) => p.range);
  const u1 = readUnit(s, a1.end, a1.words);
  const pos = u1 ? u1.end : a1.end;

  // A second amount: a range ("2-4 mg", "0.75mg–3mg", "between 2 and 4 mg"), alternatives ("2 or 3 mg"), or mean ± SD.
  let second: { amount: Amount; unit: UnitRead; connector: RawDose['connector'] } | null = null;
  let plusMinus = false;
  const conn = matchAt(CONNECTOR_RE, s, pos) ?? (rangePrefix ? matchAt(AND_RE, s, pos) : null);
  if (conn) {
    const b = readAmount(s, pos + conn[0].length);
    if (b && (b.words === a1.words || !a1.words)) {
      const ub = readUnit(s, b.end, b.words);
      if (ub && (!u1 || u1.entry.kind === ub.entry.kind)) second = { amount: b, unit: ub, connector: { start: pos, end: pos + conn[0].length } };
    }
  }
  if (!second && !u1) {
    const pm = matchAt(PLUSMINUS_RE, s, pos);
    const b = pm ? readAmount(s, pos + pm[0].length) : null;
    const ub = b ? readUnit(s, b.end, b.words) : null;
    if (b && ub) {
      second = { amount: b, unit: ub, connector: null };
      plusMinus = true;
    }
  }
  if (!second && !u1) return rangePrefix ? null : readList(s, a1);

  const unit = second ? second.unit : u1!;
  const denominators = readDenominators(s, unit.end);
  if (denominators.concentration) return { doses: [], end: denominators.end };
  // "a 2 mg increase", "0.5 mg steps": a change of dose. "30 mL/min": a clearance, not a dose.
  if (INCREMENT_AFTER_RE.test(s.slice(denominators.end, denominators.end + 16))) return { doses: [], end: denominators.end };
  if (unit.entry.kind === 'volume' && denominators.suffix.includes('/min')) return { doses: [], end: denominators.end };
  let end = denominators.end;
  // "1.25 mg in 0.1 mL" is a dose with its volume; "dissolve 50 mg in 50 mL of water" makes a solution.
  const inVolume = matchAt(IN_VOLUME_RE, s, end);
  if (inVolume) {
    if (preparedBefore(s, a1.start)) return { doses: [], end: end + inVolume[0].length };
    end += inVolume[0].length;
  } else if (unit.entry.kind === 'mass' && IN_VOLUME_NEAR_RE.test(s.slice(end, end + 80)) && preparedBefore(s, a1.start)) {
    // "dissolve a 50 mg tablet of naltrexone in 50 mL of water"
    return { doses: [], end };
  }
  const frequency = denominators.day || denominators.week ? null : readFrequency(s, end);
  if (frequency) end = frequency.end;

  const isRange = !!second && !plusMinus;
  let start = a1.start;
  let bound: DoseMention['bound'] = null;
  let perDayPrefix = false;
  if (prefix) {
    const b = prefix.info.find((p) => p.bound);
    const r = prefix.info.find((p) => p.range);
    if (isRange && r) start = prefix.start;
    else if (!isRange && b?.bound) {
      bound = { kind: b.bound, strict: !!b.strict };
      start = prefix.start;
    }
    if (prefix.info.some((p) => p.perDay)) perDayPrefix = true;
    else if (start === prefix.start && readPrefix(s, start)?.info.some((p) => p.perDay)) perDayPrefix = true;
  }
  const dose: RawDose = {
    start,
    end,
    // Mean ± SD: the mean is the dose.
    amounts: isRange ? [a1, second!.amount] : [a1, a1],
    units: isRange ? [u1, unit] : [null, unit],
    connector: isRange ? second!.connector : null,
    denominators,
    frequency,
    bound,
    perDayPrefix,
    sharedUnit: false,
    plusMinus,
  };
  return { doses: [dose], end };
}

const INCREMENT_AFTER_RE = /^[\s-]{1,3}(?:increases?|increments?|decreases?|reductions?|steps?|drops?|rises?|jumps?|changes?|reduction)(?![A-Za-z])/i;

const IN_VOLUME_RE = /\s{1,3}in\s{1,3}(?:\d{1,6}(?:\.\d{1,6})?|\.\d{1,6})\s{0,2}(?:ml|mls|millilitres|milliliters|millilitre|milliliter|l|litres|liters|litre|liter|cc)(?![A-Za-z])/iy;
const IN_VOLUME_NEAR_RE = /(?<![A-Za-z])in\s{1,3}(?:\d{1,6}(?:\.\d{1,6})?|\.\d{1,6})\s{0,2}(?:ml|mls|millilitres|milliliters|millilitre|milliliter|l|litres|liters|litre|liter|cc)(?![A-Za-z])/i;
const PREPARATION_VERBS = new Set(D.preparationVerbs);

/** Offset of the first verb of making a solution in a sentence ("dissolve", "mix"), or Infinity. */
function firstPreparationVerb(s: string): number {
  for (const w of s.matchAll(/[A-Za-z]+/g)) if (PREPARATION_VERBS.has(w[0].toLowerCase())) return w.index!;
  return Infinity;
}

/** "30.6 and 114 g", "1.5, 3 and 4.5 mg", "2, 3 or 4 mg": each item is a dose in the unit written last. */
function readList(s: string, first: Amount): { doses: RawDose[]; end: number } | null {
  const items: Amount[] = [first];
  let pos = first.end;
  let lastSepHasWord = false;
  let lastWord = '';
  while (items.length < 8) {
    const sep = matchAt(LIST_SEP_RE, s, pos);
    if (!sep) break;
    const next = readAmount(s, pos + sep[0].length);
    if (!next || next.words !== first.words) break;
    lastWord = (sep[1] ?? sep[2] ?? '').toLowerCase();
    lastSepHasWord = !!lastWord;
    items.push(next);
    pos = next.end;
    const unit = readUnit(s, next.end, next.words);
    if (unit) {
      if (!lastSepHasWord) return null;
      const denominators = readDenominators(s, unit.end);
      if (denominators.concentration) return { doses: [], end: denominators.end };
      let end = denominators.end;
      const frequency = denominators.day || denominators.week ? null : readFrequency(s, end);
      if (frequency) end = frequency.end;
      if (items.length === 2 && lastWord === 'or') {
        // "2 or 3 mg": alternatives, checked like a range.
        return {
          doses: [{ start: first.start, end, amounts: [first, next], units: [null, unit], connector: { start: first.end, end: next.start }, denominators, frequency, bound: null, perDayPrefix: false, sharedUnit: false, plusMinus: false }],
          end,
        };
      }
      const doses = items.map((a, idx): RawDose => {
        const last = idx === items.length - 1;
        return {
          start: a.start,
          end: last ? end : a.end,
          amounts: [a, a],
          units: [null, unit],
          connector: null,
          denominators,
          frequency,
          bound: null,
          perDayPrefix: false,
          sharedUnit: !last,
          plusMinus: false,
        };
      });
      return { doses, end };
    }
  }
  return null;
}

// ---------------------------------------------------------------- drugs

interface DrugInfo {
  id: string;
  name: string;
  substance: string;
  kind: 'drug' | 'nutrient' | 'food';
  ranges: DrugRangeSetting[];
}

interface Phrase {
  words: string[];
  info: DrugInfo;
  /** When set, the phrase's words must be written exactly like this (case-sensitive). */
  exact: string[] | null;
}

interface DrugMatcher {
  byFirst: Map<string, Phrase[]>;
  byId: Map<string, DrugInfo>;
  stemSet: Set<string>;
  /** The last three letters of every stem: a word ending otherwise cannot end in a stem. */
  stemTails: Set<string>;
  stemExceptions: Set<string>;
}

const WORD_TOKEN_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?\+?/gu;

function rawWords(s: string): string[] {
  return [...s.replace(/\u2019/g, "'").matchAll(WORD_TOKEN_RE)].map((m) => m[0]);
}

function phraseWords(s: string): string[] {
  return rawWords(s).map((w) => w.toLowerCase());
}

/** All-capitals aliases (LDN, NAC, PEA, T4) and listed ones (SAMe) match only as written. */
function isExactAlias(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

let baseMatcher: DrugMatcher | null = null;

function buildBaseMatcher(): DrugMatcher {
  const m: DrugMatcher = { byFirst: new Map(), byId: new Map(), stemSet: new Set(D.stems), stemTails: new Set(D.stems.filter((x) => x.length >= 3).map((x) => x.slice(-3))), stemExceptions: new Set(D.stemExceptions.map((w) => w.toLowerCase())) };
  const add = (info: DrugInfo, name: string, exact: boolean): void => {
    const words = phraseWords(name);
    if (!words.length) return;
    const list = m.byFirst.get(words[0]) ?? [];
    const phrase: Phrase = { words, info, exact: exact ? rawWords(name) : null };
    // Later definitions of the same phrase replace earlier ones (configured drugs win).
    const same = list.findIndex((p) => p.words.join(' ') === phrase.words.join(' ') && p.exact === phrase.exact);
    if (same >= 0) list.splice(same, 1);
    list.push(phrase);
    list.sort((a, b) => b.words.length - a.words.length);
    m.byFirst.set(words[0], list);
  };
  const entry = (names: string[], kind: DrugInfo['kind'], substance?: string, forceExact = false): void => {
    const id = norm(phraseWords(names[0]).join(' '));
    if (m.byId.has(id)) return;
    const info: DrugInfo = { id, name: names[0], substance: substance ?? id, kind, ranges: [] };
    m.byId.set(id, info);
    for (const n of names) add(info, n, forceExact || isExactAlias(n));
  };
  for (const f of D.forms) entry([f.name, ...f.aliases], 'drug', norm(f.substance));
  for (const line of [...D.drugs, ...D.supplements]) entry(line.split('|'), 'drug');
  for (const line of D.caseSensitive) entry(line.split('|'), 'drug', undefined, true);
  for (const n of D.nutrients) entry([n], 'nutrient');
  for (const n of D.foods) entry([n], 'food');
  return m;
}

const matcherCache = new Map<string, DrugMatcher>();

/** The lexicon plus the configured drugs (a configured name or alias that the lexicon knows joins that entry). */
function drugMatcher(drugs: DrugRangeSetting[]): DrugMatcher {
  const key = JSON.stringify(drugs);
  const hit = matcherCache.get(key);
  if (hit) return hit;
  baseMatcher ??= buildBaseMatcher();
  const base = baseMatcher;
  const m: DrugMatcher = { byFirst: new Map([...base.byFirst].map(([k, v]) => [k, [...v]])), byId: new Map([...base.byId].map(([k, v]) => [k, { ...v, ranges: [] }])), stemSet: base.stemSet, stemTails: base.stemTails, stemExceptions: base.stemExceptions };
  for (const list of m.byFirst.values()) for (let i = 0; i < list.length; i++) list[i] = { ...list[i], info: m.byId.get(list[i].info.id)! };
  const lookupId = (name: string): string | null => {
    const words = phraseWords(name);
    const list = m.byFirst.get(words[0] ?? '');
    const p = list?.find((x) => x.words.join(' ') === words.join(' '));
    return p ? p.info.id : null;
  };
  for (const d of Array.isArray(drugs) ? drugs : []) {
    if (!d || typeof d.drug !== 'string' || !phraseWords(d.drug).length) continue;
    const aliases = Array.isArray(d.aliases) ? d.aliases.filter((a): a is string => typeof a === 'string' && phraseWords(a).length > 0) : [];
    let id = lookupId(d.drug) ?? aliases.map(lookupId).find((x): x is string => !!x) ?? norm(phraseWords(d.drug).join(' '));
    let info = m.byId.get(id);
    if (!info || info.kind !== 'drug') {
      id = norm(phraseWords(d.drug).join(' '));
      info = { id, name: d.drug, substance: id, kind: 'drug', ranges: [] };
      m.byId.set(id, info);
    }
    if (!info.ranges.length) info.name = d.drug;
    info.ranges.push(d);
    for (const n of [d.drug, ...aliases]) {
      const words = phraseWords(n);
      const list = m.byFirst.get(words[0]) ?? [];
      const exact = isExactAlias(n) ? rawWords(n) : null;
      const same = list.findIndex((p) => p.words.join(' ') === words.join(' '));
      if (same >= 0) list.splice(same, 1);
      list.push({ words, info, exact });
      list.sort((a, b) => b.words.length - a.words.length);
      m.byFirst.set(words[0], list);
    }
  }
  if (matcherCache.size > 20) matcherCache.clear();
  matcherCache.set(key, m);
  return m;
}

interface DrugHit {
  start: number;
  end: number;
  text: string;
  info: DrugInfo;
}

const WORD_AT_RE = /[\s.\-\u2010\u2011]{1,6}([\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?\+?)/uy;

/** The longest stem of the table: a word's tails are tried up to it ('triptyline' has ten letters). */
const LONGEST_STEM = Math.max(...D.stems.map((x) => x.length));

function stemDrug(w: string, m: DrugMatcher): boolean {
  if (w.length < 7 || !m.stemTails.has(w.slice(-3)) || m.stemExceptions.has(w) || !/^[a-z]+$/.test(w)) return false;
  for (let k = 3; k <= LONGEST_STEM && k < w.length; k++) if (m.stemSet.has(w.slice(-k))) return true;
  return false;
}

/**
 * Whether one word names a medicine or a supplement of the dose table (the built-in lexicon, not the configured drugs):
 * the name or alias of one of its drugs, supplements or dosage forms, written as one word ('sertraline', 'Lyrica'; an
 * all-capitals alias only as written), or a word of seven letters or more ending in one of its drug stems
 * ('etanercept', 'protriptyline'), not a listed exception ('magazine'). The table's nutrients and foods ('ginger') are
 * not medicines here. The claim rules ask this of a treatment being started ('Since starting sertraline, …'), so the
 * two rules read one table.
 */
export function isDoseTableMedicine(word: string): boolean {
  const m = (baseMatcher ??= buildBaseMatcher());
  const raw = rawWords(word);
  const words = raw.map((x) => x.toLowerCase());
  if (!words.length) return false;
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  for (const p of m.byFirst.get(words[0]) ?? []) if (p.info.kind === 'drug' && same(p.words, words) && (!p.exact || same(p.exact, raw))) return true;
  return words.length === 1 && stemDrug(words[0], m);
}

/** Drug hits of recent block texts per matcher, at base 0 (a re-lint of an edited draft sees the same blocks); bounded. */
const rememberedDrugs = new WeakMap<DrugMatcher, Remembered<DrugHit[]>>();

/** Drug, nutrient and food names in a text (offsets relative to `base`). One pass over its words. */
function findDrugs(text: string, base: number, m: DrugMatcher): DrugHit[] {
  if (text.length > 10_000) return scanDrugs(text, base, m);
  let table = rememberedDrugs.get(m);
  if (!table) rememberedDrugs.set(m, (table = new Remembered()));
  const hits = table.recall(text, () => scanDrugs(text, 0, m));
  return hits.map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
}

function scanDrugs(text: string, base: number, m: DrugMatcher): DrugHit[] {
  const out: DrugHit[] = [];
  const re = WORD_TOKEN_RE;
  re.lastIndex = 0;
  // Lower-case the block once; per word only when case mapping changes a length (then offsets would not line up).
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  for (let t = re.exec(text); t; t = re.exec(text)) {
    const raw = t[0];
    const start = t.index;
    const w = sameLength ? lowered.slice(start, start + raw.length) : raw.toLowerCase();
    const list = m.byFirst.get(w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w);
    let hitEnd = -1;
    let hitInfo: DrugInfo | null = null;
    if (list) {
      for (const p of list) {
        if (p.exact && raw.replace(/\u2019/g, "'") !== p.exact[0]) continue;
        let end = start + raw.length;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) {
          const next = matchAt(WORD_AT_RE, text, end);
          if (!next || next[1].toLowerCase().replace(/\u2019/g, "'") !== p.words[k] || (p.exact && next[1].replace(/\u2019/g, "'") !== p.exact[k])) ok = false;
          else end += next[0].length;
        }
        if (ok) {
          hitEnd = end;
          hitInfo = p.info;
          break;
        }
      }
    }
    if (hitInfo) {
      out.push({ start: base + start, end: base + hitEnd, text: text.slice(start, hitEnd), info: hitInfo });
      re.lastIndex = hitEnd;
      continue;
    }
    if (stemDrug(w, m)) {
      let info = m.byId.get(w);
      if (!info) {
        info = { id: w, name: w, substance: w, kind: 'drug', ranges: [] };
        if (m.byId.size < 50_000) m.byId.set(w, info);
      }
      out.push({ start: base + start, end: base + start + raw.length, text: raw, info });
    }
  }
  return out;
}

// ---------------------------------------------------------------- ranges

interface ParsedRangeUnit {
  ucum: string;
  display: string;
  basis: DoseBasis | null;
}

const rangeUnitCache = new Map<string, ParsedRangeUnit | null>();

/** "mg", "mcg", "µg", "g", "mg/kg", "mg/m2", "mg/day", "IU", "units", "mL" → UCUM code and basis. */
export function parseRangeUnit(unit: string | undefined): ParsedRangeUnit | null {
  const u = (unit ?? 'mg').trim() || 'mg';
  if (rangeUnitCache.has(u)) return rangeUnitCache.get(u)!;
  let out: ParsedRangeUnit | null = null;
  const probe = `1 ${u}`;
  const read = readUnit(probe, 1, false);
  let concentration = false;
  if (read) {
    const d = readDenominators(probe, read.end);
    concentration = d.concentration;
    if (!d.concentration && d.end === probe.length && !d.week) out = { ucum: read.entry.ucum + d.suffix, display: u, basis: d.day ? 'per day' : null };
  }
  if (!out && !concentration) {
    // Anything else UCUM knows, e.g. "mg/(kg.d)" (compared only with doses in a commensurable unit).
    try {
      const r = ucumUtils().convertUnitTo(u, 1, u);
      if (r.status === 'succeeded') out = { ucum: u, display: u, basis: null };
    } catch {
      out = null;
    }
  }
  rangeUnitCache.set(u, out);
  return out;
}

// ---------------------------------------------------------------- the document

interface DocDrugContext {
  matcher: DrugMatcher;
  blockDrugs: Map<ProseBlock, DrugHit[]>;
  /** Only the drugs (no nutrients or foods) of each block. */
  blockNamed: Map<ProseBlock, DrugHit[]>;
  sentenceDrugs: Map<Sentence, DrugHit[]>;
  sentenceBreaks: Map<Sentence, Int32Array>;
  /** Per sentence: dietary names that are not part of a drug's name, and whether a drug is named. */
  sentenceDiet: Map<Sentence, { dietary: DrugHit[]; anyDrug: boolean; anyNutrient: boolean }>;
  main: DrugInfo | null | undefined;
  /** Each table cell's row and column header, built on first use. */
  tables: Map<ProseBlock, { row: ProseBlock[]; header: ProseBlock | null }> | null;
  /** Drugs named in each table row (all cells, in order). */
  rowDrugs: Map<ProseBlock[], DrugHit[]>;
}

/** Index of the first hit with start >= offset (hits are in text order). */
/**
 * The drug named nearest to [start, end) in the other cells of a table row (before wins a tie). The row's drugs
 * are collected once per row: gathering them per dose made a wide row of doses quadratic.
 */
function nearestInRow(ctx: DocDrugContext, row: ProseBlock[], block: ProseBlock, start: number, end: number): DrugHit | null {
  let drugs = ctx.rowDrugs.get(row);
  if (!drugs) {
    drugs = row.flatMap((b) => drugsOfBlock(ctx, b).filter((h) => h.info.kind === 'drug'));
    ctx.rowDrugs.set(row, drugs);
  }
  // Cells do not overlap and come in order: the drugs of other cells lie before block.start or from block.end on.
  const before = drugs[firstHitFrom(drugs, block.start) - 1];
  const after = drugs[firstHitFrom(drugs, block.end)];
  if (before && (!after || start - before.end <= after.start - end)) return before;
  return after ?? null;
}

function firstHitFrom(hits: DrugHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function drugsOfBlock(ctx: DocDrugContext, b: ProseBlock): DrugHit[] {
  let hits = ctx.blockDrugs.get(b);
  if (!hits) {
    hits = findDrugs(b.text, b.start, ctx.matcher);
    ctx.blockDrugs.set(b, hits);
  }
  return hits;
}

function drugsOf(ctx: DocDrugContext, s: Sentence): DrugHit[] {
  let out = ctx.sentenceDrugs.get(s);
  if (!out) {
    const hits = drugsOfBlock(ctx, s.block);
    out = [];
    for (let i = firstHitFrom(hits, s.start); i < hits.length && hits[i].start < s.end; i++) if (hits[i].end <= s.end) out.push(hits[i]);
    ctx.sentenceDrugs.set(s, out);
  }
  return out;
}

function mainDrug(doc: ParsedDocument, ctx: DocDrugContext): DrugInfo | null {
  if (ctx.main !== undefined) return ctx.main;
  const counts = new Map<string, { n: number; first: number; info: DrugInfo }>();
  for (const b of doc.blocks) {
    for (const h of drugsOfBlock(ctx, b)) {
      if (h.info.kind !== 'drug') continue;
      const c = counts.get(h.info.id);
      if (c) c.n++;
      else counts.set(h.info.id, { n: 1, first: h.start, info: h.info });
    }
  }
  let best: { n: number; first: number; info: DrugInfo } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  ctx.main = best ? best.info : null;
  return ctx.main;
}

/** Punctuation that closes a clause: a drug across it is a weaker match than one in the same clause. */
const CLAUSE_BREAK_RE = /[,;:()[\]\u2014]/;

/** Running count of clause breaks in a sentence, so the breaks between two offsets cost O(1). */
function clauseBreaks(ctx: DocDrugContext, s: Sentence): Int32Array {
  let counts = ctx.sentenceBreaks.get(s);
  if (!counts) {
    counts = new Int32Array(s.text.length + 1);
    for (let i = 0; i < s.text.length; i++) counts[i + 1] = counts[i] + (CLAUSE_BREAK_RE.test(s.text[i]) ? 1 : 0);
    ctx.sentenceBreaks.set(s, counts);
  }
  return counts;
}

/**
 * The drug named nearest to [start, end): distance in characters, plus 25 for each clause break between (at most 4).
 * Ties go to the name before the dose ("naltrexone 50 mg, LDN"). Hits are in text order; the search walks outward
 * from the dose and stops once no farther name can win.
 */
function nearest(hits: DrugHit[], start: number, end: number, breaks?: { counts: Int32Array; base: number }): DrugHit | null {
  let best: DrugHit | null = null;
  let bestScore = Infinity;
  const penalty = (a: number, b: number): number => {
    if (!breaks) return 0;
    const lo = Math.max(0, Math.min(a, b) - breaks.base);
    const hi = Math.min(breaks.counts.length - 1, Math.max(a, b) - breaks.base);
    return 25 * Math.min(4, breaks.counts[hi] - breaks.counts[lo]);
  };
  for (let i = firstHitFrom(hits, start) - 1; i >= 0; i--) {
    const h = hits[i];
    if (h.info.kind !== 'drug' || h.end > start) continue;
    const raw = start - h.end;
    if (raw >= bestScore) break;
    const score = raw + penalty(h.end, start);
    if (score < bestScore) {
      best = h;
      bestScore = score;
    }
  }
  for (let i = firstHitFrom(hits, end); i < hits.length; i++) {
    const h = hits[i];
    if (h.info.kind !== 'drug') continue;
    const raw = h.start - end;
    if (raw >= bestScore) break;
    const score = raw + penalty(end, h.start);
    if (score < bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

interface Attribution {
  info: DrugInfo | null;
  how: DoseMention['attribution'];
  text: string | null;
}

function attribute(doc: ParsedDocument, ctx: DocDrugContext, s: Sentence, start: number, end: number): Attribution {
  const inSentence = nearest(drugsOf(ctx, s), start, end, { counts: clauseBreaks(ctx, s), base: s.start });
  if (inSentence) return { info: inSentence.info, how: 'sentence', text: inSentence.text };
  const block = s.block;
  if (block.kind === 'tableCell') {
    // GFM table rows are one line: look in the other cells of the row, then in the column's header cell.
    const tables = tableLayout(doc, ctx);
    const cell = tables.get(block);
    if (cell) {
      const r = nearestInRow(ctx, cell.row, block, start, end);
      if (r) return { info: r.info, how: 'table row', text: r.text };
      if (cell.header && cell.header !== block) {
        const h = drugsOfBlock(ctx, cell.header).find((x) => x.info.kind === 'drug');
        if (h) return { info: h.info, how: 'table header', text: h.text };
      }
    }
  }
  // The last drug named earlier in the paragraph.
  let named = ctx.blockNamed.get(block);
  if (!named) {
    named = drugsOfBlock(ctx, block).filter((h) => h.info.kind === 'drug');
    ctx.blockNamed.set(block, named);
  }
  const before = named[firstHitFrom(named, s.start) - 1];
  if (before) return { info: before.info, how: 'paragraph', text: before.text };
  if (block.sectionIndex >= 0 && doc.blocks[block.sectionIndex] !== block) {
    const heading = doc.blocks[block.sectionIndex];
    const hits = heading.sentences.flatMap((hs) => drugsOf(ctx, hs)).filter((h) => h.info.kind === 'drug');
    if (hits.length) return { info: hits[0].info, how: 'section', text: hits[0].text };
  }
  const main = mainDrug(doc, ctx);
  if (main) return { info: main, how: 'main drug', text: null };
  return { info: null, how: 'none', text: null };
}

/** For each table cell: the cells of its row (a GFM row is one line) and the header cell of its column (the table's first row). */
function tableLayout(doc: ParsedDocument, ctx: DocDrugContext): Map<ProseBlock, { row: ProseBlock[]; header: ProseBlock | null }> {
  if (ctx.tables) return ctx.tables;
  const out = new Map<ProseBlock, { row: ProseBlock[]; header: ProseBlock | null }>();
  let rows: ProseBlock[][] = [];
  let lastLine = -1;
  const finish = (): void => {
    const header = rows[0] ?? [];
    for (const r of rows) r.forEach((b, i) => out.set(b, { row: r, header: header[i] ?? null }));
    rows = [];
    lastLine = -1;
  };
  for (const b of doc.blocks) {
    if (b.kind !== 'tableCell') {
      if (rows.length) finish();
      continue;
    }
    const line = lineOf(doc, b.start);
    if (line !== lastLine) {
      rows.push([]);
      lastLine = line;
    }
    rows[rows.length - 1].push(b);
  }
  if (rows.length) finish();
  ctx.tables = out;
  return out;
}

function lineOf(doc: ParsedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const SALT_AFTER_RE = /^[\s-]{1,3}([A-Za-z]+)/;
/** A salt word right after a name ("sodium valproate"): a word ending in -ate/-ide/-ite/-ine (the ending is checked apart: /[A-Za-z]+(?:ate|…)/ backtracks). */
export const saltAfter = (s: string): boolean => {
  const m = SALT_AFTER_RE.exec(s);
  return !!m && m[1].length >= 4 && /^(?:ate|ide|ite|ine)$/.test(m[1].slice(-3));
};

/** A dietary amount: "30 g of protein", "fibre: 25 g", "25 g fibre", "a 100 g serving"; or a nutrient is the only substance named. */
function isDietary(ctx: DocDrugContext, start: number, end: number, s: Sentence): boolean {
  const text = s.text;
  const rel = (o: number): number => o - s.start;
  let diet = ctx.sentenceDiet.get(s);
  if (!diet) {
    const hits = drugsOf(ctx, s);
    const dietary = hits.filter((h, i) => {
      if (h.info.kind === 'drug') return false;
      // A salt in a drug's name is not a nutrient: "phenytoin sodium", "sodium aurothiomalate", "sodium valproate".
      const prev = hits[i - 1];
      const drugBefore = !!prev && prev.info.kind === 'drug' && /^[\s-]{1,3}$/.test(text.slice(rel(prev.end), rel(h.start)));
      return !drugBefore && !saltAfter(text.slice(rel(h.end), rel(h.end) + 40));
    });
    diet = { dietary, anyDrug: hits.some((h) => h.info.kind === 'drug'), anyNutrient: dietary.some((h) => h.info.kind === 'nutrient') };
    ctx.sentenceDiet.set(s, diet);
  }
  // Only names right next to the dose can claim it.
  const list = diet.dietary;
  for (let i = Math.max(0, firstHitFrom(list, start - 40) - 1); i < list.length && list[i].start <= end + 40; i++) {
    const h = list[i];
    if (h.start >= end) {
      // "30 g protein", "25 g of fibre", "30 g of added sugar"
      const words = text.slice(rel(end), rel(h.start)).trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
      if (!words.length || (words[0] === 'of' && words.length <= 3 && words.slice(1).every((w) => FOOD_ADJECTIVES.has(w)))) return true;
    } else if (h.end <= start && /^\s{0,2}[:=]?\s{0,3}$/.test(text.slice(rel(h.end), rel(start)))) return true; // "fibre: 25 g"
  }
  return !diet.anyDrug && diet.anyNutrient;
}

const PACKAGES = new Set<string>(drugsData.packages);
const WORD_AFTER_RE = /^[\s-]{1,3}([A-Za-z]+)/;
/** "£11 for", "$6.50 per", "£4 for a": a price right before an amount in grams or millilitres. */
const PRICE_BEFORE_RE = /[\u00a3$\u20ac]\s?\d[\d.,]{0,12}\s{1,3}(?:for|per)\s{1,3}(?:(?:a|an|one|each)\s{1,3})?$/i;

/** The size of a pack, not a dose: "a 100 g jar", "25 g tube" (the containers of doses-drugs.json, packages), "£11 for 250 g". */
function isPackSize(s: Sentence, raw: RawDose): boolean {
  const after = WORD_AFTER_RE.exec(s.text.slice(raw.end, raw.end + 24));
  if (after && PACKAGES.has(after[1].toLowerCase())) return true;
  // A price buys a quantity in grams or millilitres; "£20 per 50 mg tablet" still names a tablet's strength.
  const bulk = raw.units[1].entry.ucum === 'g' || raw.units[1].entry.kind === 'volume';
  return bulk && PRICE_BEFORE_RE.test(s.text.slice(Math.max(0, raw.start - 30), raw.start));
}

const FOOD_ADJECTIVES = new Set(['the', 'a', 'an', 'your', 'added', 'dietary', 'total', 'daily', 'soluble', 'insoluble', 'lean', 'whole', 'plain', 'fresh', 'extra', 'virgin', 'whole-grain', 'wholegrain', 'raw', 'cooked', 'dried', 'pure']);

/** "of brimonidine", "of 10% phenol-glycerine", "of insulin" — but not "of effort", "of rain". */
function looksLikeSubstance(word: string, offset: number, hits: DrugHit[]): boolean {
  if (hits.some((h) => h.start === offset && h.info.kind === 'drug')) return true;
  return word.length >= 6 && (word.includes('-') || SUBSTANCE_ENDING_RE.test(word));
}

const SUBSTANCE_ENDING_RE = /(?:ine|ol|ate|ide|one|in|ium|ase|ene|cin|mab|il|ane|yl)$/i;

const OF_SUBSTANCE_RE = /\s{1,3}of\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:\d+(?:\.\d+)?\s?%\s{1,3})?([A-Za-z][A-Za-z0-9'-]*)/y;

// ---------------------------------------------------------------- building mentions

function proseSlice(s: Sentence, start: number, end: number): string {
  return s.text.slice(start - s.start, end - s.start).replace(/\s+/g, ' ').trim();
}

function buildMention(doc: ParsedDocument, config: ResolvedConfig, ctx: DocDrugContext, s: Sentence, raw: RawDose): DoseMention | null {
  const base = s.start;
  const [a1, a2] = raw.amounts;
  const u2 = raw.units[1];
  const u1 = raw.units[0] ?? u2;
  const entry = u2.entry;
  const target = targetFor(entry);
  const suffix = raw.denominators.suffix;
  const f1 = ucumFactor(u1.entry.ucum + suffix, target.ucum + suffix);
  const f2 = ucumFactor(u2.entry.ucum + suffix, target.ucum + suffix);
  if (f1 === null || f2 === null) return null;
  let lo = round(a1.value * f1);
  let hi = round(a2.value * f2);
  if (lo > hi) [lo, hi] = [hi, lo];

  const start = base + raw.start;
  const end = base + raw.end;
  const hits = drugsOf(ctx, s);
  if (isDietary(ctx, start, end, s) || isPackSize(s, raw)) return null;
  const attribution = attribute(doc, ctx, s, start, end);
  if (entry.needsContext) {
    // Volumes, drops and bare "units" are doses only next to a substance: "0.3 mL of …", "1 drop of brimonidine", "10 units of insulin".
    const of = matchAt(OF_SUBSTANCE_RE, s.text, u2.end);
    const named = attribution.how === 'sentence' || attribution.how === 'table row' || attribution.how === 'table header';
    if (!named && !(of && looksLikeSubstance(of[1], s.start + of.index + of[0].length - of[1].length, hits))) return null;
  }

  // Frequency → doses per day. Without one, a dose counts as one a day.
  let dosesPerDay: [number, number] | null = null;
  let period: string | null = null;
  let frequency: string | null = null;
  if (raw.denominators.day) {
    dosesPerDay = null;
    frequency = raw.denominators.text.trim();
  } else if (raw.denominators.week) {
    period = 'week';
    frequency = raw.denominators.text.trim();
  } else if (raw.frequency) {
    dosesPerDay = raw.frequency.perDay;
    period = raw.frequency.period;
    frequency = raw.frequency.text.replace(/\s+/g, ' ');
  }
  const dailyWritten = raw.denominators.day || raw.perDayPrefix || (raw.frequency !== null && raw.frequency.perDay !== null);
  const isRate = suffix.includes('/h') || suffix.includes('/min');
  const unit = target.display + suffix;
  const ucum = target.ucum + suffix;
  // For a rate (mcg/h) the "dose" compared with a range is the rate itself, in a rate unit.
  let perDose: { min: number; max: number } | null = { min: lo, max: hi };
  let perDay: { min: number; max: number } | null = null;
  if (!isRate && !period) {
    if (raw.denominators.day || raw.perDayPrefix) {
      // "20 mg/day", "a daily dose of 4.5 mg": a daily total, read as one dose a day for per-dose ranges.
      perDay = { min: lo, max: hi };
      perDose = dosesPerDay ? { min: round(lo / dosesPerDay[1]), max: round(hi / dosesPerDay[0]) } : { min: lo, max: hi };
    } else {
      const [fmin, fmax] = dosesPerDay ?? [1, 1];
      perDay = { min: round(lo * fmin), max: round(hi * fmax) };
    }
  }
  const basis: DoseBasis = dailyWritten && !period ? 'per day' : 'per dose';
  const values = basis === 'per day' && perDay ? perDay : { min: lo, max: hi };

  const writtenUnit = u2.text;
  const unusual = entry.kind === 'mass' && (a1.unusual || a2.unusual || u1.entry.unusual || u2.entry.unusual);
  const quantity = raw.sharedUnit || raw.plusMinus ? null : { start: base + a1.start, end: base + u2.end };
  let inMilligrams: string | null = null;
  if (unusual && quantity && target.ucum === 'mg') {
    const v1 = round(a1.value * f1);
    const v2 = round(a2.value * f2);
    const conn = raw.connector ? s.text.slice(raw.connector.start, raw.connector.end).replace(/\s+/g, ' ') : '';
    inMilligrams = raw.connector && a2 !== a1 ? `${formatDoseNumber(v1)}${conn}${formatDoseNumber(v2)} mg` : `${formatDoseNumber(v1)} mg`;
  }

  const text = proseSlice(s, start, end);

  const mention: DoseMention = {
    start,
    end,
    text,
    min: values.min,
    max: values.max,
    unit,
    basis,
    drug: attribution.info ? attribution.info.name : null,
    range: null,
    inRange: null,
    ucum,
    perDose,
    perDay,
    dosesPerDay: dosesPerDay ? { min: dosesPerDay[0], max: dosesPerDay[1] } : null,
    frequency,
    written: { min: a1.value, max: a2.value, unit: writtenUnit },
    bound: raw.bound,
    quantity,
    unusual,
    inMilligrams,
    sharedUnit: raw.sharedUnit,
    attribution: attribution.how,
    drugText: attribution.text,
    relation: null,
    note: null,
  };
  const main = mainDrug(doc, ctx);
  if (attribution.info && main) {
    mention.relation = attribution.info.id === main.id ? 'main' : attribution.info.substance === main.substance ? 'same substance' : 'other';
  }
  applyRange(mention, attribution.info, config);
  return mention;
}

function applyRange(m: DoseMention, drug: DrugInfo | null, config: ResolvedConfig): void {
  const candidates: { setting: RangeSetting; kind: DoseRange['kind']; source: string }[] = [];
  if (drug && drug.ranges.length) {
    for (const r of drug.ranges) candidates.push({ setting: r, kind: 'drug', source: `range for ${drug.name}` });
  } else if (config.doses?.defaultRange) {
    candidates.push({ setting: config.doses.defaultRange, kind: 'default', source: 'default range' });
  } else {
    m.note = drug ? `no range is set for ${drug.name} and the default range is off` : 'no range applies (the default range is off)';
    return;
  }
  const notes: string[] = [];
  for (const c of candidates) {
    const r = c.setting;
    if (!r || !Number.isFinite(r.min) || !Number.isFinite(r.max)) {
      notes.push(`the ${c.source} has no valid min and max`);
      continue;
    }
    const parsed = parseRangeUnit(r.unit);
    if (!parsed) {
      notes.push(`the unit "${r.unit}" of the ${c.source} is not recognised`);
      continue;
    }
    const factor = ucumFactor(parsed.ucum, m.ucum);
    if (factor === null) {
      notes.push(`the ${c.source} is in ${parsed.display}; this dose is in ${m.unit}`);
      continue;
    }
    const basis: DoseBasis = parsed.basis ?? r.basis ?? 'per dose';
    const range: DoseRange = { min: r.min, max: r.max, unit: parsed.display, basis, source: c.source, kind: c.kind };
    const values = basis === 'per day' ? m.perDay : m.perDose;
    m.range = range;
    if (!values) {
      m.note = basis === 'per day' ? `the ${c.source} is per day; this dose is ${m.frequency ?? 'not daily'}` : `the ${c.source} is per dose; only a rate is given`;
      m.inRange = null;
      return;
    }
    const lo = round(Math.min(r.min, r.max) * factor);
    const hi = round(Math.max(r.min, r.max) * factor);
    m.inRange = valueInRange(values.min, values.max, lo, hi, m.bound);
    m.note = null;
    return;
  }
  m.range = null;
  m.inRange = null;
  m.note = notes.join('; ') || null;
}

const EPS = 1e-9;

function valueInRange(vmin: number, vmax: number, lo: number, hi: number, bound: DoseMention['bound']): boolean {
  const tol = Math.max(Math.abs(lo), Math.abs(hi), 1) * EPS;
  if (bound) {
    const v = vmax;
    if (bound.kind === 'max') return bound.strict ? v > lo + tol && v <= hi + tol : v >= lo - tol && v <= hi + tol;
    return bound.strict ? v >= lo - tol && v < hi - tol : v >= lo - tol && v <= hi + tol;
  }
  return vmin >= lo - tol && vmax <= hi + tol;
}

// ---------------------------------------------------------------- entry point

/** Numbers inside a citation marker ([4], [2–5], superscripts, author–year) are not amounts. Citations are sorted by start. */
function inCitation(block: ProseBlock, offset: number): boolean {
  const cs = block.citations;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Citations do not nest, so only the last one starting at or before the offset can hold it (links hold prose).
  const c = cs[lo - 1];
  return !!c && c.kind !== 'link' && offset < c.end;
}

const cache = new WeakMap<ParsedDocument, { config: ResolvedConfig; mentions: DoseMention[] }>();

/** Every dose in the document's prose (tables included), with its drug and the range that applies. */
export function findDoseMentions(doc: ParsedDocument, config: ResolvedConfig): DoseMention[] {
  const hit = cache.get(doc);
  if (hit && hit.config === config) return hit.mentions;
  const mentions: DoseMention[] = [];
  const ctx: DocDrugContext = { matcher: drugMatcher(config.doses?.drugs ?? []), blockDrugs: new Map(), blockNamed: new Map(), sentenceDrugs: new Map(), sentenceBreaks: new Map(), sentenceDiet: new Map(), main: undefined, tables: null, rowDrugs: new Map() };
  for (const s of doc.sentences) {
    if (!UNIT_HINT_RE.test(s.text)) continue;
    const t = s.text;
    let from = 0;
    let prep: number | undefined;
    const firstPreparation = (): number => (prep ??= firstPreparationVerb(t));
    CANDIDATE_RE.lastIndex = 0;
    for (let m = CANDIDATE_RE.exec(t); m; m = CANDIDATE_RE.exec(t)) {
      const i = m.index;
      if (i < from) continue;
      if (!startsAmount(t, i)) continue;
      if (inCitation(s.block, s.start + i)) continue;
      let read: ReturnType<typeof readDoses>;
      try {
        read = readDoses(t, i, firstPreparation);
      } catch {
        read = null;
      }
      if (!read) continue;
      for (const raw of read.doses) {
        const built = buildMention(doc, config, ctx, s, raw);
        if (built) mentions.push(built);
      }
      from = Math.max(read.end, i + 1);
      CANDIDATE_RE.lastIndex = from;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  cache.set(doc, { config, mentions });
  return mentions;
}

// ---------------------------------------------------------------- wording shared by the rule, hover and report

export function formatRange(r: Pick<DoseRange, 'min' | 'max' | 'unit' | 'basis'>): string {
  return `${formatPair(Math.min(r.min, r.max), Math.max(r.min, r.max))} ${r.unit}${r.basis === 'per day' ? ' per day' : ''}`;
}

/** The dose as written, with the unit when a list shares it ("30.6" → "30.6 g"). */
export function doseAsWritten(m: DoseMention): string {
  return m.sharedUnit ? `${m.text} ${m.written.unit}` : m.text;
}

/** The normalised amount compared with the range, when it differs from what is written: "0.5 mg", "4 mg per day". */
export function normalisedNote(m: DoseMention): string | null {
  const basis = m.range?.basis ?? m.basis;
  const values = basis === 'per day' ? m.perDay : m.perDose;
  if (!values) return null;
  // Per day, when the doses a day multiply what is written ("2 mg twice a day" → 4 mg per day).
  const multiplied = basis === 'per day' && !!m.dosesPerDay && (m.dosesPerDay.min !== 1 || m.dosesPerDay.max !== 1);
  const sameUnit = m.written.unit === m.unit && !m.unusual;
  if (sameUnit && !multiplied) return null;
  const shown = `${formatPair(values.min, values.max)} ${m.unit}${multiplied ? ' per day' : ''}`;
  if (doseAsWritten(m).replace(/\s+/g, ' ').toLowerCase() === shown.toLowerCase()) return null;
  return shown;
}

/** One line for hover and reports: value, drug, range and verdict. */
export function describeDoseMention(m: DoseMention): string {
  const parts: string[] = [];
  parts.push(`${doseAsWritten(m)} = ${formatPair(m.min, m.max)} ${m.unit}${m.basis === 'per day' ? ' per day' : ''}`);
  if (m.bound) parts.push(m.bound.kind === 'max' ? `(${m.bound.strict ? 'below' : 'at most'})` : `(${m.bound.strict ? 'above' : 'at least'})`);
  const how = m.attribution === 'sentence' ? 'named in the sentence' : m.attribution === 'none' ? '' : `from the ${m.attribution}`;
  parts.push(m.drug ? `· ${m.drug}${how ? ` (${how})` : ''}` : '· no drug named');
  if (m.range) {
    const verdict = m.inRange === null ? 'not compared' : m.inRange ? 'in range' : 'outside';
    parts.push(`· ${verdict}: ${formatRange(m.range)} (${m.range.source})`);
  } else parts.push('· no range applies');
  if (m.note) parts.push(`· ${m.note}`);
  return parts.join(' ');
}


/** Every regular expression this module matches with, so a test can prove each is linear-time (recheck). */
export function dosePatterns(): RegExp[] {
  return [
    UNIT_HINT_RE, FREQ_TIMES_RE, FREQ_EVERY_RE, CONNECTOR_RE, AND_RE,
    PLUSMINUS_RE, LIST_SEP_RE, CANDIDATE_RE, INT_RE, GROUPS_RE, DEC_RE, COMMA_DEC_RE, LIST_AFTER_RE, FRAC_RE, AND_FRACTION_RE,
    WORD_RE, WORD_SEP_RE, DENOM_SEP_RE, EXPONENT_RE, NUMBER_BEFORE_DENOM_RE, WORD_TOKEN_RE, WORD_AT_RE, SALT_AFTER_RE,
    OF_SUBSTANCE_RE, SUBSTANCE_ENDING_RE, CLAUSE_BREAK_RE, INCREMENT_AFTER_RE, IN_VOLUME_RE, IN_VOLUME_NEAR_RE,
  ];
}
