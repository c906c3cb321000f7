// Disclaimers and required statements. API used by the rules (missing-disclaimer, required-statement,
// missing-author, stale-review) and by the "Insert disclaimer" command.
//
// A disclaimer is recognised by meaning cues (server/src/data/disclaimer-cues.json) in any sentence of the
// rendered prose: paragraphs, headings, list items, block quotes, footnotes, table cells and raw HTML blocks
// (a <footer> or <div class="disclaimer">). HTML comments and code never count. Look-alikes
// (server/src/data/disclaimer-lookalikes.json) veto a sentence.
//
// Matching runs on "normalised prose": the prose text of a block with entities decoded, zero-width characters
// dropped and every run of whitespace collapsed to one space, with a map back to source offsets.

import { Remembered, remembering } from './memo';
import type { Fix, ParsedDocument, ProseBlock, TextEdit } from './types';
import type { RequiredStatementSetting, ResolvedConfig } from './config';
import { parseDocument } from './document';
import { splitSentences } from './sentences';
import cueData from '../data/disclaimer-cues.json';
import lookalikeData from '../data/disclaimer-lookalikes.json';
import statementData from '../data/statements.json';

// ---------------------------------------------------------------- normalised prose

/** Prose with a map back to the source: `start[i]`/`end[i]` are the source range of `text[i]`. */
export interface NormalizedText {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d',
  ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', shy: '', zwj: '', zwnj: '', thinsp: ' ',
  ensp: ' ', emsp: ' ', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', eacute: '\u00e9', egrave: '\u00e8',
};

function isDropped(c: number): boolean {
  return c === 0 || c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** Decode `&name;`, `&#123;`, `&#x1F;` at `i`; returns [decoded, length] or null. Bounded look-ahead. */
function entityAt(src: string, i: number): [string, number] | null {
  let j = i + 1;
  const lim = Math.min(src.length, i + 10);
  if (src[j] === '#') {
    j++;
    const hex = src[j] === 'x' || src[j] === 'X';
    if (hex) j++;
    const from = j;
    while (j < lim && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(src[j])) j++;
    if (j === from || src[j] !== ';') return null;
    const code = parseInt(src.slice(from, j), hex ? 16 : 10);
    if (!(code > 0 && code <= 0x10ffff)) return null;
    return [String.fromCodePoint(code), j + 1 - i];
  }
  const from = j;
  while (j < lim && /[a-zA-Z]/.test(src[j])) j++;
  if (j === from || src[j] !== ';') return null;
  const v = ENTITIES[src.slice(from, j).toLowerCase()];
  return v === undefined ? null : [v, j + 1 - i];
}

/**
 * Normalise `src` (which starts at source offset `base`): decode entities, drop invisible characters, collapse
 * whitespace. Runs of ordinary characters are copied as slices and the offset maps are typed arrays: this runs
 * over every block of every draft, so it must not allocate per character.
 */
export function normalizeProse(src: string, base: number): NormalizedText {
  // While a draft is edited, most blocks are unchanged between lints (and three rules normalise each block): their
  // normal form at offset 0 is remembered by text and shifted, a plain copy.
  if (!remembering() || src.length < 64) return normalizeFresh(src, base);
  const zero = normalizedTexts.recall(src, () => normalizeFresh(src, 0));
  return base === 0 ? zero : shiftedNorm(zero, base);
}

const normalizedTexts = new Remembered<NormalizedText>(2000);

function shiftedNorm(n: NormalizedText, base: number): NormalizedText {
  const start = new Int32Array(n.start.length);
  const end = new Int32Array(n.end.length);
  for (let i = 0; i < start.length; i++) {
    start[i] = n.start[i] + base;
    end[i] = n.end[i] + base;
  }
  return { text: n.text, start, end };
}

function normalizeFresh(src: string, base: number): NormalizedText {
  const n = src.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let len = 0;
  let text = '';
  let runFrom = -1; // start (in src) of the run of characters copied verbatim, not yet appended to text
  let pendingSpace = -1;
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c === 32 && pendingSpace < 0 && len > 0 && i + 1 < n && isPlain(src.charCodeAt(i + 1))) {
      // A single space between words maps to itself: keep it in the run.
      if (runFrom < 0) runFrom = i;
      start[len] = base + i;
      end[len] = base + i + 1;
      len++;
      continue;
    }
    if (!isPlain(c)) {
      if (runFrom >= 0) {
        text += src.slice(runFrom, i);
        runFrom = -1;
      }
      if (c === 38 /* & */) {
        const e = entityAt(src, i);
        if (e) {
          const cp = e[0].length ? e[0].codePointAt(0)! : 0;
          if (!e[0].length || isDropped(cp)) {
            /* dropped */
          } else if (isWhite(cp)) {
            if (pendingSpace < 0) pendingSpace = i;
          } else {
            if (pendingSpace >= 0 && len > 0) {
              text += ' ';
              start[len] = base + pendingSpace;
              end[len] = base + pendingSpace + 1;
              len++;
            }
            pendingSpace = -1;
            text += e[0];
            for (let k = 0; k < e[0].length; k++) {
              start[len] = base + i;
              end[len] = base + i + e[1];
              len++;
            }
          }
          i += e[1] - 1;
          continue;
        }
      } else if (isDropped(c)) continue;
      else {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
    }
    if (pendingSpace >= 0) {
      if (len > 0) {
        if (runFrom >= 0) {
          text += src.slice(runFrom, i);
          runFrom = -1;
        }
        text += ' ';
        start[len] = base + pendingSpace;
        end[len] = base + pendingSpace + 1;
        len++;
      }
      pendingSpace = -1;
    }
    if (runFrom < 0) runFrom = i;
    start[len] = base + i;
    end[len] = base + i + 1;
    len++;
  }
  if (runFrom >= 0) text += src.slice(runFrom);
  return { text, start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** Neither white space, nor dropped, nor the start of an entity: copied as it is. */
function isPlain(c: number): boolean {
  return c !== 38 && !isWhite(c) && !isDropped(c);
}

/** Whitespace-free copy of a text (for "is this template already in the post"). */
function squeeze(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isWhite(c) && !isDropped(c)) out += lowerUnit(s[i]);
  }
  return out;
}

/** Lower-case one UTF-16 unit, keeping its length (so offset maps stay aligned). */
function lowerUnit(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

// ---------------------------------------------------------------- data

interface CueSpec {
  id: string;
  meaning: string;
  context?: string;
  all: string[];
  none?: string[];
  examples?: string[];
}

export interface CompiledCue {
  id: string;
  meaning: string;
  labelledOnly: boolean;
  all: RegExp[];
  none: RegExp[];
  examples: string[];
}

export interface CompiledExclusion {
  id: string;
  pattern: RegExp;
  examples: string[];
}

/** Expand {NAME} references to data terms (terms may reference earlier terms). */
export function expandTerms(pattern: string, terms: Record<string, string>): string {
  let out = pattern;
  for (let round = 0; round < 5 && /\{[A-Z_]+\}/.test(out); round++) {
    out = out.replace(/\{([A-Z_]+)\}/g, (m, name: string) => terms[name] ?? m);
  }
  return out;
}

let compiled: { cues: CompiledCue[]; exclusions: CompiledExclusion[]; sectionLabel: RegExp; leadLabel: RegExp } | null = null;

/**
 * A pattern's source with its literal letters lower-cased, so that without the i flag it matches lower-cased
 * text as the original matches any text with it. Escapes keep their meaning: \W, \S, \B, \D and
 * \p{…}/\P{…} stay as written, \uXXXX and \xXX denoting a letter become its lower case, and group names
 * ((?<name>…), \k<name>) are kept. (Non-Unicode patterns only, as the disclaimer data is.)
 */
export function lowerPatternSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      const hex = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2, i + 6)) : next === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 2, i + 4)) : null;
      const named = (next === 'p' || next === 'P') && source[i + 2] === '{' ? source.indexOf('}', i) : next === 'k' && source[i + 2] === '<' ? source.indexOf('>', i) : -1;
      if (hex) {
        const lower = String.fromCharCode(parseInt(hex[0], 16)).toLowerCase();
        out += lower.length === 1 ? `\\u${lower.charCodeAt(0).toString(16).padStart(4, '0')}` : source.slice(i, i + 2 + hex[0].length);
        i += 1 + hex[0].length;
      } else if (named > 0) {
        out += source.slice(i, named + 1);
        i = named;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
    } else if (ch === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const close = source.indexOf('>', i);
      out += source.slice(i, close + 1);
      i = close;
    } else out += ch.toLowerCase();
  }
  return out;
}

/** The compiled disclaimer cues and look-alike exclusions (data files), compiled once. */
export function disclaimerData(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const terms = cueData.terms as Record<string, string>;
  const rx = (p: string): RegExp => new RegExp(expandTerms(p, terms), 'i');
  // Cues and exclusions see lower-cased sentences (classifyFresh), so they are compiled lower-cased and without
  // the i flag: same verdicts, and V8 compiles these long alternations several times faster (a draft's first
  // lint paid about 50 ms for them).
  const lower = (p: string): RegExp => new RegExp(lowerPatternSource(expandTerms(p, terms)));
  compiled = {
    cues: (cueData.cues as CueSpec[]).map((c) => ({
      id: c.id,
      meaning: c.meaning,
      labelledOnly: c.context === 'labelled',
      all: c.all.map(lower),
      none: (c.none ?? []).map(lower),
      examples: c.examples ?? [],
    })),
    exclusions: lookalikeData.exclusions.map((e) => ({ id: e.id, pattern: lower(e.pattern), examples: e.examples ?? [] })),
    sectionLabel: rx(cueData.labels.section),
    leadLabel: rx(cueData.labels.lead),
  };
  return compiled;
}

/** Look-alike sentences shipped with the data (tests use them). */
export const lookalikeExamples: readonly string[] = lookalikeData.examples;

// ---------------------------------------------------------------- prose units

/** A stretch of rendered prose: a block, a raw HTML block, or a front-matter disclaimer field. */
export interface ProseUnit {
  source: 'block' | 'html' | 'frontMatter';
  norm: NormalizedText;
  /** Sentence ranges as indices into norm.text. */
  sentences: { start: number; end: number }[];
  /** Under a "Disclaimer" heading, or opening with "Disclaimer:" / "A kind reminder:". */
  labelled: boolean;
  block: ProseBlock | null;
}

const unitCache = new WeakMap<ParsedDocument, ProseUnit[]>();

/** First index i with offsets[i] >= offset (offsets ascending). */
function lowerBound(offsets: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceSpans(norm: NormalizedText, sentences: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const a = lowerBound(norm.start, s.start);
    const b = lowerBound(norm.start, s.end);
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** Blank tags, comments, script/style content and (optionally) nothing else, keeping length. */
export function blankHtml(src: string): string {
  const out = src.split('');
  const lower = src.toLowerCase();
  let i = 0;
  const n = src.length;
  const blank = (a: number, b: number): void => {
    for (let k = a; k < b && k < n; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    if (src.startsWith('<!--', lt)) {
      const close = src.indexOf('-->', lt + 4);
      const e = close < 0 ? n : close + 3;
      blank(lt, e);
      i = e;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)|^<[!?]/.exec(src.slice(lt, lt + 40));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = src.indexOf('>', lt + 1);
    const e = gt < 0 ? n : gt + 1;
    blank(lt, e);
    i = e;
    const tag = (m[1] ?? '').toLowerCase();
    if ((tag === 'script' || tag === 'style') && src[lt + 1] !== '/') {
      const close = lower.length === src.length ? lower.indexOf(`</${tag}`, i) : -1;
      const ce = close < 0 ? n : close;
      blank(i, ce);
      i = ce;
    }
  }
  return out.join('');
}

function flowHtmlNodes(doc: ParsedDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!doc.tree) return out;
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }): void => {
    if (node.type === 'html') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push({ start: s, end: e });
      return;
    }
    if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (const c of node.children ?? []) visit(c as typeof node);
    }
  };
  visit(doc.tree as never);
  return out;
}

/** Rendered prose of the document as normalised units (cached per parsed document). */
export function proseUnits(doc: ParsedDocument): ProseUnit[] {
  const hit = unitCache.get(doc);
  if (hit) return hit;
  const { sectionLabel, leadLabel } = disclaimerData();
  const units: ProseUnit[] = [];
  const headingLabelled = (section: string): boolean => section !== '' && sectionLabel.test(section);
  for (const b of doc.blocks) {
    const norm = normalizeProse(b.text, b.start);
    if (!norm.text) continue;
    const labelled = (b.kind !== 'heading' && headingLabelled(b.section)) || leadLabel.test(norm.text);
    units.push({ source: 'block', norm, sentences: sentenceSpans(norm, b.sentences), labelled, block: b });
  }
  for (const h of flowHtmlNodes(doc)) {
    const raw = doc.text.slice(h.start, h.end);
    if (raw.indexOf('<') < 0) continue;
    const text = blankHtml(raw);
    if (!/\p{L}/u.test(text)) continue;
    const block: ProseBlock = {
      kind: 'paragraph', start: h.start, end: h.end, text, depth: 0, section: '', sectionIndex: -1, containers: [], citations: [], sentences: [],
    };
    const before = doc.blocks.filter((b) => b.end <= h.start);
    const prev = before[before.length - 1];
    block.section = prev?.section ?? '';
    const norm = normalizeProse(text, h.start);
    if (!norm.text) continue;
    const labelled = headingLabelled(block.section) || leadLabel.test(norm.text);
    units.push({ source: 'html', norm, sentences: sentenceSpans(norm, splitSentences(block)), labelled, block: null });
  }
  const fmText = doc.frontMatter?.data?.disclaimer;
  if (typeof fmText === 'string' && doc.frontMatter) {
    const fm = doc.frontMatter;
    const n = normalizeProse(fmText, 0);
    const norm: NormalizedText = { text: n.text, start: n.start.map(() => fm.start), end: n.end.map(() => fm.end) };
    const block: ProseBlock = {
      kind: 'paragraph', start: 0, end: n.text.length, text: n.text, depth: 0, section: '', sectionIndex: -1, containers: [], citations: [], sentences: [],
    };
    const spans = splitSentences(block).map((s) => ({ start: s.start, end: s.end }));
    if (norm.text) units.push({ source: 'frontMatter', norm, sentences: spans, labelled: true, block: null });
  }
  units.sort((a, b) => (a.norm.start[0] ?? 0) - (b.norm.start[0] ?? 0));
  unitCache.set(doc, units);
  return units;
}

function rangeOf(norm: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (b <= a || a >= norm.text.length) return { start: norm.start[0] ?? 0, end: norm.end[norm.end.length - 1] ?? 0 };
  return { start: norm.start[a], end: norm.end[Math.min(b, norm.text.length) - 1] };
}

// ---------------------------------------------------------------- disclaimers

export interface DisclaimerMatch {
  start: number;
  end: number;
  /** The cue id (data file), `pattern` for a user pattern, `template` for the configured template. */
  cue: string;
  meaning: string;
  text: string;
}

export interface SentenceVerdict {
  disclaimer: boolean;
  cue?: string;
  meaning?: string;
  excludedBy?: string;
}

/** Does one sentence (plain text) read as a disclaimer? `labelled`: it sits in a block labelled as a disclaimer. */
export function classifyDisclaimerSentence(sentence: string, labelled = false): SentenceVerdict {
  return classifyNormalized(normalizeProse(sentence, 0).text, labelled);
}

/** Verdicts of recent sentences (a draft being edited is re-linted with most sentences unchanged); bounded. */
// Two tables rather than a prefixed key: a key built by concatenation is flattened and hashed afresh at each lookup.
const verdicts = { labelled: new Remembered<SentenceVerdict>(), unlabelled: new Remembered<SentenceVerdict>() };

function classifyNormalized(text: string, labelled: boolean): SentenceVerdict {
  return (labelled ? verdicts.labelled : verdicts.unlabelled).recall(text, () => classifyFresh(text, labelled));
}

function classifyFresh(sentence: string, labelled: boolean): SentenceVerdict {
  const data = disclaimerData();
  if (!sentence) return { disclaimer: false };
  const text = sentence.toLowerCase();
  let hit: CompiledCue | undefined;
  for (const cue of data.cues) {
    if (cue.labelledOnly && !labelled) continue;
    if (cue.all.every((r) => r.test(text)) && !cue.none.some((r) => r.test(text))) {
      hit = cue;
      break;
    }
  }
  if (!hit) return { disclaimer: false };
  const ex = data.exclusions.find((e) => e.pattern.test(text));
  if (ex) return { disclaimer: false, cue: hit.id, meaning: hit.meaning, excludedBy: ex.id };
  return { disclaimer: true, cue: hit.id, meaning: hit.meaning };
}

/**
 * Compile a validated user pattern case-insensitively. Patterns that need Unicode mode (\p{…}, \u{…}, astral
 * characters) get the u flag; the others are compiled without it, which matches the same text and is much faster.
 */
export function compileUserPattern(pattern: string): RegExp | null {
  const needsUnicode = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(pattern);
  try {
    return new RegExp(pattern, needsUnicode ? 'iu' : 'i');
  } catch {
    try {
      return new RegExp(pattern, 'iu');
    } catch {
      return null;
    }
  }
}

function userPatterns(config: ResolvedConfig): RegExp[] {
  const out: RegExp[] = [];
  for (const p of config.disclaimer?.patterns ?? []) {
    const r = compileUserPattern(p);
    if (r) out.push(r);
  }
  return out;
}

/** Every disclaimer sentence of the document (cues, user patterns, or the configured template verbatim). */
export function findDisclaimers(doc: ParsedDocument, config: ResolvedConfig): DisclaimerMatch[] {
  const out: DisclaimerMatch[] = [];
  const units = proseUnits(doc);
  const patterns = userPatterns(config);
  for (const u of units) {
    for (const s of u.sentences) {
      const sentence = u.norm.text.slice(s.start, s.end);
      const v = classifyNormalized(sentence, u.labelled);
      if (v.disclaimer) out.push({ ...rangeOf(u.norm, s.start, s.end), cue: v.cue!, meaning: v.meaning!, text: sentence });
    }
    for (const p of patterns) {
      const m = p.exec(u.norm.text);
      if (m && m[0].length > 0) out.push({ ...rangeOf(u.norm, m.index, m.index + m[0].length), cue: 'pattern', meaning: 'user pattern', text: m[0] });
    }
  }
  const template = config.disclaimer?.template;
  if (template) {
    const t = findTemplate(doc, template);
    if (t) out.push({ ...t, cue: 'template', meaning: 'configured template', text: doc.text.slice(t.start, t.end) });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Source range of the disclaimer the document already has, or null. */
export function findDisclaimer(doc: ParsedDocument, config: ResolvedConfig): { start: number; end: number } | null {
  const all = findDisclaimers(doc, config);
  return all.length ? { start: all[0].start, end: all[0].end } : null;
}

/**
 * Does the document have prose a reader would read as a post? Empty documents, documents with only
 * front matter, and documents with only headings (or a lone title line) need no disclaimer or statement.
 */
export function hasBodyProse(doc: ParsedDocument): boolean {
  return doc.blocks.some((b) => b.kind !== 'heading' && /\p{L}/u.test(b.text)) || proseUnits(doc).some((u) => u.source === 'html');
}

// ---------------------------------------------------------------- template presence

const templateCache = new Map<string, string>();

function templateSqueezed(template: string, kind: ParsedDocument['kind']): string {
  const key = `${kind}\u0000${template}`;
  let s = templateCache.get(key);
  if (s === undefined) {
    const tdoc = parseDocument(template, { uri: kind === 'plaintext' ? 'template.txt' : 'template.md', kind });
    s = squeeze(proseUnits(tdoc).map((u) => u.norm.text).join(''));
    if (templateCache.size > 50) templateCache.clear();
    templateCache.set(key, s);
  }
  return s;
}

/** Source range of `template` already present in the post (markup and line wrapping ignored), or null. */
export function findTemplate(doc: ParsedDocument, template: string): { start: number; end: number } | null {
  const wanted = templateSqueezed(template, doc.kind);
  if (!wanted) return null;
  // Most drafts do not hold the template: look for it in the squeezed text first, and map offsets only on a hit.
  if (!squeezedText(doc).includes(wanted)) return null;
  const { text, starts, ends } = squeezedProse(doc);
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  return { start: starts[at], end: ends[at + wanted.length - 1] };
}

/** squeezedProse(doc).text, built with string operations (no offset maps; units remembered while editing). */
export function squeezedText(doc: ParsedDocument): string {
  const parts: string[] = [];
  const remember = remembering();
  for (const { norm, source } of proseUnits(doc)) {
    if (source === 'frontMatter') continue;
    parts.push(remember ? squeezedUnits.recall(norm.text, () => squeezeUnit(norm.text)) : squeezeUnit(norm.text));
  }
  return parts.join('');
}

const squeezedUnits = new Remembered<string>(2000);

/**
 * A normalised unit lower-cased without its spaces, one character for each character that is not a space. Lowering
 * the whole unit at once equals lowering unit by unit when no character changes length and no capital sigma is there
 * (its lower case depends on the next letter); otherwise go character by character.
 */
function squeezeUnit(text: string): string {
  const whole = text.toLowerCase();
  if (whole.length === text.length && !text.includes('\u03a3')) return whole.replaceAll(' ', '');
  let out = '';
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) out += lowerUnit(text[i]);
  return out;
}

const squeezedCache = new WeakMap<ParsedDocument, { text: string; starts: Int32Array; ends: Int32Array }>();

/** The document's prose without spaces, lower-cased unit by unit, with source offsets (cached per document). */
export function squeezedProse(doc: ParsedDocument): { text: string; starts: Int32Array; ends: Int32Array } {
  const hit = squeezedCache.get(doc);
  if (hit) return hit;
  const units = proseUnits(doc).filter((u) => u.source !== 'frontMatter');
  let total = 0;
  for (const u of units) total += u.norm.text.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const parts: string[] = [];
  let n = 0;
  for (const { norm } of units) {
    // squeezeUnit keeps one character for each character that is not a space, so the offsets line up.
    parts.push(squeezeUnit(norm.text));
    for (let i = 0; i < norm.text.length; i++) {
      if (norm.text.charCodeAt(i) === 32) continue;
      starts[n] = norm.start[i];
      ends[n] = norm.end[i];
      n++;
    }
  }
  const out = { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
  squeezedCache.set(doc, out);
  return out;
}

// ---------------------------------------------------------------- required statements

export interface StatementDefinition extends RequiredStatementSetting {
  /** True for the statements shipped in server/src/data/statements.json. */
  builtin?: boolean;
}

/** The shipped statements (off by default). */
export function builtinStatements(): StatementDefinition[] {
  return statementData.statements.map((s) => ({
    id: s.id,
    when: s.when,
    require: s.require,
    message: s.message,
    template: s.template,
    position: s.position as 'end' | 'start',
    builtin: true,
  }));
}

/** Statements in force: enabled shipped ones, then the configured ones (a configured id replaces a shipped one). */
export function effectiveStatements(config: ResolvedConfig): StatementDefinition[] {
  const user = (config.requiredStatements ?? []).filter((s) => s && typeof s.id === 'string');
  const userIds = new Set(user.map((s) => s.id));
  const enabled = (config.builtinStatements ?? {}) as Record<string, boolean | undefined>;
  const out: StatementDefinition[] = builtinStatements().filter((s) => enabled[s.id] === true && !userIds.has(s.id));
  for (const s of user) if (s.enabled !== false) out.push(s);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A `when` phrase as a whole-word, case-insensitive pattern in which a hyphen and a space are interchangeable. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.trim().split(/[\s\-\u2010\u2011\u2013]+/).filter(Boolean);
  if (!words.length) return null;
  const body = words.map(escapeRegExp).join('[-\\u2010\\u2011\\u2013\\s]{1,3}');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

export interface StatementCheck {
  statement: StatementDefinition;
  /** Where the post triggers the statement (null for `when: "always"`). */
  trigger: { start: number; end: number; text: string } | null;
  /** Where the statement already is, or null when it is missing. */
  present: { start: number; end: number } | null;
}

function frontMatterTitleText(doc: ParsedDocument): string {
  const d = doc.frontMatter?.data;
  if (!d) return '';
  return ['title', 'description', 'summary', 'subtitle']
    .map((k) => d[k])
    .filter((v): v is string => typeof v === 'string')
    .join(' \u2022 ');
}

/** Find where the document triggers `statement`, or null when it does not. `always` triggers on any post with prose. */
export function statementTrigger(doc: ParsedDocument, statement: RequiredStatementSetting): StatementCheck['trigger'] | 'always' | null {
  const when = statement.when ?? 'always';
  if (when === 'always') return hasBodyProse(doc) ? 'always' : null;
  if (!Array.isArray(when)) return null;
  const phrases = when.map((p) => (typeof p === 'string' ? phrasePattern(p) : null)).filter((r): r is RegExp => !!r);
  if (!phrases.length) return null;
  let best: { start: number; end: number; text: string } | null = null;
  for (const u of proseUnits(doc)) {
    if (u.source === 'frontMatter') continue;
    for (const r of phrases) {
      const m = r.exec(u.norm.text);
      if (!m) continue;
      const range = rangeOf(u.norm, m.index, m.index + m[0].length);
      if (!best || range.start < best.start) best = { ...range, text: m[0] };
    }
    if (best) break;
  }
  if (!best && doc.frontMatter) {
    const fmText = frontMatterTitleText(doc);
    for (const r of phrases) {
      const m = r.exec(fmText);
      if (m) {
        best = { start: doc.frontMatter.start, end: doc.frontMatter.end, text: m[0] };
        break;
      }
    }
  }
  return best;
}

/** Where the statement is present: a `require` pattern matches the prose, or the template is already there. */
export function statementPresence(doc: ParsedDocument, statement: RequiredStatementSetting): { start: number; end: number } | null {
  const patterns: RegExp[] = [];
  for (const p of statement.require ?? []) {
    const r = typeof p === 'string' ? compileUserPattern(p) : null;
    if (r) patterns.push(r);
  }
  for (const u of proseUnits(doc)) {
    if (u.source === 'frontMatter') continue;
    for (const r of patterns) {
      const m = r.exec(u.norm.text);
      if (m) return rangeOf(u.norm, m.index, m.index + Math.max(1, m[0].length));
    }
  }
  return statement.template ? findTemplate(doc, statement.template) : null;
}

/** The statements this document triggers, each with where it is present (or null when missing). */
export function checkRequiredStatements(doc: ParsedDocument, config: ResolvedConfig): StatementCheck[] {
  const out: StatementCheck[] = [];
  if (!hasBodyProse(doc)) return out;
  for (const statement of effectiveStatements(config)) {
    const trigger = statementTrigger(doc, statement);
    if (!trigger) continue;
    out.push({ statement, trigger: trigger === 'always' ? null : trigger, present: statementPresence(doc, statement) });
  }
  return out;
}

// ---------------------------------------------------------------- inserting a statement

export interface PlannedInsertion {
  edit: TextEdit;
  /** The position actually used (the other one when the requested one would break the document). */
  position: 'end' | 'start';
  /** Source range the template occupies after the edit. */
  inserted: { start: number; end: number };
}

function templateBody(template: string, eol: string): string {
  return template
    .replace(/\r\n?|\n/g, '\n')
    .split('\n')
    .map((l) => {
      // Trailing spaces and tabs, dropped by a loop (/[ \t]+$/ rescans a long run from each of its positions).
      let e = l.length;
      while (e > 0 && (l[e - 1] === ' ' || l[e - 1] === '\t')) e--;
      return l.slice(0, e);
    })
    .join('\n')
    .trim() // also drops the blank lines at both ends (trim's white space includes line breaks)
    .replace(/\n/g, eol);
}

function isEol(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Number of line breaks (ignoring spaces and tabs) right before `at` (max 2). */
function breaksBefore(text: string, at: number): number {
  let n = 0;
  let i = at - 1;
  while (i >= 0 && n < 2) {
    const c = text[i];
    if (c === ' ' || c === '\t') i--;
    else if (c === '\n') {
      n++;
      i--;
      if (text[i] === '\r') i--;
    } else if (c === '\r') {
      n++;
      i--;
    } else break;
  }
  return i < 0 ? 2 : n;
}

function breaksAfter(text: string, at: number): number {
  let n = 0;
  let i = at;
  while (i < text.length && n < 2) {
    const c = text[i];
    if (c === ' ' || c === '\t') i++;
    else if (c === '\r') {
      n++;
      i++;
      if (text[i] === '\n') i++;
    } else if (c === '\n') {
      n++;
      i++;
    } else break;
  }
  return i >= text.length ? 2 : n;
}

function insertionPoint(doc: ParsedDocument, position: 'end' | 'start'): number {
  const { text } = doc;
  if (position === 'end') {
    let p = text.length;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    if (p === 0) return 0;
    while (p < text.length && !isEol(text[p])) p++;
    return p;
  }
  let at = doc.titleEnd;
  // A title inside a block quote or list: insert after the whole top-level block.
  if (doc.tree && at > 0) {
    for (const c of doc.tree.children) {
      const s = c.position?.start.offset;
      const e = c.position?.end.offset;
      if (s !== undefined && e !== undefined && s < at && at < e) at = e;
    }
  }
  if (at === 0 && text.charCodeAt(0) === 0xfeff) at = 1;
  // Never inside a line: move to the end of the line.
  while (at > 0 && at < text.length && !isEol(text[at]) && !isEol(text[at - 1])) at++;
  return at;
}

function plan(doc: ParsedDocument, body: string, position: 'end' | 'start'): PlannedInsertion {
  const { text, eol } = doc;
  const at = insertionPoint(doc, position);
  if (/^\s*$/.test(text)) {
    return { edit: { start: 0, end: 0, newText: body + (text === '' ? eol : '') }, position, inserted: { start: 0, end: body.length } };
  }
  const before = at === 0 ? 2 : breaksBefore(text, at);
  const after = at >= text.length ? 2 : breaksAfter(text, at);
  const prefix = before >= 2 ? '' : before === 1 ? eol : eol + eol;
  // After the end of the text nothing follows; the file keeps its own convention about a final newline.
  const suffix = after >= 2 ? '' : after === 1 ? eol : eol + eol;
  const s = at + prefix.length;
  return { edit: { start: at, end: at, newText: prefix + body + suffix }, position, inserted: { start: s, end: s + body.length } };
}

function blockSignature(b: ProseBlock, shift: number): string {
  return `${b.kind}|${b.depth}|${b.containers.join('>')}|${b.start + shift}|${b.end + shift}`;
}

const standaloneCache = new Map<string, string[]>();

/** Block signatures of the template parsed on its own, relative to its start (cached). */
function standaloneSignatures(body: string, doc: ParsedDocument): string[] {
  const key = `${doc.kind}\u0000${body}`;
  let sigs = standaloneCache.get(key);
  if (!sigs) {
    sigs = parseDocument(body, { uri: doc.uri, kind: doc.kind }).blocks.map((b) => blockSignature(b, 0));
    if (standaloneCache.size > 50) standaloneCache.clear();
    standaloneCache.set(key, sigs);
  }
  return sigs;
}

/** Source ranges of the document's top-level units: tree children for Markdown, blocks for plain text. */
function topLevelRanges(doc: ParsedDocument): { start: number; end: number }[] {
  if (doc.tree) {
    const out: { start: number; end: number }[] = [];
    for (const c of doc.tree.children) {
      const s = c.position?.start.offset;
      const e = c.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push({ start: s, end: e });
    }
    return out;
  }
  return doc.blocks.map((b) => ({ start: b.start, end: b.end }));
}

/** Windows larger than this are judged structurally instead of re-parsed (a re-parse costs as much as the block). */
const LARGE_WINDOW = 16_384;

/** Top-level Markdown nodes that a blank line always closes, so a paragraph after them starts afresh. */
const CLOSED_BY_BLANK_LINE = new Set(['paragraph', 'heading', 'thematicBreak', 'table', 'blockquote', 'definition', 'footnoteDefinition', 'yaml', 'toml']);

/**
 * The structural form of the check for large windows: the template parses to plain top-level paragraphs,
 * and the node before the insertion point is one a blank line closes (not a list, which could take the
 * paragraph in, nor code or HTML, which can run on unclosed); plan() separates the insertion by blank lines.
 */
function closedByBlankLines(doc: ParsedDocument, at: number, body: string): boolean {
  if (!doc.tree) return true;
  if (!standaloneSignatures(body, doc).every((sig) => /^(paragraph|heading)\|\d+\|\|/.test(sig))) return false;
  let prev: string | null = null;
  for (const c of doc.tree.children) {
    const e = c.position?.end.offset;
    if (e !== undefined && e <= at) prev = c.type;
  }
  // plan() has already put a blank line on each side of the template.
  return prev === null || CLOSED_BY_BLANK_LINE.has(prev);
}

/**
 * True when applying the insertion leaves the neighbouring blocks as they were (shifted) and the template
 * parses to the same blocks it has on its own: its own paragraph(s), nothing merged, nothing swallowed.
 * Only the window from the top-level block before the insertion to the one after it is re-parsed: top-level
 * blocks outside it start and end in the same parser state, so they cannot change.
 */
function insertionIsClean(doc: ParsedDocument, p: PlannedInsertion, body: string): boolean {
  const at = p.edit.start;
  const len = p.edit.newText.length;
  const tops = topLevelRanges(doc);
  let winStart = 0;
  let winEnd = doc.text.length;
  for (const r of tops) {
    if (r.start < at && at < r.end) return false;
    if (r.end <= at) winStart = r.start;
  }
  const after = tops.find((r) => r.start >= at);
  if (after) winEnd = after.end;
  // Keep front matter in the window when it is the block before: it only parses at the start of a file.
  if (doc.frontMatter && winStart === doc.frontMatter.start) winStart = 0;
  if (winEnd - winStart > LARGE_WINDOW && closedByBlankLines(doc, at, body)) return true;
  const windowText = doc.text.slice(winStart, at) + p.edit.newText + doc.text.slice(at, winEnd);
  const next = parseDocument(windowText, { uri: doc.uri, kind: doc.kind });
  const expected: string[] = [];
  for (const b of doc.blocks) {
    if (b.end <= winStart || b.start >= winEnd) continue;
    if (b.start < at && at < b.end) return false;
    expected.push(blockSignature(b, (b.start >= at ? len : 0) - winStart));
  }
  const shift = p.inserted.start - winStart;
  for (const sig of standaloneSignatures(body, doc)) {
    const parts = sig.split('|');
    parts[3] = String(Number(parts[3]) + shift);
    parts[4] = String(Number(parts[4]) + shift);
    expected.push(parts.join('|'));
  }
  const actual = next.blocks.map((b) => blockSignature(b, 0));
  expected.sort();
  actual.sort();
  if (expected.length !== actual.length || expected.some((e, i) => e !== actual[i])) return false;
  if ((winStart === 0 && !!doc.frontMatter) !== !!next.frontMatter) return false;
  return true;
}

/**
 * Plan inserting `template` as its own paragraph at `position` ("end": after the last line; "start":
 * after the front matter and title), falling back to the other position when the requested one would
 * change how the rest of the post parses (e.g. an unclosed code fence at the end). Null when neither works
 * or the template is empty.
 */
export function planStatementInsertion(doc: ParsedDocument, template: string, position: 'end' | 'start'): PlannedInsertion | null {
  const body = templateBody(template ?? '', doc.eol);
  if (!body) return null;
  const order: ('end' | 'start')[] = position === 'start' ? ['start', 'end'] : ['end', 'start'];
  for (const pos of order) {
    const p = plan(doc, body, pos);
    try {
      if (insertionIsClean(doc, p, body)) return p;
    } catch {
      /* try the other position */
    }
  }
  return null;
}

/** Title of an insert fix: "Insert disclaimer at the end" / "... after the title" / "... at the start". */
export function insertionTitle(what: string, doc: ParsedDocument, position: 'end' | 'start'): string {
  if (position === 'end') return `Insert ${what} at the end`;
  return doc.titleEnd > 0 && hasHeadingTitle(doc) ? `Insert ${what} after the title` : `Insert ${what} at the start`;
}

function hasHeadingTitle(doc: ParsedDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'heading' && b.start < doc.titleEnd && doc.titleEnd <= b.end);
}

/**
 * A fix inserting `template` as its own paragraph at the end, or after front matter and title, preserving
 * the file's line endings. The fix has no edits when the template is empty or cannot be inserted cleanly.
 */
export function insertStatementFix(doc: ParsedDocument, template: string, position: 'end' | 'start', title?: string): Fix {
  const p = planStatementInsertion(doc, template, position);
  const t = title ?? insertionTitle('disclaimer', doc, p?.position ?? position);
  return p ? { title: t, edits: [p.edit] } : { title: t, edits: [] };
}

// ---------------------------------------------------------------- front matter fields

export interface FrontMatterField {
  key: string;
  /** Parsed value (YAML), or the raw text (TOML / unparsable YAML). */
  value: unknown;
  /** Source range of the value as written (the key when the value is on following lines). */
  start: number;
  end: number;
}

/** Top-level front matter keys with their values and source ranges. */
export function frontMatterFields(doc: ParsedDocument): FrontMatterField[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: FrontMatterField[] = [];
  let rawStart = fm.raw ? doc.text.indexOf(fm.raw, fm.start) : -1;
  if (rawStart < 0 || rawStart > fm.end) rawStart = -1;
  const data = fm.data;
  if (rawStart >= 0) {
    const raw = fm.raw;
    let i = 0;
    while (i <= raw.length) {
      let e = i;
      while (e < raw.length && !isEol(raw[e])) e++;
      const line = raw.slice(i, e);
      const m = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[:=]/.exec(line);
      if (m) {
        const key = m[1];
        let vs = m[0].length;
        while (vs < line.length && (line[vs] === ' ' || line[vs] === '\t')) vs++;
        let ve = line.length;
        while (ve > vs && (line[ve - 1] === ' ' || line[ve - 1] === '\t')) ve--;
        let rawValue = line.slice(vs, ve);
        const comment = /\s#/.exec(rawValue);
        if (comment && !/^["']/.test(rawValue)) {
          rawValue = rawValue.slice(0, comment.index).trimEnd();
          ve = vs + rawValue.length;
        }
        const value = data ? data[key] : rawValue.replace(/^(["'])(.*)\1$/, '$2');
        const start = rawStart + (ve > vs ? vs : 0) + i;
        const end = rawStart + (ve > vs ? ve : m[1].length) + i;
        out.push({ key, value, start, end });
      }
      if (e >= raw.length) break;
      i = e + (raw[e] === '\r' && raw[e + 1] === '\n' ? 2 : 1);
    }
  }
  if (data) {
    // Keys written in a form the line scan misses (flow mappings, quoted keys): no exact position.
    for (const [key, value] of Object.entries(data)) {
      if (!out.some((f) => f.key === key)) out.push({ key, value, start: fm.start, end: Math.min(fm.end, fm.start + 3) });
    }
  }
  return out;
}
