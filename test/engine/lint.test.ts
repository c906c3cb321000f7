import * as assert from 'node:assert/strict';
import { lintText, applyEdits, applyDirectives, fixText, selectFixes, DIRECTIVE_RULE_ID } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/document';
import { resolveConfig } from '../../server/src/engine/config';
import { createParseCache } from '../../server/src/engine/incremental';
import { disableLineFix } from '../../server/src/engine/fixes';
import { allRules } from '../../server/src/rules';
import type { Diagnostic, Fix } from '../../server/src/engine/types';

function diag(ruleId: string, start: number, end = start + 1): Diagnostic {
  return { ruleId, severity: 'warning', message: 'm', start, end };
}

describe('lint runner', () => {
  it('every rule has an id, a severity, a description and a rationale', () => {
    const ids = new Set<string>();
    for (const r of allRules) {
      assert.match(r.meta.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(r.meta.id));
      ids.add(r.meta.id);
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(r.meta.defaultSeverity));
    }
    for (const id of ['absolute-claim', 'unsupported-claim', 'vague-attribution', 'missing-disclaimer', 'dose-range', 'reference-identifier', 'uncited-reference', 'unmatched-citation']) {
      assert.ok(ids.has(id), id);
    }
  });

  it('contains a crashing rule: others still report and the failure is passed on once', () => {
    const rule = allRules[0];
    const original = rule.check;
    const failures: string[] = [];
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const res = lintText('# T\n\nText.\n', { uri: 'a.md', onRuleError: (id) => failures.push(id) });
      assert.deepEqual(failures, [rule.meta.id]);
      assert.ok(res.diagnostics.every((d) => d.ruleId !== rule.meta.id));
    } finally {
      rule.check = original;
    }
  });

  it('applies disable-next-line, disable-line, disable/enable and disable-file directives', () => {
    const md = [
      'line0', // 0
      '<!-- clinical-lint-disable-next-line rule-a -->', // 1
      'line2', // 2
      'line3 <!-- clinical-lint-disable-line -->', // 3
      '<!-- clinical-lint-disable rule-b -->', // 4
      'line5', // 5
      '<!-- clinical-lint-enable rule-b -->', // 6
      'line7', // 7
    ].join('\n');
    const doc = parseDocument(md, { uri: 'a.md' });
    const at = (line: number): number => doc.lineStarts[line];
    const kept = applyDirectives(doc, [
      diag('rule-a', at(2)), diag('rule-b', at(2)), diag('rule-a', at(3)), diag('rule-b', at(3)),
      diag('rule-b', at(5)), diag('rule-a', at(5)), diag('rule-b', at(7)), diag('rule-a', at(0)),
    ]);
    assert.deepEqual(kept.map((d) => `${d.ruleId}@${doc.lineStarts.indexOf(d.start)}`), ['rule-b@2', 'rule-a@5', 'rule-b@7', 'rule-a@0']);
    const all = parseDocument('<!-- clinical-lint-disable-file -->\nx', { uri: 'a.md' });
    assert.deepEqual(applyDirectives(all, [diag('rule-a', 40)]), []);
  });

  it('applyDirectives agrees with the per-diagnostic reading of the directives on random drafts', () => {
    // Reference: for each diagnostic, walk every directive in source order (what the directives mean).
    const reference = (doc: ReturnType<typeof parseDocument>, ds: ReturnType<typeof diag>[]) => {
      const dirs = [...doc.directives].sort((a, b) => a.start - b.start);
      return ds.filter((d) => {
        const line = doc.lineStarts.filter((s) => s <= d.start).length - 1;
        let disabled = false;
        for (const dir of dirs) {
          if (dir.rules.length && !dir.rules.includes(d.ruleId)) continue;
          if (dir.kind === 'disable-file') return false;
          if (dir.kind === 'disable-next-line' && line === dir.line + 1) return false;
          if (dir.kind === 'disable-line' && line === dir.line) return false;
          if (dir.kind === 'disable' && dir.start <= d.start) disabled = true;
          if (dir.kind === 'enable' && dir.start <= d.start) disabled = false;
        }
        return !disabled;
      });
    };
    let seed = 20261126;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const kinds = ['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'];
    const ruleSets = ['', ' rule-a', ' rule-b', ' rule-a rule-b', ' rule-c'];
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const lines: string[] = [];
      for (let i = 0, n = 3 + rnd(12); i < n; i++) {
        const kind = kinds[rnd(kinds.length)];
        // Rarely a whole-file directive, so most rounds test the ordered ones.
        const k = kind === 'disable-file' && rnd(4) ? 'disable' : kind;
        lines.push(rnd(3) ? `text ${i}` : `${rnd(2) ? 'words ' : ''}<!-- clinical-lint-${k}${ruleSets[rnd(ruleSets.length)]} -->`);
      }
      const doc = parseDocument(lines.join('\n'), { uri: 'a.md' });
      const ds = Array.from({ length: 1 + rnd(15) }, () => diag(['rule-a', 'rule-b', 'rule-c'][rnd(3)], rnd(doc.text.length + 1)));
      assert.deepEqual(applyDirectives(doc, ds), reference(doc, ds), lines.join('\n'));
      compared += ds.length;
    }
    assert.ok(compared > 1000);
  });

  it('reports directives that name unknown rules', () => {
    const res = lintText('<!-- clinical-lint-disable nope -->\n\n# T\n', { uri: 'a.md' });
    const d = res.diagnostics.filter((x) => x.ruleId === DIRECTIVE_RULE_ID);
    assert.equal(d.length, 1);
    assert.match(d[0].message, /Unknown rule 'nope'/);
  });

  it('applyEdits skips overlapping edits and keeps the rest of the text', () => {
    assert.equal(applyEdits('abcdef', [{ start: 1, end: 3, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }, { start: 5, end: 5, newText: '!' }]), 'aXde!f');
  });

  it('selectFixes never picks two fixes that touch the same text', () => {
    const f = (s: number, e: number) => ({ title: 't', isPreferred: true, edits: [{ start: s, end: e, newText: 'z' }] });
    const ds: Diagnostic[] = [
      { ...diag('a', 0), fixes: [f(0, 3)] },
      { ...diag('b', 1), fixes: [f(2, 4)] },
      { ...diag('c', 5), fixes: [f(5, 6)] },
    ];
    assert.equal(selectFixes(ds).length, 2);
  });

  describe('fix all numbers citation placeholders together', () => {
    const only = ['unsupported-claim'];
    const claims = Array.from({ length: 14 }, (_, i) => `Remedy ${i + 1} relieves back pain.`);

    it('fourteen uncited claims in Markdown: one fix all, markers in order, one definition each', () => {
      const md = `# Draft\n\n${claims.slice(0, 7).join(' ')} Ginger eases nausea[^1].\n\n${claims.slice(7).join('\n')}\n\n[^1]: Smith 2020. doi:10.1000/xyz\n`;
      const { text, applied } = fixText(md, { uri: 'file:///a.md', only }, 1);
      assert.equal(applied, 14);
      const markers = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
      assert.deepEqual(markers, [2, 3, 4, 5, 6, 7, 8, 1, 9, 10, 11, 12, 13, 14, 15]);
      for (let n = 2; n <= 15; n++) assert.equal([...text.matchAll(new RegExp(`^\\[\\^${n}\\]: TODO`, 'gm'))].length, 1, `[^${n}]`);
      assert.match(text, /\[\^1\]: Smith 2020\. doi:10\.1000\/xyz\n\[\^2\]: TODO/);
      assert.deepEqual(lintText(text, { uri: 'file:///a.md', only }).diagnostics, []);
    });

    it('plain text: entries under an existing References list, or a new References heading', () => {
      const withList = `${claims[0]} ${claims[1]}\n\nReferences\n\n[1] Smith 2020. doi:10.1000/xyz\n`;
      const a = fixText(withList, { uri: 'file:///a.txt', only }, 1).text;
      assert.equal(a, `Remedy 1 relieves back pain.[2] Remedy 2 relieves back pain.[3]\n\nReferences\n\n[1] Smith 2020. doi:10.1000/xyz\n[2] TODO: add a source (DOI, PMID or URL)\n[3] TODO: add a source (DOI, PMID or URL)\n`);
      const bare = fixText(`${claims[0]}\r\n${claims[1]}\r\n`, { uri: 'file:///b.txt', only }, 1).text;
      assert.equal(bare, `Remedy 1 relieves back pain.[1]\r\nRemedy 2 relieves back pain.[2]\r\n\r\nReferences\r\n\r\n[1] TODO: add a source (DOI, PMID or URL)\r\n[2] TODO: add a source (DOI, PMID or URL)\r\n`);
    });

    it('plain text: entries follow the numbering of the list they join, before a closing note under it', () => {
      // A GP newsletter's reference list numbered '1.', then a closing note with no heading of its own.
      const draft = `${claims[0]} Flu jabs are offered in October [1]. ${claims[1]}\n\nREFERENCES\n\n1. Smith J. Influenza vaccination in adults. doi:10.1000/flu\n2. Jones K. Vaccine uptake. PMID: 12345678\n\nThis newsletter is general information, not medical advice.\n`;
      const fixed = fixText(draft, { uri: 'file:///news.txt', only }, 1).text;
      assert.equal(
        fixed,
        `Remedy 1 relieves back pain.[3] Flu jabs are offered in October [1]. Remedy 2 relieves back pain.[4]\n\nREFERENCES\n\n1. Smith J. Influenza vaccination in adults. doi:10.1000/flu\n2. Jones K. Vaccine uptake. PMID: 12345678\n3. TODO: add a source (DOI, PMID or URL)\n4. TODO: add a source (DOI, PMID or URL)\n\nThis newsletter is general information, not medical advice.\n`,
      );
      // The markers find their entries: no citation is left without one.
      assert.deepEqual(lintText(fixed, { uri: 'file:///news.txt', only: ['unmatched-citation'] }).diagnostics.map((d) => d.message), []);
      // '1)' lists get '3)' entries.
      const paren = fixText(draft.replace('1. Smith', '1) Smith').replace('2. Jones', '2) Jones'), { uri: 'file:///news.txt', only }, 1).text;
      assert.match(paren, /\n2\) Jones K\. Vaccine uptake\. PMID: 12345678\n3\) TODO: add a source \(DOI, PMID or URL\)\n4\) TODO/);
    });

    it('a draft ending in an unclosed fence gets its definitions before the fence', () => {
      const md = `${claims[0]}\n\n${claims[1]}\n\n\`\`\`\nnot closed\n`;
      const { text } = fixText(md, { uri: 'file:///c.md', only }, 1);
      assert.ok(text.endsWith('```\nnot closed\n'), text);
      assert.equal([...text.matchAll(/^\[\^\d\]: TODO/gm)].length, 2, text);
      assert.deepEqual(lintText(text, { uri: 'file:///c.md', only }).diagnostics, []);
    });

    it('a marker that would touch another chosen fix waits for the next pass', () => {
      const series = (at: number) => ({ id: 's', first: 1, at, marker: '[#]', listAt: 100, lead: '\n', entry: '[#] x', sep: '\n', tail: '' });
      const placeholder = (at: number): Fix => ({ title: 'p', isPreferred: true, edits: [{ start: at, end: at, newText: '[1]' }, { start: 100, end: 100, newText: '\n[1] x' }], series: series(at) });
      const ds: Diagnostic[] = [
        { ...diag('a', 0), fixes: [placeholder(10)] },
        { ...diag('b', 20), fixes: [{ title: 'r', isPreferred: true, edits: [{ start: 25, end: 30, newText: 'q' }] }] },
        { ...diag('c', 25), fixes: [placeholder(28)] },
        { ...diag('d', 40), fixes: [placeholder(50)] },
      ];
      const chosen = selectFixes(ds);
      assert.equal(chosen.length, 2);
      assert.deepEqual(chosen[0].edits, [{ start: 10, end: 10, newText: '[1]' }, { start: 50, end: 50, newText: '[2]' }, { start: 100, end: 100, newText: '\n[1] x\n[2] x' }]);
    });
  });

  it('disable-line fixes keep paragraphs, lists and tables intact', () => {
    const md = '# T\n\nFirst line of para\nsecond line of para.\n\n- item text\n';
    const doc = parseDocument(md, { uri: 'a.md' });
    const above = disableLineFix(doc, 'dose-range', md.indexOf('First'));
    assert.equal(applyEdits(md, above.edits), '# T\n\n<!-- clinical-lint-disable-next-line dose-range -->\nFirst line of para\nsecond line of para.\n\n- item text\n');
    const inline = disableLineFix(doc, 'dose-range', md.indexOf('second'));
    assert.equal(applyEdits(md, inline.edits), '# T\n\nFirst line of para\nsecond line of para. <!-- clinical-lint-disable-line dose-range -->\n\n- item text\n');
    const item = disableLineFix(doc, 'dose-range', md.indexOf('item'));
    assert.match(applyEdits(md, item.edits), /- item text <!-- clinical-lint-disable-line dose-range -->\n$/);
    // The directive it writes silences exactly that rule on that line.
    for (const fix of [above, inline, item]) {
      const fixed = applyEdits(md, fix.edits);
      const d2 = parseDocument(fixed, { uri: 'a.md' });
      assert.equal(d2.directives.length, 1);
    }
  });
});

describe('results remembered between lints', () => {
  it('a paragraph repeated at other offsets, and a second lint, give the same diagnostics at the right places', () => {
    const para = 'Naltrexone at 150 mg cures insomnia and lowers pain scores. Studies show it is totally safe.';
    // Melatonin is the post's main drug: a dose reads as naltrexone's only if the naltrexone mention is found in its sentence.
    const text = `# Sleep\n\nMelatonin 3 mg at night. Melatonin is common; melatonin is cheap.\n\n${para}\n\nSome words first. A second paragraph about melatonin.\n\n${para}\n\n> ${para}\n`;
    const config = resolveConfig({ settings: { doses: { drugs: [{ drug: 'naltrexone', min: 50, max: 100, unit: 'mg' }] } } });
    // A parse cache marks an editing session: results are remembered between lints.
    const parseCache = createParseCache();
    const first = lintText(text, { uri: 'a.md', config, parseCache });
    const again = lintText(text, { uri: 'a.md', config, parseCache });
    assert.deepEqual(JSON.parse(JSON.stringify(first.diagnostics)), JSON.parse(JSON.stringify(lintText(text, { uri: 'a.md', config }).diagnostics)));
    assert.deepEqual(JSON.parse(JSON.stringify(again.diagnostics)), JSON.parse(JSON.stringify(first.diagnostics)));
    const starts = [text.indexOf(para), text.indexOf(para, text.indexOf(para) + 1), text.lastIndexOf(para)];
    const rel = (at: number) =>
      first.diagnostics
        .filter((d) => d.start >= at && d.end <= at + para.length)
        .map((d) => `${d.ruleId}:${d.start - at}-${d.end - at}:${text.slice(d.start, d.end)}:${d.message}`)
        .sort();
    const expected = rel(starts[0]);
    // The dose is read as naltrexone's (the drug was found in the right sentence), not against the default range.
    assert.ok(expected.some((k) => k.startsWith('dose-range') && /naltrexone/i.test(k.split(':').slice(3).join(':'))), expected.join(' | '));
    assert.ok(expected.some((k) => k.startsWith('absolute-claim')), expected.join(' | '));
    assert.deepEqual(rel(starts[1]), expected);
    assert.deepEqual(rel(starts[2]), expected);
  });
});

describe('line endings of fixes', () => {
  it('a draft with classic Mac line endings (CR only) gets no LF from any fix', () => {
    const text = '# Sleep\r\rMagnesium relieves cramps.\r\rLDN cures insomnia.\r';
    const res = lintText(text, { uri: 'a.md' });
    assert.equal(res.doc.eol, '\r');
    let fixes = 0;
    for (const d of res.diagnostics) {
      for (const f of d.fixes ?? []) {
        if (f.fileEdits) continue;
        const fixed = applyEdits(text, f.edits);
        assert.ok(!fixed.includes('\n'), `${d.ruleId}: ${f.title} wrote a LF: ${JSON.stringify(fixed)}`);
        fixes++;
      }
    }
    assert.ok(fixes >= 4, `fixes checked: ${fixes}`);
  });
});

describe('disable fixes on code lines', () => {
  it('silence the rule for the file: a comment inside code is code, not a directive', () => {
    for (const md of ['    indented code first\n\nSome prose here.\n', '```\ncode\n```\n\nProse.\n', '> ```\n> quoted code\n> ```\n']) {
      const doc = parseDocument(md, { uri: 'a.md' });
      const at = md.indexOf('code');
      const fix = disableLineFix(doc, 'missing-disclaimer', at);
      assert.equal(fix.title, 'Disable missing-disclaimer for this file', md);
      const fixed = applyEdits(md, fix.edits);
      const d2 = parseDocument(fixed, { uri: 'a.md' });
      assert.deepEqual(d2.directives.map((d) => [d.kind, d.rules]), [['disable-file', ['missing-disclaimer']]], md);
      // The code itself is untouched.
      assert.ok(fixed.endsWith(md), md);
    }
    // A document-level diagnostic of a draft that opens with code is silenced by the fix.
    const md = '    code at the top\n\nLDN helps some people sleep better.\n';
    const res = lintText(md, { uri: 'a.md', only: ['missing-disclaimer'] });
    assert.equal(res.diagnostics.length, 1);
    const fix = res.diagnostics[0].fixes!.find((f) => /Disable/.test(f.title))!;
    assert.equal(lintText(applyEdits(md, fix.edits), { uri: 'a.md', only: ['missing-disclaimer'] }).diagnostics.length, 0);
  });

  it('a line that ends inside a code span: the comment goes before the span, or the file when the span covers the line', () => {
    // Found by the fuzz runner: "…lower rates ```js" is a code span closed on a later line, so a comment at the end of
    // the line was code and the diagnostic stayed.
    const md = 'Intro line of the paragraph.\nA typical course is 0.5 mg daily, says the `dose\ntable` of the clinic.\n';
    const res = lintText(md, { uri: 'a.md', only: ['dose-range'] });
    assert.equal(res.diagnostics.length, 1);
    const fix = res.diagnostics[0].fixes!.find((f) => /Disable/.test(f.title))!;
    assert.equal(fix.title, 'Disable dose-range for this line');
    const fixed = applyEdits(md, fix.edits);
    assert.equal(fixed, 'Intro line of the paragraph.\nA typical course is 0.5 mg daily, says the <!-- clinical-lint-disable-line dose-range -->`dose\ntable` of the clinic.\n');
    assert.deepEqual(lintText(fixed, { uri: 'a.md', only: ['dose-range'] }).diagnostics, []);
    // The span opened on the line before and closes after this one: no place on the line is prose.
    const covered = 'Intro `code that runs on\n0.5 mg daily inside the span\nstill code` here.\n';
    const doc = parseDocument(covered, { uri: 'a.md' });
    const whole = disableLineFix(doc, 'dose-range', covered.indexOf('0.5'));
    assert.equal(whole.title, 'Disable dose-range for this file');
  });
});

describe('disable fixes in front matter', () => {
  it('silence the rule for the file instead of writing into YAML', () => {
    const md = '---\ntitle: x\nreviewed: 2001-01-01\n---\n\n# T\n';
    const doc = parseDocument(md, { uri: 'a.md' });
    const fix = disableLineFix(doc, 'stale-review', md.indexOf('2001'));
    assert.equal(fix.title, 'Disable stale-review for this file');
    const fixed = applyEdits(md, fix.edits);
    assert.equal(fixed, '---\ntitle: x\nreviewed: 2001-01-01\n---\n<!-- clinical-lint-disable-file stale-review -->\n\n# T\n');
    assert.deepEqual(parseDocument(fixed, { uri: 'a.md' }).frontMatter!.data, { title: 'x', reviewed: '2001-01-01' });
  });
});
