// `npm run test:vscode`: the extension-host suite (test/vscode/suite) in desktop VS Code via @vscode/test-electron,
// with this folder as the development extension. It needs to download VS Code from Microsoft's update service;
// where that is impossible (no network, as on these CI machines) it says so and exits 0 as SKIPPED.
// The same suite runs offline in code-server on the packaged VSIX with `npm run test:e2e`.
//
// Env: VSCODE_EXECUTABLE_PATH to use an installed VS Code instead of downloading one;
//      CLINICAL_LINT_VSCODE_VERSION (default 1.100.3); CLINICAL_LINT_SUITE_GREP (mocha grep).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const version = process.env.CLINICAL_LINT_VSCODE_VERSION || '1.100.3';

function skip(reason) {
  console.log(`test:vscode: SKIPPED — ${reason}`);
  console.log('test:vscode: the same suite runs in a real VS Code offline with `npm run test:e2e` (code-server).');
  process.exit(0);
}

(async () => {
  const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await Promise.race([
        downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.vscode-test'), timeout: 30_000 }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer from the download server in 60 s')), 60_000).unref()),
      ]);
    } catch (e) {
      return skip(`VS Code ${version} could not be downloaded (${String(e && e.message ? e.message : e).split('\n')[0]}).`);
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
    if (xvfb.status !== 0) return skip('no display: set DISPLAY or install xvfb (xvfb-run npm run test:vscode).');
  }
  const suiteDir = path.join(root, 'test-output', 'vscode-suite');
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-suite.mjs'), suiteDir], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-lint-ws-'));
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(suiteDir, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('test:vscode: passed');
  } catch (e) {
    console.error(`test:vscode: failed (${e && e.message ? e.message : e})`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
})();
