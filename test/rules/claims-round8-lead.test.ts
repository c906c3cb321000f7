// The claim rules, round 8 (issue #3): the lead's own fixes, each with new sentences (claims and their nearest
// non-claims). None is taken from the blog corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules, round 8 (lead)', () => {
  describe('unsupported-claim: "works better than" another course with a health outcome named after it, whatever the other side is', () => {
    cases([
      ['Walking works better than resting for most back pain.', ['unsupported-claim warning «works better than»']],
      ['Physiotherapy works better than rest for back pain.', ['unsupported-claim warning «works better than»']],
      ['Ice works better than heat for a fresh sprain.', ['unsupported-claim warning «works better than»']],
      ['Swimming works better than running for people with sore knees.', ['unsupported-claim warning «works better than»']],
      ['Stretching works better than resting in most cases of back pain.', ['unsupported-claim warning «works better than»']],
      ['Setting a regular bedtime works better than sleeping pills for insomnia.', ['unsupported-claim warning «works better than»']],
      ['Heating pads work better than ice for period cramps.', ['unsupported-claim warning «work better than»']],
      // No health outcome named, no treatment on the subject side, or the other side is a place one phones or visits.
      ['Walking works better than driving for short trips.', []],
      ['Morning appointments work better than evening ones for most parents.', []],
      ['Online booking works better than phoning the surgery.', []],
      ['The new building works better than the old one for wheelchair users.', []],
      ['Our booking system works better than phoning for repeat prescriptions.', []],
      // A place, a time or the weather after the comparison names no health outcome.
      ['Walking works better than driving in the city.', []],
      ['Cycling works better than taking the bus at rush hour.', []],
      ['Swimming works better than running in hot weather.', []],
    ]);
  });

  describe('absolute-claim: a product\'s warranty is not a guaranteed outcome', () => {
    cases([
      ['Our insoles are guaranteed for a year against wear and tear.', []],
      ['The frames are guaranteed for two years.', []],
      ['Every pair of glasses is guaranteed against breakage for 12 months.', []],
      ['Your hearing aids are guaranteed for five years, parts and labour.', []],
      // A guaranteed result, relief or health outcome, for a period or not.
      ['Results are guaranteed.', ['absolute-claim error «are guaranteed»']],
      ['Relief is guaranteed for 12 hours.', ['absolute-claim error «is guaranteed»']],
      ['Clear skin, guaranteed for a year.', ['absolute-claim error «guaranteed»']],
      ['Results guaranteed for six months or your money back.', ['absolute-claim error «guaranteed»']],
      ['Our shampoo is guaranteed against hair loss.', ['absolute-claim error «is guaranteed»']],
      ['The cream is guaranteed against sun damage for a full year.', ['absolute-claim error «is guaranteed»']],
    ]);
  });
});
