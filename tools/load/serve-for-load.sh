# Sourced by the load scripts (infer-load.sh, ingest-load.sh), not run: the part they share.
# On sourcing: builds the benchmark jar if missing, makes a fresh temporary data directory
# ($data_dir) and arranges that the server is stopped and the directory removed on exit.
# The sourcing script sets before: load_name (for messages) and port.
# Then: start_server [extra `vigil serve` options] starts `vigil serve` on $data_dir (with --db
# $VIGIL_LOAD_DB when set) and waits for /readyz (an optional $server_note goes in its line);
# run_load_and_exit CLASS [options] runs dev.vigil.bench.CLASS against it, prints the server's
# peak RSS (VmHWM), stops the server and exits with the load generator's status.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench_jar="$root/vigil-bench/target/benchmarks.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$bench_jar" ]]; then
  echo "$load_name: building vigil-bench..." >&2
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

start_server() {
  local serve_args=(serve --port "$port" --data-dir "$data_dir" "$@")
  [[ -n "${VIGIL_LOAD_DB:-}" ]] && serve_args+=(--db "$VIGIL_LOAD_DB")
  # ./vigil execs java, so $! is the server JVM's pid once any first-run build is done.
  "$root/vigil" "${serve_args[@]}" >"$server_log" 2>&1 &
  server_pid=$!

  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "$load_name: the server exited; its log:" >&2
      cat "$server_log" >&2
      exit 1
    fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { echo "$load_name: not ready" >&2; exit 1; }
  echo "server pid $server_pid on port $port, ${server_note:-}data in $data_dir${VIGIL_LOAD_DB:+ (db: PostgreSQL)}"
}

run_load_and_exit() {
  local class="$1"
  shift
  local status=0
  "$java_bin" -cp "$bench_jar" "dev.vigil.bench.$class" --url "http://127.0.0.1:$port" "$@" || status=$?

  grep -E '^(VmHWM|VmRSS)' "/proc/$server_pid/status" | sed 's/^/server /'
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  server_pid=""
  exit "$status"
}
