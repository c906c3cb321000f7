// Configuration: built-in defaults < editor settings (clinicalLint.*) < nearest .clinical-lint.json.
// Files are JSON with comments. Problems never stop linting: they are reported and the defaults apply.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/clinical-lint.schema.json';
import type { SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.clinical-lint.json';

export interface RangeSetting {
  min: number;
  max: number;
  unit?: string;
  basis?: 'per dose' | 'per day';
}

export interface DrugRangeSetting extends RangeSetting {
  drug: string;
  aliases?: string[];
}

export interface RequiredStatementSetting {
  id: string;
  when?: 'always' | string[];
  require: string[];
  message: string;
  template?: string;
  position?: 'end' | 'start';
  enabled?: boolean;
}

/** The shape of .clinical-lint.json and of the `clinicalLint` settings object. */
export interface ClinicalLintConfig {
  rules?: Record<string, SeveritySetting>;
  claims?: {
    citationScope?: 'sentence' | 'paragraph';
    allow?: string[];
    absoluteTerms?: string[];
    claimVerbs?: string[];
    hedges?: string[];
    attributions?: string[];
  };
  disclaimer?: { template?: string; position?: 'end' | 'start'; patterns?: string[] };
  doses?: { defaultRange?: RangeSetting | null; drugs?: DrugRangeSetting[] };
  references?: {
    verifyOnline?: boolean;
    mailto?: string;
    crossrefUrl?: string;
    eutilsUrl?: string;
    titleSimilarity?: number;
    acceptIsbn?: boolean;
  };
  requiredStatements?: RequiredStatementSetting[];
  builtinStatements?: { 'off-label'?: boolean; 'opioid-contraindication'?: boolean };
  frontMatter?: { staleAfterMonths?: number };
  maxFileSize?: number;
}

type DeepRequired<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export interface ResolvedConfig {
  rules: Record<string, SeveritySetting>;
  claims: DeepRequired<NonNullable<ClinicalLintConfig['claims']>>;
  disclaimer: DeepRequired<NonNullable<ClinicalLintConfig['disclaimer']>>;
  doses: { defaultRange: RangeSetting | null; drugs: DrugRangeSetting[] };
  references: DeepRequired<NonNullable<ClinicalLintConfig['references']>>;
  requiredStatements: RequiredStatementSetting[];
  builtinStatements: { 'off-label': boolean; 'opioid-contraindication': boolean };
  frontMatter: { staleAfterMonths: number };
  maxFileSize: number;
  /** False in an untrusted workspace: no network, no user patterns from workspace files. */
  trusted: boolean;
  /** The config file that applied, if any (for "add a range" fixes and messages). */
  configFile: string | null;
}

export const DEFAULT_DISCLAIMER =
  'This article is for general information only and is not a substitute for individual medical advice. ' +
  'Talk to your own doctor or pharmacist before starting, stopping or changing any treatment. ' +
  'Reading it does not create a clinician–patient relationship.';

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    claims: { citationScope: 'sentence', allow: [], absoluteTerms: [], claimVerbs: [], hedges: [], attributions: [] },
    disclaimer: { template: DEFAULT_DISCLAIMER, position: 'end', patterns: [] },
    doses: { defaultRange: { min: 1, max: 5, unit: 'mg', basis: 'per dose' }, drugs: [] },
    references: {
      verifyOnline: false,
      mailto: '',
      crossrefUrl: 'https://api.crossref.org',
      eutilsUrl: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
      titleSimilarity: 0.8,
      acceptIsbn: true,
    },
    requiredStatements: [],
    builtinStatements: { 'off-label': false, 'opioid-contraindication': false },
    frontMatter: { staleAfterMonths: 24 },
    maxFileSize: 5 * 1024 * 1024,
    trusted: true,
    configFile: null,
  };
}

export interface ConfigProblem {
  file: string;
  message: string;
  /** Offset range in the config file, when known. */
  start: number;
  end: number;
}

export interface LoadedConfigFile {
  file: string;
  config: ClinicalLintConfig;
  problems: ConfigProblem[];
}

// Compiled on first use: compiling the schema is the largest start-up cost, and a run without a config file never needs it.
let compiledSchema: ReturnType<Ajv['compile']> | undefined;
const schemaValidator = () => (compiledSchema ??= new Ajv({ allErrors: true, strict: false }).compile(schema));

/** Keys whose values are user-written regular expressions. */
const PATTERN_KEYS: [string, string][] = [
  ['claims', 'absoluteTerms'],
  ['claims', 'attributions'],
  ['disclaimer', 'patterns'],
];

/**
 * Parse and validate config text. Invalid parts are dropped (and reported); valid parts are kept.
 */
export function parseConfigText(text: string, file: string): LoadedConfigFile {
  const problems: ConfigProblem[] = [];
  const errors: ParseError[] = [];
  const raw = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    problems.push({ file, message: `${path.basename(file)}: invalid JSON (${printParseErrorCode(e.error)})`, start: e.offset, end: e.offset + Math.max(1, e.length) });
  }
  if (errors.length) return { file, config: {}, problems };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file, message: `${path.basename(file)}: the configuration must be a JSON object`, start: 0, end: text.length });
    return { file, config: {}, problems };
  }
  const config = structuredClone(raw) as Record<string, unknown>;
  const validateSchema = schemaValidator();
  if (!validateSchema(config)) {
    const seen = new Set<string>();
    for (const err of validateSchema.errors ?? []) {
      if (err.keyword === 'propertyNames') continue; // reported through its inner error, which names the key
      const p = describeSchemaError(err);
      if (seen.has(p.pointer)) continue;
      seen.add(p.pointer);
      const loc = locate(text, p.pointer);
      problems.push({ file, message: `${path.basename(file)}: ${p.message}`, start: loc.start, end: loc.end });
      dropAt(config, p.pointer);
    }
  }
  for (const [section, key] of PATTERN_KEYS) {
    const list = (config[section] as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(list)) continue;
    const kept: string[] = [];
    list.forEach((pattern, i) => {
      const bad = checkUserPattern(String(pattern));
      if (bad) {
        const loc = locate(text, `/${section}/${key}/${i}`);
        problems.push({ file, message: `${path.basename(file)}: ${section}.${key}[${i}]: ${bad}`, start: loc.start, end: loc.end });
      } else kept.push(String(pattern));
    });
    (config[section] as Record<string, unknown>)[key] = kept;
  }
  if (Array.isArray(config.requiredStatements)) {
    config.requiredStatements = (config.requiredStatements as RequiredStatementSetting[]).filter((s, i) => {
      for (const [j, pattern] of (s.require ?? []).entries()) {
        const bad = checkUserPattern(pattern);
        if (bad) {
          const loc = locate(text, `/requiredStatements/${i}/require/${j}`);
          problems.push({ file, message: `${path.basename(file)}: requiredStatements[${i}].require[${j}]: ${bad}`, start: loc.start, end: loc.end });
          return false;
        }
      }
      return true;
    });
  }
  return { file, config: config as ClinicalLintConfig, problems };
}

/**
 * A user pattern must compile and must not contain constructs that backtrack catastrophically
 * (nested quantifiers, back-references, look-arounds). Returns a reason, or null when accepted.
 */
export function checkUserPattern(pattern: string): string | null {
  if (pattern.length > 500) return 'pattern is longer than 500 characters';
  try {
    new RegExp(pattern, 'iu');
  } catch (e) {
    return `invalid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed (they can make matching slow)';
  if (/\(\?<?[=!]/.test(pattern)) return 'look-arounds are not allowed (they can make matching slow)';
  // A repeated group that itself contains a quantifier or an alternation, at any depth:
  // (a+)+, ((a+))+, (a?){25}, (a|aa)*, ((a)|(aa))+ ... (found by test/regex-safety.test.ts).
  if (repeatsAmbiguousGroup(pattern)) return 'nested quantifiers are not allowed (they can make matching slow)';
  // Two repeated parts with no literal character between them (\s*\s*, \w+\s+\w+, a*a*) backtrack
  // polynomially on long runs of text.
  const repeats = unboundedRepeatProblem(pattern);
  if (repeats) return repeats;
  return null;
}

/** True when a group repeated by *, +, {n,} or {n,m} (m > 1) contains a quantifier or an alternation. */
function repeatsAmbiguousGroup(p: string): boolean {
  const stack: { quantified: boolean; alternation: boolean }[] = [{ quantified: false, alternation: false }];
  let closed: { quantified: boolean; alternation: boolean } | null = null;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    const top = stack[stack.length - 1];
    const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24)) : null;
    if (c === '*' || c === '+' || c === '?' || braces) {
      const max = braces ? (braces[2] ? (braces[3] ? Number(braces[3]) : Infinity) : Number(braces[1])) : c === '?' ? 1 : Infinity;
      if (max > 1 && closed && (closed.quantified || closed.alternation)) return true;
      top.quantified = true;
      if (braces) i += braces[0].length - 1;
      if (p[i + 1] === '?') i++; // lazy
      closed = null;
      continue;
    }
    closed = null;
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
    } else if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      const head = /^\(\?(?:<[=!]|<[A-Za-z_$][\w$]*>|[:=!])/.exec(p.slice(i, i + 40));
      if (head) i += head[0].length - 1;
    } else if (c === '|') top.alternation = true;
    else if (c === ')' && stack.length > 1) {
      closed = stack.pop()!;
      const parent = stack[stack.length - 1];
      parent.quantified ||= closed.quantified;
      parent.alternation ||= closed.alternation;
    }
  }
  return false;
}

/**
 * Why a pattern can backtrack polynomially through unbounded repeats (*, +, {n,}), or null. Scans once,
 * conservatively (groups and alternatives do not reset the state):
 * - a pattern that starts with a repeat (\s*x, .*cure) retries it from every position of the text;
 * - two repeats with no literal between them (\s*\s*x, \w+\s+\w+), or only literals the first repeat also
 *   matches (.*a.*a, \w*a\w*), can split the same run of text in many ways.
 */
function unboundedRepeatProblem(p: string): string | null {
  // The last unbounded repeat's atom, until a literal it cannot match closes it.
  let pending: RegExp | null = null;
  let sawAtom = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    const atomStart = i;
    let literal: string | null = null;
    if (c === '\\') {
      i++;
      if (p[i] === 'p' || p[i] === 'P' || p[i] === 'u' || p[i] === 'x') {
        if (p[i + 1] === '{') while (i < p.length && p[i] !== '}') i++;
        else if (p[i] === 'x') i += 2;
      } else if (p[i] === 'b' || p[i] === 'B') continue; // an assertion, not an atom
      else if (!/[sSwWdD0-9c]/.test(p[i] ?? '')) literal = p[i];
    } else if (c === '[') {
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
    } else if (c === '(') {
      const head = /^\(\?(?:<[A-Za-z_$][\w$]*>|[:=!]|<[=!])/.exec(p.slice(i, i + 40));
      if (head) i += head[0].length - 1;
      continue;
    } else if (c === '|' || c === '^' || c === '$') {
      continue;
    } else if (c !== ')' && c !== '.') literal = c;
    const atom = p.slice(atomStart, i + 1);
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(p.slice(i + 1, i + 26));
    if (q) i += q[0].length;
    const min = !q ? 1 : q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
    const unbounded = !!q && (q[0][0] === '*' || q[0][0] === '+' || (q[0][0] === '{' && q[2] !== undefined && (q[3] === '' || Number(q[3]) > 1000)));
    if (unbounded) {
      if (!sawAtom && c !== ')') return 'a pattern that starts with a repeated part is not allowed (it is retried at every position of the text); start it with a word';
      const matcher = atomMatcher(atom);
      // Two repeats that can match the same characters can trade them in many ways; disjoint ones (\w+ then \s+) cannot.
      if (pending && [...OVERLAP_PROBES].some((ch) => pending!.test(ch) && matcher.test(ch))) {
        return 'two repeated parts with nothing between them that tells them apart are not allowed (they can make matching slow); put a word between them, e.g. studies?\\s+show';
      }
      pending = matcher;
    } else if (pending && literal !== null && min > 0 && !pending.test(literal)) {
      pending = null;
    }
    if (c !== ')') sawAtom = true;
  }
  return null;
}

/** Characters that stand for the classes a user pattern's repeats use (letters, digits, spaces, punctuation). */
const OVERLAP_PROBES = 'aZ0_ \t\n.,;:!?-/()\'"é\u00a0';

/** A RegExp matching the characters one atom (., \w, [a-z], x, (…)) can match; groups match anything. */
function atomMatcher(atom: string): RegExp {
  if (atom === '.' || atom.endsWith(')')) return /[\s\S]/;
  try {
    return new RegExp(`^${atom}$`, 'iu');
  } catch {
    return /[\s\S]/;
  }
}

function describeSchemaError(err: ErrorObject): { pointer: string; message: string } {
  let pointer = err.instancePath;
  if (err.propertyName !== undefined) {
    // An error about a property *name* (e.g. an unknown rule id): point at that key.
    return { pointer: `${pointer}/${err.propertyName}`, message: `unknown ${pointer === '/rules' ? 'rule' : 'key'} "${err.propertyName}"${pointer ? ` in ${pointer.slice(1).replace(/\//g, '.')}` : ''}` };
  }
  const where = pointer ? pointer.slice(1).replace(/\//g, '.') : 'the configuration';
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      pointer = `${pointer}/${key}`;
      return { pointer, message: `unknown key "${pointer.slice(1).replace(/\//g, '.')}"` };
    }
    case 'propertyNames': {
      const key = (err.params as { propertyName: string }).propertyName;
      pointer = `${pointer}/${key}`;
      return { pointer, message: `unknown rule "${key}" in ${where}` };
    }
    case 'enum':
      return { pointer, message: `${where} must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { pointer, message: `${where} must be ${(err.params as { type: string }).type}` };
    default:
      return { pointer, message: `${where} ${err.message ?? 'is invalid'}` };
  }
}

function dropAt(obj: Record<string, unknown>, pointer: string): void {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (!parts.length) return;
  let cur: unknown = obj;
  for (const p of parts.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return;
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur !== null && typeof cur === 'object') {
    const last = parts[parts.length - 1];
    if (Array.isArray(cur)) cur.splice(Number(last), 1, undefined as unknown as never);
    else delete (cur as Record<string, unknown>)[last];
  }
}

/** Offset range of a JSON pointer's property key (or value) in the config text, best effort. */
function locate(text: string, pointer: string): { start: number; end: number } {
  const parts = pointer.split('/').slice(1);
  const last = parts[parts.length - 1];
  if (last !== undefined && !/^\d+$/.test(last)) {
    const i = text.indexOf(JSON.stringify(last));
    if (i >= 0) return { start: i, end: i + last.length + 2 };
  }
  return { start: 0, end: Math.min(text.length, 1) };
}

/** Deep merge: objects merge key by key; arrays and scalars replace. */
export function mergeConfig<T extends object>(base: T, layer: Partial<T> | undefined): T {
  if (!layer) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(layer)) {
    if (v === undefined) continue;
    const b = out[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && b !== null && typeof b === 'object' && !Array.isArray(b)) {
      out[k] = mergeConfig(b as object, v as object);
    } else {
      out[k] = Array.isArray(v) ? v.filter((x) => x !== undefined) : v;
    }
  }
  return out as T;
}

/** Find the nearest .clinical-lint.json from `dir` upward. */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  let cur = path.resolve(dir);
  for (;;) {
    const candidate = path.join(cur, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
    const parent = path.dirname(cur);
    if (parent === cur || (stopAt && path.resolve(stopAt) === cur)) return null;
    cur = parent;
  }
}

export function loadConfigFile(file: string): LoadedConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, config: {}, problems: [{ file, message: `${path.basename(file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, start: 0, end: 0 }] };
  }
  return parseConfigText(text, file);
}

export interface ResolveOptions {
  /** Editor settings (the `clinicalLint` section), already an object. */
  settings?: ClinicalLintConfig;
  /** A config file layer (from findConfigFile/loadConfigFile or --config). */
  file?: LoadedConfigFile | null;
  trusted?: boolean;
}

/** Merge the layers into the configuration rules see. */
export function resolveConfig(opts: ResolveOptions = {}): ResolvedConfig {
  let cfg = defaultConfig();
  const settings = opts.settings ? sanitizeSettings(opts.settings) : undefined;
  cfg = mergeConfig(cfg, settings as Partial<ResolvedConfig>);
  if (opts.file) {
    let layer = opts.file.config;
    if (opts.trusted === false) layer = restrictUntrusted(layer);
    cfg = mergeConfig(cfg, layer as Partial<ResolvedConfig>);
    cfg.configFile = opts.file.file;
  }
  cfg.trusted = opts.trusted !== false;
  if (!cfg.trusted) cfg.references = { ...cfg.references, verifyOnline: false };
  return cfg;
}

/** Settings come from the editor; validate them the same way but without positions. */
function sanitizeSettings(settings: ClinicalLintConfig): ClinicalLintConfig {
  const loaded = parseConfigText(JSON.stringify(stripNulls(settings)), '<settings>');
  return loaded.config;
}

function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // VS Code reports unset object settings as {} and unset strings as "" — both mean "default".
      if (x === undefined || (k !== 'defaultRange' && x === null)) continue;
      if (typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 0) continue;
      out[k] = stripNulls(x);
    }
    return out;
  }
  return v;
}

/** In an untrusted workspace, a workspace file cannot enable the network or add patterns. */
function restrictUntrusted(c: ClinicalLintConfig): ClinicalLintConfig {
  const out: ClinicalLintConfig = structuredClone(c);
  if (out.references) delete out.references.verifyOnline;
  if (out.references) {
    delete out.references.crossrefUrl;
    delete out.references.eutilsUrl;
  }
  if (out.claims) {
    delete out.claims.absoluteTerms;
    delete out.claims.attributions;
  }
  if (out.disclaimer) delete out.disclaimer.patterns;
  delete out.requiredStatements;
  return out;
}

/** Cache of parsed config files keyed by path, invalidated by mtime. */
export class ConfigCache {
  private files = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfigFile }>();
  private lookups = new Map<string, string | null>();

  fileFor(dir: string): LoadedConfigFile | null {
    let file = this.lookups.get(dir);
    if (file === undefined) {
      file = findConfigFile(dir);
      this.lookups.set(dir, file);
    }
    if (!file) return null;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      this.clear();
      return this.fileFor(dir);
    }
    const hit = this.files.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    const loaded = loadConfigFile(file);
    this.files.set(file, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    return loaded;
  }

  clear(): void {
    this.files.clear();
    this.lookups.clear();
  }
}
