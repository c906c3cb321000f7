// Runs the extension-host suite inside code-server's (Node) extension host, through a headless Chromium.
//
// The workbench reads test locations from the URL's `payload` (as desktop VS Code reads --extensionTestsPath);
// the suite's result comes back through window.codeAutomationLog / codeAutomationExit, which we expose.
// VS Code's test runner requires a development extension next to the tests: we pass a tiny harness extension
// (no code, different id), so the Clinical Lint under test is the VSIX installed in the profile.
//
// Usage: node run-in-code-server.js <baseUrl> <workspaceDir> <harnessDir> <suiteIndexJs> [screenshotDir]
// Env: TEST_TIMEOUT_MS (default 600000), CHROMIUM (default /usr/bin/chromium), DEBUG_CONSOLE=1 to echo the page console.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [baseUrl, workspaceDir, harnessDir, suiteIndex, screenshotDir] = process.argv.slice(2);
if (!suiteIndex) {
  console.error('usage: run-in-code-server.js <baseUrl> <workspaceDir> <harnessDir> <suiteIndexJs> [screenshotDir]');
  process.exit(2);
}
const authority = new URL(baseUrl).host;
const remote = (p) => `vscode-remote://${authority}${p}`;

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  let code = 1;
  const page = browser.pages()[0] || (await browser.newPage());
  const timer = setTimeout(async () => {
    console.error(`TIMEOUT: the suite did not finish in ${process.env.TEST_TIMEOUT_MS || 600000} ms`);
    if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, 'suite-timeout.png') }).catch(() => {});
    await browser.close().catch(() => {});
    process.exit(124);
  }, Number(process.env.TEST_TIMEOUT_MS || 600000));
  try {
    const done = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type, args) => (type === 'error' ? console.error : console.log)(...args));
      void page.exposeFunction('codeAutomationExit', (c) => resolve(c));
    });
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    if (process.env.DEBUG_CONSOLE) page.on('console', (m) => console.log('[console]', m.type(), m.text().slice(0, 400)));
    const payload = [['extensionDevelopmentPath', remote(harnessDir)], ['extensionTestsPath', remote(suiteIndex)]];
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    code = await done;
    if (code !== 0 && screenshotDir) await page.screenshot({ path: path.join(screenshotDir, 'suite-failure.png') }).catch(() => {});
  } catch (e) {
    console.error(e);
  }
  clearTimeout(timer);
  await browser.close().catch(() => {});
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`extension-host suite exit code: ${code}`);
  process.exit(code);
})();
