#!/usr/bin/env bash
# Build Frontline and serve it on http://127.0.0.1:8080 (installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
set -euo pipefail
echo "Frontline will be at http://127.0.0.1:8080 once built."
exec trunk serve --release
