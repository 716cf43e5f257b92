#!/usr/bin/env bash
# Benchmark of the cohort analysis (issue 20; a measurement, not a test):
# natively, a generated cohort (default 10,000 trainees × 20 contacts) as
# LRS pages of 1,000 statements, parsed and folded in page by page, then
# replayed: time, statements/s and peak memory (examples/bench_cohort.rs);
# then in the browser, the trainer page (dist/trainer) loading a smaller
# generated cohort (BENCH_BROWSER_TRAINEES, default 2,000 × 20) from static
# pages served locally as an LRS would: time to the group's view, the
# longest task while loading (is the page responsive?) and the wasm memory.
#   scripts/bench-cohort.sh [--trainees N] [--contacts N]   (native sizes)
# Builds the trainer page only when dist/trainer is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser >/dev/null
set -euo pipefail
echo "==> native: cargo run --profile bench-native --example bench_cohort -- $*"
cargo build --quiet --profile bench-native --example bench_cohort
/usr/bin/time -f 'native: wall %e s, max resident %M KB' \
  "${CARGO_TARGET_DIR:-target}/bench-native/examples/bench_cohort" "$@"
if [ ! -f dist/trainer/index.html ] || [ ! -f dist/scenarios/library.en.json ]; then
  echo "==> building the game's scenarios and the trainer page"
  scripts/build-web.sh
fi
pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
trainees="${BENCH_BROWSER_TRAINEES:-2000}"
echo "==> browser: $trainees trainees × 20 contacts as static LRS pages"
"${CARGO_TARGET_DIR:-target}/bench-native/examples/bench_cohort" --trainees "$trainees" --contacts 20 --page 500 --write "$pages"
[ -d node_modules/playwright-core ] || npm ci
node scripts/bench-cohort.mjs "$pages"
