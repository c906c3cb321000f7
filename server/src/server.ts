// clinical-lint-language-server: the Clinical Lint language server.
//   clinical-lint-language-server --stdio        (Neovim, Helix, any LSP client)
//   clinical-lint-language-server --node-ipc     (started by the VS Code client)
//   clinical-lint-language-server --socket=PORT

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { installThrowingRules } from './lsp/test-hooks';
import { startServer, SERVER_VERSION } from './lsp/session';

const USAGE = `Usage: clinical-lint-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Clinical Lint language server. Start it from your editor's LSP client, e.g. with --stdio.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write(USAGE);
  process.exit(2);
}

// Test hook (inert unless CLINICAL_LINT_TEST_THROWING_RULES is set): rules that throw, in-process; the lint worker installs it too.
installThrowingRules();

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: a stray exception must not take the server down with the author's session.
process.on('uncaughtException', (e) => {
  try {
    connection.console.error(`Clinical Lint: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    process.stderr.write(`Clinical Lint: unexpected error: ${String(e)}\n`);
  }
});
process.on('unhandledRejection', (e) => {
  try {
    connection.console.error(`Clinical Lint: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    process.stderr.write(`Clinical Lint: unhandled rejection: ${String(e)}\n`);
  }
});

startServer(connection);
