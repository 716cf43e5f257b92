#!/usr/bin/env bash
# Gzipped size of what the game transfers (dist/, without the separate pages:
# shift mode in dist/shift, the manager page in dist/manager and the workshop
# in dist/author). The shipped scenarios
# come one file per language and a session fetches the one it plays in, so the
# total is the app plus the larger language file; a switch of language adds
# the other. Two budgets (docs/size.md): the app alone (HTML, JS, wasm, CSS of
# the game page: what a session downloads besides the scenarios) at most
# 180 KB, and a whole session in one language at most 200 KB. Both are
# printed with their margin; with --check, fails when either is over.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${DIST:-dist}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: build first (trunk build --release)" >&2; exit 1; }
app=0
largest=0
all_languages=0
printf '%-48s %10s %10s\n' file bytes gzip-9
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  case "$f" in
    "$dist"/scenarios/*)
      all_languages=$((all_languages + gz))
      [ "$gz" -gt "$largest" ] && largest=$gz
      ;;
    *) app=$((app + gz)) ;;
  esac
  printf '%-48s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" \( -path "$dist/shift" -o -path "$dist/manager" -o -path "$dist/author" \) -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.ico' \) -print | sort)
kb() { echo $(( ($1 + 1023) / 1024 )); }
total=$((app + largest))
printf '%-48s %10s %10d  (%d KB)\n' "  the app (HTML, JS, wasm, CSS)" "" "$app" "$(kb $app)"
printf '%-48s %10s %10d  (%d KB)\n' "  the shipped scenarios, one language" "" "$largest" "$(kb $largest)"
printf '%-48s %10s %10d  (%d KB)\n' "total, a session in one language" "" "$total" "$(kb $total)"
printf '%-48s %10s %10d  (%d KB)\n' "  after switching language (both files)" "" $((app + all_languages)) "$(kb $((app + all_languages)))"
APP_BUDGET_KB=180
SESSION_BUDGET_KB=200
over=0
budget() { # name, bytes, budget in KB
  local limit=$(($3 * 1024))
  if [ "$2" -le "$limit" ]; then
    printf 'budget: %-30s %3d KB of %d KB, margin %d bytes (%d KB)\n' "$1" "$(kb "$2")" "$3" $((limit - $2)) $(((limit - $2) / 1024))
  else
    printf 'budget: %-30s %3d KB of %d KB, OVER by %d bytes\n' "$1" "$(kb "$2")" "$3" $(($2 - limit))
    echo "over the $3 KB budget for $1" >&2
    over=1
  fi
}
budget "the app" "$app" "$APP_BUDGET_KB"
budget "a session in one language" "$total" "$SESSION_BUDGET_KB"
if [ "${1:-}" = "--check" ] && [ "$over" = 1 ]; then
  exit 1
fi
