#!/usr/bin/env bash
# demo.sh runs the demo: the private PostgreSQL, the schema, the NCD corpus
# and demo patients, the agent over the demo queue, a summary table, then
# the reviewer UI. DEMO_EXIT=1 exits after the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin/umassist}
export UMASSIST_LOG_LEVEL=${UMASSIST_LOG_LEVEL:-warn}
"$BIN" db up
exec "$BIN" demo
