// Claim analysis (issue 3 deepens it). API used by the rules, the CLI `classify` command and the review report.

import type { Citation, ParsedDocument } from './types';
import type { ResolvedConfig } from './config';

export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct';

export interface ClaimClassification {
  strength: ClaimStrength;
  /** True when the sentence is an efficacy claim (an intervention brings a health benefit or prevents harm). */
  claim: boolean;
  /** The words that decided it (verbs, hedges, boosters, absolute terms). */
  cues: string[];
}

export interface ClaimInfo extends ClaimClassification {
  start: number;
  end: number;
  text: string;
  hedged: boolean;
  absolute: boolean;
  supported: boolean;
  citations: Citation[];
}

export function classifySentence(_text: string): ClaimClassification {
  return { strength: 'none', claim: false, cues: [] };
}

export function analyzeClaims(_doc: ParsedDocument, _config: ResolvedConfig): ClaimInfo[] {
  return [];
}
