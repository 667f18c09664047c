#!/usr/bin/env bash
# demo.sh runs the demo: private PostgreSQL, schema, demo data, the agent
# over the demo queue, a summary table, then the reviewer UI.
# DEMO_EXIT=1 exits after the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/umassist}
"$BIN" db up
if "$BIN" demo --help >/dev/null 2>&1; then
  exec "$BIN" demo
fi
echo "demo: the database is ready; the demo pipeline arrives with the agent and reviewer UI."
