// Minimal text edits on UTF-16 offsets (no LSP imports: the lint worker uses this too).

import type { TextEdit } from '../engine/types';

/**
 * One edit turning `before` into `after`: the differing middle, after the common prefix and suffix.
 * Never splits a "\r\n" pair or a surrogate pair, so the range is valid in every client.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  while (p > 0 && splitsPair(before, p)) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  while (s > 0 && splitsPair(before, before.length - s)) s--;
  return { start: p, end: before.length - s, newText: after.slice(p, after.length - s) };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at);
  if (a === 13 && b === 10) return true;
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}
