// absolute-claim and vague-attribution on blog prose (issue #3, round 10, part B). Each describe block is one cause, stated
// as a fact about English or about blog writing, with positive sentences in several health areas and the nearest
// negatives where the rules must stay silent. None of these sentences is taken from the corpus or from a benchmark.

import { cases } from '../helpers/claim-cases';

describe('absolute-claim and vague-attribution on blog prose (round 10, part B)', () => {
  describe('an unnamed group of experts is a source whatever stands between it and its verb (a place, the writer\'s acquaintance, adverbs), with verbs of opinion and advice (reckon, vouch for, have long said) and adjectives of agreement (unanimous, agreed); a fact recognised by unnamed institutions', () => {
    cases([
      // An unnamed group with a place, the writer's acquaintance or adverbs before its verb.
      ['Most cardiologists I have spoken to reckon that oily fish keeps the heart steady.', ['vague-attribution warning «Most cardiologists I have spoken to reckon that»']],
      ['The dermatologists we work with reckon a cold compress calms eczema flares.', ['vague-attribution warning «dermatologists we work with reckon»']],
      ["Plenty of sleep doctors I've met swear that magnesium helps you drop off.", ["vague-attribution warning «Plenty of sleep doctors I've met swear that»"]],
      ['Many orthodontists now quietly recommend night splints to stop teeth grinding.', ['vague-attribution warning «orthodontists now quietly recommend»']],
      ['Lots of GPs privately recommend cranberry juice for cystitis.', ['vague-attribution warning «Lots of GPs privately recommend»']],
      ['Physiotherapists up and down the country swear that taping prevents ankle sprains.', ['vague-attribution warning «Physiotherapists up and down the country swear that»']],
      ['Paediatricians across the NHS insist that probiotics shorten tummy bugs.', ['vague-attribution warning «Paediatricians across the NHS insist that»']],
      ['Dietitians the world over agree that fibre keeps your bowels regular.', ['vague-attribution warning «Dietitians the world over agree»']],
      // Agreement as an adjective, standing as the source, long-held views, institutions that recognise a fact.
      ['Top coaches are unanimous that ice baths speed up muscle recovery.', ['vague-attribution warning «Top coaches are unanimous that»']],
      ['Leading fertility specialists are agreed that acupuncture boosts IVF success.', ['vague-attribution warning «Leading fertility specialists are agreed that»']],
      ['Elite sports physios swear by compression socks for sore calves.', ['vague-attribution warning «Elite sports physios swear by»']],
      ['Seasoned midwives reckon raspberry leaf tea shortens labour.', ['vague-attribution warning «Seasoned midwives reckon»']],
      ['School nurses have long said that a good breakfast sharpens concentration.', ['vague-attribution warning «School nurses have long said that»']],
      ["Dentists have always told parents that xylitol protects children's teeth.", ['vague-attribution warning «Dentists have always told parents that»']],
      ['Sleep experts have been saying for years that blackout blinds cure insomnia.', ['vague-attribution warning «experts have been saying for years that»', 'absolute-claim error «cure»']],
      ['It is now recognised by clinics across the country that acupuncture eases back pain.', ['vague-attribution warning «It is now recognised by clinics across the country that»']],
      ['It is widely accepted by doctors that walking lowers blood pressure.', ['vague-attribution warning «It is widely accepted by doctors that»']],
      ['Many dermatologists vouch for zinc cream on angry spots.', ['vague-attribution warning «Many dermatologists vouch for»']],
      ['Most podiatrists I know rave about these insoles for heel pain.', ['vague-attribution warning «podiatrists I know rave about»']],
      // The same groups doing other things, named sources, negations, questions, the writer's own advice.
      ['Most cardiologists I have spoken to were running late on Monday.', []],
      ['Our physios reckon the clinic will be busy after Christmas.', []],
      ['We recommend booking early for the flu jab.', []],
      ['Your GP may recommend a blood test first.', []],
      ['Many orthodontists now quietly close their waiting lists in August.', []],
      ['Physiotherapists up and down the country are striking on Tuesday.', []],
      ['Top coaches are unanimous in their praise for the new track.', []],
      ['Top coaches are paid more than most teachers.', []],
      ['The committee were unanimous that the clinic should reopen.', []],
      ['Nurses have long complained about the car parks.', []],
      ['It is recognised by NICE that acupuncture eases back pain.', ['unsupported-claim warning «eases»']],
      ['It is not recognised by doctors that acupuncture eases back pain.', []],
      ['Is it recognised by doctors that acupuncture eases back pain?', []],
      ['The award was accepted by nurses up and down the country.', []],
      ['Leading dermatologists will be speaking at our open evening.', []],
      ['Most dentists I know were sceptical about the new toothpaste.', []],
      ['Nobody I have spoken to reckons the new ward will open on time.', []],
      ['Experienced trainers are hard to find in this area.', []],
      ['Good physios ask about your sleep as well as your back.', []],
      ['Top surgeons trained at the hospital in the 1990s.', []],
    ]);
  });

  describe('unnamed evidence as the subject of a strength predicate (The evidence that X prevents Y is strong; The science behind X is rock-solid) and a participle after research or evidence (research showing that), with the parts of the body such findings are about (cervix, gums, spleen)', () => {
    cases([
      // Evidence, research, science or data as the subject of a strength predicate; a participle after research or evidence.
      ['The evidence that nosodes prevent infection, in people and animals alike, is strong.', ['vague-attribution warning «The evidence that»']],
      ['The evidence that zinc lozenges shorten colds is overwhelming.', ['vague-attribution warning «The evidence that»']],
      ['The science behind cold-water swimming for low mood is now rock-solid.', ['vague-attribution warning «The science behind»']],
      ['The evidence for acupuncture in chronic back pain is compelling.', ['vague-attribution warning «The evidence for»']],
      ['The research on probiotics and eczema in babies is really convincing.', ['vague-attribution warning «The research on»']],
      ['The clinical evidence supporting magnesium for night cramps has been clear for years.', ['vague-attribution warning «The clinical evidence supporting»']],
      ['The data on vitamin D and bone strength are impressive.', ['vague-attribution warning «The data on»']],
      ["There's research suggesting that raspberry leaf tea ripens the cervix.", ["vague-attribution warning «There's research suggesting»"]],
      ["There is evidence showing that fluoride varnish protects children's teeth.", ['vague-attribution warning «There is evidence showing»']],
      ['Plenty of research showing that walking eases knee pain has come out of Scandinavia.', ['vague-attribution warning «research showing that»']],
      ['Studies suggesting that blue light glasses help you sleep keep appearing.', ['vague-attribution warning «Studies suggesting»']],
      // Weak or negated predicates (the claim inside is doubted), questions, logistics, cited sentences, absent research, anatomy and natural history.
      ['The evidence that nosodes prevent infection is weak.', []],
      ['The evidence that vitamin D is good for bones is thin.', []],
      ['The evidence that fish oil helps dry eyes is not strong.', []],
      ["The evidence for acupuncture in back pain isn't convincing.", []],
      ['How strong is the evidence that zinc shortens colds?', []],
      ['Whether the evidence that zinc shortens colds is strong enough is still debated.', []],
      ['The evidence that our clinic opens on Sundays is on the noticeboard.', []],
      ['The data on waiting times are clear: more people are waiting longer.', []],
      ['The research for the new hospital wing is almost finished.', []],
      ['The evidence for zinc shortening colds is strong [3].', []],
      ['There is no research showing that raspberry leaf tea ripens the cervix.', []],
      ['The cervix softens naturally in the last weeks of pregnancy.', []],
      ['Your dentist will check your gums and teeth at every visit.', []],
    ]);
  });
});
