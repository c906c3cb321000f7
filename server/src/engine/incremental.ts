// Incremental Markdown parse for the language server (issue 8): after a keystroke only the
// top-level chunks whose text changed are parsed again; the result is deep-equal to
// parseMarkdownTree(text), positions (line, column, offset) included.
//
// How it stays exact:
// 1. The text is cut into chunks at lines where CommonMark's block structure restarts: a non-blank
//    line L that follows a blank line and starts at column 1 with a character that cannot continue
//    anything still open. After a blank line the only top-level blocks that can reach into such an L
//    are an open fenced code block, an open HTML block of kinds 1–5 (<script>/<pre>/<style>/
//    <textarea>, <!-- -->, <? ?>, <!X >, <![CDATA[ ]]>), front matter, and a list when L is itself a
//    list item. L is therefore never a list marker, never `-`/`+` (list markers, thematic breaks,
//    front-matter fences: a chunk parsed alone must not start front matter), never indented, never a
//    byte-order mark (micromark drops one only at the start of its input).
// 2. Every chunk but the last is checked after its own parse: a block still open at the end of a
//    chunk parsed alone runs to the chunk's end, into its trailing blank lines, so any top-level node
//    that ends after the chunk's last non-blank line means the cut was wrong, and the two chunks are
//    merged (and parsed together). A document that starts like front matter must get its
//    front-matter node from the first chunk, or the chunks are merged. A chunk that ends with an
//    indented code block is merged with the next too (micromark keeps looking for more code across
//    the blank lines, and a container opening the next line is then parsed as an interruption).
//    Open fences and HTML blocks are also tracked while cutting, so that merges are rare.
// 3. Link reference definitions and footnote definitions are document-global: `[x][ref]`, `[ref]`
//    and `[^1]` resolve against definitions anywhere in the document. A chunk whose text contains
//    `[` is parsed with synthetic definitions of the labels defined in other chunks that it could
//    reference (the label's normalised text occurs between brackets in the chunk's normalised
//    text, see searchForm and mayReference),
//    placed before the chunk after a blank line (after the first chunk, which may start with front
//    matter or a BOM); the synthetic nodes are dropped, and the parse is cached under the set of
//    labels it saw. Typing a new definition therefore re-parses only the chunks that mention it.
// 4. Chunk trees are cached in chunk-local coordinates, keyed by chunk text; every call returns a
//    fresh tree (nodes and positions cloned and shifted), so callers may mutate what they get.
// Anything unexpected (a synthetic definition that does not come back as a definition, an
// exception) falls back to parseMarkdownTree(text), which is the reference.
//
// Points 1 and 2 rest on reading micromark 4 / mdast-util-from-markdown 2 and on the property test
// in test/engine/incremental.test.ts (random drafts from a grammar of real constructs, random edit
// sequences, deep equality with parseMarkdownTree after every edit), which is how the indented-code
// case was found: the guarantee is as strong as that test, not a proof. Re-run it (with more runs:
// INCREMENTAL_RUNS=3000 INCREMENTAL_SEED=n) when upgrading remark, micromark or their extensions.

import type { Root, RootContent, Nodes } from 'mdast';
import { parseMarkdownTree } from './document';

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** One parse of a chunk, in chunk-local coordinates (offset 0 and line 1 at the chunk's start). */
interface ChunkParse {
  children: RootContent[];
  rootStart: Point;
  /** Null when the parse had synthetic definitions after the chunk (the root then ends after them). */
  rootEnd: Point | null;
  /** A top-level node runs past the chunk's last non-blank line: something is still open at its end. */
  openAtEnd: boolean;
  /** The first top-level node is front matter (yaml/toml). */
  frontMatter: boolean;
}

interface Entry {
  text: string;
  hasBracket: boolean;
  /** Identifiers (micromark-normalised, upper case) of link definitions and footnote definitions in the chunk. */
  ownLinks: string[];
  ownNotes: string[];
  /** Parses by the signature of the labels they saw that the chunk could reference (NO_LABELS when none). At most two are kept. */
  parses: Map<string, ChunkParse>;
  /** searchForm(text), computed when first needed. */
  folded: string | null;
  /** The labels of the document (by signature) that this chunk could reference, for the last document label set. */
  rel: { docSig: number; links: string[]; notes: string[]; sig: string } | null;
}

export interface ParseCacheOptions {
  /** Entries not used by the latest call that are kept (for undo, retyping); default 64. */
  maxStale?: number;
  /** Hard cap on cached chunks; default 4096. */
  maxChunks?: number;
  /** Hard cap on the cached chunk text, in UTF-16 code units; default 4,000,000. */
  maxChars?: number;
}

export interface ParseCacheStats {
  calls: number;
  /** Calls answered by a full parseMarkdownTree (single chunk, or a fallback). */
  fullParses: number;
  /** Calls that fell back because an assumption failed (a subset of fullParses). */
  fallbacks: number;
  /** Chunks in the returned trees that came from the cache / had to be parsed. */
  chunkHits: number;
  chunkMisses: number;
  /** Chunk parses done (a miss can cost two: label set, then merge). */
  chunkParses: number;
  merges: number;
}

export interface ParseCache {
  readonly stats: ParseCacheStats;
  /** Number of cached chunk entries. */
  readonly size: number;
  clear(): void;
}

const NO_LABELS = '';

class Cache implements ParseCache {
  readonly entries = new Map<string, Entry>();
  chars = 0;
  readonly maxStale: number;
  readonly maxChunks: number;
  readonly maxChars: number;
  /** The document's label sets interned to small integers (never reused, so a clear cannot alias). */
  sigIds = new Map<string, number>();
  nextSig = 1;
  /** Labels defined in the document at the previous call: the best guess for a new chunk. */
  prevLinks: string[] = [];
  /** The document label set of the previous incremental call. */
  lastDoc: { sig: number; links: Set<string>; notes: Set<string> } | null = null;
  prevNotes: string[] = [];
  stats: ParseCacheStats = { calls: 0, fullParses: 0, fallbacks: 0, chunkHits: 0, chunkMisses: 0, chunkParses: 0, merges: 0 };

  constructor(opts: ParseCacheOptions) {
    this.maxStale = Math.max(0, opts.maxStale ?? 64);
    this.maxChunks = Math.max(1, opts.maxChunks ?? 4096);
    this.maxChars = Math.max(1, opts.maxChars ?? 4_000_000);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
    this.sigIds.clear();
    this.prevLinks = [];
    this.lastDoc = null;
    this.prevNotes = [];
  }

  /** The key of a set of labels (parses are cached under the labels they saw). */
  sig(links: Iterable<string>, notes: Iterable<string>): string {
    const key = [...new Set(links)].sort().join('\u0001') + '\u0000' + [...new Set(notes)].sort().join('\u0001');
    return key === '\u0000' ? NO_LABELS : key;
  }

  /** A small integer for the document's label set, so that chunks can check cheaply whether it changed. */
  docSigId(links: string[], notes: string[]): number {
    const key = this.sig(links, notes);
    let id = this.sigIds.get(key);
    if (id === undefined) {
      if (this.sigIds.size >= 64) this.sigIds.clear();
      id = this.nextSig++;
      this.sigIds.set(key, id);
    }
    return id;
  }

  /** Most recently used last (Map keeps insertion order). */
  touch(e: Entry): void {
    this.entries.delete(e.text);
    this.entries.set(e.text, e);
  }

  add(e: Entry): void {
    this.entries.set(e.text, e);
    this.chars += e.text.length;
  }

  evict(usedThisCall: number): void {
    const maxSize = Math.min(this.maxChunks, usedThisCall + this.maxStale);
    for (const [k, e] of this.entries) {
      if (this.entries.size <= maxSize && this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= e.text.length;
    }
  }
}

export function createParseCache(opts: ParseCacheOptions = {}): ParseCache {
  return new Cache(opts);
}

// ---------------------------------------------------------------- chunking

interface Chunk {
  start: number;
  end: number;
  /** 1-based line of the chunk's first line in the document. */
  line: number;
}

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

function isBlankRange(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== SP && c !== TAB) return false;
  }
  return true;
}

/** A line starting at column 1 that can open a chunk: nothing after a blank line continues into it. */
function canStartChunk(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  // Indented, list bullets / thematic breaks / front-matter fences, a BOM (dropped at input start only).
  if (c === SP || c === TAB || c === 0x2d /* - */ || c === 0x2b /* + */ || c === 0xfeff) return false;
  if (c === 0x2a /* * */) {
    const n = s + 1 < e ? text.charCodeAt(s + 1) : -1;
    return !(n === -1 || n === SP || n === TAB);
  }
  if (c >= 48 && c <= 57) {
    let i = s;
    while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const d = i < e ? text.charCodeAt(i) : -1;
    if (d === 0x2e /* . */ || d === 0x29 /* ) */) {
      const n = i + 1 < e ? text.charCodeAt(i + 1) : -1;
      if (n === -1 || n === SP || n === TAB) return false;
    }
  }
  return true;
}

// Heuristic tracking of top-level fences and HTML blocks 1–5, only to avoid cuts that the
// verification would undo; correctness does not depend on it.
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/i;
const HTML_CLOSE_RAW = /<\/(?:script|pre|style|textarea)>/i;

function htmlCloser(m: RegExpExecArray): RegExp | string {
  if (m[1]) return HTML_CLOSE_RAW;
  if (m[2]) return '-->';
  if (m[3]) return '?>';
  if (m[4]) return ']]>';
  return '>';
}

function closes(line: string, from: number, closer: RegExp | string): boolean {
  return typeof closer === 'string' ? line.indexOf(closer, from) >= 0 : closer.test(line.slice(from));
}

/** Whether the text (after a BOM) starts with a front-matter fence line. */
function startsLikeFrontMatter(text: string): boolean {
  const s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith('---', s) || text.startsWith('+++', s);
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let line = 0;
  let prevBlank = false;
  let fence: { ch: number; len: number } | null = null;
  let html: RegExp | string | null = null;
  // Front matter: no cut before a closing fence line (the first chunk is verified anyway).
  let frontMatter: string | null = null;
  if (startsLikeFrontMatter(text)) frontMatter = text.startsWith('+++', text.charCodeAt(0) === 0xfeff ? 1 : 0) ? '+++' : '---';
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    line++;
    const s = pos;
    let e = s;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (c === LF || c === CR) break;
      e++;
    }
    let next = e;
    if (next < n) next += text.charCodeAt(next) === CR && text.charCodeAt(next + 1) === LF ? 2 : 1;
    pos = next;
    const blank = isBlankRange(text, s, e);
    if (frontMatter !== null) {
      if (line > 1 && text.startsWith(frontMatter, s)) frontMatter = null;
      prevBlank = false;
      continue;
    }
    if (fence) {
      // Closing fence: up to 3 spaces, the same character at least as many times, then only spaces/tabs.
      const l = text.slice(s, e);
      let i = 0;
      while (i < 3 && l.charCodeAt(i) === SP) i++;
      let k = i;
      while (l.charCodeAt(k) === fence.ch) k++;
      if (k - i >= fence.len && isBlankRange(l, k, l.length)) fence = null;
      prevBlank = false;
      continue;
    }
    if (html) {
      if (closes(text.slice(s, e), 0, html)) html = null;
      prevBlank = false;
      continue;
    }
    if (!blank && prevBlank && s > chunkStart && canStartChunk(text, s, e)) {
      chunks.push({ start: chunkStart, end: s, line: chunkLine });
      chunkStart = s;
      chunkLine = line;
    }
    if (!blank) {
      const l = text.slice(s, e);
      const f = FENCE_OPEN.exec(l);
      if (f && !(f[1][0] === '`' && l.indexOf('`', f[0].length) >= 0)) fence = { ch: f[1].charCodeAt(0), len: f[1].length };
      else {
        const h = HTML_OPEN.exec(l);
        if (h) {
          const closer = htmlCloser(h);
          if (!closes(l, h[0].length, closer)) html = closer;
        }
      }
    }
    prevBlank = blank;
  }
  chunks.push({ start: chunkStart, end: n, line: chunkLine });
  return chunks;
}

// ---------------------------------------------------------------- chunk parses

/** micromark's normalizeIdentifier (micromark-util-normalize-identifier): the key of `defined`. */
function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

function collectLabels(nodes: RootContent[], links: string[], notes: string[]): void {
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') links.push(normalizeIdentifier(node.identifier));
    else if (node.type === 'footnoteDefinition') notes.push(normalizeIdentifier(node.identifier));
    if ('children' in node) for (const c of node.children) stack.push(c as Nodes);
  }
}

/** End offset of the last non-blank line of a chunk (its length when it has no trailing blank line). */
function contentEnd(text: string): number {
  let e = text.length;
  for (;;) {
    // Strip one line ending, then check whether the line before it is blank.
    let s = e;
    if (s > 0 && text.charCodeAt(s - 1) === LF) s--;
    if (s > 0 && text.charCodeAt(s - 1) === CR) s--;
    let ls = s;
    while (ls > 0 && text.charCodeAt(ls - 1) !== LF && text.charCodeAt(ls - 1) !== CR) ls--;
    if (!isBlankRange(text, ls, s)) return s;
    if (ls === 0) return 0;
    e = ls;
  }
}

function isIndentedCode(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && text.charCodeAt(i) === SP) i++;
  const c = text.charCodeAt(i);
  return c !== 0x60 /* ` */ && c !== 0x7e /* ~ */;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

function syntheticDefinitions(links: string[], notes: string[]): { src: string; ids: string[]; count: number } {
  let src = '';
  const ids: string[] = [];
  // Each alone after a blank line: a footnote definition's paragraph would take a following line lazily.
  for (const id of links) {
    src += `[${id}]: #\n\n`;
    ids.push('d' + id);
  }
  for (const id of notes) {
    src += `[^${id}]: x\n\n`;
    ids.push('f' + id);
  }
  return { src, ids, count: ids.length };
}

function matchesSynthetic(nodes: RootContent[], ids: string[]): boolean {
  if (nodes.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) {
    const n = nodes[i];
    if (n.type === 'definition') {
      if ('d' + normalizeIdentifier(n.identifier) !== ids[i]) return false;
    } else if (n.type === 'footnoteDefinition') {
      if ('f' + normalizeIdentifier(n.identifier) !== ids[i]) return false;
    } else return false;
  }
  return true;
}

function shiftInPlace(nodes: Nodes[], dOff: number, dLine: number): void {
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      p.start.line += dLine;
      p.end.line += dLine;
      if (p.start.offset !== undefined) p.start.offset += dOff;
      if (p.end.offset !== undefined) p.end.offset += dOff;
    }
    if ('children' in node) for (const c of node.children) stack.push(c as Nodes);
  }
}

/**
 * Parse one chunk with synthetic definitions of `links`/`notes` (after the chunk when it is the
 * first one, before it otherwise). Null when the synthetic definitions did not parse as such.
 */
function parseChunk(text: string, first: boolean, links: string[], notes: string[]): ChunkParse | null {
  const syn = syntheticDefinitions(links, notes);
  let children: RootContent[];
  let tree: Root;
  if (syn.count === 0) {
    tree = parseMarkdownTree(text);
    children = tree.children;
  } else if (first) {
    tree = parseMarkdownTree(text + syn.src);
    let k = tree.children.length;
    while (k > 0 && tree.children[k - 1].position!.start.offset! >= text.length) k--;
    if (!matchesSynthetic(tree.children.slice(k), syn.ids)) return null;
    children = tree.children.slice(0, k);
    if (children.length && children[children.length - 1].position!.end.offset! > text.length) return null;
  } else {
    tree = parseMarkdownTree(syn.src + text);
    if (!matchesSynthetic(tree.children.slice(0, syn.count), syn.ids)) return null;
    children = tree.children.slice(syn.count);
    if (children.length && children[0].position!.start.offset! < syn.src.length) return null;
    const dLine = -countLines(syn.src);
    shiftInPlace(children, -syn.src.length, dLine);
    const p = tree.position!;
    p.start = { line: 1, column: 1, offset: 0 };
    p.end.line += dLine;
    if (p.end.offset !== undefined) p.end.offset -= syn.src.length;
  }
  const limit = contentEnd(text);
  let openAtEnd = false;
  for (const c of children) if (c.position!.end.offset! > limit) openAtEnd = true;
  // An indented code block keeps micromark's flow tokenizer looking past the blank lines after it
  // (for more indented lines), and while it looks, a container that opens the next line is parsed
  // as if it interrupted something: after `    code` and a blank line, `> 10. a` is a paragraph, not
  // a list. So a chunk that ends with indented code is never cut from the next one.
  const last = children[children.length - 1];
  if (last && last.type === 'code' && isIndentedCode(text, last.position!.start.offset!)) openAtEnd = true;
  const f = children[0];
  return {
    children,
    rootStart: tree.position!.start,
    rootEnd: first && syn.count > 0 ? null : tree.position!.end,
    openAtEnd,
    frontMatter: !!f && (f.type === 'yaml' || (f.type as string) === 'toml'),
  };
}

/**
 * The text a label search runs on: NUL as micromark reads it (U+FFFD), `>` removed (block-quote
 * markers are not part of a label that spans lines), whitespace runs collapsed, case folded as
 * micromark's normalizeIdentifier folds it (per character: only Final_Sigma is contextual in
 * toLowerCase, and toUpperCase maps both sigmas back). A reference whose label normalises to L can
 * only occur in a chunk T if searchForm(L) is a substring of searchForm(T).
 */
function searchForm(s: string): string {
  return s.replace(/\0/g, '\ufffd').replace(/>/g, '').replace(/[\t\n\r ]+/g, ' ').toLowerCase().toUpperCase();
}

const labelForms = new Map<string, string>();

function labelSearchForm(id: string): string {
  let f = labelForms.get(id);
  if (f === undefined) {
    if (labelForms.size >= 8192) labelForms.clear();
    f = searchForm(id).replace(/^ | $/g, '');
    labelForms.set(id, f);
  }
  return f;
}

/**
 * Whether a chunk (its searchForm) could contain a reference to label `id`: a label always sits
 * right between `[` (`[^` for a footnote call) and `]`, give or take the whitespace (and `>` markers)
 * that normalisation trims, which searchForm turns into at most one space on each side.
 */
function mayReference(folded: string, id: string, open: '[' | '[^'): boolean {
  const f = labelSearchForm(id);
  let at = folded.indexOf(f);
  while (at >= 0) {
    let b = at;
    if (folded.charCodeAt(b - 1) === SP) b--;
    let e = at + f.length;
    if (folded.charCodeAt(e) === SP) e++;
    if (folded.charCodeAt(e) === 0x5d /* ] */ && folded.startsWith(open, b - open.length)) return true;
    // With the space on one side only (the label's own trimmed form may sit next to a space that is not trimmed).
    if (folded.charCodeAt(at + f.length) === 0x5d && folded.startsWith(open, b - open.length)) return true;
    if (folded.charCodeAt(e) === 0x5d && folded.startsWith(open, at - open.length)) return true;
    if (folded.charCodeAt(at + f.length) === 0x5d && folded.startsWith(open, at - open.length)) return true;
    at = folded.indexOf(f, at + 1);
  }
  return false;
}

/** What changed in the document's labels since the previous call (so chunks update their relevant labels by the difference). */
interface LabelDelta {
  fromSig: number;
  addedLinks: string[];
  removedLinks: Set<string>;
  addedNotes: string[];
  removedNotes: Set<string>;
}

/** The document's labels that chunk `e` could reference (its own definitions always among them). */
function relevantLabels(
  cache: Cache,
  e: Entry,
  docSig: number,
  docLinks: string[],
  docNotes: string[],
  delta: LabelDelta | null,
): { links: string[]; notes: string[]; sig: string } {
  if (e.rel && e.rel.docSig === docSig) return e.rel;
  const f = (e.folded ??= searchForm(e.text));
  let links: string[];
  let notes: string[];
  if (e.rel && delta && e.rel.docSig === delta.fromSig) {
    // (old ∩ candidates) − removed ∪ (added ∩ candidates) = new ∩ candidates
    links = e.rel.links.filter((l) => !delta.removedLinks.has(l));
    for (const l of delta.addedLinks) if (mayReference(f, l, '[')) links.push(l);
    notes = e.rel.notes.filter((l) => !delta.removedNotes.has(l));
    for (const l of delta.addedNotes) if (mayReference(f, l, '[^')) notes.push(l);
  } else {
    links = docLinks.filter((l) => mayReference(f, l, '['));
    notes = docNotes.filter((l) => mayReference(f, l, '[^'));
  }
  e.rel = { docSig, links, notes, sig: cache.sig(links, notes) };
  return e.rel;
}

function newEntry(cache: Cache, text: string, first: boolean): Entry | null {
  const hasBracket = text.indexOf('[') >= 0;
  const folded = hasBracket ? searchForm(text) : null;
  const links = folded ? cache.prevLinks.filter((l) => mayReference(folded, l, '[')) : [];
  const notes = folded ? cache.prevNotes.filter((l) => mayReference(folded, l, '[^')) : [];
  cache.stats.chunkParses++;
  let p = parseChunk(text, first, links, notes);
  let usedLinks = links;
  let usedNotes = notes;
  if (!p) {
    cache.stats.chunkParses++;
    p = parseChunk(text, first, [], []);
    usedLinks = usedNotes = [];
    if (!p) return null;
  }
  const ownLinks: string[] = [];
  const ownNotes: string[] = [];
  if (text.indexOf(']:') >= 0) collectLabels(p.children, ownLinks, ownNotes);
  const e: Entry = { text, hasBracket, ownLinks, ownNotes, parses: new Map(), folded, rel: null };
  e.parses.set(hasBracket ? cache.sig([...usedLinks, ...ownLinks], [...usedNotes, ...ownNotes]) : NO_LABELS, p);
  return e;
}

// ---------------------------------------------------------------- assembly

function clonePoint(p: Point, dOff: number, dLine: number): Point {
  return { line: p.line + dLine, column: p.column, offset: p.offset === undefined ? undefined : p.offset + dOff };
}

function deepCopy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(deepCopy);
  const out: Record<string, unknown> = {};
  for (const k in v as Record<string, unknown>) out[k] = deepCopy((v as Record<string, unknown>)[k]);
  return out;
}

function cloneShift(node: Nodes, dOff: number, dLine: number): Nodes {
  const out: Record<string, unknown> = {};
  const src = node as unknown as Record<string, unknown>;
  for (const k in src) {
    const v = src[k];
    if (k === 'position' && v) {
      const p = v as { start: Point; end: Point };
      out.position = { start: clonePoint(p.start, dOff, dLine), end: clonePoint(p.end, dOff, dLine) };
    } else if (k === 'children' && Array.isArray(v)) {
      const arr = new Array(v.length);
      for (let i = 0; i < v.length; i++) arr[i] = cloneShift(v[i] as Nodes, dOff, dLine);
      out.children = arr;
    } else out[k] = v !== null && typeof v === 'object' ? deepCopy(v) : v;
  }
  return out as unknown as Nodes;
}

function fullParse(text: string, cache: Cache, fallback: boolean): Root {
  cache.stats.fullParses++;
  if (fallback) cache.stats.fallbacks++;
  const tree = parseMarkdownTree(text);
  const links: string[] = [];
  const notes: string[] = [];
  collectLabels(tree.children, links, notes);
  cache.prevLinks = [...new Set(links)];
  cache.prevNotes = [...new Set(notes)];
  return tree;
}

/**
 * Where the top-level nodes of an incrementally parsed tree came from: `count` consecutive children of the root,
 * parsed as one chunk that starts at `start` (offset) and `line` (1-based). `key` is the same object for as long as
 * the cache holds that chunk's parse under the same labels (same chunk text, same nodes up to the shift of
 * positions): document.ts keeps the prose model it built from those nodes under it.
 */
export interface ChunkOrigin {
  key: object;
  start: number;
  line: number;
  count: number;
}

/**
 * parseMarkdownTree(text), reusing the parses of unchanged top-level chunks from `cache`.
 * The returned tree is fresh (not shared with the cache or earlier results). With `origins`, it is filled with
 * the chunks the root's children came from (left empty when the tree came from a full parse).
 */
export function parseMarkdownTreeIncremental(text: string, parseCache: ParseCache, origins?: ChunkOrigin[]): Root {
  const cache = parseCache as Cache;
  cache.stats.calls++;
  try {
    return incremental(text, cache, origins);
  } catch {
    if (origins) origins.length = 0;
    // Let the reference parser decide (and throw, if it does).
    return fullParse(text, cache, true);
  }
}

/**
 * A guess of the labels a text defines, from lines that look like definitions: only used as the
 * labels to parse new chunks with when the cache knows none yet (a wrong guess costs a second parse
 * of a chunk, never a wrong tree: parses are keyed by the labels they actually saw).
 */
function guessLabels(text: string, cache: Cache): void {
  const links = new Set<string>();
  const notes = new Set<string>();
  // Lines "   [label]:" / "[^label]:" (up to three spaces, a label of 1–999 characters), read by hand in one pass.
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let i = ls;
    while (i < le && i - ls < 3 && text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) === 91 /* [ */) {
      const note = text.charCodeAt(i + 1) === 94; /* ^ */
      const from = i + (note ? 2 : 1);
      let j = from;
      while (j < le && j - from <= 999 && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 13) j++;
      if (j > from && j - from <= 999 && text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 58) (note ? notes : links).add(normalizeIdentifier(text.slice(from, j)));
    }
    ls = le + 1;
  }
  cache.prevLinks = [...links];
  cache.prevNotes = [...notes];
}

function incremental(text: string, cache: Cache, origins?: ChunkOrigin[]): Root {
  if (origins) origins.length = 0;
  const chunks = splitChunks(text);
  if (chunks.length < 2) return fullParse(text, cache, false);
  if (cache.entries.size === 0) guessLabels(text, cache);

  // Phase A: a parse for every chunk, merging chunks whose cut proved wrong.
  const entries: Entry[] = [];
  const fresh = new Set<Entry>();
  for (let i = 0; i < chunks.length; ) {
    const c = chunks[i];
    const s = text.slice(c.start, c.end);
    let e = cache.entries.get(s);
    if (e && e.parses.size === 0) {
      // Left empty by a failed re-parse: start over.
      cache.entries.delete(s);
      cache.chars -= s.length;
      e = undefined;
    }
    if (!e) {
      const made = newEntry(cache, s, i === 0);
      if (!made) return fullParse(text, cache, true);
      e = made;
      cache.add(e);
      fresh.add(e);
    }
    cache.touch(e);
    const last = i === chunks.length - 1;
    if (!last) {
      const p = e.parses.values().next().value!;
      if (p.openAtEnd || (i === 0 && startsLikeFrontMatter(text) && !p.frontMatter)) {
        chunks.splice(i, 2, { start: c.start, end: chunks[i + 1].end, line: c.line });
        cache.stats.merges++;
        continue;
      }
    }
    entries[i] = e;
    i++;
  }
  // Phase B: the document's labels.
  const links: string[] = [];
  const notes: string[] = [];
  for (const e of entries) {
    for (const l of e.ownLinks) links.push(l);
    for (const l of e.ownNotes) notes.push(l);
  }
  const docLinks = [...new Set(links)];
  const docNotes = [...new Set(notes)];
  const docSig = cache.docSigId(docLinks, docNotes);
  let delta: LabelDelta | null = null;
  const last = cache.lastDoc;
  if (last && last.sig !== docSig) {
    const nowLinks = new Set(docLinks);
    const nowNotes = new Set(docNotes);
    delta = {
      fromSig: last.sig,
      addedLinks: docLinks.filter((l) => !last.links.has(l)),
      removedLinks: new Set([...last.links].filter((l) => !nowLinks.has(l))),
      addedNotes: docNotes.filter((l) => !last.notes.has(l)),
      removedNotes: new Set([...last.notes].filter((l) => !nowNotes.has(l))),
    };
  }
  if (!last || last.sig !== docSig) cache.lastDoc = { sig: docSig, links: new Set(docLinks), notes: new Set(docNotes) };
  cache.prevLinks = docLinks;
  cache.prevNotes = docNotes;

  // Phase C: the parse of each chunk under the document's labels; assemble.
  const children: RootContent[] = [];
  let rootStart: Point | null = null;
  let rootEnd: Point | null = null;
  for (let i = 0; i < chunks.length; i++) {
    const e = entries[i];
    const c = chunks[i];
    const rel = e.hasBracket ? relevantLabels(cache, e, docSig, docLinks, docNotes, delta) : null;
    const need = rel ? rel.sig : NO_LABELS;
    let p = e.parses.get(need);
    if (p && !p.rootEnd && i === chunks.length - 1) {
      // The only chunk, parsed with a guessed label suffix that its own labels happen to cover: parse it plain.
      p = undefined;
      e.parses.delete(need);
    }
    if (!p) {
      const own = new Set(e.ownLinks);
      const ownN = new Set(e.ownNotes);
      cache.stats.chunkParses++;
      const q = parseChunk(e.text, i === 0, rel ? rel.links.filter((l) => !own.has(l)) : [], rel ? rel.notes.filter((l) => !ownN.has(l)) : []);
      if (!q) {
        if (origins) origins.length = 0;
        return fullParse(text, cache, true);
      }
      if (e.parses.size >= 2) e.parses.delete(e.parses.keys().next().value!);
      e.parses.set(need, q);
      p = q;
    }
    if (fresh.has(e)) cache.stats.chunkMisses++;
    else cache.stats.chunkHits++;
    const dLine = c.line - 1;
    for (const n of p.children) children.push(cloneShift(n, c.start, dLine) as RootContent);
    origins?.push({ key: p, start: c.start, line: c.line, count: p.children.length });
    if (i === 0) rootStart = clonePoint(p.rootStart, 0, 0);
    if (i === chunks.length - 1) rootEnd = clonePoint(p.rootEnd!, c.start, dLine);
  }
  cache.evict(chunks.length);
  return { type: 'root', children, position: { start: rootStart!, end: rootEnd! } } as Root;
}
