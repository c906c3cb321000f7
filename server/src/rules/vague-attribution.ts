// vague-attribution: a claim credited to unnamed sources ("studies have proven", "research indicates",
// "scientists agree", "many doctors believe", "it is widely accepted that", "there is evidence that",
// "a number of trials report") with no citation in the sentence (or paragraph, with claims.citationScope = "paragraph").
// Lexicon: server/src/data/claims-attributions.json, extended by claims.attributions. "This study", "our trial" and
// named sources are specific, not vague. This rule owns the missing source of such a sentence: unsupported-claim
// stays silent there while this rule is enabled. Range: the attribution phrase.

import type { Rule } from '../engine/types';
import { analyzeClaims, citationPlaceholderFix } from '../engine/claims';
import { disableLineFix } from '../engine/fixes';

const rule: Rule = {
  meta: {
    id: 'vague-attribution',
    defaultSeverity: 'warning',
    description: 'Claims credited to unnamed studies, experts or evidence, without a citation.',
    rationale:
      '"Studies show" sounds like evidence but gives the reader nothing to check, and it is the phrase most often used to dress up an unsupported claim. ' +
      'Name the study and cite it, or say plainly that the claim is your opinion.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    for (const info of analyzeClaims(doc, config)) {
      if (!info.attributions.length || info.supported || info.allowed || info.heading) continue;
      const a = info.attributions[0];
      const quoted = a.text.replace(/\s+/g, ' ');
      ctx.report({
        start: a.start,
        end: a.end,
        message: `'${quoted}' credits unnamed sources: name the study and cite it so readers can check it.`,
        fixes: [{ ...citationPlaceholderFix(doc, info.end), isPreferred: true }, disableLineFix(doc, 'vague-attribution', a.start)],
        data: { attribution: quoted, claim: info.claim, strength: info.strength },
      });
    }
  },
};

export default rule;
