#!/usr/bin/env bash
# Runs the whole Bulletin Pipeline on this machine: Kafka (KRaft, local jars), PostgreSQL, and the three services.
#   ./run.sh            build what is missing, start what is not running, ingest the bundled sample bulletins
#   ./run.sh --native   the same with the services' native executables (GRAALVM_HOME, else the shared toolchain)
#   ./run.sh status     say what runs
#   ./run.sh stop       stop everything this script started (Kafka data is kept)
#   ./run.sh stop --clean   ... and remove Kafka's data and the logs
set -euo pipefail
cd "$(dirname "$0")"
source deploy/lib/common.sh

SERVICES=(nlp-service query-service ingest-service)
declare -A PORTS=([ingest-service]=8081 [nlp-service]=8082 [query-service]=8083)
DEV_KEY="${BULLETIN_DEV_KEY:-local-dev-key}"
ADMIN_KEY="${BULLETIN_ADMIN_KEY:-${QUERY_ADMIN_KEY:-local-admin-key}}"
KEYS_FILE="$RUN_DIR/access-keys"

NATIVE=false

jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

artifact_of() { if $NATIVE; then native_executable "$1"; else jar_of "$1"; fi; }

build_if_needed() {
  local stale; mapfile -t stale < <(stale_services artifact_of "${SERVICES[@]}")
  [ ${#stale[@]} -eq 0 ] && return 0
  local modules args=(-q -B -DskipTests); modules=$(IFS=,; echo "${stale[*]}")
  if $NATIVE; then
    local home; home=$(graalvm_home) || exit 1
    args+=(-Pnative "-Dquarkus.native.graalvm-home=$home")
    log "building the native executables of ${stale[*]} (several minutes each; tests are run by ./test.sh)"
  else
    log "building ${stale[*]} (tests are run by ./test.sh)"
  fi
  "$ROOT/mvnw" "${args[@]}" -pl "$modules" -am package >"$RUN_DIR/logs/build.log" 2>&1 \
    || { tail -40 "$RUN_DIR/logs/build.log" >&2; echo "build failed, see $RUN_DIR/logs/build.log" >&2; exit 1; }
}

ready() { curl -fsS "http://localhost:$1/q/health/ready" >/dev/null 2>&1; }

start_service() {
  local service="$1" port="${PORTS[$1]}" pid_file="$RUN_DIR/pids/$1.pid"
  if pid_alive "$pid_file"; then log "$service already running (pid $(cat "$pid_file"))"; return 0; fi
  if port_open "$port"; then echo "port $port is taken by another process; $service cannot start" >&2; exit 1; fi
  local command
  if $NATIVE; then command=("$(native_executable "$service")"); else command=(java -jar "$(jar_of "$service")"); fi
  log "starting $service on :$port ($($NATIVE && echo native || echo JVM))"
  # people read these logs: the plain format, not the JSON a cluster collector reads
  # the packaged services run the prod profile, which accepts only hashed keys: the same keys file for all three
  BULLETIN_ACCESS_KEYS_FILE="$KEYS_FILE" nohup "${command[0]}" -Xmx768m \
    -Dquarkus.log.console.json.enabled=false "${command[@]:1}" >"$RUN_DIR/logs/$service.log" 2>&1 &
  echo $! >"$pid_file"
}

await_service() {
  local service="$1"
  wait_for "$service" 120 ready "${PORTS[$service]}" || { tail -30 "$RUN_DIR/logs/$service.log" >&2; exit 1; }
}

ingest_samples() {
  local file id
  for file in "$ROOT"/test-support/src/main/resources/samples/*.txt; do
    id=$(curl -fsS -X POST -H 'Content-Type: text/plain; charset=utf-8' -H "Authorization: Bearer $DEV_KEY" \
      --data-binary @"$file" "http://localhost:8081/api/bulletins" | sed -n 's/.*"bulletinId":"\([^"]*\)".*/\1/p')
    log "ingested $(basename "$file") as bulletin $id"
  done
}

start() {
  command -v curl >/dev/null || { echo "curl is needed (apt-get install curl)" >&2; exit 1; }
  build_if_needed
  "$ROOT/deploy/kafka.sh" start
  "$ROOT/deploy/postgres.sh" start
  write_keys_file "$KEYS_FILE" "$DEV_KEY" "$ADMIN_KEY"
  local service
  for service in "${SERVICES[@]}"; do start_service "$service"; done
  for service in "${SERVICES[@]}"; do await_service "$service"; done
  [ -n "${BULLETIN_SKIP_SAMPLES:-}" ] || ingest_samples
  cat <<INFO

Bulletin Pipeline is up.
  ingest-service  http://localhost:8081/api/bulletins      (dev feed key: $DEV_KEY)
  nlp-service     http://localhost:8082/api/extract        (the same feed key)
  query-service   http://localhost:8083/api/articles        (open to read)
                  http://localhost:8083/api/admin/dead-letters  (admin key: $ADMIN_KEY, as Bearer or X-Admin-Key)
  keys            $KEYS_FILE (re-read when it changes)
  OpenAPI         http://localhost:808{1,2,3}/q/swagger-ui
  logs            $RUN_DIR/logs/
Stop with: ./run.sh stop
INFO
}

stop() {
  local service
  for service in ingest-service nlp-service query-service; do stop_pid "$RUN_DIR/pids/$service.pid" "$service"; done
  "$ROOT/deploy/kafka.sh" "$([ "${1:-}" = --clean ] && echo clean || echo stop)"
  "$ROOT/deploy/postgres.sh" stop
  if [ "${1:-}" = --clean ]; then rm -rf "$RUN_DIR/logs"; log "logs removed"; fi
}

status() {
  local service
  for service in "${SERVICES[@]}"; do
    if pid_alive "$RUN_DIR/pids/$service.pid"; then
      local pid; pid=$(cat "$RUN_DIR/pids/$service.pid")
      echo "$service: running (pid $pid, $(basename "$(readlink "/proc/$pid/exe")" | sed 's/^java$/JVM/; s/.*-runner$/native/'), port ${PORTS[$service]}, $(ready "${PORTS[$service]}" && echo ready || echo 'not ready'))"
    else
      echo "$service: stopped"
    fi
  done
  "$ROOT/deploy/kafka.sh" status
  "$ROOT/deploy/postgres.sh" status
}

args=()
for arg in "$@"; do
  if [ "$arg" = --native ]; then NATIVE=true; else args+=("$arg"); fi
done
case "${args[0]:-start}" in
  start) start ;;
  stop) stop "${args[1]:-}" ;;
  status) status ;;
  *) echo "usage: $0 [start] [--native] | status | stop [--clean]" >&2; exit 2 ;;
esac
