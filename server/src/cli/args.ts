// Command-line arguments of `clinical-lint`. Hand-written so that every mistake gets a one-line message
// naming the option (and a suggestion), and so that start-up loads nothing else.

export type OutputFormat = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeverityOverride = (typeof SEVERITY_SETTINGS)[number];

export interface CliOptions {
  command: 'lint' | 'classify' | 'help' | 'version';
  format: OutputFormat;
  /** true/false when --color/--no-color was given, else undefined (decide from the terminal and NO_COLOR). */
  color: boolean | undefined;
  config: string | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  fix: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  /** --rule ID=SEVERITY in the order given (ids are checked against the registry later). */
  rules: { id: string; severity: SeverityOverride }[];
  verifyReferences: boolean;
  patterns: string[];
}

export class UsageError extends Error {}

interface OptionSpec {
  name: string;
  short?: string;
  takesValue: boolean;
}

const OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', takesValue: true },
  { name: 'color', takesValue: false },
  { name: 'no-color', takesValue: false },
  { name: 'config', short: 'c', takesValue: true },
  { name: 'stdin', takesValue: false },
  { name: 'stdin-filename', takesValue: true },
  { name: 'fix', takesValue: false },
  { name: 'max-warnings', takesValue: true },
  { name: 'quiet', short: 'q', takesValue: false },
  { name: 'rule', takesValue: true },
  { name: 'verify-references', takesValue: false },
  { name: 'version', short: 'v', takesValue: false },
  { name: 'help', short: 'h', takesValue: false },
];

const byName = new Map(OPTIONS.map((o) => [o.name, o]));
const byShort = new Map(OPTIONS.filter((o) => o.short).map((o) => [o.short!, o]));

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = {
    command: 'lint',
    format: 'stylish',
    color: undefined,
    config: undefined,
    stdin: false,
    stdinFilename: undefined,
    fix: false,
    maxWarnings: -1,
    quiet: false,
    rules: [],
    verifyReferences: false,
    patterns: [],
  };
  let args = [...argv];
  if (args[0] === 'classify') {
    opts.command = 'classify';
    args = args.slice(1);
  }
  let help = false;
  let version = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      opts.patterns.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      if (arg === '-') throw new UsageError(`use --stdin to read a draft from standard input`);
      opts.patterns.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      shown = `--${name}`;
      spec = byName.get(name);
      if (!spec) throw new UsageError(`unknown option '${shown}'${suggest(name)}`);
    } else {
      shown = arg.slice(0, 2);
      spec = byShort.get(arg.slice(1, 2));
      if (!spec) throw new UsageError(`unknown option '${shown}'`);
      if (arg.length > 2) {
        if (!spec.takesValue) throw new UsageError(`unknown option '${arg}' (short options cannot be combined)`);
        inline = arg.slice(2);
      }
    }
    let value: string | undefined;
    if (spec.takesValue) {
      if (inline !== undefined) value = inline;
      else {
        if (i + 1 >= args.length) throw new UsageError(`option '${shown}' needs a value`);
        value = args[++i];
      }
    } else if (inline !== undefined) {
      throw new UsageError(`option '${shown}' does not take a value`);
    }
    switch (spec.name) {
      case 'format': {
        const f = value!.toLowerCase();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${value}' for --format (use one of: ${FORMATS.join(', ')})`);
        opts.format = f as OutputFormat;
        break;
      }
      case 'color':
        opts.color = true;
        break;
      case 'no-color':
        opts.color = false;
        break;
      case 'config':
        if (!value) throw new UsageError(`option '--config' needs a file name`);
        opts.config = value;
        break;
      case 'stdin':
        opts.stdin = true;
        break;
      case 'stdin-filename':
        if (!value) throw new UsageError(`option '--stdin-filename' needs a file name`);
        opts.stdinFilename = value;
        break;
      case 'fix':
        opts.fix = true;
        break;
      case 'max-warnings': {
        if (!/^(?:-1|\d{1,9})$/.test(value!)) throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more, or -1 for no limit), not '${value}'`);
        opts.maxWarnings = Number(value);
        break;
      }
      case 'quiet':
        opts.quiet = true;
        break;
      case 'rule':
        opts.rules.push(parseRuleOverride(value!));
        break;
      case 'verify-references':
        opts.verifyReferences = true;
        break;
      case 'version':
        version = true;
        break;
      case 'help':
        help = true;
        break;
    }
  }
  if (help) return { ...opts, command: 'help' };
  if (version) return { ...opts, command: 'version' };
  if (opts.command === 'classify') {
    if (opts.patterns.length) throw new UsageError(`'classify' reads sentences from standard input and takes no files`);
    return opts;
  }
  if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError(`--stdin-filename only applies together with --stdin`);
  if (opts.stdin && opts.patterns.length) throw new UsageError(`give either --stdin or files to lint, not both`);
  if (!opts.stdin && !opts.patterns.length) throw new UsageError(`no files to lint: give files, directories or globs, or --stdin`);
  return opts;
}

export function parseRuleOverride(value: string): { id: string; severity: SeverityOverride } {
  const m = /^\s*([A-Za-z0-9][\w-]*)\s*[=:]\s*([A-Za-z]+)\s*$/.exec(value);
  if (!m) throw new UsageError(`--rule needs ID=SEVERITY (e.g. --rule absolute-claim=warning), not '${value}'`);
  const severity = m[2].toLowerCase();
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    throw new UsageError(`unknown severity '${m[2]}' in --rule ${value} (use one of: ${SEVERITY_SETTINGS.join(', ')})`);
  }
  return { id: m[1], severity: severity as SeverityOverride };
}

function suggest(name: string): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const o of OPTIONS) {
    const d = editDistance(name, o.name);
    if (d < bestDistance) {
      bestDistance = d;
      best = o.name;
    }
  }
  return best ? ` (did you mean '--${best}'?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
