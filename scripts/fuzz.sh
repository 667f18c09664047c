#!/usr/bin/env bash
# fuzz.sh runs every Fuzz target in the module for a short time each.
set -euo pipefail
t=${1:-10s}
found=0
while IFS= read -r file; do
  pkg="./$(dirname "$file")"
  for fn in $(grep -oE '^func (Fuzz[A-Za-z0-9_]+)' "$file" | awk '{print $2}'); do
    found=1
    echo "fuzz: $pkg $fn ($t)"
    go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$t" "$pkg"
  done
done < <(git ls-files '*_test.go' 2>/dev/null | xargs -r grep -l '^func Fuzz' || true)
[ "$found" = 1 ] || echo "fuzz: no fuzz targets"
