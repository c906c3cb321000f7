// The `clinical-lint` command (bin). Start-up is kept small: arguments are parsed first, and only what the
// command needs is loaded (the engine for linting; worker threads, globbing, JSON and SARIF formatting only
// when used). See server/src/cli/run.ts for the lint command and its exit codes.
// Lazy parts are loaded with require(): esbuild bundles them but runs their code only when required,
// and the in-process tests (tsx, CommonJS) resolve them the same way.

import { version } from '../../package.json';
import { parseArgs, UsageError, type CliOptions } from './cli/args';

const debug = () => /(?:^|,)\s*(?:clinical-lint|\*)\s*(?:,|$)/.test(process.env.DEBUG ?? '');

function fail(message: string, code: number): void {
  process.stderr.write(`clinical-lint: ${message}\n`);
  process.exitCode = code;
}

async function main(argv: string[]): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      fail(`${e.message}\nRun 'clinical-lint --help' for usage.`, 2);
      return;
    }
    throw e;
  }
  switch (opts.command) {
    case 'version':
      process.stdout.write(`${version}\n`);
      return;
    case 'help': {
      const { helpText } = require('./cli/help') as typeof import('./cli/help');
      const { allRules } = require('./rules') as typeof import('./rules');
      process.stdout.write(helpText(allRules.map((r) => r.meta), version));
      return;
    }
    case 'classify': {
      const { runClassify } = require('./cli/classify') as typeof import('./cli/classify');
      process.exitCode = await runClassify(process);
      return;
    }
    case 'lint': {
      const { runLint } = require('./cli/run') as typeof import('./cli/run');
      process.exitCode = await runLint(opts, {
        stdout: process.stdout,
        stderr: process.stderr,
        // process.stdin is created on first access: only --stdin needs it.
        get stdin() {
          return process.stdin;
        },
        env: process.env,
        cwd: process.cwd(),
        version,
      });
      return;
    }
  }
}

// A reader that goes away (`clinical-lint docs | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Never a stack trace for users, unless DEBUG=clinical-lint asks for it.
  const err = e as Error;
  fail(`internal error: ${String(err?.message ?? e).split('\n')[0]} (set DEBUG=clinical-lint for details; please report it)`, 2);
  if (debug() && err?.stack) process.stderr.write(`${err.stack}\n`);
});
