// Result types of the online reference check (verifyReferences in ./verify.ts). Plain data only: the
// unverified-reference rule reads them synchronously from `ctx.external.references`, and the server/CLI
// pass them as `lintText(text, { external: { references: results } })`.

export type VerificationStatus =
  /** Every lookup that was needed ran (some entries may still be 'unavailable' after retries). */
  | 'ok'
  /** The network or both services were unreachable: no entry was judged, and the rule reports nothing. */
  | 'offline'
  /** `references.verifyOnline` is false and the run was not forced by the user. */
  | 'disabled'
  /** Untrusted workspace: never online. */
  | 'untrusted'
  /** Unexpected failure (bad options); see `message`. */
  | 'error';

export interface RecordSummary {
  title: string;
  firstAuthor?: string;
  year?: string;
  journal?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
}

export type EntryOutcome =
  /** The identifier exists and its record matches the entry's title (and author/year when given). */
  | 'verified'
  /** The DOI/PMID/PMCID does not exist (Crossref 404, E-utilities "cannot get document summary"). */
  | 'not-found'
  /** The identifier exists but its record's title/author/year do not match what the entry says. */
  | 'mismatch'
  /** No identifier; a title search found a confident match (see `suggestion`). */
  | 'suggestion'
  /** No identifier; a title search found no matching record. */
  | 'no-match'
  /** The lookup failed after retries (timeout, HTTP error): nothing is claimed about this entry. */
  | 'unavailable'
  /** Nothing to check (no identifier and no usable title). */
  | 'skipped';

export interface EntryVerification {
  /** entryFingerprint() of the entry when it was checked: results apply only to an unchanged entry. */
  fingerprint: string;
  /** Offsets of the entry at check time (informational; matching is by fingerprint). */
  start: number;
  end: number;
  outcome: EntryOutcome;
  service?: 'crossref' | 'pubmed' | 'pmc';
  /** The identifier looked up. */
  identifier?: { kind: 'doi' | 'pmid' | 'pmcid'; value: string };
  /** The record found (by identifier, or the best title-search hit). */
  record?: RecordSummary;
  /** Normalised title similarity between the entry and `record` (0–1). */
  similarity?: number;
  /** What does not match: 'title', 'first author', 'year'. */
  mismatches?: ('title' | 'first author' | 'year')[];
  /** For 'suggestion': the identifier to add. */
  suggestion?: { doi?: string; pmid?: string; record: RecordSummary; similarity: number };
  /** For 'unavailable': why (timeout, HTTP 503 …). */
  detail?: string;
}

export interface VerificationResults {
  status: VerificationStatus;
  /** One line for a status bar / progress notification. */
  message: string;
  /** Entries looked at (with an identifier or a title). */
  checked: number;
  /** Entries with outcome not-found, mismatch, suggestion or no-match. */
  problems: number;
  /** Title similarity threshold in force (config.references.titleSimilarity). */
  threshold: number;
  entries: EntryVerification[];
  /** Requests sent over the network (cache hits excluded), for logs and tests. */
  requests: number;
  cacheHits: number;
}
