// Times the shipped classifier in a process of its own (spawned by bench/claims.ts): it loads only the minified bundle
// of server/src/engine/claims.ts and a JSON array of sentences, warms up, and prints the best of eight timed passes as
// sentences per CPU-second (user + system time of this process) and per wall-clock second. Nothing else lives in the
// process: the bench's own copy of the classifier (loaded from source to score the labels) cannot share its heap,
// its inline caches or its garbage collector with the code being timed.
// Usage: node bench/claims-speed.mjs BUNDLE.js SENTENCES.json
//        node bench/claims-speed.mjs --remark-reference SENTENCES.json
// The second form times the machine's reference instead, a bare remark parse (unified + remark-parse) of each sentence,
// so that figures from hosts of different speed can be compared as a ratio (the classifier's speed ÷ the parse's).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const [bundle, file] = process.argv.slice(2);
let work;
if (bundle === '--remark-reference') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse);
  work = (s) => parser.parse(s).children.length;
} else {
  const { classifySentence } = createRequire(import.meta.url)(bundle);
  work = (s) => classifySentence(s).cues.length;
}
const sentences = JSON.parse(fs.readFileSync(file, 'utf8'));
// Warm up: compile the lexicon and let V8 optimise the hot functions. Its optimising compiler works on other threads,
// whose CPU time this process's clock counts: with two warm-up passes the first timed passes still paid for it (CPU
// time a fifth above wall-clock time); after eight, CPU and wall-clock time agree.
for (let k = 0; k < 8; k++) for (const s of sentences) work(s);
const perPass = Math.max(1, Math.ceil(5000 / sentences.length));
let cpu = 0;
let wall = 0;
let sink = 0;
for (let pass = 0; pass < 8; pass++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < perPass; r++) for (const s of sentences) sink += work(s);
  const used = process.cpuUsage(c0);
  const n = perPass * sentences.length;
  cpu = Math.max(cpu, n / ((used.user + used.system) / 1e6));
  wall = Math.max(wall, n / (Number(process.hrtime.bigint() - t0) / 1e9));
}
process.stdout.write(`${JSON.stringify({ cpu, wall, sink })}\n`);
