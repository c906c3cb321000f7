// Round 24 (D): an outcome anchored in time to a treatment (issue #3; claims.ts r24dAnchoredReading, r24dOutcome,
// r24dUseTold, r24dDraftComplaint). None of these sentences is taken from the corpus or from a benchmark: each is written
// for this file, as small drafts (a title naming a complaint and a treatment, then paragraphs), with near-claims in the
// same words that must stay silent (no treatment before, the natural course, a side effect, worsening, logistics).

import * as assert from 'node:assert/strict';
import { draftCases } from '../helpers/claim-cases';

/** The opening of every draft: a title naming complaints and treatments, and a paragraph that names the complaints. */
const OPENING = '# Sore backs, numb hands and winter colds: what our readers tried\n\nA numb, tingling hand at night and a stiff back are the commonest letters we get.\n\n';

const { claims, flagged, silent } = draftCases(OPENING);

describe('claim rules: an outcome anchored in time to a treatment (round 24, D)', () => {
  describe("an opening 'N days into' a treatment or a regimen", () => {
    it('flagged: the fog clearing two days into a cleanse', () => flagged('For years my head felt full of cotton wool. Two days into the juice cleanse, the fog cleared.', 'the fog cleared'));
    it('flagged: the stiffness easing a week into a course of tablets', () => flagged('My back seized up in January. A week into the course of tablets, the stiffness eased.', 'the stiffness eased'));
    for (const p of [
      // Not a treatment: a holiday, a term, a new job, a course of study.
      'Three days into the holiday, the fog lifted over the bay.',
      'Three days into the term, the children were back in the classroom.',
      'A week into the new job, the tiredness set in.',
      'Two weeks into the course, I finally understood the statistics.',
      // A treatment, but worsening or a side effect settling.
      'Three days into the fast, the headaches started.',
      'Four days into the diet, my rash got worse.',
      'Two days into the detox, the nausea settled.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe("a closing 'within N days of' a treatment", () => {
    it("flagged: the draft's complaint settling within days of the operation", () =>
      flagged('## The operation\n\nIt takes twenty minutes under local anaesthetic. The night-time numbness settles within days of the operation.', 'The night-time numbness settles'));
    for (const p of [
      // What settles is the operation's own wound, a complaint the draft never named, or no complaint at all.
      'The swelling goes down within a week of the operation.',
      'The bruising around the wound fades within days of the procedure.',
      'The stitches come out within ten days of the operation.',
      // Logistics of care.
      'Your results arrive within ten days of the blood test.',
      'The invoice is sent within a week of your appointment.',
      'Within a week of booking you will get a letter from the clinic.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('a phrase of time alone after the sentences that told the treatment', () => {
    it('flagged: an everyday act regained after a gel rubbed in', () => flagged('My physio had me rub the gel in after every walk. Within four days I was back on my bike.', 'I was back on my bike'));
    it('flagged: an everyday act regained after an ointment dabbed on', () => flagged('Grandad dabbed the ointment on twice a day. By the next morning he was back in the allotment.', 'he was back in the allotment'));
    it('flagged: a state of being well promised after a claim of the paragraph', () => flagged('Our lavender spray calms restless sleepers. Your toddler will be sleeping better within a week.', 'Your toddler will be sleeping better'));
    it("flagged: a state of being well 'ever since' a splint worn", () => flagged("I've worn the wrist splint every night since the spring. My hand has been pain-free ever since.", 'My hand has been pain-free'));
    it("silent after a claim of what a treatment can do: another complaint's course", () =>
      assert.deepEqual(claims('Our nasal spray can ease a blocked nose. The cough settles within a week.'), ['unsupported-claim/warning «can ease»']));
    for (const p of [
      // No treatment told before.
      'We moved house in March. Within four days I was back in the garden.',
      'We went to the seaside for a week. Afterwards the children were exhausted.',
      // A treatment offered, suggested or refused, not used.
      'She was offered physiotherapy but chose to wait. Within a month the pain had settled.',
      'The GP suggested a steroid cream. Within a week the eczema had cleared.',
      // The natural course.
      'Ask your pharmacist about paracetamol for a cold. Most colds are gone within a week anyway.',
      'I rubbed the gel in every evening. Within a week the rash had come and gone.',
      // A side effect, worsening, a relapse, a place of care or of being ill.
      'I started the new tablets on Monday. Within two days of starting the tablets I felt sick.',
      'I put the cream on every night. By the next morning my rash was worse.',
      'I put the cream on every night. Within a week I was back in hospital.',
      'I rubbed the gel in every evening. Within a week I was back on the tablets.',
      'I rubbed the gel in every evening. Within a week I was back to square one.',
      'Within a week of the fall I was back in bed.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe('exercise told as a regimen after a complaint of the paragraph', () => {
    it('flagged: walks every couple of hours after a back put out', () =>
      flagged('I hurt my back lifting a sofa in April. My sister told me to keep moving, so I walked round the block every couple of hours. Within four days I was back at the allotment.', 'I was back at the allotment'));
    it('flagged: a swim every morning after a swollen knee', () =>
      flagged('My knee swelled up after the fall. I swam every morning at the leisure centre. By the end of the month I was back on the pitch.', 'I was back on the pitch'));
    for (const p of [
      // No complaint before the regimen: a habit.
      'We walked the dog every morning. Within a week I was back at work.',
      // A complaint, but what was kept every day is no exercise: work, visits, calls, rest, cards.
      'My back was sore. I worked late every night. Within a week I was back at the office.',
      'My knee was swollen after the fall. I visited my mum every day. Within a week I was back at the gym.',
      'My neck was stiff after the crash. I phoned the insurers every morning. Within a week I was back in the car.',
      'My back was sore. I rested on the sofa every afternoon. Within a week I was back at work.',
      'My shoulder was stiff. We played cards every evening. Within a week I was back at the pub.',
      // Exercise, but worsening or a place of care.
      'My ankle was sore. I walked to the shop every morning. Within a week my ankle was worse.',
      'My knee was sore. She swam every morning. Within a week she was back in hospital.',
    ]) it(`silent: ${p}`, () => silent(p));
  });

  describe("few episodes since an opening 'Since starting' a treatment", () => {
    it('flagged: one cold since the gummies', () => flagged("Since starting the elderberry gummies in October, I've only had one cold, and it was gone in three days.", "I've only had one cold"));
    it('flagged: hardly a sore throat since the lozenges', () => flagged('Since starting the zinc lozenges she has hardly had a sore throat.', 'she has hardly had a sore throat'));
    for (const p of [
      // No treatment started: school, a job.
      'Since starting school, she has only had one cold.',
      "Since starting my new job I've only had one day off.",
      // A treatment started, but what was few is no complaint.
      "Since starting the tablets I've only had one reply from the clinic.",
      'Since starting the course I have hardly had a day to myself.',
      "Since starting the gummies I've only had one delivery.",
    ]) it(`silent: ${p}`, () => silent(p));
  });
});
