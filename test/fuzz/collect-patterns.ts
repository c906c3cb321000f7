// Collects every built-in regular expression of the engine and the rules, for test/regex-safety.test.ts.
// Run in a fresh process (the test spawns it) so that module-level `new RegExp(...)` calls are seen:
//
//   node --import tsx test/fuzz/collect-patterns.ts > patterns.json
//
// Three sources, deduplicated by (source, flags):
//  1. literals: every regular-expression literal and every `new RegExp('literal')` in server/src/**/*.ts,
//     found with the TypeScript parser (no evaluation);
//  2. runtime: every RegExp constructed through the RegExp constructor while the engine and rule modules
//     load and while they lint a corpus of drafts (this catches patterns built from lexicons and data files);
//  3. data: strings in server/src/data/*.json that are regular-expression fragments, checked both as written
//     and with the data files' convention that a space means "one or more spaces" (`\s+`); fragments of the claims
//     lexicons as sticky (see STICKY_DATA).

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CollectedPattern {
  source: string;
  flags: string;
  /** Where it came from: "file.ts:line", "runtime", or "data/file.json#/json/pointer". */
  origins: string[];
  /** runtime: compiled while modules load; lint-time: compiled while linting (e.g. lexicon alternations built on demand). */
  kind: 'literal' | 'runtime' | 'lint-time' | 'data';
}

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'server', 'src');

const found = new Map<string, CollectedPattern>();
function add(source: string, flags: string, origin: string, kind: CollectedPattern['kind']): void {
  // Only flags that change matching matter for the analysis: g/d only change how matches are iterated, but y does
  // change it (a sticky pattern is tried at lastIndex only, never searched from every later position), so it is
  // kept. Whether sticky is safe then depends on the callers trying O(1) positions per token: see
  // test/regex-safety.test.ts.
  const f = [...new Set(flags.replace(/[gd]/g, ''))].sort().join('');
  const key = `${f}/${source}`;
  const hit = found.get(key);
  if (hit) {
    if (hit.origins.length < 5 && !hit.origins.includes(origin)) hit.origins.push(origin);
    return;
  }
  found.set(key, { source, flags: f, origins: [origin], kind });
}

// ---------------------------------------------------------------- 2. runtime (install first)

const NativeRegExp = RegExp;
const LINTING = 'runtime: while linting';
let runtimeOrigin = 'runtime: module load';
/** The server/src file and line that called the RegExp constructor (a module loading another is not the compiler). */
function callerSite(): string {
  for (const line of (new Error().stack ?? '').split('\n').slice(2)) {
    const m = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):\d+\)?$/.exec(line.trim());
    const file = m?.[1].replace(/^file:\/\//, '');
    if (file && file.startsWith(SRC + path.sep)) return ` at ${path.relative(ROOT, file)}:${m![2]}`;
  }
  return '';
}

function record(re: RegExp): RegExp {
  add(re.source, re.flags, `${runtimeOrigin}${callerSite()}`, runtimeOrigin === LINTING ? 'lint-time' : 'runtime');
  return re;
}

const Recording: RegExpConstructor = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget): RegExp {
    return record(Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as RegExp);
  },
  apply(target, _this, args: [string | RegExp, string?]) {
    return record(Reflect.apply(target, undefined, args) as RegExp);
  },
});
(globalThis as { RegExp: RegExpConstructor }).RegExp = Recording;

function walkFiles(dir: string, ext: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, ext, out);
    else if (e.name.endsWith(ext) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function collectRuntime(): void {
  // Load every engine and rule module (the registry loads the rules; loading each file covers helpers too).
  for (const f of [...walkFiles(path.join(SRC, 'engine'), '.ts'), ...walkFiles(path.join(SRC, 'rules'), '.ts')]) {
    runtimeOrigin = `runtime: loading ${path.relative(ROOT, f)}`;
    require(f);
  }
  // Lint drafts with every rule on, so lazily compiled patterns are built too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintText, allRules } = require(path.join(SRC, 'engine', 'lint')) as typeof import('../../server/src/engine/lint');
  const { resolveConfig } = require(path.join(SRC, 'engine', 'config')) as typeof import('../../server/src/engine/config');
  const { generateDraft } = require(path.join(ROOT, 'bench', 'corpus')) as typeof import('../../bench/corpus');
  const rules: Record<string, 'warning'> = {};
  for (const r of allRules) rules[r.meta.id] = 'warning';
  const config = resolveConfig({ settings: { rules, builtinStatements: { 'off-label': true, 'opioid-contraindication': true } } });
  runtimeOrigin = LINTING;
  for (let seed = 1; seed <= 12; seed++) {
    for (const kind of ['markdown', 'plaintext'] as const) {
      const text = generateDraft({ words: 600, seed, kind });
      try {
        lintText(text, { uri: kind === 'markdown' ? 'file:///d.md' : 'file:///d.txt', kind, config });
      } catch {
        /* the fuzz tests report crashes; here we only want the patterns */
      }
    }
  }
}

// ---------------------------------------------------------------- 1. literals

function collectLiterals(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  for (const file of walkFiles(SRC, '.ts')) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = path.relative(ROOT, file);
    const visit = (node: import('typescript').Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = (node as import('typescript').RegularExpressionLiteral).text;
        const slash = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        add(lit.slice(1, slash), lit.slice(slash + 1), `${rel}:${line}`, 'literal');
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const [src, flags] = node.arguments;
        if (ts.isStringLiteral(src) || ts.isNoSubstitutionTemplateLiteral(src)) {
          const f = flags && (ts.isStringLiteral(flags) || ts.isNoSubstitutionTemplateLiteral(flags)) ? flags.text : '';
          const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          add(src.text, f, `${rel}:${line}`, 'literal');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

// ---------------------------------------------------------------- 3. data files

/** Keys whose strings are prose, sources or examples, never patterns. */
const NON_PATTERN_KEY = /^(\$comment|_.*|sources?|examples?|description|message|title|template|rationale|note|notes|citation|url|reference|id|category|name|canonical|unit|ucum|code|rewrites?|replacement|insert)$/i;
const META = /[\\^$.|?*+()[\]{}]/;

/**
 * Data files whose fragments the engine compiles into sticky patterns: the claims lexicons become the lexicon buckets
 * (claims.ts compileLexicon, flags 'iy', tried at word starts only; see test/regex-safety.test.ts), so their fragments
 * are analysed as sticky. Any other compilation of them (e.g. specificSourceRegex) is captured at runtime with its
 * real flags and analysed as well.
 */
const STICKY_DATA = /^claims-.*\.json$/;

function collectData(): void {
  const dataDir = path.join(SRC, 'data');
  if (!fs.existsSync(dataDir)) return;
  for (const file of walkFiles(dataDir, '.json')) {
    const rel = path.relative(ROOT, file);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const visit = (v: unknown, pointer: string, key: string): void => {
      if (typeof v === 'string') {
        if (NON_PATTERN_KEY.test(key) || !META.test(v) || v.length > 2000) return;
        // Fragments with spaces are checked as the engine compiles them (a space means \s+), others as written.
        for (const [src, how] of [v.includes(' ') ? [v.replace(/ +/g, '\\s+'), ' (space → \\s+)'] : [v, '']] as const) {
          try {
            new NativeRegExp(src, 'iu');
          } catch {
            continue; // not a pattern (or not one by itself)
          }
          add(src, STICKY_DATA.test(path.basename(file)) ? 'iuy' : 'iu', `${rel}#${pointer}${how}`, 'data');
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, `${pointer}/${k}`, k);
    };
    visit(json, '', '');
  }
}

export function collectPatterns(): CollectedPattern[] {
  collectRuntime();
  (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
  collectLiterals();
  collectData();
  // Most important first: literals, patterns compiled at load time, data fragments, then lint-time compositions.
  const rank = { literal: 0, runtime: 1, data: 2, 'lint-time': 3 } as const;
  return [...found.values()].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

if (require.main === module) {
  process.stdout.write(JSON.stringify(collectPatterns()));
}
