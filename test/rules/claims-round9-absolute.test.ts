// absolute-claim and vague-attribution on blog prose (issue #3, round 9, part B). Each describe block is one cause, stated
// as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim and vague-attribution on blog prose (round 9, part B)', () => {
  describe('unnamed sources in other words: verbs of conceding and coming to accept, praise by a name, consensus within a group, a group that will tell you, a tradition confirmed by science, a comparison credited to evidence', () => {
    cases([
      // Quantifiers and verbs of conceding or coming round to an idea.
      ['Plenty of physiotherapists now admit that stretching before a run prevents injuries.', ['vague-attribution warning «Plenty of physiotherapists now admit that»']],
      ['Even sceptical cardiologists concede that beetroot juice lowers blood pressure.', ['vague-attribution warning «cardiologists concede that»']],
      ['Dermatologists are increasingly acknowledging that diet plays a part in adult acne.', ['vague-attribution warning «Dermatologists are increasingly acknowledging that»']],
      ['GPs are now recognising that gentle yoga has a role alongside painkillers.', ['vague-attribution warning «GPs are now recognising»']],
      ['Doctors are slowly accepting that fish oil eases joint pain.', ['vague-attribution warning «Doctors are slowly accepting that»']],
      // Praise by a name.
      ['Fertility experts are hailing myo-inositol as a game-changer for women with PCOS.', ['vague-attribution warning «experts are hailing»']],
      ['Allergists are calling local honey the best natural remedy for hay fever.', ['vague-attribution warning «Allergists are calling»']],
      // Consensus within a group.
      ["It's well known among dentists that xylitol gum protects children's teeth.", ["vague-attribution warning «It's well known among dentists that»"]],
      ['It is widely accepted in the running world that ice baths speed up recovery.', ['vague-attribution warning «It is widely accepted in the running world that»']],
      // A group of people named by what they do, who will tell you or swear.
      ['Marathon runners will tell you that beetroot juice improves endurance.', ['vague-attribution warning «Marathon runners will tell you that»']],
      ['Seasoned midwives would tell you that raspberry leaf tea shortens labour.', ['vague-attribution warning «midwives would tell you»']],
      ['Old-school boxing coaches swear that cold showers keep colds away.', ['vague-attribution warning «Old-school boxing coaches swear that»']],
      ['Many osteopaths swear by gentle stretching for a stiff neck.', ['vague-attribution warning «Many osteopaths swear by»']],
      // A tradition and the science said to confirm it; a comparison of efficacy credited to evidence.
      ['Grandmothers knew what modern science is only now confirming: ginger settles an upset stomach.', ['vague-attribution warning «what modern science is only now confirming»']],
      ['There is some evidence that tea tree oil works as well as benzoyl peroxide on mild acne.', ['vague-attribution warning «There is some evidence that»']],
      ['Research suggests that acupuncture works just as well as painkillers for tension headaches.', ['vague-attribution warning «Research suggests»']],
      // Calls for action, names for a condition, logistics, questions, advice about what a test or a doctor will tell you.
      ['Doctors are calling for a ban on energy drinks for under-16s.', []],
      ['Dermatologists call this pattern of spots maskne.', []],
      ["Doctors are calling this year's flu season the worst in a decade.", []],
      ['Nurses are calling every family on the waiting list this week.', []],
      ['Experts are hailing the new screening programme as a success for the NHS.', []],
      ['Scientists are now accepting applications for the autumn trial.', []],
      ['Your GP will tell you whether you need a second dose.', []],
      ['Blood tests will tell you if your iron is low.', []],
      ['Our nurses will tell you that the clinic closes at six on Fridays.', []],
      ['Hikers will tell you how hard the last mile is.', []],
      ['Many nurses swear by a good pair of clogs.', []],
      ['Researchers are only now discovering how the gut talks to the brain.', []],
      ['Is it well known among midwives that raspberry leaf tea shortens labour?', []],
      ['There is some evidence that the new bus route works as well as the old one.', []],
      ['Few dentists admit that they get nervous before an extraction.', []],
    ]);
  });
});
