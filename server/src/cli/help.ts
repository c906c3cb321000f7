// `clinical-lint --help`: usage, options, formats, exit codes and the rules with their descriptions.

import type { RuleMeta } from '../engine/types';

export function helpText(rules: RuleMeta[], version: string): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const ruleLines = rules.map((r) => `  ${r.id.padEnd(idWidth)}  ${String(r.defaultSeverity).padEnd(7)}  ${r.description}`);
  return `clinical-lint ${version}: reviews medical blog drafts like a careful clinical editor.

Usage:
  clinical-lint [options] <files|directories|globs...>
  clinical-lint [options] --stdin [--stdin-filename NAME] < draft.md
  clinical-lint classify < sentences.txt

Files: .md, .markdown, .mdx and .txt are linted; directories are walked (node_modules and dot folders
are skipped); globs such as 'docs/**/*.md' are expanded (quote them so the shell does not). A file named
explicitly is linted whatever its extension (as plain text unless it is Markdown).

Options:
  -f, --format FORMAT      stylish (default), json or sarif (SARIF 2.1.0, e.g. for GitHub code scanning)
      --color, --no-color  force colours on or off (default: on for a terminal, off when NO_COLOR is set)
  -c, --config FILE        use this configuration file instead of the nearest .clinical-lint.json
      --stdin              lint standard input
      --stdin-filename NAME  name (and so type and configuration) of the standard input draft
      --fix                apply the preferred fix of each diagnostic, write the files back safely, and
                           report what remains; with --stdin print the fixed text (the report goes to stderr)
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule ID=SEVERITY   set a rule's severity (error, warning, info, hint, off); repeatable
      --verify-references  look references up online (Crossref, PubMed) and report those that do not exist or
                           do not match (rule unverified-reference); answers are cached in ~/.cache/clinical-lint
  -v, --version            print the version
  -h, --help               print this help

Output: lines and columns are 1-based; columns count UTF-16 code units; ranges end exclusive
(endLine/endColumn point just past the last character). JSON: an array of
{ filePath, diagnostics: [{ ruleId, severity, message, line, column, endLine, endColumn, fixes }] }.

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  at least one error, or too many warnings
  2  usage error, or a file that could not be read, is not text (binary, invalid UTF-8), is too large
     (maxFileSize) or could not be written by --fix; the other files are still linted

Classify: 'clinical-lint classify' reads one sentence per line and writes one JSON object per line:
  { "text", "strength" (none|correlational|conditional|direct), "claim", "cues" }

Environment:
  NO_COLOR               no colours            DEBUG=clinical-lint    stack traces of rule failures
  CLINICAL_LINT_WORKERS  worker threads: N (0: none); by default one per core for more than 50 files

Rules (id, default severity, what it checks):
${ruleLines.join('\n')}
  ${'invalid-directive'.padEnd(idWidth)}  ${'warning'.padEnd(7)}  A clinical-lint directive comment names an unknown rule.
`;
}
