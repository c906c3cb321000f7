// The claim rules in round 16 (issue #3), the lead's fixes of older false positives. Each describe block is one cause,
// stated as a fact about English or about blog writing, with the sentences where the rules must stay silent and the
// nearest ones where they must still fire. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules, older false positives (round 16, lead)', () => {
  describe("a complaint improving after a stage of life or a bodily event ('after the menopause', 'once the baby settled', 'when the blood sugar comes back up'), with no treatment named, is the natural course, not a claim", () => {
    cases([
      ['Her hot flushes eased off after the menopause.', []],
      ['Headaches often ease when the blood sugar comes back up.', []],
      ['I slept through the night for the first time in years after the baby finally settled.', []],
      ['My hay fever cleared up once the pollen season ended.', []],
      ['His eczema calmed down after puberty.', []],
      // A treatment named beside the anchor makes it a claim again.
      ['My hot flushes eased off after a month on HRT.', ['unsupported-claim warning «My hot flushes eased»']],
      ['My hay fever cleared up once I started the nasal spray.', ['unsupported-claim warning «My hay fever cleared up»']],
      // A date or an occasion dates a change; it does not cause it.
      ["I've dropped two dress sizes since the summer on the shakes.", ["unsupported-claim warning «I've dropped two dress sizes»"]],
    ]);
  });

  describe("a chore before 'and' ('Put the toys away each evening and you'll sleep better') credits no treatment with the result after it; putting screens away is sleep hygiene and still does", () => {
    cases([
      ["Put the toys away each evening and you'll sleep better.", []],
      ["Take the recycling out each evening and you'll feel calmer.", []],
      ["Take two capsules before bed and you'll sleep better.", ["unsupported-claim warning «you'll sleep better»"]],
      ["Put the drops in each evening and you'll sleep better.", ["unsupported-claim warning «you'll sleep better»"]],
      ["Put the phone away an hour before bed and you'll sleep better.", ["unsupported-claim warning «you'll sleep better»"]],
    ]);
  });

  describe("a possessed thing that is better or gone is a testimony only when the thing is a health outcome or a part of the body ('My back is better'), not a possession ('My car is gone', 'Their garden is better than ours')", () => {
    cases([
      ['My car is gone.', []],
      ['Their garden is better than ours.', []],
      ['My pension is better now than it has been in years.', []],
      ['Our broadband is better since the engineer came.', []],
      ['My back is better.', ['unsupported-claim warning «My back is better»']],
      ['My eczema is gone.', ['unsupported-claim warning «My eczema is gone»']],
      ['His stammer is better.', ['unsupported-claim warning «His stammer is better»']],
      ['My hay fever is gone.', ['unsupported-claim warning «My hay fever is gone»']],
    ]);
  });

  describe("unnamed sources in three more shapes: a finding repeated ('research keeps showing that'), a fact called well known with a contraction ('It's a well-known fact that'), and one professional standing for all ('Every nutritionist knows that')", () => {
    cases([
      ['Research keeps showing that a brisk daily walk lifts low mood.', ['vague-attribution warning «Research keeps showing that»']],
      ["It's a well-known fact that garlic fights off colds.", ["vague-attribution warning «It's a well-known fact that»"]],
      ['Every nutritionist knows that oats lower cholesterol.', ['vague-attribution warning «Every nutritionist knows that»']],
      // A named source, a citation, advice to a person and the plain verb stay as they were.
      ['Dr Amara Osei, our dietitian, knows that oats lower cholesterol [2].', []],
      ['Research keeps showing that a brisk daily walk lifts low mood [4].', []],
      ['Every nurse knows the way to the staff room.', []],
      ['The kettle keeps showing an error light.', []],
    ]);
  });

  describe("a negated universal subject ('Not everyone who tries the diet sees their blood sugar fall') denies that the outcome comes to all: a caution, not a testimony", () => {
    cases([
      ['Not everyone who tries the diet sees their blood sugar fall.', []],
      ['Not all women who take the supplement notice their hot flushes ease.', []],
      ['Everyone who tries the diet sees their blood sugar fall.', ['absolute-claim error «Everyone»']],
      ['Most people who try the diet see their blood sugar fall.', ['unsupported-claim warning «their blood sugar fall»']],
    ]);
  });

  describe("a story's outcome as an everyday ability regained without a complaint or an aid ('Since starting the tablets I can walk without pain', 'she was able to kneel without a twinge')", () => {
    cases([
      ['Since starting the tablets I can walk to work without my stick.', ['unsupported-claim warning «I can walk to work without my stick»']],
      ['After three sessions she was able to kneel in the garden without a twinge.', ['unsupported-claim warning «she was able to kneel in the garden without a twinge»']],
      ['Within a week of seeing the physio I could walk without a limp.', ['unsupported-claim warning «I could walk without a limp»']],
      // No treatment before it, a denial, and an ability that is no outcome stay silent.
      ['I can walk to the shops without pain.', []],
      ["After six weeks of the course I still can't walk without pain.", []],
      ['Since starting the new job I can walk to work without a bus pass.', []],
    ]);
  });
});
