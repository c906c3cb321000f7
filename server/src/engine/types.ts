// Core types of the Clinical Lint engine. Pure TypeScript: no `vscode`, no LSP.
// Positions inside the engine are always UTF-16 offsets into the document text;
// line/column conversion happens only at the edges (LSP, CLI, SARIF).

import type { Root } from 'mdast';
import type { ResolvedConfig } from './config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Replace document text in [start, end) with newText. Offsets refer to the original text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix is a set of non-overlapping edits applied together. */
export interface Fix {
  /** Says what the fix will write, e.g. "Replace 'cures' with 'may help'". */
  title: string;
  edits: TextEdit[];
  /** The fix `--fix` and "Fix all" apply. At most one preferred fix per diagnostic. */
  isPreferred?: boolean;
  /** Edit to a file other than the document (e.g. .clinical-lint.json); the CLI's --fix ignores these. */
  fileEdits?: { file: string; edits: TextEdit[]; create?: boolean }[];
  /**
   * A numbered marker with a list entry (a citation placeholder `[^n]` and its definition). Alone, the fix inserts
   * number `first`; "Fix all" applies every fix of one series in one pass, numbered `first`, `first + 1`, … in document
   * order, with their entries written together at `listAt` (`lead`, the entries joined by `sep`, then `tail`).
   * In `marker` and `entry`, `#` stands for the number.
   */
  series?: FixSeries;
}

export interface FixSeries {
  /** Fixes with the same id, first number and list position belong to one series. */
  id: string;
  first: number;
  /** Where the marker goes, and its text. */
  at: number;
  marker: string;
  listAt: number;
  lead: string;
  entry: string;
  sep: string;
  tail: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  /** Free-form machine-readable details for hover, reports and tests (e.g. normalised dose). */
  data?: Record<string, unknown>;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: SeveritySetting;
  /** One line, shown in docs, SARIF and `--help`. */
  description: string;
  /** Two sentences for hover: why it matters and what to do. */
  rationale: string;
  /** Rules that must be enabled explicitly (e.g. network) list `optIn: true`. */
  optIn?: boolean;
}

export type DocumentKind = 'markdown' | 'plaintext';

export type BlockKind = 'paragraph' | 'heading' | 'tableCell' | 'line';

export interface Citation {
  start: number;
  end: number;
  kind: 'link' | 'footnote' | 'numeric' | 'sup' | 'author-year';
  /** For numeric: the numbers; footnote: the label; author-year: `surname|year`; link: the URL. */
  keys: string[];
}

/**
 * A block of prose. `text` has exactly the length of the source range [start, end):
 * every character that is not prose (markup, code, URLs, comments) is replaced by a space,
 * so `start + i` is the source offset of `text[i]`.
 */
export interface ProseBlock {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** Heading depth (1–6) for headings; 0 otherwise. */
  depth: number;
  /** Text of the nearest heading above this block (empty at top). */
  section: string;
  /** Index of the heading block that opens this block's section, or -1. */
  sectionIndex: number;
  /** Enclosing containers, outermost first. */
  containers: ('blockquote' | 'listItem' | 'footnoteDefinition' | 'table')[];
  /** Label of the enclosing footnote definition, if any. */
  footnoteLabel?: string;
  /** Index of this block's list item among its siblings (for numbered reference lists), if in a list. */
  listItemNumber?: number;
  /** Citations found in the block: structural (links, footnote refs, <sup>) and textual ([4], author–year). */
  citations: Citation[];
  sentences: Sentence[];
}

export interface Sentence {
  /** Source offsets of the sentence (trimmed). */
  start: number;
  end: number;
  /** Prose text of the sentence (non-prose blanked to spaces). */
  text: string;
  /** Up to where citations still belong to this sentence (the next sentence's start or the block end). */
  citationEnd: number;
  block: ProseBlock;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[];
  start: number;
  end: number;
  /** 0-based line the directive sits on. */
  line: number;
}

export interface ParsedDocument {
  uri: string;
  kind: DocumentKind;
  text: string;
  /** Offsets at which each line starts. */
  lineStarts: number[];
  /** 'lf' or 'crlf' (dominant), for fixes that insert lines. */
  eol: '\n' | '\r\n' | '\r';
  /** Markdown tree (plain text gets a synthetic one with only paragraphs). */
  tree: Root | null;
  frontMatter: { start: number; end: number; raw: string; data: Record<string, unknown> | null } | null;
  blocks: ProseBlock[];
  sentences: Sentence[];
  directives: Directive[];
  /** Offset right after front matter and the first heading (for "start" insertions). */
  titleEnd: number;
  /** Range of the document's title: first heading, else the first non-empty line. */
  title: { start: number; end: number };
  /** Set when the document could not be read as intended (e.g. Markdown nested too deeply: read as plain text). */
  notice?: string;
}

export interface RuleContext {
  doc: ParsedDocument;
  config: ResolvedConfig;
  /** Severity in force for this rule (never 'off' when the rule runs). */
  severity: Severity;
  /** Results computed outside the engine (e.g. online reference lookups), keyed by producer. */
  external: Readonly<Record<string, unknown>>;
  report(d: Omit<Diagnostic, 'ruleId' | 'severity'> & { severity?: Severity; ruleId?: string }): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Synchronous and pure: reads ctx.doc and ctx.config, calls ctx.report. */
  check(ctx: RuleContext): void;
}
