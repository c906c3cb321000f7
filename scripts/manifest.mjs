// Writes the VS Code extension-manifest fields of package.json (contributes, activation, icon, capabilities…).
// The settings are generated from schemas/clinical-lint.schema.json and the engine's defaults, so the Settings UI,
// .clinical-lint.json completion and the engine cannot drift apart (test/vscode/manifest.test.ts checks it).
//
//   flock /tmp/npm.lock node scripts/manifest.mjs          write package.json (other keys are kept as they are)
//   node scripts/manifest.mjs --check                      exit 1 when package.json is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schemas/clinical-lint.schema.json`, 'utf8'));
const { defaultConfig } = await tsImport('../server/src/engine/config.ts', import.meta.url);
const { Commands } = await tsImport('../server/src/lsp/protocol.ts', import.meta.url);
const defaults = defaultConfig();

/** Client-only commands (not part of the server protocol). */
export const ClientCommands = { openSample: 'clinical-lint.openSample', refreshClaims: 'clinical-lint.refreshClaims' };

/** One line per rule for the Settings UI; the rule pages in docs/rules/ say the rest. */
const ruleSummaries = {
  'absolute-claim': 'Absolute language about a treatment ("cures", "always works", "completely safe"). Default: `error`.',
  'unsupported-claim': 'An efficacy claim with no citation in its sentence (or paragraph, see `#clinicalLint.claims.citationScope#`).',
  'vague-attribution': 'Authority without a source: "studies show", "experts agree", "research proves".',
  'missing-disclaimer': 'The post has no medical disclaimer. The quick fix inserts `#clinicalLint.disclaimer.template#`.',
  'required-statement': 'A statement your clinic requires (`#clinicalLint.requiredStatements#`, `#clinicalLint.builtinStatements#`) is missing.',
  'dose-range': 'A dose outside the configured range for its drug (`#clinicalLint.doses.drugs#`) or the default range.',
  'reference-identifier': 'A reference entry with no DOI, PMID, PMCID, ISBN or URL a reviewer could check it by.',
  'uncited-reference': 'A reference entry that the text never cites.',
  'unmatched-citation': 'An in-text citation (`[9]`, `[^1]`, "Garcia et al., 2018") with no matching reference entry.',
  'unverified-reference': 'Online check (opt-in, `#clinicalLint.references.verifyOnline#`): the DOI or PMID does not exist or its record does not match the entry.',
  'missing-author': 'Optional: the front matter names no `author`.',
  'stale-review': 'Optional: the front matter `reviewed` date is older than `#clinicalLint.frontMatter.staleAfterMonths#` months.',
};

const severityEnumDescriptions = [
  'Report as an error (red squiggle).',
  'Report as a warning (yellow squiggle).',
  'Report as information (blue squiggle).',
  'Report as a hint (dotted underline, not in the Problems panel).',
  'Turn the rule off.',
];

/** Longer Markdown descriptions where the schema's one-liner is not enough for an author. */
const extraDescriptions = {
  rules: 'Severity per rule, or `off`. A `.clinical-lint.json` in the workspace wins over this setting.\n\n' +
    Object.entries(ruleSummaries).map(([id, s]) => `- \`${id}\`: ${s}`).join('\n'),
  'disclaimer.template': 'Disclaimer text that the quick fix and **Clinical Lint: Insert Disclaimer** insert. Write it in your clinic\'s words.',
  'doses.defaultRange': 'Range for every mass dose not attributed to a drug in `#clinicalLint.doses.drugs#`; `null` to check only configured drugs. Default: 1–5 mg per dose (low-dose naltrexone).\n\nExample: `{ "min": 1, "max": 4.5, "unit": "mg", "basis": "per dose" }`',
  'doses.drugs': 'Per-drug ranges, e.g. `[{ "drug": "naltrexone", "aliases": ["LDN"], "min": 1, "max": 4.5, "unit": "mg" }]`.',
  'references.verifyOnline': 'Look up DOIs in Crossref and PMIDs in NCBI E-utilities (rule `unverified-reference`). Off by default; never used in an untrusted workspace, where this setting is restricted.',
  requiredStatements: 'Statements a post must contain when it mentions certain terms, e.g. `[{ "id": "off-label", "when": ["low-dose naltrexone"], "require": ["off[- ]label"], "message": "Say that LDN is prescribed off-label.", "template": "LDN is prescribed off-label." }]`.',
  'references.crossrefUrl': 'Base URL of the Crossref REST API used by `#clinicalLint.references.verifyOnline#` (change it only for a mirror or a proxy).',
  'references.eutilsUrl': 'Base URL of NCBI E-utilities used by `#clinicalLint.references.verifyOnline#` for PMIDs and PMCIDs.',
  'references.mailto': 'Contact e-mail sent with online lookups, as Crossref and NCBI ask of polite clients.',
  maxFileSize: 'Files larger than this many bytes are skipped with a message (default 5 MB).',
};

/** Resolve `$ref`s against the schema's definitions (one level at a time, recursively). */
function deref(node) {
  if (Array.isArray(node)) return node.map(deref);
  if (!node || typeof node !== 'object') return node;
  if (node.$ref) {
    const name = node.$ref.replace('#/definitions/', '');
    const { $ref, ...rest } = node;
    return deref({ ...schema.definitions[name], ...rest });
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, deref(v)]));
}

function getPath(obj, dotted) {
  return dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Settings `clinicalLint.<key>` for every leaf of the schema (nested objects become dotted keys, like the schema's sections). */
function configurationProperties() {
  const props = {};
  let order = 0;
  const add = (key, node) => {
    const { description, default: schemaDefault, ...rest } = deref(node);
    const engineDefault = getPath(defaults, key);
    const setting = {
      ...rest,
      default: engineDefault !== undefined ? engineDefault : schemaDefault,
      markdownDescription: extraDescriptions[key] ?? description ?? '',
      scope: key === 'references.verifyOnline' ? 'machine-overridable' : 'resource',
      order: order++,
    };
    if (setting.enum && !setting.enumDescriptions && key.endsWith('citationScope')) {
      setting.enumDescriptions = ['A citation in the same sentence supports the claim.', 'A citation anywhere in the same paragraph supports the claim.'];
    }
    if (setting.enum && key.endsWith('position')) {
      setting.enumDescriptions = ['At the end of the document.', 'After the front matter and the title.'];
    }
    if (!setting.markdownDescription) throw new Error(`scripts/manifest.mjs: no description for clinicalLint.${key}`);
    props[`clinicalLint.${key}`] = setting;
  };
  for (const [key, node] of Object.entries(schema.properties)) {
    if (key === '$schema') continue;
    if (key === 'rules') {
      const ids = node.propertyNames.enum;
      const severity = schema.definitions.severity;
      props['clinicalLint.rules'] = {
        type: 'object',
        default: {},
        additionalProperties: false,
        properties: Object.fromEntries(ids.map((id) => [id, {
          type: 'string', enum: severity.enum, enumDescriptions: severityEnumDescriptions,
          markdownDescription: ruleSummaries[id] ?? id,
        }])),
        markdownDescription: extraDescriptions.rules,
        scope: 'resource',
        order: order++,
      };
      const missing = ids.filter((id) => !ruleSummaries[id]);
      if (missing.length) throw new Error(`scripts/manifest.mjs: add a summary for rule(s) ${missing.join(', ')}`);
      continue;
    }
    const sectionIsObject = node.type === 'object' && node.properties && key !== 'builtinStatements';
    if (sectionIsObject) {
      for (const [sub, subNode] of Object.entries(node.properties)) add(`${key}.${sub}`, subNode);
    } else {
      add(key, node);
    }
  }
  return props;
}

const c = (command, title, extra = {}) => ({ command, title, category: 'Clinical Lint', ...extra });
const inDraft = 'editorLangId == markdown || editorLangId == plaintext';

export function manifestFields() {
  return {
    main: './dist/client.js',
    icon: 'images/icon.png',
    galleryBanner: { color: '#0E3B43', theme: 'dark' },
    categories: ['Linters'],
    keywords: ['medical', 'clinical', 'health', 'markdown', 'lint', 'claims', 'dose', 'references', 'disclaimer'],
    activationEvents: ['onLanguage:markdown', 'onLanguage:plaintext'],
    capabilities: {
      untrustedWorkspaces: {
        supported: 'limited',
        description: 'In an untrusted workspace Clinical Lint never goes online and ignores user patterns from the workspace\'s .clinical-lint.json.',
        restrictedConfigurations: ['clinicalLint.references.verifyOnline'],
      },
      virtualWorkspaces: { supported: false, description: 'The language server reads .clinical-lint.json and drafts from disk.' },
    },
    contributes: {
      configuration: { title: 'Clinical Lint', properties: configurationProperties() },
      jsonValidation: [{ fileMatch: '.clinical-lint.json', url: './schemas/clinical-lint.schema.json' }],
      languages: [{ id: 'jsonc', filenames: ['.clinical-lint.json'] }],
      commands: [
        c(Commands.lintWorkspace, 'Lint Workspace', { icon: '$(checklist)' }),
        c(Commands.fixAll, 'Fix All in This Draft', { enablement: inDraft }),
        c(Commands.insertDisclaimer, 'Insert Disclaimer', { enablement: inDraft }),
        c(Commands.verifyReferences, 'Verify References Online', { enablement: inDraft }),
        c(Commands.exportReport, 'Export Review Report', { icon: '$(output)' }),
        c(Commands.showRuleDocs, 'Show Rule Documentation', { icon: '$(book)' }),
        c(Commands.revealClaim, 'Reveal Claim'),
        c(ClientCommands.openSample, 'Open Sample Draft'),
        c(ClientCommands.refreshClaims, 'Refresh Claims', { icon: '$(refresh)' }),
      ],
      menus: {
        commandPalette: [
          { command: Commands.fixAll, when: inDraft },
          { command: Commands.insertDisclaimer, when: inDraft },
          { command: Commands.verifyReferences, when: inDraft },
          { command: Commands.revealClaim, when: 'false' },
          { command: ClientCommands.refreshClaims, when: 'false' },
        ],
        'editor/context': [
          { command: Commands.fixAll, when: inDraft, group: '1_modification@90' },
          { command: Commands.insertDisclaimer, when: inDraft, group: '1_modification@91' },
        ],
        'view/title': [
          { command: ClientCommands.refreshClaims, when: 'view == clinicalLint.claims', group: 'navigation@1' },
          { command: Commands.exportReport, when: 'view == clinicalLint.claims', group: 'navigation@2' },
        ],
      },
      views: {
        explorer: [{ id: 'clinicalLint.claims', name: 'Clinical Claims', icon: 'images/icon.png', contextualTitle: 'Clinical Lint' }],
      },
      viewsWelcome: [{
        view: 'clinicalLint.claims',
        contents: 'Open a Markdown or plain-text draft to list its claims: absolute, unsupported, hedged and supported.\n[Open Sample Draft](command:clinical-lint.openSample)',
      }],
      grammars: [{
        scopeName: 'text.clinical-lint.injection',
        path: './syntaxes/clinical-lint.injection.tmLanguage.json',
        injectTo: ['text.html.markdown'],
      }],
      walkthroughs: [{
        id: 'gettingStarted',
        title: 'Review a medical draft with Clinical Lint',
        description: 'Find unsupported claims, missing disclaimers and out-of-range doses before a clinician reviewer does.',
        steps: [
          {
            id: 'openSample',
            title: 'Open the sample draft',
            description: 'A draft about low-dose naltrexone with the problems a clinical editor looks for. Squiggles appear as soon as it opens, and the **Clinical Claims** view in the Explorer lists its claims.\n[Open Sample Draft](command:clinical-lint.openSample)',
            media: { markdown: 'media/open-sample.md' },
            completionEvents: ['onCommand:clinical-lint.openSample'],
          },
          {
            id: 'applyFix',
            title: 'Apply a fix',
            description: 'Put the cursor on a squiggle and press `Ctrl+.` (`Cmd+.` on a Mac) to hedge an absolute claim, insert a disclaimer or silence a rule for one line. Or fix everything that can be fixed safely at once.\n[Fix All in This Draft](command:clinical-lint.fixAll)',
            media: { markdown: 'media/apply-fix.md' },
            completionEvents: ['onCommand:clinical-lint.fixAll', 'onCommand:clinical-lint.insertDisclaimer'],
          },
          {
            id: 'configure',
            title: 'Configure your clinic\'s disclaimer and dose ranges',
            description: 'Write the disclaimer in your clinic\'s words and set the dose ranges you prescribe. Settings apply to you; a `.clinical-lint.json` in the repository applies to the whole team (with completion and validation).\n[Disclaimer Settings](command:workbench.action.openSettings?%5B%22clinicalLint.disclaimer%22%5D)\n[Dose Settings](command:workbench.action.openSettings?%5B%22clinicalLint.doses%22%5D)',
            media: { markdown: 'media/configure.md' },
            completionEvents: ['onSettingChanged:clinicalLint.disclaimer.template', 'onSettingChanged:clinicalLint.doses.drugs', 'onSettingChanged:clinicalLint.doses.defaultRange'],
          },
        ],
      }],
    },
  };
}

export function applyManifest(pkg) {
  const fields = manifestFields();
  const out = { ...pkg };
  for (const [k, v] of Object.entries(fields)) out[k] = v;
  out.engines = { ...(pkg.engines ?? {}), vscode: '^1.100.0' };
  if (out.contributes.commands.some((cmd) => !Object.values(Commands).includes(cmd.command) && !Object.values(ClientCommands).includes(cmd.command))) {
    throw new Error('unknown command id');
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = `${root}package.json`;
  const text = readFileSync(file, 'utf8');
  const next = JSON.stringify(applyManifest(JSON.parse(text)), null, 2) + '\n';
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('package.json manifest fields are out of date: run `flock /tmp/npm.lock node scripts/manifest.mjs`');
      process.exit(1);
    }
  } else if (next !== text) {
    writeFileSync(file, next);
    console.log('package.json: manifest fields updated');
  }
}
