// In-process tests of the server's pure parts: edit conversion, cross-file fixes, action kinds,
// skip reasons, URIs. (The protocol itself is tested against the spawned bundle in the other files.)

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, CreateFile, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { parseDocument } from '../../server/src/engine/document';
import { completeFixes, lintOptions, runTask, type DocumentCache } from '../../server/src/lsp/analysis';
import { DocumentCaches, knownRule } from '../../server/src/lsp/analyzer';
import { resolveConfig } from '../../server/src/engine/config';
import type { Diagnostic } from '../../server/src/engine/types';
import { codeActionsFor, kindMatches, type EditSupport } from '../../server/src/lsp/code-actions';
import { minimalEdit, toLspDiagnostic } from '../../server/src/lsp/convert';
import { skipReason, type CurrentLint } from '../../server/src/lsp/linter';
import { kindFor, isLintable, uriToPath } from '../../server/src/lsp/uris';
import { isOwnDocumentation, setGeneratedDocsDirs } from '../../server/src/lsp/rule-docs';
import { applyTextEdits, fileUri, tempDir } from './helpers';

/** A lint as the server keeps it: the given diagnostics, completed with "Disable RULE for this line" as the worker does. */
function lintWith(text: string, diagnostics: Diagnostic[], uri = 'file:///tmp/post.md'): CurrentLint {
  const config = resolveConfig({ settings: { rules: {} } });
  const doc = parseDocument(text, { uri, kind: 'markdown' });
  return { doc: TextDocument.create(uri, 'markdown', 3, text), gen: 0, epoch: 0, kind: 'markdown', config, diagnostics: completeFixes(doc, diagnostics, knownRule), doses: [] };
}

function params(uri: string, only?: string[]): CodeActionParams {
  return { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, context: { diagnostics: [], ...(only ? { only } : {}) } };
}

describe('language server units: minimalEdit', () => {
  it('replaces only the differing middle', () => {
    assert.deepEqual(minimalEdit('a cures b', 'a may help b'), { start: 2, end: 7, newText: 'may help' });
    assert.equal(minimalEdit('same', 'same'), null);
    assert.deepEqual(minimalEdit('', 'x'), { start: 0, end: 0, newText: 'x' });
    assert.deepEqual(minimalEdit('abc', ''), { start: 0, end: 3, newText: '' });
  });

  it('never splits a CRLF pair or a surrogate pair', () => {
    for (const [before, after] of [
      ['line\r\nnext', 'line\nnext'],
      ['a\r\nb', 'a\r\r\nb'],
      ['x😀y', 'x😃y'],
      ['😀', '😀😀'],
    ]) {
      const e = minimalEdit(before, after)!;
      assert.equal(before.slice(0, e.start) + e.newText + before.slice(e.end), after);
      for (const at of [e.start, e.end]) {
        assert.ok(!(before[at - 1] === '\r' && before[at] === '\n'), `splits CRLF at ${at} in ${JSON.stringify(before)}`);
        const hi = before.charCodeAt(at - 1);
        assert.ok(!(hi >= 0xd800 && hi <= 0xdbff), `splits a surrogate pair at ${at}`);
      }
    }
  });
});

describe('language server units: code action kinds', () => {
  it('matches requested kinds hierarchically', () => {
    assert.ok(kindMatches('source.fixAll.clinical-lint', undefined));
    assert.ok(kindMatches('source.fixAll.clinical-lint', ['source']));
    assert.ok(kindMatches('source.fixAll.clinical-lint', ['source.fixAll']));
    assert.ok(kindMatches('source.fixAll.clinical-lint', ['source.fixAll.clinical-lint']));
    assert.ok(!kindMatches('source.fixAll.clinical-lint', ['quickfix']));
    assert.ok(!kindMatches('source.fixAll.clinical-lint', ['source.fix']));
    assert.ok(kindMatches('quickfix', ['quickfix']));
  });
});

describe('language server units: fixes that edit another file', () => {
  const full: EditSupport = { documentChanges: true, createFiles: true };
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function diagnosticWithConfigFix(configFile: string, create: boolean): Diagnostic {
    return {
      ruleId: 'dose-range',
      severity: 'warning',
      message: 'No range',
      start: 0,
      end: 3,
      fixes: [
        { title: 'Replace', edits: [{ start: 0, end: 3, newText: 'Two' }], isPreferred: true },
        { title: 'Add a range for naltrexone to .clinical-lint.json', edits: [], fileEdits: [{ file: configFile, edits: [{ start: 1, end: 1, newText: '"doses": {}' }], create }] },
      ],
    };
  }

  it('creates the config file and edits it (CreateFile + TextDocumentEdit) when the client allows it', () => {
    const file = path.join(dir, 'new', '.clinical-lint.json');
    const lint = lintWith('One pill.\n', [diagnosticWithConfigFix(file, true)]);
    const actions = codeActionsFor(lint, params(lint.doc.uri, ['quickfix']), full, () => null, null, () => false);
    const add = actions.find((a) => a.title.startsWith('Add a range'))!;
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    const changes = add.edit!.documentChanges!;
    assert.equal((changes[0] as CreateFile).kind, 'create');
    assert.equal((changes[0] as CreateFile).uri, fileUri(file));
    const edit = changes[1] as TextDocumentEdit;
    assert.equal(edit.textDocument.uri, fileUri(file));
    assert.equal(edit.textDocument.version, null);
    // Offsets beyond the (empty) new file clamp to its end.
    assert.deepEqual(edit.edits[0].range.start, { line: 0, character: 0 });
  });

  it('edits an existing config file at the right line and column', () => {
    const file = path.join(dir, '.clinical-lint.json');
    const text = '{\n  "rules": {}\n}\n';
    fs.writeFileSync(file, text);
    const d = diagnosticWithConfigFix(file, false);
    d.fixes![1].fileEdits![0].edits = [{ start: text.indexOf('}'), end: text.indexOf('}'), newText: ' ' }];
    const lint = lintWith('One pill.\n', [d]);
    const lookup = (_uri: string, f: string): string | null => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null);
    const actions = codeActionsFor(lint, params(lint.doc.uri), full, lookup, null, () => false);
    const add = actions.find((a) => a.title.startsWith('Add a range'))!;
    const edit = add.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit.edits[0].range.start, { line: 1, character: 12 });
    assert.equal(applyTextEdits(text, edit.edits), '{\n  "rules": { }\n}\n');
  });

  it('skips such fixes when the client cannot apply documentChanges or create files', () => {
    const file = path.join(dir, 'missing', '.clinical-lint.json');
    const lint = lintWith('One pill.\n', [diagnosticWithConfigFix(file, true)]);
    for (const support of [
      { documentChanges: false, createFiles: false },
      { documentChanges: true, createFiles: false },
    ]) {
      const titles = codeActionsFor(lint, params(lint.doc.uri, ['quickfix']), support, () => null, null, () => false).map((a) => a.title);
      assert.ok(titles.includes('Replace'), titles.join());
      assert.ok(!titles.some((t) => t.startsWith('Add a range')), titles.join());
    }
  });

  it('uses plain `changes` edits for clients without documentChanges', () => {
    const lint = lintWith('One pill.\n', [diagnosticWithConfigFix('/nowhere/.clinical-lint.json', true)]);
    const replace = codeActionsFor(lint, params(lint.doc.uri, ['quickfix']), { documentChanges: false, createFiles: false }, () => null, null, () => false).find(
      (a) => a.title === 'Replace',
    )!;
    assert.deepEqual(replace.edit, { changes: { [lint.doc.uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: 'Two' }] } });
    assert.equal(replace.isPreferred, true);
  });

  it('adds "Disable RULE for this line" when a rule did not offer it', () => {
    const lint = lintWith('One pill.\n', [{ ruleId: 'absolute-claim', severity: 'error', message: 'x', start: 0, end: 3 }]);
    const titles = codeActionsFor(lint, params(lint.doc.uri), full, () => null, null, () => false).map((a) => a.title);
    assert.deepEqual(titles, ['Disable absolute-claim for this line']);
  });
});

describe('language server units: diagnostics and documents', () => {
  it('maps severities and carries rule id and version in data', () => {
    const doc = TextDocument.create('file:///x.md', 'markdown', 4, 'ab\r\ncd');
    const lsp = toLspDiagnostic(doc, { ruleId: 'dose-range', severity: 'info', message: 'm', start: 4, end: 6, data: { mg: 5 } }, 4);
    assert.equal(lsp.severity, 3);
    assert.deepEqual(lsp.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
    assert.equal(lsp.code, 'dose-range');
    assert.equal(lsp.source, 'clinical-lint');
    assert.deepEqual(lsp.data, { ruleId: 'dose-range', version: 4, start: 4, end: 6, fixes: [], details: { mg: 5 } });
    assert.equal(toLspDiagnostic(doc, { ruleId: 'x', severity: 'hint', message: 'm', start: 0, end: 0 }, 4).severity, 4);
    assert.equal(toLspDiagnostic(doc, { ruleId: 'x', severity: 'hint', message: 'm', start: 0, end: 0 }, 4).codeDescription, undefined);
  });

  it('says why a document is skipped', () => {
    const config = resolveConfig({ settings: { maxFileSize: 10 } });
    assert.equal(skipReason('short', config), null);
    assert.match(skipReason('a much longer text', config)!, /too large/);
    assert.match(skipReason('é'.repeat(6), config)!, /too large/, 'counts UTF-8 bytes');
    assert.match(skipReason('a\u0000b', config)!, /NUL/);
  });

  it('knows file URIs, kinds and its own config file', () => {
    assert.equal(uriToPath('file:///tmp/a%20b.md'), '/tmp/a b.md');
    assert.equal(uriToPath('untitled:Untitled-1'), null);
    assert.equal(kindFor('untitled:Untitled-1', 'markdown'), 'markdown');
    assert.equal(kindFor('file:///a/notes.txt', 'plaintext'), 'plaintext');
    assert.equal(kindFor('file:///a/post.md'), 'markdown');
    assert.equal(kindFor('file:///a/notes.txt'), 'plaintext');
    assert.equal(isLintable('file:///a/.clinical-lint.json'), false);
    assert.equal(isLintable('file:///a/post.md', 'markdown'), true);
  });

  it("knows its own documentation (the docs folder beside the sources or bundle) from a user's files of the same name", () => {
    const docs = path.resolve(__dirname, '..', '..', 'docs');
    assert.equal(isOwnDocumentation(fileUri(path.join(docs, 'rules', 'dose-range.md'))), true);
    assert.equal(isOwnDocumentation(fileUri(path.join(docs, 'rules', 'no-such-page.md'))), true, 'inside the folder, on disk or not');
    assert.equal(isOwnDocumentation(fileUri(path.join(docs, 'rules', '..', '..', 'README.md'))), false);
    assert.equal(isOwnDocumentation(fileUri(`${docs}-old/rules/dose-range.md`)), false, 'a sibling folder whose name starts the same');
    assert.equal(isOwnDocumentation(fileUri('/home/someone/clinical-lint/docs/rules/dose-range.md')), false, "a clone of the repository is the user's");
    assert.equal(isOwnDocumentation('untitled:dose-range.md'), false);
    const dir = tempDir();
    try {
      const generated = path.join(dir, 'rule-docs');
      setGeneratedDocsDirs([generated]);
      assert.equal(isOwnDocumentation(fileUri(path.join(generated, 'new-rule.md'))), true, 'pages the client wrote for rules the package lacks');
      assert.equal(isOwnDocumentation(fileUri(path.join(dir, 'new-rule.md'))), false);
    } finally {
      setGeneratedDocsDirs([]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server units: per-document caches in the lint worker', () => {
  const input = (uri: string, text: string) => ({ uri, text, kind: 'markdown' as const, config: resolveConfig() });
  const draft = (n: number): string => `# Draft ${n}\n\nTurmeric cures arthritis in ${n} weeks.\n\nGinger may ease nausea.\n`;

  it('parses incrementally from the first lint, and keeps the trees of only the two most recently opened drafts', () => {
    const caches = new DocumentCaches(32, 2);
    const uris = [0, 1, 2, 3].map((i) => `file:///tmp/open-${i}.md`);
    for (const [i, uri] of uris.entries()) runTask('lint', input(uri, draft(i)), knownRule, caches.get(uri));
    const map = (caches as unknown as { map: Map<string, DocumentCache> }).map;
    assert.deepEqual(
      uris.filter((u) => map.get(u)!.parse !== undefined),
      uris.slice(2),
    );
    // Typing in an older one gives it a parse cache again (and it then stays: it is being edited).
    runTask('lint', input(uris[0], draft(0) + 'x'), knownRule, caches.get(uris[0]));
    assert.ok(map.get(uris[0])!.parse);
  });

  it('keeps the parse cache of a document being edited, however many drafts are opened after it', () => {
    const caches = new DocumentCaches(32, 2);
    const edited = 'file:///tmp/edited.md';
    runTask('lint', input(edited, draft(1)), knownRule, caches.get(edited));
    runTask('lint', input(edited, draft(1) + '\nMore text.\n'), knownRule, caches.get(edited));
    for (let i = 0; i < 5; i++) runTask('lint', input(`file:///tmp/other-${i}.md`, draft(i)), knownRule, caches.get(`file:///tmp/other-${i}.md`));
    const map = (caches as unknown as { map: Map<string, DocumentCache> }).map;
    assert.ok(map.get(edited)!.parse, 'the edited document keeps its parse cache');
    assert.equal([...map.values()].filter((c) => c.parse !== undefined && c.lints === 1).length, 2);
  });

  it('re-lints in the background (a settings change) do not make opened drafts count as edited', () => {
    const caches = new DocumentCaches(32, 2);
    const map = (caches as unknown as { map: Map<string, DocumentCache> }).map;
    const uris = [0, 1, 2, 3, 4].map((i) => `file:///tmp/relint-${i}.md`);
    const lint = (uri: string, text: string, background: boolean): void => {
      const c = caches.get(uri);
      c.background = background; // what the lint worker sets from the task
      runTask('lint', input(uri, text), knownRule, c);
    };
    for (const [i, uri] of uris.entries()) lint(uri, draft(i), true);
    for (const [i, uri] of uris.entries()) lint(uri, draft(i), true);
    assert.equal([...map.values()].filter((c) => c.parse !== undefined).length, 2, 'trees of two drafts only');
    assert.ok(uris.every((u) => map.get(u)!.editing !== true));
    // A keystroke (a lint the author waits for) makes one an edited draft, which keeps its tree.
    lint(uris[0], draft(0) + 'x', false);
    assert.equal(map.get(uris[0])!.editing, true);
    for (const [i, uri] of uris.slice(1).entries()) lint(uri, draft(i + 1), true);
    assert.ok(map.get(uris[0])!.parse);
  });

  it('remembers sentence results while editing and for a draft opened on its own, not for drafts opened in a burst', () => {
    const opts = (flags: DocumentCache): boolean | undefined => lintOptions(input('file:///tmp/x.md', draft(1)), [], flags).remember;
    assert.equal(opts({ background: true, alone: false }), false, 'one of many opened drafts');
    assert.equal(opts({ background: true, alone: true }), true, 'a draft opened on its own');
    assert.equal(opts({ lints: 1, background: false }), true, 'second lint, the author waited for it');
    assert.equal(opts({ lints: 1, background: true, alone: true }), false, 'second lint in the background (settings change)');
    assert.equal(opts({ lints: 5, editing: true, background: true }), true, 'an edited draft re-linted in the background');
    assert.equal(lintOptions(input('file:///tmp/x.md', draft(1)), []).remember, undefined, 'no cache (fix all, CLI-like): the engine decides');
  });

  it('a lint with the cache from the first lint on gives the same diagnostics as a plain lint, edit after edit', () => {
    const caches = new DocumentCaches(32, 2);
    const uri = 'file:///tmp/same.md';
    let text = draft(7) + '\n## More\n\nVitamin D prevents falls [1].\n\n1. Doe J. A trial. 2020.\n';
    for (const insert of ['', ' clearly', ' always', '\n\nIt is proven safe.']) {
      text = text.replace('nausea.', `nausea${insert}.`);
      const cached = runTask('lint', input(uri, text), knownRule, caches.get(uri));
      const plain = runTask('lint', input(uri, text), knownRule);
      assert.deepEqual(cached, plain);
    }
  });
});
