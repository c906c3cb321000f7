// The CLI's per-file work in-process, with test-only rules whose diagnostics and fixes the tests control:
// --fix writes safely and keeps BOM, encoding and line endings; fixing is idempotent; rule crashes are contained.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DraftLinter, keepLineEndings, type LintSettings } from '../../server/src/cli/draft-linter';
import { writeFileAtomic } from '../../server/src/cli/write';
import { REAL_RULE_IDS, installRules, rmrf, testAppendRule, testCrashRule, testCuresRule, testMaybeRule, tmpDir, write } from './helpers';

const realOff = Object.fromEntries(REAL_RULE_IDS.map((id) => [id, 'off' as const]));
const settings = (extra: Partial<LintSettings> = {}): LintSettings => ({ ruleOverrides: { ...realOff }, fix: false, verifyReferences: false, ...extra });

describe('CLI draft linter (in-process, test rules)', () => {
  let uninstall: () => void;
  let dir: string;
  before(() => (uninstall = installRules(testCuresRule, testMaybeRule, testAppendRule)));
  after(() => uninstall());
  beforeEach(() => (dir = tmpDir()));
  afterEach(() => rmrf(dir));

  it('reports 1-based positions with exclusive ends and fixes as line/column edits', async () => {
    const file = write(dir, 'a.md', '# T\n\n😀 This cures it. Disclaimer.\n');
    const r = await new DraftLinter(settings()).lintPath(file);
    assert.equal(r.skipped, undefined);
    const d = r.diagnostics.find((x) => x.ruleId === 'test-cures')!;
    assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [3, 9, 3, 14]); // 😀 is two UTF-16 code units
    assert.equal(d.severity, 'error');
    assert.equal(d.fixable, true);
    assert.deepEqual(d.fixes[0], { title: `Replace 'cures' with 'may help'`, edits: [{ line: 3, column: 9, endLine: 3, endColumn: 14, newText: 'may help' }] });
    assert.equal(d.fixes.length, 2);
  });

  it('--fix keeps the UTF-8 BOM and CRLF line endings, even when a fix inserts LF', async () => {
    const original = '\uFEFF# Title\r\n\r\nThis cures colds.\r\nAnd maybe flu.\r\n';
    const file = write(dir, 'crlf.md', Buffer.from(original, 'utf8'));
    const r = await new DraftLinter(settings({ fix: true })).lintPath(file);
    assert.equal(r.writeError, undefined);
    assert.equal(r.fixesApplied, 2);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = bytes.toString('utf8').slice(1);
    assert.equal(text, '# Title\r\n\r\nThis may help colds.\r\nAnd maybe flu.\r\n\r\n\r\nDisclaimer.\r\n');
    assert.ok(!/[^\r]\n/.test(text), 'no lone LF');
    // What remains is reported against the fixed text.
    assert.deepEqual(
      r.diagnostics.map((d) => [d.ruleId, d.line, d.column]),
      [['test-maybe', 4, 5]],
    );
  });

  it('--fix keeps CR-only and LF files as they are, and UTF-16 LE stays UTF-16 LE with its BOM', async () => {
    const cr = write(dir, 'cr.txt', 'This cures.\rDisclaimer.\r');
    const u16 = write(dir, 'u16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tea cures ☕.\nDisclaimer.\n', 'utf16le')]));
    const linter = new DraftLinter(settings({ fix: true }));
    await linter.lintPath(cr);
    await linter.lintPath(u16);
    assert.equal(fs.readFileSync(cr, 'utf8'), 'This may help.\rDisclaimer.\r');
    const b = fs.readFileSync(u16);
    assert.deepEqual([...b.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(b.subarray(2).toString('utf16le'), 'Tea may help ☕.\nDisclaimer.\n');
  });

  it('--fix is idempotent: a second run applies nothing and leaves the bytes alone', async () => {
    const file = write(dir, 'a.md', 'It cures. It cures again.\n');
    const first = await new DraftLinter(settings({ fix: true })).lintPath(file);
    assert.equal(first.fixesApplied, 3);
    const after1 = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    const second = await new DraftLinter(settings({ fix: true })).lintPath(file);
    assert.equal(second.fixesApplied, 0);
    assert.deepEqual(fs.readFileSync(file), after1);
    assert.equal(fs.statSync(file).mtimeMs, mtime, 'not rewritten');
    assert.deepEqual(second.diagnostics, []);
  });

  it('--fix writes through a symbolic link and keeps the file mode', async () => {
    const target = write(dir, 'real.md', 'This cures.\nDisclaimer.\n');
    fs.chmodSync(target, 0o640);
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(target, link);
    await new DraftLinter(settings({ fix: true })).lintPath(link);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(fs.readFileSync(target, 'utf8'), 'This may help.\nDisclaimer.\n');
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['link.md', 'real.md'], 'no temporary file left');
  });

  it('never writes a file that changed on disk after it was read, and leaves no temp file on failure', () => {
    const file = write(dir, 'a.md', 'one\n');
    const st = fs.statSync(file);
    fs.writeFileSync(file, 'two, longer\n');
    assert.throws(() => writeFileAtomic(file, Buffer.from('fixed\n'), { mtimeMs: st.mtimeMs, size: st.size }), /changed on disk/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'two, longer\n');
    assert.throws(() => writeFileAtomic(path.join(dir, 'missing', 'x.md'), Buffer.from('x')), /not written/);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('--stdin --fix returns the fixed bytes with the input BOM; without fixes, the input unchanged', async () => {
    const input = Buffer.from('\uFEFFIt cures.\r\nDisclaimer.\r\n', 'utf8');
    const r = await new DraftLinter(settings({ fix: true })).lintStdin(input, 'post.md', dir);
    assert.equal(r.filePath, path.join(dir, 'post.md'));
    assert.equal(Buffer.from(r.output!).toString('utf8'), '\uFEFFIt may help.\r\nDisclaimer.\r\n');
    const clean = Buffer.from('Nothing here. Disclaimer.\n');
    const r2 = await new DraftLinter(settings({ fix: true })).lintStdin(clean, undefined, dir);
    assert.equal(r2.filePath, '<stdin>');
    assert.deepEqual(Buffer.from(r2.output!), clean);
  });

  it('--rule overrides apply over the config file; the config file applies per folder', async () => {
    write(dir, 'strict/.clinical-lint.json', JSON.stringify({ maxFileSize: 5 }));
    const big = write(dir, 'strict/a.md', 'This cures.\n');
    const other = write(dir, 'loose/a.md', 'This cures.\n');
    const linter = new DraftLinter(settings({ ruleOverrides: { ...realOff, 'test-cures': 'warning' } }));
    const r1 = await linter.lintPath(big);
    assert.match(r1.skipped ?? '', /too large \(12 bytes; the limit is 5 bytes/);
    const r2 = await linter.lintPath(other);
    assert.deepEqual(r2.diagnostics.map((d) => [d.ruleId, d.severity]), [['test-append', 'warning'], ['test-cures', 'warning']]);
  });

  it('reports config problems once per config file, with line and column, and still lints', async () => {
    write(dir, '.clinical-lint.json', '{\n  "rules": { "absolute-claim": "loud" }\n}\n');
    const a = write(dir, 'a.md', 'x cures\n');
    const b = write(dir, 'b.md', 'y\n');
    const linter = new DraftLinter(settings());
    const ra = await linter.lintPath(a);
    const rb = await linter.lintPath(b);
    assert.equal(ra.configProblems.length, 1);
    assert.equal(ra.configProblems[0].file, path.join(dir, '.clinical-lint.json'));
    assert.equal(ra.configProblems[0].line, 2);
    assert.match(ra.configProblems[0].message, /rules\.absolute-claim must be one of/);
    assert.deepEqual(rb.configProblems, []);
    assert.ok(ra.diagnostics.some((d) => d.ruleId === 'test-cures'));
  });

  it('contains a crashing rule: one error per rule and file, the other rules still report', async () => {
    const un = installRules(testCrashRule);
    try {
      const file = write(dir, 'a.md', 'It cures.\n');
      const r = await new DraftLinter(settings()).lintPath(file);
      assert.deepEqual(r.ruleErrors.map((e) => [e.ruleId, e.message]), [['test-crash', 'boom in test-crash']]);
      assert.match(r.ruleErrors[0].stack ?? '', /at /);
      assert.ok(r.diagnostics.some((d) => d.ruleId === 'test-cures'));
    } finally {
      un();
    }
  });

  it('keepLineEndings only rewrites breaks of a file that used one style', () => {
    assert.equal(keepLineEndings('a\r\nb\r\n', 'a\r\nX\nb\r\n'), 'a\r\nX\r\nb\r\n');
    assert.equal(keepLineEndings('a\nb\n', 'a\r\nb\n'), 'a\nb\n');
    assert.equal(keepLineEndings('a\rb', 'a\rb\n'), 'a\rb\r');
    assert.equal(keepLineEndings('a\nb\r\n', 'a\nb\r\nc\n'), 'a\nb\r\nc\n', 'mixed: untouched');
    assert.equal(keepLineEndings('ab', 'a\nb'), 'a\nb', 'no breaks: untouched');
  });
});
