// Sentence boundaries in a prose block, in one linear pass.
// A boundary is terminal punctuation (. ! ? …) followed by optional closing quotes/brackets,
// whitespace, and a character that can open a sentence — except after abbreviations,
// initials, decimal points and "et al." followed by a year or citation.

import type { ProseBlock, Sentence } from './types';

/** Lower-case abbreviations that end with a period but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'al', 'approx', 'ca', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr',
  'fig', 'figs', 'no', 'nos', 'vol', 'pp', 'p', 'ed', 'eds', 'dept', 'inc', 'ltd', 'co', 'corp', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'min', 'max', 'avg', 'est', 'ref', 'refs', 'resp', 'incl', 'esp', 'viz', 'u.s', 'u.k', 'ph.d', 'm.d',
  'b.i.d', 't.i.d', 'q.i.d', 'q.d', 'h.s', 'p.o', 'q.h.s',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '*', '_']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

function canOpenSentence(c: string): boolean {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  if (c === '"' || c === '\u201c' || c === "'" || c === '\u2018' || c === '(' || c === '[' || c === '*' || c === '_') return true;
  // Non-ASCII letters that are upper case (É, Ö, Greek, Cyrillic …).
  return c.length > 0 && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word that ends right before position `i` (exclusive), lower-cased, dots kept inside. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && !isSpace(text[j - 1]) && text[j - 1] !== '(' && text[j - 1] !== '[') j--;
  return text.slice(j, i).toLowerCase();
}

export function splitSentences(block: ProseBlock): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  const n = text.length;
  let sentStart = skipSpace(text, 0);
  let i = sentStart;
  const push = (endExclusive: number, next: number): void => {
    let e = endExclusive;
    while (e > sentStart && isSpace(text[e - 1])) e--;
    if (e > sentStart) {
      out.push({ start: block.start + sentStart, end: block.start + e, text: text.slice(sentStart, e), citationEnd: block.start + next, block });
    }
    sentStart = next;
  };
  while (i < n) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\u2026') {
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < n && CLOSERS.has(text[j])) j++;
      // A citation glued after the punctuation still belongs to this sentence: "pain.[4]", "pain.¹".
      j = skipTrailingCitation(text, j);
      if (j < n && !isSpace(text[j])) {
        i = j;
        continue;
      }
      const k = skipSpace(text, j);
      if (k >= n) break;
      if (c === '.' && !endsSentenceAfterPeriod(text, i, k)) {
        i = k;
        continue;
      }
      if (!canOpenSentence(text[k])) {
        i = k;
        continue;
      }
      push(j, k);
      i = k;
      continue;
    }
    if (c === '\n' && i + 1 < n && text[i + 1] === '\n') {
      // A blank line inside a block (plain text tables, line blocks) always ends a sentence.
      const k = skipSpace(text, i);
      push(i, k);
      i = k;
      continue;
    }
    i++;
  }
  push(n, n);
  if (out.length) out[out.length - 1].citationEnd = block.end;
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function skipTrailingCitation(text: string, j: number): number {
  // [4], [2, 7], [3–5] right after the period
  if (text[j] === '[') {
    let k = j + 1;
    while (k < text.length && /[\d,\s\u2013\u2014-]/.test(text[k]) && k - j < 30) k++;
    if (text[k] === ']' && k > j + 1) return k + 1;
  }
  // superscript digits
  let k = j;
  while (k < text.length && /[\u00b9\u00b2\u00b3\u2070-\u2079,]/.test(text[k])) k++;
  return k;
}

function endsSentenceAfterPeriod(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^[("'\u201c\u2018*_[]+/, '');
  // Round 7: a word in capitals is an acronym, not an abbreviation ('tablets for mild ED.', 'people with MS.').
  if (ABBREVIATIONS.has(bare) && !(bare.length > 1 && /^[A-Z]+$/.test(text.slice(dot - bare.length, dot)))) {
    // "et al." ends a sentence only when a new sentence clearly starts (capital word that is not a year/citation).
    if (bare === 'al') return /^[A-Z][a-z]/.test(text.slice(next, next + 2)) && !/^\(?\d{4}/.test(text.slice(next, next + 6));
    return false;
  }
  // Single initials: "J. Smith", "A. B. Jones".
  if (/^[a-z]$/.test(bare) && /[A-Z]/.test(text[dot - 1] ?? '')) return false;
  // Dotted abbreviations like "U.S." (the last period of an inner-dot word) rarely end sentences.
  if (/^[a-z](\.[a-z])+$/.test(bare)) return false;
  return true;
}
