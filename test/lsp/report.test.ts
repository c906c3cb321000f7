// The review report builder, in process: counts, tables, escaping of hostile draft text.

import * as assert from 'node:assert/strict';
import { buildReport, skippedDocument, type ReportDocument } from '../../server/src/report/report';
import { lintText } from '../../server/src/engine/lint';
import { resolveConfig } from '../../server/src/engine/config';
import type { ClaimInfo } from '../../server/src/engine/claims';
import type { DoseMention } from '../../server/src/engine/doses';
import type { ReferenceAnalysis, ReferenceEntry } from '../../server/src/engine/references';
import { claimStatus, escapeHtml, escapeMarkdown } from '../../server/src/report/format';

const HOSTILE = 'Cures <img src=x onerror=alert(1)> | all `ills` & *more*\nsecond line';

function hostileDocument(): ReportDocument {
  const text = `# Title\n\n${HOSTILE}\n`;
  const result = lintText(text, { uri: 'file:///r/post.md', config: resolveConfig({ settings: { rules: {} } }), only: [] });
  const start = text.indexOf('Cures');
  result.diagnostics = [
    { ruleId: 'absolute-claim', severity: 'error', message: 'm', start, end: start + 5 },
    { ruleId: 'absolute-claim', severity: 'error', message: 'm', start, end: start + 5 },
    { ruleId: 'dose-range', severity: 'warning', message: 'm', start, end: start + 5 },
    { ruleId: 'vague-attribution', severity: 'info', message: 'm', start, end: start + 5 },
  ];
  // Only the fields the report reads (the engine's types carry more).
  const claim = {
    start,
    end: start + HOSTILE.length,
    text: HOSTILE,
    strength: 'direct',
    claim: true,
    cues: ['cures'],
    hedged: false,
    absolute: true,
    supported: false,
    citations: [],
  } as unknown as ClaimInfo;
  const dose = {
    start,
    end: start + 5,
    text: '25–75 mg <b>',
    min: 25,
    max: 75,
    unit: 'mg',
    basis: 'per day',
    drug: 'naltrexone',
    range: { min: 1, max: 5, unit: 'mg', basis: 'per day', source: 'low-dose naltrexone' },
    inRange: false,
  } as unknown as DoseMention;
  const entry = { start, end: start + 5, text: 'Smith | "Jones" <2020>', keys: ['1'], identifiers: { doi: '10.1000/x<y>' }, malformed: [], cited: false } as unknown as ReferenceEntry;
  return {
    uri: 'file:///r/post.md',
    name: 'post <1>.md',
    result,
    claims: [claim],
    doses: [dose],
    references: {
      entries: [entry],
      citations: [],
      unmatched: [],
    } as unknown as ReferenceAnalysis,
    problems: [],
  };
}

describe('review report', () => {
  const generated = new Date('2024-05-06T07:08:09Z');

  it('counts findings by rule and severity, with totals', () => {
    const { markdown } = buildReport([hostileDocument()], generated);
    assert.match(markdown, /\| absolute-claim \| 2 \| 0 \| 0 \| 0 \| 2 \|/);
    assert.match(markdown, /\| dose-range \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(markdown, /\| vague-attribution \| 0 \| 0 \| 1 \| 0 \| 1 \|/);
    assert.match(markdown, /\| Total \| 2 \| 1 \| 1 \| 0 \| 4 \|/);
    assert.match(markdown, /Generated 2024-05-06T07:08:09\.000Z for 1 document\./);
  });

  it('lists claims, doses and references with their details', () => {
    const { markdown } = buildReport([hostileDocument()], generated);
    assert.match(markdown, /### Claims \(1\)/);
    assert.match(markdown, /\| 3:1 \| Cures .* \| direct \| absolute \| no \| — \|/);
    assert.match(markdown, /25–75 mg per day \| naltrexone \| 1–5 mg per day \(low-dose naltrexone\) \| no \|/);
    assert.match(markdown, /DOI 10\.1000\/x\\<y\\>/);
    assert.match(markdown, /not cited in the text/);
  });

  it('escapes draft text in Markdown: every table row keeps its columns', () => {
    const { markdown } = buildReport([hostileDocument()], generated);
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      assert.ok([4, 6].includes(cells), `${cells} cells in ${line}`);
    }
    assert.ok(!/(?<!\\)<img/.test(markdown), 'no raw HTML from the draft');
    assert.ok(!markdown.includes('\nsecond line'), 'line breaks inside cells are flattened');
  });

  it('escapes draft text in HTML and stays self-contained', () => {
    const { html } = buildReport([hostileDocument(), skippedDocument('file:///r/bin.md', 'bin.md', 'contains NUL bytes <x>')], generated);
    assert.ok(!/<img|<b>|<x>/.test(html), 'no markup from the draft');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('post &lt;1&gt;.md'));
    assert.ok(html.includes('Not analysed: contains NUL bytes &lt;x&gt;.'));
    assert.ok(!/<script|<link|<img|src=|@import|url\(/i.test(html.replace(/&lt;img src=x/g, '')), 'no scripts or external resources');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html, /<h2>All documents<\/h2>/);
  });

  it('helpers', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(escapeMarkdown('a|b*c\nd'), 'a\\|b\\*c d');
    const status = (absolute: boolean, supported: boolean, hedged: boolean): string => claimStatus({ absolute, supported, hedged } as ClaimInfo);
    assert.equal(status(true, true, false), 'absolute');
    assert.equal(status(false, true, true), 'supported');
    assert.equal(status(false, false, true), 'hedged');
    assert.equal(status(false, false, false), 'unsupported');
  });
});
