#!/usr/bin/env bash
# Release build of the three pages into dist/: the game, then the manager
# page (dist/manager) and the scenario workshop (dist/author). Each page is
# its own wasm binary, so the game does not carry the other two.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
trunk build --release --dist dist/manager --public-url ./ manager.html
trunk build --release --dist dist/author --public-url ./ author.html
