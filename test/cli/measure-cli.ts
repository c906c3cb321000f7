// Measures the CLI (not a test; numbers are never asserted): start-up time for one small file and throughput
// on a generated 2,000-file workspace, single-threaded and with worker threads.
//   npm run build && npx tsx test/cli/measure-cli.ts [files=2000] [runs=5]
// Draft text comes from test fixtures written here (and the shared sample article when present).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, rmrf, tmpDir, write } from './helpers';

const fileCount = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);

const PARAGRAPHS = [
  'Low dose naltrexone (LDN) is used off-label at 1.5–4.5 mg at night. Some small trials suggest it may reduce pain in fibromyalgia [1].',
  'Turmeric is often said to cure arthritis, but the evidence is mixed and most trials were small and short (Garcia et al., 2018).',
  '- Take 500 mg of magnesium glycinate with dinner.\n- Vitamin D 1000 IU daily may help if your level is low.\n- Talk to your doctor first.',
  '| Dose | Use |\n| --- | --- |\n| 50 mg | alcohol use disorder |\n| 4.5 mg | chronic pain (off-label) |',
  '> Experts agree that this treatment always works.\n\nStudies show that omega-3 supplements lower triglycerides.[2]',
  'In one randomised trial of 60 adults, the active group reported less fatigue than placebo after 12 weeks.^3',
];
const REFERENCES = '## References\n\n1. Younger J, Mackey S. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x\n2. Smith A. J Nutr. 2020. PMID: 31234567\n';

function draft(i: number, sample: string | null): string {
  if (sample && i % 10 === 0) return sample;
  const parts = [`---\ntitle: Draft ${i}\nauthor: Dr Example\n---\n`, `# Draft ${i}\n`];
  const n = 4 + (i % 9);
  for (let k = 0; k < n; k++) parts.push(PARAGRAPHS[(i + k) % PARAGRAPHS.length]);
  parts.push(REFERENCES);
  return parts.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time, and CPU time (user + sys, all threads) when GNU time is installed: CPU time is the fairer figure on a shared machine. */
function time(args: string[], cwd: string, env: Record<string, string> = {}): { ms: number; cpuMs: number | null; status: number | null } {
  const t = process.hrtime.bigint();
  const cmd = GNU_TIME ?? process.execPath;
  const argv = GNU_TIME ? ['-f', 'CPU %U %S', process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const m = /CPU (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(r.stderr.toString());
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : null, status: r.status };
}

const samplePath = path.resolve(__dirname, '../../../shared/samples/ldn-article.txt');
const sample = fs.existsSync(samplePath) ? fs.readFileSync(samplePath, 'utf8') : null;
const ws = tmpDir('clinical-lint-measure-');
try {
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < fileCount; i++) {
    const text = draft(i, sample);
    bytes += Buffer.byteLength(text);
    words += text.split(/\s+/).length;
    write(ws, `posts/${String(Math.floor(i / 100)).padStart(2, '0')}/post-${i}.md`, text);
  }
  write(ws, 'small.md', '# Magnesium\n\nMagnesium may help some people sleep.\n');
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.availableParallelism()} cores, node ${process.version}`);
  console.log(`workspace: ${fileCount} files, ${(bytes / 1e6).toFixed(1)} MB, ${words} words`);

  const baseline = median(Array.from({ length: 10 }, () => Number((() => { const t = process.hrtime.bigint(); spawnSync(process.execPath, ['-e', '0']); return process.hrtime.bigint() - t; })()) / 1e6));
  const versionRuns = Array.from({ length: 10 }, () => time(['--version'], ws));
  const singleRuns = Array.from({ length: 10 }, () => time(['small.md'], ws));
  const cpu = (xs: { cpuMs: number | null }[]) => (xs[0].cpuMs === null ? 'n/a' : `${median(xs.map((x) => x.cpuMs!)).toFixed(0)} ms CPU`);
  console.log(`start-up (median of 10): node -e 0 ${baseline.toFixed(0)} ms wall; clinical-lint --version ${median(versionRuns.map((x) => x.ms)).toFixed(0)} ms wall, ${cpu(versionRuns)}; one small file ${median(singleRuns.map((x) => x.ms)).toFixed(0)} ms wall, ${cpu(singleRuns)}`);

  for (const [label, env] of [
    ['1 thread (CLINICAL_LINT_WORKERS=0)', { CLINICAL_LINT_WORKERS: '0' }],
    [`worker threads (auto: ${os.availableParallelism()})`, {}],
  ] as const) {
    const results = Array.from({ length: runs }, () => time(['--format', 'json', 'posts'], ws, env));
    const ms = median(results.map((x) => x.ms));
    console.log(`${label}: median ${ms.toFixed(0)} ms wall over ${runs} runs, ${(fileCount / (ms / 1000)).toFixed(0)} files/s, ${((words / (ms / 1000)) / 1e3).toFixed(0)}k words/s; ${cpu(results)} (exit ${results[0].status})`);
  }
} finally {
  rmrf(ws);
}
