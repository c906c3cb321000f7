// Dose mentions (issue 4 deepens it). API used by dose-range, hover and the review report.

import type { ParsedDocument } from './types';
import type { ResolvedConfig } from './config';

export interface DoseMention {
  start: number;
  end: number;
  /** As written, e.g. "25–75 mg". */
  text: string;
  /** Normalised bounds in `unit` (min === max for a single dose). */
  min: number;
  max: number;
  /** Normalised unit: "mg", or a basis unit such as "mg/kg", "mg/m2". */
  unit: string;
  basis: 'per dose' | 'per day';
  /** Drug the dose was attributed to, or null. */
  drug: string | null;
  /** Range applied, with where it came from, or null when none applies. */
  range: { min: number; max: number; unit: string; basis: 'per dose' | 'per day'; source: string } | null;
  inRange: boolean | null;
}

export function findDoseMentions(_doc: ParsedDocument, _config: ResolvedConfig): DoseMention[] {
  return [];
}
