// Reference entries and in-text citations (issue 5 deepens it). API used by the reference rules,
// online verification and the review report.

import type { Citation, ParsedDocument } from './types';
import type { ResolvedConfig } from './config';

export interface Identifiers {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  isbn?: string;
}

export interface ReferenceEntry {
  start: number;
  end: number;
  text: string;
  /** How citations point at it: a number ("4"), a footnote label ("smith2020"), or author–year keys ("garcia|2018"). */
  keys: string[];
  identifiers: Identifiers;
  /** Malformed identifiers with a reason. */
  malformed: { start: number; end: number; text: string; reason: string }[];
  title?: string;
  firstAuthor?: string;
  year?: string;
  cited: boolean;
}

export interface ReferenceAnalysis {
  entries: ReferenceEntry[];
  /** In-text citations outside the reference list. */
  citations: Citation[];
  /** Citations that match no entry. */
  unmatched: Citation[];
}

export function analyzeReferences(_doc: ParsedDocument, _config: ResolvedConfig): ReferenceAnalysis {
  return { entries: [], citations: [], unmatched: [] };
}
