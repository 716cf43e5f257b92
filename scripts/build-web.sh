#!/usr/bin/env bash
# Release build of the seven pages into dist/: the game, then shift mode
# (dist/shift), the tracks (dist/tracks), how the scores work (dist/scores), the manager page (dist/manager), the scenario workshop
# (dist/author), the trainer page (dist/trainer) and the LMS page (dist/lms) that SCORM packages carry. Each page is its own wasm binary, so the game does not carry
# the other three.
set -euo pipefail
cd "$(dirname "$0")/.."
# Where each shipped scenario's paths end, per house rules, worked out by the
# native path analysis: the post-build hook ships it in the index, so the
# game shows a path's standing without carrying the analysis (docs/size.md).
cargo build --release --quiet --bin frontline
FRONTLINE_SPREADS="$(mktemp)"
export FRONTLINE_SPREADS
trap 'rm -f "$FRONTLINE_SPREADS"' EXIT
"${CARGO_TARGET_DIR:-target}/release/frontline" spreads assets/scenarios/*.json >"$FRONTLINE_SPREADS"
# Source paths in panics' locations without this machine's directories
# (scripts/remap-paths.sh, docs/size.md).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(bash scripts/remap-paths.sh)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
trunk build --release
# The service worker's lists and version (the game page only).
node scripts/precache.mjs dist
trunk build --release --dist dist/shift --public-url ./ shift.html
trunk build --release --dist dist/tracks --public-url ./ tracks.html
# The LMS page: one track inside a SCORM package (`frontline package`).
trunk build --release --dist dist/lms --public-url ./ lms.html
trunk build --release --dist dist/scores --public-url ./ scores.html
trunk build --release --dist dist/manager --public-url ./ manager.html
trunk build --release --dist dist/author --public-url ./ author.html
# The trainer page: a group's results from an LRS or trainees' exports.
trunk build --release --dist dist/trainer --public-url ./ trainer.html
# Brotli and gzip copies of every text and wasm file, for the web server to
# send as they are (README, "Serving it"); SCORM packages leave them out.
node scripts/compress.mjs dist
