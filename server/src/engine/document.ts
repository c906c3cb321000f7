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
import type { BlockKind, Citation, Directive, DocumentKind, ParsedDocument, ProseBlock } from './types';
import { splitSentences } from './sentences';
import { findTextCitations } from './citations';

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

const DIRECTIVE = /<!--\s*clinical-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

function parseDirectives(text: string, from: number, to: number, lineStarts: number[], out: Directive[]): void {
  const slice = text.slice(from, to);
  if (slice.indexOf('clinical-lint-') < 0) return;
  for (const m of slice.matchAll(DIRECTIVE)) {
    const start = from + m.index!;
    const rules = m[2]
      .replace(/--.*$/s, '') // "-- reason" comments after the rule list
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules, start, end: start + m[0].length, line: offsetToPosition(lineStarts, start).line });
  }
}

export interface ParseOptions {
  uri?: string;
  kind?: DocumentKind;
}

export function parseDocument(text: string, opts: ParseOptions = {}): ParsedDocument {
  const uri = opts.uri ?? 'untitled:draft.md';
  const kind = opts.kind ?? documentKindFor(uri);
  const lineStarts = computeLineStarts(text);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const doc: ParsedDocument = {
    uri,
    kind,
    text,
    lineStarts,
    eol: crlf > lf ? '\r\n' : '\n',
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
      buildMarkdown(doc);
    } catch (e) {
      // Pathological nesting (thousands of block quotes or list levels) exhausts the parser's stack.
      // Read the draft as plain text rather than fail: every character is still checked.
      if (!(e instanceof RangeError)) throw e;
      doc.tree = null;
      doc.frontMatter = null;
      doc.blocks = [];
      doc.directives = [];
      doc.notice = 'The Markdown structure is nested too deeply to parse; the draft was checked as plain text.';
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
    b.sentences = splitSentences(b);
    for (const s of b.sentences) doc.sentences.push(s);
  });
  computeTitle(doc);
  return doc;
}

/** Deeper block quote / list nesting than any real draft has; remark's recursion would exhaust the stack. */
const MAX_CONTAINER_DEPTH = 200;

/** The deepest run of block-quote and list markers opening a line, in one linear pass. */
function containerDepth(text: string): number {
  let max = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      depth = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart) continue;
    if (c === 32 || c === 9) continue;
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

function buildMarkdown(doc: ParsedDocument): void {
  const { text } = doc;
  const tree = parseMarkdownTree(text);
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
  walk(tree, [], undefined, undefined);
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
          citations.push({ start: r[0], end: r[1], kind: 'numeric', keys: label.split(/\s*,\s*/) });
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
    while (i < lines.length && !isBlank(lines[i]) && !isDirectiveLine(lines[i]) && !LIST_ITEM.test(text.slice(lines[i].start, lines[i].end))) i++;
    const start = lines[first].start;
    const end = lines[i - 1].end;
    let body = text.slice(start, end);
    if (lm) body = ' '.repeat(lm[0].length) + body.slice(lm[0].length);
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
      containers: isList ? ['listItem'] : [],
      listItemNumber: listNo,
      citations: [],
      sentences: [],
    };
    block.citations = findTextCitations(body, start);
    for (const u of body.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/g)) {
      block.citations.push({ start: start + u.index!, end: start + u.index! + u[0].length, kind: 'link', keys: [u[0]] });
      // URLs are not prose.
      block.text = block.text.slice(0, u.index!) + ' '.repeat(u[0].length) + block.text.slice(u.index! + u[0].length);
    }
    block.citations.sort((a, b) => a.start - b.start);
    doc.blocks.push(block);
  }
}

/** A short line standing alone, without sentence punctuation, reads as a heading in plain text. */
function looksLikeHeading(body: string, text: string, lines: { start: number; end: number }[], idx: number): boolean {
  const t = body.trim();
  if (!t || t.length > 100) return false;
  if (/[.!?,;"\u201d]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 12) return false;
  // Followed by a blank line or end of file.
  const next = lines[idx + 1];
  return !next || !/\S/.test(text.slice(next.start, next.end));
}

export type { RootContent };
