// `clinical-lint classify`: one sentence per line in, one JSON object per line out:
// { "text", "strength", "claim", "cues" } from classifySentence (the engine's claim classifier).
// Every input line gets exactly one output line, so results can be pasted next to the input.

import * as readline from 'node:readline';
import { classifySentence } from '../engine/claims';

export async function runClassify(io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  let lineNo = 0;
  let failures = 0;
  for await (const raw of rl) {
    lineNo++;
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    let out: Record<string, unknown>;
    try {
      const c = classifySentence(text);
      out = { text, strength: c.strength, claim: c.claim, cues: c.cues };
    } catch (e) {
      if (!failures) io.stderr.write(`clinical-lint: classify failed on line ${lineNo}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
      failures++;
      out = { text, strength: 'none', claim: false, cues: [], error: String((e as Error)?.message ?? e) };
    }
    if (!io.stdout.write(JSON.stringify(out) + '\n')) await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  }
  return failures ? 2 : 0;
}
