// Hook for `--verify-references`: online verification of a draft's references (DOI/PMID lookups).
// The references engineer is writing `verifyReferences` in server/src/online/. Once that module exists,
// `loadReferenceVerifier` imports it lazily here and the CLI passes its results to the rules as
// `lintText(text, { external: { references: results } })`.

import type { LintOptions } from '../engine/lint';

export type ReferenceVerifier = (text: string, opts: LintOptions) => Promise<unknown>;

/** Whether this build can verify references online. */
export const REFERENCE_VERIFICATION_AVAILABLE = false;

/** The online verifier, or null when this build has none (the CLI says so once and lints offline). */
export async function loadReferenceVerifier(): Promise<ReferenceVerifier | null> {
  // HOOK(verify-references): replace with a lazy `await import('../online/...')` of `verifyReferences`.
  return null;
}
