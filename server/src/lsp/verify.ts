// clinicalLint/verifyReferences: online reference verification for one document.
// Never goes online in an untrusted workspace or when references.verifyOnline is false.

import type { CancellationToken } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../engine/config';
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

export async function verifyReferencesFor(_lint: CurrentLint, config: ResolvedConfig, ctx: VerifyContext): Promise<VerifyOutcome> {
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
  return {
    result: {
      status: 'error',
      checked: 0,
      problems: 0,
      message: 'Online reference verification is not available in this build of the language server.',
    },
  };
}
