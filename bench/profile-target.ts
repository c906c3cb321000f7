// The process profiled by bench/profile.ts: lints one generated draft a few times after a warm-up,
// so the profile shows the steady-state engine rather than module loading and JIT warm-up.

import { lintText } from '../server/src/engine/lint';
import { resolveConfig } from '../server/src/engine/config';
import { generateDraft } from './corpus';

const words = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const text = generateDraft({ words, seed: 1000 + words });
const config = resolveConfig();
const uri = `file:///bench/draft-${words}.md`;
lintText(text, { uri, config }); // warm-up
for (let i = 0; i < runs; i++) lintText(text, { uri, config });
