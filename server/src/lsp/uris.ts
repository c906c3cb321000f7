// Document URIs: file paths for file: URIs, document kinds from language ids.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME } from '../engine/config';
import { documentKindFor } from '../engine/document';
import type { DocumentKind } from '../engine/types';

/** File system path of a file: URI, or null for other schemes (untitled:, vscode-vfs:) and malformed URIs. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    // VS Code writes Windows drive letters as "c%3A".
    return fileURLToPath(uri.replace(/^file:\/\/\/([A-Za-z])%3A/i, 'file:///$1:'));
  } catch {
    return null;
  }
}

export function baseName(uri: string): string {
  const file = uriToPath(uri);
  if (file) return path.basename(file);
  const tail = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(tail) || uri;
  } catch {
    return tail || uri;
  }
}

const MARKDOWN_IDS = new Set(['markdown', 'mdx', 'markdown.mdx', 'quarto', 'rmd', 'rmarkdown']);
const TEXT_IDS = new Set(['plaintext', 'text', 'txt']);

/** Markdown or plain text: from the language id the client sent, else from the file name. */
export function kindFor(uri: string, languageId?: string): DocumentKind {
  const id = (languageId ?? '').toLowerCase();
  if (MARKDOWN_IDS.has(id)) return 'markdown';
  if (TEXT_IDS.has(id)) return 'plaintext';
  return documentKindFor(baseName(uri));
}

/** Documents the server never lints as drafts (its own config file, JSON). */
export function isLintable(uri: string, languageId?: string): boolean {
  const id = (languageId ?? '').toLowerCase();
  if (id === 'json' || id === 'jsonc') return false;
  return baseName(uri) !== CONFIG_FILE_NAME;
}
