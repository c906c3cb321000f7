// In-text citation markers written as text: numeric ([4], [2, 7], [3–5]), superscript digits,
// and author–year ((Garcia et al., 2018), (Nguyen and Park 2019), Garcia et al. (2018), (Lauersen and colleagues, 2014)).
// Structural citations (links, footnote references, <sup>) are collected by the parser.

import type { Citation } from './types';

const NUMERIC = /\[(\d{1,3}(?:\s*(?:[,;]|[-\u2013\u2014]|&)\s*\d{1,3})*)\]/g;
const SUP_TAG = /<sup>\[?(\d{1,3}(?:[,\u2013-]\s?\d{1,3}){0,20})\]?<\/sup>/gi;
const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+(?:,[\u00b9\u00b2\u00b3\u2070-\u2079]+)*/g;
const SURNAME = "(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\\s+)*[A-Z][\\p{L}'\u2019-]+";
// In a parenthetical item, which starts at its own start, particles may be capitalised as many names are written ("Du
// Toit", "Van Zyl", "De Silva", "Le Roux"). Narrative citations keep lower-case particles only: a capital there may sit
// inside a word, and "De Silva et al. (2020)" is found from "Silva", with the same key.
const ITEM_SURNAME = "(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]el|[Dd]os)\\s+)*[A-Z][\\p{L}'\u2019-]+";
const YEAR = '(?:19|20)\\d{2}[a-z]?|n\\.d\\.|in press';
// Initials after a surname, Vancouver style: "Hemilä H", "Smith JA", "Smith J.A.".
const INITIALS = '(?:\\s+[A-Z]{1,3}\\b\\.?|\\s+(?:[A-Z]\\.){1,3})?';
const AUTHOR = `${ITEM_SURNAME}${INITIALS}`;
// A group author named by a word of organisation: "World Health Organization [WHO]", "National Institute for Health and
// Care Excellence", "The Cochrane Collaboration" (not "Updated May 2024" or "Since March 2020"); round 8: a study's or trial's
// writing group or investigators, "DREAM Study Research Group", "SPRINT Investigators", "UKPDS Group".
const ORGANISATION = '(?:Organi[sz]ation|Institutes?|Association|Society|College|Agency|Administration|Centres?|Centers?|Collaboration|Foundation|Service|Department|Council|Academy|Board|Commission|Federation|Trust|Network|Committee|Ministry|Authority|Excellence|Health|Medicine|Library|Survey|Statistics|Groups?|Consortium|Investigators|Collaborators|Collaborative|Team|Panel|Taskforce|Alliance|Coalition|Registry)';
// Round 20 (N): a trial's name may hold digits ("CRASH-2 Collaborators", "ISIS-4 Collaborative Group"), and a writing group
// may be written in lower case after at least one capitalised name word ("CRASH-2 collaborators, 2010", "RECOVERY
// investigators 2021"); a bare "(investigators, 2019)" names no group. Each name word is a run with no space, then white
// space: the words cannot overlap, so the match stays linear.
const GROUP_LOWER = '(?:[A-Z][\\p{L}\\d-]+\\s+){1,4}(?:collaborators|investigators|collaborative\\s+group|(?:study|trial|writing|research)\\s+group|consortium)';
const GROUP = `(?:The\\s+)?(?:[A-Z][\\p{L}\\d-]+\\s+(?:(?:of|for|and|&|on|the|in)\\s+)?){0,6}${ORGANISATION}(?:\\s+(?:of|for|and|&|on|the|in|[A-Z][\\p{L}-]+)){0,6}(?:\\s+\\[[A-Z]{2,10}\\])?|${GROUP_LOWER}`;
// 'et al.' in words, as newsletters write it: "Lauersen and colleagues, 2014", "Smith & co-workers (2019)".
const COLLEAGUES_WORDS = '\\s+(?:and|&)\\s+(?:colleagues|co-?workers|co-?authors)';
const COLLEAGUES = `,?${COLLEAGUES_WORDS}`;
// Round 21 (N): after 'et al.' or its words, the journal may sit between the authors and the year, as newsletters write
// it: "Martineau et al., BMJ, 2017", "Kuyken and colleagues, JAMA Psychiatry, 2016". An item ITEM does not take is tried
// again with the journal cut out (ITEM itself is left as it was: a journal inside it let its author lists backtrack). The
// journal is one to six words, each a run with no space starting with a capital, one space apart (or a joining word: of,
// the, and, in), then the year: a journal word starts with a capital and the year with a digit, so the match stays
// linear. Not after a bare surname ("(Smith, Jones, 2019)" is two authors), and a bare "(BMJ, 2017)" is no item.
const JOURNAL_AFTER_AUTHORS = /(\bet\s+al\.?|\s(?:and|&)\s+(?:colleagues|co-?workers|co-?authors)),\s*[A-Z][\p{L}.-]*(?: (?:of |the |and |in )?[A-Z][\p{L}.-]*){0,5}(?=,?\s+(?:19|20)\d{2})/u;
// One author–year item: "Garcia et al., 2018", "Nguyen and Park 2019", "Dunn, et al., 2022", "WHO 2020", "Hemilä H, 2017",
// "Smith J, Jones K, 2019", "World Health Organization [WHO], 2019".
const ITEM = new RegExp(
  `^\\s*(?:see\\s+|e\\.g\\.,?\\s+|cf\\.\\s+)?(?:(${ITEM_SURNAME})${INITIALS}(?:,?\\s+et\\s+al\\.?|${COLLEAGUES}|\\s+(?:and|&)\\s+${AUTHOR}|(?:,\\s*${AUTHOR})*,?\\s+(?:and|&)\\s+${AUTHOR}|(?:,\\s*${AUTHOR})+)?|(${GROUP})),?\\s+(${YEAR})(?:[,:]\\s*(?:p{1,2}\\.\\s*)?[\\d\u2013-]+)?\\s*$`,
  'u',
);
// A reference number spelled out, "(ref. 4)", "(see references 2 and 5)": numeric.
const REF_WORD = /\((?:see\s+)?(?:refs?\.?|references?)\s+(\d{1,3}(?:\s*(?:[,;&]|[-\u2013\u2014]|and)\s*\d{1,3})*)\)/gi;
// A bare number in parentheses, Vancouver style, "colds (1).", "colds.(2, 3)": numeric, only at the end of a sentence or
// clause (before punctuation or the end, or right after a full stop), so that enumerations ("(1) take …, (2) rest") and other numbers stay out.
const PAREN_NUMBER = /\((\d{1,3}(?:\s*(?:[,;]|[-\u2013\u2014])\s*\d{1,3})*)\)/g;
const PUNCTUATION_AFTER = /^\s*(?:[.,;:!?]|$)/;
const SPELLED_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s*$/i;
// An identifier in parentheses, "(PMID: 28515951)", "(doi:10.1177/…)": a link to its source.
const IDENTIFIER = /\((?:(PMID|PubMed(?:\s+ID)?)(?:\s*:\s*|\s+)(\d{1,9})|(PMCID)(?:\s*:\s*|\s+)(PMC\d{1,9})|(?:DOI|doi)(?:\s*:\s*|\s+)(10\.\d{4,9}\/[^\s()]{1,200}))\)/g;
// A month or a season before a year is a date, not an author: "(May 2024)", "(Spring 2021)".
const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)\.?$/;
const PARENTHETICAL = /\(([^()]{4,200})\)/g;
// Narrative citations, "Garcia et al. (2018)": tried (sticky) only where narrativeMatches() says, see there.
const NARRATIVE = new RegExp(`(${SURNAME})(?:\\s+et\\s+al\\.?|${COLLEAGUES_WORDS}|\\s+(?:and|&)\\s+${SURNAME})?\\s+\\((${YEAR})\\)`, 'uy');
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
  // Round 23 (W): '<sup>4</sup>' written as text, as plain-text drafts copied from a web page keep it (Markdown's parser
  // reads the tag itself and blanks it): a numeric citation, as a superscript digit is. Not '<sup>th</sup>' or a tag
  // around words.
  if (text.indexOf('<sup>') >= 0 || text.indexOf('<SUP>') >= 0) {
    for (const m of text.matchAll(SUP_TAG)) out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'sup', keys: expandNumericList(m[1]) });
  }
  for (const m of text.matchAll(SUPERSCRIPT)) {
    const digits = m[0].split(',').map((s) => [...s].map((ch) => SUPERSCRIPT_DIGITS[ch] ?? '').join(''));
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'numeric', keys: digits.filter(Boolean) });
  }
  if (text.indexOf('(') >= 0) {
    for (const m of text.matchAll(PARENTHETICAL)) {
      const keys: string[] = [];
      for (const item of m[1].split(';')) {
        const a = ITEM.exec(item) ?? (item.indexOf(',') >= 0 && JOURNAL_AFTER_AUTHORS.test(item) ? ITEM.exec(item.replace(JOURNAL_AFTER_AUTHORS, '$1')) : null);
        if (a && !(a[1] && DATE_WORD.test(a[1]))) keys.push(`${surnameKey(a[1] ?? groupKey(a[2]))}|${a[3].slice(0, 4)}`);
      }
      if (keys.length) out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'author-year', keys });
    }
    if (/\bref|\bReference|\breference/.test(text)) {
      for (const m of text.matchAll(REF_WORD)) out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'numeric', keys: expandNumericList(m[1].replace(/\band\b/gi, ',')) });
    }
    for (const m of text.matchAll(PAREN_NUMBER)) {
      // Not a number that belongs to the word before it ("type (2)" is rare; "x(2)" in a formula): a space, a letter or a full stop before.
      const prev = m.index! > 0 ? text[m.index! - 1] : '';
      if (/[\d(]/.test(prev)) continue;
      if (!/[.!?,;]/.test(prev) && !PUNCTUATION_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
      // "six (6)": a number restated in figures, as contracts and leaflets write it.
      if (SPELLED_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
      // "dad to Alfie (6)", "mum of two, Maisie (4)": a child's age after its name in a testimonial's signature.
      if (childAgeBefore(text, m.index!, m[1])) continue;
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'numeric', keys: expandNumericList(m[1]) });
    }
    if (/PMID|PubMed|PMCID|DOI|doi/.test(text)) {
      for (const m of text.matchAll(IDENTIFIER)) {
        const url = m[2] ? `https://pubmed.ncbi.nlm.nih.gov/${m[2]}/` : m[4] ? `https://www.ncbi.nlm.nih.gov/pmc/articles/${m[4]}/` : `https://doi.org/${m[5]}`;
        out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'link', keys: [url] });
      }
    }
    for (const m of narrativeMatches(text)) {
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, kind: 'author-year', keys: [`${surnameKey(m[1])}|${m[2].slice(0, 4)}`] });
    }
  }
  return out;
}

const PARENT_WORD = /^(?:mum|mom|mummy|dad|daddy|mother|father|parent|grandma|grandmother|grandad|granddad|grandfather|nan|nana|gran|granny|carer|auntie|aunt|uncle)$/i;
const CHILD_WORD = /^(?:son|daughter|grandson|granddaughter|aged|age|toddler|baby|little)$/i;
/**
 * A child's age in parentheses after its name: "(6)" after a capitalised name that follows "dad to", "mum of" or
 * "son"/"daughter"/"aged" (a testimonial's signature, "– Tom, dad to Alfie (6)"), not a reference number. Ages only
 * (0-19).
 */
function childAgeBefore(text: string, at: number, num: string): boolean {
  if (!/^\d{1,2}$/.test(num) || Number(num) > 19) return false;
  const words = text.slice(Math.max(0, at - 40), at).split(/[\s,]+/).filter(Boolean);
  const name = words[words.length - 1] ?? '';
  if (!/^[A-Z][a-z'\u2019-]+$/.test(name)) return false;
  const w2 = words[words.length - 2] ?? '';
  if (CHILD_WORD.test(w2)) return true;
  return /^(?:to|of)$/i.test(w2) && PARENT_WORD.test(words[words.length - 3] ?? '');
}

/** The key word of a group author: its first word, skipping "The" ("The Cochrane Collaboration" -> "Cochrane"). */
function groupKey(group: string): string {
  const words = group.split(/\s+/);
  return words[0] === 'The' && words.length > 1 ? words[1] : words[0];
}

/** Normalise a surname for matching: lower case, no diacritics, no particles. */
export function surnameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)+/, '') // lower-cased above: capitalised particles too
    .replace(/[\u2019']/g, '');
}
