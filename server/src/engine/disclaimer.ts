// Disclaimers and required statements (issue 6 deepens it). API used by the rules and the
// "Insert disclaimer" command.

import type { Fix, ParsedDocument } from './types';
import type { ResolvedConfig } from './config';

/** Source range of the disclaimer the document already has, or null. */
export function findDisclaimer(_doc: ParsedDocument, _config: ResolvedConfig): { start: number; end: number } | null {
  return null;
}

/** A fix inserting `template` as its own paragraph at the end, or after front matter and title. */
export function insertStatementFix(_doc: ParsedDocument, _template: string, _position: 'end' | 'start', _title = 'Insert disclaimer'): Fix {
  return { title: _title, edits: [] };
}
