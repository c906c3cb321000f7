// Writes the benchmark corpora to bench/corpus/ (git-ignored). A manifest records the generator
// version and seed so an existing corpus is reused only when it is exactly what would be generated.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCorpus, generateDraft } from './corpus';

export const BENCH_DIR = __dirname;
export const ROOT = path.resolve(BENCH_DIR, '..');
export const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
/** Bump when corpus.ts changes what it writes. */
const GENERATOR_VERSION = 3;

export interface WrittenCorpus {
  dir: string;
  files: string[];
  words: number;
  bytes: number;
}

function manifestOk(dir: string, key: string): WrittenCorpus | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, '.manifest.json'), 'utf8')) as WrittenCorpus & { key: string };
    if (m.key === key && m.files.every((f) => fs.existsSync(path.join(dir, f)))) return { dir, files: m.files, words: m.words, bytes: m.bytes };
  } catch {
    /* regenerate */
  }
  return null;
}

/**
 * `count` Markdown drafts under `dir`, spread over `folders` sub-folders (1 = flat).
 * Files are listed relative to `dir`.
 */
export function writeCorpus(name: string, count: number, seed: number, folders = 1): WrittenCorpus {
  const dir = path.join(CORPUS_DIR, name);
  const key = `v${GENERATOR_VERSION}:${count}:${seed}:${folders}`;
  const cached = manifestOk(dir, key);
  if (cached) return cached;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let words = 0;
  let bytes = 0;
  generateCorpus(count, seed).forEach((f, i) => {
    const rel = folders > 1 ? path.join(`section-${String(i % folders).padStart(2, '0')}`, f.name) : f.name;
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), f.text);
    files.push(rel);
    words += f.words;
    bytes += Buffer.byteLength(f.text);
  });
  const out = { dir, files, words, bytes };
  fs.writeFileSync(path.join(dir, '.manifest.json'), JSON.stringify({ key, files, words, bytes }));
  return out;
}

/** One short draft for start-up timing. */
export function writeSmallFile(): string {
  const file = path.join(CORPUS_DIR, 'small', 'small.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, generateDraft({ words: 150, seed: 7 }));
  return file;
}

export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** The bundled CLI/server exist and are not the build placeholders. */
export function builtEntry(file: string): { ok: boolean; reason?: string } {
  if (!fs.existsSync(file)) return { ok: false, reason: `${path.relative(ROOT, file)} is missing (run npm run build)` };
  const head = fs.readFileSync(file, 'utf8').slice(0, 4000);
  if (/not built yet/.test(head) && head.length < 1500) return { ok: false, reason: `${path.relative(ROOT, file)} is still the placeholder` };
  return { ok: true };
}
