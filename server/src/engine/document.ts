// Parse a draft into prose blocks and sentences with exact source offsets.
// Markdown goes through remark (unified + remark-parse + remark-gfm + remark-frontmatter);
// plain text is split into paragraphs, list items and heading-like lines.
// Every block's text is the source slice with non-prose blanked to spaces, so offsets are exact.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root, Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { BlockKind, Citation, Directive, DocumentKind, ParsedDocument, ProseBlock, Sentence } from './types';
import { splitSentences } from './sentences';
import { findTextCitations } from './citations';
import { referenceHeadingName } from './references';
import { parseMarkdownTreeIncremental, type ChunkOrigin, type ParseCache } from './incremental';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const markdownParserWithoutFrontMatter = unified().use(remarkParse).use(remarkGfm);

/** A first line that opens YAML or TOML front matter: "---" or "+++", optional spaces, a line ending. */
const FRONT_MATTER_OPENER = /^\uFEFF?(?:---|\+\+\+)[ \t]*(?:\r\n?|\n)/;

export function parseMarkdownTree(text: string): Root {
  let tree = markdownParser.parse(text) as Root;
  // Front matter that is never closed: micromark tries the fence as a "concrete" construct up to the end of the
  // document, and while it tries, no block quote, list or footnote definition can open. When the attempt fails
  // at the end, the lines are re-read as flow content without those containers, so "> x" is a paragraph and
  // "[^1]: x" a link definition. Read such a draft the way GFM without front matter does (what a preview shows).
  const first = tree.children[0];
  if (first?.type !== 'yaml' && (first?.type as string) !== 'toml' && FRONT_MATTER_OPENER.test(text)) tree = markdownParserWithoutFrontMatter.parse(text) as Root;
  // micromark drops a leading byte-order mark, so its offsets are one short of the text's: put them back.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(tree, 1);
  return tree;
}

function shiftOffsets(tree: Root, by: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += by;
      if (p.end.offset !== undefined) p.end.offset += by;
      if (p.start.line === 1) p.start.column += by;
      if (p.end.line === 1) p.end.column += by;
    }
    if ('children' in node) for (const c of (node as Parents).children) stack.push(c as Nodes);
  }
}

export function documentKindFor(fileName: string): DocumentKind {
  return /\.(md|markdown|mdx|mdown|mkd|mkdn)$/i.test(fileName) ? 'markdown' : 'plaintext';
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and UTF-16 column of an offset. */
export function offsetToPosition(lineStarts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function positionToOffset(lineStarts: number[], line: number, character: number, textLength: number): number {
  if (line >= lineStarts.length) return textLength;
  return Math.min(textLength, lineStarts[Math.max(0, line)] + Math.max(0, character));
}

const DIRECTIVE_HEAD = /clinical-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b/y;

/** Directive comments in text[from, to), in linear time (a regex with a lazy body rescans to the end for every unclosed "<!--"). */
function parseDirectives(text: string, from: number, to: number, lineStarts: number[], out: Directive[]): void {
  const slice = text.slice(from, to);
  if (slice.indexOf('clinical-lint-') < 0) return;
  let close = -1;
  for (let i = slice.indexOf('<!--'); i >= 0; i = slice.indexOf('<!--', i + 4)) {
    // White space after "<!--" is skipped by hand: each run follows its own "<!--", so the scan stays linear.
    let p = i + 4;
    while (p < slice.length && /\s/.test(slice[p])) p++;
    DIRECTIVE_HEAD.lastIndex = p;
    const m = DIRECTIVE_HEAD.exec(slice);
    if (!m) continue;
    const headEnd = p + m[0].length;
    if (close < headEnd) close = slice.indexOf('-->', headEnd);
    if (close < 0) return; // no later comment is closed either
    const rules = slice
      .slice(headEnd, close)
      .replace(/--.*$/s, '') // "-- reason" comments after the rule list
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const start = from + i;
    out.push({ kind: m[1] as Directive['kind'], rules, start, end: from + close + 3, line: offsetToPosition(lineStarts, start).line });
    i = close - 1; // the next directive starts after this comment
  }
}

export interface ParseOptions {
  uri?: string;
  kind?: DocumentKind;
  /**
   * Re-parse only the Markdown blocks that changed since the last parse with this cache (the language server
   * keeps one per open document); the tree is the same as a full parse's (see incremental.ts).
   */
  parseCache?: ParseCache;
}

export function parseDocument(text: string, opts: ParseOptions = {}): ParsedDocument {
  const uri = opts.uri ?? 'untitled:draft.md';
  const kind = opts.kind ?? documentKindFor(uri);
  const lineStarts = computeLineStarts(text);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf; // classic Mac line endings: fixes must not mix in "\n"
  const doc: ParsedDocument = {
    uri,
    kind,
    text,
    lineStarts,
    eol: cr > crlf && cr > lf ? '\r' : crlf > lf ? '\r\n' : '\n',
    tree: null,
    frontMatter: null,
    blocks: [],
    sentences: [],
    directives: [],
    titleEnd: 0,
    title: { start: 0, end: 0 },
  };
  if (kind === 'markdown') {
    try {
      if (containerDepth(text) > MAX_CONTAINER_DEPTH) throw new RangeError('nesting');
      if (containerWork(text) > MAX_CONTAINER_WORK) throw new RangeError(MANY_CONTAINERS);
      buildMarkdown(doc, opts.parseCache);
    } catch (e) {
      // Pathological nesting (thousands of block quotes or list levels) exhausts the parser's stack, and a
      // paragraph of thousands of lines takes it quadratic time.
      // Read the draft as plain text rather than fail: every character is still checked.
      if (!(e instanceof RangeError)) throw e;
      doc.tree = null;
      doc.frontMatter = null;
      doc.blocks = [];
      doc.directives = [];
      doc.notice =
        e.message === LONG_PARAGRAPH
          ? 'A paragraph runs for thousands of lines without a blank line, more than the Markdown parser can read quickly; the draft was checked as plain text.'
          : e.message === MANY_CONTAINERS
            ? 'The draft has thousands of separate lists or block quotes, more than the Markdown parser can read quickly; the draft was checked as plain text.'
            : 'The Markdown structure is nested too deeply to parse; the draft was checked as plain text.';
      buildPlainText(doc);
    }
  } else buildPlainText(doc);
  let section = '';
  let sectionIndex = -1;
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      section = b.text.trim();
      sectionIndex = i;
      b.section = section;
      b.sectionIndex = i;
    } else {
      b.section = section;
      b.sectionIndex = sectionIndex;
    }
    // Blocks of a reused chunk model (buildMarkdown) come with their sentences.
    if (!b.sentences.length) b.sentences = splitSentences(b);
    for (const s of b.sentences) doc.sentences.push(s);
  });
  computeTitle(doc);
  return doc;
}

/** Deeper block quote / list nesting than any real draft has; remark's recursion would exhaust the stack. */
const MAX_CONTAINER_DEPTH = 200;

/**
 * micromark rebuilds the document's whole event list each time a list or block quote closes before another block
 * (micromark/lib/initialize/document.js, EditMap.consume), so parsing is quadratic in the number of separate lists
 * and quotes: 9,000 one-item lists take 24 s. The work is estimated as (container runs) × (non-blank lines), a
 * run being a line with a container marker after a line without one or with its marker at another indentation
 * (a long flat list is one run: its items close cheaply). Above MAX_CONTAINER_WORK (about 2 s of parser time)
 * the draft is read as plain text. Real drafts: a 5,000-word draft estimates about 10⁴, a 100,000-word one 10⁶.
 */
const MAX_CONTAINER_WORK = 10_000_000;
const MANY_CONTAINERS = 'many containers';

export function containerWork(text: string): number {
  let runs = 0;
  let lines = 0;
  let prevIndent = -1; // marker indentation of the previous non-blank line, -1 without a marker
  let ls = 0;
  const n = text.length;
  while (ls < n) {
    let i = ls;
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    const blank = i >= n || c === 10 || c === 13;
    if (!blank) {
      lines++;
      const indent = i - ls;
      let marker = c === 62 || ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9));
      if (!marker && c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        marker = (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9);
      }
      if (marker && indent !== prevIndent) runs++;
      prevIndent = marker ? indent : -1;
    }
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    ls = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
  }
  return runs * lines;
}

/** The deepest run of block-quote and list markers opening a line, in one linear pass. */
function containerDepth(text: string): number {
  let max = 0;
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      depth = 0;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 32 || c === 9) {
      // A list nested by indentation ("  - " per level) is as deep as its indentation: micromark checks every open
      // level on every line (1,000 levels: 1 MB read at about 10 kB/s). Two columns count as one level.
      indent += c === 9 ? 4 : 1;
      if (indent > 2 * MAX_CONTAINER_DEPTH && max <= MAX_CONTAINER_DEPTH) max = MAX_CONTAINER_DEPTH + 1;
      continue;
    }
    // '>' or a bullet followed by a space, or an ordered marker "12." / "12)"
    if (c === 62 || ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9))) {
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        depth++;
        if (depth > max) max = depth;
        i = j;
        continue;
      }
    }
    atLineStart = false;
  }
  return max;
}

// ---------------------------------------------------------------- hostile inline shapes

/**
 * micromark resolves emphasis and link labels by looking back over every earlier delimiter of the paragraph,
 * splices the paragraph's event list once for every inline construct (escape, entity, code span, HTML, autolink,
 * line ending), and scans forward from each "<!--", "<?", "<!X", "<![CDATA[" and backtick run to its closer: all
 * quadratic within one paragraph ("*a*a*a…", "]]]…", "a <!-- a <!-- …", "\\* \\* …" take seconds to minutes at
 * 100 kB). Work is estimated per paragraph-like chunk (non-blank lines; a list item or table row starts a new
 * one) in units of about 15–40 ns of parser time: markers² plus twice the forward-scan distance, and lines².
 * A chunk whose estimate exceeds INLINE_WORK_PER_CHAR per character (plus a small base) is parsed without its
 * inline markers, or, for too many lines, the draft is read as plain text: the parser's work stays linear.
 * Real drafts stay far below: the examples, fixtures, benchmark corpus and a 300,000-word draft estimate at most
 * 0.5 per character, the densest documentation page in this repository 7.4.
 */
const INLINE_WORK_PER_CHAR = 100;
const LONG_PARAGRAPH = 'long paragraph';
const INLINE_WORK_BASE = 100_000;
/** What a neutralised inline marker becomes in the copy given to the parser: no Markdown meaning, one code unit. */
const NEUTRAL = '\uE000';

export interface InlineHazard {
  /** The chunk (paragraph-like run of non-blank lines), source offsets. */
  start: number;
  end: number;
  /** Estimated parser work and the limit it exceeded. */
  work: number;
  limit: number;
  /** Per line of the chunk: the range whose inline markers are neutralised (line-start structure is kept). */
  lines: [number, number][];
  /**
   * 'markers': too many inline markers (neutralised); 'lines': too many lines in one paragraph (each line ending
   * is spliced into the paragraph's events like a marker; they cannot be neutralised without changing lines).
   */
  cause: 'markers' | 'lines';
}

const isAttention = (c: number): boolean => c === 42 || c === 95 || c === 126; // * _ ~
const isBracket = (c: number): boolean => c === 91 || c === 93; // [ ]

/**
 * Where a line's block structure ends: container markers (block quote, list item), and whole fence and
 * thematic-break lines, the "[label]:" of a definition and the tag name of an HTML line are kept as they are.
 */
function protectedPrefixEnd(text: string, ls: number, le: number): number {
  let p = ls;
  for (;;) {
    if (p >= le) return le;
    const c = text.charCodeAt(p);
    const n = text.charCodeAt(p + 1);
    if (c === 32 || c === 9 || c === 62) p++;
    else if ((c === 45 || c === 42 || c === 43) && p + 1 < le && (n === 32 || n === 9)) p += 2;
    else if (c >= 48 && c <= 57) {
      let j = p;
      while (j < le && j - p < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const m = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if ((m === 46 || m === 41) && j + 1 < le && (after === 32 || after === 9)) p = j + 2;
      else return p;
    } else break;
  }
  const c = text.charCodeAt(p);
  if (c === 96 || c === 126) {
    // ``` or ~~~ fence (the info string of a backtick fence has no backtick, else the line is a paragraph)
    let j = p;
    while (j < le && text.charCodeAt(j) === c) j++;
    let k = j;
    if (c === 96) while (k < le && text.charCodeAt(k) !== 96) k++;
    if (j - p >= 3 && (c === 126 || k === le)) return le;
  }
  if (c === 42 || c === 95 || c === 45) {
    // *** ___ --- (spaces allowed between)
    let k = 0;
    let j = p;
    for (; j < le; j++) {
      const d = text.charCodeAt(j);
      if (d === c) k++;
      else if (d !== 32 && d !== 9) break;
    }
    if (j === le && k >= 3) return le;
  }
  if (c === 91) {
    // [label]: or [^label]: (a label has at most 999 characters)
    for (let j = p + 1; j < le && j - p <= 1000; j++) {
      const d = text.charCodeAt(j);
      if (d === 91) break;
      if (d === 93) return text.charCodeAt(j + 1) === 58 ? j + 2 : p;
    }
    return p;
  }
  if (c === 60) {
    // <tag, </tag, <!--, <?: the part that decides an HTML block
    let j = p + 1;
    while (j < le && j - p < 32 && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9 && text.charCodeAt(j) !== 62) j++;
    return j;
  }
  return p;
}

/** A line that opens a list item even inside a paragraph: a bullet, or "1." / "1)", with text, indented at most 3. */
function listItemStart(text: string, ls: number, le: number): 'bullet' | 'one' | 'ordered' | null {
  let p = ls;
  let indent = 0;
  for (; p < le; p++) {
    const c = text.charCodeAt(p);
    if (c === 62) indent = -1; // the space after ">" belongs to the marker
    else if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else break;
  }
  if (indent > 3) return null;
  const c = text.charCodeAt(p);
  let kind: 'bullet' | 'one' | 'ordered';
  let q: number;
  if (c === 45 || c === 42 || c === 43) {
    kind = 'bullet';
    q = p + 1;
  } else {
    q = p;
    while (q < le && q - p < 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (q === p || (text.charCodeAt(q) !== 46 && text.charCodeAt(q) !== 41)) return null;
    kind = q - p === 1 && c === 49 ? 'one' : 'ordered';
    q++;
  }
  const sp = text.charCodeAt(q);
  if (sp !== 32 && sp !== 9) return null;
  while (q < le && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  return q < le ? kind : null;
}

/** A GFM table delimiter row: "| --- | :-: |" (dashes, colons, pipes and spaces, at least one pipe and dash). */
function isTableDelimiterRow(text: string, ls: number, le: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipe = true;
    else if (c === 45) dash = true;
    else if (c !== 58 && c !== 32 && c !== 9 && c !== 62) return false;
  }
  return pipe && dash;
}

/** Cells of a table row: unescaped pipes, not counting a leading or trailing one. */
function cellCount(text: string, ls: number, le: number): number {
  let s = ls;
  let e = le;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 62)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (s >= e) return 0;
  let pipes = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92) pipes++;
  return pipes + 1 - (text.charCodeAt(s) === 124 ? 1 : 0) - (text.charCodeAt(e - 1) === 124 && text.charCodeAt(e - 2) !== 92 && e - 1 > s ? 1 : 0);
}

/** Forward-scan work of one chunk: each HTML-ish opener or backtick run scans to its closer (or the chunk end). */
function forwardScanWork(text: string, cs: number, ce: number): number {
  let work = 0;
  let nextGt = ce;
  let nextComment = ce;
  let nextInstruction = ce;
  let nextCdata = ce;
  const nextTicks = new Map<number, number>();
  let tickRun = 0;
  for (let i = ce - 1; i >= cs; i--) {
    const c = text.charCodeAt(i);
    if (c === 62) {
      nextGt = i;
      const b1 = text.charCodeAt(i - 1);
      if (b1 === 45 && text.charCodeAt(i - 2) === 45) nextComment = i;
      else if (b1 === 63) nextInstruction = i;
      else if (b1 === 93 && text.charCodeAt(i - 2) === 93) nextCdata = i;
    } else if (c === 60) {
      const d = text.charCodeAt(i + 1);
      if (d === 33) {
        const e = text.charCodeAt(i + 2);
        if (e === 45 && text.charCodeAt(i + 3) === 45) work += nextComment - i;
        else if (e === 91) work += nextCdata - i;
        else if ((e | 32) >= 97 && (e | 32) <= 122) work += nextGt - i;
      } else if (d === 63) work += nextInstruction - i;
    } else if (c === 96) {
      tickRun++;
      if (i === cs || text.charCodeAt(i - 1) !== 96) {
        work += (nextTicks.get(tickRun) ?? ce) - i;
        nextTicks.set(tickRun, i);
        tickRun = 0;
      }
    }
  }
  return work;
}

/** Chunks whose inline parsing would cost more than linear time, in one linear pass (two over a chunk with openers). */
export function findInlineHazards(text: string, limits = { perChar: INLINE_WORK_PER_CHAR, base: INLINE_WORK_BASE }): InlineHazard[] {
  const out: InlineHazard[] = [];
  const n = text.length;
  let chunkStart = -1;
  let chunkEnd = -1;
  let delimiters = 0;
  let openers = 0;
  let lineCount = 0;
  let lines: [number, number][] = [];
  const close = (): void => {
    if (chunkStart < 0) return;
    const len = chunkEnd - chunkStart;
    const limit = limits.perChar * len + limits.base;
    let work = delimiters * delimiters;
    if (work <= limit && openers) work += 2 * forwardScanWork(text, chunkStart, chunkEnd);
    if (lineCount * lineCount > limit) out.push({ start: chunkStart, end: chunkEnd, work: lineCount * lineCount, limit, lines, cause: 'lines' });
    else if (work > limit) out.push({ start: chunkStart, end: chunkEnd, work, limit, lines, cause: 'markers' });
    chunkStart = -1;
    delimiters = 0;
    openers = 0;
    lineCount = 0;
    lines = [];
  };
  // A list item and a table row are inline units of their own: a new chunk starts at each (only where the
  // parser surely agrees, so that a chunk never underestimates one paragraph).
  let prevItem = false;
  let prevLine: [number, number] = [0, 0];
  let tableRows = false;
  let ls = frontMatterEnd(text);
  while (ls <= n) {
    let le = ls;
    let blank = true;
    while (le < n) {
      const c = text.charCodeAt(le);
      if (c === 10 || c === 13) break;
      if (blank && c !== 32 && c !== 9 && c !== 62) blank = false;
      le++;
    }
    if (blank) {
      close();
      prevItem = tableRows = false;
    } else {
      const item = listItemStart(text, ls, le);
      const isItem: boolean = item === 'bullet' || item === 'one' || (item === 'ordered' && (chunkStart < 0 || prevItem));
      if (tableRows && (item || /^[ \t]*[>#<`~]/.test(text.slice(ls, Math.min(le, ls + 8))))) tableRows = false;
      if (chunkStart >= 0 && (isItem || tableRows)) close();
      if (chunkStart >= 0 && !tableRows && isTableDelimiterRow(text, ls, le) && cellCount(text, prevLine[0], prevLine[1]) === cellCount(text, ls, le)) {
        close();
        tableRows = true;
      }
      prevItem = isItem;
      prevLine = [ls, le];
      if (chunkStart < 0) chunkStart = ls;
      chunkEnd = le;
      lineCount++;
      const p = protectedPrefixEnd(text, ls, le);
      if (p < le) lines.push([p, le]);
      let prev = -1;
      for (let i = p; i < le; i++) {
        const c = text.charCodeAt(i);
        if (isAttention(c) || c === 96) {
          if (c !== prev) delimiters++;
          if (c === 96) openers++;
        } else if (isBracket(c) || c === 38 || c === 92 || c === 64) delimiters++; // [ ] & \ @
        else if (c === 60) {
          delimiters++;
          openers++;
        } else if ((c === 58 && text.charCodeAt(i + 1) === 47) || (c === 46 && text.startsWith('www', i - 3))) delimiters++; // "://", "www."
        prev = c;
      }
    }
    if (le >= n) break;
    ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  close();
  return out;
}

/** Where closed front matter ends (0 without): it is YAML or TOML, not Markdown, and is never neutralised. */
function frontMatterEnd(text: string): number {
  const m = FRONT_MATTER_OPENER.exec(text);
  if (!m) return 0;
  const fence = m[0].replace(/^\uFEFF/, '').slice(0, 3);
  let ls = m[0].length;
  while (ls < text.length) {
    let le = ls;
    while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    if (text.startsWith(fence, ls) && /^[ \t]*$/.test(text.slice(ls + 3, le))) return le;
    ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return 0;
}

const INLINE_MARKERS = /[*_~[\]<`&\\@]|:(?=\/)|(?<=www)\./g;

/** The text with the inline markers of hazardous chunks replaced, every offset unchanged. */
function neutraliseInline(text: string, hazards: InlineHazard[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const h of hazards)
    for (const [s, e] of h.lines) {
      parts.push(text.slice(at, s), text.slice(s, e).replace(INLINE_MARKERS, NEUTRAL));
      at = e;
    }
  parts.push(text.slice(at));
  return parts.join('');
}

function computeTitle(doc: ParsedDocument): void {
  const afterFm = doc.frontMatter ? doc.frontMatter.end : 0;
  const heading = doc.blocks.find((b) => b.kind === 'heading' && b.text.trim());
  const first = doc.blocks.find((b) => b.text.trim());
  const t = heading && (!first || heading === first || heading.depth === 1) ? heading : first;
  if (t) {
    let s = t.start;
    while (s < t.end && /\s|#/.test(doc.text[s])) s++;
    let e = t.end;
    while (e > s && /\s|#/.test(doc.text[e - 1])) e--;
    // A title is one line.
    const nl = doc.text.slice(s, e).search(/\r?\n/);
    if (nl >= 0) e = s + nl;
    doc.title = { start: s, end: Math.max(s, e) };
    doc.titleEnd = t === heading || t.kind === 'heading' ? t.end : afterFm;
  } else {
    doc.title = { start: afterFm, end: afterFm };
    doc.titleEnd = afterFm;
  }
}

// ---------------------------------------------------------------- Markdown

type Container = ProseBlock['containers'][number];

function buildMarkdown(doc: ParsedDocument, cache?: ParseCache): void {
  const { text } = doc;
  const hazards = findInlineHazards(text);
  if (hazards.some((h) => h.cause === 'lines')) throw new RangeError(LONG_PARAGRAPH);
  const input = hazards.length ? neutraliseInline(text, hazards) : text;
  // The chunks the tree came from, when the parse cache parsed incrementally (with no neutralised markers: the
  // model is then built from the source text itself).
  const origins: ChunkOrigin[] | undefined = cache && !hazards.length ? [] : undefined;
  const tree = cache ? parseMarkdownTreeIncremental(input, cache, origins) : parseMarkdownTree(input);
  doc.tree = tree;
  const walk = (node: Nodes, containers: Container[], footnoteLabel: string | undefined, listItemNumber: number | undefined): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml' as never: {
        if (!doc.frontMatter && node.position) {
          let data: Record<string, unknown> | null = null;
          if (node.type === 'yaml') {
            try {
              const v = parseYaml(node.value, { maxAliasCount: 50 });
              data = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
            } catch {
              data = null;
            }
          }
          doc.frontMatter = { start: node.position.start.offset!, end: node.position.end.offset!, raw: (node as { value: string }).value, data };
        }
        return;
      }
      case 'html': {
        if (node.position) parseDirectives(text, node.position.start.offset!, node.position.end.offset!, doc.lineStarts, doc.directives);
        return;
      }
      case 'paragraph':
      case 'heading':
        addBlock(doc, node.type, node, node.type === 'heading' ? node.depth : 0, containers, footnoteLabel, listItemNumber);
        return;
      case 'table':
        for (const row of node.children)
          for (const cell of row.children) addBlock(doc, 'tableCell', cell, 0, [...containers, 'table'], footnoteLabel, listItemNumber);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'blockquote':
        for (const c of node.children) walk(c, [...containers, 'blockquote'], footnoteLabel, listItemNumber);
        return;
      case 'footnoteDefinition':
        for (const c of node.children) walk(c, [...containers, 'footnoteDefinition'], node.label ?? node.identifier, undefined);
        return;
      case 'list': {
        let n = node.start ?? 1;
        for (const item of node.children) {
          for (const c of item.children) walk(c, [...containers, 'listItem'], footnoteLabel, node.ordered ? n : undefined);
          n++;
        }
        return;
      }
      default:
        if ('children' in node) for (const c of (node as Parents).children) walk(c as Nodes, containers, footnoteLabel, listItemNumber);
    }
  };
  if (origins?.length) buildFromChunks(doc, tree, origins, (node) => walk(node, [], undefined, undefined));
  else walk(tree, [], undefined, undefined);
  if (hazards.length) {
    // Directive comments inside a neutralised paragraph are not HTML nodes any more: read them from the source.
    for (const h of hazards) parseDirectives(text, h.start, h.end, doc.lineStarts, doc.directives);
    const seen = new Set<number>();
    doc.directives = doc.directives.filter((d) => !seen.has(d.start) && !!seen.add(d.start)).sort((a, b) => a.start - b.start);
    const lines = hazards.map((h) => offsetToPosition(doc.lineStarts, h.start).line + 1);
    doc.notice = `${hazards.length === 1 ? `The paragraph at line ${lines[0]} has` : `${hazards.length} paragraphs (lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}) have`} more emphasis, bracket or HTML markers than the Markdown parser can resolve quickly; ${hazards.length === 1 ? 'it was' : 'they were'} checked as plain text.`;
  }
}

// ---------------------------------------------------------------- model reuse while editing

/**
 * The prose model built from one chunk's top-level nodes (incremental.ts), at the offset and line where it was
 * built: blocks with their sentences and citations, directives, front matter. A chunk's model depends only on
 * its nodes and its text (the walk starts afresh at every top-level node; sections are assigned afterwards), so
 * the same chunk elsewhere gets the same model shifted. Kept per chunk parse (the parse cache's key object), so
 * it lives as long as the cache keeps that parse.
 */
interface ChunkModel {
  start: number;
  line: number;
  blocks: ProseBlock[];
  directives: Directive[];
  frontMatter: ParsedDocument['frontMatter'];
}

const chunkModels = new WeakMap<object, ChunkModel>();

/** Walk the root's children chunk by chunk, reusing (shifted copies of) the models of chunks built before. */
function buildFromChunks(doc: ParsedDocument, tree: Root, origins: ChunkOrigin[], walkTop: (node: Nodes) => void): void {
  let at = 0;
  for (const o of origins) {
    const model = chunkModels.get(o.key);
    if (model) appendShifted(doc, model, o.start - model.start, o.line - model.line);
    else {
      const b0 = doc.blocks.length;
      const d0 = doc.directives.length;
      const fm = doc.frontMatter;
      for (let k = at; k < at + o.count; k++) walkTop(tree.children[k]);
      const blocks = doc.blocks.slice(b0);
      // Sentences do not depend on sections: split them now, so that the model carries them.
      for (const b of blocks) b.sentences = splitSentences(b);
      chunkModels.set(o.key, { start: o.start, line: o.line, blocks, directives: doc.directives.slice(d0), frontMatter: doc.frontMatter !== fm ? doc.frontMatter : null });
    }
    at += o.count;
  }
}

/** Fresh copies of a model's blocks (sentences, citations), directives and front matter, moved by `d` and `dLine`. */
function appendShifted(doc: ParsedDocument, model: ChunkModel, d: number, dLine: number): void {
  for (const b of model.blocks) {
    const nb: ProseBlock = { ...b, start: b.start + d, end: b.end + d, citations: b.citations.map((c) => ({ ...c, start: c.start + d, end: c.end + d })), sentences: [] };
    const sentences: Sentence[] = new Array(b.sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      const s = b.sentences[i];
      sentences[i] = { start: s.start + d, end: s.end + d, text: s.text, citationEnd: s.citationEnd + d, block: nb };
    }
    nb.sentences = sentences;
    doc.blocks.push(nb);
  }
  for (const x of model.directives) doc.directives.push({ ...x, start: x.start + d, end: x.end + d, line: x.line + dLine });
  if (model.frontMatter && !doc.frontMatter) doc.frontMatter = { ...model.frontMatter, start: model.frontMatter.start + d, end: model.frontMatter.end + d };
}

function addBlock(
  doc: ParsedDocument,
  kind: BlockKind,
  node: Parents,
  depth: number,
  containers: Container[],
  footnoteLabel: string | undefined,
  listItemNumber: number | undefined,
): void {
  const pos = node.position;
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
  const start = pos.start.offset;
  const end = pos.end.offset;
  const src = doc.text;
  const ranges: [number, number][] = [];
  const citations: Citation[] = [];
  collectInline(doc, node.children as PhrasingContent[], ranges, citations);
  let out = '';
  let at = start;
  for (const [s, e] of ranges) {
    if (s < at || e > end) continue;
    if (s > at) out += ' '.repeat(s - at);
    out += blankEscapes(src.slice(s, e));
    at = e;
  }
  if (at < end) out += ' '.repeat(end - at);
  const block: ProseBlock = {
    kind,
    start,
    end,
    text: out,
    depth,
    section: '',
    sectionIndex: -1,
    containers,
    footnoteLabel,
    listItemNumber,
    citations,
    sentences: [],
  };
  for (const c of findTextCitations(out, start)) block.citations.push(c);
  block.citations.sort((a, b) => a.start - b.start);
  doc.blocks.push(block);
}

/** Remove the backslash of Markdown escapes (\* \_ \[) from prose while keeping offsets. */
function blankEscapes(s: string): string {
  return s.indexOf('\\') < 0 ? s : s.replace(/\\(?=[!-/:-@[-`{-~])/g, ' ');
}

function off(n: Nodes): [number, number] | null {
  const p = n.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return null;
  return [p.start.offset, p.end.offset];
}

const SUP_OPEN = /^<sup\b[^>]*>$/i;
const SUP_CLOSE = /^<\/sup\s*>$/i;

function collectInline(doc: ParsedDocument, children: PhrasingContent[], ranges: [number, number][], citations: Citation[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const r = off(node);
    if (!r) continue;
    switch (node.type) {
      case 'text':
        ranges.push(r);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        collectInline(doc, node.children, ranges, citations);
        break;
      case 'link': {
        const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : null;
        const isBareUrl = only !== null && (only === node.url || only === node.url.replace(/^mailto:/, '') || doc.text[r[0]] === '<');
        citations.push({ start: r[0], end: r[1], kind: 'link', keys: [node.url] });
        if (!isBareUrl) collectInline(doc, node.children, ranges, citations);
        break;
      }
      case 'linkReference': {
        const label = node.label ?? node.identifier;
        if (/^\d+(\s*[,\u2013-]\s*\d+)*$/.test(label)) {
          citations.push({ start: r[0], end: r[1], kind: 'numeric', keys: label.split(',').map((k) => k.trim()) });
        } else {
          citations.push({ start: r[0], end: r[1], kind: 'link', keys: [label] });
          collectInline(doc, node.children, ranges, citations);
        }
        break;
      }
      case 'footnoteReference':
        citations.push({ start: r[0], end: r[1], kind: 'footnote', keys: [node.label ?? node.identifier] });
        break;
      case 'html': {
        parseDirectives(doc.text, r[0], r[1], doc.lineStarts, doc.directives);
        if (SUP_OPEN.test(node.value)) {
          // <sup>2</sup>, <sup>2,3</sup>, <sup>[4]</sup>: a numeric citation; its inner text is not prose.
          let j = i + 1;
          let inner = '';
          while (j < children.length && !(children[j].type === 'html' && SUP_CLOSE.test((children[j] as { value: string }).value))) {
            const c = children[j];
            if (c.type === 'text') inner += c.value;
            j++;
          }
          const endNode = children[Math.min(j, children.length - 1)];
          const er = off(endNode) ?? r;
          const nums = inner.replace(/[[\]\s]/g, '');
          if (/^\d+([,\u2013-]\d+)*$/.test(nums)) {
            citations.push({ start: r[0], end: er[1], kind: 'sup', keys: nums.split(',').flatMap((p) => expandRange(p)) });
            i = j;
          }
        }
        break;
      }
      default:
        // inlineCode, image, imageReference, break, footnote (legacy): not prose
        break;
    }
  }
}

function expandRange(p: string): string[] {
  const m = /^(\d+)[\u2013-](\d+)$/.exec(p);
  if (!m) return [p];
  const a = Number(m[1]);
  const b = Number(m[2]);
  const out: string[] = [];
  if (b >= a && b - a <= 50) for (let k = a; k <= b; k++) out.push(String(k));
  return out;
}

// ---------------------------------------------------------------- Plain text

const LIST_ITEM = /^[ \t]*(?:(\d{1,3})[.)]|[-*\u2022\u2023\u25e6\u2043])[ \t]+/;

function buildPlainText(doc: ParsedDocument): void {
  const { text, lineStarts } = doc;
  parseDirectives(text, 0, text.length, lineStarts, doc.directives);
  const lines: { start: number; end: number }[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const s = lineStarts[i];
    let e = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    while (e > s && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    lines.push({ start: s, end: e });
  }
  const isBlank = (l: { start: number; end: number }): boolean => !/\S/.test(text.slice(l.start, l.end));
  const isDirectiveLine = (l: { start: number; end: number }): boolean => /^\s*<!--[\s\S]*-->\s*$/.test(text.slice(l.start, l.end));
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]) || isDirectiveLine(lines[i])) {
      i++;
      continue;
    }
    const first = i;
    let listNo: number | undefined;
    const lm = LIST_ITEM.exec(text.slice(lines[i].start, lines[i].end));
    const isList = !!lm;
    if (lm && lm[1]) listNo = Number(lm[1]);
    i++;
    // A references heading stands alone even when its entries start on the next line ('References:' then '[1] Smith …').
    const headingAlone = !isList && i < lines.length && startsEntry(text.slice(lines[i].start, lines[i].end)) && referenceHeadingName(text.slice(lines[first].start, lines[first].end)) !== null;
    while (!headingAlone && i < lines.length && !isBlank(lines[i]) && !isDirectiveLine(lines[i]) && !LIST_ITEM.test(text.slice(lines[i].start, lines[i].end))) i++;
    const start = lines[first].start;
    const end = lines[i - 1].end;
    let body = text.slice(start, end);
    if (lm) body = ' '.repeat(lm[0].length) + body.slice(lm[0].length);
    // E-mail style quotes ('> I had migraines for years.'): the '>' markers are not prose (a sentence ending a line
    // would otherwise run on into the next, quoted one); blanked, so offsets stay exact.
    const quoted = isQuoteLine(body);
    if (quoted || body.includes('\n>') || body.includes('\r>')) body = blankQuoteMarkers(body, text, lines, first, i, start);
    const single = i - 1 === first;
    const kind: BlockKind = !isList && single && looksLikeHeading(body, text, lines, first) ? 'heading' : 'paragraph';
    const block: ProseBlock = {
      kind,
      start,
      end,
      text: body,
      depth: kind === 'heading' ? 2 : 0,
      section: '',
      sectionIndex: -1,
      containers: isList ? ['listItem'] : quoted ? ['blockquote'] : [],
      listItemNumber: listNo,
      citations: [],
      sentences: [],
    };
    block.citations = findTextCitations(body, start);
    // URLs are not prose (blanked in one pass: rebuilding the block per URL is quadratic on a long line).
    const prose: string[] = [];
    let at = 0;
    for (const u of body.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/g)) {
      block.citations.push({ start: start + u.index!, end: start + u.index! + u[0].length, kind: 'link', keys: [u[0]] });
      prose.push(block.text.slice(at, u.index!), ' '.repeat(u[0].length));
      at = u.index! + u[0].length;
    }
    if (at) block.text = prose.join('') + block.text.slice(at);
    block.citations.sort((a, b) => a.start - b.start);
    doc.blocks.push(block);
  }
}

/** A quote marker at the start of a line: '>' after optional indentation, with one optional space. */
const QUOTE_MARKER = /^[ \t]*>[ \t]?/;

/** The line starts with a quote marker; not a comparison sign before a number ('> 5 mg' wrapped to a line start). */
function isQuoteLine(line: string): boolean {
  const m = QUOTE_MARKER.exec(line.slice(0, 64));
  if (!m) return false;
  const rest = line.slice(m[0].length, m[0].length + 8).trimStart();
  return !/^[\d.=]/.test(rest);
}

/** The block's text with each of its lines' quote markers (lines first..end-1, the block starting at blockStart) blanked. */
function blankQuoteMarkers(body: string, text: string, lines: { start: number; end: number }[], first: number, end: number, blockStart: number): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = first; k < end; k++) {
    const line = text.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 64));
    if (!isQuoteLine(line)) continue;
    const m = QUOTE_MARKER.exec(line)!;
    const s = lines[k].start - blockStart;
    parts.push(body.slice(at, s), ' '.repeat(m[0].length));
    at = s + m[0].length;
  }
  return at ? parts.join('') + body.slice(at) : body;
}

/** A short line standing alone, without sentence punctuation, reads as a heading in plain text. */
function looksLikeHeading(body: string, text: string, lines: { start: number; end: number }[], idx: number): boolean {
  const t = body.trim();
  if (!t || t.length > 100) return false;
  if (/[.!?,;"\u201d]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 12) return false;
  // Followed by a blank line or end of file; a references heading also when its entries follow on the next line
  // ('REFERENCES' then '1. Smith J …' or '[1] Smith J …'), as it is often typed in plain text.
  const next = lines[idx + 1];
  if (!next || !/\S/.test(text.slice(next.start, next.end))) return true;
  return startsEntry(text.slice(next.start, next.end)) && referenceHeadingName(t) !== null;
}

/** A reference entry numbered in brackets ('[3] Smith J …'); LIST_ITEM reads the others ('1. ', '2) ', '- '). */
const BRACKET_ENTRY = /^[ \t]*\[\d{1,3}\][ \t]+/;

/** A line that starts a reference entry or a list item. */
function startsEntry(line: string): boolean {
  return LIST_ITEM.test(line) || BRACKET_ENTRY.test(line);
}

export type { RootContent };
