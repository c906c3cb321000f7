// Reference entries and in-text citations. API used by the reference rules, online verification,
// the claim rules (isReferenceBlock) and the review report.
//
// Where entries come from:
//  - sections under a reference heading (References, Sources, Bibliography, Citations, Works cited,
//    Further reading, …; any level; a bold or colon-terminated line counts as a heading too): every list item,
//    and every paragraph that looks at least a little like a citation; a paragraph holding several
//    references on consecutive lines is split per line;
//  - footnote definitions (`[^label]: …`), keyed by their label;
//  - anywhere else, paragraphs and list items that clearly look like a citation (a quoted or sentence-case
//    title with authors, et al., a year, a journal abbreviation, volume/pages, an identifier): the shape of
//    clinic blogs whose list has no heading.
// In-text citations are the block citations (numeric, footnote, <sup>, author–year, links) outside reference
// blocks; they are matched to entries by number, footnote label, first author's surname + year, or identifier.
// Every regular expression here is linear-time: no nested quantifiers, no ambiguous alternation under a quantifier.

import { Remembered } from './memo';
import type { Citation, ParsedDocument, ProseBlock } from './types';
import type { ResolvedConfig } from './config';
import { surnameKey } from './citations';
import referenceData from '../data/references.json';

export interface Identifiers {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  isbn?: string;
  /** arXiv identifier (e.g. 2101.01234). */
  arxiv?: string;
  /** ClinicalTrials.gov registration (NCT01234567). */
  nct?: string;
}

export type IdentifierKind = keyof Identifiers;

export interface IdentifierSpan {
  kind: IdentifierKind;
  /** Normalised value: DOI without resolver prefix, PMID digits, PMCID "PMC…", ISBN digits, URL as written. */
  value: string;
  start: number;
  end: number;
}

export interface MalformedIdentifier {
  start: number;
  end: number;
  text: string;
  reason: string;
  kind: 'doi' | 'pmid' | 'pmcid' | 'isbn';
}

export interface ReferenceEntry {
  start: number;
  end: number;
  text: string;
  /** How citations point at it: a number ("4"), a footnote label ("smith2020"), or author–year keys ("garcia|2018"). */
  keys: string[];
  identifiers: Identifiers;
  /** Malformed identifiers with a reason. */
  malformed: MalformedIdentifier[];
  title?: string;
  firstAuthor?: string;
  year?: string;
  cited: boolean;
  /** The citation itself, without a trailing annotation ("- This review summarizes …"): where diagnostics go. */
  head: { start: number; end: number };
  /** Where the entry was found. */
  source: 'section' | 'footnote' | 'headless';
  /** Looks like a bibliographic reference (footnotes that are remarks, not references, are false). */
  citationLike: boolean;
  /** Under a Further reading / Bibliography heading: a reading list, not expected to be cited in the text. */
  readingList: boolean;
  /** The entry's number (ordered list item, "[4]", "4."), if any. */
  number?: number;
  /** True when `number` is only the entry's position in an unnumbered list. */
  implicitNumber?: boolean;
  footnoteLabel?: string;
  /** Every identifier found, with its position. */
  identifierSpans: IdentifierSpan[];
  /** Indexes of the blocks the entry spans (doc.blocks). */
  blockIndexes: number[];
  /** In-text citations that point at it. */
  citedBy: Citation[];
}

export interface ReferenceAnalysis {
  entries: ReferenceEntry[];
  /** In-text citations outside the reference list. */
  citations: Citation[];
  /** Citations that match no entry. */
  unmatched: Citation[];
  /** For each unmatched citation, the keys that match nothing (a "[2, 7]" citation may miss only 7). */
  unmatchedKeys: { citation: Citation; keys: string[] }[];
  /** Indexes of blocks that belong to a reference list (entries, their annotations, reference headings). */
  referenceBlocks: Set<number>;
}

// ---------------------------------------------------------------- data

const SECTION_HEADINGS = new Set(referenceData.sectionHeadings);
const READING_LIST_HEADINGS = new Set(referenceData.readingListHeadings);
const JOURNAL_WORDS = new Set(referenceData.journalWords);
const JOURNAL_NAMES = new Set(referenceData.journalNames);
const DISTINCT_JOURNALS = new Set(['Lancet', 'JAMA', 'BMJ', 'NEJM', 'PLoS', 'PLOS', 'Cochrane', 'Cureus', 'eLife']);
const PUBLICATION_CUES = new RegExp(
  `(?:^|[\\s(,;])(?:${referenceData.publicationCues.map(escapeRegExp).join('|')})(?=$|[\\s),;:])`,
  'i',
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** s without its trailing run of characters `drop` accepts (a loop: /[…]+$/ rescans a long run from each of its positions). */
export function trimEndWhere(s: string, drop: (c: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return s.slice(0, e);
}

const isSpace = (c: string): boolean => /\s/.test(c);

const YEAR_PAREN_HEAD = /\(\s*((?:1[89]|20)\d{2})[a-z]?\b/g;

/**
 * The first "(2019 …)" in s: a year right after "(", closed within 40 characters. Same match as
 * /\(\s*((?:1[89]|20)\d{2})[a-z]?\b[^)]{0,40}\)/, but the next ")" is looked up once, not from every "(".
 */
export function yearParen(s: string): { index: number; length: number; year: string } | null {
  let close = -1; // the first ")" at or after the end of the current head
  YEAR_PAREN_HEAD.lastIndex = 0;
  for (let m = YEAR_PAREN_HEAD.exec(s); m; m = YEAR_PAREN_HEAD.exec(s)) {
    const headEnd = m.index + m[0].length;
    if (close < headEnd) close = s.indexOf(')', headEnd);
    if (close < 0) return null;
    if (close - headEnd <= 40) return { index: m.index, length: close + 1 - m.index, year: m[1] };
  }
  return null;
}

/** The 2–200 characters in the parentheses that open s after white space and an optional comma or period (as /^\s*[,.]?\s*\(([^()]{2,200})\)/). */
export function leadingParen(s: string): string | null {
  let t = s.trimStart();
  if (t[0] === ',' || t[0] === '.') t = t.slice(1).trimStart();
  if (t[0] !== '(') return null;
  let k = 1;
  while (k < t.length && k <= 201 && t[k] !== '(' && t[k] !== ')') k++;
  return t[k] === ')' && k >= 3 && k <= 201 ? t.slice(1, k) : null;
}

/** A line tail that closes an entry: final punctuation or digit, or a last word with a "/" inside (a URL, a DOI). */
export function closedTail(t: string): boolean {
  if (/[.)\]>*\u2020"\u201d\u2019\d]$/.test(t)) return true;
  const lastWord = trimEndWhere(t, (c) => !isSpace(c)).length;
  return t.indexOf('/', lastWord + 1) >= 0;
}

/** A short bold or underlined label line: as /^\s*(?:\*\*|__)?[^:]{0,38}:?(?:\*\*|__)?\s*$/ on a trimmed line, tried part by part. */
export function pseudoHeadingLine(t: string): boolean {
  for (const a of ['', '**', '__'])
    for (const b of ['', '**', '__'])
      for (const colon of ['', ':']) {
        const tail = colon + b;
        if (t.length < a.length + tail.length || !t.startsWith(a) || !t.endsWith(tail)) continue;
        const mid = t.slice(a.length, t.length - tail.length);
        if (mid.length <= 38 && !mid.includes(':')) return true;
      }
  return false;
}

/** "[^key]" footnote references, not definitions ("[^key]:"): the matches of /\[\^([^\]\s]{1,100})\](?!:)/g. */
export function footnoteRefs(text: string): { index: number; end: number; key: string }[] {
  return footnoteMarkers(text, 100, false);
}

/**
 * "[^key]" markers (key: no "]" and no white space, at most `maxKey` characters), left to right and not overlapping,
 * with or without those followed by ":" (definitions): the matches of /\[\^([^\]\s]{1,maxKey})\](?!:)/g, or of
 * /\[\^([^\]\s]+)\]/g with `definitions` and no bound. Each key is scanned once: every "[^" inside a key run stops
 * at the same character.
 */
export function footnoteMarkers(text: string, maxKey = Infinity, definitions = true): { index: number; end: number; key: string }[] {
  const out: { index: number; end: number; key: string }[] = [];
  let stop = -1; // the first "]" or white space at or after the current key start
  for (let i = text.indexOf('[^'); i >= 0; ) {
    const from = i + 2;
    if (stop < from) for (stop = from; stop < text.length && text[stop] !== ']' && !isSpace(text[stop]); ) stop++;
    if (stop - from >= 1 && stop - from <= maxKey && text[stop] === ']' && (definitions || text[stop + 1] !== ':')) {
      out.push({ index: i, end: stop + 1, key: text.slice(from, stop) });
      i = text.indexOf('[^', stop + 1);
    } else i = text.indexOf('[^', i + 1);
  }
  return out;
}

/** The normalised reference-section name of a heading text ("7. References:" → "references"), or null. */
export function referenceHeadingName(text: string): string | null {
  const t = trimEndWhere(
    text
      .replace(/[*_#]/g, ' ')
      .trim()
      .replace(/^(?:\d{1,2}|[ivxIVX]{1,5})[.)]?\s+/, ''),
    (c) => c === ':' || c === '.' || isSpace(c),
  )
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (!t || t.length > 40) return null;
  return SECTION_HEADINGS.has(t) ? t : null;
}

/**
 * The reference-list name of a pseudo-heading that opens a prose block ("**References**", "Sources:"), given the block's
 * first line and whether that line is the whole block, else null. A first line with entries after it must also look like
 * a heading line (pseudoHeadingLine). Shared by the reference rules and the citation placeholder's plain-text list.
 */
export function pseudoReferenceHeading(firstLine: string, wholeBlock: boolean): string | null {
  const t = firstLine.trim();
  const name = t.length <= 40 ? referenceHeadingName(firstLine) : null;
  return name !== null && (wholeBlock || pseudoHeadingLine(t)) ? name : null;
}

// ---------------------------------------------------------------- identifiers

const URL_RE = /\b(?:https?:\/\/|www\.(?=[a-z0-9-]+\.[a-z]))[^\s<>"\u201c\u201d\u00ab\u00bb]+/gi;
const DOI_LABEL_RE = /\b(?:doi|DOI|Doi)\b(?:\s*:\s*|\s+)(?!https?:|\.org)([^\s<>"]{1,300})/g;
const DOI_BARE_RE = /(?<![\w/.])10\.\d{1,9}(?:\.\d+)?\/[^\s<>"]+/g;
const DOI_VALID = /^10\.\d{4,9}(?:\.\d+)?\/\S+$/;
const PMID_RE = /\b(?:PMID|PubMed\s+ID|PubMed\s+PMID)\b\s*(:?)\s*([^\s,;)\]]{0,40})/gi;
const PMCID_RE = /\b(?:PMCID|PMC\s+ID)\b\s*(:?)\s*([^\s,;)\]]{0,40})/gi;
const PMC_BARE_RE = /\bPMC\d{3,9}\b/g;
const ISBN_RE = /\bISBN(?:-1[03])?\s*:?\s*([0-9Xx](?:[-\s]?[0-9Xx]){8,16})/g;
const ISBN_LABEL_ONLY_RE = /\bISBN(?:-1[03])?\s*:?\s*(\S{0,30})/g;
const ARXIV_RE = /\barXiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/gi;
const NCT_RE = /\bNCT\d{8}\b/g;

/** Trim punctuation that ends a sentence rather than an identifier; keep balanced parentheses. Linear. */
function trimIdentifier(v: string): string {
  const count: Record<string, number> = { '(': 0, ')': 0, '[': 0, ']': 0, '{': 0, '}': 0 };
  for (const ch of v) if (ch in count) count[ch]++;
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let end = v.length;
  while (end > 0) {
    const last = v[end - 1];
    if ('.,;:!?\'"\u201d\u2019>*_'.includes(last)) {
      end--;
      continue;
    }
    if (last in opener && count[last] > count[opener[last]]) {
      count[last]--;
      end--;
      continue;
    }
    break;
  }
  return v.slice(0, end);
}

function isbnValid(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const c = digits[i];
      const v = c === 'X' || c === 'x' ? 10 : Number(c);
      if (Number.isNaN(v) || (v === 10 && i !== 9)) return false;
      sum += v * (10 - i);
    }
    return sum % 11 === 0;
  }
  if (digits.length === 13 && /^\d{13}$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 ? 3 : 1);
    return sum % 10 === 0;
  }
  return false;
}

/** DOI as written in a URL or text → canonical form (no resolver, decoded, Markdown escapes removed). */
function cleanDoi(raw: string): string {
  let d = raw.replace(/\\(?=[!-/:-@[-`{-~])/g, '');
  try {
    if (/%[0-9a-f]{2}/i.test(d)) d = decodeURIComponent(d);
  } catch {
    /* keep as written */
  }
  return trimIdentifier(d);
}

export interface FoundIdentifiers {
  spans: IdentifierSpan[];
  malformed: MalformedIdentifier[];
}

/**
 * Find identifiers in `text` (source text; `base` is added to offsets): DOIs (bare, `doi:`, doi.org URLs),
 * PMIDs, PMCIDs, URLs (PubMed/PMC/doi.org URLs also yield their PMID/PMCID/DOI), ISBNs (checksum-validated),
 * arXiv ids and NCT numbers; plus malformed DOIs/PMIDs/PMCIDs/ISBNs with a reason.
 */
export function findIdentifiers(text: string, base = 0): FoundIdentifiers {
  const spans: IdentifierSpan[] = [];
  const malformed: MalformedIdentifier[] = [];
  if (text.length > 100_000) text = text.slice(0, 100_000);
  // Characters already claimed by an identifier (a DOI inside a doi.org URL is one identifier, not two).
  const mask = new Uint8Array(text.length + 1);
  const covered = {
    push([a, b]: [number, number]): void {
      mask.fill(1, Math.max(0, a), Math.min(text.length, b));
    },
  };
  const inCovered = (s: number, e: number): boolean => {
    for (let i = Math.max(0, s); i < Math.min(e, text.length); i++) if (mask[i]) return true;
    return false;
  };
  const add = (kind: IdentifierKind, value: string, s: number, e: number): void => {
    spans.push({ kind, value, start: base + s, end: base + e });
  };
  const lower = text.toLowerCase();

  if (lower.includes('http') || lower.includes('www.')) {
    for (const m of text.matchAll(URL_RE)) {
      const url = trimIdentifier(m[0]);
      if (url.length < 8) continue;
      const s = m.index!;
      const e = s + url.length;
      covered.push([s, e]);
      add('url', url, s, e);
      const doi = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(.+)$/i.exec(url);
      if (doi) {
        const d = cleanDoi(doi[1]);
        if (DOI_VALID.test(d)) add('doi', d, s, e);
        else malformed.push({ kind: 'doi', start: base + s, end: base + e, text: url, reason: `"${d}" after doi.org is not a DOI (a DOI looks like 10.NNNN/…)` });
        continue;
      }
      const pm = /(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{1,8})(?!\d)/i.exec(url);
      if (pm) add('pmid', pm[1], s, e);
      const pmc = /(?:ncbi\.nlm\.nih\.gov\/pmc\/articles\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/|europepmc\.org\/article\/pmc\/)(PMC\d{1,9})/i.exec(url);
      if (pmc) add('pmcid', pmc[1].toUpperCase(), s, e);
    }
  }

  if (lower.includes('doi')) {
    for (const m of text.matchAll(DOI_LABEL_RE)) {
      const tokStart = m.index! + m[0].length - m[1].length;
      if (inCovered(tokStart, tokStart + m[1].length)) continue;
      const tok = cleanDoi(m[1]);
      if (!tok) continue;
      const e = tokStart + tok.length;
      if (DOI_VALID.test(tok)) {
        covered.push([m.index!, e]);
        add('doi', tok, m.index!, e);
      } else if (/\d/.test(tok) || m[0].includes(':')) {
        covered.push([m.index!, e]);
        const why = /^10\.\d{1,3}\//.test(tok)
          ? `its prefix "${tok.split('/')[0]}" is too short (10. and at least four digits)`
          : /^10\.\d+$/.test(tok)
            ? 'it has no suffix after the prefix (10.NNNN/…)'
            : 'a DOI starts with "10." and a registrant number, then a slash (10.NNNN/…)';
        malformed.push({ kind: 'doi', start: base + m.index!, end: base + e, text: text.slice(m.index!, e), reason: `DOI "${tok}" is malformed: ${why}` });
      }
    }
  }
  if (text.includes('10.')) {
    for (const m of text.matchAll(DOI_BARE_RE)) {
      const tok = cleanDoi(m[0]);
      const s = m.index!;
      const e = s + tok.length;
      if (inCovered(s, e)) continue;
      if (!DOI_VALID.test(tok)) continue; // a bare "10.5/10" is a number, not a broken DOI
      covered.push([s, e]);
      add('doi', tok, s, e);
    }
  }

  if (/pmid|pubmed/.test(lower)) {
    for (const m of text.matchAll(PMID_RE)) {
      const tok = trimIdentifier(m[2]);
      const s = m.index!;
      const e = s + m[0].length - m[2].length + tok.length;
      if (inCovered(s, e)) continue;
      if (/^\d{1,8}$/.test(tok)) {
        covered.push([s, e]);
        add('pmid', tok, s, e);
      } else if (tok && (m[1] === ':' || /\d/.test(tok))) {
        covered.push([s, e]);
        const why = /^\d+$/.test(tok) ? `it has ${tok.length} digits` : 'it is not a number';
        malformed.push({ kind: 'pmid', start: base + s, end: base + e, text: text.slice(s, e), reason: `PMID "${tok}" is malformed: a PubMed ID is 1–8 digits and ${why}` });
      }
    }
  }
  if (lower.includes('pmc')) {
    for (const m of text.matchAll(PMCID_RE)) {
      const tok = trimIdentifier(m[2]);
      const s = m.index!;
      const e = s + m[0].length - m[2].length + tok.length;
      if (inCovered(s, e)) continue;
      const v = /^(?:PMC)?(\d{1,9})$/i.exec(tok);
      if (v) {
        covered.push([s, e]);
        add('pmcid', `PMC${v[1]}`, s, e);
      } else if (tok || m[1] === ':') {
        covered.push([s, e]);
        malformed.push({ kind: 'pmcid', start: base + s, end: base + e, text: text.slice(s, e), reason: `PMCID "${tok || '(empty)'}" is malformed: a PubMed Central ID is "PMC" followed by digits` });
      }
    }
    for (const m of text.matchAll(PMC_BARE_RE)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (inCovered(s, e)) continue;
      covered.push([s, e]);
      add('pmcid', m[0], s, e);
    }
  }

  if (lower.includes('isbn')) {
    const seen = new Set<number>();
    for (const m of text.matchAll(ISBN_RE)) {
      let tok = m[1];
      const digits0 = tok.replace(/[-\s]/g, '');
      // Stop at the valid length when the number runs into the next token ("ISBN 0-19-123456-7 2016").
      let digits = digits0;
      if (!isbnValid(digits) && digits.length > 13 && isbnValid(digits.slice(0, 13))) digits = digits.slice(0, 13);
      else if (!isbnValid(digits) && digits.length > 10 && isbnValid(digits.slice(0, 10))) digits = digits.slice(0, 10);
      if (digits !== digits0) {
        let n = 0;
        let k = 0;
        while (k < tok.length && n < digits.length) {
          if (/[0-9Xx]/.test(tok[k])) n++;
          k++;
        }
        tok = tok.slice(0, k);
      }
      const s = m.index!;
      const e = s + m[0].length - m[1].length + tok.length;
      seen.add(s);
      if (inCovered(s, e)) continue;
      covered.push([s, e]);
      if (isbnValid(digits)) add('isbn', digits.toUpperCase(), s, e);
      else {
        const why = digits.length === 10 || digits.length === 13 ? 'its check digit is wrong' : `it has ${digits.length} digits, not 10 or 13`;
        malformed.push({ kind: 'isbn', start: base + s, end: base + e, text: text.slice(s, e), reason: `ISBN "${tok.trim()}" is malformed: ${why}` });
      }
    }
    for (const m of text.matchAll(ISBN_LABEL_ONLY_RE)) {
      if (seen.has(m.index!)) continue;
      const tok = trimIdentifier(m[1]);
      const s = m.index!;
      const e = s + m[0].length - m[1].length + tok.length;
      if (!/\d/.test(tok) || inCovered(s, e)) continue;
      covered.push([s, e]);
      malformed.push({ kind: 'isbn', start: base + s, end: base + e, text: text.slice(s, e), reason: `ISBN "${tok}" is malformed: an ISBN has 10 or 13 digits` });
    }
  }
  if (lower.includes('arxiv')) {
    for (const m of text.matchAll(ARXIV_RE)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (inCovered(s, e)) continue;
      covered.push([s, e]);
      add('arxiv', m[1], s, e);
    }
  }
  if (text.includes('NCT')) {
    for (const m of text.matchAll(NCT_RE)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (inCovered(s, e)) continue;
      add('nct', m[0], s, e);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  malformed.sort((a, b) => a.start - b.start);
  return { spans, malformed };
}

function identifiersOf(spans: IdentifierSpan[]): Identifiers {
  const ids: Identifiers = {};
  for (const s of spans) if (ids[s.kind] === undefined) ids[s.kind] = s.value;
  return ids;
}

// ---------------------------------------------------------------- citation shape

const NAME = "\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{Lu}?[\\p{L}'\u2019]+)?";
const PARTICLES = "(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|ter|ten|Mc|Mac|St\\.?)\\s)?(?:(?:der|den|de|la)\\s)?";
const INITIALS_TIGHT = '\\p{Lu}{1,3}'; // Vancouver "AB"
const INITIALS_DOTTED = '\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,3}'; // APA "A. B." / "J.-P."
// A list marker and the white space around it. Each white-space run has one \s to take it ("\s*(?:X\s*)?", not
// "\s*X?\s*", which splits a long run every way before failing); a number is followed by white space (was (?=\s)).
export const MARKER = '^\\s*(?:(?:\\[\\d{1,3}\\]|\\(\\d{1,3}\\)|[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]{1,3}|\\^\\d{1,3})\\s*|\\d{1,3}[.)]?\\s+)?';
const LEADING_AUTHOR = new RegExp(
  MARKER +
    '(?:' +
    // Vancouver / AMA: "Smith AB, Jones C." / "van der Berg J,"
    `${PARTICLES}${NAME}(?:\\s${NAME})?\\s${INITIALS_TIGHT}(?:,|\\.|\\s+(?:and|&)\\s|\\s+et\\s+al)` +
    // APA / Harvard: "Smith, A. B.," / "Bergk, V.,"
    `|${PARTICLES}${NAME}(?:\\s${NAME})?,\\s*${INITIALS_DOTTED}` +
    // IEEE / initials first: "J. R. Smith," / "O. Ambacher, B. Foutz"
    `|${INITIALS_DOTTED}\\s?${PARTICLES}${NAME}(?:,|\\.\\s|\\s+(?:and|&)\\s|\\s+et\\s+al)` +
    // MLA / Chicago: "Johnson, Kirk." / "Davidson, Lloyd A.;" / "Smith, John, and"
    `|${PARTICLES}${NAME},\\s${NAME}(?:\\s${NAME})?(?:\\s\\p{Lu}\\.|[.;]|,?\\s+(?:and|&)\\s|,\\s+${NAME}(?:\\s${NAME})?,|\\s\\((?:1[89]|20)\\d{2}[a-z]?\\))` +
    // Given names first, a comma list closed by "and": "Jaswinder Pal Singh, Wolf-Dietrich Weber, and Anoop Gupta."
    `|(?:${NAME}\\s){1,2}${NAME}(?:,\\s(?:${NAME}\\s){1,2}${NAME}){1,12},?\\s(?:and|&)\\s(?:${NAME}\\s){1,2}${NAME}\\.` +
    // Organisation in capitals, then a year: "UNHCR, 2015." / "THE GUARDIAN, 2015."
    '|\\p{Lu}{2,}(?:\\s\\p{Lu}{2,}){0,4}[,.]?\\s\\(?(?:1[89]|20)\\d{2}' +
    // "Smith et al." / "Smith and Jones" directly followed by a year: "Smith et al. 2019." "Nguyen and Park (2019)."
    `|${PARTICLES}${NAME}(?:,?\\s+et\\s+al\\.?,?|\\s+(?:and|&)\\s+${NAME},?)\\s\\(?(?:1[89]|20)\\d{2}[a-z]?\\)?[.,:]` +
    ')',
  'u',
);
const ET_AL = /\bet\.?\s+al\b/;
// An author list directly followed by its date, as author–date styles write it: "Smith, J. (2019). " / "Smith J, Lee K (2003) " / "Lynch, M., and B. Walsh. 1998. "
const AUTHOR_DATE = new RegExp(
  `^[^()]{0,300}?(?:\\p{Lu}\\.|\\s\\p{Lu}{1,3}|\\bal\\.?|${NAME})[.,]?\\s\\(?(?:1[89]|20)\\d{2}[a-z]?\\)?[.,:]?(?:\\s|$)`,
  'u',
);
const YEAR_ANY = /(?<![\d./-])(?:1[89]\d{2}|20\d{2})(?![\d/])/;
const YEAR_CITED = /\(\s*(?:1[89]|20)\d{2}[a-z]?\s*[,;)]|(?:^|[\s,.;:])(?:1[89]|20)\d{2}[a-z]?(?=\s*[;.,:)]|\s*$|\s+\d{1,4}\s*\(|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;
const QUOTED_TITLE = /["\u201c\u00ab]([^"\u201c\u201d\u00ab\u00bb]{8,500})["\u201d\u00bb]/;
const QUOTED_AT_START = new RegExp(`${MARKER}["\\u201c\\u00ab\\u2018]`, 'u');
/**
 * Volume, issue and page shapes ("12(3):45–67", "2019;393:12", "pp. 4", "Vol. 3", "2019, 12, 345"), one pattern each: each is
 * proven linear (recheck); their union is too large for recheck to prove, so it is built from them below.
 * White space around an optional part is written so that only one \s* can take it ("\s*(?:[:,]\s*)?", not "\s*[:,]?\s*").
 */
const VOL_PAGES_SHAPES = [
  /\b\d{1,4}\s*\(\s*[\w\u2013-]{1,10}\s*\)\s*(?:[:,]\s*)?[eE]?\d{1,6}/,
  /;\s*\d{1,4}\s*(?:\(\s*[\w\u2013-]{1,10}\s*\)\s*)?:\s*[eE]?\d{1,6}/,
  /\bpp?\.\s*\d{1,6}/,
  /\b[Vv]ol\.\s*\d/,
  /\b\d{1,4}\s*:\s*[eE]?\d{1,6}\s*[\u2013-]\s*\d{1,6}/,
  /\b\d{1,4},\s*(?:no\.\s*\d{1,4},\s*)?\d{1,6}\s*[\u2013-]\s*\d{1,6}/,
  /\b\d{1,6}\s*[\u2013-]\s*\d{1,6}\s*(?:\.\s*)?$/,
  /\b(?:1[89]|20)\d{2}[a-z]?,\s*\d{1,4},\s*(?:\(\d{1,4}\),\s*)?[A-Z]?\d{1,6}/,
  /\b\d{1,4}\s*:\s*[eE]?\d{1,6}\s*(?:\.\s*)?$/,
  /,\s*\d{1,4},\s*[A-Z]?\d{1,6}\s*(?:\.\s*)?$/,
];

// Searched as one alternation (a fourth of the time of ten searches): at each position a search tries every
// alternative as it would alone, so its cost is the sum of theirs, each linear.
const VOL_PAGES = new RegExp(VOL_PAGES_SHAPES.map((re) => re.source).join('|'));

/** Whether s shows a volume, issue or pages (any of VOL_PAGES_SHAPES). */
export function hasVolPages(s: string): boolean {
  return VOL_PAGES.test(s);
}
const AUTHOR_YEAR_PAREN = new RegExp(`\\(\\s*${NAME}(?:,?\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+${NAME})?,?\\s+(?:1[89]|20)\\d{2}[a-z]?\\s*\\)`, 'u');
const NARRATIVE_START = new RegExp(
  `^\\s*${PARTICLES}${NAME}(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+${NAME})?\\s*\\(\\s*(?:1[89]|20)\\d{2}[a-z]?\\s*\\)\\s+\\p{Ll}`,
  'u',
);
const PRONOUNS = /\b(?:we|We|our|Our|us|you|You|your|Your|I'm|I've|my|My)\b/;
const PROSE_OPENER =
  /^\s*(?:According|In|At|A|An|The|This|These|That|Those|It|It's|There|Here|Studies|Research|Some|Many|Most|One|Several|Recent|However|Although|While|When|If|For|As|Our|We|You|Your|I|Please|Note|All|See|Read|Learn|Click|Visit|Contact|Ask|Talk|Always|Never|Do|Don't|Be|Check|Call|Book|Become|Schedule|Thanks|Thank)\b(?![.'\u2019-])/;
const NARRATIVE_VERBS =
  /\b(?:found|find|finds|showed|shown|showing|shows|reported|reports|suggests|suggested|suggesting|demonstrated|demonstrates|concluded|concludes|published|noted|notes|explains|explained|says|said|argues|argued|helped|helps|recommends|recommended|observed|observes)\b/;

export interface CitationShape {
  leadingAuthor: boolean;
  /** The author list is followed directly by the year: "Smith, J. (2019). Title." */
  authorDate: boolean;
  etAl: boolean;
  year: boolean;
  yearCited: boolean;
  quotedTitle: boolean;
  quotedAtStart: boolean;
  authorYearParen: boolean;
  volPages: boolean;
  journal: boolean;
  publicationCue: boolean;
  strongIdentifier: boolean;
  url: boolean;
  pronoun: boolean;
  proseOpener: boolean;
  narrative: boolean;
  narrativeVerb: boolean;
  /** Score of the evidence; see `looksLikeCitation`. */
  score: number;
}

function journalEvidence(s: string): boolean {
  const tokens = s.split(/[\s,;:()]+/);
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i];
    const t = raw.replace(/\.$/, '');
    if (!t) continue;
    if (DISTINCT_JOURNALS.has(t)) return true;
    if (JOURNAL_WORDS.has(t) && (raw.endsWith('.') || /^\p{Lu}/u.test(t))) {
      run++;
      if (run >= 2) return true;
    } else run = 0;
    if (JOURNAL_NAMES.has(t) || (JOURNAL_WORDS.has(t) && raw.endsWith('.') && t.length > 2)) {
      const next = tokens.slice(i + 1, i + 3).join(' ');
      if (/^(?:(?:1[89]|20)\d{2}|\d{1,4}\b)/.test(next)) return true;
    }
  }
  return false;
}

/** Measure how much `text` (one candidate entry, prose or source) looks like a bibliographic citation. */
export function citationShape(text: string): CitationShape {
  return shapeOf(text, false)!;
}

/**
 * `citationShape(text)` when the text has a year or a strong identifier, else null: the strict test
 * (`looksLikeCitation`) needs one of them, and most paragraphs of a post have neither, so the other
 * sixteen tests are skipped for them.
 */
function datedCitationShape(text: string): CitationShape | null {
  return shapeOf(text, true);
}

/** Shapes of recent texts (re-lints of an edited draft see the same paragraphs again); shared, never mutated; bounded. */
// One table per mode rather than a prefixed key: a key built by concatenation is flattened and hashed at each lookup.
const shapes = { dated: new Remembered<CitationShape | null>(), full: new Remembered<CitationShape | null>() };

function shapeOf(text: string, datedOnly: boolean): CitationShape | null {
  const s = text.length > 2000 ? text.slice(0, 2000) : text;
  return (datedOnly ? shapes.dated : shapes.full).recall(s, () => computeShape(s, datedOnly));
}

function computeShape(s: string, datedOnly: boolean): CitationShape | null {
  const found = findIdentifiers(s);
  // Judge the shape without the identifiers themselves (a DOI's digits are not a year).
  let clean = s;
  for (const sp of [...found.spans, ...found.malformed]) {
    if (sp.start >= 0 && sp.end <= clean.length) clean = clean.slice(0, sp.start) + ' '.repeat(sp.end - sp.start) + clean.slice(sp.end);
  }
  const strongIdentifier = found.spans.some((x) => x.kind !== 'url' && x.kind !== 'nct') || found.malformed.length > 0;
  const year = YEAR_ANY.test(clean);
  if (datedOnly && !year && !strongIdentifier) return null;
  const unquoted = clean.replace(/["\u201c][^"\u201c\u201d]{0,500}["\u201d]/g, ' ');
  const f: CitationShape = {
    leadingAuthor: LEADING_AUTHOR.test(clean),
    authorDate: false,
    etAl: ET_AL.test(clean.slice(0, 300)),
    year,
    yearCited: YEAR_CITED.test(clean),
    quotedTitle: QUOTED_TITLE.test(clean),
    quotedAtStart: QUOTED_AT_START.test(clean),
    authorYearParen: AUTHOR_YEAR_PAREN.test(clean),
    volPages: hasVolPages(clean),
    journal: journalEvidence(clean),
    publicationCue: PUBLICATION_CUES.test(clean),
    strongIdentifier,
    url: found.spans.some((x) => x.kind === 'url'),
    pronoun: PRONOUNS.test(unquoted),
    proseOpener: PROSE_OPENER.test(clean),
    narrative: NARRATIVE_START.test(clean),
    narrativeVerb: NARRATIVE_VERBS.test(unquoted),
    score: 0,
  };
  f.authorDate = f.leadingAuthor && AUTHOR_DATE.test(clean.slice(0, 400));
  let score = 0;
  if (f.strongIdentifier) score += 3;
  if (f.authorDate) score += 1.5;
  if (f.url) score += 1;
  if (f.leadingAuthor) score += 2;
  if (f.etAl) score += 1;
  if (f.yearCited) score += 1;
  else if (f.year) score += 0.5;
  if (f.quotedAtStart) score += 2;
  else if (f.quotedTitle) score += 1;
  if (f.authorYearParen) score += 1;
  if (f.volPages) score += 2;
  if (f.journal) score += 1;
  if (f.publicationCue) score += 1;
  if (f.pronoun) score -= 2;
  if (f.proseOpener && !f.quotedAtStart) score -= 1.5;
  if (f.narrativeVerb && !f.leadingAuthor) score -= f.volPages || f.journal ? 1 : 2;
  if (f.narrative) score -= 4;
  f.score = score;
  return f;
}

/** Strict test for a paragraph outside any reference section: clearly a citation. */
export function looksLikeCitation(shape: CitationShape): boolean {
  if (shape.narrative) return false;
  if (!shape.year && !shape.strongIdentifier) return false;
  if (!shape.leadingAuthor && !shape.quotedTitle && !shape.etAl && !shape.strongIdentifier && !shape.volPages) return false;
  // "(Page et al., 2012)" is how prose cites a source, not how a list gives one: a paragraph with one and neither authors
  // nor a quoted title at its start is body text ("Wearing a splint at night … (Page et al., 2012).").
  if (shape.authorYearParen && !shape.leadingAuthor && !shape.quotedTitle) return false;
  return shape.score >= 4;
}

/** Liberal test for a paragraph inside a reference section (not a list item): anything citation-ish, not an intro sentence. */
function looksLikeSectionEntry(shape: CitationShape, text: string): boolean {
  if (shape.narrative) return false;
  if (shape.strongIdentifier || shape.url) return true;
  if (shape.leadingAuthor || shape.quotedTitle || shape.volPages || shape.journal || shape.etAl || shape.authorYearParen) return true;
  if (/:\s*$/.test(text.trim())) return false; // "These sources informed this post:"
  if (shape.proseOpener || shape.pronoun || shape.narrativeVerb) return false;
  return shape.year || shape.publicationCue;
}

// ---------------------------------------------------------------- entry fields

const YEAR_G = /(?<![\d./-])((?:1[89]|20)\d{2})([a-z])?(?![\d/])/g;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function stripMarker(s: string): string {
  return s.replace(/^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]?(?=\s)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}|\^\d{1,3})\s*/, '');
}

/**
 * A writer's lead-in before an entry given in the body of a newsletter or a forum post ("Reference for anyone who wants
 * it: Sung V, D'Amico F, …", "Source for Mel's caffeine tip: Southward K, …"), dropped before the fields are read so
 * that it is not taken for the first author or the title. Only a lead-in that names itself a reference, a source or a
 * citation, up to its colon, and only when an author list follows (a surname, then initials or "et al"): an entry whose
 * title begins "Reference values for ferritin: …" keeps it.
 */
const LEAD_IN = /^(?:[Tt]he\s+)?(?:[Ff]ull\s+)?(?:[Rr]eferences?|[Ss]ources?|[Cc]itations?)(?:\s+(?:for|to|if|from)\s[^:]{1,80})?\s?:\s(?=\p{Lu}[\p{L}'\u2019-]+,?\s(?:\p{Lu}{1,3}\b|\p{Lu}\.|et\s+al))/u;

function stripLeadIn(s: string): string {
  const m = LEAD_IN.exec(s);
  return m ? s.slice(m[0].length) : s;
}

function isInitials(tok: string): boolean {
  return /^(?:\p{Lu}\.?-?){1,3}\.?,?$/u.test(tok) && !/\p{Ll}/u.test(tok);
}

/** First author's surname from an author list ("Smith AB, Jones C" / "Smith, A. B., &" / "J. R. Smith, …"). */
export function firstAuthorOf(authors: string): string | undefined {
  let seg = collapse(authors).replace(/^[\s([{"'\u201c]+/, '');
  // The first separator, with the white space before it (found separately: /\s*(?:…)/ rescans a run from each position).
  let cut = seg.search(/[,;&(:]|\s(?:and|with)\s|\bet\.?\s+al\b/);
  while (cut > 0 && isSpace(seg[cut - 1])) cut--;
  if (cut > 0) seg = seg.slice(0, cut);
  seg = trimEndWhere(seg, (c) => c === '.' || c === ',');
  const toks = seg.split(' ').filter(Boolean);
  if (!toks.length) return undefined;
  const named = toks.filter((t) => !isInitials(t));
  const words = named.length ? named : toks;
  // Organisations spelled out keep all their words; a person keeps the surname with its particles.
  const name = trimEndWhere(words.join(' '), (c) => c === '.' || c === ',');
  if (!/\p{L}/u.test(name) || name.length > 80) return undefined;
  return name;
}

interface ParsedFields {
  title?: string;
  firstAuthor?: string;
  year?: string;
}

/** Title, first author and year of one reference (the head text, any common style). */
export function parseReferenceFields(headText: string): ParsedFields {
  const s = stripLeadIn(collapse(stripMarker(headText.length > 2000 ? headText.slice(0, 2000) : headText)));
  const out: ParsedFields = {};
  if (!s) return out;
  const q = QUOTED_TITLE.exec(s);
  const paren = yearParen(s);
  let authorsPart: string | undefined;

  if (/^["\u201c\u00ab]/.test(s) && q && q.index === 0) {
    // Sample style: "Title" (Dunn, et al., 2022) — authors in the parenthesis after the title.
    out.title = q[1];
    const after = s.slice(q[0].length);
    const p = leadingParen(after);
    if (p !== null) authorsPart = p;
    else {
      const by = /^\s*[,.]?\s*(?:by\s+)?([^.]{2,200})/.exec(after);
      if (by) authorsPart = by[1];
    }
  } else if (q) {
    out.title = q[1];
    authorsPart = s.slice(0, q.index);
  } else if (paren && paren.index > 0 && paren.index < 600) {
    // APA / Harvard: Authors (2019). Title. Journal…  — or a title first: "The Cochrane review of … (2020)."
    const before = s.slice(0, paren.index);
    const rest = s.slice(paren.index + paren.length).replace(/^[\s.,:]+/, '');
    if ((before.match(/\b\p{Ll}{4,}\b/gu) ?? []).filter((w) => w !== 'and' && w !== 'with').length >= 2) out.title = before;
    else {
      authorsPart = before;
      out.title = firstSentence(rest);
    }
  } else {
    // Vancouver / AMA / Harvard without parentheses: Authors. Title. Journal. Year;…
    const end = authorListEnd(s);
    if (end > 0) {
      authorsPart = s.slice(0, end);
      const rest = s.slice(end).replace(/^[\s.,]+/, '').replace(/^(?:1[89]|20)\d{2}[a-z]?[.,]\s*/, '');
      out.title = firstSentence(rest);
    } else out.title = firstSentence(s);
  }
  if (authorsPart === undefined && LEADING_AUTHOR.test(s)) {
    // Authors could not be delimited; the first one still opens the entry.
    const cut = s.search(/[,;]|\s(?:and|&)\s/u);
    authorsPart = cut > 0 ? s.slice(0, cut) : undefined;
  }
  if (authorsPart !== undefined) {
    const a = firstAuthorOf(authorsPart.replace(/(?:1[89]|20)\d{2}[a-z]?/g, ' ').replace(/\bn\.d\./g, ' '));
    if (a && !/^(?:by|in|and|the|a|an)$/i.test(a)) out.firstAuthor = a;
  }
  // Year: in the author parenthesis, else the first year in a citation position, else the first year.
  const fromAuthors = authorsPart ? /(?:1[89]|20)\d{2}/.exec(authorsPart) : null;
  if (fromAuthors) out.year = fromAuthors[0];
  else if (paren) out.year = paren.year;
  else {
    const titleAt = out.title ? s.indexOf(out.title) : -1;
    let best: string | undefined;
    for (const m of s.matchAll(YEAR_G)) {
      const i = m.index!;
      if (titleAt >= 0 && out.title && i >= titleAt && i < titleAt + out.title.length) continue;
      best = m[1];
      break;
    }
    out.year = best ?? YEAR_ANY.exec(s)?.[0];
  }
  if (!out.year && /\bn\.\s?d\./i.test(s)) out.year = 'n.d.';
  else if (!out.year && /\bin press\b/i.test(s)) out.year = 'in press';
  if (out.title) {
    out.title = trimEndWhere(out.title, (c) => c === '.' || c === ',' || c === ';' || c === ':' || isSpace(c)).trim();
    if (out.title.split(' ').length < 2 || out.title.length < 8) delete out.title;
  }
  return out;
}

function firstSentence(s: string): string | undefined {
  const m = /^(.{6,400}?[^\s.](?:[?!]|\.))(?=\s+(?:\p{Lu}|\d|\(|\[|$)|$)/u.exec(s);
  const t = (m ? m[1] : s.slice(0, 300)).trim();
  return t || undefined;
}

/**
 * End of an author list written without a year after it, within the first 600 characters: the ". " after
 * Vancouver initials ("Mackey S. Title"), after "et al.", or after an initials-first name ("M. Gerndt. Title").
 */
function authorListEnd(s: string): number {
  const head = s.slice(0, 600);
  const lowerWords = (t: string): number => (t.match(/\b\p{Ll}{4,}\b/gu) ?? []).filter((w) => w !== 'and' && w !== 'with').length;
  // Harvard: "Smith, J. and Jones, K., 2019. Title." — the year closes the author list.
  const harvard = /^([^()]{2,300}?),?\s(?:1[89]|20)\d{2}[a-z]?\.\s/u.exec(head);
  if (harvard && lowerWords(harvard[1]) === 0) return harvard[1].length;
  for (const m of head.matchAll(/\.\s+/g)) {
    const idx = m.index!;
    const before = head.slice(0, idx);
    if (lowerWords(before) > 1) return -1; // into the title already
    const toks = before.split(/\s+/);
    const last = toks[toks.length - 1] ?? '';
    const prevTok = toks[toks.length - 2] ?? '';
    // "Mackey S." (no comma between surname and initials: "Kremer, H." is an APA author that goes on)
    const vancouver = /^\p{Lu}{1,3}$/u.test(last) && /^\p{Lu}[\p{Lu}\p{Lt}\p{Lm}\p{Lo}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u.test(prevTok);
    const etAl = last === 'al' && prevTok === 'et';
    const initialsFirst = /^\p{Lu}[\p{Lu}\p{Lt}\p{Lm}\p{Lo}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u.test(last) && /^(?:\p{Lu}\.-?)+$/u.test(prevTok);
    if (vancouver || etAl || initialsFirst) return idx;
  }
  return -1;
}

// ---------------------------------------------------------------- finding entries

interface Unit {
  start: number;
  end: number;
  blocks: number[];
  source: ReferenceEntry['source'];
  number?: number;
  footnoteLabel?: string;
  readingList: boolean;
  /** In a reference section (liberal) or found by shape (strict). */
  inSection: boolean;
  listItem: boolean;
}

const LINE_MARKER = /^\s*(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)](?=\s)|([\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})(?=\s?\p{L})|\^(\d{1,3})\s|[-*+\u2022\u2023\u25e6\u2043](?=\s))/u;
/** "———." / "–––––," / "__________ ." : the previous entry's authors again (Chicago, MLA). */
const SAME_AUTHOR_DASHES = /^\s*(?:[-\u2013\u2014_]\s?){2,}\s*[.,]/;
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};

function markerNumber(line: string): number | undefined {
  const m = LINE_MARKER.exec(line);
  if (!m) return undefined;
  const raw = m[1] ?? m[2] ?? m[3] ?? m[5] ?? (m[4] ? [...m[4]].map((c) => SUPERSCRIPT_DIGITS[c] ?? '').join('') : undefined);
  return raw ? Number(raw) : undefined;
}

function trimRange(doc: ParsedDocument, prose: string, proseBase: number, s: number, e: number): [number, number] {
  // Start at the first prose character (markup is blank in prose); end at the last source character.
  while (s < e && /\s/.test(prose[s - proseBase] ?? ' ')) s++;
  while (e > s && /\s/.test(doc.text[e - 1])) e--;
  return [s, e];
}

/** Does the list item holding `block` start on this block's line (a new item), or is the block a continuation? */
function opensListItem(doc: ParsedDocument, block: ProseBlock): boolean {
  let ls = block.start;
  while (ls > 0 && doc.text[ls - 1] !== '\n' && doc.text[ls - 1] !== '\r') ls--;
  const prefix = doc.text.slice(ls, block.start);
  if (doc.kind === 'plaintext') return LINE_MARKER.test(doc.text.slice(block.start, block.end));
  return /(?:^|\s)(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(prefix);
}

// How a reference line starts: a capital, a digit, a quote or a bracket; a surname may open with its particles ("van der
// Lans AA, et al. J Clin Invest. 2013" is a new entry, not the end of the one above).
const ENTRY_START = new RegExp(`^\\s*(?:[["\\u201c\\u00ab(\\d]|${PARTICLES}\\p{Lu})`, 'u');
const AUTHOR_OR_QUOTE_START = new RegExp(`^\\s*(?:["\\u201c]|${PARTICLES}\\p{Lu})`, 'u');

/** Split one block range into entries at lines that start a new reference. */
function splitLines(doc: ParsedDocument, block: ProseBlock, s: number, e: number, strict: boolean): [number, number][] {
  const text = doc.text;
  const lines: [number, number][] = [];
  let a = s;
  for (let i = s; i <= e; i++) {
    if (i === e || text[i] === '\n') {
      const lineEnd = i > a && text[i - 1] === '\r' ? i - 1 : i;
      if (text.slice(a, lineEnd).trim()) lines.push([a, lineEnd]);
      a = i + 1;
    }
  }
  if (lines.length < 2) return [[s, e]];
  // One reference per line: every line has its own year or identifier, starts with a capital, digit or quote, and
  // none ends mid-sentence. (Hard-wrapped entries have continuation lines without a year or starting in lower case.)
  const uniform = lines.every(([a, z]) => {
    const l = text.slice(a, z);
    return (YEAR_ANY.test(l) || findIdentifiers(l).spans.length > 0) && ENTRY_START.test(l) && !/[,;:\-\u2013(]\s*$/.test(l);
  });
  if (uniform) return lines;
  const out: [number, number][] = [];
  let cur: [number, number] = [...lines[0]];
  // Numbered lines split only in sequence ("3." after "2."): a wrapped line may start with a page or issue number.
  let lastNumber = markerNumber(text.slice(lines[0][0], lines[0][1]));
  for (let i = 1; i < lines.length; i++) {
    const [ls, le] = lines[i];
    const line = block.text.slice(ls - block.start, le - block.start);
    const srcLine = text.slice(ls, le);
    // The chunk so far: its start for its shape, its end for how it ends (bounded, so long chunks stay cheap).
    const prev = text.slice(cur[0], Math.min(cur[1], cur[0] + 2000)).trimEnd();
    const prevTail = text.slice(Math.max(cur[0], cur[1] - 200), cur[1]).trimEnd();
    const n = markerNumber(srcLine);
    const marker = n !== undefined ? lastNumber !== undefined && n === lastNumber + 1 : /^\s*[-*+\u2022]\s/.test(srcLine);
    let starts = marker || SAME_AUTHOR_DASHES.test(srcLine);
    // A line ending in an initial ("… Heying, P.") is an author list that goes on.
    const prevEnd = /(?:^|[\s.,(-])\p{Lu}\.$/u.test(prevTail) ? 'no' : closedTail(prevTail) ? 'closed' : /\p{L}$/u.test(prevTail) ? 'open' : 'no';
    if (!starts && prevEnd !== 'no' && AUTHOR_OR_QUOTE_START.test(stripMarker(line))) {
      // A new reference starts with its authors or a quoted title (a wrapped one continues a title or a journal)…
      // (A line that merely looks citation-like, "Lancet. 2019;393:12.", is usually the wrapped end of the entry above.)
      const author = LEADING_AUTHOR.test(srcLine);
      const prevShape = citationShape(prev);
      const prevDated = prevShape.year || prevShape.strongIdentifier || prevShape.url;
      if (prevEnd === 'closed') {
        // …and the text before it must be a complete reference.
        starts = (author || QUOTED_AT_START.test(srcLine)) && (prevDated || prevShape.leadingAuthor);
        if (!starts && prevDated && YEAR_ANY.test(srcLine)) {
          // Both lines dated, the new one with several words before its year: a reference in an unknown style.
          const beforeYear = srcLine.slice(0, srcLine.search(YEAR_ANY));
          starts = beforeYear.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 4 && !hasVolPages(beforeYear.slice(0, 30));
        }
      } else starts = author && citationShape(srcLine).authorDate && prevDated; // after a line ending in a word, only an unmistakable "Smith, J. (2019)." start
    }
    if (starts) {
      out.push(cur);
      cur = [ls, le];
      if (n !== undefined) lastNumber = n;
    } else cur[1] = le;
  }
  out.push(cur);
  return out;
}

const HEAD_QUOTED = new RegExp(`${MARKER}["\\u201c][^"\\u201c\\u201d]{3,500}["\\u201d]\\s*(?:[,.]\\s*)?\\([^()]{2,160}\\)`, 'u');
const ANNOTATION_SEP = /\s[-\u2013\u2014]{1,2}\s+(?=\p{Lu})/gu;

/** End of the citation proper inside [s, e): before an annotation such as " - This review summarizes …". */
function headEndOf(doc: ParsedDocument, s: number, e: number): number {
  const text = doc.text.slice(s, e);
  const q = HEAD_QUOTED.exec(text);
  if (q && /(?:1[89]|20)\d{2}|n\.d\./.test(q[0])) {
    const rest = text.slice(q[0].length);
    if (!rest.trim() || /^\s*[-\u2013\u2014:]/.test(rest) || /^\s*\p{Lu}/u.test(rest.trim())) {
      // Keep an identifier written right after the parenthesis inside the head.
      return s + q[0].length;
    }
  }
  for (const m of text.matchAll(ANNOTATION_SEP)) {
    const before = text.slice(0, m.index!);
    const after = text.slice(m.index! + m[0].length);
    if (!YEAR_ANY.test(before)) continue;
    if (YEAR_ANY.test(after) || findIdentifiers(after).spans.length) continue;
    if (after.split(/\s+/).length < 4) continue;
    return s + m.index!;
  }
  return e;
}

interface Found {
  units: Unit[];
  referenceBlocks: Set<number>;
}

const foundCache = new WeakMap<ParsedDocument, Found>();

function findUnits(doc: ParsedDocument): Found {
  const hit = foundCache.get(doc);
  if (hit) return hit;
  const units: Unit[] = [];
  const referenceBlocks = new Set<number>();
  // numbered: the section has a numbered entry so far ("[1] …", "1. …"): an unnumbered paragraph after it with only a
  // year to go on is end matter ("Leaflet reference: INF-0457. Review date: March 2027."), not an entry.
  let section: { depth: number; readingList: boolean; pseudo: boolean; numbered?: boolean } | null = null;
  const blocks = doc.blocks;
  let lastListUnit: Unit | null = null;

  const pushUnits = (bi: number, from: number, to: number, strict: boolean, listItem: boolean, number?: number): void => {
    const b = blocks[bi];
    const [s, e] = trimRange(doc, b.text, b.start, from, to);
    if (s >= e) return;
    const pieces = splitLines(doc, b, s, e, strict);
    pieces.forEach(([ps, pe], k) => {
      const [a, z] = trimRange(doc, b.text, b.start, ps, pe);
      if (a >= z) return;
      // Judge the citation proper, not an annotation after it ("- Case reports from a clinic.").
      const headEnd = headEndOf(doc, a, z);
      const src = doc.text.slice(a, headEnd);
      const prose = b.text.slice(a - b.start, headEnd - b.start);
      // In a reference section every list item is an entry, unless it reads as a remark ("See also our post on …").
      // A line numbered in sequence in a plain-text section ("[3] National Institute for Health and Care Excellence.
      // Shingles.") is a list item as much as a Markdown one.
      const lineNumber = markerNumber(src);
      let ok: boolean;
      if (strict) {
        const shape = datedCitationShape(src);
        ok = shape !== null && looksLikeCitation(shape);
      } else if (section?.numbered && !listItem && lineNumber === undefined && number === undefined) {
        // A year alone is not enough there: the paragraph needs an author, a title, a journal or an identifier.
        const shape = citationShape(src);
        const named = shape.strongIdentifier || shape.url || shape.leadingAuthor || shape.quotedTitle || shape.volPages || shape.journal || shape.etAl || shape.authorYearParen;
        ok = named && looksLikeSectionEntry(shape, prose);
      } else {
        const shape = citationShape(src);
        const item = listItem || lineNumber !== undefined;
        ok = looksLikeSectionEntry(shape, prose) || (item && !shape.proseOpener && !shape.pronoun && !shape.narrativeVerb && !/:\s*$/.test(prose.trim()));
      }
      if (!ok) return;
      const n = k === 0 && number !== undefined ? number : lineNumber;
      if (section && n !== undefined) section.numbered = true;
      const u: Unit = {
        start: a,
        end: z,
        blocks: [bi],
        source: section ? 'section' : 'headless',
        number: n,
        readingList: !!section?.readingList,
        inSection: !!section,
        listItem,
      };
      units.push(u);
      referenceBlocks.add(bi);
      if (listItem) lastListUnit = u;
    });
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind === 'heading') {
      const name = referenceHeadingName(b.text);
      lastListUnit = null;
      if (!name && doc.kind === 'plaintext') {
        // Plain text guesses headings from short lines; a short reference line without a final period is one too.
        const shape = citationShape(doc.text.slice(b.start, b.end));
        const entry = section
          ? looksLikeSectionEntry(shape, b.text) && (shape.year || shape.strongIdentifier || shape.url || shape.leadingAuthor)
          : looksLikeCitation(shape);
        if (entry) {
          pushUnits(bi, b.start, b.end, !section, false, undefined);
          continue;
        }
      }
      if (name) {
        section = { depth: b.depth || 2, readingList: READING_LIST_HEADINGS.has(name), pseudo: false };
        referenceBlocks.add(bi);
      } else if (section && (section.pseudo || b.depth <= section.depth || doc.kind === 'plaintext')) section = null;
      continue;
    }
    if (b.kind === 'tableCell') continue;
    if (b.containers.includes('footnoteDefinition') && b.footnoteLabel !== undefined) {
      const prev = units[units.length - 1];
      const [s, e] = trimRange(doc, b.text, b.start, b.start, b.end);
      if (s >= e) continue;
      if (prev && prev.source === 'footnote' && prev.footnoteLabel === b.footnoteLabel) {
        prev.end = e;
        prev.blocks.push(bi);
      } else {
        units.push({ start: s, end: e, blocks: [bi], source: 'footnote', footnoteLabel: b.footnoteLabel, readingList: false, inSection: !!section, listItem: false });
      }
      continue;
    }
    // Plain text (or unparsed) footnote definition: "[^3]: Smith J. …"
    const fn = /^\s*\[\^([^\]\s]{1,100})\]:\s*/.exec(doc.text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (fn) {
      const [s, e] = trimRange(doc, b.text, b.start, b.start + fn[0].length, b.end);
      if (s < e) units.push({ start: s, end: e, blocks: [bi], source: 'footnote', footnoteLabel: fn[1], readingList: false, inSection: !!section, listItem: false });
      continue;
    }
    const inList = b.containers.includes('listItem');
    // A pseudo-heading: "**References**" or "Sources:" on its own line, maybe followed by the entries.
    const firstLineEnd = (() => {
      const i = b.text.search(/\r?\n/);
      return i < 0 ? b.text.length : i;
    })();
    const pseudo = inList ? null : pseudoReferenceHeading(b.text.slice(0, firstLineEnd), firstLineEnd === b.text.length);
    if (pseudo) {
      section = { depth: 7, readingList: READING_LIST_HEADINGS.has(pseudo), pseudo: true };
      referenceBlocks.add(bi);
      lastListUnit = null;
      if (firstLineEnd < b.text.length) pushUnits(bi, b.start + firstLineEnd, b.end, false, false);
      continue;
    }
    if (section) {
      if (inList && !opensListItem(doc, b) && lastListUnit) {
        // A second paragraph of the same list item: an annotation of the entry above.
        const u: Unit = lastListUnit;
        const [, e] = trimRange(doc, b.text, b.start, b.start, b.end);
        u.end = Math.max(u.end, e);
        u.blocks.push(bi);
        referenceBlocks.add(bi);
        continue;
      }
      pushUnits(bi, b.start, b.end, false, inList, b.listItemNumber);
      if (!inList) lastListUnit = null;
      continue;
    }
    // Outside a section: only what clearly looks like a citation.
    pushUnits(bi, b.start, b.end, true, inList, b.listItemNumber);
  }

  // Implicit numbers: a reference section's unnumbered list counts 1, 2, 3 … (for "[2]"-style citations).
  let run: Unit[] = [];
  const flush = (): void => {
    if (run.length && run.every((u) => u.number === undefined)) run.forEach((u, i) => (u.number = -(i + 1)));
    run = [];
  };
  let lastSectionStart = -2;
  for (const u of units) {
    if (u.source !== 'section') {
      flush();
      continue;
    }
    const sectionStart = blocks[u.blocks[0]].sectionIndex;
    if (sectionStart !== lastSectionStart) flush();
    lastSectionStart = sectionStart;
    run.push(u);
  }
  flush();

  const found = { units, referenceBlocks };
  foundCache.set(doc, found);
  return found;
}

// ---------------------------------------------------------------- analysis

const analysisCache = new WeakMap<ParsedDocument, ReferenceAnalysis>();

function linkDefinitions(doc: ParsedDocument): Map<string, string> {
  const defs = new Map<string, string>();
  if (!doc.tree) return defs;
  const walk = (n: { type: string; children?: unknown[]; identifier?: string; url?: string }): void => {
    if (n.type === 'definition' && n.identifier && n.url) defs.set(n.identifier.toLowerCase(), n.url);
    if (n.children) for (const c of n.children) walk(c as typeof n);
  };
  walk(doc.tree as never);
  return defs;
}

const UNIT_BEFORE_SUPERSCRIPT = /(?:\d|\b(?:m|cm|mm|km|\u00b5m|\u03bcm|nm|ft|in|s|sec|min|h|hr|kg|g|mg|mcg|\u00b5g|l|L|dl|dL|ml|mL|mol|mmol|x|\u00d7|e|E))\s*$/;

/** A superscript after a number or a unit ("10⁶", "m²", "kg/m<sup>2</sup>") is an exponent, not a citation. */
function isExponent(doc: ParsedDocument, c: Citation): boolean {
  if (c.kind !== 'sup' && !(c.kind === 'numeric' && /[\u00b9\u00b2\u00b3\u2070-\u2079]/.test(doc.text[c.start] ?? ''))) return false;
  const before = doc.text.slice(Math.max(0, c.start - 8), c.start);
  return UNIT_BEFORE_SUPERSCRIPT.test(before);
}

function normUrl(u: string): string {
  return trimEndWhere(u.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, ''), (c) => c === '/' || c === '#' || c === '?');
}

/** A short human label of an entry for messages: "Dunn 2022", else its title, else its first words. */
export function entryLabel(e: Pick<ReferenceEntry, 'firstAuthor' | 'year' | 'title' | 'text'>): string {
  const who = e.firstAuthor && e.year ? `${e.firstAuthor} ${e.year}` : '';
  if (e.title) return who ? `"${shorten(e.title, 80)}" (${who})` : `"${shorten(e.title, 80)}"`;
  if (who) return who;
  return `"${shorten(stripMarker(e.text), 60)}"`;
}

/** s without its last white-space run and what follows it (as .replace(/\s+\S*$/, ''), without rescanning the run). */
export function dropLastWord(s: string): string {
  const k = trimEndWhere(s, (c) => !isSpace(c)).length;
  return k > 0 ? trimEndWhere(s.slice(0, k), isSpace) : s;
}

export function shorten(s: string, n: number): string {
  const t = collapse(s);
  return t.length <= n ? t : `${dropLastWord(t.slice(0, n - 1))}…`;
}

export function analyzeReferences(doc: ParsedDocument, _config?: ResolvedConfig): ReferenceAnalysis {
  const hit = analysisCache.get(doc);
  if (hit) return hit;
  const { units, referenceBlocks } = findUnits(doc);
  const entries: ReferenceEntry[] = [];
  const defs = linkDefinitions(doc);

  for (const u of units) {
    const src = doc.text.slice(u.start, u.end);
    const found = findIdentifiers(src, u.start);
    // Links inside the entry are checkable sources too ([title](https://…), [title][ref]).
    for (const bi of u.blocks) {
      for (const c of doc.blocks[bi].citations) {
        if (c.kind !== 'link' || c.end <= u.start || c.start >= u.end) continue;
        const url = /^(?:https?:|www\.)/i.test(c.keys[0]) ? c.keys[0] : defs.get(c.keys[0].toLowerCase());
        // A real web address: scheme or www, then a host with a dot ("http://www" from a bare "www." is not one).
        if (!url || !/^(?:https?:\/\/|www\.)[^\s/?#]*[\p{L}\d-]\.\p{L}{2,}/iu.test(url)) continue;
        if (!found.spans.some((x) => x.kind === 'url' && x.start <= c.start && c.end <= x.end + 2)) {
          const more = findIdentifiers(url, 0).spans.map((x) => ({ ...x, start: c.start, end: c.end }));
          if (more.length) found.spans.push(...more);
          else found.spans.push({ kind: 'url', value: url, start: c.start, end: c.end });
        }
      }
    }
    // The head lies in the entry's first block: later paragraphs of a list item are annotations.
    const firstBlockEnd = Math.min(u.end, doc.blocks[u.blocks[0]].end);
    const [, headLimit] = trimRange(doc, doc.blocks[u.blocks[0]].text, doc.blocks[u.blocks[0]].start, u.start, firstBlockEnd);
    const head = { start: u.start, end: headEndOf(doc, u.start, headLimit) };
    const headText = doc.text.slice(head.start, head.end);
    // Parse fields from prose (markup blanked) when the entry sits in one block.
    const b0 = doc.blocks[u.blocks[0]];
    const proseHead = u.blocks.length === 1 && head.end <= b0.end ? b0.text.slice(head.start - b0.start, head.end - b0.start) : headText;
    const fields = parseReferenceFields(proseHead);
    const shape = citationShape(src);
    const citationLike =
      u.source === 'footnote' ? looksLikeCitation(shape) || shape.strongIdentifier || shape.url || (shape.score >= 2 && (shape.year || shape.quotedTitle)) : true;
    const keys: string[] = [];
    if (u.number !== undefined) keys.push(String(Math.abs(u.number)));
    if (u.footnoteLabel !== undefined) keys.push(`^${u.footnoteLabel.toLowerCase()}`);
    if (fields.firstAuthor && fields.year) keys.push(`${surnameKey(fields.firstAuthor)}|${fields.year.slice(0, 4)}`);
    const entry: ReferenceEntry = {
      start: u.start,
      end: u.end,
      text: src,
      keys,
      identifiers: identifiersOf(found.spans),
      malformed: found.malformed,
      title: fields.title,
      firstAuthor: fields.firstAuthor,
      year: fields.year,
      cited: false,
      head,
      source: u.source,
      citationLike,
      readingList: u.readingList,
      number: u.number === undefined ? undefined : Math.abs(u.number),
      implicitNumber: u.number !== undefined && u.number < 0 ? true : undefined,
      footnoteLabel: u.footnoteLabel,
      identifierSpans: found.spans,
      blockIndexes: u.blocks,
      citedBy: [],
    };
    entries.push(entry);
    if (citationLike) for (const bi of u.blocks) referenceBlocks.add(bi);
  }

  // In-text citations: every block citation outside reference blocks, plus undefined footnote references.
  const citations: Citation[] = [];
  doc.blocks.forEach((b, bi) => {
    if (referenceBlocks.has(bi)) return;
    if (b.containers.includes('footnoteDefinition') && entries.some((e) => e.blockIndexes.includes(bi) && e.citationLike)) return;
    for (const c of b.citations) {
      if (isExponent(doc, c)) continue;
      citations.push(c);
    }
    if (doc.kind === 'markdown' && b.text.includes('[^')) {
      // remark leaves a footnote reference without definition as text.
      const known = new Set(b.citations.filter((c) => c.kind === 'footnote').map((c) => c.start));
      for (const m of footnoteRefs(b.text)) {
        const start = b.start + m.index;
        if (known.has(start)) continue;
        citations.push({ start, end: b.start + m.end, kind: 'footnote', keys: [m.key] });
      }
    } else if (doc.kind === 'plaintext' && b.text.includes('[^')) {
      for (const m of footnoteRefs(b.text)) {
        const start = b.start + m.index;
        citations.push({ start, end: b.start + m.end, kind: 'footnote', keys: [m.key] });
      }
    }
  });
  citations.sort((a, b) => a.start - b.start);

  // Match.
  const byKey = new Map<string, ReferenceEntry[]>();
  for (const e of entries) for (const k of e.keys) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  const unmatched: Citation[] = [];
  const unmatchedKeys: { citation: Citation; keys: string[] }[] = [];
  const citedBy = new Map<ReferenceEntry, Set<Citation>>();
  const cite = (e: ReferenceEntry, c: Citation): void => {
    e.cited = true;
    let seen = citedBy.get(e);
    if (!seen) citedBy.set(e, (seen = new Set()));
    if (!seen.has(c)) {
      seen.add(c);
      e.citedBy.push(c);
    }
  };
  // A citation written as (or inside) a web link carries its own source: "[Garcia et al., 2018](https://doi.org/…)".
  const webLinks = citations.filter((c) => c.kind === 'link' && /^(?:https?:|www\.)/i.test(c.keys[0] ?? ''));
  const linked = (c: Citation): boolean => {
    // Links are sorted and do not overlap one another: find the last one starting before c ends.
    let lo = 0;
    let hi = webLinks.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (webLinks[mid].start < c.end) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = at; k >= 0 && k > at - 3; k--) if (webLinks[k] !== c && c.start < webLinks[k].end) return true;
    return false;
  };
  for (const c of citations) {
    const missing: string[] = [];
    if (c.kind !== 'link' && linked(c)) {
      // It needs no entry, but it cites the entry it names when the list has one ("([Page et al., 2012](https://…))"
      // with "Page MJ, … 2012." below).
      if (c.kind === 'author-year') for (const key of c.keys) for (const e of byKey.get(key) ?? []) cite(e, c);
      continue;
    }
    if (c.kind === 'link') {
      const url = c.keys[0] ?? '';
      const target = /^(?:https?:|www\.)/i.test(url) ? url : defs.get(url.toLowerCase()) ?? '';
      if (target.startsWith('#')) {
        // [2](#ref-2): an in-page link to an entry; match by its visible number.
        const label = doc.text.slice(c.start, c.end).replace(/\]\(.*$/s, '').replace(/[^\d]/g, '');
        if (label) for (const e of byKey.get(label) ?? []) cite(e, c);
        continue;
      }
      if (!target) continue;
      const ids = findIdentifiers(target).spans;
      for (const e of entries) {
        const hitId = ids.some((x) => x.kind !== 'url' && e.identifiers[x.kind] && e.identifiers[x.kind]!.toLowerCase() === x.value.toLowerCase());
        const hitUrl = e.identifierSpans.some((x) => x.kind === 'url' && normUrl(x.value) === normUrl(target));
        if (hitId || hitUrl) cite(e, c);
      }
      continue;
    }
    for (const key of c.keys) {
      let matched: ReferenceEntry[] | undefined;
      if (c.kind === 'footnote') matched = byKey.get(`^${key.toLowerCase()}`);
      else if (c.kind === 'numeric' || c.kind === 'sup') {
        matched = byKey.get(key);
        if (!matched && c.kind === 'numeric' && defs.has(key)) matched = []; // "[2]" resolved by a link definition
      } else if (c.kind === 'author-year') matched = byKey.get(key) ?? looseAuthorYear(entries, key);
      if (matched) for (const e of matched) cite(e, c);
      else missing.push(key);
    }
    if (missing.length) {
      unmatched.push(c);
      unmatchedKeys.push({ citation: c, keys: missing });
    }
  }

  const analysis: ReferenceAnalysis = { entries, citations, unmatched, unmatchedKeys, referenceBlocks };
  analysisCache.set(doc, analysis);
  return analysis;
}

/** Author–year fallback when the entry's fields could not be parsed: the surname near the start and the year anywhere. */
function looseAuthorYear(entries: ReferenceEntry[], key: string): ReferenceEntry[] | undefined {
  const [surname, year] = key.split('|');
  if (!surname || !year) return undefined;
  const out = entries.filter((e) => {
    if (e.firstAuthor && e.year && e.year.slice(0, 4) !== year.slice(0, 4)) return false;
    const t = e.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (!t.includes(year.slice(0, 4)) && year !== 'n.d.' && !year.startsWith('in p')) return false;
    const i = t.indexOf(surname);
    if (i < 0) return false;
    const yearAt = t.indexOf(year.slice(0, 4));
    const authorZone = Math.max(120, yearAt);
    return i <= authorZone && !/\p{L}/u.test(t[i - 1] ?? ' ') && !/\p{L}/u.test(t[i + surname.length] ?? ' ');
  });
  return out.length ? out : undefined;
}

// ---------------------------------------------------------------- helpers for other rules and front ends

/**
 * Indexes of blocks that belong to a reference list: reference headings, entries and their annotations,
 * citation-like footnote definitions. Claim rules skip these blocks (a cited title is not a claim).
 */
export function referenceBlockIndexes(doc: ParsedDocument): Set<number> {
  return analyzeReferences(doc).referenceBlocks;
}

/** True when `block` is part of a reference list (see referenceBlockIndexes). */
export function isReferenceBlock(doc: ParsedDocument, block: ProseBlock): boolean {
  const i = doc.blocks.indexOf(block);
  return i >= 0 && referenceBlockIndexes(doc).has(i);
}

/** PubMed search URL for an entry's title (or its text), for the "Search PubMed for this title" command. */
export function pubmedSearchUrl(e: Pick<ReferenceEntry, 'title' | 'text'>): string {
  const q = e.title ?? shorten(stripMarker(e.text).replace(/https?:\/\/\S+/g, ''), 200);
  return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(q.toWellFormed())}`;
}

/**
 * A stable fingerprint of an entry's text (whitespace and case folded): online results are keyed by it,
 * so results computed for an older version of the entry never land on an edited one.
 */
export function entryFingerprint(e: Pick<ReferenceEntry, 'text'>): string {
  const t = collapse(e.text).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}-${t.length}`;
}
