// The reference finder: identifiers, fields of each citation style, reference blocks for the claim rules, robustness.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/engine/document';
import { lintText } from '../../server/src/engine/lint';
import {
  analyzeReferences,
  findIdentifiers,
  isReferenceBlock,
  parseReferenceFields,
  referenceBlockIndexes,
  referenceHeadingName,
  pubmedSearchUrl,
  entryFingerprint,
} from '../../server/src/engine/references';

const ids = (t: string) => Object.fromEntries(findIdentifiers(t).spans.map((s) => [s.kind, s.value]));

describe('references engine', () => {
  describe('findIdentifiers', () => {
    it('finds DOIs in every written form and trims sentence punctuation', () => {
      assert.deepEqual(ids('Neuron 88, 892-901, doi:10.1016/j.neuron.2015.10.027 (2015).'), { doi: '10.1016/j.neuron.2015.10.027' });
      assert.deepEqual(ids('DOI: 10.1080/09540250500145072.'), { doi: '10.1080/09540250500145072' });
      assert.deepEqual(ids('http://dx.doi.org/10.1016/S0043-1354(98)00447-3.'), { url: 'http://dx.doi.org/10.1016/S0043-1354(98)00447-3', doi: '10.1016/S0043-1354(98)00447-3' });
      assert.deepEqual(ids('(see https://doi.org/10.1002/art.37734)'), { url: 'https://doi.org/10.1002/art.37734', doi: '10.1002/art.37734' });
      assert.deepEqual(ids('Water Res. 2265. 10.1046/j.1365-2419.2003.00268.x'), { doi: '10.1046/j.1365-2419.2003.00268.x' });
      assert.deepEqual(ids('doi:10.1007/s00168\u2010016\u20100766\u20105.'), { doi: '10.1007/s00168\u2010016\u20100766\u20105' });
      assert.deepEqual(ids('doi: 10.1044/2013\\_JSLHR-S-12-0345'), { doi: '10.1044/2013_JSLHR-S-12-0345' }, 'Markdown escape removed');
      assert.deepEqual(ids('https://doi.org/10.1000%2F182'), { url: 'https://doi.org/10.1000%2F182', doi: '10.1000/182' });
    });
    it('finds PubMed and PMC ids, in text and in URLs', () => {
      assert.deepEqual(ids('PubMed [journal] PMID 24568259'), { pmid: '24568259' });
      assert.deepEqual(ids('PMID: 23359310; PMCID: PMC4012650'), { pmid: '23359310', pmcid: 'PMC4012650' });
      assert.deepEqual(ids('Available from PMC4012650.'), { pmcid: 'PMC4012650' });
      assert.deepEqual(ids('https://pubmed.ncbi.nlm.nih.gov/23359310/'), { url: 'https://pubmed.ncbi.nlm.nih.gov/23359310/', pmid: '23359310' });
      assert.deepEqual(ids('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4012650/'), { url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4012650/', pmcid: 'PMC4012650' });
    });
    it('validates ISBN check digits and stops at the number', () => {
      assert.deepEqual(ids('Oxford University Press, 2016. ISBN 978-0-19-995864-1'), { isbn: '9780199958641' });
      assert.deepEqual(ids('ISBN-10: 0-226-46801-1 2016'), { isbn: '0226468011' });
      assert.equal(findIdentifiers('ISBN 978-0-19-995864-2').malformed[0].reason, 'ISBN "978-0-19-995864-2" is malformed: its check digit is wrong');
    });
    it('does not take numbers or bare "www." for identifiers', () => {
      assert.deepEqual(ids('Server-initiated dissemination for the www. IEEE Bulletin, 1996.'), {});
      assert.deepEqual(ids('A ratio of 10.5/10 was used; 10.25 mg.'), {});
      assert.deepEqual(findIdentifiers('We have no DOI for this one.').malformed, []);
      assert.deepEqual(findIdentifiers('A PMID and a DOI would help.').malformed, []);
    });
  });

  describe('parseReferenceFields: title, first author, year in common styles', () => {
    const cases: [string, string, { title?: string; firstAuthor?: string; year?: string }][] = [
      ['Vancouver/AMA', 'Younger J, Noor N, McCue R, Mackey S. Low-dose naltrexone for the treatment of fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.', { title: 'Low-dose naltrexone for the treatment of fibromyalgia', firstAuthor: 'Younger', year: '2013' }],
      ['APA', 'García, M., & Lee, K. (2018). Naltrexone and sleep quality in fibromyalgia. Journal of Pain Research, 11, 123–130.', { title: 'Naltrexone and sleep quality in fibromyalgia', firstAuthor: 'García', year: '2018' }],
      ['Harvard', 'Smith, J. and Jones, K., 2019. Opioid antagonists at low doses. Pain Medicine, 20(4), pp.700-709.', { title: 'Opioid antagonists at low doses', firstAuthor: 'Smith', year: '2019' }],
      ['MLA', 'Johnson, Kirk. "Health Care Is Spread Thin on Alaskan Frontier." New York Times, 28 May 2013.', { title: 'Health Care Is Spread Thin on Alaskan Frontier.', firstAuthor: 'Johnson', year: '2013' }],
      ['IEEE', '[9] A. S. Acampora and M. J. Karol, "An overview of lightwave packet networks," IEEE Network, vol. 3, no. 1, pp. 29-41, 1989.', { title: 'An overview of lightwave packet networks,', firstAuthor: 'Acampora', year: '1989' }],
      ['clinic blog', '"Low-dose naltrexone for anxiety: a review" (Hartley, et al., 2021) - A review.', { title: 'Low-dose naltrexone for anxiety: a review', firstAuthor: 'Hartley', year: '2021' }],
      ['particle', 'van der Berg K, Smit J. Sleep after exercise. J Pain. 2019;20:1-9.', { title: 'Sleep after exercise', firstAuthor: 'van der Berg', year: '2019' }],
      // A writer's lead-in before an entry in a newsletter or a forum post is no author or title; a title that begins with
      // the same word is kept.
      ['lead-in on its line', 'Reference for anyone who wants it: Okafor T, Brennan L, et al. Gripe water for colic: a trial. Arch Dis Child. 2020;105:1-6.', { title: 'Gripe water for colic: a trial', firstAuthor: 'Okafor', year: '2020' }],
      ['lead-in naming the tip', "Source for Dev's hydration tip: McKenna P, Hall R. Sweat sodium in club cyclists. J Sports Sci 2017;35:10-18.", { title: 'Sweat sodium in club cyclists', firstAuthor: 'McKenna', year: '2017' }],
      ['title beginning "Reference"', 'Reference intervals for ferritin: a review of 40 laboratories. Clin Chem. 2016;62:100-9.', { title: 'Reference intervals for ferritin: a review of 40 laboratories', year: '2016' }],
    ];
    for (const [name, text, want] of cases) {
      it(name, () => {
        const got = parseReferenceFields(text);
        if (want.title) assert.equal(got.title?.replace(/[.,]$/, ''), want.title.replace(/[.,]$/, ''));
        assert.equal(got.firstAuthor, want.firstAuthor);
        assert.equal(got.year, want.year);
      });
    }
  });

  describe('sections, keys and reference blocks', () => {
    it('recognises reference headings of any level and case', () => {
      for (const h of ['References', 'REFERENCES:', '7. References', 'Works Cited', 'Further reading', 'Sources', 'Bibliography', 'Citations', '**Sources**']) assert.ok(referenceHeadingName(h), h);
      for (const h of ['Referencing your pharmacist', 'Sources of inflammation', 'Citations and fines', 'Studies']) assert.equal(referenceHeadingName(h), null, h);
    });

    it('keys entries by number, footnote label and author–year', () => {
      const doc = parseDocument('# P\n\nText [1].[^a]\n\n[^a]: Okafor C, et al. Dreams on naltrexone. BMJ. 2018;1:2.\n\n## References\n\n3. Younger J. Low-dose naltrexone. Arthritis Rheum. 2013.\n', { uri: 'p.md' });
      const { entries } = analyzeReferences(doc);
      assert.deepEqual(entries.map((e) => e.keys), [['^a', 'okafor|2018'], ['3', 'younger|2013']]);
    });

    it('marks reference blocks for the claim rules, and only those', () => {
      const text = fs.readFileSync(path.join(__dirname, '../fixtures/references/ldn-style.txt'), 'utf8');
      const doc = parseDocument(text, { uri: 'ldn-style.txt' });
      const set = referenceBlockIndexes(doc);
      const marked = doc.blocks.filter((b) => isReferenceBlock(doc, b)).map((b) => text.slice(b.start, b.start + 12));
      assert.equal(set.size, 4);
      assert.deepEqual(marked, ['"Low-dose na', '"Naltrexone ', '"Vivid dream', '"Opioid anta']);
      // No body paragraph is taken for an entry.
      assert.equal(analyzeReferences(doc).entries.length, 4);
    });

    it('the clinic-style list yields one reference-identifier warning per entry and nothing else from the reference rules', () => {
      const text = fs.readFileSync(path.join(__dirname, '../fixtures/references/ldn-style.txt'), 'utf8');
      const ds = lintText(text, { uri: 'ldn-style.txt', only: ['reference-identifier', 'uncited-reference', 'unmatched-citation'] }).diagnostics;
      assert.deepEqual(ds.map((d) => d.ruleId), ['reference-identifier', 'uncited-reference', 'reference-identifier', 'reference-identifier', 'reference-identifier']);
    });

    it('splits a paragraph with one reference per line, and keeps hard-wrapped entries whole', () => {
      const perLine = parseDocument('## References\n\nSmith AB, Jones C. Naltrexone in Crohn disease. Gut. 2011;60:1-8.\nGarcia, M. (2018). Naltrexone and sleep. Sleep Medicine, 44, 12–19.\nThe Cochrane review of naltrexone for pain (2020). Cochrane Database Syst Rev.\n', { uri: 'p.md' });
      assert.deepEqual(analyzeReferences(perLine).entries.map((e) => e.keys), [['1', 'smith|2011'], ['2', 'garcia|2018'], ['3']]);
      const wrapped = parseDocument(
        '## References\n\nYounger J, Noor N, McCue R, Mackey S. Low-dose naltrexone for the treatment\nof fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.\nGarcia M, Lee K, Okafor C, Hartley P,\nMbeki T. Naltrexone and sleep quality. Sleep Med.\n2018;44:12-19.\n3. Nguyen T. Opioid antagonists. Pain Med. 2019;20:700-709.\n',
        { uri: 'p.md' },
      );
      assert.deepEqual(analyzeReferences(wrapped).entries.map((e) => e.firstAuthor), ['Younger', 'Garcia', 'Nguyen']);
    });

    it('a numbered line of a plain-text section is an entry even with no year or author ("[3] NICE. Clinical Knowledge Summaries.")', () => {
      const text = 'Start the tablets early [3]. The vaccine works [1], [2].\n\nREFERENCES\n\n[1] Mensah K, Ortiz L. Zoster vaccine efficacy in adults over 70. Vaccine 2019;37:100-8.\n[2] Patel R, et al. Antivirals for shingles pain. BMJ 2020;368:m12.\n[3] Royal College of General Practitioners. Shingles: a quick guide for practices. London: RCGP.\n';
      const doc = parseDocument(text, { uri: 'leaflet.txt' });
      assert.deepEqual(analyzeReferences(doc).entries.map((e) => e.keys[0]), ['1', '2', '3']);
      const ds = lintText(text, { uri: 'leaflet.txt', only: ['uncited-reference', 'unmatched-citation'] }).diagnostics;
      assert.deepEqual(ds.map((d) => d.ruleId), []);
    });

    it('after numbered entries, a paragraph with only a year to go on is end matter, not an entry', () => {
      const tail = '\n\nLeaflet code: PIL-2291. Written by the Dermatology Nursing Team. Next review: June 2028.\n';
      const body = 'Moisturise daily [1].\n\nREFERENCES\n\n[1] Mensah K, Ortiz L. Emollients in atopic eczema. Br J Dermatol 2019;180:100-8.';
      const doc = parseDocument(body + tail, { uri: 'leaflet.txt' });
      assert.deepEqual(analyzeReferences(doc).entries.map((e) => e.keys[0]), ['1']);
      // An unnumbered paragraph with an author or an identifier after them still is one (an entry left unnumbered).
      const more = parseDocument(body + '\n\nOkafor C, Lee K. Wet wraps for children. Pediatr Dermatol 2021;38:9-14.\n', { uri: 'leaflet.txt' });
      assert.equal(analyzeReferences(more).entries.length, 2);
      const md = parseDocument('Moisturise daily [1].\n\n## References\n\n1. Mensah K. Emollients. Br J Dermatol 2019;180:100-8.\n\nPage last reviewed: 4 March 2026.\n', { uri: 'p.md' });
      assert.equal(analyzeReferences(md).entries.length, 1);
    });

    it('a reference line that opens with surname particles starts a new entry ("van der Lans AA, et al. …")', () => {
      const text = 'Cold water raised brown fat activity (van der Berg et al., 2014), and a case report followed (de la Cruz et al., 2019).\n\n## References\n\nOkafor C, et al. J Physiol. 2015;593:4285-4301.\nvan der Berg AA, et al. J Clin Invest. 2014;123:3395-3403.\nde la Cruz M, et al. BMJ Case Rep. 2019;12:e225007.\n';
      const doc = parseDocument(text, { uri: 'p.md' });
      assert.deepEqual(analyzeReferences(doc).entries.map((e) => e.firstAuthor), ['Okafor', 'van der Berg', 'de la Cruz']);
      const ds = lintText(text, { uri: 'p.md', only: ['unmatched-citation'] }).diagnostics;
      assert.deepEqual(ds.map((d) => d.ruleId), []);
      // A wrapped line in lower case still continues the entry above.
      const wrapped = parseDocument('## References\n\nOkafor C, Lee K. Naltrexone and sleep in adults with\nvery long titles. Sleep Med. 2018;44:12-19.\n', { uri: 'p.md' });
      assert.equal(analyzeReferences(wrapped).entries.length, 1);
    });

    it('a body paragraph that cites "(Page et al., 2012)" is prose, not a reference entry', () => {
      const text = '# Wrist pain\n\nA night splint gives some people modest relief, though the trials are small ([Okafor et al., 2012](https://doi.org/10.1002/14651858.CD010003)). A steroid injection helps many patients for a few weeks (Lindqvist et al., 2007).\n\n## References\n\n- Okafor MJ, Pitt V. Splinting for carpal tunnel syndrome. *Cochrane Database Syst Rev* 2012, Issue 7: CD010003.\n- Lindqvist S, Ashworth N. Local corticosteroid injection for carpal tunnel syndrome. *Cochrane Database Syst Rev* 2007, Issue 2: CD001554.\n';
      const doc = parseDocument(text, { uri: 'p.md' });
      assert.deepEqual(analyzeReferences(doc).entries.map((e) => e.firstAuthor), ['Okafor', 'Lindqvist']);
      // The author-year inside the link needs no entry, but cites the one it names.
      const ds = lintText(text, { uri: 'p.md', only: ['uncited-reference', 'unmatched-citation'] }).diagnostics;
      assert.deepEqual(ds.map((d) => d.ruleId), []);
      // A headless list entry that starts with its authors or a quoted title still is one.
      const headless = parseDocument('# P\n\nSome text.\n\n"Splinting for carpal tunnel syndrome" (Okafor, et al., 2012) - What the review found.\n', { uri: 'p.md' });
      assert.equal(analyzeReferences(headless).entries.length, 1);
    });

    it('builds a PubMed search URL and a stable fingerprint', () => {
      const doc = parseDocument('## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013.\n', { uri: 'p.md' });
      const e = analyzeReferences(doc).entries[0];
      assert.equal(pubmedSearchUrl(e), 'https://pubmed.ncbi.nlm.nih.gov/?term=Low-dose%20naltrexone%20for%20fibromyalgia');
      assert.equal(entryFingerprint(e), entryFingerprint({ text: `  ${e.text.toUpperCase()}\n` }));
      assert.notEqual(entryFingerprint(e), entryFingerprint({ text: `${e.text} doi:10.1/x` }));
    });
  });

  describe('robustness', () => {
    it('survives hostile and odd input in linear time (the test timeout would catch backtracking)', () => {
      const inputs = [
        `## References\n\n1. ${'Smith AB, '.repeat(2000)}`,
        `## References\n\n${'doi:'.repeat(10000)}`,
        `## References\n\n${'(2019) '.repeat(8000)}`,
        `## References\n\n${'"'.repeat(30000)}`,
        `${'A. '.repeat(10000)}2019.`,
        `## References\n\n${'PMID: PMC '.repeat(3000)}`,
        `${'[^a]'.repeat(3000)}\n\n[^a]: x`,
        `## References\n\n- ${'Smith, J., '.repeat(3000)}(2019). Title. J Med. 1:2.`,
        `${'Jaswinder Pal Singh, '.repeat(3000)}and Anoop Gupta. 2019.`,
        `## References\n\n1. Smith J. https://example.org/a${')'.repeat(20000)}`,
        `## References\n\n1. Smith J. 2019. 1-1${' '.repeat(20000)}x`,
        `## References\n\n${'Smith AB, Jones C. Title. Gut. 2011;60:1-8.\n'.repeat(1000)}`,
        '',
        '\u0000\uffff\ud800',
      ];
      for (const t of inputs) {
        for (const uri of ['x.md', 'x.txt']) {
          const r = lintText(t, { uri, only: ['reference-identifier', 'uncited-reference', 'unmatched-citation', 'unverified-reference'], onRuleError: (_id, e) => { throw e; } });
          assert.ok(Array.isArray(r.diagnostics));
        }
      }
    });
  });
});
