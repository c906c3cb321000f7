import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseConfigText, resolveConfig, findConfigFile, ConfigCache, checkUserPattern, defaultConfig, DEFAULT_DISCLAIMER } from '../../server/src/engine/config';

describe('configuration', () => {
  it('has useful defaults: 1–5 mg, disclaimer template, offline', () => {
    const c = defaultConfig();
    assert.deepEqual(c.doses.defaultRange, { min: 1, max: 5, unit: 'mg', basis: 'per dose' });
    assert.equal(c.disclaimer.template, DEFAULT_DISCLAIMER);
    assert.equal(c.references.verifyOnline, false);
  });

  it('merges defaults < settings < file', () => {
    const file = parseConfigText('{ "rules": { "dose-range": "error" }, "doses": { "defaultRange": { "min": 2, "max": 4 } } }', '/x/.clinical-lint.json');
    const c = resolveConfig({
      settings: { rules: { 'dose-range': 'info', 'absolute-claim': 'off' }, disclaimer: { position: 'start' } },
      file,
    });
    assert.equal(c.rules['dose-range'], 'error');
    assert.equal(c.rules['absolute-claim'], 'off');
    assert.equal(c.disclaimer.position, 'start');
    assert.equal(c.disclaimer.template, DEFAULT_DISCLAIMER);
    assert.deepEqual(c.doses.defaultRange, { min: 2, max: 4, unit: 'mg', basis: 'per dose' });
    assert.equal(c.configFile, '/x/.clinical-lint.json');
  });

  it('accepts JSON with comments and trailing commas', () => {
    const r = parseConfigText('// clinic settings\n{ "rules": { "dose-range": "off", }, /* x */ }', 'f');
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.rules!['dose-range'], 'off');
  });

  it('reports malformed JSON with its position and keeps defaults', () => {
    const text = '{ "rules": { "dose-range": "off" ';
    const r = parseConfigText(text, '/p/.clinical-lint.json');
    assert.equal(r.problems.length > 0, true);
    assert.match(r.problems[0].message, /^\.clinical-lint\.json: invalid JSON/);
    const c = resolveConfig({ file: r });
    assert.equal(c.rules['dose-range'], undefined);
  });

  it('reports wrong types, unknown keys, unknown rules and bad severities, keeping the valid parts', () => {
    const text = JSON.stringify({ rules: { 'dose-range': 'loud', 'no-such-rule': 'error', 'absolute-claim': 'off' }, colour: 1, doses: { defaultRange: { min: 'one', max: 5 } } });
    const r = parseConfigText(text, 'f');
    const msgs = r.problems.map((p) => p.message).join('\n');
    assert.match(msgs, /rules\.dose-range must be one of/);
    assert.match(msgs, /unknown rule "no-such-rule"/);
    assert.match(msgs, /unknown key "colour"/);
    assert.match(msgs, /doses\.defaultRange\.min must be number/);
    assert.equal(r.config.rules!['absolute-claim'], 'off');
    for (const p of r.problems) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end);
  });

  it('rejects user patterns that are invalid or can backtrack catastrophically', () => {
    assert.equal(checkUserPattern('miracle\\s+cure'), null);
    assert.match(checkUserPattern('(')!, /invalid regular expression/);
    assert.match(checkUserPattern('(a+)+$')!, /nested quantifiers/);
    assert.match(checkUserPattern('(\\w+\\s?)*x')!, /nested quantifiers/);
    assert.match(checkUserPattern('(a)\\1')!, /back-references/);
    assert.match(checkUserPattern('(a|a)*b')!, /nested quantifiers/);
    assert.match(checkUserPattern('(?:cure|heal)+s')!, /nested quantifiers/);
    assert.equal(checkUserPattern('(cure|heal)s?'), null);
    assert.match(checkUserPattern('\\s*\\s*x')!, /two repeated parts|starts with a repeated part/);
    assert.match(checkUserPattern('a*a*!')!, /two repeated parts|starts with a repeated part/);
    assert.equal(checkUserPattern('consult\\s+(?:your|a)\\s+doctor'), null);
    assert.match(checkUserPattern('(?=a)')!, /look-arounds/);
    const r = parseConfigText(JSON.stringify({ claims: { absoluteTerms: ['ok term', '(x+)+'] } }), 'f');
    assert.deepEqual(r.config.claims!.absoluteTerms, ['ok term']);
    assert.equal(r.problems.length, 1);
  });

  it('ignores network and pattern settings from a workspace file when untrusted', () => {
    const file = parseConfigText(JSON.stringify({ references: { verifyOnline: true, crossrefUrl: 'http://evil' }, claims: { absoluteTerms: ['x'] }, rules: { 'dose-range': 'off' } }), 'f');
    const c = resolveConfig({ file, trusted: false, settings: { references: { verifyOnline: true } } });
    assert.equal(c.references.verifyOnline, false);
    assert.equal(c.references.crossrefUrl, 'https://api.crossref.org');
    assert.deepEqual(c.claims.absoluteTerms, []);
    assert.equal(c.rules['dose-range'], 'off');
    assert.equal(c.trusted, false);
  });

  it('finds the nearest .clinical-lint.json upward and caches by mtime', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-config-'));
    const deep = path.join(root, 'a', 'b');
    fs.mkdirSync(deep, { recursive: true });
    assert.equal(findConfigFile(deep, root), null);
    fs.writeFileSync(path.join(root, 'a', '.clinical-lint.json'), '{ "rules": { "dose-range": "off" } }');
    assert.equal(findConfigFile(deep), path.join(root, 'a', '.clinical-lint.json'));
    const cache = new ConfigCache();
    assert.equal(cache.fileFor(deep)!.config.rules!['dose-range'], 'off');
    fs.writeFileSync(path.join(root, 'a', '.clinical-lint.json'), '{ "rules": { "dose-range": "error" } }   ');
    assert.equal(cache.fileFor(deep)!.config.rules!['dose-range'], 'error');
    fs.rmSync(root, { recursive: true, force: true });
  });
});
