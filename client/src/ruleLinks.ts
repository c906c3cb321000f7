// Rule-page links in hovers (no vscode import, so it is unit-tested in plain mocha).
import { Commands } from '../../server/src/lsp/protocol';

/** Rewrites Markdown links to shipped rule pages (`…/docs/rules/<id>.md`) into Show Rule Documentation commands. */
export function linkRulePagesToPreview(markdown: string): string {
  return markdown.replace(/\]\((file:[^)\s]*\/docs\/rules\/([a-z0-9-]+)\.md)\)/g, (_m, _href: string, id: string) =>
    `](command:${Commands.showRuleDocs}?${encodeURIComponent(JSON.stringify([id]))} "Open the ${id} page")`);
}
