// UI test in code-server through a headless Chromium: the sample draft shows squiggles, the Problems panel lists
// Clinical Lint's diagnostics, Ctrl+. offers and applies a quick fix, and a hover explains a rule.
// Saves screenshots (editor, problems, quickfix, hover, after-fix) in <screenshotDir>.
//
// Usage: node ui-test.js <baseUrl> <workspaceDir holding ldn-draft.md> <screenshotDir>
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [baseUrl, ws, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: ui-test.js <baseUrl> <workspaceDir> <screenshotDir>');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });
const DRAFT = 'ldn-draft.md';
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const text = fs.readFileSync(path.join(ws, DRAFT), 'utf8');

/** 1-based line:column of the first occurrence of `needle` in the draft. */
function positionOf(needle) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" is not in ${DRAFT}`);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] || (await browser.newPage());
  page.on('pageerror', (e) => log('pageerror:', e.message));
  const shot = (name) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const goTo = async (pos) => {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
    await page.keyboard.type(pos);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 15000 });
  };
  try {
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await page.waitForSelector(`.explorer-folders-view .monaco-list-row:has-text("${DRAFT}")`, { timeout: 90000 });
    log('workbench loaded');

    // Open the sample draft (Quick Open) and wait for Clinical Lint's squiggles.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
    await page.keyboard.type(DRAFT);
    await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${DRAFT}")`, { timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 30000 });
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: 90000 });
    const squiggles = await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count();
    check('squiggles in the editor', squiggles > 0, `${squiggles}`);
    // The status bar shows the counts for the draft.
    const status = page.locator('.statusbar-item:has-text("Clinical Lint")');
    await status.first().waitFor({ timeout: 30000 });
    check('status bar item', /Clinical Lint/.test(await status.first().innerText()));
    await shot('editor');

    // Problems panel.
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'dose-range' }).first().waitFor({ timeout: 30000 });
    const problemsText = await problems.innerText();
    check('Problems panel lists clinical-lint diagnostics', /clinical-lint/.test(problemsText) && /dose-range/.test(problemsText) && /12 mg/.test(problemsText));
    check('Problems panel lists the missing disclaimer', /missing-disclaimer/.test(problemsText));
    log('Problems panel:\n' + problemsText.split('\n').slice(0, 30).join('\n'));
    await shot('problems');
    // The Problems tab's badge: the draft's problem count (nothing else is open).
    const problemsBadge = page.locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content');
    const problemCount = async () => Number((await problemsBadge.first().innerText({ timeout: 5000 }).catch(() => '')).trim() || NaN);
    const draftProblems = await problemCount();
    log(`Problems badge: ${draftProblems}`);

    // Hover on the out-of-range dose: the rule's rationale and a link to its page.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await goTo(positionOf('12 mg'));
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // Wait for the server's part of the hover (its link to the rule page), not only the Problems summary line.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Rule documentation' });
    await hover.first().waitFor({ timeout: 20000 });
    const hoverText = await hover.first().innerText();
    check('hover explains dose-range', /dose-range/.test(hoverText) && hoverText.length > 80, hoverText.replace(/\s+/g, ' ').slice(0, 160));
    await shot('hover');
    // The hover's link opens the rule's page (shipped in the VSIX) in the Markdown preview.
    await hover.first().locator('a', { hasText: 'Rule documentation' }).first().click();
    const previewTab = page.locator('.tabs-container .tab', { hasText: 'Preview dose-range.md' });
    await previewTab.first().waitFor({ timeout: 20000 });
    check('the hover link opens the rule page in the Markdown preview', true);
    // The rule page is the extension's own (its examples are bad claims on purpose): the server does not lint it, so
    // the Problems panel keeps the draft's count. (Linted, it added 6 problems 1-3 s after the preview opened.)
    let counted = draftProblems;
    for (let waited = 0; waited < 6000 && counted === draftProblems; waited += 500) {
      await page.waitForTimeout(500);
      counted = await problemCount();
    }
    check("the rule page's own examples stay out of the Problems panel", Number.isFinite(draftProblems) && counted === draftProblems, `${counted} problems, the draft's ${draftProblems}`);
    // Close the preview with its tab's close button: a keyboard shortcut goes to the webview when it has focus.
    await previewTab.first().hover();
    await previewTab.first().locator('.tab-actions .codicon-close, .tab-actions a').first().click();
    await previewTab.first().waitFor({ state: 'detached', timeout: 20000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();

    // Ctrl+. on the title: the missing-disclaimer quick fix, then apply it.
    const titleLine = text.split('\n').findIndex((l) => /^# /.test(l)) + 1;
    await goTo(`${titleLine}:5`);
    // VS Code asks for code actions by itself 250 ms after the cursor moves (for the light bulb). A Ctrl+. pressed
    // before that automatic request is replaced by it 500 ms later, and if the server's answer is not back by then
    // the menu shows "No code actions available" while the light bulb appears (CodeActionModel in VS Code 1.100,
    // isManualToAutoTransition). The first menu on a line with a preferred fix used to wait for the fix-all edit, which
    // could queue behind the lint of another document (0.8-1.4 s on a loaded 2-core machine); now the server
    // offers that action without its edit and computes it on codeAction/resolve, so the menu no longer waits for it,
    // but the race itself is VS Code's and any slow answer meets it. An author looks at the line before pressing
    // Ctrl+. (the Ctrl+. then replaces the automatic request and waits for its answer), and presses it again after
    // that message.
    await page.waitForTimeout(400);
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert disclaimer at the end' });
    const noActions = page.locator('.monaco-editor .monaco-editor-overlaymessage', { hasText: 'No code actions available' });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      await fix.or(noActions).first().waitFor({ timeout: 20000 });
      if (await fix.first().isVisible()) break;
      if (attempt === 3) throw new Error('Ctrl+. on the title: "No code actions available", three times');
      log(`Ctrl+. on the title: VS Code showed "No code actions available" (attempt ${attempt}); Escape and Ctrl+. again`);
      await page.keyboard.press('Escape');
      await noActions.first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    }
    const menu = await page.locator('.action-widget').first().innerText();
    check('quick-fix menu offers the disclaimer and "Disable missing-disclaimer"', /Disable missing-disclaimer/.test(menu), menu.replace(/\s+/g, ' ').slice(0, 200));
    await shot('quickfix');
    // The first entry is focused when the menu opens: Enter applies it, as an author would.
    const first = await page.locator('.action-widget .monaco-list-row:not(.group-header)').first().innerText();
    check('the disclaimer fix comes first', /Insert disclaimer at the end/.test(first), first);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const el = document.querySelector('.markers-panel');
      return el && !/missing-disclaimer/.test(el.innerText);
    }, null, { timeout: 30000 });
    check('the quick fix removed the missing-disclaimer problem', true);
    await page.keyboard.press('Control+S');
    for (let i = 0; i < 100 && !/not a substitute for individual medical advice|medical advice/i.test(fs.readFileSync(path.join(ws, DRAFT), 'utf8')); i++) await page.waitForTimeout(100);
    check('the disclaimer is saved in the file', /medical advice/i.test(fs.readFileSync(path.join(ws, DRAFT), 'utf8')));
    await shot('after-fix');
    // The Claims view in the Explorer, with room to show its groups.
    await page.keyboard.press('Control+J'); // hide the panel
    await page.keyboard.press('Control+Shift+E');
    const folderHeader = page.locator('.pane-header', { hasText: 'ws-ui' });
    if ((await folderHeader.first().getAttribute('aria-expanded')) === 'true') await folderHeader.first().click();
    const claimsPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Clinical Claims' }) });
    const claimsHeader = claimsPane.locator('.pane-header');
    await claimsHeader.first().waitFor({ timeout: 20000 });
    if ((await claimsHeader.first().getAttribute('aria-expanded')) !== 'true') await claimsHeader.first().click();
    const absoluteGroup = claimsPane.locator('.monaco-list-row', { hasText: /^Absolute/ });
    await absoluteGroup.first().waitFor({ timeout: 20000 });
    await claimsPane.locator('.monaco-list-row', { hasText: /cures/ }).first().waitFor({ timeout: 20000 });
    const claimsText = await claimsPane.innerText();
    check('Claims view groups the draft\'s claims', /Absolute/.test(claimsText) && /Unsupported/.test(claimsText) && /Hedged/.test(claimsText) && /Supported/.test(claimsText) && /cures/.test(claimsText), claimsText.replace(/\s+/g, ' ').slice(0, 200));
    await shot('claims');
  } catch (e) {
    check(`UI flow: ${e.message.split('\n')[0]}`, false);
    await shot('ui-failure').catch(() => {});
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  log(`${checks.length - failed} of ${checks.length} UI checks passed`);
  process.exit(failed ? 1 : 0);
})();
