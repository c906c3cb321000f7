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
const repoModules = path.join(here, '..', '..', 'node_modules');
await esbuild.build({
  entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
  external: ['vscode', 'mocha'], logLevel: 'warning',
  // OUT_DIR may be outside the repository (e.g. CLINICAL_LINT_E2E_DIR=/tmp/…): let `require('mocha')` find the repo's copy.
  banner: { js: `module.paths.push(${JSON.stringify(repoModules)});` },
});
console.log(`extension-host suite: ${entryPoints.length} files -> ${path.relative(process.cwd(), outdir) || '.'}`);
