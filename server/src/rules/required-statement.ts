// required-statement: statements a post must contain when it mentions certain terms (requiredStatements in
// .clinical-lint.json, plus the shipped ones enabled in builtinStatements). The statement is present when any of
// its `require` patterns matches the prose, or when its template is already in the post.

import type { Fix, Rule } from '../engine/types';
import { disableLineFix } from '../engine/fixes';
import { checkRequiredStatements, insertionTitle, planStatementInsertion } from '../engine/disclaimer';

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`;
}

const rule: Rule = {
  meta: {
    id: 'required-statement',
    defaultSeverity: 'warning',
    description: 'Statements your clinic requires (e.g. off-label use, contraindications) must appear in posts that mention their trigger terms.',
    rationale:
      'Some topics need a fixed safety or regulatory statement every time they come up, such as an off-label notice for low-dose naltrexone. ' +
      'Add the statement in your own words or insert the configured template with the quick fix.',
  },
  check(ctx) {
    const { doc, config } = ctx;
    for (const { statement, trigger, present } of checkRequiredStatements(doc, config)) {
      if (present) continue;
      const fixes: Fix[] = [];
      const what = `'${statement.id}' statement`;
      if (statement.template) {
        const p = planStatementInsertion(doc, statement.template, statement.position === 'start' ? 'start' : 'end');
        if (p) fixes.push({ title: insertionTitle(`the ${what}`, doc, p.position), edits: [p.edit], isPreferred: true });
      }
      fixes.push(disableLineFix(doc, 'required-statement', doc.title.start));
      const body = (statement.message ?? '').trim() || `the post must contain the '${statement.id}' statement.`;
      const why = trigger ? ` (the post mentions ${quote(trigger.text)})` : '';
      ctx.report({
        start: doc.title.start,
        end: doc.title.end,
        message: `Missing required statement '${statement.id}'${why}: ${body}`,
        fixes,
        data: { statementId: statement.id, builtin: !!statement.builtin, trigger: trigger ?? undefined },
      });
    }
  },
};

export default rule;
