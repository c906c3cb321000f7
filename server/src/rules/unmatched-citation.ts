// unmatched-citation: an in-text citation that points to no reference entry: "[7]" with no 7th entry,
// "[^x]" with no footnote definition, "(Garcia et al., 2018)" with no entry by Garcia from 2018.

import type { Citation, Rule } from '../engine/types';
import { analyzeReferences, type ReferenceEntry } from '../engine/references';
import { surnameKey } from '../engine/citations';
import { disableLineFix } from '../engine/fixes';

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function numberRange(entries: ReferenceEntry[]): string {
  const nums = [...new Set(entries.filter((e) => e.number !== undefined).map((e) => e.number!))].sort((x, y) => x - y);
  if (!nums.length) return '';
  const contiguous = nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
  return contiguous ? (nums.length === 1 ? `${nums[0]}` : `${nums[0]}–${nums[nums.length - 1]}`) : nums.join(', ');
}

function quote(text: string, c: Citation): string {
  return text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
}

const rule: Rule = {
  meta: {
    id: 'unmatched-citation',
    defaultSeverity: 'warning',
    description: 'In-text citations must point to an entry in the reference list.',
    rationale:
      'A citation that leads nowhere looks like evidence but cannot be followed: the reference was dropped, renumbered or never existed. Add the missing entry or correct the number, label, author or year.',
  },
  check(ctx) {
    const { doc } = ctx;
    const a = analyzeReferences(doc, ctx.config);
    const numbered = a.entries.filter((e) => e.number !== undefined);
    for (const { citation: c, keys } of a.unmatchedKeys) {
      const shown = quote(doc.text, c);
      let message: string;
      const data: Record<string, unknown> = { keys };
      if (c.kind === 'footnote') {
        message = `Footnote ${shown} has no definition: add "[^${keys[0]}]: <the reference>" below the text, or fix the label.`;
      } else if (c.kind === 'numeric' || c.kind === 'sup') {
        const range = numberRange(numbered);
        const which = keys.length === 1 ? `reference ${keys[0]}` : `references ${keys.join(', ')}`;
        message = range
          ? `Citation ${shown} points to ${which}, but the reference list is numbered ${range}: add the missing entry or correct the number.`
          : `Citation ${shown} points to ${which}, but the post has no numbered reference list: add the reference.`;
      } else {
        const parts: string[] = [];
        for (const key of keys) {
          const [surname, year] = key.split('|');
          const sameAuthor = a.entries.filter((e) => e.firstAuthor && surnameKey(e.firstAuthor) === surname);
          const sameYear = a.entries.filter((e) => e.year?.slice(0, 4) === year.slice(0, 4) && e.firstAuthor && editDistance(surnameKey(e.firstAuthor), surname, 2) <= 2);
          const name = sameAuthor[0]?.firstAuthor ?? surname.replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
          let hint = '';
          if (sameAuthor.length) hint = ` The list has ${sameAuthor.map((e) => `${e.firstAuthor} ${e.year ?? '(no year)'}`).join(', ')}: is the year wrong?`;
          else if (sameYear.length) hint = ` Did you mean ${sameYear[0].firstAuthor} ${sameYear[0].year}?`;
          parts.push(`no entry by ${name} from ${year}.${hint}`);
        }
        const [s0, y0] = keys[0].split('|');
        data.searchUrl = `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`${s0}[au] AND ${y0.slice(0, 4)}[dp]`.toWellFormed())}`;
        message = a.entries.length
          ? `No reference entry matches ${shown} by first author and year: ${parts.join(' Also ')}`
          : `${shown} cites a source the post never lists: add a reference list entry for it.`;
      }
      ctx.report({ start: c.start, end: c.end, message, data, fixes: [disableLineFix(doc, rule.meta.id, c.start)] });
    }
  },
};

export default rule;
