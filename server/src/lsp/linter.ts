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
import type { ResolvedConfig } from '../engine/config';
import type { Diagnostic, DocumentKind } from '../engine/types';
import { sizeProblem } from '../engine/input';
import type { DocumentInput, HoverDose, RuleError } from './analysis';
import type { Analyzer, Outcome } from './analyzer';
import type { ConfigStore } from './config-store';
import { toLspDiagnostic } from './convert';
import { baseName, isLintable, kindFor } from './uris';
import { isOwnDocumentation } from './rule-docs';
import { configWithExternal } from './verify';

/**
 * The lint of an open document at one generation: everything the server keeps per document. No parsed
 * document, no Markdown tree (tasks that need them parse again): diagnostics with their fixes and the doses
 * hovers describe.
 */
export interface CurrentLint {
  /** The live document (its text is the linted text while `gen` is the document's generation). */
  doc: TextDocument;
  gen: number;
  epoch: number;
  kind: DocumentKind;
  config: ResolvedConfig;
  diagnostics: Diagnostic[];
  doses: HoverDose[];
}

interface DocState {
  gen: number;
  timer?: NodeJS.Timeout;
  last?: CurrentLint;
  /** The lint running for this document (shared by the publisher and requests waiting for it). */
  pending?: { gen: number; epoch: number; promise: Promise<LintAt | undefined> };
  /** Skip reasons already shown to the user for this document (one notification each). */
  notified: Set<string>;
  /** The lint of this generation and epoch failed (timed out, crashed): not retried until the next change. */
  failed?: { gen: number; epoch: number };
}

type LintAt = { gen: number; doc: TextDocument; result: CurrentLint | null; timing?: LintTiming };

/** Where a lint's time went (ms), logged with CLINICAL_LINT_TRACE=1 (bench/lsp.ts reads it). */
interface LintTiming {
  started: number;
  /** Settings and config file. */
  config: number;
  /** The task itself, in the worker. */
  task: number;
  /** From handing the text to the worker until its result was back, minus `task` (queueing, transfer). */
  transfer: number;
}

const TRACE = process.env.CLINICAL_LINT_TRACE === '1';

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
    readonly analyzer: Analyzer,
  ) {}

  isOpen(uri: string): boolean {
    return this.states.has(uri);
  }

  opened(doc: TextDocument): void {
    // Not drafts: the config file, and the rule pages hover links open (their examples are bad claims on purpose).
    // Never linted, so nothing was published for them; hovers and code actions find no lint and offer nothing.
    if (!isLintable(doc.uri, doc.languageId) || isOwnDocumentation(doc.uri)) return;
    this.states.set(doc.uri, { gen: 0, notified: new Set() });
    this.schedule(doc.uri, 0, 'low');
  }

  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return;
    state.gen++;
    state.last = undefined; // its diagnostics no longer match the text: drop them now
    this.schedule(doc.uri, this.debounceMs, 'high');
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    this.external.delete(uri);
    this.configs.forget(uri);
    this.analyzer.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Shutting down: stop every pending lint; nothing is published any more. */
  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    this.analyzer.dispose();
  }

  /** Re-lint every open document (settings or config files changed). */
  relintAll(): void {
    for (const uri of this.states.keys()) this.schedule(uri, 0, 'low');
  }

  relint(uri: string): void {
    if (this.states.has(uri)) this.schedule(uri, 0, 'high');
  }

  private schedule(uri: string, delay: number, priority: 'high' | 'low'): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.lintAndPublish(uri, state, priority).catch((e) => this.connection.console.error(`Clinical Lint: linting ${uri} failed: ${errorText(e)}`));
    }, delay);
  }

  private async lintAndPublish(uri: string, state: DocState, priority: 'high' | 'low'): Promise<void> {
    const lint = await this.lintState(uri, state, priority);
    if (lint === undefined) return; // stale or closed: a newer lint publishes
    if (this.states.get(uri) !== state || state.gen !== lint.gen) return;
    // Settings changed meanwhile: the re-lint scheduled for the new settings publishes.
    if (lint.result && lint.result.epoch !== this.configs.epoch) return;
    if (lint.result === null) {
      void this.connection.sendDiagnostics({ uri, version: lint.doc.version, diagnostics: [] });
      return;
    }
    const { doc, diagnostics } = lint.result;
    const converting = performance.now();
    void this.connection.sendDiagnostics({
      uri,
      version: doc.version,
      diagnostics: diagnostics.map((d) => toLspDiagnostic(doc, d, doc.version)),
    });
    const t = lint.timing;
    if (TRACE && t) {
      const f = (x: number): string => x.toFixed(2);
      const end = performance.now();
      this.connection.console.log(
        `Clinical Lint trace: ${uri} v${doc.version}: total ${f(end - t.started)} ms = settings ${f(t.config)} + lint ${f(t.task)} + queue/transfer ${f(t.transfer)} + convert/send ${f(end - converting)} (+ other ${f(converting - t.started - t.config - t.task - t.transfer)})`,
      );
    }
  }

  /**
   * The lint of the document's current text (cached per generation and config epoch; one lint at a time per
   * document, shared by everyone waiting for it). undefined: closed or changed while waiting; result null:
   * the document is skipped (too large, NUL) or its lint failed (timed out, crashed).
   */
  private lintState(uri: string, state: DocState, priority: 'high' | 'low'): Promise<LintAt | undefined> {
    const gen = state.gen;
    const epoch = this.configs.epoch;
    if (state.last && state.last.gen === gen && state.last.epoch === epoch) return Promise.resolve({ gen, doc: state.last.doc, result: state.last });
    // A lint that hung or crashed is not run again for every hover and code action (editors ask on each cursor move).
    const doc = this.documents.get(uri);
    if (doc && state.failed && state.failed.gen === gen && state.failed.epoch === epoch) return Promise.resolve({ gen, doc, result: null });
    if (state.pending && state.pending.gen === gen && state.pending.epoch === epoch) {
      if (priority === 'high') this.analyzer.promote?.(uri);
      return state.pending.promise;
    }
    const promise = this.lintNow(uri, state, gen, epoch, priority);
    state.pending = { gen, epoch, promise };
    const clear = (): void => {
      if (state.pending?.promise === promise) state.pending = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  private async lintNow(uri: string, state: DocState, gen: number, epoch: number, priority: 'high' | 'low'): Promise<LintAt | undefined> {
    const started = performance.now();
    const external = this.external.get(uri);
    const config = configWithExternal((await this.configs.configFor(uri)).config, external);
    const configured = performance.now();
    const doc = this.documents.get(uri);
    if (!doc || this.states.get(uri) !== state || state.gen !== gen) return undefined;
    const text = doc.getText();
    const skip = skipReason(text, config);
    if (skip) {
      state.last = undefined;
      this.notifySkipped(uri, state, skip);
      return { gen, doc, result: null };
    }
    const kind = kindFor(uri, doc.languageId);
    const outcome = await this.analyzer.run('lint', { uri, text, kind, config, external }, { key: uri, priority });
    const returned = performance.now();
    if (this.states.get(uri) !== state || state.gen !== gen) return undefined;
    if (!outcome.ok) {
      if (outcome.reason === 'superseded' || outcome.reason === 'disposed') return undefined;
      this.lintFailed(uri, state, outcome);
      state.last = undefined;
      state.failed = { gen, epoch };
      return { gen, doc, result: null };
    }
    this.reportRuleErrors(outcome.value.ruleErrors);
    const lint: CurrentLint = { doc, gen, epoch, kind, config, diagnostics: outcome.value.diagnostics, doses: outcome.value.doses };
    if (this.configs.epoch === epoch) state.last = lint;
    const task = outcome.ms ?? NaN;
    return { gen, doc, result: lint, timing: { started, config: configured - started, task, transfer: returned - configured - task } };
  }

  /** Is `lint` still the lint of its document's current text and settings? (checked after every await) */
  isCurrent(lint: CurrentLint): boolean {
    const state = this.states.get(lint.doc.uri);
    return !!state && state.gen === lint.gen && this.configs.epoch === lint.epoch;
  }

  /**
   * Run `f` on the current lint of an open document; when the document changes while `f` awaits (its result
   * would be for an older text), run it again on the new lint (three attempts). null: closed, skipped or stale.
   */
  async withCurrent<T>(uri: string, f: (lint: CurrentLint) => Promise<T>): Promise<{ lint: CurrentLint; value: T } | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const lint = await this.current(uri);
      if (!lint) return null;
      const value = await f(lint);
      if (this.isCurrent(lint)) return { lint, value };
    }
    return null;
  }

  /** The input for another task on the same text as `lint` (call synchronously after `current()`). */
  inputFor(lint: CurrentLint): DocumentInput {
    return { uri: lint.doc.uri, text: lint.doc.getText(), kind: lint.kind, config: lint.config, external: this.external.get(lint.doc.uri) };
  }

  reportRuleErrors(errors: RuleError[]): void {
    for (const e of errors) this.ruleFailed(e.ruleId, e.error);
  }

  private lintFailed(uri: string, state: DocState, outcome: Extract<Outcome<unknown>, { ok: false }>): void {
    this.connection.console.error(`Clinical Lint: linting ${uri} failed (${outcome.reason}): ${outcome.message}`);
    const reason =
      outcome.reason === 'timeout'
        ? `linting it took too long (${outcome.message}); it is linted again after the next change`
        : `linting it failed (${outcome.reason === 'crashed' ? 'the lint worker crashed' : 'internal error'}); it is linted again after the next change`;
    this.notifySkipped(uri, state, reason, outcome.reason);
  }

  /** The lint of an open document's current text, for code actions and hovers; null when closed or skipped. */
  async current(uri: string): Promise<CurrentLint | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const state = this.states.get(uri);
      if (!state) return null;
      const lint = await this.lintState(uri, state, 'high');
      if (lint !== undefined) return lint.result;
    }
    return null;
  }

  private notifySkipped(uri: string, state: DocState, reason: string, key = reason.replace(/\d[\d.,]*/g, '#')): void {
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
