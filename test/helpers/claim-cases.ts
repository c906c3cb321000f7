// Sentence tables for the claim rules: each sentence is linted alone, as a one-sentence Markdown draft, and its claim
// diagnostics are compared as `rule severity «trigger»` strings. Shared by the blog-construction tests.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';

export const CLAIM_RULE_IDS = ['absolute-claim', 'unsupported-claim', 'vague-attribution'];

/** `rule severity «trigger»` for each claim diagnostic of a one-sentence Markdown draft (a rule that throws fails). */
export function lintSentence(sentence: string): string[] {
  const text = `${sentence}\n`;
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId} ${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** One mocha test per row: the sentence gets exactly the listed diagnostics. */
export function cases(table: [string, string[]][]): void {
  for (const [sentence, expected] of table) it(sentence, () => assert.deepEqual(lintSentence(sentence), expected));
}

/**
 * Assertions on small drafts: `opening` (a title and a paragraph that set the draft's topic) and then the paragraphs
 * under test; only the diagnostics after the opening count, as `rule/severity «trigger»` strings.
 */
export function draftCases(opening: string): {
  claims: (paragraphs: string) => string[];
  flagged: (paragraphs: string, words: string, rule?: string) => void;
  silent: (paragraphs: string) => void;
} {
  const claims = (paragraphs: string): string[] => {
    const text = opening + paragraphs + '\n';
    const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
    return diagnostics.filter((d) => d.start >= opening.length).map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
  };
  const flagged = (paragraphs: string, words: string, rule = 'unsupported-claim'): void => {
    const got = claims(paragraphs);
    assert.ok(got.some((d) => d.startsWith(rule + '/') && d.includes(words)), `${paragraphs} => ${JSON.stringify(got)}`);
  };
  const silent = (paragraphs: string): void => assert.deepEqual(claims(paragraphs), [], paragraphs);
  return { claims, flagged, silent };
}
