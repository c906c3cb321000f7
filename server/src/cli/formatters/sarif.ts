// --format sarif: SARIF 2.1.0 for GitHub code scanning and other viewers.
// One run; tool.driver.rules holds every rule (id, descriptions, help URI, default level); each result points at
// its rule by ruleIndex; locations are relative to the current directory (uriBaseId %SRCROOT%), regions are
// 1-based with UTF-16 columns (run.columnKind) and exclusive ends; fixes become SARIF fixes.
// Files that could not be linted, rule failures and config problems are invocation notifications.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { RuleMeta, Severity, SeveritySetting } from '../../engine/types';
import { display, relativeInside } from '../files';
import type { ConfigProblemReport, FileReport, RuleErrorReport } from '../draft-linter';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

export interface SarifInput {
  reports: FileReport[];
  /** Every rule the tool knows, in registry order. */
  rules: RuleMeta[];
  helpUri(ruleId: string): string;
  version: string;
  cwd: string;
  skipped: { filePath: string; reason: string }[];
  configProblems: ConfigProblemReport[];
  ruleErrors: (RuleErrorReport & { filePath: string })[];
}

export function resultLevel(severity: Severity): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function defaultConfiguration(severity: SeveritySetting): Sarif.ReportingConfiguration {
  if (severity === 'off') return { enabled: false, level: 'none' };
  return { enabled: true, level: resultLevel(severity) };
}

export function formatSarif(input: SarifInput): string {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (d: Sarif.ReportingDescriptor) => {
    ruleIndex.set(d.id, rules.length);
    rules.push(d);
  };
  for (const meta of input.rules) {
    addRule({
      id: meta.id,
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.rationale || meta.description },
      help: { text: `${meta.rationale || meta.description} See ${input.helpUri(meta.id)}` },
      helpUri: input.helpUri(meta.id),
      defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
    });
  }
  const cwdUri = pathToFileURL(input.cwd.endsWith(path.sep) ? input.cwd : input.cwd + path.sep).href;
  const location = (filePath: string): Sarif.ArtifactLocation => artifactLocation(filePath, input.cwd);

  const results: Sarif.Result[] = [];
  for (const report of input.reports) {
    const artifact = location(report.filePath);
    for (const d of report.diagnostics) {
      if (!ruleIndex.has(d.ruleId)) {
        addRule({
          id: d.ruleId,
          shortDescription: { text: d.ruleId === 'invalid-directive' ? 'A clinical-lint directive comment names an unknown rule.' : d.ruleId },
          helpUri: input.helpUri(d.ruleId),
          defaultConfiguration: { enabled: true, level: 'warning' },
        });
      }
      const result: Sarif.Result = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex.get(d.ruleId)!,
        level: resultLevel(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      };
      if (d.fixes.length) {
        result.fixes = d.fixes.map((f) => ({
          description: { text: f.title },
          artifactChanges: [
            {
              artifactLocation: artifact,
              replacements: f.edits.map((e) => ({
                deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                insertedContent: { text: e.newText },
              })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }

  const executionNotifications: Sarif.Notification[] = [];
  for (const s of input.skipped) {
    executionNotifications.push({
      level: 'error',
      message: { text: `${display(s.filePath, input.cwd)}: ${s.reason}` },
      locations: [{ physicalLocation: { artifactLocation: location(s.filePath) } }],
    });
  }
  for (const e of input.ruleErrors) {
    const n: Sarif.Notification = {
      level: 'error',
      message: { text: `rule ${e.ruleId} failed on ${display(e.filePath, input.cwd)}: ${e.message}` },
      locations: [{ physicalLocation: { artifactLocation: location(e.filePath) } }],
    };
    const index = ruleIndex.get(e.ruleId);
    if (index !== undefined) n.associatedRule = { id: e.ruleId, index };
    executionNotifications.push(n);
  }
  const configNotifications: Sarif.Notification[] = input.configProblems.map((p) => ({
    level: 'warning',
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location(p.file),
          region: { startLine: p.line, startColumn: p.column },
        },
      },
    ],
  }));

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clinical-lint',
            semanticVersion: input.version,
            version: input.version,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        invocations: [
          {
            executionSuccessful: input.skipped.length === 0,
            toolExecutionNotifications: executionNotifications,
            toolConfigurationNotifications: configNotifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}


/** A file inside the current directory: a relative URI against %SRCROOT%; outside it: an absolute file URI. */
export function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  if (!path.isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const rel = relativeInside(filePath, cwd);
  if (rel) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}
