// The claim rules on reported content (issue #3, round 4): constructions generalised from the misses of the blog
// corpus, each with positive sentences in several health areas and the nearest negatives where it must stay silent.
// None of these sentences is taken from the corpus or from a benchmark.
// A. vague attribution of any health assertion, appeals to common knowledge or to popular belief, more unnamed
//    professions, agentless passives of finding with a pronoun subject;
// B. outcomes reported of the writer's clients or patients, or of people on a programme;
// C. testimonials opened by a change of state ("Since I started …, … any more", "Now I can …").

import { cases } from '../helpers/claim-cases';


describe('claim rules on reported content (round 4)', () => {
  describe('vague-attribution: an unnamed source credited with any health assertion, harms and risks included', () => {
    cases([
      ['Research shows that late-night scrolling ruins your sleep.', ['vague-attribution warning «Research shows»']],
      ['Studies show that sitting all day wears out your knees.', ['vague-attribution warning «Studies show»']],
      ['Researchers found that one in three teenagers has acne scarring.', ['vague-attribution warning «Researchers found»']],
      ['Evidence suggests that skipping breakfast upsets blood sugar in children.', ['vague-attribution warning «Evidence suggests»']],
      ['There is evidence that shift work disturbs the menstrual cycle and fertility.', ['vague-attribution warning «There is evidence that»']],
      ['Scientists have found that loud gyms damage your hearing.', ['vague-attribution warning «Scientists have found»']],
      // Not a health assertion, named, cited, negated, or asked.
      ['Research shows that most people check their phones eighty times a day.', []],
      ['Studies show that most readers skim the first paragraph.', []],
      ['The NHS says that screens in the bedroom disturb sleep.', []],
      ['Research shows that screens in the bedroom disturb sleep [3].', []],
      ['No study has shown that screens in the bedroom disturb sleep.', []],
      ['Does research show that screens disturb sleep?', []],
    ]);
  });

  describe('vague-attribution: appeals to common knowledge ("everyone knows", "we all know", "as any X will tell you")', () => {
    cases([
      ['Everyone knows that coffee sharpens your focus.', ['vague-attribution warning «Everyone knows that»']],
      ['We all know that fizzy drinks are bad for your heart.', ['vague-attribution warning «We all know that»']],
      ['Everybody knows a hot toddy helps you sleep.', ['vague-attribution warning «Everybody knows»']],
      ['As any physio will tell you, stretching before a run prevents injury.', ['vague-attribution warning «As any physio will tell you»']],
      ['It is common knowledge that vitamin C shortens colds.', ['vague-attribution warning «It is common knowledge that»']],
      ["It's no secret that stress wrecks your digestion.", ["vague-attribution warning «It's no secret that»"]],
      // Not about health, or knowing a person.
      ['Everyone knows that January is a long month.', []],
      ['Everyone knows someone with diabetes.', []],
      ['We all know how hard it is to get a parking space.', []],
      ['As any receptionist will tell you, Mondays are busy.', []],
      ['It is no secret that our waiting list is long.', []],
    ]);
  });

  describe('vague-attribution: a quantified group of unnamed practitioners or of people with a verb of belief', () => {
    cases([
      ['Many coaches believe that creatine helps older runners.', ['vague-attribution warning «Many coaches believe»']],
      ['Lots of personal trainers swear that protein shakes build muscle faster.', ['vague-attribution warning «Lots of personal trainers swear that»']],
      ['Plenty of herbalists recommend nettle tea for hay fever.', ['vague-attribution warning «Plenty of herbalists recommend»']],
      ['Most acupuncturists say that needling eases period pain.', ['vague-attribution warning «Most acupuncturists say»']],
      ['Countless health coaches claim that fasting balances your hormones.', ['vague-attribution warning «Countless health coaches claim»']],
      ['Many parents are convinced that cold weather makes children sick.', ['vague-attribution warning «Many parents are convinced»']],
      ['Most athletes believe ice baths speed up recovery.', ['vague-attribution warning «Most athletes believe»']],
      // A misconception reported to be corrected, a worry, a belief not about health, a named group, no verb of belief.
      ['Many patients believe antibiotics cure colds, but they do not.', []],
      ['Many people believe that cold weather causes colds, but it does not.', []],
      ['Many parents wrongly believe that teething causes a high fever.', []],
      ['Some patients worry that statins cause memory loss.', []],
      ['Many coaches believe in giving young players a rest day.', []],
      ['Our coaches recommend a warm-up before every session.', []],
      ['Many coaches work with young athletes.', []],
    ]);
  });

  describe('vague-attribution: an agentless passive of finding with a pronoun subject ("It has been shown to lower …")', () => {
    cases([
      ['It has been shown to lower the number of inflamed spots by around half.', ['vague-attribution warning «has been shown to»']],
      ['They have been shown to cut the number of night-time wake-ups.', ['vague-attribution warning «have been shown to»']],
      ['This has been shown to lower cortisol in stressed adults.', ['vague-attribution warning «has been shown to»']],
      // A study's own result (past), negated, cited, or knowledge of a side effect.
      ['It was shown to lower blood pressure in the 2019 trial.', ['unsupported-claim warning «lower»']],
      ['It has not been shown to lower the number of inflamed spots.', []],
      ['It has been shown to lower the number of inflamed spots [2].', []],
      ['Ibuprofen is known to cause stomach bleeding in some people.', []],
    ]);
  });
});

describe('claim rules on reported content (round 4): outcomes of the writer\'s clients, patients or people on a programme', () => {
  describe('unsupported-claim: a group that receives the service + a predicate of improvement', () => {
    cases([
      ['Most of my clients sleep deeper within a fortnight.', ['unsupported-claim warning «sleep deeper»']],
      ['Many people on the plan drop a dress size by Christmas.', ['unsupported-claim warning «drop a dress size»']],
      ['Nearly all the women I see have fewer hot flushes after three months.', ['unsupported-claim warning «have fewer hot flushes»']],
      ['Our members bounce back faster after a hard session.', ['unsupported-claim warning «bounce back faster»']],
      ['Most patients find that their appetite returns by the second week.', ['unsupported-claim warning «their appetite returns»']],
      ['Clients who stick with the programme lose 5 kg on average.', ['unsupported-claim warning «lose 5 kg»']],
      ['Some of our patients feel calmer after the first session.', ['unsupported-claim info «feel calmer»']],
      ['Most parents on the course tell us their toddler\'s eczema settles.', ['unsupported-claim warning «their toddler\'s eczema settles»']],
      ['Eight out of ten clients have more energy after the first month.', ['unsupported-claim warning «have more energy»']],
      // Natural history, a disease population, a side effect, logistics, statistics of who attends, negated, asked.
      ['Most people with a cold feel better within a week.', []],
      ['Most patients with lupus have joint pain.', []],
      ['Most clients feel a little sore after the first session.', []],
      ['Most clients book a follow-up within a month.', []],
      ['Most of our clients are women over forty.', []],
      ['Most clients do not lose weight in the first week.', []],
      ['Do most clients lose weight on the plan?', []],
      ['Some clients lose motivation in the second week.', []],
      ['Most of my clients improve their technique within a month.', []],
      ['Most patients recover from the anaesthetic within an hour.', []],
      ['If most clients lose weight, the plan is working.', []],
      ['Most patients feel better once the nausea wears off.', []],
      ['Most people with hay fever find their symptoms ease after the pollen season.', []],
      ['Many of my clients lose their jobs during a flare.', []],
      ['Our clients come from all over Yorkshire.', []],
      // Groups compared ('than'): an association, hedged.
      ['Clients who did the breathing course had fewer panic attacks than those who did not.', ['unsupported-claim info «had fewer panic attacks»']],
    ]);
  });
});

describe('claim rules on reported content (round 4): testimonials opened by a change of state', () => {
  describe('unsupported-claim: a symptom that has stopped, in the first person ("… don\'t feel heavy any more", "my knees no longer ache")', () => {
    cases([
      ['Since I started the stretching plan, my calves don\'t cramp at night any more.', ['unsupported-claim warning «don\'t cramp at night any more»']],
      ['Since we switched to the low-FODMAP diet, I don\'t feel bloated after meals anymore.', ['unsupported-claim warning «don\'t feel bloated after meals anymore»']],
      ['My knees no longer ache on the stairs.', ['unsupported-claim warning «no longer ache»']],
      ['Since she began the drops, her eyes do not itch any more.', ['unsupported-claim warning «do not itch any more»']],
      ['I do not need my reliever inhaler any more.', ['unsupported-claim warning «do not need my reliever inhaler any more»']],
      ['She told me: "Since starting the sessions, I don\'t wake up exhausted anymore."', ['unsupported-claim warning «don\'t wake up exhausted anymore»']],
      // History, a side effect, a good state lost, not about health, the natural course of a rash, advice.
      ['Since I started the clinic in 2010, I do not work weekends any more.', []],
      ['Since starting the tablets I have had a dry mouth.', []],
      ['Since the new job started, I don\'t sleep well any more.', []],
      ['Since I moved to Leeds, I don\'t drive to work any more.', []],
      ['The rash does not itch any more once it scabs over.', []],
      ['If your ankle does not hurt any more, you can stop the exercises.', []],
      ['I don\'t take painkillers any more because they upset my stomach.', []],
      ['We did not find any difference in pain scores any more than with placebo.', []],
      ['You will no longer feel sore after the third day.', []],
      ['We no longer stock the tablets.', []],
    ]);
  });

  describe('unsupported-claim: a regained activity, "Now I can …", "For the first time in years …", doing without a medicine', () => {
    cases([
      ['Now I can wear my favourite dress without feeling bloated.', ['unsupported-claim warning «Now I can wear»']],
      ['I can now climb the stairs without stopping halfway.', ['unsupported-claim warning «I can now climb»']],
      ['These days I can run for the bus again.', ['unsupported-claim warning «These days I can run»']],
      ['For the first time in years, I slept eight hours straight.', ['unsupported-claim warning «For the first time in years»']],
      ['For the first time in months she walked to the shops on her own.', ['unsupported-claim warning «For the first time in months»']],
      ['By the third session I was sleeping through without a single sleeping pill.', ['unsupported-claim warning «I was sleeping through»']],
      ['After a month on the plan I got through the week without any painkillers.', ['unsupported-claim warning «I got through the week without any»']], // since round 10 (A) a case story ('After a month on X' opens one)
      ['I got through the night without a single sleeping pill.', ['unsupported-claim warning «without a single sleeping pill»']],
      // Logistics, telling, history, second person, a first not about health, advice to carry a medicine.
      ['Now I can tell you about our prices.', []],
      ['Now I can book my appointments online.', []],
      ['Now I can walk you through the process.', []],
      ['I can now offer evening appointments.', []],
      ['Now you can book online.', []],
      ['For the first time in years, I went on holiday abroad.', []],
      ['For the first time in years, our clinic has a waiting list.', []],
      ['Never leave home without your inhaler.', []],
      ['I went three days without any tablets and felt awful.', []],
    ]);
  });
});

describe('claim rules on reported content (round 4): the same constructions in other voices', () => {
  describe('outcomes of a group: amounts lost, a medicine no longer needed, a measure coming down, feeling like oneself again', () => {
    cases([
      ['Our patients lose an average of 15% of their body weight.', ['unsupported-claim warning «lose an average of 15%»']],
      ['Clients typically shed two stone in twelve weeks.', ['unsupported-claim warning «shed two stone»']],
      ['Many of our patients no longer need insulin after six months on the programme.', ['unsupported-claim warning «no longer need insulin»']],
      ['Most of our patients see their blood sugar come down within a month.', ['unsupported-claim warning «their blood sugar come down»']],
      ['Most women who start HRT feel like themselves again within three months.', ['unsupported-claim warning «feel like themselves again»']],
      ['Women on HRT report fewer night sweats.', ['unsupported-claim warning «report fewer night sweats»']],
      ['After six sessions, most of my clients report that their back pain has eased.', ['unsupported-claim warning «their back pain has eased»']],
      ['Almost everyone who completes the course sleeps better.', ['unsupported-claim warning «sleeps better»']],
      // Natural history, a condition of care, advice, a loss that is not a benefit, a risk, who attends.
      ['Most people with flu recover within a week.', []],
      ['Most patients with a sore throat get better without antibiotics.', []],
      ['Many women lose weight during the menopause transition without trying.', []],
      ['Our patients lose their NHS place if they miss two appointments.', []],
      ['Patients on the programme must lose 5 kg before surgery.', []],
      ['Clients who want to lose 10 kg should book the longer plan.', []],
      ['Most of my patients have lost a parent.', []],
      ['Most of our patients come off the waiting list within a month.', []],
      ['Most clients feel nervous before their first session.', []],
      ['Half of our patients are over sixty.', []],
    ]);
  });

  describe('first-person testimonials: a symptom of mine that has cleared, "no longer" + a symptom state', () => {
    cases([
      ['Since starting acupuncture, my migraines have become much less frequent.', ['unsupported-claim warning «my migraines have become much less frequent»']],
      ['I no longer wake up drenched in sweat.', ['unsupported-claim warning «no longer wake up drenched»']],
      // Worse, a change with no treatment, a reason for stopping, research.
      ['My mum\'s memory has become much worse.', []],
      ['My periods have become lighter since the menopause began.', []],
      ['I no longer work on Saturdays because of my back pain.', []],
      ['Most children in the study no longer needed their inhaler at follow-up.', []],
    ]);
  });

  describe('vague-attribution: more verbs and frames of unnamed authority ("research tells us", "have long held", "warn that", "as every runner knows", "would tell you")', () => {
    cases([
      ['The latest research tells us that sleep protects the brain.', ['vague-attribution warning «research tells us»']],
      ['Acupuncturists have long held that needling releases endorphins.', ['vague-attribution warning «Acupuncturists have long held»']],
      ['Practitioners of Chinese medicine believe that acupuncture rebalances your qi.', ['vague-attribution warning «Practitioners of Chinese medicine believe»']],
      ['Health experts warn that too much salt raises blood pressure.', ['vague-attribution warning «Health experts warn that»']],
      ['As every runner knows, a good warm-up prevents injuries.', ['vague-attribution warning «As every runner knows»']],
      ["It's well known that exercise lifts your mood.", ["vague-attribution warning «It's well known that»"]],
      ['Most dieticians would tell you that breakfast kick-starts your metabolism.', ['vague-attribution warning «Most dieticians would tell you»']],
      ['Most people know that smoking causes cancer.', ['vague-attribution warning «Most people know that»']],
      ['Studies have consistently shown that regular exercise lowers blood pressure.', ['vague-attribution warning «Studies have consistently shown»']],
      ['Scientists increasingly believe that gut bacteria shape our mood.', ['vague-attribution warning «Scientists increasingly believe»']],
      ['Evidence is mounting that ultra-processed food harms the gut.', ['vague-attribution warning «Evidence is mounting that»']],
      // Not health, a corrected belief, a how-clause.
      ['Most people know that the surgery closes at six.', []],
      ['Many GPs still believe HRT causes breast cancer, but the evidence has moved on.', []],
      ['Everyone knows how important sleep is for your health.', []],
      // 'have long known' was read as background knowledge until round 6; since round 7 (B) unnamed doctors who have long
      // known, like 'it has been known for decades that', are an unnamed source (vague-attribution, which also asks for the citation).
      ['Doctors have long known that walking lowers blood pressure.', ['vague-attribution warning «Doctors have long known that»']],
    ]);
  });
});

describe('claim rules on reported content (round 4): weight-loss, menopause and acupuncture voices', () => {
  describe('unsupported-claim: goals reached, feelings reported, people who receive a named treatment, nothing since a change', () => {
    cases([
      ['Most of our patients reach their goal weight within a year.', ['unsupported-claim warning «reach their goal weight»']],
      ['Our clients keep the weight off.', ['unsupported-claim warning «keep the weight off»']],
      ['Most people on our plan feel fuller for longer.', ['unsupported-claim warning «feel fuller»']],
      ['Clients report feeling more energetic and less hungry.', ['unsupported-claim warning «report feeling more energetic»']],
      ['Many of my patients report feeling deeply relaxed after a session.', ['unsupported-claim warning «report feeling deeply relaxed»']],
      ['Many women find their joint pain disappears on HRT.', ['unsupported-claim warning «their joint pain disappears»']],
      ["I haven't had a single migraine since I started the drops.", ["unsupported-claim warning «I haven't had a single migraine»"]],
      ['I have not had a flare since switching to the new diet.', ['unsupported-claim warning «I have not had a flare»']],
      ['Within a month, I was sleeping through the night again.', ['unsupported-claim warning «I was sleeping through»']],
      // Natural history without treatment, a worse change, a participle of condition, a day off, complaints.
      ['Most women find their hot flushes ease within a few years without treatment.', []],
      ['Many women find their periods become heavier during perimenopause.', []],
      ['Patients feeling better after two days should still finish the course.', []],
      ['I have not had a day off since I started the clinic.', []],
      ["We haven't had any complaints since the new system started.", []],
    ]);
  });
});
