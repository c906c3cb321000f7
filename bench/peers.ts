// Group 3: peers, same corpus, same run. Whole-process CLI time (start-up included, as a user or CI
// pays it) of textlint + write-good, alex and markdownlint-cli2 against `clinical-lint --format json`
// over the same 200 Markdown files. Each tool runs from the corpus folder with file names as arguments.

import * as path from 'node:path';
import { CLI, ROOT, builtEntry, writeCorpus } from './files';
import { median, timeProcess } from './stats';

export interface PeerRow {
  tool: string;
  command: string;
  runs: number;
  wallMs: number;
  cpuMs: number;
  exitCode: number | null;
  problems: number | null;
  error?: string;
}

export interface PeersResult {
  files: number;
  words: number;
  rows: PeerRow[];
  /** peer time / clinical-lint time (higher = clinical-lint faster). */
  speedup: Record<string, number>;
}

interface Tool {
  tool: string;
  bin: string;
  args: (files: string[]) => string[];
  /** Exit codes that mean "ran and found problems or none". */
  okCodes: number[];
  count?: (stdout: string, stderr: string) => number | null;
  available?: () => { ok: boolean; reason?: string };
}

const nm = (p: string): string => path.join(ROOT, 'node_modules', p);

function countJsonMessages(stdout: string): number | null {
  try {
    const v = JSON.parse(stdout) as unknown;
    if (Array.isArray(v)) {
      // textlint: [{ filePath, messages: [] }]; clinical-lint (likely): [{ file, diagnostics: [] }] or a flat list.
      let n = 0;
      for (const f of v as Record<string, unknown>[]) {
        const list = (f.messages ?? f.diagnostics) as unknown[] | undefined;
        n += Array.isArray(list) ? list.length : 1;
      }
      return n;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const files = (o.files ?? o.results) as Record<string, unknown>[] | undefined;
      if (Array.isArray(files)) return files.reduce((a, f) => a + (((f.diagnostics ?? f.messages) as unknown[] | undefined)?.length ?? 0), 0);
      if (Array.isArray(o.diagnostics)) return o.diagnostics.length;
    }
  } catch {
    /* not JSON */
  }
  return null;
}

/** Row name of the bare remark parse of the same files in one process (the floor, not a peer). */
export const FLOOR = 'remark parse only, 1 thread (floor)';

export const TOOLS: Tool[] = [
  {
    tool: 'clinical-lint',
    bin: CLI,
    args: (files) => ['--format', 'json', ...files],
    okCodes: [0, 1],
    count: (out) => countJsonMessages(out),
    available: () => builtEntry(CLI),
  },
  {
    // Not a peer: the floor (bench/floor-process.mjs), a process that only parses the files with remark.
    tool: FLOOR,
    bin: path.join(ROOT, 'bench', 'floor-process.mjs'),
    args: (files) => [...files],
    okCodes: [0],
    count: () => null,
  },
  {
    tool: 'textlint + write-good',
    bin: nm('textlint/bin/textlint.js'),
    args: (files) => ['--no-textlintrc', '--rule', 'write-good', '--format', 'json', ...files],
    okCodes: [0, 1],
    count: (out) => countJsonMessages(out),
  },
  {
    tool: 'alex',
    bin: nm('alex/cli.js'),
    args: (files) => [...files],
    okCodes: [0, 1],
    count: (_out, err) => (err.match(/^\s+\d+:\d+(-\d+:\d+)?\s+warning\b/gm) ?? []).length,
  },
  {
    tool: 'markdownlint-cli2',
    bin: nm('markdownlint-cli2/markdownlint-cli2-bin.mjs'),
    args: () => ['*.md'],
    okCodes: [0, 1],
    count: (_out, err) => {
      const m = /Summary: (\d+) error/.exec(err);
      return m ? Number(m[1]) : null;
    },
  },
];

export async function benchPeers(opts: { quick?: boolean; log?: (s: string) => void } = {}): Promise<PeersResult> {
  const corpus = writeCorpus('peers', 200, 20240601);
  const rows: PeerRow[] = [];
  for (const t of TOOLS) {
    // alex alone takes as long as the others together: two runs keep the whole benchmark under five minutes.
    const runs = opts.quick ? 1 : t.tool === 'alex' ? 2 : 3;
    const avail = t.available?.() ?? { ok: true };
    const command = `node ${path.relative(ROOT, t.bin)} ${t.args(['<200 files>']).join(' ')}`;
    if (!avail.ok) {
      rows.push({ tool: t.tool, command, runs: 0, wallMs: NaN, cpuMs: NaN, exitCode: null, problems: null, error: avail.reason });
      opts.log?.(`  ${t.tool}: skipped (${avail.reason})`);
      continue;
    }
    const walls: number[] = [];
    const cpus: number[] = [];
    let last: Awaited<ReturnType<typeof timeProcess>> | null = null;
    let error: string | undefined;
    for (let r = 0; r < runs; r++) {
      last = await timeProcess(process.execPath, [t.bin, ...t.args(corpus.files)], { cwd: corpus.dir, timeoutMs: 120_000 });
      if (!t.okCodes.includes(last.code ?? -1)) {
        error = `exit ${last.code}: ${last.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`;
        break;
      }
      walls.push(last.wallMs);
      cpus.push(last.cpuMs);
    }
    const row: PeerRow = {
      tool: t.tool,
      command,
      runs: walls.length,
      wallMs: median(walls),
      cpuMs: median(cpus),
      exitCode: last?.code ?? null,
      problems: last && !error ? (t.count?.(last.stdout, last.stderr) ?? null) : null,
      error,
    };
    rows.push(row);
    opts.log?.(`  ${t.tool}: ${error ? `FAILED ${error}` : `${row.wallMs.toFixed(0)} ms wall, ${row.cpuMs.toFixed(0)} ms CPU, ${row.problems ?? '?'} problems`}`);
  }
  const ours = rows[0];
  const speedup: Record<string, number> = {};
  for (const r of rows.slice(1)) speedup[r.tool] = r.wallMs / ours.wallMs;
  return { files: corpus.files.length, words: corpus.words, rows, speedup };
}
