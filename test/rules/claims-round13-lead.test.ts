// The claim rules on round 12's blind drafts (issue #3, round 13, the lead's fixes for their false positives and wrong
// rules). Each describe block is one cause, stated as a fact about English or about blog writing, with the sentences
// where the rules must stay silent and the nearest ones where they must still fire. None of these sentences is taken
// from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules on round 12 drafts (round 13, lead)', () => {
  describe("a speaker's label before a sentence (a forum handle, a name in a chat or an interview: 'mum_of_two: …', 'Dr Ana Ruiz: …') is not part of the sentence: what follows is read from its own start", () => {
    cases([
      ['mum_of_two: Apparently research shows that fennel tea settles reflux in babies.', ['vague-attribution warning «research shows»']],
      ["bikerdave77: It's well known that arnica heals bruises overnight.", ["vague-attribution warning «It's well known that»"]],
      ['Dr Ana Ruiz: Studies show that zinc lozenges shorten colds.', ['vague-attribution warning «Studies show»']],
      ['Q: Does ginger ease morning sickness?', []],
      ['Jo: Thanks, that is really kind of you.', []],
      // A lower-case remainder is a labelled fragment, read as before.
      ['Benefits: less pain and better sleep.', ['unsupported-claim warning «less pain and better sleep»']],
    ]);
  });

  describe("an unnamed source placed somewhere ('Doctors in Germany have known for years that', 'Experts in the US agree') is still unnamed: a place names no study", () => {
    cases([
      ['Doctors in Sweden have known for years that sauna bathing lowers blood pressure.', ['vague-attribution warning «Doctors in Sweden have known for years that»']],
      ['Experts in Japan and Korea agree that green tea prevents strokes.', ['vague-attribution warning «Experts in Japan and Korea agree»']],
      // Named, or with no claim after it, it is not vague.
      ['Dr Lena Berg in Stockholm has studied sauna use for twenty years.', []],
      ['Doctors in Sweden have known about sauna culture for centuries.', []],
    ]);
  });

  describe("a passive cure with the complaint as its subject ('my eczema was cured', 'his back pain got cured') is cure language, like 'cured my eczema'", () => {
    cases([
      ['Three weeks on the diet and my psoriasis was cured.', ['absolute-claim error «cured»']],
      ['His back pain got cured by two adjustments.', ['absolute-claim error «cured»']],
      ['Her asthma has been cured since she started the drops.', ['absolute-claim error «cured»']],
      // Negated or asked: no promise.
      ['My psoriasis was never cured, only managed.', []],
      ['Was your eczema cured, or did it just go quiet?', []],
    ]);
  });

  describe("a body 'completely detoxed' in a sentence that claims a benefit promises a total cleanse", () => {
    cases([
      ['Our detox tea cleanses your liver, so you wake up completely detoxed.', ['absolute-claim error «completely detoxed»']],
      ['A week of juicing flushes out toxins and leaves you fully detoxified.', ['absolute-claim error «fully detoxified»']],
      ['The charcoal filter leaves your water completely toxin-free.', []],
      ['You will not walk out completely detoxed, whatever the adverts say.', []],
    ]);
  });

  describe("a warranty with modifiers between its period and 'guarantee' ('a two-year parts-and-labour guarantee') is a product's warranty; a guarantee of an outcome is still a promise", () => {
    cases([
      ['The treadmill comes with a five-year parts-and-labour guarantee from the maker.', []],
      ['Every lamp has a two-year no-quibble guarantee.', []],
      ['Our programme comes with a lifetime guarantee that your pain will not return.', ['absolute-claim error «guarantee»']],
    ]);
  });

  describe("how long a treatment takes to act, with an impersonal 'it' ('It can take eight weeks to notice a difference') is patient information about onset, not a claim, when what is awaited names no health outcome", () => {
    cases([
      ['It can take eight weeks to notice a difference, so keep going.', []],
      ['It may take a few months before you feel the full benefit.', []],
      ['It usually takes two or three sessions to notice a change.', []],
      // A boast of speed, or a named outcome, is a claim.
      ['It only takes one session to notice a difference.', ['unsupported-claim warning «notice a difference»']],
      ['Most people notice a difference within a fortnight.', ['unsupported-claim warning «notice a difference»']],
    ]);
  });

  describe("'act on' a part of the body or a hormone names where a drug acts, its mechanism; on a complaint, or with a purpose of benefit, it is a claim", () => {
    cases([
      ['Semaglutide acts on a gut hormone that signals fullness.', []],
      ['Caffeine acts on the brain within about twenty minutes.', []],
      ['Low-dose naltrexone acts on pain pathways to calm inflammation.', ['unsupported-claim warning «acts on»']],
    ]);
  });
});
