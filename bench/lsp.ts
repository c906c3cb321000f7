// Group 4: the language server over real LSP (dist/server.js --stdio).
// - latency from didChange to the publishDiagnostics of that version, on a 5,000-word draft, with the
//   debounce set to 0 through the `debounceMs` initialization option (so the figure is lint + protocol);
// - the debounce, measured separately: the same edits against a server with its default debounce;
// - where the latency goes, from the server's own trace (CLINICAL_LINT_TRACE=1): settings, the lint in the worker,
//   queueing/transfer to and from the worker, converting and sending the diagnostics;
// - the server's RSS after opening 200 drafts and receiving their diagnostics (read from /proc right after the last
//   diagnostics arrived: nothing is waited for or triggered before), with what the V8 heaps of the main thread and of
//   the lint worker hold at that moment (the server's own report, clinicalLint/memory, only in trace mode); and the
//   RSS again after 5 s idle (the server replaces a lint worker whose heap grew, which returns a burst's garbage).
// The server runs with SERVER_NODE_OPTIONS and SERVER_ENV, as the VS Code client starts it.
// Tolerates a missing or broken server: the group then reports why it could not run.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { generateDraft } from './corpus';
import { CORPUS_DIR, SERVER, builtEntry, writeCorpus } from './files';
import { median, percentile } from './stats';
import { SERVER_ENV, SERVER_NODE_OPTIONS } from '../server/src/lsp/protocol';
import type { MemoryReport } from '../server/src/lsp/memory';

export interface LspResult {
  available: boolean;
  error?: string;
  documentWords: number;
  edits: number;
  latencyMs: { median: number; p95: number; max: number };
  /** Medians over the measured edits, from the server's trace (ms). */
  breakdownMs: { settings: number; lint: number; queueTransfer: number; convertSend: number; serverTotal: number } | null;
  /** Median didChange → diagnostics with the server's default debounce, and the difference (≈ the debounce). */
  withDefaultDebounceMs: { median: number; debounceEstimate: number } | null;
  rssAfter200DocsMb: number | null;
  /** The same after 5 s without requests. */
  rssAfterIdleMb: number | null;
  peakRssMb: number | null;
  /** What the RSS after 200 documents is made of: each thread's V8 heap (committed / used), from the server's own report. */
  memoryAfter200Docs: { mainHeapMb: number; mainUsedMb: number; workerHeapMb: number[]; workerUsedMb: number[] } | null;
  openedDocs: number;
  diagnosedDocs: number;
}

interface Session {
  child: ChildProcess;
  conn: ProtocolConnection;
  waitFor(uri: string, version: number, timeoutMs: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
  stderr: () => string;
  traces: string[];
}

async function startServer(workspace: string, initializationOptions: Record<string, unknown>): Promise<Session> {
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV, CLINICAL_LINT_TRACE: '1' } });
  const traces: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      // Only a versioned publication answers: the server also clears a closed document's diagnostics (no version),
      // and that clear, arriving after the reopen, was taken for the reopened draft's diagnostics, so the first
      // measured edit raced the reopen's own lint (measured 180-320 ms: the edit superseded the queued lint and
      // ran as the document's first, full lint).
      if (w.uri === p.uri && p.version !== undefined && p.version >= w.version) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    if (p.message.startsWith('Clinical Lint trace:') || process.env.LSP_BENCH_TRACE) traces.push(p.message);
  });
  conn.onNotification('window/showMessage', () => undefined);
  conn.listen();
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`server exited with code ${code}: ${stderr.slice(-500)}`))));
  exited.catch(() => undefined);
  const rootUri = pathToFileURL(workspace).href;
  await Promise.race([
    conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    }),
    exited,
    new Promise((_, reject) => setTimeout(() => reject(new Error('initialize timed out after 20 s')), 20_000).unref()),
  ]);
  await conn.sendNotification('initialized', {});
  return {
    child,
    conn,
    traces,
    stderr: () => stderr,
    waitFor(uri, version, timeoutMs) {
      const p = latest.get(uri);
      if (p && p.version !== undefined && p.version >= version) return Promise.resolve(p);
      // The time-out timer is cleared once settled: pending timers would keep the bench process alive for minutes.
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([
        new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, version, resolve })),
        exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no diagnostics for ${path.basename(uri)} v${version} within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
    },
    async close() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000).unref())]);
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
      conn.dispose();
    },
  };
}

function rssMb(pid: number): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Medians of the trace lines' components (see DocumentLinter's CLINICAL_LINT_TRACE output). */
function breakdown(lines: string[]): LspResult['breakdownMs'] {
  const rows = lines
    .map((l) => /total ([\d.]+) ms = settings ([\d.]+) \+ lint ([\d.]+) \+ queue\/transfer (-?[\d.]+) \+ convert\/send ([\d.]+)/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => m.slice(1, 6).map(Number));
  if (!rows.length) return null;
  const col = (i: number): number => median(rows.map((r) => r[i]));
  return { serverTotal: col(0), settings: col(1), lint: col(2), queueTransfer: col(3), convertSend: col(4) };
}

/** Type `edits` words into the draft one at a time, waiting for each version's diagnostics. */
async function typeAndMeasure(s: Session, uri: string, text: string, startVersion: number, edits: number, seed: number): Promise<number[]> {
  const times: number[] = [];
  let version = startVersion;
  let doc = text;
  let x = seed;
  for (let i = 0; i < edits; i++) {
    // An insertion after a space somewhere in the body, like an author adding a word.
    x = (x * 1103515245 + 12345) >>> 0;
    let at = doc.indexOf(' ', 200 + (x % Math.max(1, doc.length - 400)));
    if (at < 0) at = doc.length;
    const before = doc.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    const inserted = i % 3 === 0 ? ' clearly' : i % 3 === 1 ? ' may' : ' often';
    doc = before + inserted + doc.slice(at);
    version++;
    const t0 = performance.now();
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }],
    });
    await s.waitFor(uri, version, 30_000);
    times.push(performance.now() - t0);
  }
  return times;
}

export async function benchLsp(opts: { quick?: boolean; log?: (s: string) => void } = {}): Promise<LspResult> {
  const result: LspResult = {
    available: false,
    documentWords: 5000,
    edits: 0,
    latencyMs: { median: NaN, p95: NaN, max: NaN },
    breakdownMs: null,
    withDefaultDebounceMs: null,
    rssAfter200DocsMb: null,
    rssAfterIdleMb: null,
    peakRssMb: null,
    memoryAfter200Docs: null,
    openedDocs: 0,
    diagnosedDocs: 0,
  };
  const avail = builtEntry(SERVER);
  if (!avail.ok) {
    result.error = avail.reason;
    opts.log?.(`  server: skipped (${avail.reason})`);
    return result;
  }
  const workspace = path.join(CORPUS_DIR, 'lsp');
  fs.mkdirSync(workspace, { recursive: true });
  const text = generateDraft({ words: 5000, seed: 5000 });
  const file = path.join(workspace, 'draft-5000.md');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const edits = opts.quick ? 20 : 60;
  let s: Session | null = null;
  try {
    s = await startServer(workspace, { trusted: true, debounceMs: 0 });
    result.available = true;
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await s.waitFor(uri, 1, 60_000);
    // Warm up the JIT with a few edits, then measure.
    const warm = 8;
    await typeAndMeasure(s, uri, text, 1, warm, 1);
    // The warm-up edits changed the text; reopen to measure on the original draft.
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 100, text } });
    await s.waitFor(uri, 100, 60_000);
    const traced = s.traces.length;
    const times = await typeAndMeasure(s, uri, text, 100, edits, 2);
    // The reopen's own trace line may arrive after its diagnostics: only the measured edits' lines.
    result.breakdownMs = breakdown(s.traces.slice(traced).filter((l) => !l.includes(' v100:')));
    result.edits = times.length;
    result.latencyMs = { median: median(times), p95: percentile(times, 95), max: Math.max(...times) };
    opts.log?.(`  server: didChange → diagnostics median ${result.latencyMs.median.toFixed(1)} ms, p95 ${result.latencyMs.p95.toFixed(1)} ms over ${times.length} edits (debounce 0)`);
    // The slowest edits and where they were in the sequence (the first ones after the reopen are the suspects).
    const slowest = times.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 4);
    opts.log?.(`  server: slowest edits ${slowest.map(([t, i]) => `#${i + 1} ${t.toFixed(0)} ms`).join(', ')}`);
    if (process.env.LSP_BENCH_TRACE) for (const l of s.traces.slice(traced - 4, traced + 2)) opts.log?.(`  ${l}`);
    const b = result.breakdownMs;
    if (b)
      opts.log?.(
        `  server: of which (medians, server trace) lint in the worker ${b.lint.toFixed(1)} ms, settings ${b.settings.toFixed(2)} ms, queue/transfer ${b.queueTransfer.toFixed(2)} ms, convert/send ${b.convertSend.toFixed(2)} ms; server total ${b.serverTotal.toFixed(1)} ms`,
      );

    // RSS after 200 open documents.
    const corpus = writeCorpus('peers', 200, 20240601);
    const uris = corpus.files.map((f) => pathToFileURL(path.join(corpus.dir, f)).href);
    await Promise.all(
      corpus.files.map((f, i) =>
        s!.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'markdown', version: 1, text: fs.readFileSync(path.join(corpus.dir, f), 'utf8') } }),
      ),
    );
    result.openedDocs = uris.length;
    const got = await Promise.allSettled(uris.map((u) => s!.waitFor(u, 1, 180_000)));
    result.diagnosedDocs = got.filter((g) => g.status === 'fulfilled').length;
    const mem = rssMb(s.child.pid!);
    result.rssAfter200DocsMb = mem?.rss ?? null;
    result.peakRssMb = mem?.peak ?? null;
    opts.log?.(`  server: RSS after ${result.openedDocs} open documents (${result.diagnosedDocs} diagnosed): ${mem ? `${mem.rss.toFixed(0)} MB (peak ${mem.peak.toFixed(0)} MB)` : 'n/a'}`);
    // Read after the RSS above (the report itself allocates a little in each thread).
    try {
      const r = await s.conn.sendRequest<{ main: MemoryReport; workers: (MemoryReport | null)[] } | null>('clinicalLint/memory', {});
      if (r) {
        const ws = r.workers.filter((w): w is MemoryReport => !!w);
        result.memoryAfter200Docs = { mainHeapMb: r.main.heapTotalMb, mainUsedMb: r.main.heapUsedMb, workerHeapMb: ws.map((w) => w.heapTotalMb), workerUsedMb: ws.map((w) => w.heapUsedMb) };
        opts.log?.(
          `  server: of which V8 heaps (committed/used): main thread ${r.main.heapTotalMb.toFixed(0)}/${r.main.heapUsedMb.toFixed(0)} MB, lint worker(s) ${ws.map((w) => `${w.heapTotalMb.toFixed(0)}/${w.heapUsedMb.toFixed(0)} MB`).join(', ') || 'none'}; the rest is the Node binary, code and buffers`,
        );
      }
    } catch {
      /* an older server without the report */
    }
    await new Promise((r) => setTimeout(r, 5000));
    result.rssAfterIdleMb = rssMb(s.child.pid!)?.rss ?? null;
    opts.log?.(`  server: RSS after 5 s idle: ${result.rssAfterIdleMb === null ? 'n/a' : `${result.rssAfterIdleMb.toFixed(0)} MB`}`);
  } catch (e) {
    result.error = `${(e as Error).message}${s ? ` | server stderr: ${s.stderr().slice(-300)}` : ''}`;
    opts.log?.(`  server: FAILED ${result.error}`);
  } finally {
    await s?.close();
  }

  // The debounce, separately: the same kind of edits against a server with its default debounce.
  if (result.available && !result.error) {
    let d: Session | null = null;
    try {
      d = await startServer(workspace, { trusted: true });
      await d.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await d.waitFor(uri, 1, 60_000);
      const times = (await typeAndMeasure(d, uri, text, 1, (opts.quick ? 8 : 15) + 3, 4)).slice(3);
      const m = median(times);
      result.withDefaultDebounceMs = { median: m, debounceEstimate: m - result.latencyMs.median };
      opts.log?.(`  server: with its default debounce, median ${m.toFixed(0)} ms (≈ ${result.withDefaultDebounceMs.debounceEstimate.toFixed(0)} ms debounce)`);
    } catch (e) {
      opts.log?.(`  server (default debounce): FAILED ${(e as Error).message}`);
    } finally {
      await d?.close();
    }
  }
  return result;
}
