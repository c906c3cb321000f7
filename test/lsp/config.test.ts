// Configuration over the real protocol: settings pulled per document and pushed, .clinical-lint.json
// changes through didChangeWatchedFiles, malformed config files, untrusted workspaces.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { codes, fileUri, newUri, onlyRules, tempDir, useClient } from './helpers';
import { FULL_CAPABILITIES, LspTestClient } from './lsp-client';

const CLAIM = '# Turmeric\n\nTurmeric cures arthritis.\n';
const BAD_DIRECTIVE = '<!-- clinical-lint-disable-next-line no-such-rule -->\nA quiet paragraph about sleep.\n';

describe('language server: settings', function () {
  const client = useClient({ settings: onlyRules('absolute-claim') });

  it('asks for the clinicalLint section per document and re-lints open documents when settings change', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const first = await c.diagnosticsAt(uri, 1);
    assert.ok(codes(first.diagnostics).includes('absolute-claim'));
    assert.ok(c.configurationRequests.some((r) => r.items.some((i) => i.section === 'clinicalLint' && i.scopeUri === uri)));
    const m = c.mark;
    c.changeSettings(onlyRules('absolute-claim=hint'));
    const hinted = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'absolute-claim' && d.severity === 4), m);
    assert.equal(hinted.version, 1);
    const m2 = c.mark;
    c.changeSettings(onlyRules());
    const off = await c.diagnostics(uri, () => true, m2);
    assert.deepEqual(off.diagnostics, []);
    c.changeSettings(onlyRules('absolute-claim'));
    c.close(uri);
  });

  it('registers for settings changes and for .clinical-lint.json changes', () => {
    const methods = client().registrations.map((r) => r.method);
    assert.ok(methods.includes('workspace/didChangeConfiguration'), methods.join());
    const watch = client().registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watch);
    assert.deepEqual((watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/.clinical-lint.json']);
  });
});

describe('language server: pushed settings (client without workspace/configuration)', function () {
  const caps = structuredClone(FULL_CAPABILITIES);
  delete caps.workspace!.configuration;
  const client = useClient({ capabilities: caps, initializationOptions: { settings: onlyRules() } });

  it('uses initializationOptions.settings, then the settings of didChangeConfiguration', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    const off = await c.diagnosticsAt(uri, 1);
    assert.deepEqual(off.diagnostics, []);
    assert.equal(c.configurationRequests.length, 0);
    const m = c.mark;
    c.changeSettings(onlyRules('absolute-claim=warning'));
    const on = await c.diagnostics(uri, (p) => p.diagnostics.length > 0, m);
    assert.deepEqual([...new Set(codes(on.diagnostics))], ['absolute-claim']);
    assert.equal(on.diagnostics[0].severity, 2);
    c.close(uri);
  });
});

describe('language server: .clinical-lint.json', function () {
  let dir: string;
  let configFile: string;
  const client = useClient(() => {
    dir = tempDir();
    configFile = path.join(dir, '.clinical-lint.json');
    return { settings: onlyRules('absolute-claim'), rootUri: fileUri(dir) };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('re-lints open documents when the config file is created, changed and deleted', async () => {
    const c = client();
    const draft = path.join(dir, 'post.md');
    fs.writeFileSync(draft, CLAIM);
    const uri = fileUri(draft);
    c.open(uri, CLAIM);
    const first = await c.diagnosticsAt(uri, 1);
    assert.ok(codes(first.diagnostics).includes('absolute-claim'));

    // Created: the file turns the rule off (the file wins over settings).
    let m = c.mark;
    fs.writeFileSync(configFile, '{\n  // comments are fine\n  "rules": { "absolute-claim": "off" },\n}\n');
    c.watchedFilesChanged([{ uri: fileUri(configFile), type: FileChangeType.Created }]);
    const off = await c.diagnostics(uri, () => true, m);
    assert.deepEqual(off.diagnostics, []);

    // Changed: severity info.
    m = c.mark;
    fs.writeFileSync(configFile, '{ "rules": { "absolute-claim": "info" } }\n');
    c.watchedFilesChanged([{ uri: fileUri(configFile), type: FileChangeType.Changed }]);
    const info = await c.diagnostics(uri, (p) => p.diagnostics.length > 0, m);
    assert.ok(info.diagnostics.every((d) => d.code === 'absolute-claim' && d.severity === 3));

    // Deleted: back to the settings.
    m = c.mark;
    fs.rmSync(configFile);
    c.watchedFilesChanged([{ uri: fileUri(configFile), type: FileChangeType.Deleted }]);
    const back = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.severity === 1), m);
    assert.ok(codes(back.diagnostics).includes('absolute-claim'));
    c.close(uri);
  });

  it('publishes a malformed config file’s problems on the config file, applies the defaults, and clears them when fixed', async () => {
    const c = client();
    const draft = path.join(dir, 'other.md');
    const text = BAD_DIRECTIVE;
    fs.writeFileSync(draft, text);
    const configUri = fileUri(configFile);
    fs.writeFileSync(configFile, '{\n  "rules": { "absolute-claim": "loud" },\n  "colour": "blue"\n}\n');
    c.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Created }]);
    const m = c.mark;
    const uri = fileUri(draft);
    c.open(uri, text);
    const onConfig = await c.diagnostics(configUri, (p) => p.diagnostics.length > 0, m);
    assert.ok(onConfig.diagnostics.every((d) => d.code === 'config' && d.source === 'clinical-lint' && d.severity === 1));
    const messages = onConfig.diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /colour/);
    assert.match(messages, /absolute-claim/);
    const colour = onConfig.diagnostics.find((d) => d.message.includes('colour'))!;
    assert.equal(colour.range.start.line, 2, 'the unknown key is located on its line');
    // The document is still linted (defaults apply).
    const docDiags = await c.diagnosticsAt(uri, 1, m);
    assert.ok(codes(docDiags.diagnostics).includes('invalid-directive'));

    const m2 = c.mark;
    fs.writeFileSync(configFile, '{ "rules": { "absolute-claim": "warning" } }\n');
    c.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    const cleared = await c.diagnostics(configUri, () => true, m2);
    assert.deepEqual(cleared.diagnostics, []);
    c.close(uri);
    fs.rmSync(configFile);
    c.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Deleted }]);
  });

  it('reports invalid JSON in the config file', async () => {
    const c = client();
    const configUri = fileUri(configFile);
    fs.writeFileSync(configFile, '{ "rules": { "absolute-claim": "off" ');
    const m = c.mark;
    c.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Created }]);
    const uri = fileUri(path.join(dir, 'third.md'));
    c.open(uri, CLAIM);
    const onConfig = await c.diagnostics(configUri, (p) => p.diagnostics.length > 0, m);
    assert.match(onConfig.diagnostics[0].message, /invalid JSON/);
    // Defaults still apply: the broken file's "off" does not.
    const docDiags = await c.diagnosticsAt(uri, 1, m);
    assert.ok(codes(docDiags.diagnostics).includes('absolute-claim'));
    c.close(uri);
    fs.rmSync(configFile);
    c.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Deleted }]);
    await c.diagnostics(configUri, (p) => p.diagnostics.length === 0, m);
  });
});

describe('language server: workspace patterns and trust', function () {
  // A workspace .clinical-lint.json whose own disclaimer pattern marks this draft's line as its disclaimer.
  const TEXT = '# Sleep\n\nSleep helps most people feel better.\n\nOur house rules apply to everything above.\n';
  let dir: string;
  before(() => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, '.clinical-lint.json'), '{ "disclaimer": { "patterns": ["house rules"] } }\n');
    fs.writeFileSync(path.join(dir, 'post.md'), TEXT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const trusted of [true, false]) {
    it(`${trusted ? 'applies' : 'ignores'} the workspace file's patterns when the workspace is ${trusted ? '' : 'not '}trusted`, async () => {
      const c = await LspTestClient.start({ settings: onlyRules('missing-disclaimer'), rootUri: fileUri(dir), initializationOptions: { trusted } });
      try {
        const uri = fileUri(path.join(dir, 'post.md'));
        c.open(uri, TEXT);
        const p = await c.diagnosticsAt(uri, 1);
        assert.deepEqual(codes(p.diagnostics), trusted ? [] : ['missing-disclaimer']);
      } finally {
        await c.stop();
      }
    });
  }
});

describe('language server: untrusted workspace', function () {
  let dir: string;
  const client = useClient(() => {
    dir = tempDir();
    // A workspace file that tries to enable the network.
    fs.writeFileSync(path.join(dir, '.clinical-lint.json'), '{ "references": { "verifyOnline": true } }\n');
    return { settings: onlyRules(), rootUri: fileUri(dir), initializationOptions: { trusted: false } };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never verifies references online, whatever the workspace file says', async () => {
    const c = client();
    const draft = path.join(dir, 'post.md');
    fs.writeFileSync(draft, CLAIM);
    const uri = fileUri(draft);
    c.open(uri, CLAIM);
    await c.diagnosticsAt(uri, 1);
    const r = await c.request<{ status: string; checked: number }>('clinicalLint/verifyReferences', { uri });
    assert.equal(r.status, 'untrusted');
    assert.equal(r.checked, 0);
    c.close(uri);
  });
});

describe('language server: trusted workspace, verification off', function () {
  const client = useClient({ settings: onlyRules() });
  it('answers disabled when references.verifyOnline is false', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, CLAIM);
    await c.diagnosticsAt(uri, 1);
    const r = await c.request<{ status: string; message: string }>('clinicalLint/verifyReferences', { uri });
    assert.equal(r.status, 'disabled');
    assert.match(r.message, /verifyOnline/);
    c.close(uri);
  });
});
