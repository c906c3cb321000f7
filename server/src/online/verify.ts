// Online verification of a document's reference entries.
//
//   verifyReferences(doc: ParsedDocument, config: ResolvedConfig, options?: VerifyOptions): Promise<VerificationResults>
//
// - Never goes online when config.trusted === false (status 'untrusted'), nor when config.references.verifyOnline
//   is false unless options.force is set (the "Verify references" command): status 'disabled'.
// - Each DOI is looked up in Crossref (config.references.crossrefUrl), each PMID in PubMed and each PMCID in PMC
//   through NCBI E-utilities (config.references.eutilsUrl). An entry with a DOI is judged by its DOI; else by PMID;
//   else by PMCID. An entry without an identifier but with a title is searched by title (Crossref bibliographic
//   query, then PubMed esearch): a confident match becomes a suggestion ("Add DOI 10.…"), none a 'no-match'.
// - Judging a record: normalised title similarity (see similarity.ts) below config.references.titleSimilarity
//   (default 0.8) is a title mismatch; a different first-author surname, or a year more than one year away
//   (online-first vs issue dates), is reported with it. A suggestion needs similarity ≥ max(threshold, 0.9) and no
//   author/year conflict.
// - Etiquette: User-Agent "clinical-lint/<version> (…; mailto:<config.references.mailto>)", NCBI tool/email
//   parameters, ≤ 3 requests/s per host, 10 s timeout, 3 retries with backoff honouring Retry-After, an on-disk cache
//   (options.cacheDir) with expiry: 30 days for records, 1 day for "not found".
// - Offline (connection refused, DNS failure): status 'offline' and no entry judged by that service
//   (outcome 'unavailable'), so the rule reports nothing it could not check. Entries answered from the cache are kept.
//
// Pass the results back into the synchronous engine: lintText(text, { config, external: { references: results } }),
// with the rule on (see enableVerificationRule).

import type { ParsedDocument } from '../engine/types';
import type { ResolvedConfig } from '../engine/config';
import { analyzeReferences, entryFingerprint, type ReferenceEntry } from '../engine/references';
import { PoliteHttp, type HttpOptions } from './http';
import { LookupCache } from './cache';
import { crossrefSearch, crossrefWork, esummary, pubmedSearch, type Lookup, type ServiceContext, type ServiceRecord } from './services';
import { sameSurname, titleSimilarity } from './similarity';
import type { EntryVerification, RecordSummary, VerificationResults } from './types';

export type { VerificationResults, EntryVerification } from './types';

export const VERIFY_RULE_ID = 'unverified-reference';
export const USER_AGENT_BASE = 'clinical-lint/0.1 (+https://github.com/clinical-lint/clinical-lint)';

/** HTTP tuning passed straight through to PoliteHttp (documented there). */
type HttpTuning = Pick<HttpOptions, 'fetch' | 'timeoutMs' | 'maxRetries' | 'minIntervalMs' | 'backoffBaseMs' | 'maxRetryAfterMs' | 'sleep'>;

export interface VerifyOptions extends HttpTuning {
  /** Folder for the on-disk cache (the extension's global storage, or ~/.cache/clinical-lint for the CLI). */
  cacheDir?: string;
  /** Run even when config.references.verifyOnline is false (an explicit user command). Never overrides trust. */
  force?: boolean;
  signal?: AbortSignal;
  /** Progress: entries done of total. */
  onProgress?: (done: number, total: number) => void;
  /** Test hooks and tuning (HTTP tuning comes from HttpTuning). */
  cacheTtlMs?: number;
  negativeCacheTtlMs?: number;
  now?: () => number;
}

/** The config with unverified-reference on (warning) unless the user set it: pass results only with this. */
export function enableVerificationRule(config: ResolvedConfig): ResolvedConfig {
  if (config.rules[VERIFY_RULE_ID] !== undefined) return config;
  return { ...config, rules: { ...config.rules, [VERIFY_RULE_ID]: 'warning' } };
}

function empty(status: VerificationResults['status'], message: string, threshold: number): VerificationResults {
  return { status, message, checked: 0, problems: 0, threshold, entries: [], requests: 0, cacheHits: 0 };
}

function summary(r: RecordSummary | ServiceRecord): RecordSummary {
  const t = (r as ServiceRecord).subtitle ? `${r.title}: ${(r as ServiceRecord).subtitle}` : r.title;
  return { title: t, firstAuthor: r.firstAuthor, year: r.year, journal: r.journal, doi: r.doi, pmid: r.pmid, pmcid: r.pmcid };
}

function judge(e: ReferenceEntry, rec: ServiceRecord, threshold: number): Pick<EntryVerification, 'similarity' | 'mismatches' | 'outcome'> {
  const mismatches: ('title' | 'first author' | 'year')[] = [];
  let similarity: number | undefined;
  if (e.title) {
    similarity = titleSimilarity(e.title, rec.title, rec.subtitle);
    if (similarity < threshold) mismatches.push('title');
  }
  if (e.firstAuthor && rec.firstAuthor && !sameSurname(e.firstAuthor, rec.firstAuthor)) mismatches.push('first author');
  const ey = Number(e.year?.slice(0, 4));
  const ry = Number(rec.year);
  if (ey > 1000 && ry > 1000 && Math.abs(ey - ry) > 1) mismatches.push('year');
  // Without a title to compare, one disagreement may be our parsing; two are a different work.
  const bad = mismatches.includes('title') || (!e.title && mismatches.length >= 2) || (e.title !== undefined && mismatches.length >= 1);
  return { similarity, mismatches, outcome: bad ? 'mismatch' : 'verified' };
}

/** Title-search candidates ranked; a confident one needs a high similarity and no author/year conflict. */
function bestCandidate(e: ReferenceEntry, cands: ServiceRecord[], threshold: number): { rec: ServiceRecord; similarity: number; confident: boolean } | undefined {
  let best: { rec: ServiceRecord; similarity: number; confident: boolean } | undefined;
  for (const rec of cands) {
    const similarity = titleSimilarity(e.title!, rec.title, rec.subtitle);
    const authorOk = !e.firstAuthor || !rec.firstAuthor || sameSurname(e.firstAuthor, rec.firstAuthor);
    const ey = Number(e.year?.slice(0, 4));
    const ry = Number(rec.year);
    const yearOk = !(ey > 1000 && ry > 1000 && Math.abs(ey - ry) > 1);
    const confident = similarity >= Math.max(threshold, 0.9) && authorOk && yearOk;
    if (!best || (confident && !best.confident) || (confident === best.confident && similarity > best.similarity)) best = { rec, similarity, confident };
  }
  return best;
}

export async function verifyReferences(doc: ParsedDocument, config: ResolvedConfig, options: VerifyOptions = {}): Promise<VerificationResults> {
  const refs = config.references;
  const threshold = typeof refs.titleSimilarity === 'number' ? refs.titleSimilarity : 0.8;
  if (config.trusted === false) return empty('untrusted', 'Reference verification is off in an untrusted workspace.', threshold);
  if (!refs.verifyOnline && !options.force) {
    return empty('disabled', 'Online reference verification is off (set clinicalLint.references.verifyOnline, or run "Verify references").', threshold);
  }
  let crossrefUrl: string;
  let eutilsUrl: string;
  try {
    crossrefUrl = new URL(refs.crossrefUrl).toString();
    eutilsUrl = new URL(refs.eutilsUrl).toString();
  } catch {
    return empty('error', 'references.crossrefUrl and references.eutilsUrl must be absolute URLs.', threshold);
  }
  const mailto = (refs.mailto ?? '').trim();
  const userAgent = mailto ? `${USER_AGENT_BASE.slice(0, -1)}; mailto:${mailto})` : USER_AGENT_BASE;
  const http = new PoliteHttp({
    userAgent,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    minIntervalMs: options.minIntervalMs,
    backoffBaseMs: options.backoffBaseMs,
    maxRetryAfterMs: options.maxRetryAfterMs,
    signal: options.signal,
    sleep: options.sleep,
    now: options.now,
  });
  const cache = new LookupCache({ dir: options.cacheDir, ttlMs: options.cacheTtlMs, negativeTtlMs: options.negativeCacheTtlMs, now: options.now });
  const ctx: ServiceContext = { http, cache, crossrefUrl, eutilsUrl, tool: 'clinical-lint', email: mailto, stats: { requests: 0, cacheHits: 0 } };

  const entries = analyzeReferences(doc, config).entries.filter((e) => e.citationLike);
  const results: EntryVerification[] = [];
  const base = (e: ReferenceEntry): Pick<EntryVerification, 'fingerprint' | 'start' | 'end'> => ({ fingerprint: entryFingerprint(e), start: e.start, end: e.end });
  const total = entries.length;
  let done = 0;
  const tick = (): void => options.onProgress?.(++done, total);
  let offline = false;

  // PMIDs and PMCIDs go in one batched request per database.
  const pmids = entries.filter((e) => !e.identifiers.doi && e.identifiers.pmid).map((e) => e.identifiers.pmid!);
  const pmcs = entries.filter((e) => !e.identifiers.doi && !e.identifiers.pmid && e.identifiers.pmcid).map((e) => e.identifiers.pmcid!.replace(/^PMC/i, ''));
  const pubmed = pmids.length ? await esummary(ctx, 'pubmed', pmids) : new Map<string, Lookup<ServiceRecord>>();
  const pmc = pmcs.length ? await esummary(ctx, 'pmc', pmcs) : new Map<string, Lookup<ServiceRecord>>();

  for (const e of entries) {
    if (options.signal?.aborted) break;
    const ids = e.identifiers;
    let v: EntryVerification;
    if (ids.doi || ids.pmid || ids.pmcid) {
      const kind = ids.doi ? 'doi' : ids.pmid ? 'pmid' : 'pmcid';
      const value = ids.doi ?? ids.pmid ?? ids.pmcid!;
      const service = kind === 'doi' ? 'crossref' : kind === 'pmid' ? 'pubmed' : 'pmc';
      const look: Lookup<ServiceRecord | { agency: string }> =
        kind === 'doi' ? await crossrefWork(ctx, value) : (kind === 'pmid' ? pubmed.get(value) : pmc.get(value.replace(/^PMC/i, ''))) ?? { kind: 'unavailable', detail: 'not looked up', offline: false };
      if (look.kind === 'unavailable') {
        if (look.offline) offline = true;
        v = { ...base(e), outcome: 'unavailable', service, identifier: { kind, value }, detail: look.detail };
      } else if (look.kind === 'not-found') {
        v = { ...base(e), outcome: 'not-found', service, identifier: { kind, value } };
      } else if ('agency' in look.value) {
        v = { ...base(e), outcome: 'verified', service, identifier: { kind, value }, detail: `registered with ${look.value.agency}; not compared` };
      } else {
        const j = judge(e, look.value, threshold);
        v = { ...base(e), ...j, service, identifier: { kind, value }, record: summary(look.value) };
      }
    } else if (e.title && e.title.split(/\s+/).length >= 3) {
      v = await searchByTitle(ctx, e, threshold, base(e));
      if (v.outcome === 'unavailable' && /offline/.test(v.detail ?? '')) offline = true;
    } else {
      v = { ...base(e), outcome: 'skipped' };
    }
    results.push(v);
    tick();
  }

  const checked = results.filter((r) => r.outcome !== 'skipped' && r.outcome !== 'unavailable').length;
  const problems = results.filter((r) => r.outcome === 'not-found' || r.outcome === 'mismatch' || r.outcome === 'suggestion' || r.outcome === 'no-match').length;
  const unavailable = results.filter((r) => r.outcome === 'unavailable').length;
  const hosts = [...http.unreachable().entries()].map(([h, c]) => `${h} (${c})`).join(', ');
  let status: VerificationResults['status'] = 'ok';
  let message: string;
  if (offline) {
    status = 'offline';
    message = `Offline: could not reach ${hosts || 'the reference services'}; ${unavailable} of ${total} references were not checked${checked ? ` (${checked} answered from the cache)` : ''}.`;
  } else {
    message = `Checked ${checked} of ${total} references: ${problems} need attention${unavailable ? `, ${unavailable} could not be checked (timeouts or service errors)` : ''}.`;
  }
  return { status, message, checked, problems, threshold, entries: results, requests: http.sent, cacheHits: ctx.stats.cacheHits };
}

async function searchByTitle(
  ctx: ServiceContext,
  e: ReferenceEntry,
  threshold: number,
  b: Pick<EntryVerification, 'fingerprint' | 'start' | 'end'>,
): Promise<EntryVerification> {
  const query = [e.title, e.firstAuthor, e.year].filter(Boolean).join(' ');
  const cr = await crossrefSearch(ctx, query);
  let closest: { rec: ServiceRecord; similarity: number } | undefined;
  let crUnavailable: string | undefined;
  if (cr.kind === 'found') {
    const best = bestCandidate(e, cr.value, threshold);
    if (best?.confident && best.rec.doi) {
      return { ...b, outcome: 'suggestion', service: 'crossref', record: summary(best.rec), similarity: best.similarity, suggestion: { doi: best.rec.doi, record: summary(best.rec), similarity: best.similarity } };
    }
    if (best) closest = best;
  } else if (cr.kind === 'unavailable') crUnavailable = cr.detail;
  // PubMed indexes much of the clinical literature without DOIs in Crossref's sense (older, non-Crossref publishers).
  const pm = await pubmedSearch(ctx, e.title!);
  // "No match" is claimed only when both searches ran.
  if (pm.kind === 'unavailable') {
    return { ...b, outcome: 'unavailable', service: 'pubmed', detail: crUnavailable ? `${crUnavailable}; ${pm.detail}` : pm.detail };
  }
  if (pm.kind === 'found' && pm.value.length) {
    const sums = await esummary(ctx, 'pubmed', pm.value);
    const recs: ServiceRecord[] = [];
    for (const id of pm.value) {
      const l = sums.get(id);
      if (l?.kind === 'found') recs.push(l.value);
    }
    const best = bestCandidate(e, recs, threshold);
    if (best?.confident) {
      return {
        ...b,
        outcome: 'suggestion',
        service: 'pubmed',
        record: summary(best.rec),
        similarity: best.similarity,
        suggestion: { doi: best.rec.doi, pmid: best.rec.pmid, record: summary(best.rec), similarity: best.similarity },
      };
    }
    if (best && (!closest || best.similarity > closest.similarity)) closest = best;
  }
  if (crUnavailable) return { ...b, outcome: 'unavailable', service: 'crossref', detail: crUnavailable };
  return { ...b, outcome: 'no-match', service: 'crossref', record: closest ? summary(closest.rec) : undefined, similarity: closest?.similarity };
}
