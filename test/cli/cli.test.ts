// The bundled CLI (dist/cli.js) end to end: options, formats, exit codes, files, globs, stdin, encodings,
// worker threads and `classify`. Diagnostics the tests control come from the engine itself (a directive naming
// an unknown rule is an `invalid-directive` warning) with the real rules turned off by --config; tests that
// need the real rules use only their stable behaviour (absolute-claim flags "cures").
// `npm test` builds dist first; run alone, ensureBuilt() rebuilds a missing or stale bundle.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules';
import { FakeServices, deadUrl } from '../online/fake-services';
import { REAL_RULE_IDS, ROOT, UNKNOWN_DIRECTIVE, allOffConfig, ensureBuilt, rmrf, runCli, runCliAsync, tmpDir, write } from './helpers';

interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: { title: string; edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[] }[];
}
interface JsonFile {
  filePath: string;
  diagnostics: JsonDiagnostic[];
}

const noStack = (stderr: string) => assert.ok(!/\n\s+at /.test(stderr), `no stack trace in: ${stderr}`);

/** A draft with `n` invalid-directive warnings, on lines 1, 3, 5 ... */
const warningsDraft = (n: number, tail = '') => Array.from({ length: n }, () => `${UNKNOWN_DIRECTIVE}\nText.\n`).join('') + tail;

describe('clinical-lint CLI (bundled)', function () {
  this.timeout(60000);
  let ws: string;
  let cfg: string;

  before(() => ensureBuilt());
  beforeEach(() => {
    ws = tmpDir();
    cfg = write(ws, 'all-off.json', allOffConfig());
  });
  afterEach(() => rmrf(ws));

  describe('--version, --help and usage errors', () => {
    it('--version prints the package version', () => {
      const r = runCli(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('--help lists options, exit codes, UTF-16 columns and every rule with its description', () => {
      const r = runCli(['--help']);
      assert.equal(r.status, 0);
      for (const opt of ['--format', '--color', '--no-color', '--config', '--stdin', '--stdin-filename', '--fix', '--max-warnings', '--quiet', '--rule', '--version', '--help', '--verify-references']) {
        assert.ok(r.stdout.includes(opt), opt);
      }
      assert.match(r.stdout, /UTF-16 code units/);
      assert.match(r.stdout, /Exit codes:/);
      for (const rule of allRules) assert.ok(r.stdout.includes(`${rule.meta.id}`) && r.stdout.includes(rule.meta.description), rule.meta.id);
    });

    for (const args of [['--nope', 'a.md'], ['--format', 'xml', 'a.md'], ['--max-warnings', 'x', 'a.md'], ['--rule', 'nope=error', 'a.md'], [], ['--stdin', 'a.md']]) {
      it(`usage error ${JSON.stringify(args)}: exit 2, a message naming the problem, no stack`, () => {
        const r = runCli(args, { cwd: ws });
        assert.equal(r.status, 2);
        assert.match(r.stderr, /^clinical-lint: /);
        assert.equal(r.stdout, '');
        noStack(r.stderr);
      });
    }

    it('--config naming a missing file is a usage error', () => {
      write(ws, 'a.md', 'x\n');
      const r = runCli(['--config', 'missing.json', 'a.md'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'clinical-lint: --config missing.json: cannot be read (no such file)\n');
    });
  });

  describe('formats', () => {
    it('json: documented fields, 1-based UTF-16 columns, exclusive ends', () => {
      write(ws, 'a.md', `# T\n\nSome text 😀 <!-- clinical-lint-disable-line nope -->\n`);
      const r = runCli(['--config', cfg, '--format', 'json', 'a.md'], { cwd: ws });
      assert.equal(r.status, 0, r.stderr);
      const out: JsonFile[] = JSON.parse(r.stdout);
      assert.equal(out.length, 1);
      assert.equal(out[0].filePath, path.join(ws, 'a.md'));
      const [d] = out[0].diagnostics;
      assert.deepEqual(
        { ...d, message: undefined },
        { ruleId: 'invalid-directive', severity: 'warning', message: undefined, line: 3, column: 14, endLine: 3, endColumn: 54, fixes: [] },
      );
      assert.match(d.message, /Unknown rule 'nope'/);
    });

    it('sarif: the key required properties of a SARIF 2.1.0 log', () => {
      write(ws, 'docs/a.md', warningsDraft(2));
      const r = runCli(['--config', cfg, '-f', 'sarif', 'docs'], { cwd: ws });
      assert.equal(r.status, 0, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'clinical-lint');
      for (const rule of allRules) {
        const d = driver.rules.find((x: { id: string }) => x.id === rule.meta.id);
        assert.ok(d, rule.meta.id);
        assert.equal(d.shortDescription.text, rule.meta.description);
        assert.match(d.helpUri, new RegExp(`${rule.meta.id}\\.md$`));
        assert.ok(['none', 'note', 'warning', 'error'].includes(d.defaultConfiguration.level));
      }
      const results = log.runs[0].results;
      assert.equal(results.length, 2);
      for (const res of results) {
        assert.equal(driver.rules[res.ruleIndex].id, 'invalid-directive');
        assert.equal(res.level, 'warning');
        assert.deepEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
      }
      assert.deepEqual(results.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine), [1, 3]);
    });

    it('stylish: plain when piped, coloured with --color', () => {
      write(ws, 'a.md', warningsDraft(1));
      const plain = runCli(['--config', cfg, 'a.md'], { cwd: ws });
      assert.match(plain.stdout, /^a\.md\n {2}1:1 {2}warning {2}Unknown rule 'no-such-rule'.* {2}invalid-directive\n\n✖ 1 problem \(0 errors, 1 warning\)\n$/);
      assert.ok(!plain.stdout.includes('\u001b['));
      assert.ok(runCli(['--config', cfg, '--color', 'a.md'], { cwd: ws }).stdout.includes('\u001b[33m'));
      assert.ok(!runCli(['--config', cfg, 'a.md'], { cwd: ws, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\u001b['));
    });
  });

  describe('exit codes and options', () => {
    it('0 when clean, 1 over --max-warnings, --quiet hides warnings', () => {
      write(ws, 'a.md', warningsDraft(2));
      assert.equal(runCli(['--config', cfg, 'a.md'], { cwd: ws }).status, 0);
      assert.equal(runCli(['--config', cfg, '--max-warnings', '2', 'a.md'], { cwd: ws }).status, 0);
      const over = runCli(['--config', cfg, '--max-warnings', '1', 'a.md'], { cwd: ws });
      assert.equal(over.status, 1);
      assert.equal(over.stderr, 'clinical-lint: too many warnings (2; --max-warnings allows 1)\n');
      const quiet = runCli(['--config', cfg, '--quiet', '-f', 'json', 'a.md'], { cwd: ws });
      assert.deepEqual(JSON.parse(quiet.stdout)[0].diagnostics, []);
    });

    it('1 when a real rule reports an error (absolute-claim on "cures"), and --rule turns it off', () => {
      write(ws, 'a.md', '# Turmeric\n\nTurmeric cures arthritis.\n');
      const r = runCli(['--config', cfg, '--rule', 'absolute-claim=error', '-f', 'json', 'a.md'], { cwd: ws });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      const d = (JSON.parse(r.stdout) as JsonFile[])[0].diagnostics.find((x) => x.ruleId === 'absolute-claim')!;
      assert.equal(d.severity, 'error');
      assert.equal(d.line, 3);
      assert.equal(runCli(['--config', cfg, '--rule', 'absolute-claim=off', 'a.md'], { cwd: ws }).status, 0);
      const warn = runCli(['--config', cfg, '--rule', 'absolute-claim=warning', '-f', 'json', 'a.md'], { cwd: ws });
      assert.equal(warn.status, 0);
      assert.equal((JSON.parse(warn.stdout) as JsonFile[])[0].diagnostics.find((x) => x.ruleId === 'absolute-claim')!.severity, 'warning');
    });

    it('uses the nearest .clinical-lint.json per file; a broken one is reported in one line and defaults apply', () => {
      write(ws, 'strict/.clinical-lint.json', JSON.stringify({ maxFileSize: 10 }));
      write(ws, 'strict/a.md', 'This file is longer than ten bytes.\n');
      write(ws, 'broken/.clinical-lint.json', '{ "rules": { "absolute-claim": "error", } trailing');
      write(ws, 'broken/b.md', warningsDraft(1));
      const r = runCli(['-f', 'json', 'strict', 'broken'], { cwd: ws });
      assert.equal(r.status, 2);
      const lines = r.stderr.trim().split('\n');
      assert.ok(lines.includes('clinical-lint: strict/a.md: too large (36 bytes; the limit is 10 bytes, set "maxFileSize" in .clinical-lint.json to change it)'), r.stderr);
      assert.ok(lines.some((l) => /^clinical-lint: broken\/\.clinical-lint\.json:1:\d+: invalid JSON \(\w+\) \(defaults apply\)$/.test(l)), r.stderr);
      const out: JsonFile[] = JSON.parse(r.stdout);
      assert.deepEqual(out.map((f) => path.relative(ws, f.filePath)), ['broken/b.md']);
      assert.ok(out[0].diagnostics.some((d) => d.ruleId === 'invalid-directive'));
    });

    it('--verify-references looks references up (local stand-in services) and reports one that does not exist', async () => {
      const fake = await new FakeServices().start();
      try {
        const rules = Object.fromEntries(REAL_RULE_IDS.filter((id) => id !== 'unverified-reference').map((id) => [id, 'off']));
        write(ws, 'online.json', JSON.stringify({ rules, references: { crossrefUrl: fake.crossrefUrl, eutilsUrl: fake.eutilsUrl } }));
        const text = ['# LDN', '', 'It reduced pain [1].', '', '## References', '', '1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.99999', ''].join('\n');
        write(ws, 'a.md', text);
        const env = { XDG_CACHE_HOME: path.join(ws, 'cache') };
        const r = await runCliAsync(['--config', 'online.json', '--verify-references', '-f', 'json', 'a.md'], { cwd: ws, env });
        assert.equal(r.status, 0, r.stderr);
        const [d] = (JSON.parse(r.stdout) as JsonFile[])[0].diagnostics;
        assert.equal(d.ruleId, 'unverified-reference');
        assert.match(d.message, /10\.1002\/art\.99999/);
        assert.ok(fake.count('/crossref/') >= 1);
        assert.ok(fs.existsSync(path.join(ws, 'cache', 'clinical-lint')), 'answers cached under XDG_CACHE_HOME');
        // Without the option: no network, no diagnostic.
        const before = fake.requests.length;
        const off = await runCliAsync(['--config', 'online.json', '-f', 'json', 'a.md'], { cwd: ws, env });
        assert.deepEqual((JSON.parse(off.stdout) as JsonFile[])[0].diagnostics, []);
        assert.equal(fake.requests.length, before);
      } finally {
        await fake.close();
      }
    });

    it('--verify-references offline: one line saying so, nothing reported that was not checked', async () => {
      const dead = await deadUrl();
      const rules = Object.fromEntries(REAL_RULE_IDS.filter((id) => id !== 'unverified-reference').map((id) => [id, 'off']));
      write(ws, 'dead.json', JSON.stringify({ rules, references: { crossrefUrl: `${dead}/crossref`, eutilsUrl: `${dead}/eutils` } }));
      const entry = (n: number) => `${n}. Younger J. Low-dose naltrexone for fibromyalgia. 2013. doi:10.1002/art.9999${n}`;
      write(ws, 'a.md', ['# LDN', '', 'Pain [1][2].', '', '## References', '', entry(1), entry(2), ''].join('\n'));
      write(ws, 'b.md', ['# LDN', '', 'Pain [1].', '', '## References', '', entry(3), ''].join('\n'));
      const r = await runCliAsync(['--config', 'dead.json', '--verify-references', '-f', 'json', 'a.md', 'b.md'], { cwd: ws, env: { XDG_CACHE_HOME: path.join(ws, 'cache') } });
      assert.equal(r.status, 0);
      assert.match(r.stderr, /^clinical-lint: --verify-references: a\.md: Offline: could not reach 127\.0\.0\.1:\d+/);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as JsonFile[]).map((f) => f.diagnostics), [[], []]);
    });
  });

  describe('files, directories and globs', () => {
    beforeEach(() => {
      for (const f of ['docs/a.md', 'docs/sub/b.markdown', 'docs/c.txt', 'docs/d.mdx', 'docs/e.rst', 'docs/node_modules/x.md', 'docs/.hidden/y.md', '.git/z.md', 'notes/n.md', 'node_modules/pkg/readme.md']) {
        write(ws, f, warningsDraft(1));
      }
    });
    const linted = (args: string[]) => {
      const r = runCli(['--config', cfg, '-f', 'json', ...args], { cwd: ws });
      return { ...r, files: r.stdout ? (JSON.parse(r.stdout) as JsonFile[]).map((f) => path.relative(ws, f.filePath)) : [] };
    };

    it('walks directories for drafts, skipping node_modules and dot folders', () => {
      const r = linted(['docs']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.files, ['docs/a.md', 'docs/c.txt', 'docs/d.mdx', 'docs/sub/b.markdown']);
      assert.deepEqual(linted(['.']).files, ['docs/a.md', 'docs/c.txt', 'docs/d.mdx', 'docs/sub/b.markdown', 'notes/n.md']);
    });

    it('expands globs the same way; a glob naming an extension takes every match', () => {
      assert.deepEqual(linted(['docs/**/*.md']).files, ['docs/a.md']);
      assert.deepEqual(linted(['**/*.md']).files, ['docs/a.md', 'notes/n.md']);
      assert.deepEqual(linted(['docs/*']).files, ['docs/a.md', 'docs/c.txt', 'docs/d.mdx']);
      assert.deepEqual(linted(['docs/*.rst']).files, ['docs/e.rst']);
      assert.deepEqual(linted(['docs/**/*.{markdown,txt}']).files, ['docs/c.txt', 'docs/sub/b.markdown']);
    });

    it('lints a named file of any extension, keeps command-line order and drops duplicates', () => {
      assert.deepEqual(linted(['notes/n.md', 'docs/e.rst', 'docs/a.md', 'docs', 'notes/n.md']).files, ['notes/n.md', 'docs/e.rst', 'docs/a.md', 'docs/c.txt', 'docs/d.mdx', 'docs/sub/b.markdown']);
    });

    it('a missing file or an unmatched glob: exit 2 with one line each, the rest still linted', () => {
      const r = linted(['missing.md', 'notes', 'nothing/**/*.md']);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'clinical-lint: missing.md: no such file or directory\nclinical-lint: nothing/**/*.md: no files match this pattern\n');
      assert.deepEqual(r.files, ['notes/n.md']);
    });
  });

  describe('input that is not a draft', () => {
    it('binary, invalid UTF-8, too large, FIFO and dangling link: one line each, exit 2, the others linted', () => {
      write(ws, 'cfg.json', allOffConfig({ maxFileSize: 1000 }));
      write(ws, 'a-bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      write(ws, 'b-latin1.md', Buffer.from('Caf\xe9 au lait\n', 'latin1'));
      write(ws, 'c-big.md', 'x'.repeat(1001));
      write(ws, 'd-good.md', warningsDraft(1));
      execFileSync('mkfifo', [path.join(ws, 'e-fifo.md')]);
      fs.symlinkSync(path.join(ws, 'gone.md'), path.join(ws, 'f-dangling.md'));
      const r = runCli(['--config', 'cfg.json', '-f', 'json', 'a-bin.md', 'b-latin1.md', 'c-big.md', 'd-good.md', 'e-fifo.md', 'f-dangling.md'], { cwd: ws });
      assert.equal(r.status, 2);
      noStack(r.stderr);
      assert.deepEqual(r.stderr.trim().split('\n').sort(), [
        'clinical-lint: a-bin.md: contains NUL bytes (binary file?) at byte 8',
        'clinical-lint: b-latin1.md: not valid UTF-8 (bad byte 0xE9 at offset 3, line 1)',
        'clinical-lint: c-big.md: too large (1001 bytes; the limit is 1000 bytes, set "maxFileSize" in .clinical-lint.json to change it)',
        'clinical-lint: e-fifo.md: not a regular file',
        'clinical-lint: f-dangling.md: no such file or directory',
      ]);
      const out: JsonFile[] = JSON.parse(r.stdout);
      assert.deepEqual(out.map((f) => path.basename(f.filePath)), ['d-good.md']);
      assert.equal(out[0].diagnostics.length, 1);
    });

    it('a directory walk reports a binary draft and goes on', () => {
      write(ws, 'd/1.md', warningsDraft(1));
      write(ws, 'd/2.md', Buffer.from([0x41, 0x00]));
      write(ws, 'd/3.md', warningsDraft(1));
      const r = runCli(['--config', cfg, '-f', 'json', 'd'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'clinical-lint: d/2.md: contains NUL bytes (binary file?) at byte 1\n');
      assert.equal(JSON.parse(r.stdout).length, 2);
    });

    it('decodes UTF-16 with a BOM; a UTF-8 BOM does not shift columns', () => {
      write(ws, 'u16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`x ${UNKNOWN_DIRECTIVE}\n`, 'utf16le')]));
      write(ws, 'bom.md', Buffer.from(`\uFEFFx ${UNKNOWN_DIRECTIVE}\r\n`, 'utf8'));
      const r = runCli(['--config', cfg, '-f', 'json', 'u16.md', 'bom.md'], { cwd: ws });
      assert.equal(r.status, 0, r.stderr);
      const out: JsonFile[] = JSON.parse(r.stdout);
      assert.deepEqual(out.map((f) => f.diagnostics.map((d) => [d.line, d.column])), [[[1, 3]], [[1, 3]]]);
    });
  });

  describe('--fix (with the real absolute-claim fix)', () => {
    it('keeps CRLF and the BOM, and a second run applies nothing', () => {
      const file = write(ws, 'post.md', Buffer.from('\uFEFF# Turmeric\r\n\r\nTurmeric cures arthritis.\r\n', 'utf8'));
      const first = runCli(['--config', cfg, '--rule', 'absolute-claim=error', '--fix', '-f', 'json', 'post.md'], { cwd: ws });
      assert.equal(first.stderr, '');
      const out: JsonFile & { fixesApplied: number } = JSON.parse(first.stdout)[0];
      assert.ok(out.fixesApplied >= 1, first.stdout);
      assert.ok(!out.diagnostics.some((d) => d.ruleId === 'absolute-claim'), 'the claim is fixed');
      const bytes = fs.readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      assert.ok(!/cures/.test(text), text);
      assert.ok(!/[^\r]\n/.test(text), 'CRLF only');
      const second = runCli(['--config', cfg, '--rule', 'absolute-claim=error', '--fix', '-f', 'json', 'post.md'], { cwd: ws });
      assert.equal(JSON.parse(second.stdout)[0].fixesApplied, 0);
      assert.deepEqual(fs.readFileSync(file), bytes);
      assert.equal(second.status, 0);
    });

    it('--stdin --fix prints the fixed text', () => {
      const r = runCli(['--config', cfg, '--rule', 'absolute-claim=error', '--stdin', '--stdin-filename', 'x.md', '--fix'], { cwd: ws, input: 'Turmeric cures arthritis.\n' });
      assert.ok(!r.stdout.includes('cures') && r.stdout.includes('Turmeric'), r.stdout);
      assert.ok(r.stdout.endsWith('\n'));
    });
  });

  describe('--stdin', () => {
    it('lints standard input under --stdin-filename, which also picks the config folder', () => {
      write(ws, 'blog/.clinical-lint.json', allOffConfig());
      const r = runCli(['--stdin', '--stdin-filename', 'blog/post.md', '-f', 'json'], { cwd: ws, input: warningsDraft(2) });
      assert.equal(r.status, 0, r.stderr);
      const out: JsonFile[] = JSON.parse(r.stdout);
      assert.equal(out[0].filePath, path.join(ws, 'blog', 'post.md'));
      assert.deepEqual(out[0].diagnostics.map((d) => d.ruleId), ['invalid-directive', 'invalid-directive']);
    });

    it('names standard input <stdin> without a file name, and rejects binary input with exit 2', () => {
      const r = runCli(['--config', cfg, '--stdin'], { cwd: ws, input: warningsDraft(1) });
      assert.match(r.stdout, /^<stdin>\n/);
      const bin = runCli(['--config', cfg, '--stdin'], { cwd: ws, input: Buffer.from([1, 0, 2]) });
      assert.equal(bin.status, 2);
      assert.equal(bin.stderr, 'clinical-lint: <stdin>: contains NUL bytes (binary file?) at byte 1\n');
    });
  });

  describe('worker threads', () => {
    it('give the same reports in the same order as a single thread, bad files included', () => {
      const files: string[] = [];
      for (let i = 0; i < 24; i++) {
        const name = `f${String(i).padStart(2, '0')}.md`;
        write(ws, `many/${name}`, i === 7 ? Buffer.from([0x41, 0]) : warningsDraft((i % 4) + 1));
        files.push(`many/${name}`);
      }
      // Reverse order on the command line: output must follow it, not the directory order.
      const args = ['--config', cfg, '-f', 'json', ...files.reverse()];
      const single = runCli(args, { cwd: ws, env: { CLINICAL_LINT_WORKERS: '0' } });
      const threaded = runCli(args, { cwd: ws, env: { CLINICAL_LINT_WORKERS: '2' } });
      assert.equal(threaded.status, 2);
      assert.equal(threaded.stdout, single.stdout);
      assert.equal(threaded.stderr, single.stderr);
      assert.equal(threaded.stderr, 'clinical-lint: many/f07.md: contains NUL bytes (binary file?) at byte 1\n');
      const out: JsonFile[] = JSON.parse(threaded.stdout);
      assert.equal(out.length, 23);
      assert.equal(path.basename(out[0].filePath), 'f23.md');
      assert.equal(out[0].diagnostics.length, 4);
    });

    it('stylish output streams in order from workers', () => {
      for (let i = 0; i < 60; i++) write(ws, `w/${String(i).padStart(2, '0')}.md`, warningsDraft(1));
      const r = runCli(['--config', cfg, 'w'], { cwd: ws, env: { CLINICAL_LINT_WORKERS: '2' } });
      assert.equal(r.status, 0, r.stderr);
      const names = r.stdout.split('\n').filter((l) => l.startsWith('w/'));
      assert.deepEqual(names, Array.from({ length: 60 }, (_, i) => `w/${String(i).padStart(2, '0')}.md`));
      assert.match(r.stdout, /✖ 60 problems \(0 errors, 60 warnings\)/);
    });
  });

  describe('classify', () => {
    it('writes one JSON object per input line with text, strength, claim and cues', () => {
      const r = runCli(['classify'], { input: '\uFEFFTurmeric cures arthritis.\r\nSome studies suggest it may help.\n\nThe sky is blue.' });
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.text), ['Turmeric cures arthritis.', 'Some studies suggest it may help.', '', 'The sky is blue.']);
      for (const l of lines) {
        assert.deepEqual(Object.keys(l), ['text', 'strength', 'claim', 'cues']);
        assert.ok(['none', 'correlational', 'conditional', 'direct'].includes(l.strength));
        assert.equal(typeof l.claim, 'boolean');
        assert.ok(Array.isArray(l.cues));
      }
    });

    it('empty input gives empty output; files are a usage error', () => {
      const r = runCli(['classify'], { input: '' });
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '');
      assert.equal(runCli(['classify', 'a.md']).status, 2);
    });
  });
});
