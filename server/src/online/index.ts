// Online reference checks: see verify.ts for the contract.
export { verifyReferences, enableVerificationRule, VERIFY_RULE_ID, type VerifyOptions } from './verify';
export type { VerificationResults, EntryVerification, EntryOutcome, RecordSummary, VerificationStatus } from './types';
export { titleSimilarity, normalizeTitle } from './similarity';
