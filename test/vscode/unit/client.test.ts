// Unit tests for the parts of the VS Code client that need no editor: the restart policy and the manifest's
// agreement with the schema and the engine (the extension-host suite covers the rest in a real VS Code).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RestartPolicy } from '../../../client/src/restartPolicy';
import { linkRulePagesToPreview } from '../../../client/src/ruleLinks';
import { Commands } from '../../../server/src/lsp/protocol';
import { defaultConfig } from '../../../server/src/engine/config';

const root = path.resolve(__dirname, '..', '..', '..');

describe('client: RestartPolicy', () => {
  function policy(now: { t: number }) {
    const notices: string[] = [];
    const p = new RestartPolicy({ notify: (m) => notices.push(m), now: () => now.t, baseDelayMs: 500, maxDelayMs: 8000, maxExits: 5, windowMs: 180_000 });
    return { p, notices };
  }

  it('restarts with exponential backoff and tells the user once', () => {
    const now = { t: 0 };
    const { p, notices } = policy(now);
    const delays = [];
    for (let i = 0; i < 5; i++) {
      const d = p.onServerExit();
      assert.equal(d.restart, true);
      delays.push(d.delayMs);
      now.t += 1000;
    }
    assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000]);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /restarted/);
  });

  it('gives up, saying so, when the server keeps dying', () => {
    const now = { t: 0 };
    const { p } = policy(now);
    for (let i = 0; i < 5; i++) p.onServerExit();
    const d = p.onServerExit();
    assert.equal(d.restart, false);
    assert.match(d.message ?? '', /will not be restarted/);
    assert.equal(p.noticesShown, 2);
  });

  it('forgets old crashes: a server that ran for a while restarts quickly again', () => {
    const now = { t: 0 };
    const { p, notices } = policy(now);
    for (let i = 0; i < 4; i++) p.onServerExit();
    now.t += 10 * 60_000;
    const d = p.onServerExit();
    assert.deepEqual([d.restart, d.delayMs], [true, 500]);
    assert.equal(notices.length, 1, 'still told only once');
  });
});

describe('client: extension manifest', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'clinical-lint.schema.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties as Record<string, { default?: unknown; markdownDescription?: string }>;

  it('is up to date with scripts/manifest.mjs (settings generated from the schema)', () => {
    const r = spawnSync(process.execPath, ['scripts/manifest.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('contributes a setting for every schema option, with a description and the engine default', () => {
    const defaults = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    for (const [key, node] of Object.entries(schema.properties as Record<string, { type?: string; properties?: object }>)) {
      if (key === '$schema') continue;
      const leafKeys = node.type === 'object' && node.properties && key !== 'rules' && key !== 'builtinStatements'
        ? Object.keys(node.properties).map((k) => `${key}.${k}`)
        : [key];
      for (const leaf of leafKeys) {
        const setting = props[`clinicalLint.${leaf}`];
        assert.ok(setting, `clinicalLint.${leaf} is contributed`);
        assert.ok((setting.markdownDescription ?? '').length > 10, `clinicalLint.${leaf} has a description`);
        if (leaf === 'rules') continue;
        const [a, b] = leaf.split('.');
        assert.deepEqual(setting.default, b ? defaults[a][b] : defaults[a], `default of clinicalLint.${leaf}`);
      }
    }
    assert.deepEqual(Object.keys((props['clinicalLint.rules'] as { properties: object }).properties), schema.properties.rules.propertyNames.enum);
  });

  it('contributes every protocol command, activates on Markdown and plain text only, restricts online lookups', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => {
      assert.equal(c.category, 'Clinical Lint');
      return c.command;
    });
    for (const id of Object.values(Commands)) assert.ok(contributed.includes(id), id);
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['clinicalLint.references.verifyOnline']);
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.clinical-lint.json', url: './schemas/clinical-lint.schema.json' }]);
    assert.equal(pkg.contributes.walkthroughs[0].steps.length, 3);
    assert.deepEqual(pkg.categories, ['Linters']);
  });
});

describe('client: rule-page links in hovers', () => {
  it('turns links to shipped rule pages into Show Rule Documentation commands, and leaves other links alone', () => {
    const md = 'Why it matters. [Rule documentation: dose-range](file:///ext/docs/rules/dose-range.md) and [Crossref](https://www.crossref.org/)';
    const out = linkRulePagesToPreview(md);
    assert.match(out, /\[Rule documentation: dose-range\]\(command:clinical-lint\.showRuleDocs\?%5B%22dose-range%22%5D "Open the dose-range page"\)/);
    assert.match(out, /\[Crossref\]\(https:\/\/www\.crossref\.org\/\)/);
    assert.equal(linkRulePagesToPreview('no links'), 'no links');
  });
});
