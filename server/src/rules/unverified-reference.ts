// unverified-reference (opt-in): what the online check found — a DOI/PMID/PMCID that does not exist, a record
// whose title (first author, year) does not match the entry, and for entries without an identifier a confident
// match to add ("Add DOI 10.…") or no matching record at all.
// The rule is synchronous and pure: it reads the results of verifyReferences() (server/src/online/verify.ts)
// from ctx.external.references, matched to entries by fingerprint, and reports nothing without them.

import type { Fix, Rule } from '../engine/types';
import { analyzeReferences, entryFingerprint, entryLabel, pubmedSearchUrl, shorten } from '../engine/references';
import { disableLineFix } from '../engine/fixes';
import type { EntryVerification, RecordSummary, VerificationResults } from '../online/types';
import type { ReferenceEntry } from '../engine/references';
import { titleSimilarity } from '../online/similarity';

function isResults(v: unknown): v is VerificationResults {
  return !!v && typeof v === 'object' && Array.isArray((v as VerificationResults).entries) && typeof (v as VerificationResults).status === 'string';
}

function describe(r: RecordSummary): string {
  const who = [r.firstAuthor, r.year].filter(Boolean).join(' ');
  return `"${shorten(r.title, 90)}"${who ? ` (${who})` : ''}`;
}

const SERVICE_NAME = { crossref: 'Crossref', pubmed: 'PubMed', pmc: 'PubMed Central' } as const;
const ID_NAME = { doi: 'DOI', pmid: 'PMID', pmcid: 'PMCID' } as const;

const rule: Rule = {
  meta: {
    id: 'unverified-reference',
    defaultSeverity: 'off',
    optIn: true,
    description: 'Checks that references are real: identifiers that do not exist, point to another work or are shared by two works, and missing DOIs (opt-in; online lookups).',
    rationale:
      'Invented or mistyped references are common in health writing, and a DOI that leads to another paper misleads readers who check. Correct the identifier from the publisher or PubMed page, or add the DOI of the work the entry describes.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    checkConsistency(ctx);
    if (config.trusted === false) return;
    const results = ctx.external.references;
    if (!isResults(results) || results.status === 'untrusted' || results.status === 'disabled' || results.status === 'error') return;
    const byFingerprint = new Map<string, EntryVerification>();
    for (const v of results.entries) if (v && typeof v.fingerprint === 'string') byFingerprint.set(v.fingerprint, v);
    const threshold = results.threshold ?? config.references.titleSimilarity;
    for (const e of analyzeReferences(doc, config).entries) {
      const v = byFingerprint.get(entryFingerprint(e));
      if (!v) continue;
      const idSpan = v.identifier ? e.identifierSpans.find((s) => s.kind === v.identifier!.kind) : undefined;
      const range = idSpan ? { start: idSpan.start, end: idSpan.end } : e.head;
      const service = v.service ? SERVICE_NAME[v.service] : 'the reference services';
      const label = entryLabel(e);
      const searchUrl = pubmedSearchUrl(e);
      const fixes: Fix[] = [];
      let message: string;
      switch (v.outcome) {
        case 'not-found':
          message = `${ID_NAME[v.identifier!.kind]} ${v.identifier!.value} does not exist in ${service}: the reference ${label} may be mistyped or invented. Copy the identifier from the article's page.`;
          break;
        case 'mismatch': {
          const parts: string[] = [];
          if (v.mismatches?.includes('title')) parts.push(`title similarity ${v.similarity?.toFixed(2)} is below ${threshold}`);
          if (v.mismatches?.includes('first author')) parts.push(`first author ${v.record?.firstAuthor}, not ${e.firstAuthor}`);
          if (v.mismatches?.includes('year')) parts.push(`year ${v.record?.year}, not ${e.year}`);
          message = `${ID_NAME[v.identifier!.kind]} ${v.identifier!.value} belongs to ${v.record ? describe(v.record) : 'another work'}, not to ${label} (${parts.join('; ')}). Check the identifier and the citation.`;
          break;
        }
        case 'suggestion': {
          const s = v.suggestion!;
          const id = s.doi ? `DOI ${s.doi}` : `PMID ${s.pmid}`;
          message = `${label} has no identifier; ${service} has a matching record, ${describe(s.record)} (title similarity ${s.similarity.toFixed(2)}): add its ${s.doi ? 'DOI' : 'PMID'} so readers can check it.`;
          const insert = s.doi ? `https://doi.org/${s.doi}` : `PMID: ${s.pmid}`;
          // After the citation proper, before any annotation; keep the entry's own final period.
          const at = e.head.end;
          const before = doc.text[at - 1] ?? '';
          const newText = /[.,;]/.test(before) ? ` ${insert}` : `. ${insert}`;
          fixes.push({ title: `Add ${id}`, edits: [{ start: at, end: at, newText }] });
          break;
        }
        case 'no-match':
          message = `No ${service === 'Crossref' ? 'Crossref or PubMed' : service} record matches ${label}${v.record ? ` (closest: ${describe(v.record)}, similarity ${v.similarity?.toFixed(2)})` : ''}: the source may not exist as cited. Find it and add its DOI, or remove it.`;
          break;
        default:
          continue; // verified, unavailable, skipped: nothing to say
      }
      fixes.push(disableLineFix(doc, rule.meta.id, range.start));
      ctx.report({ start: range.start, end: range.end, message, data: { outcome: v.outcome, record: v.record, similarity: v.similarity, suggestion: v.suggestion, searchUrl }, fixes });
    }
  },
};

/**
 * Checks that need no network: one identifier given for two different works (a hallmark of invented reference
 * lists), and one entry giving two different DOIs or PMIDs.
 */
function checkConsistency(ctx: Parameters<Rule['check']>[0]): void {
  const { doc, config } = ctx;
  const threshold = config.references.titleSimilarity;
  const entries = analyzeReferences(doc, config).entries.filter((e) => e.citationLike);
  const seen = new Map<string, ReferenceEntry>();
  const name = (e: ReferenceEntry): string => (e.number !== undefined && !e.implicitNumber ? `reference [${e.number}], ` : '') + entryLabel(e);
  for (const e of entries) {
    for (const kind of ['doi', 'pmid'] as const) {
      const spans = e.identifierSpans.filter((s) => s.kind === kind);
      const values = [...new Set(spans.map((s) => s.value.toLowerCase()))];
      if (values.length > 1) {
        const second = spans.find((s) => s.value.toLowerCase() === values[1])!;
        ctx.report({
          start: second.start,
          end: second.end,
          message: `${ID_NAME[kind]}s ${spans.find((s) => s.value.toLowerCase() === values[0])!.value} and ${second.value} in one reference cannot both be right: keep the one that leads to ${entryLabel(e)}.`,
          data: { searchUrl: pubmedSearchUrl(e) },
          fixes: [disableLineFix(doc, rule.meta.id, second.start)],
        });
      }
      for (const v of values) {
        const key = `${kind}:${v}`;
        const other = seen.get(key);
        if (!other) {
          seen.set(key, e);
          continue;
        }
        if (!e.title || !other.title || titleSimilarity(e.title, other.title) >= threshold) continue; // the same work listed twice
        const span = spans.find((s) => s.value.toLowerCase() === v)!;
        ctx.report({
          start: span.start,
          end: span.end,
          message: `${ID_NAME[kind]} ${span.value} is also given for ${name(other)}: two different titles cannot share one identifier, so at least one of the two references is wrong.`,
          data: { searchUrl: pubmedSearchUrl(e) },
          fixes: [disableLineFix(doc, rule.meta.id, span.start)],
        });
      }
    }
  }
}

export default rule;
