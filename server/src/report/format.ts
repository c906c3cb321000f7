// Wording shared by the review report and hovers: doses, ranges, claim statuses, escaping.

import type { DoseMention } from '../engine/doses';
import type { ClaimInfo } from '../engine/claims';

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

export function formatAmount(min: number, max: number, unit: string): string {
  return min === max ? `${formatNumber(min)} ${unit}` : `${formatNumber(min)}–${formatNumber(max)} ${unit}`;
}

export function formatNormalisedDose(m: DoseMention): string {
  return `${formatAmount(m.min, m.max, m.unit)} ${m.basis}`;
}

export function formatRange(r: DoseMention['range']): string {
  if (!r) return 'none applies';
  return `${formatAmount(r.min, r.max, r.unit)} ${r.basis}${r.source ? ` (${r.source})` : ''}`;
}

export function formatInRange(v: boolean | null): string {
  return v === null ? 'not checked' : v ? 'yes' : 'no';
}

export type ClaimStatus = 'absolute' | 'unsupported' | 'hedged' | 'supported';

/** Status for the Claims view and the report: absolute language first, then cited, hedged, unsupported. */
export function claimStatus(c: ClaimInfo): ClaimStatus {
  if (c.absolute) return 'absolute';
  if (c.supported) return 'supported';
  if (c.hedged) return 'hedged';
  return 'unsupported';
}

/** Claims worth listing: efficacy claims and anything using absolute language. */
export function listedClaims(claims: ClaimInfo[]): ClaimInfo[] {
  return claims.filter((c) => c.claim || c.absolute);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text safe inside Markdown prose and table cells: the characters that can start markup mid-line
 * (emphasis, code, links, HTML, entities, table pipes, strikethrough) backslash-escaped, line breaks flattened.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** Text safe inside a Markdown table cell. */
export function escapeCell(s: string): string {
  return escapeMarkdown(s.replace(/\s+/g, ' ').trim()) || ' ';
}
