// `--verify-references`: check a draft's references online (Crossref, NCBI E-utilities) before linting, with the
// references engine's verifyReferences (server/src/online/). Its results go back into the synchronous engine as
// `lintText(text, { config, external: { references: results } })` with the unverified-reference rule on.
// Loaded only when the option is given (a normal run never loads the network code).

import * as os from 'node:os';
import * as path from 'node:path';
import type { ResolvedConfig } from '../engine/config';
import type { ParseOptions } from '../engine/document';

export interface ReferenceCheck {
  /** The config to lint with (unverified-reference switched on unless the user set it). */
  config: ResolvedConfig;
  external: { references: unknown };
  status: 'ok' | 'offline' | 'disabled' | 'untrusted' | 'error';
  /** One line: what happened (e.g. offline). */
  message: string;
}

/** Where the CLI keeps answers of the online services between runs: $XDG_CACHE_HOME/clinical-lint or ~/.cache/clinical-lint. */
export function cliCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'clinical-lint');
}

export async function verifyDraftReferences(text: string, config: ResolvedConfig, parse: ParseOptions): Promise<ReferenceCheck> {
  const online = require('../online') as typeof import('../online');
  const { parseDocument } = require('../engine/document') as typeof import('../engine/document');
  try {
    const doc = parseDocument(text, parse);
    // The user asked for it on the command line: force it even when references.verifyOnline is false.
    const results = await online.verifyReferences(doc, config, { force: true, cacheDir: cliCacheDir() });
    return { config: online.enableVerificationRule(config), external: { references: results }, status: results.status, message: results.message };
  } catch (e) {
    return { config, external: { references: undefined }, status: 'error', message: `reference verification failed (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}
