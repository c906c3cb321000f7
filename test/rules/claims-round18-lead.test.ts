// The claim rules in round 18 (issue #3), the lead's fixes of round 17's false positives. Each describe block is one cause,
// stated as a fact about English or about health writing, with the sentences where the rules must stay silent and the
// nearest ones where they must still fire. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('the claim rules, false positives of round 17 (round 18, lead)', () => {
  describe("a bare 'this' or 'that' after a clause break points back at the clause before it: when that clause says what a medicine may do to the body, 'harmless' reassures about the effect; a treatment called harmless, or a clause with no effect, keeps the promise", () => {
    cases([
      ['Iron tablets can turn your stools black; this is harmless.', []],
      ['Rifampicin can make your tears orange; this is completely harmless.', []],
      ['Chlorhexidine mouthwash may stain your teeth brown, but that is harmless.', []],
      ['Beetroot juice can colour your pee pink - this is harmless and passes in a day.', []],
      ['Our detox tea can clear your skin in days; this is harmless.', ['absolute-claim error \u00abharmless\u00bb']],
      ['Our tea is made from wild herbs; this is harmless.', ['absolute-claim error \u00abharmless\u00bb']],
      ['This remedy is harmless.', ['absolute-claim error \u00abharmless\u00bb']],
    ]);
  });

  describe("a parcel or a unit of the product guaranteed, in the passive, to arrive or to be dispatched is a promise of delivery; the same subject guaranteed a health outcome, or a product guaranteed to work, is a guarantee of a result", () => {
    cases([
      ['Every tub is guaranteed to arrive sealed.', []],
      ['Your parcel is guaranteed to reach you within two working days.', []],
      ['Each order is guaranteed to be dispatched the same day.', []],
      ['Every tub is guaranteed to ease your joint pain.', ['absolute-claim error \u00abis guaranteed to\u00bb']],
      ['Our capsules are guaranteed to work.', ['absolute-claim error \u00abare guaranteed to\u00bb']],
      ['Our cream is guaranteed to clear eczema.', ['absolute-claim error \u00abis guaranteed to\u00bb']],
    ]);
  });

  describe("'a cure for X' sought or missing (after a word of seeking, hoping or working towards it, or as the subject of a predicate of absence) is no promise: charities and careful writers say it often; a cure found, offered or named as a product stays absolute", () => {
    cases([
      ["A cure for Alzheimer's has not yet been found.", []],
      ['A cure for type 1 diabetes is still years away.', []],
      ['Sadly a cure for ME does not exist yet.', []],
      ['A cure for multiple sclerosis remains out of reach.', []],
      ["Researchers are still searching for a cure for Parkinson's.", []],
      ['Your donations fund research towards a cure for childhood leukaemia.', []],
      ['The search for a cure for lupus goes on.', []],
      ['Our research programme brings us closer to a cure for multiple sclerosis.', []],
      ['A cure for dementia is still a distant dream.', []],
      ['Find the cure for your insomnia in our sleep tea.', ['absolute-claim error \u00abthe cure for\u00bb']],
      ['The cure for acne is our zinc cream.', ['absolute-claim error \u00abThe cure for\u00bb']],
      ['This balm is a cure for eczema that does not sting.', ['absolute-claim error \u00aba cure for\u00bb']],
      ['A cure for cancer is a dream come true with our protocol.', ['absolute-claim error \u00abA cure for\u00bb']],
    ]);
  });

  describe("'harmless' said of a finding or a condition: with a frequency adverb after coordinated adjectives ('common and usually harmless'), 'almost always', an appositive between the subject and the copula, or a pronoun for a condition named or conceded before it ('can look alarming, but it is harmless'); a treatment called harmless keeps the promise", () => {
    cases([
      ['Skin tags are very common and usually harmless, though they can catch on jewellery.', []],
      ['Cherry angiomas, the small red dots that appear with age, are harmless.', []],
      ['Heart palpitations, which can feel like a fluttering in the chest, are common and usually harmless.', []],
      ['Seborrhoeic warts are raised, crusty growths that are almost always harmless.', []],
      ['A birthmark on the eyelid can look worrying, but it is harmless in most babies.', []],
      ['Our balm smells strong, but it is harmless.', ['absolute-claim error \u00abharmless\u00bb']],
      ['This laser facial is quick, painless and totally harmless.', ['absolute-claim error \u00abharmless\u00bb']],
      ['Our tea, made from wild herbs, is completely harmless.', ['absolute-claim error \u00abharmless\u00bb']],
    ]);
  });

  describe('a service, money or data guaranteed (the subject of a passive guarantee, or the object after \'we guarantee that\') is no promise of a result; a result or relief guaranteed still is', () => {
    cases([
      ['A full refund is guaranteed if you cancel at least a week before the workshop.', []],
      ['Delivery of the hearing aid batteries is guaranteed within three working days.', []],
      ['We guarantee that your personal details will never be passed to third parties.', []],
      ['Your place is guaranteed once the deposit is paid.', []],
      ['Seats at the Saturday first-aid class are guaranteed only once you have paid.', []],
      ['Relief of your back pain is guaranteed.', ['absolute-claim error \u00abis guaranteed\u00bb']],
      ['We guarantee that your pain will ease.', ['absolute-claim error \u00abWe guarantee\u00bb']],
    ]);
  });

  describe("intransitive 'heals completely' or 'healed for good' with no treatment, story or claim in the sentence is the natural course of a wound or a bone; with a treatment it is a promise", () => {
    cases([
      ['Most grazes heal completely within two weeks.', []],
      ['A broken collarbone usually takes about eight weeks to heal fully.', []],
      ['My ear piercing took almost a year to heal fully.', []],
      ['With our gel, cuts heal completely in days.', ['absolute-claim error \u00abheal completely\u00bb']],
      ['After the protocol my gut healed for good.', ['absolute-claim error \u00abhealed for good\u00bb']],
    ]);
  });

  describe("a bare 'miracle' in an event frame ('It was a miracle the car started', 'it felt like a small miracle when …', 'by some miracle') with no health word is everyday English; a miracle said of a thing, or in a sentence about health, stays hype", () => {
    cases([
      ['It was a miracle the minibus started in the frost.', []],
      ['It felt like a small miracle when the raffle raised five hundred pounds.', []],
      ['By some miracle the cake survived the journey to the fete.', []],
      ['Honestly, this serum is a miracle in a bottle.', ['absolute-claim error \u00abmiracle\u00bb']],
      ['Customers call it a miracle.', ['absolute-claim error \u00abmiracle\u00bb']],
      ['My hay fever vanished: it was a miracle.', ['absolute-claim error \u00abmiracle\u00bb']],
    ]);
  });
});

describe('the claim rules, nouns read as verbs (round 18, lead)', () => {
  describe("a base or -s form right before a finite auxiliary heads a noun phrase ('The roof repair has been a pain', 'Help is at hand'), and 'work' after 'off', 'at' or 'from' is the noun; a pseudo-cleft and a finite verb keep their reading", () => {
    cases([
      ['The boiler repair has been a pain in the neck all winter.', []],
      ['Help is at hand for anyone struggling with back pain.', []],
      ['I was off work for two weeks with flu.', []],
      ['What helps my eczema is a thick emollient.', ['unsupported-claim warning \u00abhelps\u00bb']],
      ['Ginger eases nausea.', ['unsupported-claim warning \u00abeases\u00bb']],
      ['Our pills work for migraine.', ['unsupported-claim warning \u00abwork for\u00bb']],
    ]);
  });
});

describe('the claim rules, false positives of careful prose (round 18, lead)', () => {
  describe("a disease declared or certified eradicated, or eliminated in a year or from a place, is public-health history; a product that eradicates a complaint is still total", () => {
    cases([
      ['Smallpox was declared eradicated by the World Health Organization in 1980.', []],
      ['Polio has been eliminated from the Americas.', []],
      ['Our spray eradicates athlete\'s foot.', ['absolute-claim error \u00aberadicates\u00bb']],
    ]);
  });

  describe("a small or minor miracle, and a title with a capital ('Miracle on 34th Street'), in a sentence with no health word are everyday English; a small miracle for a complaint is hype", () => {
    cases([
      ['Getting thirty volunteers to the hall by eight felt like a small miracle.', []],
      ['The minibus passing its MOT was, the driver said, a minor miracle.', []],
      ['This week the residents are watching Miracle on 34th Street with mince pies.', []],
      ['This cream is a small miracle for cracked heels.', ['absolute-claim error \u00abmiracle\u00bb']],
    ]);
  });
});

describe('the claim rules, more careful prose (round 18, lead)', () => {
  describe("a claim named and then denied its evidence ('Claims that … are not supported by evidence', 'The belief that … has not been proven', 'Reports that … are false') is mentioned, not made; a report credited with showing it is still vague", () => {
    cases([
      ['Claims that a raw diet can cure arthritis are not supported by evidence.', []],
      ['The belief that garlic prevents colds has not been proven.', []],
      ['Reports that the new jab cures shingles are false.', []],
      ['Reports show that fasting reverses diabetes.', ['vague-attribution warning \u00abReports show\u00bb', 'absolute-claim error \u00abreverses\u00bb']],
    ]);
  });

  describe("an organ or a reflex as the subject of a verb of benefit, in a sentence that names no treatment, is physiology ('The cough reflex protects the airways'); with a treatment named it is a claim", () => {
    cases([
      ['The cough reflex protects the airways by clearing mucus.', []],
      ['Your liver clears alcohol at about one unit an hour.', []],
      ['With our detox tea, your liver flushes out toxins.', ['unsupported-claim warning \u00abflushes out\u00bb']],
    ]);
  });
});

describe("the claim rules, the final read of round 18's new forms (a reviewer's everyday English)", () => {
  describe("sales copy that ends the search for a cure promises it; a claim 'never proven wrong' is asserted; 'this is a miracle you need' is hype; a guaranteed service whose clause claims a health result is a guarantee of it", () => {
    cases([
      ['Your search for a cure for eczema ends here: our balm is it.', ['absolute-claim error \u00aba cure for\u00bb']],
      ['Our patented formula brings you one step closer to a cure for tinnitus.', ['absolute-claim error \u00aba cure for\u00bb']],
      ['Reports that our tea cures colds have never been proven wrong.', ['absolute-claim error \u00abcures\u00bb']],
      ['Honestly, this is a miracle you need in your bathroom cabinet.', ['absolute-claim error \u00abmiracle\u00bb']],
      ['We guarantee that every appointment will leave you pain-free.', ['absolute-claim error \u00abWe guarantee\u00bb']],
    ]);
  });

  describe("'Facebook group' in parentheses is no author; a complaint's frequency falling with a trailing clause of time or cause and no treatment is the natural course", () => {
    cases([
      ['Our tea eases colds (Facebook group, 2023).', ['unsupported-claim warning \u00abeases\u00bb']],
      ['My hot flushes went from daily to once a week as the menopause went on.', []],
      ['Her seizures went from daily to weekly as she grew older.', []],
      ['My migraines went from weekly to once a month after I started the magnesium.', ['unsupported-claim warning \u00abMy migraines went from weekly to once a month\u00bb']],
    ]);
  });

  describe("generic words of method are no treatment for a guarantee over every person; a claim inside a subject's modifier keeps its distancing; talking about a topic and the teeth of a comb are no development", () => {
    cases([
      ['Our new booking method makes sure no patient waits more than ten minutes.', []],
      ['Our Saturday swimming classes work for every family, whatever your schedule.', []],
      ['Colloidal silver, a product some sellers claim cures infections, can turn skin blue.', []],
      ['Our quiz cards are a springboard to talking about money with teenagers.', []],
      ["Our comb's design closes the gaps between the teeth of the comb.", []],
      ['Early intervention makes sure no child starts school behind.', ['absolute-claim error \u00abmakes sure no child\u00bb']],
    ]);
  });
});
