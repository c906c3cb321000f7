// unsupported-claim on blog prose (issue #3, round 9, part C): what a treatment does — the harm and outcome nouns, verbs
// and idioms of doing good that round 8's blind drafts used, built as word classes. Each describe block is one cause,
// stated as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 9, part C: what a treatment does)', () => {
  describe('harm and outcome nouns body system by body system (circulation, serious outcomes, feet, hair, skin and ageing, nerves, mind, gut and bladder, children, travel, fitness, immunity)', () => {
    cases([
      ['Flight socks help prevent blood clots and DVT on the way to Sydney.', ['unsupported-claim warning «help»']],
      ['Daily foot checks cut the number of amputations in people with diabetes.', ['unsupported-claim warning «cut»']],
      ['A nurse-led follow-up call reduced readmissions last winter.', ['unsupported-claim warning «reduced»']],
      ['Our urea balm softens calluses and corns in a fortnight.', ['unsupported-claim warning «softens»']],
      ['The new lotion might slow hair thinning at the temples.', ['unsupported-claim info «might slow»']],
      ['Caffeine shampoo reduces shedding, our stylists find.', ['unsupported-claim warning «reduces»']],
      ['A vitamin C serum fades dark circles and eye bags.', ['unsupported-claim warning «fades»']],
      ['B12 injections ease the pins and needles in her feet.', ['unsupported-claim warning «ease»']],
      ['Alpha-lipoic acid may reduce numbness and tingling in the toes.', ['unsupported-claim info «may reduce»']],
      ['Fennel tea relieves trapped wind and burping after meals.', ['unsupported-claim warning «relieves»']],
      ['Cherry juice may prevent gout attacks.', ['unsupported-claim info «may prevent»']],
      ['Pelvic floor work cuts leaks when you sneeze.', ['unsupported-claim warning «cuts»']],
      ['A chamomile gel soothes teething pain in babies.', ['unsupported-claim warning «soothes»']],
      ['Ginger capsules prevent seasickness on the ferry.', ['unsupported-claim warning «prevent»']],
      ['Beetroot shots improve oxygen uptake in older cyclists.', ['unsupported-claim warning «improve»']],
      ['Interval training raises your VO2 max within six weeks.', ['unsupported-claim warning «raises»']],
      ['Elderberry syrup may strengthen your resistance to winter bugs.', ['unsupported-claim info «may strengthen»']],
      ['Polyphenols neutralise free radicals and limit cell damage.', ['unsupported-claim warning «neutralise»']],
      ['Saffron might quiet racing thoughts at bedtime.', ['unsupported-claim info «might quiet»']],
      ['Low-level laser light regrows hair at the crown.', ['unsupported-claim warning «regrows»']],
      ['Exercise may help the brain grow new nerve cells, and bolsters memory.', ['unsupported-claim info «may help»']],
      // Natural history, side effects, anatomy words in logistics, advice, questions, negations, shedding pounds.
      ['Blood clots are more likely on flights longer than four hours.', []],
      ['Corns form where a shoe rubs.', []],
      ['The shedding usually slows down by itself within six months of a stressful event.', []],
      ['Some hair shedding is normal after a fever.', []],
      ['Warfarin is a blood-thinning drug; ask us about thinning agents and your diet.', []],
      ['Numbness and tingling can be a side effect of the tablets.', []],
      ['If your toes go numb, see your GP.', []],
      ['Do leaks after childbirth always get better?', []],
      ['No trial has shown that the shampoo slows shedding.', []],
      ['Malaria is spread by mosquitoes at dusk.', []],
      ['Book your travel jabs at least six weeks before you fly.', []],
      ['Chilled teething rings are on sale in the pharmacy.', []],
    ]);
  });

  describe('verbs and idioms of doing good, with a health object only: regrowing, rousing, deepening, bolstering; dissolving, releasing, quietening, mopping up, putting paid to', () => {
    cases([
      ['Lavender oil dissolves the day\'s stress in minutes.', ['unsupported-claim warning «dissolves»']],
      ['A deep-tissue massage releases tension in the shoulders.', ['unsupported-claim warning «releases»']],
      ['Hearing aids quieten the ringing in your ears.', ['unsupported-claim warning «quieten»']],
      ['The new inhaler has put paid to her night-time coughing.', ['unsupported-claim warning «put paid to»']],
      ['Vitamin C may mop up the free radicals that age your skin.', ['unsupported-claim info «may mop up»']],
      ['Microneedling rouses dormant follicles along the hairline.', ['unsupported-claim warning «rouses»']],
      ['A warm bath before bed deepens sleep.', ['unsupported-claim warning «deepens»']],
      ['Zinc lozenges bolster your defences against colds.', ['unsupported-claim warning «bolster»']],
      ['Breathwork could silence the panic attacks for good.', ['absolute-claim error «for good»']],
      ['Cognitive training dialled down his anxiety within a month.', ['unsupported-claim warning «dialled down»']],
      // A verb of the class with no health object: chemistry, logistics, a body's own working, questions, negations.
      ['Sugar dissolves faster in warm water.', []],
      ['The clinic releases new appointment slots every Monday.', []],
      ['Exercise releases endorphins and adrenaline.', []],
      ['Your skin renews itself about every four weeks.', []],
      ['Paper towels mop up spills in the waiting room.', []],
      ['Does a warm bath really deepen sleep?', []],
      ['No study has shown that zinc bolsters your defences.', []],
    ]);
  });
});
