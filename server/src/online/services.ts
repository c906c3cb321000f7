// Crossref REST API and NCBI E-utilities lookups, through the polite HTTP client and the cache.
//
// Crossref (config.references.crossrefUrl, default https://api.crossref.org):
//   GET /works/{doi}                     → 200 {status:"ok","message-type":"work",message:{DOI,title:[…],subtitle:[…],
//                                           author:[{given,family,sequence}],issued:{"date-parts":[[y,m,d]]},"container-title":[…]}}
//                                        → 404 "Resource not found." when Crossref has no such DOI
//   GET /works/{doi}/agency              → 200 {message:{DOI,agency:{id:"datacite",label:"DataCite"}}} for DOIs registered
//                                           elsewhere (DataCite, mEDRA …), 404 when the DOI does not exist at all
//   GET /works?query.bibliographic=…&rows=5&select=… → 200 {message:{"total-results":n,items:[work…]}}
// E-utilities (config.references.eutilsUrl, default https://eutils.ncbi.nlm.nih.gov/entrez/eutils), with tool= and email=:
//   GET /esummary.fcgi?db=pubmed&id=1,2&retmode=json → {result:{uids:[…],"1":{uid,title,authors:[{name}],pubdate,
//                                           source,articleids:[{idtype:"doi",value}]},"2":{uid,error:"cannot get document summary"}}}
//   GET /esummary.fcgi?db=pmc&id=1234567&retmode=json  (PMCID without "PMC") → same shape, articleids with pmid/doi/pmcid
//   GET /esearch.fcgi?db=pubmed&term=…&retmax=5&retmode=json → {esearchresult:{count,idlist:[…]}}

import type { PoliteHttp, HttpResult } from './http';
import type { LookupCache } from './cache';
import type { RecordSummary } from './types';
import { surnameFromPubmedName } from './similarity';

export interface ServiceRecord extends RecordSummary {
  subtitle?: string;
}

export type Lookup<T> =
  | { kind: 'found'; value: T }
  | { kind: 'not-found' }
  | { kind: 'unavailable'; detail: string; offline: boolean };

export interface ServiceContext {
  http: PoliteHttp;
  cache: LookupCache;
  crossrefUrl: string;
  eutilsUrl: string;
  /** NCBI asks for tool and email parameters. */
  tool: string;
  email: string;
  stats: { requests: number; cacheHits: number };
}

function trimBase(u: string): string {
  let end = u.length;
  while (end > 0 && u.charCodeAt(end - 1) === 47 /* / */) end--;
  return u.slice(0, end);
}

/** GET with the cache: only 200 and 404 answers are stored. */
async function cachedGet(ctx: ServiceContext, key: string, url: string): Promise<{ status: number; body: string } | { failed: HttpResult }> {
  const hit = ctx.cache.get(key);
  if (hit) {
    ctx.stats.cacheHits++;
    return { status: hit.status, body: hit.body };
  }
  ctx.stats.requests++;
  const r = await ctx.http.get(url);
  if (r.kind === 'ok') {
    ctx.cache.set(key, 200, r.body);
    return { status: 200, body: r.body };
  }
  if (r.kind === 'http-error' && (r.status === 404 || r.status === 410)) {
    ctx.cache.set(key, 404, r.body);
    return { status: 404, body: r.body };
  }
  return { failed: r };
}

function failure(r: HttpResult): { kind: 'unavailable'; detail: string; offline: boolean } {
  switch (r.kind) {
    case 'offline':
      return { kind: 'unavailable', detail: `offline (${r.detail})`, offline: true };
    case 'timeout':
      return { kind: 'unavailable', detail: 'timed out', offline: false };
    case 'aborted':
      return { kind: 'unavailable', detail: 'cancelled', offline: false };
    case 'http-error':
      return { kind: 'unavailable', detail: `HTTP ${r.status}`, offline: false };
    default:
      return { kind: 'unavailable', detail: 'unexpected answer', offline: false };
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

type Json = Record<string, unknown>;

export function crossrefRecord(m: Json): ServiceRecord | undefined {
  const title = str(m.title);
  if (!title) return undefined;
  const authors = Array.isArray(m.author) ? (m.author as Json[]) : [];
  const first = authors.find((a) => a.sequence === 'first') ?? authors[0];
  const firstAuthor = first ? str(first.family) ?? str(first.name) : undefined;
  let year: string | undefined;
  for (const k of ['issued', 'published-print', 'published-online', 'published', 'created']) {
    const parts = (m[k] as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts'];
    const y = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0][0] : undefined;
    if (typeof y === 'number' && y > 1000) {
      year = String(y);
      break;
    }
  }
  return { title, subtitle: str(m.subtitle), firstAuthor, year, journal: str(m['container-title']), doi: str(m.DOI) };
}

/** Crossref record of a DOI; not-found only when the DOI exists with no registration agency at all. */
export async function crossrefWork(ctx: ServiceContext, doi: string): Promise<Lookup<ServiceRecord | { agency: string }>> {
  const base = trimBase(ctx.crossrefUrl);
  const id = encodeURIComponent(doi);
  const r = await cachedGet(ctx, `crossref|${base}|work|${doi.toLowerCase()}`, `${base}/works/${id}`);
  if ('failed' in r) return failure(r.failed);
  if (r.status === 200) {
    const j = parseJson(r.body) as { message?: Json } | undefined;
    const rec = j?.message ? crossrefRecord(j.message) : undefined;
    return rec ? { kind: 'found', value: rec } : { kind: 'unavailable', detail: 'unreadable Crossref answer', offline: false };
  }
  // 404 at /works: registered with another agency (DataCite, mEDRA, JaLC …) or not at all.
  const a = await cachedGet(ctx, `crossref|${base}|agency|${doi.toLowerCase()}`, `${base}/works/${id}/agency`);
  if ('failed' in a) return failure(a.failed);
  if (a.status === 404) return { kind: 'not-found' };
  const j = parseJson(a.body) as { message?: { agency?: { id?: string; label?: string } } } | undefined;
  const agency = j?.message?.agency;
  if (!agency?.id) return { kind: 'unavailable', detail: 'unreadable Crossref agency answer', offline: false };
  return { kind: 'found', value: { agency: agency.label ?? agency.id } };
}

export async function crossrefSearch(ctx: ServiceContext, query: string): Promise<Lookup<ServiceRecord[]>> {
  const base = trimBase(ctx.crossrefUrl);
  const q = query.replace(/\s+/g, ' ').trim().slice(0, 400);
  const url = `${base}/works?query.bibliographic=${encodeURIComponent(q)}&rows=5&select=DOI,title,subtitle,author,issued,container-title,score`;
  const r = await cachedGet(ctx, `crossref|${base}|search|${q.toLowerCase()}`, url);
  if ('failed' in r) return failure(r.failed);
  if (r.status !== 200) return { kind: 'found', value: [] };
  const j = parseJson(r.body) as { message?: { items?: Json[] } } | undefined;
  const items = Array.isArray(j?.message?.items) ? j!.message!.items! : [];
  return { kind: 'found', value: items.map(crossrefRecord).filter((x): x is ServiceRecord => !!x) };
}

function eutilsParams(ctx: ServiceContext): string {
  return `&tool=${encodeURIComponent(ctx.tool)}${ctx.email ? `&email=${encodeURIComponent(ctx.email)}` : ''}`;
}

export function esummaryRecord(doc: Json): ServiceRecord | undefined {
  const title = str(doc.title)?.replace(/\.$/, '').trim();
  if (!title) return undefined;
  const authors = Array.isArray(doc.authors) ? (doc.authors as Json[]) : [];
  const firstName = str(authors[0]?.name) ?? str(doc.sortfirstauthor);
  const year = /(?:1[89]|20)\d{2}/.exec(str(doc.pubdate) ?? str(doc.epubdate) ?? str(doc.sortpubdate) ?? '')?.[0];
  const ids = Array.isArray(doc.articleids) ? (doc.articleids as Json[]) : [];
  const idOf = (t: string): string | undefined => str(ids.find((x) => x.idtype === t)?.value);
  let pmcid = idOf('pmc') ?? idOf('pmcid');
  if (pmcid) pmcid = /PMC\d+/.exec(pmcid)?.[0];
  return {
    title,
    firstAuthor: firstName ? surnameFromPubmedName(firstName) : undefined,
    year,
    journal: str(doc.fulljournalname) ?? str(doc.source),
    doi: idOf('doi'),
    pmid: idOf('pmid'),
    pmcid,
  };
}

/**
 * Summaries of PubMed (db=pubmed) or PMC (db=pmc, numeric ids) records, batched (≤ 200 ids per request) and cached per id.
 * Returns a map id → lookup.
 */
export async function esummary(ctx: ServiceContext, db: 'pubmed' | 'pmc', ids: string[]): Promise<Map<string, Lookup<ServiceRecord>>> {
  const base = trimBase(ctx.eutilsUrl);
  const out = new Map<string, Lookup<ServiceRecord>>();
  const keyOf = (id: string): string => `eutils|${base}|${db}|${id}`;
  const todo: string[] = [];
  for (const id of [...new Set(ids)]) {
    const hit = ctx.cache.get(keyOf(id));
    if (hit) {
      ctx.stats.cacheHits++;
      const rec = hit.status === 200 ? esummaryRecord(parseJson(hit.body) as Json) : undefined;
      out.set(id, rec ? { kind: 'found', value: withId(db, id, rec) } : { kind: 'not-found' });
    } else todo.push(id);
  }
  for (let i = 0; i < todo.length; i += 200) {
    const batch = todo.slice(i, i + 200);
    ctx.stats.requests++;
    const r = await ctx.http.get(`${base}/esummary.fcgi?db=${db}&id=${batch.join(',')}&retmode=json${eutilsParams(ctx)}`);
    if (r.kind !== 'ok') {
      // E-utilities answers 200 even for unknown ids; any other answer says nothing about the ids.
      for (const id of batch) out.set(id, failure(r));
      continue;
    }
    const j = parseJson(r.body) as { result?: Json; error?: string } | undefined;
    const result = j?.result;
    if (!result) {
      for (const id of batch) out.set(id, { kind: 'unavailable', detail: j?.error ? `E-utilities: ${j.error}` : 'unreadable E-utilities answer', offline: false });
      continue;
    }
    for (const id of batch) {
      const doc = result[id] as Json | undefined;
      if (!doc || typeof doc.error === 'string') {
        ctx.cache.set(keyOf(id), 404, JSON.stringify(doc ?? {}));
        out.set(id, { kind: 'not-found' });
        continue;
      }
      const rec = esummaryRecord(doc);
      if (!rec) {
        out.set(id, { kind: 'unavailable', detail: 'record without a title', offline: false });
        continue;
      }
      ctx.cache.set(keyOf(id), 200, JSON.stringify(doc));
      out.set(id, { kind: 'found', value: withId(db, id, rec) });
    }
  }
  return out;
}

function withId(db: 'pubmed' | 'pmc', id: string, rec: ServiceRecord): ServiceRecord {
  return db === 'pubmed' ? { ...rec, pmid: id } : { ...rec, pmcid: `PMC${id}` };
}

/** PubMed ids for a title search (esearch), best match first. */
export async function pubmedSearch(ctx: ServiceContext, title: string): Promise<Lookup<string[]>> {
  const base = trimBase(ctx.eutilsUrl);
  const term = title.replace(/[[\]"]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  const r = await cachedGet(ctx, `eutils|${base}|esearch|${term.toLowerCase()}`, `${base}/esearch.fcgi?db=pubmed&term=${encodeURIComponent(term)}&retmax=5&retmode=json${eutilsParams(ctx)}`);
  if ('failed' in r) return failure(r.failed);
  if (r.status !== 200) return { kind: 'found', value: [] };
  const j = parseJson(r.body) as { esearchresult?: { idlist?: unknown[] } } | undefined;
  const list = Array.isArray(j?.esearchresult?.idlist) ? j!.esearchresult!.idlist!.filter((x): x is string => typeof x === 'string' && /^\d{1,9}$/.test(x)) : [];
  return { kind: 'found', value: list };
}
