// Claim rules on blog prose (issue #3, round 17, part A): absolutes and appeals built from classes. Round 16's blind drafts
// missed permanence as a negated return ('the pain doesn't come back', 'they have never come back'), totality of a
// comparison ('always beats an injection'), cure in a relative or predicative clause ('gout becomes a disease we can cure')
// and reputation as a source ('is widely recognised as an effective treatment'). Each describe block is one form of the
// round's grid (.scratch/grid-a.txt in the worktree): positive sentences in several health areas and the nearest
// near-claims where the rules must stay silent. Rows the round left unsolved are kept as they behave now, marked
// "(left)", so a later change shows up. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('claim rules on blog prose (round 17, part A: absolutes and appeals)', () => {
  describe("permanence as a negated return (claims-absolute.json round17A r17ARecurrence, and the first list's 'never came back' read with the same conditions): a complaint or a pronoun for one that doesn't or has never come back after a treatment or a fronted 'once' clause of a state reached; a person who never came back, a condition, a question, recurrence and the natural course stay silent", () => {
    cases([
      ["After a course of our laser sessions, the acne never comes back.", ["absolute-claim error «never comes back»"]],
      ["Once your blood sugar is stable, the night sweats don't come back.", []], // (left) grid expects abs
      ["Since I started the magnesium, my migraines have never come back.", ["absolute-claim error «never come back»"]],
      ["After the tongue-tie release, the feeding pain never came back.", []], // (left) grid expects abs
      ["Once the wheeze has settled on the new inhaler, it doesn't come back.", ["absolute-claim error «doesn't come back»"]],
      ["With our bite guard, the jaw ache does not come back.", []], // (left) grid expects abs
      ["Two sessions of light therapy and the low mood hasn't come back since.", []], // (left) grid expects abs; 'hasn't come back since' is round 11 (A)'s report of no recurrence so far, not a promise
      ["If the rash doesn't come back within a week, you can stop the cream.", []],
      ["My son never came back to the clinic after the first visit.", []],
      ["The nurse went out to find the forms and never came back.", []],
      ["Does the pain come back once you stop the tablets?", []],
      ["Warts often come back after freezing.", []],
      ["If the asthma symptoms come back, book a review with your nurse.", []],
      ["Her eczema never came back after she moved house.", ["absolute-claim error «never came back»"]], // (left) grid expects -
      ["Some patients never come back for their second dose.", []],
    ]);
  });

  describe("permanence with 'for life' and 'for good': keeping a body part or a function for life (claims.ts round17AKeptForLife, read for the first list's 'for life' when the sentence makes no other claim), after a treatment or a fronted 'with' phrase; a lifelong condition, a lifelong medicine, physiology, records, a home, a proportion of people and a negation stay silent", () => {
    cases([
      ["Brush twice a day with our paste and you will keep your teeth for life.", []], // (left) grid expects abs
      ["Our eye drops keep your eyesight sharp for life.", ["absolute-claim error «for life»"]],
      ["This programme will free you from back pain for good.", ["absolute-claim error «for good»"]],
      ["Six sessions of hypnotherapy got rid of my panic attacks for good.", ["absolute-claim error «got rid of»"]],
      ["The new hip will keep you walking for life.", []], // (left) grid expects abs
      ["Take our joint formula daily and you'll keep your knees for life.", ["absolute-claim error «for life»"]],
      ["Type 1 diabetes is a condition you have for life.", []],
      ["Some people need to take thyroid tablets for life.", []],
      ["Once you have had chickenpox, the virus stays in your body for life.", []],
      ["We keep your dental records for life.", []],
      ["She left the clinic for good and moved to Spain.", []],
      ["Friends for life: meet our new nursing team.", []],
      ["Look after your gums and you have a better chance of keeping your teeth into old age.", []],
      ["With daily eye drops, you will keep your eyesight for life.", ["absolute-claim error «for life»"]],
      ["Our memory programme protects your mind for good.", ["absolute-claim error «for good»"]],
      ["With a mortgage like ours, you will keep your home for life.", []],
      ["Most people who brush well keep their teeth for life.", []],
      ["Without treatment, you won't keep your teeth for life.", []],
    ]);
  });

  describe("totality over complaints or people: every case of a complaint going with a treatment (claims.ts round17AEveryGoes: 'Every headache melts away with …'), and healing on every level (round17A r17AEveryLevel); advice, classification, a negated universal, the natural course, a film, a care team and a building stay silent", () => {
    cases([
      ["Every migraine eases within minutes of our nasal spray.", ["unsupported-claim warning «Every migraine eases»"]], // (left) grid expects abs
      ["With this cream, every cold sore heals in a day.", ["absolute-claim error «every cold sore heals»"]],
      ["Every flare of arthritis settles with two capsules a day.", ["absolute-claim error «Every flare of arthritis settles»"]],
      ["The breathing course improves asthma control in everyone who takes it.", ["absolute-claim error «everyone»"]],
      ["Acupuncture boosts fertility in every woman who tries it.", ["absolute-claim error «every woman»"]],
      ["Our sleep retreat restores you on every level: body, mind and spirit.", ["absolute-claim error «every level»"]],
      ["Massage heals on every level, from the muscles to the mind.", ["absolute-claim error «every level»"]],
      ["Every bout of heartburn fades away with one chewable tablet.", ["absolute-claim error «Every bout of heartburn fades away»"]],
      ["Every headache deserves a proper assessment.", []],
      ["Every pregnancy is different.", []],
      ["Not every migraine responds to triptans.", []],
      ["Every child with asthma should have a written action plan.", []],
      ["The clinic has lifts on every level of the building.", []],
      ["Ask everyone who tries it to fill in the questionnaire.", []],
      ["Every cold clears up on its own within ten days.", []],
      ["Nausea is common in everyone who takes it on an empty stomach.", []],
      ["Every headache that wakes you at night needs a GP visit.", []],
      ["Each hot flush fades away with a spoonful of our sage tincture.", []], // (left) grid expects abs
      ["Every nappy rash clears up with a thin layer of our zinc balm.", ["absolute-claim error «Every nappy rash clears up»"]],
      ["Acupuncture restores fertility on every level.", ["absolute-claim error «every level»"]],
      ["Every bruise fades away in a week or two.", []],
      ["Every bruise clears up without treatment.", []],
      ["Not every headache melts away with peppermint.", []],
      ["The film works on every level.", []],
      ["Our team supports you on every level.", []],
      ["The new wing has lifts on every level.", []],
    ]);
  });

  describe("'always' before a verb of winning a comparison, with a treatment as the rival (round17A r17ABeats: 'always beats an injection', 'always outperforms a steroid cream'); a heart beating, targets, sport, logistics, a question and a negation stay silent", () => {
    cases([
      ["Physiotherapy always beats surgery for a frozen shoulder.", ["absolute-claim error «always beats»"]],
      ["For eczema, a good emollient always outperforms a steroid cream.", ["absolute-claim error «always outperforms»"]],
      ["A low-carb diet always trumps metformin for type 2 diabetes.", ["absolute-claim error «always trumps»"]],
      ["Talking therapy always works better than pills for anxiety.", ["absolute-claim error «always works»"]],
      ["For dry eyes, warm compresses always beat drops.", ["absolute-claim error «always beat»"]],
      ["Prevention is always better than cure, so book your check-up.", []],
      ["My heart always beats faster before an exam.", []],
      ["Our team always beats the waiting-list targets.", []],
      ["Does physiotherapy always beat surgery?", []],
      ["Physiotherapy doesn't always beat surgery.", []],
      ["The home team always beats us at netball.", []],
      ["Booking online always beats waiting on the phone.", []],
    ]);
  });

  describe('disappearance with a totality adverb (unchanged: already read after a complaint); things, the natural course, a side effect, a question and a negation stay silent', () => {
    cases([
      ["Since starting the probiotic, her bloating has completely disappeared.", ["absolute-claim error «completely disappeared»"]],
      ["After two weeks on the drops, my dry eye has completely vanished.", ["absolute-claim error «completely vanished»"]],
      ["My son's eczema has totally disappeared since we switched to the oat cream.", ["absolute-claim error «totally disappeared»"]],
      ["The tinnitus has completely gone since my third session.", ["absolute-claim error «completely gone»"]],
      ["Her night terrors disappeared completely after the first week of the programme.", ["absolute-claim error «completely»"]],
      ["The bus stop outside the clinic has completely disappeared.", []],
      ["The rash usually disappears completely within a few days without treatment.", []],
      ["My appetite has completely disappeared since the chemo started.", []],
      ["Has the pain completely disappeared?", []],
      ["The lump hasn't completely disappeared, so go back to your GP.", []],
      ["The old waiting room has completely disappeared in the refurbishment.", []],
    ]);
  });

  describe("cure in a relative or predicative clause (round17A r17ACuredKind: 'a disease we can cure', 'is now curable', 'becomes a curable condition', also as the consequence of a conditional imperative); treating, a question, a negation, a hoped-for cure and curing ham stay silent", () => {
    cases([
      ["With early treatment, hepatitis C becomes an illness we can cure.", ["absolute-claim error «illness we can cure»"]],
      ["Thanks to our programme, type 2 diabetes is a condition you can cure.", ["absolute-claim error «condition you can cure»"]],
      ["Gum disease is something we can cure in a few visits.", ["absolute-claim error «something we can cure»"]],
      ["With this protocol, psoriasis is now curable.", ["absolute-claim error «is now curable»"]],
      ["Endometriosis becomes a curable condition with the right diet.", ["absolute-claim error «curable condition»"]],
      ["Caught early, glaucoma is a disease our drops can cure.", ["absolute-claim error «disease our drops can cure»"]],
      ["Hepatitis C is a disease we can now treat with tablets.", []],
      ["Is gout a disease we can cure?", []],
      ["Type 1 diabetes is not a disease we can cure yet.", []],
      ["Researchers hope to find a cure for the disease one day.", []],
      ["The ham is a meat we cure ourselves in the cellar.", []],
      ["Dementia is not yet a condition doctors can cure.", []],
      ["Cystic fibrosis is a disease we cannot cure, but we can manage it well.", []],
    ]);
  });

  describe("vague attribution by reputation (claims-attributions.json round17A: 'is widely recognised as', 'has long been considered', 'is generally accepted as'), counted only before an effect on a health outcome (claims.ts round17AReputedEffect); an expert's standing, classification, a citation, a question and a negation stay silent", () => {
    cases([
      ["Cognitive therapy is widely recognised as the best treatment for insomnia.", ["vague-attribution warning «widely recognised as»"]],
      ["Evening primrose oil has long been considered an effective remedy for eczema.", ["vague-attribution warning «has long been considered»"]],
      ["Metformin is generally accepted as the most effective first treatment for type 2 diabetes.", ["vague-attribution warning «generally accepted as»"]],
      ["Folic acid is widely known to prevent spina bifida.", []], // (left) grid expects vague
      ["Fluoride is universally acknowledged as the best protection against tooth decay.", ["vague-attribution warning «universally acknowledged as»"]],
      ["Zinc is widely regarded as an effective treatment for colds.", ["vague-attribution warning «widely regarded as»"]],
      ["Massage is widely accepted as a good way to ease back pain.", ["vague-attribution warning «widely accepted as»"]],
      ["Dr Patel is widely regarded as a leading expert in fertility.", []],
      ["Melatonin is widely recognised as a hormone made by the pineal gland.", []],
      ["Asthma is widely recognised as a common condition in children.", []],
      ["Acupuncture is widely regarded as an effective treatment for tennis elbow [2].", []],
      ["Is acupuncture widely recognised as effective?", []],
      ["Homeopathy is not widely accepted as an effective treatment.", []],
      ["Our clinic has long been considered the friendliest in town.", []],
      ["Smoking is widely recognised as a cause of lung cancer.", ["vague-attribution warning «widely recognised as»"]], // a harm credited to people at large: vague, as "It is widely accepted that smoking causes lung cancer" already is
    ]);
  });
});
