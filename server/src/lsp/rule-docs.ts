// Rule documentation for links and the "Show rule documentation" command: the docs/rules/<id>.md page
// shipped next to the bundle (dist/../docs/rules) when it exists, else the public page. The shipped pages
// are full of deliberate examples of bad claims: opened in the editor or its Markdown preview, they are
// not linted as drafts (isOwnDocumentation).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../engine/docs';
import { ruleById } from '../rules';
import { uriToPath } from './uris';

/** Folder holding the shipped rule pages, or null. Bundled: dist/../docs/rules; from sources: server/src/lsp/../../../docs/rules. */
function findDocsDir(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const candidate of [path.join(here, '..', 'docs', 'rules'), path.join(here, '..', '..', '..', 'docs', 'rules')]) {
    try {
      if (fs.statSync(candidate).isDirectory()) return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}

let docsDir: string | null | undefined;
const hrefs = new Map<string, string | null>();

function rulesDir(): string | null {
  if (docsDir === undefined) docsDir = findDocsDir();
  return docsDir;
}

function docsFile(ruleId: string): string | null {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
  const dir = rulesDir();
  if (!dir) return null;
  const file = path.join(dir, `${ruleId}.md`);
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Link for a diagnostic's code: the shipped page as a file: URI, else the public page; null for ids without a page. */
export function ruleDocsHref(ruleId: string): string | null {
  let href = hrefs.get(ruleId);
  if (href !== undefined) return href;
  const file = docsFile(ruleId);
  href = file ? pathToFileURL(file).href : ruleById.has(ruleId) ? ruleDocsUrl(ruleId) : null;
  hrefs.set(ruleId, href);
  return href;
}

/** The Markdown page of a rule: the shipped file, else a page built from the rule's metadata; null for unknown ids. */
export function ruleDocsMarkdown(ruleId: string): { markdown: string; url: string } | null {
  const file = docsFile(ruleId);
  if (file) {
    try {
      return { markdown: fs.readFileSync(file, 'utf8'), url: pathToFileURL(file).href };
    } catch {
      /* fall back to metadata */
    }
  }
  const rule = ruleById.get(ruleId);
  if (!rule) return null;
  const { meta } = rule;
  const markdown = [
    `# ${meta.id}`,
    '',
    `Default severity: \`${meta.defaultSeverity}\`${meta.optIn ? ' (opt-in)' : ''}.`,
    '',
    meta.description,
    '',
    meta.rationale,
    '',
    `Full page: ${ruleDocsUrl(meta.id)}`,
    '',
  ].join('\n');
  return { markdown, url: ruleDocsUrl(meta.id) };
}

// ---------------------------------------------------------------- the server's own documentation

/** A path for comparisons: its real path when it exists (symbolic links, 8.3 names), case-folded where file names ignore case. */
function comparablePath(file: string): string {
  let real = path.resolve(file);
  try {
    real = fs.realpathSync.native(real);
  } catch {
    /* not on disk (yet): compared as written */
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}

let shippedDocsDir: string | null | undefined;
let extraOwnDocsDirs: string[] = [];

/**
 * Folders that also hold the server's own documentation: where the client writes the pages it got from the
 * server (rules whose page was not packaged) to preview them.
 */
export function setGeneratedDocsDirs(dirs: string[]): void {
  extraOwnDocsDirs = dirs.map((d) => path.resolve(d));
}

/**
 * Is this document the server's own shipped documentation (the docs folder next to the bundle, which holds the
 * rule pages hover links open)? Such documents are not drafts: they are never linted. A file of the same name
 * elsewhere (a clone of this repository in the user's workspace) is the user's and is linted.
 */
export function isOwnDocumentation(uri: string): boolean {
  const file = uriToPath(uri);
  if (!file) return false;
  if (shippedDocsDir === undefined) {
    const rules = rulesDir();
    shippedDocsDir = rules ? comparablePath(path.dirname(rules)) : null;
  }
  // The extra folders may be created later: resolved at each check (documents open rarely).
  const dirs = [...(shippedDocsDir ? [shippedDocsDir] : []), ...extraOwnDocsDirs.map(comparablePath)];
  if (!dirs.length) return false;
  const target = comparablePath(file);
  return dirs.some((dir) => isInside(target, dir));
}
