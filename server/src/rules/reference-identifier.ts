// reference-identifier: a reference entry a reader cannot check (no DOI, PMID, PMCID, URL or ISBN),
// or one whose identifier is malformed (an error: it points nowhere).

import type { Rule } from '../engine/types';
import { analyzeReferences, entryLabel, pubmedSearchUrl } from '../engine/references';
import { disableLineFix } from '../engine/fixes';

const rule: Rule = {
  meta: {
    id: 'reference-identifier',
    defaultSeverity: 'warning',
    description: 'Reference entries need a DOI, PMID, PMCID, URL or ISBN, and well-formed ones.',
    rationale:
      'A reference without an identifier cannot be checked: readers and reviewers cannot tell whether the study exists or says what the post claims. Add the DOI or PubMed ID from the article page; a malformed identifier is worse than none because it looks checkable.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    const acceptIsbn = config.references.acceptIsbn !== false;
    const { entries } = analyzeReferences(doc, config);
    for (const e of entries) {
      if (!e.citationLike) continue;
      const searchUrl = pubmedSearchUrl(e);
      const label = entryLabel(e);
      for (const m of e.malformed) {
        if (m.kind === 'isbn' && !acceptIsbn) continue;
        ctx.report({
          start: m.start,
          end: m.end,
          severity: 'error',
          message: `${m.reason}, so it leads nowhere. Copy the identifier from the article's PubMed or publisher page.`,
          data: { kind: m.kind, identifier: m.text, searchUrl },
          fixes: [disableLineFix(doc, rule.meta.id, m.start)],
        });
      }
      const ids = e.identifiers;
      const checkable = !!(ids.doi || ids.pmid || ids.pmcid || ids.url || ids.arxiv || ids.nct || (ids.isbn && acceptIsbn));
      if (checkable) continue;
      // A malformed identifier is already an error on this entry; one diagnostic is enough.
      if (e.malformed.some((m) => m.kind !== 'isbn' || acceptIsbn)) continue;
      const message =
        ids.isbn && !acceptIsbn
          ? `Reference ${label} has only an ISBN (${ids.isbn}), which this project does not accept as checkable: add a DOI, PMID or URL.`
          : `Reference ${label} has no DOI, PMID, PMCID, URL or ISBN: a reader cannot check that it exists or says what the post claims. Add its DOI or PubMed ID.`;
      ctx.report({
        start: e.head.start,
        end: e.head.end,
        message,
        data: { searchUrl, title: e.title, firstAuthor: e.firstAuthor, year: e.year },
        fixes: [disableLineFix(doc, rule.meta.id, e.head.start)],
      });
    }
  },
};

export default rule;
