// The VS Code client: starts the bundled language server over IPC and adds what only an editor can show
// (commands, the Claims view, the status bar). Everything that knows about rules lives in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, SERVER_ENV, SERVER_NODE_OPTIONS, type InitializationOptions } from '../../server/src/lsp/protocol';
import { ClaimsTreeProvider } from './claimsView';
import { registerCommands } from './commands';
import { DiagnosticsStatusBar } from './statusBar';
import { RestartPolicy } from './restartPolicy';
import { RuleDocsCodeActionProvider } from './ruleDocs';
import { linkRulePagesToPreview } from './ruleLinks';

export const CLIENT_ID = 'clinicalLint';
export const DIAGNOSTIC_SOURCE = 'clinical-lint';

/** The documents the server lints: Markdown and plain text, saved or untitled. */
export const documentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
];

/** What activate() returns: used by the extension-host tests, not a public API. */
export interface ClinicalLintTestApi {
  client(): LanguageClient;
  claims: ClaimsTreeProvider;
  statusBar: DiagnosticsStatusBar;
  restarts: RestartPolicy;
}

let client: LanguageClient | undefined;


export async function activate(context: vscode.ExtensionContext): Promise<ClinicalLintTestApi> {
  const output = vscode.window.createOutputChannel('Clinical Lint');
  context.subscriptions.push(output);

  const restarts = new RestartPolicy({
    notify: (message) => {
      void vscode.window.showWarningMessage(message, 'Show Log').then((choice) => {
        if (choice) output.show(true);
      });
    },
  });

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The client merges env into its own environment.
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env: { ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENV } } },
  };

  const errorHandler: ErrorHandler = {
    // Errors are logged and never shut the client down: writes to a server that just died fail several times in a
    // row, and shutting down then would stop the client for good (closed() would see it stopping and not restart).
    // Whether to restart is decided in closed(), with backoff, when the connection actually closes.
    error: () => ({ action: ErrorAction.Continue }),
    closed: async (): Promise<CloseHandlerResult> => {
      const decision = restarts.onServerExit();
      if (!decision.restart) {
        return { action: CloseAction.DoNotRestart, message: decision.message, handled: false };
      }
      output.appendLine(`[${new Date().toISOString()}] The language server stopped; restarting in ${decision.delayMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
      return { action: CloseAction.Restart, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: CLIENT_ID,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.clinical-lint.json'),
    },
    // Evaluated at every (re)start, so granting trust takes effect on restart.
    initializationOptions: (): InitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      cacheDir: context.globalStorageUri.fsPath,
    }),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    errorHandler,
    // Hovers may link to a rule page through the Show Rule Documentation command, and to nothing else.
    markdown: { isTrusted: { enabledCommands: [Commands.showRuleDocs] }, supportHtml: false },
    middleware: {
      // The server links a rule's shipped page as a file: URI; open it in the Markdown preview instead of as source.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) {
          if (content instanceof vscode.MarkdownString) content.value = linkRulePagesToPreview(content.value);
        }
        return hover;
      },
    },
  };

  const languageClient = new LanguageClient(CLIENT_ID, 'Clinical Lint', serverOptions, clientOptions);
  client = languageClient;

  const claims = new ClaimsTreeProvider(() => client);
  const statusBar = new DiagnosticsStatusBar(DIAGNOSTIC_SOURCE);
  context.subscriptions.push(
    claims,
    statusBar,
    vscode.window.createTreeView('clinicalLint.claims', { treeDataProvider: claims, showCollapseAll: true }),
    vscode.languages.registerCodeActionsProvider(
      documentSelector,
      new RuleDocsCodeActionProvider(DIAGNOSTIC_SOURCE),
      { providedCodeActionKinds: RuleDocsCodeActionProvider.kinds },
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      output.appendLine('Workspace trusted: restarting the language server with full features.');
      if (client) await client.restart();
    }),
  );
  claims.attach();
  registerCommands(context, () => client, { claims, output });

  try {
    await languageClient.start();
  } catch (error) {
    output.appendLine(`The language server could not start: ${(error as Error).message}`);
    void vscode.window.showErrorMessage('Clinical Lint: the language server could not start. See Output › Clinical Lint.');
  }
  claims.refresh();

  return { client: () => languageClient, claims, statusBar, restarts };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
