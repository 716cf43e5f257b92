#!/usr/bin/env bash
# Gzipped size of everything the game transfers (dist/, without the separate
# manager page in dist/manager and the workshop in dist/author). With --check, fails above the 200 KB budget.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${DIST:-dist}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: build first (trunk build --release)" >&2; exit 1; }
total=0
scenarios=0
printf '%-48s %10s %10s\n' file bytes gzip-9
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  case "$f" in "$dist"/scenarios/*) scenarios=$((scenarios + gz)) ;; esac
  printf '%-48s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" \( -path "$dist/manager" -o -path "$dist/author" \) -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.ico' \) -print | sort)
printf '%-48s %10s %10d  (%d KB)\n' "  the app (HTML, JS, wasm, CSS)" "" $((total - scenarios)) $(( (total - scenarios + 1023) / 1024 ))
printf '%-48s %10s %10d  (%d KB)\n' "  the shipped scenarios" "" "$scenarios" $(( (scenarios + 1023) / 1024 ))
printf '%-48s %10s %10d  (%d KB)\n' total "" "$total" $(( (total + 1023) / 1024 ))
if [ "${1:-}" = "--check" ] && [ "$total" -gt $((200 * 1024)) ]; then
  echo "over the 200 KB budget" >&2
  exit 1
fi
