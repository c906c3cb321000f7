// absolute-claim: cure, guarantee, permanence, totality, total-safety, proof and miracle language about a health
// outcome ("cures", "wipes out … forever", "guaranteed", "works for everyone", "totally safe"), cited or not.
// Detection: analyzeClaims (lexicon server/src/data/claims-absolute.json, extended by claims.absoluteTerms).
// One diagnostic per sentence, on the first trigger; the others are named in the message and reported in turn once
// the first is fixed. Quick fixes: the term's hedged rewrites from the lexicon, best first.

import type { Fix, Rule } from '../engine/types';
import { analyzeClaims } from '../engine/claims';
import { disableLineFix } from '../engine/fixes';

const rule: Rule = {
  meta: {
    id: 'absolute-claim',
    defaultSeverity: 'error',
    description: 'Absolute health claims: cures, guarantees, permanent or total results, total safety, proof and miracles.',
    rationale:
      'No treatment cures everyone, works forever or is free of risk, and readers who believe such promises may stop treatments that help them. ' +
      'Say what the evidence shows and for whom; the quick fix offers a hedged rewrite.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    for (const info of analyzeClaims(doc, config)) {
      if (!info.absolute || info.allowed) continue;
      const [term, ...others] = info.absoluteTerms;
      const also = others.length ? ` (also ${others.map((t) => `'${t.text.replace(/\s+/g, ' ')}'`).join(', ')})` : '';
      const quoted = term.text.replace(/\s+/g, ' ');
      const fixes: Fix[] = term.rewrites.map((r, i) => {
        const start = r.text ? r.start : danglingConjunctionStart(doc.text, r.start, r.end);
        return {
          title: r.text ? `Replace '${doc.text.slice(r.start, r.end).replace(/\s+/g, ' ')}' with '${r.text}'` : `Remove '${doc.text.slice(start, r.end).trim().replace(/\s+/g, ' ')}'`,
          edits: [{ start, end: r.end, newText: r.text }],
          isPreferred: i === 0,
        };
      });
      fixes.push(disableLineFix(doc, 'absolute-claim', term.start));
      ctx.report({
        start: term.start,
        end: term.end,
        message: `'${quoted}' ${term.reason}${also}.`,
        fixes,
        data: { category: term.category, terms: info.absoluteTerms.map((t) => t.text), strength: info.strength },
      });
    }
  },
};

/** A conjunction left dangling by a removal at the end of its clause ('cleared and never came back.' -> 'cleared.'). */
const CLAUSE_END_AFTER = /^[ \t]*(?:[.,;:!?)\]]|$)/;
function danglingConjunctionStart(text: string, start: number, end: number): number {
  if (!CLAUSE_END_AFTER.test(text.slice(end, end + 8))) return start;
  let i = start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const wordEnd = i;
  while (i > 0 && /[a-z]/i.test(text[i - 1])) i--;
  if (!/^(?:and|or|but)$/i.test(text.slice(i, wordEnd)) || i === 0 || !/\s/.test(text[i - 1])) return start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text[i - 1] === ',' ? i - 1 : i;
}

export default rule;
