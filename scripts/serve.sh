#!/usr/bin/env bash
# Build Frontline (the game and the manager page) and serve it on
# http://127.0.0.1:8080. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
set -euo pipefail
trunk build --release
trunk build --release --dist dist/manager --public-url ./ manager.html
exec node scripts/serve-dist.mjs
