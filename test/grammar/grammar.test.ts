// Runs the TextMate grammar tests (vscode-tmgrammar-test) for the Markdown injection grammar in syntaxes/,
// against VS Code's Markdown grammar as shipped in the tm-grammars package. Same command as `npm run test:grammar`.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const runner = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const markdownGrammar = require.resolve('tm-grammars/grammars/markdown.json');

function runGrammarTests(glob: string) {
  // The Markdown grammar embeds dozens of languages we do not load: their "grammar not found" notes are expected noise.
  const r = spawnSync(process.execPath, [runner, '--config', 'package.json', '-g', markdownGrammar, glob], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n') };
}

describe('grammar: Markdown injection (doses, citations, directives)', function () {
  this.timeout(90_000);

  it('passes every scope assertion in test/grammar/*.test.md', () => {
    const r = runGrammarTests('test/grammar/*.test.md');
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /injection\.test\.md run successfuly/);
  });

  it('fails on a wrong expectation (the runner really checks scopes)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cl-grammar-'));
    try {
      const file = path.join(dir, 'wrong.test.md');
      writeFileSync(file, '<!-- SYNTAX TEST "text.html.markdown" "negative control"\nWait 5 minutes.\n<!--   ^^^^^^^^^ meta.dose.clinical-lint\n');
      const r = runGrammarTests(file);
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, /missing required scopes: meta\.dose\.clinical-lint/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
