// Groups 1 and 2 of the benchmark: engine throughput and latency per document size, and the
// floor (a bare remark parse of the same text). Lint and floor runs are interleaved so that
// machine noise affects both alike; each figure is the median of several runs in this process.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { forgetRemembered, lintText } from '../server/src/engine/lint';
import { resolveConfig } from '../server/src/engine/config';
import { countWords, generateDraft } from './corpus';
import { gc, median } from './stats';

export const ENGINE_SIZES = [500, 2000, 10000, 100000] as const;

export interface EngineRow {
  targetWords: number;
  words: number;
  chars: number;
  runs: number;
  lintMs: number;
  floorMs: number;
  wordsPerSecond: number;
  lintOverFloor: number;
  diagnostics: number;
  ruleErrors: string[];
}

export interface EngineResult {
  rows: EngineRow[];
  /** Median time at 100k words over median time at 10k words, and the word ratio. */
  growth10kTo100k: { timeRatio: number; wordRatio: number; normalised: number };
}

/** The floor of issue 8: exactly a bare unified + remark-parse + remark-gfm + remark-frontmatter parse. */
export function floorParse(text: string): unknown {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(text);
}

export function runsFor(words: number, quick: boolean): number {
  const base = words <= 500 ? 41 : words <= 2000 ? 21 : words <= 10000 ? 11 : 5;
  return quick ? Math.max(3, Math.ceil(base / 4) | 1) : base;
}

export function benchEngine(opts: { quick?: boolean; sizes?: readonly number[]; log?: (s: string) => void } = {}): EngineResult {
  const config = resolveConfig();
  const rows: EngineRow[] = [];
  for (const target of opts.sizes ?? ENGINE_SIZES) {
    const text = generateDraft({ words: target, seed: 1000 + target });
    const uri = `file:///bench/draft-${target}.md`;
    const ruleErrors = new Set<string>();
    // Every measured lint is a cold one: results remembered from the previous run of the same draft are forgotten.
    const lint = (): number => {
      forgetRemembered();
      return lintText(text, { uri, config, onRuleError: (id) => ruleErrors.add(id) }).diagnostics.length;
    };
    // Warm up the JIT on this size (two rounds each).
    let diagnostics = 0;
    for (let i = 0; i < 2; i++) {
      diagnostics = lint();
      floorParse(text);
    }
    const runs = runsFor(target, !!opts.quick);
    const lintTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate the order so neither side always runs right after a GC.
      const order = r % 2 ? ['floor', 'lint'] : ['lint', 'floor'];
      for (const which of order) {
        gc();
        const t0 = performance.now();
        if (which === 'lint') lint();
        else floorParse(text);
        const dt = performance.now() - t0;
        (which === 'lint' ? lintTimes : floorTimes).push(dt);
      }
    }
    const words = countWords(text);
    const lintMs = median(lintTimes);
    const floorMs = median(floorTimes);
    rows.push({
      targetWords: target,
      words,
      chars: text.length,
      runs,
      lintMs,
      floorMs,
      wordsPerSecond: words / (lintMs / 1000),
      lintOverFloor: lintMs / floorMs,
      diagnostics,
      ruleErrors: [...ruleErrors],
    });
    opts.log?.(`  engine ${target} words: lint ${lintMs.toFixed(1)} ms, floor ${floorMs.toFixed(1)} ms (${runs} runs)`);
  }
  const r10 = rows.find((r) => r.targetWords === 10000);
  const r100 = rows.find((r) => r.targetWords === 100000);
  const timeRatio = r10 && r100 ? r100.lintMs / r10.lintMs : NaN;
  const wordRatio = r10 && r100 ? r100.words / r10.words : NaN;
  return { rows, growth10kTo100k: { timeRatio, wordRatio, normalised: (timeRatio / wordRatio) * 10 } };
}
