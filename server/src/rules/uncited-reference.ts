// uncited-reference: a reference entry that no in-text citation points to (by number, footnote label,
// first author + year, or a link to its DOI/URL). Reading lists ("Further reading", "Bibliography") are exempt.

import type { Fix, ParsedDocument, Rule, Sentence } from '../engine/types';
import { analyzeReferences, entryLabel, pubmedSearchUrl, shorten, type ReferenceAnalysis, type ReferenceEntry } from '../engine/references';
import { surnameKey } from '../engine/citations';
import { disableLineFix } from '../engine/fixes';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first sentence outside the reference list that names the entry's first author (preferring one with its year). */
export function mentionSentence(doc: ParsedDocument, a: ReferenceAnalysis, e: ReferenceEntry): Sentence | undefined {
  if (!e.firstAuthor) return undefined;
  const surname = e.firstAuthor.split(' ').pop()!;
  if (surname.length < 2 || !/^\p{Lu}/u.test(surname)) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(surname)}(?![\\p{L}\\d])`, 'u');
  let fallback: Sentence | undefined;
  for (const s of doc.sentences) {
    const bi = doc.blocks.indexOf(s.block);
    if (a.referenceBlocks.has(bi) || s.block.kind === 'heading' || s.block.containers.includes('footnoteDefinition')) continue;
    if (!re.test(s.text)) continue;
    if (e.year && s.text.includes(e.year)) return s;
    fallback ??= s;
  }
  return fallback;
}

function citeFix(doc: ParsedDocument, a: ReferenceAnalysis, e: ReferenceEntry): Fix | undefined {
  const s = mentionSentence(doc, a, e);
  if (!s) return undefined;
  const where = `"${shorten(s.text, 50)}"`;
  if (e.number !== undefined && !e.implicitNumber) {
    return { title: `Cite it as [${e.number}] after ${where}`, edits: [{ start: s.end, end: s.end, newText: `[${e.number}]` }] };
  }
  if (doc.kind !== 'markdown') return undefined;
  if (e.source === 'footnote' && e.footnoteLabel) {
    return { title: `Insert footnote [^${e.footnoteLabel}] after ${where}`, edits: [{ start: s.end, end: s.end, newText: `[^${e.footnoteLabel}]` }] };
  }
  // A top-level paragraph becomes the footnote's definition; entries inside lists stay as they are.
  const block = doc.blocks[e.blockIndexes[0]];
  if (block.containers.length || block.start !== e.start || e.blockIndexes.length !== 1 || block.end !== e.end) return undefined;
  const taken = new Set(a.entries.filter((x) => x.footnoteLabel).map((x) => x.footnoteLabel!.toLowerCase()));
  const base = `${surnameKey(e.firstAuthor ?? 'ref').replace(/[^a-z0-9]/g, '') || 'ref'}${(e.year ?? '').replace(/[^0-9a-z]/g, '')}`;
  let label = base;
  for (let k = 2; taken.has(label) || doc.text.includes(`[^${label}]`); k++) label = `${base}-${k}`;
  return {
    title: `Insert footnote for this reference after ${where}`,
    edits: [
      { start: s.end, end: s.end, newText: `[^${label}]` },
      { start: e.start, end: e.start, newText: `[^${label}]: ` },
    ],
  };
}

const rule: Rule = {
  meta: {
    id: 'uncited-reference',
    defaultSeverity: 'info',
    description: 'Reference entries should be cited in the text.',
    rationale:
      'A reference nobody cites does not support any statement: readers cannot tell which claim rests on it, and lists padded with uncited studies lend false authority. Cite it where the post relies on it, or remove it.',
  },
  check(ctx) {
    const { doc } = ctx;
    const a = analyzeReferences(doc, ctx.config);
    const candidates = a.entries.filter((e) => !e.readingList && e.citationLike);
    if (!candidates.length) return;
    const linked = new Set(a.entries.flatMap((e) => e.citedBy));
    const pointers = a.citations.filter((c) => c.kind !== 'link' || linked.has(c));
    const uncited = candidates.filter((e) => !e.cited);
    if (!uncited.length) return;
    if (!pointers.length && uncited.length > 1) {
      // Nothing in the text points at the list: one note, not one per entry.
      const first = uncited[0];
      ctx.report({
        start: first.head.start,
        end: first.head.end,
        message: `None of the ${uncited.length} references is cited in the text, so readers cannot tell which statement rests on which source. Cite each where the post relies on it ("[1]", a footnote, or "(${first.firstAuthor ?? 'Author'} et al., ${first.year ?? 'year'})").`,
        data: { uncited: uncited.length, searchUrl: pubmedSearchUrl(first) },
        fixes: [disableLineFix(doc, rule.meta.id, first.head.start)],
      });
      return;
    }
    const numeric = pointers.some((c) => c.kind === 'numeric' || c.kind === 'sup');
    const authorYear = pointers.some((c) => c.kind === 'author-year');
    const links = pointers.some((c) => c.kind === 'link');
    for (const e of uncited) {
      const ay = e.keys.some((k) => k.includes('|'));
      let message: string;
      if (e.source === 'footnote') {
        message = `Footnote [^${e.footnoteLabel}] (${entryLabel(e)}) is never referenced in the text: add [^${e.footnoteLabel}] where the post relies on it, or remove it.`;
      } else if (e.number !== undefined && (numeric || !authorYear)) {
        message = `No in-text citation points to reference ${e.implicitNumber ? `#${e.number}` : `[${e.number}]`}, ${entryLabel(e)}: cite it where the post relies on it, or remove it.`;
      } else if (ay) {
        message = `No in-text citation points to ${entryLabel(e)} (nothing like "(${e.firstAuthor} et al., ${e.year})"): cite it where the post relies on it, or remove it.`;
      } else if (authorYear) {
        continue; // the post cites by author and year, and this entry's author or year could not be read: say nothing rather than guess
      } else if (links && (e.identifiers.url || e.identifiers.doi) && !numeric) {
        message = `No link in the text points to ${entryLabel(e)}: cite it where the post relies on it, or remove it.`;
      } else {
        message = `No in-text citation points to ${entryLabel(e)}: cite it where the post relies on it, or remove it.`;
      }
      const fixes: Fix[] = [];
      const cite = citeFix(doc, a, e);
      if (cite) fixes.push(cite);
      fixes.push(disableLineFix(doc, rule.meta.id, e.head.start));
      ctx.report({ start: e.head.start, end: e.head.end, message, data: { searchUrl: pubmedSearchUrl(e) }, fixes });
    }
  },
};

export default rule;
