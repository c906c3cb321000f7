// Status bar: Clinical Lint's problem counts for the active draft; a click opens the Problems panel.

import * as vscode from 'vscode';

const LINTED_LANGUAGES = new Set(['markdown', 'plaintext']);

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  byRule: Map<string, number>;
}

export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[], source: string): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, infos: 0, hints: 0, byRule: new Map() };
  for (const d of diagnostics) {
    if (d.source !== source) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) counts.infos++;
    else counts.hints++;
    const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? 'unknown');
    counts.byRule.set(rule, (counts.byRule.get(rule) ?? 0) + 1);
  }
  return counts;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export class DiagnosticsStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly source: string) {
    this.item = vscode.window.createStatusBarItem('clinicalLint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Clinical Lint';
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  /** The text shown now (for tests). */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LINTED_LANGUAGES.has(doc.languageId)) {
      this.item.hide();
      return;
    }
    const c = countDiagnostics(vscode.languages.getDiagnostics(doc.uri), this.source);
    const total = c.errors + c.warnings + c.infos + c.hints;
    if (total === 0) {
      this.item.text = '$(pass) Clinical Lint';
      this.item.tooltip = 'Clinical Lint: no problems in this draft.';
      this.item.backgroundColor = undefined;
    } else {
      const parts = [`$(error) ${c.errors}`, `$(warning) ${c.warnings}`];
      if (c.infos + c.hints) parts.push(`$(info) ${c.infos + c.hints}`);
      this.item.text = `Clinical Lint ${parts.join(' ')}`;
      const tooltip = new vscode.MarkdownString(
        `**Clinical Lint** — ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos + c.hints, 'note')} in this draft\n\n` +
          [...c.byRule.entries()].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `- \`${rule}\`: ${n}`).join('\n') +
          '\n\nClick to open the Problems panel.',
      );
      this.item.tooltip = tooltip;
      this.item.backgroundColor = c.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
