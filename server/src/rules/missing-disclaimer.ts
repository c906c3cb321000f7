import type { Rule } from '../engine/types';

// First version pending: see the issue that deepens this rule.
const rule: Rule = {
  meta: {
    id: 'missing-disclaimer',
    defaultSeverity: 'warning',
    description: 'TODO',
    rationale: 'TODO',
  },
  check() {},
};

export default rule;
