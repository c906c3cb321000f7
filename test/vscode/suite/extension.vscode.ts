// The extension as an author meets it: installed, activated on Markdown, re-linting on settings and
// .clinical-lint.json changes, hovers, commands, the Claims view, the status bar, and a server that survives a crash.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, applyCodeAction, closeAllEditors, deleteFile, describeDiagnostics, lintDiagnostics, openDraft,
  quickFixesFor, replaceText, setSetting, waitFor, waitForDiagnostic, waitForLinted, waitForNoDiagnostic, workspaceRoot,
  writeFile,
} from './helpers';

interface TestApi {
  client(): { isRunning(): boolean };
  claims: { refresh(): Promise<void>; current: { uri?: vscode.Uri; claims: readonly { text: string; status: string }[] }; getChildren(node?: unknown): unknown[] };
  statusBar: { text: string; update(): void };
  restarts: { exitCount: number; noticesShown: number };
}

const DISCLAIMER = '\n\nThis post is general information, not medical advice: talk to your own doctor before changing any treatment.\n';
const REFS = '\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x\n';

let api: TestApi;

suite('extension: installed, activated, contributed', () => {
  test('activates on a Markdown draft and returns its API', async () => {
    const { uri } = await openDraft('activation/hello.md', '# Hello\n\nOne forum suggested 50 mg at bedtime.' + DISCLAIMER);
    const ext = vscode.extensions.getExtension<TestApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    api = await waitFor('activation', async () => (ext!.isActive ? ext!.exports : undefined));
    assert.ok(api.client().isRunning(), 'the language client is running');
    await waitForDiagnostic(uri, 'dose-range', /50 mg/);
    console.log(`    VS Code ${vscode.version}, ${vscode.env.appName}, remote=${vscode.env.remoteName ?? 'none'}, extension at ${ext!.extensionPath}`);
  });

  test('the extension under test is the packaged VSIX when the e2e runner says so', function () {
    const expectedDir = process.env.CLINICAL_LINT_E2E_EXTENSIONS_DIR;
    if (!expectedDir) return this.skip(); // @vscode/test-electron runs the development folder
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(ext.extensionPath.startsWith(expectedDir), `${ext.extensionPath} is under ${expectedDir}`);
    assert.equal(ext.packageJSON.isUnderDevelopment, false, 'not a development extension');
    // A VSIX ships bundles, not sources: the client's TypeScript must not be there.
    return vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'client', 'src', 'extension.ts')).then(
      () => assert.fail('client/src/extension.ts is in the installed extension'),
      () => undefined,
    );
  });

  test('contributes its commands, settings with descriptions, schema validation and grammar', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['lintWorkspace', 'fixAll', 'insertDisclaimer', 'verifyReferences', 'exportReport', 'showRuleDocs']) {
      assert.ok(commands.includes(`clinical-lint.${id}`), `command clinical-lint.${id}`);
    }
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const props = pkg.contributes.configuration.properties as Record<string, { markdownDescription?: string; default?: unknown }>;
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription && p.markdownDescription.length > 10, `${key} has a description`);
    const inspected = vscode.workspace.getConfiguration('clinicalLint').inspect('doses.defaultRange');
    assert.deepEqual(inspected?.defaultValue, { min: 1, max: 5, unit: 'mg', basis: 'per dose' });
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['clinicalLint.references.verifyOnline']);
    assert.equal(pkg.contributes.grammars[0].injectTo[0], 'text.html.markdown');
  });

  test('.clinical-lint.json is validated against the contributed schema', async () => {
    const uri = await writeFile('schema-check/.clinical-lint.json', '{\n  "rules": { "dose-range": "loud" }\n}\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // VS Code's JSON language features validate it with our schema (contributes.jsonValidation): "loud" is not a severity.
    const d = await waitFor('a schema diagnostic on "loud"', () =>
      vscode.languages.getDiagnostics(uri).find((x) => /loud|not accepted|Valid values/i.test(x.message) && x.source !== 'clinical-lint'), 60_000,
      () => vscode.languages.getDiagnostics(uri).map((x) => `${x.source}: ${x.message}`).join(' | '));
    assert.equal(doc.getText(d.range), '"loud"');
    await closeAllEditors();
    await deleteFile('schema-check/.clinical-lint.json');
  });
});

suite('extension: re-linting on configuration changes', () => {
  teardown(async () => {
    await setSetting('clinicalLint.doses.defaultRange', undefined);
    await setSetting('clinicalLint.rules', undefined);
  });

  test('changing a setting re-lints open drafts', async () => {
    const { uri } = await openDraft('settings/dose.md', '# Dosing\n\nSome patients take 8 mg at bedtime.' + DISCLAIMER);
    await waitForDiagnostic(uri, 'dose-range', /8 mg/);
    await setSetting('clinicalLint.doses.defaultRange', { min: 1, max: 10, unit: 'mg', basis: 'per dose' });
    await waitForNoDiagnostic(uri, 'dose-range');
    await setSetting('clinicalLint.doses.defaultRange', undefined);
    const d = await waitForDiagnostic(uri, 'dose-range', /8 mg/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    await setSetting('clinicalLint.rules', { 'dose-range': 'error' });
    await waitFor('dose-range as an error', () => lintDiagnostics(uri, 'dose-range').find((x) => x.severity === vscode.DiagnosticSeverity.Error), 30_000, () => describeDiagnostics(uri));
  });

  test('editing .clinical-lint.json re-lints open drafts; the nearest file wins over settings', async () => {
    const { uri } = await openDraft('config/dose.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime.' + DISCLAIMER);
    await waitForDiagnostic(uri, 'dose-range', /50 mg/);
    await writeFile('config/.clinical-lint.json', '{\n  // the clinic prescribes up to 100 mg\n  "doses": { "defaultRange": { "min": 1, "max": 100 } }\n}\n');
    await waitForNoDiagnostic(uri, 'dose-range');
    await writeFile('config/.clinical-lint.json', '{ "rules": { "dose-range": "error" } }\n');
    await waitFor('dose-range as an error from the config file', () => lintDiagnostics(uri, 'dose-range').find((x) => x.severity === vscode.DiagnosticSeverity.Error), 30_000, () => describeDiagnostics(uri));
    await setSetting('clinicalLint.rules', { 'dose-range': 'info' });
    // The file still wins over the setting: a fresh lint (new text) still reports an error.
    const doc = await vscode.workspace.openTextDocument(uri);
    await replaceText(doc, '# Dosing\n\nOne forum suggested 60 mg at bedtime.' + DISCLAIMER);
    const fresh = await waitForDiagnostic(uri, 'dose-range', /60 mg/);
    assert.equal(fresh.severity, vscode.DiagnosticSeverity.Error);
    await deleteFile('config/.clinical-lint.json');
    await waitFor('dose-range from the setting once the file is gone', () => lintDiagnostics(uri, 'dose-range').find((x) => x.severity === vscode.DiagnosticSeverity.Information), 30_000, () => describeDiagnostics(uri));
  });
});

suite('extension: hover, fix-all, commands, views', () => {
  suiteTeardown(() => closeAllEditors());

  test('hover on a flagged span explains why, what to do, and links the rule page', async () => {
    const { uri } = await openDraft('hover/dose.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime.' + DISCLAIMER);
    const d = await waitForDiagnostic(uri, 'dose-range', /50 mg/);
    const hovers = await waitFor('a hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start.translate(0, 1));
      return h?.length ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /dose-range/);
    assert.match(text, /\]\([^)]*dose-range[^)]*\)/, 'a link to the rule page');
    assert.ok(text.replace(/\s+/g, ' ').length > 120, `a rationale, not just a title: ${text}`);
  });

  test('Fix All applies every preferred fix, and source.fixAll.clinical-lint is offered for codeActionsOnSave', async () => {
    const { uri, doc } = await openDraft('fixall/draft.md', '# LDN for fatigue\n\nMany of our patients ask about LDN after a viral illness [1].' + REFS);
    await waitForDiagnostic(uri, 'missing-disclaimer');
    const fixAllActions = await waitFor('source.fixAll.clinical-lint action', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.clinical-lint');
      return a?.find((x) => x.kind?.value === 'source.fixAll.clinical-lint');
    }, 20_000);
    assert.ok(fixAllActions.edit || fixAllActions.command, 'the fix-all action does something');
    const result = await vscode.commands.executeCommand<{ applied: number }>('clinical-lint.fixAll', uri);
    assert.ok(result && result.applied >= 1, `applied ${result?.applied}`);
    await waitForNoDiagnostic(uri, 'missing-disclaimer');
    assert.match(doc.getText(), /medical advice|doctor|pharmacist/i);
  });

  test('the quick-fix menu offers "Fix all" without computing it; VS Code resolves its edit when it is picked', async () => {
    const { uri, doc } = await openDraft('fixall/lazy.md', '# Turmeric\n\nTurmeric cures arthritis.\n\nFish oil cures depression.' + DISCLAIMER);
    const d = await waitForDiagnostic(uri, 'absolute-claim');
    const actions = await quickFixesFor(uri, d, (a) => a.isPreferred === true);
    assert.ok(actions.length > 0);
    // The menu as Ctrl+. asks for it (no kind): the fix-all action comes without its edit, nothing resolved.
    const menu = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range)) ?? [];
    const lazy = menu.find((a) => a.kind?.value === 'source.fixAll.clinical-lint');
    assert.ok(lazy, menu.map((a) => a.title).join(' / '));
    assert.equal(lazy.edit, undefined, 'not computed for the menu');
    // Picked: VS Code resolves it (codeAction/resolve), and the edit fixes both claims.
    const resolved = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, undefined, 100)) ?? [];
    const fixAll = resolved.find((a) => a.kind?.value === 'source.fixAll.clinical-lint');
    assert.ok(fixAll?.edit, 'resolved with its edit');
    await applyCodeAction(fixAll);
    await waitForNoDiagnostic(uri, 'absolute-claim');
    assert.doesNotMatch(doc.getText(), /\bcures\b/);
  });

  test('Insert Disclaimer inserts the configured template once', async () => {
    await setSetting('clinicalLint.disclaimer.template', 'Riverside Clinic: this is general information, not medical advice for you. Talk to your own doctor.');
    try {
      const { uri, doc } = await openDraft('disclaimer/draft.md', '# LDN\n\nMany of our patients ask about LDN.\n');
      await waitForDiagnostic(uri, 'missing-disclaimer');
      const r1 = await vscode.commands.executeCommand<{ alreadyPresent: boolean }>('clinical-lint.insertDisclaimer', uri);
      assert.equal(r1?.alreadyPresent, false);
      assert.match(doc.getText(), /Riverside Clinic: this is general information/);
      await waitForNoDiagnostic(uri, 'missing-disclaimer');
      const r2 = await vscode.commands.executeCommand<{ alreadyPresent: boolean }>('clinical-lint.insertDisclaimer', uri);
      assert.equal(r2?.alreadyPresent, true);
      assert.equal(doc.getText().split('Riverside Clinic').length, 2, 'inserted once');
    } finally {
      await setSetting('clinicalLint.disclaimer.template', undefined);
    }
  });

  test('Export Review Report writes Markdown and HTML reports and opens them beside the editor', async () => {
    const { uri } = await openDraft('report/draft.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime. A trial agreed [9].' + REFS + DISCLAIMER);
    await waitForDiagnostic(uri, 'dose-range', /50 mg/);
    const r = await vscode.commands.executeCommand<{ markdown: vscode.Uri; html: vscode.Uri; documents: number }>('clinical-lint.exportReport', 'document');
    assert.ok(r, 'a report');
    assert.equal(r.documents, 1);
    assert.equal(r.markdown.path, vscode.Uri.joinPath(workspaceRoot(), 'clinical-lint-report.md').path);
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(r.markdown));
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(r.html));
    assert.match(md, /dose-range/);
    assert.match(md, /50 mg/);
    assert.match(html, /<html[\s>]/i);
    assert.match(html, /dose-range/);
    assert.doesNotMatch(html, /<script\b/i, 'self-contained and script-free');
    await waitFor('the Markdown preview and the HTML report open', () => {
      const all = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      const preview = all.some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
      const report = all.some((t) => t.input instanceof vscode.TabInputWebview && /clinicalLint\.report/.test(t.input.viewType));
      return preview && report;
    }, 20_000, () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label}:${t.input instanceof vscode.TabInputWebview ? t.input.viewType : ''}`).join(', '));
  });

  test('Lint Workspace lints drafts that are not open and fills the Problems panel', async () => {
    const unopened = await writeFile('workspace-lint/not-open.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime.' + DISCLAIMER);
    await writeFile('workspace-lint/node_modules/pkg/readme.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime.\n');
    const r = await vscode.commands.executeCommand<{ linted: number; diagnostics: number; cancelled: boolean }>('clinical-lint.lintWorkspace');
    assert.ok(r && r.linted >= 1 && !r.cancelled, JSON.stringify(r));
    await waitForDiagnostic(unopened, 'dose-range', /50 mg/);
    const skipped = vscode.Uri.joinPath(workspaceRoot(), 'workspace-lint/node_modules/pkg/readme.md');
    assert.equal(lintDiagnostics(skipped).length, 0, 'node_modules is skipped');
  });

  test('Show Rule Documentation opens the shipped page in the Markdown preview', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri>('clinical-lint.showRuleDocs', 'missing-disclaimer');
    assert.ok(page, 'a page');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(page.toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'missing-disclaimer.md').toString(), 'the page shipped in the VSIX');
    await waitFor('a Markdown preview tab for missing-disclaimer.md', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && /missing-disclaimer/.test(t.label)), 20_000,
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
  });

  test("The shipped rule page is not linted; the same text in the workspace is", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'dose-range.md');
    await vscode.commands.executeCommand('clinical-lint.showRuleDocs', 'dose-range');
    await waitFor('the Markdown preview to open the page', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === page.toString()), 20_000);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
    // Opened after the page: once the copy is linted, the page (same text, opened first) would have been too.
    const { uri } = await openDraft('rule-page-copy/docs/rules/dose-range.md', text);
    await waitForLinted(uri);
    assert.equal(lintDiagnostics(page).length, 0, `the shipped page: ${describeDiagnostics(page)}`);
  });

  test('"Show documentation for RULE" is offered next to the fixes', async () => {
    const { uri } = await openDraft('docs-action/dose.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime.' + DISCLAIMER);
    const d = await waitForDiagnostic(uri, 'dose-range', /50 mg/);
    const isDocs = (a: vscode.CodeAction) => a.title === 'Show documentation for dose-range';
    const action = (await quickFixesFor(uri, d, isDocs)).find(isDocs)!;
    assert.equal(action.command?.command, 'clinical-lint.showRuleDocs');
    await applyCodeAction(action);
  });

  test('Verify References says why nothing was checked when online lookups are off (no network)', async () => {
    const { uri } = await openDraft('verify/draft.md', '# LDN\n\nA pilot trial found less pain [1].' + REFS + DISCLAIMER);
    const r = await vscode.commands.executeCommand<{ status: string; message: string }>('clinical-lint.verifyReferences', uri);
    assert.ok(r, 'a result');
    assert.ok(['disabled', 'untrusted'].includes(r.status), `status ${r.status}: ${r.message}`);
    assert.ok(r.message.length > 10, r.message);
  });

  test('the Claims view lists the active draft\'s claims, grouped by status', async () => {
    const { uri } = await openDraft('claims/draft.md', '# LDN\n\nLow-dose naltrexone cures fibromyalgia.\n\nLDN lowers pain scores in people with fibromyalgia.\n\nA pilot trial found that LDN may reduce pain in some patients [1].' + REFS + DISCLAIMER);
    await waitFor('diagnostics', () => lintDiagnostics(uri).length > 0 || undefined);
    await waitFor('claims for the draft', async () => {
      await api.claims.refresh();
      return api.claims.current.uri?.toString() === uri.toString() && api.claims.current.claims.length > 0;
    }, 30_000, () => JSON.stringify(api.claims.current));
    const groups = api.claims.getChildren() as { kind: string; status: string; claims: { text: string }[] }[];
    assert.deepEqual(groups.map((g) => g.status), ['absolute', 'unsupported', 'hedged', 'supported']);
    const all = groups.flatMap((g) => g.claims.map((c) => `${g.status}: ${c.text}`));
    assert.ok(all.some((c) => /^absolute: .*cures/.test(c)), all.join(' | '));
    // Selecting a claim reveals it.
    const absolute = groups.find((g) => g.status === 'absolute')!;
    const [node] = api.claims.getChildren(absolute) as { claim: { range: { start: { line: number } } } }[];
    const item = (api.claims as unknown as { getTreeItem(n: unknown): vscode.TreeItem }).getTreeItem(node);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.selection.start.line, node.claim.range.start.line);
  });

  test('the walkthrough opens, and its first step opens the sample draft as an untitled copy that is linted', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthrough = ext.packageJSON.contributes.walkthroughs[0];
    assert.equal(walkthrough.steps.length, 3);
    for (const step of walkthrough.steps) await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, step.media.markdown));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    await waitFor('the walkthrough tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /Walkthrough|Welcome|Review a medical draft/i.test(t.label)), 20_000,
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('clinical-lint.openSample');
    assert.ok(editor, 'an editor');
    try {
      assert.equal(editor.document.uri.scheme, 'untitled');
      assert.equal(editor.document.languageId, 'markdown');
      assert.match(editor.document.getText(), /naltrexone/i);
      await waitFor('diagnostics on the untitled sample', () => lintDiagnostics(editor.document.uri).length > 0 || undefined, 30_000);
    } finally {
      // Leave no untitled document behind (closing it would ask to save).
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the status bar counts the active draft\'s problems', async () => {
    const { uri } = await openDraft('status/draft.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime. Another said 40 mg.\n');
    await waitFor('three problems', () => lintDiagnostics(uri).length >= 3 || undefined, 30_000, () => describeDiagnostics(uri));
    const warnings = lintDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    await waitFor(`status bar "$(warning) ${warnings}"`, () => api.statusBar.text.includes(`$(warning) ${warnings}`), 10_000, () => api.statusBar.text);
  });
});

suite('extension: the language server crashes', () => {
  test('it is restarted, linting resumes, and the user is told once', async function () {
    if (process.platform === 'win32') return this.skip();
    const serverPids = () => execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n').filter((l) => /dist[\\/]server\.js/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
    const [first] = await waitFor('a language server process', () => { const p = serverPids(); return p.length ? p : undefined; });
    const { uri, doc } = await openDraft('crash/draft.md', '# Dosing\n\nSome take 5 mg.' + DISCLAIMER);
    const exitsBefore = api.restarts.exitCount;
    assert.equal(exitsBefore, 0, `the language server had already stopped ${exitsBefore} time(s) before this test: see Output › Clinical Lint`);
    for (let round = 0; round < 2; round++) {
      const [pid] = await waitFor('a language server process', () => { const p = serverPids(); return p.length ? p : undefined; });
      process.kill(pid, 'SIGKILL');
      await waitFor('a new language server process', () => serverPids().some((p) => p !== pid) || undefined, 30_000);
      await waitFor('the client running again', () => api.client().isRunning() || undefined, 30_000);
    }
    assert.ok(!serverPids().includes(first));
    assert.equal(api.restarts.exitCount - exitsBefore, 2);
    assert.equal(api.restarts.noticesShown, 1, 'one notification for two crashes');
    await replaceText(doc, '# Dosing\n\nSome take 60 mg.' + DISCLAIMER);
    await waitForDiagnostic(uri, 'dose-range', /60 mg/);
  });
});
