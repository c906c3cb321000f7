// In-text citation markers written as text: numeric ([4], [2, 7], [3–5]), superscript digits,
// and author–year ((Garcia et al., 2018), (Nguyen and Park 2019), Garcia et al. (2018)).
// Structural citations (links, footnote references, <sup>) are collected by the parser.

import type { Citation } from './types';

const NUMERIC = /\[(\d{1,3}(?:\s*(?:[,;]|[-\u2013\u2014]|&)\s*\d{1,3})*)\]/g;
const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+(?:,[\u00b9\u00b2\u00b3\u2070-\u2079]+)*/g;
const SURNAME = "(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\\s+)*[A-Z][\\p{L}'\u2019-]+";
const YEAR = '(?:19|20)\\d{2}[a-z]?|n\\.d\\.|in press';
// One author–year item: "Garcia et al., 2018", "Nguyen and Park 2019", "Dunn, et al., 2022", "WHO 2020"
const ITEM = new RegExp(
  `^\\s*(?:see\\s+|e\\.g\\.,?\\s+|cf\\.\\s+)?(${SURNAME})(?:,?\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+${SURNAME}|(?:,\\s*${SURNAME})*,?\\s+(?:and|&)\\s+${SURNAME})?,?\\s+(${YEAR})(?:[,:]\\s*(?:p{1,2}\\.\\s*)?[\\d\u2013-]+)?\\s*$`,
  'u',
);
const PARENTHETICAL = /\(([^()]{4,200})\)/g;
// Narrative citations, "Garcia et al. (2018)": tried (sticky) only where narrativeMatches() says, see there.
const NARRATIVE = new RegExp(`(${SURNAME})(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+${SURNAME})?\\s+\\((${YEAR})\\)`, 'uy');
const NARRATIVE_START = /[A-Z]|(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s/g;
const NAME_RUN = /[\p{L}'\u2019-]*/uy;
const YEAR_IN_PARENS = new RegExp(`\\((?:${YEAR})\\)`);
const PARTICLE_CHAIN = /(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*/y;

/**
 * The matches text.matchAll() would give for NARRATIVE searched with 'g', in linear time. A search tries every
 * capital, and from each the surname runs to the end of its word: a long word of capitals was read once per capital.
 * But the surname must end where its word ends (all that may follow starts with white space), so an attempt fails
 * or succeeds for every capital of a word alike, and likewise for every particle of one "van der …" chain: after a
 * failure, the later capitals of that word and particles of that chain are skipped. Same matches, same order.
 */
export function narrativeMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!YEAR_IN_PARENS.test(text)) return out; // every match ends with "(2019)", "(n.d.)" or "(in press)"
  let capitalsFrom = -1; // capitals before this index belong to a word whose first tried capital failed
  let particlesFrom = -1; // particles before this index belong to a chain whose first particle failed
  NARRATIVE_START.lastIndex = 0;
  for (let s = NARRATIVE_START.exec(text); s; s = NARRATIVE_START.exec(text)) {
    const c = s.index;
    const capital = s[0].length === 1;
    NARRATIVE_START.lastIndex = c + 1;
    if (c < (capital ? capitalsFrom : particlesFrom)) continue;
    NARRATIVE.lastIndex = c;
    const m = NARRATIVE.exec(text);
    if (m) {
      out.push(m);
      NARRATIVE_START.lastIndex = c + m[0].length;
    } else if (capital) {
      NAME_RUN.lastIndex = c + 1;
      NAME_RUN.exec(text);
      capitalsFrom = NAME_RUN.lastIndex;
    } else {
      PARTICLE_CHAIN.lastIndex = c;
      PARTICLE_CHAIN.exec(text);
      particlesFrom = PARTICLE_CHAIN.lastIndex;
    }
  }
  return out;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};

/** Expand "2, 7" / "3–5" / "1,3-5" into numbers (capped to keep hostile input cheap). */
export function expandNumericList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/[,;&]/)) {
    const m = /^(\d+)(?:\s*[-\u2013\u2014]\s*(\d+))?$/.exec(part.trim()); // trimmed first: \s* at both ends of a pattern rescans a run
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a && b - a <= 50) for (let k = a; k <= b; k++) out.push(String(k));
    else out.push(String(a));
  }
  return out;
}

/** Find textual citations in `text`; `base` is added to every offset. */
export function findTextCitations(text: string, base: number): Citation[] {
  const out: Citation[] = [];
  if (text.indexOf('[') >= 0) {
    for (const m of text.matchAll(NUMERIC)) {
      // "[4]" as a footnote-style marker; skip checkbox-like "[ ]" (not matched) and array-ish "[1]" inside words
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'numeric', keys: expandNumericList(m[1]) });
    }
  }
  for (const m of text.matchAll(SUPERSCRIPT)) {
    const digits = m[0].split(',').map((s) => [...s].map((ch) => SUPERSCRIPT_DIGITS[ch] ?? '').join(''));
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'numeric', keys: digits.filter(Boolean) });
  }
  if (text.indexOf('(') >= 0) {
    for (const m of text.matchAll(PARENTHETICAL)) {
      const keys: string[] = [];
      for (const item of m[1].split(';')) {
        const a = ITEM.exec(item);
        if (a) keys.push(`${surnameKey(a[1])}|${a[2].slice(0, 4)}`);
      }
      if (keys.length) out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'author-year', keys });
    }
    for (const m of narrativeMatches(text)) {
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'author-year', keys: [`${surnameKey(m[1])}|${m[2].slice(0, 4)}`] });
    }
  }
  return out;
}

/** Normalise a surname for matching: lower case, no diacritics, no particles. */
export function surnameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)+/, '')
    .replace(/[\u2019']/g, '');
}
