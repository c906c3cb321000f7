// Title comparison for the online reference check. Pure functions, no network.
//
// normalizeTitle: Unicode NFKD without diacritics, HTML/MathML tags and entities removed (Crossref titles carry
// <i>, <sub>), lower case, "&" → "and", every run of non-alphanumerics → one space.
// titleSimilarity: 1 − Levenshtein distance / length of the longer normalised title (0 = nothing shared,
// 1 = identical), taking the best of the full titles and, when the entry gives no subtitle, the record's main title
// (before ":"), so "Low-dose naltrexone for fibromyalgia" matches a record titled "… fibromyalgia: a pilot study".

import { surnameKey } from '../engine/citations';

const MAX_LEN = 300;

export function normalizeTitle(title: string): string {
  return title
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&[a-z]{2,8};|&#\d{1,6};/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_LEN);
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function ratio(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

/** Similarity (0–1) of an entry's title and a record's title (with its subtitle, if the service gives it apart). */
export function titleSimilarity(entryTitle: string, recordTitle: string, recordSubtitle?: string): number {
  const e = normalizeTitle(entryTitle);
  const candidates = [recordTitle];
  if (recordSubtitle) candidates.push(`${recordTitle}: ${recordSubtitle}`);
  if (!/:/.test(entryTitle)) {
    const main = recordTitle.split(/:\s/)[0];
    if (main !== recordTitle && main.split(/\s+/).length >= 3) candidates.push(main);
  }
  let best = 0;
  for (const c of candidates) best = Math.max(best, ratio(e, normalizeTitle(c)));
  return Math.round(best * 1000) / 1000;
}

/** Same person? Compares normalised surnames; tolerates particles, diacritics and one being a prefix of the other. */
export function sameSurname(a: string, b: string): boolean {
  const x = surnameKey(a).replace(/[^a-z]/g, '');
  const y = surnameKey(b).replace(/[^a-z]/g, '');
  if (!x || !y) return true;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.endsWith(y) || y.endsWith(x)));
}

/** Surname from a PubMed author name ("van Toorn R", "Bijlsma MW", "WHO Study Group"). */
export function surnameFromPubmedName(name: string): string {
  const toks = name.trim().split(/\s+/);
  if (toks.length > 1 && /^\p{Lu}{1,4}$/u.test(toks[toks.length - 1])) toks.pop();
  return toks.join(' ');
}
