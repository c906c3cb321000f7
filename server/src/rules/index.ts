// The rule registry. Adding a rule: one module here, one docs page in docs/rules/, fixtures in test/fixtures/<rule-id>/.

import type { Rule } from '../engine/types';
import absoluteClaim from './absolute-claim';
import unsupportedClaim from './unsupported-claim';
import vagueAttribution from './vague-attribution';
import missingDisclaimer from './missing-disclaimer';
import requiredStatement from './required-statement';
import doseRange from './dose-range';
import referenceIdentifier from './reference-identifier';
import uncitedReference from './uncited-reference';
import unmatchedCitation from './unmatched-citation';
import unverifiedReference from './unverified-reference';
import missingAuthor from './missing-author';
import staleReview from './stale-review';

export const allRules: Rule[] = [
  absoluteClaim,
  unsupportedClaim,
  vagueAttribution,
  missingDisclaimer,
  requiredStatement,
  doseRange,
  referenceIdentifier,
  uncitedReference,
  unmatchedCitation,
  unverifiedReference,
  missingAuthor,
  staleReview,
];

export const ruleById = new Map(allRules.map((r) => [r.meta.id, r] as const));
