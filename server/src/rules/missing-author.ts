// missing-author (off by default): JAMA's authorship benchmark — readers should see who wrote a health post.
// The author counts when the front matter has a non-empty `author`/`authors`/`byline`, or the prose carries a
// byline ("By Jane Doe, MD", "Written by …", "Author: …") near the top or bottom, or an "About the author" section.
// Plain-text files have no front matter, so only a byline can satisfy the rule there.

import type { ParsedDocument, Rule } from '../engine/types';
import { disableLineFix } from '../engine/fixes';
import { frontMatterFields, hasBodyProse, normalizeProse } from '../engine/disclaimer';

export const AUTHOR_KEYS = ['author', 'authors', 'byline'];

/** A front matter value that names someone: a non-blank string, or a list/object holding one. */
export function namesSomeone(v: unknown, depth = 0): boolean {
  if (depth > 4 || v === null || v === undefined) return false;
  if (typeof v === 'string') return /[\p{L}\p{N}]/u.test(v.replace(/^\s*\[\s*\]\s*$|^\s*\{\s*\}\s*$/, ''));
  if (Array.isArray(v)) return v.some((x) => namesSomeone(x, depth + 1));
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).some((x) => namesSomeone(x, depth + 1));
  return false;
}

const BYLINE = /^\W{0,3}(?:(?:written|authored|posted|published|compiled|prepared|words|article|post|text)\s+by|authors?\s*[:\u2013\u2014-])\s*\S/iu;
const BY = /^\W{0,3}by\s+/iu;
/** What follows "By " when it is 2–120 characters on one line (as /^\W{0,3}by\s+(.{2,120})$/iu for a name line, without its backtracking into the white space). */
export function byRest(text: string): string | null {
  const m = BY.exec(text);
  const rest = m ? text.slice(m[0].length) : '';
  return m && /^.{2,120}$/u.test(rest) ? rest : null;
}
const TITLE_WORD = /^(?:dr|dr\.|prof|prof\.|professor|mr|mr\.|mrs|mrs\.|ms|ms\.|mx|mx\.|nurse|pharmacist)$/iu;
const ABOUT_AUTHOR = /\babout\s+the\s+authors?\b|\babout\s+me\b|^\W{0,3}(?:the\s+)?authors?\W{0,3}$/iu;

/** "By Jane Doe", "By Dr Smith", "by J. R. Okafor, PharmD" — at least two name-like words. */
function looksLikeNameLine(rest: string): boolean {
  const words = rest.split(/[\s,]+/).filter(Boolean).slice(0, 3);
  const capital = (w: string): boolean => /^[\p{Lu}][\p{L}'\u2019.-]*$/u.test(w);
  if (words.length >= 2 && TITLE_WORD.test(words[0]) && capital(words[1])) return true;
  return words.length >= 2 && capital(words[0]) && capital(words[1]);
}

/** A byline or an "About the author" section in the prose. */
export function findByline(doc: ParsedDocument): { start: number; end: number } | null {
  // A byline sits just under the title or at the very end of the post.
  const candidates = new Set([...doc.blocks.slice(0, 6), ...doc.blocks.slice(-5)]);
  for (const b of doc.blocks) {
    if (b.kind !== 'heading' && b.section && ABOUT_AUTHOR.test(b.section)) return { start: b.start, end: b.end };
  }
  for (const b of candidates) {
    const text = normalizeProse(b.text, b.start).text;
    if (text.length > 160) continue;
    if (BYLINE.test(text)) return { start: b.start, end: b.end };
    const rest = byRest(text);
    if (rest !== null && looksLikeNameLine(rest)) return { start: b.start, end: b.end };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: 'missing-author',
    defaultSeverity: 'off',
    description: 'Posts should name their author (front matter `author`/`authors`, or a byline).',
    rationale:
      'Readers judge health information by who wrote it and their qualifications (JAMA authorship benchmark). ' +
      'Add `author:` to the front matter or a byline such as "By Jane Doe, MD".',
  },
  check(ctx) {
    const { doc } = ctx;
    if (!hasBodyProse(doc)) return;
    const field = frontMatterFields(doc).find((f) => AUTHOR_KEYS.includes(f.key.toLowerCase()));
    if (field && namesSomeone(field.value)) return;
    if (findByline(doc)) return;
    const message = field
      ? `The front matter's '${field.key}' is empty: name the author (and their credentials) so readers can judge who wrote this post.`
      : doc.frontMatter
        ? 'No author: add `author:` to the front matter (or a byline such as "By Jane Doe, MD") so readers can judge who wrote this post.'
        : 'No author: add a byline such as "By Jane Doe, MD" (or `author:` in front matter) so readers can judge who wrote this post.';
    ctx.report({
      start: doc.title.start,
      end: doc.title.end,
      message,
      fixes: [disableLineFix(doc, 'missing-author', doc.title.start)],
      data: { frontMatter: !!doc.frontMatter, key: field?.key },
    });
  },
};

export default rule;
