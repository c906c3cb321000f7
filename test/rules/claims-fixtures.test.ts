// Whole posts through the three claim rules (test/fixtures/claims/):
// - a well-sourced, hedged post gets no diagnostic at all;
// - an unsourced post gets exactly the diagnostics in its .expected file;
// - a plain-text clinic article flags only its uncited claims, not its definitions, side effects, costs or reading list;
// - "fix all" (the preferred fixes, applied until none is left) leaves no claim diagnostic above info.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText, fixText } from '../../server/src/engine/lint';
import { computeLineStarts, offsetToPosition } from '../../server/src/engine/document';

const DIR = path.join(__dirname, '..', 'fixtures', 'claims');
const RULES = ['absolute-claim', 'unsupported-claim', 'vague-attribution'];

function read(name: string): string {
  return fs.readFileSync(path.join(DIR, name), 'utf8');
}

function lint(name: string, text = read(name)): string[] {
  const uri = path.join(DIR, name);
  const { diagnostics } = lintText(text, { uri, only: RULES, onRuleError: (_id, e) => { throw e; } });
  const ls = computeLineStarts(text);
  return diagnostics.map((d) => {
    const s = offsetToPosition(ls, d.start);
    const e = offsetToPosition(ls, d.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${d.severity} ${d.ruleId} «${text.slice(d.start, d.end)}»`;
  });
}

describe('claim rules on whole posts', () => {
  it('a well-sourced, hedged post has no claim diagnostics', () => {
    assert.deepEqual(lint('well-sourced-hedged.md'), []);
  });

  it('an unsourced post gets one diagnostic per problem', () => {
    const expected = read('unsourced-post.expected').trim().split('\n');
    assert.deepEqual(lint('unsourced-post.md'), expected);
  });

  it('a plain-text clinic article flags only its uncited claims', () => {
    assert.deepEqual(lint('clinic-article.txt'), [
      '11:10-11:20 info unsupported-claim «may reduce»',
      '12:26-12:31 info unsupported-claim «eases»',
      '13:44-13:55 warning unsupported-claim «can relieve»',
    ]);
  });

  for (const name of ['unsourced-post.md', 'clinic-article.txt']) {
    it(`fix all on ${name} leaves no claim diagnostic above info`, () => {
      const uri = path.join(DIR, name);
      const { text, applied } = fixText(read(name), { uri, only: RULES });
      assert.ok(applied > 0);
      const left = lintText(text, { uri, only: RULES }).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(left.map((d) => `${d.ruleId} «${text.slice(d.start, d.end)}»`), []);
      // Every placeholder it inserted is defined once.
      const refs = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]);
      for (const n of new Set(refs)) assert.equal([...text.matchAll(new RegExp(`^\\[\\^${n}\\]:`, 'gm'))].length, 1, `definition of [^${n}]`);
    });
  }
});
