#!/usr/bin/env bash
# Release build of the five pages into dist/: the game, then shift mode
# (dist/shift), the tracks (dist/tracks), the manager page (dist/manager) and the scenario workshop
# (dist/author). Each page is its own wasm binary, so the game does not carry
# the other three.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
trunk build --release --dist dist/shift --public-url ./ shift.html
trunk build --release --dist dist/tracks --public-url ./ tracks.html
trunk build --release --dist dist/manager --public-url ./ manager.html
trunk build --release --dist dist/author --public-url ./ author.html
