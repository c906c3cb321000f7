// The Clinical Lint language server: wires the engine to an LSP connection.
// Every handler is guarded: an exception is logged and answered with an empty result, never thrown.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeActionParams,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../engine/config';
import {
  ClaimsRequest,
  FIX_ALL_KIND,
  FixAllRequest,
  InsertDisclaimerRequest,
  LintFilesRequest,
  ReportRequest,
  RuleDocsRequest,
  VerifyReferencesRequest,
  type ClaimItem,
  type ClaimsParams,
  type ClaimsResult,
  type FixAllParams,
  type FixAllResult,
  type InitializationOptions,
  type InsertDisclaimerParams,
  type InsertDisclaimerResult,
  type LintFilesParams,
  type LintFilesResult,
  type ReportParams,
  type ReportResult,
  type RuleDocsParams,
  type RuleDocsResult,
  type VerifyReferencesParams,
  type VerifyReferencesResult,
} from './protocol';
import { ConfigStore } from './config-store';
import { DocumentLinter, errorText, skipReason, type CurrentLint } from './linter';
import { codeActionsFor, diskFileText, isLazyFixAll, LAZY_FIX_ALL, offersFixAll, resolveFixAll, type EditSupport, type FixAllEdit } from './code-actions';
import { hoverAt } from './hover';
import { detachedDocument, toEditDTOs, toLspDiagnostic, toRange } from './convert';
import { readDraft } from './drafts';
import { isOwnDocumentation, ruleDocsMarkdown, setGeneratedDocsDirs } from './rule-docs';
import { baseName, isLintable, kindFor, uriToPath } from './uris';
import { configWithExternal, verifyReferencesFor } from './verify';
import { taskSize, type FixAllOutcome, type ReportTaskInput } from './analysis';
import { InlineAnalyzer, type Analyzer, type Outcome } from './analyzer';
import { WorkerPool } from './lint-pool';
import { memoryReport } from './memory';
import { version as packageVersion } from '../../../package.json';

export const SERVER_VERSION: string = packageVersion;

export const DEFAULT_DEBOUNCE_MS = 200;

/** initializationOptions: the protocol's, plus options for editors other than VS Code and for tests. */
export interface ServerInitializationOptions extends Partial<InitializationOptions> {
  /** Delay between the last keystroke and linting, in ms (default 200). */
  debounceMs?: number;
  /** `clinicalLint` settings for clients that cannot answer workspace/configuration. */
  settings?: Record<string, unknown>;
  /** The same, as editors that send their settings object whole (Helix's `config`) name it. */
  clinicalLint?: Record<string, unknown>;
  /** Lint worker threads: 0 lints on the main thread; 1 or 2 (default 2: the second only while a lint runs long). */
  lintWorkers?: number;
  /** Time limit of one lint, in ms, plus 0.02 ms per character of the draft (default 20,000). */
  lintTimeoutMs?: number;
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function isString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

export const DEFAULT_LINT_TIMEOUT_MS = 20_000;

/**
 * Where lints run: worker threads (dist/lint-worker.js, next to this bundle), or in-process when the worker file
 * is missing or the client asks for `lintWorkers: 0`.
 */
function createAnalyzer(opts: ServerInitializationOptions, log: (message: string) => void): Analyzer {
  const workers = opts.lintWorkers === undefined ? 2 : Math.max(0, Math.min(2, Math.floor(Number(opts.lintWorkers) || 0)));
  const workerFile = path.join(__dirname, 'lint-worker.js');
  if (workers === 0) return new InlineAnalyzer();
  if (!fs.existsSync(workerFile)) {
    log(`Clinical Lint: ${workerFile} is missing; linting on the main thread (a long lint delays other requests).`);
    return new InlineAnalyzer();
  }
  const base = Number(opts.lintTimeoutMs);
  const baseMs = Number.isFinite(base) && base > 0 ? base : DEFAULT_LINT_TIMEOUT_MS;
  return new WorkerPool({
    workerFile,
    maxWorkers: workers,
    // A time limit that grows with the text (a 5 MB draft may take tens of seconds on a slow machine);
    // fix all lints up to ten times.
    timeoutMs: (type, input) => baseMs + taskSize(input) * (type === 'fixAll' ? 0.2 : 0.02),
    log,
  });
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => {
      // An out-of-order change (older version than the text we hold) must not roll the text back.
      if (version < doc.version) {
        connection.console.warn(`Clinical Lint: ignored a change to ${doc.uri} with version ${version}, older than ${doc.version}.`);
        return doc;
      }
      return TextDocument.update(doc, changes, version);
    },
  });

  let configs!: ConfigStore;
  let linter!: DocumentLinter;
  let editSupport: EditSupport = { documentChanges: false, createFiles: false };
  let hoverMarkdown = true;
  /** The client resolves a code action's edit (codeAction/resolve): the light-bulb menu's fix-all is computed on demand. */
  let resolvesEdits = false;
  let capabilities: ClientCapabilities = {};
  let initOptions: ServerInitializationOptions = {};

  const log = (what: string, e: unknown): void => {
    try {
      connection.console.error(`Clinical Lint: ${what} failed: ${errorText(e)}`);
    } catch {
      /* the connection is gone */
    }
  };

  /** Run a handler; exceptions become a log line and `fallback`. */
  async function guard<T>(what: string, fallback: T, run: () => Promise<T | ResponseError<void>> | T | ResponseError<void>): Promise<T | ResponseError<void>> {
    try {
      return await run();
    } catch (e) {
      log(what, e);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    initOptions = (params.initializationOptions ?? {}) as ServerInitializationOptions;
    const ws = capabilities.workspace;
    editSupport = {
      documentChanges: !!ws?.workspaceEdit?.documentChanges,
      createFiles: !!ws?.workspaceEdit?.resourceOperations?.includes('create'),
    };
    const codeAction = capabilities.textDocument?.codeAction;
    resolvesEdits = !!codeAction?.dataSupport && !!codeAction.resolveSupport?.properties?.includes('edit');
    const formats = capabilities.textDocument?.hover?.contentFormat;
    hoverMarkdown = !formats || formats.includes('markdown');
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    const workspaceRoot = (rootUri && uriToPath(rootUri)) || (params.rootPath ? path.resolve(params.rootPath) : null);
    // The client previews rule pages the VSIX lacks from <cacheDir>/rule-docs (client/src/ruleDocs.ts): not drafts either.
    if (isString(initOptions.cacheDir)) setGeneratedDocsDirs([path.join(initOptions.cacheDir, 'rule-docs')]);
    const debounce = Number(initOptions.debounceMs);
    configs = new ConfigStore(connection, {
      pullSettings: !!ws?.configuration,
      trusted: initOptions.trusted !== false,
      workspaceRoot,
      // Helix sends its `config` table as initializationOptions: accept { clinicalLint: {...} } too.
      initialSettings: (initOptions.settings ?? initOptions.clinicalLint) as never,
    });
    linter = new DocumentLinter(connection, documents, configs, Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS, createAnalyzer(initOptions, (m) => connection.console.log(m)));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
      },
      serverInfo: { name: 'clinical-lint-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    const ws = capabilities.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinicalLint' }).catch((e) => log('registering for settings changes', e));
    }
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch((e) => log('registering the .clinical-lint.json watcher', e));
    }
  });

  // ---------------------------------------------------------------- documents and configuration

  // onDidChangeContent also fires for an open, right after onDidOpen: the open already scheduled a lint.
  let justOpened: TextDocument | null = null;
  documents.onDidOpen((e) => {
    justOpened = e.document;
    void guard('opening a document', undefined, () => linter.opened(e.document));
  });
  documents.onDidChangeContent((e) => {
    if (justOpened === e.document) {
      justOpened = null;
      return;
    }
    void guard('handling a change', undefined, () => linter.changed(e.document));
  });
  documents.onDidClose((e) => void guard('closing a document', undefined, () => linter.closed(e.document.uri)));

  connection.onDidChangeConfiguration((params) => {
    void guard('applying settings', undefined, () => {
      configs.settingsChanged(params?.settings);
      linter.relintAll();
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    void guard('reloading .clinical-lint.json', undefined, () => {
      const relevant = (params?.changes ?? []).some((c) => baseName(c.uri) === CONFIG_FILE_NAME);
      if (!relevant) return;
      configs.configFilesChanged();
      configs.recheckPublished();
      linter.relintAll();
    });
  });

  // ---------------------------------------------------------------- code actions and hover

  // The fix-all edit of a lint, computed once (editors ask for code actions on every cursor move).
  const fixAlls = new WeakMap<CurrentLint, Promise<Outcome<FixAllOutcome>>>();
  /** Fix-all edits already computed: the light-bulb menu shows them (with their count) without waiting. */
  const fixAllsDone = new WeakMap<CurrentLint, FixAllEdit>();
  const failedFixAlls = new WeakSet<CurrentLint>();
  const fixAllOf = async (lint: CurrentLint): Promise<FixAllEdit | null> => {
    let p = fixAlls.get(lint);
    if (!p) {
      p = linter.analyzer.run('fixAll', linter.inputFor(lint), { priority: 'high' });
      fixAlls.set(lint, p);
    }
    const outcome = await p;
    if (!outcome.ok) {
      // Superseded: ask again next time. Timed out or crashed: not again for this lint (a code action request comes
      // with every cursor move); logged once.
      if (outcome.reason === 'superseded' || outcome.reason === 'disposed') fixAlls.delete(lint);
      else if (!failedFixAlls.has(lint)) {
        failedFixAlls.add(lint);
        log('computing the fix-all edit', `${outcome.reason}: ${outcome.message}`);
      }
      return null;
    }
    linter.reportRuleErrors(outcome.value.ruleErrors);
    fixAllsDone.set(lint, outcome.value);
    return outcome.value;
  };
  /**
   * The fix-all for a code action request: computed now when asked for explicitly (codeActionsOnSave, "Source
   * action…", clients that cannot resolve), else the known edit or LAZY_FIX_ALL (computed by codeAction/resolve).
   */
  const fixAllForRequest = (lint: CurrentLint, params: CodeActionParams): Promise<FixAllEdit | null> | FixAllEdit | typeof LAZY_FIX_ALL | null => {
    if (!offersFixAll(lint, params)) return null;
    if (!resolvesEdits || params.context.only?.length) return fixAllOf(lint);
    return fixAllsDone.get(lint) ?? (failedFixAlls.has(lint) ? null : LAZY_FIX_ALL);
  };

  connection.onCodeAction((params, token) =>
    guard('computing code actions', [], async () => {
      if (token.isCancellationRequested) return cancelled();
      const got = await linter.withCurrent(params.textDocument.uri, async (lint) => (token.isCancellationRequested ? null : fixAllForRequest(lint, params)));
      if (token.isCancellationRequested) return cancelled();
      if (!got) return [];
      return codeActionsFor(got.lint, params, editSupport, diskFileText, got.value, () => token.isCancellationRequested);
    }),
  );

  // The light-bulb menu's fix-all, offered without its edit: computed when the author picks it, for the document as it
  // is then (the edit carries that version, so a client never applies it to other text).
  connection.onCodeActionResolve((action, token) =>
    guard('resolving a code action', action, async () => {
      if (!isLazyFixAll(action) || token.isCancellationRequested) return action;
      const got = await linter.withCurrent(action.data.clinicalLintFixAll.uri, fixAllOf);
      if (!got || token.isCancellationRequested) return action;
      return resolveFixAll(action, got.lint.doc, got.value, editSupport);
    }),
  );

  connection.onHover((params, token) =>
    guard('computing a hover', null, async () => {
      if (token.isCancellationRequested) return cancelled();
      const lint = await linter.current(params.textDocument.uri);
      if (token.isCancellationRequested) return cancelled();
      if (!lint) return null;
      return hoverAt(lint, lint.doc.offsetAt(params.position), hoverMarkdown);
    }),
  );

  // ---------------------------------------------------------------- custom requests (protocol.ts)

  connection.onRequest(FixAllRequest, (params: FixAllParams, token: CancellationToken) =>
    guard<FixAllResult>('fixing all problems', { edits: [], applied: 0 }, async () => {
      const got = isString(params?.uri) ? await linter.withCurrent(params.uri, fixAllOf) : null;
      if (!got?.value || token.isCancellationRequested) return { edits: [], applied: 0 };
      const { edit, applied } = got.value;
      return { edits: edit ? toEditDTOs(got.lint.doc, [edit]) : [], applied: edit ? applied : 0 };
    }),
  );

  connection.onRequest(InsertDisclaimerRequest, (params: InsertDisclaimerParams) =>
    guard<InsertDisclaimerResult>('inserting the disclaimer', { edits: [], alreadyPresent: false }, async () => {
      const got = isString(params?.uri) ? await linter.withCurrent(params.uri, (lint) => linter.analyzer.run('disclaimer', linter.inputFor(lint), { priority: 'high' })) : null;
      if (!got) return { edits: [], alreadyPresent: false };
      if (!got.value.ok) throw new Error(`${got.value.reason}: ${got.value.message}`);
      const { alreadyPresent, edits } = got.value.value;
      return { edits: toEditDTOs(got.lint.doc, edits), alreadyPresent };
    }),
  );

  connection.onRequest(VerifyReferencesRequest, (params: VerifyReferencesParams, token: CancellationToken) =>
    guard<VerifyReferencesResult>(
      'verifying references',
      { status: 'error', checked: 0, problems: 0, message: 'Reference verification failed; see the Clinical Lint output.' },
      async () => {
        if (!isString(params?.uri)) return { status: 'error', checked: 0, problems: 0, message: 'No document given.' };
        const lint = await linter.current(params.uri);
        if (!lint) return { status: 'error', checked: 0, problems: 0, message: `${baseName(params.uri)} is not open (or was skipped).` };
        const outcome = await verifyReferencesFor(lint, lint.config, { trusted: configs.trusted, cacheDir: initOptions.cacheDir, token });
        if (outcome.external) {
          linter.external.set(params.uri, { ...(linter.external.get(params.uri) ?? {}), ...outcome.external });
          configs.invalidate(); // cached lints lack the new results
          linter.relintAll();
        }
        return outcome.result;
      },
    ),
  );

  connection.onRequest(ClaimsRequest, (params: ClaimsParams) =>
    guard<ClaimsResult>('listing claims', { claims: [] }, async () => {
      const got = isString(params?.uri) ? await linter.withCurrent(params.uri, (lint) => linter.analyzer.run('claims', linter.inputFor(lint), { priority: 'high' })) : null;
      if (!got) return { claims: [] };
      if (!got.value.ok) throw new Error(`${got.value.reason}: ${got.value.message}`);
      const { doc } = got.lint;
      const claims: ClaimItem[] = got.value.value.map((c) => ({ range: toRange(doc, c.start, c.end), text: c.text, strength: c.strength, status: c.status }));
      return { claims };
    }),
  );

  connection.onRequest(LintFilesRequest, (params: LintFilesParams, token: CancellationToken) =>
    guard<LintFilesResult>('linting files', { linted: 0, skipped: [], diagnostics: 0 }, async () => {
      const result: LintFilesResult = { linted: 0, skipped: [], diagnostics: 0 };
      for (const uri of Array.isArray(params?.uris) ? params.uris : []) {
        if (token.isCancellationRequested) break;
        if (!isString(uri)) continue;
        try {
          if (!isLintable(uri)) {
            result.skipped.push({ uri, reason: 'a configuration file, not a draft' });
            continue;
          }
          if (isOwnDocumentation(uri)) {
            result.skipped.push({ uri, reason: "Clinical Lint's own rule documentation, not a draft" });
            continue;
          }
          if (linter.isOpen(uri)) {
            // Open documents are linted from the editor's text and published already.
            const lint = await linter.current(uri);
            if (lint) {
              result.linted++;
              result.diagnostics += lint.diagnostics.length;
            } else result.skipped.push({ uri, reason: 'skipped in the editor (too large or not text)' });
            continue;
          }
          const { config } = await configs.configFor(uri);
          const draft = await readDraft(uri, config.maxFileSize);
          if (!draft.ok) {
            result.skipped.push({ uri, reason: draft.reason });
            continue;
          }
          if (linter.isOpen(uri)) continue; // opened while reading: the editor's lint wins
          const outcome = await linter.analyzer.run('lint', { uri, text: draft.text, kind: kindFor(uri), config }, { priority: 'low' });
          if (!outcome.ok) {
            if (outcome.reason !== 'superseded' && outcome.reason !== 'disposed') log(`linting ${uri}`, `${outcome.reason}: ${outcome.message}`);
            result.skipped.push({ uri, reason: outcome.reason === 'timeout' ? `linting it took too long (${outcome.message})` : `failed (${outcome.reason})` });
            continue;
          }
          if (linter.isOpen(uri)) continue; // opened while linting: the editor's lint wins
          linter.reportRuleErrors(outcome.value.ruleErrors);
          const { diagnostics } = outcome.value;
          const doc = detachedDocument(uri, draft.text);
          void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map((d) => toLspDiagnostic(doc, d, null)) });
          result.linted++;
          result.diagnostics += diagnostics.length;
        } catch (e) {
          log(`linting ${uri}`, e);
          result.skipped.push({ uri, reason: `failed: ${e instanceof Error ? e.message : String(e)}` });
        }
        // Let other requests (hovers, typing) through between files.
        await new Promise((r) => setImmediate(r));
      }
      return result;
    }),
  );

  connection.onRequest(ReportRequest, (params: ReportParams, token: CancellationToken) =>
    guard<ReportResult>('building the review report', { markdown: '', html: '' }, async () => {
      const docs: ReportTaskInput['docs'] = [];
      for (const uri of Array.isArray(params?.uris) ? params.uris : []) {
        if (token.isCancellationRequested) break;
        if (!isString(uri)) continue;
        const name = uriToPath(uri) ?? uri;
        if (isOwnDocumentation(uri)) {
          docs.push({ uri, name, skipped: "Clinical Lint's own rule documentation, not a draft" });
          continue;
        }
        const { config } = await configs.configFor(uri);
        const open = documents.get(uri);
        let text: string;
        let kind = kindFor(uri, open?.languageId);
        if (open) {
          text = open.getText();
          const skip = skipReason(text, config);
          if (skip) {
            docs.push({ uri, name, skipped: skip });
            continue;
          }
        } else {
          const draft = await readDraft(uri, config.maxFileSize);
          if (!draft.ok) {
            docs.push({ uri, name, skipped: draft.reason });
            continue;
          }
          text = draft.text;
          kind = kindFor(uri);
        }
        const external = linter.external.get(uri);
        docs.push({ uri, name, text, kind, config: configWithExternal(config, external), external });
      }
      if (token.isCancellationRequested) return cancelled();
      // Analysed and built in the lint worker: a long report never blocks the connection.
      const outcome = await linter.analyzer.run('report', { docs, generated: new Date().toISOString() }, { priority: 'high' });
      if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.message}`);
      linter.reportRuleErrors(outcome.value.ruleErrors);
      return { markdown: outcome.value.markdown, html: outcome.value.html };
    }),
  );

  connection.onRequest(RuleDocsRequest, (params: RuleDocsParams) =>
    guard<RuleDocsResult>('reading rule documentation', { ruleId: '', markdown: '', url: '' }, () => {
      const ruleId = isString(params?.ruleId) ? params.ruleId : '';
      const page = ruleId ? ruleDocsMarkdown(ruleId) : null;
      return { ruleId, markdown: page?.markdown ?? '', url: page?.url ?? '' };
    }),
  );

  // Diagnostics for the benchmark and tests (CLINICAL_LINT_TRACE=1 only): the main thread's and each lint worker's memory.
  if (process.env.CLINICAL_LINT_TRACE === '1')
    connection.onRequest('clinicalLint/memory', () =>
      guard('reporting memory', null, async () => ({
        main: memoryReport(),
        openDocuments: documents.all().length,
        workers: linter?.analyzer instanceof WorkerPool ? await linter.analyzer.memory() : [],
      })),
    );

  connection.onShutdown(() => {
    linter?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

