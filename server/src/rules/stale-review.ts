// stale-review (off by default): JAMA's currency benchmark — a health post should say when it was last reviewed,
// and that review should be recent. Reads `reviewed`, `last_reviewed`, `lastReviewed` (and a few spellings of
// the same) from front matter, or a "Last reviewed: 12 March 2024" line in the prose when there is none.
// Today's date comes from `external.now` (a Date, an ISO date string or a timestamp) when given, so tests and
// reports can pin it; otherwise from the system clock.

import type { Fix, ParsedDocument, Rule } from '../engine/types';
import { disableLineFix } from '../engine/fixes';
import { frontMatterFields, normalizeProse } from '../engine/disclaimer';

export const REVIEW_KEYS = [
  'reviewed', 'last_reviewed', 'lastreviewed', 'last-reviewed', 'reviewed_on', 'reviewedon', 'review_date', 'reviewdate',
  'last_review', 'lastreview', 'date_reviewed', 'datereviewed', 'medically_reviewed', 'medicallyreviewed',
];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type ParsedReviewDate =
  | { ok: true; date: CalendarDate; precision: 'day' | 'month' | 'year' }
  | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number, shown: string): ParsedReviewDate {
  if (year < 1900 || year > 2200) return { ok: false, reason: `${shown} has an implausible year (${year})` };
  if (month < 1 || month > 12) return { ok: false, reason: `${shown} has no month ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `${shown} has no day ${day} in that month` };
  return { ok: true, date: { year, month, day }, precision: 'day' };
}

/**
 * Read a review date as written in front matter or prose. Accepts ISO dates (with or without time), YYYY-MM,
 * YYYY, YYYY/MM/DD, D.M.YYYY, "12 March 2024", "March 12, 2024", "March 2024", MM/YYYY, and D/M/YYYY or M/D/YYYY
 * when only one reading is a valid date. Anything else is reported as malformed.
 */
export function parseReviewDate(value: unknown): ParsedReviewDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'the value is not a valid date' };
    return { ok: true, date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }, precision: 'day' };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2200) return { ok: true, date: { year: value, month: 12, day: 31 }, precision: 'year' };
    return { ok: false, reason: `${value} is not a date` };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const inner = o.date ?? o.on ?? o.when ?? o.last;
    if (inner !== undefined) return parseReviewDate(inner);
    return { ok: false, reason: 'the object has no `date`' };
  }
  if (typeof value !== 'string') return { ok: false, reason: `the value is ${Array.isArray(value) ? 'a list' : String(value)}, not a date` };
  const raw = value.trim();
  const shown = `‘${raw.length > 40 ? `${raw.slice(0, 37)}…` : raw}’`;
  if (!raw) return { ok: false, reason: 'the value is empty' };
  const s = raw.replace(WEEKDAY, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
    return validDate(+m[1], +m[2], +m[3], shown);
  }
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s))) return validDate(+m[1], +m[2], +m[3], shown);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) {
    const r = validDate(+m[1], +m[2], 1, shown);
    return r.ok ? { ok: true, date: { ...r.date, day: daysInMonth(+m[1], +m[2]) }, precision: 'month' } : r;
  }
  if ((m = /^(\d{4})$/.exec(s))) {
    const r = validDate(+m[1], 12, 31, shown);
    return r.ok ? { ...r, precision: 'year' } : r;
  }
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) return validDate(+m[3], +m[2], +m[1], shown);
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s))) {
    const a = +m[1];
    const b = +m[2];
    const dmy = validDate(+m[3], b, a, shown);
    const mdy = validDate(+m[3], a, b, shown);
    if (dmy.ok && mdy.ok && a !== b) return { ok: false, reason: `${shown} is ambiguous (day/month or month/day?)` };
    return dmy.ok ? dmy : mdy;
  }
  if ((m = /^(\d{1,2})\/(\d{4})$/.exec(s))) {
    const r = validDate(+m[2], +m[1], 1, shown);
    return r.ok ? { ok: true, date: { ...r.date, day: daysInMonth(+m[2], +m[1]) }, precision: 'month' } : r;
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/i.exec(s))) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (mo) return validDate(+m[3], mo, +m[1], shown);
  }
  if ((m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s))) {
    const mo = MONTHS[m[1].toLowerCase()];
    if (mo) return validDate(+m[3], mo, +m[2], shown);
  }
  if ((m = /^([a-z]+)\.?,?\s+(\d{4})$/i.exec(s))) {
    const mo = MONTHS[m[1].toLowerCase()];
    if (mo) {
      const r = validDate(+m[2], mo, 1, shown);
      return r.ok ? { ok: true, date: { ...r.date, day: daysInMonth(+m[2], mo) }, precision: 'month' } : r;
    }
  }
  return { ok: false, reason: `${shown} is not a date` };
}

/** Today's calendar date: `now` when given (Date: local date; "YYYY-MM-DD…": that date; number: timestamp), else the system clock. */
export function today(now?: unknown): CalendarDate {
  if (typeof now === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(now.trim());
    if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  }
  let d = now instanceof Date ? now : typeof now === 'number' ? new Date(now) : new Date();
  if (Number.isNaN(d.getTime())) d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

function ordinal(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

/** Whole months from `a` to `b`. */
export function monthsBetween(a: CalendarDate, b: CalendarDate): number {
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

function describeAge(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const ys = y ? `${y} year${y === 1 ? '' : 's'}` : '';
  const ms = m ? `${m} month${m === 1 ? '' : 's'}` : '';
  return [ys, ms].filter(Boolean).join(' and ') || 'less than a month';
}

interface ReviewMention {
  key: string;
  text: string;
  start: number;
  end: number;
  parsed: ParsedReviewDate;
  inFrontMatter: boolean;
}

const PROSE_REVIEW = /^\W{0,3}(?:page\s+|article\s+|content\s+|post\s+)?(?:last\s+)?(?:medically\s+|clinically\s+|fact[-\s]?checked\s+and\s+)?reviewed\b/iu;
const PROSE_DATE =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b\d{1,2}\/\d{4}\b/g;

/** Review dates the document states: front matter keys, else "Last reviewed …" lines in the prose. */
export function findReviewDates(doc: ParsedDocument): ReviewMention[] {
  const out: ReviewMention[] = [];
  for (const f of frontMatterFields(doc)) {
    if (!REVIEW_KEYS.includes(f.key.toLowerCase())) continue;
    // `reviewed: true` is a workflow flag, not a date; it only matters when no other key has a date.
    out.push({ key: f.key, text: String(f.value), start: f.start, end: f.end, parsed: parseReviewDate(f.value), inFrontMatter: true });
  }
  if (out.length) {
    const dated = out.filter((r) => r.parsed.ok);
    return dated.length ? out.filter((r) => r.parsed.ok || typeof frontMatterValue(doc, r.key) !== 'boolean') : out;
  }
  for (const b of doc.blocks) {
    const norm = normalizeProse(b.text, b.start);
    if (norm.text.length > 200 || !PROSE_REVIEW.test(norm.text)) continue;
    for (const m of norm.text.matchAll(PROSE_DATE)) {
      const parsed = parseReviewDate(m[0]);
      if (!parsed.ok) continue;
      const i = m.index!;
      out.push({ key: 'prose', text: m[0], start: norm.start[i], end: norm.end[i + m[0].length - 1], parsed, inFrontMatter: false });
      break;
    }
  }
  return out;
}

function frontMatterValue(doc: ParsedDocument, key: string): unknown {
  return doc.frontMatter?.data?.[key];
}

const rule: Rule = {
  meta: {
    id: 'stale-review',
    defaultSeverity: 'off',
    description: 'The last review date (front matter `reviewed`/`last_reviewed`/`lastReviewed`) must be recent and readable.',
    rationale:
      'Medical evidence and guidance change; readers and editors need to know the post was checked recently (JAMA currency benchmark). ' +
      'Re-review the post against current evidence and update its review date (frontMatter.staleAfterMonths sets the limit, default 24 months).',
  },
  check(ctx) {
    const { doc, config } = ctx;
    const limitMonths = Math.max(1, Math.floor(config.frontMatter?.staleAfterMonths ?? 24));
    const now = today(ctx.external?.now);
    const mentions = findReviewDates(doc);
    const fixesFor = (r: ReviewMention): Fix[] => [disableLineFix(doc, 'stale-review', r.start)];
    let latest: ReviewMention | null = null;
    let latestDate: CalendarDate | null = null;
    let precision: 'day' | 'month' | 'year' = 'day';
    for (const r of mentions) {
      if (!r.parsed.ok) {
        ctx.report({
          start: r.start,
          end: r.end,
          message: `Review date in '${r.key}' cannot be read: ${r.parsed.reason}. Write it as YYYY-MM-DD so readers and reviewers can tell when the post was last checked.`,
          fixes: fixesFor(r),
          data: { key: r.key, malformed: true },
        });
        continue;
      }
      if (!latestDate || ordinal(r.parsed.date) > ordinal(latestDate)) {
        latest = r;
        latestDate = r.parsed.date;
        precision = r.parsed.precision;
      }
    }
    if (!latest || !latestDate) return;
    // A date written as a month or a year counts from the last day of that period.
    const deadline = addMonths(latestDate, limitMonths);
    if (ordinal(now) <= ordinal(deadline)) return;
    const from = precision === 'day' ? latestDate : { year: latestDate.year, month: precision === 'year' ? 1 : latestDate.month, day: 1 };
    const months = monthsBetween(from, now);
    const where = latest.inFrontMatter ? `'${latest.key}'` : 'the review line';
    ctx.report({
      start: latest.start,
      end: latest.end,
      message: `Last review (${where}: ${latest.text.trim()}) was ${describeAge(months)} ago, more than the ${limitMonths} months allowed: re-check the post against current evidence and update the review date.`,
      fixes: fixesFor(latest),
      data: { key: latest.key, months, limitMonths },
    });
  },
};

export default rule;
