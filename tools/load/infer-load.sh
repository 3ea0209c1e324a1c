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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port=18081
if [[ "${1:-}" == "--port" ]]; then
  port="$2"
  shift 2
fi
bench_jar="$root/vigil-bench/target/benchmarks.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$bench_jar" ]]; then
  echo "infer-load: building vigil-bench..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl vigil-bench -am package >&2)
fi

data_dir="$(mktemp -d)"
server_log="$data_dir.log"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir" "$server_log"
}
trap cleanup EXIT

if [[ -n "${VIGIL_LOAD_SETUP:-}" ]]; then
  echo "infer-load: setup: $VIGIL_LOAD_SETUP"
  (cd "$root" && VIGIL_DATA_DIR="$data_dir" VIGIL_DB="${VIGIL_LOAD_DB:-}" bash -c "$VIGIL_LOAD_SETUP")
fi

serve_args=(serve --port "$port" --data-dir "$data_dir"
  --monitor-served-predictions "${VIGIL_LOAD_MONITOR:-true}")
[[ -n "${VIGIL_LOAD_DB:-}" ]] && serve_args+=(--db "$VIGIL_LOAD_DB")
# ./vigil execs java, so $! is the server JVM's pid once any first-run build is done.
"$root/vigil" "${serve_args[@]}" >"$server_log" 2>&1 &
server_pid=$!

for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "infer-load: the server exited; its log:" >&2
    cat "$server_log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { echo "infer-load: not ready" >&2; exit 1; }
echo "server pid $server_pid on port $port, monitoring ${VIGIL_LOAD_MONITOR:-true}," \
  "data in $data_dir${VIGIL_LOAD_DB:+ (db: PostgreSQL)}"

status=0
"$java_bin" -cp "$bench_jar" dev.vigil.bench.InferLoad --url "http://127.0.0.1:$port" "$@" || status=$?

grep -E '^(VmHWM|VmRSS)' "/proc/$server_pid/status" | sed 's/^/server /'
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
exit "$status"
