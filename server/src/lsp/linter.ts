// Linting open documents: debounced on change, never publishing stale results.
//
// Every content change bumps the document's generation. A lint captures the generation it started
// for and publishes only if the document is still open (same state object) and still at that
// generation after the (asynchronous) configuration lookup and after linting. Closing a document
// drops its state, so nothing can be published for it afterwards except the clearing notification.

import type { Connection } from 'vscode-languageserver/node';
import { MessageType } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { lintText, type LintResult } from '../engine/lint';
import type { ResolvedConfig } from '../engine/config';
import { sizeProblem } from '../engine/input';
import type { ConfigStore } from './config-store';
import { toLspDiagnostic } from './convert';
import { baseName, isLintable, kindFor } from './uris';
import { configWithExternal } from './verify';

export interface CurrentLint {
  doc: TextDocument;
  gen: number;
  epoch: number;
  config: ResolvedConfig;
  result: LintResult;
}

interface DocState {
  gen: number;
  timer?: NodeJS.Timeout;
  last?: CurrentLint;
  /** Skip reasons already shown to the user for this document (one notification each). */
  notified: Set<string>;
}

/** Why a document is not linted (too large or not text), or null. */
export function skipReason(text: string, config: ResolvedConfig): string | null {
  if (text.indexOf('\0') >= 0) return 'contains NUL characters (binary file?)';
  const max = config.maxFileSize;
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: count bytes only when the text could be over the limit.
  if (text.length * 3 > max) return sizeProblem(Buffer.byteLength(text, 'utf8'), max);
  return null;
}

export class DocumentLinter {
  private readonly states = new Map<string, DocState>();
  private readonly failedRules = new Set<string>();
  /** Results computed outside the engine (online reference checks), per document URI. */
  readonly external = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configs: ConfigStore,
    private readonly debounceMs: number,
  ) {}

  isOpen(uri: string): boolean {
    return this.states.has(uri);
  }

  opened(doc: TextDocument): void {
    if (!isLintable(doc.uri, doc.languageId)) return;
    this.states.set(doc.uri, { gen: 0, notified: new Set() });
    this.schedule(doc.uri, 0);
  }

  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return;
    state.gen++;
    this.schedule(doc.uri, this.debounceMs);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    this.external.delete(uri);
    this.configs.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Shutting down: stop every pending lint; nothing is published any more. */
  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
  }

  /** Re-lint every open document (settings or config files changed). */
  relintAll(): void {
    for (const uri of this.states.keys()) this.schedule(uri, 0);
  }

  relint(uri: string): void {
    if (this.states.has(uri)) this.schedule(uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.lintAndPublish(uri, state).catch((e) => this.connection.console.error(`Clinical Lint: linting ${uri} failed: ${errorText(e)}`));
    }, delay);
  }

  private async lintAndPublish(uri: string, state: DocState): Promise<void> {
    const lint = await this.lintState(uri, state);
    if (lint === undefined) return; // stale or closed: a newer lint publishes
    if (this.states.get(uri) !== state || state.gen !== lint.gen) return;
    // Settings changed meanwhile: the re-lint scheduled for the new settings publishes.
    if (lint.result && lint.result.epoch !== this.configs.epoch) return;
    if (lint.result === null) {
      void this.connection.sendDiagnostics({ uri, version: lint.doc.version, diagnostics: [] });
      return;
    }
    const { doc, result } = lint.result;
    void this.connection.sendDiagnostics({
      uri,
      version: doc.version,
      diagnostics: result.diagnostics.map((d) => toLspDiagnostic(doc, d, doc.version)),
    });
  }

  /**
   * The lint of the document's current text (cached per generation and config epoch).
   * undefined: closed or changed while waiting; result null: the document is skipped (too large, NUL).
   */
  private async lintState(uri: string, state: DocState): Promise<{ gen: number; doc: TextDocument; result: CurrentLint | null } | undefined> {
    const gen = state.gen;
    if (state.last && state.last.gen === gen && state.last.epoch === this.configs.epoch) return { gen, doc: state.last.doc, result: state.last };
    const epoch = this.configs.epoch;
    const external = this.external.get(uri);
    const config = configWithExternal((await this.configs.configFor(uri)).config, external);
    const doc = this.documents.get(uri);
    if (!doc || this.states.get(uri) !== state || state.gen !== gen) return undefined;
    const text = doc.getText();
    const skip = skipReason(text, config);
    if (skip) {
      state.last = undefined;
      this.notifySkipped(uri, state, skip);
      return { gen, doc, result: null };
    }
    const result = lintText(text, {
      uri,
      kind: kindFor(uri, doc.languageId),
      config,
      external,
      onRuleError: (ruleId, error) => this.ruleFailed(ruleId, error),
    });
    const lint: CurrentLint = { doc, gen, epoch, config, result };
    if (this.states.get(uri) === state && state.gen === gen && this.configs.epoch === epoch) state.last = lint;
    return { gen, doc, result: lint };
  }

  /** The lint of an open document's current text, for code actions and hovers; null when closed or skipped. */
  async current(uri: string): Promise<CurrentLint | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const state = this.states.get(uri);
      if (!state) return null;
      const lint = await this.lintState(uri, state);
      if (lint !== undefined) return lint.result;
    }
    return null;
  }

  private notifySkipped(uri: string, state: DocState, reason: string): void {
    const key = reason.replace(/\d[\d.,]*/g, '#');
    if (state.notified.has(key)) return;
    state.notified.add(key);
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `Clinical Lint skipped ${baseName(uri)}: ${reason}.`,
    });
  }

  /** A rule threw: its diagnostics are dropped (by lintText); log once per rule id. */
  ruleFailed(ruleId: string, error: unknown): void {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    this.connection.console.error(`Clinical Lint: rule '${ruleId}' failed and was skipped; the other rules still ran. ${errorText(error)}`);
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}
