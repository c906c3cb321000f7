// The claim rules on claims whose subject is given by the document's structure (issue #3, round 5): the treatment is
// elided and supplied by a heading, a lead-in or the quote around the sentence. Each construction is tested with new
// documents in several health areas (positive) and the nearest negatives where it must stay silent; none is taken from
// the blog corpus or from a benchmark.
// A. subjectless benefit fragments in list items and table cells ('Reduces joint inflammation', 'Less bloating') under
//    a lead-in that names a treatment or its benefits, not symptoms, side effects, risks, eligibility or logistics;
// B. 'Label: benefit list' lines ('**Benefits:** faster recovery, less soreness, better sleep.');
// C. first-person changes of health in testimonial quotes ('> "My eczema cleared in two weeks." — Sarah, 34').

import * as assert from 'node:assert/strict';
import { lintText, applyEdits, forgetRemembered } from '../../server/src/engine/lint';
import { analyzeClaims } from '../../server/src/engine/claims';
import { resolveConfig } from '../../server/src/engine/config';
import { parseDocument } from '../../server/src/engine/document';
import { CLAIM_RULE_IDS } from '../helpers/claim-cases';
import { cpuMs } from '../helpers/cpu';
import type { Diagnostic } from '../../server/src/engine/types';

const RANK: Record<string, number> = { hint: 0, info: 1, warning: 2, error: 3 };

function lintDoc(text: string, file = 'draft.md'): Diagnostic[] {
  return lintText(text, { uri: `file:///${file}`, only: CLAIM_RULE_IDS, onRuleError: (_id, e) => { throw e; } }).diagnostics;
}

/** `rule severity «trigger»` for each claim diagnostic of a draft. */
function describeDoc(text: string, file = 'draft.md'): string[] {
  return lintDoc(text, file).map((d) => `${d.ruleId} ${d.severity} «${text.slice(d.start, d.end)}»`);
}

/** One mocha test per row: the document gets exactly the listed diagnostics. */
function docs(table: [string, string[], string?][]): void {
  for (const [text, expected, file] of table) it(JSON.stringify(text.length > 90 ? `${text.slice(0, 90)}…` : text), () => assert.deepEqual(describeDoc(text, file), expected));
}

/** Lists, tables and block quotes of a document as [kind, number of children] (items, rows), to check a fix keeps them. */
function shape(text: string, file: string): string[] {
  const doc = parseDocument(text, { uri: `file:///${file}` });
  if (doc.kind === 'plaintext') return doc.blocks.filter((b) => b.containers.includes('listItem')).map(() => 'item');
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }): void => {
    if (n.type === 'list' || n.type === 'table' || n.type === 'blockquote') out.push(`${n.type}:${n.children?.length ?? 0}`);
    // A row's cells beyond the header's are not rendered (GFM), so a trailing comment after the last '|' keeps the table.
    if (n.type === 'table') {
      const rows = n.children as { children: unknown[] }[];
      for (const row of rows) out.push(`row:${Math.min(row.children.length, rows[0].children.length)}`);
    }
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(doc.tree as unknown as { type: string; children: unknown[] });
  return out;
}

describe('claim rules on claims given by the document structure (round 5)', () => {
  describe('A. list items: a subjectless benefit verb under a lead-in that names benefits or a treatment', () => {
    docs([
      // skin, sleep, pain, mood, hormones, children, allergy; a heading, an introducing paragraph, 'X can:'.
      ['## Benefits of our vitamin C serum\n\n- Brightens dull skin\n- Calms itchy skin after shaving\n', ['unsupported-claim warning «Brightens»', 'unsupported-claim warning «Calms»']],
      ['Our magnesium spray can:\n\n- help you fall asleep faster\n- ease restless legs\n', ['unsupported-claim warning «help»', 'unsupported-claim warning «ease»']],
      ['## Why choose acupuncture for back pain?\n\n- Relieves chronic back pain\n- Soothes sore muscles after a long day\n', ['unsupported-claim warning «Relieves»', 'unsupported-claim warning «Soothes»']],
      ['## How our light box helps\n\n- Lifts your mood on grey mornings\n- Sharpens focus at work\n', ['unsupported-claim warning «Lifts»', 'unsupported-claim warning «Sharpens»']],
      ['## Our evening primrose capsules\n\n- Balances your hormones naturally\n- Is gentle on the stomach\n', ['unsupported-claim warning «Balances»']],
      ['## Why parents love our vitamin D drops\n\n- Supports strong bones\n- Helps little ones sleep through the night\n', ['unsupported-claim warning «Supports»', 'unsupported-claim warning «Helps»']],
      ['## What our nasal spray does\n\n- Relieves hay fever symptoms within minutes\n- Comes in a handy travel size\n', ['unsupported-claim warning «Relieves»']],
      ['## Why try our colic drops?\n\n- Settles colic in newborns\n', ['unsupported-claim warning «Settles»']],
      // teeth: the classifier's outcomes decide (gum disease and pain are outcomes; see the report for dental words it lacks).
      ['## Why choose our dental gel?\n\n- Reduces gum disease\n- Eases teething pain in toddlers\n', ['unsupported-claim warning «Reduces»', 'unsupported-claim warning «Eases»']],
      // A neutral subheading takes the benefits of the heading above it.
      ['## Benefits of our blend\n\n### For your joints\n\n- Reduces stiffness\n', ['unsupported-claim warning «Reduces»']],
      // A hedge in the item or in the lead-in keeps it info.
      ['## What our sleep tea does\n\n- May help you fall asleep sooner\n', ['unsupported-claim info «May help»']],
      ['Regular massage may:\n\n- ease tension headaches\n', ['unsupported-claim info «ease»']],
      // Absolute language in an item is an absolute claim.
      ['## Why choose our probiotic?\n\n- Cures bloating for good\n', ['absolute-claim error «Cures»']],
      // Plain text lists.
      ['Benefits of our turmeric blend:\n- Reduces joint inflammation\n- Eases morning stiffness\n', ['unsupported-claim warning «Reduces»', 'unsupported-claim warning «Eases»'], 'draft.txt'],
      ['Why choose our sports massage?\n\n* Speeds up recovery after a race\n', ['unsupported-claim warning «Speeds up»'], 'draft.txt'],
      ['WHY CHOOSE OUR TURMERIC BLEND\n\n- Reduces joint inflammation\n\nSIDE EFFECTS\n\n- Lowers blood pressure\n', ['unsupported-claim warning «Reduces»'], 'draft.txt'],
    ]);
  });

  describe('A. list items: benefit noun phrases ("Less bloating", "Faster recovery", "Pain relief")', () => {
    docs([
      ['## What you\'ll notice\n\n- Less bloating\n- Fewer trips to the shops\n- Calmer digestion\n', ['unsupported-claim warning «Less bloating»', 'unsupported-claim warning «Calmer digestion»']],
      ['## Benefits of our menopause programme\n\n- Fewer hot flushes\n- Better sleep\n', ['unsupported-claim warning «Fewer hot flushes»', 'unsupported-claim warning «Better sleep»']],
      ['## Results you can expect\n\n- Clearer skin within four weeks\n', ['unsupported-claim warning «Clearer skin within four weeks»']],
      ['## Why athletes use our recovery boots\n\n- Faster recovery between sessions\n- Less muscle soreness\n', ['unsupported-claim warning «Faster recovery between sessions»', 'unsupported-claim warning «Less muscle soreness»']],
      ['## Benefits of our fertility coaching\n\n- Improved fertility\n- Stress relief\n', ['unsupported-claim warning «Improved fertility»', 'unsupported-claim warning «Stress relief»']],
    ]);
  });

  describe('A. table cells: the column header, the row label or the table\'s lead-in names benefits or a treatment', () => {
    docs([
      ['| Plan | What it does |\n|---|---|\n| Reset | Curbs sugar cravings |\n| Tone | Speeds up fat loss |\n', ['unsupported-claim warning «Curbs»', 'unsupported-claim warning «Speeds up»']],
      ['| | Fertility blend |\n|---|---|\n| Benefits | Boosts fertility in women over 35 |\n', ['unsupported-claim warning «Boosts»']],
      ['| Drip | What it does |\n|------|--------------|\n| Glow | Brightens dull skin |\n| Calm | Takes 45 minutes |\n', ['unsupported-claim warning «Brightens»']],
      ['| Eye drop | Benefits |\n|---|---|\n| Hydra | Relieves dry eyes all day |\n', ['unsupported-claim warning «Relieves»']],
      ['| Oil | Common uses |\n|---|---|\n| Lavender | Eases tension headaches |\n| Tea tree | Sold in 10 ml bottles |\n', ['unsupported-claim warning «Eases»']],
      ['## Why choose our allergy range\n\n| Product | Description |\n|---|---|\n| Nasal spray | Fewer sneezing fits |\n', ['unsupported-claim warning «Fewer sneezing fits»']],
    ]);
  });

  describe('A. nearest negatives: symptoms, side effects, risks, what to expect, logistics, ingredients, eligibility, questions', () => {
    docs([
      ['## Symptoms of eczema\n\n- Flares in cold weather\n- Disturbs sleep\n- Less sleep than usual\n', []],
      ['## Side effects\n\n- Causes drowsiness\n- Lower blood pressure\n- Reduces appetite\n', []],
      ['Possible risks:\n\n- Bruising where the needle goes in\n- Lowers blood sugar too far in people on insulin\n', []],
      ['## What happens at your appointment\n\n- We check your blood pressure\n- Relaxes the muscles before the procedure\n', []],
      ['## Before your first session\n\n- Relaxes you\n- Eases nerves\n', []],
      ['## What to expect after your peel\n\n- Less redness by day three\n- Smoother skin after a week\n', []],
      ['## Who should not have an iron infusion\n\n- Reduced kidney function\n- Lowers blood pressure\n', []],
      ['## Causes of tiredness\n\n- Lowers your iron stores\n', []],
      ['## Benefits of massage\n\n- Does it reduce stress?\n- Helps with sleep?\n', []],
      ['## What you can do at home\n\n- More sleep\n- Less screen time\n', []],
      ['## Why choose our clinic?\n\n- Free parking\n- Open on Saturdays\n- Friendly staff\n', []],
      ['## Benefits of booking online\n\n- Lower prices\n- Faster booking\n', []],
      // A treatment named in a subheading of side effects.
      ['## Side effects\n\n### Turmeric\n\n- Lowers blood pressure\n- Upsets the stomach\n', []],
      // A lead-in with a colon that names something else decides, whatever the heading says.
      ['## Physiotherapy for back pain\n\nThe pain:\n\n- Eases when you lie down\n- Less sharp in the morning\n', []],
      ['## Our sleep drops\n\nCall your GP if your child:\n\n- Sleeps more than usual and is hard to wake\n', []],
      // No lead-in at all: the structure does not say what the fragment is about.
      ['- Reduces joint inflammation\n', []],
      ['| Treatment | Aftercare |\n|---|---|\n| Chemical peel | Soothes redness with a cool compress |\n', []],
      ['| Ingredient | Amount |\n|---|---|\n| Zinc | 10 mg |\n| Vitamin C | 80 mg |\n', []],
      ['| Drip | Price | Side effects |\n|---|---|---|\n| Glow | £150 | Lowers blood pressure for an hour |\n', []],
      ['Side effects:\n- Causes drowsiness\n- Reduces appetite\n', [], 'draft.txt'],
    ]);
  });

  describe('B. "Label: benefit list" lines', () => {
    docs([
      ['**Benefits:** faster recovery, less soreness, better sleep.\n', ['unsupported-claim warning «faster recovery, less soreness, better sleep»']],
      ["What you'll notice: deeper sleep and calmer skin.\n", ['unsupported-claim warning «deeper sleep and calmer skin»']],
      ['**Results:** faster recovery between sessions and less muscle soreness.\n', ['unsupported-claim warning «faster recovery between sessions and less muscle soreness»']],
      ['Key benefits: fewer night sweats, steadier moods.\n', ['unsupported-claim warning «fewer night sweats, steadier moods»']],
      ['What our serum does: brightens dull skin and fades dark spots.\n', ['unsupported-claim warning «brightens»']],
      ['You may notice: less bloating and more energy.\n', ['unsupported-claim info «less bloating and more energy»']],
      // Labels of symptoms, side effects or logistics, or outcomes that are not health benefits.
      ['Symptoms: less appetite, more tiredness, poor sleep.\n', []],
      ['Side effects: lower blood pressure and less appetite.\n', []],
      ['**Benefits:** free parking, lower prices and faster booking.\n', []],
      ['Opening hours: longer evenings from May.\n', []],
    ]);
  });

  describe('C. testimonial quotes: a first-person change of health', () => {
    docs([
      ['> "My eczema cleared in two weeks." — Sarah, 34\n', ['unsupported-claim warning «My eczema cleared»']],
      ['## Real results\n\n> I have lost two stone and I can play football with my son again.\n', ['unsupported-claim warning «I have lost two stone»']],
      ['"We got pregnant after six months on the plan." - Amira K.\n', ['unsupported-claim warning «We got pregnant»']],
      ['## What clients say\n\n> My energy came back within a month.\n', ['unsupported-claim warning «My energy came back»']],
      ['> My periods are regular again.\n>\n> — Jo, 29\n', ['unsupported-claim warning «My periods are regular again»']],
      ['> My back pain has gone.\n\n— David, 61\n', ['unsupported-claim warning «My back pain has gone»']],
      ['## In their words\n\n> I can play tennis with my grandson again.\n', ['unsupported-claim warning «I can play»']],
      // Before and after: the part labelled 'After:' of a testimonial with a 'Before:' part states the result.
      ['## Real results\n\n> Before: constant heartburn and a drawer full of antacids. After: calm evenings and happy dinners.\n', ['unsupported-claim warning «calm evenings and happy dinners»']],
      ['## Real results\n\n> After: we went for a walk along the beach.\n', []],
      ['## Booking\n\n> Before: call the clinic. After: rest for an hour.\n', []],
      // How the writer was before (a health state), then a first-person sentence opened by the time since: the result.
      ['## What clients say\n\n> For years I dreaded the school run because of my back. These days I walk the kids to school and back.\n', ['unsupported-claim warning «These days I walk the kids to school and back»']],
      ['> I used to wake up five times a night with hot flushes. Now I get a solid seven hours.\n>\n> — Ben, 45\n', ['unsupported-claim warning «Now I get a solid seven hours»']],
      ['## What clients say\n\n> I used to dread the dentist. Now I book my check-ups online.\n', []],
      ['## What clients say\n\n> I used to have panic attacks on the bus. Now I have to take a taxi everywhere.\n', []],
      ['## What clients say\n\n> I used to get migraines every week. Last month the clinic moved to a new building.\n', []],
      ['## My story\n\n> I used to get migraines every week. Now I work from home.\n', []],
      // Plain text: a heading line, e-mail style quotes with an attribution line.
      ['WHAT OUR CLIENTS SAY\n\n> My energy came back within a month.\n\n> My hay fever symptoms have eased.\n> - Tom, 12\n', ['unsupported-claim warning «My energy came back»', 'unsupported-claim warning «My hay fever symptoms have eased»'], 'draft.txt'],
      ['OUR CLINIC\n\n> My skin cleared for a while in 2019, then the rash came back.\n', [], 'draft.txt'],
      // Symptoms, the disease, service, a question, a quote that is not a testimonial, a negated or habitual change.
      ['## What our clients say\n\n> The staff were lovely and the clinic was spotless.\n', []],
      ['## What our clients say\n\n> My eczema flared every winter and kept me up at night.\n', []],
      ['A reader asks:\n\n> My skin cleared for a while last year. Could diet be the reason?\n', []],
      ['## How it started\n\n> My skin cleared in the summer of 1998.\n', []],
      ['## Testimonials\n\n> My skin has not cleared yet, but the nurse was kind.\n', []],
      ['## Testimonials\n\n> As a child my eczema usually cleared in the summer.\n', []],
      ['## Testimonials\n\n> Has my acne gone for good?\n', []],
    ]);
  });

  describe('quick fixes stay inside the item, keep the list or table, and re-lint without the diagnostic or with a lower one', () => {
    const drafts: [string, string][] = [
      ['## Why choose our turmeric blend?\n\n- Reduces joint inflammation\n- Supports healthy digestion\n\nMore text.\n', 'draft.md'],
      ['| Drip | What it does |\n|------|--------------|\n| Glow | Brightens dull skin |\n| Calm | Eases tension headaches |\n', 'draft.md'],
      ['## Benefits\n\n- Less bloating\n- Faster recovery\n', 'draft.md'],
      ['**Benefits:** faster recovery, less soreness, better sleep.\n', 'draft.md'],
      ['> "My eczema cleared in two weeks." — Sarah, 34\n', 'draft.md'],
      ['Benefits of our turmeric blend:\n- Reduces joint inflammation\n- Eases morning stiffness\n', 'draft.txt'],
    ];
    for (const [text, file] of drafts) {
      it(`${JSON.stringify(text.slice(0, 60))}…`, () => {
        const before = lintDoc(text, file);
        assert.ok(before.length > 0);
        for (const d of before) {
          for (const fix of d.fixes ?? []) {
            if (fix.fileEdits) continue;
            // The edits at the diagnostic stay inside its sentence's line (a placeholder definition goes at the end).
            const line = (o: number): number => text.slice(0, o).split('\n').length;
            for (const e of fix.edits) assert.ok(line(e.start) === line(d.start) || e.start >= text.trimEnd().length, `${fix.title} edits another line`);
            const after = applyEdits(text, fix.edits);
            assert.deepEqual(shape(after, file), shape(text, file), `${fix.title} changed the structure`);
            // Every edit is at or after the trigger's start, so a diagnostic left on the same claim starts where it did.
            const again = lintDoc(after, file).filter((x) => x.ruleId === d.ruleId && x.start === d.start);
            if (fix.title.startsWith('Disable')) assert.equal(again.length, 0, fix.title);
            else assert.ok(again.every((x) => RANK[x.severity] < RANK[d.severity]), `${fix.title}: ${again.map((x) => x.severity).join(',')}`);
          }
        }
      });
    }
  });
});

describe('claims given by the document structure: analysis time grows linearly with lists, tables and quotes', () => {
  // CPU time of parsing and analyzeClaims (not the fixes of every diagnostic) at 4n over time at n: about 4 when linear,
  // 16 when quadratic. Each shape is one long structure, the worst case for the walks back to a list's lead-in and a
  // quote's first block. Remembered classifications are forgotten before each run.
  const shapes: [string, (n: number) => string][] = [
    ['one long list of benefit items', (n) => `## Benefits of our blend\n\n${Array.from({ length: n }, (_, i) => `- Reduces joint pain in week ${i}\n`).join('')}`],
    ['nested lists', (n) => `## Benefits of our blend\n\n${Array.from({ length: n }, (_, i) => `- Eases stiffness ${i}\n  - Less bloating ${i}\n`).join('')}`],
    ['one long table', (n) => `| Drip | What it does |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| D${i} | Brightens dull skin ${i} |\n`).join('')}`],
    ['one long quote', (n) => `## Testimonials\n\n${Array.from({ length: n }, (_, i) => `> My skin cleared in week ${i}.\n>\n`).join('')}`],
  ];
  for (const [name, make] of shapes) {
    it(name, function () {
      this.timeout(120_000);
      const config = resolveConfig();
      const analyse = (text: string): number => {
        forgetRemembered();
        return analyzeClaims(parseDocument(text, { uri: 'file:///draft.md' }), config).length;
      };
      const time = (n: number): number => {
        const text = make(n);
        assert.ok(analyse(text) >= n);
        let best = Infinity;
        for (let r = 0; r < 3; r++) best = Math.min(best, cpuMs(() => analyse(text)));
        return best;
      };
      const small = time(200);
      const large = time(800);
      if (process.env.SHOW_GROWTH) console.log(`      ${name}: ${small.toFixed(0)} -> ${large.toFixed(0)} ms`);
      assert.ok(large / small < 9, `time ratio ${(large / small).toFixed(1)} at 4x the size (${small.toFixed(0)} ms -> ${large.toFixed(0)} ms)`);
    });
  }
});
