// CPU profile of the engine on the 100,000-word draft (`node --cpu-prof`), summarised as the
// functions with the most self time and the files/packages that time is spent in.
//
//   node --import tsx bench/profile.ts [--words 100000] [--runs 3]     # profile and summarise
//   node --import tsx bench/profile.ts --summarise FILE.cpuprofile      # summarise an existing profile
//
// The child process that is profiled runs bench/profile-target.ts; profiles go to test-output/profile/.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './files';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  top: ProfileEntry[];
  byArea: { area: string; selfMs: number; percent: number }[];
}

function shortUrl(url: string): string {
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + '/node_modules/'.length);
  return path.relative(ROOT, u) || u;
}

/** The package (node_modules/<pkg>) or source folder a frame belongs to. */
function areaOf(url: string): string {
  if (!url) return '(native/V8: GC, regex, builtins)';
  const s = shortUrl(url);
  if (url.includes('/node_modules/')) return s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
  if (s.startsWith('server/src/rules/')) return `rule ${path.basename(s, '.ts')}`;
  if (s.startsWith('server/src/')) return s;
  return s.startsWith('node:') ? 'node internals' : s;
}

export function summariseProfile(file: string, topN = 20): ProfileSummary {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < prof.samples.length; i++) selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  const fn = new Map<string, { name: string; where: string; us: number }>();
  const area = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += us;
    const name = functionName || '(anonymous)';
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : functionName.startsWith('(') ? '' : '(native)';
    const key = `${name}@${where}`;
    const e = fn.get(key) ?? { name, where, us: 0 };
    e.us += us;
    fn.set(key, e);
    const a = functionName === '(garbage collector)' ? '(garbage collector)' : areaOf(url);
    area.set(a, (area.get(a) ?? 0) + us);
  }
  const top = [...fn.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, topN)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, percent: (100 * e.us) / total }));
  const byArea = [...area.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([a, us]) => ({ area: a, selfMs: us / 1000, percent: (100 * us) / total }));
  return { file, totalMs: total / 1000, top, byArea };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`Profile ${path.relative(ROOT, s.file)}: ${s.totalMs.toFixed(0)} ms sampled (idle excluded)`, 'Top self time:'];
  for (const e of s.top) lines.push(`  ${e.percent.toFixed(1).padStart(5)}%  ${e.selfMs.toFixed(0).padStart(7)} ms  ${e.name}  ${e.where}`);
  lines.push('By area:');
  for (const a of s.byArea) lines.push(`  ${a.percent.toFixed(1).padStart(5)}%  ${a.selfMs.toFixed(0).padStart(7)} ms  ${a.area}`);
  return lines.join('\n');
}

/** Profile lintText on a generated draft in a child process; returns the summary (or an error). */
export function profileEngine(opts: { words?: number; runs?: number } = {}): ProfileSummary | { error: string } {
  const dir = path.join(ROOT, 'test-output', 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-name=engine.cpuprofile', '--import', 'tsx', path.join(__dirname, 'profile-target.ts'), String(opts.words ?? 100_000), String(opts.runs ?? 3)],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  const file = path.join(dir, 'engine.cpuprofile');
  if (r.status !== 0 || !fs.existsSync(file)) return { error: `profiling failed (exit ${r.status}): ${(r.stderr ?? '').slice(-500)}` };
  return summariseProfile(file);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--summarise');
  if (i >= 0) console.log(formatProfile(summariseProfile(path.resolve(args[i + 1]), 25)));
  else {
    const words = args.includes('--words') ? Number(args[args.indexOf('--words') + 1]) : 100_000;
    const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
    const s = profileEngine({ words, runs });
    console.log('error' in s ? s.error : formatProfile(s));
  }
}
