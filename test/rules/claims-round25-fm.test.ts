// Round 25 (F, mended): the frames of round 25 (F) kept to their health senses (issue #3; claims.ts r25fmGerundObject,
// r25fmHealthTreatment, r25fTreatmentBefore, r25fmFigure, r25fmCall, r25fmCountHead, r25fmOnsetThing; claims-reported.json
// round25FM). None of these sentences is taken from the corpus, a benchmark or the review: each is written for this file,
// as small drafts (a title naming a complaint, then paragraphs), claims first, then near-claims in the same words.

import { titledDraftCases } from '../helpers/claim-cases';

const { flagged, silent } = titledDraftCases('# Knee pain and stiff joints: your letters');

describe('claim rules: the frames of round 25 (F), mended', () => {
  describe('a gerund subject names a remedy only with its object', () => {
    it('flagged: a gerund of intake with a bare food', () => flagged('Giving up cheese changed everything for me.', 'Giving up cheese changed everything for me'));
    it('flagged: a gerund of use with an aid', () => flagged('Wearing the knee brace worked for me.', 'Wearing the knee brace worked for me'));
    it('flagged: a gerund of intake with an amount', () => flagged('Eating less changed everything for me.', 'Eating less changed everything for me'));
    for (const p of [
      'Switching to paperless billing worked for us.',
      'Using the self check-in screen changed everything for me.',
      'Taking the lift to the ward worked for me, honestly.',
      'Eating in the hospital canteen worked for me too.',
      'Quitting my night shifts changed everything for me.',
      'Wearing a name badge worked for us.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('a treatment told before a testimony: the paragraph just before, or the post a reply answers', () => {
    it('flagged: the paragraph just before names the drug', () =>
      flagged('The rheumatologist put me on naproxen in the spring.\n\nI feel thirty again.', 'I feel thirty again'));
    it('flagged: a reply after other replies answers the post', () =>
      flagged('**Post:** Has anyone tried glucosamine for creaky knees?\n\n**Reply:** Try a search first.\n\n**Reply:** Worked for me.', 'Worked for me'));
    it('flagged: a post under its own header answers the thread above it', () =>
      flagged('**Jo Reid**\n\nI have taken glucosamine for my knees since March.\n\n**Sam Hart**\n\nWorked for me.', 'Worked for me'));
    for (const p of [
      'The rheumatologist put me on naproxen in the spring.\n\nIn August we took the caravan to Wales for a fortnight.\n\nI feel thirty again.',
      'The rheumatologist put me on naproxen in the spring.\n\nThe car park was full, so I left the car at the station and walked.\n\nWorked for me.',
    ]) it(`silent: ${p.replace(/\n+/g, ' / ')}`, () => silent(p));
  });

  describe('a treatment word in its health sense', () => {
    it('flagged: a patch for a complaint', () => flagged('I tried a heat patch on my sore knee. Worked for me.', 'Worked for me'));
    it('flagged: a named drug', () => flagged('I took ibuprofen gel for a week. Worked for me.', 'Worked for me'));
    for (const p of [
      'I ran the antivirus patch on the laptop. Worked for me.',
      'A bit of garden therapy at the weekend. I feel human again.',
      'We put a damp treatment on the cellar wall. Worked for us.',
      'I sprayed a dab of oil on the bike chain. Worked for me.',
      'A tall tonic water on the patio. I feel human again.',
      'The cream of tartar paste shifted the rust. Worked for me.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe("'you'll avoid' a complaint, not a figure of speech", () => {
    it('flagged: the imperative names a drink', () => flagged("Cut down on fizzy drinks slowly and you'll avoid the headaches.", "you'll avoid the headaches"));
    it('flagged: a place on the body after the complaint', () => flagged("Stretch your calves before bed and you'll avoid cramp in your legs.", "you'll avoid cramp"));
    for (const p of [
      "Book the van early and you'll avoid a huge headache later.",
      "Pack the night before and you'll avoid headaches at the airport.",
      "File your return in April and you'll avoid a migraine in January.",
      "Delegate more and you'll avoid burnout.",
      "Leave at six and you'll avoid the headache.",
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('sleep or energy promised after an imperative to read, join or sign up', () => {
    it('flagged: an imperative of care', () => flagged("Take one capsule at night and you'll wake up with more energy.", "you'll wake up with more energy"));
    for (const p of [
      "Read the planning report and you'll fall asleep faster.",
      "Subscribe to our podcast and you'll wake up with energy.",
      "Sign up to the mailing list and you'll wake up with energy every morning.",
      "Register for the quiz and you'll fall asleep faster.",
      "Follow our page and you'll wake up with energy.",
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('a count of the body: its head noun, no phrase after it', () => {
    it('flagged: bladder leaks', () => flagged('My bladder leaks dropped from five a day to one after I started the squeezes.', 'My bladder leaks dropped'));
    it('flagged: a person as possessor', () => flagged("My son's nosebleeds dropped from five to one after he started the nasal cream.", "nosebleeds dropped"));
    it('flagged: trips to the loo at night', () => flagged('My trips to the loo at night dropped from four to one after I stopped the tea.', 'dropped from four to one'));
    for (const p of [
      'My accidents in the car park dropped from three to one after I started parking nose out.',
      "Our cat's accidents dropped from four to one after we started a new litter.",
      'Our leaks dropped from six to two after we switched to the new seals.',
      'My fits of giggles dropped from ten to two after I started the new job.',
      'My episodes of snacking dropped from six to one after I started meal prep.',
      'Our shark attacks dropped from three to one after we started patrols.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('a ranked remedy that stops a complaint coming back: not on a thing', () => {
    it('flagged: cold sores coming back', () => flagged('Lysine is the best thing to stop cold sores coming back.', 'to stop cold sores coming back'));
    for (const p of [
      'Lemon juice is the best thing to stop the white spots coming back on the taps.',
      'A fan is the single best thing to stop mould spots forming.',
      'A good sealant is the best thing to stop blisters forming on the varnish.',
      'A lid is the single best thing to stop spots forming on the hob.',
      'Stirring is the best thing to stop lumps forming in the sauce.',
    ]) it(`silent: ${p}`, () => silent(p));
  });
});
