// Where each rule's documentation lives.

/** Public location of the rule pages (the repository's docs/rules folder). */
export const DOCS_BASE_URL = 'https://github.com/clinical-lint/clinical-lint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
