// Entry point of the extension-host suite: the run() contract shared by @vscode/test-electron and the
// code-server runner (test/vscode/run-in-code-server.js). The compiled test files sit next to this file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 90_000, slow: 10_000 });
  const grep = process.env.CLINICAL_LINT_SUITE_GREP;
  if (grep) mocha.grep(grep);
  // extension.vscode.js first: its first test waits for activation.
  const order = ['extension.vscode.js', 'rules.vscode.js'];
  // untrusted.vscode.js needs a workspace in Restricted Mode: the e2e runner runs it alone, in a second code-server.
  const untrusted = process.env.CLINICAL_LINT_E2E_UNTRUSTED === '1';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.vscode.js') && (f === 'untrusted.vscode.js') === untrusted)
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
    // Say why at once: a later hang (e.g. a runner timeout) must not hide the first failure's reason.
    runner.on('fail', (t, err: Error) => console.log(`      ✗ ${t.title}: ${String(err?.message ?? err).split('\n').slice(0, 6).join(' ')}`));
  });
}
