# Shared by run.sh, test.sh and the deploy scripts: paths, JDK choice, small process helpers.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${BULLETIN_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_DIR/logs" "$RUN_DIR/pids"

# A JDK >= 21: JAVA_HOME if it is one, otherwise the newest under /usr/lib/jvm.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

choose_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable in /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or point JAVA_HOME at it." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}
choose_jdk
export PATH="$JAVA_HOME/bin:$PATH"

# A keys file (bulletin.access.keys-file, env BULLETIN_ACCESS_KEYS_FILE) for services started from this checkout:
# the feed key as feed "dev" and the admin key as "local-admin", by SHA-256, as production's file (from a Secret)
# holds its keys.   write_keys_file FILE FEED_KEY ADMIN_KEY
write_keys_file() {
  local sha
  sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
  mkdir -p "$(dirname "$1")"
  { echo "# <sha256-hex> <name> [role,role]: feed, reader, admin"
    echo "$(sha "$2") dev feed"
    echo "$(sha "$3") local-admin admin"; } >"$1"
}

log() { printf '\033[1m==>\033[0m %s\n' "$*"; }

# a process killed a moment ago may linger as a zombie, which kill -0 still reaches
pid_alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && [ "$(ps -o stat= -p "$(cat "$1")" | cut -c1)" != Z ]
}

# wait_for NAME SECONDS COMMAND...: polls COMMAND once a second until it succeeds.
wait_for() {
  local name="$1" seconds="$2"; shift 2
  local i
  for ((i = 0; i < seconds; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$name did not become ready within ${seconds}s" >&2
  return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# stop_pid FILE NAME: SIGTERM, wait for a graceful exit, then SIGKILL.
stop_pid() {
  local file="$1" name="$2" i pid
  pid_alive "$file" || { rm -f "$file"; return 0; }
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$file"
  log "stopped $name"
}

# --- native executables ---

# The project version, the suffix of every artifact name.
project_version() { sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml"; }

native_executable() { echo "$ROOT/$1/target/$1-$(project_version)-runner"; }

# A native-image home: GRAALVM_HOME, else the one ../shared/tools/native-image/install.sh assembles (about five
# minutes the first time, cached after). Prints it, or says what is missing and fails.
graalvm_home() {
  if [ -n "${GRAALVM_HOME:-}" ]; then
    [ -x "$GRAALVM_HOME/bin/native-image" ] && { echo "$GRAALVM_HOME"; return 0; }
    echo "GRAALVM_HOME=$GRAALVM_HOME has no bin/native-image" >&2; return 1
  fi
  local installer="$ROOT/../shared/tools/native-image/install.sh"
  if [ -x "$installer" ]; then
    log "assembling the native-image toolchain with $installer (cached after the first time)" >&2
    "$installer"; return
  fi
  echo "Native builds need GraalVM or Mandrel: set GRAALVM_HOME to its home (with bin/native-image)," >&2
  echo "or place the shared native-image toolchain at $installer." >&2
  return 1
}

# The services whose ARTIFACT (a path under target/, given as a function of the service) is missing or older than
# their sources.
stale_services() {
  local artifact_of="$1" service artifact; shift
  for service in "$@"; do
    artifact=$("$artifact_of" "$service")
    if [ ! -f "$artifact" ] || [ -n "$(find "$ROOT/$service/src/main" "$ROOT/$service/pom.xml" -newer "$artifact" -print -quit)" ]; then
      echo "$service"
    fi
  done
}
