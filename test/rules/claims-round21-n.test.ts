// Claim rules on blog prose (issue #3, round 21, part N: noise): false positives removed by class. Round 20's careful prose
// (round20-e) flagged thirteen sentences (an everyday miracle, resin that cures, a that-clause as the topic of a weak verdict,
// a natural course, platelets and stomach acid, two named studies, a citation with its journal, a definition of 'cure', a
// first night since a move, a cure-all in a shed, a rota's magic bullet); round 20's drafts flagged a device's mechanism, a
// shop's ordering that 'works every time', a money-back guarantee and calm staff; a reviewer's probe flagged leaflet
// pharmacology, harms of use, a null finding, a decade of history, a saying, sanctions and parcels guaranteed to arrive.
// Each describe block is one class: near-claims in everyday English that must stay silent and real claims of the same shape
// that must stay flagged. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 21, part N: false positives by class)', () => {
  describe("a claim told as the finding of a study named by its kind, year and first author (r21nNamedStudy: 'A 2019 Cochrane review by Smith and colleagues found …', ', according to a 2016 meta-analysis by Kuyken and colleagues in …') is attributed, like a named health authority; an author-year citation may hold its journal ('(Okonjo et al., Lancet, 2015)'); no year, no surname, 'our own survey' and the writer's product after the frame stay flagged", () => {
    cases([
      ["A 2019 Cochrane review by Smith and colleagues found that balance classes reduced falls in care homes.", []],
      ["A 2018 trial by Okafor et al. showed that the nasal spray shortened colds by a day.", []],
      ["One 2020 meta-analysis by Lindqvist and colleagues found that walking groups lowered blood pressure.", []],
      ["Walking groups lowered blood pressure in older adults, according to a 2021 review by Haddad and colleagues in the BMJ.", []],
      ["Zinc lozenges shortened colds, according to a 2017 meta-analysis by Hemming and colleagues.", []],
      ["Iron tablets reduced tiredness in pregnancy (Okonjo et al., Lancet, 2015).", []],
      ["Our own survey found that our tea cures colds.", ["absolute-claim error «cures»"]],
      ["A recent study found that balance classes reduced falls in care homes.", ["vague-attribution warning «A recent study found»"]],
      ["A 2019 study found that balance classes reduced falls in care homes.", ["vague-attribution warning «A 2019 study found»"]],
      ["A study by our clinic found that the drops reduced eye strain.", ["unsupported-claim warning «reduced»"]],
      ["A 2019 review by Smith found that our drops reduced eye strain.", ["unsupported-claim warning «reduced»"]],
      ["Ginger eases nausea, according to a study by Patel and colleagues.", ["unsupported-claim warning «eases»"]],
    ]);
  });

  describe("a material that cures as it sets (claims-absolute.json round21N.materials: resin, epoxy, concrete, varnish, grout) is no cure; 'fully cured my eczema' and a remedy's cure stay absolute", () => {
    cases([
      ["Once the resin has fully cured, the tabletop will be waterproof.", []],
      ["Leave the epoxy to cure overnight before you sand it.", []],
      ["The concrete cures slowly in cold weather.", []],
      ["Wait until the varnish has completely cured before you put the chairs back.", []],
      ["The grout needs a full day to cure properly.", []],
      ["Our cream fully cured my eczema.", ["absolute-claim error «fully cured»"]],
      ["This balm completely cures cold sores.", ["absolute-claim error «completely cures»"]],
      ["The tea cured my cough in two days.", ["absolute-claim error «cured»"]],
    ]);
  });

  describe("everyday idioms of miracle, cure-all and magic bullet in a sentence with no health word ('a miracle of neglect', 'the cure-all in my grandad's garage', 'the magic bullet for our school-run chaos') and miracles no longer expected; a health object, 'for anyone', 'in a box' and expecting miracles from a balm stay", () => {
    cases([
      ["The sweet peas were a miracle of neglect this year.", []],
      ["The bake sale was a miracle of organisation.", []],
      ["Duct tape is the cure-all in my grandad's garage.", []],
      ["The new parking rules were the magic bullet for our school-run chaos.", []],
      ["Bicarbonate of soda is the cure-all in our kitchen cupboard for stains.", []],
      ["I've stopped expecting miracles from the council.", []],
      ["We gave up waiting for a miracle and fixed the roof ourselves.", []],
      ["This tea is the magic bullet for your bloating.", ["absolute-claim error «magic bullet»"]],
      ["Tapping is a miracle for anyone who feels stuck.", ["absolute-claim error «miracle»"]],
      ["Honestly, it's a miracle in a box.", ["absolute-claim error «miracle»"]],
      ["You can expect miracles from our balm.", ["absolute-claim error «miracles»"]],
    ]);
  });

  describe("a guarantee of money back or of delivery with no word of a result ('Love it or your money back, guaranteed', 'guaranteed to arrive the next day'); 'Results or your money back', clear skin and a cold stopped stay absolute", () => {
    cases([
      ["Love it or your money back, guaranteed.", []],
      ["Orders placed before noon are guaranteed to arrive the next day.", []],
      ["If you're not happy, you get a full refund, guaranteed.", []],
      ["Every parcel is guaranteed to be dispatched within 24 hours.", []],
      ["Your money back if it arrives damaged, guaranteed.", []],
      ["Results or your money back, guaranteed.", ["absolute-claim error «guaranteed»"]],
      ["With the SleepWell Max, a quiet bedroom is guaranteed or your money back.", ["absolute-claim error «is guaranteed»"]],
      ["With our package you are guaranteed to go home with a baby, or we refund half your fees.", ["absolute-claim error «are guaranteed to»"]],
      ["Clear skin in 30 days or your money back, guaranteed.", ["absolute-claim error «guaranteed»"]],
      ["Our pills are guaranteed to arrive in time to stop your cold.", ["absolute-claim error «are guaranteed to»"]],
    ]);
  });

  describe("'it works every time' coordinated after a clause about ordering or delivery (R21N_LOGISTICS_IT) is the service; a remedy, a balm and an application stay totality", () => {
    cases([
      ["Booking was simple and it works every time.", []],
      ["Ordering is easy and it works every time.", []],
      ["The app is simple to use and it works every time.", []],
      ["Delivery was quick and it works every time I reorder.", []],
      ["Checkout is painless and it works every time.", []],
      ["The tea is easy to make and it works every time.", ["absolute-claim error «works every time»"]],
      ["Our balm works every time on eczema.", ["absolute-claim error «works every time»"]],
      ["It is easy to apply and it works every time on my eczema.", ["absolute-claim error «works every time»"]],
    ]);
  });

  describe("a that-clause as the topic of a weak verdict on its evidence ('Evidence that X improves Y is limited', r21nEvidenceTopic) is not asserted; a strong verdict, the writer's product and a claim in another clause stay", () => {
    cases([
      ["Evidence that collagen drinks improve skin is limited.", []],
      ["The evidence that zinc shortens colds remains weak.", []],
      ["Evidence that fish oil protects the heart is mixed, and the trials disagree.", []],
      ["Proof that magnets ease arthritis is lacking.", []],
      ["The evidence that probiotics prevent eczema is still inconclusive.", []],
      ["Evidence that our drops end eye strain is strong.", ["unsupported-claim warning «end»"]],
      ["The evidence is limited, but our tea cures colds.", ["absolute-claim error «cures»"]],
      ["Evidence that our collagen drinks improve skin is limited, but we love them.", ["unsupported-claim warning «improve»"]],
    ]);
  });

  describe("the natural course timed by the body's own healing ('eases as the rash heals', 'as the spots crust over', 'as the virus runs its course'); a cream, a gel or zinc named keeps the claim", () => {
    cases([
      ["Taking zinc eases the pain as the rash heals.", ["unsupported-claim warning «eases»"]],
      ["Chickenpox itching usually eases as the spots crust over.", []],
      ["Bruising often fades as the swelling goes down.", []],
      ["The sore usually settles as the blisters heal.", []],
      ["Most colds clear up as the virus runs its course.", []],
      ["The pain generally improves as the wound heals.", []],
      ["Our cream eases shingles pain as the rash heals.", ["unsupported-claim warning «eases»"]],
      ["This gel soothes the itching as the spots crust over.", ["unsupported-claim warning «soothes»"]],
    ]);
  });

  describe("the body's own cells and secretions doing their work ('Platelets help blood to clot', 'Stomach acid helps break down food and kills germs'): the food digested is no treatment; vitamin C, probiotics, enzyme capsules and 'helps build muscle' stay claims", () => {
    cases([
      ["Vitamin C helps fight infection.", ["unsupported-claim warning «helps»"]],
      ["Platelets help blood to clot after a cut.", []],
      ["Stomach acid helps break down food and kills germs.", []],
      ["Bile helps digest fat.", []],
      ["Antibodies help fight infection.", []],
      ["Saliva helps break down starch in the mouth.", []],
      ["Probiotics help digest fibre.", ["unsupported-claim warning «help»"]],
      ["Our enzyme capsules help break down food and end bloating.", ["unsupported-claim warning «help»"]],
      ["Testosterone helps build muscle.", ["unsupported-claim warning «build muscle»"]],
    ]);
  });

  describe("the word 'cure' defined, with what its definition says ('a cure usually means the illness has gone for good'), and proof as the topic of a weak verdict ('Proof that X eases Y is lacking'); a product as proof, a cure promised and the writer's claim stay", () => {
    cases([
      ["Strictly, a cure refers to an illness that never returns.", []],
      ["In this leaflet, cure means the disease has gone.", []],
      ["Proof that magnets ease arthritis is lacking.", []],
      ["Our tea is proof that nature cures colds.", ["absolute-claim error «proof that»"]],
      ["In medicine, a cure usually means the illness has gone for good.", []],
      ["A cure simply means the disease will not come back.", []],
      ["Our tea is the cure for colds.", ["absolute-claim error «the cure for»"]],
      ["Our tea is the cure for colds, and a cure means it never comes back.", ["absolute-claim error «the cure for»"]],
    ]);
  });

  describe("'for the first time since' an event named by a noun dates the last good night (R21N_FIRST_SINCE_EVENT); a gerund of starting, a dose and a treatment named keep the testimony", () => {
    cases([
      ["She slept through the night for the first time since the storm.", []],
      ["The baby slept through the night for the first time since the holiday.", []],
      ["Mum slept through the night for the first time since the funeral.", []],
      ["Grandad slept through the night for the first time since the flood.", []],
      ["He slept through the night for the first time since the heatwave.", []],
      ["Dad slept through the night for the first time since starting the drops.", ["unsupported-claim warning «slept through the night»"]],
      ["Dad slept through the night for the first time since his first dose.", ["unsupported-claim warning «slept through the night»"]],
      ["Dad slept through the night for the first time since the move, thanks to the magnesium spray.", ["unsupported-claim warning «slept through the night»"]],
    ]);
  });

  describe("how a medicine works, as a leaflet tells it (r21nMechanism: a medicine class or name as the whole subject of 'slow', 'relax', 'block'): a product, a supplement, a herb and a complaint after the verb stay claims", () => {
    cases([
      ["Beta blockers slow your heart rate.", []],
      ["Salbutamol relaxes the muscles around the airways.", []],
      ["Bisoprolol slows the heart.", []],
      ["Calcium channel blockers relax the walls of the blood vessels.", []],
      ["Diuretics block the reabsorption of salt in the kidneys.", []],
      ["Our tincture relaxes the muscles and eases anxiety.", ["unsupported-claim warning «relaxes»"]],
      ["Our drops relax the muscles of the eye and end eye strain.", ["unsupported-claim warning «relax»"]],
      ["Valerian relaxes your muscles.", ["unsupported-claim warning «relaxes»"]],
      ["Beta blockers slow your heart rate and end palpitations.", ["unsupported-claim warning «slow»"]],
      ["Magnesium relaxes your muscles.", ["unsupported-claim warning «relaxes»"]],
    ]);
  });

  describe("harms of use told in words of benefit (r21nHarmOfUse): an effect 'too much' or 'too far' and an interaction with other medicines; a clause between, stress as the object and a plain benefit stay claims", () => {
    cases([
      ["It can lower your blood pressure too much.", []],
      ["It may reduce the effect of some blood pressure medicines.", []],
      ["It may slow your heart too much, so your GP will check your pulse.", []],
      ["This medicine can lower your blood sugar too far.", []],
      ["It can reduce the effectiveness of the contraceptive pill.", []],
      ["It lowers your blood pressure without dropping it too much.", ["unsupported-claim warning «lowers»"]],
      ["It reduces the effect of stress on your skin.", ["unsupported-claim warning «reduces»"]],
      ["Our tea lowers blood pressure.", ["unsupported-claim warning «lowers»"]],
    ]);
  });

  describe("a null finding reported after an unnamed source ('found no link between', 'no clear difference between') credits a doubt, not a claim; equivalence with the writer's product and a finding of benefit stay vague", () => {
    cases([
      ["Researchers found no link between coffee and heart disease.", []],
      ["Studies have found no clear difference between the two diets.", []],
      ["Scientists found no association between phone use and brain tumours.", []],
      ["Studies show there is no link between vaccines and autism.", []],
      ["Researchers found no significant relationship between height and migraine.", []],
      ["Experts found no difference between our cream and steroids.", ["vague-attribution warning «Experts found»"]],
      ["Researchers found that ginger halves nausea.", ["vague-attribution warning «Researchers found»"]],
      ["Studies show that turmeric eases joint pain.", ["vague-attribution warning «Studies show»"]],
    ]);
  });

  describe("a decade before 1990 told in the past is history (R20N_ERA); a present claim of the writer's, a testimony and 'since the 1950s … have recommended' stay flagged", () => {
    cases([
      ["In the 1920s, doctors prescribed radium water for fatigue.", []],
      ["In the 1980s, experts advised bed rest after a heart attack.", []],
      ["In the 1950s, doctors recommended cigarettes for a sore throat.", []],
      ["Doctors in the 1970s prescribed bed rest for back pain.", []],
      ["In the 1960s, experts said margarine was better for the heart.", []],
      ["In the 1950s, doctors recommended cigarettes, and today experts agree our tea cures sore throats.", ["vague-attribution warning «doctors recommended»", "absolute-claim error «cures»"]],
      ["In the 1950s my gran swore by this tonic, and it cured my cough.", ["absolute-claim error «cured»"]],
      ["Since the 1950s, doctors have recommended this tonic.", ["vague-attribution warning «doctors have recommended»"]],
    ]);
  });

  describe("a saying tagged ', as the saying goes' or ', as they say' (the proverb's own 'the best medicine' names no treatment); the writer's product and a named remedy stay flagged", () => {
    cases([
      ["Sleep is the best medicine, as the old saying goes.", []],
      ["An apple a day keeps the doctor away, as the saying goes.", []],
      ["Laughter is the best medicine, as the saying goes.", []],
      ["Time is a great healer, as they say.", []],
      ["A change is as good as a rest, as the saying goes.", []],
      ["Our tonic is the best medicine, as the saying goes.", ["unsupported-claim warning «the best medicine»"]],
      ["Ginger cures nausea, as they say.", ["absolute-claim error «cures»"]],
      ["This tincture is the best medicine for coughs, as the saying goes.", ["unsupported-claim warning «is the best medicine for»"]],
    ]);
  });

  describe("a claim reported as what was sanctioned: a seller fined a sum for claiming it, an advert with its claim banned or withdrawn (R21N_AD_SANCTIONED, R21N_SANCTIONED_AD); the writer's claim beside a ban stays", () => {
    cases([
      ["The company was fined £40,000 for claiming its pills cured arthritis.", []],
      ["The advert claiming the tea cured cancer was banned.", []],
      ["The regulator banned an advert that claimed the tea cured cancer.", []],
      ["Posters that promised the cream cured eczema were withdrawn.", []],
      ["The firm was penalised for claiming its magnets cured arthritis.", []],
      ["The advert was banned, but the tea cured my cancer.", ["absolute-claim error «cured»"]],
      ["Our tea cures colds, even if an advert claiming so was banned.", ["absolute-claim error «cures»"]],
      ["The shop was fined £300 for selling out-of-date milk, but this tea cures colds.", ["absolute-claim error «cures»"]],
    ]);
  });

  describe("a device's mechanism (r21nDeviceMechanism: a strip, a wedge, a band as the subject of 'lift', 'raise', 'hold', 'pull'); a mood lifted, snoring ended, reflux stopped and heartburn cured stay claims", () => {
    cases([
      ["The strip lifts your nose and ends snoring.", ["unsupported-claim warning «lifts»"]],
      ["The wedge pillow raises your head and cures heartburn.", ["absolute-claim error «cures»"]],
      ["It has a springy strip inside that lifts the sides of your nose.", []],
      ["A foam wedge raises your head by a few inches.", []],
      ["The brace has a band that holds your kneecap in place.", []],
      ["The splint has a spring that pulls the finger straight.", []],
      ["A small clip that presses on the nostrils keeps them apart.", []],
      ["The strip lifts your mood.", ["unsupported-claim warning «lifts»"]],
      ["The wedge raises your head and stops reflux.", ["unsupported-claim warning «stops»"]],
    ]);
  });

  describe("the staff of a service described ('the staff are so calm', 'the nurses were always gentle'); children calm after drops, a spray and a tea that calm stay claims", () => {
    cases([
      ["After a week of our drops, the children are so calm.", ["unsupported-claim warning «the children are so calm»"]],
      ["Our spray calms the nerves of nervous patients.", ["unsupported-claim warning «calms»"]],
      ["The staff are so calm.", []],
      ["The nurses were always gentle with him.", []],
      ["The receptionists are really calm even on busy days.", []],
      ["The hygienist was so gentle that I nearly fell asleep.", []],
      ["The dentist is very calm with nervous children.", []],
      ["After the drops, she was so calm.", []],
      ["This tea calms my nerves.", ["unsupported-claim warning «calms»"]],
    ]);
  });
});
