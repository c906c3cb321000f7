// missing-author and stale-review (both off by default). stale-review reads today's date from
// lintText's `external.now`, so every test pins the clock.

import * as assert from 'node:assert/strict';
import { ruleTester, lintRule } from '../helpers/rule-tester';
import { applyEdits, lintText } from '../../server/src/engine/lint';
import { resolveConfig, type ClinicalLintConfig } from '../../server/src/engine/config';
import { parseDocument } from '../../server/src/engine/document';
import { frontMatterFields } from '../../server/src/engine/disclaimer';
import { monthsBetween, parseReviewDate, today } from '../../server/src/rules/stale-review';
import { findByline, namesSomeone } from '../../server/src/rules/missing-author';
import type { Diagnostic, DocumentKind } from '../../server/src/engine/types';

const BODY = 'Vivid dreams are common in the first weeks of treatment.';

describe('missing-author', () => {
  it('is off by default', () => {
    const res = lintText(`---\ntitle: X\n---\n${BODY}\n`, { config: resolveConfig() });
    assert.equal(res.diagnostics.filter((d) => d.ruleId === 'missing-author').length, 0);
  });
});

ruleTester('missing-author', {
  valid: [
    `---\nauthor: Jane Doe, MD\n---\n# Dreams\n\n${BODY}\n`,
    `---\nauthors:\n  - name: Jane Doe\n    credentials: PharmD\n---\n# Dreams\n\n${BODY}\n`,
    `---\nauthors: [jdoe]\n---\n${BODY}\n`,
    { name: 'TOML front matter', text: `+++\nauthor = "Jane Doe"\n+++\n${BODY}\n` },
    { name: 'byline under the title', text: `# Dreams\n\n*By Jane Doe, MD*\n\n${BODY}\n` },
    { name: 'byline with a title word', text: `# Dreams\n\nby Dr Okafor\n\n${BODY}\n` },
    { name: 'written by at the end', text: `# Dreams\n\n${BODY}\n\nWritten by the pharmacy team at Elm Street.\n` },
    { name: 'about the author section', text: `# Dreams\n\n${BODY}\n\n## About the author\n\nJane is a pharmacist with ten years in pain clinics.\n` },
    { name: 'plain text byline', text: `Dreams\n\nAuthor: Jane Doe\n\n${BODY}\n`, kind: 'plaintext' },
    { name: 'empty document', text: '' },
    { name: 'front matter only', text: '---\ntitle: Draft\n---\n' },
  ],
  invalid: [
    {
      name: 'front matter without author',
      text: `---\ntitle: Dreams\n---\n# Dreams\n\n${BODY}\n`,
      errors: [{ span: 'Dreams', message: 'No author: add `author:` to the front matter (or a byline such as "By Jane Doe, MD") so readers can judge who wrote this post.', severity: 'warning' }],
    },
    {
      name: 'empty author key',
      text: `---\nauthor: ""\n---\n# Dreams\n\n${BODY}\n`,
      errors: [{ message: "The front matter's 'author' is empty: name the author (and their credentials) so readers can judge who wrote this post." }],
    },
    { name: 'empty authors list', text: `---\nauthors: []\n---\n${BODY}\n`, errors: [{ span: BODY, message: /'authors' is empty/ }] },
    {
      name: 'no front matter, no byline',
      text: `# Dreams\n\n${BODY}\n`,
      errors: [{ message: 'No author: add a byline such as "By Jane Doe, MD" (or `author:` in front matter) so readers can judge who wrote this post.' }],
    },
    { name: '"By Monday" is not a byline', text: `# Dreams\n\nBy Monday, the dreams had faded.\n`, errors: 1 },
    { name: 'plain text without byline', text: `Dreams\n\n${BODY}\n`, kind: 'plaintext', errors: [{ span: 'Dreams' }] },
    {
      name: 'the disable fix silences it',
      text: `# Dreams\n\n${BODY}\n`,
      errors: 1,
      output: `<!-- clinical-lint-disable-next-line missing-author -->\n# Dreams\n\n${BODY}\n`,
    },
  ],
});

describe('missing-author helpers', () => {
  it('namesSomeone', () => {
    assert.equal(namesSomeone('Jane'), true);
    assert.equal(namesSomeone('  '), false);
    assert.equal(namesSomeone([]), false);
    assert.equal(namesSomeone([{ name: '' }]), false);
    assert.equal(namesSomeone({ name: 'J' }), true);
    assert.equal(namesSomeone(null), false);
    assert.equal(namesSomeone('[]'), false);
    assert.equal(namesSomeone(false), false);
  });
  it('findByline ignores a long paragraph that starts with "By"', () => {
    const doc = parseDocument(`# X\n\nBy Taking The dose at night, ${'most people sleep through the dreams. '.repeat(5)}\n`);
    assert.equal(findByline(doc), null);
  });
});

// ---------------------------------------------------------------- stale-review

const NOW = '2025-06-15';

function stale(text: string, opts: { now?: unknown; kind?: DocumentKind; config?: ClinicalLintConfig } = {}): Diagnostic[] {
  const config = resolveConfig({ settings: { ...opts.config, rules: { 'stale-review': 'warning' } } });
  const res = lintText(text, {
    uri: opts.kind === 'plaintext' ? 'a.txt' : 'a.md',
    config,
    only: ['stale-review'],
    external: { now: opts.now ?? NOW },
    onRuleError: (_id, e) => {
      throw e;
    },
  });
  return res.diagnostics;
}
const fm = (lines: string): string => `---\n${lines}\n---\n# Dreams\n\n${BODY}\n`;

describe('stale-review', () => {
  it('is off by default', () => {
    const res = lintText(fm('reviewed: 2001-01-01'), { config: resolveConfig(), external: { now: NOW } });
    assert.equal(res.diagnostics.filter((d) => d.ruleId === 'stale-review').length, 0);
  });
  it('recent review dates pass, in every supported key and format', () => {
    for (const line of [
      'reviewed: 2024-01-10',
      'last_reviewed: 2023-07-01',
      'lastReviewed: "2023-06-15"',
      'last-reviewed: 2024-02-03T10:00:00Z',
      'reviewed: 2024/02/03',
      'reviewed: 3.2.2024',
      'reviewed: 13/02/2024',
      'reviewed: 02/13/2024',
      'reviewed: 12 March 2024',
      'reviewed: March 12, 2024',
      'reviewed: Mar 2024',
      'reviewed: 2023-06',
      'reviewed: 2024',
      'reviewed: Tuesday, 12 March 2024',
      'reviewed: { by: Dr Lee, date: 2024-05-01 }',
    ]) {
      assert.deepEqual(stale(fm(line)).map((d) => d.message), [], line);
    }
  });
  it('exactly N months old is still fresh; one day later is stale', () => {
    assert.deepEqual(stale(fm('reviewed: 2023-06-15')), []);
    assert.equal(stale(fm('reviewed: 2023-06-14')).length, 1);
    // A month-precision date counts from the end of that month.
    assert.deepEqual(stale(fm('reviewed: 2023-06')), []);
    assert.equal(stale(fm('reviewed: 2023-05')).length, 1);
  });
  it('reports a stale date on the value, quoting it, with the configured limit', () => {
    const text = fm('title: Dreams\nreviewed: 2021-03-05');
    const [d] = stale(text);
    assert.equal(text.slice(d.start, d.end), '2021-03-05');
    assert.equal(d.message, "Last review ('reviewed': 2021-03-05) was 4 years and 3 months ago, more than the 24 months allowed: re-check the post against current evidence and update the review date.");
    assert.equal(d.data!.months, 51);
    const [d12] = stale(fm('reviewed: 2024-05-01'), { config: { frontMatter: { staleAfterMonths: 12 } } });
    assert.match(d12.message, /was 1 year and 1 month ago, more than the 12 months allowed/);
  });
  it('uses the latest of several review keys', () => {
    assert.deepEqual(stale(fm('reviewed: 2019-01-01\nlast_reviewed: 2025-01-01')), []);
  });
  it('reports malformed dates with the reason', () => {
    const cases: [string, RegExp][] = [
      ['reviewed: 2023-13-01', /has no month 13/],
      ['reviewed: 2023-02-30', /has no day 30 in that month/],
      ['reviewed: 05/06/2024', /cannot be read: ‘05\/06\/2024’ is ambiguous \(day\/month or month\/day\?\)\. Write it as YYYY-MM-DD/],
      ['reviewed: last spring', /‘last spring’ is not a date\. Write it as YYYY-MM-DD so readers and reviewers can tell when the post was last checked\.$/],
      ['reviewed: ""', /the value is empty/],
      ['reviewed: true', /the value is true, not a date/],
      ['reviewed: [2024-01-01]', /the value is a list, not a date/],
    ];
    for (const [line, reason] of cases) {
      const text = fm(line);
      const found = stale(text);
      assert.equal(found.length, 1, line);
      assert.match(found[0].message, reason, line);
      assert.match(found[0].message, /^Review date in 'reviewed' /);
      assert.ok(text.slice(found[0].start, found[0].end).length > 0);
    }
  });
  it('a boolean workflow flag is ignored when another key has the date', () => {
    assert.deepEqual(stale(fm('reviewed: true\nlast_reviewed: 2025-01-01')), []);
  });
  it('the disable fix for a front matter date goes after the front matter and keeps it valid (CRLF too)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `---${eol}reviewed: 2019-01-01${eol}---${eol}# Dreams${eol}${eol}${BODY}${eol}`;
      const [d] = stale(text);
      const fix = d.fixes![d.fixes!.length - 1];
      assert.equal(fix.title, 'Disable stale-review for this file');
      const out = applyEdits(text, fix.edits);
      assert.equal(out, `---${eol}reviewed: 2019-01-01${eol}---${eol}<!-- clinical-lint-disable-file stale-review -->${eol}# Dreams${eol}${eol}${BODY}${eol}`);
      assert.deepEqual(stale(out), []);
      assert.deepEqual(parseDocument(out).frontMatter!.data, { reviewed: '2019-01-01' });
      assert.equal(parseDocument(out).blocks[0].kind, 'heading');
    }
  });
  it('reads a "Last reviewed" line in prose when there is no front matter (plain text too)', () => {
    const text = `# Dreams\n\n${BODY}\n\n*Page last reviewed: 12 March 2022*\n`;
    const [d] = stale(text);
    assert.equal(text.slice(d.start, d.end), '12 March 2022');
    assert.match(d.message, /^Last review \(the review line: 12 March 2022\) was 3 years and 3 months ago/);
    assert.equal(d.fixes![d.fixes!.length - 1].title, 'Disable stale-review for this line');
    assert.deepEqual(stale(applyEdits(text, d.fixes![d.fixes!.length - 1].edits)), []);
    assert.equal(stale(`Dreams\n\n${BODY}\n\nMedically reviewed by Dr Lee on March 3, 2020.\n`, { kind: 'plaintext' }).length, 1);
    assert.deepEqual(stale(`Dreams\n\n${BODY}\n\nMedically reviewed by Dr Lee on March 3, 2025.\n`, { kind: 'plaintext' }), []);
  });
  it('no review date at all: nothing to report', () => {
    assert.deepEqual(stale(`---\ntitle: X\n---\n${BODY}\n`), []);
    assert.deepEqual(stale(`# X\n\nWe reviewed the evidence in 2019 and found little.\n`), []);
  });
  it('the clock: injected strings, Dates and timestamps; garbage falls back to the system clock', () => {
    assert.deepEqual(today('2030-01-02'), { year: 2030, month: 1, day: 2 });
    assert.deepEqual(today(new Date(2030, 0, 2, 12)), { year: 2030, month: 1, day: 2 });
    assert.deepEqual(today(new Date(2030, 0, 2, 12).getTime()), { year: 2030, month: 1, day: 2 });
    const sys = new Date();
    const t = today('not a date');
    assert.ok(t.year >= sys.getFullYear() - 1 && t.year <= sys.getFullYear() + 1);
    assert.equal(stale(fm('reviewed: 2024-01-01'), { now: '2026-02-01' }).length, 1);
    assert.deepEqual(stale(fm('reviewed: 2024-01-01'), { now: '2025-12-31' }), []);
  });
  it('parseReviewDate and monthsBetween', () => {
    assert.deepEqual(parseReviewDate('2024-02-29'), { ok: true, date: { year: 2024, month: 2, day: 29 }, precision: 'day' });
    assert.equal(parseReviewDate('2023-02-29').ok, false);
    assert.equal(parseReviewDate(2024).ok, true);
    assert.equal(parseReviewDate(12).ok, false);
    assert.equal(parseReviewDate(new Date('x')).ok, false);
    assert.deepEqual(parseReviewDate('1st of June, 2024'), { ok: true, date: { year: 2024, month: 6, day: 1 }, precision: 'day' });
    assert.equal(monthsBetween({ year: 2024, month: 1, day: 31 }, { year: 2024, month: 2, day: 29 }), 0);
    assert.equal(monthsBetween({ year: 2024, month: 1, day: 15 }, { year: 2025, month: 1, day: 15 }), 12);
  });
  it('frontMatterFields: value ranges, comments, CRLF and TOML', () => {
    const text = '---\r\ntitle: X # a comment\r\nreviewed: "2024-01-01"\r\n---\r\n';
    const fields = frontMatterFields(parseDocument(text));
    assert.deepEqual(fields.map((f) => [f.key, f.value, text.slice(f.start, f.end)]), [['title', 'X', 'X'], ['reviewed', '2024-01-01', '"2024-01-01"']]);
    const toml = '+++\nreviewed = "2019-01-01"\n+++\nText here.\n';
    assert.equal(stale(toml).length, 1);
  });
  it('bad front matter never throws', () => {
    for (const text of ['---\n: : :\n---\nx', '---\nreviewed: &a [*a]\n---\nx', '---\nreviewed:\n  - 1\n  - 2\n---\nx', '---\n---\n']) {
      assert.doesNotThrow(() => stale(text));
      assert.doesNotThrow(() => lintRule('missing-author', { text }));
    }
  });
});
