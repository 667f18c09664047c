#!/usr/bin/env bash
# fuzz.sh runs every Fuzz target in the module for a short time each.
#
# Go's fuzz coordinator sometimes ends a run that found nothing with
# "context deadline exceeded" when a worker is slow to stop at the end of
# -fuzztime on a loaded machine; such a run is tried again. A real finding
# ("Failing input written to …") fails at once.
set -uo pipefail
t=${1:-10s}
found=0
failed=0
while IFS= read -r file; do
  pkg="./$(dirname "$file")"
  for fn in $(grep -oE '^func (Fuzz[A-Za-z0-9_]+)' "$file" | awk '{print $2}'); do
    found=1
    for attempt in 1 2 3; do
      echo "fuzz: $pkg $fn ($t)"
      out=$(go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$t" "$pkg" 2>&1)
      rc=$?
      if [ $rc -eq 0 ]; then
        echo "$out" | tail -1
        break
      fi
      if echo "$out" | grep -q 'Failing input written to' || ! echo "$out" | grep -q 'context deadline exceeded'; then
        echo "$out"
        failed=1
        break
      fi
      echo "fuzz: $fn: the fuzz engine timed out stopping (attempt $attempt), nothing found; trying again"
      [ $attempt -eq 3 ] && { echo "$out"; failed=1; }
    done
  done
done < <(git ls-files '*_test.go' 2>/dev/null | xargs -r grep -l '^func Fuzz' || true)
[ "$found" = 1 ] || echo "fuzz: no fuzz targets"
exit $failed
