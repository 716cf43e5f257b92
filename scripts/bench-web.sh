#!/usr/bin/env bash
# Web performance benchmark for Frontline (a measurement, not a test): gzipped
# transfer size, cold load to the first playable screen, and the time to
# render a chosen answer, in headless Chromium against the release build;
# then Lighthouse 12 (mobile) on the game: the four scores and the largest
# contentful paint (scripts/lighthouse.mjs; BENCH_LIGHTHOUSE=0 skips it).
# Builds the release only when dist/ is missing (or with --build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--build" ] || [ ! -f dist/index.html ]; then
  echo "==> trunk build --release"
  trunk build --release
  node scripts/precache.mjs dist
  node scripts/compress.mjs dist
fi
[ -d node_modules/playwright-core ] || npm ci
exec node scripts/bench-web.mjs "$@"
