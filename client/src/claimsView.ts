// The Claims view (Explorer): the active draft's claims from clinicalLint/claims, grouped by status.
// Selecting a claim reveals it in the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, Commands, type ClaimItem, type ClaimsParams, type ClaimsResult } from '../../server/src/lsp/protocol';

type Status = ClaimItem['status'];

const GROUPS: { status: Status; label: string; icon: string; color: string; hint: string }[] = [
  { status: 'absolute', label: 'Absolute', icon: 'error', color: 'problemsErrorIcon.foreground', hint: 'Absolute language: no treatment always works.' },
  { status: 'unsupported', label: 'Unsupported', icon: 'warning', color: 'problemsWarningIcon.foreground', hint: 'Efficacy claims with no citation.' },
  { status: 'hedged', label: 'Hedged', icon: 'info', color: 'problemsInfoIcon.foreground', hint: 'Claims with appropriate hedging.' },
  { status: 'supported', label: 'Supported', icon: 'pass', color: 'testing.iconPassed', hint: 'Claims backed by a citation.' },
];

const STRENGTH_LABEL: Record<ClaimItem['strength'], string> = {
  none: 'no causal claim',
  correlational: 'correlational',
  conditional: 'conditional',
  direct: 'direct causal',
};

export type ClaimsNode =
  | { kind: 'group'; status: Status; claims: ClaimItem[] }
  | { kind: 'claim'; claim: ClaimItem; uri: vscode.Uri };

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private claims: ClaimItem[] = [];
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves when the refresh in flight (if any) has finished: for tests and commands. */
  lastRefresh: Promise<void> = Promise.resolve();

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Follow the active editor and the server's re-lints. */
  attach(): void {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // The server re-lints after every change and then publishes diagnostics: a good moment to ask for claims again.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.scheduleRefresh();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.uri && doc.uri.toString() === this.uri.toString()) this.refresh();
      }),
    );
  }

  /** The claims currently shown, and for which document. */
  get current(): { uri: vscode.Uri | undefined; claims: readonly ClaimItem[] } {
    return { uri: this.uri, claims: this.claims };
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 250);
  }

  refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    const linted = doc && (doc.languageId === 'markdown' || doc.languageId === 'plaintext');
    if (!doc || !linted) {
      // Keep the last draft's claims while another kind of editor (or none) is active, unless the draft was closed.
      if (this.uri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.uri!.toString())) {
        this.uri = undefined;
        this.claims = [];
        this.changed.fire(undefined);
      }
      return (this.lastRefresh = Promise.resolve());
    }
    if (!client || !client.isRunning()) return (this.lastRefresh = Promise.resolve());
    const params: ClaimsParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
    this.lastRefresh = client.sendRequest<ClaimsResult>(ClaimsRequest, params).then(
      (result) => {
        if (generation !== this.generation) return;
        this.uri = doc.uri;
        this.claims = Array.isArray(result?.claims) ? result.claims : [];
        this.changed.fire(undefined);
      },
      (error: Error) => {
        if (generation !== this.generation) return;
        client.warn(`Claims view: ${error.message}`, undefined, false);
      },
    );
    return this.lastRefresh;
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) {
      if (!this.uri) return [];
      return GROUPS.map((g) => ({ kind: 'group' as const, status: g.status, claims: this.claims.filter((c) => c.status === g.status) }));
    }
    if (node.kind === 'group') {
      const uri = this.uri!;
      return [...node.claims]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((claim) => ({ kind: 'claim' as const, claim, uri }));
    }
    return [];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const g = GROUPS.find((x) => x.status === node.status)!;
      const expand = node.claims.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.status === 'absolute' || node.status === 'unsupported'
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(g.label, expand);
      item.id = `group:${g.status}`;
      item.description = String(node.claims.length);
      item.tooltip = g.hint;
      item.iconPath = new vscode.ThemeIcon(g.icon, new vscode.ThemeColor(g.color));
      item.contextValue = 'claimGroup';
      return item;
    }
    const { claim, uri } = node;
    const text = claim.text.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(text.length > 90 ? `${text.slice(0, 89)}…` : text, vscode.TreeItemCollapsibleState.None);
    item.description = `line ${claim.range.start.line + 1} · ${STRENGTH_LABEL[claim.strength] ?? claim.strength}`;
    item.tooltip = new vscode.MarkdownString().appendText(text).appendMarkdown(`\n\n*${claim.status}*, ${STRENGTH_LABEL[claim.strength] ?? claim.strength}`);
    item.contextValue = `claim.${claim.status}`;
    const range = new vscode.Range(claim.range.start.line, claim.range.start.character, claim.range.end.line, claim.range.end.character);
    item.command = { command: Commands.revealClaim, title: 'Reveal Claim', arguments: [uri, range] };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
