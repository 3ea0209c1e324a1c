#!/usr/bin/env bash
# Durable-ingest load test over loopback HTTP: starts `vigil serve` on a fresh data directory,
# waits for /readyz, runs dev.vigil.bench.IngestLoad against it, prints the server's peak RSS
# (VmHWM) and stops the server. Run from anywhere:
#   tools/load/ingest-load.sh [--port P] [IngestLoad options: --batch 1000 --connections 4 --seconds 20 --requests R]
# PostgreSQL instead of SQLite: VIGIL_LOAD_DB='jdbc:postgresql://127.0.0.1:5432/vigil?user=..&password=..'
# Builds the benchmark jar first if missing (./mvnw -q -DskipTests -pl vigil-bench -am package).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port=18080
if [[ "${1:-}" == "--port" ]]; then
  port="$2"
  shift 2
fi
bench_jar="$root/vigil-bench/target/benchmarks.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$bench_jar" ]]; then
  echo "ingest-load: building vigil-bench..." >&2
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

serve_args=(serve --port "$port" --data-dir "$data_dir")
[[ -n "${VIGIL_LOAD_DB:-}" ]] && serve_args+=(--db "$VIGIL_LOAD_DB")
# ./vigil execs java, so $! is the server JVM's pid once any first-run build is done.
"$root/vigil" "${serve_args[@]}" >"$server_log" 2>&1 &
server_pid=$!

for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "ingest-load: the server exited; its log:" >&2
    cat "$server_log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { echo "ingest-load: not ready" >&2; exit 1; }
echo "server pid $server_pid on port $port, data in $data_dir${VIGIL_LOAD_DB:+ (db: PostgreSQL)}"

status=0
"$java_bin" -cp "$bench_jar" dev.vigil.bench.IngestLoad --url "http://127.0.0.1:$port" "$@" || status=$?

grep -E '^(VmHWM|VmRSS)' "/proc/$server_pid/status" | sed 's/^/server /'
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
exit "$status"
