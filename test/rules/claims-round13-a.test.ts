// unsupported-claim on blog prose (issue #3, round 13, part A): stories, testimonials and consequences that credit a
// treatment with a benefit in frames the earlier rounds did not read. Each describe block is one form, stated as a fact
// about English or about blog writing, with positive sentences in several health areas and the nearest negatives where
// the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('unsupported-claim on blog prose (round 13, part A: consequences, coping idioms, comparisons of what was done, frequencies)', () => {
  describe('an imperative (a verb of coming to, joining or booking a service among them) whose consequence is a feeling named by symptom states that clears ("and that heavy, sluggish feeling lifts"), or the reader\'s future outcome told by a predicate of the reported outcomes ("and you\'ll sleep like a log"); the future outcome only after a verb of coming to or booking a service or a treatment named in the imperative; not a bare comparative, an attitude, logistics, a change of commute, a negated consequence, a question, nor the feeling clearing with no imperative', () => {
    cases([
      ['Join the Tuesday stretch class and that stiff, achy feeling in the mornings just fades.', ['unsupported-claim warning «that stiff, achy feeling in the mornings just fades»']],
      ['Try the breathing drill before bed and the jittery, wired feeling settles.', ['unsupported-claim warning «the jittery, wired feeling settles»']],
      ['Pop in for a foot soak and that heavy, tired feeling simply melts away.', ['unsupported-claim warning «that heavy, tired feeling simply melts away»']],
      ['Cut out the late coffee and that foggy sensation lifts by lunchtime.', ['unsupported-claim warning «foggy sensation lifts»']],
      ['Come to our Saturday swim and you\'ll sleep like a baby.', ['unsupported-claim warning «you\'ll sleep like a baby»']],
      ['Join the choir and you\'ll feel like a new person.', ['unsupported-claim warning «you\'ll feel like a new person»']],
      ['Try the magnesium spray and you\'ll fall asleep faster.', ['unsupported-claim warning «you\'ll fall asleep faster»']],
      // Logistics, a bare comparative, an attitude, a negated consequence, advice after it, a question, no imperative.
      ['Come along on a Thursday and you\'ll meet the rest of the team.', []],
      ['Come along to the open day and you\'ll get more information.', []],
      ['Book online and you\'ll have more choice of times.', []],
      ['Sign up today and you\'ll get a free water bottle.', []],
      ['Swap the car for the train and you\'ll sleep like a log.', []],
      ['Join the club and you\'ll feel better about the committee\'s decisions.', []],
      ['Join the queue and that heavy feeling of dread won\'t go away.', []],
      ['Come in and that tired feeling doesn\'t just go away, so see your GP.', []],
      ['Take a day off and you\'ll sleep better?', []],
      ['Does that heavy, sluggish feeling go away if you book a course?', []],
      ['That heavy, sluggish feeling goes away after a good night\'s sleep.', []],
    ]);
  });

  describe('a pseudo-cleft of resolving whose object holds adjectives coordinated by a comma ("What settled my red, itchy eyes was …"); not with no health, nor a cause of a complaint', () => {
    cases([
      ['What finally calmed my red, itchy eyes was a cold compress every evening.', ['unsupported-claim warning «What finally calmed my red, itchy eyes»']],
      ['What eased her stiff, swollen fingers was a paraffin wax bath.', ['unsupported-claim warning «What eased her stiff, swollen fingers»']],
      ['"What settled my sore, gassy tummy was peppermint tea," says one mum.', ['unsupported-claim warning «What settled my sore, gassy tummy»']],
      ['What finally sorted my old, rusty bike out was a new chain.', []],
      ['What caused my dry, cracked lips was the cold wind.', []],
      ['Is a cold compress what calmed your red, itchy eyes?', []],
    ]);
  });

  describe('idioms that credit something with carrying a person through a hard time ("X pulled her through the darkest winter of her life", "X got me through the flare", "X was the only reason I coped"); not a person, faith or family, a journey, money, a negation, a question, nor a pronoun that points back', () => {
    cases([
      ['The pottery group pulled her through the darkest winter of her life.', ['unsupported-claim warning «pulled her through the darkest winter of her life»']],
      ['Those antidepressants got me through the worst months of my divorce.', ['unsupported-claim warning «got me through the worst months»']],
      ['Cold-water swimming saw him through a really rough patch after the stroke.', ['unsupported-claim warning «saw him through a really rough patch»']],
      ['The drops were the only reason I coped with hay fever season.', ['unsupported-claim warning «were the only reason I coped»']],
      ['For me, the choir was the only thing that kept me going after the diagnosis.', ['unsupported-claim warning «was the only thing that kept me going»']],
      ['My faith pulled me through the worst year of my life.', []],
      ['My sister got me through the darkest months.', []],
      ['The nurses pulled him through the worst night of his life.', []],
      ['The bus got me through the town centre in ten minutes.', []],
      ['The night shift got me through the worst of the winter bills.', []],
      ['Nothing pulled me through the worst year of my life.', []],
      ['Did the group pull you through the worst year of your life?', []],
      ['My husband was the only reason I got through chemo.', []],
      ['The rain was not the only reason we stayed home.', []],
      ['That was the only reason she coped, according to her sister.', []],
      ['Is acupuncture the only reason you coped?', []],
    ]);
  });

  describe('a comparison told "did for my X what Y did" ("none of the creams did for my eczema what wet wraps have done"): Y is credited with a benefit to a health noun X that nothing else gave, the negation being the standard; not a person as Y, nor a non-health X', () => {
    cases([
      ['None of the steroid creams did for my eczema what a week of wet wraps has done.', ['unsupported-claim warning «did for my eczema what a week of wet wraps has done»']],
      ['No painkiller ever did for my back what swimming did.', ['unsupported-claim warning «did for my back what swimming did»']],
      ['Nothing has done for my energy what the iron infusion did.', ['unsupported-claim warning «has done for my energy what the iron infusion did»']],
      ['None of the books did for my career what my mentor did.', []],
      ['What the new manager did for our team is what the old one never did.', []],
      ['The physio did for my knee what I could not do alone.', []],
      ['She did for my son what no doctor did.', []],
    ]);
  });

  describe('a possessed state or measure of health "the best it\'s been in years" (a superlative of a good state against a span of years reports a change for the better); "lowest" only of a measure of harm; not a mood at its lowest, a worse measure, no health, nor a question', () => {
    cases([
      ['My cholesterol is the lowest it\'s been in a decade.', ['unsupported-claim warning «My cholesterol is the lowest it\'s been in a decade»']],
      ['Her sleep is the best it\'s been in years.', ['unsupported-claim warning «Her sleep is the best it\'s been in years»']],
      ['My asthma is the calmest it\'s been in years.', ['unsupported-claim warning «My asthma is the calmest it\'s been in years»']],
      ['His mood is the lowest it\'s been in years.', []],
      ['Our garden is the best it\'s been in years.', []],
      ['My weight is the highest it\'s been in years.', []],
      ['My blood pressure is the highest it has been for ten years.', []],
      ['The waiting list is the longest it\'s been in years.', []],
      ['Is your skin the clearest it\'s been in years?', []],
      ['The weather has been the best it\'s been in years.', []],
    ]);
  });

  describe('a complaint\'s frequency changed "from X to Y" of a person ("went from a headache every day to one a week"): the "to" side a longer unit of time or none, in a sentence that names a treatment or a time of one; not a rise, no treatment, a service, nor prices', () => {
    cases([
      ['She has gone from three flare-ups a week to none since starting the biologic.', ['unsupported-claim warning «gone from three flare-ups a week to none»']],
      ['Since the new inhaler he\'s gone from an asthma attack every month to one a year.', ['unsupported-claim warning «gone from an asthma attack every month to one a year»']],
      ['After the injections I went from a headache every day to one a week.', ['unsupported-claim warning «went from a headache every day to one a week»']],
      ['After the fall she went from one headache a week to one every day.', []],
      ['After my second visit I went from a migraine every month to one a week.', []],
      ['He went from a migraine every weekend to one a month.', []],
      ['The clinic went from one complaint every day to none a month.', []],
      ['Prices went from one pound a day to two a week after the new contract.', []],
    ]);
  });

  describe('an arrival "in with" a complaint, then its rarity "now" ("walked in with daily headaches and now she hardly gets them"); not a complaint that stays, nor a person brought in', () => {
    cases([
      ['She walked in with daily headaches and now she hardly gets them.', ['unsupported-claim warning «walked in with daily headaches and now she hardly gets them»']],
      ['He came in with panic attacks every night, and now he rarely has them.', ['unsupported-claim warning «came in with panic attacks every night, and now he rarely has them»']],
      ['She came in with a migraine and now she has one every day.', []],
      ['He came in with his wife and now he barely sees her.', []],
      ['She came in with back pain and now she still gets it.', []],
    ]);
  });

  describe('a part of the day or of the week regained ("got my mornings back"): the class of the idiom of round 6 ("get my nights / evenings / weekends back") completed with mornings, afternoons and days; not a question, a negation, nor the same words with no person\'s possession', () => {
    cases([
      ['Since the hip replacement, Mum has got her afternoons back.', ['unsupported-claim warning «got her afternoons back»']],
      ['Once the steroid tablets start working, most people get their days back.', ['unsupported-claim warning «get their days back»']],
      ['Three weeks into the iron tablets, I finally got my mornings back.', ['unsupported-claim warning «got my mornings back»']],
      ['When will I get my mornings back?', []],
      ['I still haven\'t got my mornings back.', []],
      ['Will the tablets give me my mornings back?', []],
      ['The mornings get back to normal in spring.', []],
    ]);
  });

  describe('a before-and-after across two clauses whose second elides the counted noun ("Before the massages my shoulders ached; after a couple, the stiffness eased"): the first clause opens with "Before" and a session of care, the second with "after" and a bare count, then a subject and a predicate of the reported outcomes or a complaint\'s verb of clearing; not an unchanged or worse state, a person who stopped coming, a service, a question, nor a time that is no care', () => {
    cases([
      ['Before the acupuncture sessions I woke four times a night, but after three I slept through.', ['unsupported-claim warning «I slept through»']],
      ['Before the massages my shoulders ached constantly; after a couple, the stiffness eased.', ['unsupported-claim warning «the stiffness eased»']],
      ['Before his osteopathy appointments the headaches came daily; after two, the headaches eased.', ['unsupported-claim warning «the headaches eased»']],
      ['Before the sessions she screamed every night; after three, she still screamed.', []],
      ['Before the classes I was nervous; after three, I was bored.', []],
      ['Before the appointments the waiting room was full; after two, the queue stopped.', []],
      ['Before the sessions he was anxious; after three, he stopped coming.', []],
      ['Before the treatments my eczema flared; after two, it flared worse.', []],
      ['Before the holidays she slept badly; after two, she slept through.', []],
    ]);
  });
});
