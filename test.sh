#!/usr/bin/env bash
# Runs every test against real infrastructure: starts the local Kafka broker and PostgreSQL when they are not
# running (and stops again what it started), then the Maven build with all tests, end-to-end included.
#   ./test.sh [extra Maven arguments]
#   ./test.sh --native [extra Maven arguments]   each service's @QuarkusIntegrationTest tests and the end-to-end
#       tests against the native executables (built first where missing or older than their sources; GRAALVM_HOME,
#       else the shared native-image toolchain). The JVM unit tests are left to ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/lib/common.sh

# the dashboard's browser tests drive Debian's Chromium, with a CJK font for the Chinese pages and screenshots
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then
  sudo_if_needed=(); [ "$(id -u)" = 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei
fi

started=()
cleanup() {
  local what
  for what in "${started[@]}"; do "$ROOT/deploy/$what.sh" stop || true; done
}
trap cleanup EXIT

if ! port_open "${KAFKA_PORT:-9092}"; then started+=(kafka); fi
"$ROOT/deploy/kafka.sh" start
if ! port_open "${PG_PORT:-5432}"; then started+=(postgres); fi
"$ROOT/deploy/postgres.sh" start
"$ROOT/deploy/postgres.sh" reset-tests

maven=()
native=false
for arg in "$@"; do
  if [ "$arg" = --native ]; then native=true; else maven+=("$arg"); fi
done
if $native; then
  home=$(graalvm_home)
  maven=(-Pnative "-Dquarkus.native.graalvm-home=$home" -Dtest=none "${maven[@]}")
  # executables newer than every source are tested as they are instead of being built again
  if [ -z "$(stale_services native_executable ingest-service nlp-service query-service)" ]; then
    log "the native executables are up to date: testing them as built"
    maven+=(-Dquarkus.native.reuse-existing=true)
  fi
fi
"$ROOT/mvnw" -B verify "${maven[@]}"
