// Claim rules on blog prose (issue #3, round 19, part A): absolutes the lexicon missed and everyday English read as absolute.
// Round 18's blind drafts missed proof as a totality ('proved once and for all that X works'), permanence said of 'the
// problem' or of a complaint that never even starts ('the blister never even shows up', 'stops it ever coming back'),
// success on every occasion ('works every single time'), permanence over the people of a service ('our members never end up
// in a care home') and a harm stopping completely ('the joint damage stops completely'); they flagged help with a walking
// aid, a warning against a claim and a claim quoted and then denied; careful prose flagged guarantees to please, a recipe
// that never fails, a miracle worker with a toolbox and a word named as a word. Each describe block is one form of the
// round's grid (.scratch/grid-a.txt in the worktree): positive sentences in several health areas and the nearest
// near-claims where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 19, part A: absolutes and everyday English)', () => {
  describe("proof as a totality (claims-absolute.json round19A r19AProof): a verb of proof with 'once and for all' and a 'that' clause about a treatment or a health outcome ('that the method works'), also when a reporting cue takes the verb ('These trials proved'); a dispute or a chore settled once and for all, a decision, a question and 'whether' stay silent", () => {
    cases([
      ["The study proved once and for all that fluoride varnish prevents tooth decay in children.", ["absolute-claim error «proved once and for all»"]],
      ["Our trial proved once and for all that acupuncture works for IVF patients.", ["absolute-claim error «proved once and for all»"]],
      ["This research has shown once and for all that the inhaler technique course prevents asthma attacks.", ["absolute-claim error «once and for all»"]],
      ["These results prove once and for all that turmeric eases arthritis pain.", ["absolute-claim error «prove once and for all»"]],
      ["The data settled once and for all that melatonin cures insomnia.", ["absolute-claim error «settled once and for all»"]],
      ["The council settled the parking dispute once and for all.", []],
      ["Let's clear out the garage once and for all.", []],
      ["Did the trial prove once and for all that screening saves lives?", []],
      ["I decided once and for all to stop buying sweets for the office.", []],
      ["We agreed once and for all that the clinic would close on Sundays.", []],
      ["I decided once and for all that I would quit sugar.", []],
      ["It would be wonderful to prove once and for all whether vitamin D helps, but the trials are small.", []],
    ]);
  });

  describe("permanence said of 'the problem', of a complaint that never even starts, of a complaint kept from ever coming back (round19A r19AProblemGone, r19ANeverOnset, r19AKeptAway): after a treatment, a conditional imperative or a fronted state reached; a condition, the natural course, 'never comes up', a person who never comes back, a hedge, a letter and a question stay silent", () => {
    cases([
      ["After one course of our gum treatment, the problem never comes back.", ["absolute-claim error «problem never comes back»"]],
      ["Use the cream for a week and the rash never comes back.", ["absolute-claim error «never comes back»"]],
      ["Our sleep programme retrains the brain and stops it ever coming back.", ["absolute-claim error «stops it ever coming back»"]],
      ["Take the drops at the first itch and the stye never even shows up.", ["absolute-claim error «never even shows up»"]],
      ["Once the pelvic floor is retrained, the problem never returns.", ["absolute-claim error «problem never returns»"]],
      ["Apply the balm at the first sign and the eczema flare never even appears.", ["absolute-claim error «never even appears»"]],
      ["If the problem comes back, see your dentist.", []],
      ["Chickenpox usually never comes back, although the virus can cause shingles later.", []],
      ["The problem never comes up at parents' evening.", []],
      ["My brother moved to Spain and never comes back to visit.", []],
      ["The rash may come back when you stop the cream.", []],
      ["The letter never even shows up in the post.", []],
      ["Does the eczema ever come back after the cream?", []],
    ]);
  });

  describe("totality of success over occasions (round19A r19AUnfailing, read again for the first list's 'works every time'): a remedy, a pronoun or a product named first that works every (single) time; a bus, a kettle, a negation, a question and 'every time I take' stay silent", () => {
    cases([
      ["This nasal spray works every single time.", ["absolute-claim error «works every single time»"]],
      ["The teething gel works every time, within minutes.", ["absolute-claim error «works every time»"]],
      ["Our fertility tea works every single time for our clients.", ["absolute-claim error «works every single time»"]],
      ["The eye drops work every time, honestly.", ["absolute-claim error «work every time»"]],
      ["This sleep spray has worked every single time for my son.", ["absolute-claim error «worked every single time»"]],
      ["The bus works every single time you need it.", []],
      ["This old kettle works every time.", []],
      ["Not every treatment works every time.", []],
      ["Does the inhaler work every time?", []],
      ["The trick doesn't work every time, so keep a spare.", []],
      ["Every time I take the tablet, I feel a little sick.", []],
    ]);
  });

  describe("permanence over the people of a service (round19A r19AServicePeople): 'our members never end up in hospital', 'our patients never need surgery', also in a second clause after a claim; a fee, a queue, eating alone and a question stay silent", () => {
    cases([
      ["Regular stretching eases back pain, and our patients never need surgery.", ["absolute-claim error «never need surgery»"]],
      ["Our diet plan lowers blood sugar, and our clients never end up on insulin.", ["absolute-claim error «never end up on insulin»"]],
      ["Breathing exercises calm the airways, and our members never end up in hospital.", ["absolute-claim error «never end up in hospital»"]],
      ["Our memory classes are fun, and our residents never end up in a care home.", ["absolute-claim error «never end up in a care home»"]],
      ["Our members never end up paying more than the advertised fee.", []],
      ["The café is popular, and our members never end up waiting long for a table.", []],
      ["Our residents never end up eating alone, because meals are shared.", []],
      ["Do our members ever end up in a care home?", []],
    ]);
  });

  describe("a harm stopping completely (round19A r19AHarmStops, read again for the first list's 'stops completely'): a complaint or a harm noun (harmHeads: damage, loss) as the subject after a treatment or a fronted state reached; the natural course ('usually'), rain, a bus service, a negation and a question stay silent", () => {
    cases([
      ["Once you're on the new tablet, the bone loss stops completely.", ["absolute-claim error «stops completely»"]],
      ["With our eye drops the vision loss stops completely.", ["absolute-claim error «stops completely»"]],
      ["After the first injection the nerve damage stops completely.", ["absolute-claim error «stops completely»"]],
      ["On the gluten-free diet, the gut damage stops completely.", ["absolute-claim error «stops completely»"]],
      ["The bleeding usually stops completely within ten minutes.", []],
      ["The rain stops completely by the afternoon.", []],
      ["The bus service stops completely on Sundays.", []],
      ["The joint damage does not stop completely on any drug.", []],
      ["Does the joint damage stop completely?", []],
    ]);
  });

  describe("equivalence totality stays the writer's to cite: 'notice no difference at all' (not read by this round) stays silent in a proportion and in daily life", () => {
    cases([
      ["Most patients notice no difference at all after switching, though a few do [3].", []],
      ["I noticed no difference at all between the two cafes.", []],
    ]);
  });

  describe("help with a mobility aid, luggage or a booking is logistics (round19A r19AHelpAnyone, helpLogistics, helpMoves): 'help anyone with a walking aid' stays silent; help for anyone with a complaint stays a totality", () => {
    cases([
      ["Blue badge holders can park at the front, and a volunteer will be at the door to help anyone with a walking aid.", []],
      ["Our receptionist can help anyone who needs a wheelchair at the station.", []],
      ["A porter will help anyone with heavy bags up the stairs.", []],
      ["Staff are on hand to help anyone with a buggy onto the minibus.", []],
      ["Call us and we can help anyone with a hearing aid book an appointment.", []],
      ["Our tapping technique can help anyone with anxiety, guaranteed.", ["absolute-claim error «help anyone»"]],
    ]);
  });

  describe("a warning against a claim and a quoted claim denied (claims-context.json distancing: 'don't let anyone tell you'; claims.ts round19AEveryday): the claim is someone else's; advice not to worry and 'let me tell you' keep the writer's own", () => {
    cases([
      ["Please don't let anyone tell you these tablets are harmless.", []],
      ["Don't believe anyone who says sunbeds are completely safe.", []],
      ["Never let a salesman tell you a supplement is risk-free.", []],
      ["I often hear \"statins are totally safe for everyone\", and it isn't true.", []],
      ["People say \"IVF is guaranteed to work\" far too often, and that's simply wrong.", []],
      ["Some websites claim \"this diet cures diabetes\", which is not true.", []],
      ["Please don't worry: these drugs are harmless.", ["absolute-claim error «harmless»"]],
      ["Let me tell you, these creams are totally safe.", ["absolute-claim error «totally safe»"]],
    ]);
  });

  describe("everyday English read as absolute (round19A pleasing, eventGoods, wordNamed; round19AEveryday; r19ANeverFails; media talking about a cure is distancing): guaranteed to raise a smile, a guaranteed sell-out, a prize guaranteed, a miracle in its own right or a miracle worker with a tool, a recipe that never fails, 'never fails to impress', a word named as a word; the same words of a tonic, a cream, drops and a spray stay absolute", () => {
    cases([
      ["The bakery's new cake stall is guaranteed to raise a smile.", []],
      ["The tombola guarantees a prize for every child.", []],
      ["Finishing the marathon was a miracle in its own right.", []],
      ["The choir's Christmas concert is a guaranteed sell-out.", []],
      ["Grandma's scone recipe never fails.", []],
      ["The Lake District never fails to impress.", []],
      ["Our caretaker is a miracle worker with a paintbrush.", []],
      ["Headlines often talk about a cure for dementia, but researchers are more careful.", []],
      ["Cure is a word oncologists use sparingly.", []],
      ["These wedges get rid of the wobble in your garden table.", []],
      ["Our sign-in system ensures no pupil leaves the club without a parent.", []],
      ["The new timetable has permanently closed the gap between the two bus routes.", []],
      ["Our new tonic is guaranteed to raise your energy.", ["absolute-claim error «is guaranteed to»"]],
      ["This cream is a miracle for eczema.", ["absolute-claim error «miracle»"]],
      ["These drops get rid of eye floaters.", ["absolute-claim error «get rid of»"]],
      ["The herbal spray never fails to stop a migraine.", ["absolute-claim error «never fails»"]],
    ]);
  });

  describe("everyday English read as absolute, more of the same classes: a bread maker, a sunset, a fair, a ticket and the word 'cure' named stay silent; a spray, a pronoun in a health sentence and a gel for cold sores stay absolute", () => {
    cases([
      ["This throat spray never fails.", ["absolute-claim error «never fails»"]],
      ["Honestly, it never fails, my migraine is gone within the hour.", ["absolute-claim error «never fails»"]],
      ["The bread maker never fails.", []],
      ["Sunset over the bay never fails to amaze.", []],
      ["Our summer fair is guaranteed to draw a crowd.", []],
      ["Every ticket guarantees a seat at the front.", []],
      ["\"Remission\" is a word oncologists prefer to \"cure\".", []],
      ["Cure is the term the newspapers love.", []],
      ["Our gel is a miracle worker with cold sores.", ["absolute-claim error «miracle worker»"]],
      ["The new receptionist is a miracle worker with the diary.", []],
    ]);
  });
});
