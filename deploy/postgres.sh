#!/usr/bin/env bash
# PostgreSQL for the query service: use one already listening on 127.0.0.1:5432 when the configured credentials
# work, otherwise start the machine's cluster (Debian: pg_ctlcluster). Role and databases are created idempotently.
#   deploy/postgres.sh start|stop|status|reset-tests
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

PG_HOST=127.0.0.1
PG_PORT="${PG_PORT:-5432}"
PG_USER="${BULLETIN_DB_USER:-bulletin}"
PG_PASSWORD="${BULLETIN_DB_PASSWORD:-bulletin}"
DATABASES=(bulletins bulletins_test bulletins_e2e bulletins_test_trace bulletins_ops)
STARTED_MARK="$RUN_DIR/pids/postgres.started-by-us"

can_login() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${1:-postgres}" -tAc 'select 1' >/dev/null 2>&1; }

all_databases_ready() {
  local db
  for db in "${DATABASES[@]}"; do can_login "$db" || return 1; done
}

cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$PG_PORT" '$3 == port {print $1" "$2; exit}'
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -tAc \"$1\""; else sudo -u postgres psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -tAc "$1"; fi
}

provision() {
  as_postgres "select 1" >/dev/null || return 1
  if [ "$(as_postgres "select 1 from pg_roles where rolname = '$PG_USER'")" != 1 ]; then
    as_postgres "create role $PG_USER login password '$PG_PASSWORD'" >/dev/null
    log "created role $PG_USER"
  fi
  local db
  for db in "${DATABASES[@]}"; do
    if [ "$(as_postgres "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      as_postgres "create database $db owner $PG_USER" >/dev/null
      log "created database $db"
    fi
  done
}

start() {
  if port_open "$PG_PORT"; then
    if all_databases_ready; then log "PostgreSQL on $PG_PORT accepts $PG_USER"; return 0; fi
    provision && all_databases_ready && return 0
    echo "PostgreSQL listens on $PG_PORT but does not accept $PG_USER/${PG_PASSWORD//?/*} and could not be provisioned." >&2
    echo "Create the role and databases (${DATABASES[*]}) or set BULLETIN_DB_USER/BULLETIN_DB_PASSWORD." >&2
    exit 1
  fi
  local c
  c=$(cluster || true)
  if [ -z "$c" ]; then
    echo "No PostgreSQL listens on $PG_PORT and no local cluster was found." >&2
    echo "Install PostgreSQL >= 15 (Debian: apt-get install postgresql) or point QUARKUS_DATASOURCE_JDBC_URL at one." >&2
    exit 1
  fi
  log "starting PostgreSQL cluster $c"
  # shellcheck disable=SC2086
  pg_ctlcluster $c start
  touch "$STARTED_MARK"
  wait_for PostgreSQL 30 port_open "$PG_PORT"
  provision
}

# the tests' databases start empty on every ./test.sh run, as on a fresh CI machine
reset_tests() {
  local db
  for db in bulletins_test bulletins_e2e bulletins_test_trace; do
    as_postgres "drop database if exists $db with (force)" >/dev/null
    as_postgres "create database $db owner $PG_USER" >/dev/null
  done
  log "test databases recreated empty"
}

stop() {
  [ -f "$STARTED_MARK" ] || return 0
  local c
  c=$(cluster || true)
  # shellcheck disable=SC2086
  [ -n "$c" ] && pg_ctlcluster $c stop && log "stopped PostgreSQL cluster $c"
  rm -f "$STARTED_MARK"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  reset-tests) reset_tests ;;
  status) if port_open "$PG_PORT"; then echo "postgresql: running (port $PG_PORT)"; else echo "postgresql: stopped"; fi ;;
  *) echo "usage: $0 start|stop|status|reset-tests" >&2; exit 2 ;;
esac
