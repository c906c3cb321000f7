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

function time(args: string[], cwd: string, env: Record<string, string> = {}): { ms: number; status: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status };
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
  const version = median(Array.from({ length: 10 }, () => time(['--version'], ws).ms));
  const single = median(Array.from({ length: 10 }, () => time(['small.md'], ws).ms));
  console.log(`start-up (median of 10): node -e 0 ${baseline.toFixed(0)} ms; clinical-lint --version ${version.toFixed(0)} ms; one small file ${single.toFixed(0)} ms`);

  for (const [label, env] of [
    ['1 thread (CLINICAL_LINT_WORKERS=0)', { CLINICAL_LINT_WORKERS: '0' }],
    [`worker threads (auto: ${os.availableParallelism()})`, {}],
  ] as const) {
    const times: number[] = [];
    let status: number | null = null;
    for (let r = 0; r < runs; r++) {
      const t = time(['--format', 'json', 'posts'], ws, env);
      times.push(t.ms);
      status = t.status;
    }
    const ms = median(times);
    console.log(`${label}: median ${ms.toFixed(0)} ms over ${runs} runs, ${(fileCount / (ms / 1000)).toFixed(0)} files/s, ${((words / (ms / 1000)) / 1e6).toFixed(2)} M words/s (exit ${status})`);
  }
} finally {
  rmrf(ws);
}
