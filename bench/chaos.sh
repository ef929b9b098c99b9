#!/usr/bin/env bash
# Fault scenarios under load against the system ./run.sh manages on this machine. Each scenario runs the load
# generator in the background, injects one fault into the project's own processes, restores it, and lets the
# generator check that every accepted bulletin became queryable exactly once (lost = 0, duplicated = 0).
#   bench/chaos.sh [scenario...]     scenarios: nlp query ingest kafka postgres nlp2 poison   (default: all)
# Env: CHAOS_COUNT (bulletins per scenario, default 60), CHAOS_RATE (per second, default 5).
# Writes bench/results/chaos-<scenario>.json and .md, and a table to bench/results/chaos.md. Exits 1 when a
# scenario lost, duplicated or mismatched a bulletin, or the poison scenario found fewer dead letters than expected.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/lib/common.sh

COUNT="${CHAOS_COUNT:-60}"
RATE="${CHAOS_RATE:-5}"
OUT=bench/results
mkdir -p "$OUT"
export BULLETIN_SKIP_SAMPLES=1

health() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/q/health/ready" || true; }
is_ready() { [ "$(health "$1")" = 200 ]; }
is_down() { ! is_ready "$1"; }

# load SCENARIO [generator options]
load() { java bench/LoadGenerator.java --count "$COUNT" --rate "$RATE" --label "chaos-$1" --out "$OUT" --timeout-s 240 \
  "${@:2}" >"$OUT/chaos-$1.log" 2>&1; }

# scenarios whose load generator found a bulletin lost, duplicated or extracted differently (it exits 1)
FAILED=()
verdict() {
  if ! wait "$2"; then
    FAILED+=("$1")
    log "scenario $1 FAILED: the load generator reports lost, duplicated or mismatched bulletins ($OUT/chaos-$1.log)"
  fi
}

since() { awk -v end="$(date +%s.%N)" -v start="$1" 'BEGIN { printf "%.1f\n", end - start }'; }

# seconds from now until COMMAND succeeds (polled every 0.2 s)
time_until() {
  local start; start=$(date +%s.%N)
  until "$@" >/dev/null 2>&1; do sleep 0.2; done
  since "$start"
}

# kill -9 one service mid-stream, then ./run.sh, which starts exactly what is missing
kill_service() {
  local scenario="$1" name="$2" port="$3"
  load "$scenario" & local gen=$!
  sleep 4
  local pid; pid=$(cat "$RUN_DIR/pids/$name.pid")
  kill -9 "$pid"
  local killed; killed=$(date +%s.%N)
  while kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" | cut -c1)" != Z ]; do sleep 0.1; done
  log "killed $name (kill -9)"
  ./run.sh >/dev/null
  until is_ready "$port"; do sleep 0.2; done
  since "$killed" >"$OUT/chaos-$scenario.recover"
  verdict "$scenario" "$gen"
}

scenario_nlp() { kill_service nlp nlp-service 8082; }
scenario_query() { kill_service query query-service 8083; }
scenario_ingest() { kill_service ingest ingest-service 8081; }

scenario_kafka() {
  load kafka & local gen=$!
  sleep 4
  deploy/kafka.sh stop
  local down; down=$(time_until is_down 8081)
  local code; code=$(curl -s -o /dev/null -w '%{http_code} %header{retry-after}' -X POST -H 'Content-Type: text/plain; charset=utf-8' \
    -H "Authorization: Bearer ${BULLETIN_DEV_KEY:-local-dev-key}" --data-binary "中文测试 $(date +%s%N)" localhost:8081/api/bulletins || true)
  log "with the broker down: ingest readiness DOWN after ${down}s; a POST answered '$code'"
  echo "$code" >"$OUT/chaos-kafka.while-down"
  deploy/kafka.sh start >/dev/null
  time_until is_ready 8081 >"$OUT/chaos-kafka.recover"
  verdict kafka "$gen"
}

scenario_postgres() {
  load postgres & local gen=$!
  sleep 4
  local cluster; cluster=$(pg_lsclusters --no-header | awk '$3 == 5432 {print $1" "$2; exit}')
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster stop
  time_until is_down 8083 >/dev/null
  log "PostgreSQL stopped, query-service readiness DOWN"
  sleep 5
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster start
  time_until is_ready 8083 >"$OUT/chaos-postgres.recover"
  verdict postgres "$gen"
}

# members of a consumer group that own at least one partition
group_owners() {
  java -cp "$RUN_DIR/kafka/libs/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server localhost:9092 \
    --describe --group "$1" --members 2>/dev/null | awk 'NR > 1 && $NF ~ /^[0-9]+$/ && $NF > 0' | wc -l
}
owners_are() { [ "$(group_owners "$1")" = "$2" ]; }

# two nlp-service instances share the group's 6 partitions; the first is killed mid-stream and the second takes
# over its partitions after the session timeout; the first is started again at the end and the second stopped
scenario_nlp2() {
  local second="$RUN_DIR/pids/nlp-service-2.pid"
  BULLETIN_DEV_KEY=unused nohup java -Xmx768m -Dquarkus.http.port=8084 -Dquarkus.log.console.json.enabled=false \
    -jar "$ROOT/nlp-service/target/quarkus-app/quarkus-run.jar" >"$RUN_DIR/logs/nlp-service-2.log" 2>&1 &
  echo $! >"$second"
  wait_for "second nlp-service" 120 is_ready 8084
  wait_for "two members owning partitions" 120 owners_are nlp-service 2
  log "two nlp-service instances share the partitions"
  # the stored articles are compared with the surviving instance's extraction
  load nlp2 --extract http://localhost:8084 & local gen=$!
  sleep 4
  local pid; pid=$(cat "$RUN_DIR/pids/nlp-service.pid")
  kill -9 "$pid"
  local killed; killed=$(date +%s.%N)
  log "killed the first nlp-service (kill -9)"
  until owners_are nlp-service 1; do sleep 0.5; done
  since "$killed" >"$OUT/chaos-nlp2.recover"
  log "the second instance owns every partition after $(cat "$OUT/chaos-nlp2.recover") s"
  verdict nlp2 "$gen"
  ./run.sh >/dev/null
  stop_pid "$second" "second nlp-service"
}

scenario_poison() {
  local libs="$RUN_DIR/kafka/libs/*" key="poison-$(date +%s)"
  load poison & local gen=$!
  for topic in bulletins.raw articles.extracted; do
    printf '%s\t%s\n%s\t%s\n' "$key" '<html>not an event</html>' "$key" '{"schemaVersion":1,"bulletinId":"'"$key"'"}' |
      java -cp "$libs" org.apache.kafka.tools.ConsoleProducer --bootstrap-server localhost:9092 --topic "$topic" \
        --property parse.key=true --property key.separator=$'\t' 2>/dev/null
  done
  local letters
  letters=$(timeout 30 java -cp "$libs" org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server localhost:9092 \
    --topic bulletins.dlq --from-beginning --property print.key=true --timeout-ms 15000 2>/dev/null | grep -c "^$key" || true)
  # nlp-service dead-letters the 2 on bulletins.raw, query-service all 4
  log "dead letters for the 4 poison records: $letters (6 expected)"
  echo "$letters" >"$OUT/chaos-poison.letters"
  verdict poison "$gen"
  if [ "$letters" -lt 6 ]; then
    FAILED+=("poison (dead letters: $letters of 6)")
  fi
}

for scenario in "${@:-nlp query ingest kafka postgres nlp2 poison}"; do
  for s in $scenario; do log "scenario $s"; "scenario_$s"; done
done

{
  echo "| scenario | accepted | refused | queryable | lost | duplicated | p99 ms | time to recover s | note |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for f in "$OUT"/chaos-*.json; do
    s=$(basename "$f" .json); s=${s#chaos-}
    python3 - "$f" "$s" "$OUT" <<'PY'
import json, os, sys
r = json.load(open(sys.argv[1])); s = sys.argv[2]; out = sys.argv[3]
def read(ext):
    p = os.path.join(out, f"chaos-{s}.{ext}")
    return open(p).read().strip() if os.path.exists(p) else ""
note = {"kafka": "POST while down: " + read("while-down"), "poison": "dead letters: " + read("letters") + " of 6",
        "nlp2": "recover = until the survivor owns all partitions"}.get(s, "")
rec = read("recover")
print(f"| {s} | {r['accepted']} | {r['refused']} | {r['queryable']} | {r['lost']} | {r['duplicated']} | {r['latencyMs']['p99']:.0f} | {float(rec):.1f} | {note} |" if rec else
      f"| {s} | {r['accepted']} | {r['refused']} | {r['queryable']} | {r['lost']} | {r['duplicated']} | {r['latencyMs']['p99']:.0f} | - | {note} |")
PY
  done
} >"$OUT/chaos.md"
cat "$OUT/chaos.md"
if [ "${#FAILED[@]}" -gt 0 ]; then
  log "failed scenarios: ${FAILED[*]}"
  exit 1
fi
