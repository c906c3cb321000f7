// The online reference check against a local Crossref/E-utilities stand-in (no internet).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeServices, deadUrl } from './fake-services';
import { parseDocument } from '../../server/src/engine/document';
import { resolveConfig, type ClinicalLintConfig } from '../../server/src/engine/config';
import { lintText, applyEdits } from '../../server/src/engine/lint';
import { verifyReferences, enableVerificationRule, type VerifyOptions } from '../../server/src/online';
import type { VerificationResults } from '../../server/src/online/types';

const YOUNGER_TITLE =
  'Low-dose naltrexone for the treatment of fibromyalgia: findings of a small, randomized, double-blind, placebo-controlled, counterbalanced, crossover trial assessing daily pain levels';

function post(...entries: string[]): string {
  return [
    '# Low dose naltrexone and pain',
    '',
    `Low dose naltrexone reduced daily pain in a small crossover trial ${entries.map((_, i) => `[${i + 1}]`).join('')}.`,
    '',
    '## References',
    '',
    ...entries.map((e, i) => `${i + 1}. ${e}`),
    '',
  ].join('\n');
}

describe('verifyReferences (local Crossref and E-utilities)', function () {
  this.timeout(20000);
  let fake: FakeServices;
  let cacheDir: string;
  let sleeps: number[];

  beforeEach(async () => {
    fake = await new FakeServices().start();
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-lint-refs-'));
    sleeps = [];
  });
  afterEach(async () => {
    await fake.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  function config(extra: ClinicalLintConfig['references'] = {}, urls?: { crossrefUrl: string; eutilsUrl: string }) {
    return resolveConfig({
      settings: {
        references: { verifyOnline: true, mailto: 'editor@example.org', crossrefUrl: urls?.crossrefUrl ?? fake.crossrefUrl, eutilsUrl: urls?.eutilsUrl ?? fake.eutilsUrl, ...extra },
      },
    });
  }

  const fast: VerifyOptions = {};
  async function check(text: string, opts: VerifyOptions = {}, cfg = config()) {
    const doc = parseDocument(text, { uri: 'draft.md' });
    const results = await verifyReferences(doc, cfg, {
      cacheDir,
      minIntervalMs: 0,
      backoffBaseMs: 5,
      timeoutMs: 2000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...fast,
      ...opts,
    });
    const lint = lintText(text, { uri: 'draft.md', config: enableVerificationRule(cfg), only: ['unverified-reference'], external: { references: results } });
    return { results, diagnostics: lint.diagnostics, text };
  }

  it('verifies a DOI whose Crossref record matches the entry, and says nothing', async () => {
    const { results, diagnostics } = await check(post(`Younger J, Noor N, McCue R, Mackey S. ${YOUNGER_TITLE}. Arthritis Rheum. 2013;65(2):529-538. doi:10.1002/art.37734`));
    assert.equal(results.status, 'ok');
    assert.equal(results.entries[0].outcome, 'verified');
    assert.ok(results.entries[0].similarity! > 0.95, String(results.entries[0].similarity));
    assert.deepEqual(diagnostics, []);
  });

  it('sends the mailto in the User-Agent and tool/email to E-utilities', async () => {
    await check(post(`Younger J. ${YOUNGER_TITLE}. Arthritis Rheum. 2013. doi:10.1002/art.37734`, `Younger J. ${YOUNGER_TITLE}. 2013. PMID: 23359310`));
    const cr = fake.requests.find((r) => r.path.startsWith('/crossref/'))!;
    assert.match(cr.userAgent, /^clinical-lint\/\S+ \(.*mailto:editor@example\.org\)$/);
    const eu = fake.requests.find((r) => r.path.startsWith('/eutils/'))!;
    assert.equal(eu.query.get('tool'), 'clinical-lint');
    assert.equal(eu.query.get('email'), 'editor@example.org');
    assert.equal(eu.query.get('retmode'), 'json');
  });

  it('reports a DOI that does not exist (404 at /works and at /agency)', async () => {
    const { results, diagnostics, text } = await check(post(`Younger J. ${YOUNGER_TITLE}. Arthritis Rheum. 2013. doi:10.1002/art.99999`));
    assert.equal(results.entries[0].outcome, 'not-found');
    assert.equal(diagnostics.length, 1);
    assert.equal(text.slice(diagnostics[0].start, diagnostics[0].end), 'doi:10.1002/art.99999');
    assert.match(diagnostics[0].message, /^DOI 10\.1002\/art\.99999 does not exist in Crossref/);
  });

  it('accepts a DOI registered with another agency (DataCite) without claiming it is missing', async () => {
    const { results, diagnostics } = await check(post('Lee K. Interview transcripts on naltrexone use. Zenodo. 2020. doi:10.5281/zenodo.1234567'));
    assert.equal(results.entries[0].outcome, 'verified');
    assert.match(results.entries[0].detail!, /DataCite/);
    assert.deepEqual(diagnostics, []);
  });

  it('reports a DOI whose record has another title, first author and year', async () => {
    const { results, diagnostics } = await check(post('Dunn K, Park L. Low-dose naltrexone for fibromyalgia: a randomized trial. Pain. 2021;161:100-110. doi:10.1016/j.jpain.2019.02.004'));
    const v = results.entries[0];
    assert.equal(v.outcome, 'mismatch');
    assert.deepEqual(v.mismatches, ['title', 'first author', 'year']);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /belongs to "Exercise therapy for chronic low back pain in primary care: a cluster trial" \(Lindqvist 2019\), not to "Low-dose naltrexone for fibromyalgia: a randomized trial" \(Dunn 2021\)/);
    assert.match(diagnostics[0].message, /title similarity 0\.\d+ is below 0\.8; first author Lindqvist, not Dunn; year 2019, not 2021\)/);
  });

  it('uses the configured title similarity threshold', async () => {
    const entry = `Younger J. Low-dose naltrexone for the treatment of fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734`;
    const loose = await check(post(entry));
    assert.equal(loose.results.entries[0].outcome, 'verified', 'a title without its subtitle matches the main title');
    const strict = await check(post(entry), {}, config({ titleSimilarity: 1 }));
    assert.equal(strict.results.entries[0].outcome, 'verified', 'the main title is identical');
    const other = await check(post('Younger J. Low-dose naltrexone for chronic fatigue. Arthritis Rheum. 2013. doi:10.1002/art.37734'), {}, config({ titleSimilarity: 0.95 }));
    assert.equal(other.results.entries[0].outcome, 'mismatch');
    assert.equal(other.results.threshold, 0.95);
  });

  it('looks PMIDs up in one batched esummary request and reports one that does not exist', async () => {
    const { results, diagnostics, text } = await check(
      post(`Younger J, Noor N. ${YOUNGER_TITLE}. Arthritis Rheum. 2013;65:529-538. PMID: 23359310`, 'Garcia M. Naltrexone in Crohn disease: a pilot. Gut. 2017;3:4. PMID: 99999999'),
    );
    assert.deepEqual(results.entries.map((e) => e.outcome), ['verified', 'not-found']);
    assert.equal(fake.count('esummary'), 1);
    assert.equal(fake.requests.find((r) => r.path.endsWith('esummary.fcgi'))!.query.get('id'), '23359310,99999999');
    assert.equal(diagnostics.length, 1);
    assert.equal(text.slice(diagnostics[0].start, diagnostics[0].end), 'PMID: 99999999');
    assert.match(diagnostics[0].message, /^PMID 99999999 does not exist in PubMed/);
  });

  it('looks a PMCID up in PMC (db=pmc, numeric id)', async () => {
    const { results, diagnostics } = await check(post(`Younger J. ${YOUNGER_TITLE}. Arthritis Rheum. 2013. PMCID: PMC4012650`));
    assert.equal(results.entries[0].outcome, 'verified');
    const r = fake.requests.find((x) => x.path.endsWith('esummary.fcgi'))!;
    assert.equal(r.query.get('db'), 'pmc');
    assert.equal(r.query.get('id'), '4012650');
    assert.deepEqual(diagnostics, []);
  });

  it('searches an entry without identifier by title and offers "Add DOI" for a confident match; the fix silences both rules', async () => {
    const text = post('Janssen P, de Vries L. Low-dose naltrexone for induction of remission in inflammatory bowel disease: a randomized controlled trial. Inflamm Bowel Dis. 2021;27:1-9.');
    const { results, diagnostics } = await check(text);
    assert.equal(results.entries[0].outcome, 'suggestion');
    assert.equal(results.entries[0].suggestion!.doi, '10.1093/ibd/izab999');
    const q = fake.requests.find((r) => r.path === '/crossref/works')!.query;
    assert.match(q.get('query.bibliographic')!, /^Low-dose naltrexone for induction of remission in inflammatory bowel disease: a randomized controlled trial Janssen 2021$/);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /^"Low-dose naltrexone for induction of remission in inflammatory bowel disease:…" \(Janssen 2021\) has no identifier; Crossref has a matching record, "Low-dose naltrexone for induction of remission in inflammatory bowel disease: a…" \(Janssen 2021\) \(title similarity 1\.00\): add its DOI/);
    const fix = diagnostics[0].fixes![0];
    assert.equal(fix.title, 'Add DOI 10.1093/ibd/izab999');
    assert.equal(diagnostics[0].fixes!.at(-1)!.title, 'Disable unverified-reference for this line');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('Inflamm Bowel Dis. 2021;27:1-9. https://doi.org/10.1093/ibd/izab999\n'), fixed);
    const again = lintText(fixed, { uri: 'draft.md', config: enableVerificationRule(config()), only: ['unverified-reference', 'reference-identifier'], external: { references: results } });
    assert.deepEqual(again.diagnostics.map((d) => d.message), []);
  });

  it('falls back to a PubMed title search and suggests the DOI from the PubMed record', async () => {
    const { results, diagnostics } = await check(post(`Younger J, Noor N. "${YOUNGER_TITLE}." Arthritis Rheum. 2013;65:529-538.`));
    assert.equal(results.entries[0].outcome, 'suggestion');
    assert.equal(results.entries[0].service, 'pubmed');
    assert.equal(results.entries[0].suggestion!.doi, '10.1002/art.37734');
    assert.equal(results.entries[0].suggestion!.pmid, '23359310');
    assert.equal(diagnostics[0].fixes![0].title, 'Add DOI 10.1002/art.37734');
  });

  it('says that no record matches when both searches find nothing close', async () => {
    const { results, diagnostics } = await check(post('Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.'));
    assert.equal(results.entries[0].outcome, 'no-match');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /^No Crossref or PubMed record matches "Naltrexone at low doses for chronic fatigue syndrome: an open-label case series" \(Moreau 2018\): the source may not exist as cited/);
  });

  it('does not suggest a DOI for a similar title by another author', async () => {
    const { results } = await check(post('Ferreira A. Low-dose naltrexone for induction of remission in inflammatory bowel disease. Inflamm Bowel Dis. 2021;27:1-9.'));
    assert.equal(results.entries[0].outcome, 'no-match');
  });

  it('retries after HTTP 500 with backoff and then succeeds', async () => {
    const { results } = await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.5555/flaky`));
    assert.equal(results.entries[0].outcome, 'verified');
    assert.equal(fake.count('10.5555/flaky'), 2);
    assert.ok(sleeps.some((ms) => ms >= 5), `backoff slept ${sleeps}`);
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const { results } = await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.5555/ratelimited`));
    assert.equal(results.entries[0].outcome, 'verified');
    assert.equal(fake.count('10.5555/ratelimited'), 2);
    assert.ok(sleeps.includes(1000), `slept ${sleeps}`);
  });

  it('gives up on a Retry-After beyond the cap: the entry is unavailable, not reported', async () => {
    const { results, diagnostics } = await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.5555/ratelimited-long`));
    assert.equal(results.entries[0].outcome, 'unavailable');
    assert.equal(results.entries[0].detail, 'HTTP 429');
    assert.equal(fake.count('10.5555/ratelimited-long'), 1);
    assert.deepEqual(diagnostics, []);
  });

  it('times out, retries, and reports nothing for an entry the service never answered', async () => {
    const { results, diagnostics } = await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.5555/slow`), { timeoutMs: 150, maxRetries: 1 });
    assert.equal(results.status, 'ok');
    assert.equal(results.entries[0].outcome, 'unavailable');
    assert.equal(results.entries[0].detail, 'timed out');
    assert.equal(fake.count('10.5555/slow'), 2);
    assert.deepEqual(diagnostics, []);
    assert.match(results.message, /1 could not be checked/);
  });

  it('goes offline cleanly when the services refuse connections: status offline, no diagnostics, one attempt per host', async () => {
    const dead = await deadUrl();
    const cfg = config({}, { crossrefUrl: `${dead}/crossref`, eutilsUrl: `${dead}/eutils` });
    const text = post(
      `Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`,
      'Dunn K. Another trial of naltrexone. Pain. 2020;3:4. doi:10.1016/j.jpain.2019.02.004',
      'Moreau C. Naltrexone at low doses for chronic fatigue syndrome: an open-label case series. J Fatigue Res. 2018;4:22-30.',
      'Garcia M. Naltrexone in Crohn disease: a pilot. Gut. 2017;3:4. PMID: 99999999',
    );
    const { results, diagnostics } = await check(text, {}, cfg);
    assert.equal(results.status, 'offline');
    assert.match(results.message, /^Offline: could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    assert.ok(results.entries.every((e) => e.outcome === 'unavailable'), JSON.stringify(results.entries.map((e) => e.outcome)));
    assert.equal(results.requests, 1, 'the host is remembered as unreachable after the first refusal');
    assert.deepEqual(diagnostics, []);
  });

  it('answers from the disk cache without the network, and goes back online when the cache expires', async () => {
    const text = post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`, 'Garcia M. Naltrexone in Crohn disease: a pilot. Gut. 2017;3:4. PMID: 99999999');
    const first = await check(text);
    assert.deepEqual(first.results.entries.map((e) => e.outcome), ['verified', 'not-found']);
    assert.ok(first.results.requests >= 2);
    assert.ok(fs.readdirSync(path.join(cacheDir, 'references-v1')).length >= 2);
    // Same base URLs (the cache key includes them), but the server is gone.
    const urls = { crossrefUrl: fake.crossrefUrl, eutilsUrl: fake.eutilsUrl };
    await fake.close();
    fake = await new FakeServices().start(); // for afterEach; a different port
    const cfg = config({}, urls);
    const second = await check(text, {}, cfg);
    assert.equal(second.results.status, 'ok');
    assert.equal(second.results.requests, 0);
    assert.equal(second.results.cacheHits, 2);
    assert.deepEqual(second.results.entries.map((e) => e.outcome), ['verified', 'not-found']);
    assert.equal(second.diagnostics.length, 1);
    // "Not found" expires after a day, records after 30 days.
    const tomorrow = await check(text, { now: () => Date.now() + 2 * 24 * 3600 * 1000 }, cfg);
    assert.equal(tomorrow.results.entries[0].outcome, 'verified');
    assert.equal(tomorrow.results.entries[1].outcome, 'unavailable');
    assert.equal(tomorrow.results.status, 'offline');
  });

  it('ignores a corrupt cache file', async () => {
    const text = post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`);
    await check(text);
    const dir = path.join(cacheDir, 'references-v1');
    for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{not json');
    const again = await check(text);
    assert.equal(again.results.entries[0].outcome, 'verified');
    assert.equal(again.results.cacheHits, 0);
  });

  it('never goes online in an untrusted workspace, nor when verifyOnline is off unless forced', async () => {
    const text = post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`);
    const doc = parseDocument(text, { uri: 'draft.md' });
    const untrusted = resolveConfig({ settings: { references: { verifyOnline: true, crossrefUrl: fake.crossrefUrl, eutilsUrl: fake.eutilsUrl } }, trusted: false });
    const r1 = await verifyReferences(doc, untrusted, { force: true });
    assert.equal(r1.status, 'untrusted');
    const off = resolveConfig({ settings: { references: { crossrefUrl: fake.crossrefUrl, eutilsUrl: fake.eutilsUrl } } });
    const r2 = await verifyReferences(doc, off, {});
    assert.equal(r2.status, 'disabled');
    assert.equal(fake.requests.length, 0);
    const r3 = await verifyReferences(doc, off, { force: true, minIntervalMs: 0 });
    assert.equal(r3.status, 'ok');
    assert.equal(r3.entries[0].outcome, 'verified');
    // The rule stays silent in an untrusted workspace even if handed results.
    const lint = lintText(text, { uri: 'draft.md', config: enableVerificationRule(untrusted), only: ['unverified-reference'], external: { references: { ...r3, entries: r3.entries.map((e) => ({ ...e, outcome: 'not-found' })) } as VerificationResults } });
    assert.deepEqual(lint.diagnostics, []);
  });

  it('spaces requests to one host by the minimum interval', async () => {
    let clock = 1_000_000;
    const waits: number[] = [];
    const text = post(
      `Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`,
      'Dunn K. Another trial. Pain. 2020;3:4. doi:10.1016/j.jpain.2019.02.004',
      'Lee K. Interviews. Zenodo. 2020. doi:10.5281/zenodo.1234567',
    );
    await check(text, {
      minIntervalMs: 400,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    assert.equal(fake.count('/crossref/'), 4); // 3 works + 1 agency
    assert.deepEqual(waits, [400, 400, 400], 'each request after the first waits for the interval');
  });

  it('stops when cancelled', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const { results } = await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`), { signal: ctrl.signal });
    assert.equal(fake.requests.length, 0);
    assert.equal(results.checked, 0);
  });

  it('reports progress per entry', async () => {
    const seen: string[] = [];
    await check(post(`Younger J. ${YOUNGER_TITLE}. 2013. doi:10.1002/art.37734`, 'Dunn K. Another trial. Pain. 2020;3:4. doi:10.1016/j.jpain.2019.02.004'), {
      onProgress: (d, t) => seen.push(`${d}/${t}`),
    });
    assert.deepEqual(seen, ['1/2', '2/2']);
  });
});
