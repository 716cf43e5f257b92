#!/usr/bin/env bash
# The rustc flags that write source paths into the wasm without the build
# machine's directories: a panic's location names `yew-0.23.0/src/…` instead
# of `/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/…` (76 such
# paths in the game's wasm). Smaller (docs/size.md) and the same wherever it
# is built. Printed for CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
flags="--remap-path-prefix=$PWD/="
for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ "${CARGO_HOME:-$HOME/.cargo}"/git/checkouts/*/; do
  [ -d "$d" ] && flags="$flags --remap-path-prefix=$d="
done
commit=$(rustc -vV | sed -n 's/^commit-hash: //p')
[ -n "$commit" ] && flags="$flags --remap-path-prefix=/rustc/$commit/="
echo "$flags"
