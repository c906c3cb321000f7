// Compiles the extension-host suite (test/vscode/suite/*.ts) into OUT_DIR as CommonJS, one file per test file,
// with `vscode` and `mocha` left to the extension host's require. Usage: node test/vscode/build-suite.mjs OUT_DIR
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'test-output', 'vscode-suite'));
const suiteDir = path.join(here, 'suite');
const entryPoints = readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.vscode.ts')).map((f) => path.join(suiteDir, f));
await esbuild.build({
  entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
  external: ['vscode', 'mocha'], logLevel: 'warning',
});
console.log(`extension-host suite: ${entryPoints.length} files -> ${path.relative(process.cwd(), outdir) || '.'}`);
