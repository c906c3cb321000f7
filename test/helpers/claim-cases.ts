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
  const claims = (paragraphs: string): string[] => claimsAfter(opening, paragraphs);
  const flagged = (paragraphs: string, words: string, rule = 'unsupported-claim'): void => {
    const got = claims(paragraphs);
    assert.ok(got.some((d) => d.startsWith(rule + '/') && d.includes(words)), `${paragraphs} => ${JSON.stringify(got)}`);
  };
  const silent = (paragraphs: string): void => assert.deepEqual(claims(paragraphs), [], paragraphs);
  return { claims, flagged, silent };
}

/** `rule/severity «trigger»` for the claim diagnostics of `head + body` that start after `head` (a rule that throws fails). */
function claimsAfter(head: string, body: string): string[] {
  const text = head + body + '\n';
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.filter((d) => d.start >= head.length).map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/**
 * Like draftCases, for drafts that open with a Markdown title only: `defaultTitle` unless a call gives its own ('' for a
 * draft with no title).
 */
export function titledDraftCases(defaultTitle: string): {
  claims: (body: string, title?: string) => string[];
  flagged: (body: string, words: string, title?: string, rule?: string) => void;
  silent: (body: string, title?: string) => void;
} {
  const claims = (body: string, title = defaultTitle): string[] => claimsAfter(title ? title + '\n\n' : '', body);
  const flagged = (body: string, words: string, title?: string, rule = 'unsupported-claim'): void => {
    const got = claims(body, title);
    assert.ok(got.some((d) => d.startsWith(rule + '/') && d.includes(words)), `${body} => ${JSON.stringify(got)}`);
  };
  const silent = (body: string, title?: string): void => assert.deepEqual(claims(body, title), [], body);
  return { claims, flagged, silent };
}

/** `rule/severity «trigger»` for each claim diagnostic of `text` read as a whole draft (no title). */
export function claimsOf(text: string): string[] {
  return claimsAfter('', text);
}

/** Two groups of mocha tests: each claim is reported as unsupported-claim on exactly its span; each near-claim stays silent. */
export function spanCases(claims: [string, string][], silent: string[]): void {
  describe('claims', () => {
    for (const [text, span] of claims) {
      it(text, () => {
        const found = claimsOf(text);
        assert.ok(found.some((f) => f.startsWith('unsupported-claim/') && f.endsWith(`«${span}»`)), found.join('; ') || 'silent');
      });
    }
  });
  describe('near-claims stay silent', () => {
    for (const text of silent) it(text, () => assert.deepEqual(claimsOf(text), []));
  });
}

/**
 * Three groups of mocha tests on one-sentence drafts: each absolute claim gets exactly one absolute-claim error on its
 * span; each near-claim stays silent; each row of `unchanged` keeps exactly the diagnostic it had before.
 */
export function absoluteCases(absolute: [string, string][], silent: string[], unchanged: [string, string][]): void {
  describe('absolute-claim (error), reported once', () => {
    for (const [s, span] of absolute) it(s, () => assert.deepEqual(claimsOf(s), [`absolute-claim/error «${span}»`]));
  });
  describe('near-claims: silent', () => {
    for (const s of silent) it(s, () => assert.deepEqual(claimsOf(s), []));
  });
  describe('unchanged readings', () => {
    for (const [s, want] of unchanged) it(s, () => assert.deepEqual(claimsOf(s), [want]));
  });
}

/** A form of claim: sentences read as unsupported-claim warnings, hedged ones as info, and near-claims that stay silent. */
export interface ClaimForm {
  form: string;
  warning: string[];
  info?: string[];
  silent: string[];
}

/** One mocha group per form (inside the caller's describe): each claim gets unsupported-claim at its severity; each near-claim stays silent. */
export function formCases(forms: ClaimForm[]): void {
  for (const { form, warning, info, silent } of forms) {
    describe(form, () => {
      for (const s of warning) {
        it(`unsupported: ${s}`, () => {
          const got = claimsOf(s);
          assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${got.join('\n')}`);
        });
      }
      for (const s of info ?? []) {
        it(`hedged: ${s}`, () => {
          const got = claimsOf(s);
          assert.ok(got.some((g) => g.startsWith('unsupported-claim/info')), `${s}\n${got.join('\n')}`);
        });
      }
      for (const s of silent) {
        it(`silent: ${s}`, () => {
          assert.deepEqual(claimsOf(s), [], s);
        });
      }
    });
  }
}
