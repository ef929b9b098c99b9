#!/usr/bin/env bash
# Time to ready and resident memory of the three packaged services, as the resource requests in deploy/k8s are
# sized from (docs/benchmarks.md, "Start-up and memory"). Runs beside ./run.sh on the same Kafka and PostgreSQL:
# its own ports (1808x), consumer groups starting at the end of the topics, and a database of its own
# (DATABASE, default bulletins_ops, created by deploy/postgres.sh start).
#
#   ./mvnw -pl ingest-service,nlp-service,query-service -am package -DskipTests   (and -Pnative for "native")
#   deploy/k8s/measure-startup.sh [runs] [steps]  # default: 3 runs, steps "jvm train aot"
#
# Modes: "jvm" (java -jar quarkus-run.jar), "aot" (the same with -XX:AOTCache=app.aot, the JDK 25 AOT cache
# written by one training run that starts the service, sends it the sample bulletins and stops it) and "native"
# (target/<service>-<version>-runner). Each run also measures nlp-service's extraction throughput through
# POST /api/extract (the three samples, THROUGHPUT_ROUNDS rounds after as many of warm-up).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
OUT=${OUT:-$ROOT/target/measure-startup}
SAMPLES=$ROOT/test-support/src/main/resources/samples
TAG=ops-bench-$(date +%s)
DATABASE=${DATABASE:-bulletins_ops}
ROUNDS=${THROUGHPUT_ROUNDS:-20}
LOAD_COUNT=${LOAD_COUNT:-150}   # bulletins sent at 5/s through the three services after the samples (0: none)
export BULLETIN_DEV_KEY=measure-startup-key
export BULLETIN_ACCESS_KEYS_FILE=$OUT/access-keys
VERSION=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")
MODE=jvm
mkdir -p "$OUT"
# the packaged services accept only hashed keys: the feed key goes into a keys file (one line, role feed)
printf '%s measure-startup feed\n' "$(printf '%s' "$BULLETIN_DEV_KEY" | sha256sum | cut -d' ' -f1)" >"$BULLETIN_ACCESS_KEYS_FILE"

declare -A PORT=([ingest-service]=18081 [nlp-service]=18082 [query-service]=18083)
declare -A ARGS=(
  [ingest-service]="-Dingest.query-base-url=http://localhost:18083"
  [nlp-service]="-Dmp.messaging.incoming.bulletins-raw.group.id=$TAG-nlp -Dmp.messaging.incoming.bulletins-raw.auto.offset.reset=latest"
  [query-service]="-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/$DATABASE
    -Dmp.messaging.incoming.articles-extracted.group.id=$TAG-query -Dmp.messaging.incoming.articles-extracted.auto.offset.reset=latest
    -Dmp.messaging.incoming.bulletins-raw.group.id=$TAG-query -Dmp.messaging.incoming.bulletins-raw.auto.offset.reset=latest
    -Dmp.messaging.incoming.bulletins-dlq.group.id=$TAG-query -Dmp.messaging.incoming.bulletins-dlq.auto.offset.reset=latest"
)

now_ms() { date +%s%3N; }

# starts one service; prints its pid; $3 is extra JVM options
start() {
  local service=$1 log=$2 extra=$3
  if [[ $MODE == native ]]; then
    # shellcheck disable=SC2086
    (cd "$ROOT/$service/target" && exec "./$service-$VERSION-runner" -Dquarkus.http.port="${PORT[$service]}" \
        ${ARGS[$service]} >"$log" 2>&1) &
  else
    # shellcheck disable=SC2086
    (cd "$ROOT/$service/target/quarkus-app" && exec "$JAVA" $extra -Dquarkus.http.port="${PORT[$service]}" \
        ${ARGS[$service]} -jar quarkus-run.jar >"$log" 2>&1) &
  fi
  echo $!
}

extract_rounds() {
  local round f
  for ((round = 0; round < ROUNDS; round++)); do
    for f in "$SAMPLES"/*.txt; do
      curl -fs -o /dev/null -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$f" "http://localhost:18082/api/extract"
    done
  done
}

# characters per second through POST /api/extract, one request at a time, after a warm-up of as many rounds
extract_throughput() {
  local t0 t1 per_round
  per_round=$(python3 -c 'import sys; print(sum(len(open(f, encoding="utf-8").read()) for f in sys.argv[1:]))' "$SAMPLES"/*.txt)
  extract_rounds
  t0=$(now_ms)
  extract_rounds
  t1=$(now_ms)
  echo $(( per_round * ROUNDS * 1000 / (t1 - t0) ))
}

wait_ready() {
  local port=$1 deadline=$(( $(now_ms) + 180000 ))
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
    (( $(now_ms) < deadline )) || { echo "not ready on $port" >&2; return 1; }
    sleep 0.05
  done
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status"; }

# the end-to-end load generator against these instances: LOAD_COUNT bulletins of ~5,000 characters at 5/s
e2e_load() {
  (( LOAD_COUNT > 0 )) || return 0
  "$JAVA" "$ROOT/bench/LoadGenerator.java" --count "$LOAD_COUNT" --rate 5 --ingest http://localhost:18081 \
    --query http://localhost:18083 --extract http://localhost:18082 --key "$BULLETIN_DEV_KEY" \
    --samples "$SAMPLES" --out "$OUT" --label "load-$1" | tail -1
}

stop() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

ingest_samples() {
  for f in "$SAMPLES"/*.txt; do
    curl -fs -o /dev/null -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$f" \
      -H "Authorization: Bearer $BULLETIN_DEV_KEY" "http://localhost:18081/api/bulletins"
    curl -fs -o /dev/null -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$f" \
      "http://localhost:18082/api/extract"
  done
  curl -fs -o /dev/null "http://localhost:18083/api/articles?limit=5"
}

# one training run of all three together: the AOT cache records what a real workload loads and links
train() {
  declare -A pids
  for service in query-service nlp-service ingest-service; do
    rm -f "$ROOT/$service/target/quarkus-app/app.aot"
    pids[$service]=$(start "$service" "$OUT/$service-train.log" "-XX:AOTCacheOutput=app.aot")
    wait_ready "${PORT[$service]}"
  done
  ingest_samples
  sleep 5
  for service in ingest-service nlp-service query-service; do stop "${pids[$service]}"; done
  # the JVM assembles the cache in a process of its own after the training run exits
  for service in ingest-service nlp-service query-service; do
    local cache=$ROOT/$service/target/quarkus-app/app.aot deadline=$(( $(now_ms) + 300000 ))
    until [[ -s $cache ]] && ! pgrep -f "AOTCache=app.aot" >/dev/null; do
      (( $(now_ms) < deadline )) || { echo "no AOT cache for $service" >&2; return 1; }
      sleep 1
    done
    echo "$service AOT cache $(( $(stat -c %s "$cache") / 1048576 )) MiB" | tee -a "$OUT/results.txt"
  done
}

measure() {
  local mode=$1 extra=""
  MODE=$mode
  [[ $mode == aot ]] && extra="-XX:AOTCache=app.aot"
  for run in $(seq "$RUNS"); do
    declare -A pids ready
    for service in query-service nlp-service ingest-service; do
      local t0; t0=$(now_ms)
      pids[$service]=$(start "$service" "$OUT/$service-$mode-$run.log" "$extra")
      wait_ready "${PORT[$service]}"
      ready[$service]=$(( $(now_ms) - t0 ))
    done
    local idle="" loaded=""
    for service in ingest-service nlp-service query-service; do idle+=" $(rss_mb "${pids[$service]}")"; done
    ingest_samples
    sleep 5
    for service in ingest-service nlp-service query-service; do loaded+=" $(rss_mb "${pids[$service]}")"; done
    for service in ingest-service nlp-service query-service; do
      local started; started=$(grep -o 'started in [0-9.]*s' "$OUT/$service-$mode-$run.log" | head -1)
      echo "$mode run $run $service ready_ms=${ready[$service]} ($started)" | tee -a "$OUT/results.txt"
    done
    echo "$mode run $run rss_mb idle(ingest nlp query):$idle after-samples:$loaded" | tee -a "$OUT/results.txt"
    echo "$mode run $run nlp extract chars/s: $(extract_throughput) (nlp rss after: $(rss_mb "${pids[nlp-service]}") MiB)" \
      | tee -a "$OUT/results.txt"
    echo "$mode run $run e2e load: $(e2e_load "$mode-$run")" | tee -a "$OUT/results.txt"
    local peak=""
    for service in ingest-service nlp-service query-service; do peak+=" $(peak_rss_mb "${pids[$service]}")"; done
    echo "$mode run $run peak rss_mb under load (ingest nlp query):$peak" | tee -a "$OUT/results.txt"
    for service in ingest-service nlp-service query-service; do stop "${pids[$service]}"; done
  done
}

STEPS=${*:2}
for step in ${STEPS:-jvm train aot}; do
  case $step in
    jvm | aot | native) measure "$step" ;;
    train) train ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done
