#!/usr/bin/env bash
# Run every Frontline test: the native engine and CLI tests, the web build and
# its size, and the browser end-to-end tests (installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser
set -euo pipefail

echo "==> native tests (engine, CLI)"
cargo test --all-targets
cargo test --doc

echo "==> web build (release): the game, the manager page, the workshop"
scripts/build-web.sh
scripts/bundle-size.sh --check

if [ -f tests/e2e/run.mjs ]; then
  echo "==> browser end-to-end tests"
  npm run --silent e2e
else
  echo "==> no browser tests yet (tests/e2e/run.mjs)"
fi
echo "==> all tests passed"
