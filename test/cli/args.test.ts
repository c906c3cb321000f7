import * as assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../server/src/cli/args';

describe('CLI arguments', () => {
  it('has the documented defaults', () => {
    const o = parseArgs(['a.md']);
    assert.equal(o.command, 'lint');
    assert.equal(o.format, 'stylish');
    assert.equal(o.color, undefined);
    assert.equal(o.maxWarnings, -1);
    assert.deepEqual(o.patterns, ['a.md']);
  });

  it('reads every option, in both spellings', () => {
    const o = parseArgs(['-f', 'json', '--config=c.json', '--fix', '--max-warnings', '3', '-q', '--rule', 'absolute-claim=warning', '--rule=dose-range=off', '--no-color', '--verify-references', 'docs', '--', '-odd.md']);
    assert.equal(o.format, 'json');
    assert.equal(o.config, 'c.json');
    assert.equal(o.fix, true);
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.quiet, true);
    assert.deepEqual(o.rules, [
      { id: 'absolute-claim', severity: 'warning' },
      { id: 'dose-range', severity: 'off' },
    ]);
    assert.equal(o.color, false);
    assert.equal(o.verifyReferences, true);
    assert.deepEqual(o.patterns, ['docs', '-odd.md']);
    assert.equal(parseArgs(['--color', 'a']).color, true);
    assert.equal(parseArgs(['--format', 'SARIF', 'a']).format, 'sarif');
    assert.equal(parseArgs(['-fjson', 'a']).format, 'json');
  });

  it('--stdin with --stdin-filename', () => {
    const o = parseArgs(['--stdin', '--stdin-filename', 'post.md']);
    assert.equal(o.stdin, true);
    assert.equal(o.stdinFilename, 'post.md');
  });

  it('help and version win over everything else', () => {
    assert.equal(parseArgs(['--help', '--format', 'json']).command, 'help');
    assert.equal(parseArgs(['-v']).command, 'version');
    assert.equal(parseArgs(['-h']).command, 'help');
  });

  it('classify is a subcommand that takes no files', () => {
    assert.equal(parseArgs(['classify']).command, 'classify');
    assert.throws(() => parseArgs(['classify', 'a.md']), UsageError);
  });

  const bad: [string[], RegExp][] = [
    [['--fromat', 'json', 'a'], /unknown option '--fromat' \(did you mean '--format'\?\)/],
    [['-x', 'a'], /unknown option '-x'/],
    [['--format', 'xml', 'a'], /unknown format 'xml'/],
    [['--format'], /needs a value/],
    [['--max-warnings', 'many', 'a'], /--max-warnings needs a whole number/],
    [['--max-warnings', '-2', 'a'], /--max-warnings needs a whole number/],
    [['--rule', 'absolute-claim', 'a'], /--rule needs ID=SEVERITY/],
    [['--rule', 'absolute-claim=fatal', 'a'], /unknown severity 'fatal'/],
    [['--fix=yes', 'a'], /does not take a value/],
    [[], /no files to lint/],
    [['--stdin', 'a.md'], /either --stdin or files/],
    [['--stdin-filename', 'a.md', 'b.md'], /only applies together with --stdin/],
    [['-'], /use --stdin/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(
        () => parseArgs(argv),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
      );
    });
  }
});
