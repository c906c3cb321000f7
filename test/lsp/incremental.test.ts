// Over the real protocol: while a draft is edited, the server parses Markdown incrementally (only the blocks
// that changed); what it publishes after every edit must equal a full lint of the same text by the engine.

import * as assert from 'node:assert/strict';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { lintText } from '../../server/src/engine/lint';
import { computeLineStarts, offsetToPosition } from '../../server/src/engine/document';
import { resolveConfig } from '../../server/src/engine/config';
import { newUri, useClient } from './helpers';

const DRAFT = [
  '---',
  'title: Low-dose naltrexone and sleep',
  '---',
  '',
  '# Low-dose naltrexone and sleep',
  '',
  'Low-dose naltrexone improves sleep in fibromyalgia.[^1] Our patients say it cures insomnia.',
  '',
  '- Take 4.5 mg at night.',
  '- Some people start at 25 mg.',
  '',
  '> Studies have proven that it is totally safe.',
  '',
  '```',
  'code is not prose: LDN cures everything',
  '```',
  '',
  'Magnesium may ease cramps [2].',
  '',
  '## References',
  '',
  '1. Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone. Pain Med. 2009;10(4):663-672.',
  '2. Smith A. A book without an identifier. 2015.',
  '',
  '[^1]: Younger J et al. Arthritis Rheum. 2013;65(2):529-538. doi:10.1002/art.37734',
  '',
].join('\n');

/** Edits as [find, replace] on the current text: typing, new blank lines, fences, definitions added and removed. */
const EDITS: [string, string][] = [
  ['improves sleep', 'improves deep sleep'],
  ['Our patients say', 'Our patients often say'],
  ['- Some people', '\n- Some people'],
  ['Magnesium may', 'Magnesium reduces cramps. Magnesium may'],
  ['[^1]: Younger', '[^2]: Younger'],
  ['[^2]: Younger', '[^1]: Younger'],
  ['```\ncode', '```\n\nmore code\n\ncode'],
  ['## References', 'Sauna bathing lowers blood pressure.\n\n## References'],
  ['2. Smith A.', '2. Smith A. doi:10.1000/xyz123'],
  ['\n```\n\nMagnesium', '\n\nMagnesium'],
];

function key(text: string, d: { code?: unknown; range: LspDiagnostic['range']; message: string }): string {
  void text;
  return `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

function engineKeys(text: string): string[] {
  const res = lintText(text, { uri: 'file:///draft.md', config: resolveConfig() });
  const starts = computeLineStarts(text);
  return res.diagnostics
    .map((d) => key(text, { code: d.ruleId, range: { start: offsetToPosition(starts, d.start), end: offsetToPosition(starts, d.end) }, message: d.message }))
    .sort();
}

describe('language server: incremental parsing while editing', function () {
  this.timeout(120_000);
  const client = useClient({ settings: {} });

  it('publishes after every edit exactly what a full lint of the same text gives', async () => {
    const c = client();
    const uri = newUri();
    let text = DRAFT;
    let version = 1;
    c.open(uri, text, 'markdown', version);
    let p = await c.diagnosticsAt(uri, version);
    assert.deepEqual(p.diagnostics.map((d) => key(text, d)).sort(), engineKeys(text), 'on open');
    for (const [find, replace] of EDITS) {
      const at = text.indexOf(find);
      assert.ok(at >= 0, `edit anchor ${JSON.stringify(find)} not found`);
      text = text.slice(0, at) + replace + text.slice(at + find.length);
      version++;
      const m = c.mark;
      c.change(uri, version, text);
      p = await c.diagnosticsAt(uri, version, m);
      assert.deepEqual(p.diagnostics.map((d) => key(text, d)).sort(), engineKeys(text), `after ${JSON.stringify(find)} → ${JSON.stringify(replace)}`);
    }
    assert.ok(p.diagnostics.length > 3, 'the draft keeps producing diagnostics');
    c.close(uri);
  });
});
