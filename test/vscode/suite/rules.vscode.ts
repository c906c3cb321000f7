// Every rule, in the real editor: its diagnostic appears with the right code, severity, range and rule-page link,
// and its quick fix (through vscode.executeCodeActionProvider, as the editor asks for it) makes it go away.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  applyCodeAction, closeAllEditors, describeDiagnostics, lintDiagnostics, openDraft, quickFixesFor, ruleOf, waitFor,
  waitForDiagnostic, waitForNoDiagnostic, writeFile,
} from './helpers';

const DISCLAIMER = '\n\nThis post is general information, not medical advice: talk to your own doctor before changing any treatment.\n';

interface RuleCase {
  rule: string;
  /** Folder name when a rule has more than one case. */
  id?: string;
  severity: vscode.DiagnosticSeverity;
  /** The draft; it carries a disclaimer unless the case is about disclaimers. */
  draft: string;
  /** A .clinical-lint.json next to the draft (each case has its own folder). */
  config?: object;
  /** The flagged text: the diagnostic's range must cover text matching this. */
  flagged: RegExp;
  /** Text in the same draft that must not be flagged by this rule (a near miss). */
  notFlagged?: RegExp;
  /** Which quick fix to apply; default: the preferred fix, else the first that is not "Disable …". */
  fix?: RegExp;
  /** Set while the rule is still a stub in the server: the test is then listed as pending with this reason. */
  pending?: string;
}

const Sev = vscode.DiagnosticSeverity;

const CASES: RuleCase[] = [
  {
    rule: 'absolute-claim',
    severity: Sev.Error,
    draft: '# LDN\n\nLow-dose naltrexone cures fibromyalgia in most patients [1].\n\nLow-dose naltrexone may ease pain for some patients [1].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x' + DISCLAIMER,
    flagged: /cures/,
    notFlagged: /may ease/,
  },
  {
    rule: 'unsupported-claim',
    severity: Sev.Warning,
    draft: '# LDN\n\nLDN lowers pain scores in people with fibromyalgia.\n\nA pilot trial found that LDN may lower pain scores [1].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x' + DISCLAIMER,
    flagged: /lowers/,
    notFlagged: /may lower pain/,
  },
  {
    rule: 'vague-attribution',
    severity: Sev.Warning,
    draft: '# LDN\n\nStudies show that LDN helps with fatigue.\n\nYounger and Mackey reported less pain in a pilot study [1].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x' + DISCLAIMER,
    flagged: /Studies show/,
    notFlagged: /Younger and Mackey/,
  },
  {
    rule: 'missing-disclaimer',
    severity: Sev.Warning,
    draft: '# Low-dose naltrexone for fatigue\n\nMany of our patients ask about LDN for fatigue after a viral illness.\n',
    flagged: /./,
    fix: /Insert disclaimer at the end/,
  },
  {
    rule: 'required-statement',
    severity: Sev.Warning,
    config: { requiredStatements: [{ id: 'pharmacist', when: ['naltrexone'], require: ['pharmacist'], message: 'Tell readers to check interactions with their pharmacist.', template: 'Ask your pharmacist whether naltrexone interacts with your other medicines.' }] },
    draft: '# Naltrexone\n\nWe sometimes prescribe naltrexone at low doses.' + DISCLAIMER,
    flagged: /./,
  },
  {
    rule: 'dose-range',
    severity: Sev.Warning,
    draft: '# Dosing\n\nMost patients take 5 mg at bedtime. One forum suggested 50 mg at bedtime.' + DISCLAIMER,
    flagged: /50 mg/,
    notFlagged: /\b5 mg/,
  },
  {
    rule: 'dose-range',
    id: 'dose-range-drug',
    severity: Sev.Warning,
    draft: '# Dosing\n\nOne forum suggested 12 mg of low-dose naltrexone nightly.' + DISCLAIMER,
    flagged: /12 mg/,
    // A cross-file fix: it writes the drug's range into .clinical-lint.json, which re-lints the draft once saved.
    fix: /^Add a range for .* to \.clinical-lint\.json/,
  },
  {
    rule: 'reference-identifier',
    severity: Sev.Warning,
    draft: '# LDN\n\nA survey found better sleep [1].\n\n## References\n\n1. Parker R et al. Low-dose naltrexone and quality of life in chronic illness. Journal of Integrative Care. 2021.' + DISCLAIMER,
    flagged: /Parker/,
  },
  {
    rule: 'uncited-reference',
    severity: Sev.Information,
    draft: '# LDN\n\nA pilot trial found less pain [1].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x\n2. Parker R, Lee T. Low-dose naltrexone and quality of life. J Integr Care. 2021;4:10-19. PMID: 31234567' + DISCLAIMER,
    flagged: /Parker/,
    notFlagged: /Younger/,
  },
  {
    rule: 'unmatched-citation',
    severity: Sev.Warning,
    draft: '# LDN\n\nA pilot trial found less pain [1]. A later trial agreed [9].\n\n## References\n\n1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med. 2009;10(4):663-672. doi:10.1111/j.1526-4637.2009.00613.x' + DISCLAIMER,
    flagged: /9/,
    notFlagged: /\[1\]/,
  },
  {
    rule: 'missing-author',
    severity: Sev.Warning,
    config: { rules: { 'missing-author': 'warning' } },
    draft: '---\ntitle: LDN\n---\n\n# LDN for fatigue\n\nWe prescribe it for some patients.' + DISCLAIMER,
    flagged: /./,
  },
  {
    rule: 'stale-review',
    severity: Sev.Warning,
    config: { rules: { 'stale-review': 'warning' } },
    draft: '---\ntitle: LDN\nauthor: Dr Jane Doe\nreviewed: 2019-01-01\n---\n\n# LDN for fatigue\n\nWe prescribe it for some patients.' + DISCLAIMER,
    flagged: /2019-01-01/,
  },
  {
    rule: 'unverified-reference',
    severity: Sev.Warning,
    draft: '',
    flagged: /./,
    pending: 'needs the online lookup (Crossref/NCBI); the suite makes no network calls — covered by the server\'s tests against a local stub',
  },
];

function docsTarget(d: vscode.Diagnostic): vscode.Uri | undefined {
  return typeof d.code === 'object' && d.code ? d.code.target : undefined;
}

suite('rules: diagnostics and quick fixes in the editor', () => {
  suiteTeardown(() => closeAllEditors());

  for (const c of CASES) {
    if (c.pending) {
      test(`${c.rule}: pending (${c.pending})`);
      continue;
    }
    const folder = `rules/${c.id ?? c.rule}`;
    const file = `${folder}/draft.md`;

    const name = c.id ?? c.rule;
    test(`${name}: reported with code, severity, range and rule-page link`, async () => {
      if (c.config) await writeFile(`${folder}/.clinical-lint.json`, JSON.stringify(c.config, null, 2));
      const { uri, doc } = await openDraft(file, c.draft);
      const d = await waitForDiagnostic(uri, c.rule, c.flagged);
      assert.equal(d.source, 'clinical-lint');
      assert.equal(ruleOf(d), c.rule);
      assert.equal(d.severity, c.severity, `severity of ${c.rule}: ${describeDiagnostics(uri)}`);
      assert.ok(!d.range.isEmpty || c.rule === 'missing-disclaimer', `${c.rule} has an empty range`);
      assert.ok(d.range.end.line < doc.lineCount, 'range inside the document');
      assert.match(doc.getText(d.range), c.flagged);
      assert.ok(d.message.length > 20, `a message a reviewer can act on: "${d.message}"`);
      const target = docsTarget(d);
      assert.ok(target, `${c.rule} has a codeDescription link`);
      assert.match(target!.toString(), new RegExp(`${c.rule}(\\.md)?$`));
      if (c.notFlagged) {
        const near = lintDiagnostics(uri, c.rule).filter((x) => c.notFlagged!.test(doc.getText(x.range)));
        assert.deepEqual(near.map((x) => doc.getText(x.range)), [], `${c.rule} must not flag ${c.notFlagged}`);
      }
    });

    test(`${name}: its quick fix applies and the diagnostic goes away`, async () => {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, file);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const d = await waitForDiagnostic(uri, c.rule, c.flagged);
      const disable = new RegExp(`^Disable ${c.rule} for this (line|file)`);
      const fixes = await quickFixesFor(uri, d, (a) => disable.test(a.title));
      const titles = fixes.map((f) => f.title);
      // The case's fix, else the preferred one, else "Disable RULE for this line" (every rule offers it).
      const chosen = c.fix ? fixes.find((f) => c.fix!.test(f.title)) : fixes.find((f) => f.isPreferred) ?? fixes.find((f) => disable.test(f.title));
      assert.ok(chosen, `a fix for ${c.rule} among: ${titles.join(' / ')}`);
      console.log(`      applying "${chosen!.title}"`);
      await applyCodeAction(chosen!);
      // Cross-file fixes (e.g. a range added to .clinical-lint.json) take effect when saved, as for an author.
      await vscode.workspace.saveAll(false);
      await waitForNoDiagnostic(uri, c.rule, c.flagged);
      assert.equal(lintDiagnostics(uri, c.rule).filter((x) => c.flagged.test(doc.getText(x.range))).length, 0);
      await waitFor('the fixed draft re-linted', () => lintDiagnostics(uri).every((x) => x.range.end.line < doc.lineCount));
    });
  }

  test('every shipped rule has a case here', async () => {
    const ext = vscode.extensions.getExtension('clinical-lint.clinical-lint')!;
    const ids = Object.keys(ext.packageJSON.contributes.configuration.properties['clinicalLint.rules'].properties);
    assert.deepEqual(ids.filter((id) => !CASES.some((c) => c.rule === id)), []);
  });
});
