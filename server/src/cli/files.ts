// Which files a command line names: files as given, directories walked, globs expanded.
// Walks skip node_modules and dot folders (unless the user named one as the starting point);
// directories and globs yield only drafts (.md, .markdown, .mdx, .txt), except a glob whose last part
// spells out an extension (`notes/*.rst`): then the user chose the files.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

export interface DiscoveryProblem {
  /** The operand or path as the user would recognise it. */
  path: string;
  reason: string;
}

export interface Discovery {
  /** Absolute paths, in command-line order (walks sorted by name), without duplicates. */
  files: string[];
  problems: DiscoveryProblem[];
}

export function isDraftFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return DRAFT_EXTENSIONS.includes(ext);
}

const GLOB_CHARS = /[*?[\]{}()!]/;

export function looksLikeGlob(operand: string): boolean {
  return GLOB_CHARS.test(operand);
}

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return code ?? String((e as Error)?.message ?? e);
  }
}

export { errnoReason };

interface WalkOptions {
  /** Called for each file found (relative posix path from the walk root, absolute path). Return true to keep it. */
  accept(rel: string, abs: string): boolean;
  /** Called for each sub-directory (relative posix path); return false to skip it. */
  enter?(rel: string): boolean;
}

/** Depth-first walk in name order; follows symbolic links but never visits one real directory twice. */
function walk(root: string, out: string[], problems: DiscoveryProblem[], cwd: string, opts: WalkOptions): void {
  const seen = new Set<string>();
  const visit = (dir: string, rel: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      problems.push({ path: display(dir, cwd), reason: `cannot read directory (${errnoReason(e)})` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: display(dir, cwd), reason: `cannot read directory (${errnoReason(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link: nothing to lint
        }
      }
      if (isDir) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        if (opts.enter && !opts.enter(childRel)) continue;
        visit(abs, childRel);
      } else if (isFile && opts.accept(childRel, abs)) {
        out.push(abs);
      }
    }
  };
  visit(root, '');
}

/** The path of `abs` relative to `cwd` when it lies inside it, else null. */
export function relativeInside(abs: string, cwd: string): string | null {
  const rel = path.relative(cwd, abs);
  if (!rel || path.isAbsolute(rel) || rel === '..' || rel.startsWith(`..${path.sep}`)) return null;
  return rel;
}

/** How a path is shown to the user: relative to the current directory when inside it, else absolute. */
export function display(abs: string, cwd: string): string {
  if (!path.isAbsolute(abs)) return abs;
  return relativeInside(abs, cwd) ?? abs;
}

/** Expand the operands of a command line into files to lint. */
export async function discoverFiles(operands: readonly string[], cwd: string): Promise<Discovery> {
  const files: string[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const operand of operands) {
    const abs = path.resolve(cwd, operand);
    let st: fs.Stats | undefined;
    let statError: unknown;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      statError = e;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, problems, cwd, { accept: (rel) => isDraftFile(rel) });
      if (!found.length) problems.push({ path: operand, reason: `no drafts (${DRAFT_EXTENSIONS.join(', ')}) in this directory` });
      files.push(...found);
    } else if (st?.isFile()) {
      files.push(abs);
    } else if (st) {
      problems.push({ path: operand, reason: 'not a regular file' });
    } else if (looksLikeGlob(operand) && (statError as NodeJS.ErrnoException)?.code === 'ENOENT') {
      const found = await expandGlob(operand, cwd, problems);
      if (!found) problems.push({ path: operand, reason: errnoReason(statError) });
      else if (!found.length) problems.push({ path: operand, reason: 'no files match this pattern' });
      else files.push(...found);
    } else {
      problems.push({ path: operand, reason: errnoReason(statError) });
    }
  }
  const seen = new Set<string>();
  return {
    files: files.filter((f) => (seen.has(f) ? false : (seen.add(f), true))),
    problems,
  };
}

/** Files matching a glob, or null when the operand is not a glob after all (e.g. `notes (draft).md`). */
async function expandGlob(pattern: string, cwd: string, problems: DiscoveryProblem[]): Promise<string[] | null> {
  // picomatch is only needed when a glob is given: load it lazily (start-up of a plain run stays small).
  const picomatch = require('picomatch') as typeof import('picomatch');
  const posixPattern = pattern.split(path.sep).join('/');
  const scan = picomatch.scan(posixPattern);
  if (!scan.isGlob) return null;
  const base = path.resolve(cwd, scan.base || '.');
  const rest = scan.glob;
  if (!rest) return [];
  const isMatch = picomatch(rest, { dot: false });
  // `notes/*.rst` spells out its extension: take every match. `docs/**` or `*.{md,txt}`: drafts only.
  const explicitExtension = /\.[A-Za-z0-9_-]+$/.test(rest) && !GLOB_CHARS.test(rest.slice(rest.lastIndexOf('.')));
  const out: string[] = [];
  let baseStat: fs.Stats;
  try {
    baseStat = fs.statSync(base);
  } catch {
    return out;
  }
  if (!baseStat.isDirectory()) return out;
  const recursive = rest.includes('**') || rest.includes('/');
  walk(base, out, problems, cwd, {
    accept: (rel) => isMatch(rel) && (explicitExtension || isDraftFile(rel)),
    enter: () => recursive,
  });
  return out;
}
