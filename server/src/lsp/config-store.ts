// Configuration per document for the language server:
// built-in defaults < editor settings (`clinicalLint`, pulled per document with workspace/configuration when the
// client supports it, else pushed with didChangeConfiguration) < the nearest .clinical-lint.json.
// Problems in a config file are published as diagnostics on that file; the defaults still apply.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { ConfigCache, loadConfigFile, resolveConfig, type ClinicalLintConfig, type LoadedConfigFile, type ResolvedConfig } from '../engine/config';
import { detachedDocument, SOURCE, toRange } from './convert';
import { uriToPath } from './uris';

export const SETTINGS_SECTION = 'clinicalLint';
export const CONFIG_RULE_ID = 'config';

export interface ConfigStoreOptions {
  /** The client answers workspace/configuration. */
  pullSettings: boolean;
  /** False in an untrusted workspace. */
  trusted: boolean;
  /** Folder whose .clinical-lint.json applies to documents that are not files (untitled:), if any. */
  workspaceRoot: string | null;
  /** Settings sent in initializationOptions (for clients that cannot answer workspace/configuration). */
  initialSettings?: ClinicalLintConfig;
}

export interface DocumentConfig {
  config: ResolvedConfig;
  file: LoadedConfigFile | null;
}

function asSettings(v: unknown): ClinicalLintConfig {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as ClinicalLintConfig) : {};
}

export class ConfigStore {
  /** Bumped whenever settings or config files change: results computed under an older epoch are stale. */
  epoch = 0;
  private readonly files = new ConfigCache();
  private readonly settingsByUri = new Map<string, Promise<ClinicalLintConfig>>();
  private pushedSettings: ClinicalLintConfig;
  /** Config files (URI) -> key of the diagnostics last published on them. */
  private readonly published = new Map<string, string>();
  private readonly lastLoaded = new Map<string, LoadedConfigFile>();

  constructor(
    private readonly connection: Connection,
    private readonly opts: ConfigStoreOptions,
  ) {
    this.pushedSettings = asSettings(opts.initialSettings);
  }

  get trusted(): boolean {
    return this.opts.trusted;
  }

  /** didChangeConfiguration: forget pulled settings; take pushed ones when the client pushes them. */
  settingsChanged(pushed: unknown): void {
    this.epoch++;
    this.settingsByUri.clear();
    if (pushed !== null && typeof pushed === 'object' && SETTINGS_SECTION in (pushed as object)) {
      this.pushedSettings = asSettings((pushed as Record<string, unknown>)[SETTINGS_SECTION]);
    }
  }

  /** A .clinical-lint.json was created, changed or deleted. */
  configFilesChanged(): void {
    this.epoch++;
    this.files.clear();
  }

  /** Results cached under the current epoch are stale (e.g. new online reference results). */
  invalidate(): void {
    this.epoch++;
  }

  forget(uri: string): void {
    this.settingsByUri.delete(uri);
  }

  private settingsFor(uri: string): Promise<ClinicalLintConfig> {
    if (!this.opts.pullSettings) return Promise.resolve(this.pushedSettings);
    let p = this.settingsByUri.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (v: unknown) => asSettings(v),
        (e: unknown) => {
          this.connection.console.warn(`Clinical Lint: could not read settings for ${uri} (${String((e as Error)?.message ?? e)}); using defaults.`);
          return this.pushedSettings;
        },
      );
      this.settingsByUri.set(uri, p);
    }
    return p;
  }

  private configFileFor(uri: string): LoadedConfigFile | null {
    const file = uriToPath(uri);
    const dir = file ? path.dirname(file) : this.opts.workspaceRoot;
    if (!dir) return null;
    try {
      return this.files.fileFor(dir);
    } catch (e) {
      this.connection.console.error(`Clinical Lint: looking for .clinical-lint.json from ${dir} failed: ${String(e)}`);
      return null;
    }
  }

  async configFor(uri: string): Promise<DocumentConfig> {
    const settings = await this.settingsFor(uri);
    const file = this.configFileFor(uri);
    if (file) this.publishProblems(file);
    let config: ResolvedConfig;
    try {
      config = resolveConfig({ settings, file, trusted: this.opts.trusted });
    } catch (e) {
      this.connection.console.error(`Clinical Lint: settings could not be applied (${String(e)}); using defaults.`);
      config = resolveConfig({ trusted: this.opts.trusted });
    }
    return { config, file };
  }

  /** Publish (or clear) the problems of a config file as diagnostics on it, when they changed. */
  publishProblems(loaded: LoadedConfigFile): void {
    const uri = pathToFileURL(loaded.file).href;
    // The cache hands out the same object until the file changes: nothing new to say.
    if (this.lastLoaded.get(uri) === loaded) return;
    this.lastLoaded.set(uri, loaded);
    let diagnostics: LspDiagnostic[] = [];
    if (loaded.problems.length) {
      let text = '';
      try {
        text = fs.readFileSync(loaded.file, 'utf8');
      } catch {
        /* positions fall back to the start */
      }
      const doc = detachedDocument(uri, text, 'jsonc');
      diagnostics = loaded.problems.map((p) => ({
        range: toRange(doc, Math.min(p.start, text.length), Math.min(Math.max(p.end, p.start), text.length)),
        severity: DiagnosticSeverity.Error,
        code: CONFIG_RULE_ID,
        source: SOURCE,
        message: `${p.message}. The defaults apply instead.`,
      }));
    }
    const key = JSON.stringify(diagnostics);
    const before = this.published.get(uri);
    if (before === key || (before === undefined && !diagnostics.length)) return;
    this.published.set(uri, key);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** After config files changed on disk: re-check every config file we reported on (clears fixed or deleted ones). */
  recheckPublished(): void {
    for (const uri of [...this.published.keys()]) {
      const file = uriToPath(uri);
      if (!file) continue;
      let exists = false;
      try {
        exists = fs.statSync(file).isFile();
      } catch {
        /* deleted */
      }
      if (exists) this.publishProblems(loadConfigFile(file));
      else this.publishProblems({ file, config: {}, problems: [] });
    }
  }
}
