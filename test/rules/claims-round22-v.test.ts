// Round 22 (V): voices of forums, digests, testimonies and case stories (issue #3; claims.ts round22VReading and the
// round 22 (V) readings after it; claims-outcomes.json round22VTopic). None of these sentences is taken from the corpus
// or from a benchmark: each is written for this file, with near-claims in the same registers that must stay silent.

import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';

/** The claim diagnostics on `sentence` when it follows `opening` in a draft (the opening's own are not counted). */
function claimsAfter(opening: string, sentence: string): string[] {
  const text = opening ? `${opening}\n\n${sentence}\n` : `${sentence}\n`;
  const from = text.length - sentence.length - 1;
  const { diagnostics } = lintText(text, { uri: 'file:///draft.md', only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } });
  return diagnostics.filter((d) => d.start >= from).map((d) => `${d.ruleId}/${d.severity} «${text.slice(d.start, d.end)}»`);
}

interface Case {
  opening: string;
  sentence: string;
}
const RLS = '# Restless legs ruining my evenings - what works for you?';
const DRY = '# Dry eye: a month of trying everything';
const HEAD = 'TUESDAY MIGRAINE CIRCLE\nNotes from the members\' chat';
const SPORT = '# Heavy legs after long runs: what I do about it';
const GYM = '# Leg day at the community gym';
const SHOP = '# Our hardware shop: decking, paint and garden tools';

/** Round 22 (V), lay names: the draft's complaint called by the part it afflicts or the feeling it gives. */
const LAY_UNSUPPORTED: Case[] = [
  { opening: RLS, sentence: 'A warm footbath before bed settles my legs in minutes.' },
  { opening: RLS, sentence: 'My brother tried the magnesium spray and it helped his legs as well.' },
  { opening: DRY, sentence: 'The gel at bedtime soothes my eyes by the morning.' },
  { opening: HEAD, sentence: 'A cold pack on my neck eases the pounding within half an hour.' },
  { opening: HEAD, sentence: 'Ginger tea takes the edge off and stops the throbbing for me.' },
  { opening: DRY, sentence: 'Apply the drops twice a day and the grittiness eases within a week.' },
  { opening: SPORT, sentence: 'A short spin on the bike clears the heaviness from my calves.' },
];
const LAY_ABSOLUTE: Case[] = [
  { opening: RLS, sentence: 'A hot water bottle sorts my legs out every single time.' },
  { opening: HEAD, sentence: 'Peppermint oil gets rid of the throbbing every single time.' },
  { opening: RLS, sentence: 'Stretching my calves before bed stops the crawling sensation completely.' },
];
/** The same words with no complaint in the opening, a thing or a place, a part's strength or shape, or no treatment: silent. */
const LAY_SILENT: Case[] = [
  { opening: GYM, sentence: 'A warm footbath before bed settles my legs in minutes.' },
  { opening: GYM, sentence: 'A hot water bottle sorts my legs out every single time.' },
  { opening: SHOP, sentence: 'A coat of varnish clears the grittiness from the deck.' },
  { opening: SHOP, sentence: 'The new cushions ease the heaviness of the old sofa.' },
  { opening: HEAD, sentence: 'Turning the music down eases the throbbing in the flat below.' },
  { opening: HEAD, sentence: 'The pounding rain kept us all awake on Tuesday.' },
  { opening: HEAD, sentence: 'The throbbing bass from next door stops at eleven.' },
  { opening: RLS, sentence: 'My new jeans fit my legs better than the old ones.' },
  { opening: RLS, sentence: 'I shaved my legs before the holiday.' },
  { opening: RLS, sentence: 'The heaviness of the parcel surprised me.' },
  { opening: RLS, sentence: 'The tingling of excitement before the trip was lovely.' },
  { opening: RLS, sentence: 'The forum helped her find the right consultant.' },
  { opening: RLS, sentence: 'My legs ache after the long walk into town.' },
  { opening: DRY, sentence: 'The grittiness of the film put my husband off.' },
  { opening: DRY, sentence: 'My eyes are brown, like my dad\'s.' },
];

describe('round 22 (V): lay names of the draft\'s complaint', () => {
  for (const { opening, sentence } of LAY_UNSUPPORTED) {
    it(`unsupported: ${sentence}`, () => {
      const got = claimsAfter(opening, sentence);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${sentence}\n${got.join('\n')}`);
    });
  }
  for (const { opening, sentence } of LAY_ABSOLUTE) {
    it(`absolute: ${sentence}`, () => {
      const got = claimsAfter(opening, sentence);
      assert.ok(got.some((g) => g.startsWith('absolute-claim/error')), `${sentence}\n${got.join('\n')}`);
    });
  }
  for (const { opening, sentence } of LAY_SILENT) {
    it(`silent: ${sentence} (after ${opening.split('\n')[0]})`, () => {
      assert.deepEqual(claimsAfter(opening, sentence), [], sentence);
    });
  }
  it('maps the spans of the reading back onto the writer\'s words', () => {
    const got = claimsAfter(SPORT, 'A short spin on the bike clears the heaviness from my calves.');
    assert.ok(got.every((g) => !g.includes('discomfort')), got.join('\n'));
  });
});

/** Round 22 (V), understood complaint: a benefit told with no complaint named, in a draft whose opening names one. */
const OBJECT_UNSUPPORTED: Case[] = [
  { opening: HEAD, sentence: 'The patch took the edge off on my worst afternoons.' },
  { opening: HEAD, sentence: 'It takes the edge off, but I still need a lie-down.' },
  { opening: HEAD, sentence: 'Magnesium tablets might take the edge off things for a few of you.' },
  { opening: RLS, sentence: 'A few people in my group say it helps them.' },
  { opening: RLS, sentence: 'I rub it in before bed, and it helps me.' },
  { opening: RLS, sentence: 'My mum says it helps her.' },
  { opening: RLS, sentence: 'What finally helped me was a hot water bottle and a gentle stretch.' },
  { opening: DRY, sentence: 'My neighbour swore by them and now my husband does too.' },
];
/** The same words with an object of their own, a pastime or a person, thanks, help to do something, or no complaint in the opening: silent. */
const OBJECT_SILENT: Case[] = [
  { opening: HEAD, sentence: 'The bonus took the edge off Monday.' },
  { opening: HEAD, sentence: 'A cup of tea took the edge off the wait.' },
  { opening: HEAD, sentence: 'It helps them find the right thread.' },
  { opening: HEAD, sentence: 'The search bar helps me a lot.' },
  { opening: HEAD, sentence: 'What helped me was the bus timetable.' },
  { opening: HEAD, sentence: 'What really helped me was a kind nurse on the ward.' },
  { opening: HEAD, sentence: 'My dad swears by it for stains.' },
  { opening: HEAD, sentence: 'My sister swore by that recipe and now I do too.' },
  { opening: HEAD, sentence: 'It helps us answer your questions faster.' },
  { opening: HEAD, sentence: 'The pinned post helps them.' },
  { opening: HEAD, sentence: 'Posting the time you took it helps us.' },
  { opening: HEAD, sentence: "Thanks, it helps me a lot to know I'm not alone." },
  { opening: HEAD, sentence: 'That helped me, thanks.' },
  { opening: HEAD, sentence: 'It helps me a lot to read your posts.' },
  { opening: HEAD, sentence: 'It works on my phone now.' },
  { opening: HEAD, sentence: 'It helped her get an appointment sooner.' },
  { opening: HEAD, sentence: 'They helped us with the forms.' },
  { opening: HEAD, sentence: 'I told the nurse and she said it helps them.' },
  { opening: HEAD, sentence: 'My mum says it helps me.' },
  { opening: GYM, sentence: 'The patch took the edge off on my worst afternoons.' },
  { opening: GYM, sentence: 'A few people in my group say it helps them.' },
  { opening: SHOP, sentence: 'The patch took the edge off on my worst afternoons.' },
  { opening: SHOP, sentence: 'My neighbour swore by them and now my husband does too.' },
];

describe("round 22 (V): a benefit whose complaint is the draft's", () => {
  it('hedges an account told by some of the others', () => {
    const got = claimsAfter(RLS, 'A few people in my group say it helps them.');
    assert.deepEqual(got, ['unsupported-claim/info «helps»']);
  });
  for (const { opening, sentence } of OBJECT_UNSUPPORTED) {
    it(`unsupported: ${sentence}`, () => {
      const got = claimsAfter(opening, sentence);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/')), `${sentence}\n${got.join('\n')}`);
    });
  }
  for (const { opening, sentence } of OBJECT_SILENT) {
    it(`silent: ${sentence} (after ${opening.split('\n')[0]})`, () => {
      assert.deepEqual(claimsAfter(opening, sentence), [], sentence);
    });
  }
});

/** Round 22 (V), consequences: a dose phrase or an imperative of care, then the reader's state reached. */
const CONSEQUENCE_UNSUPPORTED: string[] = [
  "Twenty minutes in a cold bath and you'll wake up the next morning feeling like a new woman.",
  "Put the pad on at the first twinge and you'll be back at work by lunch.",
  "Spray it in at the first sign of a cold and you'll be back on your feet within a few days.",
  "A week of the tablets and you'll wake up tomorrow feeling refreshed.",
];
/** The same words with no care, or a 'cold' that is no complaint: silent. */
const CONSEQUENCE_SILENT: string[] = [
  "Ten minutes in the queue and you'll be back at your desk.",
  "Pop the kettle on at the first sign of rain and you'll be back at your desk before it boils.",
  "Follow the map and you'll be back at work by nine.",
  "Take the early train and you'll be back at your desk by ten.",
  "Use the express checkout and you'll be back at your desk in no time.",
  "Book the spa weekend and you'll wake up on Sunday feeling brand new.",
  "Pop it in the post and you'll be back on your feet financially.",
  "I'd save cold baths for the summer holidays.",
  "The boiler broke, so the kids had cold baths all week.",
];

describe('round 22 (V): consequences of care', () => {
  for (const s of CONSEQUENCE_UNSUPPORTED) {
    it(`unsupported: ${s}`, () => {
      const got = claimsAfter('', s);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/warning')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of CONSEQUENCE_SILENT) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsAfter('', s), [], s);
    });
  }
});

/** Round 22 (V), eye drops by their kind and eyes by two adjectives of a complaint. */
const EYES_UNSUPPORTED: string[] = [
  'Lubricating drops can make a real difference to itchy, watery eyes.',
  'Our preservative-free drops soothe tired and gritty eyes.',
  'Gel drops at night ease sore, burning eyes by the morning.',
];
const EYES_SILENT: string[] = [
  'The drops in temperature make a real difference to sore, red eyes.',
  'The new lamp makes a real difference to tired, red eyes.',
  'Sore, red eyes are common in hay fever season.',
  'She has big, brown eyes like her dad.',
  'Lubricating drops come in single-use vials.',
  'Preservative-free drops cost a little more at the chemist.',
];

describe('round 22 (V): eye drops and sore, red eyes', () => {
  for (const s of EYES_UNSUPPORTED) {
    it(`unsupported: ${s}`, () => {
      const got = claimsAfter('', s);
      assert.ok(got.some((g) => g.startsWith('unsupported-claim/')), `${s}\n${got.join('\n')}`);
    });
  }
  for (const s of EYES_SILENT) {
    it(`silent: ${s}`, () => {
      assert.deepEqual(claimsAfter('', s), [], s);
    });
  }
});

// Round 22 (final read, from the reviewer's probes): a part of the body with a gerund after it says what it does ('stops my
// legs dangling'), and 'it helps me when …' is about the thread; the draft's complaint reading stays for the rest.
describe('claim rules on blog prose (round 22, final read of part V)', () => {
  const silent: Case[] = [
    { opening: RLS, sentence: 'It helps me when people reply quickly.' },
    { opening: RLS, sentence: 'The footrest stops my legs dangling in the wheelchair.' },
    { opening: RLS, sentence: 'The heavy rain stopped my legs getting sunburnt.' },
  ];
  for (const c of silent) it(`silent: ${c.sentence}`, () => assert.deepEqual(claimsAfter(c.opening, c.sentence), []));
  it('flagged: A magnesium spray stops my legs twitching at night.', () => assert.deepEqual(claimsAfter(RLS, 'A magnesium spray stops my legs twitching at night.'), ['unsupported-claim/warning «stops»']));
  it('flagged: A warm footbath before bed settles my legs in minutes.', () => assert.deepEqual(claimsAfter(RLS, 'A warm footbath before bed settles my legs in minutes.').length, 1));
});
