#!/usr/bin/env bash
# Gzipped size of what the game transfers (dist/, without the separate pages:
# shift mode in dist/shift, the tracks in dist/tracks, how the scores work in
# dist/scores, the manager page in dist/manager and the workshop
# in dist/author, the LMS page in dist/lms, and without scenarios/library.<lang>.json, which only those
# pages fetch). A game session fetches the app, the index in its language
# (scenarios/index.<lang>.json) and each scenario when it is opened
# (scenarios/<id>.<lang>.json), and with its first contact the occasional
# wording (words/<lang>.txt: the words of a contact and its debrief, the
# rules' names, a problem's wording), counted in the session, not the app.
# Budgets (docs/size.md), each printed with its margin; with --check, fails
# when any is over:
#   the app (HTML, JS, wasm, CSS of the game page,   at most 180 KB
#   its service worker sw.js and icon.svg; not the
#   build's .br/.gz copies of them)
#   the index, in either language                     at most 6 KB
#   one scenario, in one language                     at most 6 KB
#   a session that plays one scenario                 at most 195 KB
#   the LMS page (HTML, JS, wasm, CSS of dist/lms: what a SCORM or cmi5
#   package opens in the LMS before any scenario)     at most 250 KB
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${DIST:-dist}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: build first (trunk build --release)" >&2; exit 1; }
app=0
index=0
scenario=0
scenario_file=""
words=0
printf '%-48s %10s %10s\n' file bytes gzip-9
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  case "$f" in
    "$dist"/scenarios/library.*) continue ;;
    "$dist"/words/*) [ "$gz" -gt "$words" ] && words=$gz ;;
    "$dist"/scenarios/index.*) [ "$gz" -gt "$index" ] && index=$gz ;;
    "$dist"/scenarios/*)
      if [ "$gz" -gt "$scenario" ]; then scenario=$gz; scenario_file=${f#"$dist"/}; fi
      ;;
    *) app=$((app + gz)) ;;
  esac
  printf '%-48s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" \( -path "$dist/shift" -o -path "$dist/tracks" -o -path "$dist/scores" -o -path "$dist/manager" -o -path "$dist/author" -o -path "$dist/lms" \) -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.json' -o -name '*.txt' -o -name '*.svg' -o -name '*.ico' \) -print | sort)
kb() { echo $(( ($1 + 1023) / 1024 )); }
session=$((app + index + scenario + words))
printf '%-48s %10s %10d  (%d KB)\n' "  the app (HTML, JS, wasm, CSS)" "" "$app" "$(kb $app)"
printf '%-48s %10s %10d  (%d KB)\n' "  the index, the larger language" "" "$index" "$(kb $index)"
printf '%-48s %10s %10d  (%d KB)\n' "  the largest scenario ($scenario_file)" "" "$scenario" "$(kb $scenario)"
printf '%-48s %10s %10d  (%d KB)\n' "  the wording a contact fetches, the larger language" "" "$words" "$(kb $words)"
printf '%-48s %10s %10d  (%d KB)\n' "a session that plays it" "" "$session" "$(kb $session)"
over=0
budget() { # name, bytes, budget in KB
  local limit=$(($3 * 1024))
  if [ "$2" -le "$limit" ]; then
    printf 'budget: %-34s %3d KB of %d KB, margin %d bytes\n' "$1" "$(kb "$2")" "$3" $((limit - $2))
  else
    printf 'budget: %-34s %3d KB of %d KB, OVER by %d bytes\n' "$1" "$(kb "$2")" "$3" $(($2 - limit))
    echo "over the $3 KB budget for $1" >&2
    over=1
  fi
}
budget "the app" "$app" 180
budget "the index" "$index" 6
budget "one scenario" "$scenario" 6
budget "a session that plays one scenario" "$session" 195
# The LMS page, on its own: a trainee in an LMS loads it instead of the game.
lms=0
if [ -d "$dist/lms" ]; then
  while IFS= read -r f; do
    lms=$((lms + $(gzip -9 -c "$f" | wc -c)))
  done < <(find "$dist/lms" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print | sort)
  printf '%-48s %10s %10d  (%d KB)\n' "the LMS page (dist/lms: HTML, JS, wasm, CSS)" "" "$lms" "$(kb $lms)"
  budget "the LMS page" "$lms" 250
else
  echo "no $dist/lms: the LMS page's budget is not checked" >&2
  [ "${1:-}" = "--check" ] && over=1
fi
if [ "${1:-}" = "--check" ] && [ "$over" = 1 ]; then
  exit 1
fi
