// Restricted Mode (an untrusted workspace): Clinical Lint still lints, but never goes online, whatever the
// workspace's settings or .clinical-lint.json say. The e2e runner runs this file alone, in a second code-server
// whose profile has workspace trust on (CLINICAL_LINT_E2E_UNTRUSTED=1); the workspace holds
//   .vscode/settings.json   { "clinicalLint.references.verifyOnline": true }
//   .clinical-lint.json     { "references": { "verifyOnline": true } }
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDraft, waitFor, waitForDiagnostic } from './helpers';

suite('untrusted workspace (Restricted Mode)', () => {
  test('the workspace is untrusted and Clinical Lint is active in limited mode', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const { uri } = await openDraft('untrusted.md', '# Dosing\n\nOne forum suggested 50 mg at bedtime [1].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x\n\nThis post is general information, not medical advice: talk to your own doctor.\n');
    await waitFor('activation', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive || undefined);
    await waitForDiagnostic(uri, 'dose-range', /50 mg/);
  });

  test('the workspace cannot turn on online lookups: the setting is restricted', async () => {
    const settingsFile = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    const asked = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile)));
    assert.equal(asked['clinicalLint.references.verifyOnline'], true, 'the workspace asks for online lookups');
    // In Restricted Mode VS Code drops restricted settings from the workspace: the value is not even seen.
    const inspected = vscode.workspace.getConfiguration('clinicalLint').inspect<boolean>('references.verifyOnline');
    assert.equal(inspected?.workspaceValue, undefined);
    assert.equal(vscode.workspace.getConfiguration('clinicalLint').get('references.verifyOnline'), false);
  });

  test('Verify References refuses to go online even though .clinical-lint.json asks for it', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'untrusted.md');
    const r = await vscode.commands.executeCommand<{ status: string; checked: number; message: string }>('clinical-lint.verifyReferences', uri);
    assert.ok(r, 'a result');
    assert.equal(r.status, 'untrusted', r.message);
    assert.equal(r.checked, 0);
  });
});
