// Seeded, reproducible corpus of medical blog drafts for the benchmark and the fuzzer.
// The prose is written for this corpus (no sentence is copied from a real article). A draft mixes
// front matter, headings, explanatory paragraphs, hedged and unhedged efficacy claims, cited and
// uncited sentences, dose statements, lists, a dose table, footnotes, a reference list and a
// disclaimer in roughly the proportions of a real health post.

/** mulberry32: a tiny, fast, seedable PRNG (returns floats in [0, 1)). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(rnd: Random, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function int(rnd: Random, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

// ---------------------------------------------------------------- vocabulary

const TOPICS = [
  { drug: 'low-dose naltrexone', short: 'LDN', condition: 'fibromyalgia', dose: ['1.5 mg', '3 mg', '4.5 mg'], symptom: 'widespread pain' },
  { drug: 'magnesium glycinate', short: 'magnesium', condition: 'poor sleep', dose: ['200 mg', '300 mg', '400 mg'], symptom: 'night-time waking' },
  { drug: 'melatonin', short: 'melatonin', condition: 'jet lag', dose: ['0.5 mg', '1 mg', '3 mg'], symptom: 'daytime sleepiness' },
  { drug: 'vitamin D3', short: 'vitamin D', condition: 'vitamin D deficiency', dose: ['1,000 IU', '2,000 IU', '25 mcg'], symptom: 'muscle weakness' },
  { drug: 'propranolol', short: 'propranolol', condition: 'migraine', dose: ['40 mg', '80 mg', '10–40 mg'], symptom: 'headache days' },
  { drug: 'ferrous sulfate', short: 'iron', condition: 'iron-deficiency anaemia', dose: ['65 mg', '200 mg'], symptom: 'fatigue' },
  { drug: 'sertraline', short: 'sertraline', condition: 'depression', dose: ['50 mg', '100 mg', '25–50 mg'], symptom: 'low mood' },
  { drug: 'omega-3 fish oil', short: 'fish oil', condition: 'high triglycerides', dose: ['1 g', '2 g', '4 g'], symptom: 'raised triglycerides' },
  { drug: 'metformin', short: 'metformin', condition: 'type 2 diabetes', dose: ['500 mg', '850 mg', '1,000 mg'], symptom: 'high blood glucose' },
  { drug: 'ibuprofen', short: 'ibuprofen', condition: 'period pain', dose: ['200 mg', '400 mg', '200–400 mg'], symptom: 'cramping' },
] as const;

type Topic = (typeof TOPICS)[number];

const SURNAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castillo', 'Brennan', 'Haddad', 'Novak', 'Sørensen', 'Iyer', 'Whitfield', 'van der Berg', 'Mensah', 'Kowalczyk', 'Fairbairn'];
const JOURNALS = ['Journal of Pain Research', 'Sleep Medicine', 'BMJ Open', 'Headache', 'Clinical Nutrition', 'Pain Medicine', 'The Lancet Psychiatry', 'Nutrients', 'Diabetes Care', 'Cochrane Database of Systematic Reviews'];

// Sentence templates. {D} drug, {S} short name, {C} condition, {Y} symptom, {X} a dose, {R} a citation.
const NEUTRAL = [
  '{C} is common, and most people who live with it have tried more than one treatment before they find something that helps.',
  'Before looking at any single remedy, it is worth being clear about what the condition is and how it usually changes over time.',
  'Symptoms tend to come and go, which makes it hard to tell whether a change is due to a treatment or to the natural course of the illness.',
  'Your doctor will usually start by ruling out other causes, such as thyroid problems, anaemia or side effects of medicines you already take.',
  'Keeping a simple diary of {Y}, sleep and activity for two weeks gives you and your clinician something concrete to discuss.',
  '{S} is not a new medicine; what is new is the interest in using it for {C}.',
  'The evidence base is small, and most of the studies we have are short, open-label or run in a single clinic.',
  'People respond differently, and a treatment that suits one person may do little for another.',
  'Many of the questions readers send us are about how long to try something before deciding that it is not working.',
  'In practice, clinicians weigh the possible benefit against side effects, cost and the effort of taking something every day.',
  'A pharmacist can check whether {S} interacts with anything else on your prescription list.',
  'None of this replaces an individual assessment, and the details below are general.',
  'It helps to agree in advance what a worthwhile improvement would look like, for example fewer bad days each month.',
  'Side effects are usually mild, but vivid dreams, nausea and headaches are reported in the first weeks.',
  'Stopping suddenly is rarely dangerous, yet it is sensible to talk to the prescriber before you do.',
];

const HEDGED_CLAIMS = [
  '{S} may reduce {Y} in some people with {C}.{R}',
  'Small trials suggest that {S} might ease {Y}, although the effect was modest.{R}',
  'In one randomised trial, {S} was associated with fewer {Y} over twelve weeks.{R}',
  'There is some evidence that {D} could improve quality of life in {C}, but larger studies are needed.{R}',
  'Observational data link regular use of {S} with lower rates of {Y}, which does not prove cause and effect.{R}',
  'For a subset of patients, {S} appears to help with {Y}.{R}',
];

const STRONG_CLAIMS = [
  '{S} reduces {Y} in people with {C}.',
  '{D} improves sleep, mood and energy.',
  '{S} cures {C} without any side effects.',
  'Studies show that {S} is completely safe for long-term use.',
  'Experts agree that {D} is the best treatment for {C}.',
  'Research has proven that {S} eliminates {Y} within days.',
  'It is widely accepted that {S} prevents {C}.',
  '{S} is guaranteed to work if you take it every night.',
];

const DOSE_SENTENCES = [
  'Most prescribers start with {X} at bedtime and review after four to six weeks.',
  'The usual adult dose is {X} once daily, taken with food.',
  'Some clinics increase the dose by {X} every week until symptoms settle or side effects appear.',
  'Take {X} twice a day, and do not exceed the dose on the label.',
  'A typical course is {X} daily for three months, followed by a blood test.',
  'Doses above {X} per day have not been studied for this use.',
];

const LIST_ITEMS = [
  'Ask whether {S} is suitable if you are pregnant or breastfeeding.',
  'Tell your doctor about every supplement you take, including herbal ones.',
  'Note the date you started and any change in {Y}.',
  'Check the strength on the label: {X} tablets look similar to other strengths.',
  'Keep the medicine out of reach of children.',
  '**Liver function:** your doctor may check blood tests before and during treatment.',
  'Book a review appointment before the first prescription runs out.',
  'Report new rashes, chest pain or breathing problems straight away.',
];

const HEADINGS = ['What is {C}?', 'How {S} works', 'What the research says', 'Dosing', 'Side effects and safety', 'Who should not take {S}', 'Practical tips', 'Questions to ask your doctor', 'The bottom line'];

const QUOTES = [
  '> "I noticed the difference in my sleep before anything else," one reader wrote, "but the pain took longer."',
  '> Our editorial policy: every health claim on this site should link to its source, and we update posts at least every two years.',
];

const DISCLAIMER =
  '*This article is general information and is not a substitute for advice from your own doctor or pharmacist. Do not start, stop or change a medicine without talking to them first.*';

// ---------------------------------------------------------------- generator

interface Ctx {
  rnd: Random;
  topic: Topic;
  refs: { key: number; text: string }[];
  footnotes: number;
  /** Words of references and footnote definitions still to be written at the end. */
  pendingWords: number;
  style: 'numeric' | 'footnote' | 'author-year';
}

function citation(ctx: Ctx): string {
  const { rnd } = ctx;
  if (rnd() < 0.25) return ''; // an uncited claim
  if (ctx.style === 'footnote') {
    ctx.footnotes++;
    ctx.pendingWords += 22; // its definition, written at the end
    return `[^${ctx.footnotes}]`;
  }
  if (ctx.style === 'author-year') {
    const ref = addReference(ctx);
    return ` (${ref.surname} et al., ${ref.year})`;
  }
  const ref = addReference(ctx);
  return `[${ref.key}]`;
}

function addReference(ctx: Ctx): { key: number; surname: string; year: number } {
  const { rnd, topic } = ctx;
  const surname = pick(rnd, SURNAMES);
  const year = int(rnd, 1998, 2024);
  const key = ctx.refs.length + 1;
  const doi = `10.${int(rnd, 1000, 9999)}/${pick(rnd, ['jpr', 'smrv', 'bmjopen', 'head', 'clnu', 'pme'])}.${year}.${int(rnd, 100, 99999)}`;
  const id = rnd() < 0.6 ? `doi:${doi}` : rnd() < 0.5 ? `PMID: ${int(rnd, 10000000, 39999999)}` : `https://doi.org/${doi}`;
  const title = pick(rnd, [
    `${cap(topic.drug)} for ${topic.condition}: a randomised, placebo-controlled trial`,
    `Effect of ${topic.short} on ${topic.symptom}: a pilot study`,
    `${cap(topic.short)} and ${topic.condition}: a systematic review`,
    `Long-term safety of ${topic.drug} in adults`,
  ]);
  const text = `${surname} ${String.fromCharCode(65 + int(rnd, 0, 25))}, ${pick(rnd, SURNAMES)} ${String.fromCharCode(65 + int(rnd, 0, 25))}, et al. ${title}. *${pick(rnd, JOURNALS)}*. ${year};${int(rnd, 1, 60)}(${int(rnd, 1, 12)}):${int(rnd, 1, 900)}–${int(rnd, 901, 999)}. ${id}`;
  ctx.refs.push({ key, text });
  ctx.pendingWords += countWords(text) + 1;
  return { key, surname, year };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fill(ctx: Ctx, template: string): string {
  const { topic, rnd } = ctx;
  return template
    .replace(/\{D\}/g, topic.drug)
    .replace(/\{S\}/g, topic.short)
    .replace(/\{C\}/g, topic.condition)
    .replace(/\{Y\}/g, topic.symptom)
    .replace(/\{X\}/g, () => pick(rnd, topic.dose))
    .replace(/\{R\}/g, () => citation(ctx))
    .replace(/^([a-z])/, (c) => c.toUpperCase());
}

function paragraph(ctx: Ctx): string {
  const { rnd } = ctx;
  const n = int(rnd, 3, 6);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    // Realistic proportions: mostly neutral prose, about one claim in four sentences, one dose in ten.
    if (r < 0.6) out.push(fill(ctx, pick(rnd, NEUTRAL)));
    else if (r < 0.78) out.push(fill(ctx, pick(rnd, HEDGED_CLAIMS)));
    else if (r < 0.9) out.push(fill(ctx, pick(rnd, STRONG_CLAIMS)));
    else out.push(fill(ctx, pick(rnd, DOSE_SENTENCES)));
  }
  return out.join(' ');
}

function list(ctx: Ctx): string {
  const { rnd } = ctx;
  const ordered = rnd() < 0.4;
  const n = int(rnd, 3, 6);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`${ordered ? `${i + 1}.` : '-'} ${fill(ctx, pick(rnd, LIST_ITEMS))}`);
  return items.join('\n');
}

function table(ctx: Ctx): string {
  const { rnd, topic } = ctx;
  const rows = ['| Week | Dose | What to watch for |', '| --- | --- | --- |'];
  const watch = ['sleep and dreams', topic.symptom, 'nausea or headache', 'overall function', 'blood pressure'];
  for (let w = 1; w <= int(rnd, 3, 5); w++) rows.push(`| ${w} | ${pick(rnd, topic.dose)} daily | ${pick(rnd, watch)} |`);
  return rows.join('\n');
}

export interface DraftOptions {
  /** Target word count (the draft stops at the first block that reaches it). */
  words: number;
  seed: number;
  /** Markdown (default) or a plain-text draft without markup. */
  kind?: 'markdown' | 'plaintext';
}

/** One draft of about `words` words. Deterministic for a given seed. */
export function generateDraft(opts: DraftOptions): string {
  const rnd = createRandom(opts.seed);
  const topic = pick(rnd, TOPICS);
  const ctx: Ctx = { rnd, topic, refs: [], footnotes: 0, pendingWords: 0, style: pick(rnd, ['numeric', 'numeric', 'footnote', 'author-year'] as const) };
  const md = opts.kind !== 'plaintext';
  const blocks: string[] = [];
  let words = 0;
  const add = (b: string): void => {
    blocks.push(b);
    words += countWords(b);
  };
  if (md) {
    add(`---\ntitle: "${cap(topic.short)} for ${topic.condition}"\nauthor: ${pick(rnd, ['Dr Amara Okafor', 'Sam Whitfield, PharmD', 'Editorial team'])}\nreviewed: 20${int(rnd, 19, 25)}-0${int(rnd, 1, 9)}-1${int(rnd, 0, 9)}\n---`);
    add(`# ${cap(topic.short)} for ${topic.condition}: what the evidence says`);
  } else add(`${cap(topic.short)} for ${topic.condition}: what the evidence says`);
  const budget = opts.words - 30; // leave room for the disclaimer
  let section = 0;
  while (words + ctx.pendingWords < budget) {
    if (section === 0 || rnd() < 0.12) {
      add(md ? `## ${fill(ctx, HEADINGS[section % HEADINGS.length])}` : fill(ctx, HEADINGS[section % HEADINGS.length]));
      section++;
    }
    const r = rnd();
    if (r < 0.7 || !md) add(paragraph(ctx));
    else if (r < 0.85) add(list(ctx));
    else if (r < 0.93) add(table(ctx));
    else add(pick(rnd, QUOTES));
  }
  if (ctx.footnotes && md) {
    for (let i = 1; i <= ctx.footnotes; i++) {
      addReference(ctx);
      blocks.push(`[^${i}]: ${ctx.refs[ctx.refs.length - 1].text}`);
    }
  } else if (ctx.refs.length) {
    blocks.push(md ? '## References' : 'References');
    blocks.push(ctx.refs.map((r) => (ctx.style === 'numeric' ? `${r.key}. ${r.text}` : `- ${r.text}`)).join('\n'));
  }
  blocks.push(md ? DISCLAIMER : DISCLAIMER.replace(/\*/g, ''));
  return blocks.join('\n\n') + '\n';
}

/** A corpus of `count` files whose sizes follow a blog-like distribution (mostly 600–2,500 words, a few long reviews). */
export function generateCorpus(count: number, seed: number): { name: string; text: string; words: number }[] {
  const rnd = createRandom(seed);
  const out: { name: string; text: string; words: number }[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const words = r < 0.15 ? int(rnd, 200, 600) : r < 0.9 ? int(rnd, 600, 2500) : int(rnd, 2500, 6000);
    const text = generateDraft({ words, seed: (seed * 7919 + i * 104729) >>> 0 });
    out.push({ name: `post-${String(i + 1).padStart(4, '0')}.md`, text, words: countWords(text) });
  }
  return out;
}
