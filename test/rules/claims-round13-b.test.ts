// absolute-claim, unsupported-claim and vague-attribution on blog prose (issue #3, round 13, part B). Each describe block is
// one form, stated as a fact about English or about blog writing, with positive sentences in several health areas and the
// nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim, unsupported-claim and vague-attribution on blog prose (round 13, part B)', () => {
  describe("a complaint called 'a thing of the past' in the consequence of a conditional imperative ('Do X and Y') is promised for good; stated, it is an outcome claim", () => {
    cases([
      ['Take our magnesium drops every night and leg cramps are a thing of the past.', ['absolute-claim error «a thing of the past»']],
      ['Wear the splint at night and the tingling will be a thing of the past.', ['absolute-claim error «a thing of the past»']],
      ['Book a block of six sessions: do the homework exercises and back pain is a thing of the past.', ['absolute-claim error «a thing of the past»']],
      // Stated (an outcome claim, round 7), a hope, a disease of history, a question, no complaint, a negation.
      ['With our lozenges, a dry cough is a thing of the past.', ['unsupported-claim warning «is a thing of the past»']],
      ['Hopefully, hay fever will soon be a thing of the past.', []],
      ['Smallpox is a thing of the past.', []],
      ['Is back pain a thing of the past after surgery?', []],
      ['Typewriters are a thing of the past.', []],
      ["Don't expect cramps to be a thing of the past.", []],
    ]);
  });

  describe("a complaint that stays off or away for life or for good, after a treatment or in a conditional imperative's consequence, is permanence", () => {
    cases([
      ['Do the stretches daily and the stiffness stays away for good.', ['absolute-claim error «stays away for good»']],
      ['With our probiotic, the bloating stays away forever.', ['absolute-claim error «stays away forever»']],
      ['Since the operation my migraines have stayed away for good.', ['absolute-claim error «stayed away for good»']],
      // A second imperative, a condition, a hedge, people, an object kept off.
      ['Take your tablets for life and see your GP every year.', []],
      ['If the pain stays away for good, you can stop the exercises.', []],
      ['The rash may stay away for good once it clears.', []],
      ['The burglars stayed away for good after the alarm went in.', []],
      ['Keep the dog off the sofa for life.', []],
    ]);
  });

  describe("'cure' with a pronoun object ('will cure it') in a sentence that names a treatment, or in a conditional imperative's consequence, is cure language", () => {
    cases([
      ['Use the cream twice a day and it will cure it within a week.', ['absolute-claim error «cure»']],
      ['These drops will cure it in a few days.', ['absolute-claim error «cure»']],
      ['Stick with the exercises and they will cure it, trust me.', ['absolute-claim error «cure»']],
      // Cured meat, the imperative verb itself, a negation, a question, healing by itself.
      ['Salt will cure it in a fortnight.', []],
      ['Cure it with salt and smoke for a week.', []],
      ['Nothing will cure it, sadly.', []],
      ['Will the cream cure it?', []],
      ["Antibiotics won't cure it because it's a virus.", []],
      ['Give it a week and it will heal by itself.', []],
    ]);
  });

  describe("a remedy or its pronoun that works every time, in a sentence that names a treatment, is totality; people who work are not", () => {
    cases([
      ['Our arnica tablets work every time.', ['absolute-claim error «work every time»']],
      ['I use these ear drops and they work every time.', ['absolute-claim error «work every time»']],
      ['My nan swears by her herbal teas and says they work every single time.', ['absolute-claim error «work every single time»']],
      // Going to work, people working, a trick with no treatment.
      ['I go to work every time the bus is on time.', []],
      ['The nurses work every time they are asked to cover a shift.', []],
      ['These tricks work every time with toddlers.', []],
    ]);
  });

  describe('every person a service treated seeing a result, or leaving a course better off, is totality; physiology, logistics and money are not', () => {
    cases([
      ['Every single client sees a difference in their knee pain within six weeks.', ['absolute-claim error «Every single client»']],
      ['Every patient notices an improvement after the first session.', ['absolute-claim error «Every patient»']],
      ['Everyone who finishes our pelvic floor course comes out feeling stronger.', ['absolute-claim error «Everyone»']],
      ['Everyone who joins the walking group goes home happier.', ['absolute-claim error «Everyone»']],
      // Physiology, logistics, money, the result inside the relative clause, a negation, a service, a proportion (a claim, no absolute).
      ['Every woman notices a change in her skin during menopause.', []],
      ['Every patient sees a nurse within a week.', []],
      ['Every customer sees a difference in price at the till.', []],
      ['Everyone who sees a difference tells a friend.', []],
      ['Not every client sees a difference.', []],
      ['Every client gets a free consultation.', []],
    ]);
  });

  describe('nobody a course treated relapsing ever (nobody who has finished the programme has ever gone back to smoking) is totality; immunity and other habits are not', () => {
    cases([
      ['No one who has finished our programme has ever needed another operation.', ['absolute-claim error «ever needed another»']],
      ['None of our clients who completed the course has ever relapsed.', ['absolute-claim error «ever relapsed»']],
      ['Nobody who has stuck with our quit-smoking group has ever gone back to smoking.', ['absolute-claim error «ever gone back to»']],
      ['Nobody who has come to our bereavement circle has ever gone back to feeling hopeless.', ['absolute-claim error «ever gone back to»']],
      // Immunity, no health state, no course, a question, provisional.
      ['No one who has had measles has ever had another bout of it.', []],
      ['Nobody who has joined the choir has ever gone back to the old pub quiz.', []],
      ['Nobody has ever gone back to feeling lonely.', []],
      ['Has anyone who finished the course ever relapsed?', []],
      ['Nobody who has finished the course has relapsed yet, but it is early days.', []],
    ]);
  });

  describe('a comparison with a medicine (works better than paracetamol, does far more than any painkiller, is better than Gaviscon for heartburn) is an efficacy claim', () => {
    cases([
      ['For back pain, a daily walk does far more than any painkiller.', ['unsupported-claim warning «does far more than any painkiller»']],
      ['Our sleep tea works better than sleeping tablets.', ['unsupported-claim warning «works better than sleeping tablets»']],
      ['For period pain, these heat patches are better than Nurofen.', ['unsupported-claim warning «are better than Nurofen»']],
      ['This balm does far more than any cream from the chemist.', ['unsupported-claim warning «does far more than any cream»']],
      ['For a tension headache, a warm shower works better than two paracetamol.', ['unsupported-claim warning «works better than two paracetamol»']],
      // A cost, a negation, an indirect question, a person, no health purpose after a copula, a question, no medicine.
      ['Paracetamol costs more than ibuprofen.', []],
      ["Ibuprofen doesn't work better than paracetamol for most headaches.", []],
      ['Ask your pharmacist whether it works better than paracetamol.', []],
      ['My GP does far more than any medication could.', []],
      ['Paracetamol is better than ibuprofen.', []],
      ['Is ibuprofen better than paracetamol for a fever?', []],
      ['The new app works better than the old one.', []],
    ]);
  });

  describe('a verb of an effect on the body with a multiplier before a comparative (is absorbed eight times better than, kicks in three times faster than) is an efficacy claim', () => {
    cases([
      ['This nasal spray kicks in three times faster than tablets.', ['unsupported-claim warning «kicks in three times faster than»']],
      ['Liposomal vitamin C is absorbed up to eight times better than ordinary tablets.', ['unsupported-claim warning «is absorbed up to eight times better than»']],
      ['Our coconut water hydrates your body five times faster than squash.', ['unsupported-claim warning «hydrates your body five times faster than»']],
      // A disease, a machine, a group of people, a negation.
      ['The virus spreads three times faster than flu.', []],
      ['The new scanner works three times faster than the old one.', []],
      ['Smokers heal three times slower than non-smokers.', []],
      ['Cold water does not hydrate you three times faster than warm water.', []],
    ]);
  });

  describe("doing as much for health as something else (does as much for your heart as, might do as much for your head as) is an efficacy claim; for the town or the wallet it is not", () => {
    cases([
      ['A good walk does as much for your heart as an hour in the gym.', ['unsupported-claim warning «does as much for your heart»']],
      ['Gardening might do as much for your mood as a session of therapy.', ['unsupported-claim info «do as much for your mood»']],
      ['A week of early nights does as much for your skin as any serum.', ['unsupported-claim warning «does as much for your skin»']],
      // Not health, a question, a negation.
      ['The new bypass will do as much for the town as the railway did.', []],
      ['Saving early does as much for your wallet as any pay rise.', []],
      ['Does a holiday do as much for your mind as a course of therapy?', []],
      ["A cheap mattress doesn't do as much for your back as a good one.", []],
    ]);
  });

  describe("a superlative ranked by a relative clause (the best exercise we've found for) or 'ever made' is an efficacy claim; for money, fun or the price it is not", () => {
    cases([
      ["Swimming is the best exercise we've found for stiff joints.", ["unsupported-claim warning «the best exercise we've found»"]],
      ["Honestly, this is the best thing I've found for my son's eczema.", ["unsupported-claim warning «the best thing I've found»"]],
      ['Arnica is the most powerful remedy ever made.', ['unsupported-claim warning «the most powerful remedy ever made»']],
      ['This tonic is the strongest remedy ever formulated, and it ships free.', ['unsupported-claim warning «the strongest remedy ever formulated»']],
      // Not health, a price, the first of its kind, a product with no health purpose.
      ["It's the best thing we've found for keeping the kids busy on a wet day.", []],
      ["That's the best price you can find for a hearing aid.", []],
      ["This is the best pillow we've found for the price.", []],
      ['Aspirin was the first painkiller ever made in a factory.', []],
      ['This is the best blender ever made.', []],
    ]);
  });
});
