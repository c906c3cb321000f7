// Every rule has a docs page, and the page's examples are tests:
// a ```markdown ok block yields no diagnostic of that rule, a ```markdown not-ok block yields at least one (for the
// claim rules, whose not-ok blocks list one example sentence a line, one on every line, unless marked `mixed`),
// and a ```text block right after a not-ok block lists the exact expected diagnostics as
// `line:column-endLine:endColumn severity message` (1-based, end exclusive).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../server/src/rules';
import { lintRule } from './helpers/rule-tester';
import { computeLineStarts, offsetToPosition } from '../server/src/engine/document';

const DOCS = path.join(__dirname, '..', 'docs', 'rules');
/** Rules whose not-ok blocks hold one example sentence a line (each must fire). */
const LINE_PER_EXAMPLE = new Set(['absolute-claim', 'unsupported-claim', 'vague-attribution']);

interface Example {
  lang: string;
  kind: 'ok' | 'not-ok' | 'expected' | 'other';
  body: string;
  config?: unknown;
  /** ```markdown not-ok mixed: the block mixes examples with lines of context that need not fire. */
  mixed?: boolean;
  /** The fence that opened it (``` or ````). */
  fence: string;
}

function examplesOf(md: string): Example[] {
  const out: Example[] = [];
  const fence = /^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;
  for (const m of md.matchAll(fence)) {
    const info = m[2].trim().split(/\s+/);
    const lang = info[0] ?? '';
    const kind = info.includes('ok') ? 'ok' : info.includes('not-ok') ? 'not-ok' : lang === 'text' && info.includes('expected') ? 'expected' : 'other';
    const cfg = /config=(\{.*\})\s*$/.exec(m[2]);
    out.push({ lang, kind, body: m[3], config: cfg ? JSON.parse(cfg[1]) : undefined, mixed: info.includes('mixed'), fence: m[1] });
  }
  return out;
}

describe('rule docs', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    const file = path.join(DOCS, `${id}.md`);
    describe(`docs/rules/${id}.md`, () => {
      it('exists, names the rule and its default severity, and has ok and not-ok examples', () => {
        assert.ok(fs.existsSync(file), `missing ${file}`);
        const md = fs.readFileSync(file, 'utf8');
        assert.match(md, new RegExp(`^# ${id}\\b`, 'm'));
        assert.match(md, new RegExp(`\\b${rule.meta.defaultSeverity}\\b`));
        const ex = examplesOf(md);
        assert.ok(ex.some((e) => e.kind === 'ok'), 'an ok example');
        assert.ok(ex.some((e) => e.kind === 'not-ok'), 'a not-ok example');
        assert.notEqual(rule.meta.description, 'TODO');
      });
      it('closes every code fence (an unclosed fence runs on into the prose after it and swallows the next example)', () => {
        const md = fs.readFileSync(file, 'utf8');
        // A line opening a fence of the same kind and length inside an example ('```markdown ok' inside a ``` block) is the
        // next example's opener, swallowed (a ```` block may hold ``` code).
        for (const ex of examplesOf(md)) assert.ok(!ex.body.split('\n').some((l) => l.startsWith(ex.fence) && /^[A-Za-z]/.test(l.slice(ex.fence.length))), `an example runs into the next fence: ${ex.body.slice(0, 120)}`);
        assert.equal(md.split('\n').filter((l) => /^(?:`{3,}|~{3,})/.test(l)).length % 2, 0, 'an odd number of fence lines');
      });
      if (!fs.existsSync(file)) return;
      const examples = examplesOf(fs.readFileSync(file, 'utf8'));
      examples.forEach((ex, i) => {
        if (ex.kind !== 'ok' && ex.kind !== 'not-ok') return;
        const kind = ex.lang === 'text' || ex.lang === 'txt' ? 'plaintext' : 'markdown';
        const config = { ...(ex.config as object), rules: { ...((ex.config as { rules?: object })?.rules ?? {}), ...(rule.meta.defaultSeverity === 'off' ? { [id]: 'warning' } : {}) } };
        it(`example ${i + 1} (${ex.kind})`, () => {
          const found = lintRule(id, { text: ex.body, kind, config: config as never });
          if (ex.kind === 'ok') {
            assert.deepEqual(found.map((d) => d.message), []);
            return;
          }
          assert.ok(found.length > 0, 'expected at least one diagnostic');
          // The claim rules' not-ok blocks list one example sentence a line: every line must fire, not just one of them.
          if (LINE_PER_EXAMPLE.has(id) && !ex.mixed) {
            let at = 0;
            for (const line of ex.body.split('\n')) {
              const start = at;
              at += line.length + 1;
              if (!line.trim()) continue;
              assert.ok(found.some((d) => d.start >= start && d.start < start + line.length), `no ${id} diagnostic on the example line: ${line}`);
            }
          }
          const next = examples[i + 1];
          if (next?.kind === 'expected') {
            const ls = computeLineStarts(ex.body);
            const lines = found.map((d) => {
              const s = offsetToPosition(ls, d.start);
              const e = offsetToPosition(ls, d.end);
              return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${d.severity} ${d.message}`;
            });
            assert.deepEqual(lines, next.body.trim().split('\n').map((l) => l.trim()));
          }
        });
      });
    });
  }
});
