#!/usr/bin/env bash
# Durable-ingest load test over loopback HTTP: starts `vigil serve` on a fresh data directory,
# waits for /readyz, runs dev.vigil.bench.IngestLoad against it, prints the server's peak RSS
# (VmHWM) and stops the server. Run from anywhere:
#   tools/load/ingest-load.sh [--port P] [IngestLoad options: --batch 1000 --connections 4 --seconds 20 --requests R]
# PostgreSQL instead of SQLite: VIGIL_LOAD_DB='jdbc:postgresql://127.0.0.1:5432/vigil?user=..&password=..'
# Builds the benchmark jar first if missing (./mvnw -q -DskipTests -pl vigil-bench -am package).
set -euo pipefail

port=18080
if [[ "${1:-}" == "--port" ]]; then
  port="$2"
  shift 2
fi
load_name=ingest-load
# shellcheck source=tools/load/serve-for-load.sh
source "$(dirname "${BASH_SOURCE[0]}")/serve-for-load.sh"

start_server

run_load_and_exit IngestLoad "$@"
