// A small LSP test client: spawns the bundled server (dist/server.js --stdio) and speaks real LSP to it.
// Messages sent in the same tick go out in one write, so a request and its $/cancelRequest reach the
// server together (deterministic cancellation); everything else is awaited by polling incoming
// messages, never by sleeping.

import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import {
  AbstractMessageWriter,
  CancellationTokenSource,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type ConfigurationParams,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type Message,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The bundle under test (override with CLINICAL_LINT_TEST_SERVER to test another build). */
export const SERVER = process.env.CLINICAL_LINT_TEST_SERVER ?? path.resolve(__dirname, '..', '..', 'dist', 'server.js');

/** Writes every message queued in one tick with a single stream write. */
class CoalescingWriter extends AbstractMessageWriter implements MessageWriter {
  private pending: Buffer[] = [];
  private scheduled = false;
  constructor(private readonly stream: Writable) {
    super();
  }
  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.pending.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return Promise.resolve();
  }
  private flush(): void {
    this.scheduled = false;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    if (!this.stream.destroyed) this.stream.write(data, (e) => e && this.fireError(e));
  }
  end(): void {}
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: false },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { workDoneProgress: true, showMessage: {} },
};

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Answer to workspace/configuration for `clinicalLint` (per scope URI, possibly a promise, when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  rootUri?: string | null;
  env?: Record<string, string>;
  /** How to talk to the server (default stdio). */
  transport?: 'stdio' | 'node-ipc' | 'socket';
}

type Waiter = () => void;

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: Registration[] = [];
  settings: StartOptions['settings'];
  initializeResult!: InitializeResult;
  stderr = '';
  private waiters = new Set<Waiter>();
  private exited = false;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {}

  static async start(opts: StartOptions = {}): Promise<LspTestClient> {
    const env = { ...process.env, ...opts.env };
    let proc: ChildProcess;
    let conn: ProtocolConnection;
    const transport = opts.transport ?? 'stdio';
    if (transport === 'stdio') {
      proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
      conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new CoalescingWriter(proc.stdin!));
    } else if (transport === 'node-ipc') {
      // How the VS Code client starts the server.
      proc = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env });
      conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    } else {
      // --socket=PORT: the server connects to a port the client listens on.
      const listener = net.createServer();
      await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
      const port = (listener.address() as net.AddressInfo).port;
      const accepted = new Promise<net.Socket>((r) => listener.once('connection', r));
      proc = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: ['pipe', 'pipe', 'pipe'], env });
      const socket = await accepted;
      listener.close();
      conn = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    }
    const client = new LspTestClient(proc, conn);
    client.settings = opts.settings ?? {};
    proc.stderr!.on('data', (d) => (client.stderr += String(d)));
    proc.on('exit', () => {
      client.exited = true;
      client.poke();
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => client.record(() => client.published.push(p)));
    conn.onNotification(ShowMessageNotification.type, (p) => client.record(() => client.messages.push(p)));
    conn.onNotification(LogMessageNotification.type, (p) => client.record(() => client.logs.push(p)));
    conn.onRequest(ConfigurationRequest.type, (p) => {
      client.record(() => client.configurationRequests.push(p));
      // A settings function may return a promise: the test decides when the server gets its answer.
      return Promise.all(
        p.items.map((item) => {
          if (item.section !== 'clinicalLint') return null;
          const s = client.settings;
          return typeof s === 'function' ? (s as (u: string | undefined) => unknown)(item.scopeUri) : s;
        }),
      );
    });
    conn.onRequest(RegistrationRequest.type, (p) => {
      client.record(() => client.registrations.push(...p.registrations));
      return null;
    });
    conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    conn.listen();
    client.initializeResult = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      capabilities: opts.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: { debounceMs: 40, trusted: true, ...opts.initializationOptions },
      workspaceFolders: null,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private record(f: () => void): void {
    f();
    this.poke();
  }

  private poke(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolve with check()'s first non-undefined value, re-checking on every message from the server. */
  waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 15000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter = (): void => {
        let v: T | undefined | null | false;
        try {
          v = check();
        } catch (e) {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          reject(e);
          return;
        }
        if (v !== undefined && v !== null && v !== false) {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          resolve(v as T);
        } else if (this.exited) {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          reject(new Error(`server exited while waiting for ${what}\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}; last diagnostics: ${JSON.stringify(this.published.slice(-3))}`));
      }, timeoutMs);
      this.waiters.add(waiter);
      waiter();
    });
  }

  /** Diagnostics notifications for `uri` after index `from` of `published`. */
  publishedFor(uri: string, from = 0): PublishDiagnosticsParams[] {
    return this.published.slice(from).filter((p) => p.uri === uri);
  }

  /** The first diagnostics notification for `uri` (after `from`) that satisfies `ok`. */
  diagnostics(uri: string, ok: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.publishedFor(uri, from).find(ok), `diagnostics for ${uri}`);
  }

  /** Diagnostics for `uri` at `version` (published after `from`). */
  diagnosticsAt(uri: string, version: number, from = 0): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version, from);
  }

  get mark(): number {
    return this.published.length;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): void {
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  changeIncremental(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeSettings(settings: unknown): void {
    this.settings = settings;
    void this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { clinicalLint: settings } });
  }

  watchedFilesChanged(changes: FileEvent[]): void {
    void this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  /** Send a request and cancel it in the same tick: both reach the server in one write. */
  requestCancelled<R>(method: string, params: unknown): Promise<R> {
    const source = new CancellationTokenSource();
    const p = this.conn.sendRequest<R>(method, params, source.token);
    source.cancel();
    return p;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      /* already gone */
    }
    await this.waitFor(() => this.exited, 'the server to exit', 5000).catch(() => this.proc.kill());
    this.conn.dispose();
  }
}
