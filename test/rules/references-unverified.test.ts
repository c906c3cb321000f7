// unverified-reference reads online results (ctx.external.references); here they are given directly.

import * as assert from 'node:assert/strict';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { resolveConfig } from '../../server/src/engine/config';
import { parseDocument } from '../../server/src/engine/document';
import { analyzeReferences, entryFingerprint } from '../../server/src/engine/references';
import { enableVerificationRule } from '../../server/src/online';
import type { EntryVerification, VerificationResults } from '../../server/src/online/types';

const TEXT =
  '# Post\n\nPain fell [1], sleep improved [2], mood too [3] and fatigue [4].\n\n## References\n\n' +
  '1. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65:529-538. doi:10.1002/art.99999\n' +
  '2. Dunn K, Park L. Low-dose naltrexone for depression: a randomized trial. Pain. 2021;161:100-110. doi:10.1016/j.jpain.2019.02.004\n' +
  '3. Janssen P, de Vries L. Low-dose naltrexone for induction of remission in inflammatory bowel disease. Inflamm Bowel Dis. 2021;27:1-9.\n' +
  '4. Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.\n';

function resultsFor(text: string, outcomes: Partial<EntryVerification>[], status: VerificationResults['status'] = 'ok'): VerificationResults {
  const entries = analyzeReferences(parseDocument(text, { uri: 'draft.md' })).entries;
  return {
    status,
    message: '',
    checked: entries.length,
    problems: 0,
    threshold: 0.8,
    requests: 0,
    cacheHits: 0,
    entries: outcomes.map((o, i) => ({ fingerprint: entryFingerprint(entries[i]), start: entries[i].start, end: entries[i].end, outcome: 'verified', ...o }) as EntryVerification),
  };
}

const OUTCOMES: Partial<EntryVerification>[] = [
  { outcome: 'not-found', service: 'crossref', identifier: { kind: 'doi', value: '10.1002/art.99999' } },
  {
    outcome: 'mismatch',
    service: 'crossref',
    identifier: { kind: 'doi', value: '10.1016/j.jpain.2019.02.004' },
    record: { title: 'Exercise therapy for chronic low back pain in primary care', firstAuthor: 'Lindqvist', year: '2019' },
    similarity: 0.31,
    mismatches: ['title', 'first author', 'year'],
  },
  {
    outcome: 'suggestion',
    service: 'crossref',
    suggestion: { doi: '10.1093/ibd/izab999', similarity: 0.97, record: { title: 'Low-dose naltrexone for induction of remission in inflammatory bowel disease', firstAuthor: 'Janssen', year: '2021' } },
  },
  { outcome: 'no-match', service: 'crossref' },
];

function lint(text: string, results: unknown, config = enableVerificationRule(resolveConfig())) {
  return lintText(text, { uri: 'draft.md', config, only: ['unverified-reference'], external: results === undefined ? {} : { references: results } }).diagnostics;
}

describe('unverified-reference', () => {
  it('is off by default and needs results', () => {
    assert.deepEqual(lintText(TEXT, { uri: 'draft.md', only: ['unverified-reference'], external: { references: resultsFor(TEXT, OUTCOMES) } }).diagnostics, []);
    assert.deepEqual(lint(TEXT, undefined), []);
    assert.deepEqual(lint(TEXT, { nonsense: true }), []);
    assert.deepEqual(lint(TEXT, null), []);
  });

  it('reports each problem on the identifier (or the entry) with a message quoting the record', () => {
    const ds = lint(TEXT, resultsFor(TEXT, OUTCOMES));
    assert.deepEqual(
      ds.map((d) => [TEXT.slice(d.start, d.end), d.severity]),
      [
        ['doi:10.1002/art.99999', 'warning'],
        ['doi:10.1016/j.jpain.2019.02.004', 'warning'],
        ['Janssen P, de Vries L. Low-dose naltrexone for induction of remission in inflammatory bowel disease. Inflamm Bowel Dis. 2021;27:1-9.', 'warning'],
        ['Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.', 'warning'],
      ],
    );
    assert.equal(ds[0].message, 'DOI 10.1002/art.99999 does not exist in Crossref: the reference "Low-dose naltrexone for fibromyalgia" (Younger 2013) may be mistyped or invented. Copy the identifier from the article\'s page.');
    assert.equal(
      ds[1].message,
      'DOI 10.1016/j.jpain.2019.02.004 belongs to "Exercise therapy for chronic low back pain in primary care" (Lindqvist 2019), not to "Low-dose naltrexone for depression: a randomized trial" (Dunn 2021) (title similarity 0.31 is below 0.8; first author Lindqvist, not Dunn; year 2019, not 2021). Check the identifier and the citation.',
    );
    assert.match(ds[2].message, /has no identifier; Crossref has a matching record, "Low-dose naltrexone for induction of remission in inflammatory bowel disease" \(Janssen 2021\) \(title similarity 0\.97\): add its DOI so readers can check it\.$/);
    assert.match(ds[3].message, /^No Crossref or PubMed record matches "Naltrexone at low doses for chronic fatigue syndrome: an open-label case series" \(Moreau 2018\)/);
    for (const d of ds) assert.equal(d.fixes!.at(-1)!.title, 'Disable unverified-reference for this line');
    assert.ok(ds.every((d) => typeof d.data?.searchUrl === 'string' && (d.data.searchUrl as string).startsWith('https://pubmed.ncbi.nlm.nih.gov/?term=')));
  });

  it('"Add DOI" inserts a doi.org link after the citation; re-linted, the entry is no longer reported', () => {
    const results = resultsFor(TEXT, OUTCOMES);
    const d = lint(TEXT, results)[2];
    assert.equal(d.fixes![0].title, 'Add DOI 10.1093/ibd/izab999');
    assert.equal(d.fixes![0].isPreferred, undefined, 'a searched DOI is never applied by fix-all');
    const fixed = applyEdits(TEXT, d.fixes![0].edits);
    assert.ok(fixed.includes('Inflamm Bowel Dis. 2021;27:1-9. https://doi.org/10.1093/ibd/izab999\n4. '));
    const after = lintText(fixed, { uri: 'draft.md', config: enableVerificationRule(resolveConfig()), only: ['unverified-reference', 'reference-identifier'], external: { references: results } }).diagnostics;
    assert.deepEqual(after.map((x) => fixed.slice(x.start, x.end)), ['doi:10.1002/art.99999', 'doi:10.1016/j.jpain.2019.02.004', 'Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.', 'Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.']);
  });

  it('"Add DOI" after a sample-style entry keeps the annotation', () => {
    const text = 'LDN\n\nText.\n\n"Low-dose naltrexone for induction of remission in inflammatory bowel disease" (Janssen, et al., 2021) - A small randomized trial.\n';
    const results = resultsFor(text, [OUTCOMES[2]]);
    const ds = lintText(text, { uri: 'draft.txt', config: enableVerificationRule(resolveConfig()), only: ['unverified-reference'], external: { references: results } }).diagnostics;
    const fixed = applyEdits(text, ds[0].fixes![0].edits);
    assert.equal(fixed, 'LDN\n\nText.\n\n"Low-dose naltrexone for induction of remission in inflammatory bowel disease" (Janssen, et al., 2021). https://doi.org/10.1093/ibd/izab999 - A small randomized trial.\n');
    const again = lintText(fixed, { uri: 'draft.txt', only: ['reference-identifier'] }).diagnostics;
    assert.deepEqual(again, []);
  });

  it('says nothing for verified, unavailable and skipped entries, or for an entry edited since the check', () => {
    const quiet = resultsFor(TEXT, [{ outcome: 'verified' }, { outcome: 'unavailable', detail: 'timed out' }, { outcome: 'skipped' }, { outcome: 'verified' }]);
    assert.deepEqual(lint(TEXT, quiet), []);
    const edited = TEXT.replace('doi:10.1002/art.99999', 'doi:10.1002/art.37734');
    assert.deepEqual(lint(edited, resultsFor(TEXT, OUTCOMES)).map((d) => edited.slice(d.start, d.end).slice(0, 12)), ['doi:10.1016/', 'Janssen P, d', 'Moreau C. Na']);
  });

  it('never reports in an untrusted workspace, or from disabled/untrusted results', () => {
    const untrusted = enableVerificationRule(resolveConfig({ trusted: false }));
    assert.deepEqual(lint(TEXT, resultsFor(TEXT, OUTCOMES), untrusted), []);
    assert.deepEqual(lint(TEXT, resultsFor(TEXT, OUTCOMES, 'disabled')), []);
    assert.deepEqual(lint(TEXT, resultsFor(TEXT, OUTCOMES, 'untrusted')), []);
  });

  it('offline: one identifier for two different works, and two DOIs in one entry', () => {
    const text =
      '## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n' +
      '2. Garcia M. Naltrexone and sleep quality in older adults. Sleep Med. 2018. doi:10.1002/ART.37734\n' +
      '3. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. PMID: 23359310\n' +
      '4. Okafor C. Vivid dreams on naltrexone. BMJ. 2018. doi:10.1136/bmj.k1 https://doi.org/10.1136/bmj.k2\n';
    const ds = lint(text, undefined, resolveConfig({ settings: { rules: { 'unverified-reference': 'warning' } } }));
    assert.deepEqual(
      ds.map((d) => [text.slice(d.start, d.end), d.message]),
      [
        ['doi:10.1002/ART.37734', 'DOI 10.1002/ART.37734 is also given for reference [1], "Low-dose naltrexone for fibromyalgia" (Younger 2013): two different titles cannot share one identifier, so at least one of the two references is wrong.'],
        ['https://doi.org/10.1136/bmj.k2', 'DOIs 10.1136/bmj.k1 and 10.1136/bmj.k2 in one reference cannot both be right: keep the one that leads to "Vivid dreams on naltrexone" (Okafor 2018).'],
      ],
    );
  });

  it('offline: the same work listed twice with one DOI is not reported', () => {
    const text = '## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n2. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65:529. doi:10.1002/art.37734\n';
    assert.deepEqual(lint(text, undefined, resolveConfig({ settings: { rules: { 'unverified-reference': 'warning' } } })), []);
  });
});
