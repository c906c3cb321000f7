// Claims whose subject is given by the document's structure (issue #3, round 5). Clinic and shop pages state benefits
// in block language: the subject (the treatment) is elided and supplied by a heading, a lead-in or the quote around it.
//
// A. A list item or table cell that is a subjectless benefit fragment: a finite verb in -s form or a modal first
//    ('Reduces joint inflammation', 'May ease cramps') or benefit noun phrases ('Faster recovery', 'Less bloating',
//    'Pain relief'), read as a claim about the list's topic when the lead-in names a treatment or its benefits, and not
//    when it names symptoms, side effects, risks, causes, eligibility, logistics or what to expect.
// B. A 'Label: benefit list' line: a label naming benefits or results, then outcome phrases ('**Benefits:** faster
//    recovery, less soreness, better sleep.').
// C. A testimonial quote (a block quote under a testimonial heading, or with an attribution line '— Sarah, 34'): a
//    first-person change of health in it ('My eczema cleared in two weeks') is a claim, though no treatment is named.
//
// The fragment is classified by the sentence classifier with the elided subject supplied ('It reduces joint
// inflammation'), and the spans it finds are mapped back into the fragment, so that diagnostics and quick fixes stay
// inside the item. Lexicons: server/src/data/claims-structure.json. Only sentences in list items, table cells, block
// quotes and paragraphs with a label colon are looked at, and only when the classifier found no claim in them.

import type { ParsedDocument, ProseBlock, Sentence } from './types';
import type { ClaimClassification, Predicate } from './claims';
import structureData from '../data/claims-structure.json';
import reportedData from '../data/claims-reported.json';
import { alternation as alt } from './lexicon-source';

type Classify = (text: string) => ClaimClassification;

interface Patterns {
  benefit: RegExp;
  other: RegExp;
  hedge: RegExp;
  modalEnd: RegExp;
  treatment: RegExp;
  testimonialHeading: RegExp;
  decrease: RegExp;
  increase: RegExp;
  benefitNoun: RegExp;
  change: RegExp;
  canAgain: RegExp;
  negated: RegExp;
  habitual: RegExp;
}
let patterns: Patterns | null = null;

/** The patterns of claims-structure.json (and the word classes of claims-reported.json they reuse), built on first use. */
function compiled(): Patterns {
  if (patterns) return patterns;
  const L = structureData.leadIns;
  const F = structureData.fragments;
  const R = reportedData;
  const word = (s: string, flags = 'i'): RegExp => new RegExp(`(?:^|[^a-z0-9-])(?:${s})(?![a-z0-9-])`, flags);
  // A first-person change of health (C): a symptom of mine that has cleared, a good state of mine that has come back,
  // weight lost, an activity regained, a pregnancy, feeling well, a medicine no longer taken.
  const owner = "(?:my|our|his|her)\\s+(?:[a-z'\u2019-]+\\s+){0,2}?";
  const adv = '(?:(?:completely|totally|finally|now|all|almost|nearly|really|just|much|so\\s+much|far|a\\s+lot)\\s+)?';
  const perfect = `(?:(?:has|have|had)\\s+${adv})?`;
  const symptoms = alt(R.symptoms);
  const states = alt(R.positiveStates);
  const cleared = '(?:cleared(?:\\s+up)?|(?:gone|went)(?!\\s+up)(?:\\s+away)?|disappeared|vanished|stopped|eased|settled(?:\\s+down)?|faded|healed|resolved|calmed(?:\\s+down)?|improved|got\\s+better|got\\s+much\\s+better|dropped|fallen|fell|come\\s+down|came\\s+down|halved|shrunk|shrank)';
  const clearState = '(?:is|are|was|were|has\\s+been|have\\s+been)\\s+' + adv + '(?:gone|better|clear|clearer|under\\s+control|normal|healed|fine|manageable|a\\s+thing\\s+of\\s+the\\s+past)';
  const returned = '(?:come\\s+back|came\\s+back|returned|improved|picked\\s+up|lifted|(?:is|are)\\s+back|(?:is|are|was|were)\\s+' + adv + '(?:better|regular|normal|back|amazing|great)(?:\\s+again)?)';
  const number = '(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half\\s+a|a\\s+couple\\s+of|several)';
  const units = '(?:stones?|kg|kilos?|kilograms?|pounds|lbs|dress\\s+sizes?|sizes|inches)';
  const change = [
    `${owner}(?:${symptoms})\\s+${perfect}${cleared}`,
    `${owner}(?:${symptoms})\\s+${clearState}`,
    `${owner}(?:${states}|skin)\\s+${perfect}${returned}`,
    `(?:i|we)\\s+(?:have\\s+|['\u2019]ve\\s+)?(?:lost|dropped|shed)\\s+(?:over\\s+|nearly\\s+|almost\\s+)?${number}\\s+${units}`,
    `(?:i|we)\\s+(?:am|['\u2019]m|was)\\s+${number}\\s+${units}\\s+lighter`,
    `(?:i|we)\\s+(?:have|['\u2019]ve\\s+got|have\\s+got|now\\s+have)\\s+(?:so\\s+much|much|far|a\\s+lot|loads)\\s+more\\s+(?:${states})`,
    `(?:i|we)\\s+(?:got|fell|am|['\u2019]m|are|were|was)\\s+(?:finally\\s+)?pregnant`,
    `i\\s+(?:feel|felt|am|['\u2019]m)\\s+${adv}(?:better|great|amazing|fantastic|brilliant|wonderful|healthier|fitter|stronger|calmer|like\\s+myself(?:\\s+again)?|myself\\s+again|pain[- ]free|symptom[- ]free|\\d+\\s+years\\s+younger|years\\s+younger)`,
    `(?:i|we)\\s+(?:am|['\u2019]m|are|was|were)\\s+(?:now\\s+|finally\\s+|completely\\s+)?(?:off|free\\s+of)\\s+(?:my\\s+|all\\s+my\\s+|the\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${alt(R.medications)}|pain|painkillers)`,
  ].join('|');
  return (patterns = {
    benefit: word(alt(L.benefit)),
    other: word(alt(L.other)),
    hedge: word(alt(L.hedges)),
    modalEnd: new RegExp(`(?:^|\\s)(${alt(L.modalEnd)})\\s*:\\s*$`, 'i'),
    treatment: word(alt(structureData.treatments)),
    testimonialHeading: word(alt(structureData.testimonial.headings)),
    decrease: new RegExp(`^(?:${alt(F.decrease)})\\s+`, 'i'),
    increase: new RegExp(`^(?:${alt(F.increase)})\\s+`, 'i'),
    benefitNoun: new RegExp(`\\s(${Object.keys(F.benefitNouns).join('|')})$`, 'i'),
    change: new RegExp(`\\b(?:${change})(?![a-z-])`, 'i'),
    // 'I can walk the dog again', 'I can finally wear jeans': an activity regained ('again' later in the clause, or 'finally').
    canAgain: new RegExp(`\\bi\\s+(?:can|could)\\s+(?:now\\s+|(finally)\\s+|even\\s+|actually\\s+)?(?:${alt(R.activities)})(?![a-z-])`, 'i'),
    negated: /\b(?:not|never|no|hardly|barely)\b|n['\u2019]t\b/i,
    habitual: /\b(?:used\s+to|every\s+(?:summer|winter|spring|autumn|year|time|month)|usually|always|would\s+(?:always\s+)?(?:clear|go|come))\b/i,
  });
}

/** What a lead-in says about the list, table or label it introduces. */
interface LeadIn {
  /** 'benefit': names benefits ('Benefits of …', 'Why choose …', 'What it does'); 'treatment': names a treatment; 'other': symptoms, side effects, logistics …; null: says nothing. */
  kind: 'benefit' | 'treatment' | 'other' | null;
  /** A hedge in the lead-in ('You may notice:', 'Massage may help with:'). */
  hedged: boolean;
  /** A modal or 'helps' at the end of the lead-in before its colon ('Turmeric can:'): the items are base-form verbs. */
  modal: string | null;
}

const NONE: LeadIn = { kind: null, hedged: false, modal: null };

function readLeadIn(text: string): LeadIn {
  const t = text.trim();
  if (!t) return NONE;
  const p = compiled();
  if (p.other.test(t)) return { kind: 'other', hedged: false, modal: null };
  const m = /:\s*$/.test(t) ? p.modalEnd.exec(t) : null;
  const hedged = p.hedge.test(t);
  if (p.benefit.test(t)) return { kind: 'benefit', hedged, modal: m ? m[1].replace(/\s+/g, ' ').toLowerCase() : null };
  if (m || p.treatment.test(t)) return { kind: p.treatment.test(t) || m ? 'treatment' : null, hedged, modal: m ? m[1].replace(/\s+/g, ' ').toLowerCase() : null };
  return NONE;
}

/** The first decisive lead-in of a chain (nearest first): 'other' or 'benefit'/'treatment' decides; null ones are skipped. */
function decide(chain: (() => LeadIn)[]): LeadIn {
  for (const get of chain) {
    const l = get();
    if (l.kind) return l;
  }
  return NONE;
}

function listDepth(b: ProseBlock): number {
  let d = 0;
  for (const c of b.containers) if (c === 'listItem') d++;
  return d;
}

/** Last sentence of a block (the one that introduces what follows), or its text. */
function lastSentence(b: ProseBlock): string {
  return b.sentences.length ? b.sentences[b.sentences.length - 1].text : b.text;
}

/** An attribution line after a quote: '— Sarah, 34', '- Leah K.', '(Janet, 58)', '— a patient, aged 38'. */
const ATTRIBUTION = /^(?:[-\u2013\u2014~]+[ \t]*|\([ \t]*)(?:[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019.-]*){0,3}|[Aa][ \t]+(?:patient|client|customer|mum|dad|parent|reader)|(?:[Pp]atient|[Cc]lient)[ \t]+feedback)(?:,?[ \t]+(?:aged[ \t]+)?\d{1,3})?(?:[,;][ \t][A-Za-z0-9 ,.'\u2019-]{0,60})?\)?$/;
/** An attribution line (the text trimmed first, so that the pattern needs no leading or trailing white-space runs). */
function isAttribution(text: string): boolean {
  const t = text.trim();
  return t.length < 120 && ATTRIBUTION.test(t);
}
const HEALTH_WORDS = new Set(structureData.testimonial.healthWords);

/** The text names a health state: a word or two-word phrase of claims-structure.json's testimonial.healthWords. */
function mentionsHealth(text: string): boolean {
  let prev = '';
  for (const m of text.toLowerCase().matchAll(/[a-z0-9'-]+/g)) {
    if (HEALTH_WORDS.has(m[0]) || (prev && HEALTH_WORDS.has(`${prev} ${m[0]}`))) return true;
    prev = m[0];
  }
  return false;
}

/** How the writer was before: 'Before Priya, I could not …', 'I used to …', 'For years I …', 'I had tried everything'. */
const BEFORE_STATE = /^[\s"\u201c]*(?:before\s+\S[^,.;:!?]{0,40},\s*(?:i|we|my)\b|i\s+used\s+to\b|for\s+(?:years|months|ages|decades|a\s+long\s+time)(?:\s*,\s*|\s+)i\b|i\s+had\s+(?:tried|suffered|struggled|lived\s+with|put\s+up\s+with)\b|i\s+(?:could\s*n['\u2019]?t|could\s+not|was\s+unable\s+to)\b)/i;
/** A first-person sentence opened by a marker of the time since: 'Now I …', 'Last month I …', 'Since then, my …'. */
const AFTER_OPENER = /^[\s"\u201c]*(?:now|these\s+days|nowadays|today|this\s+(?:year|month|week|summer|winter|spring|autumn)|last\s+(?:month|week|year|summer|winter|spring|autumn|weekend)|since\s+then|(?:a\s+few|two|three|four|six)\s+(?:weeks|months)\s+(?:later|on))(?:\s*,\s*|\s+)(?:i|we|my)\s/i;
/**
 * Round 6 (precision): the 'after' sentence of a before/after testimonial states a change of the same life (a health word,
 * an activity regained, a journey or outing, or a content word shared with the 'before' sentence: 'I could not get on a
 * train …' / 'Last month I took the train to Leeds'), not any news ('Now I work from home', 'These days we live in Leeds').
 */
const REGAINED = new RegExp(`\\b(?:${alt(reportedData.activities)}|travel(?:led|ed|s)?|drove|drive|flew|fly|went|go|shop(?:ped|ping)?|got\\s+on|take\\s+the|took\\s+the|leave\\s+the\\s+house|left\\s+the\\s+house|go\\s+out|went\\s+out|socialis(?:e|ed)|sleep|slept|ran|swam|rode|walked|climbed|played|danced|lifted|carried|held|enjoyed|ate|managed|completed|finished|(?:solid|full|good|whole|unbroken)\\s+(?:[a-z0-9]+\\s+)?(?:hours|nights?)|through\\s+the\\s+night|night['\u2019]s\\s+sleep)(?![a-z-])`, 'i');
const SHARED_STOP = new Set(['with', 'that', 'have', 'from', 'this', 'when', 'then', 'they', 'them', 'were', 'been', 'just', 'much', 'more', 'even', 'also', 'some', 'time', 'days', 'week', 'like', 'what', 'into', 'over', 'only', 'very', 'able', 'your', 'mine', 'used', 'before', 'could', 'would', 'without', 'about', 'after', 'every', 'never', 'years', 'months', 'since', 'there', 'their', 'which', 'these', 'those', 'really', 'always', 'still', 'things', 'thing', 'anything', 'something', 'everything', 'because', 'tried', 'again']);
function regainedAfter(before: string, after: string): boolean {
  if (mentionsHealth(after) || REGAINED.test(after)) return true;
  const words = new Set<string>();
  for (const m of before.toLowerCase().matchAll(/[a-z]{4,}/g)) if (!SHARED_STOP.has(m[0])) words.add(m[0]);
  for (const m of after.toLowerCase().matchAll(/[a-z]{4,}/g)) if (words.has(m[0])) return true;
  return false;
}

/** Service, not health: the staff, the clinic, the booking. */
const SERVICE = /\b(?:staff|team|nurses?|receptionists?|clinic|booking|appointment|parking|waiting\s+room|price|prices)\b/i;

/** The end of a quotation followed by an attribution in the same block: '…two weeks." — Sarah, 34'. */
const QUOTE_CLOSE = /["\u201d]\s*(?:[-\u2013\u2014~(])/;

/** Reads sentences of one document through its structure; lead-in verdicts are computed once per list, table and quote. */
export class StructureReader {
  private readonly index = new Map<ProseBlock, number>();
  private readonly listLead = new Map<number, LeadIn>();
  private readonly quoteVerdict = new Map<number, boolean>();
  private readonly leads = new Map<string, LeadIn>();
  private readonly headingLeads = new Map<number, LeadIn>();
  /** For each heading block, the index of the enclosing heading of lower depth, or -1 (built on first use). */
  private parents: Int32Array | null = null;
  /** For a list item's block index, the index of the block before its list (see listLeadIn). */
  private readonly listStart = new Map<number, number>();
  private tables: Map<number, { header: string; rowLabel: string; firstHeader: string; col: number; row: number; lead: number }> | null = null;

  constructor(private readonly doc: ParsedDocument, private readonly classify: Classify) {
    doc.blocks.forEach((b, i) => this.index.set(b, i));
  }

  /** A reading of sentence s (classified as c, no claim) as a claim given by its structure, or null. */
  read(s: Sentence, c: ClaimClassification): ClaimClassification | null {
    const b = s.block;
    if (b.kind === 'heading') return null;
    const i = this.index.get(b);
    if (i === undefined) return null;
    if (b.containers.includes('blockquote') || this.quotedParagraph(i)) {
      return this.isTestimonialQuote(i) ? testimonialChange(s.text, c) ?? this.beforeAfter(s, c, i) ?? this.afterContrast(s, c, i) : null;
    }
    const inList = b.containers.includes('listItem');
    const inTable = b.kind === 'tableCell';
    const label = labelOf(s.text, inList || inTable);
    if (!label && !inList && !inTable) return null;
    const from = label ? label.end : 0;
    // The fragment's shape first (cheap): most items and cells are neither a verb fragment nor benefit phrases.
    const shape = fragmentShape(s.text, from, !!label);
    if (!shape.verb && !shape.np && !shape.base) return null;
    let lead: LeadIn = NONE;
    if (label) lead = this.leadIn(label.text);
    if (!lead.kind && inList) lead = this.listLeadIn(i);
    if (!lead.kind && inTable) lead = this.tableLeadIn(b);
    if (lead.kind !== 'benefit' && lead.kind !== 'treatment') return null;
    const kind = label && !inList && !inTable ? 'label' : inTable ? 'table' : 'list';
    const verb = shape.verb || (shape.base && lead.modal) ? verbFragment(s.text, from, lead, this.classify, kind) : null;
    return verb ?? (shape.np ? nounFragments(s.text, from, lead, this.classify, kind) : null);
  }

  /** readLeadIn, remembered by text (a table's header and row labels are read for each of its cells). */
  private leadIn(text: string): LeadIn {
    let l = this.leads.get(text);
    if (!l) this.leads.set(text, (l = readLeadIn(text)));
    return l;
  }

  /**
   * 'Before: size 20 and out of breath. After: size 12 …': in a testimonial quote that has a 'Before:' part, the part
   * labelled 'After:' (or 'Now:', 'Today:') states the result.
   */
  private beforeAfter(s: Sentence, c: ClaimClassification, i: number): ClaimClassification | null {
    if (c.claim || c.absoluteTerms.length) return null;
    const label = labelOf(s.text);
    if (!label || !/^(?:after|now|today)\s*:$/i.test(label.text.replace(/^[\s"'\u201c*_]+/, ''))) return null;
    const blocks = this.doc.blocks;
    const quoted = (k: number): boolean => k >= 0 && k < blocks.length && blocks[k].containers.includes('blockquote');
    let first = i;
    let last = i;
    if (quoted(i)) {
      while (quoted(first - 1)) first--;
      while (quoted(last + 1)) last++;
    }
    let before = false;
    for (let k = first; k <= last && !before; k++) before = /\bbefore\s*:/i.test(blocks[k].text);
    if (!before) return null;
    let end = s.text.length;
    while (end > label.end && /[\s.!"\u201d]/.test(s.text[end - 1])) end--;
    if (end <= label.end) return null;
    const start = label.end;
    return quoteClaim(c, s.text, start, end, end);
  }

  /**
   * 'Before Priya, I could not get on a train without a panic attack. Last month I travelled to Edinburgh on my own.':
   * in a testimonial quote, a sentence that states how the writer was before (BEFORE_STATE) and, after it in the same
   * quote, a first-person sentence opened by a marker of the time since (AFTER_OPENER: 'Now', 'These days', 'Last
   * month', 'Since then') that is not negated: the second states the result.
   */
  private afterContrast(s: Sentence, c: ClaimClassification, i: number): ClaimClassification | null {
    if (c.claim || c.absoluteTerms.length || isQuestion(s.text)) return null;
    const opener = AFTER_OPENER.exec(s.text);
    if (!opener || /\b(?:not|never|no\s+longer|nothing|have\s+to|has\s+to|need\s+to|must)\b|n['\u2019]t\b/i.test(s.text) || SERVICE.test(s.text)) return null;

    const blocks = this.doc.blocks;
    const quoted = (k: number): boolean => k >= 0 && k < blocks.length && blocks[k].containers.includes('blockquote');
    let first = i;
    if (quoted(i)) while (quoted(first - 1)) first--;
    let before = false;
    for (let k = first; k <= i && !before; k++) {
      for (const t of blocks[k].sentences) {
        if (t.start >= s.start) break;
        if (BEFORE_STATE.test(t.text) && mentionsHealth(t.text) && regainedAfter(t.text, s.text)) {
          before = true;
          break;
        }
      }
    }
    if (!before) return null;
    let start = 0;
    while (start < s.text.length && /[\s"\u201c]/.test(s.text[start])) start++;
    let end = s.text.length;
    while (end > start && /[\s.!"\u201d]/.test(s.text[end - 1])) end--;
    if (end <= start) return null;
    return quoteClaim(c, s.text, start, end, start + opener[0].trimEnd().length);
  }

  /** The lead-in of the list around block i: the paragraph that introduces it, then the section heading. */
  private listLeadIn(i: number): LeadIn {
    const blocks = this.doc.blocks;
    const d = listDepth(blocks[i]);
    // The block before the first item of this list (at this depth): walk back over items at this depth or deeper.
    let j = i - 1;
    while (j >= 0 && listDepth(blocks[j]) >= d && blocks[j].kind !== 'heading') {
      // An earlier item of the same list already knows where the list starts (linear on long lists).
      const known = listDepth(blocks[j]) === d ? this.listStart.get(j) : undefined;
      if (known !== undefined) {
        j = known;
        break;
      }
      j--;
    }
    this.listStart.set(i, j);
    const key = j * 8 + Math.min(d, 7);
    let lead = this.listLead.get(key);
    if (lead) return lead;
    const before = j >= 0 ? blocks[j] : null;
    const intro = before && before.kind !== 'heading' ? lastSentence(before) : '';
    const introLead = intro ? this.leadIn(intro) : NONE;
    // A lead-in that ends with a colon introduces the list: when it names neither benefits nor a treatment ('The pain:',
    // 'See your GP if:'), the list is about something else, whatever the heading says.
    lead = introLead.kind || intro.trimEnd().endsWith(':') ? introLead : this.headingLead(blocks[i].sectionIndex);
    this.listLead.set(key, lead);
    return lead;
  }

  /** The lead-in of a table cell: its column header, the row label (with the first column's header), then the table's lead-in. */
  private tableLeadIn(b: ProseBlock): LeadIn {
    const cell = this.tableCells().get(b.start);
    if (!cell || cell.row === 0) return NONE;
    const blocks = this.doc.blocks;
    const before = cell.lead >= 0 ? blocks[cell.lead] : null;
    return decide([
      () => this.leadIn(cell.header),
      () => (cell.col > 0 ? this.leadIn(cell.rowLabel) : NONE),
      () => (cell.col > 0 ? this.leadIn(cell.firstHeader) : NONE),
      () => (before && before.kind !== 'heading' && !before.containers.includes('table') ? this.leadIn(lastSentence(before)) : NONE),
      () => this.headingLead(b.sectionIndex),
    ]);
  }

  /**
   * The lead-in of a section: its heading, or (when the heading names a treatment or nothing) the enclosing headings:
   * one that names side effects, risks or logistics keeps the section's lists clean ('## Side effects' / '### Turmeric'),
   * one that names benefits supplies them to a neutral subheading ('## Benefits' / '### For your joints').
   */
  private headingLead(k: number): LeadIn {
    if (k < 0) return NONE;
    let lead = this.headingLeads.get(k);
    if (lead) return lead;
    lead = this.leadIn(this.doc.blocks[k].text);
    if (lead.kind !== 'benefit' && lead.kind !== 'other') {
      const parents = this.headingParents();
      for (let j = parents[k]; j >= 0; j = parents[j]) {
        const up = this.leadIn(this.doc.blocks[j].text);
        if (up.kind === 'other') {
          lead = NONE;
          break;
        }
        if (up.kind === 'benefit' && !lead.kind) {
          lead = up;
          break;
        }
      }
    }
    this.headingLeads.set(k, lead);
    return lead;
  }

  private headingParents(): Int32Array {
    if (this.parents) return this.parents;
    const blocks = this.doc.blocks;
    const parents = new Int32Array(blocks.length).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i].kind !== 'heading') continue;
      while (stack.length && blocks[stack[stack.length - 1]].depth >= blocks[i].depth) stack.pop();
      parents[i] = stack.length ? stack[stack.length - 1] : -1;
      stack.push(i);
    }
    return (this.parents = parents);
  }

  /** Table cells by start offset: column, row, header text and row label (from the Markdown tree, once per document). */
  private tableCells(): NonNullable<StructureReader['tables']> {
    if (this.tables) return this.tables;
    const map: NonNullable<StructureReader['tables']> = new Map();
    const byStart = new Map<number, ProseBlock>();
    for (const b of this.doc.blocks) if (b.kind === 'tableCell') byStart.set(b.start, b);
    const textAt = (n: { position?: { start: { offset?: number } } }): string => {
      const o = n.position?.start.offset;
      return o === undefined ? '' : (byStart.get(o)?.text.trim() ?? '');
    };
    const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number } } }): void => {
      if (node.type === 'table') {
        const rows = (node.children ?? []) as { children: { position?: { start: { offset?: number } } }[] }[];
        const headers = rows.length ? rows[0].children.map(textAt) : [];
        const first = rows.length && rows[0].children.length ? rows[0].children[0] : null;
        const firstBlock = first?.position?.start.offset;
        const fb = firstBlock === undefined ? undefined : byStart.get(firstBlock);
        const lead = fb ? (this.index.get(fb) ?? 0) - 1 : -1;
        rows.forEach((row, r) => {
          const label = row.children.length ? textAt(row.children[0]) : '';
          row.children.forEach((cell, col) => {
            const o = cell.position?.start.offset;
            if (o !== undefined) map.set(o, { header: headers[col] ?? '', rowLabel: label, firstHeader: headers[0] ?? '', col, row: r, lead });
          });
        });
        return;
      }
      if (node.children) for (const ch of node.children) visit(ch as typeof node);
    };
    if (this.doc.tree) visit(this.doc.tree as unknown as Parameters<typeof visit>[0]);
    return (this.tables = map);
  }

  /** A paragraph that is a quotation ('"My eczema cleared …" — Sarah, 34', or a quoted paragraph before an attribution line). */
  private quotedParagraph(i: number): boolean {
    const b = this.doc.blocks[i];
    if (b.kind !== 'paragraph' || b.containers.length) return false;
    const t = b.text.trimStart();
    const open = t.charCodeAt(0);
    if (open !== 34 && open !== 0x201c) return false;
    return QUOTE_CLOSE.test(b.text) || this.attributionAt(i + 1);
  }

  private attributionAt(j: number): boolean {
    const n = this.doc.blocks[j];
    return !!n && n.kind !== 'heading' && n.text.length < 200 && isAttribution(n.text);
  }

  /**
   * The quote around block i is a testimonial: it sits under a testimonial heading ('What our clients say', 'Real
   * results'), or it ends with an attribution ('— Sarah, 34'), in its last block or in the line after it.
   */
  private isTestimonialQuote(i: number): boolean {
    const blocks = this.doc.blocks;
    const quoted = (k: number): boolean => k >= 0 && k < blocks.length && blocks[k].containers.includes('blockquote');
    let first = i;
    if (quoted(i)) while (quoted(first - 1)) first--;
    let v = this.quoteVerdict.get(first);
    if (v !== undefined) return v;
    let last = i;
    if (quoted(i)) while (quoted(last + 1)) last++;
    const heading = blocks[i].sectionIndex >= 0 ? blocks[blocks[i].sectionIndex].text : '';
    const p = compiled();
    const lastText = blocks[last].text;
    const lastLine = lastText.slice(Math.max(lastText.lastIndexOf('\n'), 0));
    v = p.testimonialHeading.test(heading) || QUOTE_CLOSE.test(lastText) || isAttribution(lastLine) || this.attributionAt(last + 1);
    // A quote introduced as a question or a letter from a reader ('One of you wrote to us:') is not a testimonial.
    if (v && !p.testimonialHeading.test(heading) && first > 0 && introducesLetter(blocks[first - 1].text)) v = false;
    this.quoteVerdict.set(first, v);
    return v;
  }
}

/**
 * Cheap test of whether a sentence could be read through its structure: in a list item, a table cell or a block quote,
 * a paragraph opening with a quotation mark, or a sentence with a colon in its first 60 characters.
 */
export function structureCandidate(s: Sentence): boolean {
  const b = s.block;
  if (b.kind === 'heading') return false;
  if (b.containers.length || b.kind === 'tableCell') return true;
  const colon = s.text.indexOf(':');
  if (colon > 0 && colon <= 60) return true;
  for (let k = 0; k < b.text.length; k++) {
    const ch = b.text.charCodeAt(k);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) continue;
    return ch === 34 || ch === 0x201c;
  }
  return false;
}

/** A lead-in that introduces a letter or a question: its last sentence ends with a colon and says someone asks or wrote. */
function introducesLetter(text: string): boolean {
  const t = text.trimEnd();
  if (!t.endsWith(':')) return false;
  const from = Math.max(t.lastIndexOf('.'), t.lastIndexOf('!'), t.lastIndexOf('?')) + 1;
  return /\b(?:asks?|asked|wrote|writes|question)\b/i.test(t.slice(from));
}

/** A label before a colon at the start of a sentence ('Benefits:', 'What you'll notice:'), at most six words. */
function labelOf(text: string, dash = false): { text: string; end: number } | null {
  const colon = text.indexOf(':');
  if (dash && (colon < 0 || colon > 60)) return dashLabelOf(text);
  if (colon <= 0 || colon > 60) return null;
  const label = text.slice(0, colon);
  if (/[.!?;]/.test(label) || label.trim().split(/\s+/).length > 6) return null;
  let end = colon + 1;
  while (end < text.length && /\s/.test(text[end])) end++;
  if (end >= text.length) return null;
  return { text: `${label}:`, end };
}

/**
 * In a list item or table cell, a short label before a spaced dash ('**Sleep** – helps you drift off'): at most four
 * words, in the first 40 characters.
 */
function dashLabelOf(text: string): { text: string; end: number } | null {
  const head = text.slice(0, 44);
  let at = -1;
  for (const d of [' \u2013 ', ' \u2014 ', ' - ']) {
    const k = head.indexOf(d);
    if (k > 0 && (at < 0 || k < at)) at = k;
  }
  if (at < 0) return null;
  const label = text.slice(0, at);
  if (/[.!?;:]/.test(label) || label.trim().split(/\s+/).length > 4) return null;
  let end = at + 3;
  while (end < text.length && /\s/.test(text[end])) end++;
  return end < text.length ? { text: label, end } : null;
}

const ADVERB_FIRST = /^[A-Za-z]+ly\s+/;
const MODAL_WORD = /^(?:may|can|might|could|will|helps?)$/i;

/**
 * The shape of the text at `from`, read from its first words only: a verb fragment (a word in -s form or a modal, after
 * an optional -ly adverb: 'Reduces', 'May', 'Gently soothes'), benefit phrases (a modifier of change first, or a noun of
 * benefit last in the first phrase; after a label, any list of phrases), or a word (a base form after 'X can:').
 */
function fragmentShape(text: string, from: number, label: boolean): { verb: boolean; np: boolean; base: boolean } {
  const frag = text.slice(from, from + 200);
  const words = /^([A-Za-z]+)(?:\s+([A-Za-z]+))?/.exec(frag);
  if (!words) return { verb: false, np: false, base: false };
  const w = /ly$/i.test(words[1]) && words[2] ? words[2] : words[1];
  const verb = MODAL_WORD.test(w) || (w.length > 2 && /[^s]s$/i.test(w) && !/^[A-Z]{2}/.test(w));
  const p = compiled();
  let first = frag.split(/[,;]/)[0].trimEnd();
  while (first.endsWith('.') || first.endsWith('!')) first = first.slice(0, -1);
  const np = p.decrease.test(frag) || p.increase.test(frag) || p.benefitNoun.test(first) || (label && /[,;]|\s(?:and|or)\s/.test(frag));
  return { verb, np, base: true };
}

/**
 * A verb fragment at `from` ('Reduces joint inflammation', 'May ease cramps', 'Gently soothes dry skin'; after 'X can:'
 * a base form: 'reduce stress'), read with the subject 'It' (and the lead-in's modal) supplied. The claim's predicate
 * must be the fragment's first verb: the classifier's spans are mapped back into the sentence.
 */
function verbFragment(text: string, from: number, lead: LeadIn, classify: Classify, kind: string): ClaimClassification | null {
  const frag = text.slice(from);
  if (!/^[A-Za-z]/.test(frag) || /^[A-Z]{2}/.test(frag)) return null;
  const adverb = ADVERB_FIRST.exec(frag);
  const lowered = frag[0].toLowerCase() + frag.slice(1);
  const insert = `It ${lead.modal ? `${lead.modal} ` : ''}`;
  const framed = text.slice(0, from) + insert + lowered;
  const c = classify(framed);
  if (!c.claim || !c.predicate) return null;
  const L = insert.length;
  const firstWord = from + L;
  const second = adverb ? firstWord + adverb[0].length : -1;
  const p = c.predicate;
  const headAt = p.head.start;
  const modalAt = p.modal ? p.modal.start : -1;
  if (headAt !== firstWord && headAt !== second && modalAt !== firstWord && !(lead.modal && modalAt >= from && modalAt < firstWord && headAt === firstWord)) return null;
  const back = (x: number): number => (x >= firstWord ? x - L : x < from ? x : -1);
  const span = <T extends { start: number; end: number; text: string }>(x: T): T | null => {
    const s = back(x.start);
    const e = back(x.end);
    return s < 0 || e < 0 ? null : { ...x, start: s, end: e, text: text.slice(s, e) };
  };
  const head = span(p.head);
  if (!head) return null;
  let predicate: Predicate;
  const modal = p.modal ? span(p.modal) : null;
  if (p.modal && !modal) {
    // The modal is the lead-in's ('Turmeric can:'): the predicate is the item's verb, and no hedge fix rewrites the lead-in.
    predicate = { start: head.start, end: back(p.end), text: text.slice(head.start, back(p.end)), head, lemma: null, form: 'other', modal: null };
  } else {
    const whole = span(p);
    if (!whole) return null;
    predicate = { ...whole, head, modal };
  }
  if (predicate.end < predicate.start) return null;
  const absoluteTerms = [];
  for (const t of c.absoluteTerms) {
    const m = span(t);
    if (!m) return null;
    const rewrites = [];
    for (const r of t.rewrites) {
      const mr = span(r);
      if (mr) rewrites.push({ ...mr, text: r.text });
    }
    absoluteTerms.push({ ...m, rewrites });
  }
  const hedges = c.hedges.map(span).filter((h): h is NonNullable<typeof h> => h !== null);
  const attributions = c.attributions.map(span).filter((h): h is NonNullable<typeof h> => h !== null);
  // A hedge in the lead-in ('You may notice:') hedges its items.
  const hedgedLead = lead.hedged && c.strength === 'direct';
  return { ...c, strength: hedgedLead ? 'conditional' : c.strength, hedged: c.hedged || hedgedLead, cues: [...c.cues, `structure:${kind}`], predicate, hedges, absoluteTerms, attributions };
}

/**
 * Benefit noun phrases at `from`, separated by commas, 'and' or 'or' ('Faster recovery', 'less soreness and better
 * sleep', 'Pain relief'): each is read through a frame ('It improves recovery', 'It reduces soreness', 'It relieves
 * pain'); the claim's predicate spans the phrases that read as benefits. At most six words a phrase.
 */
function nounFragments(text: string, from: number, lead: LeadIn, classify: Classify, kind: string): ClaimClassification | null {
  const p = compiled();
  let end = text.length;
  while (end > from && /[\s.!;,]/.test(text[end - 1])) end--;
  const region = text.slice(from, end);
  if (!region || region.length > 240) return null;
  // Phrases: words up to a comma or semicolon, or up to 'and', 'or', '&' or 'plus' (one pass over the words).
  const parts: { start: number; end: number }[] = [];
  let partStart = -1;
  let partEnd = -1;
  for (const w of region.matchAll(/\S+/g)) {
    const word = w[0];
    const ws = w.index!;
    if (/^(?:and|or|&|plus)$/i.test(word)) {
      if (partStart >= 0) parts.push({ start: partStart, end: partEnd });
      partStart = -1;
      continue;
    }
    if (partStart < 0) partStart = ws;
    const last = word.charCodeAt(word.length - 1);
    if (last === 44 || last === 59) {
      partEnd = ws + word.length - 1;
      parts.push({ start: partStart, end: partEnd });
      partStart = -1;
    } else partEnd = ws + word.length;
  }
  if (partStart >= 0) parts.push({ start: partStart, end: partEnd });
  let first = -1;
  let last = -1;
  let head: { start: number; end: number } | null = null;
  let result: ClaimClassification | null = null;
  const modal = lead.hedged ? 'may ' : '';
  for (const part of parts) {
    let s = part.start;
    const e = part.end;
    const words = region.slice(s, e).trim().split(/\s+/);
    if (!words[0] || words.length > 6) return null; // a clause, not a list of phrases
    const lead0 = /^(?:(?:a|an|much|far|noticeably|visibly|significantly)\s+)+/i.exec(region.slice(s, e));
    if (lead0) s += lead0[0].length;
    const phrase = region.slice(s, e);
    let frame: string | null = null;
    let modEnd = 0;
    const dec = p.decrease.exec(phrase);
    const inc = dec ? null : p.increase.exec(phrase);
    const noun = dec || inc ? null : p.benefitNoun.exec(phrase);
    if (dec) frame = `It ${modal}${modal ? 'reduce' : 'reduces'} ${phrase.slice(dec[0].length)}.`;
    else if (inc) frame = `It ${modal}${modal ? 'improve' : 'improves'} ${phrase.slice(inc[0].length)}.`;
    else if (noun) {
      const verb = (structureData.fragments.benefitNouns as Record<string, string>)[noun[1].toLowerCase()];
      frame = `It ${modal}${modal ? verb : `${verb}s`} ${phrase.slice(0, noun.index)}.`;
    }
    if (dec) modEnd = dec[0].trimEnd().length;
    else if (inc) modEnd = inc[0].trimEnd().length;
    else if (noun) modEnd = phrase.length;
    if (!frame) continue;
    const c = classify(frame);
    if (!c.claim || c.strength === 'none' || c.notClaim) continue;
    if (first < 0) {
      first = from + s;
      head = noun ? { start: from + s + noun.index + 1, end: from + s + phrase.length } : { start: from + s, end: from + s + modEnd };
      result = c;
    }
    last = from + e;
  }
  if (!result || !head) return null;
  const predicate: Predicate = {
    start: first,
    end: last,
    text: text.slice(first, last),
    head: { ...head, text: text.slice(head.start, head.end) },
    lemma: null,
    form: 'other',
    modal: null,
  };
  return {
    strength: result.strength,
    claim: true,
    cues: [`structure:${kind}`, `benefit:${head && text.slice(head.start, head.end).toLowerCase()}`, ...result.cues.filter((q) => q.startsWith('outcome:'))],
    hedged: result.hedged,
    hedges: [],
    predicate,
    absoluteTerms: [],
    attributions: [],
    notClaim: null,
  };
}

/** The sentence ends with a question mark, before a closing quotation mark if any. */
function isQuestion(text: string): boolean {
  let t = text.trimEnd();
  const q = t.charCodeAt(t.length - 1);
  if (q === 34 || q === 39 || q === 0x201d) t = t.slice(0, -1).trimEnd();
  return t.endsWith('?');
}

/** A first-person change of health in a testimonial quote ('My eczema cleared in two weeks', 'I have lost two stone'). */
function testimonialChange(text: string, c: ClaimClassification): ClaimClassification | null {
  if (c.claim || c.absoluteTerms.length || isQuestion(text)) return null;
  const p = compiled();
  let m = p.change.exec(text);
  if (!m) {
    const a = p.canAgain.exec(text);
    if (a && (a[1] || /\bagain\b/i.test(text.slice(a.index + a[0].length).split(/[.;:!?]/)[0]))) m = a;
  }
  if (!m) return null;
  const start = m.index;
  const end = m.index + m[0].length;
  // Negated ('my eczema hasn't cleared'), or habitual ('my eczema cleared every summer'): a history, not a result.
  const clauseStart = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), 0);
  if (p.negated.test(text.slice(clauseStart, end)) || p.habitual.test(text)) return null;
  const hedge = c.hedges.find((h) => h.start < start);
  const predicate: Predicate = { start, end, text: text.slice(start, end), head: { start, end, text: text.slice(start, end) }, lemma: null, form: 'other', modal: null };
  return {
    ...c,
    strength: hedge ? 'conditional' : 'direct',
    claim: true,
    cues: [...c.cues, `causal:${text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')}`, 'testimonial', 'structure:quote'],
    hedged: !!hedge,
    predicate,
    notClaim: null,
  };
}

/**
 * A sentence of a testimonial quote read as a direct claim: its predicate spans [start, end) of the sentence's text,
 * its head [start, headEnd).
 */
function quoteClaim(c: ClaimClassification, text: string, start: number, end: number, headEnd: number): ClaimClassification {
  const span = { start, end, text: text.slice(start, end) };
  const head = headEnd === end ? span : { start, end: headEnd, text: text.slice(start, headEnd) };
  return { ...c, strength: 'direct', claim: true, cues: [...c.cues, 'testimonial', 'structure:quote'], hedged: false, predicate: { ...span, head, lemma: null, form: 'other', modal: null }, notClaim: null };
}
