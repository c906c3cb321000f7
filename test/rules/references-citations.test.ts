import { ruleTester } from '../helpers/rule-tester';

const LIST = '\n\n## References\n\n1. Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013;65:529-538. doi:10.1002/art.37734\n2. Garcia M, Lee K. Naltrexone and sleep quality. Sleep Med. 2018;44:12-19. doi:10.1016/j.sleep.2018.01.002\n3. Nguyen T, Park S. Opioid antagonists in chronic pain. Pain Med. 2019;20:700-709. doi:10.1093/pm/pny123\n';
const AY_LIST =
  '\n\n## References\n\n- García, M., & Lee, K. (2018). Naltrexone and sleep quality. Sleep Medicine, 44, 12–19. https://doi.org/10.1016/j.sleep.2018.01.002\n- Nguyen, T., & Park, S. (2019). Opioid antagonists in chronic pain. Pain Medicine, 20(4), 700–709. https://doi.org/10.1093/pm/pny123\n- Younger, J., Noor, N., McCue, R., & Mackey, S. (2013). Low-dose naltrexone for fibromyalgia. Arthritis & Rheumatism, 65(2), 529–538. https://doi.org/10.1002/art.37734\n';

ruleTester('unmatched-citation', {
  valid: [
    `# Post\n\nPain fell [1], sleep improved [2, 3] and so did mood [1–3].${LIST}`,
    `# Post\n\nPain fell.<sup>1</sup> Sleep improved.<sup>2,3</sup>${LIST}`,
    `# Post\n\nPain fell.¹ Sleep improved.²,³${LIST}`,
    `# Post\n\nPain fell (Younger et al., 2013). Sleep improved (Garcia and Lee 2018; Nguyen & Park, 2019). Garcia et al. (2018) saw it too.${AY_LIST}`,
    '# Post\n\nPain fell.[^younger]\n\n[^younger]: Younger J, Noor N. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n',
    // [2] resolved by a link reference definition.
    '# Post\n\nSee the trial [2].\n\n[2]: https://pubmed.ncbi.nlm.nih.gov/23359310/\n',
    // Exponents and units are not citations.
    `# Post\n\nThe patch covers 10 cm² and the count was 4 × 10⁹/L; BMI above 30 kg/m<sup>2</sup> [1].${LIST}`,
    // Author–year citations inside the reference list itself do not count (the sample article's style).
    { kind: 'plaintext', text: 'LDN\n\nSome text.\n\n"Low-dose naltrexone for anxiety: a review" (Hartley, et al., 2021) - A review of small trials.\n' },
    // An in-page link to the entry.
    '# Post\n\nPain fell [[1]](#ref-1).\n\n## References\n\n1. <a id="ref-1"></a>Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n',
    // A citation that is itself a web link carries its source.
    '# Post\n\nPain fell ([Younger et al., 2013](https://doi.org/10.1002/art.37734)) and sleep improved [[2]](https://pubmed.ncbi.nlm.nih.gov/29540000/).\n',
    // Plain text, numbered list.
    { kind: 'plaintext', text: 'LDN\n\nPain fell [1] and sleep improved [2].\n\nReferences\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013.\n2. Garcia M. Naltrexone and sleep. Sleep Med. 2018.\n' },
    // Vancouver and APA forms (round 7): a number in parentheses, "(ref. n)", an identifier, initials, a group author.
    `# Post\n\nPain fell (1). Sleep improved.(2, 3) Mood too (ref. 3). Sleep again (doi:10.1016/j.sleep.2018.01.002).${LIST}`,
    `# Post\n\nPain fell (Younger J, 2013). Sleep improved (Garcia M, Lee K, 2018).${AY_LIST}`,
    // Not citations: an enumeration, a number in figures, a date.
    `# Post\n\nTwo steps: (4) rest and (5) drink. Take six (6). Updated (May 2024).${LIST}`,
    // A child's age after its name in a testimonial's signature (a beyond-the-list "(6)" and "(14)" are ages, not citations).
    `# Post\n\n"The drops settled his cough in a week." – Tom, dad to Alfie (6)\n\n"No more night feeds." – Becky, mum of Maisie (14).${LIST}`,
    // An unnumbered list under References is counted 1, 2, 3 for "[n]" citations.
    '# Post\n\nPain fell [2].\n\n## References\n\n- Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013.\n- Garcia M. Naltrexone and sleep. Sleep Med. 2018.\n',
  ],
  invalid: [
    {
      name: 'a number beyond the list',
      text: `# Post\n\nMood improved too [7].${LIST}`,
      errors: [{ span: '[7]', severity: 'warning', message: 'Citation [7] points to reference 7, but the reference list is numbered 1–3: add the missing entry or correct the number.' }],
      output: `# Post\n\n<!-- clinical-lint-disable-next-line unmatched-citation -->\nMood improved too [7].${LIST}`,
    },
    {
      name: "a number after an author's name is still a reference (not a child's age)",
      text: `# Post\n\nAs Smith showed (7).${LIST}`,
      errors: [{ span: '(7)', message: /^Citation \(7\) points to reference 7, but/ }],
    },
    {
      name: 'a Vancouver number in parentheses beyond the list (round 7)',
      text: `# Post\n\nMood improved too (7).${LIST}`,
      errors: [{ span: '(7)', message: /^Citation \(7\) points to reference 7, but/ }],
    },
    {
      name: 'only the missing number of a list citation',
      text: `# Post\n\nSleep improved [2, 7].${LIST}`,
      errors: [{ span: '[2, 7]', message: /^Citation \[2, 7\] points to reference 7, but/ }],
    },
    {
      name: 'a superscript beyond the list',
      text: `# Post\n\nSleep improved.<sup>4</sup>${LIST}`,
      errors: [{ span: '<sup>4</sup>', message: /points to reference 4/ }],
    },
    {
      name: 'a footnote reference without definition',
      text: '# Post\n\nPain fell.[^younger] Sleep improved.[^garcia]\n\n[^younger]: Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n',
      errors: [{ span: '[^garcia]', message: 'Footnote [^garcia] has no definition: add "[^garcia]: <the reference>" below the text, or fix the label.' }],
    },
    {
      name: 'author–year with the wrong year',
      text: `# Post\n\nSleep improved (Garcia et al., 2017).${AY_LIST}`,
      errors: [{ span: '(Garcia et al., 2017)', message: 'No reference entry matches (Garcia et al., 2017) by first author and year: no entry by García from 2017. The list has García 2018: is the year wrong?' }],
    },
    {
      name: 'author–year with a misspelt name',
      text: `# Post\n\nGarica and Lee (2018) saw better sleep.${AY_LIST}`,
      errors: [{ span: 'Garica and Lee (2018)', message: /no entry by Garica from 2018\. Did you mean García 2018\?$/ }],
    },
    {
      name: 'one item of a multiple citation',
      text: `# Post\n\nSleep improved (Garcia & Lee, 2018; Okafor et al., 2020).${AY_LIST}`,
      errors: [{ message: /^No reference entry matches \(Garcia & Lee, 2018; Okafor et al\., 2020\) by first author and year: no entry by Okafor from 2020\.$/ }],
    },
    {
      name: 'numeric citations and no list',
      text: '# Post\n\nPain fell in a small trial [1].\n',
      errors: [{ message: 'Citation [1] points to reference 1, but the post has no numbered reference list: add the reference.' }],
    },
    {
      name: 'author–year citation and no list',
      kind: 'plaintext',
      text: 'LDN\n\nPain fell in a small trial (Younger et al., 2013).\n',
      errors: [{ message: '(Younger et al., 2013) cites a source the post never lists: add a reference list entry for it.' }],
    },
  ],
});

ruleTester('uncited-reference', {
  valid: [
    `# Post\n\nPain fell [1], sleep improved [2] and mood too [3].${LIST}`,
    `# Post\n\nPain fell [1–3].${LIST}`,
    // Round 7: each entry cited by a Vancouver number, an identifier in parentheses (matched by DOI) or "(ref. n)".
    `# Post\n\nPain fell (1). Sleep improved (doi:10.1016/j.sleep.2018.01.002). Mood too (ref. 3).${LIST}`,
    `# Post\n\nPain fell (Younger et al., 2013). Sleep improved (Garcia and Lee 2018; Nguyen & Park, 2019).${AY_LIST}`,
    '# Post\n\nPain fell.[^1]\n\n[^1]: Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n',
    // A reading list is not meant to be cited.
    `# Post\n\nPain fell [1].\n\n## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n\n## Further reading\n\n- Garcia M, Lee K. Naltrexone and sleep quality. Sleep Med. 2018;44:12-19.\n`,
    // A link to the entry's DOI cites it.
    '# Post\n\nOne [small trial](https://doi.org/10.1002/art.37734) found less pain.\n\n## Sources\n\n- Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. https://doi.org/10.1002/art.37734\n',
    // Author–year citations, but an entry whose author cannot be read: say nothing rather than guess.
    `# Post\n\nPain fell (Younger et al., 2013).\n\n## References\n\n- Younger, J. (2013). Low-dose naltrexone for fibromyalgia. Arthritis & Rheumatism, 65, 529–538.\n- ———. Pain and the opioid system. Clinics. 2015.\n`,
    // A single uncited reference without any citations in the text is reported once (see invalid); none here.
    '# Post\n\nNothing cited, nothing listed.\n',
  ],
  invalid: [
    {
      name: 'a numbered entry nobody cites; the fix cites it after the sentence naming its author',
      text: `# Post\n\nPain fell [1] and sleep improved [2]. Nguyen and Park reviewed opioid antagonists.${LIST}`,
      errors: [{ span: 'Nguyen T, Park S. Opioid antagonists in chronic pain. Pain Med. 2019;20:700-709. doi:10.1093/pm/pny123', severity: 'info', message: 'No in-text citation points to reference [3], "Opioid antagonists in chronic pain" (Nguyen 2019): cite it where the post relies on it, or remove it.' }],
      output: `# Post\n\nPain fell [1] and sleep improved [2]. Nguyen and Park reviewed opioid antagonists.[3]${LIST}`,
    },
    {
      name: 'an author–year entry nobody cites',
      text: `# Post\n\nPain fell (Younger et al., 2013). Sleep improved (Garcia and Lee 2018).${AY_LIST}`,
      errors: [{ span: /^Nguyen, T\., & Park, S\. \(2019\)/, message: 'No in-text citation points to "Opioid antagonists in chronic pain" (Nguyen 2019) (nothing like "(Nguyen et al., 2019)"): cite it where the post relies on it, or remove it.' }],
    },
    {
      name: 'a footnote never referenced; the fix inserts its reference',
      text: '# Post\n\nPain fell.[^1] Garcia and Lee saw better sleep in 2018.\n\n[^1]: Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n[^2]: Garcia M, Lee K. Naltrexone and sleep quality. Sleep Med. 2018;44:12-19.\n',
      errors: [{ message: 'Footnote [^2] ("Naltrexone and sleep quality" (Garcia 2018)) is never referenced in the text: add [^2] where the post relies on it, or remove it.' }],
      output: '# Post\n\nPain fell.[^1] Garcia and Lee saw better sleep in 2018.[^2]\n\n[^1]: Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n[^2]: Garcia M, Lee K. Naltrexone and sleep quality. Sleep Med. 2018;44:12-19.\n',
    },
    {
      name: 'a heading-less reference paragraph: "Insert footnote for this reference" turns it into a footnote',
      text: '# Post\n\nPain fell [1]. Okafor and colleagues described vivid dreams in 2018.\n\n## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n\n## Dreams\n\n"Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018) - Case reports from a rheumatology clinic.\n',
      errors: [{ span: '"Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018)', message: /^No in-text citation points to "Vivid dreams on low-dose naltrexone: a case series" \(Okafor 2018\)/ }],
      fixIndex: 0,
      output: '# Post\n\nPain fell [1]. Okafor and colleagues described vivid dreams in 2018.[^okafor2018]\n\n## References\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013. doi:10.1002/art.37734\n\n## Dreams\n\n[^okafor2018]: "Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018) - Case reports from a rheumatology clinic.\n',
    },
    {
      name: 'a list nobody cites: one note, not one per entry',
      kind: 'plaintext',
      text: 'LDN and sleep\n\nMany patients ask about sleep.\n\n"Low-dose naltrexone and sleep architecture in fibromyalgia: a pilot study" (Hartley, et al., 2020) - Twelve women, eight weeks.\n\n"Vivid dreams on low-dose naltrexone: a case series" (Okafor, et al., 2018) - Case reports.\n',
      errors: [{ span: '"Low-dose naltrexone and sleep architecture in fibromyalgia: a pilot study" (Hartley, et al., 2020)', message: /^None of the 2 references is cited in the text, so readers cannot tell which statement rests on which source\./ }],
    },
    {
      name: 'plain text numbered list with a gap',
      kind: 'plaintext',
      text: 'LDN\n\nPain fell [1].\n\nReferences\n\n1. Younger J. Low-dose naltrexone for fibromyalgia. Arthritis Rheum. 2013.\n2. Garcia M. Naltrexone and sleep. Sleep Med. 2018.\n',
      errors: [{ span: 'Garcia M. Naltrexone and sleep. Sleep Med. 2018.', message: /reference \[2\], "Naltrexone and sleep" \(Garcia 2018\)/ }],
    },
  ],
});
