#!/usr/bin/env bash
# Inference load test over loopback HTTP: runs an optional setup command that puts a served model
# in a fresh data directory, starts `vigil serve` on it, waits for /readyz, runs
# dev.vigil.bench.InferLoad (V2 infer requests) against it, prints the server's peak RSS (VmHWM)
# and stops the server. Run from anywhere:
#   VIGIL_LOAD_SETUP='<command>' tools/load/infer-load.sh [--port P] --model NAME \
#     [InferLoad options: --rows 1 --connections 1 --seconds 20 --warmup 5 --requests R]
# VIGIL_LOAD_SETUP runs before the server starts, with VIGIL_DATA_DIR (and VIGIL_DB when set)
# exported; it must leave a version of NAME with alias champion or stage Production, e.g.
#   VIGIL_LOAD_SETUP='./vigil train --data-dir "$VIGIL_DATA_DIR" --data churn.csv --target Exited
#     --model-name churn --register --promote'
# Monitoring of served predictions off (to measure its overhead): VIGIL_LOAD_MONITOR=false.
# PostgreSQL instead of SQLite: VIGIL_LOAD_DB='jdbc:postgresql://127.0.0.1:5432/vigil?user=..&password=..'
# Builds the benchmark jar first if missing (./mvnw -q -DskipTests -pl vigil-bench -am package).
set -euo pipefail

port=18081
if [[ "${1:-}" == "--port" ]]; then
  port="$2"
  shift 2
fi
load_name=infer-load
# shellcheck source=tools/load/serve-for-load.sh
source "$(dirname "${BASH_SOURCE[0]}")/serve-for-load.sh"

if [[ -n "${VIGIL_LOAD_SETUP:-}" ]]; then
  echo "infer-load: setup: $VIGIL_LOAD_SETUP"
  (cd "$root" && VIGIL_DATA_DIR="$data_dir" VIGIL_DB="${VIGIL_LOAD_DB:-}" bash -c "$VIGIL_LOAD_SETUP")
fi

server_note="monitoring ${VIGIL_LOAD_MONITOR:-true}, "
start_server --monitor-served-predictions "${VIGIL_LOAD_MONITOR:-true}"

run_load_and_exit InferLoad "$@"
