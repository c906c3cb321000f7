// Small statistics and formatting helpers for the benchmark.

import { spawn } from 'node:child_process';

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Milliseconds, with two significant decimals for small values. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function num(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return Math.round(x).toLocaleString('en-US');
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a';
}

/** A plain-text table with right-aligned numeric columns. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export interface ProcessTiming {
  wallMs: number;
  /** User + system CPU time of the process and its threads (ms), from bash's `times`-based `time`. */
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a command as a whole process and measure wall time and CPU time (user+sys of the child,
 * including all its threads) with bash's `time` keyword. `args` are passed without shell expansion.
 */
export function timeProcess(cmd: string, args: string[], opts: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<ProcessTiming> {
  return new Promise((resolve) => {
    const marker = '__CLBENCH__';
    // bash runs the command as "$@" so no argument is re-split; TIMEFORMAT prints real/user/sys on stderr.
    const child = spawn('bash', ['-c', `TIMEFORMAT='${marker} %3R %3U %3S'; time "$@"`, 'bench', cmd, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : null;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const m = new RegExp(`${marker} ([\\d.]+) ([\\d.]+) ([\\d.]+)`).exec(stderr);
      const wallMs = m ? Number(m[1]) * 1000 : NaN;
      const cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : NaN;
      resolve({ wallMs, cpuMs, code, stdout, stderr: m ? stderr.replace(m[0], '').trim() : stderr });
    });
  });
}
