// Claim rules on blog prose (issue #3, round 18, part A): absolutes and a child's development as an outcome. Round 17's
// blind drafts missed permanence with a complaint the lexicon did not know or a pronoun for it ('Once a trauma has been
// tapped out, it never comes back'), total safety in a comma splice ('should try it, it has no side effects at all'), a gap
// closed for good, guarantees over every person ('makes sure no child ...', 'works for every family'), cure of a complaint
// named by its acronym ('BPPV can be cured completely'), and a child's development as the outcome of a therapy or a
// parenting practice ('builds a toddler's vocabulary', 'gets their child copying new words', 'a bridge into spoken words',
// 'works far better than waiting until three'). Each describe block is one form of the round's grid (.scratch/grid-a.txt in
// the worktree): positive sentences in several health areas and the nearest near-claims where the rules must stay silent.
// None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 18, part A: absolutes and development)', () => {
  describe("a child's development as an outcome (claims-outcomes.json round18ASubject): vocabulary, speech, language development, eye contact, attention span and motor skills as a child's, after a therapy, a programme or a practice, plain or hedged; vestibular disorders by acronym (BPPV); an adult's vocabulary, speech or communication skills, norms of development, advice, a question, a service and a trauma unit stay silent", () => {
    cases([
      ["Reading aloud every night builds your child's vocabulary.", ["unsupported-claim warning «builds your child's vocabulary»"]],
      ["Our music classes boost babies' language development.", ["unsupported-claim warning «boost»"]],
      ["Speech therapy improves a child's speech.", ["unsupported-claim warning «improves»"]],
      ["Cranial osteopathy improves eye contact in autistic children.", ["unsupported-claim warning «improves»"]],
      ["Omega-3 supplements might boost a child's attention span.", ["unsupported-claim info «might boost»"]],
      ["Baby massage may help some infants make better eye contact.", ["unsupported-claim info «may help»"]],
      ["Our app will boost your toddler's vocabulary.", ["unsupported-claim warning «boost your toddler's vocabulary»"]],
      ["Physiotherapy improves motor skills in children with cerebral palsy.", ["unsupported-claim warning «improves»"]],
      ["The Epley manoeuvre treats BPPV in one visit.", ["unsupported-claim warning «treats»"]],
      ["Vestibular rehab eases labyrinthitis.", ["unsupported-claim warning «eases»"]],
      ["This glossary will boost your vocabulary.", []],
      ["This course improves your speech.", []],
      ["Our workshop improves communication skills for nurses.", []],
      ["Duolingo improves your language skills.", []],
      ["Most children say their first words around 12 months.", []],
      ["By two, most toddlers are using about fifty words.", []],
      ["Talk to your health visitor if your child is not babbling by ten months.", []],
      ["How many words should an 18-month-old be saying?", []],
      ["Bilingual children may mix words from both languages at first.", []],
      ["Our speech and language therapist runs a clinic on Tuesdays.", []],
      ["BPPV is the most common cause of vertigo.", []],
      ["The trauma unit is on the second floor.", []],
    ]);
  });

  describe("a child's development brought on (claims-context.json round18AIdioms): a child's vocabulary built, a child got babbling, crawling or copying new words, a bridge into speech, the gaps between teeth closed; an adult's vocabulary, a child got talking about feelings or walking to school, the natural course of catching up or of baby teeth, a book as a gift and a question stay silent", () => {
    cases([
      ["Sharing a bedtime story builds a toddler's vocabulary faster than flashcards.", ["unsupported-claim warning «builds a toddler's vocabulary»"]],
      ["Singing nursery rhymes every day gets your toddler copying new words.", ["unsupported-claim warning «gets your toddler copying new words»"]],
      ["Tummy time gets your baby crawling sooner.", ["unsupported-claim warning «gets your baby crawling»"]],
      ["Some parents find that pointing at pictures gets their child naming animals.", ["unsupported-claim info «Some parents find that pointing at pictures gets their child naming animals»"]],
      ["Makaton signing may give late talkers a bridge into speech.", ["unsupported-claim info «may give late talkers a bridge into speech»"]],
      ["Our play sessions got him saying his first words.", ["unsupported-claim warning «got him saying his first words»"]],
      ["Our aligners close the gaps between your teeth in six months.", ["unsupported-claim warning «close the gaps between your teeth»"]],
      ["The quiz gets the kids talking about feelings.", []],
      ["Our reading scheme builds your vocabulary.", []],
      ["The walking bus gets children walking to school.", []],
      ["Most late talkers close the gap with their peers by school age.", []],
      ["The gaps between baby teeth close as the adult teeth come through.", []],
      ["A picture book is a lovely gift for a new baby.", []],
      ["Does signing give late talkers a bridge into speech?", []],
    ]);
  });

  describe("no treatment as the rival of a comparison (claims-relations.json round18A untreatedRivals, read by round 6's and round 10 (A)'s comparisons): a treatment that works far better than waiting until an age, waiting for the body, doing nothing or leaving a complaint alone; waiting in a queue or on the phone, a gerund of any activity, a waiting list, a negation and a question stay silent", () => {
    cases([
      ["Speech therapy started at two works far better than waiting until three.", ["unsupported-claim warning «works far better than»"]],
      ["Physiotherapy started at six months works far better than waiting until a year.", ["unsupported-claim warning «works far better than»"]],
      ["Early occupational therapy works far better than waiting for the child to catch up.", ["unsupported-claim warning «works far better than»"]],
      ["Antibiotic drops work far better than waiting for the infection to clear.", ["unsupported-claim warning «work far better than»"]], // round 22 (V): 'antibiotic drops' are a product now, so the comparison is the predicate, as in the lines around it (was «drops»)
      ["Acupuncture works much better than doing nothing for tension headaches.", ["unsupported-claim warning «works much better than»"]],
      ["Our steroid cream works far better than leaving the eczema alone.", ["unsupported-claim warning «works far better than»"]],
      ["Booking online works far better than waiting on the phone.", []],
      ["Our new phone system works far better than waiting in the queue.", []],
      ["Speech therapy waiting lists are far longer than waiting for a GP.", []],
      ["Waiting until three is what most parents do.", []],
      ["Physiotherapy doesn't work any better than waiting for the knee to settle.", []],
      ["Does physiotherapy work better than waiting?", []],
    ]);
  });

  describe("'book' with a determiner before it is the noun (claims.ts round18ABookNoun): reading or sharing a book is a practice whose benefit is a claim, not the advice to book; the imperative and the logistics of booking stay silent", () => {
    cases([
      ["Reading a book before bed helps you fall asleep.", ["unsupported-claim warning «helps»"]],
      ["Sharing a picture book every day improves a toddler's sleep.", ["unsupported-claim warning «improves»"]],
      ["Reading your favourite book at bedtime eases anxiety.", ["unsupported-claim warning «eases»"]],
      ["Book a session with our physio today.", []],
      ["Please book your flu jab before October.", []],
      ["You can book an appointment online to get your migraine treated.", []],
      ["The nurses book your follow-up for you.", []],
    ]);
  });

  describe("total safety in a comma splice after advice (claims.ts round18ACommaSplice): 'should try it, it has no side effects at all' (the second clause is the writer's own statement); a condition, a hedge, side effects admitted, a question, a negated frame and a leaflet's contents stay silent", () => {
    cases([
      ["Everyone with eczema should try it, it has no side effects at all.", ["absolute-claim error «has no side effects at all»"]],
      ["Every mum-to-be should take it, it has no side effects at all.", ["absolute-claim error «has no side effects at all»"]],
      ["You should give it to your kids, they have no side effects whatsoever.", ["absolute-claim error «have no side effects whatsoever»"]],
      ["Try our gummies tonight, they have no side effects whatsoever.", ["absolute-claim error «have no side effects whatsoever»"]],
      ["If you take it with food, it has no side effects at all.", []],
      ["You should ask your pharmacist, it may have side effects.", []],
      ["Ask your pharmacist about it, it has side effects for some people.", []],
      ["Is it true that it has no side effects at all?", []],
      ["Nobody can promise it has no side effects at all.", []],
      ["You should read the leaflet, it lists the side effects.", []],
    ]);
  });

  describe("a guarantee or totality over every person (claims-absolute.json round18A, r18ATreated): 'makes sure no child ...', 'ensures no new mum ...', 'works for every family / baby / couple' with a treatment in the sentence; a receptionist, a booking system, the clinic's hours, a negation, a question, an imperative and a hedge stay silent", () => {
    cases([
      ["Early intervention makes sure no child starts school behind.", ["absolute-claim error «makes sure no child»"]],
      ["Our fluoride varnish makes sure no child ever needs a filling.", ["absolute-claim error «makes sure no child»"]],
      ["Parent coaching works for every family, whatever their circumstances.", ["absolute-claim error «works for every family»"]],
      ["This sleep programme works for every baby, whatever their temperament.", ["absolute-claim error «works for every baby»"]],
      ["Our fertility coaching works for every couple.", ["absolute-claim error «works for every couple»"]],
      ["Daily pelvic floor exercises ensure no new mum leaks again.", ["absolute-claim error «ensure no new mum»"]],
      ["Our receptionist makes sure no child waits more than ten minutes.", []],
      ["Please make sure no child is left alone in the waiting room.", []],
      ["The clinic's hours work for every family, whatever their shifts.", []],
      ["No single treatment works for every family.", []],
      ["Does parent coaching work for every family?", []],
      ["The booking system makes sure no patient is double-booked.", []],
      ["Parent coaching may not work for every family.", []],
    ]);
  });

  describe("permanence of a deficit closed (claims-absolute.json round18A): 'permanently closes the gap', 'permanently bridges the gap' after a treatment; a fence, the natural course of catching up, a question and a negation stay silent", () => {
    cases([
      ["Parent coaching permanently closes the gap between late talkers and their peers.", ["absolute-claim error «permanently closes the gap»"]],
      ["Our orthodontic aligners permanently close the gaps between your teeth.", ["absolute-claim error «permanently close the gaps»"]],
      ["Cognitive training permanently closes the attention gap in children with ADHD.", ["absolute-claim error «permanently closes the attention gap»"]],
      ["Early speech therapy permanently bridges the gap with their classmates.", ["absolute-claim error «permanently bridges the gap»"]],
      ["The council has permanently closed the gap in the fence.", []],
      ["Most late talkers close the gap with their peers by school age.", []],
      ["Does parent coaching permanently close the gap?", []],
      ["No therapy permanently closes the gap between late talkers and their peers.", []],
    ]);
  });

  describe("permanence after a complaint removed in the passive (claims.ts round18AOnceRemoved, for round 17 (A)'s r17ARecurrence): 'Once a trauma has been tapped out, it never comes back'; a tooth taken out, a letter posted, the natural course of a cold sore, a question, a person coming back and a bounded condition stay silent", () => {
    cases([
      ["Once a trauma has been tapped out, it never comes back.", ["absolute-claim error «never comes back»"]],
      ["Once a phobia has been hypnotised away, it never comes back.", ["absolute-claim error «never comes back»"]],
      ["Once the anxiety has been released through breathwork, it never returns.", ["absolute-claim error «never returns»"]],
      ["Once the tension has been massaged out, it doesn't come back.", ["absolute-claim error «doesn't come back»"]],
      ["Once the migraines have been treated with our drops, they never come back.", ["absolute-claim error «never come back»"]],
      ["Once a tooth has been taken out, it never comes back.", []],
      ["Once the letter has been posted, it never comes back to us.", []],
      ["Once a cold sore has healed, it often comes back in the same spot.", []],
      ["Once a trauma has been tapped out, does it ever come back?", []],
      ["Once the stitches have been taken out, you never need to come back.", []],
      ["If the tension has been massaged out, it never comes back for a week.", []],
    ]);
  });

  describe("rows of the round's grid left unsolved, kept as they behave now so that a later change shows up", () => {
    cases([
      ["Turn off the radio at mealtimes and your toddler will start babbling far more.", []], // (left) grid expects uns: an imperative's consequence (part C's frame)
      ["Our potty-training method gets children dry in three days.", []], // (left) grid expects uns: 'dry' is a state of many things
      ["Play therapy can help late talkers start using short sentences.", []], // (left) grid expects uns: sentences are no outcome alone
      ["Talking to your baby builds language faster than any app.", []], // (left) grid expects uns: 'builds language' with no child's possessive
      ["After six weeks of our speech sessions, she was saying twenty new words.", []], // (left) grid expects uns: case story of a word count (part B)
      ["Since we started the listening programme, she went from babbling to short sentences.", []], // (left) grid expects uns: from X to Y of a milestone (part B)
      ["Once the tension has been massaged out, it won't come back.", []], // (left) grid expects abs: the future 'won't come back' is round 10 (B)'s r10Recurrence, not read with the passive 'once' clause
      ["Cold-water swimming makes sure no one who tries it stays depressed.", []], // (left) grid expects abs: a gerund subject is no treatment for r18ATreated
      ["Check the dose works for every child before you order.", ["absolute-claim error «works for every child»"]], // (left) grid expects -: the first list's 'works for every child' has no condition (an imperative)
    ]);
  });
});
