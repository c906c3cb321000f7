// absolute-claim and vague-attribution on blog prose (issue #3, round 8, part B): the everyday ways lay writers promise a
// permanent, guaranteed, total or risk-free result, and credit a claim to nobody in particular. Each describe block is one
// cause, stated as a fact about English or about blog writing, with positive sentences in several health areas and the
// nearest negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import * as assert from 'node:assert/strict';
import { cases } from '../helpers/claim-cases';
import { lintText } from '../../server/src/engine/lint';
import { parseDocument } from '../../server/src/engine/document';

describe('absolute-claim and vague-attribution on blog prose (round 8, part B)', () => {
  describe('permanence and recurrence in lay words: "keeps X from ever coming back", "never to return", "for ever" in two words, a pronoun cleared "for good", "never need X again", "makes sure you never"', () => {
    cases([
      ['The new laser treatment stops cold sores from ever coming back.', ['absolute-claim error «from ever coming back»']],
      ['Daily cranberry capsules keep cystitis from ever returning.', ['absolute-claim error «from ever returning»']],
      ['This jab keeps shingles from ever flaring up again.', ['absolute-claim error «from ever flaring up again»']],
      ['Since the surgery my sciatica has gone for ever.', ['absolute-claim error «gone for ever»']],
      ['Her eczema was awful until the balm cleared it up for ever.', ['absolute-claim error «for ever»']],
      ['The migraines were constant, and the acupuncture sorted them out for good.', ['absolute-claim error «for good»']],
      ["My son's asthma vanished for ever after a month of the drops.", ['absolute-claim error «vanished for ever»']],
      ['Two weeks of the tincture and the cough was gone, never to return.', ['absolute-claim error «never to return»']],
      ['One course of the cream and the warts vanished, never to be seen again.', ['absolute-claim error «never to be seen again»']],
      ["Once you've had the implant you'll never need glasses again.", ['absolute-claim error «never need»']],
      ['After the programme she never needed her inhaler again.', ['absolute-claim error «never needed»']],
      ["With our hearing therapy you'll never need hearing aids again.", ['absolute-claim error «never need»']],
      ['This formula makes sure your baby never gets colic.', ['absolute-claim error «makes sure»']],
      ["Our zinc lozenges ensure you'll never catch another cold.", ['absolute-claim error «ensure»']],
      ['Our capsules make sure you never lose your hearing.', ['absolute-claim error «make sure»']],
      // Natural history, side effects, negations, questions, advice, purpose, services, logistics, history.
      ['The rash usually clears up for ever within a week or two.', []],
      ['There is no way to keep shingles from ever coming back.', []],
      ['Nothing can stop cold sores from ever returning.', []],
      ['To keep the infection from ever coming back, finish the whole course.', []],
      ['Can any diet keep diabetes from ever coming back?', []],
      ['The nausea wore off after a week, never to return.', []],
      ['Side effects such as headaches usually fade, never to return.', []],
      ['A family history of migraine is common.', []],
      ["You'll never need to book again: we keep your details on file.", []],
      ['Make sure you never skip a dose of your asthma medicine.', []],
      ['To make sure you never lose your sight to glaucoma, have your eyes checked every two years.', []],
      ['Our pharmacists make sure you never run out of your tablets.', []],
      ['We make sure you never wait more than ten minutes for your appointment.', []],
      ['No supplement can make sure you never get a cold.', []],
      ["Don't expect the cream to clear it up for ever.", []],
      ['We kept the clinic open for ever so long on Fridays.', []],
    ]);
  });
  describe('totality of a removal in lay words: a removal verb with "every (last/single) X" in the singular ("kills every germ it meets", "flushes every last toxin", "every last trace of"), and a complaint switched off, turned down or silenced "completely" or "for good"', () => {
    cases([
      ["Garlic is nature's own antibiotic and kills every germ in your body.", ['absolute-claim error «kills every germ»']],
      ['This mouthwash kills every single bacterium in your mouth.', ['absolute-claim error «kills every single bacterium»']],
      ['The nasal spray destroys each and every virus before it can take hold.', ['absolute-claim error «destroys each and every virus»']],
      ['Our foot soak draws out every last trace of fungus.', ['absolute-claim error «draws out every last trace»']],
      ['A three-day juice cleanse removes every toxin your liver has stored.', ['absolute-claim error «removes every toxin»']],
      ['My detox tea flushed every last toxin out of my system.', ['absolute-claim error «flushed every last toxin»']],
      ['The new aids turned my tinnitus down completely.', ['absolute-claim error «completely»']],
      ['The patches switched off my sugar cravings completely.', ['absolute-claim error «completely»']],
      ['This blend silences the ringing for good.', ['absolute-claim error «for good»']],
      ['The cream turned the itching off completely.', ['absolute-claim error «completely»']],
      ['Our masking app switches the hissing off completely.', ['absolute-claim error «completely»']],
      // Cooking and cleaning, negations, the body's own organs, advice, relaxation, natural course.
      ['Boiling kills every germ in the water.', []],
      ['A hot wash kills every dust mite in your bedding.', []],
      ['Bleach kills every germ on the worktop.', []],
      ["Hand gel doesn't kill every germ.", []],
      ['No mouthwash kills every bacterium in your mouth.', []],
      ["It's impossible to get rid of every germ in your home.", []],
      ['Your liver and kidneys remove every toxin you need to worry about.', []],
      ['Switch the fan off completely at night if the noise keeps you awake.', []],
      ["I switch off completely when I'm on holiday.", []],
      ['Turn the volume down completely before you put the aids in.', []],
      ['The ringing switches off completely when I fall asleep.', []],
      ['The whistling usually switches off completely within a day of the concert.', []],
    ]);
  });
  describe('total safety in lay words: "with none of the risks of", "without any of the side effects of", "all the benefits and none of the side effects", "zero side effects" as a bare noun phrase, "no downsides"', () => {
    cases([
      ['Our herbal blend works with none of the risks of HRT.', ['absolute-claim error «with none of the risks»']],
      ['This gel eases joint pain without any of the side effects of ibuprofen.', ['absolute-claim error «without any of the side effects»']],
      ['You get all the benefits of a statin and none of the side effects.', ['absolute-claim error «and none of the side effects»']],
      ['Our CBD drops calm anxiety, with zero side effects.', ['absolute-claim error «with zero side effects»']],
      ['Zero side effects, just deeper sleep.', ['absolute-claim error «Zero side effects»']],
      ['There are no downsides to taking magnesium for cramps.', ['absolute-claim error «There are no downsides»']],
      ['The new inhaler has no downsides at all.', ['absolute-claim error «has no downsides at all»']],
      ['Natural fertility support with none of the dangers of IVF drugs.', ['absolute-claim error «with none of the dangers»']],
      // Risk factors, reported side effects, study findings, logistics, questions, negations.
      ['Patients with none of the risk factors rarely need a scan.', []],
      ['Most patients had mild nausea and none of the side effects were serious.', []],
      ['The trial reported zero side effects in either group.', []],
      ["There's no downside to booking your flu jab early.", []],
      ['Children with none of the side effects listed above can go back to school.', []],
      ['Is there a treatment with none of the risks of surgery?', []],
      ['No treatment comes with zero risks.', []],
      ['There are downsides: the cream can sting for a day or two.', []],
    ]);
  });
  describe('vague attribution in lay words: the verbs of a tentative finding ("hint that", "point towards"), a modal between an unnamed source and its verb ("would tell you", "would agree that"), the professions a quantifier names ("Most ENT surgeons", "Many consultants"), and unnamed sources in other words ("everyone in the industry knows", "people in the know", "word has it", "chatter online suggesting")', () => {
    cases([
      ['Small studies hint that tart cherry juice improves sleep.', ['vague-attribution warning «studies hint that»']],
      ['Research points towards omega-3 easing dry eyes.', ['vague-attribution warning «Research points towards»']],
      ['Most dermatologists would agree that retinol fades acne scars.', ['vague-attribution warning «Most dermatologists would agree that»']],
      ['Many consultants would say that early surgery gives the best results for a torn ligament.', ['vague-attribution warning «Many consultants would say that»']],
      ['Most paediatricians will tell you that probiotics shorten tummy bugs.', ['vague-attribution warning «paediatricians will tell you»']],
      ['Most ENT surgeons would tell you that grommets end glue ear.', ['vague-attribution warning «Most ENT surgeons would tell you»']],
      ['People in the know say that cold plunges speed up recovery.', ['vague-attribution warning «People in the know say that»']],
      ['Everyone at my gym swears by creatine for strength.', ['vague-attribution warning «Everyone at my gym swears by»']],
      ['Everyone in the fertility world knows that acupuncture boosts IVF success.', ['vague-attribution warning «Everyone in the fertility world knows that»']],
      ['Word has it that ashwagandha boosts testosterone.', ['vague-attribution warning «Word has it that»']],
      ["There's a lot of buzz on TikTok claiming that castor oil regrows hair.", ["vague-attribution warning «There's a lot of buzz on TikTok claiming that»"]],
      ['The internet says that apple cider vinegar lowers blood sugar.', ['vague-attribution warning «internet says that»']],
      // No health assertion, a named or own source, a negation, a question, an infinitive after the verb.
      ["There's a lot of chatter online about magnesium for tinnitus.", []],
      ['Everyone in the industry knows Sarah, our head physio.', []],
      ['Word has it that the clinic is moving to Leeds in the spring.', []],
      ['Most ENT surgeons would tell you to see your GP first.', []],
      ['Our own early data hint that the new plan works.', []],
      ['This study hints that the effect may be small.', []],
      ['Most surgeons would agree to see you within a fortnight.', []],
      ['No study hints that vitamin C shortens colds.', []],
      ['Does the chatter online suggesting that zinc cures colds have any basis?', []],
    ]);
  });
  describe('a study\'s writing group or investigators as a group author in capitals ("(DREAM Study Research Group, 2018)", "(SPRINT Investigators 2015)") cites the sentence, and the reference rules match it to its entry', () => {
    cases([
      ['A large trial found that omega-3 capsules eased dry eye no better than olive oil (DREAM Study Research Group, 2018).', []],
      ['Studies show that tight blood-pressure control prevents strokes (SPRINT Investigators, 2015).', []],
      ['Research shows that metformin delays diabetes in people at risk (Diabetes Prevention Program Research Group 2002).', []],
      ['Studies show that vitamin D prevents falls (UK Biobank Team, 2021).', []],
      // Still uncited: a group named in the prose, not in a parenthetical citation.
      ['The DREAM Study Research Group found that omega-3 eases dry eye.', ['unsupported-claim warning «eases»']],
      ['Research shows that zinc shortens colds (our team, 2021).', ['vague-attribution warning «Research shows»']],
    ]);
    it('keys the group author by its first word, and the references match it to its entry', () => {
      const md = [
        '# Dry eye',
        '',
        'Omega-3 capsules did no better than olive oil for dry eye (DREAM Study Research Group, 2018).',
        '',
        'Blood pressure targets fell after a large trial (SPRINT Research Group, 2015).',
        '',
        '## References',
        '',
        '1. DREAM Study Research Group. n-3 fatty acid supplementation for dry eye disease. N Engl J Med. 2018;378(18):1681-1690. doi:10.1056/NEJMoa1709691',
        '2. SPRINT Research Group. A randomized trial of intensive versus standard blood-pressure control. N Engl J Med. 2015;373(22):2103-2116. doi:10.1056/NEJMoa1511939',
        '',
      ].join('\n');
      const keys = parseDocument(md, { uri: 'a.md' }).blocks.flatMap((b) => b.citations.filter((c) => c.kind === 'author-year').map((c) => c.keys.join(',')));
      assert.deepEqual(keys, ['dream|2018', 'sprint|2015']);
      const { diagnostics } = lintText(md, { uri: 'file:///a.md', only: ['unmatched-citation', 'uncited-reference', 'vague-attribution', 'unsupported-claim'] });
      assert.deepEqual(diagnostics.map((d) => `${d.ruleId} ${md.slice(d.start, d.end)}`), []);
    });
  });
  describe('a seller\'s claim reported and rebutted in one sentence by the absence of evidence ("X blends say they boost …, but nobody has shown that they do anything"): the writer asserts neither', () => {
    cases([
      ['The makers claim it melts belly fat, but no trial has tested it.', []],
      ['These gummies are marketed as a cure for hair loss, but there is no good evidence that they work.', []],
      ['Sellers promise that the bracelet eases arthritis, but no study has ever found a benefit.', []],
      ['Copper insoles say they boost circulation in your feet, but nobody has shown that they do.', []],
      ["The brand's website says the drops clear floaters, but there's no proof that they work.", []],
      ['Eye vitamin sellers boast that their capsules sharpen night vision, but no independent trial has confirmed it.', []],
      // The writer's own claim; a mechanism doubted; no rebuttal; an unnamed source keeps its vague attribution.
      ['Turmeric eases joint pain, but nobody has shown it cures arthritis.', ['unsupported-claim warning «eases»']],
      ['Our patients say it eases their pain, but nobody has shown why.', ['unsupported-claim warning «eases»']],
      ['The makers claim it melts belly fat, and it does.', ['unsupported-claim warning «melts»']],
      ['Many experts say magnesium eases cramps, but no trial has confirmed it.', ['vague-attribution warning «Many experts say»']],
    ]);
  });
  describe('the other everyday absolutes, category by category: "can\'t fail", "works for literally everybody", "works 100% of the time", "your money back if", the benefits that "last a lifetime", "gone for life", "lifelong immunity", "makes you immune to", "you\'ll never get X" after a treatment, "fixes all your X problems", "every kind of", "can\'t do you any harm", "can\'t overdose", "no such thing as too much", "pure magic", "works like magic"', () => {
    cases([
      ['Our fertility protocol cannot fail.', ['absolute-claim error «cannot fail»']],
      ['Our reflux diet worked for literally everybody in the group.', ['absolute-claim error «worked for literally everybody»']],
      ['The nasal spray works 100% of the time for blocked noses.', ['absolute-claim error «works 100% of the time»']],
      ["Your money back if your snoring doesn't stop.", ['absolute-claim error «Your money back if»']],
      ['The benefits of our posture course last a lifetime.', ['absolute-claim error «last a lifetime»']],
      ['The relief from the injection lasts forever.', ['absolute-claim error «lasts forever»']],
      ['Thanks to the laser, her rosacea is gone for life.', ['absolute-claim error «for life»']],
      ['The new vaccine gives lifelong immunity to shingles.', ['absolute-claim error «lifelong immunity»']],
      ['Our elderberry syrup makes your kids immune to colds.', ['absolute-claim error «makes your kids immune to»']],
      ["With our supplement plan you'll never get diabetes.", ["absolute-claim error «you'll never get»"]],
      ['This tonic fixes all your digestive problems.', ['absolute-claim error «fixes all your digestive problems»']],
      ['Our drops solve every kind of eye problem.', ['absolute-claim error «solve every kind of»']],
      ["It's a gentle herbal tea, so it can't do you any harm.", ["absolute-claim error «can't do you any harm»"]],
      ["You can't overdose on vitamin C tablets.", ["absolute-claim error «can't overdose on»"]],
      ["There's no such thing as too much vitamin D.", ['absolute-claim error «no such thing as too much»']],
      ['Turmeric capsules are pure magic for stiff joints.', ['absolute-claim error «pure magic»']],
      ['This cream works like magic on eczema.', ['absolute-claim error «works like magic»']],
      // Idioms, the body, negations, side effects, natural history, services, activities, questions.
      ["You can't fail to notice the difference in your energy.", []],
      ["Your kidneys can't fail overnight.", []],
      ['No diet works for everyone.', []],
      ['What works for one person may not work for everyone.', []],
      ['Money-back guarantee on all unopened items.', []],
      ['The side effects can last for life.', []],
      ['Some effects of the stroke last forever.', []],
      ['The effects of the first dose last about four hours.', []],
      ['Nobody is completely immune to colds.', []],
      ['After chickenpox, most people are immune for life.', []],
      ['Most people will never get shingles.', []],
      ['Our nurses sort out all your paperwork.', []],
      ["A short walk can't do you any harm.", []],
      ["Asking your pharmacist can't do any harm.", []],
      ['Can you overdose on melatonin?', []],
      ['Children can overdose on paracetamol, so keep it locked away.', []],
      ["There's no magic pill for weight loss.", []],
      ["The magic of a good night's sleep is hard to overstate.", []],
    ]);
  });
  describe('more unnamed sources and verbs: communities and gurus ("the medical community agrees", "health gurus swear that"), "decades of research", "more and more studies", "experts in the field", verbs of dawning belief ("are starting to realise that", "reckon that", "tend to agree that", "will often tell you that"), "the evidence is clear that", "a mountain of evidence that", "it is said that", and hearsay that needs a health claim ("Some say that", "Many believe that", "I read online that")', () => {
    cases([
      ['Doctors are starting to realise that magnesium eases migraines.', ['vague-attribution warning «Doctors are starting to realise that»']],
      ['Nutritionists will often tell you that fibre lowers cholesterol.', ['vague-attribution warning «Nutritionists will often tell you that»']],
      ['The experts reckon that cold water swimming boosts immunity.', ['vague-attribution warning «experts reckon that»']],
      ['Physios swear that foam rolling speeds up recovery.', ['vague-attribution warning «Physios swear that»']],
      ['The evidence is pretty clear that exercise lifts low mood.', ['vague-attribution warning «evidence is pretty clear that»']],
      ['Many in the medical community believe that vitamin D prevents colds.', ['vague-attribution warning «medical community believe»']],
      ['The dental community agrees that fluoride varnish protects children\'s teeth.', ['vague-attribution warning «dental community agrees»']],
      ['Decades of research show that fluoride prevents tooth decay.', ['vague-attribution warning «Decades of research show»']],
      ['More and more studies show that sauna use lowers blood pressure.', ['vague-attribution warning «More and more studies show»']],
      ["There's a mountain of evidence that exercise prevents depression.", ["vague-attribution warning «There's a mountain of evidence that»"]],
      ['Experts in the field agree that early treatment prevents joint damage.', ['vague-attribution warning «Experts in the field agree»']],
      ['Specialists tend to agree that surgery is the best option for a torn ACL.', ['vague-attribution warning «Specialists tend to agree that»']],
      ['Health gurus swear that celery juice clears acne.', ['vague-attribution warning «Health gurus swear that»']],
      ['It is said that honey heals wounds.', ['vague-attribution warning «It is said that»']],
      ['Some say that garlic prevents colds.', ['vague-attribution warning «Some say that»']],
      ['Many believe that copper bracelets ease arthritis.', ['vague-attribution warning «Many believe that»']],
      ['I read somewhere that turmeric eases arthritis.', ['vague-attribution warning «I read somewhere that»']],
      // Hearsay about something else, one's own source, negations, questions, other senses of the verbs.
      ['Some say the NHS is underfunded.', []],
      ['Many believe the clinic should open on Sundays.', []],
      ['I read online that the clinic is moving to Leeds.', []],
      ['It is said that the first hospital in Leeds opened in 1767.', []],
      ['The medical community is holding its annual conference in May.', []],
      ['Is the evidence clear that statins prevent heart attacks?', []],
      ['The evidence is not clear that vitamin C shortens colds.', []],
      ['Doctors are starting to see more cases of measles.', []],
      ['Most physios reckon on six sessions for a frozen shoulder.', []],
      ['Our physios swear by their morning stretches.', []],
      ['Our own physios swear that foam rolling speeds up recovery.', ['unsupported-claim warning «speeds up»']],
      ['The same study found that zinc shortens colds.', ['unsupported-claim warning «shortens»']],
      ['Decades of research have not shown that vitamin E prevents heart disease.', []],
      ['Experts in the field will meet in Geneva next year.', []],
    ]);
  });
  describe('claim language mentioned to warn against it, not used: a claim called a myth or nonsense ("Claims that … are nonsense", "The idea that … is a myth"), a warning about products that promise it ("Beware of products promising …", "Watch out for adverts that promise …"), and words quoted as examples ("Words like \"miracle\" are red flags")', () => {
    cases([
      ['Claims that detox teas flush every last toxin from your body are nonsense.', []],
      ['The idea that zinc makes you immune to colds is a myth.', []],
      ['The popular notion that collagen cures arthritis is simply untrue.', []],
      ['Beware of products promising zero side effects.', []],
      ["Watch out for adverts that promise you'll never need glasses again.", []],
      ['Be wary of any supplement that claims to cure diabetes.', []],
      ['Steer clear of clinics that guarantee a baby.', []],
      ['Labels like "zero side effects" should make you suspicious.', []],
      ['Words like "miracle", "pure magic" and "can\'t fail" are red flags.', []],
      // The same language used: a claim, a myth denied, a warning about something else.
      ['Our tea kills every germ, and that is no myth.', ['absolute-claim error «kills every germ»']],
      ['This serum cures acne, and the idea that it is hype is wrong.', ['absolute-claim error «cures»']],
      ['Our balm cures eczema, and its fans are rightly suspicious of steroid creams.', ['absolute-claim error «cures»']],
      ['Our detox tea flushes every last toxin from your body.', ['absolute-claim error «flushes every last toxin»']],
    ]);
  });
  describe('slogans of removal and permanence: "No more X, ever / guaranteed", "Never suffer another X", "rids your body of every trace of", "vanished without a trace", "in 100% of cases"', () => {
    cases([
      ['No more back pain, guaranteed.', ['absolute-claim error «No more»']],
      ['No more spots, ever.', ['absolute-claim error «No more»']],
      ['No more hot flushes for good with our herbal blend.', ['absolute-claim error «No more»']],
      ['Never suffer another hangover.', ['absolute-claim error «Never suffer another»']],
      ['Never have another asthma attack with our breathing course.', ['absolute-claim error «Never have another»']],
      ['It rids your body of every trace of candida.', ['absolute-claim error «rids your body of every trace of»']],
      ['Since the drops, the itching vanished without a trace.', ['absolute-claim error «vanished without a trace»']],
      ['It clears psoriasis in 100% of cases.', ['absolute-claim error «100% of cases»']],
      // Limits, logistics, natural history, advice, findings.
      ['No more than two doses a day, guaranteed safe.', []],
      ["No more appointments, ever: we've moved online.", []],
      ['No more waiting lists for physio, guaranteed.', []],
      ['The rash usually vanished without a trace within a week.', []],
      ['The bruise faded without a trace.', []],
      ['Never take another dose if you get a rash.', []],
      ['Side effects occurred in 100% of patients.', []],
      ['Rid your home of every trace of dust mites by washing bedding at 60 degrees.', []],
    ]);
  });
  describe('unnamed sources that keep finding: "study after study shows", "time and again, studies have shown", "researchers keep finding that", "experts are increasingly saying that"; a hedge between a source and its verb stays a hedge of the claim ("Studies may indicate that …")', () => {
    cases([
      ['Study after study shows that fibre protects your gut.', ['vague-attribution warning «Study after study shows»']],
      ['Time and again, studies have shown that yoga lowers stress.', ['vague-attribution warning «Time and again, studies have shown»']],
      ['Researchers keep finding that green tea lowers cholesterol.', ['vague-attribution warning «Researchers keep finding that»']],
      ['Experts are increasingly saying that walking lowers blood pressure.', ['vague-attribution warning «Experts are increasingly saying that»']],
      ['Trial after trial shows that statins prevent heart attacks.', ['vague-attribution warning «Trial after trial shows»']],
      // A hedge kept; a named or own source; logistics; no health assertion.
      ['These findings may indicate that probiotics ease eczema.', ['unsupported-claim info «ease»']],
      ['Our researchers keep finding new ways to book appointments online.', []],
      ['Study after study has been delayed by the pandemic.', []],
    ]);
  });
  describe('total safety with medicines: "has no interactions", "won\'t interact with any medication", "doesn\'t interact with other medicines"', () => {
    cases([
      ['Our magnesium spray has no interactions, so anyone can use it.', ['absolute-claim error «has no interactions»']],
      ["It won't interact with any medication you take.", ["absolute-claim error «won't interact with any medication»"]],
      ["The tea doesn't interact with other medicines.", ["absolute-claim error «doesn't interact with other medicines»"]],
      ['These drops have zero drug interactions.', ['absolute-claim error «have zero drug interactions»']],
      // Advice, a named drug, a finding between two drugs, a warning, a question.
      ["Check that it doesn't interact with your other medicines.", []],
      ['There are no known interactions between zinc and statins.', []],
      ["It doesn't interact with warfarin.", []],
      ["St John's wort can interact with many medicines.", []],
      ['Does it interact with any medication?', []],
    ]);
  });
  describe('a named or own source with modifiers between its determiner and its noun is specific ("our own early studies", "this small new trial"); "no interactions with" a named drug is a finding', () => {
    cases([
      ['Our own early studies hint that the app helps people sleep.', ['unsupported-claim warning «helps»']],
      ['This small new trial found that zinc shortens colds.', ['unsupported-claim warning «shortens»']],
      ['Statins have no interactions with grapefruit at normal doses.', []],
      // Still unnamed: a list with "and", a comma before the source.
      ['Our patients and studies show that zinc shortens colds.', ['vague-attribution warning «studies show»']],
      ['In this country, many studies show that zinc shortens colds.', ['vague-attribution warning «many studies show»']],
    ]);
  });
});
