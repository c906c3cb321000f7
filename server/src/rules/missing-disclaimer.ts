// missing-disclaimer: a post with body prose must say, in some wording, that it is general information and
// not personal medical advice, or that readers should consult their own clinician, or that reading it creates
// no clinician–patient relationship. Recognition: findDisclaimer (meaning cues in server/src/data/disclaimer-cues.json).

import type { Fix, Rule } from '../engine/types';
import { disableLineFix } from '../engine/fixes';
import { findDisclaimer, hasBodyProse, insertionTitle, planStatementInsertion } from '../engine/disclaimer';

export const MISSING_DISCLAIMER_MESSAGE =
  'No medical disclaimer: nothing in this post says that it is general information rather than personal medical advice, ' +
  'that readers should check with their own clinician before acting on it, or that reading it creates no clinician–patient relationship.';

const rule: Rule = {
  meta: {
    id: 'missing-disclaimer',
    defaultSeverity: 'warning',
    description: 'Posts must carry a medical disclaimer (in any wording); the quick fix inserts the configured one.',
    rationale:
      'Readers act on health posts; a disclaimer tells them the post is general information and that decisions about their own treatment belong with their own clinician. ' +
      'Add one in your own words, or insert the configured template (disclaimer.template) with the quick fix.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    if (!hasBodyProse(doc)) return;
    if (findDisclaimer(doc, config)) return;
    const fixes: Fix[] = [];
    const template = config.disclaimer.template;
    const wanted = config.disclaimer.position === 'start' ? 'start' : 'end';
    const first = planStatementInsertion(doc, template, wanted);
    if (first) {
      fixes.push({ title: insertionTitle('disclaimer', doc, first.position), edits: [first.edit], isPreferred: true });
      const otherPos = first.position === 'end' ? 'start' : 'end';
      const other = planStatementInsertion(doc, template, otherPos);
      if (other && other.position === otherPos && other.edit.start !== first.edit.start) {
        fixes.push({ title: insertionTitle('disclaimer', doc, other.position), edits: [other.edit] });
      }
    }
    fixes.push(disableLineFix(doc, 'missing-disclaimer', doc.title.start));
    ctx.report({
      start: doc.title.start,
      end: doc.title.end,
      message: MISSING_DISCLAIMER_MESSAGE,
      fixes,
      data: { position: first?.position ?? wanted },
    });
  },
};

export default rule;
