import { ruleTester } from '../helpers/rule-tester';

const NO_ID = /has no DOI, PMID, PMCID, URL or ISBN: a reader cannot check that it exists or says what the post claims\. Add its DOI or PubMed ID\.$/;

ruleTester('reference-identifier', {
  valid: [
    // Every identifier form counts.
    '# Post\n\nText [1].\n\n## References\n\n1. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538. doi:10.1002/art.37734\n',
    '# Post\n\n## References\n\n1. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538. https://doi.org/10.1002/art.37734\n',
    '# Post\n\n## References\n\n1. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538. PMID: 23359310; PMCID: PMC4012650.\n',
    '# Post\n\n## Sources\n\n- [NHS: Naltrexone](https://www.nhs.uk/medicines/naltrexone/)\n- Smith J. Low dose naltrexone explained. Pharm J. 2021. Available at: www.pharmaceutical-journal.com/ldn\n',
    '# Post\n\n## Bibliography\n\n- Wallace V, ed. Pain medicine today. Oxford: Oxford University Press; 2016. ISBN 978-0-19-995864-1\n',
    '# Post\n\n## References\n\n1. Lee K. Opioid antagonists at low doses. arXiv:2101.01234. 2021.\n2. Naltrexone for long COVID fatigue (trial). ClinicalTrials.gov NCT05430152. 2022.\n',
    // A link reference definition and a [text][ref] link.
    '# Post\n\n## References\n\n1. [Younger J, et al. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013.][younger]\n\n[younger]: https://pubmed.ncbi.nlm.nih.gov/23359310/\n',
    // Not references: remarks in footnotes, intro lines in a reference section, prose that mentions studies.
    '# Post\n\nWe say LDN here.[^1]\n\n[^1]: We use the abbreviation LDN for low dose naltrexone throughout.\n',
    '# Post\n\n## References\n\nThese are the sources we used for this post:\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n',
    { name: 'prose that mentions studies (markdown)', text: require('node:fs').readFileSync(require('node:path').join(__dirname, '../fixtures/references/prose-negatives.md'), 'utf8') },
    { name: 'prose that mentions studies (plain text)', kind: 'plaintext', text: require('node:fs').readFileSync(require('node:path').join(__dirname, '../fixtures/references/prose-negatives.md'), 'utf8') },
    { name: 'ISBN accepted by default', text: '## References\n\n1. Lakoff G, Johnson M. Metaphors we live by. Chicago: University of Chicago Press; 1980. ISBN 0-226-46801-1\n' },
  ],
  invalid: [
    {
      name: 'Vancouver entry in a numbered Markdown list',
      text: '# Post\n\nPain fell [1].\n\n## References\n\n1. Younger J, Noor N, McCue R. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.\n',
      errors: [{ span: 'Younger J, Noor N, McCue R. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.', severity: 'warning', message: /^Reference "Low-dose naltrexone for fibromyalgia" \(Younger 2013\) has no DOI/ }],
      output: '# Post\n\nPain fell [1].\n\n## References\n\n1. Younger J, Noor N, McCue R. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538. <!-- clinical-lint-disable-line reference-identifier -->\n',
    },
    {
      name: 'APA entries in plain text under "Sources:"',
      kind: 'plaintext',
      text: 'Low dose naltrexone\n\nSome text here.\n\nSources:\nGarcia, M., & Lee, K. (2018). Naltrexone and sleep quality in fibromyalgia. Journal of Pain Research, 11, 123-130.\nNguyen, T. (2019). Opioid antagonists in chronic pain. Pain Medicine, 20(4), 700-709.\n',
      errors: [
        { span: 'Garcia, M., & Lee, K. (2018). Naltrexone and sleep quality in fibromyalgia. Journal of Pain Research, 11, 123-130.', message: /^Reference "Naltrexone and sleep quality in fibromyalgia" \(Garcia 2018\)/ },
        { span: 'Nguyen, T. (2019). Opioid antagonists in chronic pain. Pain Medicine, 20(4), 700-709.', message: /\(Nguyen 2019\)/ },
      ],
      output:
        'Low dose naltrexone\n\nSome text here.\n\nSources:\n<!-- clinical-lint-disable-next-line reference-identifier -->\nGarcia, M., & Lee, K. (2018). Naltrexone and sleep quality in fibromyalgia. Journal of Pain Research, 11, 123-130.\nNguyen, T. (2019). Opioid antagonists in chronic pain. Pain Medicine, 20(4), 700-709.\n',
    },
    {
      name: 'clinic-blog list without a heading: quoted title, (Author, et al., year), annotation',
      kind: 'plaintext',
      text:
        'Sleep and LDN\n\nMany patients ask about sleep.\n\nFurther studies:\n\n"Low-dose naltrexone and sleep architecture in fibromyalgia: a pilot study" (Hartley, et al., 2020) - This small study followed twelve women for eight weeks.\n\n"Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018) - Case reports from a rheumatology clinic.\n',
      errors: [
        { span: '"Low-dose naltrexone and sleep architecture in fibromyalgia: a pilot study" (Hartley, et al., 2020)', message: /^Reference "Low-dose naltrexone and sleep architecture in fibromyalgia: a pilot study" \(Hartley 2020\) has no DOI/ },
        { span: '"Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018)', message: NO_ID },
      ],
    },
    {
      name: 'footnote definition that is a reference',
      text: '# Post\n\nPain fell.[^younger]\n\n[^younger]: Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.\n',
      errors: [{ span: 'Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.', message: NO_ID }],
    },
    {
      name: 'bold pseudo-heading and one reference per line in a single paragraph',
      text: '# Post\n\nText.\n\n**References**\n\nSmith AB, Jones C. Naltrexone in Crohn disease. Gut. 2011;60:1-8.\nGarcia M, Lee K. Naltrexone and sleep. Sleep Med. 2018;44:12-19.\n',
      errors: [
        { span: 'Smith AB, Jones C. Naltrexone in Crohn disease. Gut. 2011;60:1-8.', message: /\(Smith 2011\)/ },
        { span: 'Garcia M, Lee K. Naltrexone and sleep. Sleep Med. 2018;44:12-19.', message: /\(Garcia 2018\)/ },
      ],
    },
    {
      name: 'a reference without a heading at the end of a Markdown post',
      text: '# Post\n\nNaltrexone at low doses may ease pain.\n\nYounger J, Noor N, McCue R, Mackey S. Low-dose naltrexone for the treatment of fibromyalgia. Arthritis Rheum. 2013;65(2):529-538.\n',
      errors: 1,
    },
    {
      name: 'malformed DOI: prefix too short (error, own message)',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. doi: 10.123/abc.45\n',
      errors: [{ span: 'doi: 10.123/abc.45', severity: 'error', message: 'DOI "10.123/abc.45" is malformed: its prefix "10.123" is too short (10. and at least four digits), so it leads nowhere. Copy the identifier from the article\'s PubMed or publisher page.' }],
    },
    {
      name: 'malformed DOI: no suffix',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. DOI: 10.1016\n',
      errors: [{ span: 'DOI: 10.1016', severity: 'error', message: /it has no suffix after the prefix/ }],
    },
    {
      name: 'malformed DOI: not starting with 10.',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. doi:1016/j.lancet.2020.01.002\n',
      errors: [{ severity: 'error', message: /DOI "1016\/j\.lancet\.2020\.01\.002" is malformed: a DOI starts with "10\."/ }],
    },
    {
      name: 'malformed doi.org URL',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. https://doi.org/j.lancet.2020\n',
      errors: [{ span: 'https://doi.org/j.lancet.2020', severity: 'error', message: /after doi\.org is not a DOI/ }],
    },
    {
      name: 'PMID with nine digits',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. PMID: 123456789\n',
      errors: [{ span: 'PMID: 123456789', severity: 'error', message: /^PMID "123456789" is malformed: a PubMed ID is 1–8 digits and it has 9 digits/ }],
    },
    {
      name: 'PMID that is not a number',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. PMID: 12A456\n',
      errors: [{ severity: 'error', message: /it is not a number/ }],
    },
    {
      name: 'PMCID without digits',
      text: '## References\n\n1. Smith J. A trial. Lancet. 2020;1:2. PMCID: PMC\n',
      errors: [{ span: 'PMCID: PMC', severity: 'error', message: /^PMCID "PMC" is malformed: a PubMed Central ID is "PMC" followed by digits/ }],
    },
    {
      name: 'ISBN with a wrong check digit',
      text: '## References\n\n1. Lakoff G. Metaphors. Chicago: University of Chicago Press; 1980. ISBN 0-226-46801-2\n',
      errors: [{ severity: 'error', message: /^ISBN "0-226-46801-2" is malformed: its check digit is wrong/ }],
    },
    {
      name: 'ISBN only, when the project does not accept ISBNs',
      config: { references: { acceptIsbn: false } },
      text: '## References\n\n1. Lakoff G, Johnson M. Metaphors we live by. Chicago: University of Chicago Press; 1980. ISBN 0-226-46801-1\n',
      errors: [{ severity: 'warning', message: /has only an ISBN \(0226468011\), which this project does not accept as checkable: add a DOI, PMID or URL\.$/ }],
    },
  ],
});
