// A RuleTester in the spirit of ESLint's: valid and invalid cases side by side,
// each invalid case with its expected diagnostics and, for fixable rules, the text after the fix.

import * as assert from 'node:assert/strict';
import { lintText, applyEdits, ruleById } from '../../server/src/engine/lint';
import { resolveConfig, type ClinicalLintConfig } from '../../server/src/engine/config';
import type { Diagnostic, DocumentKind } from '../../server/src/engine/types';

export interface ExpectedDiagnostic {
  /** Exact text of the flagged span, or a pattern it must match. */
  span?: string | RegExp;
  message?: string | RegExp;
  severity?: Diagnostic['severity'];
}

export interface ValidCase {
  text: string;
  name?: string;
  kind?: DocumentKind;
  config?: ClinicalLintConfig;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[] | number;
  /** Text after applying fix number `fixIndex` (default: the preferred fix, else the first) of the first diagnostic. */
  output?: string;
  fixIndex?: number;
  /** After applying the fix and re-linting, the rule must be silent on the fixed span (default true when output given). */
}

export function lintRule(ruleId: string, c: ValidCase): Diagnostic[] {
  const rules: Record<string, string> = { ...(c.config?.rules ?? {}) };
  // Opt-in rules are enabled for their own tests.
  if (!rules[ruleId] && ruleById.get(ruleId)?.meta.defaultSeverity === 'off') rules[ruleId] = 'warning';
  const config = resolveConfig({ settings: { ...c.config, rules } as ClinicalLintConfig });
  const res = lintText(c.text, { uri: c.kind === 'plaintext' ? 'draft.txt' : 'draft.md', kind: c.kind, config, only: [ruleId], onRuleError: (_id, e) => { throw e; } });
  return res.diagnostics.filter((d) => d.ruleId === ruleId);
}

function title(c: ValidCase): string {
  return c.name ?? (c.text.length > 70 ? `${c.text.slice(0, 67).replace(/\n/g, '⏎')}…` : c.text.replace(/\n/g, '⏎'));
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

export function ruleTester(ruleId: string, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { text: v } : v;
        it(title(c), () => {
          const found = lintRule(ruleId, c);
          assert.deepEqual(
            found.map((d) => `${c.text.slice(d.start, d.end)} — ${d.message}`),
            [],
            'expected no diagnostics',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c), () => {
          const found = lintRule(ruleId, c);
          const summary = found.map((d) => `[${d.severity}] «${c.text.slice(d.start, d.end)}» ${d.message}`).join('\n');
          if (typeof c.errors === 'number') {
            assert.equal(found.length, c.errors, `expected ${c.errors} diagnostics, got:\n${summary}`);
          } else {
            assert.equal(found.length, c.errors.length, `expected ${c.errors.length} diagnostics, got:\n${summary}`);
            c.errors.forEach((e, i) => {
              const d = found[i];
              if (e.span !== undefined) assert.ok(matches(c.text.slice(d.start, d.end), e.span), `diagnostic ${i}: span «${c.text.slice(d.start, d.end)}» does not match ${e.span}`);
              if (e.message !== undefined) assert.ok(matches(d.message, e.message), `diagnostic ${i}: message «${d.message}» does not match ${e.message}`);
              if (e.severity !== undefined) assert.equal(d.severity, e.severity, `diagnostic ${i}: severity`);
            });
          }
          for (const d of found) {
            assert.ok(d.start >= 0 && d.start <= d.end && d.end <= c.text.length, 'range inside the document');
          }
          if (c.output !== undefined) {
            const d = found[0];
            assert.ok(d?.fixes?.length, 'expected a fix');
            const fix = c.fixIndex !== undefined ? d.fixes![c.fixIndex] : d.fixes!.find((f) => f.isPreferred) ?? d.fixes![0];
            const fixed = applyEdits(c.text, fix.edits);
            assert.equal(fixed, c.output);
            const again = lintRule(ruleId, { ...c, text: fixed });
            const same = again.filter((x) => x.start === d.start && x.message === d.message);
            assert.deepEqual(same.map((x) => x.message), [], 'the fix must remove the diagnostic');
          }
        });
      }
    });
  });
}
