// clinicalLint/verifyReferences: online reference verification for one document.
// Never goes online in an untrusted workspace or when references.verifyOnline is false. The results are kept per
// document and passed back into the engine (`external.references`), which re-publishes with the
// unverified-reference rule on.

import type { CancellationToken } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../engine/config';
import { parseDocument } from '../engine/document';
import { enableVerificationRule, verifyReferences } from '../online';
import type { VerifyReferencesResult } from './protocol';
import type { CurrentLint } from './linter';

export interface VerifyOutcome {
  result: VerifyReferencesResult;
  /** Results for lintText's `external` option (rules read them), when a check ran. */
  external?: Record<string, unknown>;
}

export interface VerifyContext {
  trusted: boolean;
  cacheDir?: string;
  token: CancellationToken;
}

export async function verifyReferencesFor(lint: CurrentLint, config: ResolvedConfig, ctx: VerifyContext): Promise<VerifyOutcome> {
  if (!ctx.trusted || !config.trusted) {
    return { result: { status: 'untrusted', checked: 0, problems: 0, message: 'References are never checked online in an untrusted workspace.' } };
  }
  if (!config.references.verifyOnline) {
    return {
      result: {
        status: 'disabled',
        checked: 0,
        problems: 0,
        message: 'Online reference verification is off. Set "references.verifyOnline": true in .clinical-lint.json or the clinicalLint.references.verifyOnline setting to enable it.',
      },
    };
  }
  const abort = new AbortController();
  const listener = ctx.token.onCancellationRequested(() => abort.abort());
  try {
    // The server keeps no parsed documents: parse the linted text again (an explicit command, so rare).
    const doc = parseDocument(lint.doc.getText(), { uri: lint.doc.uri, kind: lint.kind });
    const results = await verifyReferences(doc, config, { cacheDir: ctx.cacheDir, signal: abort.signal });
    const result: VerifyReferencesResult = { status: results.status, checked: results.checked, problems: results.problems, message: results.message };
    // Results that judged nothing add nothing to the diagnostics.
    return results.status === 'ok' || results.status === 'offline' ? { result, external: { references: results } } : { result };
  } finally {
    listener.dispose();
  }
}

/** The config to lint with: unverified-reference on (unless the user set it) once there are online results to report. */
export function configWithExternal(config: ResolvedConfig, external: Readonly<Record<string, unknown>> | undefined): ResolvedConfig {
  return external?.references ? enableVerificationRule(config) : config;
}
