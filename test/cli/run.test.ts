// The lint command in-process (runLint) with test-only rules: exit codes, --quiet, --max-warnings, the stylish
// summary, JSON/SARIF with fixes, and one line per crashing rule. Worker threads are off here (see cli.test.ts).

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parseArgs } from '../../server/src/cli/args';
import { runLint } from '../../server/src/cli/run';
import { ruleDocsUrl } from '../../server/src/engine/docs';
import { REAL_RULE_IDS, installRules, rmrf, testAppendRule, testCrashRule, testCuresRule, testMaybeRule, tmpDir, write } from './helpers';

class Capture extends Writable {
  text = '';
  isTTY = false;
  _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString('utf8');
    cb();
  }
}

async function run(argv: string[], cwd: string, env: Record<string, string> = {}, stdin = '') {
  const offs = REAL_RULE_IDS.flatMap((id) => ['--rule', `${id}=off`]);
  const opts = parseArgs([...offs, ...argv]);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runLint(opts, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), env: { CLINICAL_LINT_WORKERS: '0', ...env }, cwd, version: '9.9.9' });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('CLI lint command (in-process, test rules)', () => {
  let uninstall: () => void;
  let dir: string;
  before(() => (uninstall = installRules(testCuresRule, testMaybeRule, testAppendRule)));
  after(() => uninstall());
  beforeEach(() => {
    dir = tmpDir();
    write(dir, 'clean.md', 'Fine text. Disclaimer.\n');
    write(dir, 'warn.md', 'It may maybe help. Disclaimer.\n');
    write(dir, 'error.md', 'It cures.\nmaybe\nDisclaimer.\n');
  });
  afterEach(() => rmrf(dir));

  it('exit 0 without problems, and stylish prints nothing', async () => {
    const r = await run(['clean.md'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
  });

  it('exit 0 with warnings only; exit 1 with --max-warnings below their number', async () => {
    assert.equal((await run(['warn.md'], dir)).code, 0);
    assert.equal((await run(['warn.md', '--max-warnings', '1'], dir)).code, 0);
    const r = await run(['warn.md', '--max-warnings', '0'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'clinical-lint: too many warnings (1; --max-warnings allows 0)\n');
  });

  it('exit 1 with an error; stylish lists file, position, severity, message, rule and a summary', async () => {
    const r = await run(['error.md', 'warn.md'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      [
        'error.md',
        "  1:4  error    'cures' is absolute  test-cures",
        "  2:1  warning  'maybe' is vague  test-maybe",
        '',
        'warn.md',
        "  1:8  warning  'maybe' is vague  test-maybe",
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    assert.ok(!r.stdout.includes('\u001b['), 'no colour when not a terminal');
  });

  it('--color colours the stylish output; NO_COLOR is honoured unless --color is given', async () => {
    assert.ok((await run(['error.md', '--color'], dir)).stdout.includes('\u001b[31m'));
    assert.ok((await run(['error.md'], dir, { FORCE_COLOR: '1' })).stdout.includes('\u001b['));
    assert.ok(!(await run(['error.md'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout.includes('\u001b['));
    assert.ok((await run(['error.md', '--color'], dir, { NO_COLOR: '1' })).stdout.includes('\u001b['));
    assert.ok(!(await run(['error.md', '--no-color'], dir, { FORCE_COLOR: '1' })).stdout.includes('\u001b['));
  });

  it('--quiet reports errors only (warnings still count for --max-warnings)', async () => {
    const r = await run(['error.md', 'warn.md', '--quiet', '-f', 'json'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.map((f: { diagnostics: { ruleId: string }[] }) => f.diagnostics.map((d) => d.ruleId)), [['test-cures'], []]);
    assert.equal((await run(['warn.md', '--quiet'], dir)).stdout, '');
    assert.equal((await run(['warn.md', '--quiet', '--max-warnings', '0'], dir)).code, 1);
  });

  it('--rule changes a severity, and "off" silences a rule', async () => {
    const r = await run(['error.md', '--rule', 'test-cures=warning', '--rule', 'test-maybe=off', '-f', 'json'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics.map((d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`), ['test-cures:warning']);
    const u = await run(['error.md', '--rule', 'no-such-rule=error'], dir);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /^clinical-lint: unknown rule 'no-such-rule' in --rule/);
  });

  it('json: one entry per file in command-line order with the documented fields', async () => {
    const r = await run(['-f', 'json', 'warn.md', 'error.md', 'clean.md'], dir);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.map((f: { filePath: string }) => f.filePath), ['warn.md', 'error.md', 'clean.md'].map((f) => path.join(dir, f)));
    const d = out[1].diagnostics[0];
    assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
    assert.deepEqual(d.fixes[0], { title: "Replace 'cures' with 'may help'", edits: [{ line: 1, column: 4, endLine: 1, endColumn: 9, newText: 'may help' }] });
    assert.deepEqual(Object.keys(out[0]), ['filePath', 'diagnostics']);
  });

  it('sarif: rules with metadata, results pointing at them, relative locations, fixes as artifact changes', async () => {
    write(dir, 'sub dir/ünï.md', 'It cures.\nDisclaimer.\n');
    const r = await run(['-f', 'sarif', 'error.md', 'sub dir'], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'clinical-lint');
    assert.equal(run0.tool.driver.version, '9.9.9');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
    const rules = run0.tool.driver.rules;
    for (const rule of rules) {
      assert.equal(typeof rule.id, 'string');
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.equal(typeof rule.fullDescription.text, 'string');
      assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    }
    const cures = rules.find((x: { id: string }) => x.id === 'test-cures');
    assert.deepEqual(cures.shortDescription, { text: 'Test rule: flags "cures".' });
    assert.deepEqual(cures.defaultConfiguration, { enabled: true, level: 'error' });
    for (const id of REAL_RULE_IDS) assert.ok(rules.some((x: { id: string }) => x.id === id), id);
    assert.equal(run0.results.length, 3);
    for (const res of run0.results) {
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.equal(typeof res.message.text, 'string');
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
    const [first, , third] = run0.results;
    assert.equal(first.ruleId, 'test-cures');
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'error.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 9 },
    });
    assert.deepEqual(first.fixes[0], {
      description: { text: "Replace 'cures' with 'may help'" },
      artifactChanges: [
        {
          artifactLocation: { uri: 'error.md', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 9 }, insertedContent: { text: 'may help' } }],
        },
      ],
    });
    assert.equal(third.locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/%C3%BCn%C3%AF.md');
    assert.deepEqual(run0.invocations[0].toolExecutionNotifications, []);
    assert.equal(run0.invocations[0].executionSuccessful, true);
  });

  it('sarif: files that could not be linted become error notifications and exit 2', async () => {
    write(dir, 'bin.md', Buffer.from([0x41, 0, 0x42]));
    const r = await run(['-f', 'sarif', 'bin.md', 'clean.md'], dir);
    assert.equal(r.code, 2);
    const inv = JSON.parse(r.stdout).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.toolExecutionNotifications.length, 1);
    assert.match(inv.toolExecutionNotifications[0].message.text, /^bin\.md: contains NUL bytes/);
    assert.equal(r.stderr, 'clinical-lint: bin.md: contains NUL bytes (binary file?) at byte 1\n');
  });

  it('prints one line per crashing rule per run, no stack unless DEBUG=clinical-lint; exit code from the others', async () => {
    const un = installRules(testCrashRule);
    try {
      const r = await run(['error.md', 'warn.md', 'clean.md'], dir);
      assert.equal(r.stderr, 'clinical-lint: rule test-crash failed on error.md: boom in test-crash\n');
      assert.equal(r.code, 1);
      const d = await run(['clean.md'], dir, { DEBUG: 'clinical-lint' });
      assert.match(d.stderr, /^clinical-lint: rule test-crash failed on clean\.md: boom in test-crash\nError: boom in test-crash\n\s+at /);
    } finally {
      un();
    }
  });

  it('--fix writes the files, reports what remains and how many fixes applied', async () => {
    const r = await run(['--fix', 'error.md', 'warn.md'], dir);
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      ['error.md', "  2:1  warning  'maybe' is vague  test-maybe", '', 'warn.md', "  1:8  warning  'maybe' is vague  test-maybe", '', '✔ Applied 1 fix in 1 file.', '✖ 2 problems (0 errors, 2 warnings)', ''].join('\n'),
    );
    const j = await run(['--fix', '-f', 'json', 'error.md'], dir);
    assert.equal(JSON.parse(j.stdout)[0].fixesApplied, 0);
  });

  it('--stdin --fix prints the fixed text on stdout and the report on stderr', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'post.md', '--fix'], dir, {}, 'It cures.\nmaybe\n');
    assert.equal(r.stdout, 'It may help.\nmaybe\n\n\nDisclaimer.\n');
    assert.match(r.stderr, /^post\.md\n {2}2:1 {2}warning {2}'maybe' is vague {2}test-maybe\n/);
    assert.equal(r.code, 0);
  });

  it('--stdin without a name is reported as <stdin>', async () => {
    const r = await run(['--stdin', '-f', 'json'], dir, {}, 'It cures.\n');
    assert.equal(JSON.parse(r.stdout)[0].filePath, '<stdin>');
    assert.equal(r.code, 1);
  });
});
