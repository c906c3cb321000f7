// Rule documentation for links and the "Show rule documentation" command: the docs/rules/<id>.md page
// shipped next to the bundle (dist/../docs/rules) when it exists, else the public page.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../engine/docs';
import { ruleById } from '../rules';

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

function docsFile(ruleId: string): string | null {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
  if (docsDir === undefined) docsDir = findDocsDir();
  if (!docsDir) return null;
  const file = path.join(docsDir, `${ruleId}.md`);
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
