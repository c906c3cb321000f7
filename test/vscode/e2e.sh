#!/usr/bin/env bash
# Real VS Code, offline: code-server 4.100.3 (VS Code 1.100.3) from the npm registry, Debian's Chromium driven by
# playwright-core. Packages the VSIX, installs it into a fresh profile, runs the extension-host suite
# (test/vscode/suite) inside code-server's extension host, then a UI test that takes screenshots.
#
#   npm run test:e2e                          (= bash test/vscode/e2e.sh)
#   npm run test:e2e -- --update-screenshots  also copy the screenshots to images/screenshots/ for the README
#
# On a fresh root Debian machine it installs what it needs itself: apt packages (chromium ripgrep pkg-config
# libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev) and code-server into .e2e/ (git-ignored, outside the
# repository's node_modules). Env: CLINICAL_LINT_E2E_DIR (default .e2e), CLINICAL_LINT_SUITE_GREP (mocha grep).
# Exits non-zero on any failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
CS_VERSION=4.100.3
E2E=${CLINICAL_LINT_E2E_DIR:-$ROOT/.e2e}
OUT=$ROOT/test-output
SHOTS=$OUT/screenshots
UPDATE_SCREENSHOTS=0
for arg in "$@"; do
  case "$arg" in
    --update-screenshots) UPDATE_SCREENSHOTS=1 ;;
    *) echo "e2e: unknown argument $arg" >&2; exit 2 ;;
  esac
done
T0=$(date +%s)
t() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }
mkdir -p "$E2E/tmp" "$OUT"
rm -rf "$SHOTS" && mkdir -p "$SHOTS"
export TMPDIR="$E2E/tmp"   # VS Code's sockets and the ripgrep download cache live here

# ---- 1. OS packages
APT_PACKAGES=(chromium ripgrep pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  t "apt-get install ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then echo "e2e: need root to install ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- 2. code-server from npm (its own folder, its own node_modules)
CS_DIR="$E2E/code-server"
CS="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ "$(node -p "try{require('$CS_DIR/node_modules/code-server/package.json').version}catch{''}" 2>/dev/null)" != "$CS_VERSION" ]; then
  t "npm install code-server@$CS_VERSION (about a minute)"
  # code-server 4.100.x's @vscode/ripgrep postinstall downloads rg from GitHub: seed its cache with Debian's rg.
  RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$RG_CACHE" "$E2E/rgseed" && cp /usr/bin/rg "$E2E/rgseed/rg"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$E2E/rgseed" rg
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || printf '{ "name": "clinical-lint-e2e-code-server", "private": true }\n' >"$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    export npm_config_unsafe_perm=true   # code-server's postinstall insists on it as root
    export npm_config_nodedir=/usr       # node-gyp: the local Node headers, no download
    export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
    npm i --no-audit --no-fund --no-save "code-server@$CS_VERSION" >"$E2E/code-server-install.log" 2>&1
  ) || { tail -30 "$E2E/code-server-install.log"; echo "e2e: code-server install failed" >&2; exit 1; }
fi
t "code-server $(node "$CS" --version 2>/dev/null | head -1)"

# ---- 3. the VSIX
t "npm run package"
rm -f clinical-lint.vsix
npm run -s package >"$OUT/e2e-package.log" 2>&1 || { cat "$OUT/e2e-package.log"; echo "e2e: packaging failed" >&2; exit 1; }
VSIX="$ROOT/clinical-lint.vsix"
VERSION=$(node -p "require('./package.json').version")
t "$(du -k "$VSIX" | cut -f1) KB VSIX"

# ---- 4. a fresh profile with the VSIX installed, a harness extension and the compiled suite
R="$E2E/run"
rm -rf "$R" && mkdir -p "$R/ud/User" "$R/ws" "$R/ws-ui" "$R/harness"
export XDG_CONFIG_HOME="$R/xdg-config" XDG_DATA_HOME="$R/xdg-data" XDG_CACHE_HOME="$R/xdg-cache"
printf 'auth: none\n' >"$R/config.yaml"
cat >"$R/ud/User/settings.json" <<'EOF'
{ "workbench.startupEditor": "none", "workbench.tips.enabled": false, "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false, "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "update.mode": "none", "workbench.enableExperiments": false, "git.enabled": false,
  "workbench.colorTheme": "Default Dark Modern", "window.commandCenter": false }
EOF
CSARGS=(--config "$R/config.yaml" --user-data-dir "$R/ud" --extensions-dir "$R/exts")
node "$CS" "${CSARGS[@]}" --install-extension "$VSIX" >"$OUT/e2e-install.log" 2>&1 || { cat "$OUT/e2e-install.log"; exit 1; }
node "$CS" "${CSARGS[@]}" --list-extensions --show-versions 2>/dev/null | grep -qx "clinical-lint.clinical-lint@$VERSION" \
  || { echo "e2e: the VSIX did not install" >&2; cat "$OUT/e2e-install.log"; exit 1; }
t "installed clinical-lint.clinical-lint@$VERSION from the VSIX"
cat >"$R/harness/package.json" <<'EOF'
{ "name": "clinical-lint-e2e-harness", "publisher": "clinical-lint-tests", "version": "0.0.0", "private": true,
  "description": "Carries the extension-host suite; the extension under test is the installed VSIX.",
  "engines": { "vscode": "^1.100.0" } }
EOF
node test/vscode/build-suite.mjs "$R/harness/suite" >/dev/null
cp examples/ldn-draft.md "$R/ws-ui/ldn-draft.md"

# ---- 5. start code-server in its own session; kill every session we started at exit
SESSIONS=()
cleanup() {
  local sid p
  for sid in "${SESSIONS[@]}"; do
    for p in $(ps -o pid= -s "$sid" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  done
}
trap cleanup EXIT
# start_code_server USER_DATA_DIR LOG [ENV=VALUE...]: sets PORT; the server runs in its own session (setsid).
# TRUST_FLAG (e.g. --disable-workspace-trust) is passed through when set.
start_code_server() {
  local ud=$1 logfile=$2; shift 2
  PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  t "start code-server on 127.0.0.1:$PORT ($(basename "$ud"))"
  env "$@" setsid node "$CS" --config "$R/config.yaml" --user-data-dir "$ud" --extensions-dir "$R/exts" \
    --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check --disable-getting-started-override \
    ${TRUST_FLAG:-} >"$logfile" 2>&1 &
  local pid=$!
  SESSIONS+=("$pid")
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$logfile"; echo "e2e: code-server exited" >&2; exit 1; }
    sleep 0.1
  done
  echo "e2e: code-server not healthy" >&2
  exit 1
}
TRUST_FLAG=--disable-workspace-trust start_code_server "$R/ud" "$OUT/e2e-code-server.log" CLINICAL_LINT_E2E_EXTENSIONS_DIR="$R/exts"

# ---- 6. the extension-host suite (mocha inside the extension host, real vscode API)
t "extension-host suite"
rc_suite=0
node test/vscode/run-in-code-server.js "http://127.0.0.1:$PORT" "$R/ws" "$R/harness" "$R/harness/suite/index.js" "$SHOTS" \
  >"$OUT/e2e-suite.log" 2>&1 || rc_suite=$?
grep -vE '^\s*$|Could not identify extension|ENOTFOUND|gallery' "$OUT/e2e-suite.log" || true

# ---- 7. the UI test (Problems panel, squiggles, quick-fix menu, hover), with screenshots
t "UI test"
rc_ui=0
node test/vscode/ui-test.js "http://127.0.0.1:$PORT" "$R/ws-ui" "$SHOTS" >"$OUT/e2e-ui.log" 2>&1 || rc_ui=$?
cat "$OUT/e2e-ui.log"

# ---- 7b. Restricted Mode: a second code-server whose profile has workspace trust on, on a workspace that asks
#          for online lookups in its settings and in its .clinical-lint.json
t "extension-host suite in an untrusted workspace"
mkdir -p "$R/ud-untrusted/User" "$R/ws-untrusted/.vscode"
printf '%s\n' '{ "workbench.startupEditor": "none", "telemetry.telemetryLevel": "off", "security.workspace.trust.enabled": true,' \
  '  "security.workspace.trust.startupPrompt": "never", "security.workspace.trust.banner": "never",' \
  '  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "update.mode": "none", "git.enabled": false }' \
  >"$R/ud-untrusted/User/settings.json"
printf '{ "clinicalLint.references.verifyOnline": true }\n' >"$R/ws-untrusted/.vscode/settings.json"
printf '{ "references": { "verifyOnline": true } }\n' >"$R/ws-untrusted/.clinical-lint.json"
TRUST_FLAG= start_code_server "$R/ud-untrusted" "$OUT/e2e-code-server-untrusted.log" CLINICAL_LINT_E2E_UNTRUSTED=1
rc_untrusted=0
node test/vscode/run-in-code-server.js "http://127.0.0.1:$PORT" "$R/ws-untrusted" "$R/harness" "$R/harness/suite/index.js" "$SHOTS" \
  >"$OUT/e2e-suite-untrusted.log" 2>&1 || rc_untrusted=$?
grep -E '✔|✗|^\s+- |passing|failing|pending|^\s+[0-9]+\) |exit code' "$OUT/e2e-suite-untrusted.log" || true

if [ "$UPDATE_SCREENSHOTS" = 1 ]; then
  if [ "$rc_ui" = 0 ]; then
    mkdir -p images/screenshots && cp "$SHOTS"/*.png images/screenshots/
    t "screenshots copied to images/screenshots/"
  else
    echo "e2e: UI test failed; images/screenshots/ left as it was" >&2
  fi
fi

# ---- 8. summary (one "N passed, N failed" line)
count() { grep -oE "^\s*[0-9]+ $1" "$2" | grep -oE '[0-9]+' || echo 0; }
passed=$(( $(count passing "$OUT/e2e-suite.log") + $(count passing "$OUT/e2e-suite-untrusted.log") ))
failed=$(( $(count failing "$OUT/e2e-suite.log") + $(count failing "$OUT/e2e-suite-untrusted.log") ))
pending=$(( $(count pending "$OUT/e2e-suite.log") + $(count pending "$OUT/e2e-suite-untrusted.log") ))
for rc in "$rc_suite" "$rc_untrusted"; do
  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi   # a suite that did not even report (timeout, crash)
done
if [ "$rc_ui" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
t "done: suite exit $rc_suite, untrusted suite exit $rc_untrusted, UI exit $rc_ui; screenshots in ${SHOTS#$ROOT/}"
echo "e2e: $passed passed, $failed failed, $pending skipped"
[ "$rc_suite" = 0 ] && [ "$rc_untrusted" = 0 ] && [ "$rc_ui" = 0 ]
