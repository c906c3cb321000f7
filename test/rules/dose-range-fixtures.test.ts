// dose-range on whole drafts under test/fixtures/doses: the exact diagnostics with the default range and with a clinic's
// ranges, and the text after every "Write as N mg" fix. Regenerate an expected file with UPDATE_FIXTURES=1 and review the diff.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { parseConfigText, resolveConfig, type ResolvedConfig } from '../../server/src/engine/config';
import { offsetToPosition } from '../../server/src/engine/document';
import type { Diagnostic } from '../../server/src/engine/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'doses');
const update = process.env.UPDATE_FIXTURES === '1';

function lint(file: string, config: ResolvedConfig): { text: string; diagnostics: Diagnostic[]; lines: string[] } {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const kind = file.endsWith('.txt') ? 'plaintext' : 'markdown';
  const { doc, diagnostics } = lintText(text, { uri: `untitled:${file}`, kind, config, only: ['dose-range'], onRuleError: (_id, e) => { throw e; } });
  const lines = diagnostics.map((d) => {
    const s = offsetToPosition(doc.lineStarts, d.start);
    const e = offsetToPosition(doc.lineStarts, d.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${d.severity} ${d.message}`;
  });
  return { text, diagnostics, lines };
}

function expectFile(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (update) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} (run with UPDATE_FIXTURES=1 to regenerate, then review)`);
}

const clinic = (): ResolvedConfig => {
  const file = path.join(DIR, 'clinic-ranges.jsonc');
  const loaded = parseConfigText(fs.readFileSync(file, 'utf8'), file);
  assert.deepEqual(loaded.problems, []);
  return resolveConfig({ file: loaded });
};

describe('dose-range fixtures', () => {
  for (const file of ['ldn-clinic-post.md', 'ldn-notes.txt']) {
    const base = file.replace(/\.\w+$/, '');
    it(`${file}: default range`, () => {
      expectFile(`${base}.expected.txt`, lint(file, resolveConfig()).lines.join('\n') + '\n');
    });
    it(`${file}: clinic ranges`, () => {
      expectFile(`${base}.clinic.expected.txt`, lint(file, clinic()).lines.join('\n') + '\n');
    });
    it(`${file}: every "Write as N mg" fix applied`, () => {
      const { text, diagnostics } = lint(file, resolveConfig());
      const edits = diagnostics.flatMap((d) => d.fixes?.filter((f) => f.title.startsWith('Write as')).flatMap((f) => f.edits) ?? []);
      assert.ok(edits.length > 0);
      const fixed = applyEdits(text, edits);
      expectFile(`${base}.fixed${path.extname(file)}`, fixed);
      // Re-linted, nothing is left to rewrite and no dose was lost.
      const again = lintText(fixed, { uri: `untitled:${file}`, kind: file.endsWith('.txt') ? 'plaintext' : 'markdown', only: ['dose-range'] }).diagnostics;
      assert.equal(again.filter((d) => d.fixes?.some((f) => f.title.startsWith('Write as'))).length, 0);
      assert.equal(again.length, diagnostics.length);
    });
  }
});
