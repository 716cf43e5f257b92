#!/usr/bin/env bash
# Build Frontline (the game, the manager page, the workshop) and serve it on
# http://127.0.0.1:8080. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
set -euo pipefail
scripts/build-web.sh
exec node scripts/serve-dist.mjs
