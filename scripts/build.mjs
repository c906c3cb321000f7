// Bundle the client, the language server and the CLI with esbuild into dist/.
// `--production` minifies and drops source maps (what the VSIX ships).
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // remark's ESM-only packages bundle into CommonJS; `import.meta.url` is not used by them at run time.
  define: { 'import.meta.url': 'undefined' },
};

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/server.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { 'cli-worker': 'server/src/cli-worker.ts' } },
];

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b, outdir: 'dist' })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b, outdir: 'dist' })));
  for (const f of ['dist/server.js', 'dist/cli.js']) chmodSync(f, 0o755);
}
