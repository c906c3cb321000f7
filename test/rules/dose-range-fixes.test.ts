// dose-range quick fixes: "Add a range for <drug> to .clinical-lint.json" (creating or editing the file with a
// valid JSON edit), "Write as N mg", and "Disable dose-range for this line". Each fix is applied and the text re-linted.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { parseConfigText, resolveConfig, type ResolvedConfig } from '../../server/src/engine/config';
import type { Diagnostic, Fix } from '../../server/src/engine/types';
import type { DoseMention } from '../../server/src/engine/doses';

let dir: string;

function lint(text: string, uri: string, config: ResolvedConfig = resolveConfig()): Diagnostic[] {
  return lintText(text, { uri, config, only: ['dose-range'], onRuleError: (_id, e) => { throw e; } }).diagnostics;
}

function configFrom(file: string): ResolvedConfig {
  const loaded = parseConfigText(fs.readFileSync(file, 'utf8'), file);
  assert.deepEqual(loaded.problems.map((p) => p.message), [], 'the edited config file is valid');
  return resolveConfig({ file: loaded });
}

function addRange(d: Diagnostic): Fix | undefined {
  return d.fixes?.find((f) => f.title.startsWith('Add a range for'));
}

/** Apply a fix's file edits to disk, as the language server would. */
function applyFileEdits(fix: Fix): void {
  for (const fe of fix.fileEdits ?? []) {
    const before = fe.create ? '' : fs.readFileSync(fe.file, 'utf8');
    if (fe.create) assert.equal(fs.existsSync(fe.file), false, 'create only when the file does not exist');
    fs.writeFileSync(fe.file, applyEdits(before, fe.edits));
  }
}

const NALTREXONE_POST = 'LDN is our topic. LDN helps. Higher doses of naltrexone (50-100 mg daily) treat alcohol use disorder.\n';

describe('dose-range fixes', () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-lint-doses-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates .clinical-lint.json beside the post with a range for the drug, and the dose is then in range', () => {
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(NALTREXONE_POST, uri);
    assert.equal(d.message, '50-100 mg daily is outside 1–5 mg (default range; no range set for naltrexone)');
    const fix = addRange(d)!;
    assert.equal(fix.title, 'Add a range for naltrexone to .clinical-lint.json');
    assert.deepEqual(fix.edits, []);
    assert.equal(fix.fileEdits![0].file, path.join(dir, '.clinical-lint.json'));
    assert.equal(fix.fileEdits![0].create, true);
    applyFileEdits(fix);
    const written = JSON.parse(fs.readFileSync(path.join(dir, '.clinical-lint.json'), 'utf8'));
    assert.deepEqual(written, { doses: { drugs: [{ drug: 'naltrexone', min: 50, max: 100, unit: 'mg', basis: 'per day' }] } });
    assert.deepEqual(lint(NALTREXONE_POST, uri, configFrom(path.join(dir, '.clinical-lint.json'))), []);
  });

  it('edits an existing JSONC file: comments, other settings and indentation survive', () => {
    const file = path.join(dir, '.clinical-lint.json');
    const original = '// Clinic settings\n{\n    "rules": { "missing-author": "off" }, // authors are in the footer\n    "disclaimer": { "position": "end" }\n}\n';
    fs.writeFileSync(file, original);
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const config = configFrom(file);
    const [d] = lint(NALTREXONE_POST, uri, config);
    const fix = addRange(d)!;
    assert.equal(fix.fileEdits![0].file, file);
    assert.equal(fix.fileEdits![0].create, undefined);
    applyFileEdits(fix);
    const after = fs.readFileSync(file, 'utf8');
    assert.match(after, /^\/\/ Clinic settings\n/);
    assert.match(after, /\/\/ authors are in the footer/);
    assert.match(after, /\n {4}"doses": \{\n {8}"drugs": \[/);
    const cfg = configFrom(file);
    assert.equal(cfg.rules['missing-author'], 'off');
    assert.deepEqual(cfg.doses.drugs, [{ drug: 'naltrexone', min: 50, max: 100, unit: 'mg', basis: 'per day' }]);
    assert.deepEqual(lint(NALTREXONE_POST, uri, cfg), []);
  });

  it('appends to an existing doses.drugs list and keeps the default range setting', () => {
    const file = path.join(dir, '.clinical-lint.json');
    fs.writeFileSync(file, '{\n\t"doses": {\n\t\t"defaultRange": { "min": 0.5, "max": 4.5 },\n\t\t"drugs": [{ "drug": "ketamine", "min": 0.5, "max": 1, "unit": "mg/kg" }]\n\t}\n}\n');
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(NALTREXONE_POST, uri, configFrom(file));
    applyFileEdits(addRange(d)!);
    const cfg = configFrom(file);
    assert.deepEqual(cfg.doses.defaultRange, { min: 0.5, max: 4.5, unit: 'mg', basis: 'per dose' });
    assert.deepEqual(cfg.doses.drugs.map((x) => x.drug), ['ketamine', 'naltrexone']);
    assert.match(fs.readFileSync(file, 'utf8'), /\n\t\t"drugs": \[/);
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const file = path.join(dir, '.clinical-lint.json');
    fs.writeFileSync(file, '\uFEFF{\r\n  "rules": {}\r\n}\r\n');
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(NALTREXONE_POST, uri, configFrom(file));
    applyFileEdits(addRange(d)!);
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\uFEFF{'));
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF line ends');
    assert.deepEqual(configFrom(file).doses.drugs.map((x) => x.drug), ['naltrexone']);
  });

  it('fills an empty file', () => {
    const file = path.join(dir, '.clinical-lint.json');
    fs.writeFileSync(file, '\n');
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(NALTREXONE_POST, uri);
    applyFileEdits(addRange(d)!);
    assert.deepEqual(configFrom(file).doses.drugs.map((x) => x.drug), ['naltrexone']);
  });

  it('edits the config file that applied, wherever it is', () => {
    const sub = path.join(dir, 'posts', '2025');
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(dir, '.clinical-lint.json');
    fs.writeFileSync(file, '{}\n');
    const uri = pathToFileURL(path.join(sub, 'post.md')).href;
    const [d] = lint(NALTREXONE_POST, uri, configFrom(file));
    assert.equal(addRange(d)!.fileEdits![0].file, file);
  });

  it('for the main drug, widens the default range to the dose', () => {
    const text = 'LDN is our topic. We sometimes give LDN at 6 mg.\n';
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(text, uri);
    applyFileEdits(addRange(d)!);
    const cfg = configFrom(path.join(dir, '.clinical-lint.json'));
    assert.deepEqual(cfg.doses.drugs, [{ drug: 'low-dose naltrexone', min: 1, max: 6, unit: 'mg', basis: 'per dose' }]);
    assert.deepEqual(lint(text, uri, cfg), []);
  });

  it('offers no config fix when the file is not valid JSON, the document is not a file, or the drug already has a range', () => {
    const file = path.join(dir, '.clinical-lint.json');
    fs.writeFileSync(file, '{ "doses": { "drugs": [ } }');
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const broken = lint(NALTREXONE_POST, uri, resolveConfig({ file: { file, config: {}, problems: [] } }));
    assert.equal(addRange(broken[0]), undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), '{ "doses": { "drugs": [ } }');
    fs.writeFileSync(file, '{ "doses": { "drugs": { "naltrexone": 1 } } }');
    assert.equal(addRange(lint(NALTREXONE_POST, uri, resolveConfig({ file: { file, config: {}, problems: [] } }))[0]), undefined);

    assert.equal(addRange(lint(NALTREXONE_POST, 'untitled:Untitled-1')[0]), undefined);

    const configured = resolveConfig({ settings: { doses: { drugs: [{ drug: 'naltrexone', min: 50, max: 80, basis: 'per day' }] } } });
    const [d] = lint(NALTREXONE_POST, uri, configured);
    assert.equal(d.message, '50-100 mg daily is outside 50–80 mg per day (range for naltrexone)');
    assert.equal(addRange(d), undefined);
  });

  it('orders the fixes: Write as, Add a range, Disable (last); none is preferred; data carries the mention', () => {
    const text = 'LDN is our topic. Naltrexone is sold as 50,000 mcg tablets.\n';
    const uri = pathToFileURL(path.join(dir, 'post.md')).href;
    const [d] = lint(text, uri);
    assert.deepEqual(d.fixes!.map((f) => f.title), ['Write as 50 mg', 'Add a range for naltrexone to .clinical-lint.json', 'Disable dose-range for this line']);
    assert.ok(d.fixes!.every((f) => !f.isPreferred));
    const m = (d.data as { mention: DoseMention }).mention;
    assert.deepEqual([m.min, m.unit, m.drug, m.inRange], [50, 'mg', 'naltrexone', false]);
    const rewritten = applyEdits(text, d.fixes![0].edits);
    assert.equal(rewritten, 'LDN is our topic. Naltrexone is sold as 50 mg tablets.\n');
    assert.deepEqual(lint(rewritten, uri).map((x) => x.message), ['50 mg is outside 1–5 mg (default range; no range set for naltrexone)']);
  });

  it('"Disable dose-range for this line" silences the diagnostic without changing how the post renders', () => {
    const cases = [
      'Take LDN at 6 mg.\n',
      'Intro.\n\n- LDN at 6 mg\n- LDN at 3 mg\n',
      '> LDN at 6 mg is too much.\n',
      '| Drug | Dose |\n| --- | --- |\n| LDN | 6 mg |\n',
      'A paragraph that goes on\nand gives LDN at 6 mg on its second line.\n',
    ];
    for (const text of cases) {
      const [d] = lint(text, 'untitled:post.md');
      const fix = d.fixes![d.fixes!.length - 1];
      assert.equal(fix.title, 'Disable dose-range for this line');
      const fixed = applyEdits(text, fix.edits);
      assert.deepEqual(lint(fixed, 'untitled:post.md'), [], fixed);
    }
  });
});
