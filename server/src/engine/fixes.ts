// Fixes shared by every rule: the "disable RULE for this line" directive.

import type { Nodes, Parents } from 'mdast';
import type { Fix, ParsedDocument } from './types';
import { offsetToPosition } from './document';

/**
 * A fix that silences `ruleId` on the line holding `offset`.
 * Markdown: a line that opens a top-level paragraph or heading gets a
 * `<!-- clinical-lint-disable-next-line RULE -->` comment on its own line above it; any other
 * line (inside a paragraph, a list item, a table, a block quote) gets a trailing
 * `<!-- clinical-lint-disable-line RULE -->`, because a comment line there would split
 * the paragraph, list or table and change how the post renders.
 * A line of code (fenced or indented) can hold no directive: a comment there is code. The rule is
 * silenced for the file instead (document-level diagnostics sit on the title, which may be a code line).
 */
export function disableLineFix(doc: ParsedDocument, ruleId: string, offset: number): Fix {
  // A comment inside YAML front matter would change its data: silence the rule for the file instead.
  if (doc.frontMatter && offset >= doc.frontMatter.start && offset < doc.frontMatter.end) return disableFileFix(doc, ruleId);
  const { line } = offsetToPosition(doc.lineStarts, offset);
  const lineStart = doc.lineStarts[line];
  let lineEnd = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  while (lineEnd > lineStart && (doc.text[lineEnd - 1] === '\n' || doc.text[lineEnd - 1] === '\r')) lineEnd--;
  const block = doc.blocks.find((b) => b.start <= offset && offset <= b.end);
  if (!block && doc.kind === 'markdown' && nodeAround(doc, offset, 'code')) return disableFileFix(doc, ruleId);
  const opensTopLevelBlock =
    !!block && block.containers.length === 0 && offsetToPosition(doc.lineStarts, block.start).line === line && block.kind !== 'tableCell';
  const title = `Disable ${ruleId} for this line`;
  if (opensTopLevelBlock || doc.kind === 'plaintext') {
    const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, lineEnd))![0];
    return { title, edits: [{ start: lineStart, end: lineStart, newText: `${indent}<!-- clinical-lint-disable-next-line ${ruleId} -->${doc.eol}` }] };
  }
  // Keep a Markdown hard break (two trailing spaces) after the comment.
  let at = lineEnd;
  while (at > lineStart && (doc.text[at - 1] === ' ' || doc.text[at - 1] === '\t')) at--;
  // The end of the line inside a code span ('… lower rates ```js' closed on a later line): a comment there is code. Put
  // it before the span when the span opens on this line; a span that covers the whole line leaves only the file.
  const span = doc.kind === 'markdown' ? nodeAround(doc, at, 'inlineCode', true) : null;
  if (span) {
    if (span.start < lineStart) return disableFileFix(doc, ruleId);
    at = span.start;
  }
  // No second space before the comment ('the `dose' -> 'the <!-- … -->`dose'): the rendered text keeps its spacing.
  const space = at > lineStart && (doc.text[at - 1] === ' ' || doc.text[at - 1] === '\t') ? '' : ' ';
  return { title, edits: [{ start: at, end: at, newText: `${space}<!-- clinical-lint-disable-line ${ruleId} -->` }] };
}


/** "Disable RULE for this file": a directive right after the front matter, or at the top. */
export function disableFileFix(doc: ParsedDocument, ruleId: string): Fix {
  const fm = doc.frontMatter;
  const at = fm ? fm.end : 0;
  const comment = `<!-- clinical-lint-disable-file ${ruleId} -->`;
  return { title: `Disable ${ruleId} for this file`, edits: [{ start: at, end: at, newText: fm ? `${doc.eol}${comment}` : `${comment}${doc.eol}` }] };
}

/**
 * The node of type `type` in the Markdown tree that holds `offset` (only nodes that contain it are visited); `inside`
 * wants the offset strictly between its start and end.
 */
function nodeAround(doc: ParsedDocument, offset: number, type: Nodes['type'], inside = false): { start: number; end: number } | null {
  const stack: Nodes[] = doc.tree ? [doc.tree as Nodes] : [];
  while (stack.length) {
    const n = stack.pop()!;
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    if (n.type !== 'root' && (s === undefined || e === undefined || offset < s || offset > e || (inside && (offset === s || offset === e)))) continue;
    if (n.type === type) return { start: s!, end: e! };
    if ('children' in n) for (const c of (n as Parents).children) stack.push(c as Nodes);
  }
  return null;
}
